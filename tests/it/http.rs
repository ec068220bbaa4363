//! Fetching over HTTP against a real local server (issue 2 and the network faults of issue 5):
//! the real binary fetches `http://127.0.0.1:PORT/...`; the library's [`Fetcher`] is used where
//! the binary cannot show the behaviour (parallel fetches, async use).
//!
//! Every fault must give the right result or error within its limits, so each test also bounds
//! its own wall time, generously: CI machines are shared.

mod server;

use std::io::Write;
use std::process::{Command, Output};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::{Duration, Instant};

use serde_json::Value;
use server::{ReadWrite, Request, Server, head, reset, respond};
use tinbai::source::Fetcher;

use crate::decode::{SENTENCE, windows_1258};
use crate::hostile::gzip_bomb;
use crate::records;

const TITLE: &str = "Lâm Đồng tổng kết phòng chống thiên tai";

fn page_html(charset_meta: &str) -> String {
    format!(
        "<!DOCTYPE html><html><head>{charset_meta}<title>{TITLE}</title></head><body><article>\
         <h1>{TITLE}</h1><p>{SENTENCE}</p><p>{SENTENCE}</p></article></body></html>"
    )
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    enc.write_all(data).unwrap();
    enc.finish().unwrap()
}

const HTML: (&str, &str) = ("Content-Type", "text/html; charset=utf-8");

/// Writes up to `limit` bytes of `byte` in 64 KiB pieces, stopping when the client goes away.
fn stream_bytes(stream: &mut dyn ReadWrite, byte: u8, limit: usize) {
    let piece = vec![byte; 64 * 1024];
    let mut sent = 0;
    while sent < limit && stream.write_all(&piece).is_ok() {
        sent += piece.len();
    }
}

/// The routes every test server answers.
fn routes(req: &Request, s: &mut dyn ReadWrite) {
    let page = page_html("<meta charset=\"utf-8\">");
    let first = req.seen_before == 0;
    match req.path.as_str() {
        "/page" => respond(s, "200 OK", &[HTML], page.as_bytes()),
        "/r/0" => respond(s, "302 Found", &[("Location", "/page")], b""),
        p if p.starts_with("/r/") => {
            let n: u32 = p[3..].parse().unwrap();
            respond(
                s,
                "301 Moved Permanently",
                &[("Location", &format!("/r/{}", n - 1))],
                b"",
            );
        }
        "/loop/a" => respond(s, "302 Found", &[("Location", "/loop/b")], b""),
        "/loop/b" => respond(s, "302 Found", &[("Location", "/loop/a")], b""),
        "/missing" => respond(s, "404 Not Found", &[HTML], b"<p>not here</p>"),
        "/broken" => respond(s, "500 Internal Server Error", &[], b"oops"),
        "/flaky" if first => respond(s, "500 Internal Server Error", &[], b"oops"),
        "/flaky" => respond(s, "200 OK", &[HTML], page.as_bytes()),
        "/busy" if first => respond(s, "429 Too Many Requests", &[("Retry-After", "1")], b""),
        "/busy" => respond(s, "200 OK", &[HTML], page.as_bytes()),
        "/busy-long" => respond(s, "429 Too Many Requests", &[("Retry-After", "3600")], b""),
        "/trickle" => {
            let _ = s.write_all(head("200 OK", &[HTML], Some(1000)).as_bytes());
            for byte in page.bytes().take(30) {
                if s.write_all(&[byte]).and_then(|()| s.flush()).is_err() {
                    break;
                }
                thread::sleep(Duration::from_secs(1));
            }
        }
        "/stall" => thread::sleep(Duration::from_secs(8)),
        "/stall-once" if first => thread::sleep(Duration::from_secs(4)),
        "/stall-once" => respond(s, "200 OK", &[HTML], page.as_bytes()),
        "/huge" => {
            let _ = s.write_all(head("200 OK", &[HTML], Some(2 << 30)).as_bytes());
            stream_bytes(s, b' ', 64 << 20);
        }
        "/endless" => {
            let _ = s.write_all(head("200 OK", &[HTML], None).as_bytes());
            stream_bytes(s, b' ', 64 << 20);
        }
        "/reset-once" if !first => respond(s, "200 OK", &[HTML], page.as_bytes()),
        "/reset" | "/reset-once" => {
            let _ = s.write_all(head("200 OK", &[HTML], Some(5000)).as_bytes());
            let _ = s.write_all(&page.as_bytes()[..200]);
            reset(s);
        }
        "/lying" => {
            let _ = s.write_all(head("200 OK", &[HTML], Some(5000)).as_bytes());
            let _ = s.write_all(&page.as_bytes()[..200]);
        }
        "/octet" => respond(
            s,
            "200 OK",
            &[("Content-Type", "application/octet-stream")],
            page.as_bytes(),
        ),
        "/png" => respond(
            s,
            "200 OK",
            &[HTML],
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01",
        ),
        "/latin1-header" => respond(
            s,
            "200 OK",
            &[("Content-Type", "text/html; charset=iso-8859-1")],
            page_html("").as_bytes(),
        ),
        "/utf8-header-1258-body" => respond(s, "200 OK", &[HTML], &windows_1258(&page_html(""))),
        "/gzip" => respond(
            s,
            "200 OK",
            &[HTML, ("Content-Encoding", "gzip")],
            &gzip(page.as_bytes()),
        ),
        "/br" => {
            let mut out = Vec::new();
            let mut enc = brotli::CompressorWriter::new(&mut out, 4096, 9, 22);
            enc.write_all(page.as_bytes()).unwrap();
            drop(enc);
            respond(s, "200 OK", &[HTML, ("Content-Encoding", "br")], &out);
        }
        "/gzip-bomb" => respond(
            s,
            "200 OK",
            &[HTML, ("Content-Encoding", "gzip")],
            &gzip_bomb(1024),
        ),
        "/page.html.gz" => respond(
            s,
            "200 OK",
            &[("Content-Type", "application/gzip")],
            &gzip(page.as_bytes()),
        ),
        _ => respond(s, "404 Not Found", &[], b""),
    }
}

/// Runs `tinbai extract --format jsonl ARGS` without any proxy from the environment.
fn extract(args: &[&str]) -> (Output, Vec<Value>, Duration) {
    let started = Instant::now();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_tinbai"));
    cmd.args(["extract", "--format", "jsonl"]).args(args);
    for var in [
        "http_proxy",
        "https_proxy",
        "all_proxy",
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
    ] {
        cmd.env_remove(var);
    }
    let out = cmd.output().unwrap();
    let took = started.elapsed();
    let recs = records(&out);
    (out, recs, took)
}

/// The record of a URL that must succeed.
fn ok(args: &[&str]) -> (Value, Duration) {
    let (out, recs, took) = extract(args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    (recs.into_iter().next().unwrap(), took)
}

/// The error message of a URL that must fail, checked to name the URL and the source stage.
fn failure(url: &str, args: &[&str]) -> (String, Duration) {
    let (out, recs, took) = extract(args);
    assert_eq!(out.status.code(), Some(1), "{args:?}: {recs:?}");
    let message = recs[0]["error"]["message"].as_str().unwrap().to_string();
    assert!(message.starts_with(&format!("{url}: ")), "{message}");
    (message, took)
}

fn article_text(rec: &Value) -> &str {
    rec["article"]["text"].as_str().unwrap()
}

#[test]
fn a_page_gives_its_article_status_charset_and_a_clear_user_agent() {
    let srv = Server::start(routes);
    let url = srv.url("/page");
    let (rec, _) = ok(&[&url]);
    assert_eq!(rec["source"]["url"], url.as_str());
    assert_eq!(rec["source"]["final_url"], url.as_str());
    assert_eq!(rec["source"]["http_status"], 200);
    assert_eq!(rec["source"]["charset"], "utf-8");
    assert!(article_text(&rec).contains(SENTENCE));
    let seen = &srv.requests("/page")[0].headers;
    assert!(seen["user-agent"].starts_with("tinbai/"), "{seen:?}");
    assert!(seen["accept-encoding"].contains("gzip") && seen["accept-encoding"].contains("br"));
}

#[test]
fn redirects_are_followed_up_to_the_limit_and_loops_are_caught() {
    let srv = Server::start(routes);
    let (rec, _) = ok(&[&srv.url("/r/3")]);
    assert_eq!(rec["source"]["final_url"], srv.url("/page").as_str());
    assert_eq!(rec["source"]["url"], srv.url("/r/3").as_str());
    let url = srv.url("/r/3");
    let (message, _) = failure(&url, &["--max-redirects", "2", &url]);
    assert!(
        message.ends_with("source: too many redirects (more than 2)"),
        "{message}"
    );
    let url = srv.url("/loop/a");
    let (message, _) = failure(&url, &[&url]);
    let want = format!(
        "redirect loop: {} leads back to {}",
        srv.url("/loop/b"),
        url
    );
    assert!(message.ends_with(&want), "{message}");
}

#[test]
fn a_404_is_reported_at_once_and_not_retried() {
    let srv = Server::start(routes);
    let url = srv.url("/missing");
    let (message, _) = failure(&url, &[&url]);
    assert_eq!(message, format!("{url}: source: HTTP status 404 Not Found"));
    assert_eq!(srv.requests("/missing").len(), 1);
}

#[test]
fn a_500_is_retried_then_reported_and_500_then_200_succeeds() {
    let srv = Server::start(routes);
    let url = srv.url("/broken");
    let (message, _) = failure(&url, &["--retries", "1", &url]);
    assert!(
        message.ends_with("HTTP status 500 Internal Server Error; gave up after 2 attempts"),
        "{message}"
    );
    assert_eq!(srv.requests("/broken").len(), 2);
    let (rec, _) = ok(&[&srv.url("/flaky")]);
    assert!(article_text(&rec).contains(SENTENCE));
    assert_eq!(srv.requests("/flaky").len(), 2);
}

#[test]
fn the_time_budget_bounds_retries() {
    let srv = Server::start(routes);
    let url = srv.url("/broken");
    let (message, took) = failure(&url, &["--retries", "10", "--timeout", "2", &url]);
    assert!(
        message.contains("would pass the 2 s time limit"),
        "{message}"
    );
    assert!(took < Duration::from_secs(6), "{took:?}");
    assert!(srv.requests("/broken").len() < 5);
}

#[test]
fn a_429_waits_for_retry_after_within_the_budget() {
    let srv = Server::start(routes);
    let (rec, took) = ok(&[&srv.url("/busy")]);
    assert!(article_text(&rec).contains(SENTENCE));
    assert!(took >= Duration::from_secs(1), "waited {took:?}");
    let url = srv.url("/busy-long");
    let (message, took) = failure(&url, &["--timeout", "3", &url]);
    assert!(message.contains("429 Too Many Requests; not retried, as waiting 3600 s more would pass the 3 s time limit"), "{message}");
    assert!(took < Duration::from_secs(3), "gave up at once: {took:?}");
}

#[test]
fn a_body_sent_one_byte_a_second_hits_the_total_timeout() {
    let srv = Server::start(routes);
    let url = srv.url("/trickle");
    let (message, took) = failure(&url, &["--timeout", "2", &url]);
    assert!(
        message.contains("timed out: the body was still arriving after the 2 s time limit"),
        "{message}"
    );
    assert!(
        took >= Duration::from_secs(2) && took < Duration::from_secs(7),
        "{took:?}"
    );
}

#[test]
fn a_server_that_never_answers_hits_the_total_timeout() {
    let srv = Server::start(routes);
    let url = srv.url("/stall");
    let (message, took) = failure(&url, &["--timeout", "1.5", &url]);
    assert!(
        message.ends_with("timed out: no response within the 1.5 s time limit"),
        "{message}"
    );
    assert!(took < Duration::from_secs(6), "{took:?}");
}

#[test]
fn a_2gb_body_stops_at_the_size_cap() {
    let srv = Server::start(routes);
    let url = srv.url("/huge");
    let (message, took) = failure(&url, &[&url]);
    assert!(
        message.ends_with("the body is 2 GiB, over the 20 MiB input limit"),
        "{message}"
    );
    assert!(took < Duration::from_secs(5), "{took:?}");
    let url = srv.url("/endless");
    let (message, took) = failure(&url, &["--max-bytes", "1M", &url]);
    assert!(
        message.ends_with("the body is larger than the 1 MiB input limit"),
        "{message}"
    );
    assert!(took < Duration::from_secs(10), "{took:?}");
}

#[test]
fn a_refused_connection_is_reported_quickly() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("http://127.0.0.1:{port}/page");
    let (message, took) = failure(&url, &["--retries", "1", &url]);
    assert!(
        message.contains("could not connect: Connection refused"),
        "{message}"
    );
    assert!(message.ends_with("gave up after 2 attempts"), "{message}");
    assert!(took < Duration::from_secs(5), "{took:?}");
}

#[test]
fn a_connection_reset_mid_body_is_retried() {
    let srv = Server::start(routes);
    let url = srv.url("/reset");
    let (message, _) = failure(&url, &["--retries", "0", &url]);
    assert!(
        message.contains("source: the body could not be read"),
        "{message}"
    );
    let url = srv.url("/lying");
    let (message, _) = failure(&url, &["--retries", "0", &url]);
    assert!(
        message.contains("source: the body could not be read"),
        "{message}"
    );
    let (rec, _) = ok(&[&srv.url("/reset-once")]);
    assert!(article_text(&rec).contains(SENTENCE));
    assert_eq!(srv.requests("/reset-once").len(), 2);
}

#[test]
fn the_bytes_decide_over_a_wrong_content_type() {
    let srv = Server::start(routes);
    let (rec, _) = ok(&[&srv.url("/octet")]);
    assert!(article_text(&rec).contains(SENTENCE));
    assert!(
        rec["warnings"]
            .to_string()
            .contains("Content-Type application/octet-stream")
    );
    let url = srv.url("/png");
    let (message, _) = failure(&url, &[&url]);
    assert_eq!(
        message,
        format!("{url}: decode: the input is not text: it looks like a PNG image")
    );
}

#[test]
fn a_body_in_another_charset_than_the_header_says() {
    let srv = Server::start(routes);
    let (rec, _) = ok(&[&srv.url("/latin1-header")]);
    assert_eq!(rec["source"]["charset"], "utf-8");
    assert!(article_text(&rec).contains(SENTENCE));
    assert!(
        rec["warnings"]
            .to_string()
            .contains("Content-Type header declares windows-1252")
    );
    let (rec, _) = ok(&[&srv.url("/utf8-header-1258-body")]);
    assert_eq!(rec["source"]["charset"], "windows-1258");
    assert!(
        article_text(&rec).contains(SENTENCE),
        "NFC after windows-1258"
    );
    assert!(
        rec["warnings"]
            .to_string()
            .contains("Content-Type header declares utf-8, but the bytes are not utf-8")
    );
}

#[test]
fn compressed_bodies_are_decoded_and_capped() {
    let srv = Server::start(routes);
    for path in ["/gzip", "/br", "/page.html.gz"] {
        let (rec, _) = ok(&[&srv.url(path)]);
        assert!(article_text(&rec).contains(SENTENCE), "{path}");
    }
    let url = srv.url("/gzip-bomb");
    let (message, took) = failure(&url, &["--max-bytes", "5M", &url]);
    assert!(
        message.ends_with("the body is larger than the 5 MiB input limit"),
        "{message}"
    );
    assert!(took < Duration::from_secs(10), "{took:?}");
}

#[test]
fn a_self_signed_certificate_is_a_tls_failure() {
    let srv = Server::start_tls(routes);
    let url = srv.tls_url("/page");
    let (message, took) = failure(&url, &[&url]);
    assert!(
        message.contains("source: TLS failed: ") && message.contains("certificate"),
        "{message}"
    );
    assert!(srv.requests("/page").is_empty(), "no request got through");
    assert!(took < Duration::from_secs(5), "not retried: {took:?}");
}

#[test]
fn private_addresses_are_refused_when_asked() {
    let srv = Server::start(routes);
    let literal = srv.url("/page");
    let named = literal.replace("127.0.0.1", "localhost");
    let (out, recs, _) = extract(&["--deny-private", &literal, &named]);
    assert_eq!(out.status.code(), Some(1));
    let messages: Vec<&str> = recs
        .iter()
        .map(|r| r["error"]["message"].as_str().unwrap())
        .collect();
    assert!(
        messages[0].starts_with(&format!(
            "{literal}: source: refused: 127.0.0.1 is a private"
        )),
        "{messages:?}"
    );
    assert!(
        messages[1].starts_with(&format!("{named}: source: refused: localhost resolves to")),
        "{messages:?}"
    );
    assert!(srv.requests("/page").is_empty());
}

/// A server whose `/slow` answers after 600 ms, counting the requests in progress at once.
fn slow_server() -> (Server, Arc<AtomicUsize>) {
    let (now, most) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
    let (n, m) = (Arc::clone(&now), Arc::clone(&most));
    let srv = Server::start(move |req, s| {
        if !req.path.starts_with("/slow") {
            return routes(req, s);
        }
        m.fetch_max(n.fetch_add(1, Ordering::SeqCst) + 1, Ordering::SeqCst);
        thread::sleep(Duration::from_millis(600));
        n.fetch_sub(1, Ordering::SeqCst);
        respond(s, "200 OK", &[HTML], page_html("").as_bytes());
    });
    (srv, most)
}

#[test]
fn parallel_fetches_share_each_hosts_connection_slots() {
    for slots in [1, 3] {
        let (srv, most) = slow_server();
        let opts = tinbai::FetchOptions {
            max_connections_per_host: slots,
            ..Default::default()
        };
        let fetcher = Fetcher::new(&opts, &tinbai::Limits::default());
        let url = srv.url("/slow");
        thread::scope(|scope| {
            let handles: Vec<_> = (0..3)
                .map(|_| scope.spawn(|| fetcher.fetch(&url)))
                .collect();
            for handle in handles {
                assert_eq!(handle.join().unwrap().unwrap().http_status, Some(200));
            }
        });
        // One slot must serialize the requests; three let them overlap (at least two at once,
        // allowing for a slow machine that starts the third thread late).
        let most = most.load(Ordering::SeqCst);
        if slots == 1 {
            assert_eq!(most, 1);
        } else {
            assert!(most > 1, "{most} at once with {slots} slots");
        }
    }
}

#[test]
fn tinbai_batch_per_host_caps_connections_to_one_host() {
    for slots in ["1", "3"] {
        let (srv, most) = slow_server();
        let dir = tempfile::tempdir().unwrap();
        let list = dir.path().join("urls.txt");
        let urls: Vec<String> = (0..4).map(|i| srv.url(&format!("/slow?n={i}"))).collect();
        std::fs::write(&list, urls.join("\n")).unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_tinbai"))
            .args([
                "batch",
                "-q",
                "-j",
                "4",
                "--delay",
                "0",
                "--ignore-robots",
                "--per-host",
            ])
            .arg(slots)
            .arg("--urls")
            .arg(&list)
            .env_remove("http_proxy")
            .env_remove("HTTP_PROXY")
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(records(&out).len(), 4);
        let most = most.load(Ordering::SeqCst);
        if slots == "1" {
            assert_eq!(most, 1);
        } else {
            assert!(most > 1, "{most} at once with {slots} slots");
        }
    }
}

#[test]
fn the_fetcher_works_from_async_code_and_refuses_to_block_there() {
    let srv = Server::start(routes);
    let url = srv.url("/page");
    let fetcher = Fetcher::new(&Default::default(), &Default::default());
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let page = runtime.block_on(fetcher.get(&url)).unwrap();
    assert_eq!(page.http_status, Some(200));
    assert_eq!(
        page.content_type.as_deref(),
        Some("text/html; charset=utf-8")
    );
    let blocked = runtime.block_on(async { fetcher.fetch(&url) });
    assert!(
        blocked
            .unwrap_err()
            .cause()
            .contains("inside an async runtime use Fetcher::get")
    );
}

#[test]
fn a_stalled_attempt_is_retried_after_the_read_timeout() {
    let srv = Server::start(routes);
    let opts = tinbai::FetchOptions {
        read_timeout: Duration::from_millis(500),
        total_timeout: Duration::from_secs(3),
        retry_backoff: Duration::from_millis(100),
        ..Default::default()
    };
    let started = Instant::now();
    let fetcher = Fetcher::new(&opts, &tinbai::Limits::default());
    let page = fetcher.fetch(&srv.url("/stall-once")).unwrap();
    assert_eq!(page.http_status, Some(200));
    assert_eq!(srv.requests("/stall-once").len(), 2);
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );
}
