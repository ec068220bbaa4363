//! organization: a named body.
//!
//! The rules are in `rules.rs`, their specification in `corpus.rs`; the fact guide's "organization"
//! section is the contract.

#[cfg(test)]
pub(crate) mod corpus;
mod rules;

use schemars::JsonSchema;
use serde::Serialize;

use super::{Candidate, Scan};

/// What kind of body an organization is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
#[allow(missing_docs)]
pub enum Category {
    Police,
    Government,
    Party,
    Front,
    Military,
    Court,
    Procuracy,
    Union,
    Association,
    Education,
    Health,
    Business,
    Religious,
    Other,
}

/// The administrative level a body works at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
#[allow(missing_docs)]
pub enum Level {
    Central,
    Province,
    District,
    Commune,
}

/// The value of an organization (fact guide, "organization").
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct OrganizationValue {
    /// The full name, abbreviations expanded: `Ủy ban nhân dân huyện Lạc Dương`.
    pub name: String,
    /// What kind of body it is.
    pub category: Category,
    /// Its level, when the name says or implies it.
    pub level: Option<Level>,
    /// The locality named or implied, for elliptic names (`Công an tỉnh`).
    pub place: Option<String>,
}

/// Proposes the organization facts of a text.
pub(crate) fn find(scan: &Scan<'_>, out: &mut Vec<Candidate>) {
    rules::find(scan, out);
}
