//! What a good build writes: pages from both front matter styles, alias
//! redirects, pagination, tag pages and feeds, resolved internal links and
//! the sitemap.

use crate::support::{BASE, Site, abs, attrs, canonical, meta, refresh_target, set, text_of};

#[test]
fn toml_and_yaml_front_matter_both_produce_pages() {
    let out = Site::fixture("basic").build_ok(&[]);
    for (path, title, description) in [
        (
            "/tips/toml-tip/",
            "Stretch every morning",
            "A tip with TOML front matter about morning stretches, used by the build integration tests.",
        ),
        (
            "/tips/yaml-tip/",
            "Walk after dinner",
            "A tip with YAML front matter about walking after meals, used by the build integration tests.",
        ),
    ] {
        let doc = out.html(path);
        assert_eq!(text_of(&doc, "h1").as_deref(), Some(title), "{path}");
        assert_eq!(meta(&doc, "description").as_deref(), Some(description), "{path}");
        assert_eq!(meta(&doc, "og:title").as_deref(), Some(title), "{path}");
        assert_eq!(canonical(&doc), Some(abs(path)), "{path}");
        // Both dates were read: dated pages are articles with a publication time.
        assert_eq!(meta(&doc, "og:type").as_deref(), Some("article"), "{path}");
        assert!(meta(&doc, "article:published_time").is_some_and(|t| t.starts_with("2026-0")), "{path}");
    }
    let yaml = out.html("/tips/yaml-tip/");
    assert_eq!(meta(&yaml, "article:published_time").as_deref().map(|t| &t[..10]), Some("2026-04-01"));
}

#[test]
fn aliases_redirect_to_the_canonical_url() {
    let out = Site::fixture("basic").build_ok(&[]);
    let target = abs("/tips/toml-tip/");
    assert!(out.exists("/tips/toml-tip/"));
    for alias in ["/old/stretching/", "/legacy/stretch.html"] {
        assert!(out.exists(alias), "alias {alias} was written");
        let doc = out.html(alias);
        assert_eq!(refresh_target(&doc), Some(target.clone()), "{alias} meta refresh");
        assert_eq!(canonical(&doc), Some(target.clone()), "{alias} canonical");
        assert_eq!(attrs(&doc, "body a", "href"), std::slice::from_ref(&target), "{alias} fallback link");
        assert_eq!(meta(&doc, "robots").as_deref(), Some("noindex"), "{alias}");
    }
    // Redirects are not canonical pages: the sitemap leaves them out.
    let sitemap = out.sitemap();
    assert!(!sitemap.keys().any(|u| u.contains("/old/") || u.contains("/legacy/")), "{sitemap:?}");
}

#[test]
fn pagination_writes_numbered_pages_with_prev_next_and_a_page_one_redirect() {
    let out = Site::fixture("basic").build_ok(&[]);
    // Five published tips, newest first, two per page.
    let expected = [
        ("/tips/", vec!["/tips/toml-tip/", "/tips/yaml-tip/"], None, Some("/tips/page/2/")),
        ("/tips/page/2/", vec!["/tips/mid-tip/", "/tips/older-tip/"], Some("/tips/"), Some("/tips/page/3/")),
        ("/tips/page/3/", vec!["/tips/oldest-tip/"], Some("/tips/page/2/"), None),
    ];
    for (path, cards, prev, next) in expected {
        let doc = out.html(path);
        assert_eq!(out.card_links(path), cards, "cards of {path}");
        assert_eq!(attrs(&doc, "a[rel=\"prev\"]", "href"), prev.into_iter().collect::<Vec<_>>(), "prev link of {path}");
        assert_eq!(attrs(&doc, "a[rel=\"next\"]", "href"), next.into_iter().collect::<Vec<_>>(), "next link of {path}");
        assert_eq!(attrs(&doc, "nav.pager a[aria-current=\"page\"]", "href"), [path], "current page marker of {path}");
        assert_eq!(canonical(&doc), Some(abs(path)), "canonical of {path}");
    }
    assert!(!out.exists("/tips/page/4/"), "no empty fourth page");
    let one = out.html("/tips/page/1/");
    assert_eq!(refresh_target(&one), Some(abs("/tips/")), "/tips/page/1/ redirects to the section");
    assert_eq!(canonical(&one), Some(abs("/tips/")));
}

#[test]
fn tags_get_pages_and_feeds() {
    let out = Site::fixture("basic").build_ok(&[]);
    let list = out.html("/tags/");
    let tag_links = set(attrs(&list, "main a[href^=\"/tags/\"]", "href"));
    assert_eq!(tag_links, set(["/tags/heart-health/", "/tags/prevention/"]), "links of /tags/");
    assert!(text_of(&list, "main").unwrap().contains("Heart Health"), "the tag's own spelling is shown");

    assert_eq!(out.card_links("/tags/heart-health/"), ["/tips/toml-tip/"]);
    assert_eq!(out.card_links("/tags/prevention/"), ["/tips/toml-tip/", "/tips/yaml-tip/"]);
    let tag_page = out.html("/tags/prevention/");
    assert_eq!(canonical(&tag_page), Some(abs("/tags/prevention/")));
    let alternates = set(attrs(&tag_page, "link[rel=\"alternate\"]", "href"));
    assert!(alternates.contains(&abs("/tags/prevention/rss.xml")), "tag feed autodiscovery: {alternates:?}");

    let both = vec![abs("/tips/toml-tip/"), abs("/tips/yaml-tip/")];
    assert_eq!(out.rss_links("/tags/prevention/rss.xml"), both);
    assert_eq!(out.atom_links("/tags/prevention/atom.xml"), both);
    assert_eq!(out.json_feed_urls("/tags/prevention/feed.json"), both);
    assert_eq!(out.rss_links("/tags/heart-health/rss.xml"), [abs("/tips/toml-tip/")]);
    // The toml tip links its tags.
    let tip = out.html("/tips/toml-tip/");
    let on_page = set(attrs(&tip, "main a[href^=\"/tags/\"]", "href"));
    assert_eq!(on_page, set(["/tags/heart-health/", "/tags/prevention/"]));
}

#[test]
fn internal_links_resolve_to_page_urls() {
    let out = Site::fixture("basic").build_ok(&[]);
    let tip = out.html("/tips/toml-tip/");
    let hrefs = attrs(&tip, "main a", "href");
    assert!(hrefs.contains(&"/tips/yaml-tip/".to_string()), "{hrefs:?}");
    assert!(hrefs.contains(&"/tips/mid-tip/#why".to_string()), "anchor kept: {hrefs:?}");
    assert!(!hrefs.iter().any(|h| h.starts_with('@')), "no unresolved @/ link: {hrefs:?}");
    // The anchor exists on the target page.
    assert_eq!(attrs(&out.html("/tips/mid-tip/"), "h2#why", "id"), ["why"]);
    // A section link from the home page body.
    let home = out.html("/");
    assert!(attrs(&home, "main a", "href").contains(&"/tips/".to_string()));
}

#[test]
fn sitemap_lists_every_published_url_absolute_with_lastmod() {
    let out = Site::fixture("basic").build_ok(&[]);
    let sitemap = out.sitemap();
    let published_pages = [
        "/tips/toml-tip/",
        "/tips/yaml-tip/",
        "/tips/mid-tip/",
        "/tips/older-tip/",
        "/tips/oldest-tip/",
        "/policies/privacy-notice/",
        "/policies/accessibility/",
    ];
    // Later pages of a paginated section are canonical pages too (5 tips, 2 per page).
    let listings = ["/", "/tips/", "/tips/page/2/", "/tips/page/3/", "/policies/", "/tags/", "/tags/prevention/", "/tags/heart-health/"];
    let expected = set(published_pages.iter().chain(&listings).map(|p| abs(p)));
    assert_eq!(set(sitemap.keys().cloned()), expected, "sitemap URLs");
    for url in sitemap.keys() {
        assert!(url.starts_with(&format!("{BASE}/")), "absolute: {url}");
    }
    for p in ["draft-tip", "scheduled-tip", "expired-tip"] {
        assert!(!sitemap.keys().any(|u| u.contains(p)), "{p} in the sitemap");
    }
    // lastmod: the date, or `updated` when the page has one; RFC 3339.
    let lastmod = |p: &str| sitemap[&abs(p)].clone().unwrap_or_else(|| panic!("no lastmod for {p}"));
    for p in published_pages {
        let lm = lastmod(p);
        assert!(chrono::DateTime::parse_from_rfc3339(&lm).is_ok(), "lastmod of {p} is RFC 3339: {lm}");
    }
    assert!(lastmod("/tips/toml-tip/").starts_with("2026-05-01T00:00:00-05:00"));
    assert!(lastmod("/tips/oldest-tip/").starts_with("2026-02-20"), "updated wins over date");
    assert!(lastmod("/policies/privacy-notice/").starts_with("2026-01-05"));
    // robots.txt names the sitemap by its absolute URL.
    assert!(out.text("/robots.txt").lines().any(|l| l == format!("Sitemap: {BASE}/sitemap.xml")), "{}", out.text("/robots.txt"));
}

/// A front-matter image written as Hugo users write it, relative and not
/// beside the page ("images/tips/x.jpg" on `content/tips/x.md`), is read
/// from `static/`; one beside a bundle's `index.md` still wins.
#[test]
fn a_relative_front_matter_image_is_read_from_static() {
    let site = crate::support::Site::fixture("basic");
    let jpeg = std::fs::read(crate::support::fixture("phi-heldout-t").join("static/images/tips/sunburn-shoulders.jpg")).unwrap();
    std::fs::create_dir_all(site.root().join("static/images/tips")).unwrap();
    std::fs::write(site.root().join("static/images/tips/water.jpg"), &jpeg).unwrap();
    site.write(
        "content/tips/water.md",
        "+++\ntitle = \"Water at work\"\ndescription = \"Keep a bottle at your desk.\"\ndate = 2026-03-01\nimage = \"images/tips/water.jpg\"\nimage_alt = \"A water bottle on a desk\"\n+++\n\nDrink through the day.\n",
    );
    std::fs::create_dir_all(site.root().join("content/tips/bundle/images/tips")).unwrap();
    std::fs::write(site.root().join("content/tips/bundle/images/tips/water.jpg"), &jpeg).unwrap();
    site.write(
        "content/tips/bundle/index.md",
        "+++\ntitle = \"A bundle\"\ndescription = \"Its own picture.\"\ndate = 2026-03-02\nimage = \"images/tips/water.jpg\"\nimage_alt = \"A water bottle on a desk\"\n+++\n\nBeside the page.\n",
    );
    let out = site.build_ok(&[]);
    let og = |path: &str| {
        let doc = out.html(path);
        let sel = scraper::Selector::parse(r#"meta[property="og:image"]"#).unwrap();
        doc.select(&sel).next().and_then(|m| m.value().attr("content")).unwrap_or_default().to_string()
    };
    assert!(
        og("/tips/water/").ends_with("/images/tips/water.jpg") && !og("/tips/water/").contains("/tips/water/images"),
        "{}",
        og("/tips/water/")
    );
    assert!(og("/tips/bundle/").ends_with("/tips/bundle/images/tips/water.jpg"), "{}", og("/tips/bundle/"));
}
