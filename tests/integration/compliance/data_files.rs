//! The PHI guard on what pages publish besides their text: a page bundle's CSV is copied
//! to the site as it is, so a visit log beside a post is as published as
//! the post. `check` reports it at the CSV's own line, and `build` under
//! `phi = "error"` refuses it. Every person is fictitious.
use crate::support::{Site, run};
use serde_json::Value;

const NOW: &str = "2026-11-27";
const POST: &str = "+++\ntitle = \"The Smile Bus in September\"\ndate = 2026-05-01\n+++\n\nThe month's visits are in the attached file.\n";

fn phi_findings(site: &Site) -> Vec<Value> {
    let root = site.root();
    let r = run(&["check", "--root", root.to_str().unwrap(), "--now", NOW, "--only", "phi", "--format", "json"]);
    let v: Value = serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("JSON ({e}):\n{}\n{}", r.stdout, r.stderr));
    v.as_array().expect("a JSON array").iter().filter(|f| f["rule"].as_str().is_some_and(|r| r.starts_with("phi/"))).cloned().collect()
}

#[test]
fn a_bundles_csv_visit_log_is_scanned_at_its_own_lines() {
    let site = Site::fixture("basic");
    site.write("content/tips/smile-bus/index.md", POST);
    site.write(
        "content/tips/smile-bus/visits.csv",
        "date,patient,age,treatment\n2026-09-01,Amina Warsame,5,\"extraction x4\nunder sedation\"\n2026-09-03,Meron Kidane,12,sealants\n",
    );
    let found = phi_findings(&site);
    let in_csv: Vec<&Value> =
        found.iter().filter(|f| f["file"].as_str().is_some_and(|p| p.replace('\\', "/") == "content/tips/smile-bus/visits.csv")).collect();
    // The file is named relative to the site, like a page, and each row's
    // finding is at the line its record starts on (the first spans 2-3).
    let lines: Vec<u64> = in_csv.iter().filter(|f| f["rule"] == "phi/name").filter_map(|f| f["line"].as_u64()).collect();
    assert!(lines.contains(&2) && lines.contains(&4), "{found:?}");

    // The same bundle with a route timetable instead: nothing to report.
    site.write(
        "content/tips/smile-bus/visits.csv",
        "day,site,address,hours\nTuesday,Sojourn House,101 Ontario Street,10:00-16:00\nFriday,Romero House,1558 Bloor Street West,10:00-14:00\n",
    );
    let found = phi_findings(&site);
    assert!(!found.iter().any(|f| f["file"].as_str().is_some_and(|p| p.ends_with("visits.csv"))), "{found:?}");
}

#[test]
fn the_build_gate_refuses_a_patient_csv_and_keeps_the_previous_site() {
    let site = Site::fixture("basic");
    let toml = std::fs::read_to_string(site.root().join("site.toml")).unwrap().replace("phi = \"off\"", "phi = \"error\"");
    site.write("site.toml", &toml);
    site.write("content/tips/smile-bus/index.md", POST);
    site.write("content/tips/smile-bus/visits.csv", "day,site\nTuesday,Sojourn House\n");
    let first = site.build(&[]);
    let published = site.out().join("tips/smile-bus/visits.csv");
    assert!(published.is_file() || first.code != 0, "{}", first.all());
    let before = std::fs::read(&published).ok();
    site.write(
        "content/tips/smile-bus/visits.csv",
        "date,patient,age,treatment\n2026-09-01,Amina Warsame,5,extraction x4 under sedation\n",
    );
    let r = site.build(&[]);
    assert_ne!(r.code, 0, "{}", r.all());
    assert!(r.all().contains("visits.csv"), "{}", r.all());
    // A refused build leaves the last good output as it was.
    assert_eq!(std::fs::read(&published).ok(), before);
}
