//! Fuzz target `decode`: any bytes; the checks are in `fuzz/checks.rs`.
#![no_main]

include!("../checks.rs");

libfuzzer_sys::fuzz_target!(|data: &[u8]| decode(data));
