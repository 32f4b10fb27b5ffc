//! `carepress watch` end to end: the real binary on a copy of
//! tests/fixtures/watch-site in a temporary folder, observed only over HTTP
//! (plain `std::net`): pages served from memory, live-reload events on the
//! SSE endpoint after edits, the error overlay and recovery, path traversal
//! refusal, content types, the 404 page, the local base URL and the port
//! fallback; the share preview (share_preview). Timeouts are generous (30 s);
//! nothing asserts on timing. The harness is harness.rs.

mod harness;
mod share_preview;

use harness::*;
use std::net::{SocketAddr, TcpListener};
use std::path::PathBuf;

// ---------------------------------------------------------------- tests

#[test]
fn editing_a_tip_sends_reload_and_serves_the_new_text() {
    let w = Watch::start();
    let first = w.get("/tips/hydration/");
    assert_eq!(first.status, 200, "{}", w.output());
    assert!(first.text().contains("Keep a water bottle nearby"));
    let mut sse = w.events();

    // Body text, written in place.
    let text = w.read("content/tips/hydration.md").replace("Keep a water bottle nearby", "Carry a refillable bottle");
    w.write("content/tips/hydration.md", &text);
    assert_eq!(sse.expect("reload").data, "full");
    let page = w.get("/tips/hydration/");
    assert_eq!(page.status, 200);
    assert!(page.text().contains("Carry a refillable bottle"), "{}", page.text());
    assert!(!page.text().contains("Keep a water bottle nearby"));

    // Title, written the "safe write" way: the page, its section listing,
    // its tag pages and the feeds all show it.
    let text = text.replace("Drink water through the day", "Sip water all day long");
    w.write_atomic("content/tips/hydration.md", &text);
    sse.expect("reload");
    for path in ["/tips/hydration/", "/tips/", "/tags/hydration/", "/tags/summer/", "/rss.xml", "/tips/atom.xml", "/feed.json"] {
        let r = w.get(path);
        assert_eq!(r.status, 200, "{path}");
        assert!(r.text().contains("Sip water all day long"), "{path} still shows the old title:\n{}", r.text());
    }
    assert!(!w.get("/tips/").text().contains("Drink water through the day"));

    // Another tip, edited afterwards, is picked up too.
    let text = w.read("content/tips/sleep.md").replace("weekends included", "weekends and holidays included");
    w.write("content/tips/sleep.md", &text);
    sse.expect("reload");
    assert!(w.get("/tips/sleep/").text().contains("weekends and holidays included"));
    assert!(status_json(&w)["error"].is_null());
}

#[test]
fn related_tips_follow_title_and_tag_changes() {
    let w = Watch::start();
    let mut sse = w.events();
    // summer-heat shares tags with hydration, so each shows the other as related.
    assert!(w.get("/tips/summer-heat/").text().contains("Drink water through the day"));
    assert!(!w.get("/tips/sleep/").text().contains("Wash your hands well"));

    // A new title shows on the cards of the tips that list it as related.
    let text = w.read("content/tips/hydration.md").replace("Drink water through the day", "Water, all day long");
    w.write("content/tips/hydration.md", &text);
    sse.expect("reload");
    let other = w.get("/tips/summer-heat/").text();
    assert!(other.contains("Water, all day long"), "{other}");
    assert!(!other.contains("Drink water through the day"), "{other}");

    // A new tag makes a page related to others with that tag.
    let text = w.read("content/tips/handwashing.md").replace("tags = [\"prevention\"]", "tags = [\"prevention\", \"sleep\"]");
    w.write("content/tips/handwashing.md", &text);
    sse.expect("reload");
    assert!(w.get("/tips/sleep/").text().contains("Wash your hands well"));
    assert!(w.get("/tags/sleep/").text().contains("Wash your hands well"));
    assert!(w.get("/tags/sleep/rss.xml").text().contains("Wash your hands well"));
    // ... and removing it undoes that.
    let text = text.replace("tags = [\"prevention\", \"sleep\"]", "tags = [\"prevention\"]");
    w.write("content/tips/handwashing.md", &text);
    sse.expect("reload");
    assert!(!w.get("/tips/sleep/").text().contains("Wash your hands well"));
    assert!(!w.get("/tags/sleep/").text().contains("Wash your hands well"));
    assert!(!w.get("/tags/sleep/rss.xml").text().contains("Wash your hands well"));

    // A description (the card text) change reaches related cards and feeds.
    let text = w.read("content/tips/summer-heat.md").replace("Shade, light clothing", "Shade, loose cotton clothing");
    w.write("content/tips/summer-heat.md", &text);
    sse.expect("reload");
    assert!(w.get("/tips/hydration/").text().contains("Shade, loose cotton clothing"));
    assert!(w.get("/tips/").text().contains("Shade, loose cotton clothing"));
    assert!(w.get("/tags/summer/atom.xml").text().contains("Shade, loose cotton clothing"));
}

#[test]
fn css_changes_send_css_events() {
    let w = Watch::start();
    let mut sse = w.events();

    // A new stylesheet under static/.
    w.write("static/extra.css", "body { color: #123456; }\n");
    let ev = sse.expect("css");
    assert_eq!(ev.data, "/extra.css");
    let r = w.get("/extra.css");
    assert_eq!(r.status, 200);
    assert!(r.content_type().starts_with("text/css"), "{}", r.head);
    assert_eq!(r.text(), "body { color: #123456; }\n");

    // Changing it again.
    w.write("static/extra.css", "body { color: #654321; }\n");
    assert_eq!(sse.expect("css").data, "/extra.css");
    assert_eq!(w.get("/extra.css").text(), "body { color: #654321; }\n");

    // Overriding the theme's stylesheet.
    let theme_css = w.get("/carepress.css");
    assert_eq!(theme_css.status, 200);
    assert!(theme_css.body.len() > 100);
    w.write("static/carepress.css", "/* site override */\nbody { margin: 0; }\n");
    assert_eq!(sse.expect("css").data, "/carepress.css");
    assert_eq!(w.get("/carepress.css").text(), "/* site override */\nbody { margin: 0; }\n");
}

#[test]
fn pages_created_deleted_and_renamed() {
    let w = Watch::start();
    let mut sse = w.events();
    assert_eq!(w.get("/tips/stretching/").status, 404);

    // Created.
    w.write_atomic(
        "content/tips/stretching.md",
        "+++\ntitle = \"Stretch after sitting\"\ndescription = \"A minute of stretching every hour eases a stiff back and neck.\"\n\
         date = 2026-06-01\ntags = [\"exercise\"]\n+++\n\nStand up once an hour and stretch your arms overhead.\n",
    );
    sse.expect("reload");
    let r = w.get("/tips/stretching/");
    assert_eq!(r.status, 200, "{}", w.output());
    assert!(r.text().contains("Stand up once an hour"));
    assert!(w.get("/tips/").text().contains("Stretch after sitting"));
    assert_eq!(w.get("/tags/exercise/").status, 200);
    assert!(w.get("/sitemap.xml").text().contains("/tips/stretching/"));

    // Deleted.
    std::fs::remove_file(w.path("content/tips/stretching.md")).unwrap();
    sse.expect("reload");
    let r = w.get("/tips/stretching/");
    assert_eq!(r.status, 404);
    assert!(r.content_type().starts_with("text/html"));
    assert!(!w.get("/tips/").text().contains("Stretch after sitting"));
    assert_eq!(w.get("/tags/exercise/").status, 404);
    assert!(!w.get("/sitemap.xml").text().contains("/tips/stretching/"));

    // Renamed (nothing links to sleep.md).
    std::fs::rename(w.path("content/tips/sleep.md"), w.path("content/tips/sleep-schedule.md")).unwrap();
    sse.expect("reload");
    assert_eq!(w.get("/tips/sleep/").status, 404);
    let r = w.get("/tips/sleep-schedule/");
    assert_eq!(r.status, 200, "{}", w.output());
    assert!(r.text().contains("Sleep on a schedule"));
    assert!(status_json(&w)["error"].is_null());
}

#[test]
fn broken_front_matter_shows_an_error_then_recovers() {
    let w = Watch::start();
    let mut sse = w.events();
    let good = w.read("content/tips/hydration.md");
    assert!(good.starts_with("+++\ntitle = "));

    // An unknown key on line 3 of the file.
    let broken = good.replacen("description = ", "descripton = ", 1).replace("Keep a water bottle nearby", "BROKEN EDIT");
    let line = broken.lines().position(|l| l.starts_with("descripton")).unwrap() + 1;
    w.write("content/tips/hydration.md", &broken);
    let ev = sse.expect("error");
    let overlay: serde_json::Value = serde_json::from_str(&ev.data).unwrap_or_else(|e| panic!("{e}: {}", ev.data));
    let items = overlay["items"].as_array().unwrap();
    let item =
        items.iter().find(|i| i["file"] == "content/tips/hydration.md").unwrap_or_else(|| panic!("no item names the file: {overlay}"));
    assert_eq!(item["line"], line, "{overlay}");
    assert!(item["message"].as_str().unwrap().contains("descripton"), "{overlay}");
    assert!(item["hint"].as_str().unwrap_or("").contains("description"), "{overlay}");

    // The overlay is in the status too; the previous page is still served.
    let status = status_json(&w);
    assert_eq!(status["error"]["items"], overlay["items"], "{status}");
    let r = w.get("/tips/hydration/");
    assert_eq!(r.status, 200);
    assert!(r.text().contains("Keep a water bottle nearby"));
    assert!(!r.text().contains("BROKEN EDIT"));
    // A tab that connects now is told about the error straight away.
    let mut late = w.events();
    let ev = late.expect("error");
    assert!(ev.data.contains("content/tips/hydration.md"), "{}", ev.data);

    // Editing a different page does not hide the error: the site is still broken.
    let sleep = w.read("content/tips/sleep.md").replace("weekends included", "weekends too");
    w.write("content/tips/sleep.md", &sleep);
    let ev = sse.expect("error");
    assert!(ev.data.contains("content/tips/hydration.md"), "{}", ev.data);
    assert!(!status_json(&w)["error"].is_null(), "the error was cleared while hydration.md is still broken");

    // Fixed: the error clears and the new content is served.
    let fixed = good.replace("Keep a water bottle nearby", "FIXED EDIT");
    w.write("content/tips/hydration.md", &fixed);
    sse.expect("cleared");
    assert!(status_json(&w)["error"].is_null());
    let r = w.get("/tips/hydration/");
    assert_eq!(r.status, 200);
    assert!(r.text().contains("FIXED EDIT"), "{}", r.text());
    assert!(w.get("/tips/sleep/").text().contains("weekends too"));

    // Later edits reload as usual.
    w.write("content/tips/hydration.md", &good);
    sse.expect("reload");
    assert!(w.get("/tips/hydration/").text().contains("Keep a water bottle nearby"));
}

#[test]
fn template_overrides_rerender() {
    let w = Watch::start();
    let mut sse = w.events();
    let missing = w.get("/no-such-page/");
    assert_eq!(missing.status, 404);
    assert!(!missing.text().contains("CUSTOM-404"));

    // A new templates/ folder with an override of the 404 page.
    w.write("templates/404.html", "{% extends \"base.html\" %}{% block content %}<h1>CUSTOM-404 nothing here</h1>{% endblock content %}");
    sse.expect("reload");
    let r = w.get("/no-such-page/");
    assert_eq!(r.status, 404);
    assert!(r.text().contains("CUSTOM-404 nothing here"), "{}", r.text());

    // Editing the override.
    w.write("templates/404.html", "{% extends \"base.html\" %}{% block content %}<h1>CUSTOM-404 still nothing</h1>{% endblock content %}");
    sse.expect("reload");
    assert!(w.get("/no-such-page/").text().contains("CUSTOM-404 still nothing"));

    // A broken template is an error; the site keeps serving; fixing it recovers.
    w.write("templates/404.html", "{% extends \"base.html\" %}{% block content %}<h1>{{ oops </h1>{% endblock content %}");
    let ev = sse.expect("error");
    assert!(ev.data.contains("404.html"), "{}", ev.data);
    assert!(w.get("/no-such-page/").text().contains("CUSTOM-404 still nothing"));
    std::fs::remove_file(w.path("templates/404.html")).unwrap();
    sse.expect("cleared");
    let r = w.get("/no-such-page/");
    assert_eq!(r.status, 404);
    assert!(!r.text().contains("CUSTOM-404"));
}

#[test]
fn traversal_is_refused() {
    let w = Watch::start();
    let secret = std::fs::read_to_string(w.path("site.toml")).unwrap();
    assert!(secret.contains("birch-test-clinic"));
    for path in
        ["/../site.toml", "/%2e%2e/%2e%2e/etc/passwd", "/tips/..%2f..%2fsite.toml", "/tips/%2E%2E/%2E%2E/site.toml", "/..%5csite.toml"]
    {
        let r = raw(w.addr, &format!("GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
        assert_eq!(r.status, 400, "{path}: {}", r.head);
        let body = r.text();
        assert!(!body.contains("birch-test-clinic") && !body.contains("root:"), "{path} leaked: {body}");
    }
    // An ordinary request on the same server works.
    assert_eq!(w.get("/tips/").status, 200);
}

#[test]
fn content_types_404_and_local_base_url() {
    let w = Watch::start();
    let cases = [
        ("/", "text/html; charset=utf-8"),
        ("/tips/hydration/", "text/html; charset=utf-8"),
        ("/carepress.css", "text/css; charset=utf-8"),
        ("/rss.xml", "application/rss+xml; charset=utf-8"),
        ("/atom.xml", "application/atom+xml; charset=utf-8"),
        ("/feed.json", "application/feed+json; charset=utf-8"),
        ("/tips/rss.xml", "application/rss+xml; charset=utf-8"),
        ("/sitemap.xml", "application/xml; charset=utf-8"),
        ("/images/photo.png", "image/png"),
        ("/images/photo.jpg", "image/jpeg"),
        ("/images/logo.svg", "image/svg+xml"),
        ("/__carepress/reload.js", "text/javascript; charset=utf-8"),
    ];
    for (path, ct) in cases {
        let r = w.get(path);
        assert_eq!(r.status, 200, "{path}");
        assert_eq!(r.content_type(), ct, "{path}");
        assert!(!r.body.is_empty(), "{path}");
    }
    assert_eq!(w.get("/images/photo.png").body, std::fs::read(w.path("static/images/photo.png")).unwrap());

    // HTML gets the reload script; other files are served as they are.
    assert!(w.get("/").text().contains("<script src=\"/__carepress/reload.js\""));
    assert!(!w.get("/rss.xml").text().contains("reload.js"));

    // The 404 page, with status 404.
    let r = w.get("/no/such/page/");
    assert_eq!(r.status, 404);
    assert!(r.content_type().starts_with("text/html"));
    assert!(r.text().contains("Birch Test Clinic"), "not the site's 404 page: {}", r.text());
    assert_eq!(w.get("/images/missing.png").status, 404);
    // A folder without its slash redirects.
    let r = w.get("/tips");
    assert_eq!(r.status, 301);
    assert_eq!(r.header("location").as_deref(), Some("/tips/"));

    // base_url is the local address: canonical links, feeds and the sitemap.
    let base = w.url();
    assert!(base.starts_with("http://127.0.0.1:"), "{base}");
    let page = w.get("/tips/hydration/").text();
    assert!(page.contains(&format!("<link rel=\"canonical\" href=\"{base}tips/hydration/\">")), "{page}");
    assert!(!page.contains("www.birch-test-clinic.example/tips"), "{page}");
    assert!(w.get("/sitemap.xml").text().contains(&format!("<loc>{base}tips/hydration/</loc>")));
    assert!(w.get("/rss.xml").text().contains(&format!("{base}tips/hydration/")));
    let feed: serde_json::Value = serde_json::from_slice(&w.get("/feed.json").body).unwrap();
    assert_eq!(feed["home_page_url"], base.as_str(), "{feed}");
}

#[test]
fn a_port_in_use_falls_back_to_the_next_one() {
    // Keep a port busy; watch must pick another and say so.
    let busy = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = busy.local_addr().unwrap().port();
    let mut w = Watch::start_on(port);
    assert_ne!(w.addr.port(), port, "{}", w.output());
    let notice = w.wait_output(|out| out.lines().find(|l| l.contains("in use")).map(str::to_string));
    assert!(notice.contains(&port.to_string()) && notice.contains(&w.addr.port().to_string()), "{notice}");
    let r = w.get("/");
    assert_eq!(r.status, 200);
    assert!(r.text().contains(&format!("http://127.0.0.1:{}/", w.addr.port())));
    drop(busy);
}

/// The incremental path (`WatchedSite::apply` with one edited page) must give
/// byte for byte what a full build of the same files gives.
#[test]
fn incremental_updates_match_a_full_build() {
    use carepress::watch::{Edit, WatchedSite};
    let (dir, opts) = fixture_copy_and_options();
    let mut live = WatchedSite::load(opts.clone()).unwrap();
    let steps: &[(&str, &str, &str)] = &[
        ("hydration.md", "Keep a water bottle nearby", "Keep a steel bottle nearby"),
        ("hydration.md", "title = \"Drink water through the day\"", "title = \"Water all day\""),
        ("summer-heat.md", "description = \"Shade, light clothing", "description = \"Shade, loose clothing"),
        // No description: the first paragraph is the card text.
        ("sleep.md", "description = \"Going to bed and waking up at the same time helps adults and children sleep better.\"\n", ""),
        ("sleep.md", "Try to go to bed", "Aim to go to bed"),
        ("handwashing.md", "tags = [\"prevention\"]", "tags = [\"prevention\", \"summer\"]"),
        ("handwashing.md", "date = 2026-05-20", "date = 2026-07-01"),
        ("hydration.md", "date = 2026-03-15", "date = 2026-03-15\nupdated = 2026-09-01"),
        ("summer-heat.md", "tags = [\"summer\", \"hydration\"]", "tags = [\"hydration\"]"),
        ("handwashing.md", "Wet, lather", "```sh\necho wash\n```\n\nWet, lather"),
        ("handwashing.md", "```sh\necho wash\n```\n\n", ""),
        ("sleep.md", "date = 2026-04-02", "date = 2027-04-02"),
    ];
    for (n, (file, from, to)) in steps.iter().enumerate() {
        let rel = format!("content/tips/{file}");
        let path = dir.path().join(&rel);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "step {n}: {from:?} not in {file}");
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
        let changed = live.apply(&[Edit::Content(PathBuf::from(&rel))]).unwrap_or_else(|e| panic!("step {n}: {e}"));
        assert!(!changed.is_empty(), "step {n}: nothing changed");
        let full = WatchedSite::load(opts.clone()).unwrap();
        let (a, b) = (live.files(), full.files());
        let mut differ: Vec<&String> = a.keys().chain(b.keys()).filter(|k| a.get(*k) != b.get(*k)).collect();
        differ.sort();
        differ.dedup();
        assert!(differ.is_empty(), "step {n} ({file}: {from:?} -> {to:?}): differs from a full build: {differ:?}");
    }
}

#[test]
fn an_edit_that_names_a_patient_is_refused_like_build_refuses_it() {
    let w = Watch::start();
    let mut sse = w.events();
    // The fixture turns the PHI gate off; turn it on (a full rebuild), so
    // the edit below goes through the incremental path with the gate on.
    // The description changes too, so the rebuild changes files and reloads.
    let toml = w.read("site.toml").replace("phi = \"off\"", "phi = \"error\"").replace("A fictitious family clinic", "A fictitious clinic");
    assert!(toml.contains("phi = \"error\"") && toml.contains("A fictitious clinic"));
    w.write("site.toml", &toml);
    sse.expect("reload");
    assert!(status_json(&w)["error"].is_null(), "the fixture passes the gate: {}", status_json(&w));

    // A fictitious patient named next to her diagnosis and surgery.
    let good = w.read("content/tips/sleep.md");
    let leak = "Our patient Harriet Quillfeather was diagnosed with sleep apnea and underwent surgery last spring.";
    w.write("content/tips/sleep.md", &good.replace("weekends included.", &format!("weekends included.\n\n{leak}")));
    let ev = sse.expect("error");
    let overlay: serde_json::Value = serde_json::from_str(&ev.data).unwrap_or_else(|e| panic!("{e}: {}", ev.data));
    let items = overlay["items"].as_array().unwrap();
    let item = items
        .iter()
        .find(|i| i["file"] == "content/tips/sleep.md" && i["rule"] == "phi/name")
        .unwrap_or_else(|| panic!("the overlay does not carry the phi/name finding: {overlay}"));
    let at = good.lines().position(|l| l.contains("weekends included.")).unwrap() + 1;
    assert_eq!(item["line"], at + 2, "{overlay}");
    // The finding is redacted, in the overlay as in the terminal.
    assert!(!ev.data.contains("Quillfeather"), "{}", ev.data);
    assert!(!w.output().contains("Quillfeather"), "{}", w.output());
    // The edited page is not served; the previous one is.
    let r = w.get("/tips/sleep/");
    assert_eq!(r.status, 200);
    assert!(!r.text().contains("Quillfeather"), "the refused edit is served");
    assert!(r.text().contains("weekends included"));
    for feed in ["/rss.xml", "/feed.json", "/tips/atom.xml"] {
        assert!(!w.get(feed).text().contains("Quillfeather"), "{feed} carries the refused edit");
    }

    // Fixed: the error clears and the new text is served.
    w.write("content/tips/sleep.md", &good.replace("weekends included", "weekends and holidays included"));
    sse.expect("cleared");
    assert!(w.get("/tips/sleep/").text().contains("weekends and holidays included"));
}

/// The page model (`phi/story`) is part of the one gate too: a tip edited
/// into one patient's story, with no name any rule reads as a patient's,
/// is refused by an incremental rebuild as `build` refuses it, and the
/// page's `compliance = { allow = ["phi/story"] }` accepts it.
#[test]
fn an_edit_that_tells_a_patients_story_is_refused_by_the_page_model() {
    let w = Watch::start();
    let mut sse = w.events();
    let toml = w.read("site.toml").replace("phi = \"off\"", "phi = \"error\"").replace("A fictitious family clinic", "A fictitious clinic");
    w.write("site.toml", &toml);
    sse.expect("reload");
    let good = w.read("content/tips/sleep.md");
    let story = "Siobhan came in last week after a fall at the mart. She had the hip done above in Limerick and she is \
home now, walking with a frame. On Monday her daughter told us she is delighted, and she sends her thanks.";
    let edited = good.replace("weekends included.", &format!("weekends included.\n\n{story}"));
    w.write("content/tips/sleep.md", &edited);
    let ev = sse.expect("error");
    let overlay: serde_json::Value = serde_json::from_str(&ev.data).unwrap_or_else(|e| panic!("{e}: {}", ev.data));
    let found = overlay["items"].as_array().unwrap().iter().any(|i| i["file"] == "content/tips/sleep.md" && i["rule"] == "phi/story");
    assert!(found, "the overlay does not carry the phi/story finding: {overlay}");
    assert!(!ev.data.contains("Siobhan"), "{}", ev.data);
    assert!(!w.get("/tips/sleep/").text().contains("Limerick"), "the refused edit is served");

    // The writer says it is no patient's story: accepted, served.
    let allowed = edited.replacen(
        "tags = [\"sleep\"]",
        "tags = [\"sleep\"]\ncompliance = { allow = [\"phi/story\"], reason = \"an invented example\" }",
        1,
    );
    assert_ne!(allowed, edited);
    w.write("content/tips/sleep.md", &allowed);
    sse.expect("cleared");
    assert!(w.get("/tips/sleep/").text().contains("Limerick"));
}

/// The page model's staff words come from the titles of staff-like
/// folders (`doctors/` here, no team section): a title edited there
/// reaches the verdicts of an incremental rebuild as it reaches a full
/// one's. The story names "Siobhan"; once a doctor is titled "Siobhan
/// Byrne", the page model no longer reads her as an unknown patient.
#[test]
fn a_staff_title_edited_in_a_doctors_folder_reaches_the_page_model() {
    use carepress::watch::{Edit, WatchedSite};
    let (dir, opts) = fixture_copy_and_options();
    let root = dir.path();
    let toml = std::fs::read_to_string(root.join("site.toml")).unwrap().replace("phi = \"off\"", "phi = \"error\"");
    std::fs::write(root.join("site.toml"), toml).unwrap();
    std::fs::create_dir_all(root.join("content/doctors")).unwrap();
    std::fs::write(root.join("content/doctors/_index.md"), "+++\ntitle = \"Our doctors\"\n+++\n").unwrap();
    let doctor = "+++\ntitle = \"Maeve Byrne\"\ndate = 2026-01-05\n+++\nDr Byrne sees families on weekdays.\n";
    std::fs::write(root.join("content/doctors/byrne.md"), doctor).unwrap();
    let mut live = WatchedSite::load(opts.clone()).unwrap_or_else(|e| panic!("the site loads: {e}"));
    std::fs::write(root.join("content/doctors/byrne.md"), doctor.replace("Maeve Byrne", "Siobhan Byrne")).unwrap();
    live.apply(&[Edit::Content(PathBuf::from("content/doctors/byrne.md"))]).unwrap_or_else(|e| panic!("the title edit: {e}"));
    let sleep = std::fs::read_to_string(root.join("content/tips/sleep.md")).unwrap();
    let story = "Siobhan came in last week after a fall at the mart. She had the hip done above in Limerick and she is \
home now, walking with a frame. On Monday her daughter told us she is delighted, and she sends her thanks.";
    std::fs::write(root.join("content/tips/sleep.md"), sleep.replace("weekends included.", &format!("weekends included.\n\n{story}")))
        .unwrap();
    let verdict = |r: Result<(), carepress::error::Error>| match r {
        Ok(()) => "built".to_string(),
        Err(e) => format!("{e:?}"),
    };
    let incremental = verdict(live.apply(&[Edit::Content(PathBuf::from("content/tips/sleep.md"))]).map(|_| ()));
    let full = verdict(WatchedSite::load(opts).map(|_| ()));
    assert_eq!(incremental, full, "an incremental rebuild and a full one disagree");
}

/// The URLs a page refers to: `href`, `src` and `srcset` candidates, and
/// the `content` of `<meta>` tags that hold a URL (og:image, twitter:image…).
fn urls_in(html: &str) -> Vec<String> {
    let doc = scraper::Html::parse_document(html);
    let sel = scraper::Selector::parse("[href], [src], [srcset], meta[content]").unwrap();
    let mut out = Vec::new();
    for el in doc.select(&sel) {
        let v = el.value();
        out.extend(v.attr("href").map(str::to_string));
        out.extend(v.attr("src").map(str::to_string));
        if let Some(set) = v.attr("srcset") {
            out.extend(set.split(',').filter_map(|c| c.split_whitespace().next()).map(str::to_string));
        }
        if v.name() == "meta"
            && let Some(c) = v.attr("content").filter(|c| c.starts_with("http://"))
        {
            out.push(c.to_string());
        }
    }
    out
}

/// The request path of `url` when it is on this `watch` server (root-relative,
/// or absolute on `addr`); `None` for other hosts, fragments, `tel:`, `mailto:`.
fn local_path(url: &str, addr: SocketAddr) -> Option<String> {
    let url = url.split('#').next().unwrap_or("");
    if url.starts_with('/') && !url.starts_with("//") {
        return Some(url.to_string());
    }
    let rest = url.strip_prefix(&format!("http://{addr}"))?;
    Some(if rest.is_empty() { "/".into() } else { rest.to_string() })
}

/// A GitHub Pages project site (`https://name.github.io/site/`) is served
/// under /site/, as `hugo server` does: `/` redirects there, and every link,
/// stylesheet, image, feed and script the home page and a tip refer to on
/// this server is under /site/ (the `watch` server's own /__carepress/ aside) and
/// answers 200.
#[test]
fn a_base_url_with_a_path_is_served_under_that_path() {
    let w = Watch::start_with(free_port(), |toml| {
        toml.replace("base_url = \"https://www.birch-test-clinic.example\"", "base_url = \"https://name.github.io/site/\"")
    });
    assert_eq!(w.served_at, format!("http://{}/site/", w.addr), "{}", w.output());

    let r = w.get("/");
    assert_eq!(r.status, 302, "{}", r.head);
    assert_eq!(r.header("location").as_deref(), Some("/site/"));

    let mut checked = std::collections::BTreeSet::new();
    for page in ["/site/", "/site/tips/hydration/"] {
        let r = w.get(page);
        assert_eq!(r.status, 200, "{page}: {}", w.output());
        let html = r.text();
        assert!(html.contains(&format!("<link rel=\"canonical\" href=\"http://{}{page}\">", w.addr)), "{page}: {html}");
        let urls = urls_in(&html);
        assert!(urls.len() > 10, "{page}: only {urls:?}");
        for url in urls {
            let Some(path) = local_path(&url, w.addr) else { continue };
            assert!(path.starts_with("/site/") || path.starts_with("/__carepress/"), "{page}: {url} is not under /site/");
            if !checked.insert(path.clone()) {
                continue;
            }
            let r = w.get(&path);
            assert_eq!(r.status, 200, "{page}: {url} -> {} {}", r.status, r.head);
        }
    }
    // What the home page links includes the stylesheet, a feed, an image
    // and the live-reload script, so each kind was fetched above.
    for kind in ["/site/carepress.css", "/site/rss.xml", "/site/images/", "/__carepress/reload.js"] {
        assert!(checked.iter().any(|p| p.starts_with(kind)), "nothing like {kind} in {checked:?}");
    }
    // The share preview links the page, and draws its card, under the path.
    let share = w.get("/__carepress/social/tips/hydration/");
    assert_eq!(share.status, 200);
    let share_urls: Vec<String> = urls_in(&share.text()).into_iter().filter_map(|u| local_path(&u, w.addr)).collect();
    assert!(share_urls.iter().any(|p| p == "/site/tips/hydration/"), "{share_urls:?}");
    for path in share_urls.iter().filter(|p| !p.starts_with("/__carepress/")) {
        assert!(path.starts_with("/site/"), "share preview: {path}");
        assert_eq!(w.get(path).status, 200, "share preview: {path}");
    }
    // Feeds name the pages under the path too.
    assert!(w.get("/site/rss.xml").text().contains(&format!("http://{}/site/tips/hydration/", w.addr)));

    // A page outside the path is not found, as on the host, and says where it is.
    let r = w.get("/tips/hydration/");
    assert_eq!(r.status, 404);
    assert!(r.text().contains("href=\"/site/tips/hydration/\""), "{}", r.text());

    // Live reload still works: an edit is served under the path.
    let mut sse = w.events();
    let text = w.read("content/tips/hydration.md").replace("Keep a water bottle nearby", "Carry a refillable bottle");
    w.write("content/tips/hydration.md", &text);
    assert_eq!(sse.expect("reload").data, "full");
    assert!(w.get("/site/tips/hydration/").text().contains("Carry a refillable bottle"));
}
