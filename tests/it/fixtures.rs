//! Fixture pages written for this project (`fixtures/pages/<site>-<case>/`), one test line
//! each: the real binary reads `source.html`, and its record must agree with `expected.json`:
//! every field given under `article` exactly, the paragraph kinds in order, strings the text
//! must hold (`text_contains`) or must not (`text_lacks`, the page's menus and footers), and the
//! facts listed in `facts_with` (type and text) present, those in `facts_without` absent.

use serde_json::Value;

use crate::{fixture, records, tinbai};

fn check(name: &str) {
    let dir = fixture(&format!("pages/{name}"));
    let expected: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("expected.json")).expect("expected.json"),
    )
    .expect("expected.json is JSON");
    let out = tinbai(&[
        "extract",
        "--format",
        "jsonl",
        dir.join("source.html").to_str().unwrap(),
    ]);
    let recs = records(&out);
    assert_eq!(
        recs.len(),
        1,
        "{name}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let article = &recs[0]["article"];
    for (key, want) in expected["article"].as_object().expect("an article object") {
        assert_eq!(&article[key], want, "{name}: article.{key}");
    }
    if let Some(kinds) = expected.get("paragraph_kinds") {
        let got: Vec<&Value> = article["paragraphs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| &p["kind"])
            .collect();
        let want: Vec<&Value> = kinds.as_array().unwrap().iter().collect();
        assert_eq!(got, want, "{name}: paragraph kinds");
    }
    let text = article["text"].as_str().unwrap_or("");
    for s in strings(&expected, "text_contains") {
        assert!(text.contains(s), "{name}: the text lacks {s:?}");
    }
    for s in strings(&expected, "text_lacks") {
        assert!(!text.contains(s), "{name}: the text holds {s:?}");
    }
    let facts = recs[0]["facts"].as_array().cloned().unwrap_or_default();
    let has = |f: &Value| {
        facts
            .iter()
            .any(|g| g["type"] == f["type"] && g["text"] == f["text"])
    };
    for f in expected["facts_with"].as_array().into_iter().flatten() {
        assert!(has(f), "{name}: missing fact {f}");
    }
    for f in expected["facts_without"].as_array().into_iter().flatten() {
        assert!(!has(f), "{name}: unwanted fact {f}");
    }
}

fn strings<'a>(v: &'a Value, key: &str) -> Vec<&'a str> {
    v[key]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect()
}

#[test]
fn baolamdong_lac_duong() {
    check("baolamdong-lac-duong");
}

#[test]
fn baocantho_nfd() {
    check("baocantho-nfd");
}

#[test]
fn baocu_windows_1258() {
    check("baocu-windows-1258");
}

#[test]
fn baoquangninh_ttxvn() {
    check("baoquangninh-ttxvn");
}

#[test]
fn dantri_hoc_bong() {
    check("dantri-hoc-bong");
}

#[test]
fn laodong_gia_xang() {
    check("laodong-gia-xang");
}

#[test]
fn thanhnien_tau_ca() {
    check("thanhnien-tau-ca");
}

#[test]
fn tuoitre_mua_lu() {
    check("tuoitre-mua-lu");
}

#[test]
fn vnexpress_cau_vuot() {
    check("vnexpress-cau-vuot");
}

#[test]
fn znews_index_kinh_doanh() {
    check("znews-index-kinh-doanh");
}

/// Every fixture page has its expected record and a test line above: a page added without them
/// would otherwise be checked by nothing.
#[test]
fn every_fixture_page_has_expected_json_and_a_test() {
    let this = include_str!("fixtures.rs");
    for entry in std::fs::read_dir(fixture("pages")).unwrap() {
        let dir = entry.unwrap().path();
        let name = dir.file_name().unwrap().to_str().unwrap().to_owned();
        assert!(
            dir.join("expected.json").is_file(),
            "{name}: no expected.json"
        );
        let call = format!("check(\"{name}\")");
        assert!(this.contains(&call), "{name}: no test calls {call}");
    }
}
