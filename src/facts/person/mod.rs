//! person: a personal name, with the title or role the text attaches.
//!
//! The rules are in `rules.rs`, their specification in `corpus.rs`; the fact guide's "person"
//! section is the contract.

#[cfg(test)]
pub(crate) mod corpus;
mod lexicon;
mod rules;
pub(crate) mod words;

pub(crate) use lexicon::{is_common_pair, is_given_name, is_surname};
pub(crate) use rules::{Person, people};

use schemars::JsonSchema;
use serde::Serialize;

use super::{Candidate, Scan};

/// The value of a person (fact guide, "person").
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct PersonValue {
    /// The name: `Nguyễn Văn A`.
    pub name: String,
    /// A title or honorific before the name: `Đại tá`, `ông`, `bà`.
    pub title: Option<String>,
    /// A role attached to the name: `Giám đốc Công an tỉnh`.
    pub role: Option<String>,
}

/// Proposes the person facts of a text.
pub(crate) fn find(scan: &Scan<'_>, out: &mut Vec<Candidate>) {
    for p in people(scan).iter() {
        let value = PersonValue {
            name: p.name.clone(),
            title: p.title.clone(),
            role: p.role.clone(),
        };
        out.push(Candidate::new(p.start, p.end, super::Value::Person(value)));
    }
}
