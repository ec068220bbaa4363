//! What the pipeline is told: limits, reference date, base URL, network settings.
//!
//! The command line and the HTTP server both build an [`Options`]; the library never reads the
//! environment or the terminal itself.

use std::time::Duration;

/// Size and work limits that keep one hostile input from taking the machine.
///
/// # Example
/// ```
/// let limits = tinbai::Limits::default();
/// assert_eq!(limits.max_input_bytes, 20 * 1024 * 1024);
/// ```
#[derive(Debug, Clone)]
pub struct Limits {
    /// Largest input read from a file, stdin, an archive record or a response body (a response
    /// body is counted after its `Content-Encoding` is undone).
    pub max_input_bytes: u64,
    /// Largest size a compressed (`.gz`) input may expand to.
    pub max_decompressed_bytes: u64,
    /// Largest expansion ratio of a compressed input (decompressed size over compressed size);
    /// any input may expand to 1 MiB whatever its ratio.
    pub max_decompression_ratio: u64,
    /// Deepest element nesting the article stage walks; deeper content is flattened.
    pub max_dom_depth: usize,
    /// Most characters of article text sent to the facts stage.
    pub max_fact_text_chars: usize,
    /// Most facts kept for one article.
    pub max_facts: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_input_bytes: 20 * 1024 * 1024,
            max_decompressed_bytes: 50 * 1024 * 1024,
            max_decompression_ratio: 100,
            max_dom_depth: 512,
            max_fact_text_chars: 1_000_000,
            max_facts: 20_000,
        }
    }
}

/// How URLs are fetched: time budget, retries, redirects, and which addresses may be reached.
///
/// One URL gets `total_timeout` for everything: connecting, redirects, every retry and its wait,
/// and reading the body. A server that trickles one byte a second hits that budget; a server
/// that stalls hits `read_timeout` and the request is tried again while the budget lasts.
///
/// # Example
/// ```
/// let mut fetch = tinbai::FetchOptions::default();
/// assert_eq!((fetch.max_redirects, fetch.retries), (10, 2));
/// fetch.allow_private = false; // a server fetching URLs for others refuses internal addresses
/// ```
#[derive(Debug, Clone)]
pub struct FetchOptions {
    /// Time allowed to open one connection (TCP and TLS).
    pub connect_timeout: Duration,
    /// Time allowed to wait for the next bytes from the server before the attempt is given up.
    pub read_timeout: Duration,
    /// Time allowed for one URL, all attempts, waits, redirects and the body included (but not
    /// the wait for a free connection slot to its host, see `max_connections_per_host`).
    pub total_timeout: Duration,
    /// Most redirects followed.
    pub max_redirects: usize,
    /// How many times a failed request is tried again: after a 5xx status, a 429, a timeout or a
    /// broken connection.
    pub retries: u32,
    /// The wait before the first retry; it doubles on each further retry. A `Retry-After`
    /// header replaces it.
    pub retry_backoff: Duration,
    /// Most connections open at once to one host (`host:port`), when URLs are fetched in parallel.
    pub max_connections_per_host: usize,
    /// The User-Agent header.
    pub user_agent: String,
    /// Whether URLs resolving to private, loopback or link-local addresses may be fetched.
    /// Every address a host name resolves to is checked, as are literal IP hosts and the
    /// targets of redirects. With `false` the system proxy is not used, so that the check
    /// is made on the addresses actually connected to.
    pub allow_private: bool,
}

impl Default for FetchOptions {
    fn default() -> FetchOptions {
        FetchOptions {
            connect_timeout: Duration::from_secs(10),
            read_timeout: Duration::from_secs(20),
            total_timeout: Duration::from_secs(60),
            max_redirects: 10,
            retries: 2,
            retry_backoff: Duration::from_millis(500),
            max_connections_per_host: 2,
            user_agent: format!(
                "tinbai/{} (+https://github.com/tinbai/tinbai; Vietnamese news fact extractor)",
                env!("CARGO_PKG_VERSION")
            ),
            allow_private: true,
        }
    }
}

/// Everything the pipeline needs to know besides the page.
///
/// # Example
/// ```
/// let mut opts = tinbai::Options::default();
/// opts.reference_date = Some("2023-05-24".parse().unwrap());
/// assert!(opts.base_url.is_none());
/// ```
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// What relative dates resolve against when the page has no date of its own.
    pub reference_date: Option<jiff::civil::Date>,
    /// The URL a saved page was served from, for links and site profiles.
    pub base_url: Option<url::Url>,
    /// Size and work limits.
    pub limits: Limits,
    /// Network settings.
    pub fetch: FetchOptions,
}
