//! The money rules: a number and a currency, before or after it: `1,5 tỷ đồng`, `5.000 USD`,
//! `100.000đ`, `$5`, `30-40 tỷ đồng`, `từ $9.99 trở lên`, `khoảng 28.000 đ/kg`.
//!
//! A price's unit after a slash (`/kg`, `/ounce`, `/tháng`) stays in the fact's text.

use std::sync::LazyLock;

use regex::Captures;

use super::super::numeral::quantity::{expand, glued_before, is_labelled, read};
use super::super::numeral::{Amount, scale_value};
use super::super::rule::{Rule, RuleSet, with_patterns};
use super::super::{Candidate, Scan, Value};
use super::MoneyValue;
use super::currency::TABLE as CURRENCIES;

/// The rule table; `{CUR}` is a currency written after the number (group `c`), `{PRE}` one
/// written before it, `{PER}` a price's unit (`/kg`).
static TABLE: [Rule<MoneyValue>; 6] = [
    Rule {
        name: "hơn 1,5 tỷ đồng",
        pattern: "{Q}{FROM}{N} ?{CUR}{PER}{TAIL}",
        produce: after,
    },
    Rule {
        name: "30-40 tỷ đồng",
        pattern: "{Q}{FROM}{N}(?: ?{CUR1})?{TO}{M} ?{CUR}{PER}",
        produce: after,
    },
    Rule {
        name: "một triệu đô",
        pattern: "{Q}{FROM}{WN} {CUR}{PER}{TAIL}",
        produce: spelled,
    },
    Rule {
        name: "25 ngàn/lít",
        pattern: "{Q}{FROM}{N}(?:{TO}{M})?{PRICE}",
        produce: price,
    },
    Rule {
        name: "$5",
        pattern: "{Q}{FROM}{PRE} ?{N}{PER}{TAIL}",
        produce: before,
    },
    Rule {
        name: "$2.99 - $9.99",
        pattern: "{Q}{FROM}{PRE} ?{N}{TO}(?:{PRE1} ?)?{M}{PER}",
        produce: before,
    },
];

static PATTERNS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let after = CURRENCIES.alternation(false);
    let before = CURRENCIES.alternation(true);
    let cur = format!("(?P<c>{after})");
    let pre = format!("(?P<c>{before})");
    let extra = [
        ("{CUR}", cur.as_str()),
        ("{CUR1}", after.as_str()),
        ("{PRE}", pre.as_str()),
        ("{PRE1}", before.as_str()),
        ("{PER}", r"(?:/[\p{L}\p{N}]+(?:/[\p{L}\p{N}]+)?)?"),
        ("{PRICE}", r"/[\p{L}\p{N}]+(?:/[\p{L}\p{N}]+)?"),
    ];
    TABLE.iter().map(|r| expand(r.pattern, &extra)).collect()
});

static RULES: LazyLock<Vec<Rule<MoneyValue>>> = LazyLock::new(|| with_patterns(&TABLE, &PATTERNS));

/// The rules with the currency before the number run only on texts with the last character
/// of such a currency (`$`, `€`), which every match of theirs contains. (The forms themselves
/// make a slow trigger: `s$` in any case starts with a common letter.)
static SET: LazyLock<RuleSet<MoneyValue>> = LazyLock::new(|| {
    let before = CURRENCIES.last_chars(true);
    RuleSet::new(&RULES)
        .with_trigger(TABLE[4].name, &before)
        .with_trigger(TABLE[5].name, &before)
});

/// Runs the money rules over a text.
pub(super) fn find(scan: &Scan<'_>, out: &mut Vec<Candidate>) {
    for hit in SET.apply(scan) {
        out.push(Candidate::new(hit.start, hit.end, Value::Money(hit.value)));
    }
}

/// `1,5 tỷ đồng`, `100.000đ`, `5.000 USD/ounce`, `30-40 tỷ đồng`.
fn after(caps: &Captures<'_>, scan: &Scan<'_>) -> Option<MoneyValue> {
    let n = caps.name("n")?;
    if glued_before(scan.key(), n.start()) {
        return None;
    }
    money(caps, scan)
}

/// `25 ngàn/lít`, `100-150 nghìn/kg`, `5 triệu/tháng`: a price in thousands or millions, its
/// currency left unsaid because it is the đồng.
fn price(caps: &Captures<'_>, scan: &Scan<'_>) -> Option<MoneyValue> {
    let n = caps.name("n")?;
    let upper = caps.name("m").map_or(n, |m| m);
    if glued_before(scan.key(), n.start()) || !has_big_scale(upper.as_str()) {
        return None;
    }
    let q = read(caps, scan.key())?;
    Some(MoneyValue {
        amount: Amount(q.amount),
        max: q.max.map(Amount),
        currency: "VND".to_string(),
        qualifier: q.qualifier,
    })
}

/// Whether a number has a scale word of a thousand or more: `110 triệu`, `hàng ngàn`.
fn has_big_scale(n: &str) -> bool {
    n.split(' ')
        .any(|w| scale_value(w).is_some_and(|s| s >= 1e3))
}

/// `$5`, `US$ 2 triệu`, `$2.99 - $9.99`.
fn before(caps: &Captures<'_>, scan: &Scan<'_>) -> Option<MoneyValue> {
    let c = caps.name("c")?;
    if glued_before(scan.key(), c.start()) {
        return None;
    }
    money(caps, scan)
}

/// `một triệu đô`, `hàng ngàn đô la`, `năm trăm nghìn đồng`; not `một đồng` (a single coin is
/// "a", not an amount) nor `vài trăm nghìn đồng`.
fn spelled(caps: &Captures<'_>, scan: &Scan<'_>) -> Option<MoneyValue> {
    let n = caps.name("n")?.as_str();
    let first = n.split(' ').next()?.to_lowercase();
    let single = !n.contains(' ');
    let qualified = caps.name("q").is_some();
    let vague = scale_value(&first).is_some() && !qualified;
    if (single && matches!(first.as_str(), "một" | "năm")) || vague {
        return None;
    }
    money(caps, scan)
}

/// What every form shares: the currency, the scale check, the quantity.
fn money(caps: &Captures<'_>, scan: &Scan<'_>) -> Option<MoneyValue> {
    let key = scan.key();
    let n = caps.name("n")?;
    let c = caps.name("c")?;
    let currency = CURRENCIES.get(c.as_str())?;
    let code = currency.code?;
    let scaled = has_big_scale(n.as_str());
    // `110 triệu bảng` is money, `48 bảng` are boards.
    if currency.scaled && !scaled {
        return None;
    }
    let q = read(caps, key)?;
    // `2 đồng chí`, `5 đô thị`; but `5 tỷ đồng tiền công`, `650.000 đồng tiền cước` are money.
    let next = next_word(key, c.end());
    if CURRENCIES.is_other_word(c.as_str(), next) && !scaled && q.amount < 10_000.0 {
        return None;
    }
    // `Quốc lộ 1 đồng …`: a small bare number after a label names something.
    if !scaled && n.as_str().len() < 4 && is_labelled(key, n.start()) {
        return None;
    }
    Some(MoneyValue {
        amount: Amount(q.amount * currency.factor),
        max: q.max.map(|m| Amount(m * currency.factor)),
        currency: code.to_string(),
        qualifier: q.qualifier,
    })
}

/// The word right after byte `end` (after one space), or `""`.
fn next_word(key: &str, end: usize) -> &str {
    let Some(rest) = key.get(end..).and_then(|r| r.strip_prefix(' ')) else {
        return "";
    };
    let len = rest
        .char_indices()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(rest.len(), |(i, _)| i);
    &rest[..len]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_compiles() {
        assert_eq!(SET.rules().len(), TABLE.len());
        SET.compile_all();
        for rule in &TABLE[4..] {
            assert!(SET.trigger(rule.name).is_some(), "{}", rule.name);
        }
        assert_eq!(CURRENCIES.last_chars(true), r"(?i:[\$£¥₫€])");
    }
}
