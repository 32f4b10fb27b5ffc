//! The share preview of `carepress watch` end to end (SPEC §11): the real
//! binary on a copy of tests/fixtures/watch-site (a fictitious clinic),
//! observed over HTTP. The preview page is parsed with scraper: one section
//! per platform with its crop and cut title, the scheduler's post with its
//! caption and hashtags, the `social/*` warnings, only local images; every
//! served page links to it; an edit to the page changes the preview.
use super::harness::*;
use scraper::{ElementRef, Html, Selector};
use std::path::Path;
use std::time::{Duration, Instant};

const TIP: &str = "content/tips/hydration.md";
const PREVIEW: &str = "/__carepress/social/tips/hydration/";
/// Longer than X (70) and LinkedIn (70) show, shorter than Bluesky's 100.
const LONG_TITLE: &str = "Drink water through the whole day, even when you are not thirsty at all";

/// Starts watch on a copy of the fixture whose tip got a long title and a
/// caption with a malformed hashtag.
fn start() -> Watch {
    Watch::start_prepared(free_port(), |root| {
        let tip = std::fs::read_to_string(root.join(TIP)).unwrap();
        let tip = tip.replace("title = \"Drink water through the day\"", &format!("title = \"{LONG_TITLE}\""));
        let tip = tip.replace(
            "tags = [\"hydration\", \"summer\"]",
            "tags = [\"hydration\", \"summer\"]\nsocial = { caption = \"Sip water all day long.\", hashtags = [\"Hydration\", \"stay-cool\"] }",
        );
        std::fs::write(root.join(TIP), tip).unwrap();
    })
}

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

fn text(e: ElementRef) -> String {
    e.text().collect::<String>()
}

fn one<'a>(doc: &'a Html, css: &str) -> ElementRef<'a> {
    doc.select(&sel(css)).next().unwrap_or_else(|| panic!("no {css} in the preview:\n{}", doc.html()))
}

#[test]
fn the_share_preview_draws_every_platform_and_follows_edits() {
    let mut w = start();

    // The page links to its preview.
    let (status, page) = w.status_and_text("/tips/hydration/");
    assert_eq!(status, 200);
    assert!(page.contains(&format!("<a href=\"{PREVIEW}\"")), "no link to the share preview in the page");

    let (status, html) = w.status_and_text(PREVIEW);
    assert_eq!(status, 200, "{html}");
    let doc = Html::parse_document(&html);
    assert!(text(one(&doc, "h1")).contains(LONG_TITLE));

    // One section per platform, each with its crop, title and domain line.
    let domain = "birch-test-clinic.example";
    for (id, crop) in
        [("facebook", "1.91 / 1"), ("x", "2 / 1"), ("linkedin", "1.91 / 1"), ("mastodon", "1.91 / 1"), ("bluesky", "1.91 / 1")]
    {
        let section = one(&doc, &format!("section#{id}[data-platform=\"{id}\"]"));
        assert_eq!(section.value().attr("data-card"), Some("large"), "{id}");
        let img = section.select(&sel("img.crop")).next().unwrap_or_else(|| panic!("{id}: no image"));
        assert!(img.value().attr("style").unwrap_or("").contains(crop), "{id}: {:?}", img.value());
        assert!(!img.value().attr("alt").unwrap_or("").is_empty(), "{id}: the image has no alt");
        let domains: String = section.select(&sel(".domain")).map(text).collect();
        assert!(domains.to_lowercase().contains(domain), "{id}: {domains}");
    }
    // Titles cut where the platform cuts them: X and LinkedIn at 70, not Bluesky.
    let title = |id: &str| one(&doc, &format!("section#{id} .title"));
    for id in ["x", "linkedin"] {
        let t = title(id);
        assert_eq!(t.value().attr("data-cut"), Some("true"), "{id}");
        assert!(text(t).ends_with('…') && text(t).chars().count() == 70, "{id}: {}", text(t));
    }
    assert_eq!(text(title("bluesky")), LONG_TITLE);
    assert_eq!(text(title("facebook")), LONG_TITLE);
    assert_eq!(text(one(&doc, "section#facebook .domain")), domain.to_uppercase());
    assert_eq!(text(one(&doc, "section#x .domain")), format!("From {domain}"));
    // LinkedIn and X's large card show no description; the others show it whole (92 characters).
    assert!(doc.select(&sel("section#linkedin .desc, section#x .desc")).next().is_none());
    let description = "Why steady hydration matters and simple ways to drink enough water, used by the watch tests.";
    for id in ["facebook", "mastodon", "bluesky"] {
        let d = one(&doc, &format!("section#{id} .desc"));
        assert_eq!((text(d).as_str(), d.value().attr("data-cut")), (description, Some("false")), "{id}");
    }

    // The scheduler's post: caption, hashtags, the public link, the image.
    let caption = text(one(&doc, "#post .caption"));
    assert_eq!(caption, "Sip water all day long. #Hydration #stay-cool");
    let tags: Vec<String> = doc.select(&sel("#post .caption .tag")).map(text).collect();
    assert_eq!(tags, ["#Hydration", "#stay-cool"]);
    assert_eq!(text(one(&doc, "#post .link")), format!("https://www.{domain}/tips/hydration/"));
    assert_eq!(one(&doc, "#post .feed-item").value().attr("data-in-feed"), Some("true"));
    assert!(doc.select(&sel("#post .feed-item img")).next().is_some());
    let x_row = one(&doc, "#post tr[data-platform=\"x\"]");
    let x_len: usize = text(x_row.select(&sel("td")).next().unwrap()).parse().unwrap();
    assert_eq!(x_len, caption.len() + 1 + 23, "X counts the link as 23");
    assert_eq!(x_row.value().attr("data-over"), Some("false"));

    // The warnings that apply: the hyphenated hashtag.
    let warnings: Vec<String> = doc.select(&sel("#warnings li[data-rule=\"social/hashtag\"]")).map(text).collect();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0].contains("`#stay-cool` links only as `#stay`") && warnings[0].contains("content/tips/hydration.md"),
        "{warnings:?}"
    );

    // Offline: every image is local, no stylesheet or script from elsewhere.
    for img in doc.select(&sel("img")) {
        let src = img.value().attr("src").unwrap_or("");
        assert!(src.starts_with('/') && !src.starts_with("//"), "{src}");
        assert_eq!(w.get(src).status, 200, "{src}");
    }
    assert!(doc.select(&sel("link[rel=stylesheet], script[src]:not([src^=\"/__carepress/\"])")).next().is_none());
    assert!(html.contains("/__carepress/reload.js"), "the preview reloads on save like every page");

    // Save a new caption: the preview follows.
    let tip = std::fs::read_to_string(w.dir.path().join(TIP)).unwrap();
    let edited = tip.replace("Sip water all day long.", "Carry a bottle and sip often.").replace("\"stay-cool\"", "\"StayCool\"");
    std::fs::write(w.dir.path().join(TIP), edited).unwrap();
    w.wait_output(|o| o.contains("Rebuilt in").then_some(()));
    let deadline = Instant::now() + TIMEOUT;
    let doc = loop {
        let doc = Html::parse_document(&w.get(PREVIEW).text());
        if text(one(&doc, "#post .caption")).starts_with("Carry a bottle") {
            break doc;
        }
        if Instant::now() >= deadline {
            panic!("the preview did not follow the edit");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert_eq!(text(one(&doc, "#post .caption")), "Carry a bottle and sip often. #Hydration #StayCool");
    assert!(doc.select(&sel("#warnings li")).next().is_none(), "the fixed hashtag still warns");
    assert!(text(one(&doc, "#warnings")).contains("No social/* findings"));

    // A listing has a preview too; a path with no page has none.
    let (status, home) = w.status_and_text("/__carepress/social/");
    assert_eq!(status, 200);
    assert!(home.contains("section id=\"bluesky\""));
    assert_eq!(w.get("/__carepress/social/no/such/page/").status, 404);
}

/// `watch` redoes only the edited page's desk entry: after an edit that
/// must equal the desk of the whole site.
#[test]
fn refreshing_one_entry_matches_a_whole_desk() {
    use carepress::watch::{Edit, WatchedSite};
    let (dir, opts) = fixture_copy_and_options();
    let public = "https://www.birch-test-clinic.example/";
    let mut live = WatchedSite::load(opts).unwrap();
    let mut desk = carepress::watch::desk(live.site(), public);
    let tip = std::fs::read_to_string(dir.path().join(TIP)).unwrap();
    let steps = [
        tip.replace("tags = [\"hydration\", \"summer\"]", "tags = [\"hydration\"]\nsocial = { caption = \"Sip.\", hashtags = [\"a-b\"] }"),
        tip.replace("title = \"Drink water through the day\"", "title = \"Water\"\nchannels = [\"website\", \"rss\"]"),
        tip.clone(),
    ];
    for (n, text) in steps.iter().enumerate() {
        std::fs::write(dir.path().join(TIP), text).unwrap();
        live.apply(&[Edit::Content(TIP.into())]).unwrap_or_else(|e| panic!("step {n}: {e}"));
        desk.refresh(live.site(), &[Path::new(TIP)]);
        assert_eq!(desk, carepress::watch::desk(live.site(), public), "step {n}");
    }
    assert!(desk.pages.contains_key("/tips/hydration/"));
}
