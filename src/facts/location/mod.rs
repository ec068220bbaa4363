//! location: an administrative unit or a named place.
//!
//! The rules are in `rules.rs`, their specification in `corpus.rs`; the fact guide's "location"
//! section is the contract. The place tables (administrative units before and after the 2025
//! reorganization, world and Vietnamese places) are loaded once by `gazetteer.rs`; people's names
//! come from the person finder, so that `Mỹ` in `Mỹ Linh` is not a place.

#[cfg(test)]
pub(crate) mod corpus;
mod gazetteer;
mod rules;

pub use gazetteer::{Successor, successors};
pub(crate) use rules::{is_known_place, is_street_word};

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
