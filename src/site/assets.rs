//! Static files and page-bundle assets, indexed by URL path, with every
//! image measured once up front.

use crate::content::Page;
use crate::images::{self, Format, ImageInfo};
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Version-control folders: never published from static/, and never a
/// change to `watch`, wherever they are.
pub const IGNORED_DIRS: [&str; 3] = [".git", ".hg", ".svn"];

/// Extensions of editor and download temp files.
const TEMP_EXTS: [&str; 9] = ["tmp", "temp", "vsctmp", "part", "crdownload", "kate-swp", "swp", "swo", "swx"];

/// Editor temp, swap, backup and lock files, and OS litter: never published,
/// and never a change to `watch`.
pub fn is_ignored_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    let ext = lower.rsplit_once('.').map_or("", |(_, e)| e);
    name.ends_with('~')                                           // vim/emacs backup
        || name.starts_with(".#")                                 // emacs lock
        || (name.len() > 1 && name.starts_with('#') && name.ends_with('#')) // emacs auto-save
        || TEMP_EXTS.contains(&ext)
        || (name.starts_with('.') && ext.len() == 3 && ext.starts_with("sw")) // vim .x.swn…
        || is_vim_probe(name)                                     // vim 4913
        || name.ends_with("___jb_tmp___")                         // JetBrains safe write
        || name.ends_with("___jb_old___")
        || name.ends_with("___jb_bak___")
        || name.starts_with(".goutputstream-")                    // gedit/GIO
        || name.starts_with(".~lock.")                            // LibreOffice
        || name.starts_with("~$")                                 // MS Office
        || name.starts_with("._")                                 // macOS AppleDouble
        || lower.starts_with(".tmp")                              // tempfile crate, Zed
        || matches!(lower.as_str(), ".ds_store" | "thumbs.db" | "desktop.ini")
}

/// Vim checks a folder is writable by creating 4913 (then 5036, 5159…).
fn is_vim_probe(name: &str) -> bool {
    !name.is_empty()
        && name.len() < 10
        && name.bytes().all(|b| b.is_ascii_digit())
        && name.parse::<u64>().is_ok_and(|n| n >= 4913 && (n - 4913) % 123 == 0)
}

/// A file copied to the output.
#[derive(Debug, Clone)]
pub struct Asset {
    /// Absolute source path.
    pub src: PathBuf,
    /// Size and format when the file is an image we can read; `bytes` is the
    /// size of the published (metadata-stripped) file.
    pub info: Option<ImageInfo>,
    /// The published bytes of an image with its identifying metadata removed.
    pub stripped: Option<std::sync::Arc<Vec<u8>>>,
    /// Why a file named as an image cannot be published (empty, not an
    /// image, damaged, cut off, metadata that cannot be removed). Such a
    /// file is an error: publishing it could show nothing or leak metadata.
    pub problem: Option<String>,
    /// Widths of the WebP variants written beside it (see
    /// [`crate::graphics::variants`]); empty for other formats.
    pub variants: Vec<u32>,
}

/// All copied files by root-relative URL path ("/images/a.jpg").
#[derive(Debug, Clone, Default)]
pub struct Assets {
    pub files: HashMap<String, Asset>,
}

/// Whether a file or folder under `static/` is published. Dotfiles are
/// (`.htaccess`, `.well-known/`, `.nojekyll`: hosts read them), except
/// version-control folders, editor and OS debris (`*~`, `.swp`,
/// `.DS_Store`; the same list `watch` ignores), and `.env` files, which
/// hold secrets.
pub fn publishable(name: &str, is_dir: bool) -> bool {
    if is_dir {
        return !IGNORED_DIRS.contains(&name);
    }
    let lower = name.to_ascii_lowercase();
    !(is_ignored_name(name) || lower == ".env" || lower.starts_with(".env.") || lower == ".carepress-output")
}

impl Assets {
    /// Indexes `dirs` (later ones override earlier ones) and the bundles of `pages`.
    pub fn scan(dirs: &[PathBuf], pages: &[Page]) -> Assets {
        let mut found: Vec<(String, PathBuf)> = Vec::new();
        for dir in dirs {
            if !dir.is_dir() {
                continue;
            }
            let walker = walkdir::WalkDir::new(dir).sort_by_file_name().into_iter();
            for e in walker
                .filter_entry(|e| e.depth() == 0 || publishable(&e.file_name().to_string_lossy(), e.file_type().is_dir()))
                .filter_map(|e| e.ok())
            {
                if e.file_type().is_file() {
                    let rel = e.path().strip_prefix(dir).unwrap_or(e.path()).to_string_lossy().replace('\\', "/");
                    found.push((format!("/{rel}"), e.path().to_path_buf()));
                }
            }
        }
        for p in pages.iter().filter(|p| p.is_published()) {
            let Some(dir) = &p.bundle_dir else { continue };
            for e in walkdir::WalkDir::new(dir).min_depth(1).sort_by_file_name().into_iter().filter_map(|e| e.ok()) {
                let name = e.file_name().to_string_lossy();
                if e.file_type().is_file() && !name.ends_with(".md") && !name.starts_with('.') {
                    let rel = e.path().strip_prefix(dir).unwrap_or(e.path()).to_string_lossy().replace('\\', "/");
                    found.push((format!("{}{rel}", p.path), e.path().to_path_buf()));
                }
            }
        }
        let measured: Vec<(String, Asset)> = found
            .into_par_iter()
            .map(|(url, src)| {
                let (info, stripped, problem) = match measure(&src) {
                    Ok((info, stripped)) => (info, stripped, None),
                    Err(problem) => (None, None, Some(problem)),
                };
                let variants = info.as_ref().map(|i| crate::graphics::variants::widths(i.format, i.width)).unwrap_or_default();
                (url, Asset { src, info, stripped, problem, variants })
            })
            .collect();
        Assets { files: measured.into_iter().collect() }
    }

    /// Size of an image by URL path.
    pub fn image(&self, url: &str) -> Option<&ImageInfo> {
        let url = url.split(['?', '#']).next().unwrap_or(url);
        self.files.get(url).and_then(|a| a.info.as_ref())
    }
}

type Measured = (Option<ImageInfo>, Option<std::sync::Arc<Vec<u8>>>);

/// Size and stripped bytes of an image file; Ok((None, None)) for files
/// that are not images by name.
fn measure(src: &Path) -> Result<Measured, String> {
    let format = Format::from_path(src);
    if format == Format::Other {
        return Ok((None, None));
    }
    let bytes = std::fs::read(src).map_err(|e| format!("cannot read it: {e}"))?;
    if bytes.is_empty() {
        return Err("the file is empty (0 bytes)".into());
    }
    let mut info = images::probe(&bytes, src).map_err(|e| e.to_string())?;
    if matches!(info.format, Format::Jpeg | Format::Png | Format::Webp) {
        let clean = images::strip_metadata(&bytes, info.format).map_err(|e| e.to_string())?;
        info.bytes = clean.len() as u64;
        return Ok((Some(info), Some(std::sync::Arc::new(clean))));
    }
    Ok((Some(info), None))
}
