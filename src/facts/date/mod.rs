//! date: a day, month, quarter or year that the text points to, with a clock time when one is attached.
//!
//! The rules are in `rules.rs`, their specification in `corpus.rs`; the fact guide's "date"
//! section is the contract.

#[cfg(test)]
pub(crate) mod corpus;
mod rules;

use schemars::JsonSchema;
use serde::Serialize;

use super::{Candidate, Scan};

/// How fine a date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
#[allow(missing_docs)]
pub enum Grain {
    Minute,
    Day,
    Week,
    Month,
    Quarter,
    Half,
    Year,
    Decade,
}

/// The value of a date: an ISO form (`2013-08-01`, `2023-05`, `2023-Q1`, `2023-H1`,
/// `2013-W21`, `199X`, `2023-05-24T18:20`) and its grain.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct DateValue {
    /// The date in the ISO form of its grain.
    pub date: String,
    /// How fine the date is.
    pub grain: Grain,
    /// The year was not written and was taken so that the date is nearest the reference date.
    pub year_inferred: bool,
    /// The date was relative (`hôm qua`, `năm ngoái`) and was resolved against the reference.
    pub relative: bool,
}

/// Proposes the date facts of a text.
pub(crate) fn find(scan: &Scan<'_>, out: &mut Vec<Candidate>) {
    rules::find(scan, out);
}
