//! Helpers of the import tests: run the real binary, hash a folder, read files.
#![allow(dead_code)] // each test file uses its own part

use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A fixture source: a site folder, or for WordPress the export file.
pub fn fixture(kind: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(format!("import-{kind}"));
    if kind == "wordpress" { dir.join("export.xml") } else { dir }
}

/// Runs `carepress ARGS`; returns (exit status, stdout, stderr).
pub fn carepress(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_carepress")).args(args).output().expect("run carepress");
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

/// Imports fixture `kind` into `<tmp>/site`; panics unless it succeeds.
pub fn import(kind: &str, tmp: &Path) -> PathBuf {
    let dir = tmp.join("site");
    let src = fixture(kind);
    let (code, out, err) = carepress(&["import", kind, src.to_str().unwrap(), dir.to_str().unwrap()]);
    assert_eq!(code, 0, "import {kind} failed\n{out}\n{err}");
    dir
}

/// A file of the imported site as text.
pub fn read(dir: &Path, rel: &str) -> String {
    std::fs::read_to_string(dir.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// Every file under `dir` with the SHA-256 of its bytes and its mode.
pub fn hash_tree(dir: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for e in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let e = e.unwrap();
        let rel = e.path().strip_prefix(dir).unwrap().to_string_lossy().into_owned();
        let meta = std::fs::symlink_metadata(e.path()).unwrap();
        let h = if meta.is_file() { format!("{:x}", Sha256::digest(std::fs::read(e.path()).unwrap())) } else { "dir".into() };
        out.insert(rel, format!("{h} {:?}", meta.modified().ok()));
    }
    out
}

/// The TOML front matter of a page.
pub fn front(dir: &Path, rel: &str) -> toml::Table {
    let text = read(dir, rel);
    let inner =
        text.strip_prefix("+++\n").and_then(|t| t.split_once("+++\n")).map(|(f, _)| f).unwrap_or_else(|| panic!("{rel}: no front matter"));
    toml::from_str(inner).unwrap_or_else(|e| panic!("{rel}: {e}"))
}
