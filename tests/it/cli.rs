//! The command line, through the real binary: exit codes, formats, error records.

use crate::{fixture, records, tinbai};

const SEED: &str = "pages/baolamdong-lac-duong/source.html";

#[test]
fn extract_one_page_gives_one_record_and_exit_0() {
    let path = fixture(SEED);
    let out = tinbai(&["extract", "--format", "jsonl", path.to_str().unwrap()]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let recs = records(&out);
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0]["schema_version"], 1);
    assert!(
        recs[0]["article"]["text"]
            .as_str()
            .unwrap()
            .contains("09-CTr-BCA-MTTW")
    );
}

#[test]
fn a_missing_input_gives_an_error_record_and_exit_1() {
    let path = fixture(SEED);
    let out = tinbai(&[
        "extract",
        "--format",
        "jsonl",
        "no/such/file.html",
        path.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let recs = records(&out);
    assert_eq!(recs.len(), 2, "the good input still gives its record");
    assert_eq!(recs[0]["error"]["stage"], "source");
    assert!(
        recs[0]["error"]["message"]
            .as_str()
            .unwrap()
            .contains("no/such/file.html")
    );
    assert!(recs[1]["article"].is_object());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no/such/file.html"));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(tinbai(&["extract"]).status.code(), Some(2));
    assert_eq!(tinbai(&["frobnicate"]).status.code(), Some(2));
    let bad_date = tinbai(&["extract", "--reference-date", "24/05/2023", "x.html"]);
    assert_eq!(bad_date.status.code(), Some(2));
}

#[test]
fn stdin_is_read_with_dash() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_tinbai"))
        .args(["extract", "--format", "jsonl", "--text", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all("Tiêu đề\nNội dung bài.".as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let recs = records(&out);
    assert_eq!(recs[0]["article"]["title"], "Tiêu đề");
    assert_eq!(recs[0]["source"]["path"], "-");
}
