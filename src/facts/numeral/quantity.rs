//! What the quantity types (count, percent, money) share beyond the number itself: the
//! qualifier before it (`hơn`, `khoảng`, `hàng trăm`), ranges (`30-40`, `từ 8 tới 8,5`), open
//! ends (`từ … trở lên`) and the words around a number that say it is something else (`lớp 12`,
//! `24/5`, `cao hơn 10%`).
//!
//! Rule patterns of those types are written with placeholders that [`expand`] fills in, so a
//! rule reads like the form it matches: `"{Q}{FROM}{N}{TO}{M}%"`.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Captures;

use crate::normalize::canonical_tone;

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
/// let re = regex::Regex::new(&expand("{Q}{FROM}{N}(?:{TO}{M})? đồng", &[])).unwrap();
/// let key = "chi khoảng 30-40 tỷ đồng";
/// let q = read(&re.captures(key).unwrap(), key).unwrap();
/// assert_eq!((q.amount, q.max, q.qualifier), (30e9, Some(40e9), Qualifier::About));
/// ```
pub fn read(caps: &Captures<'_>, key: &str) -> Option<Quantity> {
    read_tail(caps, key, caps.name("tail").map(|t| t.as_str()))
}

/// [`read`], with the open end (`trở lên`, `trở xuống`) found by the caller after a unit that
/// the pattern could not hold.
pub fn read_tail(caps: &Captures<'_>, key: &str, tail: Option<&str>) -> Option<Quantity> {
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
    let qualifier = qualifier(caps, key, n, tail)?;
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
fn qualifier(caps: &Captures<'_>, key: &str, n: &str, tail: Option<&str>) -> Option<Qualifier> {
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
            // `trong khoảng $2.99 - $9.99` is "within", not "about".
            "khoảng" => !prev_word(key, q.start()).eq_ignore_ascii_case("trong"),
            _ => true,
        };
        // Dropping the qualifier lets the rule set find the number without it.
        return keep.then(|| Qualifier::from_word(&word)).flatten();
    }
    if caps.name("from").is_some() && caps.name("m").is_none() {
        return match tail {
            Some("trở lên") => Some(Qualifier::AtLeast),
            Some("trở xuống") => Some(Qualifier::AtMost),
            _ => None,
        };
    }
    Some(match tail {
        Some("trở lên") => Qualifier::AtLeast,
        Some("trở xuống") => Qualifier::AtMost,
        _ => Qualifier::Exact,
    })
}

/// What a word before a number says about it (`src/data/number_labels.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Before {
    /// `lớp 12`, `Điều 87`, `năm 2013`: the number names or orders something.
    Label,
    /// `ông Hai`, `chị Ba`: a spelled number after it is a nickname.
    Kin,
    /// `thí điểm`: ends in a label word but does not label the number after it.
    Free,
}

static LABELS: LazyLock<HashMap<String, Before>> = LazyLock::new(|| {
    let table = include_str!("../../data/number_labels.tsv");
    table
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let (phrase, kind) = l.split_once('\t')?;
            let kind = match kind.trim() {
                "label" => Before::Label,
                "kin" => Before::Kin,
                "free" => Before::Free,
                _ => return None,
            };
            Some((canonical_tone(&phrase.trim().to_lowercase()), kind))
        })
        .collect()
});

/// Whether the number at byte `start` is a label, an ordinal or a reference rather than a
/// quantity, from the word or two before it: `lần thứ 3`, `lớp 12`, `Điều 87`, `Quốc lộ 30`,
/// `năm 2013`. `mỗi đội 3 thí sinh` is a quantity again: `mỗi` distributes.
///
/// # Example
/// ```
/// use tinbai::facts::numeral::quantity::is_labelled;
/// let at = |key: &str, number: &str| key.find(number).unwrap();
/// assert!(is_labelled("học sinh lớp 12", at("học sinh lớp 12", "12")));
/// assert!(is_labelled("theo Quốc lộ 30", at("theo Quốc lộ 30", "30")));
/// assert!(!is_labelled("có 12", at("có 12", "12")));
/// assert!(!is_labelled("mỗi lớp 40", at("mỗi lớp 40", "40")));
/// ```
pub fn is_labelled(key: &str, start: usize) -> bool {
    labelled(key, start, 3)
}

fn labelled(key: &str, start: usize, depth: u8) -> bool {
    let last = prev_word(key, start).to_lowercase();
    if last.is_empty() {
        return depth > 0 && listed_after_label(key, start, depth);
    }
    let two = prev_two_words(key, start).to_lowercase();
    match LABELS.get(&two) {
        Some(Before::Label) => return true,
        Some(Before::Free) => return false,
        _ => {}
    }
    let distributes = two
        .split(' ')
        .next()
        .is_some_and(|w| matches!(w, "mỗi" | "từng" | "mọi"));
    if LABELS.get(&last) == Some(&Before::Label) && !distributes {
        return true;
    }
    // `điều 36, 166 và 167`: a number listed after a labelled one is labelled too.
    depth > 0 && matches!(last.as_str(), "và" | "hoặc" | "đến") && {
        let before = start - last.len() - 1;
        number_before(key, before).is_some_and(|n| labelled(key, n, depth - 1))
    }
}

/// `36, 166`: the number before a comma is labelled.
fn listed_after_label(key: &str, start: usize, depth: u8) -> bool {
    let before = key[..start].trim_end_matches(' ');
    before
        .strip_suffix(',')
        .and_then(|b| number_before(key, b.len()))
        .is_some_and(|n| labelled(key, n, depth - 1))
}

/// The start of the number that ends right before byte `end` (after an optional space).
fn number_before(key: &str, end: usize) -> Option<usize> {
    let before = key.get(..end)?.trim_end_matches(' ');
    let start = before.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    (start < before.len()).then_some(start)
}

/// Whether a spelled number at byte `start` follows a kinship word, as nicknames do:
/// `ông Hai`, `chị Ba`, `cô Năm`.
pub fn after_kin(key: &str, start: usize) -> bool {
    LABELS.get(&prev_word(key, start).to_lowercase()) == Some(&Before::Kin)
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
/// let key = "học sinh lớp 12";
/// assert_eq!(prev_word(key, key.find("12").unwrap()), "lớp");
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

/// The open end right after byte `end` (`trở lên`, `trở xuống`) and the byte where it ends.
///
/// # Example
/// ```
/// use tinbai::facts::numeral::quantity::open_end;
/// let unit_end = "5 người".len();
/// let key = "5 người trở lên";
/// assert_eq!(open_end(key, unit_end), Some(("trở lên", key.len())));
/// assert_eq!(open_end("5 người", unit_end), None);
/// ```
pub fn open_end(key: &str, end: usize) -> Option<(&'static str, usize)> {
    let rest = key.get(end..)?;
    ["trở lên", "trở xuống"].into_iter().find_map(|tail| {
        let after = rest.strip_prefix(' ')?.strip_prefix(tail)?;
        let whole = after.chars().next().is_none_or(|c| !c.is_alphanumeric());
        whole.then_some((tail, end + 1 + tail.len()))
    })
}

/// Whether byte `pos` starts a sentence: the text starts there, or only a closing mark, a
/// quote, a bracket or a dash precedes it. A capitalised number word elsewhere is a name
/// (`ông Hai`, `Ba Đình`).
pub fn at_sentence_start(key: &str, pos: usize) -> bool {
    let before = key[..pos.min(key.len())].trim_end_matches(' ');
    before.chars().next_back().is_none_or(|c| {
        matches!(
            c,
            '.' | '!' | '?' | ':' | ';' | '"' | '\'' | '(' | '[' | '-' | '\n' | '…' | '*' | '+'
        )
    })
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
    fn labels_and_nicknames() {
        let at = |s: &str, n: &str| s.find(n).unwrap_or(0);
        let s = "lần thứ 3, có 5 người";
        assert!(is_labelled(s, at(s, "3")));
        assert!(!is_labelled(s, at(s, "5")));
        let s = "mỗi đội 3 thí sinh";
        assert!(!is_labelled(s, at(s, "3")));
        let s = "Đội 3 thắng";
        assert!(is_labelled(s, at(s, "3")));
        let s = "theo điều 36, 166 và 167 Bộ luật";
        assert!(is_labelled(s, at(s, "166")));
        assert!(is_labelled(s, at(s, "167")));
        let s = "có 3, 5 và 7 người";
        assert!(!is_labelled(s, at(s, "7")));
        let s = "thí điểm 7 điểm trình diễn";
        assert!(!is_labelled(s, at(s, "7")));
        let s = "nhờ ông Hai người";
        assert!(after_kin(s, at(s, "Hai")));
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
