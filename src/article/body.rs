//! Finds the article's own text in a page: scores containers by the paragraphs they hold (the
//! readability way), keeps the best one and its sibling paragraphs, and reads its blocks in
//! order without navigation, related links, share bars, comments or ads.
//!
//! Metadata, bylines and the lead are the extractor's business; this module only says which
//! blocks of text the article is made of, and of what kind.

use super::BlockKind;
use super::dom::{Data, Dom, NONE, push_text};
use super::hints::{Families, Family, HINTS};

/// A block of text read from the page, with the element it came from.
#[derive(Debug, Clone)]
pub(crate) struct RawBlock {
    pub kind: BlockKind,
    pub text: String,
    /// The innermost block element holding the text.
    pub node: usize,
}

/// An image met in the article text.
#[derive(Debug, Clone)]
pub(crate) struct RawImage {
    pub src: String,
    /// Index of the first block read after the image.
    pub before_block: usize,
}

/// The article text of a page.
#[derive(Debug, Default)]
pub(crate) struct Body {
    pub blocks: Vec<RawBlock>,
    pub images: Vec<RawImage>,
    /// The chosen container.
    pub root: Option<usize>,
    /// Non-link characters of the blocks read.
    pub prose_chars: usize,
}

/// Per-element flags computed once, in document order.
pub(crate) struct Marks {
    /// The element is boilerplate, or inside boilerplate.
    pub excluded: Vec<bool>,
    /// The element itself is boilerplate (not only an ancestor).
    pub own: Vec<bool>,
    /// What the element's class and id say about it.
    pub hints: Vec<Families>,
}

const NEVER_CONTENT: &[&str] = &["nav", "aside", "footer", "header", "menu", "form"];

/// Flags boilerplate subtrees by tag and by class/id words.
pub(crate) fn mark(dom: &Dom<'_>) -> Marks {
    let n = dom.nodes.len();
    let mut excluded = vec![false; n];
    let mut own = vec![false; n];
    let mut hints = vec![Families::default(); n];
    let total = dom.stats.first().map_or(0, |s| s.chars);
    // Layouts repeat their class names (every teaser, every list item): each distinct one is
    // matched once.
    let mut known: rustc_hash::FxHashMap<&str, Families> = Default::default();
    for i in 0..n {
        if !dom.is_element(i) {
            continue;
        }
        let class_id = dom.class_id(i);
        hints[i] = match known.get(class_id) {
            Some(&f) => f,
            None => {
                let f = HINTS.families(class_id);
                known.insert(class_id, f);
                f
            }
        };
        let inherited = dom.parent(i).is_some_and(|p| excluded[p]);
        own[i] = is_boilerplate(dom, i, hints[i], total);
        excluded[i] = inherited || own[i];
    }
    Marks {
        excluded,
        own,
        hints,
    }
}

fn is_boilerplate(dom: &Dom<'_>, i: usize, hints: Families, total: u32) -> bool {
    let tag = dom.tag(i);
    if matches!(tag, "body" | "html" | "main" | "article") {
        return false;
    }
    // A layout wrapper named `sidebar_1` or `widgetlist` that holds most of the page's text
    // is where the article is, whatever its name says; comments never are.
    let s = dom.stats[i];
    let wrapper = (s.chars * 5 > total * 2 || s.chars >= 1000)
        && s.paragraphs >= 3
        && dom.link_density(i) < 0.3;
    if wrapper && !hints.has(Family::COMMENT) {
        return false;
    }
    if NEVER_CONTENT.contains(&tag) {
        // A form may wrap a whole ASP.NET page; only small forms are boilerplate.
        return tag != "form" || dom.stats[i].chars < 500;
    }
    if matches!(
        dom.attr(i, "role"),
        Some("navigation" | "complementary" | "banner" | "contentinfo")
    ) {
        return true;
    }
    if !hints.has(Family::BOILERPLATE) {
        return false;
    }
    !hints.has(Family::POSITIVE) || dom.link_density(i) > 0.5
}

fn is_paragraph_like(tag: &str) -> bool {
    matches!(
        tag,
        "p" | "pre"
            | "td"
            | "blockquote"
            | "dd"
            | "div"
            | "section"
            | "article"
            | "li"
            | "font"
            | "center"
            | "main"
            | "span"
    )
}

fn base_score(tag: &str) -> f32 {
    match tag {
        "div" | "article" | "main" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    }
}

fn class_weight(hints: Families) -> f32 {
    let mut w = 0.0;
    if hints.has(Family::POSITIVE) {
        w += 25.0;
    }
    if hints.has(Family::BOILERPLATE) {
        w -= 25.0;
    }
    w
}

/// Scores every container by the paragraphs below it; returns the best one.
fn best_container(dom: &Dom<'_>, marks: &Marks) -> Option<(usize, Vec<bool>)> {
    let n = dom.nodes.len();
    let mut score = vec![f32::NAN; n];
    for i in 0..n {
        let node = &dom.nodes[i];
        if node.invisible || marks.excluded[i] || !node.block || !is_paragraph_like(dom.tag(i)) {
            continue;
        }
        let s = dom.stats[i];
        if s.inline_chars < 25 {
            continue;
        }
        let points = 1.0 + s.inline_commas as f32 + (s.inline_chars as f32 / 100.0).min(3.0);
        // Text mixed with blocks (a `div` of text and `<br>`s) is its own paragraph's parent.
        let mut target = if s.chars > s.inline_chars + 10 {
            Some(i)
        } else {
            dom.parent(i)
        };
        for level in 0..4 {
            let Some(t) = target else { break };
            if score[t].is_nan() {
                score[t] = base_score(dom.tag(t)) + class_weight(marks.hints[t]);
            }
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f32 * 3.0,
            };
            score[t] += points / divider;
            target = dom.parent(t);
        }
    }
    let mut best: Option<(usize, f32)> = None;
    for (i, &s) in score.iter().enumerate() {
        if s.is_nan() || marks.excluded[i] {
            continue;
        }
        let adjusted = s * (1.0 - dom.link_density(i));
        if best.is_none_or(|(_, b)| adjusted > b) {
            best = Some((i, adjusted));
        }
    }
    let (top, top_score) = best?;
    let threshold = (top_score * 0.2).max(10.0);
    let top = widen(dom, &score, top, top_score);
    let strong: Vec<bool> = score
        .iter()
        .enumerate()
        .map(|(i, s)| !s.is_nan() && s * (1.0 - dom.link_density(i)) >= threshold)
        .collect();
    Some((top, strong))
}

/// Moves up from the top candidate while its parent holds little more than it (a wrapper
/// `div` around the text), so that sibling paragraphs come with it.
fn widen(dom: &Dom<'_>, score: &[f32], mut top: usize, top_score: f32) -> usize {
    let mine = dom.stats[top].chars as f32;
    while let Some(p) = dom.parent(top) {
        let theirs = dom.stats[p].chars as f32;
        let parent_score = score[p];
        let widens = theirs <= mine * 1.15 && dom.link_density(p) < 0.3;
        let stronger =
            !parent_score.is_nan() && parent_score * (1.0 - dom.link_density(p)) >= top_score;
        if widens || stronger {
            top = p;
        } else {
            break;
        }
    }
    top
}

/// The container and those of its siblings that also read as article text.
fn chosen(dom: &Dom<'_>, marks: &Marks, top: usize, strong: &[bool]) -> Vec<usize> {
    let Some(parent) = dom.parent(top) else {
        return vec![top];
    };
    let mut out = Vec::new();
    let end = dom.nodes[parent].end as usize;
    let mut j = parent + 1;
    while j < end {
        let next = dom.nodes[j].end as usize;
        if j == top {
            out.push(j);
        } else if dom.is_element(j) && !marks.excluded[j] && !dom.nodes[j].invisible {
            let s = dom.stats[j];
            let ld = dom.link_density(j);
            let tag = dom.tag(j);
            let prose = s.chars >= 80 && ld < 0.25 && s.paragraphs <= 1;
            let lead = marks.hints[j].has(Family::LEAD) && ld < 0.3;
            let block = matches!(tag, "p" | "div" | "h2" | "blockquote" | "section" | "table");
            if (strong[j] && ld < 0.25) || ((prose || lead) && block) {
                out.push(j);
            }
        }
        j = next;
    }
    out
}

/// Reads the article text of a page.
pub(crate) fn extract(dom: &Dom<'_>, marks: &Marks) -> Body {
    let mut body = Body::default();
    let Some((top, strong)) = best_container(dom, marks) else {
        return body;
    };
    body.root = Some(top);
    for root in chosen(dom, marks, top, &strong) {
        read_blocks(dom, marks, root, &mut body);
    }
    body
}

/// Reads a subtree (or a single element) as blocks, skipping boilerplate inside it.
pub(crate) fn read_blocks(dom: &Dom<'_>, marks: &Marks, root: usize, body: &mut Body) {
    let mut reader = Reader {
        dom,
        buf: String::new(),
        owner: root,
        link_chars: 0,
        last_parent: NONE,
        body,
    };
    let end = dom.nodes[root].end as usize;
    // Open block elements: (end index, kind of text inside).
    let mut open: Vec<(usize, usize)> = vec![(end, root)];
    let mut j = root;
    while j < end {
        while open.last().is_some_and(|&(e, _)| e <= j) {
            open.pop();
            reader.flush(marks);
            reader.owner = open.last().map_or(root, |&(_, o)| o);
        }
        let node = &dom.nodes[j];
        if j != root && (node.invisible || marks.own[j] || link_block(dom, j)) {
            j = node.end as usize;
            continue;
        }
        match node.data {
            Data::Text(t) => {
                push_text(&mut reader.buf, t, node.parent != reader.last_parent);
                reader.last_parent = node.parent;
                if in_link(dom, j, root) {
                    reader.link_chars += t.chars().filter(|c| !c.is_whitespace()).count();
                }
            }
            Data::Element(_) => match node.tag {
                "br" => reader.buf.push('\n'),
                "img" => reader.image(j),
                _ if node.block && j != root => {
                    reader.flush(marks);
                    reader.owner = j;
                    open.push((node.end as usize, j));
                }
                _ => {}
            },
        }
        j += 1;
    }
    reader.flush(marks);
}

struct Reader<'d, 'a, 'b> {
    dom: &'d Dom<'a>,
    buf: String,
    owner: usize,
    link_chars: usize,
    last_parent: u32,
    body: &'b mut Body,
}

impl Reader<'_, '_, '_> {
    fn flush(&mut self, marks: &Marks) {
        let text = std::mem::take(&mut self.buf);
        let links = std::mem::take(&mut self.link_chars);
        let chars = text.chars().filter(|c| !c.is_whitespace()).count();
        if chars == 0 {
            return;
        }
        // A line that is all link is a "read more" or related link, not article text.
        if links * 10 >= chars * 9 {
            return;
        }
        self.body.prose_chars += chars - links;
        self.body.blocks.push(RawBlock {
            kind: block_kind(self.dom, marks, self.owner),
            text,
            node: self.owner,
        });
    }

    fn image(&mut self, i: usize) {
        let src = ["data-src", "data-original", "src"].iter().find_map(|a| {
            self.dom
                .attr(i, a)
                .filter(|s| !s.is_empty() && !s.starts_with("data:"))
        });
        if let Some(src) = src {
            self.body.images.push(RawImage {
                src: src.to_string(),
                before_block: self.body.blocks.len(),
            });
        }
    }
}

/// Whether a text node sits inside a link below `root`.
fn in_link(dom: &Dom<'_>, mut i: usize, root: usize) -> bool {
    while let Some(p) = dom.parent(i) {
        if dom.tag(p) == "a" {
            return true;
        }
        if p == root {
            break;
        }
        i = p;
    }
    false
}

/// A list or box that is mostly links: a menu, a list of related articles.
fn link_block(dom: &Dom<'_>, i: usize) -> bool {
    let node = &dom.nodes[i];
    if !node.block {
        return false;
    }
    let s = dom.stats[i];
    let ld = dom.link_density(i);
    match dom.tag(i) {
        "ul" | "ol" | "dl" | "table" | "div" | "section" => s.links >= 3 && ld > 0.5,
        _ => false,
    }
}

fn block_kind(dom: &Dom<'_>, marks: &Marks, owner: usize) -> BlockKind {
    let mut i = owner;
    for _ in 0..4 {
        match dom.tag(i) {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" if i == owner => return BlockKind::Heading,
            "figcaption" | "caption" => return BlockKind::Caption,
            _ => {}
        }
        if marks.hints[i].has(Family::CAPTION) {
            return BlockKind::Caption;
        }
        match dom.parent(i) {
            Some(p) if dom.tag(p) != "body" => i = p,
            _ => break,
        }
    }
    BlockKind::Body
}
