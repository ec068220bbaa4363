//! WARC archives as inputs: response records become pages, broken records become errors.
//!
//! A small reader of our own rather than the `warc` crate (0.4): that crate reads header and body
//! lines with no size cap, reports a too-short `Content-Length` as a bare overflow after which
//! the stream cannot be resumed, and has no way to name where a record ends. Archives from the
//! wild need all three: a lying length must give an error for that record and the reader must
//! find the next record and go on, a truncated file must end with an error naming the record,
//! and no record may take more memory than the input limit.
//!
//! `.warc.gz` files (Common Crawl writes one gzip member per record) are read through
//! [`MultiGzDecoder`]; a truncated or corrupt member ends the file with an error record.
//! Records are labelled `<file>#<n>`, `n` counting every record of the file from 1.

use std::io::Read;
use std::path::Path;

use flate2::read::MultiGzDecoder;

use crate::error::{Error, Stage};
use crate::options::Limits;

use super::buffer::LineReader;
use super::{Format, Origin, RawPage, from_bytes};

/// Longest header line, and largest header block, of a WARC record or HTTP response.
const MAX_HEAD: usize = 64 * 1024;

/// What one WARC record gave.
#[derive(Debug)]
pub enum WarcEntry {
    /// A response (or resource) record holding an HTML page.
    Page(RawPage),
    /// A response that is not a page (a redirect, an image, a PDF): its label and why.
    Skipped {
        /// The record's label, `<file>#<n>`.
        label: String,
        /// Why it is not a page: `HTTP status 301`, `not HTML: image/png`.
        reason: String,
    },
    /// A record that could not be read; the error names the record and the cause.
    Failed(Error),
}

/// Reads the records of a WARC file lazily.
///
/// # Example
/// ```
/// use tinbai::source::{WarcEntry, WarcReader};
/// let http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Chào</p>";
/// let warc = format!(
///     "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://bao.vn/a\r\n\
///      Content-Length: {}\r\n\r\n{http}\r\n\r\n", http.len());
/// let mut reader = WarcReader::new(warc.as_bytes(), "a.warc", &Default::default());
/// let Some(WarcEntry::Page(page)) = reader.next() else { panic!() };
/// assert_eq!(page.origin.label(), "a.warc#1");
/// assert_eq!(page.http_status, Some(200));
/// assert_eq!(page.final_url.as_deref(), Some("https://bao.vn/a"));
/// assert_eq!(page.bytes, "<p>Chào</p>".as_bytes());
/// assert!(reader.next().is_none());
/// ```
pub struct WarcReader<R> {
    input: LineReader<R>,
    file: String,
    records: usize,
    limits: Limits,
    /// Set after a framing error: lines are skipped until the next `WARC/` version line.
    resync: bool,
    done: bool,
}

impl WarcReader<Box<dyn Read + Send>> {
    /// Opens a `.warc` or `.warc.gz` file (gzip is recognized by its magic number).
    ///
    /// # Errors
    /// A source error naming the file if it cannot be opened.
    pub fn open(path: &Path, limits: &Limits) -> Result<Self, Error> {
        let label = path.display().to_string();
        let mut file = std::fs::File::open(path)
            .map_err(|e| Error::new(&label, Stage::Source, format!("cannot open: {e}")))?;
        let mut magic = [0u8; 2];
        let gzip = file.read_exact(&mut magic).is_ok() && magic == [0x1f, 0x8b];
        let file = std::fs::File::open(path)
            .map_err(|e| Error::new(&label, Stage::Source, format!("cannot open: {e}")))?;
        let reader: Box<dyn Read + Send> = if gzip {
            Box::new(MultiGzDecoder::new(std::io::BufReader::new(file)))
        } else {
            Box::new(file)
        };
        Ok(WarcReader::new(reader, &label, limits))
    }
}

impl<R: Read> WarcReader<R> {
    /// Reads WARC records (uncompressed) from `reader`; `file` names it in labels.
    pub fn new(reader: R, file: &str, limits: &Limits) -> WarcReader<R> {
        WarcReader {
            input: LineReader::new(reader),
            file: file.to_string(),
            records: 0,
            limits: limits.clone(),
            resync: false,
            done: false,
        }
    }

    fn label(&self) -> String {
        format!("{}#{}", self.file, self.records)
    }

    fn fail(&self, cause: impl std::fmt::Display) -> WarcEntry {
        WarcEntry::Failed(Error::new(self.label(), Stage::Source, cause))
    }

    /// Ends the file with an error for the record being read.
    fn fail_end(&mut self, cause: impl std::fmt::Display) -> WarcEntry {
        self.done = true;
        self.fail(cause)
    }

    /// Finds the next version line. `Ok(None)` at the end of the file.
    fn version_line(&mut self) -> Result<Option<()>, WarcEntry> {
        loop {
            let line = match self.input.read_line(MAX_HEAD) {
                Ok(Some(line)) => line,
                Ok(None) => return Ok(None),
                Err(e) if e.kind() == std::io::ErrorKind::InvalidData => {
                    if self.resync {
                        continue;
                    }
                    self.resync = true;
                    self.records += 1;
                    return Err(self.fail("expected a WARC record here, found other bytes"));
                }
                Err(e) => {
                    self.records += 1;
                    return Err(self.fail_end(format!("the file is broken: {e}")));
                }
            };
            if line.starts_with(b"WARC/") {
                self.resync = false;
                return Ok(Some(()));
            }
            if !self.resync && !line.iter().all(u8::is_ascii_whitespace) {
                self.resync = true;
                self.records += 1;
                return Err(self.fail("expected a WARC record here, found other bytes"));
            }
        }
    }

    /// Reads the header block after the version line.
    fn headers(&mut self) -> Result<Vec<(String, String)>, WarcEntry> {
        let mut headers = Vec::new();
        let mut size = 0;
        loop {
            let line = match self.input.read_line(MAX_HEAD) {
                Ok(Some(line)) => line,
                Ok(None) => return Err(self.fail_end("truncated: the file ends in the headers")),
                Err(e) => return Err(self.fail_end(format!("unreadable headers: {e}"))),
            };
            size += line.len();
            if size > MAX_HEAD {
                self.resync = true;
                return Err(self.fail("the header block is larger than 64 KiB"));
            }
            let line = String::from_utf8_lossy(&line);
            let line = line.trim_end_matches(['\r', '\n']);
            if line.is_empty() {
                return Ok(headers);
            }
            if let Some((name, value)) = line.split_once(':') {
                headers.push((name.trim().to_ascii_lowercase(), value.trim().to_string()));
            }
        }
    }

    /// Reads one record; `Ok(None)` for a record that is not a page candidate.
    fn record(&mut self) -> Option<WarcEntry> {
        match self.version_line() {
            Ok(Some(())) => {}
            Ok(None) => return None,
            Err(entry) => return Some(entry),
        }
        self.records += 1;
        let headers = match self.headers() {
            Ok(h) => h,
            Err(entry) => return Some(entry),
        };
        let get = |name: &str| {
            headers
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.as_str())
        };
        let Some(length) = get("content-length").and_then(|v| v.parse::<u64>().ok()) else {
            self.resync = true;
            return Some(self.fail("the record has no valid Content-Length"));
        };
        let kind = get("warc-type").unwrap_or("").to_ascii_lowercase();
        let target = get("warc-target-uri").map(|u| u.trim_matches(['<', '>']).to_string());
        let warc_type = get("content-type").map(str::to_string);
        let block = match self.block(length) {
            Ok(block) => block,
            Err(entry) => return Some(entry),
        };
        match kind.as_str() {
            "response" => Some(self.response(&block, target)),
            "resource" => Some(self.resource(block, target, warc_type)),
            _ => Some(WarcEntry::Skipped {
                label: self.label(),
                reason: String::new(),
            }),
        }
    }

    /// Reads a record's block and checks that the record ends where its length says.
    fn block(&mut self, length: u64) -> Result<Vec<u8>, WarcEntry> {
        let cap = self.limits.max_input_bytes + MAX_HEAD as u64;
        if length > cap {
            let skipped = self.input.skip(length).unwrap_or(0);
            if skipped < length {
                return Err(self.fail_end(format!(
                    "truncated: Content-Length says {length} bytes, the file ends after {skipped}"
                )));
            }
            return Err(self.fail(format!(
                "the record's {length} bytes are more than the {cap} byte limit"
            )));
        }
        let block = match self.input.take(length as usize) {
            Ok(block) => block,
            Err(e) => return Err(self.fail_end(format!("truncated: {e}"))),
        };
        if (block.len() as u64) < length {
            return Err(self.fail_end(format!(
                "truncated: Content-Length says {length} bytes, the file ends after {}",
                block.len()
            )));
        }
        self.check_end(block, length)
    }

    /// A record ends with a blank line; if not, its Content-Length lied.
    fn check_end(&mut self, block: Vec<u8>, length: u64) -> Result<Vec<u8>, WarcEntry> {
        match self.input.peek(4) {
            Ok(end) if end.is_empty() || end.starts_with(b"\r\n\r\n") || end == b"\r\n" => {
                return Ok(block);
            }
            Ok(end) if end.starts_with(b"\n\n") || end.starts_with(b"WARC") => return Ok(block),
            _ => {}
        }
        // Too long: the block swallowed the next record; hand its bytes back to the reader.
        if let Some(at) = next_record_start(&block) {
            self.input.unread(&block[at..]);
            return Err(self.fail(format!(
                "Content-Length says {length} bytes but the next record starts after {at}"
            )));
        }
        // Too short: the record goes on past its length; find the next record.
        self.resync = true;
        Err(self.fail(format!(
            "Content-Length says {length} bytes but the record does not end there"
        )))
    }

    fn response(&self, block: &[u8], target: Option<String>) -> WarcEntry {
        let response = match super::http_head::parse(block) {
            Ok(r) => r,
            Err(cause) => return self.fail(cause),
        };
        if !(200..300).contains(&response.status) {
            return self.skip(format!("HTTP status {}", response.status));
        }
        if let Some(ct) = response.content_type.as_deref().filter(|ct| !is_html(ct)) {
            return self.skip(format!("not HTML: {ct}"));
        }
        let body = match response.body(block, &self.limits) {
            Ok(body) => body,
            Err(cause) => return self.fail(cause),
        };
        self.page(
            body,
            block.len(),
            target,
            Some(response.status),
            response.content_type,
        )
    }

    fn resource(&self, block: Vec<u8>, target: Option<String>, ct: Option<String>) -> WarcEntry {
        if let Some(ct) = ct.as_deref().filter(|ct| !is_html(ct)) {
            return self.skip(format!("not HTML: {ct}"));
        }
        let size = block.len();
        self.page(block, size, target, None, ct)
    }

    fn page(
        &self,
        body: Vec<u8>,
        size: usize,
        target: Option<String>,
        status: Option<u16>,
        content_type: Option<String>,
    ) -> WarcEntry {
        match from_bytes(
            body,
            Origin::Record(self.label()),
            Format::Html,
            &self.limits,
        ) {
            Ok(mut page) => {
                page.final_url = target;
                page.http_status = status;
                page.content_type = content_type;
                page.raw_bytes = size as u64;
                WarcEntry::Page(page)
            }
            Err(e) => WarcEntry::Failed(e),
        }
    }

    fn skip(&self, reason: String) -> WarcEntry {
        WarcEntry::Skipped {
            label: self.label(),
            reason,
        }
    }
}

impl<R: Read> Iterator for WarcReader<R> {
    type Item = WarcEntry;

    fn next(&mut self) -> Option<WarcEntry> {
        loop {
            if self.done {
                return None;
            }
            match self.record() {
                // warcinfo, request, metadata…: not pages, and not worth a line in the summary.
                Some(WarcEntry::Skipped { reason, .. }) if reason.is_empty() => continue,
                Some(entry) => return Some(entry),
                None => {
                    self.done = true;
                    return None;
                }
            }
        }
    }
}

/// Where, inside a block, a line starting with `WARC/1.` begins.
fn next_record_start(block: &[u8]) -> Option<usize> {
    const MARK: &[u8] = b"\nWARC/1.";
    block
        .windows(MARK.len())
        .position(|w| w == MARK)
        .map(|at| at + 1)
}

/// Whether a Content-Type names an HTML page.
fn is_html(content_type: &str) -> bool {
    let ct = content_type.to_ascii_lowercase();
    ct.contains("html") || ct.trim().is_empty()
}
