//! Fetching a list of URLs politely: a delay between requests to one host, robots.txt
//! honoured (parsed by `texting_robots`, with its `Crawl-delay`), on top of [`Fetcher`], which
//! already caps connections per host and retries 5xx answers and timeouts with backoff.
//!
//! One [`PoliteFetcher`] is shared by all batch workers: its per-host schedule is what keeps
//! several workers from hammering one site, and its one client reuses connections.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use crate::error::{Error, Stage};
use crate::options::{FetchOptions, Limits};

use super::{Fetcher, RawPage};

/// Longest delay a robots.txt `Crawl-delay` may impose.
const MAX_CRAWL_DELAY: Duration = Duration::from_secs(60);

/// How gently hosts are treated, besides the connection cap and retries of [`FetchOptions`].
///
/// # Example
/// ```
/// let p = tinbai::source::Politeness::default();
/// assert_eq!(p.delay.as_millis(), 1000);
/// assert!(!p.ignore_robots);
/// ```
#[derive(Debug, Clone)]
pub struct Politeness {
    /// Least time between the starts of two requests to one host.
    pub delay: Duration,
    /// Fetch pages that robots.txt disallows.
    pub ignore_robots: bool,
}

impl Default for Politeness {
    fn default() -> Politeness {
        Politeness {
            delay: Duration::from_millis(1000),
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
    next_at: Option<Instant>,
    crawl_delay: Option<Duration>,
    robots: Arc<OnceLock<Robots>>,
}

/// Fetches URLs with a per-host delay and robots.txt.
pub struct PoliteFetcher {
    inner: Fetcher,
    politeness: Politeness,
    agent: String,
    hosts: Mutex<HashMap<String, Host>>,
}

impl PoliteFetcher {
    /// A fetcher with one shared HTTP client.
    ///
    /// # Example
    /// ```
    /// use tinbai::source::{PoliteFetcher, Politeness};
    /// let fetcher = PoliteFetcher::new(&Default::default(), &Default::default(), Politeness::default());
    /// assert!(fetcher.fetch("ftp://bao.vn/a").is_err());
    /// ```
    pub fn new(opts: &FetchOptions, limits: &Limits, politeness: Politeness) -> PoliteFetcher {
        PoliteFetcher {
            inner: Fetcher::new(opts, limits),
            politeness,
            agent: "tinbai".to_string(),
            hosts: Mutex::new(HashMap::new()),
        }
    }

    /// Fetches one URL once robots.txt allows it and its host's turn has come.
    ///
    /// # Errors
    /// A source error naming the URL: invalid URL, disallowed by robots.txt, or whatever
    /// [`Fetcher::fetch`] reports.
    pub fn fetch(&self, url: &str) -> Result<RawPage, Error> {
        let err = |cause: String| Error::new(url, Stage::Source, cause);
        let parsed = url::Url::parse(url).map_err(|e| err(format!("not a valid URL: {e}")))?;
        if !matches!(parsed.scheme(), "http" | "https") {
            return Err(err("only http and https URLs can be fetched".to_string()));
        }
        let host = parsed[..url::Position::BeforePath].to_string();
        if !self.politeness.ignore_robots {
            self.check_robots(&host, url).map_err(err)?;
        }
        self.wait_turn(&host);
        self.inner.fetch(url)
    }

    /// Books the host's next start time and sleeps until it.
    fn wait_turn(&self, host: &str) {
        let wait = {
            let mut hosts = self.hosts.lock().unwrap_or_else(|p| p.into_inner());
            let h = hosts.entry(host.to_string()).or_default();
            let now = Instant::now();
            let start = h.next_at.map_or(now, |t| t.max(now));
            let delay = h.crawl_delay.unwrap_or_default().max(self.politeness.delay);
            h.next_at = Some(start + delay);
            start - now
        };
        std::thread::sleep(wait);
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
            Robots::Nothing(why) => Err(format!("robots.txt could not be read: {why}")),
        }
    }

    /// Fetches and parses `host/robots.txt`. RFC 9309: a 4xx answer means no rules; a 5xx
    /// answer or none at all means stay away.
    fn load_robots(&self, host: &str) -> Robots {
        self.wait_turn(host);
        let page = match self.inner.fetch(&format!("{host}/robots.txt")) {
            Ok(page) => page,
            // Fetcher words a status failure "HTTP status <code> <reason>".
            Err(e) if e.cause().starts_with("HTTP status 4") => return Robots::All,
            Err(e) => return Robots::Nothing(e.cause().to_string()),
        };
        match texting_robots::Robot::new(&self.agent, &page.bytes) {
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
        let mut hosts = self.hosts.lock().unwrap_or_else(|p| p.into_inner());
        hosts.entry(host.to_string()).or_default().crawl_delay = delay;
    }
}
