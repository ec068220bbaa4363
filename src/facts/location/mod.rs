//! location: an administrative unit or a named place.
//!
//! The rules are in `rules.rs`, their specification in `corpus.rs`; the fact guide's "location"
//! section is the contract.

#[cfg(test)]
pub(crate) mod corpus;
mod rules;

use schemars::JsonSchema;
use serde::Serialize;

use super::{Candidate, Scan};

/// What kind of place a location is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
#[allow(missing_docs)]
pub enum LocationLevel {
    Country,
    Province,
    City,
    District,
    Town,
    Commune,
    Ward,
    Village,
    Place,
}

/// The value of a location (fact guide, "location").
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct LocationValue {
    /// The place's name without the unit word: `Lạc Dương`.
    pub name: String,
    /// What kind of place it is.
    pub level: LocationLevel,
    /// The province it lies in, when known.
    pub province: Option<String>,
}

/// Proposes the location facts of a text.
pub(crate) fn find(scan: &Scan<'_>, out: &mut Vec<Candidate>) {
    rules::find(scan, out);
}
