//! `tinbai batch`: the command line of batch mode; the work is done by `tinbai::batch`.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::time::Duration;

use anyhow::Context as _;
use clap::{Args, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use tinbai::batch::{self, Config, Done, Input, Inputs, OutputFormat, Sink, Summary};

use super::{PipelineArgs, Status};

#[derive(Debug, Args)]
pub struct BatchArgs {
    /// Folders (recursive), globs, .warc/.warc.gz archives, .jsonl files of {"url","html"} or
    /// {"path"} records, page files, or `-` for JSONL records on stdin.
    #[arg(value_name = "INPUT", required_unless_present = "urls")]
    inputs: Vec<String>,
    /// A file of URLs to fetch, one a line.
    #[arg(long, value_name = "FILE")]
    urls: Option<PathBuf>,
    /// Where records go [default: stdout].
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// jsonl: one record a line; csv: one row per fact.
    #[arg(long, value_enum, default_value = "jsonl")]
    format: BatchFormat,
    /// Worker threads [default: all cores; 16 with --urls].
    #[arg(short, long, value_name = "N")]
    jobs: Option<usize>,
    /// Keep the records already in --output and do only the inputs missing from it.
    #[arg(long, requires = "output")]
    resume: bool,
    /// Also write the end-of-run summary as JSON to this file.
    #[arg(long, value_name = "FILE")]
    summary_json: Option<PathBuf>,
    /// No progress bar and no summary on stderr.
    #[arg(short, long)]
    quiet: bool,
    /// Most connections to one host at a time (--urls).
    #[arg(long, value_name = "N", default_value_t = 2)]
    per_host: usize,
    /// Milliseconds between two requests to one host (--urls).
    #[arg(long, value_name = "MS", default_value_t = 1000)]
    delay: u64,
    /// Fetch pages even where robots.txt disallows it (--urls).
    #[arg(long)]
    ignore_robots: bool,
    #[command(flatten)]
    pipeline: PipelineArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum BatchFormat {
    Jsonl,
    Csv,
}

pub fn run(args: &BatchArgs) -> anyhow::Result<Status> {
    let mut opts = args.pipeline.options();
    opts.fetch.max_connections_per_host = args.per_host.max(1);
    let config = config(args);
    let (mut sink, done) = open(args, config.format)?;
    let mut inputs: Vec<Input> = args.inputs.iter().cloned().map(Input::Path).collect();
    inputs.extend(args.urls.clone().map(Input::Urls));
    let items = Inputs::new(inputs, &opts.limits, args.output.as_deref());
    let bar = progress_bar(args);
    let result = batch::run(items, done, &opts, &config, &mut sink, |s| update(&bar, s));
    bar.finish_and_clear();
    let summary = match result {
        Ok(summary) => summary,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return Ok(Status::SomeFailed),
        Err(e) => return Err(e).context("writing the output"),
    };
    report(args, &summary)?;
    Ok(if summary.errors_total() > 0 {
        Status::SomeFailed
    } else {
        Status::AllOk
    })
}

fn config(args: &BatchArgs) -> Config {
    let mut config = Config {
        format: match args.format {
            BatchFormat::Jsonl => OutputFormat::Jsonl,
            BatchFormat::Csv => OutputFormat::Csv,
        },
        ..Config::default()
    };
    if let Some(jobs) = args.jobs {
        config.jobs = jobs.max(1);
    } else if args.urls.is_some() {
        // Fetching waits on the network, not the CPU.
        config.jobs = config.jobs.max(16);
    }
    config.politeness.delay = Duration::from_millis(args.delay);
    config.politeness.ignore_robots = args.ignore_robots;
    config
}

fn open(args: &BatchArgs, format: OutputFormat) -> anyhow::Result<(Sink, Done)> {
    let Some(path) = &args.output else {
        let mut stdout = std::io::stdout();
        if format == OutputFormat::Csv {
            stdout.write_all(&tinbai::output::csv_header())?;
        }
        return Ok((Sink::new(Box::new(stdout)), Done::new()));
    };
    let (file, done) = batch::open_output(path, format, args.resume)
        .with_context(|| format!("opening the output {}", path.display()))?;
    Ok((Sink::new(Box::new(file)), done))
}

fn progress_bar(args: &BatchArgs) -> ProgressBar {
    if args.quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr_with_hz(4));
    let style = ProgressStyle::with_template(
        "{spinner} {pos} pages  {per_sec}  {msg}  elapsed {elapsed}  {eta_precise}",
    )
    .unwrap_or_else(|_| ProgressStyle::default_spinner());
    bar.set_style(style);
    bar
}

fn update(bar: &ProgressBar, summary: &Summary) {
    bar.set_position(summary.pages);
    let errors = summary.errors_total();
    if errors > 0 {
        bar.set_message(format!("{errors} errors"));
    }
}

fn report(args: &BatchArgs, summary: &Summary) -> anyhow::Result<()> {
    if !args.quiet {
        eprint!("tinbai batch: {summary}");
    }
    if let Some(path) = &args.summary_json {
        let json = serde_json::to_string_pretty(summary)?;
        std::fs::write(path, json + "\n")
            .with_context(|| format!("writing the summary {}", path.display()))?;
    }
    Ok(())
}
