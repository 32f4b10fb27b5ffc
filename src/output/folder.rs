//! Deciding whether a folder may be the output: it must be carepress's alone.
//!
//! A build replaces its output folder whole, so a typo in `--output` or
//! `[build] output_dir` must never point it at something else. The rules:
//! * never the site folder, a folder that contains it, or a folder inside
//!   `content/`, `static/`, `templates/`, `themes/`, `.git/` or the image
//!   cache `.carepress-cache/` (its pruning deletes files); never the
//!   file-system root or the home folder; never a file;
//! * an existing folder only when it is empty or carries carepress's
//!   [`MARKER`] (written into every output); `--force` accepts any other
//!   folder that is not the site;
//! * a symlinked output is written *through*: the link and the folder it
//!   points to stay, files carepress did not write stay (see `disk.rs`).

use crate::error::{Error, Result};
use std::path::{Component, Path, PathBuf};

/// Marks a folder as carepress output. Listed inside: every file the last
/// build wrote, so a write-through build knows what it may remove.
pub const MARKER: &str = ".carepress-output";

/// A checked output folder.
#[derive(Debug, Clone)]
pub struct OutputDir {
    /// The path as named (absolute, `..` resolved), where the folder appears.
    pub path: PathBuf,
    /// The folder written to: `path`, or where its symlink points.
    pub real: PathBuf,
    /// `path` is a symlink: write through it, never replace it.
    pub symlink: bool,
}

/// Checks `requested` (relative to the current folder) as the output of
/// the site at `root`; `force` accepts a non-empty folder without the marker.
pub fn choose(root: &Path, requested: &Path, force: bool) -> Result<OutputDir> {
    let shown = requested.display().to_string();
    let refuse =
        |why: String, hint: &str| Err(Error::Usage(format!("refusing to use `{shown}` as the output folder: {why}\n    hint: {hint}")));
    if requested.as_os_str().is_empty() {
        return refuse(
            "it is empty, which means the site folder itself".into(),
            "set [build] output_dir to a folder name such as \"public\"",
        );
    }
    let path = lexical_absolute(requested);
    let real = resolve(&path);
    let site = resolve(&lexical_absolute(root));
    if path.parent().is_none() || real.parent().is_none() {
        return refuse("it is the root of the file system".into(), "name a folder of its own, such as public");
    }
    if std::env::var_os("HOME").is_some_and(|h| resolve(Path::new(&h)) == real) {
        return refuse("it is your home folder".into(), "name a folder of its own, such as public");
    }
    if real == site || site.starts_with(&real) {
        return refuse(
            "it is the site folder or contains it, and a build replaces its output whole".into(),
            "use a folder of its own inside the site (the default, public) or elsewhere",
        );
    }
    for sub in ["content", "static", "templates", "themes", ".git"] {
        if real.starts_with(site.join(sub)) {
            return refuse(
                format!("it is inside the site's {sub}/ folder, which holds your sources"),
                "use a folder of its own, such as public",
            );
        }
    }
    // The image cache (`graphics::cache::DIR`, a layer above): a build
    // deletes the entries it did not use, so the site must not live there.
    if real.starts_with(site.join(".carepress-cache")) {
        return refuse(
            "it is inside the site's .carepress-cache/ folder, whose unused files every build deletes".into(),
            "use a folder of its own, such as public",
        );
    }
    let symlink = std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink());
    match std::fs::metadata(&real) {
        Ok(m) if !m.is_dir() => refuse("it is a file, not a folder".into(), "name a folder; the file is left as it is"),
        Ok(_) if force || is_ours_or_empty(&real)? => Ok(OutputDir { path, real, symlink }),
        Ok(_) => refuse(
            format!("it already holds files carepress did not write ({})", sample_entries(&real)),
            "choose another folder, empty this one, or pass --force to let carepress replace its contents",
        ),
        Err(_) => Ok(OutputDir { path, real, symlink }),
    }
}

/// True when `dir` is empty or was written by carepress.
fn is_ours_or_empty(dir: &Path) -> Result<bool> {
    if dir.join(MARKER).is_file() {
        return Ok(true);
    }
    let mut entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
    Ok(entries.next().is_none())
}

fn sample_entries(dir: &Path) -> String {
    let mut names: Vec<String> =
        std::fs::read_dir(dir).into_iter().flatten().filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    let more = names.len().saturating_sub(3);
    names.truncate(3);
    let mut s = names.join(", ");
    if more > 0 {
        s.push_str(&format!(" and {more} more"));
    }
    s
}

/// `p` made absolute against the current folder, with `.` and `..` resolved
/// by name (the folder may not exist yet).
pub fn lexical_absolute(p: &Path) -> PathBuf {
    let joined = if p.is_absolute() { p.to_path_buf() } else { std::env::current_dir().unwrap_or_default().join(p) };
    let mut out = PathBuf::new();
    for c in joined.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// The real location of `p`: its longest existing ancestor with symlinks
/// resolved, and the rest appended.
pub fn resolve(p: &Path) -> PathBuf {
    let mut existing = p.to_path_buf();
    let mut rest = Vec::new();
    loop {
        if let Ok(real) = existing.canonicalize() {
            let mut out = real;
            for part in rest.iter().rev() {
                out.push(part);
            }
            return out;
        }
        match (existing.file_name().map(|n| n.to_os_string()), existing.parent()) {
            (Some(name), Some(parent)) => {
                rest.push(name);
                existing = parent.to_path_buf();
            }
            _ => return p.to_path_buf(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> tempfile::TempDir {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(d.path().join("site.toml"), "x").unwrap();
        std::fs::create_dir_all(d.path().join("content")).unwrap();
        d
    }

    #[test]
    fn refuses_the_site_its_parents_and_its_sources() {
        let s = site();
        let root = s.path();
        for bad in [
            root.to_path_buf(),
            root.join(".."),
            root.join("content"),
            root.join("content/tips"),
            root.join("static/x"),
            root.join(".carepress-cache"),
            root.join(".carepress-cache/out"),
        ] {
            assert!(matches!(choose(root, &bad, true), Err(Error::Usage(_))), "{bad:?} accepted");
        }
        assert!(choose(root, Path::new(""), true).is_err());
        assert!(choose(root, Path::new("/"), true).is_err());
    }

    #[test]
    fn accepts_new_empty_and_marked_folders_only() {
        let s = site();
        let root = s.path();
        assert!(choose(root, &root.join("public"), false).is_ok());
        std::fs::create_dir_all(root.join("other")).unwrap();
        assert!(choose(root, &root.join("other"), false).is_ok(), "empty folder");
        std::fs::write(root.join("other/keep.txt"), "mine").unwrap();
        let err = choose(root, &root.join("other"), false).unwrap_err().to_string();
        assert!(err.contains("keep.txt") && err.contains("--force"), "{err}");
        assert!(choose(root, &root.join("other"), true).is_ok());
        std::fs::write(root.join("other").join(MARKER), "").unwrap();
        assert!(choose(root, &root.join("other"), false).is_ok());
        std::fs::write(root.join("file.txt"), "x").unwrap();
        assert!(choose(root, &root.join("file.txt"), true).is_err());
    }

    #[test]
    fn lexical_absolute_resolves_dots() {
        assert_eq!(lexical_absolute(Path::new("/a/b/../c/./d")), PathBuf::from("/a/c/d"));
    }
}
