//! Fetching a list of URLs politely: few connections and a delay per host, retries with backoff
//! on 5xx answers and timeouts, and robots.txt honoured (parsed by `texting_robots`).
//!
//! One [`PoliteFetcher`] is shared by all batch workers: its per-host gate is what keeps
//! several workers from hammering one site, and its one HTTP client reuses connections.

use std::collections::HashMap;
use std::io::Read;
use std::sync::{Arc, Condvar, Mutex, OnceLock};
use std::time::{Duration, Instant};

use crate::error::{Error, Stage};
use crate::options::{FetchOptions, Limits};

use super::{Format, Origin, RawPage};

/// Longest delay a robots.txt `Crawl-delay` may impose.
const MAX_CRAWL_DELAY: Duration = Duration::from_secs(60);

/// How gently hosts are treated.
///
/// # Example
/// ```
/// let p = tinbai::source::Politeness::default();
/// assert_eq!(p.per_host, 2);
/// assert!(!p.ignore_robots);
/// ```
#[derive(Debug, Clone)]
pub struct Politeness {
    /// Most requests in flight to one host.
    pub per_host: usize,
    /// Least time between the starts of two requests to one host.
    pub delay: Duration,
    /// Retries after a 5xx answer, a 429, a timeout or a failed connection.
    pub retries: u32,
    /// Wait before the first retry; doubled for each further one.
    pub backoff: Duration,
    /// Fetch pages that robots.txt disallows.
    pub ignore_robots: bool,
}

impl Default for Politeness {
    fn default() -> Politeness {
        Politeness {
            per_host: 2,
            delay: Duration::from_millis(1000),
            retries: 3,
            backoff: Duration::from_millis(1000),
            ignore_robots: false,
        }
    }
}

/// What a host's robots.txt allows.
enum Robots {
    All,
    Rules(Box<texting_robots::Robot>),
    Nothing(String),
}

#[derive(Default)]
struct Host {
    active: usize,
    next_at: Option<Instant>,
    crawl_delay: Option<Duration>,
    robots: Arc<OnceLock<Robots>>,
}

/// Why one attempt failed: worth retrying or not.
enum Failure {
    Retry(String),
    Final(String),
}

/// Fetches URLs with per-host limits, retries and robots.txt.
pub struct PoliteFetcher {
    client: reqwest::blocking::Client,
    politeness: Politeness,
    limits: Limits,
    agent: String,
    hosts: Mutex<HashMap<String, Host>>,
    released: Condvar,
}

/// A request slot on one host, given back on drop.
struct Slot<'a> {
    fetcher: &'a PoliteFetcher,
    host: String,
}

impl Drop for Slot<'_> {
    fn drop(&mut self) {
        if let Ok(mut hosts) = self.fetcher.hosts.lock()
            && let Some(h) = hosts.get_mut(&self.host)
        {
            h.active = h.active.saturating_sub(1);
        }
        self.fetcher.released.notify_all();
    }
}

impl PoliteFetcher {
    /// A fetcher with one shared HTTP client.
    ///
    /// # Errors
    /// A source error if the HTTP client cannot be built.
    ///
    /// # Example
    /// ```
    /// use tinbai::source::{PoliteFetcher, Politeness};
    /// let fetcher = PoliteFetcher::new(&Default::default(), &Default::default(), Politeness::default());
    /// assert!(fetcher.is_ok());
    /// ```
    pub fn new(
        opts: &FetchOptions,
        limits: &Limits,
        politeness: Politeness,
    ) -> Result<PoliteFetcher, Error> {
        let client = reqwest::blocking::Client::builder()
            .connect_timeout(opts.connect_timeout)
            .timeout(opts.total_timeout)
            .redirect(reqwest::redirect::Policy::limited(opts.max_redirects))
            .user_agent(opts.user_agent.clone())
            .build()
            .map_err(|e| Error::new("http client", Stage::Source, e))?;
        Ok(PoliteFetcher {
            client,
            politeness,
            limits: limits.clone(),
            agent: "tinbai".to_string(),
            hosts: Mutex::new(HashMap::new()),
            released: Condvar::new(),
        })
    }

    /// Fetches one URL, waiting for its host's turn and retrying transient failures.
    ///
    /// # Errors
    /// A source error naming the URL: invalid URL, disallowed by robots.txt, HTTP error status,
    /// or a network failure that outlived the retries.
    pub fn fetch(&self, url: &str) -> Result<RawPage, Error> {
        let err = |cause: String| Error::new(url, Stage::Source, cause);
        let parsed = url::Url::parse(url).map_err(|e| err(format!("not a URL: {e}")))?;
        let host = parsed[..url::Position::BeforePath].to_string();
        if !matches!(parsed.scheme(), "http" | "https") {
            return Err(err("only http and https URLs can be fetched".to_string()));
        }
        if !self.politeness.ignore_robots {
            self.check_robots(&host, url).map_err(err)?;
        }
        let mut attempt = 0;
        loop {
            let result = {
                let _slot = self.acquire(&host);
                self.get(url)
            };
            match result {
                Ok(page) => return Ok(page),
                Err(Failure::Retry(_)) if attempt < self.politeness.retries => {
                    std::thread::sleep(self.politeness.backoff * 2u32.pow(attempt.min(10)));
                    attempt += 1;
                }
                Err(Failure::Retry(cause)) => {
                    return Err(err(format!("{cause} (after {attempt} retries)")));
                }
                Err(Failure::Final(cause)) => return Err(err(cause)),
            }
        }
    }

    /// Waits until `host` has a free slot and its delay has passed.
    fn acquire(&self, host: &str) -> Slot<'_> {
        let mut hosts = self.hosts.lock().unwrap_or_else(|p| p.into_inner());
        loop {
            let now = Instant::now();
            let h = hosts.entry(host.to_string()).or_default();
            let wait = h
                .next_at
                .map_or(Duration::ZERO, |t| t.saturating_duration_since(now));
            if h.active < self.politeness.per_host && wait.is_zero() {
                h.active += 1;
                let delay = h.crawl_delay.unwrap_or_default().max(self.politeness.delay);
                h.next_at = Some(now + delay);
                return Slot {
                    fetcher: self,
                    host: host.to_string(),
                };
            }
            let timeout = if wait.is_zero() {
                Duration::from_secs(1)
            } else {
                wait
            };
            hosts = match self.released.wait_timeout(hosts, timeout) {
                Ok((guard, _)) => guard,
                Err(p) => p.into_inner().0,
            };
        }
    }

    fn check_robots(&self, host: &str, url: &str) -> Result<(), String> {
        let cell = {
            let mut hosts = self.hosts.lock().unwrap_or_else(|p| p.into_inner());
            Arc::clone(&hosts.entry(host.to_string()).or_default().robots)
        };
        match cell.get_or_init(|| self.load_robots(host)) {
            Robots::All => Ok(()),
            Robots::Rules(robot) if robot.allowed(url) => Ok(()),
            Robots::Rules(_) => Err("robots.txt disallows this URL".to_string()),
            Robots::Nothing(why) => Err(format!("robots.txt could not be read ({why})")),
        }
    }

    /// Fetches and parses `host/robots.txt` (RFC 9309: 4xx means no rules; 5xx or no answer
    /// means stay away).
    fn load_robots(&self, host: &str) -> Robots {
        let url = format!("{host}/robots.txt");
        let response = {
            let _slot = self.acquire(host);
            self.client.get(&url).send()
        };
        let response = match response {
            Ok(r) => r,
            Err(e) => return Robots::Nothing(describe(&e)),
        };
        let status = response.status();
        if status.is_client_error() {
            return Robots::All;
        }
        if !status.is_success() {
            return Robots::Nothing(format!("HTTP status {status}"));
        }
        let mut body = Vec::new();
        if response.take(512 * 1024).read_to_end(&mut body).is_err() {
            return Robots::Nothing("the body could not be read".to_string());
        }
        match texting_robots::Robot::new(&self.agent, &body) {
            Ok(robot) => {
                self.set_crawl_delay(host, robot.delay);
                Robots::Rules(Box::new(robot))
            }
            Err(_) => Robots::All,
        }
    }

    fn set_crawl_delay(&self, host: &str, delay: Option<f32>) {
        let delay = delay
            .filter(|d| d.is_finite() && *d > 0.0)
            .map(|d| Duration::from_secs_f32(d).min(MAX_CRAWL_DELAY));
        if let Ok(mut hosts) = self.hosts.lock() {
            hosts.entry(host.to_string()).or_default().crawl_delay = delay;
        }
    }

    /// One attempt.
    fn get(&self, url: &str) -> Result<RawPage, Failure> {
        let response = self.client.get(url).send().map_err(|e| {
            if e.is_timeout() || e.is_connect() {
                Failure::Retry(describe(&e))
            } else {
                Failure::Final(describe(&e))
            }
        })?;
        let status = response.status();
        if status.is_server_error() || status.as_u16() == 429 {
            return Err(Failure::Retry(format!("HTTP status {status}")));
        }
        if !status.is_success() {
            return Err(Failure::Final(format!("HTTP status {status}")));
        }
        let final_url = response.url().to_string();
        let content_type = response
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let body = self.body(response)?;
        let mut page = RawPage::new(Origin::Url(url.to_string()), Format::Html, body);
        page.final_url = Some(final_url);
        page.http_status = Some(status.as_u16());
        page.content_type = content_type;
        Ok(page)
    }

    fn body(&self, response: reqwest::blocking::Response) -> Result<Vec<u8>, Failure> {
        let cap = self.limits.max_input_bytes;
        let mut bytes = Vec::new();
        response
            .take(cap + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| Failure::Retry(format!("reading the body failed: {e}")))?;
        if bytes.len() as u64 > cap {
            return Err(Failure::Final(format!(
                "body is larger than the {cap} byte limit"
            )));
        }
        Ok(bytes)
    }
}

fn describe(e: &reqwest::Error) -> String {
    if e.is_timeout() {
        format!("timed out: {e}")
    } else if e.is_connect() {
        format!("could not connect: {e}")
    } else if e.is_redirect() {
        format!("too many redirects: {e}")
    } else {
        e.to_string()
    }
}
