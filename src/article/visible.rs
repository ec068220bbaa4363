//! What the page shows its readers about the article: the headline, the lead (sapo), the date
//! line and the byline; and how they rank against the page's metadata.

use std::sync::LazyLock;

use regex::Regex;

use super::body::{Body, Marks};
use super::date::{self, LineDate};
use super::dom::{Data, Dom};
use super::hints::Family;
use super::meta::{Meta, raw_text};
use super::profile::{self, Profile};
use super::{DateSource, PageTime, byline};

/// The headline and the element it was read from.
pub(crate) struct Title {
    pub text: String,
    pub node: Option<usize>,
}

/// The lead (sapo), and the element range it spans when the body already holds it.
pub(crate) struct Lead {
    pub text: String,
    pub inside: Option<(usize, usize)>,
}

/// Publication and update times, and where the publication time came from.
#[derive(Default)]
pub(crate) struct Dates {
    pub published: Option<PageTime>,
    pub updated: Option<PageTime>,
    pub source: Option<DateSource>,
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The headline: the page's `<h1>` when the metadata titles agree with it, else the metadata
/// title without its ` - Site` suffix.
pub(crate) fn title(
    dom: &Dom<'_>,
    meta: &Meta,
    profile: Option<&Profile>,
    host: Option<&str>,
) -> Option<Title> {
    if let Some(i) = profile::first_match(dom, profile.and_then(|p| p.title.as_ref())) {
        let text = squash(&dom.text(i));
        if !text.is_empty() {
            return Some(Title {
                text,
                node: Some(i),
            });
        }
    }
    let refs: Vec<String> = [&meta.ld_headline, &meta.og_title, &meta.title_tag]
        .into_iter()
        .flatten()
        .map(|r| squash(r).to_lowercase())
        .filter(|r| !r.is_empty())
        .collect();
    let mut first_h1 = None;
    let mut trailing = None;
    for i in 0..dom.nodes.len() {
        let tag = dom.tag(i);
        let titled = matches!(tag, "h2" | "h3") && dom.class_id(i).contains("title");
        if dom.nodes[i].invisible || !(tag == "h1" || titled) {
            continue;
        }
        let text = squash(&dom.text(i));
        let len = text.chars().count();
        if !(3..=300).contains(&len) {
            continue;
        }
        let lower = text.to_lowercase();
        match refs.iter().map(|r| agrees(r, &lower)).max() {
            Some(Agreement::Leading) => {
                return Some(Title {
                    text,
                    node: Some(i),
                });
            }
            Some(Agreement::Trailing) if trailing.is_none() => trailing = Some((i, text.clone())),
            _ => {}
        }
        if tag == "h1" && first_h1.is_none() {
            first_h1 = Some((i, text));
        }
    }
    if let Some((i, text)) = trailing {
        return Some(Title {
            text,
            node: Some(i),
        });
    }
    let site = meta.site_name.as_deref();
    let from_meta = [&meta.ld_headline, &meta.og_title, &meta.title_tag]
        .into_iter()
        .flatten()
        .map(|t| strip_site_suffix(&squash(t), site, host))
        .find(|t| !t.is_empty());
    match (from_meta, first_h1) {
        (Some(text), _) => Some(Title { text, node: None }),
        (None, Some((i, text))) => Some(Title {
            text,
            node: Some(i),
        }),
        (None, None) => None,
    }
}

/// How a metadata title contains a headline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Agreement {
    None,
    /// After a site name: `Teen9x News - Tin`.
    Trailing,
    /// Equal, or before a site name or section: `Tin - Báo`.
    Leading,
}

/// Whether a metadata title is the headline with perhaps a site name or section around it
/// behind a separator, not a section or logo text that merely occurs in it.
fn agrees(meta_title: &str, headline: &str) -> Agreement {
    const SEPARATORS: &[char] = &['-', '|', '–', '—', '/', ':', '»', '·'];
    let after = meta_title.strip_prefix(headline).map(str::trim_start);
    if after.is_some_and(|a| a.is_empty() || a.starts_with(SEPARATORS)) {
        return Agreement::Leading;
    }
    let before = meta_title.strip_suffix(headline).map(str::trim_end);
    if before.is_some_and(|b| b.ends_with(SEPARATORS)) {
        return Agreement::Trailing;
    }
    Agreement::None
}

/// `Lạc Dương: … - Báo Lâm Đồng điện tử` → `Lạc Dương: …`: drops trailing parts that name
/// the site, a section or are much shorter than the headline.
pub(crate) fn strip_site_suffix(title: &str, site: Option<&str>, host: Option<&str>) -> String {
    let mut t = title.trim().to_string();
    for _ in 0..2 {
        let Some((head, tail)) = [" - ", " | ", " – ", " — ", " / ", " :: ", " » "]
            .iter()
            .filter_map(|sep| t.rfind(sep).map(|at| (at, sep.len())))
            .max_by_key(|&(at, _)| at)
            .map(|(at, len)| (t[..at].trim().to_string(), t[at + len..].trim().to_string()))
        else {
            break;
        };
        if head.is_empty() || !site_like(&head, &tail, site, host) {
            break;
        }
        t = head;
    }
    t
}

fn site_like(head: &str, tail: &str, site: Option<&str>, host: Option<&str>) -> bool {
    let squashed = |s: &str| -> String {
        s.to_lowercase()
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect()
    };
    let tail_key = squashed(tail);
    if tail_key.is_empty() {
        return true;
    }
    let names_site = site.is_some_and(|s| {
        let s = squashed(s);
        !s.is_empty() && (s.contains(&tail_key) || tail_key.contains(&s))
    });
    let names_host = host.is_some_and(|h| {
        let base = squashed(h.trim_start_matches("www.").split('.').next().unwrap_or(""));
        base.len() >= 3 && tail_key.contains(&base)
    });
    let short = tail.split_whitespace().count() <= 4 && tail.len() * 3 <= head.len();
    names_site || names_host || byline::is_source(tail) || short
}

/// The lead (sapo): a profile's lead element, else the first element whose class says lead.
pub(crate) fn lead(
    dom: &Dom<'_>,
    marks: &Marks,
    profile: Option<&Profile>,
    title_node: Option<usize>,
    body: &Body,
) -> Option<Lead> {
    let found = profile::first_match(dom, profile.and_then(|p| p.lead.as_ref())).or_else(|| {
        let after = title_node.unwrap_or(0);
        (after..dom.nodes.len()).take(3000).find(|&i| {
            dom.is_element(i)
                && !dom.nodes[i].invisible
                && !marks.excluded[i]
                && marks.hints[i].has(Family::LEAD)
                && dom.stats[i].chars >= 30
                && dom.link_density(i) < 0.5
        })
    })?;
    let text = dom.text(found).trim().to_string();
    if text.is_empty() {
        return None;
    }
    let end = dom.nodes[found].end as usize;
    let inside = body
        .blocks
        .iter()
        .any(|b| (found..end).contains(&b.node))
        .then_some((found, end));
    Some(Lead { text, inside })
}

/// Whether a short text is only a date line (no other words worth keeping).
pub(crate) fn is_date_line(text: &str) -> bool {
    let Some(d) = date::parse_line(text) else {
        return false;
    };
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    d.has_time && letters <= 30
}

/// Picks publication and update times: JSON-LD, then `article:published_time`, then a visible
/// date line with a time, then other meta tags and `<time>`, then a visible date alone.
///
/// A `pubdate`-style meta tag ranks below the visible date line: on the older CMSs (24h,
/// 2012) it records when the story was created, while the page shows when it went out.
pub(crate) fn dates(
    dom: &Dom<'_>,
    marks: &Marks,
    meta: &Meta,
    profile: Option<&Profile>,
    title_node: Option<usize>,
    body: &Body,
) -> Dates {
    let line = date_line(dom, marks, profile, title_node, body);
    let timed = line.filter(|l| l.has_time && !l.updated);
    let time_tag = time_element(dom);
    let ranked: [(Option<PageTime>, DateSource); 6] = [
        (meta.ld_published, DateSource::JsonLd),
        (meta.og_published, DateSource::Meta),
        (timed.map(|l| l.time), DateSource::BylineText),
        (meta.meta_published, DateSource::Meta),
        (time_tag, DateSource::TimeTag),
        (line.map(|l| l.time), DateSource::BylineText),
    ];
    let mut dates = Dates::default();
    if let Some((t, s)) = ranked.iter().find_map(|(t, s)| t.map(|t| (t, *s))) {
        dates.published = Some(t);
        dates.source = Some(s);
    }
    dates.updated = meta
        .ld_modified
        .or(meta.og_modified)
        .or(meta.meta_modified)
        .or_else(|| line.filter(|l| l.updated).map(|l| l.time))
        .filter(|u| Some(*u) != dates.published);
    dates
}

fn time_element(dom: &Dom<'_>) -> Option<PageTime> {
    (0..dom.nodes.len())
        .filter(|&i| dom.tag(i) == "time" || dom.attr(i, "itemprop") == Some("datePublished"))
        .find_map(|i| {
            let v = dom.attr(i, "datetime").or_else(|| dom.attr(i, "content"))?;
            date::parse_iso(v)
        })
}

/// The visible date line nearest the headline: short texts holding a date, preferring those
/// with a time, in a date-named element, outside links and close to the title.
fn date_line(
    dom: &Dom<'_>,
    marks: &Marks,
    profile: Option<&Profile>,
    title_node: Option<usize>,
    body: &Body,
) -> Option<LineDate> {
    if let Some(i) = profile::first_match(dom, profile.and_then(|p| p.date.as_ref())) {
        if let Some(d) = date::parse_line(&dom.text(i)) {
            return Some(d);
        }
    }
    let anchor = title_node.or(body.root).unwrap_or(0) as i64;
    let mut best: Option<(i64, LineDate)> = None;
    for i in 0..dom.nodes.len() {
        let Data::Text(t) = dom.nodes[i].data else {
            continue;
        };
        if dom.nodes[i].invisible || t.len() > 200 || !t.bytes().any(|b| b.is_ascii_digit()) {
            continue;
        }
        let holder = dom.parent(i).unwrap_or(0);
        let text = if dom.stats[holder].chars <= 150 {
            dom.text(holder)
        } else {
            t.to_string()
        };
        let Some(d) = date::parse_line(&text) else {
            continue;
        };
        let score = line_score(dom, marks, holder, anchor, &d);
        if best.is_none_or(|(s, _)| score > s) {
            best = Some((score, d));
        }
    }
    best.filter(|(s, _)| *s > 0)
        .map(|(_, d)| d)
        .or_else(|| script_date(dom))
}

fn line_score(dom: &Dom<'_>, marks: &Marks, holder: usize, anchor: i64, d: &LineDate) -> i64 {
    let mut score = 0;
    if d.has_time {
        score += 3;
    }
    let named = [Some(holder), dom.parent(holder)]
        .into_iter()
        .flatten()
        .any(|h| marks.hints[h].has(Family::DATE));
    if named {
        score += 2;
    }
    let mut up = Some(holder);
    for _ in 0..3 {
        let Some(h) = up else { break };
        if dom.tag(h) == "a" {
            score -= 4;
        }
        up = dom.parent(h);
    }
    let distance = (holder as i64 - anchor).abs();
    score += match distance {
        0..=60 => 3,
        61..=300 => 1,
        _ => -2,
    };
    if d.updated {
        score -= 1;
    }
    score
}

static SCRIPT_DATE: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r#"["'>]((?:Th|th|Ch|CN)[^"'<]{6,80})["'<]"#).ok());

/// A date line written by a script (`innerHTML="Thứ năm, 20/12/2012, 16:10 GMT+7"`), for pages
/// that only show their date that way.
fn script_date(dom: &Dom<'_>) -> Option<LineDate> {
    let re = SCRIPT_DATE.as_ref()?;
    (0..dom.nodes.len())
        .filter(|&i| dom.tag(i) == "script")
        .find_map(|i| {
            let text = raw_text(dom, i);
            re.captures_iter(&text)
                .find_map(|c| date::parse_line(&numeric_entities(&c[1])).filter(|d| d.has_time))
        })
}

/// Decodes `&#7913;` and `&#x1EE9;`, which scripts write into the HTML they generate.
fn numeric_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find("&#") {
        out.push_str(&rest[..at]);
        let tail = &rest[at + 2..];
        let decoded = tail.find(';').and_then(|end| {
            let body = &tail[..end];
            let code = match body.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => body.parse().ok()?,
            };
            Some((char::from_u32(code)?, end + 1))
        });
        match decoded {
            Some((c, used)) => {
                out.push(c);
                rest = &tail[used..];
            }
            None => {
                out.push_str("&#");
                rest = tail;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Authors from a visible byline near the headline or the body (`<span class="author">`).
pub(crate) fn byline(
    dom: &Dom<'_>,
    marks: &Marks,
    profile: Option<&Profile>,
    title_node: Option<usize>,
    body: &Body,
) -> Vec<String> {
    if let Some(i) = profile::first_match(dom, profile.and_then(|p| p.byline.as_ref())) {
        if let Some(names) = byline::parse(dom.text(i).trim()).filter(|n| !n.is_empty()) {
            return names;
        }
    }
    let from = title_node.or(body.root).unwrap_or(0).saturating_sub(300);
    let to = body
        .root
        .map_or(dom.nodes.len(), |r| dom.nodes[r].end as usize + 300)
        .min(dom.nodes.len());
    for i in from..to {
        if !dom.is_element(i)
            || dom.nodes[i].invisible
            || !marks.hints[i].has(Family::BYLINE)
            || in_comments(dom, marks, i)
        {
            continue;
        }
        let text = dom.text(i);
        let text = text.trim();
        if text.is_empty() || text.chars().count() > 80 {
            continue;
        }
        let stripped = strip_dates(text);
        if let Some(names) = byline::parse(&stripped).filter(|n| !n.is_empty()) {
            return names;
        }
    }
    Vec::new()
}

fn in_comments(dom: &Dom<'_>, marks: &Marks, i: usize) -> bool {
    let mut up = Some(i);
    while let Some(h) = up {
        if marks.hints[h].has(Family::COMMENT) || marks.hints[h].has(Family::BINHLUAN) {
            return true;
        }
        up = dom.parent(h);
    }
    false
}

static DATE_BITS: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"\d{1,2}\s?[:h]\s?\d{2}(?:\s?(?:AM|PM|SA|CH))?|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\(?GMT\s?[+-]\s?\d+\)?|\|")
        .ok()
});

/// `TUẤN HƯƠNG 18:20, 24/05/2023` → `TUẤN HƯƠNG`.
pub(crate) fn strip_dates(text: &str) -> String {
    let Some(re) = DATE_BITS.as_ref() else {
        return text.to_string();
    };
    let out = re.replace_all(text, " ");
    out.trim_matches(|c: char| c.is_whitespace() || c == ',' || c == '-' || c == '|')
        .to_string()
}
