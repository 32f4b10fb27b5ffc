//! Classifying file-system changes, and the debounced watcher.

use std::collections::HashSet;
use std::path::{Component, Path, PathBuf};
use std::sync::mpsc::RecvTimeoutError;
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex, Weak};
use std::time::{Duration, Instant};

use notify::{Event, EventKind, RecommendedWatcher, RecursiveMode, Watcher};

use super::WatchError;
use crate::site::assets::{IGNORED_DIRS, is_ignored_name};

/// What a changed path means for the build. Paths are relative to the site
/// root (`content/tips/flu.md`). A path may name a file or folder that no
/// longer exists (deleted, or renamed away) or a whole folder (a folder moved
/// in or out): the caller re-checks existence.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Change {
    /// `content/**.md` (or `.markdown`).
    Content(PathBuf),
    /// Any other file under `content/` (page-bundle assets).
    ContentAsset(PathBuf),
    /// Under `static/`.
    Static(PathBuf),
    /// Under `templates/`.
    Template(PathBuf),
    /// Under `themes/` or `theme/`.
    Theme(PathBuf),
    /// `site.toml`.
    Config,
}

/// Top-level folders watched recursively.
const WATCHED_DIRS: [&str; 5] = ["content", "static", "templates", "themes", "theme"];

/// Turns debounced paths (absolute under `root`, or relative to it) into the
/// changes to rebuild: deduplicated and sorted. Ignored: editor temp files,
/// `.git/`, the output folder, `target/`, and anything outside content/,
/// static/, templates/, themes/, theme/ and site.toml. `output_dir` may be
/// absolute or relative to `root`.
pub fn classify(root: &Path, output_dir: &Path, paths: &[PathBuf]) -> Vec<Change> {
    let out = relative(root, output_dir);
    let mut changes: Vec<Change> = paths.iter().filter_map(|p| classify_one(root, out.as_deref(), p)).collect();
    changes.sort();
    changes.dedup();
    changes
}

fn relative(root: &Path, path: &Path) -> Option<PathBuf> {
    let rel = if path.is_absolute() { path.strip_prefix(root).ok()? } else { path };
    let mut clean = PathBuf::new();
    for c in rel.components() {
        match c {
            Component::Normal(s) => clean.push(s),
            Component::CurDir => {}
            _ => return None,
        }
    }
    Some(clean)
}

fn classify_one(root: &Path, out: Option<&Path>, path: &Path) -> Option<Change> {
    let rel = relative(root, path)?;
    let names: Vec<&str> = rel.components().map(|c| c.as_os_str().to_str()).collect::<Option<_>>()?;
    let (first, last) = (*names.first()?, *names.last()?);
    if out.is_some_and(|o| !o.as_os_str().is_empty() && rel.starts_with(o)) {
        return None;
    }
    if first == "target" || names.iter().any(|n| IGNORED_DIRS.contains(n)) || is_ignored_name(last) {
        return None;
    }
    if names.len() == 1 && first == "site.toml" {
        return Some(Change::Config);
    }
    match first {
        "content" => {
            let ext = last.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
            if names.len() > 1 && matches!(ext.as_deref(), Some("md" | "markdown")) {
                Some(Change::Content(rel))
            } else {
                Some(Change::ContentAsset(rel))
            }
        }
        "static" => Some(Change::Static(rel)),
        "templates" => Some(Change::Template(rel)),
        "themes" | "theme" => Some(Change::Theme(rel)),
        _ => None,
    }
}

/// How long the file system must stay quiet before a batch is sent.
const DEBOUNCE: Duration = Duration::from_millis(30);
/// A batch is sent after this long even if events keep coming.
const MAX_BATCH_WAIT: Duration = Duration::from_millis(500);

type Shared = Arc<Mutex<RecommendedWatcher>>;

/// Keeps the watcher running; dropping it stops the watcher and its thread.
pub struct WatchGuard {
    _watcher: Shared,
}

impl std::fmt::Debug for WatchGuard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("WatchGuard")
    }
}

/// Watches `root` (site.toml and the top-level folders non-recursively;
/// content/, static/, templates/, themes/, theme/ recursively, including ones
/// created later) and sends each debounced (~30 ms quiet) batch of changes
/// on `tx`, from a background thread. A write-then-rename save reports the
/// final path (the temp file is ignored); a deleted or renamed-away path is
/// reported too. Reads (the build opening files) are not changes. Stops when
/// the guard is dropped or `tx`'s receiver is gone.
pub fn watch(root: &Path, output_dir: &Path, tx: Sender<Vec<Change>>) -> Result<WatchGuard, WatchError> {
    let root = root.canonicalize()?;
    let out = if output_dir.is_absolute() {
        output_dir.canonicalize().unwrap_or_else(|_| output_dir.to_path_buf())
    } else {
        output_dir.to_path_buf()
    };
    let werr = |path: &Path| {
        let path = path.display().to_string();
        move |source| WatchError::Watch { path, source }
    };
    let (itx, irx) = std::sync::mpsc::channel::<notify::Result<Event>>();
    let mut watcher = notify::recommended_watcher(itx).map_err(werr(&root))?;
    watcher.watch(&root, RecursiveMode::NonRecursive).map_err(werr(&root))?;
    let mut watched = HashSet::new();
    for dir in WATCHED_DIRS {
        let path = root.join(dir);
        if path.is_dir() {
            watcher.watch(&path, RecursiveMode::Recursive).map_err(werr(&path))?;
            watched.insert(dir);
        }
    }
    let watcher = Arc::new(Mutex::new(watcher));
    let weak = Arc::downgrade(&watcher);
    std::thread::Builder::new().name("carepress-watch".into()).spawn(move || {
        // Ends when the watcher is dropped (its sender goes away).
        while let Ok(first) = irx.recv() {
            let mut paths = Vec::new();
            take(first, &mut paths);
            let started = Instant::now();
            loop {
                match irx.recv_timeout(DEBOUNCE) {
                    Ok(ev) => take(ev, &mut paths),
                    Err(RecvTimeoutError::Timeout) => break,
                    Err(RecvTimeoutError::Disconnected) => return,
                }
                if started.elapsed() > MAX_BATCH_WAIT {
                    break;
                }
            }
            if paths.is_empty() {
                continue;
            }
            track_top_dirs(&root, &weak, &mut watched, &mut paths);
            let changes = classify(&root, &out, &paths);
            if !changes.is_empty() && tx.send(changes).is_err() {
                return;
            }
        }
    })?;
    Ok(WatchGuard { _watcher: watcher })
}

/// Keeps the paths of events that change something: not reads, opens or
/// closes (the watcher's own folder walk and the build's reads cause those).
fn take(event: notify::Result<Event>, paths: &mut Vec<PathBuf>) {
    if let Ok(event) = event
        && !matches!(event.kind, EventKind::Access(_))
    {
        paths.extend(event.paths);
    }
}

/// A watched top-level folder that appears is watched recursively and its
/// files are reported; one that disappears is forgotten.
fn track_top_dirs(root: &Path, watcher: &Weak<Mutex<RecommendedWatcher>>, watched: &mut HashSet<&'static str>, paths: &mut Vec<PathBuf>) {
    for dir in WATCHED_DIRS {
        let path = root.join(dir);
        if !paths.contains(&path) {
            continue;
        }
        let Some(watcher) = watcher.upgrade() else {
            return;
        };
        let mut watcher = watcher.lock().unwrap_or_else(|e| e.into_inner());
        if path.is_dir() && !watched.contains(dir) {
            if watcher.watch(&path, RecursiveMode::Recursive).is_ok() {
                watched.insert(dir);
                list_files(&path, paths, 0);
            }
        } else if !path.exists() && watched.remove(dir) {
            let _ = watcher.unwatch(&path);
        }
    }
}

fn list_files(dir: &Path, out: &mut Vec<PathBuf>, depth: usize) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        match entry.file_type() {
            Ok(t) if t.is_dir() && depth < 32 => list_files(&path, out, depth + 1),
            Ok(_) => out.push(path),
            Err(_) => {}
        }
    }
}
