//! The count rules: a number, in digits or words, before a counted noun phrase.
//!
//! Each pattern ends at the first word of the noun phrase (`{U}`); where the phrase ends is read
//! from the table of counted nouns ([`super::units`]), so that a new noun is a line of data, not
//! a new rule.

use std::sync::LazyLock;

use regex::Captures;

use super::super::numeral::quantity::{
    after_kin, at_sentence_start, expand, glued_before, is_labelled, open_end, read_tail,
};
use super::super::numeral::{Amount, parse_words, scale_value};
use super::super::rule::{Rule, RuleSet, with_patterns};
use super::super::{Candidate, Scan, Value};
use super::CountValue;
use super::units::{Unit, is_not_counted, unit_at};

/// A count and the byte where its noun phrase ends (the rule's match ends at its first word).
#[derive(Debug, Clone)]
pub(super) struct Counted {
    value: CountValue,
    end: usize,
}

/// The rule table, with `{U}` for the first word of the counted noun phrase.
static TABLE: [Rule<Counted>; 5] = [
    Rule {
        name: "hơn 35.000 lượt người",
        pattern: "{Q}{FROM}{N} {U}",
        produce: digits,
    },
    Rule {
        name: "khoảng 4-5 đề",
        pattern: "{Q}{FROM}{N}{TO}{M} {U}",
        produce: digits,
    },
    Rule {
        name: "5 \"bóng hồng\"",
        // The nickname's length (at most 30 characters after its first) is checked by
        // `quoted`: a bounded repeat of `\p{L}` costs the regex crate far more to build.
        pattern: r#"{Q}{FROM}{N} (?P<quoted>"\p{Ll}[\p{L} ]*")"#,
        produce: quoted,
    },
    Rule {
        name: "hai mươi mốt người",
        pattern: "{Q}{FROM}{WN} {U}",
        produce: spelled,
    },
    Rule {
        name: "hai đến ba người",
        pattern: "{Q}{FROM}{WN}{TO}{WM} {U}",
        produce: spelled,
    },
];

/// The first word of a counted noun phrase, letters and digits (`trường THPT`).
const UNIT_START: (&str, &str) = ("{U}", r"(?P<u>\p{L}[\p{L}\p{N}]*)");

static PATTERNS: LazyLock<Vec<String>> = LazyLock::new(|| {
    TABLE
        .iter()
        .map(|r| expand(r.pattern, &[UNIT_START]))
        .collect()
});

static RULES: LazyLock<Vec<Rule<Counted>>> = LazyLock::new(|| with_patterns(&TABLE, &PATTERNS));

/// The quoted rule runs only on texts where a quote opens on a small letter after a space, as
/// in each of its matches.
static SET: LazyLock<RuleSet<Counted>> =
    LazyLock::new(|| RuleSet::new(&RULES).with_trigger(TABLE[2].name, r#" "\p{Ll}"#));

/// Runs the count rules over a text.
pub(super) fn find(scan: &Scan<'_>, out: &mut Vec<Candidate>) {
    for hit in SET.apply(scan) {
        out.push(Candidate::new(
            hit.start,
            hit.value.end,
            Value::Count(hit.value.value),
        ));
    }
}

/// `21 đối tượng`, `hơn 35.000 lượt người`, `4-5 đề`, `1,2 triệu trẻ em`.
fn digits(caps: &Captures<'_>, scan: &Scan<'_>) -> Option<Counted> {
    let n = caps.name("n")?;
    if glued_before(scan.key(), n.start()) {
        return None;
    }
    counted(caps, scan)
}

/// `5 "bóng hồng"`: a nickname in quotes as what is counted, one to four words, not a time
/// or a measure (`3 "năm"`).
fn quoted(caps: &Captures<'_>, scan: &Scan<'_>) -> Option<Counted> {
    let n = caps.name("n")?;
    let inner = caps.name("quoted")?.as_str().trim_matches('"');
    // The pattern's `[\p{L} ]*` stands for `{0,30}`. Its run ends at the closing quote, so the
    // match at this start is the only one; a longer run is no match here, as it was with
    // the bound.
    if inner.chars().count() > 31 {
        return None;
    }
    let words = inner.split(' ').count();
    if glued_before(scan.key(), n.start()) || words > 4 || inner.ends_with(' ') {
        return None;
    }
    if inner.split(' ').next().is_some_and(is_not_counted) {
        return None;
    }
    counted(caps, scan)
}

/// `hai mươi mốt người`, `Ba chiếc xe`, `hàng trăm người`, `gần chục bộ`; not the indefinite
/// `một người`, nor nicknames (`ông Hai`) and place names (`Ba Đình`, `Hai Bà Trưng`).
fn spelled(caps: &Captures<'_>, scan: &Scan<'_>) -> Option<Counted> {
    let key = scan.key();
    let n = caps.name("n")?;
    let first = n.as_str().split(' ').next()?.to_lowercase();
    let single = !n.as_str().contains(' ') && caps.name("m").is_none();
    let qualified = caps.name("q").is_some();
    let capital = n.as_str().chars().next().is_some_and(char::is_uppercase);
    let unit_capital = caps
        .name("u")
        .and_then(|u| u.as_str().chars().next())
        .is_some_and(char::is_uppercase);
    // `ba ông Trung` is Trung's father, `hai anh Nam` … a name after a kin word.
    let kin_of_name = caps.name("u").is_some_and(|u| {
        let after = &key[u.end()..];
        KIN_CLASSIFIERS.contains(&u.as_str().to_lowercase().as_str())
            && after
                .strip_prefix(' ')
                .and_then(|a| a.chars().next())
                .is_some_and(char::is_uppercase)
    });
    let vague = matches!(
        super::super::numeral::quantity::prev_word(key, n.start())
            .to_lowercase()
            .as_str(),
        "vài" | "mấy" | "dăm" | "bao" | "mươi"
    );
    let rejected = (single && first == "một")
        // `năm` alone reads as "year" far more often than as five.
        || (single && first == "năm" && !qualified)
        // `trăm người`, `vài chục người`: a bare scale word is vague unless qualified.
        || (scale_value(&first).is_some() && !qualified)
        || after_kin(key, n.start())
        || (capital && !qualified && !at_sentence_start(key, n.start()))
        || unit_capital
        || kin_of_name
        || vague;
    if rejected || parse_words(n.as_str()).is_none() {
        return None;
    }
    counted(caps, scan)
}

fn is_year(n: f64) -> bool {
    (1900.0..=2100.0).contains(&n)
}

/// Classifiers for people that also head a name: `ông Trung`, `anh Nam`.
const KIN_CLASSIFIERS: [&str; 10] = [
    "ông", "bà", "anh", "chị", "cô", "chú", "em", "cụ", "cậu", "con",
];

/// What both kinds of number share: the label check, the noun phrase and the open end.
fn counted(caps: &Captures<'_>, scan: &Scan<'_>) -> Option<Counted> {
    let key = scan.key();
    let n = caps.name("n")?;
    if is_labelled(key, n.start()) {
        return None;
    }
    // The noun phrase: a quoted nickname as it stands, or read from the table.
    let (u, unit) = match caps.name("quoted") {
        Some(quoted) => (
            quoted,
            Unit {
                end: quoted.end(),
                place: false,
            },
        ),
        None => {
            let u = caps.name("u")?;
            (u, unit_at(key, u.start())?)
        }
    };
    let unit_end = unit.end;
    // `trồng trên 9 cánh đồng`: `trên` is "on"; the rule set finds the count without it.
    if unit.place
        && caps
            .name("q")
            .is_some_and(|q| q.as_str().eq_ignore_ascii_case("trên"))
    {
        return None;
    }
    // `100 con/m2`, `3 người/ngày`: a rate, not a count.
    if key[unit_end..].starts_with('/') {
        return None;
    }
    let tail = open_end(key, unit_end);
    let q = read_tail(caps, key, tail.map(|(t, _)| t))?;
    // `mùa giải 2012-2013 đội bóng …`: two years, not a range of counts.
    if q.max.is_some_and(|m| is_year(q.amount) && is_year(m)) {
        return None;
    }
    if q.amount.fract() != 0.0 || q.max.is_some_and(|m| m.fract() != 0.0) {
        return None;
    }
    Some(Counted {
        value: CountValue {
            amount: Amount(q.amount),
            max: q.max.map(Amount),
            qualifier: q.qualifier,
            unit: scan.text.text_of_key(u.start(), unit_end).to_string(),
        },
        end: tail.map_or(unit_end, |(_, end)| end),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_compiles() {
        assert_eq!(SET.rules().len(), TABLE.len());
        SET.compile_all();
        assert!(SET.trigger(TABLE[2].name).is_some());
        for p in PATTERNS.iter() {
            assert!(
                !p.contains('{') || p.contains(r"\p{"),
                "placeholder left in {p}"
            );
        }
    }
}
