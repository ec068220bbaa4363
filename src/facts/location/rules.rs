//! The location rules.
//!
//! Three readings, in this order:
//! 1. a unit or place word and the name after it: `huyện Lạc Dương`, `TP.Cao Lãnh`, `P.1`,
//!    `đường Lê Lợi`, `hẻm 49 Lê Đình Thám`, `sông Tiền`, and roads by number (`QL32`);
//! 2. bare names the tables know: countries, world cities and regions, Vietnam's regions and
//!    landmarks and provinces always; a district only when its province is named in the text (or
//!    is the site's home province) or the text names the district with its unit word; a commune
//!    only when its district is named (or its province, when the name is unique there);
//! 3. names the text itself gave a place: a street named with `đường` earlier, and what follows
//!    `trú tại`, `sống tại`, `đến từ`.
//!
//! A place inside a person's name (`Mỹ` in `Mỹ Linh`) is not one; a place inside an
//! organization's name is (`Công an huyện Lạc Dương`), and the resolver lets it nest.

use std::sync::LazyLock;

use regex::Captures;
use rustc_hash::FxHashSet;

use super::gazetteer::{Entry, GAZETTEER, Tier, Unit};
use super::{LocationLevel, LocationValue};
use crate::facts::person::words::{Words, fold, is_vietnamese_syllable};
use crate::facts::person::{is_common_pair, people};
use crate::facts::rule::{Rule, RuleSet};
use crate::facts::{Candidate, Scan, Value};

/// A place found in a text (byte span in the key).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PlaceHit {
    /// Start byte in the key.
    pub start: usize,
    /// End byte in the key.
    pub end: usize,
    /// What it is.
    pub value: LocationValue,
}

/// How a unit word reads the name after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reads {
    /// A capitalised name: `huyện Lạc Dương`.
    Name,
    /// A name or a number: `quận 1`, `phường Bến Nghé`.
    NameOrNumber,
    /// A house-lane number and the street: `hẻm 49 Lê Đình Thám`.
    Lane,
}

/// A word that names the kind of place the next words name.
#[derive(Debug, Clone, Copy)]
struct UnitWord {
    /// Lower-case words, as `Words::phrase_lower` writes them.
    form: &'static str,
    level: LocationLevel,
    /// The administrative tier whose table the name is looked up in.
    tier: Option<Tier>,
    reads: Reads,
    /// Whether the value keeps the word (`sông Tiền`, `khách sạn Thắng Lợi`).
    keep: bool,
}

const fn unit(form: &'static str, level: LocationLevel, tier: Option<Tier>) -> UnitWord {
    UnitWord {
        form,
        level,
        tier,
        reads: Reads::Name,
        keep: false,
    }
}

const fn numbered(mut u: UnitWord) -> UnitWord {
    u.reads = Reads::NameOrNumber;
    u
}

const fn kept(mut u: UnitWord) -> UnitWord {
    u.keep = true;
    u
}

use LocationLevel as L;

/// Unit and place words, matched case-insensitively on whole words (longest form first).
const UNIT_WORDS: &[UnitWord] = &[
    unit("tỉnh", L::Province, Some(Tier::Province)),
    unit("thành phố", L::City, None),
    numbered(unit("quận", L::District, Some(Tier::District))),
    unit("huyện", L::District, Some(Tier::District)),
    unit("huyện đảo", L::District, Some(Tier::District)),
    unit("thị xã", L::Town, Some(Tier::District)),
    unit("thị trấn", L::Town, Some(Tier::Commune)),
    unit("xã", L::Commune, Some(Tier::Commune)),
    numbered(unit("phường", L::Ward, Some(Tier::Commune))),
    unit("đặc khu", L::District, Some(Tier::Commune)),
    unit("bang", L::Place, None),
    unit("tiểu bang", L::Place, None),
    numbered(unit("thôn", L::Village, None)),
    numbered(unit("ấp", L::Village, None)),
    unit("làng", L::Village, None),
    unit("bản", L::Village, None),
    unit("buôn", L::Village, None),
    unit("plei", L::Village, None),
    numbered(unit("xóm", L::Village, None)),
    numbered(unit("khu phố", L::Village, None)),
    numbered(unit("tổ dân phố", L::Village, None)),
    numbered(unit("khóm", L::Village, None)),
    unit("đường", L::Place, None),
    unit("phố", L::Place, None),
    unit("đại lộ", L::Place, None),
    UnitWord {
        reads: Reads::Lane,
        ..unit("hẻm", L::Place, None)
    },
    UnitWord {
        reads: Reads::Lane,
        ..unit("ngõ", L::Place, None)
    },
    UnitWord {
        reads: Reads::Lane,
        ..unit("kiệt", L::Place, None)
    },
    unit("nút giao thông", L::Place, None),
    unit("nút giao", L::Place, None),
    unit("ngã tư", L::Place, None),
    unit("ngã ba", L::Place, None),
    unit("ngã sáu", L::Place, None),
    unit("vòng xoay", L::Place, None),
    unit("bùng binh", L::Place, None),
    unit("chợ", L::Place, None),
    unit("chợ đầu mối", L::Place, None),
    unit("luồng", L::Place, None),
    unit("sân bay", L::Place, None),
    unit("khu vực", L::Place, None),
    unit("vùng", L::Place, None),
    kept(unit("sông", L::Place, None)),
    kept(unit("kênh", L::Place, None)),
    kept(unit("rạch", L::Place, None)),
    kept(unit("hồ", L::Place, None)),
    kept(unit("núi", L::Place, None)),
    kept(unit("đèo", L::Place, None)),
    kept(unit("vịnh", L::Place, None)),
    kept(unit("đảo", L::Place, None)),
    kept(unit("quần đảo", L::Place, None)),
    kept(unit("thác", L::Place, None)),
    kept(unit("vườn quốc gia", L::Place, None)),
    kept(unit("bãi biển", L::Place, None)),
    kept(unit("khách sạn", L::Place, None)),
];

/// The first words of [`UNIT_WORDS`], to pass over the other words fast.
const UNIT_FIRST_WORDS: &[&str] = &[
    "tỉnh",
    "thành",
    "quận",
    "huyện",
    "thị",
    "xã",
    "phường",
    "đặc",
    "bang",
    "tiểu",
    "thôn",
    "ấp",
    "làng",
    "bản",
    "buôn",
    "plei",
    "xóm",
    "khu",
    "tổ",
    "khóm",
    "đường",
    "phố",
    "đại",
    "hẻm",
    "ngõ",
    "kiệt",
    "nút",
    "ngã",
    "vòng",
    "bùng",
    "chợ",
    "luồng",
    "sân",
    "vùng",
    "sông",
    "kênh",
    "rạch",
    "hồ",
    "núi",
    "đèo",
    "vịnh",
    "đảo",
    "quần",
    "thác",
    "vườn",
    "bãi",
    "khách",
];

/// [`UNIT_FIRST_WORDS`] hashed: every word of a text is looked up.
static UNIT_FIRST_SET: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| UNIT_FIRST_WORDS.iter().copied().collect());

/// Abbreviated unit words, case as written, glued to the name by `.` or set off by a space:
/// (abbreviation, the unit word it stands for, whether a plain space may follow it).
const ABBREVIATIONS: &[(&str, &str, bool)] = &[
    ("TP", "thành phố", true),
    ("Tp", "thành phố", true),
    ("TX", "thị xã", true),
    ("Q", "quận", false),
    ("P", "phường", false),
    ("TT", "thị trấn", false),
];

/// Words whose capital does not open a unit's name: `Tỉnh Đoàn`, `Huyện ủy`, `Thành Đội`.
const NOT_UNIT_NAMES: &[&str] = &[
    "Đoàn",
    "Ủy",
    "Hội",
    "Đội",
    "Ban",
    "Sở",
    "Đảng",
    "Công",
    "Tòa",
    "Viện",
    "Bộ",
    "Phòng",
    "Chi",
    "Trường",
    "Bệnh",
    "Nhà",
    "Tổng",
    "Quỹ",
    "Liên",
    "Cục",
    "Hạt",
    "Kho",
    "Đài",
];

/// Words before a name that make it a place (`tiếng Nga`, `người Đức`, `tại Anh`).
/// Languages (`tiếng Anh`) are not places, and `và`, `của` come before people as often.
pub(crate) const PLACE_CUES: &[&str] = &[
    "tại",
    "ở",
    "người",
    "nước",
    "sang",
    "từ",
    "đến",
    "khắp",
    "xứ",
    "thủ đô",
    "chuyên",
    "quốc gia",
];

/// Unit words that name streets, or the junction of two (`nút giao thông A - B`).
const STREETS: &[&str] = &[
    "đường",
    "phố",
    "đại lộ",
    "nút giao thông",
    "nút giao",
    "ngã tư",
    "ngã ba",
    "ngã sáu",
    "vòng xoay",
];

/// Unit words whose name must be a known place or read as Vietnamese (`vùng Amazon` is not one).
const KNOWN_NAMES_ONLY: &[&str] = &["bang", "tiểu bang", "vùng", "khu vực"];

/// Words after which a name is where someone lives or comes from (`trú tại Ứng Hòa`).
const RESIDENCE_CUES: &[&str] = &[
    "trú tại",
    "ngụ tại",
    "sống tại",
    "đến từ",
    "quê ở",
    "trú ở",
    "ngụ ở",
    "sống ở",
    "cư trú tại",
    "định cư tại",
    "định cư ở",
    "quê",
    "ngụ",
    "trú",
];

/// Roads by number.
static ROADS: LazyLock<RuleSet<LocationValue>> = LazyLock::new(|| RuleSet::new(&ROAD_RULES));

static ROAD_RULES: [Rule<LocationValue>; 2] = [
    Rule {
        name: "quốc lộ N",
        pattern: r"(?i:(quốc lộ|tỉnh lộ|hương lộ|đường tỉnh|đường huyện))\s?(\d{1,3}[A-Z]?)",
        produce: road_words,
    },
    Rule {
        name: "QL N",
        pattern: r"(QL|TL|ĐT|HL|ĐH)\.?\s?(\d{1,3}[A-Z]?)",
        produce: road_code,
    },
];

fn road_words(caps: &Captures<'_>, _: &Scan<'_>) -> Option<LocationValue> {
    let kind = caps.get(1)?.as_str();
    let mut chars = kind.chars();
    let first = chars.next()?.to_uppercase().collect::<String>();
    let kind = format!("{first}{}", chars.as_str().to_lowercase());
    Some(road(&kind, caps.get(2)?.as_str()))
}

fn road_code(caps: &Captures<'_>, _: &Scan<'_>) -> Option<LocationValue> {
    let kind = match caps.get(1)?.as_str() {
        "QL" => "Quốc lộ",
        "TL" | "ĐT" => "Tỉnh lộ",
        "HL" => "Hương lộ",
        _ => "Đường huyện",
    };
    Some(road(kind, caps.get(2)?.as_str()))
}

fn road(kind: &str, number: &str) -> LocationValue {
    LocationValue {
        name: format!("{kind} {number}"),
        level: LocationLevel::Place,
        province: None,
    }
}

/// Runs the location rules over a text.
pub(super) fn find(scan: &Scan<'_>, out: &mut Vec<Candidate>) {
    for hit in places(scan) {
        out.push(Candidate::new(
            hit.start,
            hit.end,
            Value::Location(hit.value),
        ));
    }
}

/// Finds the places of a text.
pub(crate) fn places(scan: &Scan<'_>) -> Vec<PlaceHit> {
    let words = Words::of(scan);
    let persons: Vec<(usize, usize)> = people(scan).iter().map(|p| (p.start, p.end)).collect();
    let mut pass = Pass {
        scan,
        words: &words,
        persons,
        hits: Vec::new(),
        named: Mentions::default(),
    };
    if let Some(home) = &scan.ctx.home_province {
        pass.named.provinces.insert(fold(home));
    }
    pass.unit_words();
    for hit in ROADS.apply(scan) {
        pass.hits.push(PlaceHit {
            start: hit.start,
            end: hit.end,
            value: hit.value,
        });
    }
    pass.bare_names();
    pass.hits
        .retain(|h| !inside_any(&pass.persons, h.start, h.end));
    pass.hits
}

fn inside_any(spans: &[(usize, usize)], start: usize, end: usize) -> bool {
    spans.iter().any(|&(s, e)| s <= start && end <= e)
}

/// What the text names, for deciding the bare names that need context.
#[derive(Default)]
struct Mentions {
    /// Folded province names.
    provinces: FxHashSet<String>,
    /// District units (indices into the gazetteer).
    districts: FxHashSet<u32>,
    /// Folded names given with their unit word.
    with_unit: FxHashSet<String>,
    /// Folded street names (`đường Đặng Văn Bình`).
    streets: FxHashSet<String>,
}

struct Pass<'s, 'w> {
    scan: &'s Scan<'s>,
    words: &'w Words<'w>,
    persons: Vec<(usize, usize)>,
    hits: Vec<PlaceHit>,
    named: Mentions,
}

impl Pass<'_, '_> {
    fn unit_words(&mut self) {
        let w = self.words;
        for i in 0..w.len() {
            if let Some((unit, v)) = self.unit_word_at(i) {
                self.read_unit_name(i, unit, v);
            }
        }
    }

    /// The unit word starting at word `i` and the index of the word after it.
    fn unit_word_at(&self, i: usize) -> Option<(UnitWord, usize)> {
        let w = self.words;
        let text = w.text(i);
        // A capitalised unit word inside a capitalised run is part of a name (`Nhật Bản`).
        if w.is_capitalized(i) && i > 0 && w.joined(i - 1) && w.is_capitalized(i - 1) {
            return None;
        }
        if let Some(&(_, form, spaced)) = ABBREVIATIONS.iter().find(|(a, _, _)| *a == text) {
            let gap = w.gap_after(i);
            let ok = matches!(gap, "." | ". ") || (spaced && gap == " ");
            let unit = UNIT_WORDS.iter().find(|u| u.form == form)?;
            return (ok && i + 1 < w.len()).then_some((*unit, i + 1));
        }
        if !UNIT_FIRST_SET.contains(w.lower(i)) {
            return None;
        }
        (1..=3).rev().find_map(|k| {
            if i + k >= w.len() || (1..k).any(|j| w.gap_after(i + j - 1) != " ") {
                return None;
            }
            let phrase = w.phrase_lower(i, i + k);
            let unit = UNIT_WORDS.iter().find(|u| u.form == phrase)?;
            // `liên bang Mỹ`, `phiên bản Việt Nam`: the word makes another word with the one before.
            if i > 0 && w.gap_before(i) == " " && is_common_pair(w.phrase_lower(i - 1, i + 1)) {
                return None;
            }
            // `Hồ` is a family name; only a lower-case `hồ` is a lake.
            if unit.form == "hồ" && text != "hồ" {
                return None;
            }
            (w.gap_after(i + k - 1) == " ").then_some((*unit, i + k))
        })
    }

    /// Reads the name after a unit word (words `u..v`) and records the place.
    fn read_unit_name(&mut self, u: usize, unit: UnitWord, v: usize) {
        let w = self.words;
        let first = w.text(v);
        let number = first.starts_with(|c: char| c.is_ascii_digit()) && first.len() <= 4;
        let name_end = if number && unit.reads != Reads::Name {
            let lane = unit.reads == Reads::Lane && v + 1 < w.len() && w.joined(v);
            if lane && w.is_capitalized(v + 1) {
                self.name_run(v + 1, 6)
            } else {
                Some(v + 1)
            }
        } else if w.is_capitalized(v) && !NOT_UNIT_NAMES.contains(&first) {
            self.unit_name_end(v, unit)
        } else if unit.tier.is_some() || unit.form == "thành phố" {
            self.lower_case_name(v, unit)
        } else if KNOWN_NAMES_ONLY.contains(&unit.form) {
            // `khu vực châu Á`: a place of the tables that starts in lower case.
            let max = (v + 4).min(w.len());
            (v + 2..=max)
                .rev()
                .find(|&e| w.is_capitalized(e - 1) && is_known_place(w, v, e))
        } else {
            None
        };
        let Some(e) = name_end else {
            return;
        };
        if e - v == 1 && first.chars().count() == 1 && !number {
            return;
        }
        if KNOWN_NAMES_ONLY.contains(&unit.form) && !self.known_or_vietnamese(v, e) {
            return;
        }
        let value = self.unit_value(u, v, e, unit, number);
        let folded = fold_words(w, v, e);
        if STREETS.contains(&unit.form) {
            self.named.streets.insert(folded.clone());
            self.second_street(e);
        }
        self.note(&value, &folded);
        self.named.with_unit.insert(folded);
        let (start, _) = w.span(u, v);
        let (_, end) = w.span(v, e);
        self.hits.push(PlaceHit { start, end, value });
    }

    /// `nút giao thông Tôn Đức Thắng - Nguyễn Lương Bằng`, `đường A - B`: the second street.
    fn second_street(&mut self, e: usize) {
        let w = self.words;
        if e >= w.len() || w.gap_before(e) != " - " || !w.is_capitalized(e) {
            return;
        }
        if let Some(end) = self.name_run(e, 5) {
            let (start, stop) = w.span(e, end);
            self.named.streets.insert(fold_words(w, e, end));
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
    }

    /// The end of the capitalised name at `v` after a unit word: the longest known unit for an
    /// administrative word, else the whole run (cut where a person's name starts).
    fn unit_name_end(&self, v: usize, unit: UnitWord) -> Option<usize> {
        let run = self.name_run(v, 6)?;
        if let Some(tier) = unit.tier {
            // `tỉnh Bà Rịa - Vũng Tàu`: a dash inside a name the table has.
            let w = self.words;
            let mut long = run;
            while long < w.len() && long - v < 6 && w.gap_before(long) == " - " {
                long = self.name_run(long, 6 - (long - v)).unwrap_or(long + 1);
            }
            let known = (v + 1..=long.min(w.len())).rev().find(|&e| {
                !self
                    .units(&fold_words(self.words, v, e), Some(tier))
                    .is_empty()
            });
            if known.is_some() {
                return known;
            }
            return (run - v <= 4).then_some(run);
        }
        if unit.form == "thành phố" {
            let known = (v + 1..=run)
                .rev()
                .find(|&e| !self.units(&fold_words(self.words, v, e), None).is_empty());
            return known.or((run - v <= 4).then_some(run));
        }
        Some(run)
    }

    /// Whether words `v..e` name a known place or read as Vietnamese syllables.
    fn known_or_vietnamese(&self, v: usize, e: usize) -> bool {
        let w = self.words;
        !GAZETTEER.lookup(&fold_words(w, v, e)).is_empty()
            || (v..e).all(|i| is_vietnamese_syllable(w.text(i)))
    }

    /// The end of the capitalised run at `v` (at most `max` words), cut before a person's name;
    /// none when a person's name starts at `v` (`thành phố Nguyễn Thế Thảo yêu cầu`).
    fn name_run(&self, v: usize, max: usize) -> Option<usize> {
        let w = self.words;
        let (first, _) = w.span(v, v + 1);
        if self.persons.iter().any(|&(s, _)| s == first) {
            return None;
        }
        let mut e = v + 1;
        while e < w.len() && e - v < max && w.joined(e - 1) && w.is_capitalized(e) {
            let (start, _) = w.span(e, e + 1);
            if self.persons.iter().any(|&(s, _)| s == start) {
                break;
            }
            e += 1;
        }
        Some(e)
    }

    /// `thành phố hà nội` (a tag line): a lower-case name, only when the table has it.
    fn lower_case_name(&self, v: usize, unit: UnitWord) -> Option<usize> {
        let w = self.words;
        let max = (v + 4).min(w.len());
        (v + 2..=max).rev().find(|&e| {
            (v..e - 1).all(|j| w.gap_after(j) == " ")
                && self
                    .units(&fold_words(w, v, e), unit.tier)
                    .iter()
                    .any(|u| u.tier != Tier::Commune)
        })
    }

    /// The units with a folded name, of a tier when given.
    fn units(&self, folded: &str, tier: Option<Tier>) -> Vec<&'static Unit> {
        let g = &*GAZETTEER;
        g.lookup(folded)
            .iter()
            .filter_map(|e| match e {
                Entry::Unit(at) => Some(g.unit(*at)),
                Entry::Place(_) => None,
            })
            .filter(|u| tier.is_none_or(|t| u.tier == t))
            .collect()
    }

    fn unit_value(
        &self,
        u: usize,
        v: usize,
        e: usize,
        unit: UnitWord,
        number: bool,
    ) -> LocationValue {
        let w = self.words;
        let (start, end) = w.span(v, e);
        let mut name = self.display(start, end);
        let mut level = unit.level;
        let mut units = self.units(&fold_words(w, v, e), unit.tier);
        // `quận Bình Tân` is the district of Hồ Chí Minh, not `huyện Bình Tân` of Vĩnh Long.
        let same_kind: Vec<_> = units
            .iter()
            .copied()
            .filter(|u| u.kind.to_lowercase() == unit.form)
            .collect();
        if !same_kind.is_empty() {
            units = same_kind;
        }
        if unit.form == "thành phố" && units.iter().any(|u| u.tier == Tier::Province) {
            level = LocationLevel::Province;
        }
        if number && unit.reads == Reads::NameOrNumber {
            name = format!("{} {name}", capitalize(unit.form));
        } else if unit.keep {
            let (s, _) = w.span(u, v);
            name = self.display(s, end);
        } else if name.chars().all(|c| !c.is_uppercase()) {
            // A tag line's `thành phố hà nội`: the table's spelling.
            if let Some(first) = units.first() {
                name = first.name.to_string();
            }
        }
        let province = self.province_for(&units, level);
        LocationValue {
            name,
            level,
            province,
        }
    }

    /// The province a unit lies in: the only one the table gives, or the only one the text names.
    fn province_for(&self, units: &[&'static Unit], level: LocationLevel) -> Option<String> {
        let g = &*GAZETTEER;
        let mut provinces: Vec<&'static str> = units
            .iter()
            .filter(|u| !u.current || units.iter().all(|o| o.current))
            .map(|u| g.province_of(u))
            .collect();
        provinces.sort_unstable();
        provinces.dedup();
        if level == LocationLevel::Place && units.is_empty() {
            return None;
        }
        if provinces.len() > 1 {
            provinces.retain(|p| self.named.provinces.contains(&fold(p)));
        }
        match provinces.as_slice() {
            [one] => Some((*one).to_string()),
            _ => None,
        }
    }

    /// Notes what a place found tells about the text's provinces and districts.
    fn note(&mut self, value: &LocationValue, folded: &str) {
        if value.level == LocationLevel::Province {
            self.named.provinces.insert(folded.to_string());
        }
        if let Some(p) = &value.province {
            self.named.provinces.insert(fold(p));
        }
        if matches!(
            value.level,
            LocationLevel::District | LocationLevel::City | LocationLevel::Town
        ) {
            let g = &*GAZETTEER;
            for e in g.lookup(folded) {
                if let Entry::Unit(at) = e
                    && g.unit(*at).tier == Tier::District
                {
                    self.named.districts.insert(*at);
                }
            }
        }
    }

    fn display(&self, start: usize, end: usize) -> String {
        self.scan.text.text_of_key(start, end).to_string()
    }
}

/// A capital on the first letter: `phường` → `Phường`.
fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_uppercase().chain(chars).collect::<String>()
    })
}

/// The folded form of words `from..to`.
pub(crate) fn fold_words(w: &Words<'_>, from: usize, to: usize) -> String {
    let mut out = String::new();
    w.fold_into(from, to, &mut out);
    out
}

/// Whether words `from..to` name a province, a district or a place of the tables (a name that,
/// without a title, is not a person's: `Hoàng Mai`, `Hồ Chí Minh`, `Thái Lan`).
pub(crate) fn is_known_place(w: &Words<'_>, from: usize, to: usize) -> bool {
    let g = &*GAZETTEER;
    known_as_written(w, from, to).any(|e| match e {
        Entry::Unit(at) => g.unit(at).tier != Tier::Commune,
        Entry::Place(_) => true,
    })
}

/// Whether the tables know words `from..to` as written (diacritics count: `Nguyễn Văn Thành` is
/// no `Nguyễn Văn Thảnh` commune), communes included.
pub(crate) fn is_known_name(w: &Words<'_>, from: usize, to: usize) -> bool {
    known_as_written(w, from, to).next().is_some()
}

/// The entries of the tables written as words `from..to` are (see `Gazetteer::lookup_written`).
fn known_as_written<'w>(
    w: &Words<'w>,
    from: usize,
    to: usize,
) -> impl Iterator<Item = Entry> + use<'w> {
    let mut folded = String::new();
    w.fold_slice_into(from, to, &mut folded);
    GAZETTEER.lookup_written(&folded, w.slice(from, to))
}

/// Whether word `i` follows a street word (`đường`, `phố`): the name of a street, not a person.
pub(crate) fn is_street_word(w: &Words<'_>, i: usize) -> bool {
    if i == 0 || w.gap_before(i) != " " {
        return false;
    }
    let city = i >= 2 && w.phrase_lower(i - 2, i) == "thành phố";
    !city
        && matches!(
            w.phrase_lower(i - 1, i),
            "đường" | "phố" | "lộ" | "giao" | "thông"
        )
}

mod bare;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unit_words_are_unique_and_abbreviations_known() {
        let mut forms: Vec<_> = UNIT_WORDS.iter().map(|u| u.form).collect();
        forms.sort_unstable();
        let n = forms.len();
        forms.dedup();
        assert_eq!(n, forms.len());
        for (_, form, _) in ABBREVIATIONS {
            assert!(UNIT_WORDS.iter().any(|u| u.form == *form), "{form}");
        }
    }

    #[test]
    fn every_unit_word_starts_with_a_listed_word() {
        for u in UNIT_WORDS {
            let first = u.form.split(' ').next().unwrap_or_default();
            assert!(UNIT_FIRST_WORDS.contains(&first), "{}", u.form);
        }
    }

    #[test]
    fn road_rules_compile() {
        assert_eq!(ROADS.rules().len(), 2);
    }
}
