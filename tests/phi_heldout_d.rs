//! Held-out PHI evaluation, set D (a fictitious critical access hospital).
//!
//! Runs `carepress check --only phi,consent,reply` once over
//! `tests/fixtures/phi-heldout-d/` and scores it against `expected.json`:
//! a `flag` file is caught when it has at least one finding of severity
//! `error` or `warning`; a `clean` file is wrongly flagged when it has any.
//! Findings of severity `note` are ignored. The cases were written without
//! looking at the guard and must not be tuned against.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;

/// Regression floors set by the team lead from the measured score (scored once,
/// on the final guard of that session: 69.0 % / 9.3 % (the honest unseen
/// figure)). Issue 9's targets are >= 95 % caught and <= 5 % clean flagged.
const CATCH_FLOOR: f64 = 69.0;
/// Maximum share of `clean` files flagged, in percent (see CATCH_FLOOR).
const CLEAN_CEILING: f64 = 10.0;

const FIXTURE: &str = "tests/fixtures/phi-heldout-d";

fn normalise(file: &str, root: &Path) -> String {
    let p = Path::new(file);
    let rel = p.strip_prefix(root).unwrap_or(p);
    let s = rel.to_string_lossy().replace('\\', "/");
    let s = s.trim_start_matches("./").to_string();
    match s.find("content/") {
        Some(i) => s[i..].to_string(),
        None => s,
    }
}

#[test]
fn phi_heldout_d_score() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let root = manifest.join(FIXTURE);
    let expected: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root.join("expected.json")).expect("read expected.json"))
            .expect("parse expected.json");
    let files = expected["files"].as_object().expect("expected.json has files");

    let mut missing = Vec::new();
    for name in files.keys() {
        if !root.join(name).is_file() {
            missing.push(name.clone());
        }
    }
    assert!(missing.is_empty(), "files named in expected.json are missing: {missing:?}");

    let out = Command::new(env!("CARGO_BIN_EXE_carepress"))
        .current_dir(manifest)
        .args(["check", "--root", FIXTURE, "--now", "2026-11-27", "--format", "json", "--only", "phi,consent,reply"])
        .output()
        .expect("run carepress check");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let findings: Vec<serde_json::Value> = serde_json::from_str(stdout.trim()).unwrap_or_else(|e| {
        panic!(
            "check did not print a JSON array ({e}); status {:?}\nstdout:\n{stdout}\nstderr:\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        )
    });

    let build: Vec<&serde_json::Value> = findings.iter().filter(|f| f["rule"].as_str().unwrap_or("").starts_with("build/")).collect();
    assert!(build.is_empty(), "the fixture does not load cleanly: {build:#?}");

    let mut flagged: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for f in &findings {
        let sev = f["severity"].as_str().unwrap_or("");
        if sev != "error" && sev != "warning" {
            continue;
        }
        let file = normalise(f["file"].as_str().unwrap_or(""), &root);
        flagged.entry(file).or_default().push(f["rule"].as_str().unwrap_or("?").to_string());
    }

    let (mut n_flag, mut caught, mut n_clean, mut false_alarms) = (0usize, 0usize, 0usize, 0usize);
    let mut misses = BTreeSet::new();
    let mut wrong = BTreeSet::new();
    for (name, case) in files {
        let expect = case["expect"].as_str().expect("expect is flag or clean");
        let hit = flagged.contains_key(name);
        match expect {
            "flag" => {
                n_flag += 1;
                if hit {
                    caught += 1;
                } else {
                    misses.insert(name.clone());
                }
            }
            "clean" => {
                n_clean += 1;
                if hit {
                    false_alarms += 1;
                    wrong.insert(format!("{name} ({})", flagged[name].join(", ")));
                }
            }
            other => panic!("{name}: unknown expect {other:?}"),
        }
    }

    let catch_pct = 100.0 * caught as f64 / n_flag.max(1) as f64;
    let clean_pct = 100.0 * false_alarms as f64 / n_clean.max(1) as f64;
    println!("phi-heldout-d: caught {caught}/{n_flag} = {catch_pct:.1}%");
    println!("phi-heldout-d: clean flagged {false_alarms}/{n_clean} = {clean_pct:.1}%");
    for m in &misses {
        println!("  missed: {m}");
    }
    for w in &wrong {
        println!("  clean flagged: {w}");
    }

    assert!(catch_pct >= CATCH_FLOOR, "caught {catch_pct:.1}% < floor {CATCH_FLOOR}%");
    assert!(clean_pct <= CLEAN_CEILING, "clean flagged {clean_pct:.1}% > ceiling {CLEAN_CEILING}%");
}
