//! Plain-text input: line 1 is the title, the next line the lead, then the body. A date line
//! near the end (`27/05/13 08:35 GMT+7`, the layout of crawled news texts) or a byline with a
//! date near the top (`TUẤN HƯƠNG 18:20, 24/05/2023`) gives the publication time. Every line
//! stays in the text: facts are read from all of it, the date line included.

use super::date::parse_line;
use super::{Block, BlockKind, DateSource, Extracted, Kind, byline, visible};

/// How many lines from either end are searched for the date line.
const DATE_LINE_REACH: usize = 5;

/// Reads a plain-text article.
///
/// # Example
/// ```
/// let text = "Tiêu đề\nĐoạn mở đầu.\nThân bài.\n27/05/13 08:35 GMT+7\nXã hội";
/// let page = tinbai::article::from_text(text);
/// assert_eq!(page.title.as_deref(), Some("Tiêu đề"));
/// assert_eq!(page.blocks.len(), 5);
/// assert_eq!(page.published.unwrap().to_rfc3339(), "2013-05-27T08:35:00+07:00");
/// ```
pub fn from_text(text: &str) -> Extracted {
    let mut page = Extracted::empty(Kind::Article);
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let date_at = date_line(&lines);
    for (n, line) in lines.iter().enumerate() {
        let kind = if n == 0 {
            page.title = Some((*line).to_string());
            BlockKind::Heading
        } else if Some(n) == date_at
            || n > 2
            || page.blocks.iter().any(|b| b.kind == BlockKind::Lead)
        {
            BlockKind::Body
        } else {
            BlockKind::Lead
        };
        page.blocks.push(Block {
            kind,
            text: (*line).to_string(),
        });
    }
    if let Some(n) = date_at {
        if let Some(d) = parse_line(lines[n]) {
            page.published = Some(d.time);
            page.published_source = Some(DateSource::BylineText);
        }
        if n < DATE_LINE_REACH {
            let names = byline::parse(&visible::strip_dates(lines[n])).unwrap_or_default();
            page.authors = names;
        }
    }
    page
}

/// The line that is a date line (a date with a time, few other words), searched from the end
/// first, then near the top.
fn date_line(lines: &[&str]) -> Option<usize> {
    let n = lines.len();
    let tail = (n.saturating_sub(DATE_LINE_REACH)..n).rev();
    let head = 1..DATE_LINE_REACH.min(n);
    tail.chain(head).find(|&i| {
        let line = lines[i];
        let letters = line.chars().filter(|c| c.is_alphabetic()).count();
        i > 0
            && letters <= 30
            && !line.ends_with(['.', '!', '?', ';'])
            && parse_line(line).is_some_and(|d| d.has_time)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_byline_at_the_top_gives_date_and_author() {
        let page = from_text("Tiêu đề\n\nTUẤN HƯƠNG 18:20, 24/05/2023\n\nMở đầu.\n\nThân bài.");
        assert_eq!(
            page.published.unwrap().to_rfc3339(),
            "2023-05-24T18:20:00+07:00"
        );
        assert_eq!(page.authors, ["Tuấn Hương"]);
        assert_eq!(page.blocks[2].kind, BlockKind::Lead);
        assert_eq!(page.blocks.len(), 4, "every line stays in the text");
    }

    #[test]
    fn a_date_in_the_body_is_not_the_date_line() {
        let page = from_text(
            "Tiêu đề\nMở đầu.\nNgày 24/5/2023 lúc 9:00 có họp.\nCâu cuối.\nHai.\nBa.\nBốn.\nNăm.",
        );
        assert!(page.published.is_none());
    }
}
