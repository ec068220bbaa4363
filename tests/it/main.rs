//! The integration tests: one binary, one module per area. The CLI is run as the real binary.

// Test helpers may fail loudly: a panic here is a test failure with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod batch;
mod browser;
mod cli;
mod decode;
mod fixtures;
mod fuzz_replay;
mod hostile;
mod http;
mod offsets;
mod properties;
mod report;
mod schema;
mod server;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository root.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A path under `fixtures/`.
pub fn fixture(rel: &str) -> PathBuf {
    root().join("fixtures").join(rel)
}

/// Runs the real `tinbai` binary with arguments.
pub fn tinbai(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tinbai"))
        .args(args)
        .output()
        .expect("the binary runs")
}

/// Parses JSONL output into records.
pub fn records(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}
