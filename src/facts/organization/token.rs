//! Words of the matching key, with their case and the characters between them.
//!
//! Organization names are read word by word: a head (`Sở`), then domain words, names and places.
//! A token is a run of letters and digits (an apostrophe between letters stays inside: `H'Ra`);
//! what lies between two tokens is kept as their `gap`, so that `PC&CC`, `TP.HCM` and
//! `Giáo dục - Đào tạo` are matched by comparing gaps, not by special-casing each spelling.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

use crate::facts::latin;
use crate::facts::rule::compile;

/// A Vietnamese syllable spelled without diacritics (`Minh`, `An`, `Lai`): not a foreign word.
static VIETNAMESE_SYLLABLE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?(?:oa|oe|uy|[aeiouy]{1,3})(?:ch|ng|nh|[cmnpt])?$",
    )
});

/// Whether a lowercased word could be Vietnamese written without diacritics.
pub(super) fn looks_vietnamese(lower: &str) -> bool {
    !lower.is_ascii() || VIETNAMESE_SYLLABLE.is_match(lower)
}

/// The case pattern of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Shape {
    /// Every letter uppercase: `UBND`, `PC`, `E`, `VTV3`.
    Upper,
    /// Uppercase first letter, some lowercase after: `Sở`, `Lạc`, `VnExpress`.
    Title,
    /// Lowercase first letter: `huyện`, `iPhone`.
    Lower,
    /// Digits only: `141`.
    Num,
    /// Digits then letters: `3G`, `9to5Mac`.
    Code,
}

/// One word of the key.
#[derive(Debug, Clone)]
pub(super) struct Token<'a> {
    /// Start byte in the key.
    pub start: usize,
    /// End byte in the key.
    pub end: usize,
    /// The word as written.
    pub text: &'a str,
    /// The word lowercased, for table look-ups (borrowed when it is lower-case already, as most
    /// words are).
    pub lower: Cow<'a, str>,
    /// Its case pattern.
    pub shape: Shape,
    /// What lies between the previous token and this one (empty for the first).
    pub gap: &'a str,
}

impl Token<'_> {
    /// Whether the word starts with a capital letter (or is an all-caps abbreviation).
    pub fn capitalized(&self) -> bool {
        matches!(self.shape, Shape::Upper | Shape::Title)
    }

    /// Whether the word carries a digit.
    pub fn has_digit(&self) -> bool {
        self.text.chars().any(|c| c.is_ascii_digit())
    }
}

/// Whether a gap is one plain space (words of one name are separated by exactly that).
pub(super) fn is_space(gap: &str) -> bool {
    gap == " "
}

/// Whether a gap from a text agrees with a gap from a table phrase: spaces only match spaces on
/// one line; a punctuation gap (`&`, `.`, `-`, `,`) matches itself with any spaces around it.
pub(super) fn gap_agrees(text_gap: &str, phrase_gap: &str) -> bool {
    if text_gap.contains('\n') {
        return false;
    }
    let (t, p) = (text_gap.trim(), phrase_gap.trim());
    if p.is_empty() {
        !text_gap.is_empty() && t.is_empty()
    } else {
        t == p
    }
}

fn is_word_char(c: char) -> bool {
    latin::is_alphanumeric(c)
}

/// Splits a text into tokens.
///
/// Crawled texts glue words at lost line breaks (`Long Biên2. Giải nhì`, `Thanh TrìTrao cờ`):
/// a word is split where digits follow a word with lowercase letters, and where a capital follows
/// a lowercase letter in Vietnamese spelling (but `VnExpress`, `VTV3` stay whole).
pub(super) fn tokenize(text: &str) -> Vec<Token<'_>> {
    // About one word in six bytes of Vietnamese text: the list seldom has to grow.
    let mut tokens = Vec::with_capacity(text.len() / 6);
    let mut prev_end = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !is_word_char(c) {
            continue;
        }
        let start = i;
        let mut end = i + c.len_utf8();
        let mut last = c;
        // What `glued` asks of the word so far, kept up to date instead of rescanned per letter.
        let mut sofar = Sofar {
            lowercase: latin::is_lowercase(c),
            ascii: c.is_ascii(),
        };
        while let Some(&(j, d)) = chars.peek() {
            if is_word_char(d) {
                if glued(sofar, last, d) {
                    break;
                }
                end = j + d.len_utf8();
                last = d;
                sofar.lowercase |= latin::is_lowercase(d);
                sofar.ascii &= d.is_ascii();
                chars.next();
            } else if d == '\''
                && text[j + 1..]
                    .chars()
                    .next()
                    .is_some_and(latin::is_alphabetic)
            {
                // An apostrophe inside a word: H'Ra, McDonald's.
                chars.next();
                end = j + 1;
                last = d;
            } else {
                break;
            }
        }
        let word = &text[start..end];
        tokens.push(Token {
            start,
            end,
            text: word,
            lower: lowercase(word),
            shape: shape(word),
            gap: &text[prev_end..start],
        });
        prev_end = end;
    }
    tokens
}

/// What is known of the word read so far.
#[derive(Clone, Copy)]
struct Sofar {
    /// It has a lowercase letter.
    lowercase: bool,
    /// It is all ASCII.
    ascii: bool,
}

/// Whether `next` starts a new word glued to `sofar` (whose last character is `last`).
fn glued(sofar: Sofar, last: char, next: char) -> bool {
    let lowercase_word = sofar.lowercase;
    let digits_after_word = next.is_ascii_digit() && latin::is_alphabetic(last) && lowercase_word;
    let capital_after_vietnamese = latin::is_uppercase(next)
        && latin::is_lowercase(last)
        && (!sofar.ascii || !next.is_ascii());
    digits_after_word || capital_after_vietnamese
}

fn shape(word: &str) -> Shape {
    let mut chars = word.chars();
    let first = chars.next().unwrap_or(' ');
    if first.is_ascii_digit() {
        return if word.chars().all(|c| c.is_ascii_digit()) {
            Shape::Num
        } else {
            Shape::Code
        };
    }
    if latin::is_lowercase(first) {
        return Shape::Lower;
    }
    if word.chars().any(latin::is_lowercase) {
        Shape::Title
    } else {
        Shape::Upper
    }
}

/// `str::to_lowercase` of a word, borrowed when that changes nothing.
fn lowercase(word: &str) -> Cow<'_, str> {
    if latin::is_lower_already(word) {
        Cow::Borrowed(word)
    } else {
        let mut lower = String::with_capacity(word.len());
        latin::push_lowercase(word, &mut lower);
        Cow::Owned(lower)
    }
}

/// A table phrase split like a text: lowercased words and the gaps between them.
#[derive(Debug, Clone)]
pub(super) struct Phrase {
    /// The words, lowercased.
    pub words: Vec<String>,
    /// The words as written (for case-sensitive tables).
    pub exact: Vec<String>,
    /// The gap before each word (the first is empty).
    pub gaps: Vec<String>,
}

impl Phrase {
    /// Splits a table entry.
    pub fn new(text: &str) -> Phrase {
        let tokens = tokenize(text);
        Phrase {
            words: tokens.iter().map(|t| t.lower.to_string()).collect(),
            exact: tokens.iter().map(|t| t.text.to_string()).collect(),
            gaps: tokens.iter().map(|t| t.gap.to_string()).collect(),
        }
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether the phrase matches the tokens from `at` on (case-insensitively, or exactly).
    pub fn matches(&self, tokens: &[Token<'_>], at: usize, exact: bool) -> bool {
        let Some(slice) = tokens.get(at..at + self.len()) else {
            return false;
        };
        slice.iter().enumerate().all(|(k, t)| {
            let word_ok = if exact {
                t.text == self.exact[k]
            } else {
                t.lower == self.words[k]
            };
            word_ok && (k == 0 || gap_agrees(t.gap, &self.gaps[k]))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_keep_gaps_and_shapes() {
        let toks = tokenize("Sở PC&CC TP.HCM, xã H'Ra 141");
        let words: Vec<_> = toks.iter().map(|t| (t.text, t.gap)).collect();
        assert_eq!(
            words,
            vec![
                ("Sở", ""),
                ("PC", " "),
                ("CC", "&"),
                ("TP", " "),
                ("HCM", "."),
                ("xã", ", "),
                ("H'Ra", " "),
                ("141", " ")
            ]
        );
        assert_eq!(toks[0].shape, Shape::Title);
        assert_eq!(toks[1].shape, Shape::Upper);
        assert_eq!(toks[5].shape, Shape::Lower);
        assert_eq!(toks[7].shape, Shape::Num);
    }

    #[test]
    fn syllables_tell_vietnamese_from_foreign() {
        for w in [
            "minh", "anh", "nguyen", "thanh", "quang", "an", "lai", "nghệ",
        ] {
            assert!(looks_vietnamese(w), "{w}");
        }
        for w in ["reuters", "forbes", "entrepreneur", "michael", "macquarie"] {
            assert!(!looks_vietnamese(w), "{w}");
        }
    }

    #[test]
    fn glued_words_are_split() {
        let words: Vec<_> = tokenize("Long Biên2. Thanh TrìTrao VnExpress VTV3 iPhone5")
            .into_iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(
            words,
            vec![
                "Long",
                "Biên",
                "2",
                "Thanh",
                "Trì",
                "Trao",
                "VnExpress",
                "VTV3",
                "iPhone",
                "5"
            ]
        );
    }

    #[test]
    fn phrases_match_across_spellings_of_gaps() {
        let p = Phrase::new("Giáo dục - Đào tạo");
        let toks = tokenize("Sở Giáo dục-Đào tạo");
        assert!(p.matches(&toks, 1, false));
        let toks = tokenize("Sở giáo dục đào tạo");
        assert!(!p.matches(&toks, 1, false));
        assert!(Phrase::new("TP.HCM").matches(&tokenize("TP. HCM"), 0, true));
    }
}
