//! Settling the readings that depend on the text around them, in reading order.
//!
//! - A partial day (`tối 22-3`) takes the year that puts it nearest the reference date, except
//!   when it continues a story told with a full date a few weeks before it (`Tối ngày 19-3-2012
//!   … Đến tối 22-3` is 2012-03-22): then it keeps that year.
//! - Anaphoric dates (`chiều cùng ngày`, `hôm sau`, `tháng trước đó`, `năm sau đó`, a bare clock
//!   `23h30`) count from the last date named before them, not from the publication date (fact
//!   guide, "Anaphoric dates"); with no day named before them (`Hôm đó` opening a text) they
//!   point at nothing known and are dropped. A date right after a document number (`số 01 ngày 23/4/2012`) is
//!   that document's date, not the story's, and is not counted from.
//! - A relative day followed by the day itself in brackets (`hôm nay (31-5)`) is that day.

use jiff::civil::Date;

use super::calendar::{Point, add_days, add_months, days_between, nearest_day, nearest_month};
use super::rules::Reading;

/// A reading in the text: byte span in the key, what it says.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Placed {
    pub start: usize,
    pub end: usize,
    pub reading: Reading,
}

/// A settled date: byte span, point, and its flags.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Dated {
    pub start: usize,
    pub end: usize,
    pub point: Point,
    pub year_inferred: bool,
    pub relative: bool,
}

/// How far after a full date a partial day may lie and still continue its story, in days.
const STORY_DAYS: i64 = 62;

#[derive(Default)]
struct Story {
    /// The last day named (not a document's date), and whether its year was written.
    day: Option<(Date, bool)>,
    month: Option<(i16, i8)>,
    year: Option<i16>,
}

impl Story {
    fn tell(&mut self, point: Point, year_written: bool, document_date: bool) {
        if document_date {
            return;
        }
        if let Point::Minute(d, _) | Point::Day(d) = point {
            self.day = Some((d, year_written));
        }
        if let Some(d) = point.first_day()
            && !matches!(point, Point::Year(_) | Point::Decade(_) | Point::Week(_))
        {
            self.month = Some((d.year(), d.month()));
        }
        if !matches!(point, Point::Decade(_)) {
            self.year = Some(point.year());
        }
    }
}

/// Settles every reading, in order, against the reference and the dates before it.
pub(crate) fn settle(key: &str, placed: &[Placed], reference: Date) -> Vec<Dated> {
    let mut story = Story::default();
    let mut out: Vec<Dated> = Vec::with_capacity(placed.len());
    for p in placed {
        let Some((point, year_inferred, relative)) = settle_one(p.reading, &story, reference)
        else {
            continue;
        };
        let written = !year_inferred && !relative;
        story.tell(point, written, after_document_number(key, p.start));
        out.push(Dated {
            start: p.start,
            end: p.end,
            point,
            year_inferred,
            relative,
        });
    }
    bracketed_days(key, &mut out);
    out
}

fn settle_one(reading: Reading, story: &Story, reference: Date) -> Option<(Point, bool, bool)> {
    Some(match reading {
        Reading::Fixed { point, relative } => (point, false, relative),
        Reading::Partial { month, day, clock } => {
            let date = continued_story(story, month, day)
                .or_else(|| nearest_day(month, day, reference))?;
            let point = match clock {
                Some(c) => Point::Minute(date, c),
                None => Point::Day(date),
            };
            (point, true, false)
        }
        Reading::PartialMonth { month } => (
            Point::Month(nearest_month(month, reference), month),
            true,
            false,
        ),
        Reading::DayAfter { days, clock } => {
            // `hôm đó`, `hôm sau` with no day named before them point at nothing we know;
            // a bare clock (`23h30`) is on the publication day.
            let base = match (story.day, clock) {
                (Some((d, _)), _) => d,
                (None, Some(_)) => reference,
                (None, None) => return None,
            };
            let date = add_days(base, days)?;
            let point = match clock {
                Some(c) => Point::Minute(date, c),
                None => Point::Day(date),
            };
            (point, false, true)
        }
        Reading::MonthAfter(n) => {
            let (y, m) = story.month.unwrap_or((reference.year(), reference.month()));
            let (y, m) = add_months(y, m, n)?;
            (Point::Month(y, m), false, true)
        }
        Reading::YearAfter(n) => {
            let y = story.year.unwrap_or(reference.year());
            (Point::Year(y + n as i16), false, true)
        }
    })
}

/// The partial day in the year of the story's last written date, when it follows it closely.
fn continued_story(story: &Story, month: i8, day: i8) -> Option<Date> {
    let (last, written) = story.day?;
    if !written {
        return None;
    }
    let date = Date::new(last.year(), month, day).ok()?;
    (0..=STORY_DAYS)
        .contains(&days_between(last, date))
        .then_some(date)
}

/// Whether a date follows a document's number (`số 04 ngày 7/5/2012`, `NĐ-CP ngày …`).
fn after_document_number(key: &str, start: usize) -> bool {
    let head = key[..start].trim_end();
    let head = head
        .strip_suffix("ngày")
        .or_else(|| head.strip_suffix("Ngày"))
        .unwrap_or(head)
        .trim_end()
        .trim_end_matches(',')
        .trim_end();
    let word = head
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    word.chars().any(|c| c.is_ascii_digit()) || word.contains('/') || word.contains('-')
}

/// `ngày hôm nay (31-5)`, `hôm qua 28/5`: the relative day takes the value of the day after it.
fn bracketed_days(key: &str, dates: &mut [Dated]) {
    for i in 1..dates.len() {
        let (prev, next) = (dates[i - 1], dates[i]);
        let between = &key[prev.end..next.start];
        let is_day = |p: Point| matches!(p, Point::Day(_) | Point::Minute(..));
        if prev.relative
            && is_day(prev.point)
            && is_day(next.point)
            && (between.trim() == "(" && key[next.end..].starts_with(')')
                || between.trim().is_empty()
                || between.trim() == ",")
        {
            dates[i - 1].point = next.point;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn document_dates_are_recognized() {
        let key = "số 04 ngày 7/5/2012 và Sáng 28-5, tại";
        assert!(after_document_number(key, key.find("ngày").unwrap_or(0)));
        assert!(!after_document_number(key, key.find("Sáng").unwrap_or(0)));
    }
}
