//! Bare names: places the text names without a unit word (`Hà Nội`, `Mỹ`, `Lạc Dương`).
//!
//! Every run of capitalised words (and acronyms such as `TPHCM`, `VN`) is looked up, each of its
//! sub-runs in folded form; the resolver later keeps the longest. What a known name may be is then
//! decided in three rounds, because a district needs its province named first and a commune its
//! district: countries, world places, regions, landmarks and provinces; districts; communes.

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

use super::super::LocationValue;
use super::super::gazetteer::{Entry, GAZETTEER, Tier, Unit, same_loose};
use super::{LocationLevel, PLACE_CUES, Pass, PlaceHit, RESIDENCE_CUES, fold_words};
use crate::facts::person::words::is_vietnamese_syllable;
use crate::facts::person::{is_common_pair, is_surname};

/// A sub-run that the tables know.
struct Bare {
    /// First word.
    s: usize,
    /// One past the last word.
    e: usize,
    entries: &'static [Entry],
    /// Whether a residence cue (`trú tại`) stands before it.
    cued: bool,
    done: bool,
}

/// Which entries a round may accept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Round {
    Places,
    Districts,
    Communes,
}

/// Lower-case first words of table names (`miền Bắc`, `châu Âu`, `vịnh Hạ Long`).
const LOWER_STARTS: &[&str] = &[
    "miền", "châu", "vịnh", "đồng", "bán", "eo", "vùng", "biển", "đèo", "thung",
];

/// The last words of [`RESIDENCE_CUES`], which every word is checked against first.
static CUE_ENDS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    RESIDENCE_CUES
        .iter()
        .filter_map(|cue| cue.rsplit(' ').next())
        .collect()
});

impl Pass<'_, '_> {
    pub(super) fn bare_names(&mut self) {
        let cued = self.residence_cues();
        let mut bare = self.known_sub_runs(&cued);
        for round in [Round::Places, Round::Districts, Round::Communes] {
            for b in bare.iter_mut().filter(|b| !b.done) {
                if let Some(value) = self.accept(b, round) {
                    b.done = true;
                    let folded = fold_words(self.words, b.s, b.e);
                    self.note(&value, &folded);
                    let (start, end) = self.words.span(b.s, b.e);
                    self.hits.push(PlaceHit { start, end, value });
                }
            }
        }
        let starts: FxHashSet<usize> = bare.iter().filter(|b| b.done).map(|b| b.s).collect();
        self.streets_and_residences(&cued, &starts);
    }

    /// Word indices right after a residence cue.
    fn residence_cues(&self) -> FxHashSet<usize> {
        let w = self.words;
        let mut out = FxHashSet::default();
        for v in 1..w.len() {
            if !CUE_ENDS.contains(w.lower(v - 1)) || w.gap_before(v) != " " {
                continue;
            }
            let cue = (1..=3.min(v)).any(|k| {
                let from = v - k;
                (from..v - 1).all(|j| w.gap_after(j) == " ")
                    && RESIDENCE_CUES.contains(&w.phrase_lower(from, v))
            });
            if cue {
                out.insert(v);
            }
        }
        out
    }

    /// Whether word `i` may be part of a bare name.
    fn namish(&self, i: usize) -> bool {
        self.words.is_capitalized(i) || self.words.is_acronym(i)
    }

    /// Whether words `i` and `i + 1` are joined in a place name (`Bà Rịa - Vũng Tàu`, `TP.HCM`).
    fn place_joined(&self, i: usize) -> bool {
        let w = self.words;
        w.joined(i)
            || w.gap_after(i) == " - "
            || (matches!(w.gap_after(i), "." | ". ") && matches!(w.text(i), "TP" | "Tp"))
    }

    fn known_sub_runs(&self, cued: &FxHashSet<usize>) -> Vec<Bare> {
        let w = self.words;
        let g = &*GAZETTEER;
        let max = g.max_words.min(6);
        let mut out = Vec::new();
        let mut buf = String::new();
        for s in 0..w.len() {
            if !self.namish(s) && !LOWER_STARTS.contains(&w.text(s)) {
                continue;
            }
            let mut e = s + 1;
            while e < w.len() && e - s < max && self.place_joined(e - 1) {
                e += 1;
            }
            for end in (s + 1..=e).rev() {
                if !self.namish(end - 1) {
                    continue;
                }
                w.fold_into(s, end, &mut buf);
                let entries = g.lookup(&buf);
                if entries.is_empty() {
                    continue;
                }
                out.push(Bare {
                    s,
                    e: end,
                    entries,
                    cued: cued.contains(&s),
                    done: false,
                });
            }
        }
        out
    }

    /// The value of a bare name if one of its entries may be accepted in this round.
    fn accept(&self, b: &Bare, round: Round) -> Option<LocationValue> {
        if !b.cued && (self.continues_unknown(b) || self.makes_common_word(b)) {
            return None;
        }
        let g = &*GAZETTEER;
        let display = {
            let (start, end) = self.words.span(b.s, b.e);
            self.display(start, end)
        };
        if !self.spelled_like(b, &display) || self.glued_to_domain(b) {
            return None;
        }
        let cue = b.cued || self.place_cue_before(b.s);
        let needs_cue = b.entries.iter().any(|e| match *e {
            Entry::Place(at) => g.places[at as usize].needs_cue,
            Entry::Unit(_) => false,
        });
        if needs_cue && !cue {
            return None;
        }
        let mut units: Vec<&'static Unit> = Vec::new();
        for e in b.entries {
            match *e {
                Entry::Place(at) if round == Round::Places => {
                    let p = g.places[at as usize];
                    if !same_loose(p.name, &display) {
                        continue;
                    }
                    let name = if p.value.is_empty() { p.name } else { p.value };
                    let name = name.to_string();
                    let province = (!p.province.is_empty()).then(|| p.province.to_string());
                    return Some(LocationValue {
                        name,
                        level: p.level,
                        province,
                    });
                }
                Entry::Unit(at) => units.push(g.unit(at)),
                Entry::Place(_) => {}
            }
        }
        if !b.cued && !units.is_empty() && self.inside_unknown_name(b) {
            return None;
        }
        let unit = self.best_unit(b, &units, round)?;
        Some(LocationValue {
            name: display,
            level: unit_level(unit),
            province: Some(g.province_of(unit).to_string()),
        })
    }

    /// The unit a bare name stands for in this round, if the text supports it.
    fn best_unit(&self, b: &Bare, units: &[&'static Unit], round: Round) -> Option<&'static Unit> {
        let g = &*GAZETTEER;
        let folded = fold_words(self.words, b.s, b.e);
        let province_named = |u: &Unit| {
            self.named
                .provinces
                .contains(&crate::facts::person::words::fold(g.province_of(u)))
        };
        let with_unit = self.named.with_unit.contains(&folded);
        // Communes named after people (`Nguyễn Trãi`, `Trần Phú`) are people first.
        let person_shaped = b.e - b.s >= 2 && is_surname(self.words.text(b.s));
        let mut ok: Vec<&'static Unit> = units
            .iter()
            .copied()
            .filter(|u| match (round, u.tier) {
                (Round::Places, Tier::Province) => true,
                (Round::Districts, Tier::District) => b.cued || with_unit || province_named(u),
                (Round::Communes, Tier::Commune) if person_shaped => {
                    b.cued
                        || with_unit
                        || (u.district != u32::MAX && self.named.districts.contains(&u.district))
                }
                (Round::Communes, Tier::Commune) => {
                    b.cued
                        || with_unit
                        || (u.district != u32::MAX && self.named.districts.contains(&u.district))
                        || (b.e - b.s >= 2 && province_named(u) && unique_in_province(units, u))
                }
                _ => false,
            })
            .collect();
        if ok.len() > 1 {
            let named: Vec<_> = ok.iter().copied().filter(|u| province_named(u)).collect();
            if !named.is_empty() {
                ok = named;
            }
        }
        ok.sort_by_key(|u| (u.tier, u.current));
        ok.first().copied()
    }

    /// Whether the run goes on, past the name, with a capitalised Vietnamese word that nothing
    /// known starts (`Hà Nội Mới`: a newspaper, not the city).
    fn continues_unknown(&self, b: &Bare) -> bool {
        let w = self.words;
        let e = b.e;
        if e >= w.len() || !w.joined(e - 1) || !w.is_capitalized(e) {
            return false;
        }
        let next = w.text(e);
        if !is_vietnamese_syllable(next) {
            return false;
        }
        let (start, _) = w.span(e, e + 1);
        let person = self.persons.iter().any(|&(s, _)| s == start);
        let mut buf = String::new();
        let known = (e + 1..=(e + 4).min(w.len())).any(|end| {
            w.fold_into(e, end, &mut buf);
            !GAZETTEER.lookup(&buf).is_empty()
        });
        !(person || known)
    }

    /// Whether an acronym ends a site's name (`SGTT.VN`), not a place after a unit (`TP.HCM`).
    fn glued_to_domain(&self, b: &Bare) -> bool {
        let w = self.words;
        let s = b.s;
        s > 0
            && b.e - s == 1
            && w.gap_before(s) == "."
            && w.is_acronym(s)
            && !matches!(w.text(s - 1), "TP" | "Tp" | "TX" | "TT" | "P" | "Q" | "T")
    }

    /// Whether a one-word name and the lower-case word after it make a common word (`Pháp luật`).
    fn makes_common_word(&self, b: &Bare) -> bool {
        let w = self.words;
        b.e - b.s == 1
            && b.e < w.len()
            && w.gap_after(b.s) == " "
            && is_common_pair(w.phrase_lower(b.s, b.e + 1))
    }

    /// Whether the text is written as the table writes the name: an acronym (`VN`) exactly, a
    /// heading in capitals never, a one-word name with its diacritics (`My` is not `Mỹ`).
    fn spelled_like(&self, b: &Bare, display: &str) -> bool {
        let g = &*GAZETTEER;
        let caps = |t: &str| !t.chars().any(char::is_lowercase);
        let names = b.entries.iter().map(|e| match *e {
            Entry::Place(at) => g.places[at as usize].name,
            Entry::Unit(at) => g.unit(at).name,
        });
        let one_word = b.e - b.s == 1;
        let places_only = b.entries.iter().all(|e| matches!(e, Entry::Place(_)));
        names.into_iter().any(|name| {
            // Folding lets `Dak Lak` find `Đắk Lắk`; for one word or a foreign place it would let
            // `My` find `Mỹ` and `Hà Mòn` find `Hạ Môn`.
            caps(name) == caps(display)
                && (caps(name) || !(one_word || places_only) || same_loose(name, display))
                && (!caps(name) || name.replace(['.', ' '], "") == display.replace(['.', ' '], ""))
        })
    }

    /// Whether a unit's name starts inside a longer unknown name (`Đại Nghĩa` of `THPT Trần Đại
    /// Nghĩa`, `Đức Thắng` of `Tôn Đức Thắng`).
    fn inside_unknown_name(&self, b: &Bare) -> bool {
        let w = self.words;
        let s = b.s;
        if s == 0 || !w.joined(s - 1) || !w.is_capitalized(s - 1) {
            return false;
        }
        let prev = w.text(s - 1);
        if !is_vietnamese_syllable(prev) {
            return false;
        }
        let mut buf = String::new();
        let known_before = (s.saturating_sub(4)..s).any(|from| {
            w.fold_into(from, s, &mut buf);
            !GAZETTEER.lookup(&buf).is_empty()
        });
        !known_before
    }

    /// Whether a place word stands right before word `s` (`người Nga`, `tại Anh`).
    fn place_cue_before(&self, s: usize) -> bool {
        let w = self.words;
        if s == 0 || w.gap_before(s) != " " {
            return false;
        }
        let one = w.phrase_lower(s - 1, s);
        let two = if s >= 2 && w.gap_after(s - 2) == " " {
            w.phrase_lower(s - 2, s)
        } else {
            ""
        };
        PLACE_CUES.contains(&one) || PLACE_CUES.contains(&two)
    }

    /// Streets the text named before (`Đặng Văn Bình` after `đường Đặng Văn Bình`) and unknown
    /// names after a residence cue (`sống tại Fengkai`).
    fn streets_and_residences(&mut self, cued: &FxHashSet<usize>, taken: &FxHashSet<usize>) {
        let w = self.words;
        let mut i = 0;
        while i < w.len() {
            if !w.is_capitalized(i) || taken.contains(&i) {
                i += 1;
                continue;
            }
            let Some(end) = self.name_run(i, 5) else {
                i += 1;
                continue;
            };
            let folded = fold_words(w, i, end);
            let street = self.named.streets.contains(&folded) && !super::is_street_word(w, i);
            let residence = cued.contains(&i) && end - i <= 4;
            if street || residence {
                let (start, stop) = w.span(i, end);
                let name = self.display(start, stop);
                self.hits.push(PlaceHit {
                    start,
                    end: stop,
                    value: LocationValue {
                        name,
                        level: LocationLevel::Place,
                        province: None,
                    },
                });
            }
            i = end;
        }
    }
}

/// Whether no other commune of the unit's province (and map) has its name.
fn unique_in_province(units: &[&'static Unit], u: &Unit) -> bool {
    units
        .iter()
        .filter(|o| o.tier == Tier::Commune && o.province == u.province && o.current == u.current)
        .count()
        == 1
}

/// The level a unit's kind gives.
pub(super) fn unit_level(u: &Unit) -> LocationLevel {
    match (u.tier, u.kind) {
        (Tier::Province, _) => LocationLevel::Province,
        (Tier::District, "Thành phố") => LocationLevel::City,
        (Tier::District, "Thị xã") | (Tier::Commune, "Thị trấn") => LocationLevel::Town,
        (Tier::District, _) | (Tier::Commune, "Đặc khu") => LocationLevel::District,
        (Tier::Commune, "Phường") => LocationLevel::Ward,
        (Tier::Commune, _) => LocationLevel::Commune,
    }
}
