//! Integration tests of `carepress report` (SPEC §11) on the real binary:
//! the JSON field by field on a fixture with every kind of entry
//! (tests/fixtures/report, fictitious people), the HTML's structure parsed
//! with scraper, determinism, and that no flagged text reaches either.

use crate::support::{fixture, run};
use serde_json::{Value, json};

const NOW: &str = "2026-11-27";

/// `carepress report` on the fixture; returns stdout (exit status 0 asserted).
fn report(format: &str) -> String {
    run(&["report", "--root", fixture("report").to_str().unwrap(), "--now", NOW, "--format", format]).expect_code(0).stdout.clone()
}

fn json_report() -> Value {
    serde_json::from_str(&report("json")).expect("the JSON report parses")
}

/// The row of `list` whose `key` is `value`.
fn row<'a>(list: &'a Value, key: &str, value: &str) -> &'a Value {
    list.as_array().and_then(|a| a.iter().find(|r| r[key] == value)).unwrap_or_else(|| panic!("no {key} = {value} in {list:#}"))
}

#[test]
fn json_head_and_summary() {
    let r = json_report();
    assert_eq!(r["report"], "carepress compliance report");
    assert_eq!(r["version"], 1);
    assert_eq!(r["now"], "2026-11-27T00:00:00-06:00");
    assert_eq!(
        r["site"],
        json!({"title": "Quarry Hill Clinic", "base_url": "https://www.quarry-hill-clinic.example/", "practice": "Quarry Hill Clinic",
               "phi_mode": "error", "review_max_age_days": 365})
    );
    assert_eq!(
        r["summary"],
        json!({
            "pages": 16, "pages_clean": 14, "pages_flagged": 2, "pages_with_warnings": 0, "pages_not_checked": 0,
            "pages_blocking_build": 2, "authorizations": 3, "authorizations_expiring_soon": 1, "authorizations_expired": 1,
            "allow_entries": 2, "reviews_missing": 1, "reviews_overdue": 1, "images": 2, "images_with_source_metadata": 1,
            "images_published_with_metadata": 0, "accessibility_errors": 0, "accessibility_warnings": 2,
            "alerts_active": 1, "alerts_scheduled": 1
        })
    );
    let families: Vec<(String, u64, u64)> = r["findings_by_family"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["family"].as_str().unwrap().to_string(), f["errors"].as_u64().unwrap(), f["warnings"].as_u64().unwrap()))
        .collect();
    let want = [("a11y", 0, 2), ("consent", 2, 0), ("image", 0, 1), ("meta", 0, 1), ("phi", 2, 0), ("review", 1, 1)];
    assert_eq!(families, want.map(|(f, e, w)| (f.to_string(), e, w)));
}

#[test]
fn json_pages_carry_verdicts_without_flagged_titles() {
    let r = json_report();
    let pages = &r["pages"];
    let files: Vec<&str> = pages.as_array().unwrap().iter().map(|p| p["file"].as_str().unwrap()).collect();
    let mut sorted = files.clone();
    sorted.sort();
    assert_eq!(files, sorted, "in file order");
    assert_eq!(files[0], "content/_index.md");
    assert_eq!(
        *row(pages, "file", "content/news/get-well.md"),
        json!({"file": "content/news/get-well.md", "path": "/news/get-well/", "kind": "page", "status": "published",
               "title": null, "verdict": "flagged", "blocks_build": true,
               "findings": [{"rule": "consent/missing", "severity": "error", "line": 7, "column": 13},
                            {"rule": "phi/name", "severity": "error", "line": 7, "column": 13}],
               "allow_entries": 0})
    );
    let expired = row(pages, "file", "content/testimonials/running-again.md");
    assert_eq!((&expired["verdict"], &expired["title"]), (&json!("flagged"), &Value::Null));
    let allowed = row(pages, "file", "content/news/diabetes-evening.md");
    assert_eq!(
        (&allowed["verdict"], &allowed["allow_entries"], &allowed["title"]),
        (&json!("clean"), &json!(1), &json!("Diabetes evening with a guest dietitian"))
    );
    let listing = row(pages, "file", "content/tips/_index.md");
    assert_eq!((&listing["kind"], &listing["path"], &listing["verdict"]), (&json!("listing"), &json!("/tips/"), &json!("clean")));
    let scheduled = row(pages, "file", "content/news/holiday-clinic.md");
    assert_eq!((&scheduled["status"], &scheduled["blocks_build"]), (&json!("scheduled"), &json!(false)));
}

#[test]
fn json_authorizations_expiring_soon_first() {
    let r = json_report();
    let a = r["authorizations"].as_array().unwrap();
    let order: Vec<(&str, &str, i64)> =
        a.iter().map(|x| (x["file"].as_str().unwrap(), x["state"].as_str().unwrap(), x["days_left"].as_i64().unwrap())).collect();
    assert_eq!(
        order,
        [
            ("content/testimonials/back-on-the-trail.md", "expiring-soon", 13),
            ("content/testimonials/running-again.md", "expired", -57),
            ("content/testimonials/new-baby.md", "valid", 339),
        ]
    );
    assert_eq!(
        a[0],
        json!({"file": "content/testimonials/back-on-the-trail.md", "id": "QH-2026-014", "form": "HIPAA-AUTH-3",
               "signed": "2026-05-20", "expires": "2026-12-10", "days_left": 13, "state": "expiring-soon",
               "scope": ["website", "rss", "social"], "covers": ["name", "quote", "condition"], "page_status": "published"})
    );
}

#[test]
fn json_allow_entries_reviews_images_accessibility_alerts() {
    let r = json_report();
    assert_eq!(
        r["allow_entries"],
        json!([
            {"entry": "Riverbend Rehab", "scope": "site", "file": "site.toml", "reason": null},
            {"entry": "Marisol Quintero", "scope": "page", "file": "content/news/diabetes-evening.md",
             "reason": "Guest speaker at our diabetes evening, not a patient"}
        ])
    );
    assert_eq!(
        r["reviews"],
        json!([
            {"file": "content/tips/stretching.md", "title": "Stretch after you sit", "reviewer": null, "last_reviewed": null,
             "age_days": null, "state": "missing", "page_status": "published"},
            {"file": "content/tips/sunscreen.md", "title": "Sunscreen all year", "reviewer": "Nora Fenwick", "last_reviewed": "2025-01-15",
             "age_days": 681, "state": "overdue", "page_status": "published"},
            {"file": "content/tips/sleep.md", "title": "Sleep on a schedule", "reviewer": "Nora Fenwick", "last_reviewed": "2026-10-01",
             "age_days": 57, "state": "current", "page_status": "published"}
        ])
    );
    assert_eq!(
        r["images"],
        json!([
            {"url": "/images/garden-path.jpg", "source": "static/images/garden-path.jpg", "format": "jpeg",
             "source_metadata": ["GPS location", "camera or lens serial number"], "published": "stripped", "published_clean": true},
            {"url": "/images/logo.svg", "source": "static/images/logo.svg", "format": "svg", "source_metadata": [],
             "published": "copied", "published_clean": true}
        ])
    );
    let a11y = r["accessibility"].as_array().unwrap();
    assert_eq!(a11y.len(), 2);
    assert_eq!(
        (&a11y[0]["rule"], &a11y[0]["file"], &a11y[0]["line"]),
        (&json!("a11y/img-alt-empty"), &json!("content/tips/stretching.md"), &json!(9))
    );
    assert_eq!((&a11y[1]["rule"], &a11y[1]["severity"], &a11y[1]["column"]), (&json!("a11y/link-text"), &json!("warning"), &json!(61)));
    let msg = a11y[1]["message"].as_str().unwrap();
    assert!(msg.starts_with("link text \"…\" does not say where the link goes"), "quoted page text is redacted: {msg}");
    assert_eq!(
        r["alerts"],
        json!([
            {"file": "content/news/ice-closure.md", "path": "/news/ice-closure/", "title": "Closed Friday morning for ice", "level": "urgent",
             "state": "active", "from": "2026-11-26T00:00:00-06:00", "until": "2026-11-27T12:00:00-06:00"},
            {"file": "content/news/holiday-clinic.md", "path": "/news/holiday-clinic/", "title": "Holiday flu clinic", "level": "info",
             "state": "scheduled", "from": "2026-12-14T00:00:00-06:00", "until": "2026-12-21T00:00:00-06:00"}
        ])
    );
}

#[test]
fn no_flagged_text_reaches_the_report_and_runs_repeat_byte_for_byte() {
    let (json1, html1) = (report("json"), report("html"));
    assert_eq!(json1, report("json"), "deterministic JSON");
    assert_eq!(html1, report("html"), "deterministic HTML");
    for text in [&json1, &html1] {
        for leak in [
            "Gloria",
            "Alvarez",
            "G*****",
            "shingles",
            "Petra",
            "Vahl",
            "P****",
            "click here",
            "A note from the front desk",
            "Running again",
        ] {
            assert!(!text.contains(leak), "the report repeats `{leak}`");
        }
    }
}

#[test]
fn html_is_structured_for_screen_readers_and_print() {
    use scraper::{Html, Selector};
    let html = report("html");
    let doc = Html::parse_document(&html);
    let sel = |s: &str| Selector::parse(s).unwrap();
    let count = |s: &str| doc.select(&sel(s)).count();
    assert_eq!(doc.select(&sel("html")).next().and_then(|h| h.value().attr("lang")), Some("en"));
    assert_eq!(
        doc.select(&sel("title")).next().map(|t| t.text().collect::<String>()),
        Some("Compliance report: Quarry Hill Clinic".into())
    );
    for landmark in ["body > header", "body > main#main", "body > footer", "header > nav[aria-label]"] {
        assert_eq!(count(landmark), 1, "{landmark}");
    }
    assert_eq!(count("h1"), 1);
    assert_eq!(count("script"), 0);
    // Each part: a section labelled by its h2, linked from the navigation.
    let nav: Vec<String> = doc.select(&sel("nav a")).filter_map(|a| a.value().attr("href").map(str::to_string)).collect();
    let sections: Vec<_> = doc.select(&sel("main > section")).collect();
    assert_eq!(sections.len(), 8);
    for (s, href) in sections.iter().zip(&nav) {
        let id = s.value().attr("aria-labelledby").expect("labelled section");
        let h2 = s.select(&sel("h2")).next().expect("an h2 per section");
        assert_eq!((h2.value().attr("id"), format!("#{id}")), (Some(id), href.clone()));
        assert_eq!(s.select(&sel("h3, h4, h1")).count(), 0, "no skipped or extra heading levels");
    }
    // Every table: a caption, column headers, and a header cell per row.
    let tables: Vec<_> = doc.select(&sel("table")).collect();
    assert_eq!(tables.len(), 8, "summary by family + one per non-empty part");
    for t in &tables {
        assert_eq!(t.select(&sel("caption")).count(), 1);
        let heads: Vec<_> = t.select(&sel("thead th")).collect();
        assert!(heads.len() >= 3 && heads.iter().all(|h| h.value().attr("scope") == Some("col")));
        for tr in t.select(&sel("tbody tr")) {
            let first = tr.first_child().and_then(scraper::ElementRef::wrap).expect("a first cell");
            assert_eq!((first.value().name(), first.value().attr("scope")), ("th", Some("row")));
            assert_eq!(tr.children().filter_map(scraper::ElementRef::wrap).count(), heads.len(), "a cell per column");
        }
    }
    let pages_table = doc.select(&sel("section[aria-labelledby=pages] tbody")).next().unwrap().inner_html();
    assert!(pages_table.contains("<em>withheld: flagged</em>") && pages_table.contains("flagged</span>"));
    let print = html.split("@media print{").nth(1).expect("print CSS");
    for rule in ["thead{display:table-header-group}", "tr,dl.summary div{break-inside:avoid}", ".skip,nav{display:none}"] {
        assert!(print.contains(rule), "print CSS has {rule}");
    }
}

#[test]
fn output_writes_the_file() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("report.json");
    let wrote = run(&[
        "report",
        "--root",
        fixture("report").to_str().unwrap(),
        "--now",
        NOW,
        "--format",
        "json",
        "--output",
        out.to_str().unwrap(),
    ]);
    assert_eq!(wrote.code, 0);
    assert!(wrote.stdout.starts_with("Wrote the compliance report to "));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), report("json"));
    let bad = run(&["report", "--root", fixture("report").to_str().unwrap(), "--format", "pdf"]);
    assert_eq!(bad.code, 2, "an unknown format is bad usage");
}
