//! The command line: what the user typed (clap) turned into what the program does.
//!
//! `main.rs` only maps the result to an exit code: 0 all inputs ok, 1 some inputs failed,
//! 2 a usage or fatal error.

mod batch;
mod extract;

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Turns Vietnamese news articles into structured, checkable facts.
#[derive(Debug, Parser)]
#[command(name = "tinbai", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Extract the article and its facts from pages, URLs, stdin (`-`) or text files.
    Extract(extract::ExtractArgs),
    /// Process folders, globs, WARC archives, JSONL records or URL lists, in parallel.
    Batch(batch::BatchArgs),
    /// Print the JSON Schema of the output record.
    Schema,
}

/// Output formats of `extract`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Pretty JSON, one document per input.
    Json,
    /// One record per line.
    Jsonl,
}

/// Options shared by every command that runs the pipeline.
#[derive(Debug, Clone, Args)]
pub struct PipelineArgs {
    /// What relative dates resolve against when a page has no date (YYYY-MM-DD).
    #[arg(long, value_name = "YYYY-MM-DD")]
    reference_date: Option<jiff::civil::Date>,
    /// The URL a saved page was served from.
    #[arg(long, value_name = "URL")]
    base_url: Option<url::Url>,
    /// Largest input accepted, in bytes.
    #[arg(long, value_name = "BYTES", default_value_t = tinbai::Limits::default().max_input_bytes)]
    max_bytes: u64,
    /// Seconds allowed for fetching one URL.
    #[arg(long, value_name = "SECS", default_value_t = 60)]
    timeout: u64,
}

impl PipelineArgs {
    fn options(&self) -> tinbai::Options {
        let mut opts = tinbai::Options {
            reference_date: self.reference_date,
            base_url: self.base_url.clone(),
            ..tinbai::Options::default()
        };
        opts.limits.max_input_bytes = self.max_bytes;
        opts.fetch.total_timeout = std::time::Duration::from_secs(self.timeout);
        opts
    }
}

/// Parses the arguments and runs the command.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let result = match cli.command {
        Command::Extract(args) => extract::run(&args),
        Command::Batch(args) => batch::run(&args),
        Command::Schema => {
            print!("{}", tinbai::output::schema());
            Ok(Status::AllOk)
        }
    };
    match result {
        Ok(Status::AllOk) => ExitCode::SUCCESS,
        Ok(Status::SomeFailed) => ExitCode::from(1),
        Err(e) => {
            eprintln!("tinbai: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// How a command ended when it did not fail outright.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Every input gave a record without error.
    AllOk,
    /// At least one input gave an error record.
    SomeFailed,
}

fn default_format() -> OutputFormat {
    if std::io::stdout().is_terminal() {
        OutputFormat::Json
    } else {
        OutputFormat::Jsonl
    }
}
