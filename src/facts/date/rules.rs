//! The date rules: one row per form, named by the Vietnamese it reads, each with a producer that
//! turns the match into a [`Reading`] (or says `None` when the match is not a date after all).
//!
//! Readings that need the text around them (a partial day, `cùng ngày`, `năm sau đó`) are
//! settled in order by `sequence.rs`; this file only reads what each phrase says.

use std::collections::HashMap;
use std::sync::LazyLock;

use jiff::civil::Date;
use regex::Captures;

use super::calendar::{
    self, Clock, Point, add_days, add_months, expand_year, parse_clock, plausible_year,
    quarter_number, weekday_number,
};
use super::{Grain, lunar};
use crate::facts::Scan;
use crate::facts::numeral;
use crate::facts::rule::Rule;

/// What one date phrase says, before the phrases around it are known.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Reading {
    /// A date that needs nothing more; `relative` when it was read against the reference.
    Fixed { point: Point, relative: bool },
    /// A day without its year: `Ngày 24/5`.
    Partial {
        month: i8,
        day: i8,
        clock: Option<Clock>,
    },
    /// A month without its year: `tháng 4`.
    PartialMonth { month: i8 },
    /// A day counted from the last day named before it: `chiều cùng ngày`, `hôm sau`, `23h30`.
    DayAfter { days: i64, clock: Option<Clock> },
    /// A month counted from the last month named before it: `tháng trước đó`.
    MonthAfter(i64),
    /// A year counted from the last year named before it: `năm sau đó`.
    YearAfter(i64),
}

/// A producer's answer: the reading, and where the fact starts when the match began with
/// context that is not part of it (`vào 2030` → `2030`).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Read {
    pub reading: Reading,
    pub start: Option<usize>,
    pub end: Option<usize>,
}

impl Read {
    fn new(reading: Reading) -> Option<Read> {
        Some(Read {
            reading,
            start: None,
            end: None,
        })
    }

    fn fixed(point: Point, relative: bool) -> Option<Read> {
        Read::new(Reading::Fixed { point, relative })
    }
}

// Regex fragments, as macros so that `concat!` can build the rule patterns at compile time.
macro_rules! part {
    () => {
        r"(?:rạng sáng|sáng sớm|sáng|trưa|chiều tối|xế chiều|chiều|tối|đêm|khuya|nửa đêm)"
    };
}
macro_rules! clock {
    () => {
        r"(?:[0-9]{1,2}\s*(?:giờ|h)(?:\s*[0-9]{2}(?:\s*phút)?)?|[0-9]{1,2}g[0-9]{2}|[0-9]{1,2}:[0-9]{2})"
    };
}
macro_rules! weekday {
    () => {
        r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)"
    };
}
macro_rules! edge {
    () => {
        r"(?:đầu|giữa|cuối)"
    };
}
macro_rules! small_number {
    () => {
        r"(?:[0-9]{1,3}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười(?:\s+(?:một|hai|ba|bốn|lăm|sáu|bảy|tám|chín))?|(?:hai|ba|bốn|năm|sáu|bảy|tám|chín)\s+mươi)"
    };
}

/// The date rules, longest forms first (the longest match wins anyway).
pub(crate) static RULES: &[Rule<Read>] = &[
    Rule {
        name: "giờ, thứ, buổi ngày D/M/Y giờ GMT+7",
        pattern: concat!(
            r"(?i)(?:(?P<clock>",
            clock!(),
            r")(?:\s+(?P<cpart>",
            part!(),
            r"))?\s*,?\s*)?(?:(?P<wd>",
            weekday!(),
            r")\s*(?:,|(?P<open>\())?\s*)?(?:(?P<part>",
            part!(),
            r")\s+)?(?:(?P<ngay>ngày|hôm|mùng|mồng)\s+)?(?P<d>[0-9]{1,2})(?P<s1>[/.-])(?P<m>[0-9]{1,2})",
            r"(?:(?P<s2>[/.-])(?P<y>[0-9]{4}|[0-9]{2}))?(?P<close>\))?(?:\s*(?:,|-|lúc|vào lúc)?\s*(?P<clock2>",
            clock!(),
            r")(?:\s+(?P<cpart2>",
            part!(),
            r"))?)?(?:\s*(?P<tz>\(?GMT\s*\+\s*0?7(?::?00)?\)?))?"
        ),
        produce: numeric_day,
    },
    Rule {
        name: "giờ, buổi ngày D tháng M năm Y",
        pattern: concat!(
            r"(?i)(?:(?P<clock>",
            clock!(),
            r")(?:\s+(?P<cpart>",
            part!(),
            r"))?\s*,?\s*)?(?:(?P<part>",
            part!(),
            r")\s+)?(?:(?P<ngay>ngày|mùng|mồng|hôm)\s+)?(?P<d>[0-9]{1,2})\s+tháng\s+(?P<m>[0-9]{1,2})",
            r"(?:\s*(?:,\s*)?năm\s+(?P<y>[0-9]{4}))?"
        ),
        produce: day_month_words,
    },
    Rule {
        name: "mùng 10 tháng Giêng, rằm tháng Bảy, 23 tháng Chạp, mùng 1 Tết, D/M âm lịch",
        pattern: concat!(
            r"(?i)(?:(?P<part>",
            part!(),
            r")\s+)?(?:ngày\s+)?(?:(?:mùng|mồng)\s+(?P<d>[0-9]{1,2}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)",
            r"|(?P<ram>rằm)|(?P<d2>[0-9]{1,2}))\s*(?:(?:tháng\s+|/)(?P<m>giêng|chạp|mười\s+một|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười|[0-9]{1,2})",
            r"|(?P<tet>tết))(?:\s+năm\s+(?P<y>[0-9]{4}))?(?P<al>\s+(?:âm\s+lịch|âl)|\s*\(\s*âm\s+lịch\s*\))?"
        ),
        produce: lunar,
    },
    Rule {
        name: "đầu tháng M/Y, tháng M năm Y, tháng M vừa qua",
        pattern: concat!(
            r"(?i)(?:(?P<edge>",
            edge!(),
            r"|trung tuần|thượng tuần|hạ tuần)\s+)?tháng\s+(?P<m>[0-9]{1,2})",
            r"(?:\s*(?:[/.-]|năm)\s*(?P<y>[0-9]{4})|\s+năm\s+(?P<rel>nay|ngoái|trước|sau|tới))?",
            r"(?:\s+(?P<when>này|vừa qua|vừa rồi|qua|tới|sắp tới|tới đây))?"
        ),
        produce: month,
    },
    Rule {
        name: "đầu năm Y, SN Y",
        pattern: concat!(
            r"(?i)(?:(?P<edge>",
            edge!(),
            r")\s+)?(?P<word>năm|SN|sinh năm)\s+(?P<y>[0-9]{4})"
        ),
        produce: year,
    },
    Rule {
        name: "vào Y",
        pattern: concat!(
            r"(?i)(?:(?:vào|đến|tới|từ|trước|sau|trong|hết|tháng)\s+|(?P<edge>",
            edge!(),
            r")\s+)(?P<y>(?:19|20)[0-9]{2})(?P<next>\s*[^\s0-9]*)"
        ),
        produce: bare_year,
    },
    Rule {
        name: "quý I/Y",
        pattern: concat!(
            r"(?i)(?:(?P<edge>",
            edge!(),
            r")\s+)?quý\s+(?P<q>IV|I{1,3}|[1-4])",
            r"(?:\s*(?:[/.-]|năm)\s*(?P<y>[0-9]{4})|\s+năm\s+(?P<rel>nay|ngoái|trước|sau|tới)|\s+(?P<when>này|vừa qua|tới))?"
        ),
        produce: quarter,
    },
    Rule {
        name: "6 tháng đầu năm Y, nửa đầu năm nay",
        pattern: concat!(
            r"(?i)(?:6|sáu) tháng\s+(?P<which>đầu|cuối)\s+năm",
            r"(?:\s+(?P<y>[0-9]{4})|\s+(?P<rel>nay|ngoái|trước|sau|tới))?"
        ),
        produce: half,
    },
    Rule {
        name: "nửa đầu năm Y",
        pattern: concat!(
            r"(?i)nửa\s+(?P<which>đầu|cuối|sau)\s+năm",
            r"(?:\s+(?P<y>[0-9]{4})|\s+(?P<rel>nay|ngoái|trước|sau|tới))?"
        ),
        produce: half,
    },
    Rule {
        name: "hôm qua, tuần trước, đầu tháng này, năm ngoái",
        pattern: concat!(
            r"(?i)(?:(?:",
            part!(),
            r"|",
            edge!(),
            r"|sang)\s+)?(?:(?:ngày\s+)?hôm\s+(?:nay|qua|kia)|ngày\s+mai|(?:ngày\s+)?(?:nay|qua|mai)",
            r"|(?:tuần|tháng|năm|thập kỷ|thập niên)\s+(?:này|nay|trước|qua|rồi|sau|tới|ngoái|kia)|năm)"
        ),
        produce: relative_phrase,
    },
    Rule {
        name: "N năm trước, cách đây N tháng",
        pattern: concat!(
            r"(?i)(?:(?P<cach>cách\s+đây)\s+)?(?P<n>",
            small_number!(),
            r")\s+(?P<unit>ngày|tuần|tháng|năm|thập kỷ|thập niên|thế kỷ)(?:\s+(?P<dir>về trước|trước))?"
        ),
        produce: units_ago,
    },
    Rule {
        name: "thập niên 1990, những năm 90",
        pattern: r"(?i)(?:thập\s+niên|thập\s+kỷ|những\s+năm|các\s+năm)\s+(?P<dec>[0-9]{3}0|[0-9]0)",
        produce: decade,
    },
    Rule {
        name: "tối thứ Hai tuần trước",
        pattern: concat!(
            r"(?i)(?:(?P<part>",
            part!(),
            r"|hôm|ngày)\s+)?(?P<wd>",
            weekday!(),
            r")(?:\s+(?P<rel>tuần\s+(?:này|trước|qua|sau|tới)|vừa\s+qua|vừa\s+rồi|tới|này|trước|sau))?"
        ),
        produce: weekday_phrase,
    },
    Rule {
        name: "23h30, 21 giờ cùng ngày, 3 giờ chiều",
        pattern: concat!(
            r"(?i)(?:(?:vào\s+)?lúc\s+)?(?P<clock>",
            clock!(),
            r")(?:\s+(?P<cpart>",
            part!(),
            r"))?(?:\s+(?P<anchor>cùng\s+ngày|hôm\s+đó|ngày\s+hôm\s+sau|hôm\s+sau|(?:ngày\s+)?hôm\s+(?:nay|qua)|nay|qua))?"
        ),
        produce: clock_alone,
    },
    Rule {
        name: "chiều cùng ngày, sáng hôm sau",
        pattern: concat!(
            r"(?i)(?:(?P<part>",
            part!(),
            r")\s+)?(?P<anchor>cùng\s+ngày|(?:ngày\s+)?hôm\s+đó|ngày\s+hôm\s+sau|hôm\s+sau|ngày\s+hôm\s+trước\s+đó|hôm\s+trước\s+đó)"
        ),
        produce: same_day,
    },
    Rule {
        name: "tháng trước đó, năm sau đó",
        pattern: concat!(
            r"(?i)(?:",
            edge!(),
            r"\s+)?(?P<unit>tháng|năm)\s+(?P<dir>sau|trước)\s+đó(?:\s+nữa)?"
        ),
        produce: unit_after,
    },
];

/// Triggers of the rules whose matches all contain a piece rarer than the rule's scan is cheap
/// (rule name, then the piece, with the rule's flags): texts without it skip the rule.
pub(crate) static TRIGGERS: &[(&str, &str)] = &[
    (
        "giờ, buổi ngày D tháng M năm Y",
        r"(?i)[0-9]\s+tháng\s+[0-9]",
    ),
    ("tối thứ Hai tuần trước", concat!("(?i)", weekday!())),
    (
        "chiều cùng ngày, sáng hôm sau",
        r"(?i)cùng\s+ngày|hôm\s+(?:đó|sau|trước\s+đó)",
    ),
    (
        "tháng trước đó, năm sau đó",
        r"(?i)(?:tháng|năm)\s+(?:sau|trước)\s+đó",
    ),
];

/// A time-word table row: its grain and its offset from the reference in grains.
#[derive(Debug, Clone, Copy)]
pub(crate) struct TimeWord {
    pub grain: Grain,
    pub offset: i64,
}

/// `src/data/time_words.tsv`, parsed once.
pub(crate) static TIME_WORDS: LazyLock<HashMap<String, TimeWord>> = LazyLock::new(|| {
    include_str!("../../data/time_words.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut cols = l.split('\t');
            let phrase = cols.next()?.trim().to_string();
            let grain = match cols.next()?.trim() {
                "day" => Grain::Day,
                "week" => Grain::Week,
                "month" => Grain::Month,
                "year" => Grain::Year,
                "decade" => Grain::Decade,
                _ => return None,
            };
            let offset = cols.next()?.trim().parse().ok()?;
            Some((phrase, TimeWord { grain, offset }))
        })
        .collect()
});

fn text<'a>(caps: &Captures<'a>, name: &str) -> Option<&'a str> {
    caps.name(name).map(|m| m.as_str())
}

fn int(caps: &Captures<'_>, name: &str) -> Option<i64> {
    text(caps, name)?.parse().ok()
}

fn reference(scan: &Scan<'_>) -> Date {
    scan.ctx.reference.date()
}

/// Lower case with single spaces, for table look-ups.
pub(crate) fn folded(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The word just before byte `at` (skipping spaces), lower case.
pub(crate) fn word_before(key: &str, at: usize) -> String {
    let start = word_start_before(key, at);
    key[start..at].trim_end().to_lowercase()
}

/// Where the word just before byte `at` starts (skipping spaces).
pub(crate) fn word_start_before(key: &str, at: usize) -> usize {
    let head = key[..at].trim_end();
    head.char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// The character just before byte `at`, and just after byte `at`.
fn char_before(key: &str, at: usize) -> Option<char> {
    key[..at].chars().next_back()
}

fn char_after(key: &str, at: usize) -> Option<char> {
    key[at..].chars().next()
}

/// Whether a match is glued to a document number or a path: `12/5/QĐ`, `/12/5`.
fn glued_to_code(key: &str, start: usize, end: usize) -> bool {
    let starts_with_digit = char_after(key, start).is_some_and(|c| c.is_ascii_digit());
    let before_slash = starts_with_digit
        && matches!(char_before(key, start), Some('/' | '.' | '-' | ',' | ':'))
        && key[..start]
            .chars()
            .rev()
            .nth(1)
            .is_some_and(|c| c.is_alphanumeric());
    let mut after = key[end..].chars();
    let after_slash = matches!(after.next(), Some('/' | '-' | '.' | ':' | ','))
        && after
            .next()
            .is_some_and(|c| c.is_ascii_digit() || c.is_uppercase());
    before_slash || after_slash
}

fn clock_of(caps: &Captures<'_>, clock: &str, part: &str) -> Option<Option<Clock>> {
    match text(caps, clock) {
        Some(c) => parse_clock(c, text(caps, part).or_else(|| text(caps, "part"))).map(Some),
        None => Some(None),
    }
}

/// Words before a bare `D/M` that make it a fraction or an address, not a day.
const NOT_DAY_BEFORE: &[&str] = &[
    "số", "nhà", "hẻm", "ngõ", "ngách", "kiệt", "phòng", "lệ", "chiếm", "đạt", "khoảng", "gần",
    "hơn", "trên", "dưới", "còn", "chỉ", "là", "bằng", "mất", "tỷ", "tỉ", "thắng", "thua", "hòa",
    "số:", "tổ", "khu", "điều", "khoản", "mục", "chương", "bước", "tập", "phần", "lô", "căn",
    "tầng", "km", "xe", "mã", "điểm", "lớp", "được", "với",
];

fn numeric_day(caps: &Captures<'_>, scan: &Scan<'_>) -> Option<Read> {
    let key = scan.key();
    let all = caps.get(0)?;
    let day = int(caps, "d")? as i8;
    let month = int(caps, "m")? as i8;
    let s1 = text(caps, "s1")?;
    let has_context = caps.name("ngay").is_some()
        || caps.name("part").is_some()
        || caps.name("wd").is_some()
        || caps.name("clock").is_some();
    let core_end = caps.name("y").or_else(|| caps.name("m"))?.end();
    if glued_to_code(key, all.start(), core_end) {
        return None;
    }
    if let (Some(s2), Some(_)) = (text(caps, "s2"), caps.name("y"))
        && s2 != s1
    {
        return None;
    }
    let clock = match (
        clock_of(caps, "clock", "cpart")?,
        clock_of(caps, "clock2", "cpart2")?,
    ) {
        (Some(c), _) | (None, Some(c)) => Some(c),
        (None, None) => None,
    };
    let year = match text(caps, "y") {
        Some(y) if y.len() == 4 => Some(plausible_year(y.parse().ok()?)?),
        Some(y) if s1 == "/" && (has_context || clock.is_some()) => {
            Some(expand_year(y.parse().ok()?, reference(scan)))
        }
        Some(_) => return None,
        None => None,
    };
    if year.is_none() && !has_context && !bare_day_ok(key, all.start(), core_end, s1) {
        return None;
    }
    if s1 == "." && year.is_none() && caps.name("ngay").is_none() {
        return None;
    }
    let read = day_reading(year, month, day, clock)?;
    // `thứ Tư (24/5)` keeps its bracket; a `)` that closes something else is left out.
    let end = match (caps.name("open"), caps.name("close")) {
        (None, Some(close)) if caps.name("clock2").is_none() => Some(close.start()),
        (None, Some(_)) => return None,
        (Some(_), None) => return None,
        _ => None,
    };
    Some(Read { end, ..read })
}

/// A bare `24/5` or `(31-5)`: a day only where nothing makes it a fraction, score or address.
fn bare_day_ok(key: &str, start: usize, end: usize, sep: &str) -> bool {
    let before = word_before(key, start);
    if NOT_DAY_BEFORE.contains(&before.as_str()) {
        return false;
    }
    let in_parens = char_before(key, start) == Some('(') && char_after(key, end) == Some(')');
    if before_amount(key, end) || among_scores(key, start, end) {
        return false;
    }
    match sep {
        "/" => !looks_like_fraction(key, start, end),
        "-" => {
            in_parens
                || [
                    "đến", "tới", "từ", "vào", "trước", "sau", "hết", "đầu", "cuối", "giữa", "hạn",
                    "đêm", "sáng", "chiều", "tối", "trưa", "ngày", "hôm",
                ]
                .contains(&before.as_str())
        }
        _ => false,
    }
}

/// Words after a bare `D/M` that leave it a day (`22/12, giá vàng`, `24/5 tại Hà Nội`).
const AFTER_BARE_DAY: &[&str] = &[
    "tại", "và", "đến", "tới", "là", "khi", "thì", "sẽ", "đã", "vừa", "mới", "năm", "vừa", "hàng",
    "tới", "trên", "ở", "với", "của", "này", "nay", "qua", "sau", "trước", "lúc", "vào", "theo",
    "cho", "nhưng", "để", "hay", "hoặc", "do", "được", "bị", "có",
];

/// Words after `2-4` that make it a range of amounts (`từ 2-4 triệu USD`, `5-10 người`).
const AMOUNT_WORDS: &[&str] = &[
    "triệu", "tỷ", "tỉ", "nghìn", "ngàn", "trăm", "chục", "đồng", "usd", "người", "lần", "điểm",
    "giờ", "phút", "giây", "ngày", "tháng", "năm", "tuổi", "km", "m", "cm", "mm", "kg", "g", "tấn",
    "ha", "độ", "lít", "con", "cái", "chiếc", "căn", "hộ", "vụ", "xã", "tỉnh", "bàn",
];

fn before_amount(key: &str, end: usize) -> bool {
    let rest = key[end..].trim_start();
    let next: String = rest.chars().take_while(|c| c.is_alphanumeric()).collect();
    rest.starts_with('%') || AMOUNT_WORDS.contains(&next.to_lowercase().as_str())
}

/// `thắng 6/3, 6/2`: tennis sets, several small pairs in a row.
fn among_scores(key: &str, start: usize, end: usize) -> bool {
    let small_pair = |s: &str| {
        let b = s.as_bytes();
        b.len() == 3
            && b[1] == b'/'
            && (b'0'..=b'7').contains(&b[0])
            && (b'0'..=b'7').contains(&b[2])
    };
    if !small_pair(&key[start..end]) {
        return false;
    }
    let sep = |c: char| c.is_whitespace() || matches!(c, ',' | ';');
    let before = key[..start].trim_end_matches(sep);
    let before = before
        .strip_suffix(" và")
        .unwrap_or(before)
        .trim_end_matches(sep);
    let after = key[end..].trim_start_matches(sep);
    let after = after
        .strip_prefix("và ")
        .unwrap_or(after)
        .trim_start_matches(sep);
    let prev: String = before
        .chars()
        .rev()
        .take(3)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let next: String = after.chars().take(3).collect();
    small_pair(&prev) || small_pair(&next)
}

/// `4/5 dạ dày`, `2/3 số hộ`: a small fraction before a noun, not the 4th of May.
fn looks_like_fraction(key: &str, start: usize, end: usize) -> bool {
    let (d, m) = key[start..end]
        .split_once('/')
        .map(|(a, b)| (a.parse::<u32>().unwrap_or(0), b.parse::<u32>().unwrap_or(0)))
        .unwrap_or((0, 0));
    let next: String = key[end..]
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .collect();
    let lower_word = next.chars().next().is_some_and(char::is_lowercase);
    d <= m && lower_word && !AFTER_BARE_DAY.contains(&next.as_str())
}

fn day_reading(year: Option<i16>, month: i8, day: i8, clock: Option<Clock>) -> Option<Read> {
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    match year {
        Some(y) => {
            let date = Date::new(y, month, day).ok()?;
            let point = match clock {
                Some(c) => Point::Minute(date, c),
                None => Point::Day(date),
            };
            Read::fixed(point, false)
        }
        None => {
            // Reject 29/2 and 31/4 before the year is known: no year makes 31/4 a day.
            Date::new(2024, month, day).ok()?;
            Read::new(Reading::Partial { month, day, clock })
        }
    }
}

fn day_month_words(caps: &Captures<'_>, _scan: &Scan<'_>) -> Option<Read> {
    let day = int(caps, "d")? as i8;
    let month = int(caps, "m")? as i8;
    let year = match int(caps, "y") {
        Some(y) => Some(plausible_year(y)?),
        None => None,
    };
    // `15 tháng 5` without `ngày` is a day only with its year; `3 tháng 5 ngày` is a duration.
    if caps.name("ngay").is_none() && caps.name("part").is_none() && year.is_none() {
        return None;
    }
    let clock = clock_of(caps, "clock", "cpart")?;
    day_reading(year, month, day, clock)
}

/// `năm nay`, `năm ngoái` … after a month or quarter: the year they name.
fn year_word(word: &str, reference: Date) -> Option<i16> {
    let offset = match word.to_lowercase().as_str() {
        "nay" => 0,
        "ngoái" | "trước" => -1,
        "sau" | "tới" => 1,
        _ => return None,
    };
    Some(reference.year() + offset)
}

fn month(caps: &Captures<'_>, scan: &Scan<'_>) -> Option<Read> {
    let m = int(caps, "m")? as i8;
    if !(1..=12).contains(&m) {
        return None;
    }
    let r = reference(scan);
    if let Some(y) = int(caps, "y") {
        return Read::fixed(Point::Month(plausible_year(y)?, m), false);
    }
    if let Some(rel) = text(caps, "rel") {
        return Read::fixed(Point::Month(year_word(rel, r)?, m), true);
    }
    let (ry, rm) = (r.year(), r.month());
    let year = match text(caps, "when").map(folded).as_deref() {
        Some("này") => ry,
        Some("vừa qua" | "vừa rồi" | "qua") => {
            if m <= rm {
                ry
            } else {
                ry - 1
            }
        }
        Some("tới" | "sắp tới" | "tới đây") => {
            if m >= rm {
                ry
            } else {
                ry + 1
            }
        }
        _ => return Read::new(Reading::PartialMonth { month: m }),
    };
    Read::fixed(Point::Month(year, m), true)
}

/// A lunar month from its number or name: `Giêng` is the first, `Chạp` the twelfth.
fn lunar_month(word: &str) -> Option<i8> {
    Some(match folded(word).as_str() {
        "giêng" | "một" => 1,
        "chạp" => 12,
        "mười một" => 11,
        "tư" => 4,
        other => other
            .parse()
            .ok()
            .or_else(|| numeral::parse_words(other).map(|n| n as i8))?,
    })
}

fn lunar(caps: &Captures<'_>, scan: &Scan<'_>) -> Option<Read> {
    let month_word = caps.name("m").map(|m| folded(m.as_str()));
    let named = matches!(month_word.as_deref(), Some("giêng" | "chạp"));
    let said = named || caps.name("al").is_some() || caps.name("tet").is_some();
    // `mùng 2 tháng 9` is the solar National Day; without a lunar word only `rằm` is lunar.
    if !said && caps.name("ram").is_none() {
        return None;
    }
    let day = match (caps.name("d").or_else(|| caps.name("d2")), caps.name("ram")) {
        (Some(d), _) => d
            .as_str()
            .parse()
            .ok()
            .or_else(|| numeral::parse_words(d.as_str()).map(|n| n as i8))?,
        (None, Some(_)) => 15,
        _ => return None,
    };
    let month = match month_word {
        Some(w) => lunar_month(&w)?,
        None => 1,
    };
    let r = reference(scan);
    let date = match int(caps, "y") {
        Some(y) => lunar::to_solar(day, month, plausible_year(y)?)?,
        None => [r.year() - 1, r.year(), r.year() + 1]
            .into_iter()
            .filter_map(|y| lunar::to_solar(day, month, y))
            .min_by_key(|d| calendar::days_between(r, *d).abs())?,
    };
    Read::fixed(Point::Day(date), caps.name("y").is_none())
}

fn year(caps: &Captures<'_>, _scan: &Scan<'_>) -> Option<Read> {
    let y = plausible_year(int(caps, "y")?)?;
    Read::fixed(Point::Year(y), false)
}

/// Words after a bare year that keep it a year (`vào 2030 nếu …`), not a count (`trên 2000 người`).
const AFTER_BARE_YEAR: &[&str] = &[
    "", "nếu", "và", "thì", "khi", "là", "đã", "sẽ", "của", "với", "mới", "tại", "ở", "để", "trở",
    "hoặc", "hay", "nhưng", "mà", "cho", "này", "nữa",
];

fn bare_year(caps: &Captures<'_>, _scan: &Scan<'_>) -> Option<Read> {
    let y = plausible_year(int(caps, "y")?)?;
    let next = text(caps, "next").unwrap_or("").trim();
    let next_word: String = next.chars().take_while(|c| c.is_alphanumeric()).collect();
    if !AFTER_BARE_YEAR.contains(&next_word.to_lowercase().as_str()) {
        return None;
    }
    let start = caps.name("edge").or_else(|| caps.name("y"))?.start();
    Some(Read {
        reading: Reading::Fixed {
            point: Point::Year(y),
            relative: false,
        },
        start: Some(start),
        end: Some(caps.name("y")?.end()),
    })
}

fn quarter(caps: &Captures<'_>, scan: &Scan<'_>) -> Option<Read> {
    let q = quarter_number(text(caps, "q")?)?;
    let r = reference(scan);
    if let Some(y) = int(caps, "y") {
        return Read::fixed(Point::Quarter(plausible_year(y)?, q), false);
    }
    if let Some(rel) = text(caps, "rel") {
        return Read::fixed(Point::Quarter(year_word(rel, r)?, q), true);
    }
    // A bare `quý I` is the one of the reference year: reports run ahead of the calendar.
    Read::fixed(Point::Quarter(r.year(), q), true)
}

fn half(caps: &Captures<'_>, scan: &Scan<'_>) -> Option<Read> {
    let h = if text(caps, "which")?.to_lowercase() == "đầu" {
        1
    } else {
        2
    };
    let r = reference(scan);
    let (y, relative) = match (int(caps, "y"), text(caps, "rel")) {
        (Some(y), _) => (plausible_year(y)?, false),
        (None, Some(rel)) => (year_word(rel, r)?, true),
        (None, None) => (r.year(), true),
    };
    Read::fixed(Point::Half(y, h), relative)
}

/// Nouns whose number names one of a series (`tập 1 tuần trước` is "episode 1, last week").
const SERIES_NOUNS: &[&str] = &[
    "tập", "số", "kỳ", "phần", "vòng", "bài", "chương", "mục", "điều", "lần", "trang", "hạng",
    "lớp", "khóa", "đợt", "bảng", "phòng", "tầng",
];

/// Whether the word before `at` is a number counting what follows (`5 năm tới` is a duration,
/// not `năm tới`), rather than the number of an episode or an article (`tập 1 tuần trước`).
fn after_number(key: &str, at: usize) -> bool {
    let w = word_before(key, at);
    let number = !w.is_empty()
        && (w
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
            || numeral::parse_words(&w).is_some());
    if number {
        let numbered =
            SERIES_NOUNS.contains(&word_before(key, word_start_before(key, at)).as_str());
        return !numbered;
    }
    ["vài", "mấy", "nhiều", "các", "những", "mỗi", "hằng", "hàng"].contains(&w.as_str())
}

fn relative_phrase(caps: &Captures<'_>, scan: &Scan<'_>) -> Option<Read> {
    let all = caps.get(0)?;
    let word = TIME_WORDS.get(&folded(all.as_str()))?;
    if after_number(scan.key(), all.start()) {
        return None;
    }
    let r = reference(scan);
    let point = match word.grain {
        Grain::Day => Point::Day(add_days(r, word.offset)?),
        Grain::Week => Point::Week(add_days(r, word.offset * 7)?),
        Grain::Month => {
            let (y, m) = add_months(r.year(), r.month(), word.offset)?;
            Point::Month(y, m)
        }
        Grain::Year => Point::Year(r.year() + word.offset as i16),
        Grain::Decade => {
            let y = r.year() + word.offset as i16 * 10;
            Point::Decade(y - y.rem_euclid(10))
        }
        _ => return None,
    };
    Read::fixed(point, true)
}

fn units_ago(caps: &Captures<'_>, scan: &Scan<'_>) -> Option<Read> {
    let n = numeral::parse(text(caps, "n")?)? as i64;
    let key = scan.key();
    let end = caps.get(0)?.end();
    if SERIES_NOUNS.contains(&word_before(key, caps.get(0)?.start()).as_str()) {
        return None;
    }
    let ago = caps.name("dir").is_some();
    // `3 năm trước khi …` is "three years before …": a duration.
    let next = key[end..].trim_start();
    if ago && (next.starts_with("khi") || next.starts_with("đó")) {
        return None;
    }
    if !ago && caps.name("cach").is_none() || !(1..=100).contains(&n) {
        return None;
    }
    let r = reference(scan);
    let unit = folded(text(caps, "unit")?);
    let point = match unit.as_str() {
        "ngày" => Point::Day(add_days(r, -n)?),
        "tuần" => Point::Day(add_days(r, -7 * n)?),
        "tháng" => {
            let (y, m) = add_months(r.year(), r.month(), -n)?;
            Point::Month(y, m)
        }
        "năm" => Point::Year(r.year() - n as i16),
        "thập kỷ" | "thập niên" => Point::Year(r.year() - 10 * n as i16),
        "thế kỷ" => Point::Year(r.year() - 100 * n as i16),
        _ => return None,
    };
    Read::fixed(point, true)
}

fn decade(caps: &Captures<'_>, scan: &Scan<'_>) -> Option<Read> {
    let d = text(caps, "dec")?;
    let n: i64 = d.parse().ok()?;
    let y = if d.len() == 2 {
        let r = i64::from(reference(scan).year());
        let century = r - r.rem_euclid(100);
        if n <= r.rem_euclid(100) {
            century + n
        } else {
            century - 100 + n
        }
    } else {
        n
    };
    Read::fixed(Point::Decade(plausible_year(y)?), false)
}

fn weekday_phrase(caps: &Captures<'_>, scan: &Scan<'_>) -> Option<Read> {
    let wd_text = text(caps, "wd")?;
    let second = wd_text.split_whitespace().nth(1)?;
    let wd = weekday_number(second)?;
    let rel = text(caps, "rel").map(folded);
    // `lần thứ hai`, `thứ 2`: an ordinal unless the name is capitalized or a week is named.
    let capital = second.chars().next().is_some_and(char::is_uppercase);
    let sunday = wd == 7;
    if !(capital || sunday || rel.as_deref().is_some_and(|r| r.starts_with("tuần"))) {
        return None;
    }
    let r = reference(scan);
    let date = match rel.as_deref() {
        Some("tuần này") => calendar::weekday_in_week(r, wd, 0),
        Some("tuần trước" | "tuần qua") => calendar::weekday_in_week(r, wd, -1),
        Some("tuần sau" | "tuần tới") => calendar::weekday_in_week(r, wd, 1),
        Some("vừa qua" | "vừa rồi" | "trước") => calendar::weekday_before(r, wd, true),
        Some("tới" | "sau") => calendar::weekday_after(r, wd),
        Some("này") => calendar::weekday_in_week(r, wd, 0),
        _ => calendar::weekday_before(r, wd, false),
    }?;
    Read::fixed(Point::Day(date), true)
}

fn clock_alone(caps: &Captures<'_>, scan: &Scan<'_>) -> Option<Read> {
    let raw = text(caps, "clock")?;
    let clock = parse_clock(raw, text(caps, "cpart"))?;
    let anchor = text(caps, "anchor").map(folded);
    // A bare `3 giờ` is a duration; a clock needs minutes, a part of the day, `lúc` or an anchor.
    let lower = raw.to_lowercase();
    let strong = lower.contains(':')
        || lower.contains('g') && !lower.contains("giờ")
        || raw.trim_end().ends_with(|c: char| c.is_ascii_digit()) && lower.contains('h');
    let said_at = caps.get(0)?.as_str().to_lowercase().starts_with(['l', 'v']);
    if !(strong || caps.name("cpart").is_some() || anchor.is_some() || said_at) {
        return None;
    }
    let start = caps.name("clock")?.start();
    let r = reference(scan);
    let reading = match anchor.as_deref() {
        Some("hôm nay" | "ngày hôm nay" | "nay") => Reading::Fixed {
            point: Point::Minute(r, clock),
            relative: true,
        },
        Some("hôm qua" | "ngày hôm qua" | "qua") => Reading::Fixed {
            point: Point::Minute(add_days(r, -1)?, clock),
            relative: true,
        },
        Some("hôm sau" | "ngày hôm sau") => Reading::DayAfter {
            days: 1,
            clock: Some(clock),
        },
        _ => Reading::DayAfter {
            days: 0,
            clock: Some(clock),
        },
    };
    Some(Read {
        reading,
        start: Some(start),
        end: None,
    })
}

fn same_day(caps: &Captures<'_>, _scan: &Scan<'_>) -> Option<Read> {
    let anchor = folded(text(caps, "anchor")?);
    let days = if anchor.ends_with("sau") {
        1
    } else if anchor.ends_with("trước đó") {
        -1
    } else {
        0
    };
    Read::new(Reading::DayAfter { days, clock: None })
}

fn unit_after(caps: &Captures<'_>, scan: &Scan<'_>) -> Option<Read> {
    if after_number(scan.key(), caps.get(0)?.start()) {
        return None;
    }
    let n = if text(caps, "dir")?.to_lowercase() == "sau" {
        1
    } else {
        -1
    };
    match text(caps, "unit")?.to_lowercase().as_str() {
        "tháng" => Read::new(Reading::MonthAfter(n)),
        _ => Read::new(Reading::YearAfter(n)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::rule::compile;

    #[test]
    fn every_rule_compiles() {
        for rule in RULES {
            compile(rule.pattern);
        }
        let triggers = super::super::MATCHER.compile_all();
        assert_eq!(triggers.iter().flatten().count(), TRIGGERS.len());
    }

    #[test]
    fn every_time_word_is_read_by_the_relative_rule() {
        let re = RULES
            .iter()
            .find(|r| r.name.starts_with("hôm qua"))
            .map(|r| compile(&format!(r"\A(?:{})\z", r.pattern)));
        let re = re.expect("the relative rule exists");
        assert!(TIME_WORDS.len() > 50);
        for phrase in TIME_WORDS.keys() {
            assert!(re.is_match(phrase), "{phrase}");
        }
    }
}
