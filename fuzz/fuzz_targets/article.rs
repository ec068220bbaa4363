//! Any page: the whole pipeline gives a record (possibly an error record), never a panic, and
//! every fact's offsets slice out its text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tinbai::source::{Format, Origin, RawPage};

fuzz_target!(|data: &[u8]| {
    let page = RawPage::new(Origin::Stdin, Format::Html, data.to_vec());
    let record = tinbai::process(page, &tinbai::Options::default());
    if let Some(article) = record.article() {
        for fact in record.facts() {
            let slice: String = article.text.chars().skip(fact.start).take(fact.end - fact.start).collect();
            assert_eq!(slice, fact.text);
        }
    }
});
