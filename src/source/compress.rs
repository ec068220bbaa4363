//! Capped gzip decompression: a `.gz` input may not expand past the size or ratio limits.

use std::io::Read;

use flate2::read::MultiGzDecoder;

use crate::options::Limits;

/// Whether bytes start with the gzip magic number.
pub fn is_gzip(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0x1f, 0x8b])
}

/// Decompresses gzip data (all members), refusing to expand past the limits.
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
        .max(1 << 20);
    let cap = limits.max_decompressed_bytes.min(by_ratio);
    let mut out = Vec::new();
    MultiGzDecoder::new(bytes)
        .take(cap + 1)
        .read_to_end(&mut out)
        .map_err(|e| format!("gzip data is broken: {e}"))?;
    if out.len() as u64 > cap {
        return Err(format!("gzip data expands past the {cap} byte limit"));
    }
    Ok(out)
}
