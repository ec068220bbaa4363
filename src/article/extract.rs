//! The article stage for HTML: one parse, then metadata, title, body, lead, dates, authors and
//! the page's kind, each weighed from the most trusted evidence down (see [`super`]).

use super::body::{self, Body, Marks, RawBlock};
use super::dom::Dom;
use super::hints::HINTS;
use super::meta::{self, Meta};
use super::{Block, BlockKind, Extracted, Image, Kind, byline, kind, profile, visible};
use crate::options::Limits;

/// Finds the article in a page: metadata, title, lead, body and captions.
///
/// # Example
/// ```
/// let html = "<html><head><title>Tin - Báo</title></head><body><h1>Tin</h1>\
///             <p>Đoạn văn đủ dài để là thân bài của một bài báo, có dấu phẩy, và thêm chữ.</p></body></html>";
/// let page = tinbai::article::extract(html, None, &Default::default());
/// assert_eq!(page.title.as_deref(), Some("Tin"));
/// ```
pub fn extract(html: &str, base_url: Option<&url::Url>, limits: &Limits) -> Extracted {
    // Decomposed text (windows-1258 pages, NFD pages) is composed first, so that bylines,
    // date lines and names read the same as in precomposed pages.
    extract_composed(&crate::normalize::nfc::nfc(html), base_url, limits)
}

/// [`extract`] for text already in NFC, as `decode` gives it: the pipeline does not compose a
/// page twice.
pub(crate) fn extract_composed(
    html: &str,
    base_url: Option<&url::Url>,
    limits: &Limits,
) -> Extracted {
    let src = super::html::normalize_newlines(html);
    let parsed = super::html::parse(&src, limits.max_dom_depth);
    let dom = Dom::new(&parsed, limits.max_dom_depth);
    let meta = meta::read(&dom);
    let marks = body::mark(&dom);
    let url = page_url(&meta, base_url);
    let host = url
        .as_ref()
        .and_then(|u| u.host_str().map(str::to_ascii_lowercase));
    let profile = host.as_deref().and_then(profile::for_host);

    let mut page = Extracted::empty(Kind::Article);
    page.url = url.as_ref().map(url::Url::to_string);
    page.language = meta.language.clone();
    page.section = meta.section.clone();
    page.tags = meta.tags.clone();
    page.home_province = profile.and_then(|p| p.province.clone());
    page.site_name = meta
        .site_name
        .clone()
        .or_else(|| profile.and_then(|p| p.name.clone()));

    let title = visible::title(&dom, &meta, profile, host.as_deref());
    page.title = title.as_ref().map(|t| t.text.clone());
    let title_node = title.as_ref().and_then(|t| t.node);

    let mut body = match profile.and_then(|p| profile::first_match(&dom, p.body.as_ref())) {
        Some(root) => {
            let mut b = Body {
                root: Some(root),
                ..Body::default()
            };
            body::read_blocks(&dom, &marks, root, &mut b);
            b
        }
        None => body::extract(&dom, &marks),
    };
    let lead = visible::lead(&dom, &marks, profile, title_node, &body);
    let dates = visible::dates(&dom, &marks, &meta, profile, title_node, &body);
    page.published = dates.published;
    page.published_source = dates.source;
    page.updated = dates.updated;

    let trailing = take_trailing_bylines(&mut body.blocks, page.title.as_deref());
    drop_furniture(&mut body.blocks);
    page.authors = authors(
        &dom,
        &marks,
        &meta,
        profile,
        host.as_deref(),
        title_node,
        &body,
        trailing,
    );

    if let Some(l) = lead.as_ref().filter(|l| l.inside.is_none()) {
        body.prose_chars += l.text.chars().filter(|c| !c.is_whitespace()).count();
    }
    page.kind = kind::classify(&dom, &meta, url.as_ref(), &body, page.published.is_some());
    assemble_blocks(&mut page, lead, body, url.as_ref());
    page
}

fn page_url(meta: &Meta, base: Option<&url::Url>) -> Option<url::Url> {
    let join = |s: &str| match base {
        Some(b) => b.join(s).ok(),
        None => url::Url::parse(s).ok(),
    };
    meta.canonical
        .as_deref()
        .and_then(join)
        .or_else(|| meta.og_url.as_deref().and_then(join))
        .or_else(|| base.cloned())
}

/// Removes the byline rows at the end of the body (`TUẤN HƯƠNG`, `Theo TTXVN`, `Ảnh: …`)
/// and returns the authors they credit.
fn take_trailing_bylines(blocks: &mut Vec<RawBlock>, title: Option<&str>) -> Vec<String> {
    let mut names = Vec::new();
    let mut taken = 0;
    while let Some(last) = blocks.last() {
        if taken >= 3 || last.kind == BlockKind::Heading || Some(last.text.trim()) == title {
            break;
        }
        let Some(found) = byline::parse(last.text.trim()) else {
            break;
        };
        let mut found = found;
        found.extend(std::mem::take(&mut names));
        names = found;
        blocks.pop();
        taken += 1;
    }
    names
}

/// Rows that a layout put inside the article text but are not part of it: date-only rows
/// (`15:20 PM | 21/12/2012`), page furniture (`Photo: …`, `Caption`), a counter or a lone
/// word, and repeats (a gallery shows each caption twice).
fn drop_furniture(blocks: &mut Vec<RawBlock>) {
    let mut seen = std::collections::HashSet::new();
    let mut last: Option<String> = None;
    blocks.retain(|b| {
        let t = b.text.trim();
        let short = t.chars().count() <= 80;
        let lone = b.kind != BlockKind::Heading
            && t.split_whitespace().count() <= 2
            && !t.ends_with(['.', '!', '?', ':', '…']);
        let furniture = (lone && t.chars().all(|c| !c.is_alphabetic()))
            || HINTS.is_furniture(t)
            || (short && (visible::is_date_line(t) || t.starts_with("By ")));
        // Lists repeat lines on purpose; only a caption shown again, or a row doubled in
        // place, is a repeat.
        let repeat = if b.kind == BlockKind::Caption {
            !seen.insert(t.to_string())
        } else {
            last.as_deref() == Some(t)
        };
        if !furniture && !repeat {
            last = Some(t.to_string());
            true
        } else {
            false
        }
    });
}

#[allow(clippy::too_many_arguments)]
fn authors(
    dom: &Dom<'_>,
    marks: &Marks,
    meta: &Meta,
    profile: Option<&profile::Profile>,
    host: Option<&str>,
    title_node: Option<usize>,
    body: &Body,
    trailing: Vec<String>,
) -> Vec<String> {
    let people = |names: Vec<String>| -> Vec<String> {
        names
            .into_iter()
            .filter(|n| !byline::is_organization(n, host))
            .map(|n| byline::proper_case(&n))
            .collect()
    };
    let from_ld = people(meta.ld_authors.clone());
    if !from_ld.is_empty() {
        return from_ld;
    }
    let from_meta: Vec<String> = meta
        .meta_authors
        .iter()
        .flat_map(|a| byline::parse(a).unwrap_or_default())
        .collect();
    let from_meta = people(from_meta);
    if !from_meta.is_empty() {
        return from_meta;
    }
    let visible = people(visible::byline(dom, marks, profile, title_node, body));
    if !visible.is_empty() {
        return visible;
    }
    people(trailing)
}

fn assemble_blocks(
    page: &mut Extracted,
    lead: Option<visible::Lead>,
    body: Body,
    base: Option<&url::Url>,
) {
    if let Some(t) = &page.title {
        page.blocks.push(Block {
            kind: BlockKind::Heading,
            text: t.clone(),
        });
    }
    let title_key = page.title.as_deref().map(squash);
    let is_title = |text: &str| title_key.as_deref().is_some_and(|k| squashes_to(text, k));
    let lead_inside = lead.as_ref().and_then(|l| l.inside);
    // Without a lead element, a first "heading" as long as a paragraph is the lead (Thanh
    // Niên's 2012 layout set its sapo as an `<h2>`).
    let mut first_heading_is_lead = lead.is_none()
        && body
            .blocks
            .iter()
            .find(|b| !is_title(&b.text))
            .is_some_and(|b| b.kind == BlockKind::Heading && b.text.chars().count() > 100);
    if let Some(l) = &lead {
        if l.inside.is_none() {
            page.blocks.push(Block {
                kind: BlockKind::Lead,
                text: l.text.clone(),
            });
        }
    }
    let mut images = body.images.into_iter().peekable();
    for (n, b) in body.blocks.into_iter().enumerate() {
        while let Some(img) = images.next_if(|i| i.before_block <= n) {
            let caption = (b.kind == BlockKind::Caption).then(|| crate::normalize::clean(&b.text));
            page.images.push(Image {
                src: absolute(&img.src, base),
                caption,
            });
        }
        if is_title(&b.text) {
            continue;
        }
        let kind = if lead_inside.is_some_and(|(s, e)| (s..e).contains(&b.node))
            || std::mem::take(&mut first_heading_is_lead)
        {
            BlockKind::Lead
        } else {
            b.kind
        };
        page.blocks.push(Block { kind, text: b.text });
    }
    for img in images {
        page.images.push(Image {
            src: absolute(&img.src, base),
            caption: None,
        });
    }
}

/// Whether `squash(text)` is `key`. `squash` lower-cases a first character as
/// `char::to_lowercase` does (nothing precedes it), so a block whose first character differs
/// is told apart without building its squashed form.
fn squashes_to(text: &str, key: &str) -> bool {
    if let Some(first) = text.trim_start().chars().next() {
        let mut key_chars = key.chars();
        if !first.to_lowercase().all(|c| key_chars.next() == Some(c)) {
            return false;
        }
    }
    squash(text) == key
}

fn squash(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn absolute(src: &str, base: Option<&url::Url>) -> String {
    base.and_then(|b| b.join(src).ok())
        .map_or_else(|| src.to_string(), |u| u.to_string())
}
