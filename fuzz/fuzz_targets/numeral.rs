//! Any string: the numeral parser returns a number or nothing, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tinbai::facts::numeral;

fuzz_target!(|text: &str| {
    let _ = numeral::parse(text);
    let _ = numeral::parse_digits(text);
    let _ = numeral::parse_words(text);
});
