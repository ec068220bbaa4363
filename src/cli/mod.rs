//! The command line: what the user typed (clap) turned into what the program does.
//!
//! `main.rs` only maps the result to an exit code: 0 all inputs ok, 1 some inputs failed,
//! 2 a usage or fatal error.

mod batch;
mod extract;
mod serve;

use std::io::IsTerminal;
use std::process::ExitCode;
use std::time::Duration;

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
    /// Serve the report page and the HTTP API (loopback only unless --addr says otherwise).
    Serve(serve::ServeArgs),
}

/// Output formats of `extract`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Pretty JSON, one document per input.
    Json,
    /// One record per line.
    Jsonl,
    /// A report to read: title, source, then the facts by type with their sentence (coloured on
    /// a terminal unless NO_COLOR is set).
    Text,
    /// A self-contained HTML report of one input: the text with its facts highlighted.
    Html,
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
    /// Largest input accepted: a file, stdin or a response body (bytes, or with K, M, G).
    #[arg(long, value_name = "SIZE", value_parser = parse_size,
          default_value_t = tinbai::Limits::default().max_input_bytes)]
    max_bytes: u64,
    /// Largest size a .gz input may expand to (bytes, or with K, M, G).
    #[arg(long, value_name = "SIZE", value_parser = parse_size,
          default_value_t = tinbai::Limits::default().max_decompressed_bytes)]
    max_decompressed_bytes: u64,
    /// Largest expansion ratio of a .gz input (decompressed over compressed size).
    #[arg(long, value_name = "N",
          default_value_t = tinbai::Limits::default().max_decompression_ratio)]
    max_decompression_ratio: u64,
    /// Deepest element nesting walked in a page; deeper content is flattened.
    #[arg(long, value_name = "N", default_value_t = tinbai::Limits::default().max_dom_depth)]
    max_dom_depth: usize,
    /// Most characters of article text sent to the facts stage.
    #[arg(long, value_name = "N",
          default_value_t = tinbai::Limits::default().max_fact_text_chars)]
    max_fact_chars: usize,
    /// Most facts kept for one article.
    #[arg(long, value_name = "N", default_value_t = tinbai::Limits::default().max_facts)]
    max_facts: usize,
    /// Seconds allowed for one URL: connecting, redirects, retries and the body.
    #[arg(long, value_name = "SECS", value_parser = parse_secs,
          default_value_t = tinbai::FetchOptions::default().total_timeout.as_secs_f64())]
    timeout: f64,
    /// Seconds allowed to connect to a server.
    #[arg(long, value_name = "SECS", value_parser = parse_secs,
          default_value_t = tinbai::FetchOptions::default().connect_timeout.as_secs_f64())]
    connect_timeout: f64,
    /// How many times a failed request is tried again (5xx, 429, timeouts, broken connections).
    #[arg(long, value_name = "N", default_value_t = tinbai::FetchOptions::default().retries)]
    retries: u32,
    /// Most redirects followed for one URL.
    #[arg(long, value_name = "N", default_value_t = tinbai::FetchOptions::default().max_redirects)]
    max_redirects: usize,
    /// Refuse URLs whose host is or resolves to a private, loopback or link-local address.
    #[arg(long)]
    deny_private: bool,
}

impl PipelineArgs {
    fn options(&self) -> tinbai::Options {
        let mut opts = tinbai::Options {
            reference_date: self.reference_date,
            base_url: self.base_url.clone(),
            ..tinbai::Options::default()
        };
        opts.limits.max_input_bytes = self.max_bytes;
        opts.limits.max_decompressed_bytes = self.max_decompressed_bytes;
        opts.limits.max_decompression_ratio = self.max_decompression_ratio;
        opts.limits.max_dom_depth = self.max_dom_depth;
        opts.limits.max_fact_text_chars = self.max_fact_chars;
        opts.limits.max_facts = self.max_facts;
        let fetch = &mut opts.fetch;
        fetch.total_timeout = Duration::from_secs_f64(self.timeout);
        fetch.connect_timeout = Duration::from_secs_f64(self.connect_timeout);
        fetch.retries = self.retries;
        fetch.max_redirects = self.max_redirects;
        fetch.allow_private = !self.deny_private;
        opts
    }
}

/// A size in bytes: `20971520`, `512K`, `20M`, `1G` (powers of 1024; a trailing `B` or `iB`
/// is allowed).
fn parse_size(text: &str) -> Result<u64, String> {
    let t = text.trim().to_ascii_uppercase();
    let t = t
        .strip_suffix("IB")
        .or_else(|| t.strip_suffix('B'))
        .unwrap_or(&t);
    let (digits, shift) = match t.chars().last() {
        Some('K') => (&t[..t.len() - 1], 10),
        Some('M') => (&t[..t.len() - 1], 20),
        Some('G') => (&t[..t.len() - 1], 30),
        _ => (t, 0),
    };
    let n: u64 = digits
        .trim()
        .parse()
        .map_err(|_| format!("{text:?} is not a size such as 20971520, 512K, 20M or 1G"))?;
    n.checked_mul(1 << shift)
        .ok_or_else(|| format!("{text:?} is too large"))
}

/// A positive number of seconds, fractions allowed: `60`, `0.5`.
fn parse_secs(text: &str) -> Result<f64, String> {
    match text.trim().parse::<f64>() {
        Ok(secs) if secs > 0.0 && secs <= 86_400.0 => Ok(secs),
        _ => Err(format!(
            "{text:?} is not a number of seconds between 0 and 86400"
        )),
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
        Command::Serve(args) => serve::run(&args),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_and_seconds() {
        assert_eq!(parse_size("20M"), Ok(20 << 20));
        assert_eq!(parse_size("512kb"), Ok(512 << 10));
        assert_eq!(parse_size("1GiB"), Ok(1 << 30));
        assert_eq!(parse_size("1000"), Ok(1000));
        assert!(parse_size("lots").is_err());
        assert!(parse_size("99999999999G").is_err());
        assert_eq!(parse_secs("0.5"), Ok(0.5));
        assert!(
            parse_secs("0").is_err() && parse_secs("-1").is_err() && parse_secs("NaN").is_err()
        );
    }
}
