//! ratio: a part of a whole.
//!
//! The rules are in `rules.rs`, their specification in `corpus.rs`; the fact guide's "ratio"
//! section is the contract.

#[cfg(test)]
pub(crate) mod corpus;
mod rules;

use schemars::JsonSchema;
use serde::Serialize;

use super::numeral::Amount;
use super::{Candidate, Scan};

/// The value of a ratio: `24/34 khu dân cư` → 24 of 34.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct RatioValue {
    /// The part.
    pub part: Amount,
    /// The whole.
    pub whole: Amount,
    /// What is counted, if the text says: `khu dân cư`.
    pub unit: Option<String>,
}

/// Proposes the ratio facts of a text.
pub(crate) fn find(scan: &Scan<'_>, out: &mut Vec<Candidate>) {
    rules::find(scan, out);
}
