//! `tinbai serve`: the HTTP API and the report page, on axum.
//!
//! | route | what it does |
//! | --- | --- |
//! | `GET /` | a form: a URL, pasted HTML or an uploaded page |
//! | `POST /report` | the form's target (multipart): the HTML report of the page |
//! | `POST /api/extract` | `{"url"}` or `{"html", "base_url"?, "reference_date"?}` → the record |
//! | `POST /api/parse` | `{"text", "reference_date"?, "types"?}` → `{"text", "reference", "facts"}` |
//! | `GET /api/schema` | the record's JSON Schema |
//! | `GET /health` | `{"status": "ok", "version"}` |
//!
//! Every request has a body cap ([`Config::max_body`], 413) and a time limit covering the body,
//! the fetch and the extraction ([`Config::timeout`], 504). URLs are fetched with
//! `allow_private` off unless the server was started with it (403 for private, loopback and
//! link-local targets). API errors are JSON: `{"error": {"status", "message", "stage"?}}`.
//! Request handling is in `api.rs` and `page.rs`, the error type in `error.rs`.

mod api;
mod error;
mod page;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::StatusCode;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

use crate::options::Options;
use crate::source::Fetcher;
use error::ApiError;

/// How the server runs.
///
/// # Example
/// ```
/// let config = tinbai::server::Config::default();
/// assert!(config.addr.ip().is_loopback());
/// assert!(!config.options.fetch.allow_private);
/// ```
#[derive(Debug, Clone)]
pub struct Config {
    /// Where to listen; loopback unless the user asks otherwise.
    pub addr: SocketAddr,
    /// Largest request body, in bytes.
    pub max_body: usize,
    /// Time allowed for one request: reading its body, fetching and extracting.
    pub timeout: Duration,
    /// Pipeline options; `options.fetch.allow_private` says whether private addresses may be
    /// fetched (off by default: a server must not be a door into its own network).
    pub options: Options,
}

impl Default for Config {
    fn default() -> Config {
        let mut options = Options::default();
        options.fetch.allow_private = false;
        Config {
            addr: SocketAddr::from(([127, 0, 0, 1], 8080)),
            max_body: 10 * 1024 * 1024,
            timeout: Duration::from_secs(30),
            options,
        }
    }
}

/// What every handler shares.
#[derive(Debug)]
struct AppState {
    config: Config,
    fetcher: Fetcher,
    /// Extractions running at once; more wait (within their time limit).
    workers: Semaphore,
}

/// The server's routes, ready to serve or to test.
///
/// # Example
/// ```
/// let app = tinbai::server::router(tinbai::server::Config::default());
/// # let _ = app;
/// ```
pub fn router(mut config: Config) -> Router {
    // The fetch gets most of the request's time, so that a slow site is reported as such (502)
    // rather than as the request's own time limit (504).
    let fetch = &mut config.options.fetch;
    fetch.total_timeout = fetch.total_timeout.min(config.timeout.mul_f64(0.9));
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get() * 2);
    let state = Arc::new(AppState {
        fetcher: Fetcher::new(&config.options.fetch, &config.options.limits),
        workers: Semaphore::new(workers),
        config,
    });
    let max_body = state.config.max_body;
    Router::new()
        .route("/", get(page::form))
        .route("/report", post(page::report))
        .route("/api/extract", post(api::extract))
        .route("/api/parse", post(api::parse))
        .route("/api/schema", get(api::schema))
        .route("/health", get(api::health))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(middleware::from_fn_with_state(
            Arc::clone(&state),
            time_limit,
        ))
        .layer(DefaultBodyLimit::max(max_body))
        .with_state(state)
}

/// Serves until Ctrl-C or SIGTERM, finishing the requests under way.
///
/// # Errors
/// An I/O error of the listener.
pub async fn serve(listener: TcpListener, config: Config) -> std::io::Result<()> {
    axum::serve(listener, router(config))
        .with_graceful_shutdown(shutdown())
        .await
}

async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
}

/// One time limit for the whole request: the body, the fetch and the extraction. An extraction
/// already running finishes in the background; its result is dropped.
async fn time_limit(State(state): State<Arc<AppState>>, req: Request, next: Next) -> Response {
    let limit = state.config.timeout;
    match tokio::time::timeout(limit, next.run(req)).await {
        Ok(response) => response,
        Err(_) => ApiError::new(
            StatusCode::GATEWAY_TIMEOUT,
            format!(
                "the request took longer than the {} s limit",
                limit.as_secs_f64()
            ),
        )
        .into_response(),
    }
}

async fn not_found() -> ApiError {
    ApiError::new(
        StatusCode::NOT_FOUND,
        "no such endpoint: see GET / and /api/schema",
    )
}

async fn method_not_allowed() -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "this endpoint does not take this method",
    )
}
