//! percent: a percentage.
//!
//! The rules are in `rules.rs`, their specification in `corpus.rs`; the fact guide's "percent"
//! section is the contract. Numbers, qualifiers and ranges are read by
//! [`super::numeral::quantity`], as for counts and money.

#[cfg(test)]
pub(crate) mod corpus;
mod rules;

use schemars::JsonSchema;
use serde::Serialize;

use super::numeral::{Amount, Qualifier};
use super::{Candidate, Scan};

/// The value of a percent: `68,6%` → 68.6.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct PercentValue {
    /// The percentage (the lower end of a range).
    pub amount: Amount,
    /// The upper end of a range, if any.
    pub max: Option<Amount>,
    /// How exact the number is.
    pub qualifier: Qualifier,
}

/// Proposes the percent facts of a text.
pub(crate) fn find(scan: &Scan<'_>, out: &mut Vec<Candidate>) {
    rules::find(scan, out);
}
