//! `tinbai extract`: one record per input, written to stdout as they finish.

use std::io::{IsTerminal, Write};

use anyhow::Context as _;
use clap::Args;
use tinbai::output;
use tinbai::source::{self, Format};

use super::{OutputFormat, PipelineArgs, Status, default_format};

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Pages to read: paths (`.gz` is decompressed), http(s) URLs, or `-` for stdin.
    /// Fetching has a time budget per URL (--timeout), retries (--retries) and a size cap
    /// (--max-bytes).
    #[arg(required = true, value_name = "INPUT")]
    inputs: Vec<String>,
    /// Read the inputs as plain text (first line the title), not HTML.
    #[arg(long)]
    text: bool,
    /// Output format [default: json on a terminal, jsonl otherwise].
    #[arg(long, value_enum)]
    format: Option<OutputFormat>,
    #[command(flatten)]
    pipeline: PipelineArgs,
}

pub fn run(args: &ExtractArgs) -> anyhow::Result<Status> {
    let opts = args.pipeline.options();
    let format = match args.format.unwrap_or_else(default_format) {
        OutputFormat::Json => output::Format::Json,
        OutputFormat::Jsonl => output::Format::Jsonl,
        OutputFormat::Text => output::Format::Text { color: use_color() },
        OutputFormat::Html if args.inputs.len() > 1 => anyhow::bail!(
            "--format html writes one report: give one input (or use --format text for several)"
        ),
        OutputFormat::Html => output::Format::Html,
    };
    let input_format = if args.text {
        Format::Text
    } else {
        Format::Html
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut status = Status::AllOk;
    let loader = source::Loader::new(input_format, &opts.limits, &opts.fetch);
    for (n, input) in args.inputs.iter().enumerate() {
        if n > 0 && matches!(format, output::Format::Text { .. }) {
            writeln!(out).context("writing to stdout")?;
        }
        let record = match loader.load(input) {
            Ok(page) => tinbai::process(page, &opts),
            Err(e) => output::Record::failure(failed_source(input), &e),
        };
        if let Some(error) = record.error() {
            eprintln!("tinbai: {}", error.message);
            status = Status::SomeFailed;
        }
        match output::write(&mut out, &record, format).and_then(|()| out.flush()) {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return Ok(status),
            other => other.context("writing to stdout")?,
        }
    }
    Ok(status)
}

/// Colour only on a terminal, and never when `NO_COLOR` is set to anything (no-color.org).
fn use_color() -> bool {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    !no_color && std::io::stdout().is_terminal()
}

fn failed_source(input: &str) -> output::SourceInfo {
    let mut info = output::SourceInfo::default();
    if input.starts_with("http://") || input.starts_with("https://") {
        info.url = Some(input.to_string());
    } else {
        info.path = Some(input.to_string());
    }
    info
}
