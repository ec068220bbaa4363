//! A flat, pre-order view of the parsed page, with the text statistics every later step needs.
//!
//! The page is parsed once ([`super::html`]); this module lays its nodes out in document order
//! so that a node's descendants are the slice `i + 1 .. end`. Walking that slice needs no
//! recursion, so a page of 200,000 nested `<div>`s cannot overflow the stack; elements deeper than
//! [`crate::Limits::max_dom_depth`] are flattened into their ancestor at the cap. Statistics
//! (visible characters, characters inside links, commas) are summed once, bottom-up.

use super::html::{Document, Kind, NIL, tree::Element};

/// What a node of the flat view holds.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Data<'a> {
    /// An element, with its attributes.
    Element(&'a Element<'a>),
    /// A text node.
    Text(&'a str),
}

/// One node of the flat view.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Node<'a> {
    pub data: Data<'a>,
    /// The element's tag name (empty for text), read once: later steps compare it often.
    pub tag: &'a str,
    /// Index of the parent element (`NONE` for the top).
    pub parent: u32,
    /// One past the index of the last descendant.
    pub end: u32,
    /// Nothing inside is shown to readers: scripts, styles, hidden elements, `<head>`.
    pub invisible: bool,
    /// The element lays out as a block (a paragraph boundary), not inline text.
    pub block: bool,
}

/// Visible-text statistics of a subtree.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Stats {
    /// Non-space characters.
    pub chars: u32,
    /// Non-space characters inside links.
    pub link_chars: u32,
    /// Non-space characters not inside a block-level descendant (the element's own paragraph).
    pub inline_chars: u32,
    /// Commas in the element's own paragraph text.
    pub inline_commas: u32,
    /// Block-level descendants that are paragraphs (`p`, `pre`, `blockquote`, `li`, headings).
    pub paragraphs: u32,
    /// `<a>` elements.
    pub links: u32,
}

/// Marks "no parent".
pub(crate) const NONE: u32 = u32::MAX;

/// The flat view of one parsed page.
pub(crate) struct Dom<'a> {
    pub nodes: Vec<Node<'a>>,
    pub stats: Vec<Stats>,
    /// Per node, the element's `class` and `id` joined and lower-cased (empty for text).
    class_ids: Vec<String>,
    /// The page is in quirks mode (profile selectors compare class and id case-insensitively).
    pub quirks: bool,
}

/// Inline elements (text, not a paragraph boundary). Matched by `match`: each element is
/// classified once, and a list search per element showed up in profiles.
fn is_inline(tag: &str) -> bool {
    matches!(
        tag,
        "a" | "abbr"
            | "b"
            | "big"
            | "cite"
            | "code"
            | "del"
            | "em"
            | "font"
            | "i"
            | "img"
            | "ins"
            | "kbd"
            | "label"
            | "mark"
            | "nobr"
            | "q"
            | "s"
            | "samp"
            | "small"
            | "span"
            | "strike"
            | "strong"
            | "sub"
            | "sup"
            | "time"
            | "tt"
            | "u"
            | "var"
            | "wbr"
            | "br"
    )
}

/// Elements whose content readers never see.
fn is_invisible_tag(tag: &str) -> bool {
    matches!(
        tag,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "svg"
            | "math"
            | "iframe"
            | "object"
            | "embed"
            | "canvas"
            | "select"
            | "textarea"
            | "button"
            | "input"
            | "option"
            | "head"
            | "title"
            | "video"
            | "audio"
            | "map"
            | "dialog"
    )
}

/// Block elements that are paragraphs.
fn is_paragraph(tag: &str) -> bool {
    matches!(
        tag,
        "p" | "pre" | "blockquote" | "li" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "dd"
    )
}

impl<'a> Dom<'a> {
    /// Lays out the parsed page, flattening elements nested deeper than `max_depth`.
    pub fn new(doc: &'a Document<'a>, max_depth: usize) -> Dom<'a> {
        let tree = &doc.nodes;
        let mut nodes: Vec<Node<'a>> = Vec::with_capacity(tree.len());
        let mut class_ids: Vec<String> = Vec::with_capacity(tree.len());
        let mut open: Vec<u32> = Vec::new();
        let mut beyond = 0usize;
        // Pre-order walk of the tree by its links: down to the first child, else on to the next
        // sibling, closing elements on the way up.
        let mut n = tree.first().map_or(NIL, |d| d.first_child);
        while n != NIL {
            let t = &tree[n as usize];
            match &t.kind {
                Kind::Element(el) => {
                    if open.len() >= max_depth {
                        beyond += 1;
                    } else {
                        let parent = open.last().copied().unwrap_or(NONE);
                        let inherited = parent != NONE && nodes[parent as usize].invisible;
                        let tag: &'a str = &el.name;
                        let attrs = Attrs::of(el);
                        let idx = nodes.len() as u32;
                        nodes.push(Node {
                            data: Data::Element(el),
                            tag,
                            parent,
                            end: idx + 1,
                            invisible: inherited || attrs.hide(tag),
                            block: !is_inline(tag),
                        });
                        class_ids.push(attrs.class_id());
                        open.push(idx);
                    }
                }
                Kind::Text(text) => {
                    let parent = open.last().copied().unwrap_or(NONE);
                    let invisible = parent != NONE && nodes[parent as usize].invisible;
                    let idx = nodes.len() as u32;
                    nodes.push(Node {
                        data: Data::Text(text),
                        tag: "",
                        parent,
                        end: idx + 1,
                        invisible,
                        block: false,
                    });
                    class_ids.push(String::new());
                }
                Kind::Document | Kind::Comment => {}
            }
            // A `<template>`'s content is not part of the page (html5ever keeps it in a
            // fragment of its own): the element is laid out, its content skipped.
            let descend = match &t.kind {
                Kind::Element(el) => el.foreign || el.name != "template",
                _ => false,
            };
            if descend && t.first_child != NIL {
                n = t.first_child;
                continue;
            }
            // Close `n` and its ancestors until one has a next sibling.
            let mut c = n;
            n = NIL;
            while c != NIL && c != 0 {
                let ct = &tree[c as usize];
                if matches!(ct.kind, Kind::Element(_)) {
                    if beyond > 0 {
                        beyond -= 1;
                    } else if let Some(idx) = open.pop() {
                        nodes[idx as usize].end = nodes.len() as u32;
                    }
                }
                if ct.next != NIL {
                    n = ct.next;
                    break;
                }
                c = ct.parent;
            }
        }
        let stats = compute_stats(&nodes);
        Dom {
            nodes,
            stats,
            class_ids,
            quirks: doc.quirks,
        }
    }

    /// Whether the node at `i` is an element.
    pub fn is_element(&self, i: usize) -> bool {
        self.nodes
            .get(i)
            .is_some_and(|n| matches!(n.data, Data::Element(_)))
    }

    /// The tag name of the element at `i` (empty for text).
    pub fn tag(&self, i: usize) -> &'a str {
        self.nodes.get(i).map_or("", |n| n.tag)
    }

    /// An attribute of the element at `i`.
    pub fn attr(&self, i: usize, name: &str) -> Option<&'a str> {
        match self.nodes.get(i)?.data {
            Data::Element(el) => el.attrs.iter().find(|(n, _)| n == name).map(|(_, v)| &**v),
            Data::Text(_) => None,
        }
    }

    /// The element's `class` and `id` joined, lower-cased, for hint matching (empty for text).
    pub fn class_id(&self, i: usize) -> &str {
        self.class_ids.get(i).map_or("", String::as_str)
    }

    /// The visible text of a subtree: block boundaries and `<br>` become line breaks.
    pub fn text(&self, i: usize) -> String {
        let mut out = String::new();
        self.text_into(i, &mut out, false);
        out
    }

    fn text_into(&self, i: usize, out: &mut String, inline_only: bool) {
        let Some(node) = self.nodes.get(i) else {
            return;
        };
        if let Data::Text(t) = node.data {
            out.push_str(t);
            return;
        }
        let mut j = i + 1;
        let end = node.end as usize;
        let mut closes: Vec<usize> = Vec::new();
        let mut last_parent = NONE;
        while j < end {
            while closes.last().is_some_and(|&c| c <= j) {
                closes.pop();
                out.push('\n');
            }
            let n = &self.nodes[j];
            if n.invisible {
                j = n.end as usize;
                continue;
            }
            match n.data {
                Data::Text(t) => {
                    push_text(out, t, n.parent != last_parent);
                    last_parent = n.parent;
                }
                Data::Element(_) => {
                    let name = n.tag;
                    if name == "br" {
                        out.push('\n');
                    } else if name == "img" {
                        out.push(' ');
                    } else if n.block {
                        if inline_only {
                            out.push('\n');
                            j = n.end as usize;
                            continue;
                        }
                        out.push('\n');
                        closes.push(n.end as usize);
                    }
                }
            }
            j += 1;
        }
    }

    /// Share of the subtree's characters that are inside links.
    pub fn link_density(&self, i: usize) -> f32 {
        let s = self.stats[i];
        if s.chars == 0 {
            0.0
        } else {
            s.link_chars as f32 / s.chars as f32
        }
    }

    /// Depth of a node below the top (ancestors counted by walking parents).
    pub fn parent(&self, i: usize) -> Option<usize> {
        let p = self.nodes.get(i)?.parent;
        (p != NONE).then_some(p as usize)
    }
}

/// Appends a text node's text. Where the text of one element meets another's with no space
/// between a lower-case letter and a capital (`<span>Đà Nẵng</span>Cây cầu…`, a layout that
/// spaces them with CSS), a space is put in.
pub(crate) fn push_text(buf: &mut String, text: &str, other_element: bool) {
    if other_element
        && buf.chars().last().is_some_and(char::is_lowercase)
        && text.chars().next().is_some_and(char::is_uppercase)
    {
        buf.push(' ');
    }
    buf.push_str(text);
}

/// The attributes that decide an element's visibility and hints, read in one pass.
#[derive(Default)]
struct Attrs<'a> {
    class: Option<&'a str>,
    id: Option<&'a str>,
    hidden: bool,
    aria_hidden: Option<&'a str>,
    style: Option<&'a str>,
}

impl<'a> Attrs<'a> {
    fn of(el: &'a Element<'a>) -> Attrs<'a> {
        let mut found = Attrs::default();
        for (n, v) in &el.attrs {
            let name: &str = n;
            if name == "id" {
                found.id = found.id.or(Some(&**v));
                continue;
            }
            match name {
                "class" => found.class = Some(&**v),
                "hidden" => found.hidden = true,
                "aria-hidden" => found.aria_hidden = Some(&**v),
                "style" => found.style = Some(&**v),
                _ => {}
            }
        }
        found
    }

    /// Whether the element hides its content from readers.
    fn hide(&self, tag: &str) -> bool {
        if is_invisible_tag(tag) || self.hidden {
            return true;
        }
        if self.aria_hidden == Some("true") && tag != "div" {
            return true;
        }
        self.style.is_some_and(|s| {
            let s: String = s
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect::<String>()
                .to_ascii_lowercase();
            s.contains("display:none") || s.contains("visibility:hidden")
        })
    }

    /// `class` and `id` joined with a space, lower-cased.
    fn class_id(&self) -> String {
        if self.class.is_none() && self.id.is_none() {
            return String::new();
        }
        let mut s = String::with_capacity(
            self.class.map_or(0, str::len) + self.id.map_or(0, |id| id.len() + 1),
        );
        if let Some(c) = self.class {
            s.push_str(c);
        }
        if let Some(id) = self.id {
            s.push(' ');
            s.push_str(id);
        }
        s.make_ascii_lowercase();
        s
    }
}

/// Sums statistics bottom-up: in pre-order, every child comes after its parent, so a reverse
/// sweep sees each node after all of its descendants.
fn compute_stats(nodes: &[Node<'_>]) -> Vec<Stats> {
    let mut stats = vec![Stats::default(); nodes.len()];
    for i in (0..nodes.len()).rev() {
        let node = &nodes[i];
        if node.invisible {
            continue;
        }
        if let Data::Text(t) = node.data {
            let (mut chars, mut commas) = (0u32, 0u32);
            for c in t.chars() {
                chars += u32::from(!c.is_whitespace());
                commas += u32::from(c == ',' || c == '，');
            }
            stats[i].chars = chars;
            stats[i].inline_chars = chars;
            stats[i].inline_commas = commas;
        }
        if let Data::Element(_) = node.data {
            let name = node.tag;
            if name == "a" {
                stats[i].link_chars = stats[i].chars;
                stats[i].links += 1;
            }
            if is_paragraph(name) {
                stats[i].paragraphs += 1;
            }
        }
        if node.parent == NONE {
            continue;
        }
        let s = stats[i];
        let p = &mut stats[node.parent as usize];
        p.chars += s.chars;
        p.link_chars += s.link_chars;
        p.paragraphs += s.paragraphs;
        p.links += s.links;
        if !node.block {
            p.inline_chars += s.inline_chars;
            p.inline_commas += s.inline_commas;
        }
    }
    stats
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descendants_are_a_slice_and_stats_add_up() {
        let html = crate::article::html::parse(
            "<body><div><p>Một, hai <a href='#'>ba</a></p><script>x()</script></div></body>",
            512,
        );
        let dom = Dom::new(&html, 512);
        let div = (0..dom.nodes.len()).find(|&i| dom.tag(i) == "div").unwrap();
        let p = (0..dom.nodes.len()).find(|&i| dom.tag(i) == "p").unwrap();
        assert!(div < p && p < dom.nodes[div].end as usize);
        assert_eq!(dom.stats[div].chars, 9);
        assert_eq!(dom.stats[div].link_chars, 2);
        assert_eq!(dom.stats[p].inline_commas, 1);
        assert_eq!(dom.stats[div].inline_chars, 0, "the paragraph is a block");
        assert_eq!(dom.text(div).trim(), "Một, hai ba");
    }

    #[test]
    fn deep_nesting_is_flattened_without_recursion() {
        let depth = 200_000;
        let html = format!(
            "{}<p>đáy</p>{}",
            "<div>".repeat(depth),
            "</div>".repeat(depth)
        );
        // The parser drops tags beyond the cap itself, and stays linear.
        let parsed = crate::article::html::parse(&html, 64);
        let dom = Dom::new(&parsed, 64);
        assert!(dom.nodes.len() < 100);
        assert!(dom.text(0).contains("đáy"));
    }
}
