//! count: a number of countable things, with its counted noun phrase.
//!
//! The rules are in `rules.rs`, their specification in `corpus.rs`; the fact guide's "count"
//! section is the contract. What is counted is read by `units.rs` from `src/data/count_units.tsv`,
//! which ratios share.

#[cfg(test)]
pub(crate) mod corpus;
mod rules;
pub(crate) mod units;

use schemars::JsonSchema;
use serde::Serialize;

use super::numeral::{Amount, Qualifier};
use super::{Candidate, Scan};

/// The value of a count (fact guide, "count").
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct CountValue {
    /// The number (the lower end of a range).
    pub amount: Amount,
    /// The upper end of a range, if the text gives one.
    pub max: Option<Amount>,
    /// How exact the number is.
    pub qualifier: Qualifier,
    /// The counted noun phrase, classifier included: `lượt người`.
    pub unit: String,
}

/// Proposes the count facts of a text.
pub(crate) fn find(scan: &Scan<'_>, out: &mut Vec<Candidate>) {
    rules::find(scan, out);
}
