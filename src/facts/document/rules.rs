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
    format!("(?:{})", alternatives.join("|"))
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
        r"^,? [Nn]gày \d{1,2}(?: ?[/.-] ?\d{1,2}(?: ?[/.-] ?\d{2,4})?| tháng \d{1,2}(?: năm \d{4})?)",
    )
});

/// ` năm 1998` after a number: the year of the document, not a quantity of years.
static YEAR_AFTER_RE: LazyLock<Regex> = LazyLock::new(|| compile(r"^ năm (?:19|20)\d{2}"));

/// Words that make the number after a kind word a quantity, not a serial (`Quyết định 2 năm`).
const NOT_SERIAL_BEFORE: &[&str] = &[
    "năm", "tháng", "tuần", "ngày", "giờ", "phút", "người", "lần", "tỷ", "tỉ", "triệu", "nghìn",
    "ngàn", "trăm", "chục", "đồng", "điều", "khoản", "trang", "bản", "văn", "loại", "nội", "vấn",
    "nhóm", "mục", "tiêu", "điểm", "giải", "đối", "hộ", "xã", "tỉnh", "huyện", "đơn", "cơ",
    "doanh",
];

/// Nouns whose `số N` is a label, not a document's number (`mặc áo số 10`, `thửa đất số 5`).
const LABELS: &[&str] = &[
    "áo",
    "phòng",
    "nhà",
    "xe",
    "ghế",
    "tuyến",
    "kênh",
    "đường",
    "câu",
    "trang",
    "lớp",
    "tổ",
    "khu",
    "lô",
    "thửa",
    "ô",
    "cửa",
    "hộp",
    "bàn",
    "hàng",
    "mục",
    "tập",
    "điểm",
    "vé",
    "tờ",
];

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
    if !trusted(codes, year.is_some(), kind_code, context) {
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

/// The kind's name unless it is the generic `văn bản` (which says nothing of the kind).
fn generic(kind: &'static Kind) -> Option<&'static str> {
    (kind.name != "Văn bản").then_some(kind.name)
}

/// Whether a symbol may start here: not inside a word or number, nor after `:` (`QCVN 31:2011`),
/// `/`, `.`, `-` or `+` — except `Số:` written tight against its number.
fn starts_cleanly(key: &str, start: usize) -> bool {
    let before = &key[..start];
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
        && GAP_RE.is_match(&window[m.end()..])
        && let Some(kind) = codes::kind_of_word(m.as_str())
        && kind.named != Named::Never
    {
        return Context::Kind(kind);
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
                at = list(key, end, kind.as_deref(), out);
            }
            None => at = next_char(key, whole.start()),
        }
    }
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
    let allowed = match kind.named {
        Named::Bare => so || (bare && capital),
        Named::WithSo => so,
        Named::Never => false,
    };
    let labelled = between.split(' ').any(|w| LABELS.contains(&w));
    if !allowed
        || labelled
        || !at_boundaries(key, start, serial.end())
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

/// The list items after a reference without symbol; returns where scanning goes on.
fn list(key: &str, mut end: usize, kind: Option<&str>, out: &mut Vec<Candidate>) -> usize {
    loop {
        if let Some(date) = DATE_RE.find(&key[end..]) {
            end += date.end();
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
        end = item_end;
    }
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
}
