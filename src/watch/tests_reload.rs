//! Live reload over SSE, port fallback and bind warnings, on real sockets.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use super::tests_http::{get, raw, serve, site};
use super::*;

/// An open SSE connection read incrementally.
struct Sse {
    stream: TcpStream,
    seen: String,
    consumed: String,
}

impl Sse {
    async fn open(addr: SocketAddr) -> Sse {
        let mut stream = TcpStream::connect(addr).await.unwrap();
        let r = "GET /__carepress/events HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n";
        stream.write_all(r.as_bytes()).await.unwrap();
        let mut sse = Sse { stream, seen: String::new(), consumed: String::new() };
        sse.wait_for("\r\n\r\n").await;
        let head = std::mem::take(&mut sse.consumed).to_ascii_lowercase();
        assert!(head.starts_with("http/1.1 200"), "{head}");
        assert!(head.contains("content-type: text/event-stream"), "{head}");
        assert!(head.contains("cache-control: no-store"), "{head}");
        sse.wait_for("event: hello").await;
        sse
    }

    /// Reads until `needle` appears after what earlier calls consumed;
    /// returns the text from the needle on.
    async fn wait_for(&mut self, needle: &str) -> String {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(i) = self.seen.find(needle) {
                let rest = self.seen[i..].to_string();
                self.consumed.extend(self.seen.drain(..i + needle.len()));
                return rest;
            }
            let mut buf = [0u8; 4096];
            let n = tokio::time::timeout_at(deadline, self.stream.read(&mut buf))
                .await
                .unwrap_or_else(|_| panic!("no {needle:?} in {:?}", self.seen))
                .unwrap();
            assert!(n > 0, "closed before {needle:?}");
            self.seen.push_str(&String::from_utf8_lossy(&buf[..n]));
        }
    }
}

fn overlay() -> Overlay {
    Overlay {
        title: "1 content error".into(),
        items: vec![OverlayItem {
            rule: "build/unknown-key".into(),
            file: "content/tips/flu.md".into(),
            line: 3,
            column: 7,
            message: "unknown key `titel` </script><b>".into(),
            hint: Some("did you mean `title`?".into()),
        }],
    }
}

#[tokio::test]
async fn live_reload_events() {
    let (state, server) = serve().await;
    let mut sse = Sse::open(server.addr).await;

    state.publish(site(), &["/tips/flu/index.html".into(), "/carepress.css".into()]);
    sse.wait_for("event: reload").await;

    state.publish(site(), &["/carepress.css".into()]);
    let ev = sse.wait_for("event: css").await;
    assert!(ev.starts_with("event: css\ndata: /carepress.css\n"), "{ev:?}");

    state.publish_error(overlay());
    let ev = sse.wait_for("event: error").await;
    let data = ev.lines().nth(1).unwrap();
    assert!(data.contains(r#""file":"content/tips/flu.md","line":3,"column":7"#), "{data}");
    assert!(data.contains(r#""hint":"did you mean `title`?""#), "{data}");
    assert!(data.contains(r"\u003c/script\u003e") && !data.contains("</script>"), "{data}");

    // Old files are still served while the error shows.
    assert_eq!(get(server.addr, "/tips/flu/").await.status, 200);
    // A tab opened now gets the error as soon as it connects, and from /status.
    let mut late = Sse::open(server.addr).await;
    late.wait_for("event: error").await;
    let status = get(server.addr, "/__carepress/status").await;
    assert_eq!(status.header("content-type").as_deref(), Some("application/json"));
    assert!(status.text().contains(r#""line":3"#), "{}", status.text());

    state.publish(site(), &["/tips/flu/index.html".into()]);
    sse.wait_for("event: cleared").await;
    late.wait_for("event: cleared").await;
    assert!(get(server.addr, "/__carepress/status").await.text().ends_with(r#""error":null}"#));

    // An error carried in the snapshot itself.
    let mut broken = site();
    broken.error = Some(overlay());
    state.publish(broken, &[]);
    sse.wait_for("event: error").await;
}

#[tokio::test]
async fn page_tag_matches_hello() {
    let (state, server) = serve().await;
    let mut sse = Sse::open(server.addr).await;
    let hello = sse.wait_for("data: ").await;
    let tag = hello["data: ".len()..].lines().next().unwrap().to_string();
    let html = get(server.addr, "/").await.text();
    assert!(html.contains(&format!("data-tag=\"{tag}\"")), "{html} / {tag}");
    state.publish(site(), &[]);
    assert!(!get(server.addr, "/").await.text().contains(&format!("data-tag=\"{tag}\"")));
}

#[tokio::test]
async fn port_in_use_falls_back_to_next_free_port() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port();
    let state = WatchState::new(site());
    let opts = WatchOptions { bind: IpAddr::V4(Ipv4Addr::LOCALHOST), port, open: false, base_path: String::new() };
    let server = start(opts, state).await.expect("fallback");
    assert_ne!(server.addr.port(), port);
    assert!(server.addr.port() > port && server.addr.port() <= port + 20);
    let msg = server.notices.join("\n");
    assert!(msg.contains(&format!("port {port}")), "{msg}");
    assert!(msg.contains(&format!("port {}", server.addr.port())), "{msg}");
    assert_eq!(get(server.addr, "/").await.status, 200);
    assert_eq!(server.url(), format!("http://127.0.0.1:{}/", server.addr.port()));
}

#[tokio::test]
async fn non_loopback_bind_warns() {
    let state = WatchState::new(site());
    let opts = WatchOptions { bind: IpAddr::V4(Ipv4Addr::UNSPECIFIED), port: 0, open: false, base_path: String::new() };
    let server = start(opts, state).await.expect("start");
    assert!(server.notices.iter().any(|n| n.starts_with("warning:")), "{:?}", server.notices);
    assert!(server.url().starts_with("http://127.0.0.1:"));
    let r = raw(
        SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), server.addr.port()),
        b"GET / HTTP/1.1\r\nHost: clinic-laptop.lan\r\nConnection: close\r\n\r\n",
    )
    .await;
    assert_eq!(r.status, 200);
    server.shutdown();
}
