//! Vietnamese text normalization: what the user sees, and a key that rules match against.
//!
//! [`clean`] makes the display text: NFC, invisible characters removed, no-break and other odd
//! spaces made plain, runs of spaces folded. [`Normalized`] pairs that text with a matching key
//! of exactly the same characters count, in which one tone-mark placement is chosen (`Uỷ` and `Ủy`
//! both read `Ủy`, `hoà` reads `hòa`), curly quotes read as straight ones and dashes as `-`. Rules
//! run on the key; because the key is aligned character for character with the text, a match's
//! character offsets are the fact's offsets in the text the user sees.
//!
//! Sentence splitting, casing and word segmentation are left to the facts stage.

pub mod nfc;
mod tone;

pub use tone::canonical_tone;

/// Cleans one block of text for display: NFC, invisible characters dropped, spaces folded.
///
/// Line breaks inside the block are kept as single `\n` (captions and poems use them); spaces
/// around them are removed. The result has no leading or trailing whitespace.
///
/// # Example
/// ```
/// let raw = "La\u{0323}c Dương\u{00a0}\u{00a0}có\u{200b} 24/34  khu";
/// assert_eq!(tinbai::normalize::clean("Ủy ban\u{00ad} nhân dân"), "Ủy ban nhân dân");
/// assert_eq!(tinbai::normalize::clean(raw), "Lạc Dương có 24/34 khu");
/// ```
pub fn clean(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut pending_space = false;
    let mut pending_newline = false;
    // Blocks from the article stage are nearly always NFC already: borrowed, not recomposed.
    for c in nfc::nfc(raw).chars() {
        if is_invisible(c) {
            continue;
        }
        if c == '\n' || c == '\u{2028}' || c == '\u{2029}' {
            pending_newline = true;
            continue;
        }
        if c.is_whitespace() || c.is_control() {
            pending_space = true;
            continue;
        }
        if !out.is_empty() {
            if pending_newline {
                out.push('\n');
            } else if pending_space {
                out.push(' ');
            }
        }
        pending_space = false;
        pending_newline = false;
        out.push(c);
    }
    out
}

/// Characters that carry no text: zero-width spaces and joiners, soft hyphen, the combining
/// grapheme joiner (U+034F, seen in copied Word text), BOMs left mid-text, bidi controls.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00ad}'
            | '\u{034f}'
            | '\u{061c}'
            | '\u{180e}'
            | '\u{200b}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206f}'
            | '\u{feff}'
            | '\u{fe00}'..='\u{fe0f}'
    )
}

/// The character that `c` reads as in the matching key (same count of characters always).
fn key_char(c: char) -> char {
    match c {
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{00ab}' | '\u{00bb}'
        | '\u{2033}' => '"',
        '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' | '`' | '\u{00b4}' => '\'',
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{fe63}' | '\u{ff0d}' => '-',
        '\u{ff05}' => '%',
        _ => c,
    }
}

/// Display text with its matching key and the offset maps between them.
///
/// # Example
/// ```
/// use tinbai::normalize::Normalized;
/// let n = Normalized::new("“Uỷ ban” – hoà giải");
/// assert_eq!(n.key(), "\"Ủy ban\" - hòa giải");
/// let start = n.key().find("hòa").unwrap();
/// let (s, e) = n.char_span(start, start + "hòa".len());
/// assert_eq!(n.slice(s, e), "hoà");
/// ```
#[derive(Debug, Clone)]
pub struct Normalized {
    text: String,
    key: String,
    /// Character index of every byte of `key` (and one past the end).
    key_byte_to_char: Vec<u32>,
    /// Byte offset in `text` of every character (and one past the end).
    text_char_to_byte: Vec<u32>,
}

impl Normalized {
    /// Builds the key for a text that [`clean`] (or the article stage) already produced.
    pub fn new(text: &str) -> Normalized {
        let text = text.to_string();
        let mut key = String::with_capacity(text.len());
        for c in text.chars() {
            key.push(key_char(c));
        }
        let key = canonical_tone(&key);
        let mut key_byte_to_char = vec![0u32; key.len() + 1];
        let mut count = 0u32;
        for (i, c) in key.char_indices() {
            for slot in &mut key_byte_to_char[i..i + c.len_utf8()] {
                *slot = count;
            }
            count += 1;
        }
        key_byte_to_char[key.len()] = count;
        let mut text_char_to_byte: Vec<u32> = text.char_indices().map(|(i, _)| i as u32).collect();
        text_char_to_byte.push(text.len() as u32);
        Normalized {
            text,
            key,
            key_byte_to_char,
            text_char_to_byte,
        }
    }

    /// The text the user sees.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The matching key: same characters count as [`Normalized::text`].
    pub fn key(&self) -> &str {
        &self.key
    }

    /// Number of characters (Unicode scalar values) in the text.
    pub fn char_len(&self) -> usize {
        self.text_char_to_byte.len() - 1
    }

    /// Converts a byte offset in the key to a character offset (in key and text alike).
    pub fn key_char(&self, byte: usize) -> usize {
        self.key_byte_to_char[byte.min(self.key.len())] as usize
    }

    /// Converts a byte range of the key to a character range.
    pub fn char_span(&self, start: usize, end: usize) -> (usize, usize) {
        (self.key_char(start), self.key_char(end))
    }

    /// Byte offset in the display text of character `index`.
    pub fn text_byte(&self, index: usize) -> usize {
        self.text_char_to_byte[index.min(self.char_len())] as usize
    }

    /// The display text between two character offsets.
    pub fn slice(&self, start: usize, end: usize) -> &str {
        let (s, e) = (self.text_byte(start), self.text_byte(end.max(start)));
        &self.text[s..e]
    }

    /// The display text under a byte range of the key.
    pub fn text_of_key(&self, start: usize, end: usize) -> &str {
        let (s, e) = self.char_span(start, end);
        self.slice(s, e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_folds_spaces_and_drops_invisibles() {
        assert_eq!(clean("  a \u{00a0}\t b\u{200b}c  "), "a bc");
        assert_eq!(clean("a \n\n  b"), "a\nb");
        assert_eq!(clean("Hoa\u{0300}"), "Hoà");
    }

    #[test]
    fn key_is_aligned_with_text() {
        let n = Normalized::new("Thuỳ “Uỷ” – khoẻ");
        assert_eq!(n.key(), "Thùy \"Ủy\" - khỏe");
        assert_eq!(n.key().chars().count(), n.text().chars().count());
        let b = n.key().find("khỏe").unwrap_or(0);
        assert_eq!(n.text_of_key(b, n.key().len()), "khoẻ");
    }

    #[test]
    fn clean_is_idempotent_on_samples() {
        for s in [
            "a\u{00a0} b",
            "x\u{034f}y",
            " Lạc  Dương \n",
            "e\u{0301}\u{0323}",
        ] {
            let once = clean(s);
            assert_eq!(clean(&once), once);
        }
    }
}
