//! Organizations named without a head word: known names, credited outlets, tags, later mentions.
//!
//! - Known names (`org_names.tsv`): `any` ones everywhere (`TTXVN`, `Reuters`, `Google`);
//!   `credit` ones only where an outlet is credited (`báo Lao Động`, `theo Dân Việt`, the lead's
//!   `(Dân Việt) -`), because they are ordinary words elsewhere; `sport` ones (clubs named after
//!   their city: `Barcelona`) only in an article about sport.
//! - Credits: the lead's `(LĐ online) -`, `ANTĐ -`; the outlet line that ends a crawled text
//!   (after its `27/05/13 08:35 GMT+7` date line, section and tags); a foreign name after `Theo`
//!   or `Ảnh:` (`Theo Entrepreneur,`).
//! - Tags: each comma-separated item of a crawled text's tag line that is a whole organization
//!   name (`Công an thành phố hà nội`), read case-insensitively.
//! - Later mentions: a body defined as `Bộ Nông nghiệp Mỹ (USDA)` is an organization wherever
//!   `USDA` comes back, and a company or hospital named in Latin letters (`Cty Ewos Việt Nam`)
//!   wherever its name (`Ewos`) comes back alone.

use std::sync::LazyLock;

use regex::Regex;

use super::lexicon::{Known, LEXICON, Scope};
use super::rules::Parser;
use super::token::{Phrase, Shape, Token, is_space, looks_vietnamese};
use super::value::{Found, expand};
use super::{Category, Level};
use crate::facts::Scan;
use crate::facts::person::is_given_name;
use crate::facts::rule::compile;

/// How many lines at the start of a text may carry the outlet's credit.
const LEAD_LINES: usize = 6;

/// Words that are counted to tell an article about sport (for clubs named after a city).
const SPORT_WORDS: &[&str] = &[
    "cầu thủ",
    "tiền đạo",
    "tiền vệ",
    "hậu vệ",
    "thủ môn",
    "HLV",
    "bàn thắng",
    "ghi bàn",
    "trận đấu",
    "đội bóng",
    "chuyển nhượng",
    "sân cỏ",
    "Premier League",
    "Champions League",
    "La Liga",
    "Ligue 1",
    "Serie A",
    "Bundesliga",
    "V-League",
    "CLB",
];

/// The date line of a crawled text: `27/05/13 08:35 GMT+7`.
static DATE_LINE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^\d{1,2}/\d{1,2}/\d{2,4} \d{1,2}:\d{2}(?: GMT[+-]\d+)?$"));

/// Adds the organizations named without a head word to `found`.
pub(super) fn find(scan: &Scan<'_>, toks: &[Token<'_>], lines: &Lines, found: &mut Vec<Found>) {
    let sport = is_sport(scan.key());
    known_names(toks, lines, sport, found);
    lead_credits(toks, lines, found);
    source_line(toks, lines, found);
    foreign_credits(toks, found);
    tag_line(toks, lines, sport, found);
    later_mentions(scan, toks, found);
}

/// Where lines start, in tokens, and which lines frame a crawled text's tail.
pub(super) struct Lines {
    /// Index of the first token of every line.
    starts: Vec<usize>,
    /// The line of the `GMT+7` date line, if the text has one near its end.
    date_line: Option<usize>,
}

impl Lines {
    pub fn new(key: &str, toks: &[Token<'_>]) -> Lines {
        let mut starts = Vec::new();
        for (i, t) in toks.iter().enumerate() {
            if i == 0 || t.gap.contains('\n') {
                starts.push(i);
            }
        }
        let mut lines = Lines {
            starts,
            date_line: None,
        };
        let n = lines.starts.len();
        lines.date_line = (n.saturating_sub(5)..n).rev().find(|&l| {
            let (a, b) = lines.range(l, toks.len());
            DATE_LINE.is_match(&key[toks[a].start..toks[b - 1].end])
        });
        lines
    }

    /// Tokens of the tag line of a crawled text (two lines after its date line).
    pub fn tags(&self) -> Option<(usize, usize)> {
        let d = self.date_line?;
        let end = self.starts.get(d + 3).copied()?;
        Some((self.starts[d + 2], end))
    }

    /// Tokens of line `l`.
    fn range(&self, l: usize, n: usize) -> (usize, usize) {
        let end = self.starts.get(l + 1).copied().unwrap_or(n);
        (self.starts[l], end)
    }

    fn line_of(&self, i: usize) -> usize {
        self.starts.partition_point(|&s| s <= i).saturating_sub(1)
    }
}

fn is_sport(key: &str) -> bool {
    SPORT_WORDS.iter().filter(|w| key.contains(*w)).count() >= 3
}

fn known_names(toks: &[Token<'_>], lines: &Lines, sport: bool, found: &mut Vec<Found>) {
    let tags = lines.tags();
    let mut i = 0;
    while i < toks.len() {
        if let Some((_, b)) = tags.filter(|&(a, b)| (a..b).contains(&i)) {
            i = b;
            continue;
        }
        let hit = LEXICON
            .known
            .matches(toks, i, true, |k| &k.phrase)
            .find(|k| {
                let end = i + k.phrase.len();
                match k.scope {
                    Scope::Any => true,
                    Scope::Credit => credited(toks, lines, i, end),
                    Scope::Sport => sport && !after_unit(toks, i),
                }
            });
        match hit {
            Some(k) => {
                let end = i + k.phrase.len();
                found.push(known_found(k, i, end));
                i = end;
            }
            None => i += 1,
        }
    }
}

fn known_found(k: &Known, start: usize, end: usize) -> Found {
    Found {
        start,
        end,
        category: k.category,
        level: None,
        place: None,
        name: k.full.clone(),
        proper: None,
    }
}

fn outlet(start: usize, end: usize) -> Found {
    Found {
        start,
        end,
        category: Category::Other,
        level: None,
        place: None,
        name: None,
        proper: None,
    }
}

/// Whether tokens `i..end` stand where an outlet is credited.
fn credited(toks: &[Token<'_>], lines: &Lines, i: usize, end: usize) -> bool {
    if after_unit(toks, i) {
        return false;
    }
    let gap = toks[i].gap;
    let after = toks.get(end).map_or("\n", |t| t.gap);
    if gap.trim_end().ends_with('(') && after.trim_start().starts_with(')') {
        return true;
    }
    let prev = i.checked_sub(1).map(|p| &*toks[p].lower);
    let by_word = matches!(
        prev,
        Some("theo" | "báo" | "tờ" | "trang" | "tin" | "chí" | "nguồn" | "kênh")
    ) && matches!(gap, " " | ": ");
    let line_start = i == 0 || gap.contains('\n');
    let dash_after = after.trim_start().starts_with('-') || after.trim_start().starts_with(".-");
    let last_line = line_start && end == toks.len();
    by_word
        || (line_start && dash_after && lines.line_of(i) < LEAD_LINES)
        || (last_line && lines.date_line.is_some())
}

/// Whether a unit word comes just before (`xã Tiền Phong` is a commune, not the newspaper).
fn after_unit(toks: &[Token<'_>], i: usize) -> bool {
    i > 0 && is_space(toks[i].gap) && {
        let parser = Parser::new(toks);
        (i.saturating_sub(2)..i).any(|j| parser.place_at(j).is_some_and(|(e, _)| e >= i))
    }
}

/// `(LĐ online) - Ngày 24/5`, `ANTĐ - Ngay sau`, `(Chinhphu.vn) - Trong`.
fn lead_credits(toks: &[Token<'_>], lines: &Lines, found: &mut Vec<Found>) {
    for l in 0..lines.starts.len().min(LEAD_LINES) {
        let (a, b) = lines.range(l, toks.len());
        if let Some(end) = paren_credit(toks, a, b).or_else(|| dash_credit(toks, a, b)) {
            found.push(outlet(a, end));
        }
    }
}

fn paren_credit(toks: &[Token<'_>], a: usize, b: usize) -> Option<usize> {
    let opens = toks[a].gap.rsplit('\n').next().unwrap_or("").trim() == "(";
    if !opens {
        return None;
    }
    let close = (a + 1..b.min(a + 6)).find(|&k| toks[k].gap.starts_with(')'))?;
    let words = &toks[a..close];
    let domain = words.iter().skip(1).any(|t| t.gap == ".");
    let outlet_like = words
        .iter()
        .enumerate()
        .all(|(n, t)| t.capitalized() || t.lower == "online" || (n > 0 && t.gap == "."));
    ((outlet_like && words[0].capitalized()) || domain).then_some(close)
}

fn dash_credit(toks: &[Token<'_>], a: usize, b: usize) -> Option<usize> {
    let first = &toks[a];
    if first.shape != Shape::Upper || first.text.chars().count() < 2 {
        return None;
    }
    let mut end = a + 1;
    while end < b && end < a + 3 {
        let t = &toks[end];
        let suffix =
            (t.lower == "online" && is_space(t.gap)) || (t.gap == "." && t.text.len() <= 3);
        if !suffix {
            break;
        }
        end += 1;
    }
    let after = toks.get(end).filter(|_| end < b)?.gap.trim_start();
    (after.starts_with('-') || after.starts_with(".-")).then_some(end)
}

/// The outlet line that ends a crawled text: date line, section, tags, outlet.
fn source_line(toks: &[Token<'_>], lines: &Lines, found: &mut Vec<Found>) {
    let Some(last) = lines.starts.len().checked_sub(1) else {
        return;
    };
    let Some(d) = lines.date_line else {
        return;
    };
    let (a, b) = lines.range(last, toks.len());
    let short = b - a <= 5 && toks[a + 1..b].iter().all(|t| !t.gap.contains(','));
    if last > d && short && toks[a].capitalized() {
        found.push(outlet(a, b));
    }
}

/// `Theo Entrepreneur,`, `theo CNBC.`, `Ảnh: Bankrate.`: a foreign name credited as a source.
fn foreign_credits(toks: &[Token<'_>], found: &mut Vec<Found>) {
    for i in 1..toks.len() {
        let prev = &toks[i - 1];
        let cue = (prev.lower == "theo" && is_space(toks[i].gap))
            || (prev.text == "Ảnh" && toks[i].gap.trim() == ":");
        if !cue {
            continue;
        }
        let mut end = i;
        while end < toks.len() && end < i + 3 {
            let t = &toks[end];
            let word = t.capitalized() && t.text.is_ascii() && t.text.len() >= 2;
            if !word || (end > i && !is_space(t.gap)) {
                break;
            }
            end += 1;
        }
        let closes = toks
            .get(end)
            .is_none_or(|t| matches!(t.gap.trim_start().chars().next(), Some(',' | '.' | ')')));
        let foreign = toks[i..end]
            .iter()
            .any(|t| (t.shape == Shape::Upper && t.text.len() >= 2) || !looks_vietnamese(&t.lower));
        // A photo is credited to a person as often as to an agency: `Ảnh: Reuters`, not
        // `Ảnh: Andrea Diefenbach`.
        let photo_person = prev.text == "Ảnh" && end > i + 1 && is_given_name(toks[i].text);
        if end > i && closes && foreign && !photo_person {
            found.push(outlet(i, end));
        }
    }
}

/// Tag items that are whole organization names: `Công an thành phố hà nội`, `Thpt nguyễn trãi`.
fn tag_line(toks: &[Token<'_>], lines: &Lines, sport: bool, found: &mut Vec<Found>) {
    let Some((a, b)) = lines.tags() else {
        return;
    };
    let mut parser = Parser::new(toks);
    parser.tag_mode = true;
    let mut item = a;
    for k in a + 1..=b {
        if k < b && !toks[k].gap.contains(',') {
            continue;
        }
        if let Some(p) = parser.at(item).filter(|p| p.end == k) {
            found.push(Found {
                start: item,
                end: k,
                category: p.category,
                level: p.level,
                place: p.place,
                name: None,
                proper: None,
            });
        } else if let Some(kn) = LEXICON
            .known
            .longest(toks, item, false, |x| &x.phrase)
            .filter(|x| item + x.phrase.len() == k && (x.scope == Scope::Any || sport))
        {
            found.push(known_found(kn, item, k));
        }
        item = k;
    }
}

/// Later mentions of bodies found: defined abbreviations and Latin-letter names.
fn later_mentions(scan: &Scan<'_>, toks: &[Token<'_>], found: &mut Vec<Found>) {
    let mut aliases: Vec<(Phrase, Found)> = Vec::new();
    let mut extra = Vec::new();
    for f in found.iter() {
        let full = f
            .name
            .clone()
            .unwrap_or_else(|| expand(scan, toks, f.start, f.end));
        let template = |start, end| Found {
            start,
            end,
            name: Some(full.clone()),
            proper: None,
            ..f.clone()
        };
        if let Some(k) = defined_abbreviation(toks, f.end) {
            extra.push(template(k, k + 1));
            aliases.push((Phrase::new(toks[k].text), template(0, 0)));
        }
        let text = Parser::new(toks).words(f.start, f.end).to_lowercase();
        for d in &scan.abbreviations {
            if d.long.to_lowercase() == text {
                aliases.push((Phrase::new(&d.short), template(0, 0)));
            }
        }
        for alias in proper_aliases(toks, f) {
            aliases.push((Phrase::new(&alias), template(0, 0)));
        }
    }
    found.extend(extra);
    if aliases.is_empty() {
        return;
    }
    for i in 0..toks.len() {
        if let Some((p, f)) = aliases.iter().find(|(p, _)| p.matches(toks, i, true)) {
            found.push(Found {
                start: i,
                end: i + p.len(),
                ..f.clone()
            });
        }
    }
}

/// `Bộ Nông nghiệp Mỹ (USDA)`: the token of the short form, if one follows the name.
fn defined_abbreviation(toks: &[Token<'_>], end: usize) -> Option<usize> {
    let t = toks.get(end)?;
    let closes = toks.get(end + 1).is_none_or(|n| n.gap.starts_with(')'));
    let short = match t.shape {
        Shape::Upper => t.text.chars().count() >= 2,
        Shape::Title => t.text.chars().count() <= 5 && t.text.is_ascii(),
        _ => false,
    };
    (t.gap.trim() == "(" && closes && short).then_some(end)
}

/// The names a body may be called by later: `Ewos Việt Nam` and `Ewos` for `Cty Ewos Việt Nam`,
/// `Macalester College` for `trường Macalester College`. Only names in Latin letters: a
/// Vietnamese proper name alone (`Bạch Mai`) is as often a place or a person.
fn proper_aliases(toks: &[Token<'_>], f: &Found) -> Vec<String> {
    let Some((a, b)) = f.proper else {
        return Vec::new();
    };
    let words = &toks[a..b];
    let first = &words[0];
    let mut out = Vec::new();
    let company = matches!(f.category, Category::Business | Category::Health);
    let foreign = first.text.is_ascii() && !looks_vietnamese(&first.lower);
    let all_latin = words.iter().all(|t| t.text.is_ascii());
    if words.len() >= 2 && ((company && foreign) || all_latin) && f.level != Some(Level::Central) {
        out.push(Parser::new(toks).words(a, b));
    }
    if company && foreign && first.shape == Shape::Title && first.text.len() >= 4 {
        out.push(first.text.to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_lines() {
        assert!(DATE_LINE.is_match("27/05/13 08:35 GMT+7"));
        assert!(!DATE_LINE.is_match("Ngày 27/05/13"));
    }
}
