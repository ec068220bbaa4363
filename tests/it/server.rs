//! `tinbai serve` through real HTTP: the real binary on a free loopback port, asked with reqwest
//! (and, for a stalled body, a raw socket).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::{fixture, root};

pub const SEED: &str = "pages/baolamdong-lac-duong/source.html";

/// A `tinbai serve` process on a free port, killed when dropped.
pub struct Server {
    child: Child,
    /// `http://127.0.0.1:PORT`
    pub base: String,
}

impl Server {
    /// Starts `tinbai serve --addr 127.0.0.1:0 ARGS…` and waits for the address it prints.
    pub fn start(args: &[&str]) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_tinbai"))
            .args(["serve", "--addr", "127.0.0.1:0"])
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("tinbai serve starts");
        let mut stderr = BufReader::new(child.stderr.take().unwrap());
        let mut line = String::new();
        let base = loop {
            line.clear();
            if stderr.read_line(&mut line).unwrap() == 0 {
                let status = child.wait().unwrap();
                panic!("tinbai serve exited ({status}) before printing its address");
            }
            if let Some(at) = line.find("http://") {
                break line[at..].split_whitespace().next().unwrap().to_string();
            }
        };
        // Keep draining stderr so that the server never blocks on a full pipe.
        std::thread::spawn(move || std::io::copy(&mut stderr, &mut std::io::sink()));
        Server { child, base }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Runs a future on a fresh runtime (the tests are synchronous).
pub fn block_on<F: std::future::Future>(future: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(future)
}

/// POSTs a body and returns the status and the JSON answer.
fn post(server: &Server, path: &str, body: impl Into<reqwest::Body>) -> (u16, Value) {
    block_on(async {
        let res = reqwest::Client::new()
            .post(server.url(path))
            .body(body)
            .send()
            .await
            .unwrap();
        let status = res.status().as_u16();
        let text = res.text().await.unwrap();
        let json = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{path} answered {status} with non-JSON ({e}): {text}"));
        (status, json)
    })
}

fn get(server: &Server, path: &str) -> (u16, String, String) {
    block_on(async {
        let res = reqwest::get(server.url(path)).await.unwrap();
        let status = res.status().as_u16();
        let kind = res.headers()[reqwest::header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .to_string();
        (status, kind, res.text().await.unwrap())
    })
}

/// The error object of an error answer, checked to carry its own status.
fn error(status: u16, body: &Value, want: u16) -> String {
    assert_eq!(status, want, "{body}");
    assert_eq!(body["error"]["status"], want, "{body}");
    body["error"]["message"].as_str().unwrap().to_string()
}

fn seed_html() -> String {
    std::fs::read_to_string(fixture(SEED)).unwrap()
}

#[test]
fn health_and_schema() {
    let server = Server::start(&[]);
    let (status, kind, body) = get(&server, "/health");
    assert_eq!((status, kind.as_str()), (200, "application/json"));
    let health: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(health["status"], "ok");
    let (status, kind, body) = get(&server, "/api/schema");
    assert_eq!((status, kind.as_str()), (200, "application/schema+json"));
    let checked_in = std::fs::read_to_string(root().join("schema/record.schema.json")).unwrap();
    assert_eq!(
        body, checked_in,
        "the schema served is the one in the repository"
    );
}

#[test]
fn extract_html_gives_the_same_record_as_the_command_line() {
    let server = Server::start(&[]);
    let request = json!({"html": seed_html(), "reference_date": "2023-05-24"});
    let (status, record) = post(&server, "/api/extract", request.to_string());
    assert_eq!(status, 200, "{record}");
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("schema/record.schema.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    assert!(validator.is_valid(&record), "the record follows the schema");
    let path = fixture(SEED);
    let cli = crate::tinbai(&[
        "extract",
        "--format",
        "jsonl",
        "--reference-date",
        "2023-05-24",
        path.to_str().unwrap(),
    ]);
    let expected = &crate::records(&cli)[0];
    assert_eq!(record["article"], expected["article"]);
    assert_eq!(record["facts"], expected["facts"]);
    let documents: Vec<&str> = record["facts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["type"] == "document")
        .map(|f| f["text"].as_str().unwrap())
        .collect();
    assert!(documents.contains(&"09-CTr-BCA-MTTW"), "{documents:?}");
}

#[test]
fn extract_by_url_when_private_addresses_are_allowed() {
    let (page, _site) = static_site(seed_html().into_bytes());
    let server = Server::start(&["--allow-private"]);
    let (status, record) = post(&server, "/api/extract", json!({"url": page}).to_string());
    assert_eq!(status, 200, "{record}");
    assert_eq!(record["source"]["url"], page);
    assert_eq!(record["source"]["http_status"], 200);
    assert!(
        record["article"]["text"]
            .as_str()
            .unwrap()
            .contains("09-CTr-BCA-MTTW")
    );
}

#[test]
fn parse_reads_facts_from_text_like_duckling() {
    let server = Server::start(&[]);
    let text = "Theo Chương trình  số 09-CTr-BCA-MTTW ngày 01/8/2013, có 24/34 khu dân cư.";
    let request = json!({"text": text, "reference_date": "2023-05-24"});
    let (status, body) = post(&server, "/api/parse", request.to_string());
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["reference"], "2023-05-24T00:00:00+07:00");
    let cleaned = body["text"].as_str().unwrap();
    assert_eq!(
        cleaned,
        text.replace("  ", " "),
        "the text the offsets count in"
    );
    let facts = body["facts"].as_array().unwrap();
    for fact in facts {
        let (start, end) = (
            fact["start"].as_u64().unwrap() as usize,
            fact["end"].as_u64().unwrap() as usize,
        );
        let slice: String = cleaned.chars().skip(start).take(end - start).collect();
        assert_eq!(slice, fact["text"], "{fact}");
    }
    assert!(
        facts
            .iter()
            .any(|f| f["type"] == "document" && f["text"] == "09-CTr-BCA-MTTW")
    );
    let only = json!({"text": text, "types": ["document"]});
    let (status, body) = post(&server, "/api/parse", only.to_string());
    assert_eq!(status, 200);
    let now = body["reference"].as_str().unwrap();
    assert!(
        now.len() == 25 && now.ends_with("+07:00"),
        "now, to the second: {now}"
    );
    let kinds: Vec<&Value> = body["facts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| &f["type"])
        .collect();
    assert!(
        !kinds.is_empty() && kinds.iter().all(|k| *k == "document"),
        "{kinds:?}"
    );
}

#[test]
fn bad_requests_are_400_with_a_json_error() {
    let server = Server::start(&[]);
    let cases = [
        ("/api/extract", "{\"url\": ", "not the JSON"),
        ("/api/extract", "{}", "exactly one of"),
        (
            "/api/extract",
            "{\"url\": \"https://a.vn/\", \"html\": \"<p>\"}",
            "exactly one of",
        ),
        (
            "/api/extract",
            "{\"html\": \"<p>\", \"colour\": 1}",
            "unknown field `colour`",
        ),
        (
            "/api/extract",
            "{\"url\": \"file:///etc/passwd\"}",
            "only http and https",
        ),
        (
            "/api/extract",
            "{\"html\": \"<p>\", \"reference_date\": \"24/5\"}",
            "YYYY-MM-DD",
        ),
        (
            "/api/parse",
            "{\"types\": [\"date\"]}",
            "missing field `text`",
        ),
        (
            "/api/parse",
            "{\"text\": \"x\", \"types\": [\"dates\"]}",
            "unknown fact type `dates`",
        ),
        ("/api/parse", "[1, 2]", "not the JSON"),
    ];
    for (path, body, says) in cases {
        let (status, answer) = post(&server, path, body);
        let message = error(status, &answer, 400);
        assert!(message.contains(says), "{path} {body}: {message}");
    }
}

#[test]
fn every_route_of_the_openapi_file_is_served() {
    let server = Server::start(&[]);
    let spec = std::fs::read_to_string(root().join("schema/openapi.yaml")).unwrap();
    let paths: Vec<&str> = spec
        .lines()
        .filter_map(|l| l.strip_prefix("  /").and_then(|p| p.strip_suffix(':')))
        .collect();
    assert_eq!(paths.len(), 6, "{paths:?}");
    for path in paths {
        let (status, _, _) = get(&server, &format!("/{path}"));
        assert!(status != 404, "/{path} is served ({status})");
    }
    let (status, _, _) = get(&server, "/api/nothing");
    assert_eq!(status, 404, "and an unknown route is not");
}

#[test]
fn unknown_routes_and_methods_are_json_errors() {
    let server = Server::start(&[]);
    let (status, body) = post(&server, "/api/nothing", "{}");
    error(status, &body, 404);
    let (status, kind, body) = get(&server, "/api/extract");
    assert_eq!((status, kind.as_str()), (405, "application/json"), "{body}");
}

#[test]
fn a_body_over_the_cap_is_413() {
    let server = Server::start(&["--max-body", "1K"]);
    let big = json!({"text": "Ngày 01/8/2013. ".repeat(200)}).to_string();
    let (status, body) = post(&server, "/api/parse", big);
    let message = error(status, &body, 413);
    assert!(message.contains("larger than the 1 KiB limit"), "{message}");
    let small = json!({"text": "Ngày 01/8/2013."}).to_string();
    assert_eq!(
        post(&server, "/api/parse", small).0,
        200,
        "a body under the cap is served"
    );
}

#[test]
fn private_loopback_and_link_local_urls_are_refused_with_403() {
    let (page, _site) = static_site(b"<p>internal</p>".to_vec());
    let server = Server::start(&[]);
    let port = page.rsplit(':').next().unwrap().trim_end_matches("/page");
    for url in [
        page.clone(),
        format!("http://localhost:{port}/page"),
        "http://169.254.169.254/latest/meta-data/".to_string(),
        "http://10.1.2.3/".to_string(),
        "http://[::1]/".to_string(),
    ] {
        let (status, body) = post(&server, "/api/extract", json!({"url": url}).to_string());
        let message = error(status, &body, 403);
        assert!(message.contains("refused"), "{url}: {message}");
    }
}

#[test]
fn an_unreachable_site_is_502() {
    let closed = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let server = Server::start(&["--allow-private", "--timeout", "20"]);
    let url = format!("http://{closed}/");
    let (status, body) = post(&server, "/api/extract", json!({"url": url}).to_string());
    let message = error(status, &body, 502);
    assert_eq!(body["error"]["stage"], "source");
    assert!(message.contains("could not connect"), "{message}");
}

#[test]
fn a_request_over_the_time_limit_is_504() {
    let server = Server::start(&["--timeout", "1"]);
    let addr = server.base.trim_start_matches("http://");
    let mut stream = TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    // Headers promise a body that never comes: the time limit covers reading it.
    let head = "POST /api/parse HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"text\"";
    stream.write_all(head.as_bytes()).unwrap();
    let started = Instant::now();
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    assert!(answer.starts_with("HTTP/1.1 504"), "{answer}");
    assert!(answer.contains("\"status\":504"), "{answer}");
    assert!(started.elapsed() < Duration::from_secs(10));
}

#[test]
fn the_form_page_and_its_report() {
    let server = Server::start(&[]);
    let (status, kind, form) = get(&server, "/");
    assert_eq!((status, kind.as_str()), (200, "text/html; charset=utf-8"));
    for field in [
        "name=\"url\"",
        "name=\"html\"",
        "name=\"file\"",
        "action=\"/report\"",
    ] {
        assert!(form.contains(field), "{field}");
    }
    let boundary = "tinbaiBoundary7MA4YWxk";
    let multipart = |name: &str, value: &str| {
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n\
             --{boundary}--\r\n"
        )
    };
    let send = |body: String| {
        block_on(async {
            let res = reqwest::Client::new()
                .post(server.url("/report"))
                .header(
                    "Content-Type",
                    format!("multipart/form-data; boundary={boundary}"),
                )
                .body(body)
                .send()
                .await
                .unwrap();
            (res.status().as_u16(), res.text().await.unwrap())
        })
    };
    let (status, report) = send(multipart("html", &seed_html()));
    assert_eq!(status, 200, "{report}");
    assert!(report.contains("data-type=\"document\" title=\"document: number: 09-CTr-BCA-MTTW"));
    assert!(report.contains("<a href=\"/\">"), "a way back to the form");
    let (status, page) = send(multipart("url", ""));
    assert_eq!(status, 400);
    assert!(page.contains("give a URL, paste a page"), "{page}");
}

/// A one-page site on loopback: every request gets `body` as HTML. Returns its `/page` URL.
pub fn static_site(body: Vec<u8>) -> (String, std::thread::JoinHandle<()>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/page", listener.local_addr().unwrap());
    let handle = std::thread::spawn(move || {
        for stream in listener.incoming().take(8) {
            let Ok(mut stream) = stream else { continue };
            let mut head = [0u8; 4096];
            let _ = stream.read(&mut head);
            let reply = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\n\
                 Connection: close\r\n\r\n",
                body.len()
            );
            let _ = stream
                .write_all(reply.as_bytes())
                .and_then(|()| stream.write_all(&body));
        }
    });
    (url, handle)
}
