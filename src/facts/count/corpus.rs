//! The count corpus: the specification of the count rules (reference date 2023-05-24 18:20).

use crate::facts::FactType;
use crate::facts::testing::{Corpus, check};

pub(crate) fn corpus() -> Corpus {
    Corpus {
        kind: FactType::Count,
        examples: vec![],
        negatives: vec![],
    }
}

#[test]
fn count_corpus() {
    check(corpus());
}
