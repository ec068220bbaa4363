//! The generic extractor (a first cut: title and paragraphs; metadata and boilerplate removal
//! are refined by the site profiles and scoring).

use scraper::{Html, Selector};

use super::{Block, BlockKind, Extracted, Kind};
use crate::options::Limits;

/// Finds the article in a page.
///
/// # Example
/// ```
/// let html = "<html><head><title>Tin - Báo</title></head><body><p>Đoạn văn đủ dài để là thân bài của một bài báo.</p></body></html>";
/// let page = tinbai::article::extract(html, None, &Default::default());
/// assert_eq!(page.title.as_deref(), Some("Tin"));
/// ```
pub fn extract(html: &str, base_url: Option<&url::Url>, _limits: &Limits) -> Extracted {
    let doc = Html::parse_document(html);
    let mut page = Extracted::empty(Kind::Article);
    page.url = base_url.map(|u| u.to_string());
    let title = select_text(&doc, "title").map(|t| strip_site_suffix(&t));
    if let Some(t) = &title {
        page.blocks.push(Block {
            kind: BlockKind::Heading,
            text: t.clone(),
        });
    }
    page.title = title;
    if let Ok(sel) = Selector::parse("p") {
        for p in doc.select(&sel) {
            let text: String = p.text().collect();
            if text.trim().chars().count() >= 30 {
                page.blocks.push(Block {
                    kind: BlockKind::Body,
                    text,
                });
            }
        }
    }
    page
}

fn select_text(doc: &Html, css: &str) -> Option<String> {
    let sel = Selector::parse(css).ok()?;
    let text: String = doc.select(&sel).next()?.text().collect();
    let text = text.trim().to_string();
    (!text.is_empty()).then_some(text)
}

fn strip_site_suffix(title: &str) -> String {
    for sep in [" - ", " | ", " – "] {
        if let Some(at) = title.rfind(sep) {
            return title[..at].trim().to_string();
        }
    }
    title.trim().to_string()
}
