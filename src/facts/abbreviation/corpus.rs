//! The abbreviation corpus: the specification of the abbreviation rules (reference date 2023-05-24 18:20).

use crate::facts::FactType;
use crate::facts::testing::{Corpus, check};

pub(crate) fn corpus() -> Corpus {
    Corpus {
        kind: FactType::Abbreviation,
        examples: vec![],
        negatives: vec![],
    }
}

#[test]
fn abbreviation_corpus() {
    check(corpus());
}
