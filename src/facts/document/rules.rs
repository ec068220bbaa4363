//! The document rules: references by number-and-symbol, and by number alone after the kind.
//!
//! | form                                  | example                                    | fact text           |
//! |---------------------------------------|--------------------------------------------|---------------------|
//! | `SỐ/NĂM/LOẠI-CƠQUAN`                  | `Nghị định 100/2019/NĐ-CP`                 | `100/2019/NĐ-CP`    |
//! | `SỐ/LOẠI-CƠQUAN[-CƠQUAN…]`            | `số 06/CTr-CA-MT`, `1234/QĐ-UBND`          | the symbol          |
//! | `SỐ-LOẠI/CƠQUAN` (Party)              | `Chỉ thị 05-CT/TW`, `08-QĐi/TW`            | the symbol          |
//! | `SỐ-LOẠI-CƠQUAN[-CƠQUAN…]` (press)    | `số 09-CTr-BCA-MTTW`, `27-2003-QD-TTG`     | the symbol          |
//! | `SỐ/CƠQUAN[-ĐƠNVỊ]` (công văn)        | `Công văn số 123/UBND-VX`, `299/TTg`       | the symbol          |
//! | `LOẠI [số] SỐ` (no symbol)            | `Nghị quyết 57`, `Quyết định … số: 01`     | kind words + number |
//! | list after a reference without symbol | `số: 01, 02, 03 …; số 04 …`                | `02`, `số 04`       |
//!
//! A symbol is trusted when its shape says "document" on its own (a year, or a known kind code
//! followed by an issuer, or a known issuer after `/`); otherwise only when the text names the
//! kind before it (`văn bản số 4023/GTCC-VTCN`). That keeps product codes (`2T-MB`), case names
//! (`chuyên án 412-LV`), standards (`QCVN 31:2011/BGTVT`) and scores out.

use std::sync::LazyLock;

use regex::{Captures, Regex};

use super::codes::{self, Kind, Named};
use super::{DocumentValue, Issuer};
use crate::facts::rule::{at_boundaries, compile};
use crate::facts::{Candidate, Scan, Value};

/// `SERIAL[/YEAR]` then one or more `/CODE` or `-CODE`; a space may stand around a separator.
const SYMBOL: &str = r"(?P<serial>\d{1,5}[a-z]?)(?: ?[/-] ?(?P<year>(?:19|20)\d{2}))?(?P<codes>(?: ?[/-] ?[A-ZĐ][A-ZĐa-zđ0-9&]*)+)";

/// One separator and code of a symbol's tail.
const CODE: &str = r"( ?[/-] ?)([A-ZĐ][A-ZĐa-zđ0-9&]*)";

static SYMBOL_RE: LazyLock<Regex> = LazyLock::new(|| compile(SYMBOL));
static CODE_RE: LazyLock<Regex> = LazyLock::new(|| compile(CODE));

/// The kinds' words, longest first, with either case for the first letter: `[Nn]ghị quyết`.
static KIND_WORDS: LazyLock<String> = LazyLock::new(|| {
    let mut names: Vec<&str> = codes::kinds().iter().map(|k| k.key.as_str()).collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    let alternatives: Vec<String> = names
        .iter()
        .map(|n| {
            let mut chars = n.chars();
            let first = chars.next().unwrap_or(' ');
            let upper: String = first.to_uppercase().collect();
            format!("[{upper}{first}]{}", regex::escape(chars.as_str()))
        })
        .collect();
    format!(
        "(?:{}|{})",
        alternatives.join("|"),
        codes::WORD_CODES.join("|")
    )
});

/// `KIND [words…] [số[:]] SERIAL[/YEAR]`: `Nghị quyết 57`, `Quyết định khởi tố bị can số: 01`.
static NAMED_RE: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?P<kind>{})(?P<filler>(?: \p{{L}}+){{0,8}}?)(?P<so> [Ss]ố ?:?| ?:)? ?(?P<serial>\d{{1,5}}[a-z]?(?:/(?P<year>(?:19|20)\d{{2}}))?)",
        *KIND_WORDS
    ))
});

/// A kind word anywhere (to find the last one before a symbol).
static KIND_RE: LazyLock<Regex> = LazyLock::new(|| compile(&KIND_WORDS));

/// What may stand between a kind word and its symbol: a few words, then `số`, `số:`.
static GAP_RE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^(?P<words>(?: \p{L}+){0,8}?)(?P<so> [Ss]ố ?:?| ?:)? ?$"));

/// The next item of a list after a reference without symbol: `, 02`, `; số 04`, ` và số 01`.
static ITEM_RE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^(?:,|;|,? và|; và) (?P<so>[Ss]ố ?:? ?)?(?P<serial>\d{1,5}[a-z]?)"));

/// An issue date between list items: `, ngày 23/4/2012`, ` ngày 7 tháng 5 năm 2012`.
static DATE_RE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^,? [Nn]gày (?P<d>\d{1,2})(?: ?[/.-] ?(?P<m>\d{1,2})(?: ?[/.-] ?(?P<y>\d{4}|\d{2}))?| tháng (?P<m2>\d{1,2})(?: năm (?P<y2>\d{4}))?)",
    )
});

/// ` năm 1998` after a number: the year of the document, not a quantity of years.
static YEAR_AFTER_RE: LazyLock<Regex> = LazyLock::new(|| compile(r"^ năm (?:19|20)\d{2}"));

/// Words that make the number after a kind word a quantity, not a serial (`Quyết định 2 năm`).
const NOT_SERIAL_BEFORE: &[&str] = &[
    "năm", "tháng", "tuần", "ngày", "giờ", "phút", "người", "lần", "tỷ", "tỉ", "triệu", "nghìn",
    "ngàn", "trăm", "chục", "đồng", "điều", "khoản", "trang", "bản", "văn", "loại", "nội", "vấn",
    "nhóm", "mục", "tiêu", "điểm", "đợt", "giải", "đối", "hộ", "xã", "tỉnh", "huyện", "đơn", "cơ",
    "doanh",
];

/// Nouns whose `số N` is a label, not a document's number (`mặc áo số 10`, `thửa đất số 5`).
#[rustfmt::skip]
const LABELS: &[&str] = &[
    "áo", "phòng", "nhà", "xe", "ghế", "tuyến", "kênh", "đường", "câu", "trang", "lớp", "tổ", "khu",
    "lô", "thửa", "ô", "cửa", "hộp", "bàn", "hàng", "mục", "tập", "điểm", "vé", "tờ", "quầy",
];

/// Words that end the phrase of a kind (`Chương trình được quay số 2`, `hướng dẫn đến quầy số 7`):
/// the number after them is not the document's.
const BREAKS: &[&str] = &[
    "được", "đến", "tới", "vào", "ở", "tại", "là", "có", "và", "hoặc", "đã", "sẽ", "đang", "quay",
    "cho", "với", "nhưng", "thì", "mà", "như", "khi",
];

/// Issuers of press licences (`Giấy phép số 75/GP-BTTTT`): the ministry, its press and online
/// departments, the provincial departments. Every news site prints its licence in the footer, so
/// such a number is the page's, not the article's.
const PRESS_LICENSORS: &[&str] = &["BTTTT", "TTĐT", "BC", "STTTT", "PTTH&TTĐT", "BVHTT", "CBC"];

/// How strongly the words before a symbol say it is a document.
#[derive(Debug, Clone, Copy)]
enum Context {
    /// Nothing: the symbol must speak for itself.
    None,
    /// `số` right before it.
    So,
    /// A kind word (`Quyết định`, `văn bản`) before it.
    Kind(&'static Kind),
}

/// Runs the document rules over a text.
pub(super) fn find(scan: &Scan<'_>, out: &mut Vec<Candidate>) {
    let key = scan.key();
    symbols(key, out);
    named(key, out);
}

fn push(out: &mut Vec<Candidate>, start: usize, end: usize, value: DocumentValue) {
    out.push(Candidate::new(start, end, Value::Document(value)));
}

/// Every number-and-symbol reference.
fn symbols(key: &str, out: &mut Vec<Candidate>) {
    for caps in SYMBOL_RE.captures_iter(key) {
        if let Some((start, end, value)) = symbol(key, &caps) {
            push(out, start, end, value);
        }
    }
}

/// One separator and code of a symbol, with the code's end in the key.
struct Code<'k> {
    slash: bool,
    spaced: bool,
    text: &'k str,
    end: usize,
}

/// Reads one symbol match, or `None` when it is not a document.
fn symbol(key: &str, caps: &Captures<'_>) -> Option<(usize, usize, DocumentValue)> {
    let serial = caps.name("serial")?;
    let tail = caps.name("codes")?;
    if !starts_cleanly(key, serial.start()) {
        return None;
    }
    let all: Vec<Code<'_>> = CODE_RE
        .captures_iter(tail.as_str())
        .filter_map(|c| {
            let (sep, code) = (c.get(1)?, c.get(2)?);
            Some(Code {
                slash: sep.as_str().contains('/'),
                spaced: sep.as_str().contains(' '),
                text: code.as_str(),
                end: tail.start() + code.end(),
            })
        })
        .collect();
    let kept = valid_prefix(key, &all)?;
    let codes = &all[..kept];
    let end = codes.last()?.end;
    if continues(key, end) {
        return None;
    }
    let context = context_before(key, serial.start());
    let year = caps.name("year").and_then(|y| y.as_str().parse().ok());
    let (kind_code, issuers) = split_codes(codes);
    if !trusted(codes, year.is_some(), kind_code, context) || press_licence(kind_code, &issuers) {
        return None;
    }
    // The word in the text names the kind; the code only when the text has no word for it.
    let kind = match context {
        Context::Kind(k) => generic(k),
        _ => None,
    }
    .or_else(|| kind_code.map(|(_, k)| k.name));
    let value = DocumentValue {
        number: key[serial.start()..end].replace(' ', ""),
        serial: Some(serial.as_str().to_string()),
        year,
        kind_code: kind_code.map(|(c, _)| c.to_string()),
        kind: kind.map(str::to_string),
        issuers,
        issued: None,
    };
    Some((serial.start(), end, value))
}

/// Whether a symbol is a news site's licence (`GP-BTTTT`, `GP-TTĐT`).
fn press_licence(kind: Option<KindCode>, issuers: &[Issuer]) -> bool {
    kind.is_some_and(|(code, _)| code == "GP")
        && issuers
            .first()
            .is_some_and(|i| PRESS_LICENSORS.contains(&i.code.as_str()))
}

/// The kind's name unless it is the generic `văn bản` (which says nothing of the kind).
fn generic(kind: &'static Kind) -> Option<&'static str> {
    (kind.name != "Văn bản").then_some(kind.name)
}

/// Whether a symbol may start here: not inside a word or number, nor after `:` (`QCVN 31:2011`),
/// `/`, `.`, `-` or `+` — except `Số:` written tight against its number.
fn starts_cleanly(key: &str, start: usize) -> bool {
    let tight = &key[..start];
    // `QCVN 4-12: 2010/BYT`: a space after the colon changes nothing.
    let before = match tight.strip_suffix(' ') {
        Some(b) if b.ends_with(':') => b,
        _ => tight,
    };
    match before.chars().next_back() {
        None => true,
        Some(':') => before[..before.len() - 1].to_lowercase().ends_with("số"),
        Some(c) => !(c.is_alphanumeric() || "/.-+,".contains(c)),
    }
}

/// Whether the text goes on with another code or number glued to the symbol's end.
fn continues(key: &str, end: usize) -> bool {
    let mut rest = key[end..].chars();
    matches!((rest.next(), rest.next()), (Some('/' | '-'), Some(c)) if c.is_alphanumeric())
}

/// How many leading codes form a symbol: each a plausible code, the last one ending a word.
fn valid_prefix(key: &str, codes: &[Code<'_>]) -> Option<usize> {
    let plausible = codes.iter().take_while(|c| plausible_code(c)).count();
    (1..=plausible).rev().find(|&n| {
        at_boundaries(
            key,
            codes[n - 1].end - codes[n - 1].text.len(),
            codes[n - 1].end,
        )
    })
}

/// A code is mostly capitals (`TTg`, `CTr`, `QĐi`, `HSST`); a spaced one is all capitals.
fn plausible_code(code: &Code<'_>) -> bool {
    let upper = code.text.chars().filter(|c| c.is_uppercase()).count();
    let lower = code.text.chars().filter(|c| c.is_lowercase()).count();
    if code.text.ends_with('&') || code.text.contains("&&") {
        return false;
    }
    if code.spaced && lower > 0 {
        return false;
    }
    lower == 0
        || (lower <= 2
            && (upper >= 2
                || codes::kind_of_code(code.text).is_some()
                || codes::is_issuer(code.text)))
}

type KindCode = (&'static str, &'static Kind);

/// The kind code (the first code, when it is one) and the issuers (the rest).
fn split_codes(codes: &[Code<'_>]) -> (Option<KindCode>, Vec<Issuer>) {
    let kind = codes.first().and_then(|c| codes::kind_of_code(c.text));
    let issuers = codes[usize::from(kind.is_some())..]
        .iter()
        .map(|c| Issuer {
            code: c.text.to_string(),
            name: codes::issuer_name(c.text).map(str::to_string),
        })
        .collect();
    (kind, issuers)
}

/// Whether the symbol's shape, with what comes before it, makes it a document.
fn trusted(codes: &[Code<'_>], has_year: bool, kind: Option<KindCode>, ctx: Context) -> bool {
    let Some(first) = codes.first() else {
        return false;
    };
    let spaced = codes.iter().any(|c| c.spaced);
    if has_year || (kind.is_some() && codes.len() >= 2) {
        return true;
    }
    if spaced {
        return matches!(ctx, Context::Kind(_));
    }
    match ctx {
        Context::Kind(_) => first.slash || kind.is_some(),
        Context::So => {
            first.slash && (codes.len() >= 2 || kind.is_some() || codes::is_issuer(first.text))
        }
        Context::None => first.slash && codes::is_issuer(first.text),
    }
}

/// What the words right before a symbol say: a kind word (with a few words and `số` between)
/// or `số` alone.
fn context_before(key: &str, start: usize) -> Context {
    let mut from = start.saturating_sub(160);
    while !key.is_char_boundary(from) {
        from += 1;
    }
    let window = &key[from..start];
    let last_kind = KIND_RE
        .find_iter(window)
        .filter(|m| at_boundaries(window, m.start(), m.end()))
        .last();
    if let Some(m) = last_kind
        && let Some(gap) = GAP_RE.captures(&window[m.end()..])
        && let Some(kind) = codes::kind_of_word(m.as_str())
        && kind.named != Named::Never
    {
        let words = gap.name("words").map_or("", |w| w.as_str());
        let lower = m.as_str().starts_with(|c: char| c.is_lowercase());
        let broken = words.split(' ').any(|w| BREAKS.contains(&w));
        let vague = lower && kind.common && !words.is_empty();
        if !broken && !vague {
            return Context::Kind(kind);
        }
    }
    let trimmed = window.trim_end().trim_end_matches(':').trim_end();
    let so = trimmed.ends_with("số") || trimmed.ends_with("Số");
    if so && at_boundaries(window, trimmed.len() - "số".len(), trimmed.len()) {
        Context::So
    } else {
        Context::None
    }
}

/// Every reference by number alone after its kind, and the lists that follow them.
fn named(key: &str, out: &mut Vec<Candidate>) {
    let mut at = 0;
    while at < key.len() {
        let Some(caps) = NAMED_RE.captures_at(key, at) else {
            break;
        };
        let Some(whole) = caps.get(0) else { break };
        match named_one(key, &caps) {
            Some((start, end, value)) => {
                let kind = value.kind.clone();
                push(out, start, end, value);
                let head = out.len() - 1;
                at = list(key, end, kind.as_deref(), head, out);
            }
            None => at = next_char(key, whole.start()),
        }
    }
}

/// Whether a number-and-symbol reference starts at `start` (then the symbol rule owns it).
fn symbol_at(key: &str, start: usize) -> bool {
    SYMBOL_RE.captures_at(key, start).is_some_and(|caps| {
        caps.get(0).is_some_and(|m| m.start() == start) && symbol(key, &caps).is_some()
    })
}

fn next_char(s: &str, i: usize) -> usize {
    s[i..].chars().next().map_or(i + 1, |c| i + c.len_utf8())
}

/// Reads one `KIND [words] [số] SERIAL` match.
fn named_one(key: &str, caps: &Captures<'_>) -> Option<(usize, usize, DocumentValue)> {
    let kind_m = caps.name("kind")?;
    let filler = caps.name("filler")?;
    let serial = caps.name("serial")?;
    let so = caps
        .name("so")
        .is_some_and(|m| m.as_str().contains(['s', 'S']));
    // A later kind word among the words in between is the one the number belongs to.
    let (start, kind_text) = match KIND_RE
        .find_iter(filler.as_str())
        .filter(|m| at_boundaries(filler.as_str(), m.start(), m.end()))
        .last()
    {
        Some(m) => (filler.start() + m.start(), m.as_str()),
        None => (kind_m.start(), kind_m.as_str()),
    };
    let kind = codes::kind_of_word(kind_text)?;
    let between = &key[start + kind_text.len()..filler.end()];
    let bare = between.is_empty();
    let capital = kind_text.starts_with(|c: char| c.is_uppercase());
    let rest = &key[serial.end()..];
    let allowed = match kind.named {
        // `nghị định 71` is always a document; `quyết định 13` (also a verb) only when the number
        // closes the phrase: `theo quyết định 13 của UBND`.
        Named::Bare => so || (bare && (capital || !kind.common || closes_reference(rest))),
        // `Kế hoạch 98 ngày 22-6-2012`, `Kế hoạch 98 của Tổng cục`.
        Named::WithSo => {
            so || (bare && capital && (DATE_RE.is_match(rest) || rest.starts_with(" của ")))
        }
        Named::Never => false,
    };
    let labelled = between.split(' ').any(|w| LABELS.contains(&w));
    let broken = between.split(' ').any(|w| BREAKS.contains(&w));
    let ends = rest.chars().next().is_none_or(|c| !c.is_alphanumeric());
    if !allowed
        || labelled
        || broken
        || !ends
        || !starts_word(key, start)
        || symbol_at(key, serial.start())
        || !ends_as_serial(key, serial.end())
    {
        return None;
    }
    let value = DocumentValue {
        number: serial.as_str().to_string(),
        serial: Some(serial.as_str().split('/').next()?.to_string()),
        year: caps.name("year").and_then(|y| y.as_str().parse().ok()),
        kind_code: None,
        kind: generic(kind).map(str::to_string),
        issuers: Vec::new(),
        issued: None,
    };
    Some((start, serial.end(), value))
}

/// Whether what follows a number leaves it a serial: not part of a symbol, a bigger number, a
/// percentage, nor a quantity of something (`Quyết định 2 năm tù`).
fn ends_as_serial(key: &str, end: usize) -> bool {
    let rest = &key[end..];
    let mut chars = rest.chars();
    match (chars.next(), chars.next()) {
        (Some('/' | '-'), Some(c)) if c.is_alphanumeric() => return false,
        (Some('.' | ','), Some(c)) if c.is_ascii_digit() => return false,
        (Some('%'), _) => return false,
        _ => {}
    }
    let next_word = rest
        .trim_start()
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    if next_word == "ngày" {
        return DATE_RE.is_match(rest);
    }
    if next_word == "năm" {
        return YEAR_AFTER_RE.is_match(rest);
    }
    !(rest.starts_with(' ') && NOT_SERIAL_BEFORE.contains(&next_word))
}

/// Whether the words after a number close a reference: punctuation, `của`, `về`, `và`, its date.
fn closes_reference(rest: &str) -> bool {
    item_closes(rest) || rest.starts_with(" về ") || rest.starts_with(" (")
}

/// Whether a word starts here: after a non-letter, or glued to a lower-case letter when it starts
/// with a capital (`hoạt độngThông tư 228`: a title run into the body).
fn starts_word(key: &str, start: usize) -> bool {
    let before = key[..start].chars().next_back();
    let first = key[start..].chars().next();
    match (before, first) {
        (Some(b), Some(f)) if b.is_alphanumeric() => b.is_lowercase() && f.is_uppercase(),
        _ => true,
    }
}

/// The list items after a reference without symbol; returns where scanning goes on.
///
/// A date after some items is the issue date of those since the last date: in `số: 01, 02, 03,
/// ngày 23/4/2012; số 04 ngày 7/5/2012` the first three were issued on 23/4/2012.
fn list(
    key: &str,
    mut end: usize,
    kind: Option<&str>,
    head: usize,
    out: &mut Vec<Candidate>,
) -> usize {
    let mut undated = vec![head];
    loop {
        if let Some(date) = DATE_RE.captures(&key[end..]) {
            let issued = issue_date(&date);
            for &i in &undated {
                if let Some(Value::Document(doc)) = out.get_mut(i).map(|c| &mut c.value) {
                    doc.issued.clone_from(&issued);
                }
            }
            undated.clear();
            end += date.get(0).map_or(0, |m| m.end());
        }
        let Some(caps) = ITEM_RE.captures(&key[end..]) else {
            return end;
        };
        let (Some(serial), Some(whole)) = (caps.name("serial"), caps.get(0)) else {
            return end;
        };
        let start = end + caps.name("so").map_or(serial.start(), |m| m.start());
        let item_end = end + whole.end();
        if !item_closes(&key[item_end..]) {
            return end;
        }
        let value = DocumentValue {
            number: serial.as_str().to_string(),
            serial: Some(serial.as_str().to_string()),
            year: None,
            kind_code: None,
            kind: kind.map(str::to_string),
            issuers: Vec::new(),
            issued: None,
        };
        push(out, start, item_end, value);
        undated.push(out.len() - 1);
        end = item_end;
    }
}

/// The ISO day of a `ngày D/M/YYYY` or `ngày D tháng M năm YYYY` match, when it has a year.
fn issue_date(caps: &Captures<'_>) -> Option<String> {
    let number = |name: &str| caps.name(name).and_then(|m| m.as_str().parse::<i16>().ok());
    let day = number("d")?;
    let month = number("m").or_else(|| number("m2"))?;
    let year = number("y")
        .or_else(|| number("y2"))
        .filter(|y| *y >= 1900)?;
    let date = jiff::civil::Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?);
    date.ok().map(|d| d.to_string())
}

/// What may follow a list item: punctuation, `và`, `của`, its date, or the end.
fn item_closes(rest: &str) -> bool {
    rest.is_empty()
        || rest.starts_with([',', ';', '.', ')'])
        || rest.starts_with(" và ")
        || rest.starts_with(" của ")
        || DATE_RE.is_match(rest)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::canonical_tone;

    #[test]
    fn every_pattern_compiles_and_is_tone_canonical() {
        for p in [SYMBOL, CODE, KIND_WORDS.as_str()] {
            assert_eq!(canonical_tone(p), p);
            compile(p);
        }
        assert!(NAMED_RE.is_match("Nghị quyết 57"));
        assert!(GAP_RE.is_match(" phối hợp số "));
        assert!(ITEM_RE.is_match("; số 04"));
    }

    proptest::proptest! {
        /// Any mix of digits, codes, separators and kind words is read without a panic, and
        /// every span falls on characters.
        #[test]
        fn spans_fall_on_characters(text in "(?:[0-9]{1,5}|[/-]|[: ]|số|Số|QĐ|TTg|Đ|ĐT|Nghị quyết|quyết định|ngày|,|ư){0,16}") {
            let n = crate::normalize::Normalized::new(&text);
            let ctx = crate::facts::Context::at(jiff::civil::date(2023, 5, 24).at(18, 20, 0, 0));
            let scan = crate::facts::Scan::new(&n, &ctx);
            let mut out = Vec::new();
            find(&scan, &mut out);
            for c in out {
                proptest::prop_assert!(c.start < c.end && n.key().is_char_boundary(c.start) && n.key().is_char_boundary(c.end));
            }
        }
    }
}
