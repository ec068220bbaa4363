//! What a batch reads: the command line's inputs turned into a lazy stream of work items.
//!
//! An input is a folder (walked recursively), a glob, a `.warc`/`.warc.gz` archive, a
//! `.jsonl`/`.jsonl.gz` file of records, a page file, `-` (JSONL on stdin), or a list of URLs.
//! Nothing is read ahead: a folder of a million files or a 50 GB archive is enumerated as the
//! workers ask for more. Each item carries its **id** (the path, record label or URL that its
//! record's `source` will show), which `--resume` matches against the output.

use std::collections::VecDeque;
use std::path::{Path, PathBuf};

use crate::error::{Error, Stage};
use crate::options::Limits;
use crate::output::SourceInfo;
use crate::source::{Format, JsonlEntry, JsonlReader, RawPage, Walk, WarcEntry, WarcReader};

/// One thing to do: an id and a task.
#[derive(Debug)]
pub struct Work {
    /// What the output record will be known by: path, record label or URL.
    pub id: String,
    /// What to do.
    pub task: Task,
}

/// The task of a work item.
#[derive(Debug)]
pub enum Task {
    /// A page already in memory (an archive or JSONL record).
    Page(Box<RawPage>),
    /// A page file to read.
    File(PathBuf, Format),
    /// A URL to fetch.
    Url(String),
    /// An input that failed before it became a page: it gets an error record.
    Failed(Box<SourceInfo>, Error),
    /// An archive record that is not a page (a redirect, an image): counted, no record.
    Skipped(String),
}

/// One input as the user named it.
#[derive(Debug, Clone)]
pub enum Input {
    /// A path, folder, glob or `-`.
    Path(String),
    /// A file of URLs, one a line (`#` starts a comment).
    Urls(PathBuf),
}

/// The lazy stream of work items from a list of inputs.
///
/// # Example
/// ```
/// use tinbai::batch::{Input, Inputs, Task};
/// let mut items = Inputs::new(vec![Input::Path("no/such/page.html".into())], &Default::default(), None);
/// let item = items.next().unwrap();
/// assert_eq!(item.id, "no/such/page.html");
/// assert!(matches!(item.task, Task::Failed(..)));
/// assert!(items.next().is_none());
/// ```
pub struct Inputs {
    pending: VecDeque<Input>,
    current: Option<Box<dyn Iterator<Item = Work> + Send>>,
    limits: Limits,
    exclude: Option<PathBuf>,
}

impl Inputs {
    /// The work items of `inputs`, in order; `exclude` (the output file) is never read.
    pub fn new(inputs: Vec<Input>, limits: &Limits, exclude: Option<&Path>) -> Inputs {
        Inputs {
            pending: inputs.into(),
            current: None,
            limits: limits.clone(),
            exclude: exclude.map(Path::to_path_buf),
        }
    }

    fn expand(&self, input: Input) -> Box<dyn Iterator<Item = Work> + Send> {
        match input {
            Input::Urls(path) => urls(&path),
            Input::Path(p) if p == "-" => {
                jsonl(JsonlReader::new(std::io::stdin(), "-", &self.limits))
            }
            Input::Path(p) => self.path(&p),
        }
    }

    fn path(&self, name: &str) -> Box<dyn Iterator<Item = Work> + Send> {
        let path = Path::new(name);
        if path.exists() {
            return self.tree(path);
        }
        if !name.contains(['*', '?', '[']) {
            return failed(name, "no such file or folder");
        }
        let matches = match glob::glob(name) {
            Ok(paths) => paths.collect::<Vec<_>>(),
            Err(e) => return failed(name, format!("not a valid glob: {e}")),
        };
        if matches.is_empty() {
            return failed(name, "no file matches the pattern");
        }
        let (limits, exclude) = (self.limits.clone(), self.exclude.clone());
        Box::new(matches.into_iter().flat_map(move |m| match m {
            Ok(path) => tree(&path, &limits, exclude.as_deref()),
            Err(e) => failed(&e.path().display().to_string(), e.error()),
        }))
    }

    fn tree(&self, path: &Path) -> Box<dyn Iterator<Item = Work> + Send> {
        tree(path, &self.limits, self.exclude.as_deref())
    }
}

impl Iterator for Inputs {
    type Item = Work;

    fn next(&mut self) -> Option<Work> {
        loop {
            if let Some(work) = self.current.as_mut().and_then(Iterator::next) {
                return Some(work);
            }
            let input = self.pending.pop_front()?;
            self.current = Some(self.expand(input));
        }
    }
}

/// A file or a folder's files, each by its kind.
fn tree(
    path: &Path,
    limits: &Limits,
    exclude: Option<&Path>,
) -> Box<dyn Iterator<Item = Work> + Send> {
    if !path.is_dir() {
        return file(path.to_path_buf(), limits);
    }
    let limits = limits.clone();
    Box::new(Walk::new(path, exclude).flat_map(move |entry| match entry {
        Ok(path) => file(path, &limits),
        Err(e) => failed(e.input(), e.cause()),
    }))
}

/// What a file holds, by its name.
fn file(path: PathBuf, limits: &Limits) -> Box<dyn Iterator<Item = Work> + Send> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    let result = if name.ends_with(".warc") {
        WarcReader::open(&path, limits).map(warc)
    } else if name.ends_with(".jsonl") || name.ends_with(".ndjson") {
        JsonlReader::open(&path, limits).map(jsonl)
    } else {
        let format = if name.ends_with(".txt") {
            Format::Text
        } else {
            Format::Html
        };
        let id = path.display().to_string();
        let task = Task::File(path, format);
        return Box::new(std::iter::once(Work { id, task }));
    };
    result.unwrap_or_else(|e| failed(e.input(), e.cause()))
}

fn warc(
    reader: WarcReader<Box<dyn std::io::Read + Send>>,
) -> Box<dyn Iterator<Item = Work> + Send> {
    Box::new(reader.map(|entry| match entry {
        WarcEntry::Page(page) => page_work(page),
        WarcEntry::Skipped { label, reason } => Work {
            id: label,
            task: Task::Skipped(reason),
        },
        WarcEntry::Failed(e) => record_failed(e),
    }))
}

fn jsonl<R: std::io::Read + Send + 'static>(
    reader: JsonlReader<R>,
) -> Box<dyn Iterator<Item = Work> + Send> {
    Box::new(reader.map(|entry| match entry {
        JsonlEntry::Page(page) => page_work(page),
        JsonlEntry::File(path) => Work {
            id: path.display().to_string(),
            task: Task::File(path, Format::Html),
        },
        JsonlEntry::Failed(e) => record_failed(e),
    }))
}

fn urls(list: &Path) -> Box<dyn Iterator<Item = Work> + Send> {
    use std::io::BufRead;
    let file = match std::fs::File::open(list) {
        Ok(file) => file,
        Err(e) => return failed(&list.display().to_string(), format!("cannot read: {e}")),
    };
    let label = list.display().to_string();
    let lines = std::io::BufReader::new(file).lines().enumerate();
    Box::new(lines.filter_map(move |(n, line)| match line {
        Ok(line) => {
            let url = line.trim();
            (!url.is_empty() && !url.starts_with('#')).then(|| Work {
                id: url.to_string(),
                task: Task::Url(url.to_string()),
            })
        }
        Err(e) => Some(record_failed(Error::new(
            format!("{label}#{}", n + 1),
            Stage::Source,
            format!("unreadable line: {e}"),
        ))),
    }))
}

fn page_work(page: RawPage) -> Work {
    Work {
        id: page.origin.label(),
        task: Task::Page(Box::new(page)),
    }
}

/// An archive or JSONL record that could not be read: its record label is its id.
fn record_failed(e: Error) -> Work {
    let source = SourceInfo {
        record: Some(e.input().to_string()),
        ..SourceInfo::default()
    };
    Work {
        id: e.input().to_string(),
        task: Task::Failed(Box::new(source), e),
    }
}

/// A path that could not be read: its path is its id.
fn failed(path: &str, cause: impl std::fmt::Display) -> Box<dyn Iterator<Item = Work> + Send> {
    let source = SourceInfo {
        path: Some(path.to_string()),
        ..SourceInfo::default()
    };
    let error = Error::new(path, Stage::Source, cause);
    let task = Task::Failed(Box::new(source), error);
    Box::new(std::iter::once(Work {
        id: path.to_string(),
        task,
    }))
}
