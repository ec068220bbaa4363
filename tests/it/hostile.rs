//! Hostile inputs through the real binary (issue 5): each gives a result or an error record that
//! names the input and the cause, exits with 0, 1 or 2, and runs within 30 s of CPU time and
//! 2 GB of memory (both enforced with `ulimit`: a process over either is killed and the test
//! fails). Wall time is checked too, more loosely, since the machine may be shared. Small inputs are in `fixtures/hostile/` (made by its
//! `make.py`); large ones are made here in a temporary folder.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::{fixture, records};

const TITLE: &str = "Huyện Lạc Dương tổng kết công tác phòng, chống thiên tai";
const BODY_START: &str = "Sáng 24/5, Ủy ban nhân dân huyện Lạc Dương tổ chức hội nghị";
const CPU_LIMIT_SECS: u64 = 30;
const TIME_LIMIT: Duration = Duration::from_secs(90);
const MEMORY_LIMIT_KIB: u64 = 2 * 1024 * 1024;

/// Runs `tinbai extract --format jsonl ARGS` under a 2 GB address-space limit, feeding `stdin`.
fn extract(args: &[&str], stdin: Option<&[u8]>) -> (Output, Vec<Value>) {
    let started = Instant::now();
    let script =
        format!("ulimit -v {MEMORY_LIMIT_KIB} && ulimit -t {CPU_LIMIT_SECS} && exec \"$0\" \"$@\"");
    let mut child = Command::new("sh")
        .args([
            "-c",
            &script,
            env!("CARGO_BIN_EXE_tinbai"),
            "extract",
            "--format",
            "jsonl",
        ])
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut pipe = child.stdin.take().unwrap();
    if let Some(bytes) = stdin {
        // The binary may stop reading at its cap: a broken pipe here is expected.
        let _ = pipe.write_all(bytes);
    }
    drop(pipe);
    let out = child.wait_with_output().unwrap();
    let took = started.elapsed();
    assert!(took < TIME_LIMIT, "{args:?} took {took:?}");
    let code = out.status.code();
    assert!(
        matches!(code, Some(0..=2)),
        "{args:?} exited with {code:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let recs = records(&out);
    (out, recs)
}

fn hostile(name: &str) -> String {
    fixture(&format!("hostile/{name}"))
        .to_str()
        .unwrap()
        .to_string()
}

/// The one record of a failed input: exit 1, the message names the input, stage and cause.
fn error_of(input: &str, args: &[&str], stdin: Option<&[u8]>) -> (String, String) {
    let (out, recs) = extract(args, stdin);
    assert_eq!(out.status.code(), Some(1), "{input}: {recs:?}");
    assert_eq!(recs.len(), 1);
    let error = &recs[0]["error"];
    let message = error["message"].as_str().unwrap().to_string();
    assert!(message.starts_with(&format!("{input}: ")), "{message}");
    assert!(String::from_utf8_lossy(&out.stderr).contains(&message));
    (error["stage"].as_str().unwrap().to_string(), message)
}

/// The one record of a good input: exit 0, its charset and its article text.
fn result_of(args: &[&str]) -> (String, String, Vec<Value>) {
    let (out, recs) = extract(args, None);
    assert_eq!(out.status.code(), Some(0), "{recs:?}");
    let rec = &recs[0];
    let text = rec["article"]["text"].as_str().unwrap().to_string();
    assert!(
        text.chars().all(|c| !('\u{300}'..='\u{36f}').contains(&c)),
        "NFC: {text}"
    );
    let warnings = rec["warnings"].as_array().unwrap().clone();
    (
        rec["source"]["charset"].as_str().unwrap().to_string(),
        text,
        warnings,
    )
}

#[test]
fn files_that_are_not_text_give_decode_errors() {
    for (name, cause) in [
        ("empty.html", "the input is empty"),
        (
            "png.html",
            "the input is not text: it looks like a PNG image",
        ),
        (
            "pdf.html",
            "the input is not text: it looks like a PDF document",
        ),
    ] {
        let input = hostile(name);
        let (stage, message) = error_of(&input, &[&input], None);
        assert_eq!(
            (stage.as_str(), message),
            ("decode", format!("{input}: decode: {cause}"))
        );
    }
    let input = hostile("random.html");
    let (stage, message) = error_of(&input, &[&input], None);
    assert_eq!(stage, "decode");
    assert!(
        message.contains("not text") && message.contains("control characters"),
        "{message}"
    );
}

#[test]
fn every_charset_fixture_comes_out_as_the_same_nfc_text() {
    for (name, charset, warning) in [
        ("windows-1258.html", "windows-1258", None),
        ("utf16-bom.html", "utf-16le", None),
        ("nfd.html", "utf-8", None),
        ("page.html.gz", "utf-8", None),
        (
            "invalid-utf8-meta.html",
            "windows-1258",
            Some("meta tag declares utf-8, but the bytes are not utf-8"),
        ),
    ] {
        let (got, text, warnings) = result_of(&[&hostile(name)]);
        assert_eq!(got, charset, "{name}");
        assert!(
            text.starts_with(TITLE) && text.contains(BODY_START),
            "{name}: {text}"
        );
        let joined = format!("{warnings:?}");
        match warning {
            Some(w) => assert!(joined.contains(w), "{name}: {joined}"),
            None => assert!(warnings.is_empty(), "{name}: {joined}"),
        }
    }
}

#[test]
fn damaged_utf8_keeps_its_good_text_and_warns() {
    let (charset, text, warnings) = result_of(&[&hostile("damaged-utf8.html")]);
    assert_eq!(charset, "utf-8");
    assert!(text.contains("Sáng 24/5, \u{fffd}y ban"), "{text}");
    assert!(text.contains(BODY_START), "the second paragraph is intact");
    assert!(format!("{warnings:?}").contains("replaced with U+FFFD"));
}

#[test]
fn nfd_plain_text_comes_out_nfc() {
    let (_, text, _) = result_of(&["--text", &hostile("nfd.txt")]);
    assert!(
        text.starts_with(TITLE) && text.contains(BODY_START),
        "{text}"
    );
}

#[test]
fn a_truncated_gzip_file_is_a_source_error() {
    let input = hostile("truncated.html.gz");
    let (stage, message) = error_of(&input, &[&input], None);
    assert_eq!(stage, "source");
    assert!(message.contains("the gzip data is broken"), "{message}");
}

/// `mib` MiB of zeros as one gzip member of about `mib` KB: 1 GiB in 1 MB.
///
/// After a full flush a deflate stream starts afresh, so each further MiB of zeros compresses
/// to the very same bytes: one MiB is compressed and its output repeated, which is instant.
pub fn gzip_bomb(mib: usize) -> Vec<u8> {
    use flate2::{Compress, Compression, Crc, FlushCompress};
    let zeros = vec![0u8; 1 << 20];
    let mut deflate = Compress::new(Compression::best(), false);
    let mut block = |input: &[u8], flush| {
        let mut out = Vec::with_capacity(1 << 16);
        deflate.compress_vec(input, &mut out, flush).unwrap();
        out
    };
    let (first, repeated) = (
        block(&zeros, FlushCompress::Full),
        block(&zeros, FlushCompress::Full),
    );
    assert_eq!(
        repeated,
        block(&zeros, FlushCompress::Full),
        "a flushed block repeats"
    );
    let end = block(&[], FlushCompress::Finish);
    let (mut crc, mut one) = (Crc::new(), Crc::new());
    one.update(&zeros);
    for _ in 0..mib {
        crc.combine(&one);
    }
    let mut gz = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 255];
    gz.extend_from_slice(&first);
    gz.extend_from_slice(&repeated.repeat(mib - 1));
    gz.extend_from_slice(&end);
    gz.extend_from_slice(&crc.sum().to_le_bytes());
    gz.extend_from_slice(&((mib as u64) << 20).to_le_bytes()[..4]);
    gz
}

#[test]
fn the_bomb_is_a_real_gzip_stream() {
    let (bomb, mut out) = (gzip_bomb(3), Vec::new());
    let mut decoder = flate2::read::GzDecoder::new(&bomb[..]);
    std::io::Read::read_to_end(&mut decoder, &mut out).unwrap();
    assert_eq!(out, vec![0u8; 3 << 20]);
}

#[test]
fn a_gzip_bomb_is_refused_from_a_file_and_from_stdin() {
    let bomb = gzip_bomb(1024);
    assert!(bomb.len() < 2 << 20, "1 GiB in {} bytes", bomb.len());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bomb.html.gz");
    std::fs::write(&path, &bomb).unwrap();
    let input = path.to_str().unwrap();
    let (stage, message) = error_of(input, &[input], None);
    assert_eq!(stage, "source");
    assert!(message.ends_with("the gzip data expands past 50 MiB (the decompressed size limit): refusing a possible gzip bomb"), "{message}");
    let (_, message) = error_of("-", &["--max-decompressed-bytes", "2G", "-"], Some(&bomb));
    assert!(
        message.contains("100 times its compressed size"),
        "{message}"
    );
}

#[test]
fn oversize_inputs_are_refused_without_being_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.html");
    // A sparse 3 GB file: refused from its size alone, so this is instant.
    std::fs::File::create(&path)
        .unwrap()
        .set_len(3 << 30)
        .unwrap();
    let input = path.to_str().unwrap();
    let (stage, message) = error_of(input, &[input], None);
    assert_eq!(
        (
            stage.as_str(),
            message.ends_with("the input is 3 GiB, over the 20 MiB input limit")
        ),
        ("source", true),
        "{message}"
    );
    // A device without a size is capped while reading.
    if Path::new("/dev/zero").exists() {
        let (_, message) = error_of("/dev/zero", &["--max-bytes", "1M", "/dev/zero"], None);
        assert!(
            message.ends_with("the input is larger than the 1 MiB input limit"),
            "{message}"
        );
    }
    let stdin = vec![b'a'; 3 << 20];
    let (_, message) = error_of("-", &["--max-bytes", "2M", "-"], Some(&stdin));
    assert!(
        message.contains("larger than the 2 MiB input limit"),
        "{message}"
    );
}

#[test]
fn a_folder_and_a_missing_file_among_good_inputs() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().to_str().unwrap();
    let good = hostile("windows-1258.html");
    let (out, recs) = extract(&[folder, "no/such.html", &good], None);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(recs.len(), 3);
    assert_eq!(
        recs[0]["error"]["message"],
        format!("{folder}: source: is a folder, not a page")
    );
    assert!(
        recs[1]["error"]["message"]
            .as_str()
            .unwrap()
            .starts_with("no/such.html: source: could not be read")
    );
    assert_eq!(recs[2]["source"]["charset"], "windows-1258");
}

/// Writes `bytes` as `name` in a fresh temporary folder (kept alive by the returned guard).
fn temp_input(name: &str, bytes: &[u8]) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    let path = path.to_str().unwrap().to_string();
    (dir, path)
}

fn page_with_body(body: &str) -> String {
    format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{TITLE}</title></head>\
         <body><article><h1>{TITLE}</h1>{body}</article></body></html>"
    )
}

#[test]
fn two_hundred_thousand_nested_divs_are_flattened_not_recursed() {
    let body = format!(
        "{}<p>{BODY_START} năm 2022.</p>{}",
        "<div>".repeat(200_000),
        "</div>".repeat(200_000)
    );
    let (_dir, path) = temp_input("nested.html", page_with_body(&body).as_bytes());
    for depth in ["512", "8"] {
        let (_, text, _) = result_of(&["--max-dom-depth", depth, &path]);
        assert!(text.contains(BODY_START), "depth {depth}: {text}");
    }
}

#[test]
fn a_7_mb_single_line_page_is_read_and_its_fact_text_capped() {
    // Numbered paragraphs: repeated ones would be dropped as boilerplate.
    let mut body = String::new();
    for i in 0.. {
        body.push_str(&format!(
            "<p>Đoạn {i}: {BODY_START}, có {i} hộ dân được hỗ trợ.</p>"
        ));
        if body.len() > 7_000_000 {
            break;
        }
    }
    let html = page_with_body(&body);
    assert!(html.len() > 7_000_000 && !html.contains('\n'));
    let (_dir, path) = temp_input("one-line.html", html.as_bytes());
    let (_, text, warnings) = result_of(&["--max-fact-chars", "100000", &path]);
    assert!(
        text.contains(BODY_START) && text.len() > 6_000_000,
        "{}",
        text.len()
    );
    let warned = format!("{warnings:?}");
    assert!(warned.contains("only the first 100000 of"), "{warned}");
}

#[test]
fn two_hundred_thousand_numbers_with_separators_and_units_end_in_time() {
    let units = [
        "%",
        " triệu đồng",
        " km",
        " ha",
        " tấn",
        " người",
        " ngày",
        " năm",
    ];
    let mut text = String::from("Báo cáo số liệu\n\n");
    for i in 0..200_000usize {
        let (a, b) = (i % 97 + 1, i % 31 + 1);
        let number = match i % 6 {
            0 => format!("{a}/{b}"),
            1 => format!("{a}-{b}"),
            2 => format!("{a}.{b}00"),
            3 => format!("{a},{b}"),
            4 => format!("{a}/{b}/20{:02}", i % 30),
            _ => format!("{a}{}", units[i % units.len()]),
        };
        text.push_str(&number);
        text.push_str(if i % 20 == 19 { ".\n\n" } else { ", " });
    }
    let (_dir, path) = temp_input("numbers.txt", text.as_bytes());
    let (out, recs) = extract(&["--max-facts", "1000", "--text", &path], None);
    assert_eq!(out.status.code(), Some(0), "{recs:?}");
    let facts = recs[0]["facts"].as_array().unwrap();
    assert_eq!(facts.len(), 1000);
    // 1,676,396 characters: the facts stage gets the first million (the default cap).
    let warned = format!("{:?}", recs[0]["warnings"]);
    assert!(
        warned.contains("only the first 1000 facts were kept")
            && warned.contains("only the first 1000000 of 1676396 characters"),
        "{warned}"
    );
}

#[test]
fn entity_floods_with_invalid_code_points_give_clean_text() {
    let flood =
        "&#x110000;&#0;&#xD800;&#56320;&#99999999999;&bogus;&amp;&nbsp;&#x1EA1;".repeat(50_000);
    let body = format!("<p>{BODY_START}.</p><p>{flood}</p>");
    let (_dir, path) = temp_input("entities.html", page_with_body(&body).as_bytes());
    let (_, text, _) = result_of(&[&path]);
    assert!(text.contains(BODY_START));
    assert!(text.contains('\u{fffd}') && text.contains('ạ') && text.contains('&'));
    assert!(!text.contains('\0'), "a NUL reached the text");
}

#[test]
fn a_page_of_only_script_has_no_script_text() {
    let script = "var a = '<p>không phải bài viết</p>'; if (a < 1) { x(); }\n".repeat(20_000);
    let html = format!("<html><head><script>{script}</script></head></html>");
    let (_dir, path) = temp_input("script.html", html.as_bytes());
    let (out, recs) = extract(&[&path], None);
    assert_eq!(out.status.code(), Some(0));
    let article = &recs[0]["article"];
    assert_eq!(
        (article["kind"].as_str(), article["text"].as_str()),
        (Some("index"), Some(""))
    );
    assert!(!recs[0].to_string().contains("không phải bài viết"));
}
