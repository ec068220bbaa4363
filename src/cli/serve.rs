//! `tinbai serve`: starts the report page and the HTTP API (`tinbai::server`) on one address.

use std::net::SocketAddr;
use std::time::Duration;

use anyhow::Context as _;
use clap::Args;
use tinbai::server::Config;

use super::{Status, parse_secs, parse_size};

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on; port 0 picks a free port (the address is printed on stderr).
    #[arg(long, value_name = "IP:PORT", default_value_t = Config::default().addr)]
    addr: SocketAddr,
    /// Allow fetching URLs that resolve to private, loopback or link-local addresses.
    #[arg(long)]
    allow_private: bool,
    /// Largest request body (bytes, or with K, M, G).
    #[arg(long, value_name = "SIZE", value_parser = parse_size,
          default_value_t = Config::default().max_body as u64)]
    max_body: u64,
    /// Seconds allowed for one request: reading it, fetching the page and extracting.
    #[arg(long, value_name = "SECS", value_parser = parse_secs,
          default_value_t = Config::default().timeout.as_secs_f64())]
    timeout: f64,
}

pub fn run(args: &ServeArgs) -> anyhow::Result<Status> {
    let mut config = Config {
        addr: args.addr,
        max_body: usize::try_from(args.max_body).unwrap_or(usize::MAX),
        timeout: Duration::from_secs_f64(args.timeout),
        ..Config::default()
    };
    config.options.fetch.allow_private = args.allow_private;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the server's runtime")?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(config.addr)
            .await
            .with_context(|| format!("listening on {}", config.addr))?;
        let addr = listener
            .local_addr()
            .context("reading the address listened on")?;
        if !addr.ip().is_loopback() {
            eprintln!(
                "tinbai: warning: listening on {addr}, not loopback: whoever reaches it can make \
                 this machine fetch URLs"
            );
        }
        eprintln!("tinbai: serving on http://{addr} (Ctrl-C to stop)");
        tinbai::server::serve(listener, config)
            .await
            .context("serving")
    })?;
    Ok(Status::AllOk)
}
