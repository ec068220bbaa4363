//! The money corpus: the specification of the money rules (reference date 2023-05-24 18:20).

use crate::facts::FactType;
use crate::facts::testing::{Corpus, check};

pub(crate) fn corpus() -> Corpus {
    Corpus {
        kind: FactType::Money,
        examples: vec![],
        negatives: vec![],
    }
}

#[test]
fn money_corpus() {
    check(corpus());
}
