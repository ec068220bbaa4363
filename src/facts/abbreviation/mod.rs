//! abbreviation: an abbreviation that the text defines.
//!
//! The rules are in `rules.rs`, their specification in `corpus.rs`; the fact guide's "abbreviation"
//! section is the contract. Definitions are read once per article, before the other types, so
//! that finders can expand the article's later abbreviations (`scan.abbreviations`).

#[cfg(test)]
pub(crate) mod corpus;
mod rules;

use schemars::JsonSchema;
use serde::Serialize;

use super::{Candidate, Scan, Value};

/// The value of an abbreviation: `an ninh Tổ quốc (ANTQ)` → ANTQ = an ninh Tổ quốc.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct AbbreviationValue {
    /// The short form: `ANTQ`.
    pub short: String,
    /// The long form as the text writes it: `an ninh Tổ quốc`.
    pub long: String,
}

/// An abbreviation the article defines, used to expand its later uses.
pub type Definition = AbbreviationValue;

/// The abbreviations a text defines, in order, each short form once (its first definition);
/// run before the other types.
///
/// # Example
/// ```
/// use tinbai::facts::{Context, Scan, abbreviation};
/// use tinbai::normalize::Normalized;
/// let text = Normalized::new("Phong trào bảo vệ an ninh Tổ quốc (ANTQ) được đẩy mạnh.");
/// let ctx = Context::at("2023-05-24T18:20:00".parse().unwrap());
/// let scan = Scan::new(&text, &ctx);
/// let defs = abbreviation::definitions(&scan);
/// assert_eq!(defs[0].short, "ANTQ");
/// assert_eq!(defs[0].long, "an ninh Tổ quốc");
/// ```
pub fn definitions(scan: &Scan<'_>) -> Vec<Definition> {
    let mut out: Vec<Definition> = Vec::new();
    for found in rules::definitions(scan.key()) {
        let value = value(scan, &found);
        if !out.iter().any(|d| d.short == value.short) {
            out.push(value);
        }
    }
    out
}

/// Proposes the abbreviation facts of a text.
pub(crate) fn find(scan: &Scan<'_>, out: &mut Vec<Candidate>) {
    for found in rules::definitions(scan.key()) {
        let value = Value::Abbreviation(value(scan, &found));
        out.push(Candidate::new(found.start, found.end, value));
    }
}

/// The definition's forms as the text writes them.
fn value(scan: &Scan<'_>, found: &rules::Found) -> AbbreviationValue {
    let text = |(s, e): (usize, usize)| scan.text.text_of_key(s, e).to_string();
    AbbreviationValue {
        short: text(found.short),
        long: text(found.long),
    }
}
