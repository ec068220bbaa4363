//! organization: a named body.
//!
//! Bodies are found two ways. Most Vietnamese names start with a head word (`Sở`, `Công an`,
//! `Trường`, `UBND`) that `rules.rs` reads on from, through domain words, proper names, numbers
//! and places, as far as the name goes (`Sở Giáo dục và Đào tạo Kiên Giang`). Others are known by
//! name alone or by where they stand (`names.rs`): outlets credited in the text (`(VOV)`,
//! `TTXVN`), international bodies and companies (`Reuters`, `Google`), the tags of a crawled text,
//! and later mentions of a body already named (`USDA` after `Bộ Nông nghiệp Mỹ (USDA)`). The
//! value spells abbreviations out and settles the place (`value.rs`). The tables are data files:
//! `src/data/org_heads.tsv`, `org_words.tsv`, `org_names.tsv` and `abbreviations.tsv`.
//!
//! The rules are specified by `corpus.rs`; the fact guide's "organization" section is the contract.

#[cfg(test)]
pub(crate) mod corpus;
mod lexicon;
mod names;
mod rules;
mod token;
mod value;

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
    let toks = token::tokenize(scan.key());
    let lines = names::Lines::new(scan.key(), &toks);
    let mut found = rules::find(&toks, lines.tags());
    names::find(scan, &toks, &lines, &mut found);
    let places = value::Places::collect(&toks, &found);
    out.extend(
        found
            .iter()
            .map(|f| value::candidate(scan, &toks, f, &places)),
    );
}

/// The full form of an agency or place abbreviation from `src/data/abbreviations.tsv`.
///
/// # Example
/// ```
/// use tinbai::facts::organization::expand_abbreviation;
/// assert_eq!(expand_abbreviation("UBND"), Some("Ủy ban nhân dân"));
/// assert_eq!(expand_abbreviation("VKSND"), Some("Viện kiểm sát nhân dân"));
/// assert_eq!(expand_abbreviation("XYZ"), None);
/// ```
pub fn expand_abbreviation(short: &str) -> Option<&'static str> {
    let toks = token::tokenize(short);
    let lex: &'static lexicon::Lexicon = &lexicon::LEXICON;
    lex.abbreviations
        .longest(&toks, 0, true, |a| &a.phrase)
        .filter(|a| a.phrase.len() == toks.len())
        .map(|a| a.long.as_str())
}
