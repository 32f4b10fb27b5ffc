//! `carepress check`: runs every rule and formats findings.

use crate::build::SiteOptions;
use crate::error::{Diagnostic, Result};
use std::path::PathBuf;

/// Runs the rules; returns every finding.
pub fn run(_opts: &SiteOptions, _only: &[String], _files: &[PathBuf]) -> Result<Vec<Diagnostic>> {
    Ok(Vec::new())
}

/// JSON array per SPEC §7.
pub fn to_json(f: &[Diagnostic]) -> String {
    serde_json::to_string_pretty(f).unwrap_or_else(|_| "[]".into())
}

/// Human report grouped by file.
pub fn to_human(f: &[Diagnostic], _color: bool) -> String {
    f.iter().map(|d| format!("{d}\n")).collect()
}
