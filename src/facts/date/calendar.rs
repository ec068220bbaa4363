//! Calendar arithmetic for dates read from text: ISO forms of every grain, the year nearest the
//! reference, shifts by days, weeks, months and years, and clock times.
//!
//! Everything here is pure: the rules decide what a phrase means, this module only computes.

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

use super::{DateValue, Grain};

/// A clock time read next to a date: `18:20`, `18h20`, `3 giờ chiều`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Clock {
    pub hour: i8,
    pub minute: i8,
}

/// A point in time at some grain, before it is written out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Point {
    Minute(Date, Clock),
    Day(Date),
    Week(Date),
    Month(i16, i8),
    Quarter(i16, i8),
    Half(i16, i8),
    Year(i16),
    /// The first year of the decade: 1990 for the 1990s.
    Decade(i16),
}

impl Point {
    /// The value of this point with the given flags.
    pub(crate) fn value(self, year_inferred: bool, relative: bool) -> DateValue {
        let (date, grain) = match self {
            Point::Minute(d, c) => (
                format!("{}T{:02}:{:02}", iso_day(d), c.hour, c.minute),
                Grain::Minute,
            ),
            Point::Day(d) => (iso_day(d), Grain::Day),
            Point::Week(d) => {
                let w = d.iso_week_date();
                (
                    format!("{:04}-W{:02}", w.year(), w.week()),
                    Grain::Week,
                )
            }
            Point::Month(y, m) => (format!("{y:04}-{m:02}"), Grain::Month),
            Point::Quarter(y, q) => (format!("{y:04}-Q{q}"), Grain::Quarter),
            Point::Half(y, h) => (format!("{y:04}-H{h}"), Grain::Half),
            Point::Year(y) => (format!("{y:04}"), Grain::Year),
            Point::Decade(y) => (format!("{:03}X", y / 10), Grain::Decade),
        };
        DateValue {
            date,
            grain,
            year_inferred,
            relative,
        }
    }

    /// The day this point starts on (for ordering and for anaphora).
    pub(crate) fn first_day(self) -> Option<Date> {
        match self {
            Point::Minute(d, _) | Point::Day(d) | Point::Week(d) => Some(d),
            Point::Month(y, m) => Date::new(y, m, 1).ok(),
            Point::Quarter(y, q) => Date::new(y, (q - 1) * 3 + 1, 1).ok(),
            Point::Half(y, h) => Date::new(y, (h - 1) * 6 + 1, 1).ok(),
            Point::Year(y) | Point::Decade(y) => Date::new(y, 1, 1).ok(),
        }
    }

    /// The year this point lies in.
    pub(crate) fn year(self) -> i16 {
        match self {
            Point::Minute(d, _) | Point::Day(d) | Point::Week(d) => d.year(),
            Point::Month(y, _)
            | Point::Quarter(y, _)
            | Point::Half(y, _)
            | Point::Year(y)
            | Point::Decade(y) => y,
        }
    }
}

/// `2023-05-24`.
pub(crate) fn iso_day(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// The plausible range of written years: older ones are page numbers or amounts.
pub(crate) fn plausible_year(y: i64) -> Option<i16> {
    (1000..=2199).contains(&y).then_some(y as i16)
}

/// A two-digit year (`27/05/13`): the century that puts it nearest the reference year.
pub(crate) fn expand_year(yy: i64, reference: Date) -> i16 {
    let r = i64::from(reference.year());
    let base = r - r.rem_euclid(100);
    let cands = [base - 100 + yy, base + yy, base + 100 + yy];
    let best = cands
        .into_iter()
        .min_by_key(|c| (c - r).abs())
        .unwrap_or(base + yy);
    best as i16
}

/// The day `day`/`month` in the year that puts it nearest the reference date.
pub(crate) fn nearest_day(month: i8, day: i8, reference: Date) -> Option<Date> {
    let y = reference.year();
    [y - 1, y, y + 1]
        .into_iter()
        .filter_map(|y| Date::new(y, month, day).ok())
        .min_by_key(|d| days_between(reference, *d).abs())
}

/// The month `month` in the year that puts it nearest the reference month.
pub(crate) fn nearest_month(month: i8, reference: Date) -> i16 {
    let r = i32::from(reference.year()) * 12 + i32::from(reference.month()) - 1;
    let y = reference.year();
    [y - 1, y, y + 1]
        .into_iter()
        .min_by_key(|y| (i32::from(*y) * 12 + i32::from(month) - 1 - r).abs())
        .unwrap_or(y)
}

/// Signed number of days from `a` to `b`.
pub(crate) fn days_between(a: Date, b: Date) -> i64 {
    a.until(b).map(|s| i64::from(s.get_days())).unwrap_or(i64::MAX)
}

/// `date` moved by `n` days.
pub(crate) fn add_days(date: Date, n: i64) -> Option<Date> {
    date.checked_add(n.days()).ok()
}

/// The month `n` months after (`n` < 0: before) `year`-`month`.
pub(crate) fn add_months(year: i16, month: i8, n: i64) -> Option<(i16, i8)> {
    let total = i64::from(year) * 12 + i64::from(month) - 1 + n;
    let y = total.div_euclid(12);
    let m = total.rem_euclid(12) + 1;
    Some((i16::try_from(y).ok()?, m as i8))
}

/// The weekday (1 = Monday … 7 = Sunday) in the ISO week `weeks` weeks after the reference's.
pub(crate) fn weekday_in_week(reference: Date, weekday: i8, weeks: i64) -> Option<Date> {
    let monday = reference.checked_sub(i64::from(reference.weekday().to_monday_one_offset() - 1).days());
    add_days(monday.ok()?, weeks * 7 + i64::from(weekday) - 1)
}

/// The most recent day with this weekday on or before (`strict`: before) the reference.
pub(crate) fn weekday_before(reference: Date, weekday: i8, strict: bool) -> Option<Date> {
    let today = reference.weekday().to_monday_one_offset();
    let mut back = i64::from((today - weekday).rem_euclid(7));
    if back == 0 && strict {
        back = 7;
    }
    add_days(reference, -back)
}

/// The next day with this weekday after the reference.
pub(crate) fn weekday_after(reference: Date, weekday: i8) -> Option<Date> {
    let today = reference.weekday().to_monday_one_offset();
    let mut ahead = i64::from((weekday - today).rem_euclid(7));
    if ahead == 0 {
        ahead = 7;
    }
    add_days(reference, ahead)
}

/// Number of a weekday from its Vietnamese name's second word: `Hai` → 1 (Monday), `Bảy` → 6.
pub(crate) fn weekday_number(word: &str) -> Option<i8> {
    Some(match word.to_lowercase().as_str() {
        "hai" | "2" => 1,
        "ba" | "3" => 2,
        "tư" | "4" => 3,
        "năm" | "5" => 4,
        "sáu" | "6" => 5,
        "bảy" | "7" => 6,
        "nhật" | "cn" => 7,
        _ => return None,
    })
}

/// Whether `Weekday` numbering agrees with ours (a guard for the arithmetic above).
#[allow(dead_code)]
fn monday_is_one() -> bool {
    Weekday::Monday.to_monday_one_offset() == 1
}

/// Reads a clock time: `18:20`, `18h20`, `18h`, `18g30`, `3 giờ`, `16 giờ 30 phút`, `9 giờ 15`;
/// a part of the day after it (`3 giờ chiều`) moves afternoon hours past noon.
pub(crate) fn parse_clock(s: &str, part: Option<&str>) -> Option<Clock> {
    let s = s.trim().to_lowercase();
    let digits: Vec<&str> = s
        .split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty())
        .collect();
    let hour: i8 = digits.first()?.parse().ok()?;
    let minute: i8 = match digits.get(1) {
        Some(m) => m.parse().ok()?,
        None => 0,
    };
    let hour = match part.map(str::to_lowercase).as_deref() {
        Some("chiều" | "tối" | "chiều tối" | "xế chiều") if hour < 12 => hour + 12,
        Some("trưa") if hour < 6 => hour + 12,
        Some("đêm" | "khuya") if (6..12).contains(&hour) => hour + 12,
        _ => hour,
    };
    ((0..=24).contains(&hour) && (0..60).contains(&minute)).then_some(Clock {
        hour: hour % 24,
        minute,
    })
}

/// Reads a Roman or Arabic quarter number: `I`, `IV`, `3`.
pub(crate) fn quarter_number(s: &str) -> Option<i8> {
    Some(match s.to_uppercase().as_str() {
        "I" | "1" => 1,
        "II" | "2" => 2,
        "III" | "3" => 3,
        "IV" | "4" => 4,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i16, m: i8, day: i8) -> Date {
        Date::new(y, m, day).unwrap_or_default()
    }

    #[test]
    fn nearest_year_goes_both_ways() {
        assert_eq!(nearest_day(5, 24, d(2023, 5, 24)), Some(d(2023, 5, 24)));
        assert_eq!(nearest_day(12, 22, d(2026, 1, 3)), Some(d(2025, 12, 22)));
        assert_eq!(nearest_day(1, 2, d(2025, 12, 23)), Some(d(2026, 1, 2)));
        assert_eq!(nearest_month(1, d(2013, 5, 30)), 2013);
        assert_eq!(nearest_month(1, d(2025, 12, 23)), 2026);
    }

    #[test]
    fn iso_forms() {
        assert_eq!(Point::Week(d(2013, 5, 27)).value(false, true).date, "2013-W22");
        assert_eq!(Point::Decade(1990).value(false, false).date, "199X");
        assert_eq!(Point::Half(2023, 1).value(false, false).date, "2023-H1");
        assert!(monday_is_one());
    }

    #[test]
    fn clocks() {
        let c = |s, p| parse_clock(s, p).map(|c| (c.hour, c.minute));
        assert_eq!(c("18:20", None), Some((18, 20)));
        assert_eq!(c("3 giờ", Some("chiều")), Some((15, 0)));
        assert_eq!(c("16 giờ 30 phút", None), Some((16, 30)));
        assert_eq!(c("25h", None), None);
        assert_eq!(c("11 giờ", Some("đêm")), Some((23, 0)));
    }

    #[test]
    fn weeks_and_weekdays() {
        let wed = d(2023, 5, 24);
        assert_eq!(weekday_in_week(wed, 1, -1), Some(d(2023, 5, 15)));
        assert_eq!(weekday_before(wed, 5, false), Some(d(2023, 5, 19)));
        assert_eq!(weekday_before(wed, 3, true), Some(d(2023, 5, 17)));
        assert_eq!(weekday_after(wed, 3), Some(d(2023, 5, 31)));
        assert_eq!(expand_year(13, wed), 2013);
        assert_eq!(add_months(2023, 1, -2), Some((2022, 11)));
    }
}
