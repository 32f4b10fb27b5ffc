//! Where outputs go: a staging folder swapped in atomically on success, or
//! memory (for `watch`). Every stage yields files into a [`Sink`].

use crate::error::{Error, Result};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Receives output files by their site-relative path ("tips/flu/index.html").
pub trait Sink: Sync {
    /// Writes one output file.
    fn write(&self, rel: &str, bytes: &[u8]) -> Result<()>;
}

/// Writes into a staging folder; [`DiskSink::commit`] swaps it in.
pub struct DiskSink {
    staging: PathBuf,
    target: PathBuf,
}

impl DiskSink {
    /// Prepares an empty staging folder beside `target` (same file system, so
    /// the final rename is atomic).
    pub fn new(target: &Path) -> Result<DiskSink> {
        let target = absolute(target);
        let parent = target.parent().map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from("."));
        let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "public".into());
        std::fs::create_dir_all(&parent).map_err(|e| Error::io(&parent, e))?;
        let staging = parent.join(format!(".{name}.staging-{}", std::process::id()));
        if staging.exists() {
            std::fs::remove_dir_all(&staging).map_err(|e| Error::io(&staging, e))?;
        }
        std::fs::create_dir_all(&staging).map_err(|e| Error::io(&staging, e))?;
        Ok(DiskSink { staging, target })
    }

    /// Replaces the target with the staging folder. The old output is moved
    /// aside first and removed only after the new one is in place.
    pub fn commit(self) -> Result<()> {
        let old = self.target.with_file_name(format!(
            ".{}.old-{}",
            self.target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
            std::process::id()
        ));
        let had_old = self.target.exists();
        if had_old {
            std::fs::rename(&self.target, &old).map_err(|e| Error::io(&self.target, e))?;
        }
        if let Err(e) = std::fs::rename(&self.staging, &self.target) {
            if had_old {
                let _ = std::fs::rename(&old, &self.target);
            }
            return Err(Error::io(&self.target, e));
        }
        if had_old {
            remove_tree(&old)?;
        }
        Ok(())
    }

    /// Drops the staging folder, leaving the previous output untouched.
    pub fn abandon(self) {
        let _ = std::fs::remove_dir_all(&self.staging);
    }
}

/// Removes a folder tree, deleting its second-level entries in parallel:
/// removing the previous 10,000-page output one file at a time was a tenth
/// of a large build.
fn remove_tree(dir: &Path) -> Result<()> {
    use rayon::prelude::*;
    let entries: Vec<PathBuf> =
        walkdir::WalkDir::new(dir).min_depth(2).max_depth(2).into_iter().filter_map(|e| e.ok()).map(|e| e.into_path()).collect();
    entries.par_iter().for_each(|p| {
        let _ = if p.is_dir() { std::fs::remove_dir_all(p) } else { std::fs::remove_file(p) };
    });
    std::fs::remove_dir_all(dir).map_err(|e| Error::io(dir, e))
}

fn absolute(p: &Path) -> PathBuf {
    if p.is_absolute() { p.to_path_buf() } else { std::env::current_dir().map(|d| d.join(p)).unwrap_or_else(|_| p.to_path_buf()) }
}

impl Sink for DiskSink {
    fn write(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        let path = self.staging.join(rel);
        // Try the write first: most folders exist already (or are one level
        // deep), which saves a stat per path component on big sites.
        match std::fs::write(&path, bytes) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                if let Some(dir) = path.parent() {
                    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
                }
                std::fs::write(&path, bytes).map_err(|e| Error::io(&path, e))
            }
            Err(e) => Err(Error::io(&path, e)),
        }
    }
}

/// Keeps outputs in memory, keyed by site-relative path.
#[derive(Default)]
pub struct MemorySink {
    files: Mutex<HashMap<String, Vec<u8>>>,
}

impl MemorySink {
    /// Takes the collected files.
    pub fn into_files(self) -> HashMap<String, Vec<u8>> {
        self.files.into_inner().unwrap_or_else(|p| p.into_inner())
    }
}

impl Sink for MemorySink {
    fn write(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        self.files.lock().unwrap_or_else(|p| p.into_inner()).insert(rel.to_string(), bytes.to_vec());
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commit_swaps_and_abandon_keeps_old() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("public");
        let s = DiskSink::new(&target).unwrap();
        s.write("a/index.html", b"one").unwrap();
        s.commit().unwrap();
        assert_eq!(std::fs::read(target.join("a/index.html")).unwrap(), b"one");
        let s = DiskSink::new(&target).unwrap();
        s.write("a/index.html", b"two").unwrap();
        s.abandon();
        assert_eq!(std::fs::read(target.join("a/index.html")).unwrap(), b"one");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "no staging left behind");
    }
}
