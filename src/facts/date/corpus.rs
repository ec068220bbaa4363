//! The date corpus: the specification of the date rules (reference date 2023-05-24 18:20).

use crate::facts::FactType;
use crate::facts::testing::{Corpus, check};

pub(crate) fn corpus() -> Corpus {
    Corpus {
        kind: FactType::Date,
        examples: vec![],
        negatives: vec![],
    }
}

#[test]
fn date_corpus() {
    check(corpus());
}
