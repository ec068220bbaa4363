//! The organization corpus: the specification of the organization rules (reference date 2023-05-24 18:20).

use crate::facts::FactType;
use crate::facts::testing::{Corpus, check};

pub(crate) fn corpus() -> Corpus {
    Corpus {
        kind: FactType::Organization,
        examples: vec![],
        negatives: vec![],
    }
}

#[test]
fn organization_corpus() {
    check(corpus());
}
