//! What the word finders ask of a letter, answered from a table for the Latin letters that
//! Vietnamese and most foreign names are written in.
//!
//! `char::is_alphabetic` on a non-ASCII letter searches the whole Unicode table (hundreds of
//! instructions a letter), and `fold` decomposed every letter through an NFD iterator; together
//! they were most of the person, location and organization finders' time. The table is made once
//! from those same functions, so every answer it gives is theirs; letters outside it (and the few
//! whose answer is not one letter) go the general way.

use std::sync::LazyLock;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::canonical_combining_class;

/// What [`super::person::words::fold`] makes of one letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Folded {
    /// Nothing: a mark or punctuation.
    Drop,
    /// One letter or digit.
    One(char),
    /// Anything else: the text takes the general way.
    Slow,
}

/// The answers for one letter.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Letter {
    /// Its lower-case form, when that is one letter (`İ` lowers to two).
    pub lower: Option<char>,
    /// Its folded form.
    pub folded: Folded,
    /// `char::is_alphabetic`.
    pub alphabetic: bool,
    /// `char::is_alphanumeric`.
    pub alphanumeric: bool,
    /// `char::is_uppercase`.
    pub uppercase: bool,
    /// `char::is_lowercase`.
    pub lowercase: bool,
}

/// Latin-1, Latin Extended-A and B (`U+0000..U+0250`), then Latin Extended Additional
/// (`U+1E00..U+1F00`: the Vietnamese letters with two marks, `ắ`, `ộ`).
const LOW_END: u32 = 0x250;
const ADDITIONAL: u32 = 0x1e00;

static TABLE: LazyLock<Vec<Letter>> = LazyLock::new(|| {
    (0..LOW_END)
        .chain(ADDITIONAL..ADDITIONAL + 0x100)
        .map(|cp| describe(char::from_u32(cp).unwrap_or_default()))
        .collect()
});

/// The answers for a Latin letter; none outside the table.
#[inline]
pub(crate) fn letter(c: char) -> Option<&'static Letter> {
    let cp = c as u32;
    let at = match cp {
        0..LOW_END => cp,
        ADDITIONAL..0x1f00 => cp - ADDITIONAL + LOW_END,
        _ => return None,
    };
    TABLE.get(at as usize)
}

fn describe(c: char) -> Letter {
    let mut lower = c.to_lowercase();
    let lower = match (lower.next(), lower.next()) {
        (Some(l), None) => Some(l),
        _ => None,
    };
    // Folding a whole text is folding its letters one by one only when no letter or digit of a
    // decomposition can be moved by canonical reordering (only marks are, and they are dropped).
    let reorderable = std::iter::once(c)
        .nfd()
        .any(|d| d.is_alphanumeric() && canonical_combining_class(d) != 0);
    let mut folded = String::new();
    super::person::words::fold_slow(&c.to_string(), &mut folded);
    let mut chars = folded.chars();
    let folded = match (chars.next(), chars.next()) {
        _ if reorderable => Folded::Slow,
        (None, _) => Folded::Drop,
        (Some(f), None) => Folded::One(f),
        _ => Folded::Slow,
    };
    Letter {
        lower,
        folded,
        alphabetic: c.is_alphabetic(),
        alphanumeric: c.is_alphanumeric(),
        uppercase: c.is_uppercase(),
        lowercase: c.is_lowercase(),
    }
}

/// `char::is_alphabetic`, fast for Latin letters.
#[inline]
pub(crate) fn is_alphabetic(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    letter(c).map_or_else(|| c.is_alphabetic(), |l| l.alphabetic)
}

/// `char::is_alphanumeric`, fast for Latin letters.
#[inline]
pub(crate) fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    letter(c).map_or_else(|| c.is_alphanumeric(), |l| l.alphanumeric)
}

/// `char::is_uppercase`, fast for Latin letters.
#[inline]
pub(crate) fn is_uppercase(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    letter(c).map_or_else(|| c.is_uppercase(), |l| l.uppercase)
}

/// `char::is_lowercase`, fast for Latin letters.
#[inline]
pub(crate) fn is_lowercase(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    letter(c).map_or_else(|| c.is_lowercase(), |l| l.lowercase)
}

/// Appends `str::to_lowercase` of a word to `out`, without decoding case tables for Latin
/// letters (and without a string of its own).
pub(crate) fn push_lowercase(word: &str, out: &mut String) {
    if word.is_ascii() {
        out.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        return;
    }
    let start = out.len();
    for c in word.chars() {
        match letter(c).and_then(|l| l.lower) {
            Some(l) => out.push(l),
            None => {
                // A letter the table does not lower alone (`İ`, Greek with its final sigma).
                out.truncate(start);
                out.push_str(&word.to_lowercase());
                return;
            }
        }
    }
}

/// Whether `str::to_lowercase` leaves a word as it is.
pub(crate) fn is_lower_already(word: &str) -> bool {
    word.chars().all(|c| {
        if c.is_ascii() {
            return !c.is_ascii_uppercase();
        }
        match letter(c) {
            Some(l) => l.lower == Some(c),
            None => {
                let mut lower = c.to_lowercase();
                lower.next() == Some(c) && lower.next().is_none()
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_the_standard_ones() {
        for c in (0..0x2000).filter_map(char::from_u32) {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_uppercase(c), c.is_uppercase(), "{c:?}");
            assert_eq!(is_lowercase(c), c.is_lowercase(), "{c:?}");
            let word = format!("{c}a{c}");
            let mut lower = String::from("x");
            push_lowercase(&word, &mut lower);
            assert_eq!(lower[1..], word.to_lowercase(), "{c:?}");
            assert_eq!(
                is_lower_already(&word),
                word.to_lowercase() == word,
                "{c:?}"
            );
        }
    }

    #[test]
    fn vietnamese_letters_fold_alone() {
        for c in "ắằẳẵặâấầẩẫậđêếềểễệôốồổỗộơớờởỡợưứừửữựýỳỷỹỵĐẮỘ".chars()
        {
            assert!(
                matches!(letter(c).map(|l| l.folded), Some(Folded::One(_))),
                "{c}"
            );
        }
        assert_eq!(letter('-').map(|l| l.folded), Some(Folded::Drop));
    }
}
