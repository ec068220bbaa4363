//! The ratio corpus: the specification of the ratio rules (reference date 2023-05-24 18:20).

use crate::facts::FactType;
use crate::facts::testing::{Corpus, check};

pub(crate) fn corpus() -> Corpus {
    Corpus {
        kind: FactType::Ratio,
        examples: vec![],
        negatives: vec![],
    }
}

#[test]
fn ratio_corpus() {
    check(corpus());
}
