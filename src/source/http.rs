//! Fetching a page over HTTP(S) with reqwest: timeouts, redirect cap, body cap, clear user agent.

use std::io::Read;

use crate::error::{Error, Result, Stage};
use crate::options::{FetchOptions, Limits};

use super::{Format, Origin, RawPage};

/// Fetches one URL.
///
/// # Errors
/// A source error naming the URL for network failures, timeouts, too many redirects, an
/// oversize body or a non-success HTTP status.
pub fn fetch(url: &str, opts: &FetchOptions, limits: &Limits) -> Result<RawPage> {
    let err = |cause: String| Error::new(url, Stage::Source, cause);
    let client = reqwest::blocking::Client::builder()
        .connect_timeout(opts.connect_timeout)
        .timeout(opts.total_timeout)
        .redirect(reqwest::redirect::Policy::limited(opts.max_redirects))
        .user_agent(opts.user_agent.clone())
        .build()
        .map_err(|e| err(e.to_string()))?;
    let response = client.get(url).send().map_err(|e| err(describe(&e)))?;
    let status = response.status();
    let final_url = response.url().to_string();
    let content_type = response
        .headers()
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    if !status.is_success() {
        return Err(err(format!("HTTP status {status}")));
    }
    let mut bytes = Vec::new();
    response
        .take(limits.max_input_bytes + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| err(format!("reading the body failed: {e}")))?;
    if bytes.len() as u64 > limits.max_input_bytes {
        return Err(err(format!(
            "body is larger than the {} byte limit",
            limits.max_input_bytes
        )));
    }
    let mut page = RawPage::new(Origin::Url(url.to_string()), Format::Html, bytes);
    page.final_url = Some(final_url);
    page.http_status = Some(status.as_u16());
    page.content_type = content_type;
    Ok(page)
}

fn describe(e: &reqwest::Error) -> String {
    if e.is_timeout() {
        format!("timed out: {e}")
    } else if e.is_redirect() {
        format!("too many redirects: {e}")
    } else if e.is_connect() {
        format!("could not connect: {e}")
    } else {
        e.to_string()
    }
}
