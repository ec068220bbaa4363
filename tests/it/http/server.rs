//! A small HTTP/1.1 server on 127.0.0.1 for the fetch tests, written on raw TCP so that it can
//! misbehave at the byte level: trickle, stall, lie about lengths, reset mid-body.
//!
//! Each test starts its own server (so hit counters are its own); the server stops when dropped,
//! and every slow or endless response is bounded in time and size, so nothing outlives a test
//! for long even if a client misbehaves.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

/// A request as the server saw it.
#[derive(Debug, Clone)]
pub struct Request {
    pub path: String,
    /// Header names in lower case.
    pub headers: HashMap<String, String>,
    /// How many requests for this path came before this one.
    pub seen_before: usize,
}

type Handler = dyn Fn(&Request, &mut dyn ReadWrite) + Send + Sync;

/// A stream the handler writes to: plain TCP or TLS.
pub trait ReadWrite: Read + Write {
    /// The TCP socket under it, for resets.
    fn tcp(&self) -> &TcpStream;
}

impl ReadWrite for TcpStream {
    fn tcp(&self) -> &TcpStream {
        self
    }
}

impl ReadWrite for rustls::StreamOwned<rustls::ServerConnection, TcpStream> {
    fn tcp(&self) -> &TcpStream {
        &self.sock
    }
}

/// A running server.
pub struct Server {
    addr: SocketAddr,
    stop: Arc<AtomicBool>,
    requests: Arc<Mutex<Vec<Request>>>,
    /// Connections open right now, and the most ever open at once.
    pub open: Arc<AtomicUsize>,
    pub max_open: Arc<AtomicUsize>,
}

impl Server {
    /// Starts a plain HTTP server.
    pub fn start(handler: impl Fn(&Request, &mut dyn ReadWrite) + Send + Sync + 'static) -> Server {
        Server::start_with(Arc::new(handler), None)
    }

    /// Starts an HTTPS server with a freshly made self-signed certificate for `localhost`.
    pub fn start_tls(
        handler: impl Fn(&Request, &mut dyn ReadWrite) + Send + Sync + 'static,
    ) -> Server {
        let key = rcgen::generate_simple_self_signed(vec!["localhost".to_string()]).unwrap();
        let cert = key.cert.der().clone();
        let private =
            rustls::pki_types::PrivateKeyDer::Pkcs8(key.signing_key.serialize_der().into());
        let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
        let config = rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(vec![cert], private)
            .unwrap();
        Server::start_with(Arc::new(handler), Some(Arc::new(config)))
    }

    fn start_with(handler: Arc<Handler>, tls: Option<Arc<rustls::ServerConfig>>) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let server = Server {
            addr: listener.local_addr().unwrap(),
            stop: Arc::new(AtomicBool::new(false)),
            requests: Arc::new(Mutex::new(Vec::new())),
            open: Arc::new(AtomicUsize::new(0)),
            max_open: Arc::new(AtomicUsize::new(0)),
        };
        let shared = (
            Arc::clone(&server.stop),
            Arc::clone(&server.requests),
            Arc::clone(&server.open),
            Arc::clone(&server.max_open),
        );
        thread::spawn(move || {
            let (stop, requests, open, max_open) = shared;
            for stream in listener.incoming() {
                if stop.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let (handler, tls, requests) =
                    (Arc::clone(&handler), tls.clone(), Arc::clone(&requests));
                let (open, max_open) = (Arc::clone(&open), Arc::clone(&max_open));
                thread::spawn(move || {
                    let now = open.fetch_add(1, Ordering::SeqCst) + 1;
                    max_open.fetch_max(now, Ordering::SeqCst);
                    serve(stream, &*handler, tls, &requests);
                    open.fetch_sub(1, Ordering::SeqCst);
                });
            }
        });
        server
    }

    /// `http://127.0.0.1:PORT/path` (or https).
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// `https://localhost:PORT/path`.
    pub fn tls_url(&self, path: &str) -> String {
        format!("https://localhost:{}{path}", self.addr.port())
    }

    /// The requests seen for a path.
    pub fn requests(&self, path: &str) -> Vec<Request> {
        let all = self.requests.lock().unwrap();
        all.iter().filter(|r| r.path == path).cloned().collect()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop so that it sees the flag.
        let _ = TcpStream::connect_timeout(&self.addr, Duration::from_secs(1));
    }
}

fn serve(
    stream: TcpStream,
    handler: &Handler,
    tls: Option<Arc<rustls::ServerConfig>>,
    requests: &Mutex<Vec<Request>>,
) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let _ = stream.set_write_timeout(Some(Duration::from_secs(5)));
    let mut stream: Box<dyn ReadWrite> = match tls {
        Some(config) => {
            let Ok(conn) = rustls::ServerConnection::new(config) else {
                return;
            };
            Box::new(rustls::StreamOwned::new(conn, stream))
        }
        None => Box::new(stream),
    };
    let Some((path, headers)) = read_head(&mut *stream) else {
        return;
    };
    let request = {
        let mut all = requests.lock().unwrap();
        let seen_before = all.iter().filter(|r| r.path == path).count();
        let request = Request {
            path,
            headers,
            seen_before,
        };
        all.push(request.clone());
        request
    };
    handler(&request, &mut *stream);
    let _ = stream.flush();
}

fn read_head(stream: &mut dyn ReadWrite) -> Option<(String, HashMap<String, String>)> {
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    let path = line.split_whitespace().nth(1)?.to_string();
    let mut headers = HashMap::new();
    loop {
        line.clear();
        if reader.read_line(&mut line).ok()? == 0 || line.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            headers.insert(name.trim().to_ascii_lowercase(), value.trim().to_string());
        }
    }
    Some((path, headers))
}

/// Writes a whole response with `Content-Length` and `Connection: close`.
pub fn respond(stream: &mut dyn ReadWrite, status: &str, headers: &[(&str, &str)], body: &[u8]) {
    let _ = stream.write_all(head(status, headers, Some(body.len() as u64)).as_bytes());
    let _ = stream.write_all(body);
}

/// The status line and headers; `length` None leaves the body delimited by closing.
pub fn head(status: &str, headers: &[(&str, &str)], length: Option<u64>) -> String {
    let mut text = format!("HTTP/1.1 {status}\r\nConnection: close\r\n");
    for (name, value) in headers {
        text.push_str(&format!("{name}: {value}\r\n"));
    }
    if let Some(length) = length {
        text.push_str(&format!("Content-Length: {length}\r\n"));
    }
    text.push_str("\r\n");
    text
}

/// Closes the connection with a TCP reset instead of a clean close.
pub fn reset(stream: &mut dyn ReadWrite) {
    let _ = stream.flush();
    // With a zero linger time, closing the socket (when the stream is dropped) sends RST.
    let _ = socket2::SockRef::from(stream.tcp()).set_linger(Some(Duration::ZERO));
}
