//! The article stage: from a page's HTML to its metadata and its own text.
//!
//! Metadata is read from JSON-LD, OpenGraph and other meta tags, `<time>` elements and the
//! page's visible byline and date line, in that order of trust. The body is the page's own
//! paragraphs, headings and captions, without navigation, related links, comments or ads. Site
//! profiles (`src/data/sites.toml`) name the selectors of common Vietnamese CMS layouts; a
//! generic extractor handles every other site. Normalizing the text is left to
//! [`crate::normalize`]; [`assemble`] joins the normalized blocks into the record's `text`.

mod assemble;
mod body;
mod byline;
mod date;
mod dom;
mod extract;
pub(crate) mod html;
pub(crate) use extract::extract_composed;
mod hints;
mod kind;
mod meta;
mod plain;
mod profile;
mod visible;

use schemars::JsonSchema;
use serde::Serialize;

pub use assemble::assemble;
pub use extract::extract;
pub use plain::from_text;

/// Parses a page with the article stage's HTML parser and returns its number of nodes: the
/// parse alone, for the benchmarks.
#[doc(hidden)]
pub fn parse_html_nodes(html: &str) -> usize {
    let src = html::normalize_newlines(html);
    html::parse(&src, crate::Limits::default().max_dom_depth)
        .nodes
        .len()
}

/// What kind of page it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A single news article.
    Article,
    /// A homepage, section page or list of links.
    Index,
    /// Anything else: a forum thread, a video page, an error page.
    Other,
}

/// Which evidence gave the publication date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum DateSource {
    /// `datePublished` in JSON-LD.
    JsonLd,
    /// A meta tag: `article:published_time`, `pubdate`, `dc.date`, …
    Meta,
    /// A `<time datetime>` element.
    TimeTag,
    /// The visible date line (`18:20, 24/05/2023`).
    BylineText,
    /// A date in the URL.
    Url,
}

/// The kind of a block of article text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    /// The lead (sapo).
    Lead,
    /// A body paragraph.
    Body,
    /// A heading: the title, or a subheading inside the body.
    Heading,
    /// An image or video caption.
    Caption,
}

/// A block of article text, before normalization.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    /// What the block is.
    pub kind: BlockKind,
    /// Its raw text.
    pub text: String,
}

/// An image of the article, with its caption.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Image {
    /// The image URL, absolute when a base URL is known.
    pub src: String,
    /// The caption, normalized.
    pub caption: Option<String>,
}

/// A point in time as the page gives it: a local date-time and its UTC offset.
///
/// # Example
/// ```
/// use tinbai::article::PageTime;
/// let t = PageTime::vietnam("2023-05-24T18:20:00".parse().unwrap());
/// assert_eq!(t.to_rfc3339(), "2023-05-24T18:20:00+07:00");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageTime {
    /// The local date and time.
    pub datetime: jiff::civil::DateTime,
    /// Its offset from UTC.
    pub offset: jiff::tz::Offset,
}

impl PageTime {
    /// A local time in Vietnam (+07:00), for pages that give a time without an offset.
    pub fn vietnam(datetime: jiff::civil::DateTime) -> PageTime {
        PageTime {
            datetime,
            offset: vietnam_offset(),
        }
    }

    /// RFC 3339 with the offset: `2023-05-24T18:20:00+07:00`.
    pub fn to_rfc3339(&self) -> String {
        let dt = self.datetime;
        let secs = self.offset.seconds();
        let sign = if secs < 0 { '-' } else { '+' };
        let (h, m) = (secs.abs() / 3600, secs.abs() % 3600 / 60);
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{sign}{h:02}:{m:02}",
            dt.year(),
            dt.month(),
            dt.day(),
            dt.hour(),
            dt.minute(),
            dt.second()
        )
    }

    /// The same instant as a local time in Vietnam, for resolving relative dates.
    pub fn in_vietnam(&self) -> jiff::civil::DateTime {
        let tz = jiff::tz::TimeZone::fixed(self.offset);
        match tz.to_timestamp(self.datetime) {
            Ok(ts) => vietnam_offset().to_datetime(ts),
            Err(_) => self.datetime,
        }
    }
}

/// Vietnam's UTC offset, +07:00 (no daylight saving since 1975).
pub fn vietnam_offset() -> jiff::tz::Offset {
    jiff::tz::Offset::constant(7)
}

/// What the article stage found in a page, before normalization.
#[derive(Debug, Clone, PartialEq)]
pub struct Extracted {
    /// Article, index or other page.
    pub kind: Kind,
    /// The headline, without the site-name suffix.
    pub title: Option<String>,
    /// The site's name: `Báo Lâm Đồng`.
    pub site_name: Option<String>,
    /// The canonical URL.
    pub url: Option<String>,
    /// The page's language code: `vi`.
    pub language: Option<String>,
    /// Authors, in byline order, as names (`Tuấn Hương`) or sources (`TTXVN`).
    pub authors: Vec<String>,
    /// When it was published.
    pub published: Option<PageTime>,
    /// When it was last updated.
    pub updated: Option<PageTime>,
    /// Which evidence gave `published`.
    pub published_source: Option<DateSource>,
    /// The section: `Thời sự`.
    pub section: Option<String>,
    /// The page's tags or keywords.
    pub tags: Vec<String>,
    /// The article's text blocks in reading order; the title first, as a heading.
    pub blocks: Vec<Block>,
    /// Its images with their captions.
    pub images: Vec<Image>,
    /// The province the site is based in, from its profile.
    pub home_province: Option<String>,
    /// Things the stage noticed but could not fix.
    pub warnings: Vec<String>,
}

impl Extracted {
    /// An empty result of the given kind.
    pub fn empty(kind: Kind) -> Extracted {
        Extracted {
            kind,
            title: None,
            site_name: None,
            url: None,
            language: None,
            authors: Vec::new(),
            published: None,
            updated: None,
            published_source: None,
            section: None,
            tags: Vec::new(),
            blocks: Vec::new(),
            images: Vec::new(),
            home_province: None,
            warnings: Vec::new(),
        }
    }
}

/// A paragraph's place in the article text.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Paragraph {
    /// What the paragraph is.
    pub kind: BlockKind,
    /// Offset of its first character in `text`, in characters.
    pub start: usize,
    /// Offset one past its last character, in characters.
    pub end: usize,
}

/// The article as the record gives it: metadata and normalized text.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Article {
    /// Article, index or other page.
    pub kind: Kind,
    /// The headline, without the site-name suffix.
    pub title: Option<String>,
    /// The site's name.
    pub site_name: Option<String>,
    /// The canonical URL.
    pub url: Option<String>,
    /// The page's language code.
    pub language: Option<String>,
    /// Authors, in byline order.
    pub authors: Vec<String>,
    /// Publication time, RFC 3339 with offset (+07:00 when the page gives local time).
    pub published: Option<String>,
    /// Last update time, RFC 3339 with offset.
    pub updated: Option<String>,
    /// Which evidence gave `published`.
    pub published_source: Option<DateSource>,
    /// The section.
    pub section: Option<String>,
    /// Tags or keywords.
    pub tags: Vec<String>,
    /// The lead (sapo), normalized.
    pub lead: Option<String>,
    /// Title, lead, body paragraphs, headings and captions, normalized, separated by blank lines.
    pub text: String,
    /// Where each paragraph lies in `text`.
    pub paragraphs: Vec<Paragraph>,
    /// Images with captions.
    pub images: Vec<Image>,
}
