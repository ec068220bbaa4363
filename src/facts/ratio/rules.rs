//! The ratio rules: `24/34 khu dân cư`, `2/3 số hộ`, `3 trên 5 xã`, `13 bạn trên tổng số 17 học
//! sinh`, `cứ 2 người thì có 1 người`.
//!
//! What is counted is read from the count table ([`super::super::count::units`]); a slash
//! between two numbers that could be a day and a month (`24/5`) is a ratio only with a counted
//! noun after it and no date word (`ngày`, `sáng`, `hôm`) before it.

use std::sync::LazyLock;

use regex::{Captures, Match};

use super::super::count::units::unit_at;
use super::super::numeral::quantity::{glued_before, is_labelled, prev_word};
use super::super::numeral::{Amount, DIGITS, SPELLED, parse};
use super::super::rule::{Rule, RuleSet, with_patterns};
use super::super::{Candidate, Scan, Value};
use super::RatioValue;

/// A ratio and the byte where its unit ends (the rule's match ends at the unit's first word).
#[derive(Debug, Clone)]
pub(super) struct Read {
    value: RatioValue,
    end: usize,
}

/// The rule table; `{P}` is the part, `{W}` the whole, `{U}` the first word of the unit.
static TABLE: [Rule<Read>; 3] = [
    Rule {
        name: "24/34 khu dân cư",
        pattern: r"{P}/{W} (?:(?i:tổng )?số )?{U}",
        produce: slash,
    },
    Rule {
        name: "13 bạn trên tổng số 17 học sinh",
        pattern: r"{P}(?: (?P<u1>\p{L}[\p{L} ]{0,40}?))? (?i:trên (?:tổng số |tổng |số )?|trong (?:tổng )?số ){W} {U}",
        produce: out_of,
    },
    Rule {
        name: "cứ 2 người thì có 1 người",
        pattern: r"(?i:cứ) (?P<w>\d+|{SPELLED}) [^.;!?\n]{1,80}? thì (?:(?:lại )?có )?(?P<p>\d+|{SPELLED}) {U}",
        produce: every,
    },
];

static PATTERNS: LazyLock<Vec<String>> = LazyLock::new(|| {
    TABLE
        .iter()
        .map(|r| {
            r.pattern
                .replace("{P}", &format!("(?P<p>{DIGITS})"))
                .replace("{W}", &format!("(?P<w>{DIGITS})"))
                .replace("{U}", r"(?P<u>\p{L}[\p{L}\p{N}]*)")
                .replace("{SPELLED}", SPELLED)
        })
        .collect()
});

static RULES: LazyLock<Vec<Rule<Read>>> = LazyLock::new(|| with_patterns(&TABLE, &PATTERNS));

/// Pieces that every match of a rule contains, so that texts without them skip its scan: the
/// `trên`/`trong số` before the whole's digits, and `cứ`.
static SET: LazyLock<RuleSet<Read>> = LazyLock::new(|| {
    RuleSet::new(&RULES)
        .with_trigger(
            TABLE[1].name,
            r"(?i:trên (?:tổng số |tổng |số )?|trong (?:tổng )?số )\d",
        )
        .with_trigger(TABLE[2].name, r"(?i:cứ) ")
});

/// Runs the ratio rules over a text.
pub(super) fn find(scan: &Scan<'_>, out: &mut Vec<Candidate>) {
    for hit in SET.apply(scan) {
        out.push(Candidate::new(
            hit.start,
            hit.value.end,
            Value::Ratio(hit.value.value),
        ));
    }
}

/// Words before `24/5` that make it a date.
const DATE_WORDS: [&str; 12] = [
    "ngày", "sáng", "trưa", "chiều", "tối", "đêm", "hôm", "mùng", "mồng", "từ", "đến", "tới",
];

/// `24/34 khu dân cư`, `2/3 số hộ`; not `ngày 24/5 người dân`, `tháng 5/2023`, `số 12/34`.
fn slash(caps: &Captures<'_>, scan: &Scan<'_>) -> Option<Read> {
    let key = scan.key();
    let p = caps.name("p")?;
    let (part, whole) = (parse(p.as_str())?, parse(caps.name("w")?.as_str())?);
    let day_month = (1.0..=31.0).contains(&part) && (1.0..=12.0).contains(&whole);
    let month_year = part <= 12.0 && (1900.0..=2100.0).contains(&whole);
    let before = prev_word(key, p.start()).to_lowercase();
    if month_year || (day_month && DATE_WORDS.contains(&before.as_str())) {
        return None;
    }
    if glued_before(key, p.start()) || is_labelled(key, p.start()) {
        return None;
    }
    // `quy hoạch chi tiết 1/500`, `bản đồ tỷ lệ 1/2000`: a map scale.
    if part == 1.0 && whole >= 100.0 && SCALE_WORDS.contains(&before.as_str()) {
        return None;
    }
    ratio(scan, part, whole, caps.name("u")?)
}

/// Last words before a map scale: `(quy) hoạch`, `(chi) tiết`, `(bản) đồ`, `(tỷ) lệ`.
const SCALE_WORDS: [&str; 4] = ["hoạch", "tiết", "đồ", "lệ"];

/// `3 trên 5 xã`, `13 bạn trên tổng số 17 học sinh`, `4 trong số 10 tỉnh`.
fn out_of(caps: &Captures<'_>, scan: &Scan<'_>) -> Option<Read> {
    let key = scan.key();
    let p = caps.name("p")?;
    if glued_before(key, p.start()) || is_labelled(key, p.start()) {
        return None;
    }
    // The part's own noun, if any, must be a whole counted noun phrase.
    if let Some(u1) = caps.name("u1")
        && unit_at(key, u1.start()).map(|u| u.end) != Some(u1.end())
    {
        return None;
    }
    let (part, whole) = (parse(p.as_str())?, parse(caps.name("w")?.as_str())?);
    ratio(scan, part, whole, caps.name("u")?)
}

/// `cứ 2 nam giới … thì có 1 người`: one in two.
fn every(caps: &Captures<'_>, scan: &Scan<'_>) -> Option<Read> {
    let (part, whole) = (
        parse(caps.name("p")?.as_str())?,
        parse(caps.name("w")?.as_str())?,
    );
    ratio(scan, part, whole, caps.name("u")?)
}

/// The ratio, if the part is a part of the whole and a counted noun follows.
fn ratio(scan: &Scan<'_>, part: f64, whole: f64, u: Match<'_>) -> Option<Read> {
    if whole <= 0.0 || part > whole {
        return None;
    }
    let unit = unit_at(scan.key(), u.start())?;
    Some(Read {
        value: RatioValue {
            part: Amount(part),
            whole: Amount(whole),
            unit: Some(scan.text.text_of_key(u.start(), unit.end).to_string()),
        },
        end: unit.end,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_compiles() {
        assert_eq!(SET.rules().len(), TABLE.len());
        SET.compile_all();
        for rule in &TABLE[1..] {
            assert!(SET.trigger(rule.name).is_some(), "{}", rule.name);
        }
        for p in PATTERNS.iter() {
            assert!(!p.contains("{P}") && !p.contains("{U}"), "{p}");
        }
    }

    /// A part's noun past the pattern's bound: no ratio at `3`.
    #[test]
    fn a_long_part_noun_is_no_ratio() {
        use crate::facts::testing::context;
        use crate::facts::{FactType, extract_types};
        use crate::normalize::Normalized;
        let ratios = |text: &str| {
            let text = Normalized::new(text);
            extract_types(&text, &context(), &[FactType::Ratio]).len()
        };
        assert_eq!(ratios("Có 13 bạn trên tổng số 17 học sinh đạt giải."), 1);
        let long = "Có 3 em học sinh nghèo vượt khó của trường được nhận học bổng trên tổng số 20 em dự thi.";
        assert_eq!(ratios(long), 0);
    }
}
