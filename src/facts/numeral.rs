//! Vietnamese numbers, shared by every quantity type: digits, number words and scale words.
//!
//! Vietnamese writes `35.000` for thirty-five thousand and `1,5` for one and a half; scale words
//! (`nghìn`/`ngàn`, `vạn`, `triệu`, `tỷ`/`tỉ`) multiply (`2,3 triệu`, `1 tỷ 200 triệu`); number words
//! follow their own rules (`hai mươi mốt` = 21, `mười lăm` = 15, `một trăm linh năm` = 105,
//! `hai triệu rưỡi` = 2 500 000). This module reads all of them; deciding whether a number is a
//! count, a sum of money or a year is left to the fact types. [`quantity`] holds what the
//! quantity types share beyond the number: qualifiers, ranges and the context around a number.

pub mod quantity;

use schemars::JsonSchema;
use serde::{Serialize, Serializer};

/// A regex fragment matching a number written in digits, with `.`/`,` grouping or decimals.
pub const DIGITS: &str = r"\d+(?:[.,]\d+)*";

/// A regex fragment matching a scale word.
pub const SCALE: &str = r"(?:nghìn|ngàn|vạn|triệu|tỷ|tỉ|trăm|chục)";

/// A regex fragment matching a run of number words (`hai mươi mốt`, `hàng trăm` is not one).
///
/// Kept for callers that rely on its trailing space; [`SPELLED`] is the boundary-free form.
pub const WORDS: &str = r"(?:(?:không|một|mốt|hai|ba|bốn|tư|năm|lăm|nhăm|sáu|bảy|bẩy|tám|chín|mười|mươi|trăm|linh|lẻ|nghìn|ngàn|vạn|triệu|tỷ|tỉ)(?:\s+|$|\b))+";

/// A regex fragment matching a number in digits with its scale words: `35.000`, `2,3 triệu`,
/// `1 tỷ 200 triệu`, `10 nghìn tỷ`, `2 triệu rưỡi`. Words are separated by single spaces (the
/// matching key folds spaces), never by line breaks.
pub const NUMBER: &str = r"\d+(?:[.,]\d+)*(?: (?i:nghìn|ngàn|vạn|triệu|tỷ|tỉ))*(?: \d+(?:[.,]\d+)*(?: (?i:nghìn|ngàn|vạn|triệu|tỷ|tỉ))+)*(?: rưỡi)?";

/// A regex fragment matching a number in words, any case: `hai mươi mốt`, `Ba`, `mười lăm`,
/// `một trăm linh năm`, `hai triệu rưỡi`. It starts with a word that can start a number, so
/// `mươi` or `lăm` alone are not matched. Callers check that the last word ends a word.
pub const SPELLED: &str = r"(?i:(?:một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười|chục|trăm|nghìn|ngàn|vạn|triệu)(?: (?:không|một|mốt|hai|ba|bốn|tư|năm|lăm|nhăm|sáu|bảy|bẩy|tám|chín|mười|mươi|chục|trăm|linh|lẻ|nghìn|ngàn|vạn|triệu|tỷ|tỉ|rưỡi))*)";

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
/// assert_eq!(Qualifier::from_word("Hàng"), Some(Qualifier::OrderOf));
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
pub const QUALIFIERS: &str = r"(?:trên dưới|chưa đến|chưa tới|chưa đầy|không đến|không tới|không quá|không dưới|ít nhất|tối thiểu|tối đa|nhiều nhất|xấp xỉ|ước tính|ước chừng|khoảng chừng|vào khoảng|khoảng|trên|hơn|vượt|dưới|gần|ngót|suýt|chừng|tầm|độ|ước|hàng)";

impl Qualifier {
    /// The qualifier a word (lower or sentence case) expresses, if any.
    pub fn from_word(word: &str) -> Option<Qualifier> {
        let w = word.trim().to_lowercase();
        Some(match w.as_str() {
            "trên" | "hơn" | "vượt" => Qualifier::MoreThan,
            "ít nhất" | "tối thiểu" | "không dưới" => Qualifier::AtLeast,
            "dưới" | "chưa đến" | "chưa tới" | "chưa đầy" | "không đến" | "không tới" => {
                Qualifier::LessThan
            }
            "tối đa" | "không quá" | "nhiều nhất" => Qualifier::AtMost,
            "gần" | "xấp xỉ" | "suýt" | "ngót" => Qualifier::Nearly,
            "khoảng" | "chừng" | "độ" | "ước" | "ước tính" | "ước chừng" | "khoảng chừng"
            | "vào khoảng" | "trên dưới" | "tầm" => Qualifier::About,
            "hàng" => Qualifier::OrderOf,
            _ => return None,
        })
    }
}

/// Reads a number in digits, Vietnamese style (`35.000`, `1,5`, `1.234,5`), or English style
/// when the form says so unambiguously (`1,234,567`, `1,234.5`, `2.99`).
///
/// A single `.` followed by exactly three digits groups thousands (`35.000`); a single `,`
/// always marks decimals (`2,654` = 2.654, as Vietnamese writes grams).
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
        [_] if groups[1].len() == 3 && seps[0] == '.' && groups[0].len() <= 3 => {
            (groups.concat(), String::new())
        }
        [_] => (groups[0].to_string(), groups[1].to_string()),
        _ => split_grouped(&groups, &seps)?,
    };
    let text = if frac_part.is_empty() {
        int_part
    } else {
        format!("{int_part}.{frac_part}")
    };
    text.parse().ok().filter(|v: &f64| v.is_finite())
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
///
/// # Example
/// ```
/// use tinbai::facts::numeral::scale_value;
/// assert_eq!(scale_value("Triệu"), Some(1e6));
/// assert_eq!(scale_value("người"), None);
/// ```
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

/// The state of [`parse_words`] between words.
#[derive(Default)]
struct Spelled {
    /// Everything already multiplied by a scale of a thousand or more.
    total: f64,
    /// The hundreds, tens and units being read, below the next big scale.
    group: f64,
    /// A digit word waiting for what follows (`hai` before `mươi`, `trăm` or a scale).
    pending: Option<f64>,
    /// The last scale read (`trăm`, `nghìn`, …), for `rưỡi` and `một trăm hai` = 120.
    last_scale: Option<f64>,
    /// Whether a `linh`/`lẻ` or a ten was read since the last scale (`một trăm linh hai` = 102).
    below_scale: bool,
}

impl Spelled {
    fn digit(&mut self, d: f64) -> Option<()> {
        if self.pending.is_some() {
            return None;
        }
        self.pending = Some(d);
        Some(())
    }

    fn word(&mut self, word: &str) -> Option<()> {
        if let Some(d) = digit_word(word) {
            return self.digit(d);
        }
        match word {
            "mười" if self.pending.is_none() => self.tens(1.0),
            "mươi" => {
                let d = self.pending.take()?;
                self.tens(d)
            }
            "chục" => {
                let d = self.pending.take().unwrap_or(1.0);
                self.tens(d)
            }
            "trăm" => {
                self.group += self.pending.take().unwrap_or(1.0) * 100.0;
                self.last_scale = Some(100.0);
                self.below_scale = false;
                Some(())
            }
            "linh" | "lẻ" => {
                self.below_scale = true;
                Some(())
            }
            "rưỡi" => {
                let half = self.last_scale.unwrap_or(1.0) / 2.0;
                let here = self.pending.take().unwrap_or(0.0);
                self.group += here + half;
                self.last_scale = None;
                Some(())
            }
            _ => self.scale(scale_value(word)?),
        }
    }

    fn tens(&mut self, d: f64) -> Option<()> {
        self.group += d * 10.0;
        self.below_scale = true;
        Some(())
    }

    fn scale(&mut self, scale: f64) -> Option<()> {
        let here = self.group + self.pending.take().unwrap_or(0.0);
        let here = if here == 0.0 && self.total == 0.0 {
            1.0
        } else {
            here
        };
        // `hai nghìn tỷ`: a bigger scale after a smaller one multiplies everything so far.
        self.total = if self.total > 0.0 && self.total < scale {
            (self.total + here) * scale
        } else {
            self.total + here * scale
        };
        self.group = 0.0;
        self.last_scale = Some(scale);
        self.below_scale = false;
        Some(())
    }

    fn finish(self) -> f64 {
        let last = match (self.pending, self.last_scale) {
            // `một trăm hai` = 120, `hai triệu ba` = 2 300 000: a lone digit after a scale
            // counts tenths of it, unless `linh`/`lẻ` said it is a unit.
            (Some(d), Some(scale)) if !self.below_scale && scale >= 100.0 => d * scale / 10.0,
            (Some(d), _) => d,
            (None, _) => 0.0,
        };
        self.total + self.group + last
    }
}

/// Reads number words: `hai mươi mốt` → 21, `mười lăm` → 15, `một trăm linh năm` → 105,
/// `ba nghìn hai trăm` → 3200, `hai triệu rưỡi` → 2 500 000, `một trăm hai` → 120.
///
/// # Example
/// ```
/// use tinbai::facts::numeral::parse_words;
/// assert_eq!(parse_words("hai mươi mốt"), Some(21.0));
/// assert_eq!(parse_words("một trăm linh năm"), Some(105.0));
/// assert_eq!(parse_words("ba nghìn hai trăm"), Some(3200.0));
/// assert_eq!(parse_words("hai triệu rưỡi"), Some(2_500_000.0));
/// assert_eq!(parse_words("hai ba"), None);
/// ```
pub fn parse_words(s: &str) -> Option<f64> {
    let mut state = Spelled::default();
    let mut any = false;
    for word in s.to_lowercase().split_whitespace() {
        any = true;
        state.word(word)?;
    }
    let v = state.finish();
    (any && v.is_finite()).then_some(v)
}

/// Reads a number with optional scale words: `2,3 triệu`, `1 tỷ 200 triệu`, `35 nghìn`,
/// `1 triệu rưỡi`, `hai mươi mốt`, `35.000`.
///
/// # Example
/// ```
/// use tinbai::facts::numeral::parse;
/// assert_eq!(parse("2,3 triệu"), Some(2_300_000.0));
/// assert_eq!(parse("1 tỷ 200 triệu"), Some(1_200_000_000.0));
/// assert_eq!(parse("1 triệu rưỡi"), Some(1_500_000.0));
/// assert_eq!(parse("35.000"), Some(35_000.0));
/// assert_eq!(parse("mười lăm"), Some(15.0));
/// ```
pub fn parse(s: &str) -> Option<f64> {
    let words: Vec<&str> = s.split_whitespace().collect();
    let first = words.first()?;
    if parse_digits(first).is_none() {
        return parse_words(s);
    }
    let mut total = 0.0;
    let mut last_scale = None;
    let mut i = 0;
    while i < words.len() {
        if words[i].eq_ignore_ascii_case("rưỡi") && i + 1 == words.len() {
            total += last_scale.unwrap_or(1.0) / 2.0;
            break;
        }
        let mut value = parse_digits(words[i])?;
        i += 1;
        while let Some(scale) = words.get(i).and_then(|w| scale_value(w)) {
            value *= scale;
            last_scale = Some(scale);
            i += 1;
        }
        total += value;
    }
    Some(total).filter(|v| v.is_finite())
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
            ("1,234,567", Some(1234567.0)),
            ("2,654", Some(2.654)),
            ("2.99", Some(2.99)),
            ("1748,84", Some(1748.84)),
            ("2014", Some(2014.0)),
            ("0912.345.678", None),
            ("1..2", None),
            ("1.2.3", None),
            (".5", None),
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
            ("mười một", 11.0),
            ("hai mươi", 20.0),
            ("hai mươi tư", 24.0),
            ("hai mươi mốt", 21.0),
            ("ba mươi lăm", 35.0),
            ("chín mươi chín", 99.0),
            ("một trăm", 100.0),
            ("trăm", 100.0),
            ("chục", 10.0),
            ("ba chục", 30.0),
            ("chục nghìn", 10_000.0),
            ("một trăm linh năm", 105.0),
            ("hai trăm lẻ năm", 205.0),
            ("một trăm hai", 120.0),
            ("một trăm rưỡi", 150.0),
            ("một nghìn", 1000.0),
            ("nghìn", 1000.0),
            ("hai nghìn không trăm mười ba", 2013.0),
            ("ba nghìn hai trăm", 3200.0),
            ("ba triệu", 3e6),
            ("hai triệu rưỡi", 2.5e6),
            ("hai triệu ba", 2.3e6),
            ("mười vạn", 1e5),
            ("hai nghìn tỷ", 2e12),
            ("một tỉ", 1e9),
            ("Hai", 2.0),
            ("năm", 5.0),
        ];
        for (s, want) in cases {
            assert_eq!(parse_words(s), Some(want), "{s}");
        }
        for bad in ["", "hai ba", "mươi", "người", "hai mươi người"] {
            assert_eq!(parse_words(bad), None, "{bad}");
        }
    }

    #[test]
    fn scaled_digits() {
        assert_eq!(parse("1,5 tỷ"), Some(1.5e9));
        assert_eq!(parse("1,5 tỉ"), Some(1.5e9));
        assert_eq!(parse("200 triệu"), Some(2e8));
        assert_eq!(parse("50 nghìn"), Some(5e4));
        assert_eq!(parse("50 ngàn"), Some(5e4));
        assert_eq!(parse("3 vạn"), Some(3e4));
        assert_eq!(parse("1 tỷ 200 triệu"), Some(1.2e9));
        assert_eq!(parse("30.000 tỷ"), Some(3e13));
        assert_eq!(parse("10 nghìn tỷ"), Some(1e13));
        assert_eq!(parse("2 triệu rưỡi"), Some(2.5e6));
        assert_eq!(parse("1 triệu rưỡi"), Some(1.5e6));
        assert_eq!(parse("2,3 Triệu"), Some(2.3e6));
        assert_eq!(parse("2 người"), None);
        assert_eq!(parse(""), None);
    }

    #[test]
    fn fragments_match_what_parse_reads() {
        let number = regex::Regex::new(&format!("^(?:{NUMBER})$")).unwrap();
        for s in [
            "35.000",
            "2,3 triệu",
            "1 tỷ 200 triệu",
            "2 triệu rưỡi",
            "10 nghìn tỷ",
        ] {
            assert!(number.is_match(s), "{s}");
            assert!(parse(s).is_some(), "{s}");
        }
        let spelled = regex::Regex::new(&format!("^(?:{SPELLED})$")).unwrap();
        for s in ["hai mươi mốt", "Ba", "một trăm linh năm", "hai triệu rưỡi"] {
            assert!(spelled.is_match(s), "{s}");
            assert!(parse(s).is_some(), "{s}");
        }
        assert!(!spelled.is_match("mươi"));
    }

    proptest::proptest! {
        #[test]
        fn parsing_never_panics(s in "\\PC*") {
            let _ = parse(&s);
            let _ = parse_digits(&s);
            let _ = parse_words(&s);
        }

        #[test]
        fn number_like_strings_never_panic(s in "[0-9.,]{0,24}( (nghìn|triệu|tỷ|rưỡi|[0-9]{1,4})){0,4}") {
            if let Some(v) = parse(&s) {
                proptest::prop_assert!(v.is_finite() && v >= 0.0);
            }
        }

        #[test]
        fn grouped_integers_read_back(n in 0u64..1_000_000_000_000) {
            let plain = n.to_string();
            let mut grouped = String::new();
            for (i, c) in plain.chars().enumerate() {
                if i > 0 && (plain.len() - i) % 3 == 0 {
                    grouped.push('.');
                }
                grouped.push(c);
            }
            proptest::prop_assert_eq!(parse_digits(&plain), Some(n as f64));
            proptest::prop_assert_eq!(parse_digits(&grouped), Some(n as f64));
        }

        #[test]
        fn decimal_commas_read_back(int in 0u32..1000, frac in 1u32..100) {
            let s = format!("{int},{frac:02}");
            let want = f64::from(int) + f64::from(frac) / 100.0;
            let got = parse_digits(&s).unwrap_or(f64::NAN);
            proptest::prop_assert!((got - want).abs() < 1e-9, "{} -> {}", s, got);
        }
    }
}
