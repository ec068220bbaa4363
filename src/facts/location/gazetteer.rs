//! The place tables, loaded once: Vietnam's administrative units before and after the 2025
//! reorganization (from `vietnamadminunits`, see `src/data/README.md`), the places the press
//! names without a unit word (regions, landmarks, short forms) and the world's countries, cities
//! and regions.
//!
//! Every name is indexed by its folded form (no diacritics, no case, no spaces: `daklak`), so a
//! lookup finds `Đắk Lắk` for `Dak Lak` and `Bà Rịa - Vũng Tàu` for `Bà Rịa-Vũng Tàu`. The finder
//! decides which of the entries a name may be; this module only knows what the tables say.

use std::collections::HashMap;
use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use super::LocationLevel;
use crate::facts::latin;
use crate::facts::person::words::fold;

const UNITS_2024: &str = include_str!("../../data/admin_units_2024.tsv");
const UNITS_2025: &str = include_str!("../../data/admin_units_2025.tsv");
const MAPPING: &str = include_str!("../../data/admin_units_mapping.tsv");
const VN_PLACES: &str = include_str!("../../data/vn_places.tsv");
const WORLD_PLACES: &str = include_str!("../../data/world_places.tsv");
const WORLD_COUNTRIES: &str = include_str!("../../data/world_countries.tsv");

/// The tier of an administrative unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Tier {
    /// Tỉnh, thành phố trực thuộc trung ương.
    Province,
    /// Quận, huyện, thị xã, thành phố thuộc tỉnh (abolished in 2025).
    District,
    /// Xã, phường, thị trấn, đặc khu.
    Commune,
}

/// One administrative unit.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Unit {
    /// Name without the unit word: `Lạc Dương`, `Phường 1`.
    pub name: &'static str,
    /// Unit word as the table writes it: `Huyện`, `Thành phố`.
    pub kind: &'static str,
    /// Its tier.
    pub tier: Tier,
    /// Index of its province in [`Gazetteer::units`] (itself for a province).
    pub province: u32,
    /// Index of its district (itself for a district, `u32::MAX` for provinces and 2025 units).
    pub district: u32,
    /// Whether it is a unit of the 2025 map (else of the 2024 one).
    pub current: bool,
}

/// A place from the hand-kept tables (not an administrative unit).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Place {
    /// The name as the table writes it.
    pub name: &'static str,
    /// What the name stands for (`Hồ Chí Minh` for `TPHCM`); the name itself when empty.
    pub value: &'static str,
    /// Its level.
    pub level: LocationLevel,
    /// Whether it is a place only after a place word (`Anh`, `Đức`).
    pub needs_cue: bool,
    /// The province it lies in, when the table says.
    pub province: &'static str,
}

/// What a folded name may be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Entry {
    /// An administrative unit (index into [`Gazetteer::units`]).
    Unit(u32),
    /// A place (index into [`Gazetteer::places`]).
    Place(u32),
}

/// The loaded tables.
#[derive(Debug)]
pub(crate) struct Gazetteer {
    /// Every administrative unit, 2024 then 2025.
    pub units: Vec<Unit>,
    /// Every other place.
    pub places: Vec<Place>,
    /// Folded name → what it may be.
    index: FxHashMap<Box<str>, Vec<Entry>>,
    /// The longest name, in words.
    pub max_words: usize,
}

/// The tables, parsed on first use.
pub(crate) static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(Gazetteer::load);

impl Gazetteer {
    fn load() -> Gazetteer {
        let mut g = Gazetteer {
            units: Vec::with_capacity(14_000),
            places: Vec::with_capacity(700),
            index: FxHashMap::with_capacity_and_hasher(16_000, Default::default()),
            max_words: 1,
        };
        g.load_units(UNITS_2024, false);
        g.load_units(UNITS_2025, true);
        g.load_places(VN_PLACES);
        g.load_places(WORLD_PLACES);
        g.load_countries(WORLD_COUNTRIES);
        g
    }

    /// Reads a unit table whose empty leading cells repeat the row above.
    fn load_units(&mut self, table: &'static str, current: bool) {
        let (mut province, mut district) = (u32::MAX, u32::MAX);
        let mut prev: [&'static str; 6] = [""; 6];
        for line in rows(table) {
            let mut cells: [&'static str; 6] = [""; 6];
            for (i, c) in line.split('\t').take(6).enumerate() {
                cells[i] = c;
            }
            let width = if current { 2 } else { 4 };
            let fresh = (0..width).position(|i| !cells[i].is_empty());
            for i in 0..width {
                if cells[i].is_empty() && fresh.is_none_or(|f| i < f) {
                    cells[i] = prev[i];
                }
            }
            // The first cell that differs from the row above says which units are new.
            if fresh.is_some_and(|f| f <= 1) || province == u32::MAX {
                province = self.push_unit(cells[1], cells[0], Tier::Province, u32::MAX, current);
                district = u32::MAX;
            }
            let commune = if current {
                (cells[2], cells[3])
            } else {
                if fresh.is_some_and(|f| f <= 3) || district == u32::MAX {
                    district =
                        self.push_unit(cells[3], cells[2], Tier::District, province, current);
                }
                (cells[4], cells[5])
            };
            if !commune.1.is_empty() {
                let at = self.push_unit(commune.1, commune.0, Tier::Commune, province, current);
                self.units[at as usize].district = if current { u32::MAX } else { district };
            }
            prev = cells;
        }
    }

    fn push_unit(
        &mut self,
        name: &'static str,
        kind: &'static str,
        tier: Tier,
        province: u32,
        current: bool,
    ) -> u32 {
        let at = self.units.len() as u32;
        let province = if tier == Tier::Province { at } else { province };
        let district = if tier == Tier::District { at } else { u32::MAX };
        self.units.push(Unit {
            name,
            kind,
            tier,
            province,
            district,
            current,
        });
        self.add(name, Entry::Unit(at));
        at
    }

    fn load_places(&mut self, table: &'static str) {
        for line in rows(table) {
            let mut cells = line.split('\t');
            let name = cells.next().unwrap_or_default().trim();
            let level = cells
                .next()
                .and_then(level_of)
                .unwrap_or(LocationLevel::Place);
            let value = cells.next().unwrap_or_default().trim();
            let needs_cue = cells.next().is_some_and(|f| f.contains("cue"));
            let province = cells.next().unwrap_or_default().trim();
            if name.is_empty() {
                continue;
            }
            self.push_place(Place {
                name,
                value,
                level,
                needs_cue,
                province,
            });
        }
    }

    fn load_countries(&mut self, table: &'static str) {
        for line in rows(table) {
            let Some((_, name)) = line.split_once('\t') else {
                continue;
            };
            let folded = fold(name);
            // A colloquial entry of world_places.tsv (with its cue flag) comes first and wins; a
            // Vietnamese unit that folds alike (`Ân Đồ`) does not hide the country (`Ấn Độ`).
            let listed = self.index.get(folded.as_str()).is_some_and(|es| {
                es.iter().any(|e| {
                    matches!(e, Entry::Place(at) if same_loose(self.places[*at as usize].name, name))
                })
            });
            if listed {
                continue;
            }
            self.push_place(Place {
                name,
                value: "",
                level: LocationLevel::Country,
                needs_cue: false,
                province: "",
            });
        }
    }

    fn push_place(&mut self, place: Place) {
        let at = self.places.len() as u32;
        self.add(place.name, Entry::Place(at));
        self.places.push(place);
    }

    fn add(&mut self, name: &str, entry: Entry) {
        self.max_words = self.max_words.max(name.split_whitespace().count());
        let list = self.index.entry(fold(name).into_boxed_str()).or_default();
        if !list.contains(&entry) {
            list.push(entry);
        }
    }

    /// What a folded name may be (empty when the tables do not know it).
    pub(crate) fn lookup(&self, folded: &str) -> &[Entry] {
        self.index.get(folded).map_or(&[], Vec::as_slice)
    }

    /// The entries whose name is written as `written` is, up to case, spaces and punctuation
    /// (diacritics count, unlike [`Gazetteer::lookup`]), given its folded form.
    pub(crate) fn lookup_written<'a>(
        &'a self,
        folded: &str,
        written: &'a str,
    ) -> impl Iterator<Item = Entry> + use<'a> {
        self.lookup(folded)
            .iter()
            .copied()
            .filter(move |e| same_loose(self.name(*e), written))
    }

    /// The name of an entry as its table writes it.
    pub(crate) fn name(&self, entry: Entry) -> &'static str {
        match entry {
            Entry::Unit(at) => self.units[at as usize].name,
            Entry::Place(at) => self.places[at as usize].name,
        }
    }

    /// The unit at an index.
    pub(crate) fn unit(&self, at: u32) -> &Unit {
        &self.units[at as usize]
    }

    /// The name of the province a unit lies in.
    pub(crate) fn province_of(&self, unit: &Unit) -> &'static str {
        self.units[unit.province as usize].name
    }
}

/// Whether two texts have the same lower-case letters and digits, diacritics kept (`Văn
/// Miếu-Quốc Tử Giám` and `văn miếu quốc tử giám`), compared without making either.
pub(crate) fn same_loose(a: &str, b: &str) -> bool {
    loose_chars(a).eq(loose_chars(b))
}

fn loose_chars(t: &str) -> impl Iterator<Item = char> + '_ {
    t.chars()
        .filter(|&c| latin::is_alphanumeric(c))
        .flat_map(char::to_lowercase)
}

/// The data rows of a table: no comments, no blank lines.
fn rows(table: &'static str) -> impl Iterator<Item = &'static str> {
    table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
}

fn level_of(cell: &str) -> Option<LocationLevel> {
    Some(match cell.trim() {
        "country" => LocationLevel::Country,
        "province" => LocationLevel::Province,
        "city" => LocationLevel::City,
        "district" => LocationLevel::District,
        "town" => LocationLevel::Town,
        "commune" => LocationLevel::Commune,
        "ward" => LocationLevel::Ward,
        "village" => LocationLevel::Village,
        "place" => LocationLevel::Place,
        _ => return None,
    })
}

/// Where an old (2024) commune went in the 2025 reorganization.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Successor {
    /// The new province: `Lâm Đồng`.
    pub province: &'static str,
    /// The new commune with its unit word: `Xã Lạc Dương`.
    pub commune: &'static str,
    /// Whether the old commune was split and this is not the part that carries it on.
    pub partial: bool,
}

/// An old commune (province, district) and where it went.
type Moves = Vec<(&'static str, &'static str, Successor)>;

/// The old→new table by old commune, parsed on first use only (extraction never needs it).
static SUCCESSORS: LazyLock<HashMap<&'static str, Moves>> = LazyLock::new(load_successors);

fn load_successors() -> HashMap<&'static str, Moves> {
    let mut map: HashMap<&'static str, Moves> = HashMap::with_capacity(10_100);
    let mut prev: [&'static str; 6] = [""; 6];
    for line in rows(MAPPING) {
        let mut cells: [&'static str; 6] = [""; 6];
        for (i, c) in line.split('\t').take(6).enumerate() {
            cells[i] = c;
        }
        let fresh = (0..4).position(|i| !cells[i].is_empty()).unwrap_or(4);
        cells[..fresh].copy_from_slice(&prev[..fresh]);
        let to = Successor {
            province: cells[0],
            commune: cells[1],
            partial: cells[5] == "part",
        };
        map.entry(cells[4])
            .or_default()
            .push((cells[2], cells[3], to));
        prev = cells;
    }
    map
}

/// The 2025 communes that a 2024 commune became, by the 2024 province (`Lâm Đồng`), district and
/// commune with their unit words (`Huyện Lạc Dương`, `Thị trấn Lạc Dương`).
///
/// # Example
/// ```
/// let new = tinbai::facts::location::successors("Lâm Đồng", "Huyện Lạc Dương", "Xã Đạ Sar");
/// assert!(new.iter().any(|s| s.province == "Lâm Đồng" && !s.partial));
/// ```
pub fn successors(province: &str, district: &str, commune: &str) -> Vec<Successor> {
    SUCCESSORS.get(commune).map_or_else(Vec::new, |moves| {
        moves
            .iter()
            .filter(|(p, d, _)| *p == province && *d == district)
            .map(|(_, _, s)| s.clone())
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units_named(name: &str, tier: Tier, current: bool) -> Vec<&'static Unit> {
        let g = &*GAZETTEER;
        g.lookup(&fold(name))
            .iter()
            .filter_map(|e| match e {
                Entry::Unit(u) => Some(g.unit(*u)),
                Entry::Place(_) => None,
            })
            .filter(|u| u.tier == tier && u.current == current)
            .collect()
    }

    #[test]
    fn tables_have_the_documented_sizes() {
        let g = &*GAZETTEER;
        let count = |tier, current| {
            g.units
                .iter()
                .filter(|u| u.tier == tier && u.current == current)
                .count()
        };
        assert_eq!(count(Tier::Province, false), 63);
        assert_eq!(count(Tier::District, false), 696);
        assert_eq!(count(Tier::Commune, false), 10_035);
        assert_eq!(count(Tier::Province, true), 34);
        assert_eq!(count(Tier::Commune, true), 3_321);
    }

    #[test]
    fn hierarchy_is_kept() {
        let g = &*GAZETTEER;
        let dar = units_named("Đạ Sar", Tier::Commune, false);
        assert_eq!(dar.len(), 1);
        assert_eq!(g.province_of(dar[0]), "Lâm Đồng");
        assert_eq!(g.unit(dar[0].district).name, "Lạc Dương");
        let lac = units_named("Lạc Dương", Tier::District, false);
        assert_eq!(lac[0].kind, "Huyện");
    }

    #[test]
    fn variant_spellings_fold_together() {
        assert_eq!(units_named("Dak Lak", Tier::Province, false).len(), 1);
        assert_eq!(
            units_named("Bà Rịa-Vũng Tàu", Tier::Province, false).len(),
            1
        );
    }

    #[test]
    fn places_and_countries_are_indexed() {
        let g = &*GAZETTEER;
        let place = |name: &str| {
            g.lookup(&fold(name)).iter().find_map(|e| match e {
                Entry::Place(p) => Some(g.places[*p as usize]),
                Entry::Unit(_) => None,
            })
        };
        assert_eq!(place("TPHCM").map(|p| p.value), Some("Hồ Chí Minh"));
        assert!(place("Anh").is_some_and(|p| p.needs_cue));
        assert_eq!(
            place("Bồ Đào Nha").map(|p| p.level),
            Some(LocationLevel::Country)
        );
        // A commune that folds alike must not hide the country.
        assert_eq!(
            place("Ấn Độ").map(|p| p.level),
            Some(LocationLevel::Country)
        );
    }

    #[test]
    fn mapping_reads_old_to_new() {
        let new = successors("Lâm Đồng", "Huyện Lạc Dương", "Thị trấn Lạc Dương");
        assert!(!new.is_empty());
        assert!(new.iter().all(|s| s.province == "Lâm Đồng"));
        assert!(successors("Lâm Đồng", "Huyện Lạc Dương", "Xã Không Có").is_empty());
    }
}
