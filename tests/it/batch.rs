//! `tinbai batch` through the real binary: every input accounted for, broken and hostile
//! archives, `--resume` after `kill -9`, stdin/stdout order, CSV. WARC inputs are written here,
//! record by record, with flate2 (one gzip member per record, as Common Crawl does).

use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use crate::{fixture, records};

/// A scratch folder, removed at the end of the test.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("tinbai-it-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.0.join(rel)
    }

    fn write(&self, rel: &str, bytes: &[u8]) -> PathBuf {
        let path = self.path(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, bytes).unwrap();
        path
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The seed page with its headline changed wherever the page states it (`<title>`,
/// `og:title`, the `<h1>`), so that every page is a distinct article with that title.
fn page(n: usize) -> String {
    let seed = std::fs::read_to_string(fixture("pages/baolamdong-lac-duong/source.html")).unwrap();
    let headline = "Lạc Dương: Phối hợp";
    assert_eq!(
        seed.matches(headline).count(),
        3,
        "the seed's headline moved"
    );
    seed.replace(headline, &format!("Bài {n} - {headline}"))
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

/// One WARC record; `length` overrides the true Content-Length (to lie).
fn warc_record(kind: &str, uri: &str, block: &[u8], length: Option<usize>) -> Vec<u8> {
    let head = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n\
         WARC-Record-ID: <urn:uuid:{}>\r\nContent-Type: application/http; msgtype={kind}\r\n\
         Content-Length: {}\r\n\r\n",
        uri.len(),
        length.unwrap_or(block.len())
    );
    [head.as_bytes(), block, b"\r\n\r\n"].concat()
}

fn http_response(html: &str) -> Vec<u8> {
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n";
    [head.as_bytes(), html.as_bytes()].concat()
}

/// A crawl of `n` pages: a warcinfo record, then a request and a response per page.
fn crawl_records(n: usize) -> Vec<Vec<u8>> {
    let mut recs = vec![warc_record(
        "warcinfo",
        "",
        b"software: tinbai tests\r\n",
        None,
    )];
    for i in 0..n {
        let uri = format!("https://baolamdong.vn/bai-{i}.html");
        recs.push(warc_record(
            "request",
            &uri,
            b"GET / HTTP/1.1\r\n\r\n",
            None,
        ));
        recs.push(warc_record(
            "response",
            &uri,
            &http_response(&page(1000 + i)),
            None,
        ));
    }
    recs
}

/// Bytes that are no page: a fixed pseudo-random sequence.
fn noise(len: usize) -> Vec<u8> {
    let mut x: u32 = 0x9e37_79b9;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            (x >> 24) as u8
        })
        .collect()
}

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tinbai"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let bytes = stdin.unwrap_or_default().to_vec();
    let writer = std::thread::spawn(move || input.write_all(&bytes));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    out
}

fn read_jsonl(path: &Path) -> Vec<serde_json::Value> {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(
        text.is_empty() || text.ends_with('\n'),
        "no half line at the end"
    );
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// The id a record is known by: record label, else path, else URL.
fn id(rec: &serde_json::Value) -> String {
    let s = &rec["source"];
    s["record"]
        .as_str()
        .or(s["path"].as_str())
        .or(s["url"].as_str())
        .unwrap()
        .to_string()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn a_folder_a_warc_and_broken_files_give_one_record_each() {
    let dir = Scratch::new("accounting");
    for i in 0..300 {
        let sub = if i % 2 == 0 { "a" } else { "b/c" };
        dir.write(&format!("in/{sub}/{i:03}.html"), page(i).as_bytes());
    }
    let warc: Vec<u8> = crawl_records(20).iter().flat_map(|r| gzip(r)).collect();
    dir.write("in/crawl.warc.gz", &warc);
    dir.write("in/broken/random.bin", &noise(20_000));
    dir.write("in/broken/empty.html", b"");
    let gz = gzip(page(7).as_bytes());
    dir.write("in/broken/cut.html.gz", &gz[..gz.len() / 2]);
    let (input, output, summary) = (dir.path("in"), dir.path("out.jsonl"), dir.path("s.json"));
    let rss = dir.path("rss.txt");
    let out = Command::new("/usr/bin/time")
        .args([
            "-f",
            "peak_rss_kib=%M",
            "-o",
            rss.to_str().unwrap(),
            env!("CARGO_BIN_EXE_tinbai"),
            "batch",
        ])
        .arg(&input)
        .arg("-o")
        .arg(&output)
        .arg("--summary-json")
        .arg(&summary)
        .output()
        .unwrap();
    // GNU time writes "Command exited with non-zero status 1" before the format's line.
    let kib: u64 = std::fs::read_to_string(&rss)
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("peak_rss_kib="))
        .unwrap()
        .parse()
        .unwrap();
    assert!(kib < 300 * 1024, "peak RSS {kib} KiB");
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let recs = read_jsonl(&output);
    eprintln!("accounting run: {} records, peak RSS {kib} KiB", recs.len());
    assert_eq!(recs.len(), 300 + 20 + 3);
    let ids: HashSet<String> = recs.iter().map(id).collect();
    assert_eq!(ids.len(), recs.len(), "one record per input, no duplicates");
    let errors: HashSet<String> = recs
        .iter()
        .filter(|r| r["error"].is_object())
        .map(|r| {
            Path::new(&id(r))
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    let broken = ["random.bin", "empty.html", "cut.html.gz"].map(String::from);
    assert_eq!(errors, HashSet::from(broken));
    let warc_recs: Vec<_> = recs
        .iter()
        .filter(|r| r["source"]["record"].is_string())
        .collect();
    assert_eq!(warc_recs.len(), 20);
    assert!(
        id(warc_recs[0]).ends_with("crawl.warc.gz#3"),
        "{}",
        id(warc_recs[0])
    );
    assert_eq!(warc_recs[0]["source"]["http_status"], 200);
    assert_eq!(
        warc_recs[0]["source"]["final_url"],
        "https://baolamdong.vn/bai-0.html"
    );
    assert_eq!(
        warc_recs[0]["article"]["title"],
        "Bài 1000 - Lạc Dương: Phối hợp thực hiện hiệu quả phong trào Toàn dân bảo vệ an ninh Tổ quốc"
    );
    let summary: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&summary).unwrap()).unwrap();
    assert_eq!(summary["pages"], 323);
    assert_eq!(
        summary["errors"]
            .as_object()
            .unwrap()
            .values()
            .map(|v| v.as_u64().unwrap())
            .sum::<u64>(),
        3
    );
    assert!(stderr(&out).contains("323 pages"), "{}", stderr(&out));
}

#[test]
fn resume_after_kill_9_loses_nothing_and_repeats_nothing() {
    let dir = Scratch::new("resume");
    let n = 1500;
    for i in 0..n {
        dir.write(&format!("in/{i:04}.html"), page(i).as_bytes());
    }
    let (input, output) = (dir.path("in"), dir.path("out.jsonl"));
    let args = [
        "batch",
        "-q",
        "-j",
        "1",
        input.to_str().unwrap(),
        "-o",
        output.to_str().unwrap(),
    ];
    let mut child = Command::new(env!("CARGO_BIN_EXE_tinbai"))
        .args(args)
        .spawn()
        .unwrap();
    // Kill it once some records are out, long before the end.
    let started = std::time::Instant::now();
    while std::fs::metadata(&output).map_or(0, |m| m.len()) < 200_000 {
        assert!(
            started.elapsed().as_secs() < 120,
            "no output after two minutes"
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let before = std::fs::read(&output).unwrap();
    let complete = before.iter().filter(|&&b| b == b'\n').count();
    assert!(
        complete > 0 && complete < n,
        "killed mid-run: {complete} records"
    );
    // A write torn by the kill: half a record at the end.
    let mut file = std::fs::OpenOptions::new()
        .append(true)
        .open(&output)
        .unwrap();
    file.write_all(br#"{"schema_version":1,"source":{"path":"#)
        .unwrap();
    drop(file);
    let summary = dir.path("s.json");
    let mut resume = args.to_vec();
    resume.extend(["--resume", "--summary-json", summary.to_str().unwrap()]);
    let out = run(&resume, None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let recs = read_jsonl(&output);
    let mut seen: HashMap<String, usize> = HashMap::new();
    for r in &recs {
        *seen.entry(id(r)).or_default() += 1;
    }
    assert_eq!(seen.len(), n, "every input has its record");
    assert!(seen.values().all(|&c| c == 1), "no input twice");
    let summary: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&summary).unwrap()).unwrap();
    assert_eq!(summary["resumed"], complete as u64);
    assert_eq!(summary["pages"], (n - complete) as u64);
}

#[test]
fn stdin_records_come_back_on_stdout_in_order() {
    let dir = Scratch::new("stdin");
    let seed = dir.write("seed.html", page(1).as_bytes());
    let mut lines = Vec::new();
    for i in 0..40 {
        let line = match i % 4 {
            0 => serde_json::json!({"url": format!("https://bao.vn/{i}"), "html": page(i)}),
            1 => {
                serde_json::json!({"id": format!("t{i}"), "text": format!("Tiêu đề {i}\nNgày 24/5/2023 có {i} người.")})
            }
            2 => serde_json::json!({"path": seed.to_str().unwrap()}),
            _ => serde_json::json!({"id": i, "html": "<p>Tin ngắn.</p>"}),
        };
        lines.push(line.to_string());
    }
    lines.insert(20, "{not json".to_string());
    let input = lines.join("\n") + "\n";
    let out = run(&["batch", "-q", "-j", "2", "-"], Some(input.as_bytes()));
    assert_eq!(
        out.status.code(),
        Some(1),
        "the bad line is an error: {}",
        stderr(&out)
    );
    let recs = records(&out);
    assert_eq!(recs.len(), 41);
    let expected: Vec<String> = (0..40)
        .map(|i| match i % 4 {
            0 => format!("https://bao.vn/{i}"),
            1 => format!("t{i}"),
            2 => seed.display().to_string(),
            _ => i.to_string(),
        })
        .collect();
    let mut got: Vec<String> = recs.iter().map(id).collect();
    assert_eq!(
        got.remove(20),
        "-#21",
        "the bad line is named by its line number"
    );
    assert_eq!(got, expected);
    assert_eq!(recs[0]["source"]["final_url"], "https://bao.vn/0");
    // The same records from a file give the same output.
    let file = dir.write("in.jsonl", input.as_bytes());
    let from_file = run(&["batch", "-q", file.to_str().unwrap()], None);
    let mut file_recs = records(&from_file);
    file_recs.remove(20);
    let mut pipe_recs = recs.clone();
    pipe_recs.remove(20);
    assert_eq!(file_recs, pipe_recs);
}

#[test]
fn output_to_a_device_works_with_and_without_resume() {
    // `-o /dev/null` (a timing run) is not a regular file: it cannot be cut to a length.
    let dir = Scratch::new("devnull");
    dir.write("in/a.html", page(1).as_bytes());
    let input = dir.path("in");
    for extra in [&[][..], &["--resume"][..]] {
        let mut args = vec!["batch", "-q", input.to_str().unwrap(), "-o", "/dev/null"];
        args.extend(extra);
        let out = run(&args, None);
        assert_eq!(out.status.code(), Some(0), "{extra:?}: {}", stderr(&out));
    }
}

#[test]
fn csv_has_a_row_per_fact_and_a_row_per_factless_or_failed_input() {
    let dir = Scratch::new("csv");
    dir.write("in/a.html", page(1).as_bytes());
    dir.write(
        "in/b.html",
        "<html><head><title>Trang trống</title></head><body></body></html>".as_bytes(),
    );
    dir.write("in/c.html", b"");
    let out_path = dir.path("out.csv");
    let out = run(
        &[
            "batch",
            "-q",
            "--format",
            "csv",
            dir.path("in").to_str().unwrap(),
            "-o",
            out_path.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let mut reader = csv::Reader::from_path(&out_path).unwrap();
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        header,
        [
            "id",
            "url",
            "title",
            "published",
            "type",
            "text",
            "start",
            "end",
            "value",
            "error"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let of = |name: &str| {
        rows.iter()
            .filter(|r| r[0].ends_with(name))
            .collect::<Vec<_>>()
    };
    let a = of("a.html");
    let jsonl = run(
        &["batch", "-q", dir.path("in/a.html").to_str().unwrap()],
        None,
    );
    let facts = records(&jsonl)[0]["facts"].as_array().unwrap().len();
    assert_eq!(a.len(), facts.max(1), "one row per fact");
    let title = records(&jsonl)[0]["article"]["title"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(title.starts_with("Bài 1 - Lạc Dương: "), "{title}");
    for row in &a {
        assert_eq!(&row[2], title);
        if facts > 0 {
            assert!(!row[4].is_empty() && row[6].parse::<usize>().is_ok());
            assert!(serde_json::from_str::<serde_json::Value>(&row[8]).is_ok());
        }
    }
    let b = of("b.html");
    assert_eq!(b.len(), 1, "a page without facts still has its row");
    assert!(b[0][4].is_empty() && b[0][9].is_empty());
    let c = of("c.html");
    assert_eq!(c.len(), 1);
    assert!(c[0][9].contains("c.html: decode:"), "{:?}", c[0]);
}

#[test]
fn a_truncated_warc_gives_its_complete_records_and_an_error_naming_the_cut_one() {
    let dir = Scratch::new("warc-cut");
    let recs = crawl_records(3);
    let mut gz: Vec<u8> = recs[..recs.len() - 1]
        .iter()
        .flat_map(|r| gzip(r))
        .collect();
    let last = gzip(&recs[recs.len() - 1]);
    gz.extend_from_slice(&last[..last.len() / 2]);
    let gz_path = dir.write("cut.warc.gz", &gz);
    let plain: Vec<u8> = recs.concat();
    let plain_path = dir.write("cut.warc", &plain[..plain.len() - 3000]);
    for path in [gz_path, plain_path] {
        let out = run(&["batch", "-q", path.to_str().unwrap()], None);
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        let recs = records(&out);
        assert_eq!(recs.len(), 3, "{recs:#?}");
        assert!(recs[..2].iter().all(|r| r["article"].is_object()));
        let message = recs[2]["error"]["message"].as_str().unwrap();
        let label = format!("{}#7", path.display());
        assert!(
            message.starts_with(&format!("{label}: source:")),
            "{message}"
        );
        assert!(
            message.contains("truncated") || message.contains("gzip"),
            "{message}"
        );
        assert_eq!(id(&recs[2]), label);
    }
}

#[test]
fn a_lying_content_length_gives_an_error_and_the_next_records_still_come() {
    let dir = Scratch::new("warc-lie");
    let block = |i| http_response(&page(i));
    let short = block(2);
    let long = block(4);
    let recs = [
        warc_record("response", "https://bao.vn/1", &block(1), None),
        warc_record(
            "response",
            "https://bao.vn/2",
            &short,
            Some(short.len() - 500),
        ),
        warc_record("response", "https://bao.vn/3", &block(3), None),
        warc_record(
            "response",
            "https://bao.vn/4",
            &long,
            Some(long.len() + 900),
        ),
        warc_record("response", "https://bao.vn/5", &block(5), None),
        warc_record(
            "response",
            "https://bao.vn/6",
            &block(6),
            Some(usize::MAX / 4),
        ),
    ];
    let plain = dir.write("lie.warc", &recs.concat());
    let gz: Vec<u8> = recs.iter().flat_map(|r| gzip(r)).collect();
    let gz = dir.write("lie.warc.gz", &gz);
    for path in [plain, gz] {
        let out = run(&["batch", "-q", path.to_str().unwrap()], None);
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        let recs = records(&out);
        let ok: Vec<&str> = recs
            .iter()
            .filter(|r| r["article"].is_object())
            .map(|r| r["source"]["final_url"].as_str().unwrap())
            .collect();
        assert_eq!(
            ok,
            ["https://bao.vn/1", "https://bao.vn/3", "https://bao.vn/5"]
        );
        let errors: Vec<&str> = recs
            .iter()
            .filter_map(|r| r["error"]["message"].as_str())
            .collect();
        assert_eq!(errors.len(), 3, "{errors:#?}");
        for (e, n) in errors.iter().zip([2, 4, 6]) {
            assert!(
                e.starts_with(&format!("{}#{n}: source:", path.display())),
                "{e}"
            );
            assert!(
                e.contains("Content-Length") || e.contains("truncated"),
                "{e}"
            );
        }
    }
}

/// A local HTTP server answering `robots.txt` and pages; it records when each path was asked.
fn serve(
    requests: usize,
) -> (
    String,
    std::thread::JoinHandle<Vec<(String, std::time::Instant)>>,
) {
    use std::io::{BufRead, BufReader};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let handle = std::thread::spawn(move || {
        let mut log = Vec::new();
        for stream in listener.incoming().take(requests) {
            let mut stream = stream.unwrap();
            let mut line = String::new();
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            reader.read_line(&mut line).unwrap();
            let path = line.split_whitespace().nth(1).unwrap_or("/").to_string();
            while reader.read_line(&mut line).unwrap() > 2 {
                line.clear();
            }
            let body = if path == "/robots.txt" {
                "User-agent: *\nDisallow: /private\n".to_string()
            } else {
                page(path.len())
            };
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\
                 Content-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            stream.write_all(head.as_bytes()).unwrap();
            stream.write_all(body.as_bytes()).unwrap();
            log.push((path, std::time::Instant::now()));
        }
        log
    });
    (base, handle)
}

#[test]
fn urls_are_fetched_with_a_delay_per_host_and_robots_txt_honoured() {
    let dir = Scratch::new("urls");
    let (base, server) = serve(4);
    let list =
        format!("# pages\n{base}/a.html\n{base}/private/x.html\n{base}/b.html\n{base}/c.html\n");
    let list = dir.write("urls.txt", list.as_bytes());
    let args = [
        "batch",
        "-q",
        "-j",
        "4",
        "--delay",
        "300",
        "--urls",
        list.to_str().unwrap(),
    ];
    let out = run(&args, None);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let recs = records(&out);
    let urls: Vec<String> = recs.iter().map(id).collect();
    assert_eq!(
        urls,
        ["a.html", "private/x.html", "b.html", "c.html"].map(|p| format!("{base}/{p}"))
    );
    assert!(
        recs[1]["error"]["message"]
            .as_str()
            .unwrap()
            .contains("robots.txt disallows")
    );
    assert_eq!(recs[0]["source"]["http_status"], 200);
    let log = server.join().unwrap();
    let paths: HashSet<&str> = log.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(
        paths,
        HashSet::from(["/robots.txt", "/a.html", "/b.html", "/c.html"])
    );
    let mut times: Vec<_> = log.iter().map(|(_, t)| *t).collect();
    times.sort();
    for pair in times.windows(2) {
        // Requests start 300 ms apart; they end at least a little under that apart.
        assert!(
            pair[1] - pair[0] >= std::time::Duration::from_millis(200),
            "{times:?}"
        );
    }
}
