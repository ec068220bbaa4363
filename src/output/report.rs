//! What the text and HTML reports share: the record's heading lines, its facts grouped by type,
//! the sentence each fact was read from, and a one-line summary of a fact's value.
//!
//! Sentences are cut here, for display only (the facts stage does not need them): a sentence ends
//! at `.`, `!`, `?` or `…` followed by a space and a capital letter, a digit or an opening quote,
//! and at every line break. `35.000` and `TP.HCM` have no space after their full stop, and titles
//! such as `TS.` or `Tp.` (`src/data/sentence_abbreviations.txt`) and initials never end one.

use std::collections::{BTreeMap, HashSet};
use std::sync::LazyLock;

use crate::facts::{Fact, FactType};

use super::Record;

/// Longest evidence shown, in characters; a longer sentence is cut to a window around the fact.
const MAX_EVIDENCE: usize = 320;

/// Characters of context kept on each side of the fact when a sentence is cut.
const WINDOW: usize = 140;

static ABBREVIATIONS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../data/sentence_abbreviations.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

/// The lines a report opens with: what the page is and where it came from.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Heading {
    /// The headline, or the source when the page has none.
    pub title: String,
    /// Label and value pairs: source, published, authors, site.
    pub fields: Vec<(&'static str, String)>,
}

/// The heading of a record: title, then source, published, authors and site (`—` when unknown).
pub(crate) fn heading(record: &Record) -> Heading {
    let source = source_label(record);
    let article = record.article();
    let title = article
        .and_then(|a| a.title.clone())
        .unwrap_or_else(|| source.clone());
    let unknown = || "—".to_string();
    let mut fields = vec![("source", source)];
    if let Some(a) = article {
        let authors = a.authors.join(", ");
        fields.push(("published", a.published.clone().unwrap_or_else(unknown)));
        fields.push((
            "authors",
            if authors.is_empty() {
                unknown()
            } else {
                authors
            },
        ));
        fields.push(("site", a.site_name.clone().unwrap_or_else(unknown)));
    }
    Heading { title, fields }
}

/// Where the record came from, as the user would name it.
pub(crate) fn source_label(record: &Record) -> String {
    let s = &record.source;
    s.url
        .clone()
        .or_else(|| s.record.clone())
        .or_else(|| s.path.clone())
        .or_else(|| s.final_url.clone())
        .unwrap_or_else(|| "(input)".to_string())
}

/// The facts of a record by type, in the fact guide's order, each type's in reading order; each
/// fact with its index in the record (the HTML report's `#fact-N` anchors).
pub(crate) fn by_type(facts: &[Fact]) -> BTreeMap<FactType, Vec<(usize, &Fact)>> {
    let mut groups: BTreeMap<FactType, Vec<(usize, &Fact)>> = BTreeMap::new();
    for (i, fact) in facts.iter().enumerate() {
        groups.entry(fact.kind).or_default().push((i, fact));
    }
    for items in groups.values_mut() {
        items.sort_by_key(|(i, f)| (f.start, f.end, *i));
    }
    groups
}

/// A count of facts per type in one line: `4 facts: document 3, date 1`.
pub(crate) fn tally(facts: &[Fact]) -> String {
    let groups = by_type(facts);
    let parts: Vec<String> = groups
        .iter()
        .map(|(kind, items)| format!("{kind} {}", items.len()))
        .collect();
    let noun = if facts.len() == 1 { "fact" } else { "facts" };
    if parts.is_empty() {
        format!("0 {noun}")
    } else {
        format!("{} {noun}: {}", facts.len(), parts.join(", "))
    }
}

/// A fact in its sentence: the text before it, the mention, the text after it. A cut sentence
/// has `…` where it was cut.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Evidence {
    pub before: String,
    pub mention: String,
    pub after: String,
}

/// The sentences of a text, found once, to give the evidence of many facts.
#[derive(Debug)]
pub(crate) struct Sentences {
    chars: Vec<char>,
    /// Character offsets where sentences start, ascending, the first 0.
    starts: Vec<usize>,
}

impl Sentences {
    /// Cuts a text into sentences.
    pub(crate) fn new(text: &str) -> Sentences {
        let chars: Vec<char> = text.chars().collect();
        let mut starts = vec![0];
        for i in 0..chars.len() {
            if let Some(next) = sentence_start_after(&chars, i) {
                if starts.last().is_some_and(|&last| next > last) {
                    starts.push(next);
                }
            }
        }
        Sentences { chars, starts }
    }

    /// The sentence (or sentences) holding the characters `start..end`, cut to a window when long.
    pub(crate) fn evidence(&self, start: usize, end: usize) -> Evidence {
        let end = end.min(self.chars.len());
        let start = start.min(end);
        let first = self
            .starts
            .partition_point(|&s| s <= start)
            .saturating_sub(1);
        let last = self
            .starts
            .partition_point(|&s| s < end.max(start + 1))
            .saturating_sub(1);
        let mut from = self.starts[first];
        let mut to = self
            .starts
            .get(last + 1)
            .copied()
            .unwrap_or(self.chars.len());
        while from < start && self.chars[from].is_whitespace() {
            from += 1;
        }
        while to > end && self.chars[to - 1].is_whitespace() {
            to -= 1;
        }
        let long = to - from > MAX_EVIDENCE;
        let cut_left = long && start - from > WINDOW;
        if cut_left {
            from = self.word_start(start - WINDOW, start);
        }
        let cut_right = long && to - end > WINDOW;
        if cut_right {
            to = self.word_end(end + WINDOW, end);
        }
        let text = |a: usize, b: usize| self.chars[a..b].iter().collect::<String>();
        Evidence {
            before: format!("{}{}", if cut_left { "…" } else { "" }, text(from, start)),
            mention: text(start, end),
            after: format!("{}{}", text(end, to), if cut_right { "…" } else { "" }),
        }
    }

    /// The first word start at or after `at` (`at > 0`), but not past `limit`.
    fn word_start(&self, mut at: usize, limit: usize) -> usize {
        while at < limit && !self.chars[at - 1].is_whitespace() {
            at += 1;
        }
        at
    }

    /// The last word end at or before `at` (`at < len`), but not before `limit`.
    fn word_end(&self, mut at: usize, limit: usize) -> usize {
        while at > limit && !self.chars[at].is_whitespace() {
            at -= 1;
        }
        at
    }
}

/// If a sentence ends at `chars[i]`, where the next one starts.
fn sentence_start_after(chars: &[char], i: usize) -> Option<usize> {
    let c = chars[i];
    if c == '\n' {
        return Some(i + 1);
    }
    if !matches!(c, '.' | '!' | '?' | '…') {
        return None;
    }
    let mut j = i + 1;
    while j < chars.len() && is_closing(chars[j]) {
        j += 1;
    }
    let gap = j;
    while j < chars.len() && chars[j] == ' ' {
        j += 1;
    }
    if j == gap || j >= chars.len() || !opens_sentence(chars[j]) {
        return None;
    }
    if c == '.' && is_abbreviation(chars, i) {
        return None;
    }
    Some(j)
}

fn is_closing(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | ')' | ']' | '»' | '.' | '!' | '?' | '…'
    )
}

fn opens_sentence(c: char) -> bool {
    c.is_uppercase()
        || c.is_ascii_digit()
        || matches!(c, '"' | '“' | '\'' | '‘' | '(' | '[' | '«' | '-' | '–')
}

/// Whether the full stop at `chars[dot]` closes a title or an initial rather than a sentence.
fn is_abbreviation(chars: &[char], dot: usize) -> bool {
    let mut from = dot;
    while from > 0 && chars[from - 1].is_alphabetic() {
        from -= 1;
    }
    let word: String = chars[from..dot].iter().collect();
    let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    initial || ABBREVIATIONS.contains(word.as_str())
}

/// A fact's value in one line: its JSON fields as `key: value` in the schema's order, empty ones
/// left out.
///
/// The reports do not know each type's value: they show whatever the type's value holds, so a
/// new field appears in them without a change here.
pub(crate) fn value_summary(fact: &Fact) -> String {
    serde_json::to_string(&fact.value)
        .ok()
        .and_then(|json| serde_json::from_str::<Node>(&json).ok())
        .map(|node| node.summary())
        .unwrap_or_default()
}

/// A JSON value that keeps its fields in the order they were written (`serde_json::Value`
/// sorts them, and the schema's order reads better: `number` before `kind`).
#[derive(Debug, Clone, PartialEq)]
enum Node {
    Scalar(String),
    Empty,
    List(Vec<Node>),
    Map(Vec<(String, Node)>),
}

impl Node {
    fn summary(&self) -> String {
        match self {
            Node::Empty => String::new(),
            Node::Scalar(s) => s.clone(),
            Node::List(items) => {
                let parts: Vec<String> = items.iter().map(Node::summary).collect();
                format!("[{}]", parts.join("; "))
            }
            Node::Map(fields) => fields
                .iter()
                .filter(|(_, v)| !v.is_empty())
                .map(|(k, v)| format!("{k}: {}", v.summary()))
                .collect::<Vec<_>>()
                .join(", "),
        }
    }

    fn is_empty(&self) -> bool {
        match self {
            Node::Empty => true,
            Node::Scalar(s) => s.is_empty(),
            Node::List(items) => items.is_empty(),
            Node::Map(fields) => fields.iter().all(|(_, v)| v.is_empty()),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Node {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Node, D::Error> {
        d.deserialize_any(NodeVisitor)
    }
}

struct NodeVisitor;

impl<'de> serde::de::Visitor<'de> for NodeVisitor {
    type Value = Node;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_unit<E>(self) -> Result<Node, E> {
        Ok(Node::Empty)
    }
    fn visit_bool<E>(self, v: bool) -> Result<Node, E> {
        Ok(Node::Scalar(v.to_string()))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Node, E> {
        Ok(Node::Scalar(v.to_string()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Node, E> {
        Ok(Node::Scalar(v.to_string()))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Node, E> {
        Ok(Node::Scalar(v.to_string()))
    }
    fn visit_str<E>(self, v: &str) -> Result<Node, E> {
        Ok(Node::Scalar(v.to_string()))
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Node::List(items))
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut fields = Vec::new();
        while let Some(entry) = map.next_entry()? {
            fields.push(entry);
        }
        Ok(Node::Map(fields))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence_of(text: &str, needle: &str) -> String {
        let start = text[..text.find(needle).unwrap()].chars().count();
        let end = start + needle.chars().count();
        let e = Sentences::new(text).evidence(start, end);
        assert_eq!(e.mention, needle);
        format!("{}[{}]{}", e.before, e.mention, e.after)
    }

    #[test]
    fn sentences_end_at_stops_before_capitals_and_at_line_breaks() {
        let text = "Mở đầu. Có hơn 35.000 lượt người tham dự! Sau đó? Hết\nDòng mới có 24 mô hình.";
        assert_eq!(
            sentence_of(text, "hơn 35.000 lượt người"),
            "Có [hơn 35.000 lượt người] tham dự!"
        );
        assert_eq!(sentence_of(text, "24 mô hình"), "Dòng mới có [24 mô hình].");
        assert_eq!(sentence_of(text, "Sau đó"), "[Sau đó]?");
    }

    #[test]
    fn numbers_abbreviations_titles_and_initials_do_not_end_sentences() {
        let text =
            "Tại TP.HCM, TS. Nguyễn V. An nói có 35.000 người, tăng 1.5 lần. Tp. Đà Lạt thì khác.";
        assert_eq!(
            sentence_of(text, "35.000 người"),
            "Tại TP.HCM, TS. Nguyễn V. An nói có [35.000 người], tăng 1.5 lần."
        );
        assert_eq!(sentence_of(text, "Đà Lạt"), "Tp. [Đà Lạt] thì khác.");
    }

    #[test]
    fn a_stop_before_lower_case_or_a_quote_closing_is_handled() {
        let text = "Phong trào “Tự phòng, tự quản…” được đẩy mạnh. “Vận động” là khẩu hiệu.";
        assert_eq!(
            sentence_of(text, "đẩy mạnh"),
            "Phong trào “Tự phòng, tự quản…” được [đẩy mạnh]."
        );
        assert_eq!(sentence_of(text, "khẩu hiệu"), "“Vận động” là [khẩu hiệu].");
    }

    #[test]
    fn long_sentences_are_cut_around_the_fact_at_word_boundaries() {
        let filler = "một hai ba bốn năm sáu bảy tám chín mười ".repeat(12);
        let text = format!("Đầu câu {filler}có 24/34 khu dân cư {filler}cuối câu.");
        let shown = sentence_of(&text, "24/34 khu dân cư");
        assert!(shown.starts_with('…') && shown.ends_with('…'), "{shown}");
        assert!(
            shown.chars().count() <= MAX_EVIDENCE,
            "{}",
            shown.chars().count()
        );
        let words: Vec<&str> = filler.split(' ').collect();
        let inner = shown.trim_matches('…');
        let (first, last) = (inner.split(' ').next(), inner.split(' ').next_back());
        assert!(
            words.contains(&first.unwrap()) && words.contains(&last.unwrap()),
            "{shown}"
        );
        assert!(!shown.contains("Đầu câu") && !shown.contains("cuối câu"));
    }

    #[test]
    fn a_fact_across_two_sentences_shows_both_and_edges_are_safe() {
        let text = "Một. Hai ba. Bốn.";
        let s = Sentences::new(text);
        let e = s.evidence(0, 8);
        assert_eq!((e.before.as_str(), e.mention.as_str()), ("", "Một. Hai"));
        assert_eq!(e.after, " ba.");
        let end = text.chars().count();
        assert_eq!(s.evidence(end, end + 5).mention, "");
        assert_eq!(Sentences::new("").evidence(0, 0).mention, "");
    }

    #[test]
    fn values_are_summarized_without_empty_fields() {
        let json = r#"{"number": "09-CTr-BCA-MTTW", "year": null, "issuers": [{"code": "BCA",
            "name": "Bộ Công an"}, {"code": "MT", "name": null}], "tags": [], "amount": 1.5}"#;
        let node: Node = serde_json::from_str(json).unwrap();
        assert_eq!(
            node.summary(),
            "number: 09-CTr-BCA-MTTW, issuers: [code: BCA, name: Bộ Công an; code: MT], amount: 1.5"
        );
    }
}
