//! Fetching pages over HTTP(S) with reqwest: a time budget per URL, retries with backoff, a
//! redirect cap, a body cap, a clear user agent, and (optionally) no private addresses.
//!
//! Everything one URL may cost is bounded: `total_timeout` covers connecting, redirects, every
//! retry and its wait, and the body; the body is read chunk by chunk and dropped as soon as it
//! passes the size cap (a 2 GB body is never read whole); `Content-Encoding` (gzip, brotli) is
//! undone by reqwest and counted after decoding, so a compressed bomb meets the same cap.
//! Retry and error wording live in `fault.rs`, the address checks in `ssrf.rs`.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use reqwest::header::{self, HeaderMap, HeaderValue};
use tokio::runtime::Runtime;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tokio::time::Instant;
use url::Url;

use super::fault::{Failure, Redirect, Retry, seconds};
use super::{Format, Origin, RawPage, compress::human_bytes, ssrf};
use crate::error::{Error, Result, Stage};
use crate::options::{FetchOptions, Limits};

/// `received` before any response has arrived in the current attempt.
const NO_RESPONSE: u64 = u64::MAX;

/// Fetches one URL with a fetcher of its own; use a [`Fetcher`] to fetch many.
///
/// # Errors
/// A source error naming the URL for network failures, timeouts, too many redirects, an
/// oversize body, a refused address or a non-success HTTP status.
///
/// # Example
/// ```no_run
/// let page = tinbai::source::fetch("https://baolamdong.vn/", &Default::default(), &Default::default())?;
/// assert_eq!(page.http_status, Some(200));
/// # Ok::<(), tinbai::Error>(())
/// ```
pub fn fetch(url: &str, opts: &FetchOptions, limits: &Limits) -> Result<RawPage> {
    Fetcher::new(opts, limits).fetch(url)
}

/// A reusable HTTP client with tinbai's limits: keeps connections alive between URLs and caps
/// the connections open at once to each host.
///
/// Use [`Fetcher::fetch`] from ordinary code (it runs its own single-threaded Tokio runtime) or
/// [`Fetcher::get`] from async code, but not both on one fetcher: pooled connections belong
/// to the runtime that opened them.
///
/// # Example
/// ```no_run
/// use tinbai::source::Fetcher;
/// let mut opts = tinbai::FetchOptions::default();
/// opts.allow_private = false;
/// let fetcher = Fetcher::new(&opts, &tinbai::Limits::default());
/// let err = fetcher.fetch("http://127.0.0.1/").unwrap_err();
/// assert!(err.cause().starts_with("refused"));
/// ```
#[derive(Debug)]
pub struct Fetcher {
    client: std::result::Result<reqwest::Client, String>,
    opts: FetchOptions,
    limits: Limits,
    hosts: Mutex<HashMap<String, Arc<Semaphore>>>,
    runtime: OnceLock<std::result::Result<Runtime, String>>,
}

/// A successful response, read whole.
struct Fetched {
    body: Vec<u8>,
    final_url: String,
    status: u16,
    content_type: Option<String>,
}

impl Fetcher {
    /// A fetcher with these options and limits. Setting up the client cannot fail here: if it
    /// does, every fetch reports why.
    pub fn new(opts: &FetchOptions, limits: &Limits) -> Fetcher {
        Fetcher {
            client: client(opts),
            opts: opts.clone(),
            limits: limits.clone(),
            hosts: Mutex::new(HashMap::new()),
            runtime: OnceLock::new(),
        }
    }

    /// Fetches one URL, blocking the calling thread. Several threads may fetch at once.
    ///
    /// # Errors
    /// As [`fetch`]; also if called from inside an async runtime (use [`Fetcher::get`]).
    pub fn fetch(&self, url: &str) -> Result<RawPage> {
        let fail = |cause: &str| Error::new(url, Stage::Source, cause);
        if tokio::runtime::Handle::try_current().is_ok() {
            return Err(fail(
                "Fetcher::fetch blocks: inside an async runtime use Fetcher::get",
            ));
        }
        let runtime = self.runtime.get_or_init(|| {
            tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .map_err(|e| format!("could not start the network runtime: {e}"))
        });
        match runtime {
            Ok(runtime) => runtime.block_on(self.get(url)),
            Err(e) => Err(fail(e)),
        }
    }

    /// Fetches one URL from async code (a Tokio runtime with time and I/O enabled).
    ///
    /// # Errors
    /// As [`fetch`].
    pub async fn get(&self, url: &str) -> Result<RawPage> {
        let fail = |cause: String| Error::new(url, Stage::Source, cause);
        let parsed = Url::parse(url).map_err(|e| fail(format!("not a valid URL: {e}")))?;
        ssrf::check_url(&parsed, self.opts.allow_private).map_err(|r| fail(r.to_string()))?;
        let client = self.client.as_ref().map_err(|e| fail(e.clone()))?;
        let _permit = self.permit(&parsed).await;
        let fetched = self.with_retries(client, &parsed).await.map_err(fail)?;
        let raw_bytes = fetched.body.len() as u64;
        let origin = Origin::Url(url.to_string());
        let mut page = super::from_bytes(fetched.body, origin, Format::Html, &self.limits)?;
        page.raw_bytes = raw_bytes;
        page.final_url = Some(fetched.final_url);
        page.http_status = Some(fetched.status);
        page.content_type = fetched.content_type;
        Ok(page)
    }

    /// Waits for a free connection slot for the URL's host.
    async fn permit(&self, url: &Url) -> Option<OwnedSemaphorePermit> {
        let key = format!(
            "{}:{}",
            url.host_str().unwrap_or_default(),
            url.port_or_known_default().unwrap_or_default()
        );
        let slots = self.opts.max_connections_per_host.max(1);
        let semaphore = {
            let mut hosts = self.hosts.lock().unwrap_or_else(PoisonError::into_inner);
            Arc::clone(
                hosts
                    .entry(key)
                    .or_insert_with(|| Arc::new(Semaphore::new(slots))),
            )
        };
        semaphore.acquire_owned().await.ok()
    }

    /// Tries the request until it succeeds, fails for good, runs out of retries or out of time.
    async fn with_retries(
        &self,
        client: &reqwest::Client,
        url: &Url,
    ) -> std::result::Result<Fetched, String> {
        let deadline = Instant::now() + self.opts.total_timeout;
        let received = AtomicU64::new(NO_RESPONSE);
        let mut attempts = 0;
        loop {
            attempts += 1;
            let attempt = self.attempt(client, url, &received);
            let failure = match tokio::time::timeout_at(deadline, attempt).await {
                Ok(Ok(fetched)) => return Ok(fetched),
                Ok(Err(failure)) => failure,
                Err(_) => return Err(self.out_of_time(received.load(Ordering::Relaxed), attempts)),
            };
            let wait = match failure.retry {
                Retry::No => return Err(failure.cause),
                _ if attempts > self.opts.retries => return Err(gave_up(failure.cause, attempts)),
                Retry::Backoff => self.opts.retry_backoff * 2u32.saturating_pow(attempts - 1),
                Retry::After(wait) => wait,
            };
            if Instant::now() + wait >= deadline {
                let why = format!(
                    "{}, as waiting {} more would pass the {} time limit",
                    gave_up(failure.cause, attempts),
                    seconds(wait),
                    seconds(self.opts.total_timeout)
                );
                return Err(why);
            }
            tokio::time::sleep(wait).await;
        }
    }

    /// One request and its body.
    async fn attempt(
        &self,
        client: &reqwest::Client,
        url: &Url,
        received: &AtomicU64,
    ) -> std::result::Result<Fetched, Failure> {
        received.store(NO_RESPONSE, Ordering::Relaxed);
        let transport = |e: reqwest::Error| Failure::transport(&e, self.opts.read_timeout);
        let mut response = client.get(url.clone()).send().await.map_err(transport)?;
        let status = response.status();
        if !status.is_success() {
            return Err(Failure::status(status, response.headers()));
        }
        let cap = self.limits.max_input_bytes;
        let announced = response.content_length().unwrap_or(0);
        if announced > cap {
            return Err(Failure::fatal(format!(
                "the body is {}, over the {} input limit",
                human_bytes(announced),
                human_bytes(cap)
            )));
        }
        let final_url = response.url().to_string();
        let content_type = header_text(response.headers(), header::CONTENT_TYPE);
        let mut body = Vec::with_capacity(usize::try_from(announced).unwrap_or(0));
        received.store(0, Ordering::Relaxed);
        while let Some(chunk) = response.chunk().await.map_err(transport)? {
            if (body.len() + chunk.len()) as u64 > cap {
                return Err(Failure::fatal(format!(
                    "the body is larger than the {} input limit",
                    human_bytes(cap)
                )));
            }
            body.extend_from_slice(&chunk);
            received.store(body.len() as u64, Ordering::Relaxed);
        }
        Ok(Fetched {
            body,
            final_url,
            status: status.as_u16(),
            content_type,
        })
    }

    fn out_of_time(&self, received: u64, attempts: u32) -> String {
        let limit = seconds(self.opts.total_timeout);
        let tries = if attempts > 1 {
            format!("; {attempts} attempts")
        } else {
            String::new()
        };
        if received == NO_RESPONSE {
            format!("timed out: no response within the {limit} time limit{tries}")
        } else {
            format!(
                "timed out: the body was still arriving after the {limit} time limit ({} received{tries})",
                human_bytes(received)
            )
        }
    }
}

/// A last failure's cause, with how many attempts were made when there were several.
fn gave_up(cause: String, attempts: u32) -> String {
    if attempts > 1 {
        format!("{cause}; gave up after {attempts} attempts")
    } else {
        format!("{cause}; not retried")
    }
}

fn header_text(headers: &HeaderMap, name: header::HeaderName) -> Option<String> {
    headers
        .get(name)
        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
}

/// The reqwest client: timeouts, redirect policy, user agent, and with `allow_private` off, a
/// resolver that refuses private addresses and no proxy (a proxy would resolve names itself).
fn client(opts: &FetchOptions) -> std::result::Result<reqwest::Client, String> {
    let mut headers = HeaderMap::new();
    headers.insert(
        header::ACCEPT,
        HeaderValue::from_static(
            "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.5",
        ),
    );
    headers.insert(
        header::ACCEPT_LANGUAGE,
        HeaderValue::from_static("vi,en;q=0.5"),
    );
    let mut builder = reqwest::Client::builder()
        .connect_timeout(opts.connect_timeout)
        .read_timeout(opts.read_timeout)
        .redirect(redirect_policy(opts.max_redirects, opts.allow_private))
        .user_agent(opts.user_agent.clone())
        .default_headers(headers)
        .pool_max_idle_per_host(opts.max_connections_per_host);
    if !opts.allow_private {
        builder = builder.no_proxy().dns_resolver(Arc::new(ssrf::PublicOnly));
    }
    builder
        .build()
        .map_err(|e| format!("the HTTP client could not be set up: {e}"))
}

/// Follows at most `max` redirects, stops at the first loop, and checks each target's scheme
/// and (literal) address; targets with host names are checked when they are resolved.
fn redirect_policy(max: usize, allow_private: bool) -> reqwest::redirect::Policy {
    reqwest::redirect::Policy::custom(move |attempt| {
        match may_follow(attempt.previous(), attempt.url(), max, allow_private) {
            Ok(()) => attempt.follow(),
            Err(stop) => attempt.error(stop),
        }
    })
}

/// Whether a redirect to `next` may be followed after visiting `previous` (the first URL included).
fn may_follow(
    previous: &[Url],
    next: &Url,
    max: usize,
    allow_private: bool,
) -> std::result::Result<(), Box<dyn std::error::Error + Send + Sync>> {
    if previous.contains(next) {
        let from = previous.last().map(Url::as_str).unwrap_or_default();
        return Err(Box::new(Redirect(format!(
            "redirect loop: {from} leads back to {next}"
        ))));
    }
    if previous.len() > max {
        return Err(Box::new(Redirect(format!(
            "too many redirects (more than {max})"
        ))));
    }
    ssrf::check_url(next, allow_private).map_err(|refused| Box::new(refused) as _)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_async_fetch_can_run_on_a_multithreaded_server() {
        fn assert_send<T: Send>(_: &T) {}
        let fetcher = Fetcher::new(&FetchOptions::default(), &Limits::default());
        assert_send(&fetcher.get("http://example.vn/"));
    }

    #[test]
    fn redirects_to_private_addresses_loops_and_too_many() {
        let urls: Vec<Url> = [
            "https://example.vn/a",
            "https://example.vn/b",
            "http://10.0.0.1/",
        ]
        .iter()
        .filter_map(|u| Url::parse(u).ok())
        .collect();
        let verdict = |prev: &[Url], next: &Url, max, allow| {
            may_follow(prev, next, max, allow).map_err(|e| e.to_string())
        };
        assert_eq!(verdict(&urls[..1], &urls[1], 10, false), Ok(()));
        let refused = verdict(&urls[..2], &urls[2], 10, false).unwrap_err();
        assert!(
            refused.starts_with("refused: 10.0.0.1 is a private"),
            "{refused}"
        );
        assert_eq!(verdict(&urls[..2], &urls[2], 10, true), Ok(()));
        let looped = verdict(&urls[..2], &urls[0], 10, true).unwrap_err();
        assert!(looped.starts_with("redirect loop"), "{looped}");
        let many = verdict(&urls[..2], &urls[2], 1, true).unwrap_err();
        assert_eq!(many, "too many redirects (more than 1)");
    }

    #[test]
    fn refusals_come_before_any_connection() {
        let opts = FetchOptions {
            allow_private: false,
            ..FetchOptions::default()
        };
        let fetcher = Fetcher::new(&opts, &Limits::default());
        let err = fetcher
            .fetch("http://169.254.169.254/latest/meta-data/")
            .err();
        let message = err.map(|e| e.to_string()).unwrap_or_default();
        assert!(
            message.starts_with("http://169.254.169.254/latest/meta-data/: source: refused"),
            "{message}"
        );
        let bad = fetcher
            .fetch("not a url")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(bad.contains("not a valid URL"), "{bad}");
    }
}
