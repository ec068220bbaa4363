//! The one overlap resolver: candidates from every finder in, facts out.
//!
//! Within a type the longest span wins (then the higher rank, then the earlier start). Across
//! types, the quantity-like types (dates, periods, documents, counts, durations, percents,
//! ratios, money) claim their characters exclusively, because one number has one meaning;
//! names (organizations, people, locations, abbreviations) may nest in one another, as the fact
//! guide asks (`huyện Lạc Dương` inside `Công an huyện Lạc Dương`), but may not cross or repeat
//! the same span under two types. An abbreviation's definition (`Mặt trận Tổ quốc (MTTQ)`) is
//! not a name but a gloss written across names: it may cross them
//! (`Ủy ban [Mặt trận Tổ quốc (MTTQ)] Việt Nam`), only not repeat one's span.

use std::collections::{BTreeMap, HashMap};

use super::{Candidate, Fact, FactType};
use crate::normalize::Normalized;

/// Which family a type belongs to, and its priority when two equally long spans compete.
fn family(kind: FactType) -> (Family, u8) {
    match kind {
        FactType::Document => (Family::Quantity, 8),
        FactType::Money => (Family::Quantity, 7),
        FactType::Percent => (Family::Quantity, 6),
        FactType::Period => (Family::Quantity, 5),
        FactType::Date => (Family::Quantity, 4),
        FactType::Ratio => (Family::Quantity, 3),
        FactType::Duration => (Family::Quantity, 2),
        FactType::Count => (Family::Quantity, 1),
        FactType::Organization => (Family::Name, 4),
        FactType::Location => (Family::Name, 3),
        FactType::Person => (Family::Name, 2),
        FactType::Abbreviation => (Family::Name, 1),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Family {
    Quantity,
    Name,
}

/// Non-overlapping accepted spans, keyed by start.
#[derive(Default)]
struct Spans(BTreeMap<usize, usize>);

impl Spans {
    fn overlaps(&self, start: usize, end: usize) -> bool {
        self.0
            .range(..end)
            .next_back()
            .is_some_and(|(_, &e)| e > start)
    }

    /// Whether a span of this set crosses `start..end` or equals it (nesting either way is fine).
    fn crosses_or_equals(&self, start: usize, end: usize) -> bool {
        if let Some((&s, &e)) = self.0.range(..=start).next_back() {
            let crossing = s < start && e > start && e < end;
            if crossing || (s == start && e == end) {
                return true;
            }
        }
        // Spans of the set do not overlap, so only the last one starting inside can reach out.
        matches!(self.0.range(..end).next_back(), Some((&s, &e)) if s > start && e > end)
    }

    /// Whether this set holds exactly `start..end`.
    fn equals(&self, start: usize, end: usize) -> bool {
        self.0.get(&start) == Some(&end)
    }

    fn insert(&mut self, start: usize, end: usize) {
        self.0.insert(start, end);
    }
}

/// Turns candidates into facts: drops losers of overlaps, converts offsets, sorts by position.
pub(crate) fn resolve(text: &Normalized, mut candidates: Vec<Candidate>) -> Vec<Fact> {
    let key = text.key();
    candidates.retain(|c| {
        c.start < c.end
            && c.end <= key.len()
            && key.is_char_boundary(c.start)
            && key.is_char_boundary(c.end)
    });
    candidates.sort_by(|a, b| {
        let (la, lb) = (a.end - a.start, b.end - b.start);
        lb.cmp(&la)
            .then(family(b.kind()).1.cmp(&family(a.kind()).1))
            .then(b.rank.cmp(&a.rank))
            .then(a.start.cmp(&b.start))
    });
    let mut quantities = Spans::default();
    let mut by_type: HashMap<FactType, Spans> = HashMap::new();
    let mut kept = Vec::new();
    for c in candidates {
        let kind = c.kind();
        let (fam, _) = family(kind);
        if by_type
            .get(&kind)
            .is_some_and(|s| s.overlaps(c.start, c.end))
        {
            continue;
        }
        let blocked = match fam {
            Family::Quantity => quantities.overlaps(c.start, c.end),
            Family::Name => by_type.iter().any(|(&other, spans)| {
                let glossed = kind == FactType::Abbreviation || other == FactType::Abbreviation;
                other != kind
                    && family(other).0 == Family::Name
                    && if glossed {
                        spans.equals(c.start, c.end)
                    } else {
                        spans.crosses_or_equals(c.start, c.end)
                    }
            }),
        };
        if blocked {
            continue;
        }
        if fam == Family::Quantity {
            quantities.insert(c.start, c.end);
        }
        by_type.entry(kind).or_default().insert(c.start, c.end);
        kept.push(c);
    }
    kept.sort_by_key(|c| (c.start, c.end));
    kept.into_iter()
        .map(|c| {
            let (start, end) = text.char_span(c.start, c.end);
            Fact {
                kind: c.kind(),
                text: text.slice(start, end).to_string(),
                start,
                end,
                value: c.value,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::Value;
    use crate::facts::abbreviation::AbbreviationValue;
    use crate::facts::count::CountValue;
    use crate::facts::location::{LocationLevel, LocationValue};
    use crate::facts::numeral::{Amount, Qualifier};
    use crate::facts::organization::{Category, OrganizationValue};
    use crate::facts::percent::PercentValue;

    fn count(start: usize, end: usize) -> Candidate {
        let v = CountValue {
            amount: Amount(1.0),
            max: None,
            qualifier: Qualifier::Exact,
            unit: "x".into(),
        };
        Candidate::new(start, end, Value::Count(v))
    }

    fn place(start: usize, end: usize) -> Candidate {
        let v = LocationValue {
            name: "x".into(),
            level: LocationLevel::Place,
            province: None,
        };
        Candidate::new(start, end, Value::Location(v))
    }

    fn abbr(start: usize, end: usize) -> Candidate {
        let v = AbbreviationValue {
            short: "x".into(),
            long: "y".into(),
        };
        Candidate::new(start, end, Value::Abbreviation(v))
    }

    #[test]
    fn longest_quantity_wins_across_types() {
        let text = Normalized::new("dat 68,6% ke hoach");
        let pct = PercentValue {
            amount: Amount(68.6),
            max: None,
            qualifier: Qualifier::Exact,
        };
        let cands = vec![count(4, 8), Candidate::new(4, 9, Value::Percent(pct))];
        let facts = resolve(&text, cands);
        assert_eq!(facts.len(), 1);
        assert_eq!(facts[0].text, "68,6%");
        assert_eq!((facts[0].start, facts[0].end), (4, 9));
    }

    #[test]
    fn names_nest_but_do_not_cross_or_repeat() {
        let text = Normalized::new("abcdefghijklmnop");
        let facts = resolve(&text, vec![place(0, 10), place(2, 5), place(8, 12)]);
        let spans: Vec<_> = facts.iter().map(|f| (f.start, f.end)).collect();
        assert_eq!(spans, vec![(0, 10)]);
        let org = |start, end| {
            let v = OrganizationValue {
                name: "x".into(),
                category: Category::Other,
                level: None,
                place: None,
            };
            Candidate::new(start, end, Value::Organization(v))
        };
        let facts = resolve(&text, vec![org(0, 10), place(2, 5), place(8, 12)]);
        let spans: Vec<_> = facts.iter().map(|f| (f.kind, f.start, f.end)).collect();
        let want = [(FactType::Organization, 0, 10), (FactType::Location, 2, 5)];
        assert_eq!(spans, want);
    }

    #[test]
    fn abbreviations_may_cross_names_but_not_repeat_them() {
        let text = Normalized::new("abcdefghijklmnop");
        let facts = resolve(
            &text,
            vec![
                place(0, 10),
                abbr(2, 5),
                abbr(8, 14),
                place(12, 16),
                abbr(0, 10),
            ],
        );
        let spans: Vec<_> = facts.iter().map(|f| (f.kind, f.start, f.end)).collect();
        let want = [
            (FactType::Location, 0, 10),
            (FactType::Abbreviation, 2, 5),
            (FactType::Abbreviation, 8, 14),
            (FactType::Location, 12, 16),
        ];
        assert_eq!(spans, want);
    }

    #[test]
    fn same_type_never_overlaps() {
        let text = Normalized::new("abcdefghij");
        let facts = resolve(
            &text,
            vec![count(0, 5), count(3, 9), count(5, 7), count(9, 10)],
        );
        let spans: Vec<_> = facts.iter().map(|f| (f.start, f.end)).collect();
        assert_eq!(spans, vec![(3, 9), (9, 10)]);
    }
}
