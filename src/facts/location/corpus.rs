//! The location corpus: the specification of the location rules (reference date 2023-05-24 18:20).

use crate::facts::FactType;
use crate::facts::testing::{Corpus, check};

pub(crate) fn corpus() -> Corpus {
    Corpus {
        kind: FactType::Location,
        examples: vec![],
        negatives: vec![],
    }
}

#[test]
fn location_corpus() {
    check(corpus());
}
