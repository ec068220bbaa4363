//! Site profiles: for a known host, the selectors of its title, lead, body, byline and date, and
//! its home province. Read from `src/data/sites.toml` once; selectors are compiled then.

use std::sync::LazyLock;

use serde::Deserialize;

use super::dom::Dom;
use super::html::select::Selector;

/// One site's layout.
pub(crate) struct Profile {
    pub hosts: Vec<String>,
    pub name: Option<String>,
    pub province: Option<String>,
    pub title: Option<Selector>,
    pub lead: Option<Selector>,
    pub body: Option<Selector>,
    pub byline: Option<Selector>,
    pub date: Option<Selector>,
}

#[derive(Deserialize)]
struct Entry {
    hosts: Vec<String>,
    name: Option<String>,
    province: Option<String>,
    title: Option<String>,
    lead: Option<String>,
    body: Option<String>,
    byline: Option<String>,
    date: Option<String>,
}

#[derive(Deserialize, Default)]
struct File {
    #[serde(default)]
    site: Vec<Entry>,
}

fn selector(css: Option<&String>) -> Option<Selector> {
    Selector::parse(css?).ok()
}

/// Every profile, parsed on first use. A malformed file (caught by the test below) gives none.
static PROFILES: LazyLock<Vec<Profile>> = LazyLock::new(|| {
    let file: File = toml::from_str(include_str!("../data/sites.toml")).unwrap_or_default();
    file.site
        .into_iter()
        .map(|e| Profile {
            title: selector(e.title.as_ref()),
            lead: selector(e.lead.as_ref()),
            body: selector(e.body.as_ref()),
            byline: selector(e.byline.as_ref()),
            date: selector(e.date.as_ref()),
            hosts: e.hosts,
            name: e.name,
            province: e.province,
        })
        .collect()
});

/// The profile of a host (`www.` and other subdomains included), if there is one.
pub(crate) fn for_host(host: &str) -> Option<&'static Profile> {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    PROFILES.iter().find(|p| {
        p.hosts
            .iter()
            .any(|h| host == *h || host.ends_with(&format!(".{h}")))
    })
}

/// The first visible element that a profile selector matches, in document order.
pub(crate) fn first_match(dom: &Dom<'_>, selector: Option<&Selector>) -> Option<usize> {
    let selector = selector?;
    (0..dom.nodes.len()).find(|&i| !dom.nodes[i].invisible && selector.matches(dom, i))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_profile_parses_with_its_selectors() {
        let file: Result<File, _> = toml::from_str(include_str!("../data/sites.toml"));
        let file = file.unwrap();
        for e in &file.site {
            for css in [&e.title, &e.lead, &e.body, &e.byline, &e.date]
                .into_iter()
                .flatten()
            {
                assert!(Selector::parse(css).is_ok(), "{css} in {:?}", e.hosts);
            }
        }
        assert_eq!(
            for_host("www.baolamdong.vn").unwrap().province.as_deref(),
            Some("Lâm Đồng")
        );
        assert!(for_host("example.com").is_none());
    }
}
