//! Where records go: JSONL or CSV, complete lines only, and `--resume` over what is there.
//!
//! Each record's bytes (one JSONL line, or one CSV group of rows) are finished before any of
//! them is written, and writes carry only whole records, flushed whenever the workers have
//! nothing ready and at least every 256 KiB. A run killed with `kill -9` can therefore leave at
//! most one record cut short, at the very end; [`resume`] cuts it off and lists the ids that are
//! complete, so that a rerun skips them and loses nothing.

use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{self, BufRead, BufReader, Seek, Write};
use std::path::Path;

use serde::Deserialize;

use crate::output::{Record, SourceInfo, csv_header, csv_rows};

/// How records are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    /// One JSON record per line.
    Jsonl,
    /// One row per fact (see [`crate::output::csv_rows`]).
    Csv,
}

impl OutputFormat {
    /// A record's bytes in this format, ending with a newline.
    pub fn encode(self, record: &Record, id: &str) -> Vec<u8> {
        match self {
            OutputFormat::Jsonl => {
                let mut line = serde_json::to_vec(record).unwrap_or_default();
                line.push(b'\n');
                line
            }
            OutputFormat::Csv => csv_rows(record, id),
        }
    }
}

/// The id a record is known by: its archive record label, else its path, else its URL.
///
/// # Example
/// ```
/// use tinbai::output::SourceInfo;
/// let s = SourceInfo { path: Some("a.html".into()), ..SourceInfo::default() };
/// assert_eq!(tinbai::batch::record_id(&s), Some("a.html"));
/// ```
pub fn record_id(source: &SourceInfo) -> Option<&str> {
    source
        .record
        .as_deref()
        .or(source.path.as_deref())
        .or(source.url.as_deref())
}

/// Ids already in an output, with how often each occurs.
pub type Done = HashMap<String, u32>;

/// Buffers whole records and writes them out in few, whole-record writes.
pub struct Sink {
    out: Box<dyn Write + Send>,
    pending: Vec<u8>,
}

/// Write at least this often, even while results keep coming.
const FLUSH_AT: usize = 256 * 1024;

impl Sink {
    /// A sink writing to `out`.
    pub fn new(out: Box<dyn Write + Send>) -> Sink {
        Sink {
            out,
            pending: Vec::with_capacity(FLUSH_AT),
        }
    }

    /// Adds one record's bytes.
    ///
    /// # Errors
    /// The writer's error.
    pub fn push(&mut self, record: &[u8]) -> io::Result<()> {
        self.pending.extend_from_slice(record);
        if self.pending.len() >= FLUSH_AT {
            self.flush()?;
        }
        Ok(())
    }

    /// Writes what is buffered.
    ///
    /// # Errors
    /// The writer's error.
    pub fn flush(&mut self) -> io::Result<()> {
        if !self.pending.is_empty() {
            self.out.write_all(&self.pending)?;
            self.pending.clear();
        }
        self.out.flush()
    }
}

/// Opens the output file: created or emptied, or with `resume` kept and repaired.
///
/// Returns the file, positioned at its end, and the ids it already holds.
///
/// # Errors
/// The file cannot be opened, read or repaired.
pub fn open_output(path: &Path, format: OutputFormat, resume: bool) -> io::Result<(File, Done)> {
    let mut file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(!resume)
        .open(path)?;
    let (keep, done) = if resume {
        match format {
            OutputFormat::Jsonl => scan_jsonl(&file)?,
            OutputFormat::Csv => scan_csv(&file)?,
        }
    } else {
        (0, Done::new())
    };
    // Only a resumed regular file needs cutting (to drop a half-written last line): without
    // resume the open has emptied it, and a device such as /dev/null has no length to set.
    if resume && file.metadata()?.is_file() {
        file.set_len(keep)?;
    }
    file.seek(io::SeekFrom::End(0))?;
    if keep == 0 && format == OutputFormat::Csv {
        file.write_all(&csv_header())?;
    }
    Ok((file, done))
}

#[derive(Deserialize)]
struct IdOnly {
    source: IdSource,
}

/// The fields of a record's `source` that make its id.
#[derive(Deserialize)]
struct IdSource {
    record: Option<String>,
    path: Option<String>,
    url: Option<String>,
}

/// Complete lines' ids, and where the last complete line ends.
fn scan_jsonl(file: &File) -> io::Result<(u64, Done)> {
    let mut reader = BufReader::with_capacity(1 << 20, file);
    let (mut keep, mut done) = (0u64, Done::new());
    let mut line = Vec::new();
    loop {
        line.clear();
        let read = reader.read_until(b'\n', &mut line)?;
        if read == 0 || line.last() != Some(&b'\n') {
            return Ok((keep, done));
        }
        keep += read as u64;
        if let Ok(IdOnly { source: s }) = serde_json::from_slice::<IdOnly>(&line)
            && let Some(id) = s.record.or(s.path).or(s.url)
        {
            *done.entry(id).or_default() += 1;
        }
    }
}

/// CSV groups' ids. The last group is dropped whole: it may have lost rows, or be cut short.
fn scan_csv(file: &File) -> io::Result<(u64, Done)> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(BufReader::with_capacity(1 << 20, file));
    let mut record = csv::ByteRecord::new();
    let (mut last_id, mut last_start) = (None::<Vec<u8>>, 0u64);
    let mut done = Done::new();
    loop {
        let start = reader.position().byte();
        match reader.read_byte_record(&mut record) {
            Ok(true) => {}
            Ok(false) | Err(_) => break,
        }
        let id = record.get(0).unwrap_or_default();
        if last_id.as_deref() != Some(id) {
            if let Some(prev) = last_id.replace(id.to_vec()) {
                *done
                    .entry(String::from_utf8_lossy(&prev).into_owned())
                    .or_default() += 1;
            }
            last_start = start;
        }
    }
    if last_id.is_none() {
        // No complete row: keep the header only if it is whole.
        let header = csv_header();
        let header_ok = reader.position().byte() >= header.len() as u64;
        return Ok((if header_ok { header.len() as u64 } else { 0 }, done));
    }
    Ok((last_start, done))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str, bytes: &[u8]) -> std::path::PathBuf {
        let path = std::env::temp_dir().join(format!("tinbai-sink-{name}-{}", std::process::id()));
        std::fs::write(&path, bytes).unwrap_or_default();
        path
    }

    #[test]
    fn a_torn_jsonl_line_is_cut_off() {
        let text = b"{\"source\":{\"path\":\"a\"}}\n{\"source\":{\"record\":\"w#2\",\"url\":\"u\"}}\n{\"sou";
        let path = scratch("jsonl", text);
        let (file, done) = open_output(&path, OutputFormat::Jsonl, true).unwrap();
        drop(file);
        let kept = std::fs::read(&path).unwrap_or_default();
        assert!(kept.ends_with(b"}}\n") && kept.len() == text.len() - 5);
        assert_eq!(done.get("a"), Some(&1));
        assert_eq!(done.get("w#2"), Some(&1));
        let _ = std::fs::remove_file(&path);
    }

    #[test]
    fn the_last_csv_group_is_dropped_whole() {
        let mut text = csv_header();
        text.extend_from_slice(
            b"a,,,,date,x,0,1,\"\"\"2023\"\"\",\nb,,,,date,y,0,1,1,\nb,,,,count,z,2,3,",
        );
        let path = scratch("csv", &text);
        let (file, done) = open_output(&path, OutputFormat::Csv, true).unwrap();
        drop(file);
        let kept = String::from_utf8(std::fs::read(&path).unwrap_or_default()).unwrap_or_default();
        assert!(kept.ends_with("\"\"\"2023\"\"\",\n"), "{kept}");
        assert_eq!(done.len(), 1);
        assert_eq!(done.get("a"), Some(&1));
        let _ = std::fs::remove_file(&path);
    }

    #[test]
    fn a_new_csv_output_starts_with_its_header() {
        let path = scratch("csv-new", b"id,ur");
        let (file, done) = open_output(&path, OutputFormat::Csv, true).unwrap();
        drop(file);
        assert!(done.is_empty());
        assert_eq!(std::fs::read(&path).unwrap_or_default(), csv_header());
        let _ = std::fs::remove_file(&path);
    }
}
