//! The counted noun phrase after a number: `lượt người`, `chiếc xe`, `khu dân cư`.
//!
//! Vietnamese counts put the number before an optional classifier and a noun, and the noun may
//! be followed by modifiers that are not part of what is counted (`trẻ em khuyết tật`). The
//! fact guide ends the phrase at the head noun, so the phrase is read from a table of counted
//! nouns and classifiers (`src/data/count_units.tsv`): the longest entry after the number, then,
//! after a classifier, the longest noun after it. Ratios read their unit the same way.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::normalize::canonical_tone;

/// What an entry of the table is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A counted noun: `người`, `học sinh`, `khu dân cư`.
    Head,
    /// A counted noun that things are on: `cánh đồng`, `tuyến đường`, `trang web`.
    Place,
    /// Counts alone and before a noun: `chiếc`, `con`, `lượt`.
    Classifier,
    /// Begins like a counted noun but is not one: `xã hội`, `cây số`.
    Not,
}

struct Vocabulary {
    entries: HashMap<String, Kind>,
    /// The most words in one entry.
    longest: usize,
}

static VOCABULARY: LazyLock<Vocabulary> = LazyLock::new(|| {
    let mut entries = HashMap::new();
    for line in include_str!("../../data/count_units.tsv").lines() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((phrase, kind)) = line.split_once('\t') else {
            continue;
        };
        let kind = match kind.trim() {
            "head" => Kind::Head,
            "place" => Kind::Place,
            "classifier" => Kind::Classifier,
            "not" => Kind::Not,
            _ => continue,
        };
        // The key that the finder reads has one tone placement (`hòa`, not `hoà`).
        entries.insert(canonical_tone(&phrase.trim().to_lowercase()), kind);
    }
    let longest = entries
        .keys()
        .map(|k| k.split(' ').count())
        .max()
        .unwrap_or(1);
    Vocabulary { entries, longest }
});

/// One word after a number: its lower-cased text with the separator before it (`" "`, or
/// `", "` in pairs such as `quận, huyện`), and its end byte.
struct Word {
    text: String,
    separator: &'static str,
    end: usize,
}

/// The words starting at byte `pos`, separated by one space or by a comma and a space.
fn words_at(key: &str, pos: usize, max: usize) -> Vec<Word> {
    let mut words = Vec::new();
    let mut at = pos;
    let mut separator = "";
    while words.len() < max {
        let rest = &key[at..];
        let len = rest
            .char_indices()
            .find(|(_, c)| !c.is_alphanumeric())
            .map_or(rest.len(), |(i, _)| i);
        if len == 0 {
            break;
        }
        words.push(Word {
            text: rest[..len].to_lowercase(),
            separator,
            end: at + len,
        });
        at += len;
        separator = if key[at..].starts_with(' ') {
            " "
        } else if key[at..].starts_with(", ") {
            ", "
        } else {
            break;
        };
        at += separator.len();
    }
    words
}

/// The longest entry made of the first words: its kind, its word count and its end byte.
fn longest(words: &[Word]) -> Option<(Kind, usize, usize)> {
    let mut phrase = String::new();
    let mut best = None;
    for (i, word) in words.iter().enumerate() {
        if i > 0 {
            phrase.push_str(word.separator);
        }
        phrase.push_str(&word.text);
        if let Some(&kind) = VOCABULARY.entries.get(&phrase) {
            best = Some((kind, i + 1, word.end));
        }
    }
    best
}

/// A counted noun phrase found after a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Unit {
    /// The byte where the phrase ends.
    pub end: usize,
    /// Whether its head is a place that `trên` puts things on (`trên 9 cánh đồng` is "on").
    pub place: bool,
}

/// The counted noun phrase starting at byte `pos`, if the words there are one: the longest
/// counted noun, or a classifier with the longest counted noun after it.
///
/// ```text
/// "3 chiếc xe máy bị thu giữ", from byte 2 → "chiếc xe máy"
/// ```
pub(crate) fn unit_at(key: &str, pos: usize) -> Option<Unit> {
    let vocabulary = &*VOCABULARY;
    let words = words_at(key, pos, vocabulary.longest * 2);
    let (kind, used, end) = longest(&words)?;
    let (kind, end) = match kind {
        Kind::Not => return None,
        Kind::Head | Kind::Place => (kind, end),
        Kind::Classifier => match longest(&words[used..]) {
            Some((noun @ (Kind::Head | Kind::Place | Kind::Classifier), _, noun_end)) => {
                (noun, noun_end)
            }
            _ => (kind, end),
        },
    };
    Some(Unit {
        end,
        place: kind == Kind::Place,
    })
}

/// Whether a word is one that the table says is never counted: a time unit, a measure, an
/// age (`năm`, `kg`, `tuổi`).
pub(crate) fn is_not_counted(word: &str) -> bool {
    let word = canonical_tone(&word.to_lowercase());
    VOCABULARY.entries.get(&word) == Some(&Kind::Not)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The unit after the number that `key` starts with (and its scale word, if any).
    fn unit(key: &str) -> Option<&str> {
        let pos = match key.find(" triệu ") {
            Some(i) => i + " triệu ".len(),
            None => key.find(' ').map_or(0, |i| i + 1),
        };
        unit_at(key, pos).map(|u| &key[pos..u.end])
    }

    #[test]
    fn phrases_end_at_the_head_noun() {
        assert_eq!(unit("3 chiếc xe máy bị thu giữ"), Some("chiếc xe máy"));
        assert_eq!(unit("1,2 triệu trẻ em khuyết tật"), Some("trẻ em"));
        assert_eq!(unit("2 con cá lóc"), Some("con cá"));
        assert_eq!(unit("24 khu dân cư tiêu biểu"), Some("khu dân cư"));
        assert_eq!(unit("44 Công ty xúc tiến"), Some("Công ty"));
        assert_eq!(unit("5 chiếc, 3 con"), Some("chiếc"));
        assert_eq!(unit("6 quận, huyện của TP"), Some("quận, huyện"));
        assert_eq!(unit("2 họa sĩ"), Some("họa sĩ"));
    }

    #[test]
    fn non_nouns_are_rejected() {
        assert_eq!(unit("7 xã hội"), None);
        assert_eq!(unit("5 cây số"), None);
        assert_eq!(unit("10 năm"), None);
        assert_eq!(unit("17 tuổi"), None);
        assert_eq!(unit("5 lít"), None);
        assert_eq!(unit("3 "), None);
    }

    #[test]
    fn the_table_is_clean() {
        let v = &*VOCABULARY;
        assert!(v.entries.len() > 800, "{} entries", v.entries.len());
        for time in [
            "năm", "tháng", "ngày", "giờ", "phút", "tuần", "tuổi", "kg", "ha", "mẫu",
        ] {
            assert!(is_not_counted(time), "{time} is not a counted noun");
        }
        assert!(!is_not_counted("người"));
    }
}
