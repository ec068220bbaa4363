//! What a batch did, counted as records are written: pages, articles, facts per type, errors
//! per stage, what was skipped and why, and how fast it went.

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;

use crate::facts::FactType;
use crate::output::Record;

/// What one work item came to, for the counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tally {
    /// A result record.
    Page {
        /// Whether the page is an article (not an index or other page).
        article: bool,
        /// Facts per type, in the order of [`FactType::ALL`].
        facts: [u32; FactType::ALL.len()],
    },
    /// An error record, at this stage.
    Error(String),
    /// No record: an archive record that is not a page, and why.
    Skipped(String),
}

impl Tally {
    /// The counts of one record.
    pub fn of(record: &Record) -> Tally {
        if let Some(error) = record.error() {
            return Tally::Error(error.stage.clone());
        }
        let mut facts = [0; FactType::ALL.len()];
        for fact in record.facts() {
            if let Some(i) = FactType::ALL.iter().position(|t| *t == fact.kind) {
                facts[i] += 1;
            }
        }
        let article = record
            .article()
            .is_some_and(|a| a.kind == crate::article::Kind::Article);
        Tally::Page { article, facts }
    }
}

/// The end-of-run summary (`--summary-json` writes it as JSON).
///
/// # Example
/// ```
/// use tinbai::batch::{Summary, Tally};
/// let mut s = Summary::default();
/// s.add(&Tally::Error("decode".into()));
/// s.add(&Tally::Skipped("HTTP status 301".into()));
/// assert_eq!((s.pages, s.errors_total()), (1, 1));
/// assert!(s.to_string().contains("1 error"));
/// ```
#[derive(Debug, Clone, Default, Serialize)]
pub struct Summary {
    /// Records written: results and errors.
    pub pages: u64,
    /// Results whose page is an article.
    pub articles: u64,
    /// Results whose page is an index or other page.
    pub other_pages: u64,
    /// Facts per type.
    pub facts: BTreeMap<String, u64>,
    /// Error records per stage.
    pub errors: BTreeMap<String, u64>,
    /// Archive records that are not pages, per reason (`HTTP status 301`, `not HTML: …`).
    pub skipped: BTreeMap<String, u64>,
    /// Inputs already in the output, not redone (`--resume`).
    pub resumed: u64,
    /// Wall time of the run, in seconds.
    pub wall_seconds: f64,
    /// Records per second of wall time.
    pub pages_per_second: f64,
}

impl Summary {
    /// Counts one work item.
    pub fn add(&mut self, tally: &Tally) {
        match tally {
            Tally::Page { article, facts } => {
                self.pages += 1;
                if *article {
                    self.articles += 1;
                } else {
                    self.other_pages += 1;
                }
                for (kind, n) in FactType::ALL.iter().zip(facts) {
                    if *n > 0 {
                        *self.facts.entry(kind.as_str().to_string()).or_default() += u64::from(*n);
                    }
                }
            }
            Tally::Error(stage) => {
                self.pages += 1;
                *self.errors.entry(stage.clone()).or_default() += 1;
            }
            Tally::Skipped(reason) => {
                *self.skipped.entry(reason_kind(reason)).or_default() += 1;
            }
        }
    }

    /// Error records in all.
    pub fn errors_total(&self) -> u64 {
        self.errors.values().sum()
    }

    /// Sets the wall time and the rate.
    pub fn finish(&mut self, wall: std::time::Duration) {
        self.wall_seconds = wall.as_secs_f64();
        self.pages_per_second = if self.wall_seconds > 0.0 {
            self.pages as f64 / self.wall_seconds
        } else {
            0.0
        };
    }
}

/// Groups skip reasons: every 3xx status together, every non-HTML type by its main type.
fn reason_kind(reason: &str) -> String {
    if let Some(code) = reason.strip_prefix("HTTP status ") {
        return format!("HTTP status {}xx", code.chars().next().unwrap_or('?'));
    }
    reason
        .split(';')
        .next()
        .unwrap_or(reason)
        .trim()
        .to_string()
}

fn list(map: &BTreeMap<String, u64>) -> String {
    let items: Vec<String> = map.iter().map(|(k, v)| format!("{k} {v}")).collect();
    items.join(", ")
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let errors = self.errors_total();
        writeln!(
            f,
            "{} pages in {:.1} s ({:.1} pages/s): {} articles, {} other pages, {} error{}",
            self.pages,
            self.wall_seconds,
            self.pages_per_second,
            self.articles,
            self.other_pages,
            errors,
            if errors == 1 { "" } else { "s" }
        )?;
        let facts: u64 = self.facts.values().sum();
        writeln!(f, "  facts: {facts} ({})", list(&self.facts))?;
        if errors > 0 {
            writeln!(f, "  errors by stage: {}", list(&self.errors))?;
        }
        if !self.skipped.is_empty() {
            writeln!(
                f,
                "  skipped archive records (not pages): {}",
                list(&self.skipped)
            )?;
        }
        if self.resumed > 0 {
            writeln!(
                f,
                "  resumed: {} inputs already in the output",
                self.resumed
            )?;
        }
        Ok(())
    }
}
