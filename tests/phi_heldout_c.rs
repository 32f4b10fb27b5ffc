//! Held-out evaluation set C for the PHI guard (`phi/*`, `consent/*`,
//! `reply/*`): a fictitious physiotherapy and sports medicine clinic under
//! `tests/fixtures/phi-heldout-c/`, one page per case, with the expected
//! verdict and the reason in `expected.json`.
//!
//! A case marked `flag` is caught when at least one finding of severity
//! `error` or `warning` names its file; a case marked `clean` passes when none
//! does. Findings of severity `note` are ignored. The test prints the caught
//! and clean-flagged percentages and every miss, and fails if the fixture does
//! not load (any `build/*` finding) or `expected.json` names a missing file.

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;

/// Regression floors set by the team lead from the measured score (first scored
/// after round 3: 66.7 % / 2.4 %; round 4 was briefed with categories from its
/// misses). Issue 9's targets are >= 95 % caught and <= 5 % clean flagged.
const CATCH_FLOOR: f64 = 73.0;
/// Highest acceptable share of `clean` cases flagged, in percent.
const CLEAN_CEILING: f64 = 3.0;

const FIXTURE: &str = "tests/fixtures/phi-heldout-c";

/// Runs `carepress check` on the fixture and returns its JSON findings.
fn check(only: &str) -> Vec<Value> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURE);
    let out = Command::new(env!("CARGO_BIN_EXE_carepress"))
        .arg("check")
        .arg("--root")
        .arg(&root)
        .args(["--now", "2026-11-27", "--format", "json", "--only", only])
        .output()
        .expect("run carepress check");
    let stdout = String::from_utf8_lossy(&out.stdout);
    match serde_json::from_str::<Value>(&stdout) {
        Ok(Value::Array(v)) => v,
        _ => panic!(
            "carepress check --only {only} did not print a JSON array (status {:?})\nstdout:\n{stdout}\nstderr:\n{}",
            out.status.code(),
            String::from_utf8_lossy(&out.stderr)
        ),
    }
}

/// The file a finding names, relative to the fixture root with `/` separators.
fn finding_file(f: &Value) -> String {
    let file = f.get("file").and_then(Value::as_str).unwrap_or("").replace('\\', "/");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURE).to_string_lossy().replace('\\', "/");
    let file = file.strip_prefix(&root).map(|s| s.trim_start_matches('/').to_string()).unwrap_or(file);
    file.trim_start_matches("./").to_string()
}

fn rule(f: &Value) -> &str {
    f.get("rule").and_then(Value::as_str).unwrap_or("")
}

fn severity(f: &Value) -> &str {
    f.get("severity").and_then(Value::as_str).unwrap_or("")
}

#[test]
fn phi_heldout_c_score() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURE);
    let expected: Value = serde_json::from_str(&std::fs::read_to_string(root.join("expected.json")).expect("read expected.json"))
        .expect("expected.json is JSON");
    let cases = expected["files"].as_object().expect("expected.json has a `files` object");

    // Every case names a file that exists, with a valid verdict.
    let mut missing = Vec::new();
    for (file, case) in cases {
        if !root.join(file).is_file() {
            missing.push(file.clone());
        }
        let e = case["expect"].as_str().unwrap_or("");
        assert!(e == "flag" || e == "clean", "{file}: expect must be flag or clean, not {e:?}");
    }
    assert!(missing.is_empty(), "expected.json names files that do not exist: {missing:?}");

    // The fixture must load: no build/* finding, with or without the filter.
    let build: Vec<String> = check("build")
        .iter()
        .chain(check("phi,consent,reply").iter())
        .filter(|f| rule(f).starts_with("build/"))
        .map(|f| format!("{} {}", rule(f), finding_file(f)))
        .collect();
    assert!(build.is_empty(), "the fixture does not load cleanly: {build:#?}");

    // Files with at least one error or warning from the PHI families.
    let mut flagged: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for f in check("phi,consent,reply") {
        let r = rule(&f);
        let fam = r.starts_with("phi/") || r.starts_with("consent/") || r.starts_with("reply/");
        let sev = severity(&f);
        if fam && (sev == "error" || sev == "warning") {
            flagged.entry(finding_file(&f)).or_default().insert(r.to_string());
        }
    }

    let (mut n_flag, mut caught, mut n_clean, mut false_alarms) = (0usize, 0usize, 0usize, 0usize);
    let mut misses = Vec::new();
    for (file, case) in cases {
        let hit = flagged.contains_key(file);
        let why = case["why"].as_str().unwrap_or("");
        if case["expect"] == "flag" {
            n_flag += 1;
            if hit {
                caught += 1;
            } else {
                misses.push(format!("MISSED      {file}: {why}"));
            }
        } else {
            n_clean += 1;
            if hit {
                false_alarms += 1;
                let rules: Vec<&str> = flagged[file].iter().map(String::as_str).collect();
                misses.push(format!("FALSE ALARM {file} [{}]: {why}", rules.join(", ")));
            }
        }
    }
    let catch_pct = 100.0 * caught as f64 / n_flag.max(1) as f64;
    let clean_pct = 100.0 * false_alarms as f64 / n_clean.max(1) as f64;
    println!("phi-heldout-c: {} cases ({n_flag} flag, {n_clean} clean)", n_flag + n_clean);
    println!("caught: {caught}/{n_flag} = {catch_pct:.1} %");
    println!("clean flagged: {false_alarms}/{n_clean} = {clean_pct:.1} %");
    for m in &misses {
        println!("  {m}");
    }
    let unknown: Vec<&String> = flagged.keys().filter(|f| !cases.contains_key(*f)).collect();
    if !unknown.is_empty() {
        println!("findings on files outside expected.json (not scored): {unknown:?}");
    }

    assert!(catch_pct >= CATCH_FLOOR, "caught {catch_pct:.1} % < floor {CATCH_FLOOR} %");
    assert!(clean_pct <= CLEAN_CEILING, "clean flagged {clean_pct:.1} % > ceiling {CLEAN_CEILING} %");
}
