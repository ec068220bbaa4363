//! Page metadata: JSON-LD (`NewsArticle` and kin), OpenGraph, `article:*`, `pubdate`, `dc.*`
//! and other meta tags, the canonical URL and `<html lang>`. Each is kept apart so that the
//! extractor can weigh them (JSON-LD over OpenGraph over other meta over the visible byline).

use serde_json::Value;

use super::PageTime;
use super::date::parse_iso;
use super::dom::Dom;

/// What the page's head and structured data say.
#[derive(Debug, Default)]
pub(crate) struct Meta {
    pub title_tag: Option<String>,
    pub og_title: Option<String>,
    pub ld_headline: Option<String>,
    pub site_name: Option<String>,
    pub canonical: Option<String>,
    pub og_url: Option<String>,
    pub language: Option<String>,
    pub og_type: Option<String>,
    pub ld_article: bool,
    pub ld_published: Option<PageTime>,
    pub ld_modified: Option<PageTime>,
    pub og_published: Option<PageTime>,
    pub og_modified: Option<PageTime>,
    pub meta_published: Option<PageTime>,
    pub meta_modified: Option<PageTime>,
    pub ld_authors: Vec<String>,
    pub meta_authors: Vec<String>,
    pub section: Option<String>,
    pub tags: Vec<String>,
    pub generator: Option<String>,
}

const ARTICLE_TYPES: &[&str] = &[
    "NewsArticle",
    "Article",
    "BlogPosting",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "LiveBlogPosting",
    "TechArticle",
    "ScholarlyArticle",
    "Report",
];

const PUBLISHED_NAMES: &[&str] = &[
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dc.date.created",
    "dcterms.date",
    "dcterms.created",
    "dcterms.issued",
    "article.published",
    "article_date_original",
    "sailthru.date",
    "parsely-pub-date",
    "original-publish-date",
    "datepublished",
    "created",
    "og:published_time",
];

const MODIFIED_NAMES: &[&str] = &[
    "lastmod",
    "dc.date.modified",
    "dcterms.modified",
    "datemodified",
];

/// Reads the metadata of a page in one pass over its elements.
pub(crate) fn read(dom: &Dom<'_>) -> Meta {
    let mut meta = Meta::default();
    for i in 0..dom.nodes.len() {
        match dom.tag(i) {
            "meta" => meta_tag(dom, i, &mut meta),
            "link" => {
                let rel = dom.attr(i, "rel").unwrap_or("").to_ascii_lowercase();
                if rel.split_whitespace().any(|r| r == "canonical") && meta.canonical.is_none() {
                    meta.canonical = dom.attr(i, "href").map(str::to_string);
                }
            }
            "title" if meta.title_tag.is_none() => {
                meta.title_tag = Some(raw_text(dom, i)).filter(|t| !t.trim().is_empty());
            }
            "html" if meta.language.is_none() => {
                meta.language = dom.attr(i, "lang").map(|l| l.trim().to_ascii_lowercase());
            }
            "script" => {
                let ty = dom.attr(i, "type").unwrap_or("");
                if ty.eq_ignore_ascii_case("application/ld+json") {
                    json_ld(&raw_text(dom, i), &mut meta);
                }
            }
            _ => {}
        }
    }
    meta
}

/// The text inside an element, invisible or not (a `<script>`'s JSON, a `<title>`).
pub(crate) fn raw_text(dom: &Dom<'_>, i: usize) -> String {
    let end = dom.nodes[i].end as usize;
    let mut out = String::new();
    for node in &dom.nodes[i + 1..end] {
        if let super::dom::Data::Text(t) = node.data {
            out.push_str(t);
        }
    }
    out
}

fn set(slot: &mut Option<String>, value: &str) {
    let v = value.trim();
    if slot.is_none() && !v.is_empty() {
        *slot = Some(v.to_string());
    }
}

fn set_time(slot: &mut Option<PageTime>, value: &str) {
    if slot.is_none() {
        *slot = parse_iso(value);
    }
}

fn meta_tag(dom: &Dom<'_>, i: usize, meta: &mut Meta) {
    let Some(content) = dom.attr(i, "content") else {
        return;
    };
    let keys =
        ["property", "name", "itemprop"].map(|a| dom.attr(i, a).map(str::to_ascii_lowercase));
    for key in keys.iter().flatten() {
        match key.as_str() {
            "og:title" | "twitter:title" => set(&mut meta.og_title, content),
            "og:site_name" | "application-name" => set(&mut meta.site_name, content),
            "og:url" => set(&mut meta.og_url, content),
            "og:type" => set(&mut meta.og_type, &content.to_ascii_lowercase()),
            "og:locale" | "language" | "content-language" => set(&mut meta.language, content),
            "article:published_time" => set_time(&mut meta.og_published, content),
            "article:modified_time" | "og:updated_time" => set_time(&mut meta.og_modified, content),
            "article:section" => set(&mut meta.section, content),
            "article:tag" | "news_keywords" | "keywords" if meta.tags.is_empty() => {
                meta.tags = split_tags(content);
            }
            "article:author" | "author" | "dc.creator" | "byl" | "sailthru.author" => {
                let a = content.trim();
                if !a.is_empty()
                    && !a.starts_with("http")
                    && !meta.meta_authors.iter().any(|m| m == a)
                {
                    meta.meta_authors.push(a.to_string());
                }
            }
            "generator" => set(&mut meta.generator, content),
            k if PUBLISHED_NAMES.contains(&k) => set_time(&mut meta.meta_published, content),
            k if MODIFIED_NAMES.contains(&k) => set_time(&mut meta.meta_modified, content),
            _ => {}
        }
    }
}

fn split_tags(s: &str) -> Vec<String> {
    s.split([',', ';'])
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

/// Reads the first article object of a JSON-LD block (tolerating HTML comments and CDATA).
fn json_ld(text: &str, meta: &mut Meta) {
    let cleaned = strip_comments(text);
    let Ok(value) = serde_json::from_str::<Value>(cleaned.trim()) else {
        return;
    };
    let mut stack = vec![&value];
    while let Some(v) = stack.pop() {
        match v {
            Value::Array(items) => stack.extend(items.iter().rev()),
            Value::Object(map) => {
                if is_article(v) && !meta.ld_article {
                    article_object(v, meta);
                }
                if let Some(graph) = map.get("@graph") {
                    stack.push(graph);
                }
            }
            _ => {}
        }
    }
}

fn strip_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("<!--") {
        out.push_str(&rest[..start]);
        rest = rest[start..]
            .find("-->")
            .map_or("", |e| &rest[start + e + 3..]);
    }
    out.push_str(rest);
    out.replace("<![CDATA[", "").replace("]]>", "")
}

fn types(v: &Value) -> Vec<&str> {
    match v.get("@type") {
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

fn is_article(v: &Value) -> bool {
    types(v).iter().any(|t| ARTICLE_TYPES.contains(t))
}

fn article_object(v: &Value, meta: &mut Meta) {
    meta.ld_article = true;
    let s = |k: &str| v.get(k).and_then(Value::as_str).unwrap_or("");
    set(&mut meta.ld_headline, s("headline"));
    set_time(&mut meta.ld_published, s("datePublished"));
    set_time(&mut meta.ld_modified, s("dateModified"));
    set(&mut meta.section, s("articleSection"));
    if let Some(author) = v.get("author") {
        collect_authors(author, &mut meta.ld_authors);
    }
    if meta.tags.is_empty() {
        meta.tags = split_tags(s("keywords"));
    }
    if let Some(name) = v
        .get("publisher")
        .and_then(|p| p.get("name"))
        .and_then(Value::as_str)
    {
        set(&mut meta.site_name, name);
    }
}

/// Persons named in a JSON-LD `author` (a string, an object or a list); organizations are not
/// authors of the article.
fn collect_authors(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) if !s.trim().is_empty() && !s.starts_with("http") => {
            out.push(s.trim().to_string());
        }
        Value::Array(items) => items.iter().for_each(|i| collect_authors(i, out)),
        Value::Object(_) => {
            if types(v).iter().any(|t| t.contains("Organization")) {
                return;
            }
            if let Some(name) = v.get("name") {
                collect_authors(name, out);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_ld_and_meta_are_read() {
        let html = crate::article::html::parse(
            r#"<html lang="vi"><head><title>Tin - Báo</title>
            <meta property="og:title" content="Tin">
            <meta property="article:published_time" content="2025-06-17T13:43:02+0700">
            <script type="application/ld+json"><!-- x -->{"@type":"NewsArticle","headline":"Tin",
              "datePublished":"2025-06-17T13:43:02+0700","author":[{"@type":"Person","name":"SONG MAI"},
              {"@type":"Organization","name":"Báo"}]}</script></head><body></body></html>"#,
            512,
        );
        let dom = Dom::new(&html, 512);
        let meta = read(&dom);
        assert_eq!(meta.title_tag.as_deref(), Some("Tin - Báo"));
        assert_eq!(meta.language.as_deref(), Some("vi"));
        assert!(meta.ld_article);
        assert_eq!(meta.ld_authors, ["SONG MAI"]);
        assert_eq!(
            meta.og_published.map(|t| t.to_rfc3339()).as_deref(),
            Some("2025-06-17T13:43:02+07:00")
        );
    }
}
