//! Capped gzip decompression: a `.gz` input may not expand past the size or ratio limits.
//!
//! A gzip bomb (1 GB of zeros packed into 1 MB) is stopped after reading just past the cap:
//! the decoder is read through `take(cap + 1)`, so memory and time stay bounded by the cap.
//! HTTP `Content-Encoding` is undone by the fetcher and capped there.

use std::io::Read;

use flate2::read::MultiGzDecoder;

use crate::options::Limits;

/// Whatever the ratio, an input may expand to this size: small pages compress well.
const RATIO_FLOOR: u64 = 1 << 20;

/// Whether bytes start with the gzip magic number.
///
/// # Example
/// ```
/// assert!(tinbai::source::is_gzip(b"\x1f\x8b\x08\x00"));
/// assert!(!tinbai::source::is_gzip(b"<html>"));
/// ```
pub fn is_gzip(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0x1f, 0x8b])
}

/// Decompresses gzip data (all members), refusing to expand past the limits.
///
/// The cap is the smaller of [`Limits::max_decompressed_bytes`] and the compressed size times
/// [`Limits::max_decompression_ratio`] (but at least 1 MiB).
///
/// # Errors
/// A message if the data is not valid gzip, is truncated, or expands too far (a gzip bomb).
///
/// # Example
/// ```
/// use std::io::Write;
/// let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
/// enc.write_all(b"<p>chao</p>").unwrap();
/// let gz = enc.finish().unwrap();
/// let out = tinbai::source::gunzip_capped(&gz, &Default::default()).unwrap();
/// assert_eq!(out, b"<p>chao</p>");
/// ```
pub fn gunzip_capped(bytes: &[u8], limits: &Limits) -> Result<Vec<u8>, String> {
    let by_ratio = (bytes.len() as u64)
        .saturating_mul(limits.max_decompression_ratio)
        .max(RATIO_FLOOR);
    let cap = limits.max_decompressed_bytes.min(by_ratio);
    let mut out = Vec::new();
    MultiGzDecoder::new(bytes)
        .take(cap.saturating_add(1))
        .read_to_end(&mut out)
        .map_err(|e| format!("the gzip data is broken: {e}"))?;
    if out.len() as u64 > cap {
        let why = if cap == limits.max_decompressed_bytes {
            "the decompressed size limit".to_string()
        } else {
            format!(
                "{} times its compressed size",
                limits.max_decompression_ratio
            )
        };
        return Err(format!(
            "the gzip data expands past {} ({why}): refusing a possible gzip bomb",
            human_bytes(cap)
        ));
    }
    Ok(out)
}

/// A byte count for messages: `512 bytes`, `20 MiB`, `1.5 GiB`.
///
/// # Example
/// ```
/// assert_eq!(tinbai::source::human_bytes(20 * 1024 * 1024), "20 MiB");
/// assert_eq!(tinbai::source::human_bytes(1536), "1.5 KiB");
/// assert_eq!(tinbai::source::human_bytes(100), "100 bytes");
/// ```
pub fn human_bytes(n: u64) -> String {
    const UNITS: [&str; 4] = ["KiB", "MiB", "GiB", "TiB"];
    if n < 1024 {
        return format!("{n} bytes");
    }
    let mut value = n as f64 / 1024.0;
    let mut unit = 0;
    while value >= 1024.0 && unit + 1 < UNITS.len() {
        value /= 1024.0;
        unit += 1;
    }
    let text = format!("{value:.1}");
    let text = text.strip_suffix(".0").unwrap_or(&text);
    format!("{text} {}", UNITS[unit])
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn gzip(data: &[u8]) -> Vec<u8> {
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        let _ = enc.write_all(data);
        enc.finish().unwrap_or_default()
    }

    #[test]
    fn the_ratio_limit_stops_a_small_bomb() {
        let bomb = gzip(&vec![0u8; 4 << 20]);
        let err = gunzip_capped(&bomb, &Limits::default())
            .err()
            .unwrap_or_default();
        assert!(err.contains("times its compressed size"), "{err}");
    }

    #[test]
    fn the_size_limit_names_itself() {
        let limits = Limits {
            max_decompressed_bytes: 1000,
            ..Limits::default()
        };
        let err = gunzip_capped(&gzip(&[b'a'; 5000]), &limits)
            .err()
            .unwrap_or_default();
        assert!(err.contains("decompressed size limit"), "{err}");
    }

    proptest::proptest! {
        #[test]
        fn any_bytes_after_the_magic_fail_cleanly(tail in proptest::collection::vec(0u8..=255, 0..512)) {
            let bytes = [&[0x1f, 0x8b, 0x08][..], &tail].concat();
            let _ = gunzip_capped(&bytes, &Limits::default());
        }
    }

    #[test]
    fn truncated_and_concatenated_gzip() {
        let one = gzip(b"mot ");
        assert!(gunzip_capped(&one[..one.len() / 2], &Limits::default()).is_err());
        let two = [one.clone(), gzip(b"hai")].concat();
        assert_eq!(
            gunzip_capped(&two, &Limits::default()),
            Ok(b"mot hai".to_vec())
        );
    }
}
