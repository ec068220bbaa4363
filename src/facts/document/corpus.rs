//! The document corpus: the specification of the document rules (reference date 2023-05-24 18:20).

use crate::facts::FactType;
use crate::facts::testing::{Corpus, check};

pub(crate) fn corpus() -> Corpus {
    Corpus {
        kind: FactType::Document,
        examples: vec![],
        negatives: vec![],
    }
}

#[test]
fn document_corpus() {
    check(corpus());
}
