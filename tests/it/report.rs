//! The text and HTML reports of the seed page, through the real binary: insta snapshots (they
//! change whenever a finder learns a fact: review with `cargo insta review`, or accept all with
//! `INSTA_UPDATE=always cargo test --test it report`), and structural checks that do not.

use std::process::{Command, Output};

use scraper::{Html, Selector};
use serde_json::Value;

use crate::root;
use crate::server::SEED;

const SEED_PATH: &str = "fixtures/pages/baolamdong-lac-duong/source.html";

/// Runs `tinbai extract` in the repository root (so that the source path in the report is the
/// same on every machine), with `NO_COLOR` set.
fn extract(format: &str) -> Output {
    assert!(SEED_PATH.ends_with(SEED));
    let out = Command::new(env!("CARGO_BIN_EXE_tinbai"))
        .current_dir(root())
        .env("NO_COLOR", "1")
        .args([
            "extract",
            "--format",
            format,
            "--reference-date",
            "2023-05-24",
            SEED_PATH,
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

/// The seed's record, to check the reports against.
fn record() -> Value {
    serde_json::from_slice(&extract("json").stdout).unwrap()
}

#[test]
fn text_report_of_the_seed() {
    let text = stdout(&extract("text"));
    assert!(
        !text.contains('\u{1b}'),
        "no colour into a pipe or under NO_COLOR"
    );
    insta::assert_snapshot!("seed_text", text);
}

#[test]
fn text_report_shows_every_fact_in_its_sentence() {
    let text = stdout(&extract("text"));
    let record = record();
    for fact in record["facts"].as_array().unwrap() {
        let mention = format!("[{}]", fact["text"].as_str().unwrap());
        assert!(
            text.contains(&mention),
            "{mention} is marked in its sentence"
        );
    }
}

#[test]
fn html_report_of_the_seed() {
    let html = stdout(&extract("html"));
    // The style sheet and script are left out of the snapshot: they are checked below, and a
    // colour change should not churn the snapshot.
    insta::assert_snapshot!("seed_html", without_assets(&html));
}

#[test]
fn html_report_holds_the_text_and_every_fact() {
    let html = stdout(&extract("html"));
    let record = record();
    let doc = Html::parse_document(&html);
    let sel = |s: &str| Selector::parse(s).unwrap();
    let text: String = doc
        .select(&sel("div.text"))
        .next()
        .unwrap()
        .text()
        .collect();
    assert_eq!(
        text,
        record["article"]["text"].as_str().unwrap(),
        "the text reads as written"
    );
    // Each paragraph is a span of its kind (the title, the lead, captions styled apart).
    let spans: Vec<(String, String)> = doc
        .select(&sel("div.text > span.para"))
        .map(|s| {
            (
                s.value().attr("class").unwrap().to_string(),
                s.text().collect(),
            )
        })
        .collect();
    let chars: Vec<char> = record["article"]["text"]
        .as_str()
        .unwrap()
        .chars()
        .collect();
    let paragraphs = record["article"]["paragraphs"].as_array().unwrap();
    assert_eq!(spans.len(), paragraphs.len());
    for ((class, shown), p) in spans.iter().zip(paragraphs) {
        let (start, end) = (p["start"].as_u64().unwrap(), p["end"].as_u64().unwrap());
        let slice: String = chars[start as usize..end as usize].iter().collect();
        assert_eq!(class, &format!("para p-{}", p["kind"].as_str().unwrap()));
        assert_eq!(shown, &slice);
    }
    assert!(
        spans.iter().any(|(class, _)| class == "para p-caption"),
        "the seed has captions"
    );
    let facts = record["facts"].as_array().unwrap();
    assert!(!facts.is_empty());
    for (i, fact) in facts.iter().enumerate() {
        let mark = doc
            .select(&sel(&format!("mark#fact-{i}")))
            .next()
            .unwrap_or_else(|| panic!("fact {i} has a mark"));
        assert_eq!(mark.value().attr("data-type"), fact["type"].as_str());
        let title = mark.value().attr("title").unwrap();
        assert!(
            title.starts_with(&format!("{}: ", fact["type"].as_str().unwrap())),
            "{title}"
        );
        let row = sel(&format!("tr.row[data-fact=\"{i}\"] a[href=\"#fact-{i}\"]"));
        assert_eq!(
            doc.select(&row).count(),
            1,
            "fact {i} has a row linking to it"
        );
    }
    for external in ["src=", "<link", "url(", "@import", "href=\"http"] {
        assert!(
            !html.contains(external),
            "{external}: the report must be self-contained"
        );
    }
    assert!(
        html.contains("<meta name=\"viewport\""),
        "readable on a phone"
    );
}

fn without_assets(html: &str) -> String {
    let cut = |html: &str, open: &str, close: &str| -> String {
        match (html.find(open), html.find(close)) {
            (Some(a), Some(b)) if a < b => format!("{}{open}…{}", &html[..a], &html[b..]),
            _ => html.to_string(),
        }
    };
    cut(&cut(html, "<style>", "</style>"), "<script>", "</script>")
}

#[test]
fn an_html_report_is_of_one_input() {
    let out = crate::tinbai(&["extract", "--format", "html", SEED_PATH, SEED_PATH]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("--format html writes one report"),
        "{stderr}"
    );
}
