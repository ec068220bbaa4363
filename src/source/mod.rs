//! Where pages come from: files, stdin, URLs (and, in batch mode, folders, WARC and JSONL).
//!
//! Every source yields [`RawPage`]s: the bytes as received, where they came from, and what the
//! transport said about them (final URL, HTTP status, Content-Type). Decompression of `.gz`
//! inputs happens here, capped; decoding bytes into text is left to [`crate::decode`].

mod buffer;
mod compress;
mod http;
mod http_head;
mod jsonl;
mod urls;
mod walk;
mod warc;

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result, Stage};
use crate::options::{FetchOptions, Limits};

pub use compress::gunzip_capped;
pub use http::fetch;
pub use jsonl::{JsonlEntry, JsonlReader};
pub use urls::{PoliteFetcher, Politeness};
pub use walk::Walk;
pub use warc::{WarcEntry, WarcReader};

/// Where a page came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// A file on disk.
    Path(PathBuf),
    /// A URL as the user gave it.
    Url(String),
    /// Standard input.
    Stdin,
    /// A record inside an archive or stream, with a label such as `crawl.warc.gz#12`.
    Record(String),
}

impl Origin {
    /// The label used in error messages: the path, the URL, `-` or the record label.
    pub fn label(&self) -> String {
        match self {
            Origin::Path(p) => p.display().to_string(),
            Origin::Url(u) => u.clone(),
            Origin::Stdin => "-".to_string(),
            Origin::Record(r) => r.clone(),
        }
    }
}

/// What the bytes are: an HTML page or plain text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// An HTML page: the article stage finds the article in it.
    Html,
    /// Plain text: first line the title, the rest the body.
    Text,
}

/// A page as received, before decoding.
///
/// # Example
/// ```
/// use tinbai::source::{Format, Origin, RawPage};
/// let page = RawPage::new(Origin::Stdin, Format::Html, b"<p>Xin chao</p>".to_vec());
/// assert_eq!(page.origin.label(), "-");
/// ```
#[derive(Debug, Clone)]
pub struct RawPage {
    /// Where the page came from.
    pub origin: Origin,
    /// HTML or plain text.
    pub format: Format,
    /// The body, decompressed.
    pub bytes: Vec<u8>,
    /// The URL after redirects, for fetched pages and archive records.
    pub final_url: Option<String>,
    /// The HTTP status, for fetched pages and archive records.
    pub http_status: Option<u16>,
    /// The Content-Type header, if the transport gave one.
    pub content_type: Option<String>,
    /// Size of the input as read (before decompression).
    pub raw_bytes: u64,
}

impl RawPage {
    /// A page with nothing known about its transport.
    pub fn new(origin: Origin, format: Format, bytes: Vec<u8>) -> RawPage {
        let raw_bytes = bytes.len() as u64;
        RawPage {
            origin,
            format,
            bytes,
            final_url: None,
            http_status: None,
            content_type: None,
            raw_bytes,
        }
    }
}

/// Reads a page from a file; `.gz` files are decompressed within the limits.
///
/// # Errors
/// A source error if the file cannot be read, is larger than the input limit, or does not
/// decompress.
///
/// # Example
/// ```no_run
/// use tinbai::source::{self, Format};
/// let page = source::read_file("page.html".as_ref(), Format::Html, &Default::default())?;
/// # Ok::<(), tinbai::Error>(())
/// ```
pub fn read_file(path: &Path, format: Format, limits: &Limits) -> Result<RawPage> {
    let origin = Origin::Path(path.to_path_buf());
    let file =
        std::fs::File::open(path).map_err(|e| Error::new(origin.label(), Stage::Source, e))?;
    read_from(file, origin, format, limits)
}

/// Reads a page from standard input.
///
/// # Errors
/// A source error if stdin cannot be read or is too large.
pub fn read_stdin(format: Format, limits: &Limits) -> Result<RawPage> {
    read_from(std::io::stdin().lock(), Origin::Stdin, format, limits)
}

/// Reads a page from any reader, capped, decompressing gzip when the bytes say so.
///
/// # Errors
/// A source error if reading fails, the input is over the limit, or gzip data is broken.
pub fn read_from(
    reader: impl Read,
    origin: Origin,
    format: Format,
    limits: &Limits,
) -> Result<RawPage> {
    let label = origin.label();
    let mut bytes = Vec::new();
    reader
        .take(limits.max_input_bytes + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::new(&label, Stage::Source, e))?;
    if bytes.len() as u64 > limits.max_input_bytes {
        let cause = format!(
            "input is larger than the {} byte limit",
            limits.max_input_bytes
        );
        return Err(Error::new(label, Stage::Source, cause));
    }
    from_bytes(bytes, origin, format, limits)
}

/// Builds a page from bytes already in memory, decompressing gzip when the bytes say so.
///
/// # Errors
/// A source error if gzip data is broken or expands past the limits.
pub fn from_bytes(
    bytes: Vec<u8>,
    origin: Origin,
    format: Format,
    limits: &Limits,
) -> Result<RawPage> {
    let raw_bytes = bytes.len() as u64;
    let bytes = if compress::is_gzip(&bytes) {
        gunzip_capped(&bytes, limits).map_err(|e| Error::new(origin.label(), Stage::Source, e))?
    } else {
        bytes
    };
    let mut page = RawPage::new(origin, format, bytes);
    page.raw_bytes = raw_bytes;
    Ok(page)
}

/// Loads one input as the user named it: a path, `-` for stdin, or an http(s) URL.
///
/// # Errors
/// A source error naming the input if it cannot be read or fetched.
pub fn load(
    input: &str,
    format: Format,
    limits: &Limits,
    fetch_opts: &FetchOptions,
) -> Result<RawPage> {
    if input == "-" {
        read_stdin(format, limits)
    } else if input.starts_with("http://") || input.starts_with("https://") {
        let mut page = fetch(input, fetch_opts, limits)?;
        page.format = format;
        Ok(page)
    } else {
        read_file(Path::new(input), format, limits)
    }
}
