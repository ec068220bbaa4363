//! The record and how it is written: JSON, JSONL, a terminal report and an HTML report.
//!
//! A [`Record`] is either a result (`article`, `facts`, `warnings`) or an error (`error`), with the
//! same `source` block either way, so that one stream carries both. The record's JSON Schema is
//! generated from these types ([`schema`]) and checked into `schema/record.schema.json`.

mod csv;
mod html;
mod record;
mod report;
mod text;

pub use csv::{CSV_COLUMNS, csv_header, csv_rows};
pub(crate) use html::esc as escape_html;
pub use record::{ErrorInfo, Outcome, Record, SCHEMA_VERSION, SourceInfo, schema};

use std::io::Write;

/// How records are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One pretty-printed JSON document per record.
    Json,
    /// One record per line.
    Jsonl,
    /// A report for people: title, source, then the facts by type with their sentence.
    Text {
        /// Whether to colour it with terminal escape codes.
        color: bool,
    },
    /// A self-contained HTML page: the text with its facts highlighted, and a table of them.
    Html,
}

/// Writes one record in the given format, followed by a newline.
///
/// # Errors
/// The writer's I/O error.
///
/// # Example
/// ```
/// use tinbai::output::{self, Format, Record, SourceInfo};
/// let rec = Record::failure(SourceInfo::default(), &tinbai::Error::new("x", tinbai::Stage::Decode, "empty"));
/// let mut out = Vec::new();
/// output::write(&mut out, &rec, Format::Jsonl).unwrap();
/// assert!(String::from_utf8(out).unwrap().contains("\"stage\":\"decode\""));
/// ```
pub fn write(out: &mut impl Write, record: &Record, format: Format) -> std::io::Result<()> {
    match format {
        Format::Json => serde_json::to_writer_pretty(&mut *out, record)?,
        Format::Jsonl => serde_json::to_writer(&mut *out, record)?,
        Format::Text { color } => return text::write(out, record, color),
        Format::Html => return html::write(out, record),
    }
    out.write_all(b"\n")
}

/// The HTML report of a record as a string, with a link back to `home` if given (the server's
/// form page).
pub(crate) fn html_report(record: &Record, home: Option<&str>) -> String {
    html::render(record, home)
}
