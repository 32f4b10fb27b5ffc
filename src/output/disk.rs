//! Writing the output to disk atomically.
//!
//! Everything is written into a staging folder beside the output (same file
//! system, so renames are atomic). On success:
//! * a plain output folder is swapped with the staging folder in one step
//!   (Linux `renameat2(RENAME_EXCHANGE)`), so a complete site is visible at
//!   every instant; where the file system cannot exchange, the old folder is
//!   renamed aside first and a gap of two renames is visible (documented);
//! * a symlinked output is written through: each new file is renamed into
//!   the folder the link points to, then the files the previous build wrote
//!   (listed in its marker) and this one did not are removed. The link and
//!   files carepress never wrote (`.well-known/`, uploads) stay.
//!
//! Staging and old folders left by an interrupted run (Ctrl-C, a crash) carry
//! the marker and the dead process's id; the next build removes them.

use super::folder::{MARKER, OutputDir};
use super::paths::check_rel;
use crate::error::{Error, Result};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Writes into a staging folder; [`DiskSink::commit`] swaps it in.
pub struct DiskSink {
    staging: PathBuf,
    out: OutputDir,
    /// Every path written so far: one writer per path.
    claimed: Mutex<HashSet<String>>,
    /// The folder this build replaces, when an earlier build wrote it (it
    /// has the marker): files named by their content are linked from it.
    previous: Option<PathBuf>,
}

impl DiskSink {
    /// Prepares an empty staging folder for a checked output folder, after
    /// removing what interrupted runs left behind.
    pub fn new(out: OutputDir) -> Result<DiskSink> {
        let (dir, prefix) = staging_place(&out);
        std::fs::create_dir_all(&dir).map_err(|e| place_error(&dir, &out, e))?;
        remove_stale(&dir, &prefix);
        let staging = dir.join(format!("{prefix}staging-{}", std::process::id()));
        if staging.exists() {
            remove_tree(&staging)?;
        }
        std::fs::create_dir(&staging).map_err(|e| place_error(&dir, &out, e))?;
        // Marked from the start, so a stale copy is recognised as ours.
        std::fs::write(staging.join(MARKER), marker_text(&[])).map_err(|e| place_error(&dir, &out, e))?;
        let previous = out.real.join(MARKER).is_file().then(|| out.real.clone());
        Ok(DiskSink { staging, out, claimed: Mutex::new(HashSet::new()), previous })
    }

    /// Makes the staged site the output (see the module docs).
    pub fn commit(self) -> Result<()> {
        let mut files: Vec<String> = self.claimed.lock().unwrap_or_else(|p| p.into_inner()).iter().cloned().collect();
        files.sort();
        std::fs::write(self.staging.join(MARKER), marker_text(&files)).map_err(|e| Error::io(&self.out.path, e))?;
        if self.out.symlink {
            return self.write_through(&files);
        }
        let target = &self.out.path;
        if std::fs::symlink_metadata(target).is_err() {
            return std::fs::rename(&self.staging, target).map_err(|e| Error::io(target, e));
        }
        if exchange(&self.staging, target).is_ok() {
            // The staging path now holds the previous output.
            return retire(&self.staging);
        }
        let old = sibling(target, "old");
        std::fs::rename(target, &old).map_err(|e| Error::io(target, e))?;
        if let Err(e) = std::fs::rename(&self.staging, target) {
            let _ = std::fs::rename(&old, target);
            return Err(Error::io(target, e));
        }
        retire(&old)
    }

    /// Moves each staged file into the symlink's target, then removes the
    /// files only the previous build wrote.
    fn write_through(self, files: &[String]) -> Result<()> {
        let real = &self.out.real;
        let previous = std::fs::read_to_string(real.join(MARKER)).unwrap_or_default();
        for rel in files.iter().map(String::as_str).chain([MARKER]) {
            let dest = real.join(rel);
            if let Some(parent) = dest.parent() {
                std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
            }
            std::fs::rename(self.staging.join(rel), &dest).map_err(|e| Error::io(&dest, e))?;
        }
        let now: HashSet<&str> = files.iter().map(String::as_str).collect();
        for gone in previous.lines().skip(MARKER_HEADER_LINES).filter(|l| !now.contains(l) && check_rel(l).is_ok()) {
            let p = real.join(gone);
            if std::fs::remove_file(&p).is_ok() {
                // Empty folders the removed pages leave; a folder holding
                // anything else stays.
                let mut dir = p.parent();
                while let Some(d) = dir.filter(|d| d.starts_with(real) && *d != real.as_path()) {
                    if std::fs::remove_dir(d).is_err() {
                        break;
                    }
                    dir = d.parent();
                }
            }
        }
        remove_tree(&self.staging)
    }

    /// Drops the staging folder, leaving the previous output untouched.
    pub fn abandon(self) {
        let _ = remove_tree(&self.staging);
    }

    /// The output path a staged path stands for, for messages.
    fn shown(&self, rel: &str) -> PathBuf {
        self.out.path.join(rel)
    }
}

impl DiskSink {
    /// Claims `rel` and puts a file there with `put`.
    fn place(&self, rel: &str, put: impl Fn(&Path) -> std::io::Result<()>) -> Result<()> {
        let rel = rel.strip_prefix('/').unwrap_or(rel);
        check_rel(rel).map_err(|e| Error::Output(format!("internal error: refusing to write output path `{rel}`: {e}")))?;
        if !self.claimed.lock().unwrap_or_else(|p| p.into_inner()).insert(rel.to_string()) {
            return Err(Error::Output(format!("internal error: two outputs for `{rel}`; please report this")));
        }
        let path = self.staging.join(rel);
        // A page's own folder (`.../slug/index.html`) is new: it is made
        // first rather than after a failed write (a system call less per
        // page; if this fails, the write below says why or makes the folder).
        if rel.ends_with("/index.html")
            && let Some(dir) = path.parent()
        {
            let _ = std::fs::create_dir(dir);
        }
        // Try the write first: most folders exist already (or are one level
        // deep), which saves a stat per path component on big sites.
        match put(&path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                if let Some(dir) = path.parent() {
                    std::fs::create_dir_all(dir).map_err(|e| Error::io(self.shown(rel), e))?;
                }
                put(&path).map_err(|e| Error::io(self.shown(rel), e))
            }
            Err(e) => Err(Error::io(self.shown(rel), e)),
        }
    }
}

impl super::Sink for DiskSink {
    fn write(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        // A file the previous output holds byte for byte (a rebuild of an
        // unchanged page) is linked from there: reading it is far cheaper
        // than writing it again, whose cost on a RAM disk is mostly new
        // memory (the 30,000-page benchmark site writes 3 GB per build).
        if let Some(old) = self.unchanged(rel, bytes) {
            return self.place(rel, |path| match std::fs::hard_link(&old, path) {
                Ok(()) => Ok(()),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound && path.parent().is_some_and(|d| !d.is_dir()) => Err(e),
                Err(_) => std::fs::write(path, bytes),
            });
        }
        self.place(rel, |path| std::fs::write(path, bytes))
    }

    fn copy_from(&self, rel: &str, src: &Path) -> Result<()> {
        // A hard link where the cache and the output share a file system (a
        // warm build of 10,000 pages links 9,000 cards instead of copying
        // 200 MB); cache entries are read-only (see `graphics::cache`), so
        // the shared file cannot be edited in place through the output.
        // Elsewhere, a copy. A missing source is reported as such, not as a
        // missing output folder.
        // (The source is looked at only when linking fails: a stat per
        // card was a tenth of a warm build's image work.)
        self.place(rel, |path| link_or_copy(src, path)).map_err(|e| missing_source(src, e))
    }

    fn copy_content_named(&self, rel: &str, src: &Path, len: u64) -> Result<()> {
        // The previous output's file of this name and size, linked (one
        // stat and one link, no bytes copied, and no second copy in memory
        // on a RAM disk): a card named by its hash is the same card. The
        // cache trusts its own entries by size in the same way.
        let kept = self.previous.as_ref().map(|p| p.join(rel.strip_prefix('/').unwrap_or(rel)));
        let Some(old) = kept.filter(|o| std::fs::symlink_metadata(o).is_ok_and(|m| m.is_file() && m.len() == len)) else {
            return self.copy_from(rel, src);
        };
        self.place(rel, |path| match std::fs::hard_link(&old, path) {
            Ok(()) => Ok(()),
            // No folder yet: `place` makes it and asks again.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && path.parent().is_some_and(|d| !d.is_dir()) => Err(e),
            Err(_) => link_or_copy(src, path),
        })
        .map_err(|e| missing_source(src, e))
    }
}

impl DiskSink {
    /// The previous output's file at `rel` when it is a plain file holding
    /// exactly `bytes` (only for files of [`LINK_UNCHANGED`] bytes or more).
    fn unchanged(&self, rel: &str, bytes: &[u8]) -> Option<PathBuf> {
        if bytes.len() < LINK_UNCHANGED {
            return None;
        }
        let old = self.previous.as_ref()?.join(rel.strip_prefix('/').unwrap_or(rel));
        same_bytes(&old, bytes).then_some(old)
    }
}

/// Below this size a file is written, not compared and linked: the write
/// costs no more than the comparison's system calls.
const LINK_UNCHANGED: usize = 4096;

/// Whether the file at `path` (not followed if a symbolic link) holds
/// exactly `bytes`, read in blocks and given up at the first difference.
#[cfg(unix)]
fn same_bytes(path: &Path, bytes: &[u8]) -> bool {
    use std::io::Read;
    use std::os::unix::fs::OpenOptionsExt;
    let Ok(mut f) = std::fs::OpenOptions::new().read(true).custom_flags(libc::O_NOFOLLOW).open(path) else {
        return false;
    };
    if !f.metadata().is_ok_and(|m| m.is_file() && m.len() == bytes.len() as u64) {
        return false;
    }
    let mut block = [0u8; 16 * 1024];
    let mut at = 0;
    while at < bytes.len() {
        let want = (bytes.len() - at).min(block.len());
        match f.read(&mut block[..want]) {
            Ok(n) if n > 0 && block[..n] == bytes[at..at + n] => at += n,
            _ => return false,
        }
    }
    true
}

#[cfg(not(unix))]
fn same_bytes(_path: &Path, _bytes: &[u8]) -> bool {
    false
}

/// A hard link to `src` at `path`, else a copy (another file system); a
/// missing folder of `path` is returned as `NotFound` for the caller to make.
fn link_or_copy(src: &Path, path: &Path) -> std::io::Result<()> {
    match std::fs::hard_link(src, path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(e),
        Err(_) => std::fs::copy(src, path).map(|_| ()),
    }
}

/// A failed copy from `src` reported as a missing source when it is one.
fn missing_source(src: &Path, e: Error) -> Error {
    match std::fs::symlink_metadata(src) {
        Ok(m) if m.is_file() => e,
        _ => Error::io(src, std::io::Error::from(std::io::ErrorKind::NotFound)),
    }
}

const MARKER_HEADER_LINES: usize = 2;

fn marker_text(files: &[String]) -> String {
    let mut s = String::from(
        "This folder is written by `carepress build` and replaced on every build; do not keep your own files here.\n\
         Files of the last build:\n",
    );
    for f in files {
        s.push_str(f);
        s.push('\n');
    }
    s
}

/// Where the staging folder goes, and the prefix of its name.
fn staging_place(out: &OutputDir) -> (PathBuf, String) {
    if out.symlink {
        return (out.real.clone(), ".carepress-".into());
    }
    let parent = out.path.parent().map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from("/"));
    let name = out.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "public".into());
    (parent, format!(".{name}."))
}

fn sibling(target: &Path, what: &str) -> PathBuf {
    let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    target.with_file_name(format!(".{name}.{what}-{}", std::process::id()))
}

fn place_error(dir: &Path, out: &OutputDir, e: std::io::Error) -> Error {
    Error::Usage(format!(
        "cannot prepare the output folder {}: {e} in {}\n    hint: a build writes a new copy of the site next to the output and swaps it in, \
         so it needs write permission on {}",
        out.path.display(),
        dir.display(),
        dir.display()
    ))
}

/// Removes `<prefix>staging-PID` and `<prefix>old-PID` folders in `dir`
/// whose process is gone and which carry the marker.
fn remove_stale(dir: &Path, prefix: &str) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.filter_map(|e| e.ok()) {
        let name = e.file_name().to_string_lossy().into_owned();
        let Some(rest) = name.strip_prefix(prefix) else { continue };
        let pid = rest.strip_prefix("staging-").or_else(|| rest.strip_prefix("old-")).and_then(|p| p.parse::<u32>().ok());
        if let Some(pid) = pid
            && pid != std::process::id()
            && !process_alive(pid)
            && e.path().join(MARKER).is_file()
        {
            let _ = retire(&e.path());
        }
    }
}

#[cfg(target_os = "linux")]
fn process_alive(pid: u32) -> bool {
    Path::new("/proc").join(pid.to_string()).exists()
}

#[cfg(not(target_os = "linux"))]
fn process_alive(_pid: u32) -> bool {
    // Without a cheap liveness test, leave other runs' folders alone.
    true
}

/// Swaps two paths atomically.
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    use std::os::unix::ffi::OsStrExt;
    let ca = std::ffi::CString::new(a.as_os_str().as_bytes())?;
    let cb = std::ffi::CString::new(b.as_os_str().as_bytes())?;
    // SAFETY: both are valid NUL-terminated paths; AT_FDCWD resolves them
    // like rename(2) does.
    let r = unsafe { libc::renameat2(libc::AT_FDCWD, ca.as_ptr(), libc::AT_FDCWD, cb.as_ptr(), libc::RENAME_EXCHANGE) };
    if r == 0 { Ok(()) } else { Err(std::io::Error::last_os_error()) }
}

#[cfg(not(target_os = "linux"))]
fn exchange(_a: &Path, _b: &Path) -> std::io::Result<()> {
    Err(std::io::Error::from(std::io::ErrorKind::Unsupported))
}

/// A previous output whose marker is longer than this (about 2,000 file
/// names) is removed in the background by [`retire`].
const BACKGROUND_REMOVAL: u64 = 64 * 1024;

/// Removes a previous output that is no longer the output (renamed aside or
/// exchanged with the staging folder, so the site is complete without it).
/// A big one (see [`BACKGROUND_REMOVAL`]) is left to a detached, low-priority
/// `rm -rf` (marker last) so the build ends as soon as its site is in place: removing the
/// 30,000-page output took longer than writing its marker, swapping and
/// pruning the cache together. The folder keeps its `.NAME.staging-PID` or
/// `.NAME.old-PID` name and its marker until it is gone, so a build that
/// finds it after this process has ended removes it as an interrupted
/// run's (again in the background when it is big).
fn retire(dir: &Path) -> Result<()> {
    let big = std::fs::symlink_metadata(dir.join(MARKER)).is_ok_and(|m| m.len() > BACKGROUND_REMOVAL);
    if big && remove_in_background(dir).is_ok() { Ok(()) } else { remove_tree(dir) }
}

#[cfg(unix)]
fn remove_in_background(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::process::CommandExt;
    use std::process::{Command, Stdio};
    // The marker goes last, so a removal cut short (a reboot) still leaves
    // a folder the next build recognises as its own and removes. Its own
    // process group, so a Ctrl-C meant for the next command does not stop
    // it halfway; no inherited output, so nothing waits for it.
    let script =
        format!("for f in \"$1\"/* \"$1\"/.[!.]* \"$1\"/..?*; do [ \"$f\" = \"$1/{MARKER}\" ] || rm -rf -- \"$f\"; done; rm -rf -- \"$1\"");
    Command::new("nice")
        .args(["-n", "10", "sh", "-c", &script, "sh"])
        .arg(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .process_group(0)
        .spawn()
        .map(drop)
}

#[cfg(not(unix))]
fn remove_in_background(_dir: &Path) -> std::io::Result<()> {
    Err(std::io::Error::from(std::io::ErrorKind::Unsupported))
}

/// Removes a folder tree, deleting its second-level entries in parallel:
/// removing the previous 10,000-page output one file at a time was a tenth
/// of a large build.
fn remove_tree(dir: &Path) -> Result<()> {
    use rayon::prelude::*;
    // The walk knows each entry's type from the folder listing (and never
    // follows a link): no stat per file.
    let entries: Vec<(PathBuf, bool)> = walkdir::WalkDir::new(dir)
        .min_depth(2)
        .max_depth(2)
        .into_iter()
        .filter_map(|e| e.ok())
        .map(|e| {
            let is_dir = e.file_type().is_dir();
            (e.into_path(), is_dir)
        })
        .collect();
    entries.par_iter().for_each(|(p, is_dir)| {
        let _ = if *is_dir { std::fs::remove_dir_all(p) } else { std::fs::remove_file(p) };
    });
    std::fs::remove_dir_all(dir).map_err(|e| Error::io(dir, e))
}

#[cfg(test)]
mod tests {
    use super::super::{Sink, folder};
    use super::*;

    fn sink(dir: &Path, name: &str) -> DiskSink {
        std::fs::write(dir.join("site.toml"), "").unwrap();
        DiskSink::new(folder::choose(dir, &dir.join(name), false).unwrap()).unwrap()
    }

    #[test]
    fn commit_swaps_and_abandon_keeps_old() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("public");
        let s = sink(dir.path(), "public");
        s.write("a/index.html", b"one").unwrap();
        s.commit().unwrap();
        assert_eq!(std::fs::read(target.join("a/index.html")).unwrap(), b"one");
        let s = sink(dir.path(), "public");
        s.write("a/index.html", b"two").unwrap();
        s.abandon();
        assert_eq!(std::fs::read(target.join("a/index.html")).unwrap(), b"one");
        let s = sink(dir.path(), "public");
        s.write("b/index.html", b"three").unwrap();
        s.commit().unwrap();
        assert!(!target.join("a").exists() && target.join("b/index.html").is_file());
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names.len(), 2, "no staging or old folder left behind: {names:?}");
    }

    #[cfg(unix)]
    #[test]
    fn unchanged_files_are_linked_from_the_previous_output() {
        use std::os::unix::fs::MetadataExt;
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("public");
        let page = |c: u8| vec![c; LINK_UNCHANGED + 10];
        let s = sink(dir.path(), "public");
        for (rel, c) in [("a/index.html", b'a'), ("b/index.html", b'b'), ("c.txt", b'c')] {
            s.write(rel, &page(c)).unwrap();
        }
        s.commit().unwrap();
        let ino = |rel: &str| std::fs::metadata(target.join(rel)).unwrap().ino();
        let before = [ino("a/index.html"), ino("b/index.html")];
        let s = sink(dir.path(), "public");
        s.write("a/index.html", &page(b'a')).unwrap();
        let mut changed = page(b'b');
        *changed.last_mut().unwrap() = b'x';
        s.write("b/index.html", &changed).unwrap();
        s.write("c.txt", &page(b'c')[1..]).unwrap();
        // The previous output is still in place until the commit: the
        // unchanged page is the same file, the changed ones new files.
        assert_eq!(std::fs::metadata(s.staging.join("a/index.html")).unwrap().ino(), before[0]);
        assert_ne!(std::fs::metadata(s.staging.join("b/index.html")).unwrap().ino(), before[1]);
        s.commit().unwrap();
        assert_eq!(std::fs::read(target.join("a/index.html")).unwrap(), page(b'a'));
        assert_eq!(std::fs::read(target.join("b/index.html")).unwrap(), changed);
        assert_eq!(std::fs::read(target.join("c.txt")).unwrap(), &page(b'c')[1..]);
    }

    #[test]
    fn content_named_files_come_from_the_previous_output_when_the_size_matches() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("public");
        let entry = |name: &str, bytes: &[u8]| {
            let p = dir.path().join(name);
            std::fs::write(&p, bytes).unwrap();
            p
        };
        let s = sink(dir.path(), "public");
        s.copy_content_named("cards/a.png", &entry("one.png", b"card"), 4).unwrap();
        s.commit().unwrap();
        // Same name and size: the previous output's file is kept (so these
        // bytes, which differ, are not read); another size is copied anew.
        let s = sink(dir.path(), "public");
        s.copy_content_named("cards/a.png", &entry("two.png", b"CARD"), 4).unwrap();
        s.copy_content_named("cards/b.png", &entry("three.png", b"new card"), 8).unwrap();
        s.commit().unwrap();
        assert_eq!(std::fs::read(target.join("cards/a.png")).unwrap(), b"card");
        assert_eq!(std::fs::read(target.join("cards/b.png")).unwrap(), b"new card");
        let s = sink(dir.path(), "public");
        s.copy_content_named("cards/a.png", &entry("four.png", b"longer card"), 11).unwrap();
        s.commit().unwrap();
        assert_eq!(std::fs::read(target.join("cards/a.png")).unwrap(), b"longer card");
        assert!(!target.join("cards/b.png").exists());
    }

    #[cfg(unix)]
    #[test]
    fn a_big_previous_output_is_removed_in_the_background() {
        let dir = tempfile::tempdir().unwrap();
        let old = dir.path().join(".public.staging-4294967");
        std::fs::create_dir_all(old.join("tips/a")).unwrap();
        std::fs::write(old.join("tips/a/index.html"), "x").unwrap();
        let names: Vec<String> = (0..5000).map(|i| format!("tips/tip-{i:05}/index.html")).collect();
        std::fs::write(old.join(MARKER), marker_text(&names)).unwrap();
        assert!(std::fs::metadata(old.join(MARKER)).unwrap().len() > BACKGROUND_REMOVAL);
        retire(&old).unwrap();
        // Gone once the detached `rm` has run (it may still be running now).
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
        while old.exists() {
            assert!(std::time::Instant::now() < deadline, "the previous output is still there");
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
    }

    #[test]
    fn refuses_escaping_and_duplicate_paths() {
        let dir = tempfile::tempdir().unwrap();
        let s = sink(dir.path(), "public");
        assert!(s.write("../x.html", b"x").is_err());
        assert!(s.write("", b"x").is_err());
        s.write("a.html", b"x").unwrap();
        assert!(s.write("a.html", b"y").is_err());
        s.abandon();
        assert!(!dir.path().join("x.html").exists());
    }

    #[test]
    fn stale_folders_of_dead_runs_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        // No process has this id on Linux (pid_max is at most 2^22).
        let stale = dir.path().join(".public.staging-4294967");
        std::fs::create_dir_all(stale.join("tips")).unwrap();
        std::fs::write(stale.join(MARKER), "").unwrap();
        let unrelated = dir.path().join(".public.staging-4294968");
        std::fs::create_dir_all(&unrelated).unwrap();
        sink(dir.path(), "public").abandon();
        assert!(!stale.exists(), "stale staging removed");
        assert!(unrelated.exists(), "a folder without the marker is not ours");
    }

    #[cfg(unix)]
    #[test]
    fn symlinked_output_is_written_through() {
        let dir = tempfile::tempdir().unwrap();
        let web = dir.path().join("www");
        std::fs::create_dir_all(web.join(".well-known")).unwrap();
        std::fs::write(web.join(".well-known/security.txt"), "keep").unwrap();
        std::fs::write(web.join(MARKER), marker_text(&[])).unwrap();
        std::os::unix::fs::symlink(&web, dir.path().join("public")).unwrap();
        let s = sink(dir.path(), "public");
        s.write("old/index.html", b"1").unwrap();
        s.commit().unwrap();
        let s = sink(dir.path(), "public");
        s.write("new/index.html", b"2").unwrap();
        s.commit().unwrap();
        assert!(std::fs::symlink_metadata(dir.path().join("public")).unwrap().file_type().is_symlink());
        assert_eq!(std::fs::read_to_string(web.join(".well-known/security.txt")).unwrap(), "keep");
        assert!(web.join("new/index.html").is_file());
        assert!(!web.join("old").exists(), "the previous build's page is gone");
        assert_eq!(std::fs::read_dir(&web).unwrap().count(), 3, "no staging left in the target");
    }
}
