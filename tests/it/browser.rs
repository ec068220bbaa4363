//! The report page in a real browser: headless Chromium, driven through chromedriver
//! (WebDriver), uploads the seed page with the form of `tinbai serve` and the test reads the
//! highlighted facts from the DOM. Screenshots go to `target/artifacts/` (printed in the log).
//!
//! Needs Debian's `chromium` (`/usr/bin/chromium`, or `TINBAI_CHROMIUM`) and `chromium-driver`
//! (`chromedriver` on the `PATH`, or `TINBAI_CHROMEDRIVER`); `.ci/run` installs them. Without them
//! the test fails, so that it cannot pass unseen: `TINBAI_SKIP_BROWSER=1` skips it on purpose.

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};

use crate::server::{SEED, Server, block_on};

use crate::{fixture, root};

/// The facts the issue asks to see highlighted: (type, text).
const MUST_SHOW: [(&str, &str); 2] = [
    ("document", "09-CTr-BCA-MTTW"),
    ("count", "hơn 35.000 lượt người"),
];

#[test]
fn the_form_shows_the_seed_report_with_its_facts_highlighted() {
    let Some((chromium, chromedriver)) = browser() else {
        return;
    };
    let server = Server::start(&[]);
    let driver = Driver::start(&chromedriver);
    let profile = tempfile::tempdir().unwrap();
    let base = server.url("");
    block_on(async {
        let client = connect(&driver, &chromium, profile.path()).await;
        // The checks run as a task so that a failed one still closes the browser.
        let checks = tokio::spawn(check_report(client.clone(), base)).await;
        let _ = client.close().await;
        if let Err(failure) = checks {
            std::panic::resume_unwind(failure.into_panic());
        }
    });
}

/// Submits the seed page through the form and checks the report; screenshots come first, so
/// that a failing check still leaves a picture of what the page showed.
async fn check_report(client: Client, base: String) {
    let c = &client;
    c.set_window_size(1280, 1000).await.unwrap();
    c.goto(&format!("{base}/")).await.unwrap();
    let upload = c
        .find(Locator::Css("input[type=file][name=file]"))
        .await
        .unwrap();
    upload
        .send_keys(fixture(SEED).to_str().unwrap())
        .await
        .unwrap();
    c.find(Locator::Css("#submit"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    c.wait()
        .at_most(Duration::from_secs(60))
        .for_element(Locator::Css("div.text mark.fact"))
        .await
        .expect("the report shows highlighted facts");
    let wide = screenshot(c, "report.png").await;
    c.set_window_size(390, 844).await.unwrap();
    let phone = screenshot(c, "report-phone.png").await;
    let fits = c
        .execute(
            "return [document.documentElement.scrollWidth, window.innerWidth];",
            vec![],
        )
        .await
        .unwrap();
    assert!(
        fits[0].as_u64() <= fits[1].as_u64(),
        "on a phone the report needs no sideways scrolling: {fits}"
    );
    c.set_window_size(1280, 1000).await.unwrap();
    println!("screenshots: {} {}", wide.display(), phone.display());

    let marks = c
        .execute(
            "return Array.from(document.querySelectorAll('div.text mark.fact[id]'))\
             .map(m => ({id: m.id, type: m.dataset.type, text: m.textContent, title: m.title}));",
            vec![],
        )
        .await
        .unwrap();
    let marks = marks.as_array().unwrap();
    for (kind, text) in MUST_SHOW {
        let found = marks
            .iter()
            .find(|m| m["type"] == kind && m["text"] == text);
        let shown: Vec<String> = marks
            .iter()
            .map(|m| format!("{}: {}", m["type"], m["text"]))
            .collect();
        let mark =
            found.unwrap_or_else(|| panic!("{kind} `{text}` is not highlighted; shown: {shown:?}"));
        let title = mark["title"].as_str().unwrap();
        assert!(
            title.starts_with(&format!("{kind}: ")),
            "hover shows the value: {title}"
        );
        check_row_jumps(c, mark).await;
    }
}

/// Clicking the fact's row in the side table jumps to its mention and lights it.
async fn check_row_jumps(c: &Client, mark: &Value) {
    let id = mark["id"].as_str().unwrap();
    let n = id.trim_start_matches("fact-");
    let row = c
        .find(Locator::Css(&format!("tr.row[data-fact=\"{n}\"]")))
        .await
        .unwrap();
    row.click().await.unwrap();
    let state = c
        .execute(
            "const m = document.getElementById(arguments[0]);\
             return {hash: location.hash, flash: m.classList.contains('flash')};",
            vec![json!(id)],
        )
        .await
        .unwrap();
    assert_eq!(state["hash"], format!("#{id}"), "{state}");
    assert_eq!(state["flash"], true, "{state}");
    // The scroll is smooth: give it a moment before asking whether the mention is in view.
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let visible = c
            .execute(
                "const r = document.getElementById(arguments[0]).getBoundingClientRect();\
                 return r.bottom > 0 && r.top < window.innerHeight;",
                vec![json!(id)],
            )
            .await
            .unwrap();
        if visible == true {
            break;
        }
        assert!(Instant::now() < deadline, "{id} was not scrolled into view");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn screenshot(c: &Client, name: &str) -> PathBuf {
    let png = c.screenshot().await.unwrap();
    assert!(png.starts_with(b"\x89PNG"), "{name} is a PNG");
    let dir = target_dir().join("artifacts");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, png).unwrap();
    path
}

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root().join("target"), PathBuf::from)
}

async fn connect(driver: &Driver, chromium: &Path, profile: &Path) -> Client {
    let args = [
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-default-apps",
        "--no-first-run",
        "--lang=vi",
        &format!("--user-data-dir={}", profile.display()),
    ];
    let caps = json!({
        "browserName": "chrome",
        "goog:chromeOptions": {"binary": chromium, "args": args},
    });
    let Value::Object(caps) = caps else {
        unreachable!()
    };
    ClientBuilder::rustls()
        .unwrap()
        .capabilities(caps)
        .connect(&driver.url)
        .await
        .expect("chromedriver starts a Chromium session")
}

/// Debian's Chromium and chromedriver, or `None` when `TINBAI_SKIP_BROWSER` asks to skip the
/// test. A missing browser is a failure: a browser test that passes without a browser checks
/// nothing.
fn browser() -> Option<(PathBuf, PathBuf)> {
    if std::env::var_os("TINBAI_SKIP_BROWSER").is_some_and(|v| !v.is_empty() && v != "0") {
        eprintln!("SKIPPED browser test: TINBAI_SKIP_BROWSER is set");
        return None;
    }
    // Debian's launcher script; it execs /usr/lib/chromium/chromium with the flags of
    // /etc/chromium.d, which chromedriver drives as it would the browser itself.
    let chromium = std::env::var_os("TINBAI_CHROMIUM")
        .map(PathBuf::from)
        .or_else(|| Some(PathBuf::from("/usr/bin/chromium")).filter(|p| p.exists()))
        .or_else(|| on_path("chromium"));
    let chromedriver = std::env::var_os("TINBAI_CHROMEDRIVER")
        .map(PathBuf::from)
        .or_else(|| on_path("chromedriver"));
    match (chromium, chromedriver) {
        (Some(browser), Some(driver)) => Some((browser, driver)),
        (browser, driver) => panic!(
            "the browser test needs Debian's chromium and chromedriver \
             (apt-get install chromium chromium-driver; .ci/run installs them), \
             found chromium {browser:?} and chromedriver {driver:?}; \
             TINBAI_SKIP_BROWSER=1 skips the test"
        ),
    }
}

fn on_path(name: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|dir| dir.join(name))
        .find(|p| p.is_file())
}

/// A chromedriver process on a free loopback port, killed when dropped.
struct Driver {
    child: Child,
    url: String,
}

impl Driver {
    fn start(chromedriver: &Path) -> Driver {
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let child = Command::new(chromedriver)
            .arg(format!("--port={port}"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let driver = Driver {
            child,
            url: format!("http://127.0.0.1:{port}"),
        };
        let deadline = Instant::now() + Duration::from_secs(30);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "chromedriver did not listen on {port}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        driver
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
