//! What an element's `class` and `id` say about it: boilerplate, article text, lead, caption,
//! byline or date. The words live in `src/data/article-hints.toml`, parsed once.

use std::collections::HashSet;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind};
use rustc_hash::FxHashMap;
use serde::Deserialize;

/// One family of hint words, or one word that the extractor looks for on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Family(u16);

impl Family {
    pub const BOILERPLATE: Family = Family(1);
    pub const POSITIVE: Family = Family(1 << 1);
    pub const LEAD: Family = Family(1 << 2);
    pub const CAPTION: Family = Family(1 << 3);
    pub const BYLINE: Family = Family(1 << 4);
    pub const DATE: Family = Family(1 << 5);
    /// The class/id text contains `comment`.
    pub const COMMENT: Family = Family(1 << 6);
    /// The class/id text contains `binhluan` (Vietnamese for comments).
    pub const BINHLUAN: Family = Family(1 << 7);
}

/// The families whose words an element's class/id text carries.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Families(u16);

impl Families {
    /// Whether the text carries a word of `family`.
    pub fn has(self, family: Family) -> bool {
        self.0 & family.0 != 0
    }
}

/// All hint families, matched together: one scan of the class/id text answers every family.
pub(crate) struct Hints {
    /// Every family's substrings (each once), and the families each belongs to.
    substrings: Option<AhoCorasick>,
    substring_families: Vec<u16>,
    /// Whole words (split on white space, `-` and `_`), and their families.
    tokens: FxHashMap<String, u16>,
    longest_token: usize,
    /// Whole lines of page furniture, lower-cased.
    pub furniture_lines: HashSet<String>,
    /// Starts of furniture lines, lower-cased.
    pub furniture_prefixes: Vec<String>,
}

impl Hints {
    /// The families whose words the lower-cased class/id text carries: a substring anywhere,
    /// or a token as a whole word.
    pub fn families(&self, class_id: &str) -> Families {
        if class_id.is_empty() {
            return Families::default();
        }
        let mut bits = 0;
        if let Some(ac) = &self.substrings {
            for m in ac.find_overlapping_iter(class_id) {
                bits |= self
                    .substring_families
                    .get(m.pattern().as_usize())
                    .copied()
                    .unwrap_or(0);
            }
        }
        for t in class_id.split(|c: char| c.is_whitespace() || c == '-' || c == '_') {
            if t.len() <= self.longest_token {
                bits |= self.tokens.get(t).copied().unwrap_or(0);
            }
        }
        Families(bits)
    }

    /// Whether a block of text is page furniture (`Caption`, `Photo: …`, `Read more: …`).
    pub fn is_furniture(&self, text: &str) -> bool {
        let t = text.trim();
        if t.len() > 200 {
            return false;
        }
        let lower = t.to_lowercase();
        self.furniture_lines
            .contains(lower.trim_end_matches(['.', ':', '!']))
            || self
                .furniture_prefixes
                .iter()
                .any(|p| lower.starts_with(p.as_str()))
    }
}

#[derive(Deserialize, Default)]
struct Words {
    #[serde(default)]
    substrings: Vec<String>,
    #[serde(default)]
    tokens: Vec<String>,
}

#[derive(Deserialize, Default)]
struct Furniture {
    #[serde(default)]
    lines: Vec<String>,
    #[serde(default)]
    prefixes: Vec<String>,
}

#[derive(Deserialize, Default)]
struct File {
    #[serde(default)]
    furniture: Furniture,
    #[serde(default)]
    boilerplate: Words,
    #[serde(default)]
    positive: Words,
    #[serde(default)]
    lead: Words,
    #[serde(default)]
    caption: Words,
    #[serde(default)]
    byline: Words,
    #[serde(default)]
    date: Words,
}

/// The hint words, parsed on first use. A malformed table (a build-time mistake, caught by the
/// test below) leaves every family empty rather than failing pages.
pub(crate) static HINTS: LazyLock<Hints> = LazyLock::new(|| {
    let file: File = toml::from_str(include_str!("../data/article-hints.toml")).unwrap_or_default();
    let families = [
        (file.boilerplate, Family::BOILERPLATE),
        (file.positive, Family::POSITIVE),
        (file.lead, Family::LEAD),
        (file.caption, Family::CAPTION),
        (file.byline, Family::BYLINE),
        (file.date, Family::DATE),
    ];
    let mut substrings: Vec<String> = Vec::new();
    let mut substring_families: Vec<u16> = Vec::new();
    let mut add_substring =
        |word: String, family: Family| match substrings.iter().position(|w| *w == word) {
            Some(at) => substring_families[at] |= family.0,
            None => {
                substrings.push(word);
                substring_families.push(family.0);
            }
        };
    let mut tokens: FxHashMap<String, u16> = FxHashMap::default();
    for (words, family) in families {
        for w in words.substrings {
            add_substring(w, family);
        }
        for t in words.tokens {
            *tokens.entry(t).or_default() |= family.0;
        }
    }
    for (w, family) in [("comment", Family::COMMENT), ("binhluan", Family::BINHLUAN)] {
        add_substring(w.to_string(), family);
    }
    let substrings = (!substrings.is_empty())
        .then(|| {
            AhoCorasickBuilder::new()
                .kind(Some(AhoCorasickKind::DFA))
                .build(&substrings)
                .ok()
        })
        .flatten();
    Hints {
        substrings,
        substring_families,
        longest_token: tokens.keys().map(String::len).max().unwrap_or(0),
        tokens,
        furniture_lines: file.furniture.lines.into_iter().collect(),
        furniture_prefixes: file.furniture.prefixes,
    }
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_parses_and_tokens_need_whole_words() {
        let parsed: Result<File, _> = toml::from_str(include_str!("../data/article-hints.toml"));
        assert!(parsed.is_ok(), "{:?}", parsed.err());
        let has = |class_id: &str, family| HINTS.families(class_id).has(family);
        assert!(has("box-related", Family::BOILERPLATE));
        assert!(has("top ad", Family::BOILERPLATE));
        assert!(!has("loading", Family::BOILERPLATE));
        assert!(has("detail-sapo", Family::LEAD));
        assert!(has("figcaption", Family::CAPTION));
        assert!(has("list-comments", Family::COMMENT));
        assert!(!has("", Family::COMMENT));
        let both = HINTS.families("post-date");
        assert!(both.has(Family::POSITIVE) && both.has(Family::DATE));
        assert!(!both.has(Family::BYLINE));
        assert!(HINTS.is_furniture("Photo: Gene J. Puskar"));
        assert!(HINTS.is_furniture("Caption"));
        assert!(!HINTS.is_furniture("Photos of the day show a flood."));
    }
}
