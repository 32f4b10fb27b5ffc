//! Drafts, scheduled (future-dated) and expired pages, with and without
//! `--drafts` / `--future`: present or absent in the page's own HTML, the
//! section listing (every pagination page), the sitemap, the site and section
//! feeds (RSS, Atom, JSON) and the tag pages.

use crate::support::{Output, Site, abs};

const ALWAYS: [&str; 5] = ["toml-tip", "yaml-tip", "mid-tip", "older-tip", "oldest-tip"];

/// Every card link of a paginated listing, following /page/N/ until it stops.
fn all_cards(out: &Output, base: &str) -> Vec<String> {
    let mut cards = out.card_links(base);
    let mut n = 2;
    while out.exists(&format!("{base}page/{n}/")) {
        cards.extend(out.card_links(&format!("{base}page/{n}/")));
        n += 1;
    }
    cards
}

/// Where a tip shows up in the output: (place, present?).
fn places(out: &Output, slug: &str) -> Vec<(&'static str, bool)> {
    let path = format!("/tips/{slug}/");
    let url = abs(&path);
    let sitemap = out.sitemap();
    vec![
        ("own HTML page", out.exists(&path)),
        ("section listing", all_cards(out, "/tips/").contains(&path)),
        ("sitemap", sitemap.contains_key(&url)),
        ("site RSS", out.rss_links("/rss.xml").contains(&url)),
        ("site Atom", out.atom_links("/atom.xml").contains(&url)),
        ("site JSON Feed", out.json_feed_urls("/feed.json").contains(&url)),
        ("section RSS", out.rss_links("/tips/rss.xml").contains(&url)),
        ("section Atom", out.atom_links("/tips/atom.xml").contains(&url)),
        ("section JSON Feed", out.json_feed_urls("/tips/feed.json").contains(&url)),
    ]
}

/// Builds the `basic` fixture with `flags` and checks which tips are visible.
fn check(flags: &[&str], visible: &[&str], hidden: &[&str]) -> Output {
    let site = Site::fixture("basic");
    let out = site.build_ok(flags);
    let mut wrong = Vec::new();
    for (slugs, want) in [(visible, true), (hidden, false)] {
        for slug in slugs {
            for (place, seen) in places(&out, slug) {
                if seen != want {
                    wrong.push(format!("{slug}: {} in {place}", if want { "missing" } else { "present" }));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "with flags {flags:?}:\n{}", wrong.join("\n"));
    // Each listing shows every visible tip exactly once.
    let cards = all_cards(&out, "/tips/");
    assert_eq!(cards.len(), visible.len(), "listing cards {cards:?}");
    out
}

#[test]
fn default_build_leaves_out_drafts_scheduled_and_expired_pages() {
    let out = check(&[], &ALWAYS, &["draft-tip", "scheduled-tip", "expired-tip"]);
    for tag in ["drafts-only", "future-only", "expired-only"] {
        assert!(!out.exists(&format!("/tags/{tag}/")), "tag page of {tag}");
        assert!(!out.exists(&format!("/tags/{tag}/rss.xml")), "tag feed of {tag}");
    }
    // The scheduled tip shares the `prevention` tag: its tag page must not list it.
    assert!(!out.card_links("/tags/prevention/").contains(&"/tips/scheduled-tip/".to_string()));
}

#[test]
fn drafts_flag_adds_drafts_only() {
    let mut visible = ALWAYS.to_vec();
    visible.push("draft-tip");
    let out = check(&["--drafts"], &visible, &["scheduled-tip", "expired-tip"]);
    assert_eq!(out.card_links("/tags/drafts-only/"), ["/tips/draft-tip/"]);
    assert!(!out.exists("/tags/future-only/"));
}

#[test]
fn future_flag_adds_scheduled_pages_only() {
    let mut visible = ALWAYS.to_vec();
    visible.push("scheduled-tip");
    let out = check(&["--future"], &visible, &["draft-tip", "expired-tip"]);
    assert_eq!(out.card_links("/tags/future-only/"), ["/tips/scheduled-tip/"]);
    assert!(out.rss_links("/tags/prevention/rss.xml").contains(&abs("/tips/scheduled-tip/")));
    assert!(!out.exists("/tags/drafts-only/"));
}

#[test]
fn both_flags_never_bring_back_expired_pages() {
    let mut visible = ALWAYS.to_vec();
    visible.extend(["draft-tip", "scheduled-tip"]);
    let out = check(&["--drafts", "--future"], &visible, &["expired-tip"]);
    assert!(!out.exists("/tags/expired-only/"));
    // 7 tips, 2 per page: four listing pages.
    assert!(out.exists("/tips/page/4/") && !out.exists("/tips/page/5/"));
}

/// `channels` (SPEC §3): a tip left out of `rss` is on its page and in the
/// listing but in no feed; an unknown channel, or one without `website`, is
/// an error at the key.
#[test]
fn channels_keep_a_page_out_of_the_feeds() {
    let site = Site::fixture("basic");
    site.write(
        "content/tips/web-only-tip.md",
        "+++\ntitle = \"Web only\"\ndescription = \"A tip published on the website and social, not in feeds, for the channels test.\"\ndate = 2026-05-02\nchannels = [\"website\", \"social\"]\n+++\n\nOnly on the website.\n",
    );
    let out = site.build_ok(&[]);
    let mut wrong = Vec::new();
    for (place, seen) in places(&out, "web-only-tip") {
        let want = matches!(place, "own HTML page" | "section listing" | "sitemap");
        if seen != want {
            wrong.push(format!("{place}: {}", if want { "missing" } else { "present" }));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    // The other tips are still in the feeds.
    assert!(out.rss_links("/tips/rss.xml").contains(&abs("/tips/toml-tip/")));

    site.write(
        "content/tips/web-only-tip.md",
        "+++\ntitle = \"Web only\"\ndate = 2026-05-02\nchannels = [\"rss\", \"fax\"]\n+++\n\nText.\n",
    );
    let run = site.build(&[]);
    run.expect_code(1);
    assert!(run.error_lines().iter().any(|l| l.contains("build/channels") && l.contains("web-only-tip.md:4")), "{:?}", run.error_lines());
}
