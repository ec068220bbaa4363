//! money: an amount of money.
//!
//! The rules are in `rules.rs`, their specification in `corpus.rs`; the fact guide's "money"
//! section is the contract. Currencies are read from `src/data/currencies.tsv` by
//! `currency.rs`; numbers, qualifiers and ranges by [`super::numeral::quantity`].

#[cfg(test)]
pub(crate) mod corpus;
mod currency;
mod rules;

use schemars::JsonSchema;
use serde::Serialize;

use super::numeral::{Amount, Qualifier};
use super::{Candidate, Scan};

/// The value of an amount of money: `1,5 tỷ đồng` → 1500000000 VND.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct MoneyValue {
    /// The amount in the currency's units (the lower end of a range).
    pub amount: Amount,
    /// The upper end of a range, if any.
    pub max: Option<Amount>,
    /// ISO 4217 code: `VND`, `USD`, `EUR`.
    pub currency: String,
    /// How exact the amount is.
    pub qualifier: Qualifier,
}

/// Proposes the money facts of a text.
pub(crate) fn find(scan: &Scan<'_>, out: &mut Vec<Candidate>) {
    rules::find(scan, out);
}
