//! Where pages come from: files, stdin, URLs (and, in batch mode, folders, WARC and JSONL).
//!
//! Every source yields [`RawPage`]s: the bytes as received, where they came from, and what the
//! transport said about them (final URL, HTTP status, Content-Type). Decompression of `.gz`
//! inputs happens here, capped; decoding bytes into text is left to [`crate::decode`].

mod buffer;
mod compress;
mod fault;
mod http;
mod http_head;
mod jsonl;
mod ssrf;
mod urls;
mod walk;
mod warc;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::error::{Error, Result, Stage};
use crate::options::{FetchOptions, Limits};

pub use compress::{gunzip_capped, human_bytes, is_gzip};
pub use http::{Fetcher, fetch};
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
/// A source error if the file cannot be read, is a folder, is larger than the input limit, or
/// does not decompress.
///
/// # Example
/// ```no_run
/// use tinbai::source::{self, Format};
/// let page = source::read_file("page.html".as_ref(), Format::Html, &Default::default())?;
/// # Ok::<(), tinbai::Error>(())
/// ```
pub fn read_file(path: &Path, format: Format, limits: &Limits) -> Result<RawPage> {
    let origin = Origin::Path(path.to_path_buf());
    let fail = |cause: String| Error::new(origin.label(), Stage::Source, cause);
    let meta = std::fs::metadata(path).map_err(|e| fail(format!("could not be read: {e}")))?;
    if meta.is_dir() {
        return Err(fail("is a folder, not a page".to_string()));
    }
    // Checked before reading, so that a huge file is refused at once; files whose size the
    // system does not know (pipes, devices) are capped while reading instead.
    if meta.is_file() && meta.len() > limits.max_input_bytes {
        return Err(fail(too_large(meta.len(), limits)));
    }
    let file = std::fs::File::open(path).map_err(|e| fail(format!("could not be read: {e}")))?;
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
///
/// # Example
/// ```
/// use tinbai::source::{self, Format, Origin};
/// let limits = tinbai::Limits { max_input_bytes: 4, ..Default::default() };
/// let err = source::read_from(&b"<p>chao</p>"[..], Origin::Stdin, Format::Html, &limits);
/// assert!(err.unwrap_err().to_string().starts_with("-: source: the input is larger than"));
/// ```
pub fn read_from(
    reader: impl Read,
    origin: Origin,
    format: Format,
    limits: &Limits,
) -> Result<RawPage> {
    let label = origin.label();
    let mut bytes = Vec::new();
    reader
        .take(limits.max_input_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| Error::new(&label, Stage::Source, format!("could not be read: {e}")))?;
    if bytes.len() as u64 > limits.max_input_bytes {
        let cause = format!(
            "the input is larger than the {} input limit",
            human_bytes(limits.max_input_bytes)
        );
        return Err(Error::new(label, Stage::Source, cause));
    }
    from_bytes(bytes, origin, format, limits)
}

fn too_large(size: u64, limits: &Limits) -> String {
    format!(
        "the input is {}, over the {} input limit",
        human_bytes(size),
        human_bytes(limits.max_input_bytes)
    )
}

/// Builds a page from bytes already in memory, decompressing gzip when the bytes say so.
///
/// # Errors
/// A source error if gzip data is broken or expands past the limits.
///
/// # Example
/// ```
/// use tinbai::source::{self, Format, Origin};
/// let page = source::from_bytes(b"<p>chao</p>".to_vec(), Origin::Stdin, Format::Html, &Default::default())?;
/// assert_eq!(page.raw_bytes, 11);
/// # Ok::<(), tinbai::Error>(())
/// ```
pub fn from_bytes(
    bytes: Vec<u8>,
    origin: Origin,
    format: Format,
    limits: &Limits,
) -> Result<RawPage> {
    let raw_bytes = bytes.len() as u64;
    let bytes = if is_gzip(&bytes) {
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
/// To load many inputs, a [`Loader`] reuses one HTTP client for all their URLs.
///
/// # Errors
/// A source error naming the input if it cannot be read or fetched.
pub fn load(
    input: &str,
    format: Format,
    limits: &Limits,
    fetch_opts: &FetchOptions,
) -> Result<RawPage> {
    Loader::new(format, limits, fetch_opts).load(input)
}

/// Loads inputs named on a command line (paths, `-`, URLs), with one [`Fetcher`] for all URLs,
/// set up when the first URL comes.
///
/// # Example
/// ```
/// use tinbai::source::{Format, Loader};
/// let loader = Loader::new(Format::Html, &Default::default(), &Default::default());
/// let err = loader.load("no/such/page.html").unwrap_err();
/// assert!(err.to_string().starts_with("no/such/page.html: source: could not be read"));
/// let err = loader.load("ftp://example.vn/page.html").unwrap_err();
/// assert!(err.to_string().contains("only http and https"));
/// ```
#[derive(Debug)]
pub struct Loader {
    format: Format,
    limits: Limits,
    fetch_opts: FetchOptions,
    fetcher: OnceLock<Fetcher>,
}

impl Loader {
    /// A loader reading every input as `format`.
    pub fn new(format: Format, limits: &Limits, fetch_opts: &FetchOptions) -> Loader {
        Loader {
            format,
            limits: limits.clone(),
            fetch_opts: fetch_opts.clone(),
            fetcher: OnceLock::new(),
        }
    }

    /// Loads one input: `-` is stdin, `http://` and `https://` are fetched, `file://` URLs and
    /// anything else are paths.
    ///
    /// # Errors
    /// A source error naming the input if it cannot be read or fetched.
    pub fn load(&self, input: &str) -> Result<RawPage> {
        if input == "-" {
            return read_stdin(self.format, &self.limits);
        }
        let Some((scheme, _)) = url_scheme(input) else {
            return read_file(Path::new(input), self.format, &self.limits);
        };
        match scheme.as_str() {
            "http" | "https" => {
                let fetcher = self
                    .fetcher
                    .get_or_init(|| Fetcher::new(&self.fetch_opts, &self.limits));
                let mut page = fetcher.fetch(input)?;
                page.format = self.format;
                Ok(page)
            }
            "file" => match url::Url::parse(input)
                .ok()
                .and_then(|u| u.to_file_path().ok())
            {
                Some(path) => read_file(&path, self.format, &self.limits),
                None => Err(Error::new(input, Stage::Source, "not a valid file URL")),
            },
            other => Err(Error::new(
                input,
                Stage::Source,
                format!("only http and https URLs can be fetched, not {other} URLs"),
            )),
        }
    }
}

/// The lower-cased scheme of an input written as `scheme://…`, if it is one.
fn url_scheme(input: &str) -> Option<(String, &str)> {
    let (scheme, rest) = input.split_once("://")?;
    let valid = scheme.len() > 1
        && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    valid.then(|| (scheme.to_ascii_lowercase(), rest))
}
