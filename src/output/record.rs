//! The record type (schema version 1).

use schemars::JsonSchema;
use serde::Serialize;

use crate::article::Article;
use crate::error::Error;
use crate::facts::Fact;

/// The version of the record format; bumped on any change that is not an addition.
pub const SCHEMA_VERSION: u32 = 1;

/// Where a record's input came from and what it was.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct SourceInfo {
    /// The file read, for file inputs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// The URL asked for, for fetched pages and archive records.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The record's label inside an archive or stream: `crawl.warc.gz#12`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record: Option<String>,
    /// The URL after redirects.
    pub final_url: Option<String>,
    /// The HTTP status of the response.
    pub http_status: Option<u16>,
    /// The charset the bytes were decoded with.
    pub charset: Option<String>,
    /// SHA-256 of the input bytes (after decompression), lower-case hex.
    pub sha256: Option<String>,
    /// Size of the input as read, in bytes.
    pub bytes: Option<u64>,
}

/// Why an input produced no article.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct ErrorInfo {
    /// The stage that failed: `source`, `decode`, `article`, `facts`, `output`.
    pub stage: String,
    /// What went wrong, naming the input.
    pub message: String,
}

/// A result or an error.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum Outcome {
    /// The input was processed.
    Ok {
        /// The article found in the page.
        article: Box<Article>,
        /// The facts read from `article.text`.
        facts: Vec<Fact>,
        /// Things noticed along the way that the user may want to know.
        warnings: Vec<String>,
    },
    /// The input could not be processed.
    Err {
        /// The failure.
        error: ErrorInfo,
    },
}

/// One output record: one per input page.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[schemars(
    title = "tinbai record",
    description = "One Vietnamese news page turned into facts."
)]
pub struct Record {
    /// Always 1 for this version of the format.
    pub schema_version: u32,
    /// Where the input came from.
    pub source: SourceInfo,
    /// The result or the error.
    #[serde(flatten)]
    pub outcome: Outcome,
}

impl Record {
    /// An error record.
    pub fn failure(source: SourceInfo, error: &Error) -> Record {
        let info = ErrorInfo {
            stage: error.stage().to_string(),
            message: error.to_string(),
        };
        Record {
            schema_version: SCHEMA_VERSION,
            source,
            outcome: Outcome::Err { error: info },
        }
    }

    /// Whether this is an error record.
    pub fn is_error(&self) -> bool {
        matches!(self.outcome, Outcome::Err { .. })
    }

    /// The article, for result records.
    pub fn article(&self) -> Option<&Article> {
        match &self.outcome {
            Outcome::Ok { article, .. } => Some(article),
            Outcome::Err { .. } => None,
        }
    }

    /// The facts, for result records (empty for errors).
    pub fn facts(&self) -> &[Fact] {
        match &self.outcome {
            Outcome::Ok { facts, .. } => facts,
            Outcome::Err { .. } => &[],
        }
    }

    /// The error, for error records.
    pub fn error(&self) -> Option<&ErrorInfo> {
        match &self.outcome {
            Outcome::Ok { .. } => None,
            Outcome::Err { error } => Some(error),
        }
    }
}

/// The JSON Schema of [`Record`], as `tinbai schema` prints it.
///
/// # Example
/// ```
/// let schema = tinbai::output::schema();
/// assert!(schema.contains("schema_version"));
/// ```
pub fn schema() -> String {
    let mut schema = serde_json::to_value(schemars::schema_for!(Record)).unwrap_or_default();
    strip_doc_sections(&mut schema);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

/// Keeps only the prose of doc comments in descriptions: `# Example` and `# Errors` sections
/// are for Rust readers, not for the schema.
fn strip_doc_sections(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                match v {
                    serde_json::Value::String(s) if key == "description" => {
                        if let Some(at) = s.find("\n# ") {
                            s.truncate(at);
                        }
                        let trimmed = s.trim_end().to_string();
                        *s = trimmed;
                    }
                    _ => strip_doc_sections(v),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(strip_doc_sections),
        _ => {}
    }
}
