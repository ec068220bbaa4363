//! Bytes to text: which charset a page is in, and its text in Unicode.
//!
//! The charset is taken, in order of trust, from a byte-order mark, the Content-Type header, the
//! page's `<meta charset>` or `http-equiv` declaration, and finally detection (chardetng). A
//! declaration that the bytes contradict (invalid UTF-8 under `utf-8`) falls back to detection.
//! windows-1258 decodes to decomposed tone marks; NFC is applied by [`crate::normalize`].

use encoding_rs::Encoding;

/// Where the charset was learnt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CharsetSource {
    /// A byte-order mark.
    Bom,
    /// The Content-Type header.
    Header,
    /// A `<meta>` declaration in the page.
    Meta,
    /// Statistical detection.
    Detected,
}

/// A decoded page.
#[derive(Debug, Clone)]
pub struct Decoded {
    /// The text, not yet normalized.
    pub text: String,
    /// The charset used, as its WHATWG name in lower case: `utf-8`, `windows-1258`.
    pub charset: String,
    /// Where the charset was learnt.
    pub charset_source: CharsetSource,
    /// Whether invalid byte sequences were replaced with U+FFFD.
    pub had_errors: bool,
}

/// Decodes bytes into text.
///
/// # Errors
/// A message if the input is empty or is plainly not text (an image, a PDF, an archive).
///
/// # Example
/// ```
/// let d = tinbai::decode::decode(b"<meta charset=\"utf-8\"><p>L\xe1\xba\xa1c</p>", None).unwrap();
/// assert_eq!(d.charset, "utf-8");
/// assert!(d.text.contains("Lạc"));
/// ```
pub fn decode(bytes: &[u8], content_type: Option<&str>) -> Result<Decoded, String> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err("the input is empty".to_string());
    }
    if let Some(kind) = binary_kind(bytes) {
        return Err(format!("the input is not text: it looks like {kind}"));
    }
    let (encoding, source) = choose(bytes, content_type);
    let (text, used, had_errors) = encoding.decode(bytes);
    Ok(Decoded {
        text: text.into_owned(),
        charset: used.name().to_ascii_lowercase(),
        charset_source: source,
        had_errors,
    })
}

fn choose(bytes: &[u8], content_type: Option<&str>) -> (&'static Encoding, CharsetSource) {
    if let Some((enc, _)) = Encoding::for_bom(bytes) {
        return (enc, CharsetSource::Bom);
    }
    let declared = content_type
        .and_then(charset_param)
        .map(|e| (e, CharsetSource::Header))
        .or_else(|| meta_charset(bytes).map(|e| (e, CharsetSource::Meta)));
    match declared {
        Some((enc, src)) if enc != encoding_rs::UTF_8 || std::str::from_utf8(bytes).is_ok() => {
            (enc, src)
        }
        _ => (detect(bytes), CharsetSource::Detected),
    }
}

/// The charset parameter of a Content-Type value.
fn charset_param(content_type: &str) -> Option<&'static Encoding> {
    let lower = content_type.to_ascii_lowercase();
    let at = lower.find("charset=")?;
    let value = lower[at + 8..].trim_start_matches(['"', '\'']);
    let end = value
        .find(|c: char| c == ';' || c == '"' || c == '\'' || c.is_whitespace())
        .unwrap_or(value.len());
    label(&value[..end])
}

fn label(name: &str) -> Option<&'static Encoding> {
    // UTF-16 declared in a meta tag of an ASCII-compatible page is a lie (WHATWG).
    Encoding::for_label(name.trim().as_bytes()).map(|e| e.output_encoding())
}

/// The charset a page declares in its first 4 KiB: `<meta charset>` or `http-equiv`.
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let text = String::from_utf8_lossy(head).to_ascii_lowercase();
    let mut rest = text.as_str();
    while let Some(at) = rest.find("<meta") {
        rest = &rest[at + 5..];
        let tag = &rest[..rest.find('>').unwrap_or(rest.len())];
        if let Some(enc) = charset_param(tag) {
            return Some(enc);
        }
    }
    None
}

fn detect(bytes: &[u8]) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    detector.guess(Some(b"vn"), chardetng::Utf8Detection::Allow)
}

/// A name for inputs that are plainly binary, from their magic numbers.
fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: [(&[u8], &str); 8] = [
        (b"\x89PNG\r\n\x1a\n", "a PNG image"),
        (b"%PDF-", "a PDF document"),
        (b"\xff\xd8\xff", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"PK\x03\x04", "a ZIP archive"),
        (b"\x1f\x8b", "gzip data"),
        (b"RIFF", "a RIFF media file"),
        (b"\x7fELF", "an executable"),
    ];
    MAGIC
        .iter()
        .find(|(m, _)| bytes.starts_with(m))
        .map(|(_, k)| *k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_then_meta_then_detection() {
        let html = b"<meta charset=windows-1258><p>Hoa\xcc</p>";
        assert_eq!(
            decode(html, None).map(|d| d.charset).ok(),
            Some("windows-1258".into())
        );
        let d = decode(html, Some("text/html; charset=UTF-8"));
        // The header says UTF-8 but the bytes are not: detection decides.
        assert_eq!(
            d.map(|d| d.charset_source).ok(),
            Some(CharsetSource::Detected)
        );
    }

    #[test]
    fn empty_and_binary_inputs_are_errors() {
        assert!(decode(b"", None).is_err());
        assert!(decode(b"  \n", None).is_err());
        assert!(decode(b"\x89PNG\r\n\x1a\n....", None).is_err());
    }
}
