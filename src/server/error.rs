//! The server's errors: a status code and a message, sent as JSON by the API
//! (`{"error": {"status": 413, "message": "…"}}`) and as a short HTML page by the form.

use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use crate::output::Record;

/// A request that failed, with the status code that says why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ApiError {
    pub status: StatusCode,
    pub message: String,
    /// The pipeline stage that failed, when the input itself could not be processed.
    pub stage: Option<&'static str>,
}

#[derive(Serialize)]
struct Body<'a> {
    error: Inner<'a>,
}

#[derive(Serialize)]
struct Inner<'a> {
    status: u16,
    message: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    stage: Option<&'a str>,
}

impl ApiError {
    pub(crate) fn new(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            message: message.into(),
            stage: None,
        }
    }

    /// 400: the request is not what the endpoint takes.
    pub(crate) fn bad_request(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, message)
    }

    /// An error record's failure: a refused address is 403, another failure to fetch is 502
    /// (the upstream server's fault), a page that could not be processed is 422.
    pub(crate) fn from_failure(error: &crate::Error) -> ApiError {
        let status = match error.stage() {
            crate::Stage::Source if error.cause().starts_with("refused") => StatusCode::FORBIDDEN,
            crate::Stage::Source => StatusCode::BAD_GATEWAY,
            _ => StatusCode::UNPROCESSABLE_ENTITY,
        };
        ApiError {
            status,
            message: error.to_string(),
            stage: Some(error.stage().as_str()),
        }
    }

    /// An error record turned into an error response (422: the input could not be processed).
    pub(crate) fn from_record(record: &Record) -> Option<ApiError> {
        let error = record.error()?;
        Some(ApiError {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            message: error.message.clone(),
            stage: Some(stage_name(&error.stage)),
        })
    }

    /// The error as a small HTML page, for the form.
    pub(crate) fn into_html(self) -> Response {
        let esc = crate::output::escape_html;
        let page = format!(
            "<!doctype html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
             <title>{status} — tinbai</title></head><body style=\"font: 17px/1.5 system-ui, \
             sans-serif; margin: 1.25rem\"><p><a href=\"/\">← New report</a></p>\
             <h1>{status}</h1><p class=\"error\">{message}</p></body></html>\n",
            status = esc(&self.status.to_string()),
            message = esc(&self.message),
        );
        let html = [(header::CONTENT_TYPE, "text/html; charset=utf-8")];
        (self.status, html, page).into_response()
    }
}

/// The static name of a stage read back from a record.
fn stage_name(stage: &str) -> &'static str {
    ["source", "decode", "article", "facts", "output"]
        .into_iter()
        .find(|s| *s == stage)
        .unwrap_or("output")
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = Body {
            error: Inner {
                status: self.status.as_u16(),
                message: &self.message,
                stage: self.stage,
            },
        };
        (self.status, axum::Json(body)).into_response()
    }
}
