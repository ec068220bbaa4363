//! The Vietnamese lunar calendar (âm lịch), for dates such as `mùng 10 tháng Giêng` and
//! `rằm tháng Bảy`: lunar day and month to the solar date, in the UTC+7 time zone.
//!
//! The computation is the standard astronomical one (new moons and the sun's longitude, after
//! Jean Meeus, "Astronomical Algorithms", 1998), as published for the Vietnamese calendar by
//! Hồ Ngọc Đức; it is exact for the years news write about (1900–2100).

use std::f64::consts::PI;

use jiff::civil::Date;

/// Vietnam's time zone, in hours east of UTC: the calendar is defined for it.
const TIME_ZONE: f64 = 7.0;

/// Julian day number of a Gregorian date.
fn julian_day(date: Date) -> i64 {
    let (d, m, y) = (
        i64::from(date.day()),
        i64::from(date.month()),
        i64::from(date.year()),
    );
    let a = (14 - m) / 12;
    let y = y + 4800 - a;
    let m = m + 12 * a - 3;
    d + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045
}

/// Gregorian date of a Julian day number.
fn from_julian_day(jd: i64) -> Option<Date> {
    let a = jd + 32044;
    let b = (4 * a + 3) / 146097;
    let c = a - b * 146097 / 4;
    let d = (4 * c + 3) / 1461;
    let e = c - 1461 * d / 4;
    let m = (5 * e + 2) / 153;
    let day = e - (153 * m + 2) / 5 + 1;
    let month = m + 3 - 12 * (m / 10);
    let year = b * 100 + d - 4800 + m / 10;
    Date::new(i16::try_from(year).ok()?, month as i8, day as i8).ok()
}

/// Julian day (local) of the `k`-th new moon after 1900-01-01.
fn new_moon_day(k: i64) -> i64 {
    let k = k as f64;
    let t = k / 1236.85;
    let (t2, t3) = (t * t, t * t * t);
    let dr = PI / 180.0;
    let mut jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
    jd1 += 0.00033 * ((166.56 + 132.87 * t - 0.009173 * t2) * dr).sin();
    let m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
    let mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
    let f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
    let mut c1 = (0.1734 - 0.000393 * t) * (m * dr).sin() + 0.0021 * (2.0 * dr * m).sin();
    c1 = c1 - 0.4068 * (mpr * dr).sin() + 0.0161 * (dr * 2.0 * mpr).sin();
    c1 -= 0.0004 * (dr * 3.0 * mpr).sin();
    c1 = c1 + 0.0104 * (dr * 2.0 * f).sin() - 0.0051 * (dr * (m + mpr)).sin();
    c1 = c1 - 0.0074 * (dr * (m - mpr)).sin() + 0.0004 * (dr * (2.0 * f + m)).sin();
    c1 = c1 - 0.0004 * (dr * (2.0 * f - m)).sin() - 0.0006 * (dr * (2.0 * f + mpr)).sin();
    c1 = c1 + 0.0010 * (dr * (2.0 * f - mpr)).sin() + 0.0005 * (dr * (2.0 * mpr + m)).sin();
    let deltat = if t < -11.0 {
        0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
    } else {
        -0.000278 + 0.000265 * t + 0.000262 * t2
    };
    let jd_new = jd1 + c1 - deltat;
    (jd_new + 0.5 + TIME_ZONE / 24.0).floor() as i64
}

/// The sun's longitude at the start of a (local) Julian day, in twelfths of the circle (0–11).
fn sun_longitude(jdn: i64) -> i64 {
    let t = (jdn as f64 - 2451545.5 - TIME_ZONE / 24.0) / 36525.0;
    let t2 = t * t;
    let dr = PI / 180.0;
    let m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
    let l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
    let mut dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * (dr * m).sin();
    dl += (0.019993 - 0.000101 * t) * (dr * 2.0 * m).sin() + 0.000290 * (dr * 3.0 * m).sin();
    let l = (l0 + dl) * dr;
    let l = l - PI * 2.0 * (l / (PI * 2.0)).floor();
    (l / PI * 6.0).floor() as i64
}

/// Julian day of the start of the lunar month that holds the winter solstice of `year`.
fn month11(year: i64) -> Option<i64> {
    let off = julian_day(Date::new(i16::try_from(year).ok()?, 12, 31).ok()?) - 2415021;
    let k = (off as f64 / 29.530588853).floor() as i64;
    let nm = new_moon_day(k);
    Some(if sun_longitude(nm) >= 9 {
        new_moon_day(k - 1)
    } else {
        nm
    })
}

/// Which month after month 11 is the leap month, in a year that has one.
fn leap_month_offset(a11: i64) -> i64 {
    let k = ((a11 as f64 - 2415021.076998695) / 29.530588853 + 0.5).floor() as i64;
    let mut last;
    let mut i = 1;
    let mut arc = sun_longitude(new_moon_day(k + i));
    loop {
        last = arc;
        i += 1;
        arc = sun_longitude(new_moon_day(k + i));
        if arc == last || i >= 14 {
            break;
        }
    }
    i - 1
}

/// The solar date of lunar day `day` of lunar month `month` (not the leap one) of lunar year
/// `year`.
///
/// Lunar month 1 of lunar year Y begins in January or February of solar year Y.
pub(crate) fn to_solar(day: i8, month: i8, year: i16) -> Option<Date> {
    if !(1..=30).contains(&day) || !(1..=12).contains(&month) {
        return None;
    }
    let (a11, b11) = if month < 11 {
        (month11(i64::from(year) - 1)?, month11(i64::from(year))?)
    } else {
        (month11(i64::from(year))?, month11(i64::from(year) + 1)?)
    };
    let k = (0.5 + (a11 as f64 - 2415021.076998695) / 29.530588853).floor() as i64;
    let mut off = i64::from(month) - 11;
    if off < 0 {
        off += 12;
    }
    // A year of 13 months: months from the leap one on start one new moon later.
    if b11 - a11 > 365 && off >= leap_month_offset(a11) {
        off += 1;
    }
    let month_start = new_moon_day(k + off);
    from_julian_day(month_start + i64::from(day) - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i16, m: i8, day: i8) -> Date {
        Date::new(y, m, day).unwrap()
    }

    #[test]
    fn known_new_years_and_festivals() {
        // Tết Nguyên đán of several years, and two full moons.
        assert_eq!(to_solar(1, 1, 2013), Some(d(2013, 2, 10)));
        assert_eq!(to_solar(1, 1, 2021), Some(d(2021, 2, 12)));
        assert_eq!(to_solar(10, 1, 2021), Some(d(2021, 2, 21)));
        assert_eq!(to_solar(1, 1, 2023), Some(d(2023, 1, 22)));
        assert_eq!(to_solar(15, 8, 2023), Some(d(2023, 9, 29)));
        assert_eq!(to_solar(1, 1, 2024), Some(d(2024, 2, 10)));
        assert_eq!(to_solar(23, 12, 2023), Some(d(2024, 2, 2)));
    }

    #[test]
    fn julian_days_round_trip() {
        let day = d(2023, 5, 24);
        assert_eq!(from_julian_day(julian_day(day)), Some(day));
    }
}
