//! The HTML tokenizer: tags with attributes, text with character references decoded, comments,
//! doctypes, and the raw-text content of `script`, `style`, `title` and kin.
//!
//! Simplified relative to the HTML5 tokenizer: it works on one string, not a stream; parse
//! errors are not reported; a doctype is read only for the quirks mode it selects. Newlines are
//! expected already normalized (see [`super::normalize_newlines`]).

use std::borrow::Cow;

/// One attribute: lower-case name and decoded value.
pub(crate) type Attr<'a> = (Cow<'a, str>, Cow<'a, str>);

/// A start tag.
#[derive(Debug)]
pub(crate) struct Tag<'a> {
    /// Lower-case name.
    pub name: Cow<'a, str>,
    /// Attributes in source order; a repeated name keeps its first value.
    pub attrs: Vec<Attr<'a>>,
    /// Written `<x/>`: honoured only for foreign (SVG, MathML) elements.
    pub self_closing: bool,
}

/// What the tokenizer emits.
#[derive(Debug)]
pub(crate) enum Token<'a> {
    Start(Tag<'a>),
    End(Cow<'a, str>),
    Text(Cow<'a, str>),
    Comment,
    /// Whether the doctype puts the document in quirks mode.
    Doctype(bool),
    Eof,
}

/// How the content of a raw-text element is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Raw {
    /// `title`, `textarea`: character references decoded.
    RcData,
    /// `script`, `style`, `xmp`, `iframe`, `noembed`, `noframes`, `noscript`.
    Text,
    /// `plaintext`: the rest of the page is text.
    Plaintext,
}

/// The raw-text kind of an HTML element, if its content is raw text.
pub(crate) fn raw_kind(name: &str) -> Option<(Raw, &'static str)> {
    Some(match name {
        "title" => (Raw::RcData, "title"),
        "textarea" => (Raw::RcData, "textarea"),
        "script" => (Raw::Text, "script"),
        "style" => (Raw::Text, "style"),
        "xmp" => (Raw::Text, "xmp"),
        "iframe" => (Raw::Text, "iframe"),
        "noembed" => (Raw::Text, "noembed"),
        "noframes" => (Raw::Text, "noframes"),
        "noscript" => (Raw::Text, "noscript"),
        "plaintext" => (Raw::Plaintext, "plaintext"),
        _ => return None,
    })
}

/// Splits a page into tokens, one at a time; the tree builder switches it into raw text.
pub(crate) struct Tokenizer<'a> {
    src: &'a str,
    pos: usize,
    raw: Option<(Raw, &'static str)>,
    /// The current node is foreign (SVG, MathML): `<![CDATA[…]]>` is text there.
    pub foreign: bool,
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0c' | b'\r')
}

impl<'a> Tokenizer<'a> {
    /// A tokenizer at the start of `src`.
    pub fn new(src: &'a str) -> Tokenizer<'a> {
        Tokenizer {
            src,
            pos: 0,
            raw: None,
            foreign: false,
        }
    }

    /// Reads the content that follows as raw text up to `</name`.
    pub fn set_raw(&mut self, raw: Raw, name: &'static str) {
        self.raw = Some((raw, name));
    }

    /// The next token.
    pub fn next_token(&mut self) -> Token<'a> {
        if let Some((raw, name)) = self.raw.take() {
            if let Some(t) = self.raw_text(raw, name) {
                return t;
            }
        }
        let src = self.src;
        let bytes = src.as_bytes();
        let start = self.pos;
        if start >= bytes.len() {
            return Token::Eof;
        }
        let mut at = start;
        loop {
            let Some(off) = memchr::memchr(b'<', &bytes[at..]) else {
                self.pos = bytes.len();
                return Token::Text(decode_text(&src[start..], false));
            };
            let lt = at + off;
            let next = bytes.get(lt + 1).copied().unwrap_or(0);
            let starts_markup = next.is_ascii_alphabetic() || matches!(next, b'/' | b'!' | b'?');
            if !starts_markup {
                at = lt + 1;
                continue;
            }
            if lt > start {
                self.pos = lt;
                return Token::Text(decode_text(&src[start..lt], false));
            }
            return self.markup(lt);
        }
    }

    /// Raw text up to the matching end tag; `None` when empty (the end tag follows).
    fn raw_text(&mut self, raw: Raw, name: &'static str) -> Option<Token<'a>> {
        let src = self.src;
        let start = self.pos;
        let end = if raw == Raw::Plaintext {
            src.len()
        } else if name == "script" {
            find_script_end(src, start)
        } else {
            find_end_tag(src, start, name)
        };
        self.pos = end;
        if end == start {
            return None;
        }
        let text = &src[start..end];
        Some(Token::Text(match raw {
            Raw::RcData => decode_rcdata(text),
            _ => replace_nul(text),
        }))
    }

    fn markup(&mut self, lt: usize) -> Token<'a> {
        let src = self.src;
        let bytes = src.as_bytes();
        let next = bytes[lt + 1];
        match next {
            b'!' => {
                let rest = &src[lt + 2..];
                if rest.starts_with("--") {
                    let body = lt + 4;
                    // `<!-->` and `<!--->` are empty comments.
                    if src[body..].starts_with('>') {
                        self.pos = body + 1;
                    } else if src[body..].starts_with("->") {
                        self.pos = body + 2;
                    } else {
                        self.pos = comment_end(src, body);
                    }
                    Token::Comment
                } else if rest
                    .as_bytes()
                    .get(..7)
                    .is_some_and(|d| d.eq_ignore_ascii_case(b"doctype"))
                {
                    let end = memchr::memchr(b'>', &bytes[lt..]).map_or(src.len(), |e| lt + e + 1);
                    let quirks = doctype_quirks(&src[lt + 9..end.min(src.len())]);
                    self.pos = end;
                    Token::Doctype(quirks)
                } else if self.foreign && rest.starts_with("[CDATA[") {
                    let body = lt + 9;
                    let end = src[body..].find("]]>").map_or(src.len(), |e| body + e);
                    self.pos = (end + 3).min(src.len());
                    Token::Text(Cow::Borrowed(&src[body..end]))
                } else {
                    self.pos = bogus_end(src, lt + 2);
                    Token::Comment
                }
            }
            b'?' => {
                self.pos = bogus_end(src, lt + 1);
                Token::Comment
            }
            b'/' => {
                let after = bytes.get(lt + 2).copied().unwrap_or(0);
                if after.is_ascii_alphabetic() {
                    let (tag, end) = read_tag(src, lt + 2);
                    self.pos = end;
                    match tag {
                        Some(t) => Token::End(t.name),
                        None => Token::Eof,
                    }
                } else if after == b'>' {
                    // `</>` is dropped without a trace: the text around it stays one node.
                    self.pos = lt + 3;
                    Token::Text(Cow::Borrowed(""))
                } else if lt + 2 >= bytes.len() {
                    self.pos = bytes.len();
                    Token::Text(Cow::Borrowed("</"))
                } else {
                    self.pos = bogus_end(src, lt + 2);
                    Token::Comment
                }
            }
            _ => {
                let (tag, end) = read_tag(src, lt + 1);
                self.pos = end;
                match tag {
                    Some(t) => Token::Start(t),
                    None => Token::Eof,
                }
            }
        }
    }
}

/// End of a comment body starting at `from` (`-->`, or `--!>`), or the end of the page.
fn comment_end(src: &str, from: usize) -> usize {
    let bytes = src.as_bytes();
    let mut at = from;
    while let Some(off) = memchr::memchr(b'>', &bytes[at..]) {
        let gt = at + off;
        let before = &src[from..gt];
        if before.ends_with("--") || before.ends_with("--!") {
            return gt + 1;
        }
        at = gt + 1;
    }
    src.len()
}

fn bogus_end(src: &str, from: usize) -> usize {
    memchr::memchr(b'>', &src.as_bytes()[from..]).map_or(src.len(), |e| from + e + 1)
}

/// The offset of `</name` (ASCII case-insensitive, followed by space, `/` or `>`), or the end.
fn find_end_tag(src: &str, from: usize, name: &str) -> usize {
    let bytes = src.as_bytes();
    let n = name.len();
    let mut at = from;
    while let Some(off) = memchr::memchr(b'<', &bytes[at..]) {
        let lt = at + off;
        if bytes.get(lt + 1) == Some(&b'/')
            && bytes
                .get(lt + 2..lt + 2 + n)
                .is_some_and(|s| s.eq_ignore_ascii_case(name.as_bytes()))
            && bytes
                .get(lt + 2 + n)
                .is_some_and(|&b| is_space(b) || b == b'/' || b == b'>')
        {
            return lt;
        }
        at = lt + 1;
    }
    src.len()
}

/// The end of a script's text, with the HTML5 script-data escape states: inside `<!--`, a
/// `<script` opens a nested script whose `</script>` does not end the outer one, until `-->`.
fn find_script_end(src: &str, from: usize) -> usize {
    let bytes = src.as_bytes();
    let ends_name = |at: usize| {
        bytes
            .get(at)
            .is_some_and(|&b| is_space(b) || b == b'/' || b == b'>')
    };
    let is_script = |at: usize| {
        bytes
            .get(at..at + 6)
            .is_some_and(|s| s.eq_ignore_ascii_case(b"script"))
            && ends_name(at + 6)
    };
    // 0: script data, 1: escaped (inside `<!--`), 2: double-escaped (a nested `<script`).
    let mut state = 0u8;
    let mut at = from;
    while let Some(off) = memchr::memchr2(b'<', b'-', &bytes[at..]) {
        let i = at + off;
        at = i + 1;
        if bytes[i] == b'-' {
            if state != 0 && bytes.get(i..i + 3) == Some(b"-->") {
                state = 0;
                at = i + 3;
            }
            continue;
        }
        if state == 0 && bytes.get(i..i + 4) == Some(b"<!--") {
            state = 1;
            // `<!--` shares its dashes with a following `>`: `<!-->` is escaped, then ends.
            at = i + 2;
            continue;
        }
        if bytes.get(i + 1) == Some(&b'/') && is_script(i + 2) {
            match state {
                2 => state = 1,
                _ => return i,
            }
            continue;
        }
        if state == 1 && is_script(i + 1) {
            state = 2;
        }
    }
    src.len()
}

/// Reads a tag whose name starts at `from`; returns it (`None` at the end of the page inside
/// the tag, which drops it, as HTML5 does) and the offset after its `>`.
fn read_tag(src: &str, from: usize) -> (Option<Tag<'_>>, usize) {
    let bytes = src.as_bytes();
    let mut i = from;
    while i < bytes.len() && !is_space(bytes[i]) && bytes[i] != b'/' && bytes[i] != b'>' {
        i += 1;
    }
    let name = lower(&src[from..i]);
    let mut attrs: Vec<Attr<'_>> = Vec::new();
    let mut self_closing = false;
    loop {
        while i < bytes.len() && is_space(bytes[i]) {
            i += 1;
        }
        let Some(&b) = bytes.get(i) else {
            return (None, bytes.len());
        };
        if b == b'>' {
            return (
                Some(Tag {
                    name,
                    attrs,
                    self_closing,
                }),
                i + 1,
            );
        }
        if b == b'/' {
            i += 1;
            self_closing = bytes.get(i) == Some(&b'>');
            continue;
        }
        self_closing = false;
        // Attribute name: a leading `=` belongs to it.
        let name_start = i;
        i += 1;
        while i < bytes.len() && !is_space(bytes[i]) && !matches!(bytes[i], b'/' | b'>' | b'=') {
            i += 1;
        }
        let attr_name = lower(&src[name_start..i]);
        while i < bytes.len() && is_space(bytes[i]) {
            i += 1;
        }
        let mut value: Cow<'_, str> = Cow::Borrowed("");
        if bytes.get(i) == Some(&b'=') {
            i += 1;
            while i < bytes.len() && is_space(bytes[i]) {
                i += 1;
            }
            match bytes.get(i) {
                Some(&q @ (b'"' | b'\'')) => {
                    let vstart = i + 1;
                    let Some(off) = memchr::memchr(q, &bytes[vstart..]) else {
                        return (None, bytes.len());
                    };
                    value = decode_text(&src[vstart..vstart + off], true);
                    i = vstart + off + 1;
                }
                Some(b'>') | None => {}
                Some(_) => {
                    let vstart = i;
                    while i < bytes.len() && !is_space(bytes[i]) && bytes[i] != b'>' {
                        i += 1;
                    }
                    value = decode_text(&src[vstart..i], true);
                }
            }
        }
        if !attrs.iter().any(|(n, _)| *n == attr_name) {
            attrs.push((attr_name, value));
        }
    }
}

/// ASCII lower-case, borrowing when the name already is; NUL becomes U+FFFD.
fn lower(s: &str) -> Cow<'_, str> {
    if s.bytes().any(|b| b.is_ascii_uppercase() || b == 0) {
        Cow::Owned(s.to_ascii_lowercase().replace('\0', "\u{fffd}"))
    } else {
        Cow::Borrowed(s)
    }
}

fn replace_nul(s: &str) -> Cow<'_, str> {
    if s.contains('\0') {
        Cow::Owned(s.replace('\0', "\u{fffd}"))
    } else {
        Cow::Borrowed(s)
    }
}

/// Decodes character references. In attribute values and RCDATA (`in_attr`) NUL becomes
/// U+FFFD; in text it is left for the tree builder, which drops it in the body but still lets
/// it end the head, as html5ever does.
pub(crate) fn decode_text(s: &str, in_attr: bool) -> Cow<'_, str> {
    decode(s, in_attr, in_attr)
}

/// RCDATA (`title`, `textarea`): references decoded as in text, NUL as U+FFFD.
fn decode_rcdata(s: &str) -> Cow<'_, str> {
    decode(s, false, true)
}

fn decode(s: &str, in_attr: bool, nul_fffd: bool) -> Cow<'_, str> {
    let bytes = s.as_bytes();
    let Some(first) = memchr::memchr2(b'&', 0, bytes) else {
        return Cow::Borrowed(s);
    };
    let mut out = String::with_capacity(s.len());
    out.push_str(&s[..first]);
    let mut i = first;
    let mut copied = first;
    while i < bytes.len() {
        match bytes[i] {
            0 if nul_fffd => {
                out.push_str(&s[copied..i]);
                out.push('\u{fffd}');
                i += 1;
                copied = i;
            }
            b'&' => {
                out.push_str(&s[copied..i]);
                let used = char_ref(&s[i + 1..], in_attr, &mut out);
                if used == 0 {
                    out.push('&');
                }
                i += 1 + used;
                copied = i;
            }
            _ => i += 1,
        }
    }
    out.push_str(&s[copied..]);
    Cow::Owned(out)
}

/// Decodes the character reference after a `&` into `out`; returns the bytes used (0: none).
fn char_ref(s: &str, in_attr: bool, out: &mut String) -> usize {
    let bytes = s.as_bytes();
    match bytes.first() {
        Some(b'#') => numeric_ref(s, out),
        Some(b) if b.is_ascii_alphanumeric() => named_ref(s, in_attr, out),
        _ => 0,
    }
}

fn numeric_ref(s: &str, out: &mut String) -> usize {
    let bytes = s.as_bytes();
    let (base, mut i) = match bytes.get(1) {
        Some(b'x' | b'X') => (16, 2),
        _ => (10, 1),
    };
    let digits_start = i;
    let mut n: u32 = 0;
    let mut too_big = false;
    while let Some(d) = bytes.get(i).and_then(|&b| (b as char).to_digit(base)) {
        n = n.wrapping_mul(base).wrapping_add(d);
        if n > 0x10FFFF {
            too_big = true;
        }
        i += 1;
    }
    if i == digits_start {
        return 0;
    }
    if bytes.get(i) == Some(&b';') {
        i += 1;
    }
    let c = match n {
        _ if too_big => '\u{fffd}',
        0 | 0xD800..=0xDFFF => '\u{fffd}',
        0x80..=0x9F => c1_replacement(n),
        _ => char::from_u32(n).unwrap_or('\u{fffd}'),
    };
    out.push(c);
    i
}

/// Windows-1252 meanings of C1 controls in numeric references, as HTML5 maps them.
fn c1_replacement(n: u32) -> char {
    const TABLE: [u32; 32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
        0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ];
    let m = TABLE.get((n - 0x80) as usize).copied().unwrap_or(n);
    char::from_u32(m).unwrap_or('\u{fffd}')
}

/// The longest entity name that is a prefix of `s` (the HTML5 table, legacy names without `;`
/// included). In attributes a legacy match followed by `=` or an alphanumeric is left as is.
fn named_ref(s: &str, in_attr: bool, out: &mut String) -> usize {
    let map = &web_atoms::NAMED_ENTITIES;
    let mut best: Option<(usize, (u32, u32))> = None;
    let mut k = 1;
    while let Some(prefix) = s.get(..k) {
        match map.get(prefix) {
            Some(&m) => {
                if m.0 != 0 {
                    best = Some((k, m));
                }
            }
            None => break,
        }
        k += 1;
        if k > s.len() {
            break;
        }
    }
    let Some((len, (c1, c2))) = best else {
        return 0;
    };
    if in_attr && !s[..len].ends_with(';') {
        let next = s.as_bytes().get(len).copied().unwrap_or(b' ');
        if next == b'=' || next.is_ascii_alphanumeric() {
            return 0;
        }
    }
    out.extend(char::from_u32(c1));
    if c2 != 0 {
        out.extend(char::from_u32(c2));
    }
    len
}

const QUIRKY_PUBLIC_PREFIXES: &[&str] = &[
    "+//silmaril//dtd html pro v0r11 19970101//",
    "-//advasoft ltd//dtd html 3.0 aswedit + extensions//",
    "-//as//dtd html 3.0 aswedit + extensions//",
    "-//ietf//dtd html",
    "-//metrius//dtd metrius presentational//",
    "-//microsoft//dtd internet explorer ",
    "-//netscape comm. corp.//dtd ",
    "-//o'reilly and associates//dtd html ",
    "-//softquad software//dtd hotmetal pro 6.0::19990601::extensions to html 4.0//",
    "-//softquad//dtd hotmetal pro 4.0::19971010::extensions to html 4.0//",
    "-//spyglass//dtd html 2.0 extended//",
    "-//sq//dtd html 2.0 hotmetal + extensions//",
    "-//sun microsystems corp.//dtd hotjava ",
    "-//w3c//dtd html 3 1995-03-24//",
    "-//w3c//dtd html 3.2",
    "-//w3c//dtd html 4.0 frameset//",
    "-//w3c//dtd html 4.0 transitional//",
    "-//w3c//dtd html experimental ",
    "-//w3c//dtd w3 html//",
    "-//w3o//dtd w3 html 3.0//",
    "-//webtechs//dtd mozilla html",
];

/// Whether a doctype (the text after `<!doctype`) selects quirks mode; a page without one is
/// in quirks mode too (the tree builder's default).
fn doctype_quirks(rest: &str) -> bool {
    let lower = rest.trim_end_matches('>').to_ascii_lowercase();
    let mut words = lower.split_whitespace();
    if words.next() != Some("html") {
        return true;
    }
    let quoted: Vec<&str> = lower.split(['"', '\'']).skip(1).step_by(2).collect();
    let public = if lower.contains("public") {
        quoted.first().copied()
    } else {
        None
    };
    let system = if lower.contains("public") {
        quoted.get(1).copied()
    } else if lower.contains("system") {
        quoted.first().copied()
    } else {
        None
    };
    if system == Some("http://www.ibm.com/data/dtd/v11/ibmxhtml1-transitional.dtd") {
        return true;
    }
    let Some(p) = public else {
        return false;
    };
    if matches!(
        p,
        "-//w3o//dtd w3 html strict 3.0//en//" | "-/w3c/dtd html 4.0 transitional/en" | "html"
    ) {
        return true;
    }
    if QUIRKY_PUBLIC_PREFIXES.iter().any(|q| p.starts_with(q)) {
        return true;
    }
    system.is_none()
        && (p.starts_with("-//w3c//dtd html 4.01 frameset//")
            || p.starts_with("-//w3c//dtd html 4.01 transitional//"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_decode_as_html5_does() {
        assert_eq!(
            decode_text("a &amp; b &lt;&gt; &copy 2024", false),
            "a & b <> © 2024"
        );
        assert_eq!(
            decode_text("&#7913;&#x1EE9;&#0;&#x110000;&#xD800;", false),
            "ứứ\u{fffd}\u{fffd}\u{fffd}"
        );
        assert_eq!(decode_text("&#150;&#128;", false), "–€");
        assert_eq!(
            decode_text("&notit; &bogus; & &#;", false),
            "¬it; &bogus; & &#;"
        );
        assert_eq!(decode_text("?a=1&copy=2&amp;b", true), "?a=1&copy=2&b");
        assert_eq!(decode_text("a\0b", false), "a\0b");
    }

    fn tokens(s: &str) -> Vec<String> {
        let mut t = Tokenizer::new(s);
        let mut out = Vec::new();
        loop {
            match t.next_token() {
                Token::Eof => break,
                Token::Start(tag) => {
                    if let Some((raw, name)) = raw_kind(&tag.name) {
                        t.set_raw(raw, name);
                    }
                    let attrs: Vec<String> =
                        tag.attrs.iter().map(|(n, v)| format!("{n}={v}")).collect();
                    out.push(format!("<{} {}>", tag.name, attrs.join(" ")));
                }
                Token::End(n) => out.push(format!("</{n}>")),
                Token::Text(x) => out.push(x.into_owned()),
                Token::Comment => out.push("#c".into()),
                Token::Doctype(q) => out.push(format!("#d{q}")),
            }
        }
        out
    }

    #[test]
    fn tags_attributes_and_raw_text() {
        assert_eq!(
            tokens("<!DOCTYPE html><DIV Class=\"a b\" id=x data-x='1' class=c hidden>t</div>"),
            [
                "#dfalse",
                "<div class=a b id=x data-x=1 hidden=>",
                "t",
                "</div>"
            ]
        );
        assert_eq!(
            tokens("<script>if (a<b) { x = '</div>' }</script ><p>"),
            [
                "<script >",
                "if (a<b) { x = '</div>' }",
                "</script>",
                "<p >"
            ]
        );
        assert_eq!(
            tokens("<title>A &amp; <b></TITLE>a < b <!-- c --> <?x> <!x> </ x>"),
            [
                "<title >", "A & <b>", "</title>", "a < b ", "#c", " ", "#c", " ", "#c", " ", "#c"
            ]
        );
        assert_eq!(
            tokens("<br/><img src=a.jpg/>"),
            ["<br >", "<img src=a.jpg/>"]
        );
        assert_eq!(
            tokens("<script><!--<script></script>x--></script>y"),
            ["<script >", "<!--<script></script>x-->", "</script>", "y"]
        );
        // Multi-byte text right after `<!` is a bogus comment, not a slicing error.
        assert_eq!(tokens("<!Sﾃ｡ng>x"), ["#c", "x"]);
    }

    #[test]
    fn doctypes_choose_quirks() {
        assert!(!doctype_quirks(" html>"));
        assert!(doctype_quirks(
            " html PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">"
        ));
        assert!(!doctype_quirks(
            " html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">"
        ));
    }
}
