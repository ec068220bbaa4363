//! What an element's `class` and `id` say about it: boilerplate, article text, lead, caption,
//! byline or date. The words live in `src/data/article-hints.toml`, parsed once.

use std::collections::HashSet;
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use serde::Deserialize;

/// One family of hint words.
pub(crate) struct Matcher {
    substrings: Option<AhoCorasick>,
    tokens: HashSet<String>,
}

impl Matcher {
    /// Whether the lower-cased class/id text carries one of the words.
    pub fn matches(&self, class_id: &str) -> bool {
        if class_id.is_empty() {
            return false;
        }
        if self.substrings.as_ref().is_some_and(|ac| ac.is_match(class_id)) {
            return true;
        }
        class_id
            .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
            .any(|t| self.tokens.contains(t))
    }
}

/// All hint families.
pub(crate) struct Hints {
    pub boilerplate: Matcher,
    pub positive: Matcher,
    pub lead: Matcher,
    pub caption: Matcher,
    pub byline: Matcher,
    pub date: Matcher,
}

#[derive(Deserialize, Default)]
struct Words {
    #[serde(default)]
    substrings: Vec<String>,
    #[serde(default)]
    tokens: Vec<String>,
}

#[derive(Deserialize, Default)]
struct File {
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

fn matcher(words: Words) -> Matcher {
    Matcher {
        substrings: (!words.substrings.is_empty())
            .then(|| AhoCorasick::new(&words.substrings).ok())
            .flatten(),
        tokens: words.tokens.into_iter().collect(),
    }
}

/// The hint words, parsed on first use. A malformed table (a build-time mistake, caught by the
/// test below) leaves every family empty rather than failing pages.
pub(crate) static HINTS: LazyLock<Hints> = LazyLock::new(|| {
    let file: File = toml::from_str(include_str!("../data/article-hints.toml")).unwrap_or_default();
    Hints {
        boilerplate: matcher(file.boilerplate),
        positive: matcher(file.positive),
        lead: matcher(file.lead),
        caption: matcher(file.caption),
        byline: matcher(file.byline),
        date: matcher(file.date),
    }
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_parses_and_tokens_need_whole_words() {
        let parsed: Result<File, _> = toml::from_str(include_str!("../data/article-hints.toml"));
        assert!(parsed.is_ok(), "{:?}", parsed.err());
        assert!(HINTS.boilerplate.matches("box-related"));
        assert!(HINTS.boilerplate.matches("top ad"));
        assert!(!HINTS.boilerplate.matches("loading"));
        assert!(HINTS.lead.matches("detail-sapo"));
        assert!(HINTS.caption.matches("figcaption"));
    }
}
