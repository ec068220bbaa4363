//! The percent corpus: the specification of the percent rules (reference date 2023-05-24 18:20).

use crate::facts::FactType;
use crate::facts::testing::{Corpus, check};

pub(crate) fn corpus() -> Corpus {
    Corpus {
        kind: FactType::Percent,
        examples: vec![],
        negatives: vec![],
    }
}

#[test]
fn percent_corpus() {
    check(corpus());
}
