//! The pages for people: `GET /`, a form (a URL, pasted HTML or an uploaded page), and
//! `POST /report`, its target, which answers with the same HTML report as `--format html`.
//!
//! The form is plain HTML posted as `multipart/form-data`: it works without a script, and an
//! uploaded page is sent as its bytes, so its charset is found by the decode stage as for a file.

use std::sync::Arc;

use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, State};
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};

use super::AppState;
use super::api::{Input, record_for, reference_time};
use super::error::ApiError;

const FORM: &str = include_str!("form.html");

pub(crate) async fn form() -> Html<&'static str> {
    Html(FORM)
}

/// What the form sent: the first non-empty of file, pasted HTML and URL is used.
#[derive(Debug, Default)]
struct Submission {
    url: String,
    html: String,
    file: Vec<u8>,
    file_name: String,
    base_url: String,
    reference_date: String,
}

pub(crate) async fn report(
    State(state): State<Arc<AppState>>,
    form: Result<Multipart, MultipartRejection>,
) -> Response {
    match build(&state, form).await {
        Ok(html) => {
            let content = [(header::CONTENT_TYPE, "text/html; charset=utf-8")];
            (StatusCode::OK, content, html).into_response()
        }
        Err(error) => error.into_html(),
    }
}

async fn build(
    state: &AppState,
    form: Result<Multipart, MultipartRejection>,
) -> Result<String, ApiError> {
    let mut form = form.map_err(|r| ApiError::new(r.status(), r.body_text()))?;
    let sub = read(&mut form, state.config.max_body).await?;
    let reference = match sub.reference_date.trim() {
        "" => None,
        text => Some(reference_time(text)?.date()),
    };
    let base_url = match sub.base_url.trim() {
        "" => None,
        text => Some(
            url::Url::parse(text)
                .map_err(|e| ApiError::bad_request(format!("{text:?} is not a valid URL: {e}")))?,
        ),
    };
    let input = if !sub.file.is_empty() {
        Input::Page {
            bytes: sub.file,
            base_url,
            label: format!("upload: {}", sub.file_name),
        }
    } else if !sub.html.trim().is_empty() {
        Input::Page {
            bytes: sub.html.into_bytes(),
            base_url,
            label: "pasted HTML".to_string(),
        }
    } else if !sub.url.trim().is_empty() {
        Input::Url(sub.url.trim().to_string())
    } else {
        return Err(ApiError::bad_request(
            "give a URL, paste a page's HTML, or choose a saved page",
        ));
    };
    let record = record_for(state, input, reference).await?;
    Ok(crate::output::html_report(&record, Some("/")))
}

/// Reads the form's fields; unknown fields are ignored.
async fn read(form: &mut Multipart, max_body: usize) -> Result<Submission, ApiError> {
    let mut sub = Submission::default();
    let broken = |e: axum::extract::multipart::MultipartError| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            let cap = crate::source::human_bytes(max_body as u64);
            ApiError::new(
                e.status(),
                format!("the form is larger than the {cap} limit"),
            )
        } else {
            ApiError::new(e.status(), e.body_text())
        }
    };
    while let Some(field) = form.next_field().await.map_err(broken)? {
        let name = field.name().unwrap_or_default().to_string();
        match name.as_str() {
            "file" => {
                sub.file_name = field.file_name().unwrap_or("file").to_string();
                sub.file = field.bytes().await.map_err(broken)?.to_vec();
            }
            "url" => sub.url = field.text().await.map_err(broken)?,
            "html" => sub.html = field.text().await.map_err(broken)?,
            "base_url" => sub.base_url = field.text().await.map_err(broken)?,
            "reference_date" => sub.reference_date = field.text().await.map_err(broken)?,
            _ => {}
        }
    }
    Ok(sub)
}
