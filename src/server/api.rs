//! The JSON API: `/api/extract`, `/api/parse`, `/api/schema`, `/health`.
//!
//! Bodies are read as bytes and parsed here rather than by axum's `Json` extractor, so that every
//! failure is a JSON error with tinbai's wording, and so that `curl -d '{…}'` works without a
//! `Content-Type: application/json` header.

use std::sync::Arc;

use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::extract::rejection::BytesRejection;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use jiff::civil::DateTime;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::AppState;
use super::error::ApiError;
use crate::facts::{self, Fact, FactType};
use crate::normalize::{self, Normalized};
use crate::output::Record;
use crate::source::{self, Format, Origin};

/// `POST /api/extract`: a page by URL, or its HTML.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ExtractRequest {
    url: Option<String>,
    html: Option<String>,
    base_url: Option<String>,
    reference_date: Option<String>,
}

/// `POST /api/parse`: facts from plain text.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ParseRequest {
    text: String,
    reference_date: Option<String>,
    types: Option<Vec<String>>,
}

/// The answer of `/api/parse`: the facts' offsets count characters of `text`, the input as
/// normalized (NFC, spaces folded), which may differ from the input sent.
#[derive(Debug, Serialize)]
pub(crate) struct ParseResponse {
    text: String,
    reference: String,
    facts: Vec<Fact>,
}

/// A page to process: fetched by URL, or given as bytes.
#[derive(Debug)]
pub(crate) enum Input {
    Url(String),
    Page {
        bytes: Vec<u8>,
        base_url: Option<url::Url>,
        /// What the record's `source.record` says: `request`, an uploaded file's name.
        label: String,
    },
}

pub(crate) async fn extract(
    State(state): State<Arc<AppState>>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<Record>, ApiError> {
    let req: ExtractRequest = json_body(body, state.config.max_body)?;
    let reference = req
        .reference_date
        .as_deref()
        .map(reference_time)
        .transpose()?;
    let input = match (req.url, req.html) {
        (Some(url), None) if req.base_url.is_none() => Input::Url(url),
        (None, Some(html)) => Input::Page {
            bytes: html.into_bytes(),
            base_url: req.base_url.as_deref().map(parse_url).transpose()?,
            label: "request".to_string(),
        },
        (Some(_), None) => return Err(ApiError::bad_request("base_url goes with html, not url")),
        _ => {
            return Err(ApiError::bad_request(
                "give exactly one of \"url\" and \"html\"",
            ));
        }
    };
    let record = record_for(&state, input, reference.map(|r| r.date())).await?;
    Ok(Json(record))
}

/// Fetches or reads the input and runs the pipeline on a worker thread. A page that could not
/// be fetched or processed is an error (403, 422, 502), not an error record.
pub(crate) async fn record_for(
    state: &AppState,
    input: Input,
    reference_date: Option<jiff::civil::Date>,
) -> Result<Record, ApiError> {
    let mut opts = state.config.options.clone();
    opts.reference_date = reference_date.or(opts.reference_date);
    let page = match input {
        Input::Url(url) => {
            parse_url(&url)?;
            state
                .fetcher
                .get(&url)
                .await
                .map_err(|e| ApiError::from_failure(&e))?
        }
        Input::Page {
            bytes,
            base_url,
            label,
        } => {
            opts.base_url = base_url.or(opts.base_url);
            source::from_bytes(bytes, Origin::Record(label), Format::Html, &opts.limits)
                .map_err(|e| ApiError::from_failure(&e))?
        }
    };
    let record = blocking(state, move || crate::process(page, &opts)).await?;
    match ApiError::from_record(&record) {
        Some(error) => Err(error),
        None => Ok(record),
    }
}

pub(crate) async fn parse(
    State(state): State<Arc<AppState>>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<ParseResponse>, ApiError> {
    let req: ParseRequest = json_body(body, state.config.max_body)?;
    let reference = match req.reference_date.as_deref() {
        Some(text) => reference_time(text)?,
        None => {
            let now = crate::now_in_vietnam();
            now.round(jiff::Unit::Second).unwrap_or(now)
        }
    };
    let types = match &req.types {
        Some(names) => fact_types(names)?,
        None => FactType::ALL.to_vec(),
    };
    let limit = state.config.options.limits.max_fact_text_chars;
    let text = normalize::clean(&req.text);
    if text.chars().count() > limit {
        let message = format!("the text is longer than the {limit} characters facts are read from");
        return Err(ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, message));
    }
    let facts = blocking(&state, move || {
        let normalized = Normalized::new(&text);
        let facts = facts::extract_types(&normalized, &facts::Context::at(reference), &types);
        (text, facts)
    });
    let (text, facts) = facts.await?;
    Ok(Json(ParseResponse {
        text,
        reference: format!("{reference}+07:00"),
        facts,
    }))
}

pub(crate) async fn schema() -> Response {
    let json = [(header::CONTENT_TYPE, "application/schema+json")];
    (json, crate::output::schema()).into_response()
}

pub(crate) async fn health() -> Json<serde_json::Value> {
    Json(serde_json::json!({"status": "ok", "version": env!("CARGO_PKG_VERSION")}))
}

/// Runs CPU-bound work on the blocking pool, at most `workers` at once.
async fn blocking<T: Send + 'static>(
    state: &AppState,
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, ApiError> {
    let internal = |what: &str| ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, what.to_string());
    let _permit = state
        .workers
        .acquire()
        .await
        .map_err(|_| internal("the server is shutting down"))?;
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|_| internal("the extraction failed unexpectedly"))
}

/// Reads a JSON body: 413 over the cap, 400 for bad JSON or wrong fields.
fn json_body<T: DeserializeOwned>(
    body: Result<Bytes, BytesRejection>,
    max_body: usize,
) -> Result<T, ApiError> {
    let bytes = body.map_err(|rejection| body_error(&rejection, max_body))?;
    serde_json::from_slice(&bytes).map_err(|e| {
        ApiError::bad_request(format!("the body is not the JSON this endpoint takes: {e}"))
    })
}

/// A body that could not be read: too large (413) or broken.
pub(crate) fn body_error(rejection: &BytesRejection, max_body: usize) -> ApiError {
    if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
        let cap = source::human_bytes(max_body as u64);
        ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("the request body is larger than the {cap} limit (tinbai serve --max-body)"),
        )
    } else {
        ApiError::new(rejection.status(), rejection.body_text())
    }
}

/// An http(s) URL; anything else is a bad request.
fn parse_url(text: &str) -> Result<url::Url, ApiError> {
    let url = url::Url::parse(text)
        .map_err(|e| ApiError::bad_request(format!("{text:?} is not a valid URL: {e}")))?;
    if matches!(url.scheme(), "http" | "https") {
        Ok(url)
    } else {
        Err(ApiError::bad_request(format!(
            "only http and https URLs, not {text:?}"
        )))
    }
}

/// `2023-05-24` (midnight) or `2023-05-24T18:20[:00]`, local time in Vietnam.
pub(crate) fn reference_time(text: &str) -> Result<DateTime, ApiError> {
    let text = text.trim();
    text.parse::<DateTime>()
        .or_else(|_| {
            text.parse::<jiff::civil::Date>()
                .map(|d| d.to_datetime(jiff::civil::Time::midnight()))
        })
        .map_err(|_| {
            ApiError::bad_request(format!(
                "reference_date {text:?} is not YYYY-MM-DD or YYYY-MM-DDTHH:MM"
            ))
        })
}

fn fact_types(names: &[String]) -> Result<Vec<FactType>, ApiError> {
    names
        .iter()
        .map(|n| {
            n.parse::<FactType>().map_err(|e| {
                let all: Vec<&str> = FactType::ALL.iter().map(|t| t.as_str()).collect();
                ApiError::bad_request(format!("{e}: the types are {}", all.join(", ")))
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_times_and_types_are_checked() {
        assert_eq!(
            reference_time("2023-05-24").unwrap().to_string(),
            "2023-05-24T00:00:00"
        );
        assert_eq!(
            reference_time("2023-05-24T18:20").unwrap().to_string(),
            "2023-05-24T18:20:00"
        );
        assert_eq!(
            reference_time("24/05/2023").unwrap_err().status,
            StatusCode::BAD_REQUEST
        );
        let types = fact_types(&["date".into(), "count".into()]).unwrap();
        assert_eq!(types, [FactType::Date, FactType::Count]);
        let err = fact_types(&["dates".into()]).unwrap_err();
        assert!(
            err.message
                .contains("unknown fact type `dates`: the types are date, period")
        );
    }

    #[test]
    fn only_http_urls_are_taken() {
        assert!(parse_url("https://baolamdong.vn/a.html").is_ok());
        assert!(
            parse_url("file:///etc/passwd")
                .unwrap_err()
                .message
                .contains("only http")
        );
        assert!(parse_url("not a url").is_err());
    }

    #[test]
    fn failures_map_to_status_codes() {
        let refused = crate::Error::new(
            "http://10.0.0.1/",
            crate::Stage::Source,
            "refused: 10.0.0.1 is a private address",
        );
        assert_eq!(
            ApiError::from_failure(&refused).status,
            StatusCode::FORBIDDEN
        );
        let upstream = crate::Error::new(
            "https://x.vn/",
            crate::Stage::Source,
            "HTTP status 404 Not Found",
        );
        assert_eq!(
            ApiError::from_failure(&upstream).status,
            StatusCode::BAD_GATEWAY
        );
        let decode = crate::Error::new("request", crate::Stage::Decode, "not text");
        let err = ApiError::from_failure(&decode);
        assert_eq!(
            (err.status, err.stage),
            (StatusCode::UNPROCESSABLE_ENTITY, Some("decode"))
        );
    }
}
