//! The HTTP response inside a WARC response record: status, Content-Type, and the body with any
//! chunked transfer encoding undone (gzip content encoding is undone later, by magic number).

use crate::options::Limits;

/// Largest HTTP header block read.
const MAX_HEAD: usize = 64 * 1024;

/// The head of an HTTP response.
#[derive(Debug)]
pub(crate) struct Head {
    pub(crate) status: u16,
    pub(crate) content_type: Option<String>,
    chunked: bool,
    body_start: usize,
}

/// Parses the status line and headers at the start of `block`.
pub(crate) fn parse(block: &[u8]) -> Result<Head, String> {
    let window = &block[..block.len().min(MAX_HEAD)];
    let (head_len, body_start) = find_head_end(window)
        .ok_or("the HTTP response has no end of headers in its first 64 KiB")?;
    let head = String::from_utf8_lossy(&window[..head_len]);
    let mut lines = head.lines();
    let status_line = lines.next().unwrap_or("");
    let status = status_line
        .strip_prefix("HTTP/")
        .and_then(|rest| rest.split_whitespace().nth(1))
        .and_then(|code| code.parse::<u16>().ok())
        .ok_or_else(|| format!("not an HTTP status line: {:?}", truncate(status_line)))?;
    let mut content_type = None;
    let mut chunked = false;
    for line in lines {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        let name = name.trim().to_ascii_lowercase();
        match name.as_str() {
            "content-type" => content_type = Some(value.trim().to_string()),
            "transfer-encoding" => chunked = value.to_ascii_lowercase().contains("chunked"),
            _ => {}
        }
    }
    Ok(Head {
        status,
        content_type,
        chunked,
        body_start,
    })
}

impl Head {
    /// The response body: dechunked when the headers say so and the body really is chunked
    /// (Common Crawl keeps the header but stores the body already decoded).
    pub(crate) fn body(&self, block: &[u8], limits: &Limits) -> Result<Vec<u8>, String> {
        let body = &block[self.body_start.min(block.len())..];
        if body.len() as u64 > limits.max_input_bytes {
            return Err(format!(
                "the response body is larger than the {} byte limit",
                limits.max_input_bytes
            ));
        }
        if self.chunked
            && let Some(plain) = dechunk(body)
        {
            return Ok(plain);
        }
        Ok(body.to_vec())
    }
}

/// Length of the head and where the body starts: after `\r\n\r\n` (or a bare `\n\n`).
fn find_head_end(bytes: &[u8]) -> Option<(usize, usize)> {
    let crlf = bytes.windows(4).position(|w| w == b"\r\n\r\n");
    let lf = bytes.windows(2).position(|w| w == b"\n\n");
    match (crlf, lf) {
        (Some(c), Some(l)) if l < c => Some((l, l + 2)),
        (Some(c), _) => Some((c, c + 4)),
        (None, Some(l)) => Some((l, l + 2)),
        (None, None) => None,
    }
}

/// Undoes chunked transfer encoding; `None` if the body is not well-formed chunks.
fn dechunk(mut body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len());
    loop {
        let line_end = body.iter().position(|&b| b == b'\n')?;
        let line = std::str::from_utf8(&body[..line_end]).ok()?;
        let size_text = line.split(';').next()?.trim();
        let size = usize::from_str_radix(size_text, 16).ok()?;
        body = &body[line_end + 1..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(body.get(..size)?);
        body = body.get(size..)?;
        body = body
            .strip_prefix(b"\r\n")
            .or_else(|| body.strip_prefix(b"\n"))?;
    }
}

fn truncate(s: &str) -> String {
    s.chars().take(60).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_type_and_chunked_body() {
        let block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1258\r\n\
                      Transfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n";
        let head = parse(block).unwrap();
        assert_eq!(head.status, 200);
        assert_eq!(
            head.content_type.as_deref(),
            Some("text/html; charset=windows-1258")
        );
        assert_eq!(head.body(block, &Limits::default()).unwrap(), b"abcde");
    }

    #[test]
    fn a_chunked_header_over_a_plain_body_keeps_the_body() {
        let block = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n<p>x</p>";
        let head = parse(block).unwrap();
        assert_eq!(head.body(block, &Limits::default()).unwrap(), b"<p>x</p>");
    }

    #[test]
    fn garbage_is_an_error() {
        assert!(parse(b"GET / HTTP/1.1\r\n\r\n").is_err());
        assert!(parse(b"no head at all").is_err());
    }
}
