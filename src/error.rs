//! Typed errors for the library.
//!
//! Content problems are collected as [`Diagnostic`]s so a build reports every
//! problem at once; only then does it fail, with [`Error::Content`].

use serde::Serialize;
use std::fmt;
use std::path::{Path, PathBuf};

/// How bad a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One problem in one place of one file, with a hint on how to fix it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Rule id for `check` (`phi/ssn`, `links/internal`) or `build/...` for build errors.
    pub rule: String,
    pub severity: Severity,
    /// Path as the user knows it: relative to the site root when possible.
    pub file: PathBuf,
    /// 1-based line; 0 when the problem is about the whole file.
    pub line: usize,
    /// 1-based column; 0 when unknown.
    pub column: usize,
    pub message: String,
    /// What to do about it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    /// The flagged text in full, for `check --reveal` at a terminal only:
    /// never serialised (SPEC §7: JSON and logs get the redacted message).
    /// Boxed: it is rare, and keeps `Diagnostic` small in `Result`s.
    #[serde(skip)]
    pub reveal: Option<Box<String>>,
}

impl Diagnostic {
    /// An error at a file position.
    pub fn error(rule: &str, file: impl Into<PathBuf>, line: usize, column: usize, message: impl Into<String>) -> Self {
        Diagnostic {
            rule: rule.to_string(),
            severity: Severity::Error,
            file: file.into(),
            line,
            column,
            message: message.into(),
            hint: None,
            reveal: None,
        }
    }

    /// A warning at a file position.
    pub fn warning(rule: &str, file: impl Into<PathBuf>, line: usize, column: usize, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(rule, file, line, column, message) }
    }

    /// Adds a hint.
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// True for errors (not warnings).
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{sev} {} {}", self.rule, self.file.display())?;
        if self.line > 0 {
            write!(f, ":{}", self.line)?;
            if self.column > 0 {
                write!(f, ":{}", self.column)?;
            }
        }
        write!(f, " {}", self.message)?;
        if let Some(h) = &self.hint {
            write!(f, "\n    hint: {h}")?;
        }
        Ok(())
    }
}

/// Sorts diagnostics by file and position so reports are stable.
pub fn sort_diagnostics(d: &mut [Diagnostic]) {
    d.sort_by(|a, b| (&a.file, a.line, a.column, &a.rule).cmp(&(&b.file, b.line, b.column, &b.rule)));
}

/// Errors of the library.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// One or more content or configuration problems; every one is listed.
    #[error("{}", render_list(.0))]
    Content(Vec<Diagnostic>),
    /// A file could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// An output path broke the output rules at write time (a bug: the site
    /// model checks every path first).
    #[error("{0}")]
    Output(String),
    /// The command was used wrongly (exit status 2).
    #[error("{0}")]
    Usage(String),
    /// `carepress import` could not run (nothing was written).
    #[error("import: {0}")]
    Import(#[from] crate::import::ImportError),
}

fn render_list(d: &[Diagnostic]) -> String {
    let errors = d.iter().filter(|d| d.is_error()).count();
    let mut s = String::new();
    for x in d {
        s.push_str(&x.to_string());
        s.push('\n');
    }
    s.push_str(&format!("{errors} error{} found", if errors == 1 { "" } else { "s" }));
    s
}

impl Error {
    /// Wraps an I/O error with the path it happened on.
    pub fn io(path: impl AsRef<Path>, source: std::io::Error) -> Self {
        Error::Io { path: path.as_ref().to_path_buf(), source }
    }

    /// A single content diagnostic as an error.
    pub fn one(d: Diagnostic) -> Self {
        Error::Content(vec![d])
    }

    /// The process exit status SPEC §1 assigns to this error.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Usage(_) => 2,
            Error::Import(e) if e.is_usage() => 2,
            _ => 1,
        }
    }
}

/// Library result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// 1-based (line, column) of a byte offset in `text`; column counts characters.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..floor_char_boundary(text, offset)];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map(|l| l.chars().count()).unwrap_or(0) + 1;
    (line, col)
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The known name closest to `unknown`, if it is close enough to be a typo.
pub fn did_you_mean<'a>(unknown: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    known
        .into_iter()
        .map(|k| (strsim::jaro_winkler(unknown, k), k))
        .filter(|(score, _)| *score > 0.75)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, k)| k)
}

/// An error and all its causes, ": "-separated.
pub fn cause_chain(e: &dyn std::error::Error) -> String {
    let mut msg = e.to_string();
    let mut src = e.source();
    while let Some(s) = src {
        msg.push_str(": ");
        msg.push_str(&s.to_string());
        src = s.source();
    }
    msg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_from_one() {
        let t = "ab\ncdé\nf";
        assert_eq!(line_col(t, 0), (1, 1));
        assert_eq!(line_col(t, 3), (2, 1));
        assert_eq!(line_col(t, t.find('f').unwrap()), (3, 1));
        assert_eq!(line_col(t, 5), (2, 3));
    }

    #[test]
    fn suggestion_finds_typos_only() {
        let keys = ["title", "description", "reviewed_by", "tags"];
        assert_eq!(did_you_mean("titel", keys), Some("title"));
        assert_eq!(did_you_mean("reviewd_by", keys), Some("reviewed_by"));
        assert_eq!(did_you_mean("zzzz", keys), None);
    }
}
