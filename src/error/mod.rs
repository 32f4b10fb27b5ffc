//! Typed errors for the library.
//!
//! Content problems are collected as [`Diagnostic`]s so a build reports every
//! problem at once; only then does it fail, with [`Error::Content`].
//!
//! Every error type lives here, the import command's [`ImportError`]
//! included, so this module stays a leaf that every stage can use without
//! reaching up into a command.

mod import;

pub use import::ImportError;

use serde::Serialize;
use std::fmt;
use std::path::{Path, PathBuf};

/// How bad a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
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
    /// A problem of the whole site (a template, site.toml, a shared image)
    /// that a loop over pages met on this page: [`once_per_site`] reports it
    /// once, with the number of pages.
    #[serde(skip)]
    pub site_wide: bool,
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
            site_wide: false,
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

    /// Marks the problem as the site's, met on this page (see [`once_per_site`]).
    pub fn site_wide(mut self) -> Self {
        self.site_wide = true;
        self
    }
}

/// Reports each site-wide problem once: diagnostics marked [`Diagnostic::site_wide`] with the same
/// rule, severity, message and hint are one problem, kept at its first place
/// with the pages it was met on ("… (on 240 pages: content/a.md,
/// content/b.md, content/c.md, …)"). Every loop over pages hands its
/// findings through here, so a template or setting that is wrong everywhere
/// reads as one thing to fix, not one per page. Other diagnostics pass
/// unchanged, in their order (sort first for a stable first place).
pub fn once_per_site(found: Vec<Diagnostic>) -> Vec<Diagnostic> {
    type Problem = (String, Severity, String, Option<String>);
    let mut first: std::collections::HashMap<Problem, (usize, Vec<PathBuf>)> = std::collections::HashMap::new();
    let mut out: Vec<Diagnostic> = Vec::with_capacity(found.len());
    for d in found {
        if !d.site_wide {
            out.push(d);
            continue;
        }
        let key = (d.rule.clone(), d.severity, d.message.clone(), d.hint.clone());
        match first.get_mut(&key) {
            Some((_, files)) => files.push(d.file),
            None => {
                first.insert(key, (out.len(), vec![d.file.clone()]));
                out.push(d);
            }
        }
    }
    for (at, mut files) in first.into_values() {
        files.dedup();
        if files.len() > 1 {
            let shown: Vec<String> = files.iter().take(3).map(|f| f.display().to_string()).collect();
            let more = if files.len() > 3 { ", …" } else { "" };
            out[at].message.push_str(&format!(" (on {} pages: {}{more})", files.len(), shown.join(", ")));
        }
    }
    out
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

/// Errors of the library. Each displays as a report that starts with
/// `error` (content diagnostics carry it on every line), so a user's eye and a
/// script's grep find the failure the same way whatever went wrong.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// One or more content or configuration problems; every one is listed.
    #[error("{}", render_list(.0))]
    Content(Vec<Diagnostic>),
    /// A file could not be read or written.
    #[error("error: {}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// An output path broke the output rules at write time (a bug: the site
    /// model checks every path first).
    #[error("error: {0}")]
    Output(String),
    /// The command was used wrongly (exit status 2).
    #[error("error: {0}")]
    Usage(String),
    /// `carepress import` could not run (nothing was written).
    #[error("error: import: {0}")]
    Import(#[from] ImportError),
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
    fn a_site_wide_problem_is_kept_once_with_its_pages() {
        let at = |file: &str| Diagnostic::warning("a11y/img-alt", file, 3, 0, "image `/b.png` has no alt text");
        let found = vec![
            at("content/a.md").site_wide(),
            Diagnostic::error("build/x", "content/a.md", 1, 1, "the page's own"),
            at("content/b.md").site_wide(),
            at("content/b.md").site_wide(),
            at("content/c.md").site_wide(),
            at("content/d.md").site_wide(),
            // The same text found in a page's own words stays that page's.
            at("content/e.md"),
        ];
        let out = once_per_site(found);
        assert_eq!(out.len(), 3, "{out:#?}");
        assert_eq!(out[0].file, Path::new("content/a.md"));
        assert_eq!(out[0].message, "image `/b.png` has no alt text (on 4 pages: content/a.md, content/b.md, content/c.md, …)");
        assert_eq!(out[1].rule, "build/x");
        assert_eq!(out[2], at("content/e.md"));
        // Met on one page only, it reads as before.
        assert_eq!(once_per_site(vec![at("content/a.md").site_wide()])[0].message, "image `/b.png` has no alt text");
    }

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
