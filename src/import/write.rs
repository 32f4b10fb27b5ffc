//! Writing the new site: every path checked to stay inside DIR, everything
//! written into a staging folder beside DIR and renamed into place only
//! when complete, so a failure half-way leaves no half-written DIR.

use super::ImportError;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The files of the new site, by path relative to DIR.
pub type Files = BTreeMap<String, Vec<u8>>;

/// Checks a DIR-relative path: relative, no `.`/`..`/empty parts, no backslash or control character.
pub fn safe_rel(rel: &str) -> Result<(), ImportError> {
    let bad = rel.is_empty()
        || rel.starts_with('/')
        || rel.chars().any(|c| c == '\\' || c.is_control())
        || rel.split('/').any(|p| p.is_empty() || p == "." || p == "..")
        || Path::new(rel).is_absolute();
    if bad { Err(ImportError::UnsafePath(rel.to_string())) } else { Ok(()) }
}

/// Refuses a DIR that exists and is not an empty folder, or that lies inside SOURCE.
pub fn check_dir(dir: &Path, source: &Path) -> Result<(), ImportError> {
    let abs_dir = crate::output::folder::resolve(dir);
    let abs_src = crate::output::folder::resolve(source);
    let src_root = if abs_src.is_file() { abs_src.parent().map(Path::to_path_buf).unwrap_or(abs_src.clone()) } else { abs_src.clone() };
    if abs_src.is_dir() && abs_dir.starts_with(&src_root) || abs_dir == abs_src {
        return Err(ImportError::DirInsideSource { dir: dir.to_path_buf(), source_dir: source.to_path_buf() });
    }
    match std::fs::read_dir(dir) {
        Ok(mut it) => {
            if it.next().is_some() {
                return Err(ImportError::DirNotEmpty(dir.to_path_buf()));
            }
            Ok(())
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(_) if dir.exists() => Err(ImportError::DirNotEmpty(dir.to_path_buf())),
        Err(e) => Err(ImportError::io(dir, e)),
    }
}

/// The staging folder beside `dir`.
pub fn staging_for(dir: &Path) -> PathBuf {
    let name = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "site".into());
    let parent = dir.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    parent.join(format!(".{name}.import-{}", std::process::id()))
}

/// Writes `files` into a fresh staging folder; the caller renames it with [`commit`].
pub fn stage(dir: &Path, files: &Files) -> Result<PathBuf, ImportError> {
    for rel in files.keys() {
        safe_rel(rel)?;
    }
    let staging = staging_for(dir);
    if let Some(parent) = staging.parent() {
        std::fs::create_dir_all(parent).map_err(|e| ImportError::io(parent, e))?;
    }
    let _ = std::fs::remove_dir_all(&staging);
    let result = (|| {
        for (rel, bytes) in files {
            let path = staging.join(rel);
            if let Some(p) = path.parent() {
                std::fs::create_dir_all(p).map_err(|e| ImportError::io(p, e))?;
            }
            std::fs::write(&path, bytes).map_err(|e| ImportError::io(&path, e))?;
        }
        Ok(())
    })();
    match result {
        Ok(()) => Ok(staging),
        Err(e) => {
            let _ = std::fs::remove_dir_all(&staging);
            Err(e)
        }
    }
}

/// Moves the staging folder to `dir` (an empty `dir` is replaced).
pub fn commit(staging: &Path, dir: &Path) -> Result<(), ImportError> {
    if dir.is_dir() {
        // check_dir made sure it is empty; rename(2) needs it gone or empty.
        let _ = std::fs::remove_dir(dir);
    }
    std::fs::rename(staging, dir).map_err(|e| {
        let _ = std::fs::remove_dir_all(staging);
        ImportError::io(dir, e)
    })
}

/// Removes a staging folder after a failure.
pub fn abandon(staging: &Path) {
    let _ = std::fs::remove_dir_all(staging);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unsafe_paths_are_refused() {
        for bad in ["../x", "/etc/passwd", "a/../../b", "a//b", "a\\b", "", "./a"] {
            assert!(safe_rel(bad).is_err(), "{bad}");
        }
        assert!(safe_rel("content/tips/a.md").is_ok());
    }
}
