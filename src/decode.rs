//! Bytes to NFC text: which charset a page is in, its text in Unicode, and whether it is text at all.
//!
//! Precedence, most trusted first:
//! 1. a byte-order mark (UTF-8, UTF-16LE/BE): definitive, as in browsers;
//! 2. the Content-Type header's `charset`, then the page's `<meta charset>`, `http-equiv` or
//!    XML declaration, each taken only if the bytes agree with it: bytes that are not UTF-8
//!    refute `utf-8` (a few bad sequences in otherwise valid UTF-8 do not; they become U+FFFD),
//!    and valid non-ASCII UTF-8 refutes a legacy charset such as `windows-1252`, since legacy
//!    text is practically never valid UTF-8 by accident. A refuted declaration is a warning;
//! 3. detection: UTF-16 without a BOM from its NUL pattern, then UTF-8 if the bytes are (mostly)
//!    UTF-8, then chardetng with the `.vn` hint (which favours windows-1258).
//!
//! The text is NFC: windows-1258 decodes to a base letter plus a combining tone mark and some
//! pages are NFD; both come out composed. Empty input, known binary formats (by magic number)
//! and bytes that decode to control-character noise are errors ("not text"). Finding the
//! article in the text is left to [`crate::article`].

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};
use std::borrow::Cow;

/// Where the charset was learnt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CharsetSource {
    /// A byte-order mark.
    Bom,
    /// The Content-Type header.
    Header,
    /// A `<meta>` declaration (or XML declaration) in the page.
    Meta,
    /// Detection from the bytes.
    Detected,
}

impl CharsetSource {
    fn describe(self) -> &'static str {
        match self {
            CharsetSource::Bom => "byte-order mark",
            CharsetSource::Header => "Content-Type header",
            CharsetSource::Meta => "page's meta tag",
            CharsetSource::Detected => "detection",
        }
    }
}

/// A decoded page.
#[derive(Debug, Clone)]
pub struct Decoded {
    /// The text, in NFC, not yet otherwise normalized.
    pub text: String,
    /// The charset used, as its WHATWG name in lower case: `utf-8`, `windows-1258`, `utf-16le`.
    pub charset: String,
    /// Where the charset was learnt.
    pub charset_source: CharsetSource,
    /// Whether invalid byte sequences were replaced with U+FFFD.
    pub had_errors: bool,
    /// What the user may want to know: a declaration the bytes refuted, replaced bytes, a
    /// Content-Type that is not a text type.
    pub warnings: Vec<String>,
}

/// How much of the text the not-text check samples: enough to judge, cheap on big pages.
const SAMPLE_CHARS: usize = 64 * 1024;
/// How much of the page is searched for a `<meta>` charset declaration.
const META_SCAN_BYTES: usize = 8 * 1024;
/// How much of the page chardetng reads: more does not change its guess on real pages.
const DETECT_BYTES: usize = 256 * 1024;

/// Decodes bytes into NFC text.
///
/// # Errors
/// A message if the input is empty or is plainly not text (an image, a PDF, an archive, or
/// bytes that decode to control characters).
///
/// # Example
/// ```
/// let d = tinbai::decode::decode(b"<meta charset=\"utf-8\"><p>L\xe1\xba\xa1c</p>", None).unwrap();
/// assert_eq!(d.charset, "utf-8");
/// assert!(d.text.contains("Lạc"));
/// // windows-1258 writes "ạ" as "a" plus a combining dot below (0xF2); the text is NFC.
/// let d = tinbai::decode::decode(b"<p>La\xf2c</p>", Some("text/html; charset=windows-1258")).unwrap();
/// assert!(d.text.contains("Lạc"));
/// let err = tinbai::decode::decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", None).unwrap_err();
/// assert_eq!(err, "the input is not text: it looks like a PNG image");
/// ```
pub fn decode(bytes: &[u8], content_type: Option<&str>) -> Result<Decoded, String> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(empty(bytes.is_empty()));
    }
    if let Some(kind) = binary_kind(bytes) {
        return Err(format!("the input is not text: it looks like {kind}"));
    }
    let mut warnings = Vec::new();
    let (encoding, source) = choose(bytes, content_type, &mut warnings);
    let (text, had_errors) = match source {
        CharsetSource::Bom => encoding.decode_with_bom_removal(bytes),
        _ => encoding.decode_without_bom_handling(bytes),
    };
    if let Some(noise) = noise(&text) {
        return Err(format!("the input is not text: {noise}"));
    }
    if text.trim().is_empty() {
        return Err(empty(text.is_empty()));
    }
    let charset = encoding.name().to_ascii_lowercase();
    if had_errors {
        warnings.push(format!(
            "invalid {charset} byte sequences were replaced with U+FFFD"
        ));
    }
    warnings.extend(content_type.and_then(odd_content_type));
    let text = match crate::normalize::nfc::nfc(&text) {
        Cow::Borrowed(_) => text.into_owned(),
        Cow::Owned(composed) => composed,
    };
    Ok(Decoded {
        text,
        charset,
        charset_source: source,
        had_errors,
        warnings,
    })
}

fn empty(nothing: bool) -> String {
    if nothing {
        "the input is empty".to_string()
    } else {
        "the input is empty (only white space)".to_string()
    }
}

/// Picks the charset: BOM, then declarations the bytes agree with, then detection.
fn choose(
    bytes: &[u8],
    content_type: Option<&str>,
    warnings: &mut Vec<String>,
) -> (&'static Encoding, CharsetSource) {
    if let Some((encoding, _)) = Encoding::for_bom(bytes) {
        return (encoding, CharsetSource::Bom);
    }
    let utf16 = utf16_without_bom(bytes);
    let utf8 = Utf8Fit::of(bytes);
    let declared = [
        (content_type.and_then(charset_param), CharsetSource::Header),
        (meta_charset(bytes), CharsetSource::Meta),
    ];
    let mut refuted = Vec::new();
    for (label, source) in declared {
        let Some(label) = label else { continue };
        let encoding = match (Encoding::for_label(label.as_bytes()), source) {
            // A meta tag read as ASCII cannot truly mean UTF-16 (WHATWG).
            (Some(e), CharsetSource::Meta) => e.output_encoding(),
            (Some(e), _) => e,
            (None, _) => {
                warnings.push(format!(
                    "the {} names an unknown charset {label:?}",
                    source.describe()
                ));
                continue;
            }
        };
        if agrees(encoding, bytes, utf8, utf16) {
            report(warnings, &refuted, encoding, source);
            return (encoding, source);
        }
        refuted.push((encoding, source));
    }
    let encoding = utf16.unwrap_or_else(|| detect(bytes, utf8));
    report(warnings, &refuted, encoding, CharsetSource::Detected);
    (encoding, CharsetSource::Detected)
}

/// One warning per declaration that the bytes refuted, naming what was used instead.
fn report(
    warnings: &mut Vec<String>,
    refuted: &[(&'static Encoding, CharsetSource)],
    used: &'static Encoding,
    how: CharsetSource,
) {
    for (declared, source) in refuted {
        warnings.push(format!(
            "the {} declares {}, but the bytes are not {}; decoded as {} ({})",
            source.describe(),
            declared.name().to_ascii_lowercase(),
            declared.name().to_ascii_lowercase(),
            used.name().to_ascii_lowercase(),
            how.describe()
        ));
    }
}

/// How well bytes fit UTF-8.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Utf8Fit {
    /// Pure ASCII: any ASCII-compatible charset reads it the same.
    Ascii,
    /// Valid UTF-8 with non-ASCII characters.
    Valid,
    /// UTF-8 with a few broken sequences (a damaged or truncated page).
    Mostly,
    /// Not UTF-8.
    No,
}

impl Utf8Fit {
    fn of(bytes: &[u8]) -> Utf8Fit {
        if bytes.is_ascii() {
            return Utf8Fit::Ascii;
        }
        if std::str::from_utf8(bytes).is_ok() {
            return Utf8Fit::Valid;
        }
        let (mut good, mut bad) = (0usize, 0usize);
        let mut chunks = bytes.utf8_chunks().peekable();
        while let Some(chunk) = chunks.next() {
            good += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
            // A sequence cut off at the very end is a truncated page, not a wrong charset.
            let cut_at_end = chunks.peek().is_none() && chunk.invalid().len() < 4;
            if !chunk.invalid().is_empty() && !cut_at_end {
                bad += 1;
            }
        }
        // Legacy Vietnamese text (windows-1258) almost never forms valid multi-byte
        // sequences, so a page with many valid ones per broken one is damaged UTF-8.
        if good > 0 && good >= 4 * bad {
            Utf8Fit::Mostly
        } else {
            Utf8Fit::No
        }
    }
}

/// Whether bytes agree with a declared charset.
fn agrees(
    encoding: &'static Encoding,
    bytes: &[u8],
    utf8: Utf8Fit,
    utf16: Option<&'static Encoding>,
) -> bool {
    if encoding == UTF_16LE || encoding == UTF_16BE || utf16.is_some() {
        return utf16 == Some(encoding);
    }
    if encoding == UTF_8 {
        return utf8 != Utf8Fit::No;
    }
    if utf8 == Utf8Fit::Valid || encoding == encoding_rs::REPLACEMENT {
        return false;
    }
    encoding.is_single_byte()
        || encoding
            .decode_without_bom_handling_and_without_replacement(bytes)
            .is_some()
}

/// Detection when no declaration holds.
fn detect(bytes: &[u8], utf8: Utf8Fit) -> &'static Encoding {
    if utf8 != Utf8Fit::No {
        return UTF_8;
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(&bytes[..bytes.len().min(DETECT_BYTES)], true);
    detector.guess(Some(b"vn"), chardetng::Utf8Detection::Allow)
}

/// UTF-16 without a BOM, from the NULs that the high bytes of Latin text leave in every other
/// position of the first kilobyte.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(1024)];
    if head.len() < 16 || !head.contains(&0) {
        return None;
    }
    let zeros = |parity: usize| {
        head.iter()
            .skip(parity)
            .step_by(2)
            .filter(|b| **b == 0)
            .count()
    };
    let (even, odd, half) = (zeros(0), zeros(1), head.len() / 2);
    if odd * 10 >= half * 4 && even * 20 <= half {
        Some(UTF_16LE)
    } else if even * 10 >= half * 4 && odd * 20 <= half {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// The `charset` parameter of a Content-Type value (or of a meta tag's text).
fn charset_param(text: &str) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    let mut rest = lower.as_str();
    while let Some(at) = rest.find("charset") {
        rest = rest[at + 7..].trim_start();
        if let Some(value) = rest.strip_prefix('=') {
            let value = value
                .trim_start()
                .trim_start_matches(['"', '\''])
                .trim_start();
            let end = value
                .find(|c: char| matches!(c, ';' | '"' | '\'' | '>' | '/') || c.is_whitespace())
                .unwrap_or(value.len());
            return (end > 0).then(|| value[..end].to_string());
        }
    }
    None
}

/// The charset a page declares near its start: `<meta charset>`, `http-equiv`, or an XML
/// declaration's `encoding`.
fn meta_charset(bytes: &[u8]) -> Option<String> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(META_SCAN_BYTES)]);
    let lower = head.to_ascii_lowercase();
    if let Some(decl) = lower.trim_start().strip_prefix("<?xml") {
        let decl = &decl[..decl.find("?>").unwrap_or(decl.len())];
        if let Some(at) = decl.find("encoding") {
            return charset_param(&format!("charset{}", &decl[at + 8..]));
        }
    }
    let mut rest = lower.as_str();
    while let Some(at) = rest.find("<meta") {
        rest = &rest[at + 5..];
        let tag = &rest[..rest.find('>').unwrap_or(rest.len())];
        if let Some(label) = charset_param(tag) {
            return Some(label);
        }
    }
    None
}

/// A warning when the server's Content-Type is not a text type though the bytes are text.
fn odd_content_type(content_type: &str) -> Option<String> {
    let mime = content_type.split(';').next()?.trim().to_ascii_lowercase();
    let textual = mime.is_empty()
        || mime.starts_with("text/")
        || mime.ends_with("+xml")
        || mime == "application/xml";
    (!textual).then(|| format!("the server said Content-Type {mime}, but the body is text"))
}

/// Why decoded text is not text: too many control characters or replaced bytes, as random
/// bytes give (about one in eight bytes lands on a control character in any legacy charset).
fn noise(text: &str) -> Option<String> {
    let (seen, bad) = noise_counts(text);
    (bad >= 8 && bad * 20 > seen).then(|| {
        format!(
            "{}% of its first {seen} characters are control characters or undecodable bytes",
            bad * 100 / seen
        )
    })
}

/// Characters read (at most [`SAMPLE_CHARS`]) and how many of them are control characters
/// other than white space, or U+FFFD. Counted on the UTF-8 bytes with loops the compiler
/// vectorizes, since every page goes through here: controls are bytes 00–1F and 7F, or C2 80–9F
/// (U+0080–U+009F); U+FFFD is EF BF BD; a character starts at every byte but 80–BF.
fn noise_counts(text: &str) -> (usize, usize) {
    let starts = |bytes: &[u8]| bytes.iter().filter(|&&b| (b as i8) >= -0x40).count();
    let bytes = text.as_bytes();
    // The sample ends after SAMPLE_CHARS characters: whole blocks are counted at once, the
    // block where the count runs out byte by byte.
    let (mut seen, mut end) = (0, bytes.len());
    for (k, block) in bytes.chunks(4096).enumerate() {
        let n = starts(block);
        if seen + n <= SAMPLE_CHARS {
            seen += n;
            continue;
        }
        let at = k * 4096;
        end = at
            + block
                .iter()
                .enumerate()
                .filter(|&(_, &b)| (b as i8) >= -0x40)
                .nth(SAMPLE_CHARS - seen)
                .map_or(block.len(), |(i, _)| i);
        seen = SAMPLE_CHARS;
        break;
    }
    let sample = &bytes[..end];
    let ascii = sample
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)) || b == 0x7f)
        .count();
    let c1 = memchr::memchr_iter(0xc2, sample)
        .filter(|&i| sample.get(i + 1).is_some_and(|n| (0x80..=0x9f).contains(n)))
        .count();
    let replaced = memchr::memmem::find_iter(sample, "\u{fffd}".as_bytes()).count();
    (seen, ascii + c1 + replaced)
}

/// A name for inputs that are plainly binary, from their magic numbers.
fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: [(&[u8], &str); 20] = [
        (b"\x89PNG\r\n\x1a\n", "a PNG image"),
        (b"%PDF-", "a PDF document"),
        (b"\xff\xd8\xff", "a JPEG image"),
        (b"GIF87a", "a GIF image"),
        (b"GIF89a", "a GIF image"),
        (b"PK\x03\x04", "a ZIP archive (or an office document)"),
        (b"\x1f\x8b", "gzip data (compressed twice?)"),
        (b"BZh", "bzip2 data"),
        (b"\xfd7zXZ\x00", "xz data"),
        (b"\x28\xb5\x2f\xfd", "zstd data"),
        (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
        (b"Rar!\x1a\x07", "a RAR archive"),
        (b"RIFF", "a RIFF media file (WebP, WAV, AVI)"),
        (b"OggS", "an Ogg media file"),
        (b"ID3", "an MP3 audio file"),
        (b"\x7fELF", "an executable"),
        (b"\0asm", "a WebAssembly module"),
        (b"SQLite format 3\0", "an SQLite database"),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
            "an old Microsoft Office document",
        ),
        (b"wOF2", "a web font"),
    ];
    if bytes.get(4..8) == Some(b"ftyp") {
        return Some("an MP4 or QuickTime media file");
    }
    MAGIC
        .iter()
        .find(|(m, _)| bytes.starts_with(m))
        .map(|(_, k)| *k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charset_parameters_in_their_many_spellings() {
        for (text, want) in [
            ("text/html; charset=UTF-8", Some("utf-8")),
            ("text/html;charset=\"windows-1258\"", Some("windows-1258")),
            ("text/html; charset = 'utf-8' ; q=1", Some("utf-8")),
            (
                " http-equiv=\"content-type\" content=\"text/html; charset=iso-8859-1\"",
                Some("iso-8859-1"),
            ),
            ("text/html", None),
            ("text/html; charset=", None),
        ] {
            assert_eq!(charset_param(text).as_deref(), want, "{text}");
        }
    }

    #[test]
    fn meta_and_xml_declarations() {
        let meta = |s: &str| meta_charset(s.as_bytes());
        assert_eq!(
            meta("<html><head><META CHARSET=UTF-8>").as_deref(),
            Some("utf-8")
        );
        assert_eq!(
            meta("<meta name=x content=y><meta http-equiv=Content-Type content=\"text/html; charset=windows-1258\">").as_deref(),
            Some("windows-1258")
        );
        assert_eq!(
            meta("<?xml version=\"1.0\" encoding=\"windows-1258\"?><html>").as_deref(),
            Some("windows-1258")
        );
        assert_eq!(meta("<p>charset=utf-8 is not a tag</p>"), None);
    }

    #[test]
    fn utf8_fit_tells_damaged_utf8_from_legacy_bytes() {
        let good = "Phường Lạc Dương, tỉnh Lâm Đồng. ".repeat(4);
        assert_eq!(Utf8Fit::of(b"plain ascii"), Utf8Fit::Ascii);
        assert_eq!(Utf8Fit::of(good.as_bytes()), Utf8Fit::Valid);
        let damaged = [good.as_bytes(), b"\xff", good.as_bytes()].concat();
        assert_eq!(Utf8Fit::of(&damaged), Utf8Fit::Mostly);
        let cut = &good.as_bytes()[..good.len() - 1];
        assert_ne!(Utf8Fit::of(cut), Utf8Fit::No, "a truncated last character");
        let (legacy, _, _) = encoding_rs::WINDOWS_1258.encode(&good);
        assert_eq!(Utf8Fit::of(&legacy), Utf8Fit::No);
    }

    #[test]
    fn utf16_is_recognized_without_its_bom() {
        let text = "<p>Ủy ban nhân dân tỉnh Lâm Đồng</p>";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(utf16_without_bom(&le), Some(UTF_16LE));
        assert_eq!(utf16_without_bom(&be), Some(UTF_16BE));
        assert_eq!(utf16_without_bom(text.as_bytes()), None);
    }

    /// The noise counts read character by character, as first written.
    fn noise_counts_by_char(s: &str) -> (usize, usize) {
        let seen = s.chars().count().min(SAMPLE_CHARS);
        let bad = s
            .chars()
            .take(SAMPLE_CHARS)
            .filter(|&c| {
                c == '\u{fffd}' || (c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0c'))
            })
            .count();
        (seen, bad)
    }

    proptest::proptest! {
        #[test]
        fn noise_counts_agree_with_a_char_by_char_count(s in "(\\PC|[\\x00-\\x1f\\x7f-\\u{9f}\\u{fffd}]){0,64}") {
            proptest::prop_assert_eq!(noise_counts(&s), noise_counts_by_char(&s));
        }
    }

    #[test]
    fn noise_sample_ends_after_its_characters_across_blocks() {
        // Long texts of one-, two- and three-byte characters with controls on both sides of
        // the sample's end, which falls at different places in the 4,096-byte blocks.
        for unit in ["a\x01", "ạ\u{85}", "\u{fffd}b", "ê\x7fẫ\n"] {
            for extra in [0, 1, 2, 3, 4097] {
                let n = SAMPLE_CHARS / unit.chars().count() + extra;
                let text = unit.repeat(n);
                assert_eq!(
                    noise_counts(&text),
                    noise_counts_by_char(&text),
                    "{unit:?} {extra}"
                );
                let shifted = format!("xy{text}");
                assert_eq!(noise_counts(&shifted), noise_counts_by_char(&shifted));
            }
        }
    }

    #[test]
    fn noise_is_measured_on_controls_and_replacements() {
        assert!(noise("Xin chào\n\tbạn đọc").is_none());
        assert!(noise(&"ab\u{1}\u{2}".repeat(10)).is_some());
        assert!(noise("one stray \u{0} in a line of ordinary words").is_none());
    }
}
