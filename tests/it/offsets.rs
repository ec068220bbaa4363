//! Fact offsets over real inputs (issue 3): every fact's `start..end` slices its `text` out of the
//! article's `text` in Unicode scalars, and facts of one type never overlap (quantities never overlap
//! each other at all). Checked on every fixture, on the shared corpus texts when they are present
//! (`../shared/corpus/text` and `text-all`), and on generated Vietnamese text.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Instant, SystemTime};

use proptest::prelude::*;
use serde_json::Value;

use tinbai::facts::{self, Context, FactType};
use tinbai::normalize::Normalized;

/// The quantity types: one number has one meaning, so their spans never overlap each other.
const QUANTITIES: [&str; 8] = [
    "date", "period", "document", "count", "duration", "percent", "ratio", "money",
];

/// How many files one `tinbai batch` call reads.
const BATCH: usize = 400;

/// What is wrong with the facts of one record, one message per problem.
fn problems(record: &Value) -> Vec<String> {
    let Some(text) = record["article"]["text"].as_str() else {
        return Vec::new();
    };
    let chars: Vec<char> = text.chars().collect();
    let mut spans: Vec<(String, usize, usize)> = Vec::new();
    let mut found = Vec::new();
    for fact in record["facts"].as_array().into_iter().flatten() {
        let kind = fact["type"].as_str().unwrap_or("?").to_string();
        let (start, end) = (offset(&fact["start"]), offset(&fact["end"]));
        let want = fact["text"].as_str().unwrap_or("");
        if start >= end || end > chars.len() {
            found.push(format!(
                "{kind} {start}..{end}: empty or past the end ({} chars)",
                chars.len()
            ));
            continue;
        }
        let got: String = chars[start..end].iter().collect();
        if got != want {
            found.push(format!(
                "{kind} {start}..{end}: slices {got:?}, fact says {want:?}"
            ));
        }
        spans.push((kind, start, end));
    }
    found.extend(overlaps(&spans));
    found
}

fn offset(v: &Value) -> usize {
    v.as_u64().map_or(usize::MAX, |n| n as usize)
}

/// Overlapping spans within one type, and between two quantity types.
fn overlaps(spans: &[(String, usize, usize)]) -> Vec<String> {
    let mut found = Vec::new();
    let mut by_group: BTreeMap<String, Vec<(usize, usize, &str)>> = BTreeMap::new();
    for (kind, s, e) in spans {
        by_group
            .entry(kind.clone())
            .or_default()
            .push((*s, *e, kind));
        if QUANTITIES.contains(&kind.as_str()) {
            by_group
                .entry("quantities".into())
                .or_default()
                .push((*s, *e, kind));
        }
    }
    for (group, mut list) in by_group {
        list.sort();
        for pair in list.windows(2) {
            let ((s1, e1, k1), (s2, e2, k2)) = (pair[0], pair[1]);
            if s2 < e1 {
                found.push(format!("{group}: {k1} {s1}..{e1} overlaps {k2} {s2}..{e2}"));
            }
        }
    }
    found
}

/// Runs `tinbai batch` over files in calls of [`BATCH`]; gives the records and every problem.
fn run_batches(exe: &Path, files: &[PathBuf], text_only: bool) -> (usize, Vec<String>) {
    let (mut records, mut found) = (0, Vec::new());
    for chunk in files.chunks(BATCH) {
        let out = Command::new(exe)
            .args(["batch", "--quiet", "--reference-date", "2023-05-24"])
            .args(chunk)
            .output()
            .expect("the binary runs");
        let stderr = String::from_utf8_lossy(&out.stderr);
        if stderr.contains("panicked") {
            found.push(format!("a panic: {stderr}"));
        }
        let recs = crate::records(&out);
        if recs.len() != chunk.len() {
            found.push(format!("{} records for {} files", recs.len(), chunk.len()));
        }
        for rec in &recs {
            let id = rec["source"]["path"].as_str().unwrap_or("?").to_string();
            if text_only && rec.get("error").is_some() {
                found.push(format!("{id}: error record {}", rec["error"]));
            }
            if rec["error"]["message"]
                .as_str()
                .is_some_and(|m| m.contains("internal error"))
            {
                found.push(format!("{id}: a panic, {}", rec["error"]["message"]));
            }
            found.extend(problems(rec).into_iter().map(|p| format!("{id}: {p}")));
        }
        records += recs.len();
    }
    (records, found)
}

fn files_under(dir: &Path, keep: &dyn Fn(&Path) -> bool) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(files_under(&path, keep));
        } else if keep(&path) {
            out.push(path);
        }
    }
    out.sort();
    out
}

fn is_txt(p: &Path) -> bool {
    p.extension().is_some_and(|e| e == "txt")
}

fn assert_clean(what: &str, records: usize, found: &[String]) {
    eprintln!(
        "offsets: {what}: {records} records, {} problems",
        found.len()
    );
    assert!(
        found.is_empty(),
        "{what}: {} problems, first ones:\n{}",
        found.len(),
        found
            .iter()
            .take(20)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn every_fixture_fact_slices_and_no_type_overlaps() {
    let exe = Path::new(env!("CARGO_BIN_EXE_tinbai"));
    let pages = files_under(&crate::fixture("pages"), &|p| p.ends_with("source.html"));
    assert!(pages.len() >= 9, "fixture pages missing: {pages:?}");
    let (n, found) = run_batches(exe, &pages, false);
    assert_eq!(n, pages.len());
    assert_clean("fixture pages", n, &found);
    // Hostile inputs may give error records, but never a panic nor a broken offset.
    let hostile = files_under(&crate::fixture("hostile"), &|p| {
        p.extension().is_none_or(|e| e != "py")
    });
    let (n, found) = run_batches(exe, &hostile, false);
    assert_clean("hostile fixtures", n, &found);
    let texts: Vec<PathBuf> = hostile.into_iter().filter(|p| is_txt(p)).collect();
    let (n, found) = run_batches(exe, &texts, true);
    assert_clean("fixture texts", n, &found);
}

/// The shared reference data, found as `eval/common.sh` finds it.
fn shared() -> Option<PathBuf> {
    let candidates = [
        std::env::var_os("TINBAI_SHARED").map(PathBuf::from),
        Some(crate::root().join("../shared")),
        Some(PathBuf::from("/work/shared")),
    ];
    candidates
        .into_iter()
        .flatten()
        .find(|p| p.join("corpus").is_dir())
}

fn modified(p: &Path) -> Option<SystemTime> {
    std::fs::metadata(p).and_then(|m| m.modified()).ok()
}

/// The newest modification time of the sources the binary is built from.
fn newest_source() -> Option<SystemTime> {
    let root = crate::root();
    let mut paths = files_under(&root.join("src"), &|_| true);
    paths.extend(["Cargo.toml", "Cargo.lock"].map(|f| root.join(f)));
    paths.iter().map(|p| modified(p)).max().flatten()
}

/// The release binary when it is newer than every source file (so built from them); else the
/// debug binary over every `stride`-th file, to stay within about a minute on two cores.
fn corpus_runner(files: Vec<PathBuf>) -> (PathBuf, Vec<PathBuf>, String) {
    let debug = PathBuf::from(env!("CARGO_BIN_EXE_tinbai"));
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| crate::root().join("target"), PathBuf::from);
    let release = target.join("release/tinbai");
    let fresh = matches!((modified(&release), newest_source()), (Some(r), Some(s)) if r >= s);
    if fresh || std::env::var_os("TINBAI_OFFSETS_ALL").is_some() {
        let exe = if fresh { release } else { debug };
        let note = format!("all {} texts with {}", files.len(), exe.display());
        return (exe, files, note);
    }
    let stride = 5;
    let total = files.len();
    let some: Vec<PathBuf> = files.into_iter().step_by(stride).collect();
    let note = format!(
        "{} of {total} texts (every {stride}th) with the debug binary; an up-to-date \
         target/release/tinbai or TINBAI_OFFSETS_ALL=1 checks them all",
        some.len()
    );
    (debug, some, note)
}

#[test]
fn shared_corpus_texts_slice_and_no_type_overlaps() {
    let Some(shared) = shared() else {
        eprintln!("offsets: no shared corpus (TINBAI_SHARED, ../shared, /work/shared): skipped");
        return;
    };
    let corpus = shared.join("corpus");
    let mut files = files_under(&corpus.join("text"), &is_txt);
    let all = files_under(&corpus.join("text-all"), &is_txt);
    if all.is_empty() {
        eprintln!(
            "offsets: no {}: only the gold texts",
            corpus.join("text-all").display()
        );
    }
    files.extend(all);
    let (exe, files, note) = corpus_runner(files);
    let started = Instant::now();
    let (n, found) = run_batches(&exe, &files, true);
    eprintln!("offsets: {note}: {:.1} s", started.elapsed().as_secs_f64());
    assert_eq!(n, files.len());
    assert_clean("shared corpus texts", n, &found);
}

#[test]
fn the_checker_finds_a_broken_offset_and_an_overlap() {
    let good = serde_json::json!({
        "article": {"text": "Ngày 01/8/2013 có hơn 35.000 lượt người."},
        "facts": [
            {"type": "date", "text": "Ngày 01/8/2013", "start": 0, "end": 14},
            {"type": "count", "text": "hơn 35.000 lượt người", "start": 18, "end": 39}
        ]
    });
    assert_eq!(problems(&good), Vec::<String>::new());
    let mut shifted = good.clone();
    shifted["facts"][1]["start"] = 19.into();
    assert_eq!(problems(&shifted).len(), 1, "{:?}", problems(&shifted));
    let mut crossing = good.clone();
    crossing["facts"][1] =
        serde_json::json!({"type": "money", "text": "2013 có", "start": 10, "end": 17});
    assert!(problems(&crossing)[0].starts_with("quantities: date 0..14 overlaps money"));
    let mut twice = good;
    twice["facts"][1] =
        serde_json::json!({"type": "date", "text": "01/8/2013", "start": 5, "end": 14});
    assert!(problems(&twice)[0].starts_with("date: "));
}

/// Pieces of news text: Vietnamese words around numbers, digits and the separators numbers use.
const PIECES: &[&str] = &[
    "ngày ",
    "tháng ",
    "năm ",
    "quý ",
    "I",
    "từ ",
    "đến ",
    "nay",
    " qua",
    "hôm ",
    "sáng ",
    "giờ",
    "giai đoạn ",
    "hơn ",
    "trên ",
    "gần ",
    "khoảng ",
    "hàng ",
    "chục ",
    "trăm ",
    "nghìn ",
    "triệu ",
    "tỷ ",
    "đồng",
    "USD",
    "%",
    " phần trăm",
    "người",
    " hộ",
    " khu dân cư",
    "lượt ",
    "vụ",
    " đối tượng",
    "tuổi",
    "số ",
    "Nghị định ",
    "Quyết định ",
    "/QĐ-UBND",
    "/NĐ-CP",
    "-CT/TW",
    "Công an ",
    "huyện ",
    "tỉnh ",
    "xã ",
    "Lạc Dương",
    "Lâm Đồng",
    "UBND ",
    "Ủy ban ",
    "ông ",
    "bà ",
    "Nguyễn Văn ",
    "Trần Thị ",
    "Đại tá ",
    "Giám đốc ",
    "an ninh Tổ quốc ",
    "(ANTQ)",
    "ANTQ ",
    "Bộ Công an",
    "một ",
    "hai mươi mốt ",
    "rưỡi",
    "lần thứ ",
    "/",
    "-",
    ".",
    ",",
    "(",
    ")",
    ":",
    " ",
    " ",
    "\n",
    "Đ",
    "İ",
    "\u{212a}",
    "0",
    "1",
    "2",
    "5",
    "9",
    "12",
    "24",
    "31",
    "34",
    "100",
    "289",
    "2013",
    "2019",
    "2023",
    "35.000",
    "1,5",
    "68,6",
];

fn check_generated(raw: &str) -> Result<(), TestCaseError> {
    let text = Normalized::new(raw);
    let ctx = Context::at("2023-05-24T18:20:00".parse().expect("a datetime"));
    let chars: Vec<char> = text.text().chars().collect();
    let mut spans = Vec::new();
    for fact in facts::extract(&text, &ctx) {
        prop_assert!(
            fact.start < fact.end && fact.end <= chars.len(),
            "{:?}",
            fact
        );
        let got: String = chars[fact.start..fact.end].iter().collect();
        prop_assert_eq!(&got, &fact.text);
        spans.push((fact.kind.as_str().to_string(), fact.start, fact.end));
    }
    let found = overlaps(&spans);
    prop_assert!(found.is_empty(), "{:?} in {:?}", found, raw);
    Ok(())
}

proptest! {
    /// Text built from news words, digits and `/ - . , %`: every fact slices out exactly, and
    /// neither one type nor two quantity types overlap (all twelve types run, unlike the
    /// per-type robustness tests under `src/facts/`).
    #[test]
    fn generated_text_facts_slice_and_do_not_overlap(
        picks in proptest::collection::vec(0..PIECES.len(), 0..60)
    ) {
        let raw: String = picks.iter().map(|&i| PIECES[i]).collect();
        check_generated(&raw)?;
    }
}

#[test]
fn a_text_with_every_type_passes_the_check() {
    // The check above sees every type: one text that has them all.
    let raw = "Ngày 24/5/2023 ông Nguyễn Văn An, Giám đốc Công an tỉnh Lâm Đồng, nói giai đoạn \
               2014-2023 có hơn 35.000 lượt người, 24/34 khu dân cư, 68,6%, 1,5 tỷ đồng, 10 năm, \
               theo Nghị định 100/2019/NĐ-CP về an ninh Tổ quốc (ANTQ) ở huyện Lạc Dương.";
    let text = Normalized::new(raw);
    let ctx = Context::at("2023-05-24T18:20:00".parse().expect("a datetime"));
    let kinds: Vec<FactType> = facts::extract(&text, &ctx).iter().map(|f| f.kind).collect();
    for kind in FactType::ALL {
        assert!(kinds.contains(&kind), "no {kind} in {kinds:?}");
    }
    check_generated(raw).expect("the sample text is consistent");
}
