//! abbreviation: an abbreviation that the text defines.
//!
//! The rules are in `rules.rs`, their specification in `corpus.rs`; the fact guide's "abbreviation"
//! section is the contract.

#[cfg(test)]
pub(crate) mod corpus;
mod rules;

use schemars::JsonSchema;
use serde::Serialize;

use super::{Candidate, Scan};

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

/// The abbreviations a text defines, in order; run before the other types.
pub(crate) fn definitions(_scan: &Scan<'_>) -> Vec<Definition> {
    Vec::new()
}

/// Proposes the abbreviation facts of a text.
pub(crate) fn find(scan: &Scan<'_>, out: &mut Vec<Candidate>) {
    rules::find(scan, out);
}
