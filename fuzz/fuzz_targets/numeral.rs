//! Fuzz target `numeral`: any UTF-8 text; the checks are in `fuzz/checks.rs`.
#![no_main]

include!("../checks.rs");

libfuzzer_sys::fuzz_target!(|text: &str| numeral(text));
