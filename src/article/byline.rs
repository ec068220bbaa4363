//! Authors from bylines: `TUẤN HƯƠNG` → `Tuấn Hương`, `Theo Sầm Hoa (Vietnamnet/Reuters)` →
//! `Sầm Hoa`, `Tin, ảnh: Vũ Phương Thảo`, `Hà Linh - Minh Quân`, `Theo TTXVN` (an agency, kept as
//! written), `Theo Thanh Niên` (a paper the article was taken from: no author).
//!
//! Outlet and agency names are in `src/data/outlets.tsv`. Deciding which line of a page is the
//! byline is left to the extractor; this module reads one line.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

/// What a byline credits.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Credit {
    /// A person, or a wire agency kept as written.
    Author(String),
    /// A newspaper or website the text was taken from, or a photo credit: no author.
    Source,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum OutletKind {
    Agency,
    Newspaper,
    /// A word that is never part of a person's name (`Ngày`, `Team`).
    Word,
}

static OUTLETS: LazyLock<HashMap<String, OutletKind>> = LazyLock::new(|| {
    include_str!("../data/outlets.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let (name, kind) = l.split_once('\t')?;
            let kind = match kind.trim() {
                "agency" => OutletKind::Agency,
                "word" => OutletKind::Word,
                _ => OutletKind::Newspaper,
            };
            Some((name.trim().to_lowercase(), kind))
        })
        .collect()
});

#[allow(clippy::expect_used)] // fixed patterns; a typo fails every test at once
fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).expect("byline patterns compile")
}

static PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^(?:theo|nguồn|by|bài và ảnh|bài và video|bài, ảnh|bài/ảnh|bài - ảnh|tin, ảnh|tin và ảnh|tin/ảnh|tin - ảnh|bài|tin|tác giả|người viết|nhóm phóng viên|nhóm pv|phóng viên|pv|ghi chép|thực hiện|nhóm thực hiện|biên dịch|lược dịch|dịch|tổng hợp)\s*[:.\-–]?\s+",
    )
});

static PHOTO: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"(?i)^(?:ảnh|video|clip|đồ họa|đồ hoạ|photo|nguồn ảnh|thiết kế|infographic)\s*:")
});

static PAREN: LazyLock<Regex> = LazyLock::new(|| compile(r"\s*[(\[][^)\]]*[)\]]"));

static SPLIT: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\s+[-–—&]\s+|\s*[,;]\s*|\s+(?:và|and)\s+"));

static INITIALS: LazyLock<Regex> = LazyLock::new(|| compile(r"^(?:\p{Lu}\.){1,4}\p{Lu}?\.?$"));

/// Reads a line that may be a byline. `None` means it is not one (a sentence, a caption);
/// `Some` lists the authors it credits, possibly none (`Theo Thanh Niên`, `Ảnh: Misso`).
///
/// Lines of several rows (`H.V.\nẢnh: Misso`) are read row by row.
pub(crate) fn parse(line: &str) -> Option<Vec<String>> {
    let mut names = Vec::new();
    let mut any = false;
    for row in line.lines().map(str::trim).filter(|r| !r.is_empty()) {
        for credit in parse_row(row)? {
            if let Credit::Author(name) = credit {
                if !names.contains(&name) {
                    names.push(name);
                }
            }
        }
        any = true;
    }
    any.then_some(names)
}

fn parse_row(row: &str) -> Option<Vec<Credit>> {
    if row.chars().count() > 80 {
        return None;
    }
    if PHOTO.is_match(row) {
        return Some(vec![Credit::Source]);
    }
    let mut rest = row.trim_matches(|c: char| c.is_whitespace() || c == '-' || c == '–');
    let mut prefixed = false;
    while let Some(m) = PREFIX.find(rest) {
        rest = &rest[m.end()..];
        prefixed = true;
    }
    let without_paren = PAREN.replace_all(rest, "");
    let mut rest = without_paren.trim();
    if let Some((name, source)) = rest.split_once('/') {
        if is_source(source.trim()) || source.contains('.') {
            rest = name.trim();
        }
    }
    let rest = trim_end_punct(rest);
    if rest.is_empty() {
        return prefixed.then(Vec::new);
    }
    let mut credits = Vec::new();
    for part in SPLIT.split(rest).map(str::trim).filter(|p| !p.is_empty()) {
        credits.push(credit(part)?);
    }
    Some(credits)
}

fn credit(part: &str) -> Option<Credit> {
    let key = part.to_lowercase();
    match OUTLETS.get(key.as_str()) {
        Some(OutletKind::Agency) => return Some(Credit::Author(part.to_string())),
        Some(OutletKind::Newspaper) => return Some(Credit::Source),
        Some(OutletKind::Word) => return None,
        None => {}
    }
    if key
        .split_whitespace()
        .any(|w| OUTLETS.get(w) == Some(&OutletKind::Word))
    {
        return None;
    }
    if is_source(part) {
        return Some(Credit::Source);
    }
    looks_like_name(part).then(|| Credit::Author(proper_case(part)))
}

/// A newspaper, a website, or `Báo …`: where a text came from, not who wrote it.
fn is_source(s: &str) -> bool {
    let lower = s.to_lowercase();
    OUTLETS.get(lower.as_str()) == Some(&OutletKind::Newspaper)
        || lower.starts_with("báo ")
        || lower.starts_with("tạp chí ")
        || lower.starts_with("đài ")
        || [".vn", ".com", ".net", ".org"].iter().any(|d| lower.ends_with(d))
}

/// Whether an outlet name or a page's site name is what a meta `author` gives instead of a
/// person (`VnExpress`, `Báo Lào Cai điện tử`, `genk.vn`).
pub(crate) fn is_organization(s: &str, host: Option<&str>) -> bool {
    let lower = s.to_lowercase();
    if is_source(s) || lower.contains("điện tử") || lower.contains("online") {
        return true;
    }
    let squashed: String = lower.chars().filter(|c| c.is_alphanumeric()).collect();
    host.is_some_and(|h| squashed.len() >= 3 && h.replace(['.', '-'], "").contains(&squashed))
}

fn trim_end_punct(s: &str) -> &str {
    let s = s.trim_end_matches([',', ';', ':', ' ', '-', '–']);
    match s.strip_suffix('.') {
        Some(head) if !INITIALS.is_match(s) && !head.ends_with('.') => head,
        _ => s,
    }
}

/// One to five capitalized words (or initials such as `H.V.`), no digits or sentence marks.
pub(crate) fn looks_like_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.is_empty() || words.len() > 5 || s.chars().count() > 40 {
        return false;
    }
    if s.chars()
        .any(|c| c.is_ascii_digit() || "!?:\"“”«»|<>=+*@#".contains(c))
    {
        return false;
    }
    if words.len() == 1 && s.chars().filter(|c| c.is_alphabetic()).count() < 2 {
        return false;
    }
    words.iter().all(|w| {
        INITIALS.is_match(w)
            || w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '\'' || c == '.')
    })
}

/// `TUẤN HƯƠNG` → `Tuấn Hương`; names already in mixed case, initials and short acronyms
/// (`TTXVN`) are kept as written.
pub(crate) fn proper_case(name: &str) -> String {
    let letters: Vec<char> = name.chars().filter(|c| c.is_alphabetic()).collect();
    let all_caps = letters.iter().all(|c| c.is_uppercase());
    let words = name.split_whitespace().count();
    if !all_caps || INITIALS.is_match(name) || (words == 1 && letters.len() <= 5) {
        return name.to_string();
    }
    name.split_whitespace()
        .map(|w| {
            let mut chars = w.chars();
            match chars.next() {
                Some(first) => first.to_uppercase().chain(chars.flat_map(char::to_lowercase)).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<String>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(line: &str) -> Option<Vec<String>> {
        parse(line)
    }

    #[test]
    fn bylines() {
        assert_eq!(names("TUẤN HƯƠNG").unwrap(), ["Tuấn Hương"]);
        assert_eq!(names("Theo Sầm Hoa (Vietnamnet/Reuters)").unwrap(), ["Sầm Hoa"]);
        assert_eq!(names("Theo Minh Nguyễn/Vcamp.vn").unwrap(), ["Minh Nguyễn"]);
        assert_eq!(names("Tin, ảnh: Vũ Phương Thảo").unwrap(), ["Vũ Phương Thảo"]);
        assert_eq!(names("H.V.\nẢnh: Misso").unwrap(), ["H.V."]);
        assert_eq!(names("Hà Linh - Minh Quân").unwrap(), ["Hà Linh", "Minh Quân"]);
        assert_eq!(names("Thu Hà và Lê Nam").unwrap(), ["Thu Hà", "Lê Nam"]);
        assert_eq!(names("Theo TTXVN").unwrap(), ["TTXVN"]);
        assert!(names("Theo Thanh Niên").unwrap().is_empty());
        assert!(names("Forbes").unwrap().is_empty());
        assert_eq!(names("Bình Minh.").unwrap(), ["Bình Minh"]);
    }

    #[test]
    fn sentences_are_not_bylines() {
        assert!(names("Chúc các bồ tèo may mắn nha.").is_none());
        assert!(names("Theo Entrepreneur, các triệu phú thường đọc sách mỗi ngày.").is_none());
        assert!(names("Ngày 24/5").is_none());
        assert!(names("Ngày").is_none());
        assert!(names("SEO & Traffic Team").is_none());
    }

    #[test]
    fn organizations_are_not_authors() {
        assert!(is_organization("Báo Lào Cai điện tử", None));
        assert!(is_organization("VnExpress", Some("vnexpress.net")));
        assert!(is_organization("XinhXinh", Some("xinhxinh.com.vn")));
        assert!(!is_organization("Hữu Khoa", Some("vnexpress.net")));
    }
}
