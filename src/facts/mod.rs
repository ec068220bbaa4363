//! The facts stage: typed, checkable facts read from an article's normalized text.
//!
//! Each fact type of the fact guide (`FACTS.md`) has its own folder: `rules.rs` holds the rule
//! table, `corpus.rs` the examples that specify it, `mod.rs` the value type and the finder. This
//! module owns what they share: the [`Fact`] record, the [`Context`] facts are read in, the
//! candidate spans that finders propose and the one overlap resolver that turns candidates into
//! facts. Numbers are read by [`numeral`], shared by every quantity type.
//!
//! Finders work on the matching key of [`Normalized`] (byte offsets); the resolver turns their
//! spans into character offsets into the text the user sees.

pub mod abbreviation;
pub mod count;
pub mod date;
pub mod document;
pub mod duration;
pub(crate) mod latin;
mod link;
pub mod location;
pub mod money;
pub mod numeral;
pub mod organization;
pub mod percent;
pub mod period;
pub mod person;
pub mod ratio;
mod resolve;
pub mod rule;
#[cfg(test)]
pub(crate) mod testing;

use std::cell::OnceCell;
use std::fmt;

use schemars::JsonSchema;
use serde::Serialize;

use crate::normalize::Normalized;

/// The kinds of fact that tinbai extracts, as named in the fact guide.
///
/// # Example
/// ```
/// use tinbai::facts::FactType;
/// assert_eq!(FactType::Document.as_str(), "document");
/// assert_eq!("money".parse::<FactType>(), Ok(FactType::Money));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum FactType {
    /// A day, month, quarter or year, with a clock time when one is attached.
    Date,
    /// An interval with two ends, or one end and "now".
    Period,
    /// An administrative or legal document by its number and symbol.
    Document,
    /// A named body.
    Organization,
    /// A personal name.
    Person,
    /// An administrative unit or a named place.
    Location,
    /// A number of countable things.
    Count,
    /// A length of time.
    Duration,
    /// A percentage.
    Percent,
    /// A part of a whole: `24/34 khu dân cư`.
    Ratio,
    /// An amount of money.
    Money,
    /// An abbreviation that the text defines.
    Abbreviation,
}

impl FactType {
    /// Every type, in the order of the fact guide.
    pub const ALL: [FactType; 12] = [
        FactType::Date,
        FactType::Period,
        FactType::Document,
        FactType::Organization,
        FactType::Person,
        FactType::Location,
        FactType::Count,
        FactType::Duration,
        FactType::Percent,
        FactType::Ratio,
        FactType::Money,
        FactType::Abbreviation,
    ];

    /// The type's name in records and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            FactType::Date => "date",
            FactType::Period => "period",
            FactType::Document => "document",
            FactType::Organization => "organization",
            FactType::Person => "person",
            FactType::Location => "location",
            FactType::Count => "count",
            FactType::Duration => "duration",
            FactType::Percent => "percent",
            FactType::Ratio => "ratio",
            FactType::Money => "money",
            FactType::Abbreviation => "abbreviation",
        }
    }
}

impl fmt::Display for FactType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for FactType {
    type Err = String;

    fn from_str(s: &str) -> Result<FactType, String> {
        FactType::ALL
            .into_iter()
            .find(|t| t.as_str() == s)
            .ok_or_else(|| format!("unknown fact type `{s}`"))
    }
}

/// The typed value of a fact; its shape depends on the fact's type (see the fact guide).
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(untagged)]
#[allow(missing_docs)]
pub enum Value {
    Date(date::DateValue),
    Period(period::PeriodValue),
    Document(document::DocumentValue),
    Organization(organization::OrganizationValue),
    Person(person::PersonValue),
    Location(location::LocationValue),
    Count(count::CountValue),
    Duration(duration::DurationValue),
    Percent(percent::PercentValue),
    Ratio(ratio::RatioValue),
    Money(money::MoneyValue),
    Abbreviation(abbreviation::AbbreviationValue),
}

/// One fact: its type, the exact text it was read from, where, and what it means.
///
/// `start` and `end` count Unicode scalar values in the article's `text`, end exclusive, so that
/// Python's `text[start:end]` gives back `text`.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Fact {
    /// The fact's type.
    #[serde(rename = "type")]
    pub kind: FactType,
    /// The exact text of the mention.
    pub text: String,
    /// Offset of the first character, in characters.
    pub start: usize,
    /// Offset one past the last character, in characters.
    pub end: usize,
    /// What the mention means.
    pub value: Value,
}

/// What facts are read against: the reference date and what is known of the site.
///
/// # Example
/// ```
/// use tinbai::facts::Context;
/// let ctx = Context::at("2023-05-24T18:20:00".parse().unwrap());
/// assert_eq!(ctx.reference.year(), 2023);
/// ```
#[derive(Debug, Clone)]
pub struct Context {
    /// What relative and partial dates resolve against: local time in Asia/Ho_Chi_Minh (+07:00).
    pub reference: jiff::civil::DateTime,
    /// The province the site is based in, for elliptic names such as `Công an tỉnh`.
    pub home_province: Option<String>,
    /// The most facts kept for one article (the rest are dropped with a warning).
    pub max_facts: usize,
}

impl Context {
    /// A context with the given reference time and nothing else known.
    pub fn at(reference: jiff::civil::DateTime) -> Context {
        Context {
            reference,
            home_province: None,
            max_facts: 20_000,
        }
    }
}

/// A span that a finder proposes: byte offsets into the matching key, and the value.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// Start byte in the key.
    pub start: usize,
    /// End byte in the key (exclusive).
    pub end: usize,
    /// The value read; its variant gives the fact type.
    pub value: Value,
    /// Tie-break between equally long candidates of one type: higher wins.
    pub rank: i32,
}

impl Candidate {
    /// A candidate with rank 0.
    pub fn new(start: usize, end: usize, value: Value) -> Candidate {
        Candidate {
            start,
            end,
            value,
            rank: 0,
        }
    }

    /// The candidate's fact type.
    pub fn kind(&self) -> FactType {
        self.value.kind()
    }
}

impl Value {
    /// The fact type this value belongs to.
    pub fn kind(&self) -> FactType {
        match self {
            Value::Date(_) => FactType::Date,
            Value::Period(_) => FactType::Period,
            Value::Document(_) => FactType::Document,
            Value::Organization(_) => FactType::Organization,
            Value::Person(_) => FactType::Person,
            Value::Location(_) => FactType::Location,
            Value::Count(_) => FactType::Count,
            Value::Duration(_) => FactType::Duration,
            Value::Percent(_) => FactType::Percent,
            Value::Ratio(_) => FactType::Ratio,
            Value::Money(_) => FactType::Money,
            Value::Abbreviation(_) => FactType::Abbreviation,
        }
    }
}

/// What every finder gets: the text, the context, and what earlier passes learnt.
#[derive(Debug)]
pub struct Scan<'a> {
    /// The text and its matching key.
    pub text: &'a Normalized,
    /// Reference date and site knowledge.
    pub ctx: &'a Context,
    /// The abbreviations this article defines, found before the other types run.
    pub abbreviations: Vec<abbreviation::Definition>,
    /// What more than one finder reads from the text, made once on first use: the dates (date
    /// and period), the words (person and location) and the people (person and location).
    dates: OnceCell<Vec<date::sequence::Dated>>,
    words: OnceCell<person::words::Split>,
    people: OnceCell<Vec<person::Person>>,
}

impl<'a> Scan<'a> {
    /// A scan of `text`, before any finder has run.
    ///
    /// # Example
    /// ```
    /// use tinbai::facts::{Context, Scan};
    /// use tinbai::normalize::Normalized;
    /// let text = Normalized::new("Ngày 24/5/2023, ông Tuấn đến.");
    /// let ctx = Context::at("2023-05-24T18:20:00".parse().unwrap());
    /// let scan = Scan::new(&text, &ctx);
    /// assert_eq!(scan.key(), text.key());
    /// ```
    pub fn new(text: &'a Normalized, ctx: &'a Context) -> Scan<'a> {
        Scan {
            text,
            ctx,
            abbreviations: Vec::new(),
            dates: OnceCell::new(),
            words: OnceCell::new(),
            people: OnceCell::new(),
        }
    }

    /// The matching key that rules run on.
    pub fn key(&self) -> &str {
        self.text.key()
    }
}

/// Extracts every fact from a normalized text.
///
/// # Example
/// ```
/// use tinbai::facts::{self, Context};
/// use tinbai::normalize::Normalized;
/// let text = Normalized::new("Có 24/34 khu dân cư đạt chuẩn.");
/// let ctx = Context::at("2023-05-24T18:20:00".parse().unwrap());
/// for fact in facts::extract(&text, &ctx) {
///     assert_eq!(text.slice(fact.start, fact.end), fact.text);
/// }
/// ```
pub fn extract(text: &Normalized, ctx: &Context) -> Vec<Fact> {
    extract_types(text, ctx, &FactType::ALL)
}

/// Extracts the facts of the given types only.
pub fn extract_types(text: &Normalized, ctx: &Context, types: &[FactType]) -> Vec<Fact> {
    let mut scan = Scan::new(text, ctx);
    scan.abbreviations = abbreviation::definitions(&scan);
    let mut candidates = Vec::new();
    // Every type runs even when only some are asked for, so that a percent still keeps a count
    // off its number; the others are dropped after the overlaps are settled.
    for kind in FactType::ALL {
        find(kind, &scan, &mut candidates);
    }
    let mut facts = resolve::resolve(text, candidates);
    link::issue_dates(text.text(), &mut facts);
    facts.retain(|f| types.contains(&f.kind));
    facts.truncate(ctx.max_facts);
    facts
}

fn find(kind: FactType, scan: &Scan<'_>, out: &mut Vec<Candidate>) {
    match kind {
        FactType::Date => date::find(scan, out),
        FactType::Period => period::find(scan, out),
        FactType::Document => document::find(scan, out),
        FactType::Organization => organization::find(scan, out),
        FactType::Person => person::find(scan, out),
        FactType::Location => location::find(scan, out),
        FactType::Count => count::find(scan, out),
        FactType::Duration => duration::find(scan, out),
        FactType::Percent => percent::find(scan, out),
        FactType::Ratio => ratio::find(scan, out),
        FactType::Money => money::find(scan, out),
        FactType::Abbreviation => abbreviation::find(scan, out),
    }
}

#[cfg(test)]
mod tests {
    use super::testing::size;

    /// Issue 3: at least 600 positive corpus lines (dates and documents 100 each), 150 negatives.
    #[test]
    fn corpora_are_big_enough() {
        let corpora = [
            super::date::corpus::corpus(),
            super::period::corpus::corpus(),
            super::document::corpus::corpus(),
            super::organization::corpus::corpus(),
            super::person::corpus::corpus(),
            super::location::corpus::corpus(),
            super::count::corpus::corpus(),
            super::duration::corpus::corpus(),
            super::percent::corpus::corpus(),
            super::ratio::corpus::corpus(),
            super::money::corpus::corpus(),
            super::abbreviation::corpus::corpus(),
        ];
        let sizes: Vec<_> = corpora.iter().map(|c| (c.kind, size(c))).collect();
        let positives: usize = sizes.iter().map(|(_, (p, _))| p).sum();
        let negatives: usize = sizes.iter().map(|(_, (_, n))| n).sum();
        assert!(positives >= 600, "{positives} positive lines: {sizes:?}");
        assert!(negatives >= 150, "{negatives} negative lines: {sizes:?}");
        for (kind, (p, _)) in &sizes {
            if matches!(kind, super::FactType::Date | super::FactType::Document) {
                assert!(*p >= 100, "{kind}: {p} positive lines");
            }
        }
    }
}
