//! Whether a page is an article, an index (home, section or list page) or something else (a
//! forum thread): a record of an index page must not pass its teasers off as an article.

use super::body::Body;
use super::dom::Dom;
use super::meta::Meta;
use super::Kind;

/// Engines of forum software, from `<meta name="generator">`.
const FORUM_ENGINES: &[&str] = &["xenforo", "phpbb", "discuz", "invision", "mybb", "smf"];

/// URL paths of forum threads.
const FORUM_PATHS: &[&str] = &["/threads/", "showthread", "viewtopic", "/forum/", "/forums/"];

/// Classifies a page from its metadata, its link structure and how much prose its body has.
pub(crate) fn classify(
    dom: &Dom<'_>,
    meta: &Meta,
    url: Option<&url::Url>,
    body: &Body,
    dated: bool,
) -> Kind {
    if is_forum(dom, meta, url) {
        return Kind::Other;
    }
    if meta.ld_article && body.prose_chars >= 200 {
        return Kind::Article;
    }
    let headlines = headline_links(dom);
    let prose = body.prose_chars;
    if prose < 250 {
        return Kind::Index;
    }
    // An index is mostly headlines: its "body" is a list of teasers, far less prose per
    // headline than an article has.
    let root_links = body.root.map_or(0.0, |r| dom.link_density(r));
    if root_links > 0.4 || (headlines >= 40 && prose < headlines * 25) || (!dated && headlines >= 25 && prose < headlines * 40) {
        return Kind::Index;
    }
    Kind::Article
}

fn is_forum(dom: &Dom<'_>, meta: &Meta, url: Option<&url::Url>) -> bool {
    let engine = meta.generator.as_deref().unwrap_or("").to_ascii_lowercase();
    if FORUM_ENGINES.iter().any(|e| engine.contains(e)) {
        return true;
    }
    if url.is_some_and(|u| FORUM_PATHS.iter().any(|p| u.path().to_ascii_lowercase().contains(p))) {
        return true;
    }
    // Several posts, each with its own author block: a thread.
    let posts = (0..dom.nodes.len())
        .filter(|&i| {
            dom.attr(i, "id").is_some_and(|id| {
                let id = id.to_ascii_lowercase();
                (id.starts_with("post-") || id.starts_with("post_") || id.starts_with("post"))
                    && id.chars().last().is_some_and(|c| c.is_ascii_digit())
            })
        })
        .count();
    posts >= 3
}

/// Links whose text reads as a headline (four words or more).
fn headline_links(dom: &Dom<'_>) -> usize {
    (0..dom.nodes.len())
        .filter(|&i| dom.tag(i) == "a" && !dom.nodes[i].invisible && dom.stats[i].chars >= 20)
        .count()
}
