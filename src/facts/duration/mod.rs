//! duration: a length of time.
//!
//! The rules are in `rules.rs`, their specification in `corpus.rs`; the fact guide's "duration"
//! section is the contract.

#[cfg(test)]
pub(crate) mod corpus;
mod rules;

use schemars::JsonSchema;
use serde::Serialize;

use super::numeral::{Amount, Qualifier};
use super::{Candidate, Scan};

/// A unit of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
#[allow(missing_docs)]
pub enum TimeUnit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

/// The value of a duration: `10 năm` → 10 year.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct DurationValue {
    /// The number of units (the lower end of a range).
    pub amount: Amount,
    /// The upper end of a range, if any.
    pub max: Option<Amount>,
    /// The unit.
    pub unit: TimeUnit,
    /// How exact the number is.
    pub qualifier: Qualifier,
}

/// Proposes the duration facts of a text.
pub(crate) fn find(scan: &Scan<'_>, out: &mut Vec<Candidate>) {
    rules::find(scan, out);
}
