//! Currencies as the press writes them (`src/data/currencies.tsv`): `đồng`, `đ`, `VNĐ`, `USD`,
//! `$`, `đô la`, `euro`, `bảng Anh`, `yên`, `nhân dân tệ`, with the words that begin like one
//! and are not (`đồng chí`, `đô thị`).

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::normalize::canonical_tone;

/// One form of a currency.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Currency {
    /// ISO 4217 code, or `None` for a word that is not money (`đồng chí`).
    pub code: Option<&'static str>,
    /// What one unit of the form is worth in the currency (`cent` = 0.01 USD).
    pub factor: f64,
    /// Whether the form is money only after a scale word (`110 triệu bảng`).
    pub scaled: bool,
    /// Whether the form is written before the number (`$5`).
    pub before: bool,
    /// Whether the form is written after the number (`5 USD`).
    pub after: bool,
}

pub(super) struct Table {
    /// Forms in lower case.
    pub forms: HashMap<String, Currency>,
}

pub(super) static TABLE: LazyLock<Table> = LazyLock::new(|| {
    let mut forms = HashMap::new();
    for line in include_str!("../../data/currencies.tsv").lines() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&'static str> = line.split('\t').map(str::trim).collect();
        let (Some(form), Some(code)) = (cols.first(), cols.get(1)) else {
            continue;
        };
        let place = cols.get(2).copied().unwrap_or("after");
        let currency = Currency {
            code: (*code != "-").then_some(*code),
            factor: cols.get(3).and_then(|f| f.parse().ok()).unwrap_or(1.0),
            scaled: place.contains("scaled"),
            before: place.starts_with("before") || place.starts_with("both"),
            after: !place.starts_with("before"),
        };
        forms.insert(canonical_tone(&form.to_lowercase()), currency);
    }
    Table { forms }
});

impl Table {
    /// A regex alternation of the forms written at `before` or after the number, longest
    /// first (so `đô la Úc` wins over `đô la` and `đô`), in any case.
    pub fn alternation(&self, before: bool) -> String {
        let mut forms: Vec<&String> = self
            .forms
            .iter()
            .filter(|(_, c)| c.code.is_some() && if before { c.before } else { c.after })
            .map(|(f, _)| f)
            .collect();
        forms.sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then(a.cmp(b)));
        let escaped: Vec<String> = forms.iter().map(|f| regex::escape(f)).collect();
        format!("(?i:{})", escaped.join("|"))
    }

    /// A regex class of the last characters of the forms written at `before` or after the
    /// number, in any case: every form contains one (`$`, `€` for the forms before).
    pub fn last_chars(&self, before: bool) -> String {
        let mut chars: Vec<char> = self
            .forms
            .iter()
            .filter(|(_, c)| c.code.is_some() && if before { c.before } else { c.after })
            .filter_map(|(f, _)| f.chars().next_back())
            .collect();
        chars.sort_unstable();
        chars.dedup();
        let escaped: String = chars
            .iter()
            .map(|c| regex::escape(&c.to_string()))
            .collect();
        format!("(?i:[{escaped}])")
    }

    /// The currency a matched form names.
    pub fn get(&self, form: &str) -> Option<&Currency> {
        self.forms.get(&form.to_lowercase())
    }

    /// Whether the form and the word after it make a word that is not money: `đồng chí`,
    /// `đô thị`, `yên tâm`.
    pub fn is_other_word(&self, form: &str, next: &str) -> bool {
        let phrase = format!("{} {}", form.to_lowercase(), next.to_lowercase());
        self.forms.get(&phrase).is_some_and(|c| c.code.is_none())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_reads() {
        let t = &*TABLE;
        assert_eq!(t.get("VNĐ").and_then(|c| c.code), Some("VND"));
        assert!(t.is_other_word("đồng", "Chí"));
        assert!(!t.is_other_word("đồng", "mỗi"));
        assert!(!t.alternation(false).contains("chí"));
        assert!(t.get("bảng").is_some_and(|c| c.scaled));
        assert!(t.get("$").is_some_and(|c| c.before && c.after));
        assert!(
            t.get("cent")
                .is_some_and(|c| (c.factor - 0.01).abs() < 1e-12)
        );
        let alt = t.alternation(false);
        let la = alt.find("đô la|").unwrap_or(usize::MAX);
        let short = alt.find("|đô|").unwrap_or(0);
        assert!(la < short, "longer forms first");
    }
}
