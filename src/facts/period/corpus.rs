//! The period corpus: the specification of the period rules (reference date 2023-05-24 18:20).

use crate::facts::FactType;
use crate::facts::testing::{Corpus, check};

pub(crate) fn corpus() -> Corpus {
    Corpus {
        kind: FactType::Period,
        examples: vec![],
        negatives: vec![],
    }
}

#[test]
fn period_corpus() {
    check(corpus());
}
