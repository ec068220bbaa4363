//! Links between facts that only the whole set shows: a document's issue date.
//!
//! `Chương trình phối hợp số 09-CTr-BCA-MTTW ngày 01/8/2013`: the date right after a document
//! number is the day it was issued (fact guide, "document"). The date finder and the document
//! finder each see only their own spans, so the link is made here, after overlaps are settled.

use super::{Fact, Value};
use crate::facts::date::Grain;

/// What may stand between a document's number and its issue date: spaces, a comma, `ban hành`.
fn is_link_gap(gap: &str) -> bool {
    let gap = gap.trim().trim_start_matches(',').trim();
    gap.is_empty() || gap == "ban hành" || gap == "được ban hành"
}

/// Fills `issued` of each document followed by `ngày …`.
pub(crate) fn issue_dates(text: &str, facts: &mut [Fact]) {
    for i in 0..facts.len() {
        let Value::Document(_) = &facts[i].value else {
            continue;
        };
        let Some(next) = facts[i + 1..].iter().find(|f| f.start >= facts[i].end) else {
            continue;
        };
        let Value::Date(date) = &next.value else {
            continue;
        };
        let starts_with_day = next.text.to_lowercase().starts_with("ngày");
        let day_grain = matches!(date.grain, Grain::Day | Grain::Minute);
        let gap: String = text
            .chars()
            .skip(facts[i].end)
            .take(next.start - facts[i].end)
            .collect();
        if starts_with_day && day_grain && next.start - facts[i].end <= 20 && is_link_gap(&gap) {
            let issued = date.date.chars().take(10).collect();
            if let Value::Document(doc) = &mut facts[i].value {
                doc.issued = Some(issued);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::date::DateValue;
    use crate::facts::document::DocumentValue;
    use crate::facts::{Fact, FactType};

    fn doc(start: usize, end: usize) -> Fact {
        let value = Value::Document(DocumentValue {
            number: "09-CTr-BCA-MTTW".into(),
            serial: Some("09".into()),
            year: None,
            kind_code: Some("CTr".into()),
            kind: None,
            issuers: vec![],
            issued: None,
        });
        Fact {
            kind: FactType::Document,
            text: "09-CTr-BCA-MTTW".into(),
            start,
            end,
            value,
        }
    }

    fn date(text: &str, start: usize) -> Fact {
        let value = Value::Date(DateValue {
            date: "2013-08-01".into(),
            grain: Grain::Day,
            year_inferred: false,
            relative: false,
        });
        let end = start + text.chars().count();
        Fact {
            kind: FactType::Date,
            text: text.into(),
            start,
            end,
            value,
        }
    }

    fn issued(f: &Fact) -> Option<String> {
        match &f.value {
            Value::Document(d) => d.issued.clone(),
            _ => None,
        }
    }

    #[test]
    fn date_right_after_a_document_is_its_issue_date() {
        let text = "số 09-CTr-BCA-MTTW ngày 01/8/2013 giữa";
        let mut facts = vec![doc(3, 18), date("ngày 01/8/2013", 19)];
        issue_dates(text, &mut facts);
        assert_eq!(issued(&facts[0]).as_deref(), Some("2013-08-01"));
    }

    #[test]
    fn a_date_further_away_is_not() {
        let text = "số 09-CTr-BCA-MTTW được triển khai từ ngày 01/8/2013";
        let at = text.chars().count() - "ngày 01/8/2013".chars().count();
        let mut facts = vec![doc(3, 18), date("ngày 01/8/2013", at)];
        issue_dates(text, &mut facts);
        assert_eq!(issued(&facts[0]), None);
    }
}
