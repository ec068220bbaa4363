//! A fast HTML parser for the article stage, replacing html5ever and scraper on the hot path.
//!
//! Why: on real pages (~170 kB) html5ever's tokenizer and tree builder, through scraper's tree
//! of interned names and reference-counted strings, were nearly half of all instructions per
//! page. This parser reads the page as one `&str`, borrows tag names, attribute values and text
//! wherever nothing needs decoding, and builds a plain arena that [`crate::article::dom::Dom`]
//! lays out in one pass.
//!
//! What it simplifies relative to the HTML5 algorithm is listed in [`tokenize`] and [`tree`];
//! on the reference pages the article stage reads the same tree from it as from html5ever.

pub(crate) mod select;
pub(crate) mod tokenize;
pub(crate) mod tree;

use std::borrow::Cow;

pub(crate) use tree::{Document, Kind, NIL, parse};

/// CR and CRLF become LF, as the HTML5 input stream normalizes them before tokenizing.
pub(crate) fn normalize_newlines(html: &str) -> Cow<'_, str> {
    if memchr::memchr(b'\r', html.as_bytes()).is_none() {
        return Cow::Borrowed(html);
    }
    Cow::Owned(html.replace("\r\n", "\n").replace('\r', "\n"))
}
