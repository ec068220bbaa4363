//! The HTML report (`--format html`, and the page `tinbai serve` shows): one self-contained file
//! with the article text, every fact highlighted in it (a colour per type, its value on hover),
//! and a side table of the facts by type whose rows jump to their mention.
//!
//! Nothing is loaded from elsewhere: the style sheet (`report.css`) and the small script
//! (`report.js`) are inlined, and every piece of page text is escaped. Each paragraph is a
//! `<span>` of its kind (title, lead, body, caption: captions read apart, in place). Facts may
//! nest (a place inside an organization) or even cross; a span that a crossing one interrupts is
//! closed and reopened, so the markup is always well formed and the text reads exactly as
//! `article.text`.

use std::fmt::Write as _;
use std::io::{self, Write};

use super::report::{self, Heading};
use super::{Outcome, Record};
use crate::article::{BlockKind, Paragraph};
use crate::facts::Fact;

const STYLE: &str = include_str!("report.css");
const SCRIPT: &str = include_str!("report.js");

/// Writes one record as an HTML report.
///
/// # Errors
/// The writer's I/O error.
///
/// # Example
/// ```
/// use tinbai::output::{self, Format, Record, SourceInfo};
/// let rec = Record::failure(SourceInfo::default(), &tinbai::Error::new("x.html", tinbai::Stage::Decode, "empty"));
/// let mut out = Vec::new();
/// output::write(&mut out, &rec, Format::Html).unwrap();
/// let html = String::from_utf8(out).unwrap();
/// assert!(html.starts_with("<!doctype html>") && html.contains("x.html: decode: empty"));
/// ```
pub(crate) fn write(out: &mut impl Write, record: &Record) -> io::Result<()> {
    out.write_all(render(record, None).as_bytes())
}

/// The report as one HTML document; `home` adds a link back to a page (the server's form).
pub(crate) fn render(record: &Record, home: Option<&str>) -> String {
    let heading = report::heading(record);
    let mut html = String::with_capacity(16 * 1024);
    html.push_str("<!doctype html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n");
    html.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let _ = writeln!(html, "<title>{} — tinbai</title>", esc(&heading.title));
    let _ = writeln!(html, "<style>\n{STYLE}</style>\n</head>\n<body>");
    push_header(&mut html, &heading, home);
    match &record.outcome {
        Outcome::Ok {
            article,
            facts,
            warnings,
        } => {
            let _ = writeln!(
                html,
                "<p class=\"jump\"><a href=\"#facts\">{} ↓</a></p>",
                esc(&report::tally(facts))
            );
            html.push_str("<div class=\"layout\">\n<main class=\"article\">\n");
            let _ = writeln!(
                html,
                "<div class=\"text\">{}</div>",
                marked_text(&article.text, &article.paragraphs, facts)
            );
            push_warnings(&mut html, warnings);
            html.push_str("</main>\n");
            push_table(&mut html, facts);
            html.push_str("</div>\n<div id=\"tip\" role=\"status\" hidden></div>\n");
        }
        Outcome::Err { error } => {
            let _ = writeln!(html, "<p class=\"error\">{}</p>", esc(&error.message));
        }
    }
    let _ = write!(html, "<script>\n{SCRIPT}</script>\n</body>\n</html>\n");
    html
}

fn push_header(html: &mut String, heading: &Heading, home: Option<&str>) {
    html.push_str("<header>\n");
    if let Some(home) = home {
        let _ = writeln!(
            html,
            "<nav><a href=\"{}\">← New report</a></nav>",
            esc(home)
        );
    }
    let _ = writeln!(
        html,
        "<h1>{}</h1>\n<dl class=\"meta\">",
        esc(&heading.title)
    );
    for (label, value) in &heading.fields {
        let _ = writeln!(html, "<dt>{label}</dt><dd>{}</dd>", esc(value));
    }
    html.push_str("</dl>\n</header>\n");
}

fn push_warnings(html: &mut String, warnings: &[String]) {
    if warnings.is_empty() {
        return;
    }
    let _ = writeln!(
        html,
        "<details class=\"warnings\"><summary>{} warning(s)</summary><ul>",
        warnings.len()
    );
    for w in warnings {
        let _ = writeln!(html, "<li>{}</li>", esc(w));
    }
    html.push_str("</ul></details>\n");
}

/// The side table: a legend, then one group of rows per type; each row links to its mention.
fn push_table(html: &mut String, facts: &[Fact]) {
    let groups = report::by_type(facts);
    let _ = writeln!(
        html,
        "<aside class=\"facts\" id=\"facts\">\n<h2>{}</h2>",
        esc(&report::tally(facts))
    );
    html.push_str("<p class=\"legend\">");
    for (kind, items) in &groups {
        let _ = write!(
            html,
            "<a class=\"chip t-{kind}\" href=\"#type-{kind}\">{kind} {}</a> ",
            items.len()
        );
    }
    html.push_str("</p>\n<table>\n");
    for (kind, items) in &groups {
        let _ = writeln!(
            html,
            "<tbody id=\"type-{kind}\" class=\"t-{kind}\"><tr><th colspan=\"2\">{kind} ({})</th></tr>",
            items.len()
        );
        for (i, fact) in items {
            let _ = writeln!(
                html,
                "<tr class=\"row\" data-fact=\"{i}\"><td><a href=\"#fact-{i}\">{}</a></td><td>{}</td></tr>",
                esc(&fact.text),
                esc(&report::value_summary(fact))
            );
        }
        html.push_str("</tbody>\n");
    }
    html.push_str("</table>\n</aside>\n");
}

/// A stretch of the text wrapped in an element: a paragraph (its kind styled: the title, the
/// lead, captions) or a fact (the index of its `<mark>`).
#[derive(Debug, Clone, Copy)]
enum Span {
    Paragraph(BlockKind),
    Fact(usize),
}

/// The text with every paragraph in a `<span>` of its kind and every fact in a `<mark>`; nested
/// facts nest, crossing spans are split.
fn marked_text(text: &str, paragraphs: &[Paragraph], facts: &[Fact]) -> String {
    let chars: Vec<char> = text.chars().collect();
    let len = chars.len();
    let paras = paragraphs
        .iter()
        .map(|p| (p.start, p.end, Span::Paragraph(p.kind)));
    let marks = facts
        .iter()
        .enumerate()
        .map(|(i, f)| (f.start, f.end, Span::Fact(i)));
    let mut spans: Vec<(usize, usize, Span)> = paras
        .chain(marks)
        .filter(|&(start, end, _)| start < end && end <= len)
        .collect();
    // Outer spans open first, so that inner ones nest in them; a paragraph holds its facts.
    spans.sort_by_key(|&(start, end, span)| {
        (start, std::cmp::Reverse(end), matches!(span, Span::Fact(_)))
    });
    let mut bounds: Vec<usize> = spans
        .iter()
        .flat_map(|&(start, end, _)| [start, end])
        .chain([0, len])
        .collect();
    bounds.sort_unstable();
    bounds.dedup();
    let mut html = String::with_capacity(text.len() * 2);
    let mut open: Vec<(usize, Span)> = Vec::new();
    let mut next = spans.iter().peekable();
    for (k, &pos) in bounds.iter().enumerate() {
        close_at(&mut html, &mut open, facts, pos);
        while let Some(&&(_, end, span)) = next.peek().filter(|s| s.0 == pos) {
            push_open(&mut html, span, facts, true);
            open.push((end, span));
            next.next();
        }
        let until = bounds.get(k + 1).copied().unwrap_or(len);
        html.push_str(&esc(&chars[pos..until].iter().collect::<String>()));
    }
    html
}

/// Closes the spans that end at `pos`; spans opened inside them that go on are closed with them
/// and reopened as continuations.
fn close_at(html: &mut String, open: &mut Vec<(usize, Span)>, facts: &[Fact], pos: usize) {
    let Some(lowest) = open.iter().position(|&(end, _)| end == pos) else {
        return;
    };
    let above: Vec<(usize, Span)> = open.drain(lowest..).collect();
    for (_, span) in above.iter().rev() {
        html.push_str(match span {
            Span::Paragraph(_) => "</span>",
            Span::Fact(_) => "</mark>",
        });
    }
    for (end, span) in above.into_iter().filter(|&(end, _)| end != pos) {
        push_open(html, span, facts, false);
        open.push((end, span));
    }
}

fn push_open(html: &mut String, span: Span, facts: &[Fact], first: bool) {
    match span {
        Span::Paragraph(kind) => {
            let _ = write!(html, "<span class=\"para p-{}\">", block_kind(kind));
        }
        Span::Fact(i) => push_mark(html, i, &facts[i], first),
    }
}

/// The paragraph kind's name, as the record writes it.
fn block_kind(kind: BlockKind) -> &'static str {
    match kind {
        BlockKind::Lead => "lead",
        BlockKind::Body => "body",
        BlockKind::Heading => "heading",
        BlockKind::Caption => "caption",
    }
}

fn push_mark(html: &mut String, i: usize, fact: &Fact, first: bool) {
    let kind = fact.kind;
    let title = format!("{kind}: {}", report::value_summary(fact));
    let (id, cont) = if first {
        (format!(" id=\"fact-{i}\""), "")
    } else {
        (String::new(), " cont")
    };
    let _ = write!(
        html,
        "<mark class=\"fact t-{kind}{cont}\"{id} data-fact=\"{i}\" data-type=\"{kind}\" title=\"{}\">",
        esc(&title)
    );
}

/// Escapes text for HTML content and attribute values.
pub(crate) fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
#[path = "html_tests.rs"]
mod tests;
