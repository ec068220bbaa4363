//! document: a reference to an administrative or legal document by its number and symbol.
//!
//! The rules are in `rules.rs`, their specification in `corpus.rs`; the fact guide's "document"
//! section is the contract.

mod codes;
#[cfg(test)]
pub(crate) mod corpus;
mod rules;

use schemars::JsonSchema;
use serde::Serialize;

use super::{Candidate, Scan};

/// One issuing body of a document, from its symbol.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Issuer {
    /// The code as written: `BCA`, `UBND`, `TW`.
    pub code: String,
    /// The body's name when the code is known (`Bộ Công an`), never guessed.
    pub name: Option<String>,
}

/// The value of a document reference (fact guide, "document").
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct DocumentValue {
    /// The number and symbol as written, spaces removed: `09-CTr-BCA-MTTW`, `100/2019/NĐ-CP`.
    pub number: String,
    /// The serial number: `09`, `100`.
    pub serial: Option<String>,
    /// The year in the symbol, if any.
    pub year: Option<i32>,
    /// The kind's code: `CTr`, `NĐ`, `QĐ`.
    pub kind_code: Option<String>,
    /// The kind in words, from the text or else from the code: `Chương trình`, `Nghị định`.
    pub kind: Option<String>,
    /// The issuing bodies in the symbol.
    pub issuers: Vec<Issuer>,
    /// The issue date read from `ngày …` right after the reference, ISO.
    pub issued: Option<String>,
}

/// Proposes the document facts of a text.
pub(crate) fn find(scan: &Scan<'_>, out: &mut Vec<Candidate>) {
    rules::find(scan, out);
}
