//! The HTML report (`--format html`, and the page `tinbai serve` shows): one self-contained file
//! with the article text, every fact highlighted in it (a colour per type, its value on hover),
//! and a side table of the facts by type whose rows jump to their mention.
//!
//! Nothing is loaded from elsewhere: the style sheet (`report.css`) and the small script
//! (`report.js`) are inlined, and every piece of page text is escaped. Facts may nest (a place
//! inside an organization) or even cross; a mark that a crossing fact interrupts is closed and
//! reopened, so the markup is always well formed and the text reads exactly as `article.text`.

use std::fmt::Write as _;
use std::io::{self, Write};

use super::report::{self, Heading};
use super::{Outcome, Record};
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
                marked_text(&article.text, facts)
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

/// The text with every fact wrapped in a `<mark>`; nested facts nest, crossing facts are split.
fn marked_text(text: &str, facts: &[Fact]) -> String {
    let chars: Vec<char> = text.chars().collect();
    let len = chars.len();
    let mut order: Vec<usize> = (0..facts.len())
        .filter(|&i| facts[i].start < facts[i].end && facts[i].end <= len)
        .collect();
    // Outer facts open first, so that the inner ones nest in them.
    order.sort_by_key(|&i| (facts[i].start, std::cmp::Reverse(facts[i].end), i));
    let mut bounds: Vec<usize> = order
        .iter()
        .flat_map(|&i| [facts[i].start, facts[i].end])
        .chain([0, len])
        .collect();
    bounds.sort_unstable();
    bounds.dedup();
    let mut html = String::with_capacity(text.len() * 2);
    let mut open: Vec<usize> = Vec::new();
    let mut next = order.iter().peekable();
    for (k, &pos) in bounds.iter().enumerate() {
        close_at(&mut html, &mut open, facts, pos);
        while let Some(&&i) = next.peek().filter(|&&&i| facts[i].start == pos) {
            push_mark(&mut html, i, &facts[i], true);
            open.push(i);
            next.next();
        }
        let until = bounds.get(k + 1).copied().unwrap_or(len);
        html.push_str(&esc(&chars[pos..until].iter().collect::<String>()));
    }
    html
}

/// Closes the marks of the facts that end at `pos`; marks opened inside them that go on are
/// closed with them and reopened as continuations.
fn close_at(html: &mut String, open: &mut Vec<usize>, facts: &[Fact], pos: usize) {
    let Some(lowest) = open.iter().position(|&i| facts[i].end == pos) else {
        return;
    };
    let above: Vec<usize> = open.drain(lowest..).collect();
    for _ in &above {
        html.push_str("</mark>");
    }
    for i in above.into_iter().filter(|&i| facts[i].end != pos) {
        push_mark(html, i, &facts[i], false);
        open.push(i);
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
