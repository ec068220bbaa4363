//! Words of a matching key, as the name finders (people and places) see them.
//!
//! A word is a run of letters and digits, with the apostrophes of minority names (`H'Ra`,
//! `Cư M'gar`) and a hyphen that joins a lowercase part (`Sa-myeong`) kept inside. Between two
//! words is their gap; names are sequences of capitalised words joined by one space (or a hyphen,
//! or the `. ` after an initial). Sentence starts are told apart because a capital there proves
//! nothing. Folding ([`fold`]) gives the diacritic-free, case-free form that table lookups use,
//! so that `Dak Lak` finds `Đắk Lắk`.

use std::cell::OnceCell;

use unicode_normalization::UnicodeNormalization;

use crate::facts::Scan;
use crate::facts::latin::{self, Folded};

/// One word: its byte span in the key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Word {
    /// Start byte in the key.
    pub start: usize,
    /// End byte in the key.
    pub end: usize,
}

/// The words of a key, with what the finders ask of each many times: its lower-case and folded
/// forms and whether it is capitalised (computed once: Unicode case tables are not free).
#[derive(Debug)]
pub(crate) struct Words<'a> {
    /// The key they were read from.
    pub key: &'a str,
    split: &'a Split,
}

/// What [`Words`] knows of a key, without the key (so that a [`Scan`] can keep it for every
/// finder that splits the same text).
#[derive(Debug)]
pub(crate) struct Split {
    /// The words, in order.
    list: Vec<Word>,
    /// Lower-case forms of all words, one space between two (one buffer, not one string per
    /// word, and every phrase of [`Words::phrase_lower`] is a slice of it).
    lower: String,
    /// Byte span of each word's lower-case form in `lower`.
    lower_spans: Vec<(usize, usize)>,
    /// Folded forms, made when first asked for (most words are never looked up).
    folded: Vec<OnceCell<String>>,
    caps: Vec<bool>,
    acronyms: Vec<bool>,
}

impl<'a> Words<'a> {
    /// The words of a scan's key, split once per scan: the person and location finders both
    /// ask for them.
    pub(crate) fn of(scan: &'a Scan<'_>) -> Words<'a> {
        let key = scan.key();
        Words {
            key,
            split: scan.words.get_or_init(|| Split::new(key)),
        }
    }

    /// Number of words.
    pub(crate) fn len(&self) -> usize {
        self.split.list.len()
    }

    /// The text of word `i`.
    pub(crate) fn text(&self, i: usize) -> &'a str {
        let w = self.split.list[i];
        &self.key[w.start..w.end]
    }

    /// The text between word `i` and word `i + 1` (to the end of the key for the last word).
    pub(crate) fn gap_after(&self, i: usize) -> &'a str {
        let end = self
            .split
            .list
            .get(i + 1)
            .map_or(self.key.len(), |w| w.start);
        &self.key[self.split.list[i].end..end]
    }

    /// The text before word `i` back to the previous word (to the start of the key).
    pub(crate) fn gap_before(&self, i: usize) -> &'a str {
        let start = if i == 0 {
            0
        } else {
            self.split.list[i - 1].end
        };
        &self.key[start..self.split.list[i].start]
    }

    /// Whether word `i` is capitalised: an upper-case first letter, not an acronym (`UBND`).
    pub(crate) fn is_capitalized(&self, i: usize) -> bool {
        self.split.caps[i]
    }

    /// Whether word `i` is written in capitals only (see [`is_acronym`]).
    pub(crate) fn is_acronym(&self, i: usize) -> bool {
        self.split.acronyms[i]
    }

    /// The lower-case text of word `i`.
    pub(crate) fn lower(&self, i: usize) -> &'a str {
        let (start, end) = self.split.lower_spans[i];
        &self.split.lower[start..end]
    }

    /// Whether words `i` and `i + 1` belong to one name: one space, a hyphen, or `. ` after an
    /// initial (`John D. Rockefeller`).
    pub(crate) fn joined(&self, i: usize) -> bool {
        if i + 1 >= self.len() {
            return false;
        }
        match self.gap_after(i) {
            " " | "-" => true,
            ". " | "." => is_initial(self.text(i)),
            _ => false,
        }
    }

    /// Whether word `i` starts a sentence (so its capital says nothing about a name).
    pub(crate) fn starts_sentence(&self, i: usize) -> bool {
        let before = self.gap_before(i);
        let trimmed = before.trim_end_matches([' ', '"', '\'', '(', '[', '“', '‘']);
        if trimmed.is_empty() {
            // Nothing but quotes between this word and the previous one: only the first word of
            // the key starts a sentence that way.
            return i == 0 || before.contains('\n');
        }
        trimmed.ends_with(['.', '!', '?', ':', '\n', '…', ';'])
            || trimmed.ends_with(" -")
            || trimmed == "-"
    }

    /// The lower-case text of words `from..to` joined by single spaces.
    pub(crate) fn phrase_lower(&self, from: usize, to: usize) -> &'a str {
        if from >= to {
            return "";
        }
        let spans = &self.split.lower_spans;
        &self.split.lower[spans[from].0..spans[to - 1].1]
    }

    /// The folded form of words `from..to` (see [`fold`]), written into `buf`.
    pub(crate) fn fold_into(&self, from: usize, to: usize, buf: &mut String) {
        buf.clear();
        for i in from..to {
            buf.push_str(self.split.folded[i].get_or_init(|| fold(self.text(i))));
        }
    }

    /// The folded form of the key's text of words `from..to` (`fold(self.slice(from, to))`),
    /// written into `buf`: made of the words' folded forms where that is the same thing, that is
    /// where nothing between two words can be reordered into them by the decomposition (a gap of
    /// ASCII, or none before a Latin letter).
    pub(crate) fn fold_slice_into(&self, from: usize, to: usize, buf: &mut String) {
        let apart = (from + 1..to).all(|i| {
            let gap = self.gap_before(i);
            gap.is_ascii()
                && (!gap.is_empty()
                    || self
                        .text(i)
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_ascii() || latin::letter(c).is_some()))
        });
        if apart {
            self.fold_into(from, to, buf);
        } else {
            buf.clear();
            fold_append(self.slice(from, to), buf);
        }
    }

    /// The key's text of words `from..to`, gaps included.
    pub(crate) fn slice(&self, from: usize, to: usize) -> &'a str {
        let (start, end) = self.span(from, to);
        &self.key[start..end]
    }

    /// Byte span in the key of words `from..to` (exclusive).
    pub(crate) fn span(&self, from: usize, to: usize) -> (usize, usize) {
        (self.split.list[from].start, self.split.list[to - 1].end)
    }
}

impl Split {
    fn new(key: &str) -> Split {
        let mut list = Vec::new();
        let mut start: Option<usize> = None;
        let mut chars = key.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            // Most characters go on a word with a lower-case ASCII letter or stand between words
            // as ASCII punctuation or space: nothing below would change.
            let open = start.is_some();
            if c.is_ascii()
                && (open && c.is_ascii_lowercase() || !open && !c.is_ascii_alphanumeric())
            {
                continue;
            }
            let next = chars.peek().map(|&(_, n)| n);
            let inner = start.is_some()
                && match c {
                    '\'' => next.is_some_and(latin::is_alphabetic),
                    '-' => next.is_some_and(latin::is_lowercase),
                    _ => false,
                };
            // Two paragraphs run together (`Nguyễn Hoàng TônThí sinh`): a capital after a
            // lower-case letter starts a new word.
            let camel = word_break(key, i, c);
            if camel && let Some(s) = start.take() {
                list.push(Word { start: s, end: i });
            }
            if is_letter_or_digit(c) || inner {
                start.get_or_insert(i);
            } else if let Some(s) = start.take() {
                list.push(Word { start: s, end: i });
            }
        }
        if let Some(s) = start {
            list.push(Word {
                start: s,
                end: key.len(),
            });
        }
        let text = |w: &Word| &key[w.start..w.end];
        let mut lower = String::with_capacity(key.len());
        let mut lower_spans = Vec::with_capacity(list.len());
        for w in &list {
            if !lower.is_empty() {
                lower.push(' ');
            }
            let start = lower.len();
            // Per word, as before: `str::to_lowercase` treats a word-final sigma specially.
            latin::push_lowercase(text(w), &mut lower);
            lower_spans.push((start, lower.len()));
        }
        Split {
            lower,
            lower_spans,
            folded: vec![OnceCell::new(); list.len()],
            caps: list.iter().map(|w| is_capitalized(text(w))).collect(),
            acronyms: list.iter().map(|w| is_acronym(text(w))).collect(),
            list,
        }
    }
}

/// `char::is_alphanumeric` with a fast path for the Latin letters Vietnamese is written in (the
/// general Unicode lookup dominated the finders' time).
fn is_letter_or_digit(c: char) -> bool {
    match c as u32 {
        0x30..=0x39 | 0x41..=0x5a | 0x61..=0x7a => true,
        0x00..=0x7f | 0xd7 | 0xf7 => false,
        0xc0..=0x24f | 0x1e00..=0x1eff => true,
        _ => c.is_alphanumeric(),
    }
}

/// Whether a new word starts at `i` inside a run of letters: two paragraphs run together
/// (`TônThí`, `HCMHuy`) or a number glued to a name (`Đông Anh3. Giải ba`).
fn word_break(key: &str, i: usize, c: char) -> bool {
    // Only a capital or a digit can start one (most characters stop here, before any decoding).
    let capital = latin::is_uppercase(c);
    if !capital && !c.is_ascii_digit() {
        return false;
    }
    let mut before = key[..i].chars().rev();
    let (b1, b2) = (before.next(), before.next());
    let next = key[i + c.len_utf8()..].chars().next();
    let lower = |x: Option<char>| x.is_some_and(latin::is_lowercase);
    let upper = |x: Option<char>| x.is_some_and(latin::is_uppercase);
    (capital && lower(b1))
        || (capital && upper(b1) && upper(b2) && lower(next))
        || (c.is_ascii_digit() && lower(b1))
}

/// Whether a word is capitalised: upper-case first letter and, if longer than one letter, some
/// lower-case letter after it (so `UBND` and `TP` are not, `Hà` and `A` are).
pub(crate) fn is_capitalized(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if !latin::is_uppercase(first) {
        return false;
    }
    let mut letters = chars.filter(|&c| latin::is_alphabetic(c)).peekable();
    letters.peek().is_none() || letters.any(latin::is_lowercase)
}

/// Whether a word is written in capitals only (an acronym such as `UBND`, `TPHCM`): two letters
/// or more, none of them lower-case.
pub(crate) fn is_acronym(word: &str) -> bool {
    let mut letters = 0;
    for c in word.chars().filter(|&c| latin::is_alphabetic(c)) {
        if !latin::is_uppercase(c) {
            return false;
        }
        letters += 1;
    }
    letters >= 2
}

/// Whether a word is one capital letter (`D` of `John D. Rockefeller`).
pub(crate) fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
}

/// The diacritic-free, lower-case letters and digits of a text: `Đắk Lắk` → `daklak`.
///
/// # Example
/// ```ignore
/// assert_eq!(fold("Bà Rịa - Vũng Tàu"), "bariavungtau");
/// ```
pub(crate) fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_append(text, &mut out);
    out
}

/// Appends the folded form of a text to `out`: letter by letter from the table when every
/// letter is Latin (see [`latin`]), else through the decomposition.
pub(crate) fn fold_append(text: &str, out: &mut String) {
    let start = out.len();
    for c in text.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                out.push(c.to_ascii_lowercase());
            }
            continue;
        }
        match latin::letter(c).map_or(Folded::Slow, |l| l.folded) {
            Folded::Drop => {}
            Folded::One(f) => out.push(f),
            Folded::Slow => {
                out.truncate(start);
                fold_slow(text, out);
                return;
            }
        }
    }
}

/// [`fold_append`] the general way: decomposed, marks dropped.
pub(crate) fn fold_slow(text: &str, out: &mut String) {
    for c in text.nfd() {
        match c {
            'đ' | 'Đ' => out.push('d'),
            c if c.is_ascii_alphanumeric() => out.push(c.to_ascii_lowercase()),
            c if c.is_alphanumeric() => out.extend(c.to_lowercase()),
            _ => {}
        }
    }
}

/// Whether a word, diacritics stripped, has the shape of a Vietnamese syllable (onset, vowels,
/// coda). Foreign words (`Rodriguez`, `Xiaoyuan`, `Moan`) mostly do not.
pub(crate) fn is_vietnamese_syllable(word: &str) -> bool {
    let f = fold(word);
    let rest = ONSETS
        .iter()
        .find_map(|o| f.strip_prefix(o).filter(|r| !r.is_empty()))
        .unwrap_or(&f);
    if OPEN_RHYMES.contains(&rest) {
        return true;
    }
    NUCLEI.iter().any(|n| {
        rest.strip_prefix(n)
            .is_some_and(|coda| CODAS.contains(&coda))
    })
}

/// Onsets, longest first so that `ngh` is tried before `ng` and `n`.
const ONSETS: &[&str] = &[
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "g", "h",
    "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
];
const OPEN_RHYMES: &[&str] = &[
    "ieu", "yeu", "oai", "oay", "uoi", "uou", "uya", "uyu", "ai", "ao", "au", "ay", "eo", "eu",
    "ia", "iu", "oi", "ui", "ua", "uy", "ua", "uu", "ưu", "oeo",
];
const NUCLEI: &[&str] = &[
    "uye", "ie", "ye", "uo", "oa", "oe", "uy", "ua", "ue", "a", "e", "i", "o", "u", "y",
];
const CODAS: &[&str] = &["", "ng", "nh", "ch", "c", "m", "n", "p", "t"];

#[cfg(test)]
mod tests {
    use super::*;

    /// The words of `key` with their split, which the caller keeps alive.
    fn split(key: &str) -> (&str, Split) {
        (key, Split::new(key))
    }

    fn words<'a>((key, split): &'a (&'a str, Split)) -> Words<'a> {
        Words { key, split }
    }

    #[test]
    fn splits_words_and_keeps_inner_marks() {
        let w = split("xã H'Ra, Kim Sa-myeong (27 tuổi) - TP.HCM");
        let w = words(&w);
        let glued = split("Hoàng TônThí Anh3 HCMHuy QL32");
        let glued = words(&glued);
        let texts: Vec<_> = (0..glued.len()).map(|i| glued.text(i)).collect();
        assert_eq!(
            texts,
            ["Hoàng", "Tôn", "Thí", "Anh", "3", "HCM", "Huy", "QL32"]
        );
        let texts: Vec<_> = (0..w.len()).map(|i| w.text(i)).collect();
        assert_eq!(
            texts,
            ["xã", "H'Ra", "Kim", "Sa-myeong", "27", "tuổi", "TP", "HCM"]
        );
        assert!(w.joined(2));
        assert!(!w.joined(1));
        assert_eq!(w.gap_after(6), ".");
    }

    #[test]
    fn capitals_and_acronyms() {
        assert!(is_capitalized("Hà"));
        assert!(is_capitalized("A"));
        assert!(!is_capitalized("UBND"));
        assert!(!is_capitalized("hà"));
        assert!(is_acronym("TPHCM"));
        assert!(!is_acronym("A"));
    }

    #[test]
    fn sentence_starts() {
        let w = split("Ông Hải nói. Hải quân đến: Anh ấy");
        let w = words(&w);
        assert!(w.starts_sentence(0));
        assert!(!w.starts_sentence(1));
        assert!(w.starts_sentence(3));
        assert!(w.starts_sentence(6));
    }

    #[test]
    fn folds_diacritics() {
        assert_eq!(fold("Bà Rịa - Vũng Tàu"), "bariavungtau");
        assert_eq!(fold("Đắk Lắk"), fold("Dak Lak"));
    }

    #[test]
    fn folding_by_letter_is_folding_by_decomposition() {
        for c in (0..0x2000).filter_map(char::from_u32) {
            let text = format!("Đ{c}a\u{301}{c}");
            let mut slow = String::new();
            fold_slow(&text, &mut slow);
            assert_eq!(fold(&text), slow, "{c:?}");
        }
    }

    #[test]
    fn folded_slices_are_folded_words() {
        let w = split("Bà Rịa - Vũng Tàu, TônThí “Đắk Lắk” Ánh\u{301}x ΣΑΣ. Đà");
        let w = words(&w);
        let mut buf = String::new();
        for from in 0..w.len() {
            for to in from + 1..=w.len() {
                w.fold_slice_into(from, to, &mut buf);
                assert_eq!(buf, fold(w.slice(from, to)), "{from}..{to}");
            }
        }
        assert_eq!(w.phrase_lower(0, 2), "bà rịa");
        assert_eq!(w.phrase_lower(1, 1), "");
        assert_eq!(w.lower(10), "σας");
    }

    #[test]
    fn syllable_shapes() {
        for w in ["Nguyễn", "Thị", "Khoa", "Quyền", "Anh", "Hưng", "Nghiêng"] {
            assert!(is_vietnamese_syllable(w), "{w}");
        }
        for w in ["Rodriguez", "Xiaoyuan", "Roy", "Falcao", "Gyin", "Scuse"] {
            assert!(!is_vietnamese_syllable(w), "{w}");
        }
    }
}
