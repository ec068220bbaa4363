//! A flat, pre-order view of the parsed page, with the text statistics every later step needs.
//!
//! The page is parsed once (scraper/html5ever); this module lays its nodes out in document order
//! so that a node's descendants are the slice `i + 1 .. end`. Walking that slice needs no
//! recursion, so a page of 200,000 nested `<div>`s cannot overflow the stack; elements deeper than
//! [`crate::Limits::max_dom_depth`] are flattened into their ancestor at the cap. Statistics
//! (visible characters, characters inside links, commas) are summed once, bottom-up.

use ego_tree::iter::Edge;
use scraper::{ElementRef, Html, Node as HtmlNode};

/// What a node of the flat view holds.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Data<'a> {
    /// An element; its attributes are read through scraper.
    Element(ElementRef<'a>),
    /// A text node.
    Text(&'a str),
}

/// One node of the flat view.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Node<'a> {
    pub data: Data<'a>,
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
}

const INLINE: &[&str] = &[
    "a", "abbr", "b", "big", "cite", "code", "del", "em", "font", "i", "img", "ins", "kbd", "label",
    "mark", "nobr", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time",
    "tt", "u", "var", "wbr", "br",
];

const INVISIBLE: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "select", "textarea", "button", "input", "option", "head", "title", "video",
    "audio", "map", "dialog",
];

const PARAGRAPHS: &[&str] = &[
    "p", "pre", "blockquote", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dd",
];

impl<'a> Dom<'a> {
    /// Lays out the parsed page, flattening elements nested deeper than `max_depth`.
    pub fn new(html: &'a Html, max_depth: usize) -> Dom<'a> {
        let mut nodes: Vec<Node<'a>> = Vec::with_capacity(html.tree.nodes().len());
        let mut open: Vec<u32> = Vec::new();
        let mut beyond = 0usize;
        for edge in html.tree.root().traverse() {
            match edge {
                Edge::Open(node) => match node.value() {
                    HtmlNode::Element(_) => {
                        if open.len() >= max_depth {
                            beyond += 1;
                            continue;
                        }
                        let Some(el) = ElementRef::wrap(node) else {
                            continue;
                        };
                        let parent = open.last().copied().unwrap_or(NONE);
                        let inherited = parent != NONE && nodes[parent as usize].invisible;
                        let idx = nodes.len() as u32;
                        nodes.push(Node {
                            data: Data::Element(el),
                            parent,
                            end: idx + 1,
                            invisible: inherited || is_invisible(el),
                            block: !INLINE.contains(&el.value().name()),
                        });
                        open.push(idx);
                    }
                    HtmlNode::Text(text) => {
                        let parent = open.last().copied().unwrap_or(NONE);
                        let invisible = parent != NONE && nodes[parent as usize].invisible;
                        let idx = nodes.len() as u32;
                        nodes.push(Node {
                            data: Data::Text(&**text),
                            parent,
                            end: idx + 1,
                            invisible,
                            block: false,
                        });
                    }
                    _ => {}
                },
                Edge::Close(node) if node.value().is_element() => {
                    if beyond > 0 {
                        beyond -= 1;
                    } else if let Some(idx) = open.pop() {
                        nodes[idx as usize].end = nodes.len() as u32;
                    }
                }
                Edge::Close(_) => {}
            }
        }
        let stats = compute_stats(&nodes);
        Dom { nodes, stats }
    }

    /// The element at `i`, if it is one.
    pub fn element(&self, i: usize) -> Option<ElementRef<'a>> {
        match self.nodes.get(i)?.data {
            Data::Element(el) => Some(el),
            Data::Text(_) => None,
        }
    }

    /// The tag name of the element at `i` (empty for text).
    pub fn tag(&self, i: usize) -> &'a str {
        self.element(i).map_or("", |el| el.value().name())
    }

    /// An attribute of the element at `i`.
    pub fn attr(&self, i: usize, name: &str) -> Option<&'a str> {
        self.element(i)?.value().attr(name)
    }

    /// The element's `class` and `id` joined, lower-cased, for hint matching.
    pub fn class_id(&self, i: usize) -> String {
        let Some(el) = self.element(i) else {
            return String::new();
        };
        let v = el.value();
        let mut s = String::new();
        if let Some(c) = v.attr("class") {
            s.push_str(c);
        }
        if let Some(id) = v.id() {
            s.push(' ');
            s.push_str(id);
        }
        s.to_ascii_lowercase()
    }

    /// The visible text of a subtree: block boundaries and `<br>` become line breaks.
    pub fn text(&self, i: usize) -> String {
        let mut out = String::new();
        self.text_into(i, &mut out, false);
        out
    }

    /// The subtree's text without the text of its block-level descendants.
    pub fn inline_text(&self, i: usize) -> String {
        let mut out = String::new();
        self.text_into(i, &mut out, true);
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
                Data::Text(t) => out.push_str(t),
                Data::Element(el) => {
                    let name = el.value().name();
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

    /// Whether `ancestor` contains `i` (or is it).
    pub fn contains(&self, ancestor: usize, i: usize) -> bool {
        ancestor <= i && i < self.nodes[ancestor].end as usize
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

fn is_invisible(el: ElementRef<'_>) -> bool {
    let v = el.value();
    if INVISIBLE.contains(&v.name()) || v.attr("hidden").is_some() {
        return true;
    }
    if v.attr("aria-hidden") == Some("true") && v.name() != "div" {
        return true;
    }
    v.attr("style").is_some_and(|s| {
        let s: String = s
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        s.contains("display:none") || s.contains("visibility:hidden")
    })
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
            let chars = t.chars().filter(|c| !c.is_whitespace()).count() as u32;
            let commas = t.chars().filter(|&c| c == ',' || c == '，').count() as u32;
            stats[i].chars = chars;
            stats[i].inline_chars = chars;
            stats[i].inline_commas = commas;
        }
        if let Data::Element(el) = node.data {
            let name = el.value().name();
            if name == "a" {
                stats[i].link_chars = stats[i].chars;
                stats[i].links += 1;
            }
            if PARAGRAPHS.contains(&name) {
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
        let html = Html::parse_document(
            "<body><div><p>Một, hai <a href='#'>ba</a></p><script>x()</script></div></body>",
        );
        let dom = Dom::new(&html, 512);
        let div = (0..dom.nodes.len()).find(|&i| dom.tag(i) == "div").unwrap();
        let p = (0..dom.nodes.len()).find(|&i| dom.tag(i) == "p").unwrap();
        assert!(dom.contains(div, p));
        assert_eq!(dom.stats[div].chars, 9);
        assert_eq!(dom.stats[div].link_chars, 2);
        assert_eq!(dom.stats[p].inline_commas, 1);
        assert_eq!(dom.stats[div].inline_chars, 0, "the paragraph is a block");
        assert_eq!(dom.text(div).trim(), "Một, hai ba");
    }

    #[test]
    fn deep_nesting_is_flattened_without_recursion() {
        let depth = 200_000;
        let html = format!("{}<p>đáy</p>{}", "<div>".repeat(depth), "</div>".repeat(depth));
        let parsed = Html::parse_document(&html);
        let dom = Dom::new(&parsed, 64);
        assert!(dom.nodes.len() < 100);
        assert!(dom.text(0).contains("đáy"));
    }
}
