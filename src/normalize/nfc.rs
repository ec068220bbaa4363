//! NFC of whole pages, at the cost of the parts that need it.
//!
//! Half of real Vietnamese pages are not entirely NFC: a few decomposed strings hide in a script
//! or an attribute, and a stray combining mark that composes with nothing keeps the quick check
//! at "maybe" even after normalization. Running the full algorithm over 500 kB of HTML for that
//! cost a sixth of the pipeline. NFC never acts across two adjacent ASCII characters (both are
//! starters, and no two ASCII characters compose), so the text is cut there into pieces of a few
//! hundred bytes; pieces that pass the quick check are copied, only the others are normalized.

use std::borrow::Cow;
use std::sync::LazyLock;

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// Bytes a piece takes at least before it may end (between two ASCII bytes).
const PIECE: usize = 256;

/// The text in NFC, borrowed when it already is.
///
/// # Example
/// ```
/// use tinbai::normalize::nfc::nfc;
/// // "Lạc" with a combining dot below (as windows-1258 writes it) comes out precomposed.
/// assert_eq!(nfc("<p>La\u{323}c</p>"), "<p>Lạc</p>");
/// assert!(matches!(nfc("Lạc Dương"), std::borrow::Cow::Borrowed(_)));
/// ```
pub fn nfc(text: &str) -> Cow<'_, str> {
    // One pass: pieces that pass the quick check stay where they are in `text` and are copied
    // in bulk once a piece needs normalizing; a text whose pieces all pass is borrowed.
    let mut out: Option<String> = None;
    let mut copied = 0;
    for (start, end) in pieces(text) {
        let piece = text.get(start..end).unwrap_or_default();
        if quick_check(piece) == IsNormalized::Yes {
            continue;
        }
        let buf = out.get_or_insert_with(|| String::with_capacity(text.len() + text.len() / 16));
        buf.push_str(text.get(copied..start).unwrap_or_default());
        buf.extend(piece.nfc());
        copied = end;
    }
    match out {
        None => Cow::Borrowed(text),
        Some(mut buf) => {
            buf.push_str(text.get(copied..).unwrap_or_default());
            Cow::Owned(buf)
        }
    }
}

/// The NFC quick check (UAX #15) as `unicode_normalization` runs it, with ASCII skipped eight
/// bytes at a time and the properties of common characters read from [`PROPS`]. ASCII is
/// always allowed and resets the check's state (it is a starter), so each run of non-ASCII
/// characters is checked on its own; a page is mostly ASCII markup.
fn quick_check(text: &str) -> IsNormalized {
    const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
    let bytes = text.as_bytes();
    let mut maybe = false;
    let mut i = 0;
    while i < bytes.len() {
        while let Some(word) = bytes.get(i..i + 8) {
            let mut eight = [0u8; 8];
            eight.copy_from_slice(word);
            if u64::from_le_bytes(eight) & HIGH_BITS != 0 {
                break;
            }
            i += 8;
        }
        while bytes.get(i).is_some_and(u8::is_ascii) {
            i += 1;
        }
        let start = i;
        while bytes.get(i).is_some_and(|b| !b.is_ascii()) {
            i += 1;
        }
        // `start` and `i` sit next to ASCII bytes (or the ends): character boundaries.
        let mut last_class = 0u8;
        for c in text.get(start..i).unwrap_or_default().chars() {
            let (class, answer) = props(c);
            if last_class > class && class != 0 {
                return IsNormalized::No;
            }
            match answer {
                QC_NO => return IsNormalized::No,
                QC_MAYBE => maybe = true,
                _ => {}
            }
            last_class = class;
        }
    }
    if maybe {
        IsNormalized::Maybe
    } else {
        IsNormalized::Yes
    }
}

const QC_YES: u8 = 0;
const QC_NO: u8 = 1;
const QC_MAYBE: u8 = 2;

/// Characters below this have their properties in [`PROPS`]: Latin with Vietnamese, combining
/// marks, general punctuation.
const PROPS_END: u32 = 0x3000;

/// Canonical combining class (low byte) and NFC quick-check answer (high byte) of U+0000 to
/// [`PROPS_END`], read from the library once: its two hashed lookups per character were most of
/// the check's cost on Vietnamese text.
static PROPS: LazyLock<Vec<u16>> = LazyLock::new(|| {
    (0..PROPS_END)
        .map(|u| char::from_u32(u).map_or(0, |c| u16::from(class(c)) | u16::from(answer(c)) << 8))
        .collect()
});

fn props(c: char) -> (u8, u8) {
    match PROPS.get(c as usize) {
        Some(&p) => ((p & 0xff) as u8, (p >> 8) as u8),
        None => (class(c), answer(c)),
    }
}

fn class(c: char) -> u8 {
    unicode_normalization::char::canonical_combining_class(c)
}

/// The quick-check answer of one character: alone, its combining class cannot make it `No`.
fn answer(c: char) -> u8 {
    match is_nfc_quick(std::iter::once(c)) {
        IsNormalized::Yes => QC_YES,
        IsNormalized::No => QC_NO,
        IsNormalized::Maybe => QC_MAYBE,
    }
}

/// Cuts the text into pieces of at least [`PIECE`] bytes, each ending where an ASCII byte
/// follows another (or at the end), which NFC treats independently; yields byte ranges, whose
/// ends are character boundaries.
fn pieces(text: &str) -> impl Iterator<Item = (usize, usize)> {
    let bytes = text.as_bytes();
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= bytes.len() {
            return None;
        }
        let mut end = (start + PIECE).min(bytes.len());
        while end < bytes.len() && !(bytes[end].is_ascii() && bytes[end - 1].is_ascii()) {
            end += 1;
        }
        // `end` is the text's end or an ASCII byte: a character boundary.
        let piece = (start, end);
        start = end;
        Some(piece)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Characters that stress NFC: ASCII, precomposed and decomposed Vietnamese, combining
    /// marks out of canonical order, a mark that composes with nothing, Hangul jamo.
    const ALPHABET: &[char] = &[
        'a', 'A', 'o', ' ', '<', '\n', 'ạ', 'ơ', 'Ư', 'đ', '\u{300}', '\u{301}', '\u{303}',
        '\u{309}', '\u{323}', '\u{31b}', '\u{302}', '\u{306}', '\u{20d7}', '\u{1100}', '\u{1161}',
        '\u{11a8}', 'x',
    ];

    proptest! {
        #[test]
        fn equals_the_full_algorithm(picks in prop::collection::vec(0..ALPHABET.len(), 0..2000)) {
            let text: String = picks.iter().map(|&i| ALPHABET[i]).collect();
            let want: String = text.nfc().collect();
            let got = nfc(&text);
            prop_assert_eq!(got.as_ref(), want.as_str());
        }
    }

    proptest! {
        #[test]
        fn quick_check_agrees_with_the_library(picks in prop::collection::vec(0..ALPHABET.len() + 5, 0..300)) {
            // Beyond the alphabet: characters past the property table (a Hangul syllable, a
            // composition exclusion, a combining mark of class 216) and a run of ASCII longer
            // than the eight bytes skipped at a time.
            const MORE: [&str; 5] = ["\u{ac00}", "\u{fb1d}", "\u{1d165}", "\u{1d16e}", "<div class=x>"];
            let text: String = picks
                .iter()
                .map(|&i| ALPHABET.get(i).map_or_else(|| MORE[i - ALPHABET.len()].to_string(), char::to_string))
                .collect();
            prop_assert_eq!(quick_check(&text), is_nfc_quick(text.chars()));
        }
    }

    #[test]
    fn long_ascii_runs_with_decomposed_words_between() {
        let word = "Lu\u{31b}\u{301}c ";
        let text = format!("{}{word}{}{word}", "x".repeat(1000), "<div>".repeat(300));
        assert_eq!(nfc(&text), text.nfc().collect::<String>());
        assert!(pieces(&text).count() > 3, "the text is cut into pieces");
        let joined: String = pieces(&text).map(|(s, e)| &text[s..e]).collect();
        assert_eq!(joined, text);
    }
}
