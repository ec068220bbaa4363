// What each fuzz target checks, shared by the targets (`include!`) and by the replay of the
// saved corpora in `tests/it/fuzz_replay.rs`, so CI on stable runs the very same checks.
//
// Each function takes the target's input and panics only when a property fails.

use tinbai::facts::{self, Context};
use tinbai::normalize::{self, Normalized};
use tinbai::source::{Format, Origin, RawPage, WarcEntry, WarcReader};

/// `decode`: a first line shorter than 64 bytes is the Content-Type header, the rest the body.
pub fn decode(data: &[u8]) {
    let (header, body) = match data.iter().position(|&b| b == b'\n') {
        Some(at) if at < 64 => (std::str::from_utf8(&data[..at]).ok(), &data[at + 1..]),
        _ => (None, data),
    };
    let _ = tinbai::decode::decode(body, header);
}

/// `article`: the whole pipeline gives a record, its JSON parses, and every fact's offsets
/// slice out its text.
pub fn article(data: &[u8]) {
    let page = RawPage::new(Origin::Stdin, Format::Html, data.to_vec());
    let record = tinbai::process(page, &tinbai::Options::default());
    let mut line = Vec::new();
    tinbai::output::write(&mut line, &record, tinbai::output::Format::Jsonl).unwrap();
    serde_json::from_slice::<serde_json::Value>(&line).unwrap();
    if let Some(article) = record.article() {
        for fact in record.facts() {
            let slice: String = article
                .text
                .chars()
                .skip(fact.start)
                .take(fact.end - fact.start)
                .collect();
            assert_eq!(slice, fact.text);
        }
    }
}

/// `facts`: on any text, facts slice out exactly and no two facts of one type overlap.
pub fn facts(text: &str) {
    let clean = normalize::clean(text);
    let n = Normalized::new(&clean);
    let ctx = Context::at(jiff::civil::date(2023, 5, 24).at(18, 20, 0, 0));
    let found = facts::extract(&n, &ctx);
    for (i, f) in found.iter().enumerate() {
        assert_eq!(n.slice(f.start, f.end), f.text);
        for g in &found[i + 1..] {
            assert!(
                f.kind != g.kind || f.end <= g.start || g.end <= f.start,
                "{f:?} overlaps {g:?}"
            );
        }
    }
}

/// `numeral`: the parsers return a number or nothing.
pub fn numeral(text: &str) {
    let _ = facts::numeral::parse(text);
    let _ = facts::numeral::parse_digits(text);
    let _ = facts::numeral::parse_words(text);
}

/// `warc`: every record gives a page, a skip or an error, pages go through the pipeline, and
/// the reader ends.
pub fn warc(data: &[u8]) {
    let reader = WarcReader::new(data, "fuzz.warc", &tinbai::Limits::default());
    let mut entries = 0usize;
    for entry in reader {
        entries += 1;
        // Each entry consumes at least one line, so more entries than bytes means a loop.
        assert!(entries <= data.len() + 1, "the WARC reader does not end");
        if let WarcEntry::Page(page) = entry {
            let _ = tinbai::process(page, &tinbai::Options::default());
        }
    }
}

/// How libFuzzer hands a `&str` target its bytes (`arbitrary`'s `take_rest`): the longest
/// UTF-8 prefix.
pub fn utf8_prefix(data: &[u8]) -> &str {
    match std::str::from_utf8(data) {
        Ok(s) => s,
        Err(e) => std::str::from_utf8(&data[..e.valid_up_to()]).unwrap_or_default(),
    }
}
