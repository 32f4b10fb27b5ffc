//! The shared `watch` state: current snapshot, current error, reload events.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};

use bytes::Bytes;
use tokio::sync::broadcast;

/// What `watch` serves: every output file by its URL path
/// (`"/tips/flu/index.html"`, `"/carepress.css"`, `"/404.html"`), from memory.
/// Keys are decoded paths (`"/images/café.png"`, not `%C3%A9`).
/// `Bytes::from(vec)` takes a `Vec<u8>` without copying.
#[derive(Debug, Clone, Default)]
pub struct SiteSnapshot {
    pub files: HashMap<String, Bytes>,
    /// A build error to show over every page (the files are still served).
    pub error: Option<Overlay>,
}

/// A build error as the browser overlay shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overlay {
    pub title: String,
    pub items: Vec<OverlayItem>,
}

/// One finding or error in the overlay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverlayItem {
    /// Rule id (`phi/name`, `build/front-matter`), empty when there is none.
    pub rule: String,
    /// Path as the terminal shows it, e.g. `content/tips/flu.md`.
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
    pub hint: Option<String>,
}

/// What open browser tabs are told.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReloadEvent {
    /// Reload the page.
    Full,
    /// Only this stylesheet (URL path) changed: swap it in place.
    Css { path: String },
    /// Show the overlay.
    Error(Overlay),
    /// The error is fixed: remove the overlay and reload.
    Cleared,
}

/// Shared between the builder thread and the server. Every method is
/// synchronous and cheap (locks are held only to clone or swap an `Arc`), so
/// it can be called from a plain thread outside the tokio runtime.
pub struct WatchState {
    files: RwLock<Arc<HashMap<String, Bytes>>>,
    /// Each page's post and `social/*` findings, for the share preview.
    desk: RwLock<Arc<super::desk::Desk>>,
    error: RwLock<Option<Arc<Overlay>>>,
    generation: AtomicU64,
    /// Distinguishes server processes so a tab that reconnects to a
    /// restarted server reloads.
    instance: u64,
    tx: broadcast::Sender<ReloadEvent>,
}

impl std::fmt::Debug for WatchState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WatchState")
            .field("generation", &self.generation())
            .field("files", &self.files().len())
            .field("error", &self.error().is_some())
            .finish()
    }
}

impl WatchState {
    /// The state serving `snapshot`, with an empty social desk.
    pub fn new(snapshot: SiteSnapshot) -> Arc<Self> {
        let (tx, _) = broadcast::channel(64);
        let instance = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(0)
            ^ u64::from(std::process::id()).rotate_left(32);
        Arc::new(WatchState {
            files: RwLock::new(Arc::new(snapshot.files)),
            desk: RwLock::new(Arc::new(super::desk::Desk::default())),
            error: RwLock::new(snapshot.error.map(Arc::new)),
            generation: AtomicU64::new(0),
            instance,
            tx,
        })
    }

    /// Swap in a new snapshot and tell the browsers. `changed` lists the URL
    /// paths whose bytes changed. Events: the snapshot's error if it has one;
    /// else `Cleared` if an error was showing; else nothing if `changed` is
    /// empty; else one `Css` per path if only `.css` files changed; else `Full`.
    pub fn publish(&self, snapshot: SiteSnapshot, changed: &[String]) {
        let SiteSnapshot { files, error } = snapshot;
        *self.files.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(files);
        let had_error = {
            let mut slot = self.error.write().unwrap_or_else(|e| e.into_inner());
            std::mem::replace(&mut *slot, error.clone().map(Arc::new)).is_some()
        };
        self.generation.fetch_add(1, Ordering::SeqCst);
        if let Some(overlay) = error {
            self.send(ReloadEvent::Error(overlay));
        } else if had_error {
            self.send(ReloadEvent::Cleared);
        } else if changed.is_empty() {
        } else if changed.iter().all(|p| p.to_ascii_lowercase().ends_with(".css")) {
            for path in changed {
                self.send(ReloadEvent::Css { path: path.clone() });
            }
        } else {
            self.send(ReloadEvent::Full);
        }
    }

    /// Swaps in the social desk of a new build. Call it before
    /// [`WatchState::publish`], so a tab reloaded by that publish sees it.
    pub fn set_desk(&self, desk: super::desk::Desk) {
        *self.desk.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(desk);
    }

    /// The social desk being served now.
    pub fn desk(&self) -> Arc<super::desk::Desk> {
        self.desk.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// A build failed: keep serving the previous files, show the overlay.
    pub fn publish_error(&self, overlay: Overlay) {
        *self.error.write().unwrap_or_else(|e| e.into_inner()) = Some(Arc::new(overlay.clone()));
        self.send(ReloadEvent::Error(overlay));
    }

    /// A receiver of every [`ReloadEvent`] published from now on.
    pub fn subscribe(&self) -> broadcast::Receiver<ReloadEvent> {
        self.tx.subscribe()
    }

    /// The files being served now.
    pub fn files(&self) -> Arc<HashMap<String, Bytes>> {
        self.files.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// The error being shown now, if any.
    pub fn error(&self) -> Option<Arc<Overlay>> {
        self.error.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Bumped by every `publish`.
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::SeqCst)
    }

    /// Opaque tag of what a page was served from; the client reloads when the
    /// tag it gets on (re)connecting differs.
    pub(crate) fn tag(&self) -> String {
        format!("{:x}-{}", self.instance, self.generation())
    }

    fn send(&self, event: ReloadEvent) {
        // No receivers (no open tab) is not an error.
        let _ = self.tx.send(event);
    }
}

/// JSON for the overlay, written by hand (no serde dependency).
pub(crate) fn overlay_json(overlay: &Overlay) -> String {
    let mut out = String::from("{\"title\":");
    json_str(&mut out, &overlay.title);
    out.push_str(",\"items\":[");
    for (i, item) in overlay.items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str("{\"rule\":");
        json_str(&mut out, &item.rule);
        out.push_str(",\"file\":");
        json_str(&mut out, &item.file);
        out.push_str(&format!(",\"line\":{},\"column\":{},\"message\":", item.line, item.column));
        json_str(&mut out, &item.message);
        out.push_str(",\"hint\":");
        match &item.hint {
            Some(h) => json_str(&mut out, h),
            None => out.push_str("null"),
        }
        out.push('}');
    }
    out.push_str("]}");
    out
}

/// Appends `s` as a JSON string literal. Also escapes `<`, `>` and `&` so the
/// result is safe inside HTML, and U+2028/9 for old JS parsers.
pub(crate) fn json_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '<' | '>' | '&' | '\u{2028}' | '\u{2029}' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}
