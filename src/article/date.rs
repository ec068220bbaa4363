//! Publication times as pages write them: ISO 8601 in metadata, and Vietnamese date lines in
//! the visible byline (`18:20, 24/05/2023`, `Thứ Tư, 24/05/2023 - 18:20`,
//! `24/05/2023 18:20 (GMT+7)`, `Cập nhật thứ sáu, ngày 30/11/12 04:00 chiều`).
//!
//! A time without an offset is local time in Vietnam (+07:00), which is what Vietnamese pages
//! mean when they give none.

use std::sync::LazyLock;

use jiff::civil::{Date, DateTime, Time};
use jiff::tz::Offset;
use regex::Regex;

use super::PageTime;

/// A date read from a visible date line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct LineDate {
    /// The time (midnight when the line gives only a day).
    pub time: PageTime,
    /// Whether the line gave a time of day.
    pub has_time: bool,
    /// Whether the line says it is an update (`Cập nhật`, `Updated`).
    pub updated: bool,
}

#[allow(clippy::expect_used)] // fixed patterns; a typo fails every test at once
fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).expect("date patterns compile")
}

static ISO: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?",
    )
});

static DMY: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"(?:^|[^\d/.-])(\d{1,2})\s?([/.-])\s?(\d{1,2})\s?[/.-]\s?(\d{4}|\d{2})(?:$|[^\d/])")
});

static WORDS: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*,)?\s+năm\s+(\d{4})"));

static TIME: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)(?:^|[^\d:+])(\d{1,2})\s?(?::|h)\s?(\d{2})(?::(\d{2}))?(?:\s*(am|pm|sa|ch|sáng|chiều|tối|trưa|đêm)\b)?",
    )
});

static OFFSET: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)(?:GMT|UTC)\s?([+-])\s?(\d{1,2})(?::?(\d{2}))?"));

static UPDATED: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)cập nhật|updated|last modified|sửa đổi"));

static ENGLISH: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)\b(?:published|posted|updated|on)\b"));

/// Parses an ISO 8601 date-time as metadata gives it (`2025-06-17T13:43:02+0700`).
///
/// Dates without a time read as midnight; times without an offset as Vietnam time.
pub(crate) fn parse_iso(s: &str) -> Option<PageTime> {
    let c = ISO.captures(s)?;
    let num = |i: usize| c.get(i).and_then(|m| m.as_str().parse::<i32>().ok());
    let date = make_date(num(1)?, num(2)?, num(3)?)?;
    let time = Time::new(
        num(4).unwrap_or(0) as i8,
        num(5).unwrap_or(0) as i8,
        num(6).unwrap_or(0) as i8,
        0,
    )
    .ok()?;
    let offset = match c.get(7).map(|m| m.as_str()) {
        None => super::vietnam_offset(),
        Some("Z") => Offset::UTC,
        Some(o) => parse_offset(o)?,
    };
    Some(PageTime {
        datetime: DateTime::from_parts(date, time),
        offset,
    })
}

fn parse_offset(o: &str) -> Option<Offset> {
    let sign = if o.starts_with('-') { -1 } else { 1 };
    let digits: String = o.chars().filter(char::is_ascii_digit).collect();
    let h: i32 = digits.get(..2)?.parse().ok()?;
    let m: i32 = digits.get(2..4).and_then(|s| s.parse().ok()).unwrap_or(0);
    Offset::from_seconds(sign * (h * 3600 + m * 60)).ok()
}

fn make_date(year: i32, month: i32, day: i32) -> Option<Date> {
    let year = match year {
        0..=69 => 2000 + year,
        70..=99 => 1900 + year,
        _ => year,
    };
    if !(1990..=2100).contains(&year) {
        return None;
    }
    Date::new(year as i16, month as i8, day as i8).ok()
}

/// Reads the first date of a visible date line, and the time of day written next to it.
pub(crate) fn parse_line(line: &str) -> Option<LineDate> {
    let (date, start, end) = find_date(line)?;
    let time = nearest_time(line, start, end);
    let offset = OFFSET
        .captures(line)
        .and_then(|c| {
            let sign = if &c[1] == "-" { -1 } else { 1 };
            let h: i32 = c[2].parse().ok()?;
            let m: i32 = c.get(3).and_then(|m| m.as_str().parse().ok()).unwrap_or(0);
            Offset::from_seconds(sign * (h * 3600 + m * 60)).ok()
        })
        .unwrap_or_else(super::vietnam_offset);
    Some(LineDate {
        time: PageTime {
            datetime: DateTime::from_parts(date, time.unwrap_or(Time::midnight())),
            offset,
        },
        has_time: time.is_some(),
        updated: UPDATED.is_match(line),
    })
}

/// The first day-month-year in the line, with its byte span.
fn find_date(line: &str) -> Option<(Date, usize, usize)> {
    // Both patterns need a separator (`/`, `.`, `-`) or the word `ngày`; most short texts with
    // digits have neither, and the regexes cost far more than this look.
    let separated = line.bytes().any(|b| matches!(b, b'/' | b'.' | b'-'));
    if !separated && !["ày", "àY", "Ày", "ÀY"].iter().any(|w| line.contains(w)) {
        return None;
    }
    if let Some(c) = WORDS.captures(line) {
        let whole = c.get(0)?;
        let n = |i: usize| c[i].parse::<i32>().ok();
        if let Some(d) = make_date(n(3)?, n(2)?, n(1)?) {
            return Some((d, whole.start(), whole.end()));
        }
    }
    for c in DMY.captures_iter(line) {
        let (a, b, y) = (
            c[1].parse::<i32>().ok()?,
            c[3].parse::<i32>().ok()?,
            c[4].parse::<i32>().ok()?,
        );
        // Vietnamese pages write day first; an English line (`Published on 03-08-2011`)
        // follows the US order when the numbers allow both.
        let month_first = a <= 12 && b <= 12 && is_english(line);
        let (day, month) = if month_first || a > 31 {
            (b, a)
        } else {
            (a, b)
        };
        if let Some(d) = make_date(y, month, day) {
            return Some((d, c.get(1)?.start(), c.get(4)?.end()));
        }
    }
    None
}

fn is_english(line: &str) -> bool {
    ENGLISH.is_match(line)
        && !line
            .chars()
            .any(|c| matches!(c, 'đ' | 'ư' | 'ơ' | 'ă' | 'Đ'))
}

/// The time of day closest to the date, within a few words of it.
fn nearest_time(line: &str, start: usize, end: usize) -> Option<Time> {
    let mut best: Option<(usize, Time)> = None;
    for c in TIME.captures_iter(line) {
        // The span from the hour to the minutes (or the marker), without the guard character.
        let (m_start, m_end) = (c.get(1)?.start(), c.get(4).or(c.get(3)).or(c.get(2))?.end());
        if m_start < end && m_end > start {
            continue;
        }
        let gap = if m_start >= end {
            m_start - end
        } else {
            start.saturating_sub(m_end)
        };
        if gap > 40 {
            continue;
        }
        let mut hour: i32 = c[1].parse().ok()?;
        let minute: i32 = c[2].parse().ok()?;
        let second: i32 = c.get(3).and_then(|s| s.as_str().parse().ok()).unwrap_or(0);
        let marker = c.get(4).map(|m| m.as_str().to_lowercase());
        match marker.as_deref() {
            Some("pm" | "ch" | "chiều" | "tối" | "đêm") if hour < 12 => hour += 12,
            Some("am" | "sa" | "sáng") if hour == 12 => hour = 0,
            _ => {}
        }
        let Ok(t) = Time::new(hour as i8, minute as i8, second as i8, 0) else {
            continue;
        };
        if best.is_none_or(|(g, _)| gap < g) {
            best = Some((gap, t));
        }
    }
    best.map(|(_, t)| t)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(s: &str) -> String {
        parse_line(s).map_or("none".into(), |d| d.time.to_rfc3339())
    }

    #[test]
    fn vietnamese_date_lines() {
        assert_eq!(
            line("TUẤN HƯƠNG 18:20, 24/05/2023"),
            "2023-05-24T18:20:00+07:00"
        );
        assert_eq!(
            line("Thứ Tư, 24/05/2023 - 18:20"),
            "2023-05-24T18:20:00+07:00"
        );
        assert_eq!(
            line("24/05/2023 18:20 (GMT+7)"),
            "2023-05-24T18:20:00+07:00"
        );
        assert_eq!(
            line("Thứ sáu, 8/2/2019, 17:08 (GMT+7)"),
            "2019-02-08T17:08:00+07:00"
        );
        assert_eq!(line("15:20 PM | 21/12/2012"), "2012-12-21T15:20:00+07:00");
        assert_eq!(
            line("Cập nhật thứ sáu, ngày 30/11/12 04:00 chiều"),
            "2012-11-30T16:00:00+07:00"
        );
        assert_eq!(
            line("Thứ Hai, 24/12/2012, 03:04 AM (GMT+7)"),
            "2012-12-24T03:04:00+07:00"
        );
        assert_eq!(line("27/05/13 08:35 GMT+7"), "2013-05-27T08:35:00+07:00");
        assert_eq!(
            line("ngày 24 tháng 5 năm 2023"),
            "2023-05-24T00:00:00+07:00"
        );
        assert_eq!(
            line("Published on 03-08-2011  01:00 AM"),
            "2011-03-08T01:00:00+07:00"
        );
        assert_eq!(line("Số 100/2019/NĐ-CP"), "none");
        assert!(parse_line("Cập nhật: 24/05/2023 19:00").unwrap().updated);
    }

    #[test]
    fn iso_metadata() {
        let iso = |s: &str| parse_iso(s).map(|t| t.to_rfc3339());
        assert_eq!(
            iso("2025-06-17T13:43:02+0700").as_deref(),
            Some("2025-06-17T13:43:02+07:00")
        );
        assert_eq!(
            iso("2012-12-23T14:02+07:00").as_deref(),
            Some("2012-12-23T14:02:00+07:00")
        );
        assert_eq!(
            iso("2025-12-23T09:02:07.000+07:00").as_deref(),
            Some("2025-12-23T09:02:07+07:00")
        );
        assert_eq!(
            iso("2023-05-24").as_deref(),
            Some("2023-05-24T00:00:00+07:00")
        );
        assert_eq!(
            iso("2023-05-24T11:20:00Z").as_deref(),
            Some("2023-05-24T11:20:00+00:00")
        );
        assert_eq!(iso("1549628166"), None);
    }
}
