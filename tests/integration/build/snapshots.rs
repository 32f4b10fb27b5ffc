//! Reviewed snapshots (insta) of whole outputs of the `basic` fixture built
//! at `support::NOW`: the `<head>` of a tip page (every meta tag and feed
//! link), its JSON-LD graph (pretty-printed), and the section's RSS feed.
//! The files under tests/integration/build/snapshots/ are the expected outputs; a
//! change in them is a change of what search engines, social sites and feed
//! readers see, so read the diff before accepting it.
//!
//! Content hashes (social card file names, the stylesheet's `?v=`) and the
//! cards' byte sizes are replaced by `[HASH]`/`[BYTES]`: they change with
//! the card drawing and the theme, which have their own tests.
//!
//! Update after a deliberate change: `INSTA_UPDATE=always cargo test --test
//! integration build::snapshots` (or `cargo insta review` if cargo-insta is installed),
//! then review `git diff tests/integration/build/snapshots/`. Under CI (`CI` set) insta
//! never writes files: a difference fails the test.

use crate::support::{Output, Site};

fn built() -> Output {
    Site::fixture("basic").build_ok(&[])
}

/// Runs `f` with the filters that hide content hashes and card sizes.
fn without_hashes(f: impl FnOnce()) {
    let mut settings = insta::Settings::clone_current();
    settings.add_filter(r"cards/[0-9a-f]{16}\.png", "cards/[HASH].png");
    settings.add_filter(r#"(length|fileSize)="\d+""#, "$1=\"[BYTES]\"");
    settings.add_filter(r"carepress\.css\?v=[0-9a-f]+", "carepress.css?v=[HASH]");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(f);
}

/// The `<head>` element of a page, with its JSON-LD script taken out (it
/// has its own snapshot) and that JSON-LD parsed.
fn head_and_json_ld(html: &str) -> (String, serde_json::Value) {
    let start = html.find("<head>").expect("a <head>");
    let end = html.find("</head>").expect("a </head>") + "</head>".len();
    let head = &html[start..end];
    let open = "<script type=\"application/ld+json\">";
    let a = head.find(open).expect("JSON-LD in the head");
    let b = a + head[a..].find("</script>").expect("the end of the JSON-LD script") + "</script>".len();
    let json = serde_json::from_str(&head[a + open.len()..b - "</script>".len()]).expect("the JSON-LD is JSON");
    (format!("{}<!-- JSON-LD: see tip_page_json_ld -->{}", &head[..a], &head[b..]), json)
}

#[test]
fn tip_page_head_json_ld_and_section_feed() {
    let out = built();
    let (head, json_ld) = head_and_json_ld(&out.text("/tips/toml-tip/"));
    let rss = out.text("/tips/rss.xml");
    without_hashes(|| {
        insta::assert_snapshot!("tip_page_head", head);
        insta::assert_snapshot!("tip_page_json_ld", serde_json::to_string_pretty(&json_ld).unwrap());
        insta::assert_snapshot!("tips_rss", rss);
    });
}
