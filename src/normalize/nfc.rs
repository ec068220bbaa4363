//! NFC of whole pages, at the cost of the parts that need it.
//!
//! Half of real Vietnamese pages are not entirely NFC: a few decomposed strings hide in a script
//! or an attribute, and a stray combining mark that composes with nothing keeps the quick check
//! at "maybe" even after normalization. Running the full algorithm over 500 kB of HTML for that
//! cost a sixth of the pipeline. NFC never acts across two adjacent ASCII characters (both are
//! starters, and no two ASCII characters compose), so the text is cut there into pieces of a few
//! hundred bytes; pieces that pass the quick check are copied, only the others are normalized.

use std::borrow::Cow;

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
    if is_nfc_quick(text.chars()) == IsNormalized::Yes {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    for piece in pieces(text) {
        if is_nfc_quick(piece.chars()) == IsNormalized::Yes {
            out.push_str(piece);
        } else {
            out.extend(piece.nfc());
        }
    }
    Cow::Owned(out)
}

/// Cuts the text into pieces of at least [`PIECE`] bytes, each ending where an ASCII byte
/// follows another (or at the end), which NFC treats independently.
fn pieces(text: &str) -> impl Iterator<Item = &str> {
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
        let piece = text.get(start..end).unwrap_or_default();
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

    #[test]
    fn long_ascii_runs_with_decomposed_words_between() {
        let word = "Lu\u{31b}\u{301}c ";
        let text = format!("{}{word}{}{word}", "x".repeat(1000), "<div>".repeat(300));
        assert_eq!(nfc(&text), text.nfc().collect::<String>());
        assert!(pieces(&text).count() > 3, "the text is cut into pieces");
        assert_eq!(pieces(&text).collect::<String>(), text);
    }
}
