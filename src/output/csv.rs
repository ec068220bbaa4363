//! CSV output: one row per fact, with the article's id, url, title and publication time.
//!
//! An article without facts still gets one row (fact columns empty), and an input that failed
//! gets one row with its `error`: so every input appears in the file, counts can be checked
//! against the inputs, and `--resume` can tell which inputs are done. `value` is the fact's
//! value as JSON, since its shape depends on the fact type.

use crate::output::Record;

/// The header row's columns.
pub const CSV_COLUMNS: [&str; 10] = [
    "id",
    "url",
    "title",
    "published",
    "type",
    "text",
    "start",
    "end",
    "value",
    "error",
];

/// The header row, as bytes ending with a newline.
///
/// # Example
/// ```
/// assert!(tinbai::output::csv_header().starts_with(b"id,url,title,published,type"));
/// ```
pub fn csv_header() -> Vec<u8> {
    let mut w = csv::Writer::from_writer(Vec::new());
    // Writing to a Vec cannot fail.
    let _ = w.write_record(CSV_COLUMNS);
    w.into_inner().unwrap_or_default()
}

/// The rows of one record: one per fact, or one for an article without facts or an error.
///
/// # Example
/// ```
/// use tinbai::output::{csv_rows, Record, SourceInfo};
/// let rec = Record::failure(SourceInfo::default(), &tinbai::Error::new("a.html", tinbai::Stage::Decode, "empty"));
/// let rows = String::from_utf8(csv_rows(&rec, "a.html")).unwrap();
/// assert_eq!(rows, "a.html,,,,,,,,,a.html: decode: empty\n");
/// ```
pub fn csv_rows(record: &Record, id: &str) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let article = record.article();
    let url = article
        .and_then(|a| a.url.as_deref())
        .or(record.source.final_url.as_deref())
        .or(record.source.url.as_deref())
        .unwrap_or("");
    let title = article.and_then(|a| a.title.as_deref()).unwrap_or("");
    let published = article.and_then(|a| a.published.as_deref()).unwrap_or("");
    let head = [id, url, title, published];
    if let Some(error) = record.error() {
        let _ = w.write_record(
            head.iter()
                .copied()
                .chain(["", "", "", "", ""])
                .chain([error.message.as_str()]),
        );
    } else if record.facts().is_empty() {
        let _ = w.write_record(head.iter().copied().chain([""; 6]));
    }
    for fact in record.facts() {
        let value = serde_json::to_string(&fact.value).unwrap_or_default();
        let (start, end) = (fact.start.to_string(), fact.end.to_string());
        let row = [fact.kind.as_str(), &fact.text, &start, &end, &value, ""];
        let _ = w.write_record(head.iter().copied().chain(row));
    }
    w.into_inner().unwrap_or_default()
}
