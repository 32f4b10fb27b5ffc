//! Integration tests of alerts (SPEC §3 `alert`, §11) on the real binary:
//! the banner on every page, the top of the feeds that hold it (all three
//! formats, parsed with feed-rs), `schedule`, before, during and after
//! `until`; the order of
//! several alerts; and the errors of a bad `alert` table.
//!
//! The fixture (tests/fixtures/alerts, a fictitious clinic) has four alerts:
//!
//! | page | level | from | until |
//! | --- | --- | --- | --- |
//! | flu-clinic | info | 2026-11-20 | 2027-01-01 |
//! | norovirus (YAML) | warning | 2026-11-25 | 2026-12-10 17:00 |
//! | new-pediatrician | info | 2026-11-27 | 2026-12-20 |
//! | snow-closure | urgent | 2026-12-01 18:00 | 2026-12-03 08:00 |
use crate::support::{copy_dir, fixture, run};

use std::path::{Path, PathBuf};

const BASE: &str = "https://www.birchfield-clinic.example";
/// Before any alert page is published.
const BEFORE: &str = "2026-11-10";
/// Every alert showing.
const DURING: &str = "2026-12-02T09:00:00-06:00";
/// The snow closure over, the others showing.
const LATER: &str = "2026-12-05";
/// Every `until` past.
const AFTER: &str = "2027-01-02";

/// A built copy of the fixture at `now`.
struct Built {
    _tmp: tempfile::TempDir,
    out: PathBuf,
}

impl Built {
    fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.out.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }
}

fn build_at(root: &Path, now: &str) -> Built {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    let r = run(&["build", "--root", root.to_str().unwrap(), "--output", out.to_str().unwrap(), "--now", now]);
    assert_eq!(r.code, 0, "build at {now}:\n{}\n{}", r.stdout, r.stderr);
    Built { _tmp: tmp, out }
}

/// The banners of an HTML page as (level class, role, aria-label, link) in order.
fn banners(html: &str) -> Vec<(String, String, Option<String>, String)> {
    let doc = scraper::Html::parse_document(html);
    let alert = scraper::Selector::parse("body > .alerts > .alert").unwrap();
    let link = scraper::Selector::parse("a").unwrap();
    doc.select(&alert)
        .map(|e| {
            let v = e.value();
            let level = v.classes().find(|c| c.starts_with("alert-")).unwrap_or("").to_string();
            let href = e.select(&link).next().and_then(|a| a.value().attr("href")).unwrap_or("").to_string();
            (level, v.attr("role").unwrap_or("").to_string(), v.attr("aria-label").map(str::to_string), href)
        })
        .collect()
}

/// The banner links of a page, in order.
fn banner_links(html: &str) -> Vec<String> {
    banners(html).into_iter().map(|b| b.3).collect()
}

/// Entry ids (the permalinks) of each of the three feeds in `folder`, parsed by feed-rs.
fn feed_ids(b: &Built, folder: &str) -> [Vec<String>; 3] {
    ["rss.xml", "atom.xml", "feed.json"].map(|f| {
        let text = b.read(&format!("{folder}{f}"));
        let feed = feed_rs::parser::parse(text.as_bytes()).unwrap_or_else(|e| panic!("{folder}{f}: feed-rs: {e}"));
        feed.entries.into_iter().map(|e| e.id).collect()
    })
}

fn url(path: &str) -> String {
    format!("{BASE}{path}")
}

fn schedule(root: &Path, now: &str) -> Vec<String> {
    let r = run(&["schedule", "--root", root.to_str().unwrap(), "--now", now]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    r.stdout.lines().map(str::to_string).collect()
}

#[test]
fn before_the_alert_pages_publish_nothing_shows_and_schedule_lists_the_ends() {
    let b = build_at(&fixture("alerts"), BEFORE);
    for page in ["index.html", "tips/hand-washing/index.html", "news/index.html", "404.html"] {
        assert!(banners(&b.read(page)).is_empty(), "{page} has no banner before the alerts publish");
    }
    let [rss, atom, json] = feed_ids(&b, "");
    assert_eq!(rss, vec![url("/tips/hand-washing/")]);
    assert_eq!((&atom, &json), (&rss, &rss));
    let lines = schedule(&fixture("alerts"), BEFORE);
    let ends: Vec<&String> = lines.iter().filter(|l| l.contains("alert-end")).collect();
    assert_eq!(ends.len(), 4, "{lines:#?}");
    assert!(ends[0].starts_with("2026-12-03T08:00:00-06:00  alert-end  /news/snow-closure/"), "{lines:#?}");
    assert!(ends[3].starts_with("2027-01-01T00:00:00-06:00  alert-end  /news/flu-clinic/"), "{lines:#?}");
    // A scheduled alert page publishes first; its banner starts then.
    assert!(lines[0].contains("publish    /news/flu-clinic/"), "{lines:#?}");
}

#[test]
fn during_every_page_carries_the_banners_urgent_first_then_warning_then_info_newest_first() {
    let b = build_at(&fixture("alerts"), DURING);
    let want = ["/news/snow-closure/", "/news/norovirus/", "/news/new-pediatrician/", "/news/flu-clinic/"];
    for page in
        ["index.html", "tips/hand-washing/index.html", "news/index.html", "news/snow-closure/index.html", "tags/index.html", "404.html"]
    {
        assert_eq!(banner_links(&b.read(page)), want, "{page}");
    }
    let home = b.read("index.html");
    let got = banners(&home);
    // Urgent: announced as it loads. The others: labelled regions.
    assert_eq!((got[0].0.as_str(), got[0].1.as_str(), got[0].2.as_deref()), ("alert-urgent", "alert", None));
    assert_eq!((got[1].0.as_str(), got[1].1.as_str()), ("alert-warning", "region"));
    assert_eq!(got[1].2.as_deref(), Some("Warning: Stomach bug going around: please call before you come"));
    assert_eq!((got[3].0.as_str(), got[3].1.as_str()), ("alert-info", "region"));
    assert!(got[3].2.as_deref().is_some_and(|l| l.starts_with("Notice: ")));
    assert!(home.contains("(until December 3, 2026, 8:00 AM)"), "the end is shown");
    assert!(home.contains("(through December 31, 2026)"), "a midnight end reads as the day before");
    let scripts = home.matches("<script").count();
    assert_eq!(scripts, home.matches("<script type=\"application/ld+json\"").count(), "no JavaScript, only JSON-LD data");
    // The banner comes before the header, right after the skip link.
    assert!(home.find("class=\"alerts\"").unwrap() < home.find("class=\"site-header\"").unwrap());
    // The feeds that hold the alert pages start with them, in banner order.
    let pinned: Vec<String> = want.iter().map(|p| url(p)).collect();
    for folder in ["", "news/"] {
        for ids in feed_ids(&b, folder) {
            assert_eq!(ids[..4], pinned[..], "{folder}: alerts on top: {ids:#?}");
        }
    }
    let [rss, ..] = feed_ids(&b, "");
    assert_eq!(rss[4..], [url("/news/holiday-hours/"), url("/tips/hand-washing/")], "then the rest, newest first, each once");
    // Feeds without them stay as they are: a scheduler that watches several
    // feeds must not post an alert once per feed.
    let [tips, ..] = feed_ids(&b, "tips/");
    assert_eq!(tips, [url("/tips/hand-washing/")]);
    let ends = schedule(&fixture("alerts"), DURING);
    assert_eq!(ends.len(), 4, "only the four ends are ahead: {ends:#?}");
    assert!(ends.iter().all(|l| l.contains("alert-end")), "{ends:#?}");
    let next = run(&["schedule", "--root", fixture("alerts").to_str().unwrap(), "--now", DURING, "--next"]);
    assert_eq!(next.stdout.trim(), "2026-12-03T08:00:00-06:00", "the next change is the snow banner coming down");
}

#[test]
fn after_until_an_alert_is_left_out_but_its_page_stays() {
    let b = build_at(&fixture("alerts"), LATER);
    assert_eq!(banner_links(&b.read("index.html")), ["/news/norovirus/", "/news/new-pediatrician/", "/news/flu-clinic/"]);
    assert!(b.read("news/snow-closure/index.html").contains("Closed for snow"), "the news post itself stays");
    let [rss, atom, json] = feed_ids(&b, "");
    assert_eq!(rss[..3], [url("/news/norovirus/"), url("/news/new-pediatrician/"), url("/news/flu-clinic/")]);
    assert_eq!(rss[3], url("/news/snow-closure/"), "no longer pinned: in date order");
    assert_eq!((&atom, &json), (&rss, &rss));

    let b = build_at(&fixture("alerts"), AFTER);
    for page in ["index.html", "news/index.html", "news/flu-clinic/index.html"] {
        assert!(banners(&b.read(page)).is_empty(), "{page}: every alert is over");
    }
    let [rss, atom, json] = feed_ids(&b, "");
    let by_date = ["/news/snow-closure/", "/news/holiday-hours/", "/news/new-pediatrician/", "/news/norovirus/", "/news/flu-clinic/"];
    assert_eq!(rss[..5], by_date.map(url)[..]);
    assert_eq!((&atom, &json), (&rss, &rss));
    let lines = schedule(&fixture("alerts"), AFTER);
    assert!(lines.iter().all(|l| !l.contains("alert-end")), "{lines:#?}");
    let r = run(&["report", "--root", fixture("alerts").to_str().unwrap(), "--now", AFTER, "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("report: {e}\n{}", r.stderr));
    assert_eq!(v["alerts"], serde_json::json!([]), "ended alerts are not listed");
    assert_eq!(v["summary"]["alerts_active"], 0);
}

#[test]
fn a_draft_alert_never_shows() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_dir(&fixture("alerts"), &root);
    let snow = root.join("content/news/snow-closure.md");
    let text = std::fs::read_to_string(&snow).unwrap().replacen("+++\n", "+++\ndraft = true\n", 1);
    std::fs::write(&snow, text).unwrap();
    let b = build_at(&root, DURING);
    assert_eq!(banner_links(&b.read("index.html"))[0], "/news/norovirus/");
    assert!(schedule(&root, DURING).iter().all(|l| !l.contains("snow-closure")));
}

/// Replaces the alert line of the snow closure and builds; returns stderr.
fn build_with_alert(alert_line: &str, file: &str) -> (i32, String) {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_dir(&fixture("alerts"), &root);
    let path = root.join(file);
    let text = std::fs::read_to_string(root.join("content/news/snow-closure.md")).unwrap();
    let text = text.lines().map(|l| if l.starts_with("alert = ") { alert_line } else { l }).collect::<Vec<_>>().join("\n");
    std::fs::write(&path, text).unwrap();
    let out = tmp.path().join("out");
    let r = run(&["build", "--root", root.to_str().unwrap(), "--output", out.to_str().unwrap(), "--now", DURING]);
    assert!(!out.exists(), "a failed build writes nothing");
    (r.code, r.stderr)
}

#[test]
fn until_is_required_with_file_line_column_and_what_to_do() {
    let (code, err) = build_with_alert("alert = { level = \"urgent\" }", "content/news/snow-closure.md");
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("error build/alert content/news/snow-closure.md:5:1 `alert` has no `until`"), "{err}");
    assert!(err.contains("hint: add when the banner comes down, e.g. alert = {"), "{err}");
}

#[test]
fn bad_levels_dates_and_places_are_errors_at_their_key() {
    let (code, err) = build_with_alert("alert = { level = \"urgnet\", until = 2026-12-03 }", "content/news/snow-closure.md");
    assert_eq!(code, 1);
    assert!(err.contains("build/alert content/news/snow-closure.md:5:11 `alert.level` is \"urgnet\", which is not a level"), "{err}");
    assert!(err.contains("did you mean \"urgent\"?"), "{err}");
    let (_, err) = build_with_alert("alert = { level = \"info\", until = \"soon\" }", "content/news/snow-closure.md");
    assert!(err.contains("build/date content/news/snow-closure.md:5:") && err.contains("`until` value `soon` is not a date"), "{err}");
    let (_, err) = build_with_alert("alert = { level = \"info\", until = 2026-11-01 }", "content/news/snow-closure.md");
    assert!(err.contains("`alert.until` is not after the page's `date`"), "{err}");
    let (_, err) = build_with_alert("alert = { level = \"info\", untill = 2026-12-05 }", "content/news/snow-closure.md");
    assert!(err.contains("build/unknown-key") && err.contains("did you mean `until`?"), "{err}");
    // A tip cannot raise a site-wide banner (SPEC §3: on a news page).
    let (code, err) = build_with_alert("alert = { level = \"info\", until = 2026-12-05 }", "content/tips/snow.md");
    assert_eq!(code, 1);
    assert!(
        err.contains("build/alert content/tips/snow.md:5:1 `alert` is for news pages, and this page is in the `tips` section"),
        "{err}"
    );
}

#[test]
fn banner_colours_meet_wcag_aa_contrast() {
    use carepress::color::{contrast, parse_hex};
    let css = carepress::render::templates::BUILTIN_CSS;
    for level in ["info", "warning", "urgent"] {
        let rule = css.split(&format!(".alert-{level}{{")).nth(1).and_then(|r| r.split('}').next()).expect("a rule per level");
        let prop = |name: &str| {
            rule.split(';')
                .find_map(|d| d.strip_prefix(&format!("{name}:")))
                .and_then(parse_hex)
                .unwrap_or_else(|| panic!("{level} {name}"))
        };
        let ratio = contrast(prop("color"), prop("background"));
        assert!(ratio >= 7.0, ".alert-{level}: text contrast {ratio:.2}:1, want AAA 7:1 (AA is 4.5:1)");
        // The border marks the banner's edge: non-text contrast 3:1 against white.
        assert!(contrast(prop("border-color"), (255, 255, 255)) >= 3.0, ".alert-{level} border");
    }
}
