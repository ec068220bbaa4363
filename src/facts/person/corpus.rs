//! The person corpus: the specification of the person rules (reference date 2023-05-24 18:20).

use crate::facts::FactType;
use crate::facts::testing::{Corpus, check};

pub(crate) fn corpus() -> Corpus {
    Corpus {
        kind: FactType::Person,
        examples: vec![],
        negatives: vec![],
    }
}

#[test]
fn person_corpus() {
    check(corpus());
}
