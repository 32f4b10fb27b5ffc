//! Live preview for `carepress watch` (SPEC §8): an in-memory HTTP server with
//! live reload over Server-Sent Events, and a debounced file watcher.
//!
//! Wiring, in short:
//! 1. `let state = PreviewState::new(SiteSnapshot::default());`
//! 2. inside a tokio runtime: `let server = start(opts, state.clone()).await?;`
//!    (use `server.url()` as the build's `base_url`);
//! 3. `let _guard = watch(&root, &output_dir, tx)?;` and, on a plain thread,
//!    build, then `state.publish(snapshot, &changed)` or
//!    `state.publish_error(overlay)` for every batch of `Change`s from `rx`.
//!
//! Everything here is served from memory: the disk is never read by the server.

mod client;
mod http;
mod preview;
mod server;
mod share;
mod state;
mod watch;

#[cfg(test)]
mod tests_http;
#[cfg(test)]
mod tests_live;
#[cfg(test)]
mod tests_watch;

pub use crate::site::assets::{IGNORED_DIRS, is_ignored_name};
pub use http::content_type;
pub use preview::{edits_of, overlay, run};
pub use server::{ServeOptions, Server, start};
pub use state::{Overlay, OverlayItem, PreviewState, ReloadEvent, SiteSnapshot};
pub use watch::{Change, WatchGuard, classify, watch};

use std::net::SocketAddr;

/// Everything that can go wrong while starting the preview server or watcher.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// Every port from `first` to `last` was taken.
    #[error("ports {first} to {last} on {ip} are all in use; pass --port to pick another")]
    PortsInUse { ip: std::net::IpAddr, first: u16, last: u16 },
    /// Binding failed for another reason (permission, address not available…).
    #[error("cannot listen on {addr}: {source}")]
    Bind { addr: SocketAddr, source: std::io::Error },
    /// The file watcher could not be started.
    #[error("cannot watch {path}: {source}")]
    Watch { path: String, source: notify::Error },
    #[error("{0}")]
    Io(#[from] std::io::Error),
}
