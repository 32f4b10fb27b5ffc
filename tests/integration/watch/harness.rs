//! The harness of the watch tests: a running `carepress watch` on a private
//! copy of tests/fixtures/watch-site, observed only over HTTP (plain
//! `std::net`), with its Server-Sent Events read as they arrive.

use crate::support::{command, copy_dir, fixture};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A hang guard, not a speed check.
pub const TIMEOUT: Duration = Duration::from_secs(30);

/// A running `carepress watch` on a private copy of the fixture site;
/// dropping it kills the process.
pub struct Watch {
    pub child: Child,
    pub dir: tempfile::TempDir,
    pub addr: SocketAddr,
    pub stdout: Arc<Mutex<String>>,
    pub stderr: Arc<Mutex<String>>,
    /// The address watch said it serves the site at.
    pub served_at: String,
}

impl Drop for Watch {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A port nobody listens on right now.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// Collects a child's output stream into a shared string, line by line.
pub fn collect(stream: impl Read + Send + 'static) -> Arc<Mutex<String>> {
    let out = Arc::new(Mutex::new(String::new()));
    let sink = out.clone();
    std::thread::spawn(move || {
        for line in BufReader::new(stream).lines() {
            let Ok(line) = line else { break };
            let mut s = sink.lock().unwrap();
            s.push_str(&line);
            s.push('\n');
        }
    });
    out
}

impl Watch {
    /// Starts watch on a fresh copy of the fixture, on a free port.
    pub fn start() -> Watch {
        Watch::start_on(free_port())
    }

    pub fn start_on(port: u16) -> Watch {
        Watch::start_with(port, |toml| toml)
    }

    /// Starts watch on a fresh copy of the fixture whose site.toml `edit` rewrote.
    pub fn start_with(port: u16, edit: impl Fn(String) -> String) -> Watch {
        Watch::start_prepared(port, |root| {
            let toml = root.join("site.toml");
            std::fs::write(&toml, edit(std::fs::read_to_string(&toml).unwrap())).unwrap();
        })
    }

    /// Starts watch on a fresh copy of the fixture that `prepare` changed
    /// first (it gets the copy's root).
    pub fn start_prepared(port: u16, prepare: impl FnOnce(&Path)) -> Watch {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(&fixture("watch-site"), dir.path());
        prepare(dir.path());
        let mut child = command()
            .arg("watch")
            .arg("--root")
            .arg(dir.path())
            .args(["--port", &port.to_string(), "--now", "2026-11-27"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start carepress watch");
        let stdout = collect(child.stdout.take().unwrap());
        let stderr = collect(child.stderr.take().unwrap());
        let mut w = Watch { child, dir, addr: SocketAddr::from(([127, 0, 0, 1], port)), stdout, stderr, served_at: String::new() };
        // "Watching the site at http://127.0.0.1:PORT/" comes once the first build is done.
        let line = w.wait_output(|out| out.lines().find(|l| l.starts_with("Watching the site at ")).map(str::to_string));
        let url = line.trim_start_matches("Watching the site at ").split_whitespace().next().unwrap().to_string();
        let hostport = url.trim_start_matches("http://").split('/').next().unwrap();
        w.addr = hostport.parse().unwrap_or_else(|_| panic!("no address in {line:?}"));
        w.served_at = url;
        w
    }

    /// Waits until `f` finds something in stdout + stderr.
    /// GET `path`: (status, body as text).
    pub fn status_and_text(&self, path: &str) -> (u16, String) {
        let r = self.get(path);
        (r.status, r.text())
    }

    pub fn wait_output<T>(&mut self, f: impl Fn(&str) -> Option<T>) -> T {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let all = format!("{}{}", self.stdout.lock().unwrap(), self.stderr.lock().unwrap());
            if let Some(t) = f(&all) {
                return t;
            }
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!("carepress watch exited ({status}):\n{all}");
            }
            // A hang guard, not a speed check: a stuck `watch` fails the test instead of CI.
            if Instant::now() >= deadline {
                panic!("timed out; output so far:\n{all}");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn output(&self) -> String {
        format!("stdout:\n{}\nstderr:\n{}", self.stdout.lock().unwrap(), self.stderr.lock().unwrap())
    }

    pub fn url(&self) -> String {
        format!("http://{}/", self.addr)
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    /// Writes a file in place (truncate, then write), as many editors do.
    pub fn write(&self, rel: &str, text: &str) {
        let p = self.path(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }

    /// Writes a temp file next to `rel`, then renames it over `rel`, as
    /// "safe write" editors do (the temp name is one the watcher ignores).
    pub fn write_atomic(&self, rel: &str, text: &str) {
        let p = self.path(rel);
        let tmp = p.with_file_name(format!(".tmp-{}", p.file_name().unwrap().to_string_lossy()));
        std::fs::write(&tmp, text).unwrap();
        std::fs::rename(&tmp, &p).unwrap();
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).unwrap()
    }

    pub fn get(&self, path: &str) -> Resp {
        get(self.addr, path)
    }

    pub fn events(&self) -> Sse {
        Sse::open(self.addr)
    }
}

// ---------------------------------------------------------------- HTTP

pub struct Resp {
    pub status: u16,
    pub head: String,
    pub body: Vec<u8>,
}

impl Resp {
    pub fn header(&self, name: &str) -> Option<String> {
        self.head.lines().skip(1).find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.trim().eq_ignore_ascii_case(name).then(|| v.trim().to_string())
        })
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    pub fn content_type(&self) -> String {
        self.header("content-type").unwrap_or_default()
    }
}

/// Sends `request` bytes as they are and reads the whole response
/// (`Connection: close`).
pub fn raw(addr: SocketAddr, request: &str) -> Resp {
    let mut s = TcpStream::connect_timeout(&addr, TIMEOUT).unwrap();
    s.set_read_timeout(Some(TIMEOUT)).unwrap();
    s.write_all(request.as_bytes()).unwrap();
    let mut all = Vec::new();
    s.read_to_end(&mut all).unwrap();
    let end =
        all.windows(4).position(|w| w == b"\r\n\r\n").unwrap_or_else(|| panic!("no header end in {:?}", String::from_utf8_lossy(&all)));
    let head = String::from_utf8_lossy(&all[..end]).into_owned();
    let status = head.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or_else(|| panic!("bad status line: {head}"));
    let mut resp = Resp { status, head, body: all[end + 4..].to_vec() };
    if resp.header("transfer-encoding").is_some_and(|v| v.eq_ignore_ascii_case("chunked")) {
        resp.body = dechunk(&resp.body);
    }
    resp
}

pub fn dechunk(mut b: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(i) = b.windows(2).position(|w| w == b"\r\n") {
        let size = usize::from_str_radix(String::from_utf8_lossy(&b[..i]).split(';').next().unwrap().trim(), 16).unwrap();
        if size == 0 {
            break;
        }
        out.extend_from_slice(&b[i + 2..i + 2 + size]);
        b = &b[i + 2 + size + 2..];
    }
    out
}

pub fn get(addr: SocketAddr, path: &str) -> Resp {
    raw(addr, &format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"))
}

/// One Server-Sent Event.
#[derive(Debug, Clone)]
pub struct Event {
    pub name: String,
    pub data: String,
}

/// An open connection to /__carepress/events, read as events arrive.
pub struct Sse {
    pub stream: TcpStream,
    pub buf: String,
    /// Every event seen so far, for failure messages.
    pub log: Vec<Event>,
}

impl Sse {
    /// Connects and waits for the `hello` event, so later edits are seen.
    pub fn open(addr: SocketAddr) -> Sse {
        let mut stream = TcpStream::connect_timeout(&addr, TIMEOUT).unwrap();
        stream.set_read_timeout(Some(Duration::from_millis(200))).unwrap();
        let req = format!("GET /__carepress/events HTTP/1.1\r\nHost: {addr}\r\nAccept: text/event-stream\r\n\r\n");
        stream.write_all(req.as_bytes()).unwrap();
        let mut sse = Sse { stream, buf: String::new(), log: Vec::new() };
        let deadline = Instant::now() + TIMEOUT;
        while !sse.buf.contains("\r\n\r\n") {
            sse.fill(deadline);
        }
        let end = sse.buf.find("\r\n\r\n").unwrap();
        let head: String = sse.buf.drain(..end + 4).collect();
        let lower = head.to_ascii_lowercase();
        assert!(lower.starts_with("http/1.1 200"), "{head}");
        assert!(lower.contains("content-type: text/event-stream"), "{head}");
        // The body is chunked: drop the chunk-size lines, keep the event text.
        let hello = sse.next(deadline);
        assert_eq!(hello.name, "hello", "{hello:?}");
        sse
    }

    pub fn fill(&mut self, deadline: Instant) {
        let mut b = [0u8; 8192];
        match self.stream.read(&mut b) {
            Ok(0) => panic!("event stream closed; events so far: {:?}", self.log),
            Ok(n) => self.buf.push_str(&String::from_utf8_lossy(&b[..n])),
            Err(e) if matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut) => {}
            Err(e) => panic!("reading events: {e}"),
        }
        // A hang guard, not a speed check.
        if Instant::now() >= deadline {
            panic!("no event before the hang guard; events so far: {:?}; unread: {:?}", self.log, self.buf);
        }
    }

    /// The next event (comments and keep-alives skipped).
    pub fn next(&mut self, deadline: Instant) -> Event {
        loop {
            // Events end with a blank line; chunk framing (`1a\r\n…\r\n`) is
            // stripped by keeping only `event:` and `data:` lines.
            if let Some(end) = self.buf.find("\n\n") {
                let block: String = self.buf.drain(..end + 2).collect();
                let mut ev = Event { name: String::new(), data: String::new() };
                for line in block.lines() {
                    if let Some(v) = line.strip_prefix("event:") {
                        ev.name = v.trim().to_string();
                    } else if let Some(v) = line.strip_prefix("data:") {
                        if !ev.data.is_empty() {
                            ev.data.push('\n');
                        }
                        ev.data.push_str(v.strip_prefix(' ').unwrap_or(v));
                    }
                }
                if ev.name.is_empty() && ev.data.is_empty() {
                    continue;
                }
                if ev.name.is_empty() {
                    ev.name = "message".into();
                }
                self.log.push(ev.clone());
                return ev;
            }
            self.fill(deadline);
        }
    }

    /// Waits for an event named `name`. Any `error` event on the way fails
    /// the test unless `name` is `error`.
    pub fn expect(&mut self, name: &str) -> Event {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let ev = self.next(deadline);
            if ev.name == name {
                return ev;
            }
            assert!(ev.name != "error", "expected `{name}`, got an error event: {}", ev.data);
        }
    }
}

pub fn status_json(w: &Watch) -> serde_json::Value {
    let r = w.get("/__carepress/status");
    assert_eq!(r.status, 200);
    assert!(r.content_type().starts_with("application/json"), "{}", r.head);
    serde_json::from_slice(&r.body).unwrap_or_else(|e| panic!("{e}: {}", r.text()))
}

/// A copy of the fixture and the options `watch` loads it with (the local
/// address it serves at, `--now 2026-11-27`), for the tests that drive
/// `WatchedSite` in process.
pub fn fixture_copy_and_options() -> (tempfile::TempDir, carepress::build::SiteOptions) {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture("watch-site"), dir.path());
    let opts = carepress::build::SiteOptions {
        root: dir.path().to_path_buf(),
        base_url: Some("http://127.0.0.1:1111/".into()),
        drafts: false,
        future: false,
        now: Some("2026-11-27".into()),
    };
    (dir, opts)
}
