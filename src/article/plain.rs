//! Plain-text input: the first line is the title, the rest is the body, line by line.

use super::{Block, BlockKind, Extracted, Kind};

/// Reads a plain-text article: first non-empty line the title, every other line a paragraph.
///
/// # Example
/// ```
/// let page = tinbai::article::from_text("Tiêu đề\n\nĐoạn một.\nĐoạn hai.");
/// assert_eq!(page.title.as_deref(), Some("Tiêu đề"));
/// assert_eq!(page.blocks.len(), 3);
/// ```
pub fn from_text(text: &str) -> Extracted {
    let mut page = Extracted::empty(Kind::Article);
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let kind = if page.title.is_none() {
            BlockKind::Heading
        } else {
            BlockKind::Body
        };
        if page.title.is_none() {
            page.title = Some(line.to_string());
        }
        page.blocks.push(Block {
            kind,
            text: line.to_string(),
        });
    }
    page
}
