//! From a name found in the text to its value: the full name, the level and the place.
//!
//! Abbreviations are spelled out from the article's own definitions first, then from
//! `abbreviations.tsv` (`UBND huyện` → `Ủy ban nhân dân huyện`). An elliptic name (`UBND huyện`,
//! `Công an tỉnh`) takes its place from the article when it names exactly one place of that unit,
//! else (for a province) from the site's home province.

use std::collections::HashMap;

use super::lexicon::{LEXICON, PlaceUnit};
use super::rules::{Parser, Place, level_of};
use super::token::{Shape, Token};
use super::{Category, Level, OrganizationValue};
use crate::facts::{Candidate, Scan, Value};

/// An organization found in the text, before its value is settled.
#[derive(Debug, Clone)]
pub(super) struct Found {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    pub category: Category,
    pub level: Option<Level>,
    pub place: Option<Place>,
    /// The full name when it is known already (outlets, later mentions); else it is spelled out.
    pub name: Option<String>,
    /// The proper-name words, for later mentions of the same body.
    pub proper: Option<(usize, usize)>,
}

/// The places an article names, by unit word: what elliptic names refer back to.
#[derive(Debug, Default)]
pub(super) struct Places {
    by_unit: HashMap<u8, Vec<String>>,
}

fn unit_key(u: PlaceUnit) -> u8 {
    match u {
        PlaceUnit::Province => 0,
        PlaceUnit::City => 1,
        PlaceUnit::District => 2,
        PlaceUnit::Commune => 3,
        PlaceUnit::Area => 4,
    }
}

impl Places {
    /// Collects every `unit + name` place of the text, and the places of the names found.
    pub fn collect(toks: &[Token<'_>], found: &[Found]) -> Places {
        let parser = Parser::new(toks);
        let mut places = Places::default();
        for (j, tok) in toks.iter().enumerate() {
            if tok.shape == Shape::Lower
                && let Some((_, p)) = parser.place_at(j)
            {
                places.add(&p);
            }
        }
        for f in found {
            if let Some(p) = &f.place {
                places.add(p);
            }
        }
        places
    }

    fn add(&mut self, p: &Place) {
        if let (Some(u), Some(n)) = (p.unit, &p.name) {
            let names = self.by_unit.entry(unit_key(u)).or_default();
            if !names.iter().any(|m| m.to_lowercase() == n.to_lowercase()) {
                names.push(n.clone());
            }
        }
    }

    /// The one place of this unit the article names, if it names exactly one.
    fn only(&self, u: PlaceUnit) -> Option<&str> {
        match self.by_unit.get(&unit_key(u)).map(Vec::as_slice) {
            Some([one]) => Some(one),
            _ => None,
        }
    }
}

/// Turns a found name into a candidate with its value.
pub(super) fn candidate(
    scan: &Scan<'_>,
    toks: &[Token<'_>],
    f: &Found,
    places: &Places,
) -> Candidate {
    let (place, implied) = settle_place(scan, f, places);
    let mut name = f
        .name
        .clone()
        .unwrap_or_else(|| expand(scan, toks, f.start, f.end));
    if let (true, Some(p)) = (implied, &place)
        && f.place.as_ref().is_some_and(|q| q.unit.is_some())
    {
        // `UBND huyện` names the district it means: Ủy ban nhân dân huyện Lạc Dương.
        name = format!("{name} {p}");
    }
    let state_body = !matches!(
        f.category,
        Category::Business | Category::Education | Category::Health | Category::Other
    );
    let level = f.level.or_else(|| {
        let n = name.to_lowercase();
        let national = n.contains("trung ương") || n.ends_with("việt nam");
        (state_body && national).then_some(Level::Central)
    });
    let name = capitalize(&name);
    let value = OrganizationValue {
        name,
        category: f.category,
        level,
        place,
    };
    Candidate::new(
        toks[f.start].start,
        toks[f.end - 1].end,
        Value::Organization(value),
    )
}

/// The name with its first letter capitalized (`trường THPT …` → `Trường THPT …`).
fn capitalize(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(c) if c.is_lowercase() => c.to_uppercase().chain(chars).collect(),
        _ => name.to_string(),
    }
}

/// The place of a name, and whether it was implied rather than written.
fn settle_place(scan: &Scan<'_>, f: &Found, places: &Places) -> (Option<String>, bool) {
    let unit = match &f.place {
        Some(Place { name: Some(n), .. }) => return (Some(n.clone()), false),
        Some(Place { unit: Some(u), .. }) => *u,
        _ => match f.level {
            Some(Level::Province) => PlaceUnit::Province,
            Some(Level::District) => PlaceUnit::District,
            _ => return (None, false),
        },
    };
    if let Some(n) = places.only(unit) {
        return (Some(n.to_string()), true);
    }
    let home = scan.ctx.home_province.as_deref();
    let home_fits = match unit {
        PlaceUnit::Province => places.only(PlaceUnit::City).is_none(),
        PlaceUnit::City => home.is_some_and(|h| {
            let p = Place {
                unit: Some(PlaceUnit::City),
                name: Some(h.to_string()),
            };
            level_of(&p, &LEXICON) == Some(Level::Province)
        }),
        _ => false,
    };
    match home {
        Some(h) if home_fits && !places.by_unit.contains_key(&unit_key(unit)) => {
            (Some(h.to_string()), true)
        }
        _ => (None, false),
    }
}

/// The name of tokens `a..b` with abbreviations spelled out and `(ABBR)` asides dropped.
pub(super) fn expand(scan: &Scan<'_>, toks: &[Token<'_>], a: usize, b: usize) -> String {
    let mut out = String::new();
    let mut k = a;
    let mut after_aside = false;
    while k < b {
        let t = &toks[k];
        let gap = match (k == a, after_aside) {
            (true, _) => "",
            (_, true) => " ",
            _ => t.gap,
        };
        after_aside = false;
        let aside = gap.trim() == "(" && toks.get(k + 1).is_some_and(|n| n.gap.starts_with(')'));
        if aside && t.shape == Shape::Upper {
            k += 1;
            after_aside = true;
            continue;
        }
        push_gap(&mut out, gap);
        let defined = scan.abbreviations.iter().find(|d| d.short == t.text);
        if let Some(d) = defined {
            out.push_str(&d.long);
            k += 1;
            continue;
        }
        let table = LEXICON
            .abbreviations
            .longest(toks, k, true, |x| &x.phrase)
            .filter(|x| k + x.phrase.len() <= b);
        match table {
            Some(x) => {
                out.push_str(&x.long);
                k += x.phrase.len();
                // `TP. Yên Bái`: the abbreviation's dot goes with it.
                if toks.get(k).is_some_and(|n| k < b && n.gap.trim() == ".") {
                    after_aside = true;
                }
            }
            None => {
                out.push_str(t.text);
                k += 1;
            }
        }
    }
    out
}

fn push_gap(out: &mut String, gap: &str) {
    if gap.is_empty() || out.is_empty() {
        return;
    }
    let trimmed = gap.trim();
    if trimmed.is_empty() {
        out.push(' ');
    } else if trimmed == "&" || trimmed == "-" {
        out.push(' ');
        out.push_str(if trimmed == "&" { "và" } else { "-" });
        out.push(' ');
    } else {
        out.push_str(gap);
    }
}
