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
        move_tone(&chars[start..i], &mut out[start..i]);
    }
    out.into_iter().collect()
}

fn move_tone(word: &[char], out: &mut [char]) {
    let n = word.len();
    if n < 2 {
        return;
    }
    // Only a word ending in o or u and a toned vowel can change; splitting the last letter
    // (a decomposition) is left until the cheap test passes.
    let first = word[n - 2];
    if !matches!(first.to_ascii_lowercase(), 'o' | 'u') {
        return;
    }
    let (last, tone) = split_tone(word[n - 1]);
    let Some(tone) = tone else { return };
    let pair = (first.to_ascii_lowercase(), last.to_ascii_lowercase());
    let open = matches!(pair, ('o', 'a') | ('o', 'e') | ('u', 'y'));
    // In "quý" the u belongs to the consonant qu-, so the tone stays on y.
    let after_q = n >= 3 && word[n - 3].eq_ignore_ascii_case(&'q');
    if open && !after_q {
        out[n - 2] = with_tone(first, tone);
        out[n - 1] = last;
    }
}

#[cfg(test)]
mod tests {
    use super::canonical_tone;

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
