//! Any UTF-8 text: facts slice out exactly and no two facts of one type overlap.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tinbai::facts::{self, Context};
use tinbai::normalize::{self, Normalized};

fuzz_target!(|text: &str| {
    let clean = normalize::clean(text);
    let n = Normalized::new(&clean);
    let ctx = Context::at(jiff::civil::date(2023, 5, 24).at(18, 20, 0, 0));
    let found = facts::extract(&n, &ctx);
    for (i, f) in found.iter().enumerate() {
        assert_eq!(n.slice(f.start, f.end), f.text);
        for g in &found[i + 1..] {
            assert!(f.kind != g.kind || f.end <= g.start || g.end <= f.start, "{f:?} overlaps {g:?}");
        }
    }
});
