//! Any bytes, any Content-Type: decoding gives text or an error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (header, body) = match data.iter().position(|&b| b == b'\n') {
        Some(at) if at < 64 => (std::str::from_utf8(&data[..at]).ok(), &data[at + 1..]),
        _ => (None, data),
    };
    let _ = tinbai::decode::decode(body, header);
});
