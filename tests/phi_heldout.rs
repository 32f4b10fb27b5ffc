//! Held-out evaluation of the PHI guard (`phi/*`, `consent/*`, `reply/*`).
//!
//! `tests/fixtures/phi-heldout/` is a fictitious practice site with one page
//! per case; `expected.json` says for each page whether it must be flagged
//! (at least one error or warning from those rule families on that file) or
//! must stay clean (none). The cases were written from docs/phi-rules.md and
//! issue 9 without reading the guard's code. Do not tune the guard on them:
//! they measure how it does on content it has never seen.
//!
//! Run with `cargo test --test phi_heldout -- --nocapture` to see the score.

/// Regression floors set by the team lead from the measured score (first scored
/// after round 1 of the guard: 69.0 % / 5.3 %; later rounds were briefed with
/// categories seen in its misses, so this set is no longer unseen). Issue 9's
/// targets are >= 95 % caught and <= 5 % clean flagged.
const CATCH_FLOOR: f64 = 92.0;
const CLEAN_CEILING: f64 = 6.0;

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;

const FAMILIES: [&str; 3] = ["phi/", "consent/", "reply/"];

/// The path of a finding relative to the site root (`content/…`), whatever
/// form the binary prints it in.
fn case_key(file: &str) -> String {
    let file = file.replace('\\', "/");
    match file.find("content/") {
        Some(i) => file[i..].to_string(),
        None => file,
    }
}

#[test]
fn phi_heldout_score() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/phi-heldout");
    let expected: Value = serde_json::from_str(&std::fs::read_to_string(root.join("expected.json")).expect("read expected.json"))
        .expect("parse expected.json");
    let cases = expected["files"].as_object().expect("expected.json has `files`");

    let out = Command::new(env!("CARGO_BIN_EXE_carepress"))
        .args(["check", "--root"])
        .arg(&root)
        .args(["--now", "2026-11-27", "--format", "json", "--only", "phi,consent,reply"])
        .output()
        .expect("run carepress");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let findings: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| {
        panic!(
            "check --format json did not print a JSON array ({e}); exit {:?}\nstdout:\n{stdout}\nstderr:\n{}",
            out.status.code(),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    let findings = findings.as_array().expect("a JSON array of findings");

    // Files with at least one error/warning of the PHI families; rules per file.
    let mut flagged: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for f in findings {
        let rule = f["rule"].as_str().unwrap_or("");
        let severity = f["severity"].as_str().unwrap_or("");
        // Loading problems would make a case pass or fail for the wrong reason.
        assert!(!rule.starts_with("build/"), "the held-out site does not load cleanly: {f}");
        if !FAMILIES.iter().any(|p| rule.starts_with(p)) || !(severity == "error" || severity == "warning") {
            continue;
        }
        let key = case_key(f["file"].as_str().unwrap_or(""));
        flagged.entry(key).or_default().insert(rule.to_string());
    }

    let (mut n_flag, mut caught, mut n_clean, mut false_alarms) = (0usize, 0usize, 0usize, 0usize);
    let mut misses = Vec::new();
    let mut wrongly_flagged = Vec::new();
    for (file, case) in cases {
        assert!(root.join(file).is_file(), "expected.json names a missing file: {file}");
        let is_flagged = flagged.contains_key(file);
        match case["expect"].as_str() {
            Some("flag") => {
                n_flag += 1;
                if is_flagged {
                    caught += 1;
                } else {
                    misses.push(format!("  missed  {file}\n          why: {}", case["why"].as_str().unwrap_or("")));
                }
            }
            Some("clean") => {
                n_clean += 1;
                if is_flagged {
                    false_alarms += 1;
                    wrongly_flagged.push(format!("  flagged {file} ({})", flagged[file].iter().cloned().collect::<Vec<_>>().join(", ")));
                }
            }
            other => panic!("{file}: expect must be flag or clean, not {other:?}"),
        }
    }
    let stray: Vec<_> = flagged.keys().filter(|k| !cases.contains_key(*k)).cloned().collect();

    let catch_pct = 100.0 * caught as f64 / n_flag.max(1) as f64;
    let clean_pct = 100.0 * false_alarms as f64 / n_clean.max(1) as f64;
    println!("PHI held-out score ({} cases)", n_flag + n_clean);
    println!("  caught:        {caught}/{n_flag} = {catch_pct:.1} %  (floor {CATCH_FLOOR} %)");
    println!("  clean flagged: {false_alarms}/{n_clean} = {clean_pct:.1} %  (ceiling {CLEAN_CEILING} %)");
    if !misses.is_empty() {
        println!("misses:\n{}", misses.join("\n"));
    }
    if !wrongly_flagged.is_empty() {
        println!("clean cases flagged:\n{}", wrongly_flagged.join("\n"));
    }
    if !stray.is_empty() {
        println!("findings on files that are not cases (not scored): {}", stray.join(", "));
    }

    assert!(n_flag >= 32 && n_clean >= 32, "the held-out set needs at least 32 cases of each kind");
    assert!(catch_pct >= CATCH_FLOOR, "caught {catch_pct:.1} % of patient disclosures, below the floor {CATCH_FLOOR} %");
    assert!(clean_pct <= CLEAN_CEILING, "flagged {clean_pct:.1} % of clean cases, above the ceiling {CLEAN_CEILING} %");
}
