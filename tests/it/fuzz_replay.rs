//! The fuzz corpora replayed on stable (issue 5): every file of `fuzz/corpus/<target>/` and of
//! `fuzz/regressions/<target>/` (the inputs that once crashed a target) goes through the very
//! checks the `cargo fuzz` targets run, from `fuzz/checks.rs`.

use std::path::Path;

#[path = "../../fuzz/checks.rs"]
mod checks;

/// Runs `target`'s check on one input.
fn replay(target: &str, data: &[u8]) {
    match target {
        "decode" => checks::decode(data),
        "article" => checks::article(data),
        "facts" => checks::facts(checks::utf8_prefix(data)),
        "numeral" => checks::numeral(checks::utf8_prefix(data)),
        "warc" => checks::warc(data),
        other => panic!("fuzz/{other}: no such fuzz target"),
    }
}

/// Replays every file under `dir/<target>/`; returns how many files each target had.
fn replay_all(dir: &Path) -> Vec<(String, usize)> {
    let Ok(targets) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut counts = Vec::new();
    for target in targets {
        let target = target.unwrap().path();
        let name = target.file_name().unwrap().to_str().unwrap().to_string();
        let mut n = 0;
        for file in std::fs::read_dir(&target).unwrap() {
            let path = file.unwrap().path();
            let data = std::fs::read(&path).unwrap();
            let outcome = std::panic::catch_unwind(|| replay(&name, &data));
            assert!(outcome.is_ok(), "{} fails its check", path.display());
            n += 1;
        }
        counts.push((name, n));
    }
    counts.sort();
    counts
}

#[test]
fn every_saved_corpus_input_passes_its_targets_checks() {
    let counts = replay_all(&crate::root().join("fuzz/corpus"));
    let names: Vec<&str> = counts.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(names, ["article", "decode", "facts", "numeral", "warc"]);
    for (name, n) in &counts {
        assert!(*n > 0, "fuzz/corpus/{name} is empty");
    }
}

#[test]
fn every_input_that_once_crashed_a_target_passes_now() {
    replay_all(&crate::root().join("fuzz/regressions"));
}

#[test]
fn the_replay_can_fail() {
    let outcome = std::panic::catch_unwind(|| replay("nonesuch", b""));
    assert!(outcome.is_err());
}
