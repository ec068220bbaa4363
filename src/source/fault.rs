//! What went wrong with one fetch attempt, in words a user can act on, and whether trying again
//! may help (5xx, 429, timeouts and broken connections may; 404, TLS and refusals may not).

use std::error::Error as StdError;
use std::fmt;
use std::time::Duration;

use reqwest::StatusCode;
use reqwest::header::{HeaderMap, RETRY_AFTER};

use super::ssrf::Refused;

/// One failed attempt.
#[derive(Debug)]
pub(crate) struct Failure {
    /// What went wrong, without the URL (the error names it).
    pub(crate) cause: String,
    /// Whether to try again.
    pub(crate) retry: Retry,
}

/// Whether a failed attempt is worth repeating.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Retry {
    /// No: the same request will fail the same way.
    No,
    /// Yes, after the usual backoff.
    Backoff,
    /// Yes, after the wait the server asked for (`Retry-After`).
    After(Duration),
}

impl Failure {
    pub(crate) fn fatal(cause: impl Into<String>) -> Failure {
        Failure {
            cause: cause.into(),
            retry: Retry::No,
        }
    }

    pub(crate) fn transient(cause: impl Into<String>) -> Failure {
        Failure {
            cause: cause.into(),
            retry: Retry::Backoff,
        }
    }

    /// A response whose status is not a success.
    pub(crate) fn status(status: StatusCode, headers: &HeaderMap) -> Failure {
        let cause = format!("HTTP status {status}");
        let retry = match status.as_u16() {
            429 | 503 => retry_after(headers).map_or(Retry::Backoff, Retry::After),
            408 | 500 | 502 | 504 | 520..=530 => Retry::Backoff,
            _ => Retry::No,
        };
        Failure { cause, retry }
    }

    /// A transport error from reqwest, described by its innermost cause.
    pub(crate) fn transport(e: &reqwest::Error, read_timeout: Duration) -> Failure {
        if let Some(stop) = find::<Refused>(e).map(|r| r.to_string()) {
            return Failure::fatal(stop);
        }
        if let Some(stop) = find::<Redirect>(e).map(|r| r.to_string()) {
            return Failure::fatal(stop);
        }
        let inner = innermost(e);
        let lower = inner.to_ascii_lowercase();
        if lower.contains("certificate") || lower.contains("tls") || lower.contains("handshake") {
            return Failure::fatal(format!("TLS failed: {inner}"));
        }
        if chain(e).any(|c| c.to_string().starts_with("dns error")) {
            return Failure::fatal(format!("could not resolve the host name: {inner}"));
        }
        if e.is_timeout() {
            return Failure::transient(if e.is_connect() {
                "could not connect: timed out".to_string()
            } else {
                format!("the server sent nothing for {}", seconds(read_timeout))
            });
        }
        if e.is_connect() {
            return Failure::transient(format!("could not connect: {inner}"));
        }
        if e.is_body() || e.is_decode() {
            return Failure::transient(format!("the body could not be read: {inner}"));
        }
        if e.is_request() {
            return Failure::transient(format!("the request failed: {inner}"));
        }
        Failure::fatal(inner)
    }
}

/// A redirect that is not followed: a loop, or too many.
#[derive(Debug)]
pub(crate) struct Redirect(pub(crate) String);

impl fmt::Display for Redirect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl StdError for Redirect {}

fn chain<'a>(
    e: &'a (dyn StdError + 'static),
) -> impl Iterator<Item = &'a (dyn StdError + 'static)> {
    std::iter::successors(Some(e), |c: &&'a (dyn StdError + 'static)| (*c).source())
}

fn find<'a, T: StdError + 'static>(e: &'a (dyn StdError + 'static)) -> Option<&'a T> {
    chain(e).find_map(|c| c.downcast_ref::<T>())
}

/// The deepest message in an error's chain: `Connection refused (os error 111)` rather than
/// `error sending request for url (…)`, which repeats the URL the error already names.
fn innermost(e: &(dyn StdError + 'static)) -> String {
    chain(e).last().map(|c| c.to_string()).unwrap_or_default()
}

/// How long a `Retry-After` header asks to wait: delay-seconds or an HTTP date.
fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let when = jiff::fmt::rfc2822::DateTimeParser::new()
        .parse_timestamp(value)
        .ok()?;
    let wait = jiff::Timestamp::now().duration_until(when);
    Some(Duration::try_from(wait).unwrap_or(Duration::ZERO))
}

/// A duration for messages: `2 s`, `0.5 s`.
pub(crate) fn seconds(d: Duration) -> String {
    let secs = d.as_secs_f64();
    if secs.fract() == 0.0 {
        format!("{secs:.0} s")
    } else {
        format!("{secs:.1} s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    fn headers(retry_after: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        if let Ok(v) = HeaderValue::from_str(retry_after) {
            h.insert(RETRY_AFTER, v);
        }
        h
    }

    #[test]
    fn statuses_that_are_worth_retrying() {
        let none = HeaderMap::new();
        let retry = |code: u16| {
            StatusCode::from_u16(code)
                .map(|s| Failure::status(s, &none).retry)
                .ok()
        };
        assert_eq!(retry(500), Some(Retry::Backoff));
        assert_eq!(retry(503), Some(Retry::Backoff));
        assert_eq!(retry(429), Some(Retry::Backoff));
        assert_eq!(retry(404), Some(Retry::No));
        assert_eq!(retry(501), Some(Retry::No));
        let status = Failure::status(StatusCode::TOO_MANY_REQUESTS, &headers("7"));
        assert_eq!(status.retry, Retry::After(Duration::from_secs(7)));
        assert_eq!(status.cause, "HTTP status 429 Too Many Requests");
    }

    #[test]
    fn retry_after_as_a_date() {
        let past = headers("Wed, 21 Oct 2015 07:28:00 GMT");
        assert_eq!(retry_after(&past), Some(Duration::ZERO));
        let later = jiff::Timestamp::now() + jiff::SignedDuration::from_secs(120);
        let text = jiff::fmt::rfc2822::DateTimePrinter::new()
            .timestamp_to_rfc9110_string(&later)
            .unwrap_or_default();
        let wait = retry_after(&headers(&text)).unwrap_or_default();
        assert!((100..=120).contains(&wait.as_secs()), "{text} → {wait:?}");
        assert_eq!(retry_after(&headers("soon")), None);
    }

    #[test]
    fn seconds_read_naturally() {
        assert_eq!(seconds(Duration::from_secs(2)), "2 s");
        assert_eq!(seconds(Duration::from_millis(500)), "0.5 s");
    }
}
