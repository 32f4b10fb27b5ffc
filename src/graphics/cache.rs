//! The cache of drawn images under `.carepress-cache/` in the site root.
//!
//! Each file is named by the SHA-256 of everything it was made from (the
//! rendered inputs, the template, the fonts' version, [`super::RENDERER_VERSION`]),
//! so an entry can never be stale: a changed input is a different name.
//! Nothing is ever updated in place; a file is written under a temporary
//! name and renamed, so a crashed or concurrent build leaves either a
//! complete entry or none. The cache is an optimisation only: when it
//! cannot be read or written the image is drawn again and the build goes on.
//!
//! A [`Cache`] value remembers every entry it was asked for, so at the end
//! of a successful build [`Cache::prune`] deletes the entries that build did
//! not use (cards of deleted pages, variants of replaced images, an old
//! logo's icons): the folder holds one build's images, not every build's.

use sha2::{Digest, Sha256};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

/// The cache folder's name in the site root.
pub const DIR: &str = ".carepress-cache";

/// A content hash naming one cached image.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Key(pub [u8; 32]);

impl Key {
    /// Lower-case hex of the whole hash.
    pub fn hex(&self) -> String {
        let mut s = String::with_capacity(64);
        for b in self.0 {
            s.push(char::from_digit(u32::from(b >> 4), 16).unwrap_or('0'));
            s.push(char::from_digit(u32::from(b & 15), 16).unwrap_or('0'));
        }
        s
    }

    /// The first 16 hex digits: enough to tell cards apart in a URL.
    pub fn short(&self) -> String {
        self.hex()[..16].to_string()
    }
}

/// Builds a [`Key`] from fields; each is length-prefixed so `("ab","c")`
/// and `("a","bc")` differ.
pub struct KeyBuilder(Sha256);

impl KeyBuilder {
    /// A key for images of kind `kind` ("card", "icon", …).
    pub fn new(kind: &str) -> KeyBuilder {
        let mut k = KeyBuilder(Sha256::new());
        k.field(super::RENDERER_VERSION.as_bytes());
        k.field(kind.as_bytes());
        k
    }

    /// Adds one field.
    pub fn field(&mut self, bytes: &[u8]) -> &mut KeyBuilder {
        self.0.update((bytes.len() as u64).to_le_bytes());
        self.0.update(bytes);
        self
    }

    /// The key.
    pub fn finish(self) -> Key {
        Key(self.0.finalize().into())
    }
}

/// SHA-256 of some bytes (for folding a template or logo into a key).
pub fn digest(bytes: &[u8]) -> [u8; 32] {
    Sha256::digest(bytes).into()
}

/// A cached image: just made, or a file of the cache.
#[derive(Debug, Clone)]
pub enum Entry {
    Fresh(Vec<u8>),
    Stored { path: PathBuf, len: u64 },
}

impl Entry {
    /// Size in bytes.
    pub fn len(&self) -> u64 {
        match self {
            Entry::Fresh(b) => b.len() as u64,
            Entry::Stored { len, .. } => *len,
        }
    }

    /// True for an empty image (never made: drawing fails instead).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The bytes (read from the cache when stored).
    pub fn bytes(self) -> std::io::Result<Vec<u8>> {
        match self {
            Entry::Fresh(b) => Ok(b),
            Entry::Stored { path, .. } => std::fs::read(path),
        }
    }

    /// Writes it to `sink` as `rel`: a stored entry is copied file to file.
    pub fn write_to(self, sink: &dyn crate::output::Sink, rel: &str) -> crate::error::Result<()> {
        match self {
            Entry::Fresh(b) => sink.write(rel, &b),
            Entry::Stored { path, .. } => sink.copy_from(rel, &path),
        }
    }

    /// [`Entry::write_to`] for an output path named by the entry's key (a
    /// card): the sink may keep the file it had there (see
    /// [`crate::output::Sink::copy_content_named`]).
    pub fn write_content_named(self, sink: &dyn crate::output::Sink, rel: &str) -> crate::error::Result<()> {
        match self {
            Entry::Fresh(b) => sink.write(rel, &b),
            Entry::Stored { path, len } => sink.copy_content_named(rel, &path, len),
        }
    }
}

/// The cache of one site. Clones share the record of used entries.
#[derive(Debug, Clone)]
pub struct Cache {
    dir: PathBuf,
    /// The site folder with its links resolved: nothing is stored where the
    /// cache folder resolves outside it (see [`Cache::put`]).
    site: PathBuf,
    /// Every entry path asked for (found, stored or missing).
    used: Arc<Mutex<HashSet<PathBuf>>>,
    /// The entries the last successful build found complete, with their
    /// sizes ([`INDEX`]), when read ([`Cache::with_index`]).
    known: Arc<std::sync::OnceLock<HashMap<PathBuf, u64>>>,
    /// Entries this build found complete or stored, with their sizes.
    complete: Arc<Mutex<HashMap<PathBuf, u64>>>,
    /// A shared lock on the cache folder while this build (or `watch`) may use
    /// entries; [`Cache::prune`] gives it up and prunes only if it then
    /// gets the lock alone.
    lock: Arc<Mutex<Option<std::fs::File>>>,
    /// When this cache was opened: an entry written since then is another
    /// running build's, whatever this one used.
    opened: std::time::SystemTime,
}

// Two builds of one site at once (a `build` while `watch` runs, parallel CI
// jobs on one checkout) each hold a shared lock on the cache folder itself
// (no lock file: a refused build writes nothing); a build prunes only when
// it can take the lock alone, so it never deletes an entry another build
// has found and is about to copy. Decision: a skipped prune keeps a few
// stale files until the next lone build, which is harmless. Where a folder
// cannot be locked (Windows), pruning is as before.

/// The file in the cache folder listing the entries the last successful
/// build found complete, one `<path in the cache> <bytes>` a line. An entry
/// listed there whose file is still a regular file of that size is used
/// without opening it (a warm build of 10,000 pages has 9,000 cards to
/// link); any other entry is read and checked as before. Not named like an
/// entry, so pruning never deletes it; deleting it is safe.
pub const INDEX: &str = "complete.txt";

/// A temporary file older than this is a crashed build's leftover; younger
/// ones may be another build's entry being written.
const STALE_TMP: std::time::Duration = std::time::Duration::from_secs(3600);

static TMP_SEQ: AtomicU64 = AtomicU64::new(0);

impl Cache {
    /// The cache of the site at `root`.
    pub fn of_site(root: &Path) -> Cache {
        let site = crate::output::folder::resolve(&crate::output::folder::lexical_absolute(root));
        let dir = root.join(DIR);
        let lock = shared_lock(&dir);
        Cache {
            dir,
            site,
            used: Arc::default(),
            known: Arc::default(),
            complete: Arc::default(),
            lock: Arc::new(Mutex::new(lock)),
            opened: std::time::SystemTime::now(),
        }
    }

    /// Whether `folder` (in the cache) may be written: where its links
    /// lead, it is still inside the site. A `.carepress-cache` (or a folder
    /// in it) that is a symbolic link out of the site, say one committed to
    /// a repository, is read but never written through.
    fn inside_site(&self, folder: &Path) -> bool {
        crate::output::folder::resolve(&crate::output::folder::lexical_absolute(folder)).starts_with(&self.site)
    }

    /// This cache, trusting the entries the last successful build listed as
    /// complete ([`INDEX`]): `build` reads the list once; a watch edit, which
    /// links a card or two, checks each entry by reading it instead.
    pub fn with_index(self) -> Cache {
        self.known.get_or_init(|| {
            let Ok(text) = std::fs::read_to_string(self.dir.join(INDEX)) else { return HashMap::new() };
            text.lines()
                .filter_map(|l| l.rsplit_once(' '))
                .filter(|(rel, _)| crate::output::paths::check_rel(rel).is_ok())
                .filter_map(|(rel, n)| Some((self.dir.join(rel), n.parse().ok()?)))
                .collect()
        });
        self
    }

    fn mark_complete(&self, path: &Path, len: u64) {
        self.complete.lock().unwrap_or_else(|p| p.into_inner()).insert(path.to_path_buf(), len);
    }

    /// Writes [`INDEX`]: the entries this build used that it found complete
    /// (a temporary file renamed into place). Failures are ignored.
    fn write_index(&self, used: &HashSet<PathBuf>) {
        let complete = self.complete.lock().unwrap_or_else(|p| p.into_inner());
        let mut lines: Vec<String> = complete
            .iter()
            .filter(|(p, _)| used.contains(*p))
            .filter_map(|(p, n)| Some(format!("{} {n}\n", p.strip_prefix(&self.dir).ok()?.to_str()?)))
            .collect();
        lines.sort();
        let tmp = self.dir.join(format!(".{INDEX}.{}.tmp", std::process::id()));
        if std::fs::write(&tmp, lines.concat()).is_err() || std::fs::rename(&tmp, self.dir.join(INDEX)).is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
    }

    /// Where the entry for `key` lives; the entry counts as used.
    pub fn path(&self, kind: &str, key: &Key, ext: &str) -> PathBuf {
        let hex = key.hex();
        let path = self.dir.join(kind).join(&hex[..2]).join(format!("{hex}.{ext}"));
        if let Ok(mut used) = self.used.lock() {
            used.insert(path.clone());
        }
        path
    }

    /// How many entries were asked for so far.
    pub fn used_count(&self) -> usize {
        self.used.lock().map(|u| u.len()).unwrap_or(0)
    }

    /// Deletes every entry of the cache folder that was not asked for
    /// through this value (or its clones); returns how many were deleted.
    ///
    /// Call it only after a successful build, with the cache that build
    /// used. Only files named like entries (`<64 hex digits>.<ext>`, and
    /// temporary files over an hour old) in real folders under the cache
    /// folder are deleted: a symbolic link is never followed (a cache folder
    /// that is itself a link is left alone), and other files stay. Folders
    /// left empty are removed. Failures are ignored: the cache is an
    /// optimisation, and the build has already succeeded.
    pub fn prune(&self) -> usize {
        let Ok(used) = self.used.lock() else { return 0 };
        // Our shared lock goes; the exclusive one is ours only when no other
        // build or `watch` of this site holds the cache.
        drop(self.lock.lock().ok().and_then(|mut l| l.take()));
        let alone = std::fs::File::open(&self.dir).ok();
        if alone.as_ref().is_some_and(|f| matches!(f.try_lock(), Err(std::fs::TryLockError::WouldBlock))) {
            return 0;
        }
        match std::fs::symlink_metadata(&self.dir) {
            Ok(m) if m.file_type().is_dir() => {
                let deleted = prune_dir(&self.dir, &used, self.opened, 0);
                self.write_index(&used);
                deleted
            }
            _ => 0,
        }
    }

    /// The cached bytes of `key`, if present and plausible.
    pub fn get(&self, kind: &str, key: &Key, ext: &str) -> Option<Vec<u8>> {
        let bytes = std::fs::read(self.path(kind, key, ext)).ok()?;
        // A truncated entry (a full disk while another tool copied the
        // folder) is drawn again rather than published.
        let complete = match ext {
            "png" => bytes.starts_with(b"\x89PNG\r\n\x1a\n") && bytes.ends_with(b"IEND\xaeB`\x82"),
            "webp" => {
                bytes.len() >= 12
                    && &bytes[..4] == b"RIFF"
                    && u32::from_le_bytes([bytes[4], bytes[5], bytes[6], bytes[7]]) as usize + 8 == bytes.len()
            }
            _ => !bytes.is_empty(),
        };
        complete.then_some(bytes)
    }

    /// Stores `bytes` as the entry of `key`; failures are ignored (the
    /// cache is only an optimisation).
    pub fn put(&self, kind: &str, key: &Key, ext: &str, bytes: &[u8]) {
        let path = self.path(kind, key, ext);
        let Some(dir) = path.parent() else { return };
        // Checked before the folders are made: making them would follow a link.
        if !self.inside_site(dir) || std::fs::create_dir_all(dir).is_err() {
            return;
        }
        let tmp = dir.join(format!(".{}.{}-{}.tmp", key.short(), std::process::id(), TMP_SEQ.fetch_add(1, Ordering::Relaxed)));
        // Read-only: a build may hard-link an entry into the output, and an
        // entry must never change under its name.
        let written = std::fs::write(&tmp, bytes).is_ok() && {
            if let Ok(meta) = std::fs::metadata(&tmp) {
                let mut perms = meta.permissions();
                perms.set_readonly(true);
                let _ = std::fs::set_permissions(&tmp, perms);
            }
            std::fs::rename(&tmp, &path).is_ok()
        };
        if written {
            self.mark_complete(&path, bytes.len() as u64);
            return;
        }
        let _ = std::fs::remove_file(&tmp);
    }

    /// Where the entry of `key` is and its size, if present and complete,
    /// without reading it: a warm build copies it file to file.
    pub fn locate(&self, kind: &str, key: &Key, ext: &str) -> Option<(PathBuf, u64)> {
        use std::io::{Read, Seek, SeekFrom};
        let path = self.path(kind, key, ext);
        // Found complete by the last build and still the same size: one
        // stat, no open (the link is the entry itself, never its target).
        if let Some(&len) = self.known.get().and_then(|k| k.get(&path))
            && std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_file() && m.len() == len)
        {
            self.mark_complete(&path, len);
            return Some((path, len));
        }
        let mut f = std::fs::File::open(&path).ok()?;
        let len = f.metadata().ok()?.len();
        let mut head = [0u8; 12];
        let mut tail = [0u8; 12];
        if len < 24 || f.read_exact(&mut head).is_err() || f.seek(SeekFrom::End(-12)).is_err() || f.read_exact(&mut tail).is_err() {
            return None;
        }
        let complete = match ext {
            "png" => head.starts_with(b"\x89PNG\r\n\x1a\n") && tail.ends_with(b"IEND\xaeB`\x82"),
            "webp" => {
                &head[..4] == b"RIFF"
                    && &head[8..12] == b"WEBP"
                    && u64::from(u32::from_le_bytes([head[4], head[5], head[6], head[7]])) + 8 == len
            }
            _ => true,
        };
        if complete {
            self.mark_complete(&path, len);
        }
        complete.then_some((path, len))
    }

    /// The entry of `key` as an [`Entry`]: where it is stored, or made by
    /// `make` (and stored) when missing.
    pub fn entry<E>(&self, kind: &str, key: &Key, ext: &str, make: impl FnOnce() -> Result<Vec<u8>, E>) -> Result<Entry, E> {
        if let Some((path, len)) = self.locate(kind, key, ext) {
            return Ok(Entry::Stored { path, len });
        }
        let bytes = make()?;
        self.put(kind, key, ext, &bytes);
        Ok(Entry::Fresh(bytes))
    }

    /// The entry of `key`, made by `make` and stored when missing.
    pub fn get_or_make<E>(&self, kind: &str, key: &Key, ext: &str, make: impl FnOnce() -> Result<Vec<u8>, E>) -> Result<Vec<u8>, E> {
        if let Some(b) = self.get(kind, key, ext) {
            return Ok(b);
        }
        let bytes = make()?;
        self.put(kind, key, ext, &bytes);
        Ok(bytes)
    }
}

/// Prunes one real folder of the cache (kind folders, then their two-digit
/// fan-out folders); returns how many files were deleted.
fn prune_dir(dir: &Path, used: &HashSet<PathBuf>, opened: std::time::SystemTime, depth: usize) -> usize {
    let Ok(rd) = std::fs::read_dir(dir) else { return 0 };
    let mut deleted = 0;
    for e in rd.flatten() {
        // The entry's own type: a symbolic link is a link, never its target.
        let Ok(ft) = e.file_type() else { continue };
        let path = e.path();
        if ft.is_dir() {
            if depth < 2 {
                deleted += prune_dir(&path, used, opened, depth + 1);
                // Only removes the folder when it is now empty.
                let _ = std::fs::remove_dir(&path);
            }
        } else if ft.is_file()
            && depth == 2
            && is_prunable(&e.file_name().to_string_lossy(), &path, used)
            && !written_since(&path, opened)
            && remove(&path)
        {
            deleted += 1;
        }
    }
    deleted
}

/// A shared lock on the cache folder, when it is there (a build before the
/// first has nothing another could prune) and can be locked.
fn shared_lock(dir: &Path) -> Option<std::fs::File> {
    if !std::fs::symlink_metadata(dir).is_ok_and(|m| m.is_dir()) {
        return None;
    }
    let f = std::fs::File::open(dir).ok()?;
    f.lock_shared().ok()?;
    Some(f)
}

/// Written after `opened`: another running build's new entry.
fn written_since(path: &Path, opened: std::time::SystemTime) -> bool {
    std::fs::symlink_metadata(path).and_then(|m| m.modified()).is_ok_and(|t| t > opened)
}

/// An unused entry, or a temporary file a crashed build left.
fn is_prunable(name: &str, path: &Path, used: &HashSet<PathBuf>) -> bool {
    if name.starts_with('.') && name.ends_with(".tmp") {
        let age = std::fs::symlink_metadata(path).and_then(|m| m.modified()).ok().and_then(|t| t.elapsed().ok());
        return age.is_some_and(|a| a > STALE_TMP);
    }
    let Some((hex, ext)) = name.split_once('.') else { return false };
    hex.len() == 64 && hex.bytes().all(|b| b.is_ascii_hexdigit()) && !ext.is_empty() && !used.contains(path)
}

/// Deletes a file. Entries are read-only, which Windows refuses to delete
/// (Unix asks only for a writable folder).
fn remove(path: &Path) -> bool {
    if std::fs::remove_file(path).is_ok() {
        return true;
    }
    #[cfg(windows)]
    if let Ok(meta) = std::fs::symlink_metadata(path) {
        let mut perms = meta.permissions();
        #[allow(clippy::permissions_set_readonly_false)]
        perms.set_readonly(false);
        return std::fs::set_permissions(path, perms).is_ok() && std::fs::remove_file(path).is_ok();
    }
    false
}

#[cfg(test)]
#[path = "cache_tests.rs"]
mod tests;
