//! What the quantity types (count, percent, money) share beyond the number itself: the
//! qualifier before it (`hơn`, `khoảng`, `hàng trăm`), ranges (`30-40`, `từ 8 tới 8,5`), open
//! ends (`từ … trở lên`) and the words around a number that say it is something else (`lớp 12`,
//! `24/5`, `cao hơn 10%`).
//!
//! Rule patterns of those types are written with placeholders that [`expand`] fills in, so a
//! rule reads like the form it matches: `"{Q}{FROM}{N}{TO}{M}%"`.

use regex::Captures;

use super::{NUMBER, QUALIFIERS, Qualifier, SPELLED, parse, parse_words, scale_value};

/// A number as a quantity type reads it: the amount, the upper end of a range, the qualifier.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Quantity {
    /// The number, or the lower end of a range.
    pub amount: f64,
    /// The upper end of a range.
    pub max: Option<f64>,
    /// How exact the number is.
    pub qualifier: Qualifier,
}

/// The placeholders that [`expand`] knows, and what they stand for. Each is used at most once
/// in a pattern, because most define a named group.
const PLACEHOLDERS: [(&str, &str); 8] = [
    // A qualifier and its space: group `q`.
    ("{Q}", r"(?:(?P<q>(?i:QUALIFIERS)) )?"),
    // `từ` opening a range or an open end: group `from`.
    ("{FROM}", r"(?:(?P<from>(?i:từ)) )?"),
    // The number in digits: group `n`; the upper end of a range: group `m`.
    ("{N}", r"(?P<n>NUMBER)"),
    ("{M}", r"(?P<m>NUMBER)"),
    // The number in words: groups `n` and `m`.
    ("{WN}", r"(?P<n>SPELLED)"),
    ("{WM}", r"(?P<m>SPELLED)"),
    // Between the two ends of a range.
    ("{TO}", r"(?: ?- ?| (?:đến|tới) )"),
    // An open end after the unit: group `tail`.
    ("{TAIL}", r"(?: (?P<tail>trở lên|trở xuống))?"),
];

/// Fills the placeholders of a rule pattern; `extra` adds a type's own (`{UNIT}`, `{CUR}`).
///
/// # Example
/// ```
/// use tinbai::facts::numeral::quantity::expand;
/// let re = regex::Regex::new(&expand("{Q}{N}%", &[])).unwrap();
/// let caps = re.captures("hơn 68,6%").unwrap();
/// assert_eq!(&caps["q"], "hơn");
/// assert_eq!(&caps["n"], "68,6");
/// ```
pub fn expand(pattern: &str, extra: &[(&str, &str)]) -> String {
    let mut out = pattern.to_string();
    for (name, fragment) in PLACEHOLDERS.iter().chain(extra) {
        let fragment = fragment
            .replace("QUALIFIERS", QUALIFIERS)
            .replace("NUMBER", NUMBER)
            .replace("SPELLED", SPELLED);
        out = out.replace(name, &fragment);
    }
    out
}

/// Reads the quantity of a match made with the placeholders of [`expand`], or `None` when the
/// words around it say that it is not one (a comparative `cao hơn 10%`, `hàng` before digits).
///
/// `key` is the text the match was made on; the qualifier is checked against the word before it.
///
/// # Example
/// ```
/// use tinbai::facts::numeral::{Qualifier, quantity::{expand, read}};
/// let re = regex::Regex::new(&expand("{Q}{FROM}{N}(?:{TO}{M})? tỷ", &[])).unwrap();
/// let key = "chi khoảng 30-40 tỷ";
/// let q = read(&re.captures(key).unwrap(), key).unwrap();
/// assert_eq!((q.amount, q.max, q.qualifier), (30e9, Some(40e9), Qualifier::About));
/// ```
pub fn read(caps: &Captures<'_>, key: &str) -> Option<Quantity> {
    let n = caps.name("n")?.as_str();
    let mut amount = parse(n)?;
    let max = match caps.name("m") {
        Some(m) => {
            let upper = parse(m.as_str())?;
            // `30-40 tỷ`: the lower end takes the scale of the upper end.
            let scale = trailing_scale(m.as_str());
            if trailing_scale(n) == 1.0 && scale > 1.0 {
                amount *= scale;
            }
            if upper <= amount {
                return None;
            }
            Some(upper)
        }
        None => None,
    };
    let qualifier = qualifier(caps, key, n)?;
    Some(Quantity {
        amount,
        max,
        qualifier,
    })
}

/// The product of the scale words right after the first number of `s`: `40 tỷ` → 1e9.
fn trailing_scale(s: &str) -> f64 {
    s.split(' ').skip(1).map_while(scale_value).product::<f64>()
}

/// The qualifier of a match: its `q` word, else an open end (`từ … trở lên`), else exact.
fn qualifier(caps: &Captures<'_>, key: &str, n: &str) -> Option<Qualifier> {
    if let Some(q) = caps.name("q") {
        let word = q.as_str().to_lowercase();
        let spelled_scale = parse_words(n).is_some()
            && n.split(' ')
                .next()
                .is_some_and(|w| scale_value(w).is_some());
        let keep = match word.as_str() {
            // `hàng trăm người`, `hàng chục nghìn`: only before a spelled scale word.
            "hàng" => spelled_scale,
            // `cao hơn 10%` compares: the number is a difference, not a lower bound.
            "hơn" => !is_comparative(prev_word(key, q.start())),
            // `nhiệt độ 30`, `tốc độ 100`: part of a noun, not "about".
            "độ" => !is_degree_noun(prev_word(key, q.start())),
            _ => true,
        };
        // Dropping the qualifier lets the rule set find the number without it.
        return keep.then(|| Qualifier::from_word(&word)).flatten();
    }
    if caps.name("from").is_some() && caps.name("m").is_none() {
        return match caps.name("tail").map(|t| t.as_str()) {
            Some("trở lên") => Some(Qualifier::AtLeast),
            Some("trở xuống") => Some(Qualifier::AtMost),
            _ => None,
        };
    }
    Some(match caps.name("tail").map(|t| t.as_str()) {
        Some("trở lên") => Qualifier::AtLeast,
        Some("trở xuống") => Qualifier::AtMost,
        _ => Qualifier::Exact,
    })
}

/// Adjectives after which `hơn` means "than": `cao hơn 10%` is ten points higher.
fn is_comparative(word: &str) -> bool {
    const COMPARATIVES: [&str; 28] = [
        "cao", "thấp", "nhiều", "ít", "lớn", "nhỏ", "mạnh", "yếu", "nhanh", "chậm", "tốt", "xấu",
        "đắt", "rẻ", "dài", "ngắn", "xa", "giàu", "nghèo", "sớm", "muộn", "nặng", "nhẹ", "rộng",
        "hẹp", "già", "trẻ", "hẳn",
    ];
    COMPARATIVES.contains(&word.to_lowercase().as_str())
}

/// The word that ends right before byte `pos` (after one space), or `""` at a line start or
/// after punctuation.
///
/// # Example
/// ```
/// use tinbai::facts::numeral::quantity::prev_word;
/// assert_eq!(prev_word("học sinh lớp 12", 16), "lớp");
/// assert_eq!(prev_word("(12", 1), "");
/// ```
pub fn prev_word(key: &str, pos: usize) -> &str {
    let Some(before) = key.get(..pos) else {
        return "";
    };
    let Some(before) = before.strip_suffix(' ') else {
        return "";
    };
    let start = before
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(0, |(i, c)| i + c.len_utf8());
    &before[start..]
}

/// The two words before byte `pos`, as `"quốc lộ"`, or `""`.
pub fn prev_two_words(key: &str, pos: usize) -> String {
    let last = prev_word(key, pos);
    if last.is_empty() {
        return String::new();
    }
    let first = prev_word(key, pos - last.len() - 1);
    if first.is_empty() {
        String::new()
    } else {
        format!("{first} {last}")
    }
}

/// Whether the number starting at byte `start` is glued to what precedes it: `1.245` read from
/// its second group, `24/5`, `GMT+7`, `P.11`, `30-5`. Such a number is part of something else.
///
/// # Example
/// ```
/// use tinbai::facts::numeral::quantity::glued_before;
/// assert!(glued_before("24/34", 3));
/// assert!(glued_before("GMT+7", 4));
/// assert!(!glued_before("- 5 người", 2));
/// ```
pub fn glued_before(key: &str, start: usize) -> bool {
    let mut before = key[..start.min(key.len())].chars().rev();
    match (before.next(), before.next()) {
        (Some('/' | '.' | ',' | ':' | '+' | '-' | '#' | '_' | '&' | '^'), Some(c)) => {
            c.is_alphanumeric()
        }
        _ => false,
    }
}

/// Whether what follows byte `end` glues more digits to the number: `24/5/2013`, `8:30`.
pub fn glued_after(key: &str, end: usize) -> bool {
    let mut after = key[end.min(key.len())..].chars();
    matches!((after.next(), after.next()), (Some('/' | ':' | '.' | ','), Some(c)) if c.is_ascii_digit())
}

/// Words that make a noun with `độ` (`nhiệt độ`, `tốc độ`): then `độ` is not "about".
fn is_degree_noun(word: &str) -> bool {
    const NOUNS: [&str; 16] = [
        "nhiệt", "tốc", "mật", "trình", "chế", "mức", "cấp", "tiến", "thái", "nồng", "cường",
        "niên", "góc", "vĩ", "kinh", "chiều",
    ];
    NOUNS.contains(&word.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::rule::compile;

    fn quantity(pattern: &str, key: &str) -> Option<Quantity> {
        let re = compile(&expand(pattern, &[]));
        let caps = re.captures(key)?;
        read(&caps, key)
    }

    #[test]
    fn ranges_share_the_upper_scale() {
        let q = quantity("{N}{TO}{M} đồng", "30-40 tỷ đồng");
        assert_eq!(q.map(|q| (q.amount, q.max)), Some((30e9, Some(40e9))));
        let q = quantity("{FROM}{N}{TO}{M}%", "từ 8 tới 8,5%");
        assert_eq!(q.map(|q| (q.amount, q.max)), Some((8.0, Some(8.5))));
        let q = quantity("{N}{TO}{M} đồng", "500 nghìn - 1 triệu đồng");
        assert_eq!(q.map(|q| (q.amount, q.max)), Some((5e5, Some(1e6))));
        assert_eq!(quantity("{N}{TO}{M} bàn", "3-1 bàn"), None);
    }

    #[test]
    fn qualifiers_read_from_context() {
        let q = |p, k| quantity(p, k).map(|q| q.qualifier);
        assert_eq!(q("{Q}{N}%", "tăng hơn 69%"), Some(Qualifier::MoreThan));
        assert_eq!(q("{Q}{N}%", "cao hơn 10%"), None);
        assert_eq!(
            q("{Q}{WN} người", "hàng trăm người"),
            Some(Qualifier::OrderOf)
        );
        assert_eq!(q("{Q}{N} người", "hàng 100 người"), None);
        assert_eq!(q("{Q}{N} độ", "nhiệt độ 30 độ"), None);
        assert_eq!(q("{Q}{N} người", "Khoảng 50 người"), Some(Qualifier::About));
        assert_eq!(
            q("{FROM}{N} người{TAIL}", "từ 5 người trở lên"),
            Some(Qualifier::AtLeast)
        );
        assert_eq!(q("{FROM}{N} người{TAIL}", "từ 5 người"), None);
        assert_eq!(q("{N} người", "5 người"), Some(Qualifier::Exact));
    }

    #[test]
    fn context_words() {
        assert_eq!(prev_word("lần thứ 3", "lần thứ ".len()), "thứ");
        assert_eq!(prev_two_words("số nhà 12", "số nhà ".len()), "số nhà");
        assert_eq!(prev_word("3", 0), "");
        assert!(glued_before("1.245", 2));
        assert!(!glued_before("có 5", 3));
        assert!(glued_after("24/5/2013", 2));
        assert!(!glued_after("24 người", 2));
    }
}
