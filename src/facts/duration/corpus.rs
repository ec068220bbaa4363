//! The duration corpus: the specification of the duration rules (reference date 2023-05-24 18:20).

use crate::facts::FactType;
use crate::facts::testing::{Corpus, check};

pub(crate) fn corpus() -> Corpus {
    Corpus {
        kind: FactType::Duration,
        examples: vec![],
        negatives: vec![],
    }
}

#[test]
fn duration_corpus() {
    check(corpus());
}
