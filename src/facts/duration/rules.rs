//! The duration rules: a number (or a range) and a unit of time, with a qualifier as for counts.
//!
//! What is not a duration although it reads like one is left to the other types or to nothing:
//! `10 năm qua` is a period, `10 năm trước` a date, `3 giờ chiều` a clock time, `17 tuổi` an age,
//! `năm tháng` ("the years") an idiom. Decades and centuries are given in years (`một thập kỷ`
//! → 10 year), as the gold corpus writes them.

use std::sync::LazyLock;

use regex::Captures;

use super::{DurationValue, TimeUnit};
use crate::facts::date::matcher::Matcher;
use crate::facts::date::rules::word_before;
use crate::facts::numeral::{self, Amount, Qualifier};
use crate::facts::rule::Rule;
use crate::facts::{Candidate, Scan, Value};

macro_rules! number {
    () => {
        r"(?:[0-9]+(?:[.,][0-9]+)?|nửa|(?:(?:một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi|trăm|linh|lẻ)\s+)*(?:một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi|trăm))"
    };
}
macro_rules! unit {
    () => {
        r"(?:giây|phút|tiếng(?:\s+đồng\s+hồ)?|giờ(?:\s+đồng\s+hồ)?|ngày(?:\s+đêm)?|tuần(?:\s+lễ)?|tháng|quý|năm|thập\s+kỷ|thập\s+niên|thế\s+kỷ)"
    };
}
macro_rules! qualifier {
    () => {
        r"(?:không\s+đầy|chưa\s+đầy|không\s+quá|chưa\s+đến|chưa\s+tới|ít\s+nhất|tối\s+thiểu|tối\s+đa|xấp\s+xỉ|khoảng|chừng|gần|hơn|trên|dưới|ngót|độ)"
    };
}

/// A duration read by the rule, and the byte where it starts when `từ` opened no range.
#[derive(Debug, Clone)]
pub(crate) struct Read {
    value: DurationValue,
    start: Option<usize>,
}

static RULES: &[Rule<Read>] = &[
    Rule {
        name: "hơn N năm, từ N tháng đến M tháng, N-M phút",
        pattern: concat!(
            r"(?i)(?:(?P<q>",
            qualifier!(),
            r")\s+)?(?:(?P<from>từ)\s+)?(?P<a>",
            number!(),
            r")(?:\s*(?:-|đến|tới)\s*(?P<b>",
            number!(),
            r"))?\s*(?P<u>",
            unit!(),
            r")(?P<half>\s+rưỡi)?(?:\s+(?:đến|tới)\s+(?P<b2>",
            number!(),
            r")\s+(?P<u2>",
            unit!(),
            r"))?"
        ),
        produce: amount_unit,
    },
    Rule {
        name: "hàng chục năm",
        pattern: concat!(
            r"(?i)hàng\s+(?P<scale>chục|trăm|nghìn|ngàn)\s+(?P<u>",
            unit!(),
            r")"
        ),
        produce: order_of,
    },
];

static MATCHER: LazyLock<Matcher<Read>> = LazyLock::new(|| Matcher::new(RULES));

/// Runs the duration rules over a text.
pub(super) fn find(scan: &Scan<'_>, out: &mut Vec<Candidate>) {
    for f in MATCHER.all(scan) {
        let start = f.value.start.unwrap_or(f.start);
        out.push(Candidate::new(start, f.end, Value::Duration(f.value.value)));
    }
}

fn folded(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The unit, and how many of it one written unit makes (`thập kỷ` → 10 year).
fn unit_of(word: &str) -> Option<(TimeUnit, f64)> {
    let w = folded(word);
    Some(match w.split(' ').next()? {
        "giây" => (TimeUnit::Second, 1.0),
        "phút" => (TimeUnit::Minute, 1.0),
        "giờ" | "tiếng" => (TimeUnit::Hour, 1.0),
        "ngày" => (TimeUnit::Day, 1.0),
        "tuần" => (TimeUnit::Week, 1.0),
        "tháng" => (TimeUnit::Month, 1.0),
        "quý" => (TimeUnit::Quarter, 1.0),
        "năm" => (TimeUnit::Year, 1.0),
        "thập" => (TimeUnit::Year, 10.0),
        "thế" => (TimeUnit::Year, 100.0),
        _ => return None,
    })
}

fn number(s: &str) -> Option<f64> {
    let w = folded(s);
    if w == "nửa" {
        return Some(0.5);
    }
    numeral::parse(&w)
}

fn qualifier(word: Option<&str>) -> Option<Qualifier> {
    let Some(w) = word.map(folded) else {
        return Some(Qualifier::Exact);
    };
    match w.as_str() {
        "không đầy" | "chưa đầy" => Some(Qualifier::LessThan),
        "ngót" => Some(Qualifier::Nearly),
        other => Qualifier::from_word(other),
    }
}

/// Words after a duration that make it something else: a clock time, an age, an idiom, a date.
const NOT_AFTER: &[&str] = &[
    "sáng", "trưa", "chiều", "tối", "đêm", "tuổi", "nọ", "kia", "nào", "qua", "gần", "trở",
];

/// Words after `một ngày`, `một năm` that make it "a day", "a year", not a length of time.
const INDEFINITE_AFTER: &[&str] = &[
    "sẽ", "đẹp", "nắng", "mưa", "gió", "lạnh", "oi", "mới", "định", "đặc",
];

/// Words before the number that make it an ordinal, a clock time or a name's number.
const NOT_BEFORE: &[&str] = &[
    "lúc", "thứ", "tập", "số", "kỳ", "phần", "bài", "chương", "mục", "điều", "lần", "trang",
    "hạng", "tháng", "ngày", "năm", "quý",
];

fn amount_unit(caps: &Captures<'_>, scan: &Scan<'_>) -> Option<Read> {
    let key = scan.key();
    let a_text = folded(caps.name("a")?.as_str());
    let u_text = folded(caps.name("u")?.as_str());
    let (unit, scale) = unit_of(&u_text)?;
    if !plausible(caps, scan, &a_text, &u_text)? {
        return None;
    }
    let half = if caps.name("half").is_some() {
        0.5
    } else {
        0.0
    };
    let a = number(&a_text)? + half;
    let b = match (caps.name("b"), caps.name("b2"), caps.name("u2")) {
        (Some(b), _, _) => Some(number(b.as_str())?),
        (None, Some(b2), Some(u2)) if unit_of(u2.as_str())? == (unit, scale) => {
            Some(number(b2.as_str())?)
        }
        (None, Some(_), _) => return None,
        _ => None,
    };
    if b.is_some_and(|b| b <= a) || a <= 0.0 {
        return None;
    }
    let q = qualifier(caps.name("q").map(|m| m.as_str()))?;
    // `từ` belongs to the fact only when it opens a range (`từ 8 tháng đến 57 tháng`).
    let start = match (caps.name("from"), b, caps.name("q")) {
        (Some(from), None, None) => {
            let rest = &key[from.end()..];
            Some(from.end() + rest.len() - rest.trim_start().len())
        }
        _ => None,
    };
    Some(Read {
        value: DurationValue {
            amount: Amount(a * scale),
            max: b.map(|b| Amount(b * scale)),
            unit,
            qualifier: q,
        },
        start,
    })
}

/// The context checks: is this number of units really a length of time?
fn plausible(caps: &Captures<'_>, scan: &Scan<'_>, a: &str, unit: &str) -> Option<bool> {
    let key = scan.key();
    let all = caps.get(0)?;
    let num_start = caps.name("a")?.start();
    let before = word_before(key, num_start);
    let next_word: String = key[all.end()..]
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    let next_char = key[all.end()..].chars().next();
    let glued_before = key[..num_start]
        .chars()
        .next_back()
        .is_some_and(|c| c == '/' || c == '.' || c == ',');
    let idiom = a == "năm" && unit != "năm" || a == "một" && unit == "ngày" && next_word == "không";
    // `là một năm bội thu` ("a year"), `70.000 ca một năm` ("a year": a rate).
    // `một ngày sẽ`, `một ngày nắng`, `một năm mới`: "one day", "a sunny day", "a new year".
    let indefinite = a == "một"
        && (before == "là"
            || after_count(key, num_start)
            || INDEFINITE_AFTER.contains(&next_word.as_str()));
    let clock = unit == "giờ"
        && (next_word.chars().next().is_some_and(|c| c.is_ascii_digit()) || next_word == "ngày");
    let year_after = next_word.len() == 4 && next_word.chars().all(|c| c.is_ascii_digit());
    let month_day = unit == "tháng" && next_word.chars().all(|c| c.is_ascii_digit());
    let big = number(a).is_some_and(|n| n >= 1000.0) && !matches!(unit, "giây" | "phút");
    Some(
        !(NOT_BEFORE.contains(&before.as_str()) && caps.name("q").is_none()
            || NOT_AFTER.contains(&next_word.as_str())
            || idiom
            || indefinite
            || clock
            || year_after
            || month_day && !next_word.is_empty()
            || big
            || glued_before
            || next_char == Some('/')),
    )
}

/// Whether the words before `at` are a number and its noun (`70.000 ca` before `một năm`).
fn after_count(key: &str, at: usize) -> bool {
    let mut words = key[..at].split_whitespace().rev();
    let (Some(noun), Some(number)) = (words.next(), words.next()) else {
        return false;
    };
    noun.chars().all(char::is_alphabetic)
        && number.chars().next().is_some_and(|c| c.is_ascii_digit())
        && number
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
}

fn order_of(caps: &Captures<'_>, _scan: &Scan<'_>) -> Option<Read> {
    let scale = numeral::scale_value(caps.name("scale")?.as_str())?;
    let (unit, per) = unit_of(caps.name("u")?.as_str())?;
    Some(Read {
        value: DurationValue {
            amount: Amount(scale * per),
            max: None,
            unit,
            qualifier: Qualifier::OrderOf,
        },
        start: None,
    })
}
