//! The library's one error type: which input failed, at which stage, and why.
//!
//! `Display` reads `<input>: <stage>: <cause>`, the form ripgrep and jiff use, so a message can be
//! shown to a user as is. Batch mode turns an [`Error`] into an error record instead of stopping.

use std::fmt;

use serde::Serialize;

/// The pipeline stage at which an input failed.
///
/// # Example
/// ```
/// assert_eq!(tinbai::Stage::Decode.as_str(), "decode");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Stage {
    /// Reading a file, stdin, an archive record or a URL.
    Source,
    /// Turning bytes into text.
    Decode,
    /// Finding the article in the page.
    Article,
    /// Extracting facts from the text.
    Facts,
    /// Writing the record.
    Output,
}

impl Stage {
    /// The stage's name as it appears in error records.
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Source => "source",
            Stage::Decode => "decode",
            Stage::Article => "article",
            Stage::Facts => "facts",
            Stage::Output => "output",
        }
    }
}

impl fmt::Display for Stage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An input that could not be turned into a record.
///
/// # Example
/// ```
/// use tinbai::{Error, Stage};
/// let err = Error::new("page.html", Stage::Decode, "the file is empty");
/// assert_eq!(err.to_string(), "page.html: decode: the file is empty");
/// ```
#[derive(Debug, Clone)]
pub struct Error {
    input: String,
    stage: Stage,
    cause: String,
}

impl Error {
    /// Creates an error for `input` (a path, URL or label) that failed at `stage`.
    pub fn new(input: impl Into<String>, stage: Stage, cause: impl fmt::Display) -> Error {
        Error {
            input: input.into(),
            stage,
            cause: cause.to_string(),
        }
    }

    /// The input that failed: a path, a URL, `-` for stdin, or an archive record's label.
    pub fn input(&self) -> &str {
        &self.input
    }

    /// The stage at which it failed.
    pub fn stage(&self) -> Stage {
        self.stage
    }

    /// What went wrong, without the input and stage.
    pub fn cause(&self) -> &str {
        &self.cause
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.input, self.stage, self.cause)
    }
}

impl std::error::Error for Error {}

/// The library's result type.
pub type Result<T> = std::result::Result<T, Error>;
