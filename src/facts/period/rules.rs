//! The period rules.
//!
//! Two kinds: forms with their own shape (`giai đoạn 2014-2023`, `10 năm qua`, `6-1973/6-2013`),
//! which are rows of [`RULES`]; and `từ … đến …` built from two dates, which reads each end with
//! the date rules ([`crate::facts::date::dated_at`]) so that every date form is also a period end.

use std::sync::LazyLock;

use jiff::civil::Date;
use regex::{Captures, Regex};

use super::PeriodValue;
use crate::facts::date::calendar::{Point, add_days, add_months, iso_day, plausible_year};
use crate::facts::date::matcher::{Matcher, boundaries};
use crate::facts::date::rules::word_before;
use crate::facts::date::sequence::Dated;
use crate::facts::date::{self, Grain};
use crate::facts::rule::{Rule, compile};
use crate::facts::{Candidate, Scan, Value, numeral};

/// A period read by a rule: its value and the byte where the fact starts, when the match began
/// with context that is not part of it (`Trong 10 năm qua` → `10 năm qua`).
#[derive(Debug, Clone)]
pub(crate) struct Read {
    value: PeriodValue,
    start: Option<usize>,
}

macro_rules! small_number {
    () => {
        r"(?:[0-9]{1,3}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười(?:\s+(?:một|hai|ba|bốn|lăm|sáu|bảy|tám|chín))?|(?:hai|ba|bốn|năm|sáu|bảy|tám|chín)\s+mươi)"
    };
}

/// The periods with a shape of their own.
static RULES: &[Rule<Read>] = &[
    Rule {
        name: "giai đoạn (từ) Y-Y, năm học Y-Y",
        pattern: r"(?i)(?P<pre>(?:giai\s+đoạn|thời\s+kỳ|nhiệm\s+kỳ|năm\s+học|niên\s+khóa|niên\s+học|mùa\s+giải|mùa\s+vụ|niên\s+vụ|năm)\s+(?:từ\s+)?(?:năm\s+)?)?(?P<a>[0-9]{4})\s*(?:-|/|đến|tới)\s*(?:năm\s+)?(?P<b>[0-9]{4})",
        produce: years,
    },
    Rule {
        name: "(trong) N năm qua, 5 năm gần đây",
        pattern: concat!(
            r"(?i)(?:trong\s+(?:vòng\s+)?(?:suốt\s+)?)?(?P<span>(?P<n>",
            small_number!(),
            r")\s+)?(?P<unit>năm|tháng|tuần|ngày|thập\s+kỷ|thập\s+niên)\s+(?:qua|gần\s+đây|trở\s+lại\s+đây|vừa\s+qua|gần\s+nhất|vừa\s+rồi)"
        ),
        produce: units_past,
    },
    Rule {
        name: "M-Y/M-Y",
        pattern: r"(?P<m1>[0-9]{1,2})[-/.](?P<y1>[0-9]{4})\s*(?:-|/|đến|tới)\s*(?P<m2>[0-9]{1,2})[-/.](?P<y2>[0-9]{4})",
        produce: month_years,
    },
    Rule {
        name: "(từ) ngày D-D/M/Y",
        pattern: r"(?i)(?:từ\s+|(?:ngày|các ngày)\s+)(?P<d1>[0-9]{1,2})\s*-\s*(?P<d2>[0-9]{1,2})[/-](?P<m>[0-9]{1,2})(?:[/-](?P<y>[0-9]{4}))?",
        produce: day_range,
    },
    Rule {
        name: "N tháng đầu năm Y",
        pattern: r"(?i)(?P<n>[1-9]|1[01]|ba|chín|năm|bốn|bảy|tám|hai|mười|mười một)\s+tháng\s+đầu\s+năm(?:\s+(?P<y>[0-9]{4})|\s+(?P<rel>nay|ngoái|trước))?",
        produce: first_months,
    },
];

/// `N tháng đầu năm` runs only on texts with its `tháng đầu năm`, rare enough to spare the scan.
static MATCHER: LazyLock<Matcher<Read>> = LazyLock::new(|| {
    Matcher::new(RULES).with_trigger("N tháng đầu năm Y", r"(?i)tháng\s+đầu\s+năm")
});

/// Where `từ … đến …` periods start.
static FROM: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"(?i)(?:(?:giai\s+đoạn|thời\s+kỳ)\s+)?(?P<ke>kể\s+)?(?:bắt\s+đầu\s+)?từ\s+")
});

/// Between the two ends.
static TO: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)\A\s*(?:-|cho\s+đến|cho\s+tới|đến|tới)\s*"));

/// "Until now" as an end.
static NOW: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"(?i)\A(?:nay|hiện\s+nay|hiện\s+tại|bây\s+giờ|hôm\s+nay|thời\s+điểm\s+này)")
});

/// Starts that are not dates on their own: `đầu năm`, `đêm 20`, a bare year.
static LOOSE_START: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\A(?:(?P<year_start>đầu\s+năm(?:\s+nay)?)|(?P<month_start>đầu\s+tháng(?:\s+này)?)|(?P<bare_year>[0-9]{4})|(?:(?:rạng\s+sáng|sáng|trưa|chiều|tối|đêm|khuya|ngày)\s+)?(?P<day>[0-9]{1,2}))",
    )
});

/// Runs the period rules over a text.
pub(super) fn find(scan: &Scan<'_>, out: &mut Vec<Candidate>) {
    for f in MATCHER.all(scan) {
        let start = f.value.start.unwrap_or(f.start);
        out.push(Candidate::new(start, f.end, Value::Period(f.value.value)));
    }
    from_to(scan, out);
    date_pairs(scan, out);
}

fn int(caps: &Captures<'_>, name: &str) -> Option<i64> {
    caps.name(name)?.as_str().parse().ok()
}

fn reference(scan: &Scan<'_>) -> Date {
    scan.ctx.reference.date()
}

fn closed(from: String, to: String) -> Option<Read> {
    Some(Read {
        value: PeriodValue {
            from,
            to,
            open_end: false,
        },
        start: None,
    })
}

/// Words before a bare `1998-2005` that make it a number, not two years.
const NOT_YEARS_BEFORE: &[&str] = &[
    "số", "thoại", "đt", "tel", "fax", "hotline", "mã", "máy", "line", "hiệu", "kiểu", "model",
];

fn years(caps: &Captures<'_>, scan: &Scan<'_>) -> Option<Read> {
    let key = scan.key();
    let all = caps.get(0)?;
    if caps.name("pre").is_none() {
        let before = word_before(key, all.start());
        let mut after = key[all.end()..].chars();
        let glued = matches!(after.next(), Some('/' | '-' | '.'))
            && after.next().is_some_and(char::is_alphanumeric)
            || matches!(
                key[..all.start()].chars().next_back(),
                Some('/' | '-' | '.' | ',')
            );
        if glued || NOT_YEARS_BEFORE.contains(&before.as_str()) {
            return None;
        }
    }
    let a = plausible_year(int(caps, "a")?)?;
    let b = plausible_year(int(caps, "b")?)?;
    (a < b && b - a <= 200).then_some(())?;
    closed(a.to_string(), b.to_string())
}

fn units_past(caps: &Captures<'_>, scan: &Scan<'_>) -> Option<Read> {
    let unit = caps
        .name("unit")?
        .as_str()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    let n = match caps.name("n") {
        Some(n) => numeral::parse(n.as_str())? as i64,
        // `thập kỷ qua` alone is one decade; `năm qua`, `tháng qua` alone are dates or nothing.
        None if unit.starts_with("thập") => 1,
        None => return None,
    };
    if !(1..=200).contains(&n) {
        return None;
    }
    let r = reference(scan);
    let from = match unit.as_str() {
        "năm" => Point::Year(r.year() - n as i16),
        "thập kỷ" | "thập niên" => Point::Year(r.year() - 10 * n as i16),
        "tháng" => {
            let (y, m) = add_months(r.year(), r.month(), -n)?;
            Point::Month(y, m)
        }
        "tuần" => Point::Day(add_days(r, -7 * n)?),
        _ => Point::Day(add_days(r, -n)?),
    };
    let span = caps.name("span").or_else(|| caps.name("unit"))?.start();
    Some(Read {
        value: PeriodValue {
            from: from.value(false, true).date,
            to: iso_day(r),
            open_end: true,
        },
        start: Some(span),
    })
}

fn month_years(caps: &Captures<'_>, _scan: &Scan<'_>) -> Option<Read> {
    let (m1, m2) = (int(caps, "m1")? as i8, int(caps, "m2")? as i8);
    let y1 = plausible_year(int(caps, "y1")?)?;
    let y2 = plausible_year(int(caps, "y2")?)?;
    if !(1..=12).contains(&m1) || !(1..=12).contains(&m2) || (y1, m1) >= (y2, m2) {
        return None;
    }
    closed(
        Point::Month(y1, m1).value(false, false).date,
        Point::Month(y2, m2).value(false, false).date,
    )
}

fn day_range(caps: &Captures<'_>, scan: &Scan<'_>) -> Option<Read> {
    let (d1, d2, m) = (
        int(caps, "d1")? as i8,
        int(caps, "d2")? as i8,
        int(caps, "m")? as i8,
    );
    let last = match int(caps, "y") {
        Some(y) => Date::new(plausible_year(y)?, m, d2).ok()?,
        None => date::calendar::nearest_day(m, d2, reference(scan))?,
    };
    let first = Date::new(last.year(), m, d1).ok()?;
    (first < last).then_some(())?;
    closed(iso_day(first), iso_day(last))
}

fn first_months(caps: &Captures<'_>, scan: &Scan<'_>) -> Option<Read> {
    let n = numeral::parse(caps.name("n")?.as_str())? as i8;
    // Six months are a half year, a date (`2023-H1`).
    if n == 6 || !(1..=11).contains(&n) {
        return None;
    }
    let r = reference(scan);
    let y = match (
        int(caps, "y"),
        caps.name("rel").map(|m| m.as_str().to_lowercase()),
    ) {
        (Some(y), _) => plausible_year(y)?,
        (None, Some(rel)) if rel == "nay" => r.year(),
        (None, Some(_)) => r.year() - 1,
        (None, None) => r.year(),
    };
    closed(
        Point::Month(y, 1).value(false, false).date,
        Point::Month(y, n).value(false, false).date,
    )
}

/// One end of a period as read: a settled date, or a piece that the other end completes.
#[derive(Debug, Clone, Copy)]
enum End {
    Dated(Dated),
    /// `đêm 20`: a day of the month that the other end names.
    Day(i8),
    /// `đầu năm`, `đầu tháng`, `nay`: read against the reference.
    Fixed(Point),
    Now,
}

/// `(kể) từ A đến B`, `từ A đến nay`, `kể từ A`.
fn from_to(scan: &Scan<'_>, out: &mut Vec<Candidate>) {
    let key = scan.key();
    for caps in FROM.captures_iter(key) {
        let Some(m) = caps.get(0) else { continue };
        if !boundaries(key, m.start(), m.start() + m.as_str().trim_end().len()) {
            continue;
        }
        let Some((a_end, a)) = start_at(scan, m.end()) else {
            continue;
        };
        let joined = TO.find(&key[a_end..]).map(|t| a_end + t.end());
        let b = joined.and_then(|at| end_at(scan, at, a));
        let (end, value) = match b {
            Some((b_end, b)) => match join(scan, a, b) {
                Some(v) => (b_end, v),
                None => continue,
            },
            // `kể từ ngày 6/6` before that day: from then on, not a period until now.
            None if starts_after_reference(scan, a) => continue,
            // `kể từ năm 1979`: since then, until now.
            None if caps.name("ke").is_some() => match join(scan, a, End::Now) {
                Some(v) => (a_end, v),
                None => continue,
            },
            None => continue,
        };
        out.push(Candidate::new(m.start(), end, Value::Period(value)));
    }
}

/// Whether a start read as written (its year, if guessed, the nearest) lies after the reference.
fn starts_after_reference(scan: &Scan<'_>, a: End) -> bool {
    matches!(a, End::Dated(d) if d.point.first_day().is_some_and(|f| f > reference(scan)))
}

fn start_at(scan: &Scan<'_>, at: usize) -> Option<(usize, End)> {
    if let Some(d) = date::dated_at(scan, at) {
        return Some((d.end, End::Dated(d)));
    }
    let caps = LOOSE_START.captures(&scan.key()[at..])?;
    let end = at + caps.get(0)?.end();
    if !boundaries(scan.key(), at, end) {
        return None;
    }
    let r = reference(scan);
    let piece = if caps.name("year_start").is_some() {
        End::Fixed(Point::Year(r.year()))
    } else if caps.name("month_start").is_some() {
        End::Fixed(Point::Month(r.year(), r.month()))
    } else if let Some(y) = caps.name("bare_year") {
        End::Fixed(Point::Year(plausible_year(y.as_str().parse().ok()?)?))
    } else {
        End::Day(caps.name("day")?.as_str().parse().ok()?)
    };
    Some((end, piece))
}

fn end_at(scan: &Scan<'_>, at: usize, start: End) -> Option<(usize, End)> {
    let key = scan.key();
    if let Some(m) = NOW.find(&key[at..])
        && boundaries(key, at, at + m.end())
    {
        return Some((at + m.end(), End::Now));
    }
    if let Some((end, read)) = MATCHER.at(scan, at)
        && read.start.is_none()
        && let [from, to] = [&read.value.from, &read.value.to]
        && from.len() == 7
        && to.len() == 7
    {
        // `đến 5 tháng đầu năm nay`: until the last of those months.
        let (y, m) = (to[..4].parse().ok()?, to[5..].parse().ok()?);
        return Some((end, End::Fixed(Point::Month(y, m))));
    }
    if let Some(d) = date::dated_at(scan, at) {
        return Some((d.end, End::Dated(d)));
    }
    // `Từ năm 1967 đến 1973`: a bare year after a year.
    let year_start = match start {
        End::Dated(d) => matches!(d.point, Point::Year(_)),
        End::Fixed(p) => matches!(p, Point::Year(_)),
        _ => false,
    };
    let digits: String = key[at..].chars().take_while(char::is_ascii_digit).collect();
    if year_start && digits.len() == 4 && boundaries(key, at, at + 4) {
        let y = plausible_year(digits.parse().ok()?)?;
        return Some((at + 4, End::Fixed(Point::Year(y))));
    }
    None
}

/// The period between two ends, completing a partial start from the end.
fn join(scan: &Scan<'_>, a: End, b: End) -> Option<PeriodValue> {
    let r = reference(scan);
    let (to_point, open_end) = match b {
        End::Now => (Point::Day(r), true),
        End::Dated(d) => (d.point, false),
        End::Fixed(p) => (p, false),
        End::Day(_) => return None,
    };
    let from_point = match a {
        End::Dated(d) if d.year_inferred => complete(d.point, to_point)?,
        End::Dated(d) => d.point,
        End::Fixed(p) => p,
        End::Day(day) => {
            let last = to_point.first_day()?;
            let mut first = Date::new(last.year(), last.month(), day).ok()?;
            if first > last {
                first = first.checked_sub(jiff::Span::new().months(1)).ok()?;
            }
            Point::Day(first)
        }
        End::Now => return None,
    };
    let (f, t) = (from_point.first_day()?, to_point.first_day()?);
    if f > t {
        return None;
    }
    let to = if open_end {
        iso_day(r)
    } else {
        to_point.value(false, false).date
    };
    Some(PeriodValue {
        from: from_point.value(false, false).date,
        to,
        open_end,
    })
}

/// A start whose year was guessed takes the end's year (the year before, if it would come after).
fn complete(start: Point, end: Point) -> Option<Point> {
    let last = end.first_day()?;
    let in_year = |y: i16| -> Option<Point> {
        Some(match start {
            Point::Day(d) => Point::Day(Date::new(y, d.month(), d.day()).ok()?),
            Point::Minute(d, c) => Point::Minute(Date::new(y, d.month(), d.day()).ok()?, c),
            Point::Month(_, m) => Point::Month(y, m),
            other => other,
        })
    };
    let same = in_year(last.year())?;
    if same.first_day()? <= last {
        Some(same)
    } else {
        in_year(last.year() - 1)
    }
}

/// Two dates joined by a dash or `đến` without `từ`: `ngày 1/1 - 31/3/2023`, `tháng 5 đến tháng 7`.
fn date_pairs(scan: &Scan<'_>, out: &mut Vec<Candidate>) {
    let key = scan.key();
    let dates = date::dates(scan);
    for pair in dates.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let between = &key[a.end..b.start];
        if TO.find(between).is_none_or(|m| m.end() != between.len()) {
            continue;
        }
        let grain = |d: &Dated| d.point.value(false, false).grain;
        let same = grain(&a) == grain(&b) && !matches!(grain(&a), Grain::Week);
        if a.relative || b.relative || !same {
            continue;
        }
        if let Some(v) = join(scan, End::Dated(a), End::Dated(b)) {
            out.push(Candidate::new(a.start, b.end, Value::Period(v)));
        }
    }
}
