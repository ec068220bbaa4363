//! The organization tables of `src/data/`, parsed once: heads, words, abbreviations, known names.
//!
//! Each table is a TSV file embedded in the binary; a malformed line is skipped here and reported
//! by the tests (`tables_parse`), so that a typo can never make extraction fail.

use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};

use super::token::{Phrase, Token};
use super::{Category, Level};

const HEADS: &str = include_str!("../../data/org_heads.tsv");
const WORDS: &str = include_str!("../../data/org_words.tsv");
const ABBREVIATIONS: &str = include_str!("../../data/abbreviations.tsv");
const NAMES: &str = include_str!("../../data/org_names.tsv");

/// What must follow a head for the span to be a name (see `org_heads.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Tail {
    Field,
    Name,
    Num,
    Place,
    None,
}

/// The flags of a head (see `org_heads.tsv`).
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Flags {
    pub cap: bool,
    pub lower: bool,
    pub descr: bool,
    pub free: bool,
    pub sub: bool,
    pub parent: bool,
    pub chain: bool,
    pub latin: bool,
    pub capword: bool,
    pub attr: bool,
    pub bare: bool,
}

/// A head word of organization names.
#[derive(Debug)]
pub(super) struct Head {
    pub phrase: Phrase,
    pub category: Category,
    pub level: Option<Level>,
    pub tail: Tail,
    pub flags: Flags,
}

/// What a word of `org_words.tsv` does inside a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum WordKind {
    /// A domain word: makes the name specific.
    Field,
    /// A descriptor: continues the name only.
    Type,
    /// A descriptor after which lowercase domain words may follow.
    Bridge,
    /// A unit word opening a place.
    Place(PlaceUnit),
}

/// The unit word of a place inside a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum PlaceUnit {
    Province,
    City,
    District,
    Commune,
    Area,
}

/// A word or phrase that continues a name.
#[derive(Debug, Clone)]
pub(super) struct Word {
    pub phrase: Phrase,
    pub kind: WordKind,
    pub category: Option<Category>,
}

/// Where a known name counts as an organization.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Scope {
    Any,
    Credit,
    Sport,
}

/// An organization known by name alone.
#[derive(Debug)]
pub(super) struct Known {
    pub phrase: Phrase,
    pub category: Category,
    pub scope: Scope,
    pub full: Option<String>,
}

/// An abbreviation and its full form.
#[derive(Debug)]
pub(super) struct Abbreviation {
    pub phrase: Phrase,
    pub long: String,
}

/// Entries of one table, looked up by their first word (lowercased), longest first.
#[derive(Debug)]
pub(super) struct Index<T> {
    entries: Vec<T>,
    by_first: FxHashMap<String, Vec<usize>>,
}

impl<T> Index<T> {
    fn new(entries: Vec<T>, phrase: fn(&T) -> &Phrase) -> Index<T> {
        let mut by_first: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        for (i, e) in entries.iter().enumerate() {
            if let Some(first) = phrase(e).words.first() {
                by_first.entry(first.clone()).or_default().push(i);
            }
        }
        for ids in by_first.values_mut() {
            ids.sort_by_key(|&i| std::cmp::Reverse(phrase(&entries[i]).len()));
        }
        Index { entries, by_first }
    }

    /// Every entry whose phrase matches at `at`, longest first.
    pub fn matches<'s, 'x, 'k>(
        &'s self,
        tokens: &'x [Token<'k>],
        at: usize,
        exact: bool,
        phrase: fn(&T) -> &Phrase,
    ) -> impl Iterator<Item = &'s T> + use<'s, 'x, 'k, T> {
        let ids = tokens
            .get(at)
            .and_then(|t| self.by_first.get(&*t.lower))
            .map_or(&[][..], Vec::as_slice);
        ids.iter()
            .map(|&i| &self.entries[i])
            .filter(move |e| phrase(e).matches(tokens, at, exact))
    }

    /// The longest entry matching at `at`.
    pub fn longest<'s>(
        &'s self,
        tokens: &[Token<'_>],
        at: usize,
        exact: bool,
        phrase: fn(&T) -> &Phrase,
    ) -> Option<&'s T> {
        self.matches(tokens, at, exact, phrase).next()
    }

    /// Number of entries.
    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.entries.len()
    }
}

/// Every organization table.
#[derive(Debug)]
pub(super) struct Lexicon {
    pub heads: Index<Head>,
    pub words: Index<Word>,
    /// The unit words of `words` alone, in the same order: every lower-case word of a text is
    /// asked whether it opens a place.
    pub place_words: Index<Word>,
    pub abbreviations: Index<Abbreviation>,
    pub known: Index<Known>,
    pub surnames: FxHashSet<String>,
    /// Capitalized words that never belong to a name, lowercased.
    pub stops: FxHashSet<String>,
    /// Countries, as lowercased words joined by spaces.
    pub countries: FxHashSet<String>,
    /// Whole spans that are not names, as lowercased words joined by spaces.
    pub never: FxHashSet<String>,
    /// Two-syllable words whose second syllable looks like a head: the seconds by the first,
    /// lowercased.
    pub compounds: FxHashMap<String, FxHashSet<String>>,
    /// Cities at province level (`thành phố Hà Nội`).
    pub central_cities: FxHashSet<String>,
    /// Lines that did not parse (reported by the tests).
    pub bad_lines: Vec<String>,
}

pub(super) static LEXICON: LazyLock<Lexicon> = LazyLock::new(load);

fn rows(table: &str) -> impl Iterator<Item = Vec<&str>> {
    table
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
}

fn load() -> Lexicon {
    let mut bad = Vec::new();
    let heads = rows(HEADS)
        .filter_map(|r| head(&r).or_else(|| bad_line(&mut bad, &r)))
        .collect();
    let mut lex = Lexicon {
        heads: Index::new(heads, |h: &Head| &h.phrase),
        words: Index::new(Vec::new(), |w: &Word| &w.phrase),
        place_words: Index::new(Vec::new(), |w: &Word| &w.phrase),
        abbreviations: Index::new(Vec::new(), |a: &Abbreviation| &a.phrase),
        known: Index::new(Vec::new(), |k: &Known| &k.phrase),
        surnames: FxHashSet::default(),
        stops: FxHashSet::default(),
        countries: FxHashSet::default(),
        never: FxHashSet::default(),
        compounds: FxHashMap::default(),
        central_cities: FxHashSet::default(),
        bad_lines: Vec::new(),
    };
    let mut words = Vec::new();
    for r in rows(WORDS) {
        if !word_row(&mut lex, &mut words, &r) {
            bad_line::<()>(&mut bad, &r);
        }
    }
    let places = words
        .iter()
        .filter(|w| matches!(w.kind, WordKind::Place(_)))
        .cloned()
        .collect();
    lex.place_words = Index::new(places, |w: &Word| &w.phrase);
    lex.words = Index::new(words, |w: &Word| &w.phrase);
    let abbreviations = rows(ABBREVIATIONS)
        .filter_map(|r| match r.as_slice() {
            [short, long] => Some(Abbreviation {
                phrase: Phrase::new(short),
                long: long.to_string(),
            }),
            _ => bad_line(&mut bad, &r),
        })
        .collect();
    lex.abbreviations = Index::new(abbreviations, |a: &Abbreviation| &a.phrase);
    let known = rows(NAMES)
        .filter_map(|r| known(&r).or_else(|| bad_line(&mut bad, &r)))
        .collect();
    lex.known = Index::new(known, |k: &Known| &k.phrase);
    lex.bad_lines = bad;
    lex
}

fn bad_line<T>(bad: &mut Vec<String>, row: &[&str]) -> Option<T> {
    bad.push(row.join("\t"));
    None
}

fn head(row: &[&str]) -> Option<Head> {
    let [phrase, category, level, tail, flags] = row else {
        return None;
    };
    let tail = match *tail {
        "field" => Tail::Field,
        "name" => Tail::Name,
        "num" => Tail::Num,
        "place" => Tail::Place,
        "none" => Tail::None,
        _ => return None,
    };
    let mut f = Flags::default();
    for flag in flags.split(',').filter(|s| *s != "-") {
        match flag {
            "cap" => f.cap = true,
            "lower" => f.lower = true,
            "descr" => f.descr = true,
            "free" => f.free = true,
            "sub" => f.sub = true,
            "parent" => f.parent = true,
            "chain" => f.chain = true,
            "latin" => f.latin = true,
            "capword" => f.capword = true,
            "attr" => f.attr = true,
            "bare" => f.bare = true,
            _ => return None,
        }
    }
    Some(Head {
        phrase: Phrase::new(phrase),
        category: parse_category(category)?,
        level: parse_level(level)?,
        tail,
        flags: f,
    })
}

fn word_row(lex: &mut Lexicon, words: &mut Vec<Word>, row: &[&str]) -> bool {
    let [phrase, kind, extra] = row else {
        return false;
    };
    let lower = || Phrase::new(phrase).words.join(" ");
    match *kind {
        "surname" => lex.surnames.insert(phrase.to_lowercase()),
        "stop" => lex.stops.insert(phrase.to_lowercase()),
        "country" => lex.countries.insert(lower()),
        "never" => lex.never.insert(lower()),
        "compound" => {
            let p = Phrase::new(phrase);
            let [a, b] = p.words.as_slice() else {
                return false;
            };
            lex.compounds
                .entry(a.clone())
                .or_default()
                .insert(b.clone())
        }
        "city" => lex.central_cities.insert(lower()),
        "field" | "type" | "bridge" | "place" => {
            let kind = match *kind {
                "field" => WordKind::Field,
                "type" => WordKind::Type,
                "bridge" => WordKind::Bridge,
                _ => match *extra {
                    "province" => WordKind::Place(PlaceUnit::Province),
                    "city" => WordKind::Place(PlaceUnit::City),
                    "district" => WordKind::Place(PlaceUnit::District),
                    "commune" => WordKind::Place(PlaceUnit::Commune),
                    "-" => WordKind::Place(PlaceUnit::Area),
                    _ => return false,
                },
            };
            let category = match (kind, *extra) {
                (WordKind::Place(_), _) | (_, "-") => None,
                (_, c) => match parse_category(c) {
                    Some(c) => Some(c),
                    None => return false,
                },
            };
            words.push(Word {
                phrase: Phrase::new(phrase),
                kind,
                category,
            });
            true
        }
        _ => false,
    };
    true
}

fn known(row: &[&str]) -> Option<Known> {
    let (phrase, category, scope, full) = match row {
        [p, c, s] => (p, c, s, None),
        [p, c, s, f] => (p, c, s, Some(f.to_string())),
        _ => return None,
    };
    let scope = match *scope {
        "any" => Scope::Any,
        "credit" => Scope::Credit,
        "sport" => Scope::Sport,
        _ => return None,
    };
    Some(Known {
        phrase: Phrase::new(phrase),
        category: parse_category(category)?,
        scope,
        full,
    })
}

fn parse_category(s: &str) -> Option<Category> {
    Some(match s {
        "police" => Category::Police,
        "government" => Category::Government,
        "party" => Category::Party,
        "front" => Category::Front,
        "military" => Category::Military,
        "court" => Category::Court,
        "procuracy" => Category::Procuracy,
        "union" => Category::Union,
        "association" => Category::Association,
        "education" => Category::Education,
        "health" => Category::Health,
        "business" => Category::Business,
        "religious" => Category::Religious,
        "other" => Category::Other,
        _ => return None,
    })
}

fn parse_level(s: &str) -> Option<Option<Level>> {
    Some(match s {
        "central" => Some(Level::Central),
        "province" => Some(Level::Province),
        "district" => Some(Level::District),
        "commune" => Some(Level::Commune),
        "-" => None,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_parse() {
        let lex = &*LEXICON;
        assert!(lex.bad_lines.is_empty(), "bad lines: {:#?}", lex.bad_lines);
        assert!(lex.heads.len() > 150);
        assert!(lex.words.len() > 400);
        assert!(lex.abbreviations.len() > 100);
        assert!(lex.known.len() > 500);
        assert!(lex.surnames.contains("nguyễn"));
        assert!(lex.never.contains("bộ trưởng"));
        assert!(lex.central_cities.contains("hà nội"));
    }
}
