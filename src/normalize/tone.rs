//! One tone-mark placement for matching: `hoà`/`hòa`, `thuỷ`/`thủy`, `Uỷ`/`Ủy`, `khoẻ`/`khỏe`.
//!
//! Vietnamese writers put the tone of an open `oa`, `oe`, `uy` syllable on either vowel (the
//! "old" and "new" styles). The key always puts it on the first vowel, the form most news
//! sites use, so that one rule pattern matches both. Characters are only swapped, never added or
//! removed, which keeps the key aligned with the text.

use unicode_normalization::UnicodeNormalization;

/// The five combining tone marks of Vietnamese.
const TONES: [char; 5] = ['\u{0300}', '\u{0301}', '\u{0303}', '\u{0309}', '\u{0323}'];

/// Splits a precomposed letter into its toneless letter and its tone mark, if it has one.
fn split_tone(c: char) -> (char, Option<char>) {
    if c.is_ascii() {
        return (c, None);
    }
    let mut tone = None;
    let mut rest = String::new();
    for d in std::iter::once(c).nfd() {
        if TONES.contains(&d) {
            tone = Some(d);
        } else {
            rest.push(d);
        }
    }
    match (tone, rest.nfc().collect::<Vec<_>>().as_slice()) {
        (Some(t), [base]) => (*base, Some(t)),
        _ => (c, None),
    }
}

fn with_tone(base: char, tone: char) -> char {
    let composed: Vec<char> = [base, tone].into_iter().nfc().collect();
    match composed.as_slice() {
        [one] => *one,
        _ => base,
    }
}

/// Rewrites every open `oa`/`oe`/`uy` syllable with the tone on its first vowel.
///
/// # Example
/// ```
/// assert_eq!(tinbai::normalize::canonical_tone("Uỷ ban hoà giải, quý"), "Ủy ban hòa giải, quý");
/// ```
pub fn canonical_tone(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // Bytes of `s` before `copied` are in `out` already; only the rare rewritten pairs are
    // pushed one by one, the rest is copied in runs.
    let mut copied = 0;
    // The two characters before the current one, and where the last began.
    let (mut before_prev, mut prev, mut prev_at) = (None::<char>, None::<char>, 0);
    let mut chars = s.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        // A syllable can change only where a toned non-ASCII vowel ends a word after `o`/`u`;
        // the costly tests (Unicode letter, decomposition) wait until that cheap one passes.
        if let Some(first @ ('o' | 'u' | 'O' | 'U')) = prev
            && !c.is_ascii()
            && !chars.peek().is_some_and(|&(_, next)| next.is_alphabetic())
        {
            if let Some((first, last)) = moved_tone(before_prev, first, c) {
                out.push_str(&s[copied..prev_at]);
                out.push(first);
                out.push(last);
                copied = at + c.len_utf8();
            }
        }
        (before_prev, prev, prev_at) = (prev, Some(c), at);
    }
    out.push_str(&s[copied..]);
    out
}

/// The pair `first`+`last` ending a word, with the tone moved to `first` if it is an open
/// syllable (`oa`, `oe`, `uy`) with the tone on `last`. `before` is the character before
/// `first`: in "quý" the u belongs to the consonant qu-, so the tone stays on y.
fn moved_tone(before: Option<char>, first: char, last: char) -> Option<(char, char)> {
    let (last, tone) = split_tone(last);
    let tone = tone?;
    let pair = (first.to_ascii_lowercase(), last.to_ascii_lowercase());
    let open = matches!(pair, ('o', 'a') | ('o', 'e') | ('u', 'y'));
    let after_q = before.is_some_and(|b| b.eq_ignore_ascii_case(&'q'));
    (open && !after_q).then(|| (with_tone(first, tone), last))
}

#[cfg(test)]
mod tests {
    use super::{canonical_tone, split_tone, with_tone};
    use proptest::prelude::*;

    /// The rule read word by word, as first written: the streaming version must agree.
    fn word_by_word(s: &str) -> String {
        let chars: Vec<char> = s.chars().collect();
        let mut out = chars.clone();
        let mut i = 0;
        while i < chars.len() {
            if !chars[i].is_alphabetic() {
                i += 1;
                continue;
            }
            let start = i;
            while i < chars.len() && chars[i].is_alphabetic() {
                i += 1;
            }
            let (word, n) = (&chars[start..i], i - start);
            if n < 2 || !matches!(word[n - 2].to_ascii_lowercase(), 'o' | 'u') {
                continue;
            }
            let (last, Some(tone)) = split_tone(word[n - 1]) else {
                continue;
            };
            let pair = (word[n - 2].to_ascii_lowercase(), last.to_ascii_lowercase());
            let open = matches!(pair, ('o', 'a') | ('o', 'e') | ('u', 'y'));
            if open && !(n >= 3 && word[n - 3].eq_ignore_ascii_case(&'q')) {
                out[start + n - 2] = with_tone(word[n - 2], tone);
                out[start + n - 1] = last;
            }
        }
        out.into_iter().collect()
    }

    #[test]
    fn agrees_with_the_word_by_word_rule_on_every_short_string() {
        const ALPHABET: [char; 16] = [
            'q', 'Q', 'o', 'O', 'u', 'U', 'a', 'y', 'h', 'ỷ', 'Ỷ', 'à', 'ẹ', ' ', '\u{0301}', 'ß',
        ];
        let mut s = String::new();
        for n in 0..=4u32 {
            for mut code in 0..ALPHABET.len().pow(n) {
                s.clear();
                for _ in 0..n {
                    s.push(ALPHABET[code % ALPHABET.len()]);
                    code /= ALPHABET.len();
                }
                assert_eq!(canonical_tone(&s), word_by_word(&s), "{s:?}");
            }
        }
    }

    proptest! {
        #[test]
        fn agrees_with_the_word_by_word_rule(
            s in "([qQ]|[oOuU]|[aAeEyYhH]|[àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ]|[ ,0-9]|[\u{0300}\u{0301}\u{0309}\u{0323}]|\\PC){0,24}"
        ) {
            prop_assert_eq!(canonical_tone(&s), word_by_word(&s));
        }
    }

    #[test]
    fn moves_tone_to_first_vowel_of_open_syllables() {
        assert_eq!(canonical_tone("hoà hoả hoạ thoả"), "hòa hỏa họa thỏa");
        assert_eq!(canonical_tone("Thuỳ Uỷ UỶ khoẻ"), "Thùy Ủy ỦY khỏe");
        assert_eq!(
            canonical_tone("hoàng quý quỳ thuyết ngoài"),
            "hoàng quý quỳ thuyết ngoài"
        );
    }
}
