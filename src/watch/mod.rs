//! `carepress watch` (SPEC §8): the site kept in memory and rebuilt
//! incrementally on every edit ([`WatchedSite`]), served over HTTP with live reload
//! over Server-Sent Events, a debounced file watcher, and the share preview
//! of each page (SPEC §11). One command, one module: everything `watch` does
//! is here, on top of the pipeline.
//!
//! Wiring, in short ([`run()`] does exactly this):
//! 1. `let state = WatchState::new(SiteSnapshot::default());`
//! 2. inside a tokio runtime: `let server = start(opts, state.clone()).await?;`
//!    (use `server.url()` as the build's `base_url`);
//! 3. `let _guard = watch(&root, &output_dir, tx)?;` and, on a plain thread,
//!    load a [`WatchedSite`], then `state.publish(snapshot, &changed)` or
//!    `state.publish_error(overlay)` for every batch of `Change`s from `rx`.
//!
//! Everything here is served from memory: the disk is never read by the server.

mod client;
mod desk;
mod http;
mod run;
mod server;
mod share;
mod site;
mod state;
mod watcher;

#[cfg(test)]
mod tests_http;
#[cfg(test)]
mod tests_reload;
#[cfg(test)]
mod tests_watcher;

pub use crate::site::assets::{IGNORED_DIRS, is_ignored_name};
pub use desk::{Desk, ShareEntry, desk};
pub use http::content_type;
pub use run::{edits_of, overlay, run};
pub use server::{Server, WatchOptions, start};
pub use site::{Edit, Files, WatchedSite, changed_chunks};
pub use state::{Overlay, OverlayItem, ReloadEvent, SiteSnapshot, WatchState};
pub use watcher::{Change, WatchGuard, classify, watch};

use std::net::SocketAddr;

/// Everything that can go wrong while starting the `watch` server or file watcher.
#[derive(Debug, thiserror::Error)]
pub enum WatchError {
    /// Every port from `first` to `last` was taken.
    #[error("ports {first} to {last} on {ip} are all in use; pass --port to pick another")]
    PortsInUse { ip: std::net::IpAddr, first: u16, last: u16 },
    /// Binding failed for another reason (permission, address not available…).
    #[error("cannot listen on {addr}: {source}")]
    Bind { addr: SocketAddr, source: std::io::Error },
    /// The file watcher could not be started.
    #[error("cannot watch {path}: {source}")]
    Watch { path: String, source: notify::Error },
    /// Any other I/O failure while starting.
    #[error("{0}")]
    Io(#[from] std::io::Error),
}
