//! Caps element nesting before parsing. An HTML parser checks "is there a `<p>` in scope?" by
//! scanning its stack of open elements, so 200,000 nested `<div>`s cost it quadratic time; start
//! and end tags nested deeper than the cap are dropped here (their text is kept, flattened into
//! the element at the cap), in one linear scan that copies nothing when the page is shallow.

use std::borrow::Cow;

/// What the scan needs to know of a tag name: whether it is counted, and whether its content is
/// raw text up to its end tag (then its lower-case name, to find that end tag).
///
/// Not counted: elements that never have an end tag, or whose end tag browsers imply on their
/// own, since `<p>` and `<li>` left open do not really nest. Raw text: `script`, `style`,
/// `textarea`, `title`, `xmp`, `noscript`, `plaintext`.
fn classify(name: &str) -> (bool, Option<&'static str>) {
    // The longest listed name has nine letters; tag names are ASCII here.
    let bytes = name.as_bytes();
    let mut lower = [0u8; 9];
    let Some(slot) = lower.get_mut(..bytes.len()) else {
        return (true, None);
    };
    for (l, b) in slot.iter_mut().zip(bytes) {
        *l = b.to_ascii_lowercase();
    }
    match &*slot {
        b"area" | b"base" | b"br" | b"col" | b"embed" | b"hr" | b"img" | b"input" | b"link"
        | b"meta" | b"param" | b"source" | b"track" | b"wbr" | b"p" | b"li" | b"dt" | b"dd"
        | b"option" | b"tr" | b"td" | b"th" | b"tbody" | b"thead" | b"tfoot" | b"colgroup"
        | b"image" => (false, None),
        b"script" => (true, Some("script")),
        b"style" => (true, Some("style")),
        b"textarea" => (true, Some("textarea")),
        b"title" => (true, Some("title")),
        b"xmp" => (true, Some("xmp")),
        b"noscript" => (true, Some("noscript")),
        b"plaintext" => (true, Some("plaintext")),
        _ => (true, None),
    }
}

/// Returns the page with tags nested deeper than `max_depth` removed.
///
/// # Example
/// ```ignore
/// let deep = format!("{}x{}", "<div>".repeat(5), "</div>".repeat(5));
/// assert_eq!(cap_nesting(&deep, 2), "<div><div>x</div></div>");
/// ```
pub(crate) fn cap_nesting(html: &str, max_depth: usize) -> Cow<'_, str> {
    let mut depth = 0usize;
    let mut out: Option<String> = None;
    let mut copied = 0usize;
    let mut i = 0usize;
    while let Some(off) = html[i..].find('<') {
        let start = i + off;
        let Some(tag) = read_tag(html, start) else {
            i = start + 1;
            continue;
        };
        i = tag.end;
        if let Some(name) = tag.raw {
            i = skip_raw(html, tag.end, name);
            continue;
        }
        if !tag.counted || tag.self_closing {
            continue;
        }
        let drop = if tag.closing {
            let d = depth > max_depth;
            depth = depth.saturating_sub(1);
            d
        } else {
            depth += 1;
            depth > max_depth
        };
        if drop {
            let buf = out.get_or_insert_with(|| String::with_capacity(html.len()));
            buf.push_str(&html[copied..start]);
            copied = tag.end;
        }
    }
    match out {
        None => Cow::Borrowed(html),
        Some(mut buf) => {
            buf.push_str(&html[copied..]);
            Cow::Owned(buf)
        }
    }
}

struct Tag {
    /// Whether the tag opens or closes a level of nesting (unless self-closing).
    counted: bool,
    closing: bool,
    self_closing: bool,
    /// A start tag of raw text, by its lower-case name.
    raw: Option<&'static str>,
    end: usize,
}

fn read_tag(html: &str, start: usize) -> Option<Tag> {
    let bytes = html.as_bytes();
    let rest = &html[start + 1..];
    if let Some(comment) = rest.strip_prefix("!--") {
        let end = comment
            .find("-->")
            .map_or(html.len(), |e| start + 4 + e + 3);
        return Some(Tag {
            counted: false,
            closing: false,
            self_closing: true,
            raw: None,
            end,
        });
    }
    let closing = rest.starts_with('/');
    let name_start = start + 1 + usize::from(closing);
    let name_len = bytes[name_start..]
        .iter()
        .position(|b| !b.is_ascii_alphanumeric())
        .unwrap_or(html.len() - name_start);
    if name_len == 0 {
        let end = html[start..]
            .find('>')
            .map_or(html.len(), |e| start + e + 1);
        return (rest.starts_with('!') || rest.starts_with('?')).then_some(Tag {
            counted: false,
            closing: false,
            self_closing: true,
            raw: None,
            end,
        });
    }
    let name = &html[name_start..name_start + name_len];
    let gt = html[name_start..].find('>')? + name_start;
    let (counted, raw) = classify(name);
    Some(Tag {
        counted,
        closing,
        self_closing: bytes[gt - 1] == b'/',
        raw: raw.filter(|_| !closing),
        end: gt + 1,
    })
}

fn skip_raw(html: &str, from: usize, name: &str) -> usize {
    let mut at = from;
    while let Some(off) = html[at..].find("</") {
        let pos = at + off;
        let after = &html.as_bytes()[pos + 2..];
        if after.len() >= name.len() && after[..name.len()].eq_ignore_ascii_case(name.as_bytes()) {
            return pos;
        }
        at = pos + 2;
    }
    html.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_tags_are_dropped_and_text_kept() {
        let deep = format!("{}x{}", "<div>".repeat(5), "</div>".repeat(5));
        assert_eq!(cap_nesting(&deep, 2), "<div><div>x</div></div>");
        let shallow = "<p>a<p>b<script>if (a<b) {}</script><div>c</div>";
        assert!(matches!(cap_nesting(shallow, 2), Cow::Borrowed(_)));
    }
}
