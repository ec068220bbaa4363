//! Batch mode: whole archives through the pipeline, in parallel, in order, resumably.
//!
//! ```text
//! Inputs (lazy work items) ──▶ skip ids already done (--resume) ──▶ ordered_map on N threads
//!   (tinbai::process + encoding) ──▶ Sink (whole records, in input order) + Summary
//! ```
//! [`Inputs`] enumerates folders, globs, WARC and JSONL files, stdin and URL lists lazily;
//! [`ordered_map`] runs [`crate::process`] on each with bounded memory and keeps input order;
//! [`Sink`] writes whole records and [`open_output`] repairs and reads an interrupted output.
//! The command line (`tinbai batch`) only wires these together and draws the progress bar.

mod input;
mod pool;
mod sink;
mod summary;

pub use input::{Input, Inputs, Task, Work};
pub use pool::ordered_map;
pub use sink::{Done, OutputFormat, Sink, open_output, record_id};
pub use summary::{Summary, Tally};

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use crate::error::{Error, Stage};
use crate::options::Options;
use crate::output::{Record, SourceInfo};
use crate::source::{PoliteFetcher, Politeness, read_file};

/// How a batch runs.
#[derive(Debug, Clone)]
pub struct Config {
    /// Worker threads.
    pub jobs: usize,
    /// JSONL or CSV.
    pub format: OutputFormat,
    /// How URLs are fetched.
    pub politeness: Politeness,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            jobs: std::thread::available_parallelism().map_or(1, |n| n.get()),
            format: OutputFormat::Jsonl,
            politeness: Politeness::default(),
        }
    }
}

/// One work item done: its id, its bytes in the output format, its counts.
struct Finished {
    bytes: Vec<u8>,
    tally: Tally,
}

/// Runs a batch: every item of `items` not already in `done` gives one record to `sink`, in
/// order. `progress` is called with the running counts after each record.
///
/// # Errors
/// Only output errors stop a batch (a full disk, a closed pipe); inputs that fail give error
/// records.
///
/// # Example
/// ```
/// use tinbai::batch::{self, Input, Inputs, Sink};
/// let items = Inputs::new(vec![Input::Path("no/such.html".into())], &Default::default(), None);
/// let mut sink = Sink::new(Box::new(std::io::sink()));
/// let opts = tinbai::Options::default();
/// let summary = batch::run(items, Default::default(), &opts, &Default::default(), &mut sink, |_| {}).unwrap();
/// assert_eq!(summary.errors["source"], 1);
/// ```
pub fn run(
    items: impl Iterator<Item = Work> + Send,
    mut done: Done,
    opts: &Options,
    config: &Config,
    sink: &mut Sink,
    mut progress: impl FnMut(&Summary),
) -> std::io::Result<Summary> {
    let started = Instant::now();
    let resumed = AtomicU64::new(0);
    let todo = items.filter(|w| match done.get_mut(&w.id) {
        Some(n) if *n > 0 => {
            *n -= 1;
            resumed.fetch_add(1, Ordering::Relaxed);
            false
        }
        _ => true,
    });
    let worker = Worker {
        opts,
        config,
        fetcher: OnceLock::new(),
    };
    let mut summary = Summary::default();
    let window = config.jobs.max(1) * 8 + 8;
    ordered_map(
        todo,
        config.jobs,
        window,
        |w| worker.run(w),
        |message| worker.panicked("?", &message),
        |finished| match finished {
            None => sink.flush(),
            Some(f) => {
                summary.add(&f.tally);
                progress(&summary);
                sink.push(&f.bytes)
            }
        },
    )?;
    sink.flush()?;
    summary.resumed = resumed.into_inner();
    summary.finish(started.elapsed());
    Ok(summary)
}

struct Worker<'a> {
    opts: &'a Options,
    config: &'a Config,
    fetcher: OnceLock<PoliteFetcher>,
}

impl Worker<'_> {
    fn run(&self, work: Work) -> Finished {
        let id = work.id.clone();
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.process(work)))
            .unwrap_or_else(|p| self.panicked(&id, &pool::panic_message(p.as_ref())))
    }

    fn process(&self, work: Work) -> Finished {
        let record = match work.task {
            Task::Page(page) => crate::process(*page, self.opts),
            Task::File(path, format) => match read_file(&path, format, &self.opts.limits) {
                Ok(page) => crate::process(page, self.opts),
                Err(e) => Record::failure(source_with(|s| s.path = Some(work.id.clone())), &e),
            },
            Task::Url(url) => match self.fetch(&url) {
                Ok(page) => crate::process(page, self.opts),
                Err(e) => Record::failure(source_with(|s| s.url = Some(url)), &e),
            },
            Task::Failed(source, e) => Record::failure(*source, &e),
            Task::Skipped(reason) => {
                return Finished {
                    bytes: Vec::new(),
                    tally: Tally::Skipped(reason),
                };
            }
        };
        Finished {
            bytes: self.config.format.encode(&record, &work.id),
            tally: Tally::of(&record),
        }
    }

    fn fetch(&self, url: &str) -> Result<crate::source::RawPage, Error> {
        let fetcher = self.fetcher.get_or_init(|| {
            let (fetch, limits) = (&self.opts.fetch, &self.opts.limits);
            PoliteFetcher::new(fetch, limits, self.config.politeness.clone())
        });
        fetcher.fetch(url)
    }

    /// A panic is a bug, but one page must not end a run of a million: it gets an error record
    /// (at the article stage, where nearly all the page-dependent work happens).
    fn panicked(&self, id: &str, message: &str) -> Finished {
        let cause = format!("internal error (please report it): {message}");
        // Whichever field the id came from, `record` carries it back for `--resume`.
        let source = source_with(|s| s.record = Some(id.to_string()));
        let record = Record::failure(source, &Error::new(id, Stage::Article, cause));
        Finished {
            bytes: self.config.format.encode(&record, id),
            tally: Tally::of(&record),
        }
    }
}

fn source_with(set: impl FnOnce(&mut SourceInfo)) -> SourceInfo {
    let mut source = SourceInfo::default();
    set(&mut source);
    source
}
