//! date: a day, month, quarter or year that the text points to, with a clock time when one is attached.
//!
//! The rules are in `rules.rs`, their specification in `corpus.rs`; the fact guide's "date"
//! section is the contract. `calendar.rs` does the arithmetic, `sequence.rs` settles the dates
//! that depend on the ones before them, `matcher.rs` runs rule tables (shared with the period and
//! duration types). [`date_at`] reads the one date that starts at a given offset, for the types
//! that know where a date must be (a document's `ngày …`).

pub(crate) mod calendar;
#[cfg(test)]
pub(crate) mod corpus;
mod lunar;
pub(crate) mod matcher;
pub(crate) mod rules;
pub(crate) mod sequence;

use std::sync::LazyLock;

use schemars::JsonSchema;
use serde::Serialize;

use super::{Candidate, Scan, Value};
use matcher::{Found, Matcher, longest_first};
use rules::{RULES, Read, TRIGGERS};
use sequence::{Dated, Placed};

static MATCHER: LazyLock<Matcher<Read>> = LazyLock::new(|| {
    TRIGGERS
        .iter()
        .fold(Matcher::new(RULES), |m, (rule, trigger)| {
            m.with_trigger(rule, trigger)
        })
});

/// How fine a date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
#[allow(missing_docs)]
pub enum Grain {
    Minute,
    Day,
    Week,
    Month,
    Quarter,
    Half,
    Year,
    Decade,
}

/// The value of a date: an ISO form (`2013-08-01`, `2023-05`, `2023-Q1`, `2023-H1`,
/// `2013-W21`, `199X`, `2023-05-24T18:20`) and its grain.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct DateValue {
    /// The date in the ISO form of its grain.
    pub date: String,
    /// How fine the date is.
    pub grain: Grain,
    /// The year was not written and was taken so that the date is nearest the reference date.
    pub year_inferred: bool,
    /// The date was relative (`hôm qua`, `năm ngoái`) and was resolved against the reference.
    pub relative: bool,
}

/// Proposes the date facts of a text.
pub(crate) fn find(scan: &Scan<'_>, out: &mut Vec<Candidate>) {
    for d in dates(scan) {
        let value = d.point.value(d.year_inferred, d.relative);
        out.push(Candidate::new(d.start, d.end, Value::Date(value)));
    }
}

/// Every date of a text, settled in reading order (non-overlapping, longest first); read once
/// per scan, since the period finder needs them too.
pub(crate) fn dates<'s>(scan: &'s Scan<'_>) -> &'s [Dated] {
    scan.dates.get_or_init(|| read_dates(scan))
}

fn read_dates(scan: &Scan<'_>) -> Vec<Dated> {
    let found: Vec<Found<Read>> = MATCHER
        .all(scan)
        .into_iter()
        .map(|f| Found {
            start: f.value.start.unwrap_or(f.start),
            end: f.value.end.unwrap_or(f.end),
            ..f
        })
        .collect();
    let placed: Vec<Placed> = longest_first(found)
        .into_iter()
        .map(|f| Placed {
            start: f.start,
            end: f.end,
            reading: f.value.reading,
        })
        .collect();
    sequence::settle(scan.key(), &placed, scan.ctx.reference.date())
}

/// Reads the one date that starts exactly at byte `start` of the key, with its end byte.
///
/// Dates that need the text before them (`cùng ngày`) are read against the reference date; a
/// day without its year takes the year nearest the reference.
///
/// # Example
/// ```ignore
/// // crate-internal: `date_at(&scan, key.find("ngày").unwrap())`
/// let (end, value) = date_at(&scan, 10)?;
/// assert_eq!(value.date, "2013-08-01");
/// ```
#[allow(dead_code)] // for the document type's `issued` date (issue 3), wired in by the lead
pub(crate) fn date_at(scan: &Scan<'_>, start: usize) -> Option<(usize, DateValue)> {
    let d = dated_at(scan, start)?;
    Some((d.end, d.point.value(d.year_inferred, d.relative)))
}

/// Like [`date_at`], with the settled point (for periods, which complete one end from the other).
pub(crate) fn dated_at(scan: &Scan<'_>, start: usize) -> Option<Dated> {
    let (end, read) = MATCHER.at(scan, start)?;
    let placed = Placed {
        start: read.start.unwrap_or(start),
        end: read.end.unwrap_or(end),
        reading: read.reading,
    };
    sequence::settle(scan.key(), &[placed], scan.ctx.reference.date())
        .into_iter()
        .next()
}

#[cfg(test)]
mod robustness {
    use proptest::prelude::*;

    use crate::facts::testing::context;
    use crate::facts::{FactType, extract_types};
    use crate::normalize::Normalized;

    /// Pieces that the temporal rules look at, and characters whose case or width is tricky.
    const PIECES: &[&str] = &[
        "ngày ",
        "tháng ",
        "năm ",
        "từ ",
        "đến ",
        "nay",
        "qua",
        "hôm ",
        "sáng ",
        "giờ",
        "h",
        ":",
        "/",
        "-",
        ".",
        ",",
        "(",
        ")",
        " ",
        "\u{3000}",
        "\u{2003}",
        "İ",
        "\u{212a}",
        "Đ",
        "1",
        "2",
        "9",
        "12",
        "2013",
        "31",
        "thứ Hai ",
        "tuần ",
        "trước",
        "sau",
        "đó",
        "cùng ",
        "mùng ",
        "Giêng",
        "âm lịch",
        "GMT+7",
        "kể ",
        "giai đoạn ",
        "hơn ",
        "một ",
        "rưỡi",
        "thập kỷ ",
        "quý ",
        "IV",
        "SN ",
    ];

    proptest! {
        /// No text makes the temporal finders panic, and every fact slices out of the text.
        #[test]
        fn any_text_is_safe(picks in proptest::collection::vec(0..PIECES.len(), 0..40)) {
            let raw: String = picks.iter().map(|&i| PIECES[i]).collect();
            let text = Normalized::new(&raw);
            let types = [FactType::Date, FactType::Period, FactType::Duration];
            for fact in extract_types(&text, &context(), &types) {
                prop_assert_eq!(text.slice(fact.start, fact.end), fact.text.as_str());
            }
        }
    }
}

#[cfg(test)]
mod throughput {
    use std::time::Instant;

    use crate::facts::testing::context;
    use crate::facts::{Candidate, Scan};
    use crate::normalize::{Normalized, clean};

    /// Time of the three temporal finders over the 2,101 baomoi texts of the reference corpus
    /// (`cargo test --release --lib temporal_throughput -- --ignored --nocapture`).
    #[test]
    #[ignore = "reads the reference corpus; a measurement, not a check"]
    fn temporal_throughput() {
        let dir = std::env::var("TINBAI_SHARED").unwrap_or_else(|_| "/work/shared".into());
        let dir = std::path::Path::new(&dir).join("corpus/text-all/baomoi-2013");
        let Ok(entries) = std::fs::read_dir(&dir) else {
            eprintln!("no corpus at {}", dir.display());
            return;
        };
        let texts: Vec<Normalized> = entries
            .filter_map(|e| std::fs::read_to_string(e.ok()?.path()).ok())
            .map(|t| Normalized::new(&clean(&t)))
            .collect();
        let ctx = context();
        let mut found = [0usize; 3];
        let mut spent = [0f64; 3];
        for text in &texts {
            let scan = Scan::new(text, &ctx);
            let finders: [fn(&Scan<'_>, &mut Vec<Candidate>); 3] = [
                super::find,
                crate::facts::period::find,
                crate::facts::duration::find,
            ];
            for (i, find) in finders.iter().enumerate() {
                let mut out = Vec::new();
                let t = Instant::now();
                find(&scan, &mut out);
                spent[i] += t.elapsed().as_secs_f64();
                found[i] += out.len();
            }
        }
        let bytes: usize = texts.iter().map(|t| t.key().len()).sum();
        println!(
            "{} texts, {:.1} MB: date {:.3} s ({} candidates), period {:.3} s ({}), duration {:.3} s ({})",
            texts.len(),
            bytes as f64 / 1e6,
            spent[0],
            found[0],
            spent[1],
            found[1],
            spent[2],
            found[2]
        );
        assert!(found[0] > 0);
    }
}
