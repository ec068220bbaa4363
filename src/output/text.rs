//! The terminal report (`--format text`): the page's title, source, publication time and
//! authors, then its facts grouped by type, each with its value and the sentence it was read
//! from.
//!
//! Colour is the caller's decision ([`super::Format::Text`]): the command line asks for it only
//! when stdout is a terminal and `NO_COLOR` is unset. Without colour the fact is marked in its
//! sentence with brackets, as the corpus files write it: `thu hút [hơn 35.000 lượt người] tham dự`.

use std::io::{self, Write};

use anstyle::{AnsiColor, Style};

use super::Record;
use super::report::{self, Sentences};
use crate::facts::FactType;

/// Writes one record as a text report.
///
/// # Errors
/// The writer's I/O error.
///
/// # Example
/// ```
/// use tinbai::output::{self, Format, Record, SourceInfo};
/// let rec = Record::failure(SourceInfo::default(), &tinbai::Error::new("x.html", tinbai::Stage::Decode, "empty"));
/// let mut out = Vec::new();
/// output::write(&mut out, &rec, Format::Text { color: false }).unwrap();
/// assert!(String::from_utf8(out).unwrap().contains("error: x.html: decode: empty"));
/// ```
pub(crate) fn write(out: &mut impl Write, record: &Record, color: bool) -> io::Result<()> {
    let paint = Paint { color };
    let heading = report::heading(record);
    writeln!(out, "{}", paint.style(&heading.title, bold()))?;
    for (label, value) in &heading.fields {
        writeln!(
            out,
            "  {}  {value}",
            paint.style(&format!("{label:<9}"), dim())
        )?;
    }
    if let Some(error) = record.error() {
        let label = paint.style("error:", bold().fg_color(Some(AnsiColor::Red.into())));
        return writeln!(out, "\n{label} {}", error.message);
    }
    let facts = record.facts();
    writeln!(out, "\n{}", report::tally(facts))?;
    let text = record.article().map_or("", |a| a.text.as_str());
    let sentences = Sentences::new(text);
    for (kind, items) in report::by_type(facts) {
        let title = format!("{} ({})", kind.as_str().to_uppercase(), items.len());
        writeln!(
            out,
            "\n{}",
            paint.style(&title, bold().fg_color(Some(colour(kind).into())))
        )?;
        for (_, fact) in items {
            let evidence = sentences.evidence(fact.start, fact.end);
            let mention = paint.mention(&evidence.mention, kind);
            writeln!(out, "  {}", paint.style(&fact.text, bold()))?;
            writeln!(out, "    = {}", report::value_summary(fact))?;
            writeln!(out, "    {}{mention}{}", evidence.before, evidence.after)?;
        }
    }
    write_warnings(out, record, paint)
}

fn write_warnings(out: &mut impl Write, record: &Record, paint: Paint) -> io::Result<()> {
    let warnings = match &record.outcome {
        super::Outcome::Ok { warnings, .. } => warnings.as_slice(),
        super::Outcome::Err { .. } => &[],
    };
    if warnings.is_empty() {
        return Ok(());
    }
    let label = paint.style("warnings", bold().fg_color(Some(AnsiColor::Yellow.into())));
    writeln!(out, "\n{label}")?;
    for warning in warnings {
        writeln!(out, "  - {warning}")?;
    }
    Ok(())
}

/// Styles text when colour is on, and marks a fact in its sentence either way.
#[derive(Debug, Clone, Copy)]
struct Paint {
    color: bool,
}

impl Paint {
    fn style(self, text: &str, style: Style) -> String {
        if self.color {
            format!("{}{text}{}", style.render(), style.render_reset())
        } else {
            text.to_string()
        }
    }

    fn mention(self, text: &str, kind: FactType) -> String {
        if self.color {
            let style = bold().underline().fg_color(Some(colour(kind).into()));
            self.style(text, style)
        } else {
            format!("[{text}]")
        }
    }
}

fn bold() -> Style {
    Style::new().bold()
}

fn dim() -> Style {
    Style::new().dimmed()
}

/// One terminal colour per fact type (the HTML report's palette follows the same families).
fn colour(kind: FactType) -> AnsiColor {
    match kind {
        FactType::Date => AnsiColor::Blue,
        FactType::Period => AnsiColor::Cyan,
        FactType::Document => AnsiColor::Magenta,
        FactType::Organization => AnsiColor::Green,
        FactType::Person => AnsiColor::Yellow,
        FactType::Location => AnsiColor::BrightGreen,
        FactType::Count => AnsiColor::Red,
        FactType::Duration => AnsiColor::BrightCyan,
        FactType::Percent => AnsiColor::BrightMagenta,
        FactType::Ratio => AnsiColor::BrightBlue,
        FactType::Money => AnsiColor::BrightYellow,
        FactType::Abbreviation => AnsiColor::BrightRed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::{Format, Origin, RawPage};

    fn record(html: &str) -> Record {
        let page = RawPage::new(Origin::Stdin, Format::Html, html.as_bytes().to_vec());
        let opts = crate::Options {
            reference_date: "2023-05-24".parse().ok(),
            ..Default::default()
        };
        crate::process(page, &opts)
    }

    fn render(record: &Record, color: bool) -> String {
        let mut out = Vec::new();
        write(&mut out, record, color).unwrap();
        String::from_utf8(out).unwrap()
    }

    const PAGE: &str = "<html><head><title>Lạc Dương</title></head><body><article><p>Theo \
        Chương trình số 09-CTr-BCA-MTTW, mọi việc tốt. Câu sau.</p></article></body></html>";

    #[test]
    fn facts_are_grouped_by_type_with_their_sentence() {
        let rec = record(PAGE);
        assert!(!rec.facts().is_empty(), "the document finder is on main");
        let text = render(&rec, false);
        assert!(text.starts_with("Lạc Dương\n  source     -\n"), "{text}");
        assert!(text.contains("\nDOCUMENT (1)\n  09-CTr-BCA-MTTW\n    = number: 09-CTr-BCA-MTTW"));
        assert!(
            text.contains("    Theo Chương trình số [09-CTr-BCA-MTTW], mọi việc tốt.\n"),
            "{text}"
        );
        assert!(!text.contains('\u{1b}'), "no escape codes without colour");
    }

    #[test]
    fn colour_marks_the_fact_instead_of_brackets() {
        let text = render(&record(PAGE), true);
        assert!(text.contains('\u{1b}'));
        assert!(!text.contains("[09-CTr-BCA-MTTW]"));
        let magenta = Style::new()
            .bold()
            .underline()
            .fg_color(Some(AnsiColor::Magenta.into()));
        assert!(text.contains(&format!("{}09-CTr-BCA-MTTW", magenta.render())));
    }

    #[test]
    fn an_error_record_says_what_failed() {
        let rec = Record::failure(
            super::super::SourceInfo {
                url: Some("https://example.vn/a".into()),
                ..Default::default()
            },
            &crate::Error::new("https://example.vn/a", crate::Stage::Source, "HTTP 404"),
        );
        let text = render(&rec, false);
        assert_eq!(
            text,
            "https://example.vn/a\n  source     https://example.vn/a\n\nerror: \
             https://example.vn/a: source: HTTP 404\n"
        );
    }
}
