//! Held-out evaluation set B for the PHI guard (`phi/*`, `consent/*`, `reply/*`).
//!
//! `tests/fixtures/phi-heldout-b/` is a second fictitious practice site
//! (Larkspur Bend Family Medicine), written independently of set A, with one
//! page per case; `expected.json` says for each page whether it must be
//! flagged (at least one finding of severity error or warning from those rule
//! families on that file) or must stay clean (none). Findings of severity
//! "note" and of other families are ignored. The cases were written from
//! SPEC.md, docs/phi-rules.md and issue 9 without reading the guard's code and
//! without looking at the guard's verdicts on them. Do not tune the guard on
//! them: they measure how it does on content it has never seen.
//!
//! Run with `cargo test --test phi_heldout_b -- --nocapture` to see the score.

/// Regression floors set by the team lead from the measured score (first scored
/// after round 2: 52.2 % / 12.8 %; round 3 was briefed with examples from its
/// misses, so it is no longer unseen). Issue 9's targets are >= 95 % caught and
/// <= 5 % clean flagged.
const CATCH_FLOOR: f64 = 69.0;
const CLEAN_CEILING: f64 = 7.0;

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;

const FAMILIES: [&str; 3] = ["phi/", "consent/", "reply/"];
const NOW: &str = "2026-11-27";

/// The path of a finding relative to the site root (`content/…`), whatever
/// form the binary prints it in.
fn case_key(file: &str) -> String {
    let file = file.replace('\\', "/");
    match file.find("content/") {
        Some(i) => file[i..].to_string(),
        None => file,
    }
}

fn percent(n: usize, d: usize) -> f64 {
    if d == 0 { 0.0 } else { 100.0 * n as f64 / d as f64 }
}

#[test]
fn phi_heldout_b_score() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/phi-heldout-b");
    let expected: Value = serde_json::from_str(&std::fs::read_to_string(root.join("expected.json")).expect("read expected.json"))
        .expect("parse expected.json");
    let files = expected["files"].as_object().expect("expected.json has a `files` object");

    let out = Command::new(env!("CARGO_BIN_EXE_carepress"))
        .arg("check")
        .arg("--root")
        .arg(&root)
        .args(["--now", NOW, "--format", "json", "--only", "phi,consent,reply"])
        .output()
        .expect("run carepress check");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let findings: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| {
        panic!(
            "check did not print a JSON array ({e}); exit {:?}\nstdout:\n{stdout}\nstderr:\n{}",
            out.status.code(),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    let findings = findings.as_array().expect("check --format json prints an array");

    // The fixture must load: a front-matter or other build error would make
    // the score meaningless.
    let build_errors: Vec<&Value> = findings.iter().filter(|f| f["rule"].as_str().is_some_and(|r| r.starts_with("build/"))).collect();
    assert!(build_errors.is_empty(), "the fixture does not load: {build_errors:#?}");

    // Files with at least one error or warning from the PHI families, and the
    // rules that fired on each.
    let mut flagged: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for f in findings {
        let rule = f["rule"].as_str().unwrap_or("");
        let severity = f["severity"].as_str().unwrap_or("");
        if !FAMILIES.iter().any(|p| rule.starts_with(p)) {
            continue;
        }
        if severity != "error" && severity != "warning" {
            continue;
        }
        let file = case_key(f["file"].as_str().unwrap_or(""));
        flagged.entry(file).or_default().insert(rule.to_string());
    }

    let (mut flag_total, mut flag_caught, mut clean_total, mut clean_flagged) = (0, 0, 0, 0);
    let mut missed = Vec::new();
    let mut false_alarms = Vec::new();
    for (file, case) in files {
        assert!(root.join(file).is_file(), "expected.json names a missing file: {file}");
        let why = case["why"].as_str().unwrap_or("");
        let hit = flagged.get(file.as_str());
        match case["expect"].as_str() {
            Some("flag") => {
                flag_total += 1;
                if hit.is_some() {
                    flag_caught += 1;
                } else {
                    missed.push(format!("{file}\n      why: {why}"));
                }
            }
            Some("clean") => {
                clean_total += 1;
                if let Some(rules) = hit {
                    clean_flagged += 1;
                    let rules: Vec<&str> = rules.iter().map(String::as_str).collect();
                    false_alarms.push(format!("{file} [{}]\n      why clean: {why}", rules.join(", ")));
                }
            }
            other => panic!("{file}: expect must be flag or clean, got {other:?}"),
        }
    }
    assert!(flag_total > 0 && clean_total > 0, "expected.json needs both kinds of case");

    let catch = percent(flag_caught, flag_total);
    let clean_rate = percent(clean_flagged, clean_total);
    println!("PHI held-out set B ({} cases):", flag_total + clean_total);
    println!("  caught:        {flag_caught}/{flag_total} = {catch:.1} %");
    println!("  clean flagged: {clean_flagged}/{clean_total} = {clean_rate:.1} %");
    if !missed.is_empty() {
        println!("missed (expected flag, no finding):");
        for m in &missed {
            println!("  - {m}");
        }
    }
    if !false_alarms.is_empty() {
        println!("false alarms (expected clean, flagged):");
        for m in &false_alarms {
            println!("  - {m}");
        }
    }

    assert!(catch >= CATCH_FLOOR, "caught {catch:.1} % of flag cases, floor {CATCH_FLOOR} %");
    assert!(clean_rate <= CLEAN_CEILING, "flagged {clean_rate:.1} % of clean cases, ceiling {CLEAN_CEILING} %");
}
