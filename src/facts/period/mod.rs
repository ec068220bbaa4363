//! period: an interval with two ends, or one end and "now".
//!
//! The rules are in `rules.rs`, their specification in `corpus.rs`; the fact guide's "period"
//! section is the contract.

#[cfg(test)]
pub(crate) mod corpus;
mod rules;

use schemars::JsonSchema;
use serde::Serialize;

use super::{Candidate, Scan};

/// The value of a period: its two ends, each an ISO date of any grain.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct PeriodValue {
    /// The first end: `2014`, `2023-01-01`.
    pub from: String,
    /// The last end; the reference date when the text says "until now".
    pub to: String,
    /// The period runs up to now (`đến nay`, `10 năm qua`): `to` is the reference date.
    pub open_end: bool,
}

/// Proposes the period facts of a text.
pub(crate) fn find(scan: &Scan<'_>, out: &mut Vec<Candidate>) {
    rules::find(scan, out);
}
