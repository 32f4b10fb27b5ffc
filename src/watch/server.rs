//! Binding (with the next-free-port fallback) and running the server.

use std::io::ErrorKind;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;

use tokio::net::TcpListener;
use tokio::task::JoinHandle;

use super::WatchError;
use super::http::{Ctx, router};
use super::state::WatchState;

/// How many ports after the requested one are tried when it is taken.
pub const PORT_TRIES: u16 = 20;

/// Where and how `carepress watch` serves the site.
#[derive(Debug, Clone)]
pub struct WatchOptions {
    /// The address to listen on (`--bind`, 127.0.0.1 by default).
    pub bind: IpAddr,
    /// The first port to try (`--port`); 0 lets the system pick one.
    pub port: u16,
    /// Open the site in the default browser once listening.
    pub open: bool,
    /// The path the site lives under, from a `base_url` such as
    /// `https://name.github.io/site/`: "/site" (no trailing slash), or ""
    /// for a site at the root of its host. The site is served under it, as
    /// the host will serve it, and `/` redirects there.
    pub base_path: String,
}

impl Default for WatchOptions {
    fn default() -> Self {
        WatchOptions { bind: IpAddr::V4(Ipv4Addr::LOCALHOST), port: 1111, open: false, base_path: String::new() }
    }
}

/// A running `watch` server.
#[derive(Debug)]
pub struct Server {
    /// The address actually bound.
    pub addr: SocketAddr,
    /// The server task; it runs until aborted (or the runtime ends).
    pub handle: JoinHandle<()>,
    /// Messages for the terminal, in order: the port fallback, the warning
    /// about a non-loopback bind, a failure to open the browser.
    /// The server prints nothing itself.
    pub notices: Vec<String>,
    /// As in [`WatchOptions::base_path`].
    pub base_path: String,
}

impl Server {
    /// The address to browse and to use as the build's `base_url`, with the
    /// base path and a trailing slash (`http://127.0.0.1:1111/site/`). An
    /// unspecified bind (0.0.0.0, ::) maps to loopback.
    pub fn url(&self) -> String {
        let ip = match self.addr.ip() {
            IpAddr::V4(v4) if v4.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
            IpAddr::V6(v6) if v6.is_unspecified() => IpAddr::V6(std::net::Ipv6Addr::LOCALHOST),
            ip => ip,
        };
        format!("http://{}{}/", SocketAddr::new(ip, self.addr.port()), self.base_path)
    }

    /// Stops accepting connections.
    pub fn shutdown(self) {
        self.handle.abort();
    }
}

/// Binds `opts.bind:opts.port`, or the next free port up to `PORT_TRIES`
/// further (saying so in `notices`), and serves `state` until aborted.
/// Must be called inside a tokio runtime.
pub async fn start(opts: WatchOptions, state: Arc<WatchState>) -> Result<Server, WatchError> {
    let mut notices = Vec::new();
    let (listener, addr) = bind(opts.bind, opts.port, &mut notices).await?;
    let loopback_only = opts.bind.is_loopback();
    if !loopback_only {
        notices.push(format!(
            "warning: listening on {addr}, not on 127.0.0.1: other machines on the network \
             can see what `carepress watch` serves, drafts and unpublished pages included"
        ));
    }
    let base_path = opts.base_path.trim_end_matches('/').to_string();
    // Requests are matched decoded ("/my site"), the URL keeps its encoding.
    let base = percent_encoding::percent_decode_str(&base_path).decode_utf8_lossy().into_owned();
    let app = router(Ctx { state, loopback_only, base });
    let handle = tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    let mut server = Server { addr, handle, notices, base_path };
    if opts.open
        && let Err(e) = open_browser(&server.url())
    {
        let msg = format!("could not open a browser ({e}); open {} yourself", server.url());
        server.notices.push(msg);
    }
    Ok(server)
}

async fn bind(ip: IpAddr, port: u16, notices: &mut Vec<String>) -> Result<(TcpListener, SocketAddr), WatchError> {
    let last = if port == 0 { 0 } else { port.saturating_add(PORT_TRIES) };
    let mut taken = Vec::new();
    for p in port..=last {
        let addr = SocketAddr::new(ip, p);
        match TcpListener::bind(addr).await {
            Ok(listener) => {
                let bound = listener.local_addr()?;
                if !taken.is_empty() {
                    notices.push(port_notice(&taken, bound.port()));
                }
                return Ok((listener, bound));
            }
            Err(e) if e.kind() == ErrorKind::AddrInUse => taken.push(p),
            Err(source) => return Err(WatchError::Bind { addr, source }),
        }
    }
    Err(WatchError::PortsInUse { ip, first: port, last })
}

fn port_notice(taken: &[u16], used: u16) -> String {
    match taken {
        [one] => format!("port {one} is in use; serving on port {used} instead"),
        [first, .., last] => {
            format!("ports {first} to {last} are in use; serving on port {used} instead")
        }
        [] => String::new(),
    }
}

/// Opens `url` in the desktop's browser without waiting for it.
pub fn open_browser(url: &str) -> std::io::Result<()> {
    use std::process::{Command, Stdio};
    let mut cmd = if cfg!(target_os = "macos") {
        let mut c = Command::new("open");
        c.arg(url);
        c
    } else if cfg!(windows) {
        let mut c = Command::new("cmd");
        c.args(["/C", "start", "", url]);
        c
    } else {
        let mut c = Command::new("xdg-open");
        c.arg(url);
        c
    };
    cmd.stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::null());
    let mut child = cmd.spawn()?;
    // Reap it in the background so it leaves no zombie.
    std::thread::spawn(move || {
        let _ = child.wait();
    });
    Ok(())
}
