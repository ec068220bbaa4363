//! The decode stage through its public function: charset precedence, refuted declarations,
//! windows-1258 and NFD to NFC, and the inputs that are not text.

use proptest::prelude::*;
use tinbai::decode::{CharsetSource, Decoded, decode};
use unicode_normalization::UnicodeNormalization;

/// Our own sentence, with every kind of Vietnamese diacritic.
pub const SENTENCE: &str = "Sáng 24/5, Ủy ban nhân dân huyện Lạc Dương tổ chức hội nghị \
    tổng kết công tác phòng, chống thiên tai; ông Nguyễn Văn Được phát biểu ý kiến.";

/// Text as windows-1258 writes it: letters with circumflex, breve or horn are single bytes, tone
/// marks follow them as combining bytes.
pub fn windows_1258(text: &str) -> Vec<u8> {
    const TONES: [char; 5] = ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'];
    let mut out = String::new();
    for c in text.chars() {
        let nfd: String = c.to_string().nfd().collect();
        let tone: String = nfd.chars().filter(|c| TONES.contains(c)).collect();
        let base: String = nfd.chars().filter(|c| !TONES.contains(c)).nfc().collect();
        out.push_str(&base);
        out.push_str(&tone);
    }
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1258.encode(&out);
    assert!(!unmappable, "every character maps to windows-1258");
    bytes.into_owned()
}

fn page(meta: &str, body: &[u8]) -> Vec<u8> {
    [
        format!("<html><head>{meta}<title>Tin</title></head><body><p>").as_bytes(),
        body,
        b"</p></body></html>",
    ]
    .concat()
}

fn ok(bytes: &[u8], content_type: Option<&str>) -> Decoded {
    decode(bytes, content_type).unwrap()
}

#[test]
fn a_bom_beats_the_header_and_the_meta_tag() {
    let bytes = [
        b"\xef\xbb\xbf".as_slice(),
        &page("<meta charset=windows-1258>", SENTENCE.as_bytes()),
    ]
    .concat();
    let d = ok(&bytes, Some("text/html; charset=iso-8859-1"));
    assert_eq!(
        (d.charset.as_str(), d.charset_source),
        ("utf-8", CharsetSource::Bom)
    );
    assert!(d.text.contains(SENTENCE) && !d.text.starts_with('\u{feff}'));
}

#[test]
fn utf16_with_a_bom() {
    let html = String::from_utf8(page("", SENTENCE.as_bytes())).unwrap();
    for (bom, be) in [(b"\xff\xfe", false), (b"\xfe\xff", true)] {
        let units = html
            .encode_utf16()
            .flat_map(|u| if be { u.to_be_bytes() } else { u.to_le_bytes() });
        let bytes: Vec<u8> = bom.iter().copied().chain(units).collect();
        let d = ok(&bytes, None);
        assert_eq!(d.charset, if be { "utf-16be" } else { "utf-16le" });
        assert!(d.text.contains(SENTENCE));
    }
}

#[test]
fn the_header_beats_the_meta_tag_when_the_bytes_agree_with_both() {
    let bytes = page("<meta charset=iso-8859-1>", &windows_1258(SENTENCE));
    let d = ok(&bytes, Some("text/html; charset=windows-1258"));
    assert_eq!(
        (d.charset.as_str(), d.charset_source),
        ("windows-1258", CharsetSource::Header)
    );
    assert!(d.text.contains(SENTENCE), "NFC text: {}", d.text);
    assert!(d.warnings.is_empty(), "{:?}", d.warnings);
}

#[test]
fn a_refuted_header_falls_back_to_the_meta_tag_with_a_warning() {
    let bytes = page(
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\">",
        &windows_1258(SENTENCE),
    );
    let d = ok(&bytes, Some("text/html; charset=utf-8"));
    assert_eq!(
        (d.charset.as_str(), d.charset_source),
        ("windows-1258", CharsetSource::Meta)
    );
    assert!(d.text.contains(SENTENCE));
    assert_eq!(d.warnings.len(), 1, "{:?}", d.warnings);
    assert!(
        d.warnings[0].contains("Content-Type header declares utf-8, but the bytes are not utf-8")
    );
}

#[test]
fn windows_1258_is_detected_without_any_declaration_and_comes_out_nfc() {
    let d = ok(&page("", &windows_1258(SENTENCE)), None);
    assert_eq!(
        (d.charset.as_str(), d.charset_source),
        ("windows-1258", CharsetSource::Detected)
    );
    assert!(d.text.contains(SENTENCE));
    assert!(
        d.text
            .chars()
            .all(|c| !('\u{300}'..='\u{36f}').contains(&c)),
        "no combining marks left"
    );
}

#[test]
fn invalid_utf8_under_a_utf8_declaration_falls_back_to_detection() {
    let bytes = page("<meta charset=\"utf-8\">", &windows_1258(SENTENCE));
    let d = ok(&bytes, None);
    assert_eq!(
        (d.charset.as_str(), d.charset_source),
        ("windows-1258", CharsetSource::Detected)
    );
    assert!(d.text.contains(SENTENCE));
    assert!(d.warnings.iter().any(|w| w.contains("meta tag declares utf-8, but the bytes are not utf-8; decoded as windows-1258 (detection)")), "{:?}", d.warnings);
}

#[test]
fn damaged_utf8_stays_utf8_with_replacements() {
    let body = [SENTENCE.as_bytes(), b" \xe1\xba ", SENTENCE.as_bytes()].concat();
    let d = ok(&page("<meta charset=utf-8>", &body), None);
    assert_eq!(
        (d.charset.as_str(), d.charset_source),
        ("utf-8", CharsetSource::Meta)
    );
    assert!(d.had_errors);
    assert_eq!(d.text.matches('\u{fffd}').count(), 1);
    assert_eq!(d.text.matches(SENTENCE).count(), 2);
    assert!(
        d.warnings
            .iter()
            .any(|w| w.contains("replaced with U+FFFD")),
        "{:?}",
        d.warnings
    );
}

#[test]
fn utf8_served_as_latin1_is_read_as_utf8() {
    let d = ok(
        &page("", SENTENCE.as_bytes()),
        Some("text/html; charset=ISO-8859-1"),
    );
    assert_eq!(
        (d.charset.as_str(), d.charset_source),
        ("utf-8", CharsetSource::Detected)
    );
    assert!(d.text.contains(SENTENCE));
    assert!(
        d.warnings[0].contains("declares windows-1252, but the bytes are not windows-1252"),
        "{:?}",
        d.warnings
    );
}

#[test]
fn nfd_input_comes_out_nfc() {
    let nfd: String = SENTENCE.nfd().collect();
    assert_ne!(nfd, SENTENCE);
    let d = ok(&page("<meta charset=utf-8>", nfd.as_bytes()), None);
    assert!(d.text.contains(SENTENCE));
}

#[test]
fn ascii_unknown_labels_and_odd_content_types() {
    let d = ok(b"<p>Ha Noi &#7897;</p>", None);
    assert_eq!(d.charset, "utf-8");
    let d = ok(
        &page("<meta charset=klingon>", SENTENCE.as_bytes()),
        Some("application/octet-stream"),
    );
    assert_eq!(d.charset, "utf-8");
    assert!(
        d.warnings
            .iter()
            .any(|w| w.contains("unknown charset \"klingon\"")),
        "{:?}",
        d.warnings
    );
    assert!(
        d.warnings
            .iter()
            .any(|w| w.contains("Content-Type application/octet-stream")),
        "{:?}",
        d.warnings
    );
}

#[test]
fn what_is_not_text_says_so() {
    let cases: [(&[u8], &str); 6] = [
        (b"", "the input is empty"),
        (b" \r\n\t ", "the input is empty (only white space)"),
        (b"\xef\xbb\xbf", "the input is empty"),
        (
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01",
            "the input is not text: it looks like a PNG image",
        ),
        (
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
            "the input is not text: it looks like a PDF document",
        ),
        (
            b"PK\x03\x04\x14\0\0\0",
            "the input is not text: it looks like a ZIP archive (or an office document)",
        ),
    ];
    for (bytes, want) in cases {
        assert_eq!(decode(bytes, None).unwrap_err(), want);
    }
    let random: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let err = decode(&random, None).unwrap_err();
    assert!(
        err.starts_with("the input is not text: ") && err.contains("control characters"),
        "{err}"
    );
}

proptest! {
    #[test]
    fn any_bytes_decode_or_fail_cleanly(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        if let Ok(d) = decode(&bytes, Some("text/html; charset=utf-8")) {
            prop_assert!(!d.charset.is_empty());
        }
    }

    #[test]
    fn any_utf8_text_comes_back_as_its_nfc(text in "[a-zA-Z0-9 àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ,.]{1,200}") {
        let nfd: String = text.nfd().collect();
        let want: String = text.nfc().collect();
        prop_assume!(!want.trim().is_empty());
        let d = decode(nfd.as_bytes(), None).unwrap();
        prop_assert_eq!(d.text, want);
    }
}
