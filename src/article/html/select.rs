//! The CSS selectors of site profiles (`src/data/sites.toml`), matched on the flat page.
//!
//! Only the subset the profiles use is supported: comma-separated lists of compound selectors
//! (`tag`, `.class`, `#id` and their combinations such as `h1.title.big` or `div#abody`)
//! joined by descendant combinators (`.detail-byline .author`). Anything else is a parse
//! error, which the test over `sites.toml` catches. Class and id compare ASCII
//! case-insensitively in quirks-mode pages, as browsers (and scraper) do.

use crate::article::dom::Dom;

#[derive(Debug, Default)]
struct Compound {
    tag: Option<String>,
    id: Option<String>,
    classes: Vec<String>,
}

/// A parsed selector list.
#[derive(Debug)]
pub(crate) struct Selector {
    /// Alternatives; each a chain of compounds, outermost first.
    alternatives: Vec<Vec<Compound>>,
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_' || !c.is_ascii()
}

impl Selector {
    /// Parses a selector list, or says which part is outside the supported subset.
    pub fn parse(css: &str) -> Result<Selector, String> {
        let mut alternatives = Vec::new();
        for alt in css.split(',') {
            let mut chain = Vec::new();
            for part in alt.split_whitespace() {
                chain.push(compound(part)?);
            }
            if chain.is_empty() {
                return Err(format!("empty selector in {css:?}"));
            }
            alternatives.push(chain);
        }
        Ok(Selector { alternatives })
    }

    /// Whether the element at `i` matches.
    pub fn matches(&self, dom: &Dom<'_>, i: usize) -> bool {
        self.alternatives
            .iter()
            .any(|chain| matches_chain(dom, i, chain))
    }
}

fn compound(part: &str) -> Result<Compound, String> {
    let mut c = Compound::default();
    let mut rest = part;
    let ident_end = |s: &str| s.find(|ch: char| !is_ident(ch)).unwrap_or(s.len());
    let n = ident_end(rest);
    if n > 0 {
        c.tag = Some(rest[..n].to_ascii_lowercase());
        rest = &rest[n..];
    }
    while let Some(first) = rest.chars().next() {
        let body = &rest[1..];
        let n = ident_end(body);
        if n == 0 {
            return Err(format!("unsupported selector {part:?}"));
        }
        match first {
            '.' => c.classes.push(body[..n].to_string()),
            '#' if c.id.is_none() => c.id = Some(body[..n].to_string()),
            _ => return Err(format!("unsupported selector {part:?}")),
        }
        rest = &body[n..];
    }
    if c.tag.is_none() && c.id.is_none() && c.classes.is_empty() {
        return Err(format!("unsupported selector {part:?}"));
    }
    Ok(c)
}

fn matches_compound(dom: &Dom<'_>, i: usize, c: &Compound) -> bool {
    if !dom.is_element(i) {
        return false;
    }
    if c.tag.as_deref().is_some_and(|t| dom.tag(i) != t) {
        return false;
    }
    let quirks = dom.quirks;
    let same = |a: &str, b: &str| {
        if quirks {
            a.eq_ignore_ascii_case(b)
        } else {
            a == b
        }
    };
    if let Some(id) = &c.id {
        if !dom.attr(i, "id").is_some_and(|v| same(v, id)) {
            return false;
        }
    }
    if !c.classes.is_empty() {
        let Some(class) = dom.attr(i, "class") else {
            return false;
        };
        let mut words = class.split_ascii_whitespace();
        if !c
            .classes
            .iter()
            .all(|want| words.clone().any(|w| same(w, want)))
        {
            return false;
        }
        words.next();
    }
    true
}

fn matches_chain(dom: &Dom<'_>, i: usize, chain: &[Compound]) -> bool {
    let Some((last, outer)) = chain.split_last() else {
        return false;
    };
    if !matches_compound(dom, i, last) {
        return false;
    }
    // Descendant combinators only: matching each compound at the nearest ancestor that
    // fits is never worse than a farther one.
    let mut at = dom.parent(i);
    for c in outer.iter().rev() {
        loop {
            let Some(a) = at else { return false };
            at = dom.parent(a);
            if matches_compound(dom, a, c) {
                break;
            }
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_profile_selector_is_in_the_subset() {
        let file: toml::Value = toml::from_str(include_str!("../../data/sites.toml")).unwrap();
        let sites = file.get("site").and_then(|s| s.as_array()).unwrap();
        let mut n = 0;
        for site in sites {
            for key in ["title", "lead", "body", "byline", "date"] {
                if let Some(css) = site.get(key).and_then(|v| v.as_str()) {
                    Selector::parse(css).unwrap();
                    n += 1;
                }
            }
        }
        assert!(n > 20);
        assert!(Selector::parse("div > p").is_err());
        assert!(Selector::parse("a[href]").is_err());
        assert!(Selector::parse("p:first-child").is_err());
    }

    #[test]
    fn compounds_and_descendants_match() {
        let doc = super::super::parse(
            "<!DOCTYPE html><div class='detail-byline x'><p><span class='author'>A</span></p></div>\
             <span class='author'>B</span><h1 class='title big' id='t'>T</h1>",
            512,
        );
        let dom = Dom::new(&doc, 512);
        let find = |css: &str| {
            let s = Selector::parse(css).unwrap();
            (0..dom.nodes.len())
                .filter(|&i| s.matches(&dom, i))
                .map(|i| dom.text(i))
                .collect::<Vec<_>>()
        };
        assert_eq!(find(".detail-byline .author"), ["A"]);
        assert_eq!(find("span.author"), ["A", "B"]);
        assert_eq!(find("h1.big.title, #nothing"), ["T"]);
        assert_eq!(find("h1#t"), ["T"]);
        assert!(
            find("h1.Title").is_empty(),
            "case-sensitive outside quirks mode"
        );
    }
}
