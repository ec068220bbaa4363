//! tinbai turns Vietnamese news articles into structured, checkable facts.
//!
//! ```text
//! source ──▶ decode ──▶ article ──▶ normalize ──▶ facts ──▶ output
//! file, URL,  charset,    metadata,   NFC, spaces,  dates, documents,  JSON, JSONL
//! stdin, gz   NFC         body        tone key      names, numbers…
//! ```
//!
//! Each stage is one module: [`source`] yields [`source::RawPage`]s, [`decode`] turns bytes into
//! text, [`article`] finds the article, [`normalize`] prepares Vietnamese text for display and
//! matching, [`facts`] reads the facts and [`output`] writes the [`output::Record`].
//! [`process`] runs them all on one page and never fails: a page that cannot be processed gives
//! an error record.
//!
//! # Example
//! ```
//! use tinbai::source::{Format, Origin, RawPage};
//! let html = "<html><head><title>Lạc Dương - Báo Lâm Đồng</title></head><body>\
//!             <p>Đến nay toàn huyện có 24/34 khu dân cư tiêu biểu, đạt 68,6%.</p></body></html>";
//! let page = RawPage::new(Origin::Stdin, Format::Html, html.as_bytes().to_vec());
//! let mut opts = tinbai::Options::default();
//! opts.reference_date = Some("2023-05-24".parse().unwrap());
//! let record = tinbai::process(page, &opts);
//! let article = record.article().unwrap();
//! assert_eq!(article.title.as_deref(), Some("Lạc Dương"));
//! for fact in record.facts() {
//!     let slice: String = article.text.chars().skip(fact.start).take(fact.end - fact.start).collect();
//!     assert_eq!(slice, fact.text);
//! }
//! ```

pub mod article;
pub mod batch;
pub mod decode;
mod error;
pub mod facts;
pub mod normalize;
mod options;
pub mod output;
pub mod server;
pub mod source;

pub use error::{Error, Result, Stage};
pub use options::{FetchOptions, Limits, Options};

use sha2::{Digest, Sha256};

use crate::article::vietnam_offset;
use crate::output::{Outcome, Record, SCHEMA_VERSION, SourceInfo};
use crate::source::{Format, Origin, RawPage};

/// Runs the whole pipeline on one page; failures become error records.
pub fn process(page: RawPage, opts: &Options) -> Record {
    let mut source = source_info(&page);
    match run(&page, opts, &mut source) {
        Ok(outcome) => Record {
            schema_version: SCHEMA_VERSION,
            source,
            outcome,
        },
        Err(e) => Record::failure(source, &e),
    }
}

fn source_info(page: &RawPage) -> SourceInfo {
    let mut info = SourceInfo {
        final_url: page.final_url.clone(),
        http_status: page.http_status,
        bytes: Some(page.raw_bytes),
        sha256: Some(hex(&Sha256::digest(&page.bytes))),
        ..SourceInfo::default()
    };
    match &page.origin {
        Origin::Path(p) => info.path = Some(p.display().to_string()),
        Origin::Url(u) => info.url = Some(u.clone()),
        Origin::Stdin => info.path = Some("-".to_string()),
        Origin::Record(r) => {
            info.record = Some(r.clone());
            info.url = page.final_url.clone();
        }
    }
    info
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 0xf)]));
    }
    out
}

fn run(page: &RawPage, opts: &Options, source: &mut SourceInfo) -> Result<Outcome> {
    let label = page.origin.label();
    let decoded = decode::decode(&page.bytes, page.content_type.as_deref())
        .map_err(|cause| Error::new(&label, Stage::Decode, cause))?;
    source.charset = Some(decoded.charset.clone());
    let base_url = opts
        .base_url
        .clone()
        .or_else(|| {
            page.final_url
                .as_deref()
                .and_then(|u| url::Url::parse(u).ok())
        })
        .or_else(|| match &page.origin {
            Origin::Url(u) => url::Url::parse(u).ok(),
            _ => None,
        });
    let extracted = match page.format {
        // decode gives NFC text: no second composition pass over the page.
        Format::Html => article::extract_composed(&decoded.text, base_url.as_ref(), &opts.limits),
        Format::Text => article::from_text(&decoded.text),
    };
    let mut warnings = decoded.warnings.clone();
    warnings.extend(extracted.warnings.iter().cloned());
    let reference = extracted
        .published
        .map(|t| t.in_vietnam())
        .or_else(|| {
            opts.reference_date
                .map(|d| d.to_datetime(jiff::civil::Time::midnight()))
        })
        .unwrap_or_else(now_in_vietnam);
    let home_province = extracted.home_province.clone();
    let article = article::assemble(extracted);
    let mut ctx = facts::Context::at(reference);
    ctx.home_province = home_province;
    ctx.max_facts = opts.limits.max_facts;
    let facts = fact_stage(&article.text, &ctx, &opts.limits, &mut warnings);
    Ok(Outcome::Ok {
        article: Box::new(article),
        facts,
        warnings,
    })
}

fn fact_stage(
    text: &str,
    ctx: &facts::Context,
    limits: &Limits,
    warnings: &mut Vec<String>,
) -> Vec<facts::Fact> {
    let chars = text.chars().count();
    let text = if chars > limits.max_fact_text_chars {
        warnings.push(format!(
            "only the first {} of {chars} characters were searched for facts",
            limits.max_fact_text_chars
        ));
        let end = text
            .char_indices()
            .nth(limits.max_fact_text_chars)
            .map_or(text.len(), |(i, _)| i);
        &text[..end]
    } else {
        text
    };
    let normalized = normalize::Normalized::new(text);
    let facts = facts::extract(&normalized, ctx);
    if facts.len() >= ctx.max_facts {
        warnings.push(format!("only the first {} facts were kept", ctx.max_facts));
    }
    facts
}

/// The current local time in Vietnam.
pub fn now_in_vietnam() -> jiff::civil::DateTime {
    vietnam_offset().to_datetime(jiff::Timestamp::now())
}
