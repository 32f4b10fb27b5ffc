//! Typed errors of `carepress import`: here, below every stage, so
//! [`super::Error::Import`] can wrap them without the leaf `error` module
//! depending on the `import` command (re-exported as `crate::import::ImportError`).

use std::path::PathBuf;

/// Why an import could not run. Nothing is written when one is returned.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// SOURCE does not exist or is not what KIND reads.
    #[error("{path}: {why}")]
    Source { path: PathBuf, why: String },
    /// DIR exists and holds files.
    #[error("{0} is not empty: import writes a new site into a new or empty folder (choose another DIR, or empty this one)")]
    DirNotEmpty(PathBuf),
    /// DIR is SOURCE or lies inside it.
    #[error("{dir} is inside the source {source_dir}: import never writes into the site it reads (choose a DIR outside it)")]
    DirInsideSource { dir: PathBuf, source_dir: PathBuf },
    /// A `--section FROM=TO` that is not one.
    #[error("--section `{0}` is not FROM=TO with TO a folder name (letters, digits, `-`), e.g. --section blog=tips")]
    BadSection(String),
    /// A file of the source could not be read, or DIR could not be written.
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A source file that import needs could not be parsed.
    #[error("{file}:{line}: {message}")]
    Parse { file: String, line: usize, message: String },
    /// A path the importer built would leave DIR (a bug guard: every path is checked before writing).
    #[error("refusing to write `{0}`: it would leave the new site's folder")]
    UnsafePath(String),
}

impl ImportError {
    /// Wraps an I/O error with its path.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        ImportError::Io { path: path.into(), source }
    }

    /// True when the command was used wrongly (exit status 2), not when the source is broken.
    pub fn is_usage(&self) -> bool {
        matches!(
            self,
            ImportError::Source { .. } | ImportError::DirNotEmpty(_) | ImportError::DirInsideSource { .. } | ImportError::BadSection(_)
        )
    }
}
