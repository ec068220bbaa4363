//! Vietnamese numbers, shared by every quantity type: digits, number words and scale words.
//!
//! Vietnamese writes `35.000` for thirty-five thousand and `1,5` for one and a half; scale words
//! (`nghìn`/`ngàn`, `vạn`, `triệu`, `tỷ`/`tỉ`) multiply (`2,3 triệu`, `1 tỷ 200 triệu`); number words
//! follow their own rules (`hai mươi mốt` = 21, `mười lăm` = 15, `một trăm linh năm` = 105). This
//! module reads all of them; deciding whether a number is a count, a sum of money or a year is
//! left to the fact types.

use schemars::JsonSchema;
use serde::{Serialize, Serializer};

/// A regex fragment matching a number written in digits, with `.`/`,` grouping or decimals.
pub const DIGITS: &str = r"\d+(?:[.,]\d+)*";

/// A regex fragment matching a scale word.
pub const SCALE: &str = r"(?:nghìn|ngàn|vạn|triệu|tỷ|tỉ|trăm|chục)";

/// A regex fragment matching a run of number words (`hai mươi mốt`, `hàng trăm` is not one).
pub const WORDS: &str = r"(?:(?:không|một|mốt|hai|ba|bốn|tư|năm|lăm|nhăm|sáu|bảy|bẩy|tám|chín|mười|mươi|trăm|linh|lẻ|nghìn|ngàn|vạn|triệu|tỷ|tỉ)(?:\s+|$|\b))+";

/// A number as it appears in a value: written as an integer when it is one.
///
/// # Example
/// ```
/// use tinbai::facts::numeral::Amount;
/// assert_eq!(serde_json::to_string(&Amount(35000.0)).unwrap(), "35000");
/// assert_eq!(serde_json::to_string(&Amount(68.6)).unwrap(), "68.6");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, JsonSchema)]
#[schemars(transparent)]
pub struct Amount(pub f64);

impl Serialize for Amount {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let v = self.0;
        if v.fract() == 0.0 && v.abs() < 9.0e15 {
            s.serialize_i64(v as i64)
        } else {
            s.serialize_f64(v)
        }
    }
}

/// How exact a quantity is, from the word before it (fact guide, "count").
///
/// # Example
/// ```
/// use tinbai::facts::numeral::Qualifier;
/// assert_eq!(Qualifier::from_word("hơn"), Some(Qualifier::MoreThan));
/// assert_eq!(Qualifier::from_word("xấp xỉ"), Some(Qualifier::Nearly));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// No qualifier: `21 đối tượng`.
    Exact,
    /// `trên`, `hơn`, `vượt`.
    MoreThan,
    /// `ít nhất`, `tối thiểu`.
    AtLeast,
    /// `dưới`, `chưa đến`, `chưa tới`, `không đến`.
    LessThan,
    /// `tối đa`, `không quá`.
    AtMost,
    /// `gần`, `xấp xỉ`, `suýt`.
    Nearly,
    /// `khoảng`, `chừng`, `độ`, `ước`, `ước tính`, `trên dưới`.
    About,
    /// `hàng trăm`, `hàng nghìn`: an order of magnitude.
    OrderOf,
}

/// A regex fragment matching any qualifier word, longest forms first.
pub const QUALIFIERS: &str = r"(?:trên dưới|chưa đến|chưa tới|không đến|không tới|không quá|ít nhất|tối thiểu|tối đa|xấp xỉ|ước tính|ước chừng|khoảng chừng|vào khoảng|trên|hơn|vượt|dưới|gần|suýt|khoảng|chừng|độ|ước|hàng)";

impl Qualifier {
    /// The qualifier a word (lower or sentence case) expresses, if any.
    pub fn from_word(word: &str) -> Option<Qualifier> {
        let w = word.trim().to_lowercase();
        Some(match w.as_str() {
            "trên" | "hơn" | "vượt" => Qualifier::MoreThan,
            "ít nhất" | "tối thiểu" => Qualifier::AtLeast,
            "dưới" | "chưa đến" | "chưa tới" | "không đến" | "không tới" => {
                Qualifier::LessThan
            }
            "tối đa" | "không quá" => Qualifier::AtMost,
            "gần" | "xấp xỉ" | "suýt" => Qualifier::Nearly,
            "khoảng" | "chừng" | "độ" | "ước" | "ước tính" | "ước chừng" | "khoảng chừng"
            | "vào khoảng" | "trên dưới" => Qualifier::About,
            "hàng" => Qualifier::OrderOf,
            _ => return None,
        })
    }
}

/// Reads a number in digits, Vietnamese style (`35.000`, `1,5`, `1.234,5`), or English style
/// when the form says so unambiguously (`1,234,567`, `1,234.5`).
///
/// # Example
/// ```
/// use tinbai::facts::numeral::parse_digits;
/// assert_eq!(parse_digits("35.000"), Some(35000.0));
/// assert_eq!(parse_digits("68,6"), Some(68.6));
/// assert_eq!(parse_digits("1.5"), Some(1.5));
/// assert_eq!(parse_digits("1,234,567"), Some(1234567.0));
/// assert_eq!(parse_digits("abc"), None);
/// ```
pub fn parse_digits(s: &str) -> Option<f64> {
    let s = s.trim();
    if s.is_empty()
        || !s
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
    {
        return None;
    }
    let groups: Vec<&str> = s.split(['.', ',']).collect();
    if groups.iter().any(|g| g.is_empty()) {
        return None;
    }
    let seps: Vec<char> = s.chars().filter(|c| *c == '.' || *c == ',').collect();
    let (int_part, frac_part) = match seps.as_slice() {
        [] => (s.to_string(), String::new()),
        [_] if groups[1].len() == 3 && seps[0] == '.' => (groups.concat(), String::new()),
        [_] => (groups[0].to_string(), groups[1].to_string()),
        _ => split_grouped(&groups, &seps)?,
    };
    let text = if frac_part.is_empty() {
        int_part
    } else {
        format!("{int_part}.{frac_part}")
    };
    text.parse().ok()
}

/// Several separators: all but possibly the last are thousands separators of one kind.
fn split_grouped(groups: &[&str], seps: &[char]) -> Option<(String, String)> {
    let first = seps[0];
    let last = *seps.last()?;
    let n = groups.len();
    let inner_ok = groups[1..n - 1].iter().all(|g| g.len() == 3) && groups[0].len() <= 3;
    if !inner_ok || seps[..seps.len() - 1].iter().any(|c| *c != first) {
        return None;
    }
    if last == first {
        (groups[n - 1].len() == 3).then(|| (groups.concat(), String::new()))
    } else {
        Some((groups[..n - 1].concat(), groups[n - 1].to_string()))
    }
}

/// The value of a scale word: `nghìn` → 1000, `tỷ` → 1e9.
pub fn scale_value(word: &str) -> Option<f64> {
    Some(match word.to_lowercase().as_str() {
        "chục" => 10.0,
        "trăm" => 100.0,
        "nghìn" | "ngàn" | "k" => 1e3,
        "vạn" => 1e4,
        "triệu" => 1e6,
        "tỷ" | "tỉ" => 1e9,
        _ => return None,
    })
}

fn digit_word(word: &str) -> Option<f64> {
    Some(match word {
        "không" => 0.0,
        "một" | "mốt" => 1.0,
        "hai" => 2.0,
        "ba" => 3.0,
        "bốn" | "tư" => 4.0,
        "năm" | "lăm" | "nhăm" => 5.0,
        "sáu" => 6.0,
        "bảy" | "bẩy" => 7.0,
        "tám" => 8.0,
        "chín" => 9.0,
        _ => return None,
    })
}

/// Reads number words: `hai mươi mốt` → 21, `mười lăm` → 15, `một trăm linh năm` → 105,
/// `ba nghìn hai trăm` → 3200, `hai triệu rưỡi` is not read (None).
///
/// # Example
/// ```
/// use tinbai::facts::numeral::parse_words;
/// assert_eq!(parse_words("hai mươi mốt"), Some(21.0));
/// assert_eq!(parse_words("một trăm linh năm"), Some(105.0));
/// assert_eq!(parse_words("ba nghìn hai trăm"), Some(3200.0));
/// assert_eq!(parse_words("hai ba"), None);
/// ```
pub fn parse_words(s: &str) -> Option<f64> {
    let mut total = 0.0;
    let mut group = 0.0;
    let mut pending: Option<f64> = None;
    let mut any = false;
    for word in s.to_lowercase().split_whitespace() {
        any = true;
        if let Some(d) = digit_word(word) {
            if pending.is_some() {
                return None;
            }
            pending = Some(d);
            continue;
        }
        match word {
            "mười" => {
                if pending.is_some() {
                    return None;
                }
                group += 10.0;
            }
            "mươi" | "chục" => group += pending.take()? * 10.0,
            "trăm" => group += pending.take().unwrap_or(1.0) * 100.0,
            "linh" | "lẻ" => {}
            _ => {
                let scale = scale_value(word)?;
                let here = group + pending.take().unwrap_or(0.0);
                let here = if here == 0.0 && total == 0.0 {
                    1.0
                } else {
                    here
                };
                // `hai nghìn tỷ`: a bigger scale after a smaller one multiplies everything so far.
                total = if total > 0.0 && total < scale {
                    (total + here) * scale
                } else {
                    total + here * scale
                };
                group = 0.0;
            }
        }
    }
    any.then_some(total + group + pending.unwrap_or(0.0))
}

/// Reads a number with optional scale words: `2,3 triệu`, `1 tỷ 200 triệu`, `35 nghìn`,
/// `hai mươi mốt`, `35.000`.
///
/// # Example
/// ```
/// use tinbai::facts::numeral::parse;
/// assert_eq!(parse("2,3 triệu"), Some(2_300_000.0));
/// assert_eq!(parse("1 tỷ 200 triệu"), Some(1_200_000_000.0));
/// assert_eq!(parse("35.000"), Some(35_000.0));
/// assert_eq!(parse("mười lăm"), Some(15.0));
/// ```
pub fn parse(s: &str) -> Option<f64> {
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.is_empty() {
        return None;
    }
    if parse_digits(words[0]).is_none() {
        return parse_words(s);
    }
    let mut total = 0.0;
    let mut i = 0;
    while i < words.len() {
        let n = parse_digits(words[i])?;
        let mut value = n;
        i += 1;
        while i < words.len() {
            match scale_value(words[i]) {
                Some(scale) => value *= scale,
                None => break,
            }
            i += 1;
        }
        total += value;
    }
    Some(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_vietnamese_and_english_styles() {
        let cases = [
            ("35.000", Some(35000.0)),
            ("1.234.567", Some(1234567.0)),
            ("1,5", Some(1.5)),
            ("1.234,5", Some(1234.5)),
            ("1,234.5", Some(1234.5)),
            ("2014", Some(2014.0)),
            ("1..2", None),
            ("1.2.3", None),
            ("", None),
        ];
        for (s, want) in cases {
            assert_eq!(parse_digits(s), want, "{s}");
        }
    }

    #[test]
    fn words() {
        let cases = [
            ("mười", 10.0),
            ("mười lăm", 15.0),
            ("hai mươi", 20.0),
            ("hai mươi tư", 24.0),
            ("chín mươi chín", 99.0),
            ("một trăm", 100.0),
            ("hai trăm lẻ năm", 205.0),
            ("một nghìn", 1000.0),
            ("hai nghìn không trăm mười ba", 2013.0),
            ("ba triệu", 3e6),
            ("hai nghìn tỷ", 2e12),
            ("năm", 5.0),
        ];
        for (s, want) in cases {
            assert_eq!(parse_words(s), Some(want), "{s}");
        }
    }

    #[test]
    fn scaled_digits() {
        assert_eq!(parse("1,5 tỷ"), Some(1.5e9));
        assert_eq!(parse("200 triệu"), Some(2e8));
        assert_eq!(parse("50 nghìn"), Some(5e4));
        assert_eq!(parse("1 tỷ 200 triệu"), Some(1.2e9));
    }
}
