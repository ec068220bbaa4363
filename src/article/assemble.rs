//! Joins normalized blocks into the record's `text`, with paragraph offsets.

use super::{Article, BlockKind, Extracted, Paragraph};
use crate::normalize;

/// Normalizes each block and joins them with blank lines into an [`Article`].
///
/// # Example
/// ```
/// use tinbai::article::{assemble, Block, BlockKind, Extracted, Kind};
/// let mut page = Extracted::empty(Kind::Article);
/// page.blocks.push(Block { kind: BlockKind::Heading, text: "Tiêu  đề".into() });
/// page.blocks.push(Block { kind: BlockKind::Body, text: "Thân\u{00a0}bài".into() });
/// let article = assemble(page);
/// assert_eq!(article.text, "Tiêu đề\n\nThân bài");
/// assert_eq!((article.paragraphs[1].start, article.paragraphs[1].end), (9, 17));
/// ```
pub fn assemble(page: Extracted) -> Article {
    let mut text = String::new();
    let mut chars = 0usize;
    let mut paragraphs = Vec::new();
    let mut lead = None;
    for block in &page.blocks {
        let clean = normalize::clean(&block.text);
        if clean.is_empty() {
            continue;
        }
        if !text.is_empty() {
            text.push_str("\n\n");
            chars += 2;
        }
        let len = clean.chars().count();
        paragraphs.push(Paragraph {
            kind: block.kind,
            start: chars,
            end: chars + len,
        });
        if block.kind == BlockKind::Lead && lead.is_none() {
            lead = Some(clean.clone());
        }
        text.push_str(&clean);
        chars += len;
    }
    let clean_opt = |s: Option<String>| s.map(|s| normalize::clean(&s)).filter(|s| !s.is_empty());
    Article {
        kind: page.kind,
        title: clean_opt(page.title),
        site_name: clean_opt(page.site_name),
        url: page.url,
        language: page.language,
        authors: page
            .authors
            .iter()
            .map(|a| normalize::clean(a))
            .filter(|a| !a.is_empty())
            .collect(),
        published: page.published.map(|t| t.to_rfc3339()),
        updated: page.updated.map(|t| t.to_rfc3339()),
        published_source: page.published_source,
        section: clean_opt(page.section),
        tags: page
            .tags
            .iter()
            .map(|t| normalize::clean(t))
            .filter(|t| !t.is_empty())
            .collect(),
        lead,
        text,
        paragraphs,
        images: page.images,
    }
}
