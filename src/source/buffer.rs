//! A byte reader for archive formats: lines with a length cap, exact takes, peeking, and
//! handing bytes back, which a WARC reader needs to recover from a record whose length lied.

use std::io::{self, Read};

/// How much is read from the underlying reader at a time.
const CHUNK: usize = 64 * 1024;

/// A buffered reader that can give bytes back.
pub(crate) struct LineReader<R> {
    inner: R,
    buf: Vec<u8>,
    pos: usize,
    eof: bool,
}

impl<R: Read> LineReader<R> {
    pub(crate) fn new(inner: R) -> LineReader<R> {
        LineReader {
            inner,
            buf: Vec::new(),
            pos: 0,
            eof: false,
        }
    }

    fn available(&self) -> usize {
        self.buf.len() - self.pos
    }

    /// Reads one more chunk; 0 at the end of the input.
    fn fill(&mut self) -> io::Result<usize> {
        if self.eof {
            return Ok(0);
        }
        if self.pos > 0 && self.pos >= self.buf.len() / 2 {
            self.buf.drain(..self.pos);
            self.pos = 0;
        }
        let old = self.buf.len();
        self.buf.resize(old + CHUNK, 0);
        let read = loop {
            match self.inner.read(&mut self.buf[old..]) {
                Ok(n) => break n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    self.buf.truncate(old);
                    return Err(e);
                }
            }
        };
        self.buf.truncate(old + read);
        self.eof = read == 0;
        Ok(read)
    }

    /// The next line, newline included; `None` at the end. A line longer than `max` is skipped
    /// and reported as `InvalidData`.
    pub(crate) fn read_line(&mut self, max: usize) -> io::Result<Option<Vec<u8>>> {
        let mut scanned = 0;
        loop {
            let rest = &self.buf[self.pos + scanned..];
            if let Some(i) = rest.iter().position(|&b| b == b'\n') {
                let end = self.pos + scanned + i + 1;
                let line = self.buf[self.pos..end].to_vec();
                self.pos = end;
                return Ok(Some(line));
            }
            scanned = self.available();
            if scanned > max {
                self.skip_line()?;
                return Err(io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!("a line is longer than {max} bytes"),
                ));
            }
            if self.fill()? == 0 {
                if scanned == 0 {
                    return Ok(None);
                }
                let line = self.buf[self.pos..].to_vec();
                self.pos = self.buf.len();
                return Ok(Some(line));
            }
        }
    }

    /// Discards bytes up to and including the next newline.
    fn skip_line(&mut self) -> io::Result<()> {
        loop {
            if let Some(i) = self.buf[self.pos..].iter().position(|&b| b == b'\n') {
                self.pos += i + 1;
                return Ok(());
            }
            self.pos = self.buf.len();
            if self.fill()? == 0 {
                return Ok(());
            }
        }
    }

    /// Up to `n` bytes; fewer only at the end of the input.
    pub(crate) fn take(&mut self, n: usize) -> io::Result<Vec<u8>> {
        self.buf.reserve(n.saturating_sub(self.available()));
        while self.available() < n && self.fill()? > 0 {}
        let end = self.pos + n.min(self.available());
        let out = self.buf[self.pos..end].to_vec();
        self.pos = end;
        Ok(out)
    }

    /// Discards up to `n` bytes; returns how many there were.
    pub(crate) fn skip(&mut self, n: u64) -> io::Result<u64> {
        let mut skipped = 0u64;
        while skipped < n {
            if self.available() == 0 && self.fill()? == 0 {
                break;
            }
            let step = (n - skipped).min(self.available() as u64);
            self.pos += step as usize;
            skipped += step;
        }
        Ok(skipped)
    }

    /// The next `n` bytes without consuming them (fewer at the end of the input).
    pub(crate) fn peek(&mut self, n: usize) -> io::Result<&[u8]> {
        while self.available() < n && self.fill()? > 0 {}
        let end = self.pos + n.min(self.available());
        Ok(&self.buf[self.pos..end])
    }

    /// Puts bytes back in front of what is still to be read.
    pub(crate) fn unread(&mut self, bytes: &[u8]) {
        self.buf.splice(self.pos..self.pos, bytes.iter().copied());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_takes_and_unread() {
        let mut r = LineReader::new(&b"ab\ncdef\nlast"[..]);
        assert_eq!(r.read_line(10).unwrap().unwrap(), b"ab\n");
        assert_eq!(r.take(2).unwrap(), b"cd");
        r.unread(b"XY");
        assert_eq!(r.peek(3).unwrap(), b"XYe");
        assert_eq!(r.read_line(10).unwrap().unwrap(), b"XYef\n");
        assert_eq!(r.read_line(10).unwrap().unwrap(), b"last");
        assert!(r.read_line(10).unwrap().is_none());
    }

    #[test]
    fn an_overlong_line_is_skipped_with_an_error() {
        let text = format!("{}\nnext\n", "x".repeat(200_000));
        let mut r = LineReader::new(text.as_bytes());
        assert!(r.read_line(1000).is_err());
        assert_eq!(r.read_line(1000).unwrap().unwrap(), b"next\n");
    }

    #[test]
    fn take_and_skip_stop_at_the_end() {
        let mut r = LineReader::new(&b"abc"[..]);
        assert_eq!(r.take(10).unwrap(), b"abc");
        let mut r = LineReader::new(&b"abcdef"[..]);
        assert_eq!(r.skip(4).unwrap(), 4);
        assert_eq!(r.skip(10).unwrap(), 2);
    }
}
