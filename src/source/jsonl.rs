//! JSONL inputs: one page per line, given inline (`html` or `text`) or by `path`.
//!
//! This is also the mapper contract of `tinbai batch -` under Hadoop Streaming and Spark's
//! `RDD.pipe`: a line holds `{"url", "html"}`, `{"id", "text"}` or `{"path"}`. Each record is
//! labelled by its `id`, else its `url`, else `<file>#<line>`, so that the same record gets the
//! same label whichever way it reaches tinbai (a file here, a pipe there). A line that is not
//! such a record gives an error naming it; blank lines are not records.

use std::io::Read;
use std::path::{Path, PathBuf};

use flate2::read::MultiGzDecoder;
use serde::Deserialize;

use crate::error::{Error, Stage};
use crate::options::Limits;

use super::buffer::LineReader;
use super::{Format, Origin, RawPage};

/// What one JSONL line gave.
#[derive(Debug)]
pub enum JsonlEntry {
    /// A page given inline.
    Page(RawPage),
    /// A page to read from a file.
    File(PathBuf),
    /// A line that is not a valid record.
    Failed(Error),
}

#[derive(Debug, Deserialize)]
struct Line {
    id: Option<serde_json::Value>,
    url: Option<String>,
    html: Option<String>,
    text: Option<String>,
    path: Option<String>,
}

/// Reads JSONL records lazily.
///
/// # Example
/// ```
/// use tinbai::source::{JsonlEntry, JsonlReader};
/// let input = "{\"url\": \"https://bao.vn/a\", \"html\": \"<p>Chào</p>\"}\n\nnot json\n";
/// let mut reader = JsonlReader::new(input.as_bytes(), "in.jsonl", &Default::default());
/// let Some(JsonlEntry::Page(page)) = reader.next() else { panic!() };
/// assert_eq!(page.origin.label(), "https://bao.vn/a");
/// let Some(JsonlEntry::Failed(e)) = reader.next() else { panic!() };
/// assert!(e.to_string().starts_with("in.jsonl#3: source:"));
/// assert!(reader.next().is_none());
/// ```
pub struct JsonlReader<R> {
    input: LineReader<R>,
    file: String,
    line: usize,
    limits: Limits,
    done: bool,
}

impl JsonlReader<Box<dyn Read + Send>> {
    /// Opens a `.jsonl` or `.jsonl.gz` file (gzip is recognized by its magic number).
    ///
    /// # Errors
    /// A source error naming the file if it cannot be opened.
    pub fn open(path: &Path, limits: &Limits) -> Result<Self, Error> {
        let label = path.display().to_string();
        let open = || {
            std::fs::File::open(path)
                .map_err(|e| Error::new(&label, Stage::Source, format!("cannot open: {e}")))
        };
        let mut magic = [0u8; 2];
        let gzip = open()?.read_exact(&mut magic).is_ok() && magic == [0x1f, 0x8b];
        let reader: Box<dyn Read + Send> = if gzip {
            Box::new(MultiGzDecoder::new(std::io::BufReader::new(open()?)))
        } else {
            Box::new(open()?)
        };
        Ok(JsonlReader::new(reader, &label, limits))
    }
}

impl<R: Read> JsonlReader<R> {
    /// Reads records from `reader`; `file` names it in labels (`-` for stdin).
    pub fn new(reader: R, file: &str, limits: &Limits) -> JsonlReader<R> {
        JsonlReader {
            input: LineReader::new(reader),
            file: file.to_string(),
            line: 0,
            limits: limits.clone(),
            done: false,
        }
    }

    fn fail(&self, cause: impl std::fmt::Display) -> JsonlEntry {
        let label = format!("{}#{}", self.file, self.line);
        JsonlEntry::Failed(Error::new(label, Stage::Source, cause))
    }

    /// Longest line accepted: a page at the input limit, JSON-escaped.
    fn max_line(&self) -> usize {
        usize::try_from(self.limits.max_input_bytes.saturating_mul(2)).unwrap_or(usize::MAX)
    }

    fn entry(&self, raw: &[u8]) -> JsonlEntry {
        let line: Line = match serde_json::from_slice(raw) {
            Ok(line) => line,
            Err(e) => return self.fail(format!("not a JSON record: {e}")),
        };
        let label = match &line.id {
            Some(serde_json::Value::String(s)) => Some(s.clone()),
            Some(serde_json::Value::Number(n)) => Some(n.to_string()),
            _ => None,
        }
        .or_else(|| line.url.clone())
        .unwrap_or_else(|| format!("{}#{}", self.file, self.line));
        let (content, format) = match (line.html, line.text) {
            (Some(html), _) => (html, Format::Html),
            (None, Some(text)) => (text, Format::Text),
            (None, None) => {
                return match line.path {
                    Some(path) => JsonlEntry::File(PathBuf::from(path)),
                    None => self.fail("the record has no \"html\", \"text\" or \"path\""),
                };
            }
        };
        let mut page = RawPage::new(Origin::Record(label), format, content.into_bytes());
        // The text came through JSON, so it is UTF-8 whatever the page's <meta> says.
        page.content_type = Some("text/html; charset=utf-8".to_string());
        page.final_url = line.url;
        JsonlEntry::Page(page)
    }
}

impl<R: Read> Iterator for JsonlReader<R> {
    type Item = JsonlEntry;

    fn next(&mut self) -> Option<JsonlEntry> {
        while !self.done {
            let read = self.input.read_line(self.max_line());
            self.line += 1;
            match read {
                Ok(None) => return None,
                Ok(Some(raw)) if raw.iter().all(u8::is_ascii_whitespace) => continue,
                Ok(Some(raw)) => return Some(self.entry(&raw)),
                Err(e) if e.kind() == std::io::ErrorKind::InvalidData => {
                    return Some(self.fail(format!("the line is too long: {e}")));
                }
                Err(e) => {
                    self.done = true;
                    return Some(self.fail(format!("reading failed: {e}")));
                }
            }
        }
        None
    }
}
