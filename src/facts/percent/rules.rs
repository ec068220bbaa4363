//! The percent rules: `68,6%`, `68,6 phần trăm`, `70 - 80%`, `từ 8 tới 8,5%`, `hơn 69%`.
//!
//! The qualifier (`hơn`, `khoảng`, `gần`) is part of the fact, a verb before it (`đạt`, `tăng`)
//! is not; `cao hơn 10%` compares, so its `hơn` is left out (see [`super::super::numeral::quantity`]).

use std::sync::LazyLock;

use regex::Captures;

use super::super::numeral::Amount;
use super::super::numeral::quantity::{expand, glued_before, read};
use super::super::rule::{Rule, RuleSet, with_patterns};
use super::super::{Candidate, Scan, Value};
use super::PercentValue;

/// The rule table; `{PCT}` is the percent sign or the words `phần trăm`.
static TABLE: [Rule<PercentValue>; 3] = [
    Rule {
        name: "hơn 68,6%",
        pattern: "{Q}{FROM}{N}{PCT}{TAIL}",
        produce: percent,
    },
    Rule {
        name: "từ 8 tới 8,5%",
        pattern: "{Q}{FROM}{N}(?:{PCT})?{TO}{M}{PCT}",
        produce: percent,
    },
    Rule {
        name: "năm mươi phần trăm",
        pattern: "{Q}{WN} phần trăm",
        produce: spelled,
    },
];

const SIGN: (&str, &str) = ("{PCT}", r"(?: ?%| phần trăm)");

static PATTERNS: LazyLock<Vec<String>> =
    LazyLock::new(|| TABLE.iter().map(|r| expand(r.pattern, &[SIGN])).collect());

static RULES: LazyLock<Vec<Rule<PercentValue>>> =
    LazyLock::new(|| with_patterns(&TABLE, &PATTERNS));

/// What every match of the digit rules contains, from `{PCT}`: a text without it skips them.
const TRIGGER: &str = "%|phần trăm";

static SET: LazyLock<RuleSet<PercentValue>> = LazyLock::new(|| {
    RuleSet::new(&RULES)
        .with_trigger(TABLE[0].name, TRIGGER)
        .with_trigger(TABLE[1].name, TRIGGER)
        .with_trigger(TABLE[2].name, "phần trăm")
});

/// Runs the percent rules over a text.
pub(super) fn find(scan: &Scan<'_>, out: &mut Vec<Candidate>) {
    for hit in SET.apply(scan) {
        out.push(Candidate::new(
            hit.start,
            hit.end,
            Value::Percent(hit.value),
        ));
    }
}

/// `68,6%`, `70 - 80%`, `khoảng 30%`, `từ 30% trở lên`.
fn percent(caps: &Captures<'_>, scan: &Scan<'_>) -> Option<PercentValue> {
    let n = caps.name("n")?;
    if glued_before(scan.key(), n.start()) {
        return None;
    }
    let q = read(caps, scan.key())?;
    Some(PercentValue {
        amount: Amount(q.amount),
        max: q.max.map(Amount),
        qualifier: q.qualifier,
    })
}

/// `năm mươi phần trăm`; `một phần trăm` is a unit of measure more often than a figure, but
/// still a percentage.
fn spelled(caps: &Captures<'_>, scan: &Scan<'_>) -> Option<PercentValue> {
    percent(caps, scan)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_compiles() {
        assert_eq!(SET.rules().len(), TABLE.len());
        SET.compile_all();
        for rule in &TABLE {
            assert!(SET.trigger(rule.name).is_some(), "{}", rule.name);
        }
    }
}
