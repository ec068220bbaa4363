//! The abbreviation rules: definitions that the text gives in parentheses.
//!
//! | form                          | example                                        | long form found by        |
//! |-------------------------------|------------------------------------------------|---------------------------|
//! | `long (SHORT)`                | `an ninh Tổ quốc (ANTQ)`                       | initials of the words     |
//! | `long (Words SHORT)`          | `Bộ Nông nghiệp và Phát triển nông thôn (Bộ NN&PTNT)` | initials, then words |
//! | `long (Words SHORT)`          | `Chương trình Phát triển … (Chương trình ESRT)` | the same words earlier   |
//! | `long (gọi tắt là short)`     | `Ban chỉ đạo … tỉnh Hòa Bình (gọi tắt là Ban chỉ đạo 09)` | the same words earlier |
//! | `Body long (FOREIGN)`         | `Bộ Nông nghiệp Mỹ (USDA)`, `Cục Dự trữ Liên bang Mỹ (Fed)` | the body's head word |
//! | `, long (FOREIGN)`            | `Trong đó, tổng sản phẩm trên địa bàn (GRDP) ước tăng` | the clause's start  |
//! | `SHORT (long)`                | `AWS (Amazon Web Services)`, `LBD (little black dress)` | initials inside     |
//!
//! Initials compare base letters (`Ủy` gives `U`), `Đ` apart from `D` except that a short form
//! written without `Đ` accepts it; `và`, `&` and `-` in the long form may stand for nothing or
//! for the short form's `&` and `-`. Credits of outlets (`Thanh Tùng (TTXVN)`), places
//! (`(TP.HCM)`, `(HN)`) and translations (`điện tử (E-Marketing)`) are not definitions.

use std::sync::LazyLock;

use regex::Regex;
use unicode_normalization::UnicodeNormalization;

use crate::facts::document::is_issuer_code;
use crate::facts::rule::compile;

/// A parenthesis on one line.
static PAREN_RE: LazyLock<Regex> = LazyLock::new(|| compile(r"\(([^()\n]{1,120})\)"));

/// The words that announce a short name: `gọi tắt là`, `sau đây gọi tắt là`, `viết tắt:`.
static CALLED_RE: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"^(?:sau đây |dưới đây )?(?:được )?(?:gọi|viết) tắt(?: là)? ?:? ?(?P<short>.+)$")
});

/// Head words of bodies whose foreign abbreviation need not match their Vietnamese words.
#[rustfmt::skip]
const HEADS: &[&str] = &[
    "Bộ", "Cục", "Tổng cục", "Sở", "Ủy ban", "Ngân hàng", "Quỹ", "Tổ chức", "Hiệp hội", "Hội",
    "Tập đoàn", "Tổng công ty", "Công ty", "Viện", "Học viện", "Trung tâm", "Trường", "Đại học",
    "Bệnh viện", "Cơ quan", "Liên đoàn", "Liên minh", "Liên hiệp", "Văn phòng", "Đài", "Tòa án",
    "Hội đồng", "Diễn đàn", "Chương trình", "Dự án", "Quân đội", "Lực lượng", "Hãng", "Nhà máy",
    "Công an", "Ban", "Phòng", "Hiệp định", "Công ước", "Hiệp ước", "Cộng đồng", "Khu", "Cảng",
    "Sàn", "Sở giao dịch",
];

/// Abbreviated places that follow a body as its location, not as its short name.
const PLACES: &[&str] = &["TPHCM", "HCM", "TPHN", "BRVT", "HN", "TP"];

/// Words that may follow a head in lower case: `Công ty cổ phần`, `Công ty trách nhiệm hữu
/// hạn`, `Ngân hàng thương mại cổ phần`.
const LEGAL_FORMS: &[&str] = &["cổ", "trách", "thương"];

/// Words that mark a verb: a long form holds none.
const VERB_MARKS: &[&str] = &["đã", "đang", "sẽ", "được", "bị", "vừa"];

/// Words that cannot begin the long form of a foreign abbreviation read from a clause's start.
const NOT_FIRST: &[&str] = &[
    "đã", "đang", "sẽ", "được", "bị", "có", "là", "của", "cho", "theo", "với", "tại", "ở", "từ",
    "và", "các", "những", "một", "này", "đó", "khi", "nếu", "thì", "mà", "vì", "do", "bao",
];

/// Words that do not stand inside a body's name: verbs' markers and prepositions.
const OUTSIDE_NAMES: &[&str] = &[
    "với", "của", "cho", "được", "đã", "đang", "sẽ", "vừa", "là", "có", "theo", "tại", "ở", "từ",
    "cùng", "giữa", "trong", "như", "thì", "mà", "khi", "do", "bởi", "thuộc", "phối", "ký", "nói",
    "rằng",
];

/// One word of the text before a parenthesis, with its byte span in the key.
#[derive(Debug, Clone, Copy)]
struct Word<'k> {
    text: &'k str,
    start: usize,
    /// Whether a clause boundary (comma, quote, …) stands right before the word.
    clause_start: bool,
}

/// One definition found: the fact's span and the spans of its two forms, in key bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Found {
    pub start: usize,
    pub end: usize,
    pub short: (usize, usize),
    pub long: (usize, usize),
}

/// What a form's reader gives: where the fact starts, the short form's and the long form's spans.
type Spans = (usize, (usize, usize), (usize, usize));

/// Every definition in a key, in order.
pub(super) fn definitions(key: &str) -> Vec<Found> {
    let mut out = Vec::new();
    for caps in PAREN_RE.captures_iter(key) {
        let (Some(paren), Some(inner)) = (caps.get(0), caps.get(1)) else {
            continue;
        };
        let words = words_before(key, paren.start());
        let text = inner.as_str().trim();
        let at = inner.start() + (inner.as_str().len() - inner.as_str().trim_start().len());
        let inner = (at, at + text.len());
        let found = match CALLED_RE.captures(text) {
            Some(c) => c.name("short").and_then(|s| {
                let short = (at + s.start(), at + s.start() + s.as_str().trim_end().len());
                called(&words, s.as_str().trim(), short)
            }),
            None => short_in_paren(key, &words, text, inner, paren.end())
                .or_else(|| long_in_paren(&words, text, inner)),
        };
        if let Some((start, short, long)) = found {
            out.push(Found {
                start,
                end: paren.end(),
                short,
                long,
            });
        }
    }
    out
}

/// The words of the sentence before `end`, with clause boundaries marked.
fn words_before(key: &str, end: usize) -> Vec<Word<'_>> {
    let mut from = end.saturating_sub(400);
    while !key.is_char_boundary(from) {
        from += 1;
    }
    let window = &key[from..end];
    let sentence = sentence_start(window);
    let mut words = Vec::new();
    let mut clause_start = true;
    let mut word_start = None;
    for (i, c) in window[sentence..]
        .char_indices()
        .chain([(window.len() - sentence, ' ')])
    {
        let at = from + sentence + i;
        let in_word = c.is_alphanumeric() || (word_start.is_some() && "&.'".contains(c));
        match (in_word, word_start) {
            (true, None) => word_start = Some(at),
            (false, Some(s)) => {
                let text = key[s..at].trim_end_matches(['.', '\'']);
                words.push(Word {
                    text,
                    start: s,
                    clause_start,
                });
                clause_start = false;
                word_start = None;
            }
            _ => {}
        }
        if !in_word && !c.is_whitespace() && !"&-–".contains(c) {
            clause_start = true;
        }
        if c == '&' && word_start.is_none() {
            words.push(Word {
                text: "&",
                start: at,
                clause_start: false,
            });
        }
    }
    words
}

/// Where the last sentence of a window starts: after `\n`, `!`, `?`, `;`, `:`, a parenthesis or
/// `. `.
fn sentence_start(window: &str) -> usize {
    let bytes = window.as_bytes();
    window
        .char_indices()
        .rev()
        .find(|&(i, c)| {
            "\n!?;:()".contains(c) || (c == '.' && bytes.get(i + 1).is_some_and(|b| *b == b' '))
        })
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0)
}

/// A base letter, lower case: `Ủ` → `u`; `Đ` stays `đ`.
fn base(c: char) -> char {
    let lower = c.to_lowercase().next().unwrap_or(c);
    if lower == 'đ' {
        return lower;
    }
    lower.nfd().next().unwrap_or(lower)
}

/// Whether a word's first letter stands for a short form's letter.
fn initial_matches(word: &str, letter: char) -> bool {
    let Some(first) = word.chars().next() else {
        return false;
    };
    let (w, l) = (base(first), base(letter));
    w == l || (w == 'đ' && l == 'd')
}

/// Whether a token of the short form is an acronym: two capitals or more, not mostly lower case.
fn is_acronym(token: &str) -> bool {
    let upper = token.chars().filter(|c| c.is_uppercase()).count();
    let lower = token.chars().filter(|c| c.is_lowercase()).count();
    upper >= 2
        && lower <= upper
        && token
            .chars()
            .all(|c| c.is_alphanumeric() || "&-.".contains(c))
}

/// A foreign body's short name written like a word: `Fed`.
fn is_short_word(token: &str) -> bool {
    let mut chars = token.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.all(|c| c.is_ascii_lowercase())
        && (3..=4).contains(&token.len())
}

fn is_connector(word: &str) -> bool {
    matches!(word, "và" | "&" | "-")
}

/// Matches an acronym's letters to the initials of the words ending at `words[end]` (exclusive);
/// returns the index of the first word of the long form.
fn initials(words: &[Word<'_>], end: usize, acronym: &str) -> Option<usize> {
    let letters: Vec<char> = acronym.chars().filter(|c| c.is_uppercase()).collect();
    let mut j = letters.len();
    let mut i = end;
    while j > 0 {
        i = i.checked_sub(1)?;
        let w = words[i];
        if is_connector(w.text) {
            continue;
        }
        if !initial_matches(w.text, letters[j - 1]) || (w.clause_start && j > 1) {
            return None;
        }
        j -= 1;
    }
    Some(i)
}

/// `long (SHORT)` and `long (Words SHORT)`: the short form inside the parenthesis.
fn short_in_paren(
    key: &str,
    words: &[Word<'_>],
    short: &str,
    short_span: (usize, usize),
    paren_end: usize,
) -> Option<Spans> {
    let tokens: Vec<&str> = short.split(' ').collect();
    let (acronym, lead) = tokens.split_last()?;
    if lead
        .iter()
        .any(|t| is_acronym(t) || t.chars().any(|c| !c.is_alphabetic()))
    {
        return None;
    }
    let start = if is_acronym(acronym) {
        by_initials(words, lead, acronym)
            .or_else(|| anchored(words, lead).filter(|&s| !uses(words, s, acronym)))
            .or_else(|| foreign(key, words, lead, acronym, paren_end))?
    } else if lead.is_empty() && is_short_word(acronym) {
        head(words, words.len())?
    } else {
        return None;
    };
    Some((start, short_span, (start, words_end(words)?)))
}

/// The acronym's initials, then the lead words right before them.
fn by_initials(words: &[Word<'_>], lead: &[&str], acronym: &str) -> Option<usize> {
    let first = initials(words, words.len(), acronym)?;
    let before = first.checked_sub(lead.len())?;
    let same = lead
        .iter()
        .zip(&words[before..first])
        .all(|(l, w)| l.to_lowercase() == w.text.to_lowercase());
    same.then(|| words[before].start)
}

/// The lead words of the short form (`Chương trình` of `Chương trình ESRT`) written earlier in
/// the sentence: the long form starts there, thirty words back at most, and holds no verb
/// (`Bộ GD-ĐT đã ban hành … (Bộ GD-ĐT)` is a repetition, not a definition).
fn anchored(words: &[Word<'_>], lead: &[&str]) -> Option<usize> {
    if lead.is_empty() || words.len() <= lead.len() {
        return None;
    }
    let lowest = words
        .iter()
        .rposition(|w| VERB_MARKS.contains(&w.text))
        .map_or(0, |i| i + 1)
        .max(words.len().saturating_sub(30));
    let lead: Vec<String> = lead.iter().map(|l| l.to_lowercase()).collect();
    (lowest..words.len() - lead.len())
        .rev()
        .find(|&i| {
            lead.iter()
                .zip(&words[i..])
                .all(|(l, w)| *l == w.text.to_lowercase())
        })
        .map(|i| words[i].start)
}

/// Whether the words from `start` already use the acronym: then the parenthesis repeats it.
fn uses(words: &[Word<'_>], start: usize, acronym: &str) -> bool {
    words.iter().any(|w| w.start >= start && w.text == acronym)
}

/// A foreign acronym (`USDA`, `GRDP`) whose letters the Vietnamese words do not give.
fn foreign(
    key: &str,
    words: &[Word<'_>],
    lead: &[&str],
    acronym: &str,
    paren_end: usize,
) -> Option<usize> {
    let letters = acronym.chars().filter(char::is_ascii_alphabetic).count();
    let plain = acronym.chars().all(|c| c.is_ascii_alphanumeric());
    // A Vietnamese body's code or a city after a unit is an affiliation: `Trung tâm Thông tin
    // tín dụng (NHNN)`, `Bệnh viện Chợ Rẫy (TPHCM)`.
    let vietnamese = is_issuer_code(acronym) || PLACES.contains(&acronym);
    if !lead.is_empty() || letters < 3 || !plain || vietnamese {
        return None;
    }
    head(words, words.len()).or_else(|| clause(key, words, acronym, paren_end))
}

/// The leftmost head word of a body (`Bộ`, `Cục`, `Tổ chức`), capitalized and followed by a
/// capitalized word, within the clause and twelve words, with no verb or preposition between it
/// and the parenthesis: `Chương trình Phát triển Liên hiệp Quốc (UNDP)` starts at `Chương`,
/// `Bộ Y tế phối hợp với Tổ chức Y tế thế giới (WHO)` at `Tổ`.
fn head(words: &[Word<'_>], end: usize) -> Option<usize> {
    let lowest = end.saturating_sub(12);
    let mut found = None;
    let mut i = end;
    while i > lowest {
        i -= 1;
        if OUTSIDE_NAMES.contains(&words[i].text) {
            break;
        }
        if let Some(n) = head_at(words, i, end) {
            found = Some(words[i + 1 - n].start);
        }
        if words[i].clause_start {
            break;
        }
    }
    found
}

/// Whether a head word of `n` words ends at `words[last]`, followed by a capital before `end`.
fn head_at(words: &[Word<'_>], last: usize, end: usize) -> Option<usize> {
    let next = words.get(last + 1).filter(|_| last + 1 < end)?;
    if !next.text.starts_with(|c: char| c.is_uppercase()) && !LEGAL_FORMS.contains(&next.text) {
        return None;
    }
    // `Tây Ban Nha` (Spain) is no `Ban` (board).
    if words[last].text == "Ban" && last > 0 && words[last - 1].text == "Tây" {
        return None;
    }
    HEADS.iter().find_map(|h| {
        let n = h.split(' ').count();
        let first = (last + 1).checked_sub(n)?;
        let text: Vec<&str> = words[first..=last].iter().map(|w| w.text).collect();
        let inside = words[first + 1..=last].iter().all(|w| !w.clause_start);
        let capital = text[0].starts_with(|c: char| c.is_uppercase());
        (text.join(" ").to_lowercase() == h.to_lowercase() && inside && capital).then_some(n)
    })
}

/// A common noun phrase from the clause's start (`Trong đó, tổng sản phẩm trên địa bàn (GRDP)
/// ước tăng`): three to six words, in lower case, and the sentence goes on after the parenthesis
/// (an outlet's credit ends its paragraph).
fn clause(key: &str, words: &[Word<'_>], acronym: &str, paren_end: usize) -> Option<usize> {
    if acronym.chars().any(|c| !c.is_ascii_uppercase()) {
        return None;
    }
    let goes_on = key[paren_end..]
        .chars()
        .next()
        .is_some_and(|c| c == ' ' || c == ',');
    let first = words.iter().rposition(|w| w.clause_start)?;
    let phrase = &words[first..];
    let lower = phrase
        .iter()
        .all(|w| w.text.chars().all(|c| !c.is_uppercase()));
    let fits = (3..=6).contains(&phrase.len()) && !NOT_FIRST.contains(&phrase[0].text);
    (goes_on && lower && fits).then(|| phrase[0].start)
}

/// `long (gọi tắt là short)`: the short name's leading words written earlier in the sentence.
fn called(words: &[Word<'_>], short: &str, short_span: (usize, usize)) -> Option<Spans> {
    let tokens: Vec<&str> = short.split(' ').collect();
    let lead: Vec<&str> = tokens
        .iter()
        .take_while(|t| !is_acronym(t) && t.chars().all(char::is_alphabetic))
        .copied()
        .collect();
    let start = if lead.is_empty() {
        by_initials(words, &[], tokens.first()?)?
    } else {
        // `Công ty … Khu công nghiệp Sông Đà 7 (gọi tắt là Sông Đà 7)`: the words right before
        // are the short name itself; the body's head word starts the long one.
        let repeated = |s: usize| words.iter().filter(|w| w.start >= s).count() <= tokens.len();
        anchored(words, &lead)
            .filter(|&s| !repeated(s))
            .or_else(|| head(words, words.len()))?
    };
    Some((start, short_span, (start, words_end(words)?)))
}

/// `SHORT (long)`: an acronym right before a parenthesis whose words give its letters in order.
fn long_in_paren(words: &[Word<'_>], inner: &str, inner_span: (usize, usize)) -> Option<Spans> {
    let short = words.last().filter(|w| is_acronym(w.text))?;
    let letters: Vec<char> = short.text.chars().filter(|c| c.is_uppercase()).collect();
    let inner_words: Vec<&str> = inner
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let no_digits = !inner.chars().any(|c| c.is_ascii_digit());
    let first_ok = inner_words
        .first()
        .is_some_and(|w| initial_matches(w, letters[0]));
    let fits = inner_words.len() >= letters.len() && inner_words.len() <= 3 * letters.len();
    if !(no_digits && first_ok && fits && subsequence(&inner_words, &letters)) {
        return None;
    }
    let short_span = (short.start, short.start + short.text.len());
    Some((short.start, short_span, inner_span))
}

/// Whether the letters are the initials of words taken in order (others may stand between).
fn subsequence(words: &[&str], letters: &[char]) -> bool {
    let mut rest = letters.iter().peekable();
    for w in words {
        if rest.peek().is_some_and(|l| initial_matches(w, **l)) {
            rest.next();
        }
    }
    rest.peek().is_none()
}

/// Where the words before a parenthesis end: the long form's end.
fn words_end(words: &[Word<'_>]) -> Option<usize> {
    words.last().map(|w| w.start + w.text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_read_vietnamese_letters() {
        assert!(initial_matches("Ủy", 'U'));
        assert!(initial_matches("Đào", 'Đ'));
        assert!(initial_matches("Đào", 'D'));
        assert!(!initial_matches("dục", 'Đ'));
    }

    proptest::proptest! {
        /// Any text, however broken its parentheses, gives spans on character boundaries.
        #[test]
        fn spans_fall_on_characters(text in "[ (),.:aAđĐỦủ&\\-]{0,40}(?:[A-ZĐ]{2,4})?[()]{0,2}[ a-zđơư]{0,20}") {
            for found in definitions(&text) {
                for (s, e) in [(found.start, found.end), found.short, found.long] {
                    proptest::prop_assert!(s <= e && text.is_char_boundary(s) && text.is_char_boundary(e));
                }
            }
        }
    }
}
