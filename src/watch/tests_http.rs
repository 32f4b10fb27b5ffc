//! Server tests over real sockets on 127.0.0.1. Raw TCP everywhere, since
//! HTTP clients normalise the paths these tests need to send.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use super::*;

pub(super) fn site() -> SiteSnapshot {
    let mut s = SiteSnapshot::default();
    let html = |t: &str| Bytes::from(format!("<!doctype html><html><body><h1>{t}</h1></body></html>"));
    s.files.insert("/index.html".into(), html("home"));
    s.files.insert("/tips/flu/index.html".into(), html("flu"));
    s.files.insert("/404.html".into(), html("custom not found"));
    s.files.insert("/images/café.png".into(), Bytes::from_static(b"\x89PNG"));
    for p in [
        "/carepress.css",
        "/app.js",
        "/sitemap.xml",
        "/rss.xml",
        "/atom.xml",
        "/feed.json",
        "/data.json",
        "/logo.svg",
        "/a.png",
        "/b.jpg",
        "/c.jpeg",
        "/d.webp",
        "/e.gif",
        "/favicon.ico",
        "/robots.txt",
        "/f.woff2",
        "/blob.bin",
        "/tips/rss.xml",
    ] {
        s.files.insert(p.into(), Bytes::from(format!("body of {p} </body>")));
    }
    s
}

pub(super) async fn serve() -> (Arc<WatchState>, Server) {
    let state = WatchState::new(site());
    let opts = WatchOptions { bind: IpAddr::V4(Ipv4Addr::LOCALHOST), port: 0, open: false, base_path: String::new() };
    let server = start(opts, state.clone()).await.expect("start");
    assert!(server.notices.is_empty(), "{:?}", server.notices);
    (state, server)
}

pub(super) struct Reply {
    pub status: u16,
    pub head: String,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<String> {
        self.head.lines().skip(1).find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case(name).then(|| v.trim().to_string())
        })
    }
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

pub(super) async fn raw(addr: SocketAddr, request: &[u8]) -> Reply {
    let mut s = TcpStream::connect(addr).await.unwrap();
    s.write_all(request).await.unwrap();
    let mut buf = Vec::new();
    tokio::time::timeout(Duration::from_secs(10), s.read_to_end(&mut buf)).await.unwrap().unwrap();
    let end = buf.windows(4).position(|w| w == b"\r\n\r\n").expect("no header end") + 4;
    let head = String::from_utf8_lossy(&buf[..end]).into_owned();
    let status = head.split(' ').nth(1).unwrap().parse().unwrap();
    Reply { status, head, body: buf[end..].to_vec() }
}

pub(super) async fn req(addr: SocketAddr, method: &str, path: &str) -> Reply {
    let r = format!("{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nConnection: close\r\n\r\n", addr.port());
    raw(addr, r.as_bytes()).await
}

pub(super) async fn get(addr: SocketAddr, path: &str) -> Reply {
    req(addr, "GET", path).await
}

#[tokio::test]
async fn content_types_by_kind() {
    let (_state, server) = serve().await;
    let cases = [
        ("/", "text/html; charset=utf-8"),
        ("/carepress.css", "text/css; charset=utf-8"),
        ("/app.js", "text/javascript; charset=utf-8"),
        ("/sitemap.xml", "application/xml; charset=utf-8"),
        ("/rss.xml", "application/rss+xml; charset=utf-8"),
        ("/tips/rss.xml", "application/rss+xml; charset=utf-8"),
        ("/atom.xml", "application/atom+xml; charset=utf-8"),
        ("/feed.json", "application/feed+json; charset=utf-8"),
        ("/data.json", "application/json"),
        ("/logo.svg", "image/svg+xml"),
        ("/a.png", "image/png"),
        ("/b.jpg", "image/jpeg"),
        ("/c.jpeg", "image/jpeg"),
        ("/d.webp", "image/webp"),
        ("/e.gif", "image/gif"),
        ("/favicon.ico", "image/x-icon"),
        ("/robots.txt", "text/plain; charset=utf-8"),
        ("/f.woff2", "font/woff2"),
        ("/blob.bin", "application/octet-stream"),
        ("/__carepress/reload.js", "text/javascript; charset=utf-8"),
        ("/images/caf%C3%A9.png", "image/png"),
    ];
    for (path, ct) in cases {
        let r = get(server.addr, path).await;
        assert_eq!(r.status, 200, "{path}");
        assert_eq!(r.header("content-type").as_deref(), Some(ct), "{path}");
        assert_eq!(r.header("cache-control").as_deref(), Some("no-store"), "{path}");
    }
}

#[tokio::test]
async fn index_mapping_and_redirect() {
    let (_state, server) = serve().await;
    let r = get(server.addr, "/").await;
    assert_eq!(r.status, 200);
    assert!(r.text().contains("<h1>home</h1>"));
    let r = get(server.addr, "/tips/flu/").await;
    assert_eq!(r.status, 200);
    assert!(r.text().contains("<h1>flu</h1>"));
    let r = get(server.addr, "/tips/flu").await;
    assert_eq!(r.status, 301);
    assert_eq!(r.header("location").as_deref(), Some("/tips/flu/"));
    let r = get(server.addr, "/tips/flu?utm=x").await;
    assert_eq!(r.header("location").as_deref(), Some("/tips/flu/?utm=x"));
    let r = get(server.addr, "/tips/flu/index.html").await;
    assert_eq!(r.status, 200);
}

#[tokio::test]
async fn missing_pages_get_the_404_page() {
    let (state, server) = serve().await;
    for path in ["/nope", "/tips/", "/tips/nope/"] {
        let r = get(server.addr, path).await;
        assert_eq!(r.status, 404, "{path}");
        assert!(r.text().contains("custom not found"), "{path}");
        assert!(r.text().contains("/__carepress/reload.js"), "{path}");
    }
    // Without a 404.html (e.g. before the first build) a built-in page.
    state.publish(SiteSnapshot::default(), &[]);
    let r = get(server.addr, "/").await;
    assert_eq!(r.status, 404);
    assert!(r.text().contains("being built") && r.text().contains("/__carepress/reload.js"));
}

#[tokio::test]
async fn traversal_and_odd_paths_are_refused() {
    let (_state, server) = serve().await;
    for path in [
        "/../site.toml",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/%2E%2E/site.toml",
        "/tips/..%2f..%2fsite.toml",
        "/tips/%2e%2e%2fsite.toml",
        "/..\\x",
        "/tips%5c..%5csite.toml",
        "/a%00b",
        "/tips/./flu/",
        "/tips/flu/..",
        "/%ff",
    ] {
        let r = raw(server.addr, format!("GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").as_bytes()).await;
        assert_eq!(r.status, 400, "{path}");
        assert!(!r.text().contains("body of"), "{path}");
    }
    // A raw NUL byte in the request line is refused too.
    let r = raw(server.addr, b"GET /a\0b HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").await;
    assert_eq!(r.status, 400);
    // Dots inside names are fine.
    assert_eq!(get(server.addr, "/a..png").await.status, 404);
}

#[tokio::test]
async fn script_injected_into_html_only() {
    let (_state, server) = serve().await;
    let html = get(server.addr, "/tips/flu/").await.text();
    let at = html.find("<script src=\"/__carepress/reload.js\"").expect("script in HTML");
    assert_eq!(&html[html.rfind("</body>").unwrap() - "defer></script>".len()..html.rfind("</body>").unwrap()], "defer></script>");
    assert!(at < html.rfind("</body>").unwrap());
    for path in ["/carepress.css", "/sitemap.xml", "/rss.xml", "/feed.json", "/app.js"] {
        let body = get(server.addr, path).await.text();
        assert!(!body.contains("__carepress"), "{path}: {body}");
        assert_eq!(body, format!("body of {path} </body>"));
    }
    let js = get(server.addr, "/__carepress/reload.js").await;
    assert!(js.body.len() < 2048 && js.text().contains("EventSource"));
}

#[tokio::test]
async fn methods_head_and_hosts() {
    let (_state, server) = serve().await;
    let r = req(server.addr, "POST", "/").await;
    assert_eq!(r.status, 405);
    assert_eq!(r.header("allow").as_deref(), Some("GET, HEAD"));
    let r = req(server.addr, "HEAD", "/carepress.css").await;
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-type").as_deref(), Some("text/css; charset=utf-8"));
    assert!(r.body.is_empty());
    // DNS rebinding: a loopback-bound server answers only to local names.
    let host = |h: &str| format!("GET / HTTP/1.1\r\nHost: {h}\r\nConnection: close\r\n\r\n");
    assert_eq!(raw(server.addr, host("evil.example").as_bytes()).await.status, 403);
    assert_eq!(raw(server.addr, host("127.0.0.1.evil.example:80").as_bytes()).await.status, 403);
    for ok in ["localhost:1111", "127.0.0.1", "[::1]:1111", "site.localhost"] {
        assert_eq!(raw(server.addr, host(ok).as_bytes()).await.status, 200, "{ok}");
    }
}

/// A site under `https://name.github.io/site/`: served under /site/ with its
/// HTML links prefixed, `/` redirecting there, the rest of the root not found.
#[tokio::test]
async fn a_base_path_serves_the_site_under_it() {
    let mut snap = site();
    snap.files.insert(
        "/index.html".into(),
        Bytes::from_static(b"<html><body><a href=\"/tips/flu/\">Flu</a><link rel=\"stylesheet\" href=\"/carepress.css\"></body></html>"),
    );
    let state = WatchState::new(snap);
    let opts = WatchOptions { bind: IpAddr::V4(Ipv4Addr::LOCALHOST), port: 0, open: false, base_path: "/site".into() };
    let server = start(opts, state.clone()).await.expect("start");
    assert_eq!(server.url(), format!("http://127.0.0.1:{}/site/", server.addr.port()));

    let r = get(server.addr, "/").await;
    assert_eq!(r.status, 302);
    assert_eq!(r.header("location").as_deref(), Some("/site/"));
    let r = get(server.addr, "/site").await;
    assert_eq!(r.status, 301);
    assert_eq!(r.header("location").as_deref(), Some("/site/"));

    let home = get(server.addr, "/site/").await;
    assert_eq!(home.status, 200);
    let html = home.text();
    assert!(html.contains("href=\"/site/tips/flu/\"") && html.contains("href=\"/site/carepress.css\""), "{html}");
    // The server's own routes stay at the root, unprefixed.
    assert!(html.contains("<script src=\"/__carepress/reload.js\""), "{html}");
    assert!(html.contains("href=\"/__carepress/social/\""), "{html}");
    assert_eq!(get(server.addr, "/__carepress/reload.js").await.status, 200);
    assert_eq!(get(server.addr, "/site/tips/flu/").await.status, 200);
    assert_eq!(get(server.addr, "/site/carepress.css").await.text(), "body of /carepress.css </body>");
    let r = get(server.addr, "/site/tips/flu").await;
    assert_eq!(r.header("location").as_deref(), Some("/site/tips/flu/"));
    let r = get(server.addr, "/site/nope/").await;
    assert_eq!(r.status, 404);
    assert!(r.text().contains("custom not found"));

    // Outside the base path: not found, naming where the page really is.
    let r = get(server.addr, "/tips/flu/").await;
    assert_eq!(r.status, 404);
    assert!(r.text().contains("href=\"/site/tips/flu/\""), "{}", r.text());
    let r = get(server.addr, "/sitemanager/").await;
    assert_eq!(r.status, 404);
    assert!(!r.text().contains("is at"), "{}", r.text());

    // A stylesheet change names the stylesheet as the page links it.
    let mut sse = raw_events(server.addr).await;
    state.publish(site(), &["/carepress.css".to_string()]);
    let seen = read_until(&mut sse, "data: /site/carepress.css").await;
    assert!(seen.contains("event: css"), "{seen}");
    server.shutdown();
}

async fn raw_events(addr: SocketAddr) -> TcpStream {
    let mut s = TcpStream::connect(addr).await.unwrap();
    let r = format!("GET /__carepress/events HTTP/1.1\r\nHost: 127.0.0.1:{}\r\n\r\n", addr.port());
    s.write_all(r.as_bytes()).await.unwrap();
    read_until(&mut s, "event: hello").await;
    s
}

async fn read_until(s: &mut TcpStream, needle: &str) -> String {
    let mut seen = String::new();
    let mut buf = [0u8; 4096];
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    while !seen.contains(needle) {
        let n = tokio::time::timeout_at(deadline, s.read(&mut buf)).await.unwrap_or_else(|_| panic!("no {needle:?} in {seen}")).unwrap();
        assert!(n > 0, "stream closed before {needle:?}: {seen}");
        seen.push_str(&String::from_utf8_lossy(&buf[..n]));
    }
    seen
}
