//! sitemap.xml, sitemap index and robots.txt (SM1-SM3, SM5, U1, U4).

use crate::support::views::*;
use carepress::render::sitemap::{SitemapEntry, robots_txt, sitemap, sitemaps, sitemaps_with_limits};
use roxmltree::Document;

const SM_NS: &str = "http://www.sitemaps.org/schemas/sitemap/0.9";

fn entries(n: usize) -> Vec<SitemapEntry> {
    (0..n)
        .map(|i| SitemapEntry {
            url: format!("{BASE}tips/t-{i}/?a=1&b=<2>"),
            lastmod: if i % 2 == 0 { Some(dt("2026-10-02T10:30:00-04:00")) } else { None },
        })
        .collect()
}

/// (loc, lastmod) pairs of a urlset, asserting SM1 structure on the way.
fn urlset(xml: &str) -> Vec<(String, Option<String>)> {
    assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>"), "U3");
    let doc = Document::parse(xml).expect("well-formed");
    let root = doc.root_element();
    assert_eq!((root.tag_name().namespace(), root.tag_name().name()), (Some(SM_NS), "urlset"));
    root.children()
        .filter(|n| n.is_element())
        .map(|u| {
            assert_eq!(u.tag_name().name(), "url");
            let names: Vec<&str> = u.children().filter(|c| c.is_element()).map(|c| c.tag_name().name()).collect();
            assert!(names.iter().all(|n| *n == "loc" || *n == "lastmod"), "SM3: no changefreq/priority: {names:?}");
            let get = |n: &str| u.children().find(|c| c.tag_name().name() == n).and_then(|c| c.text()).map(str::to_string);
            let loc = get("loc").expect("loc");
            assert!(loc.starts_with(BASE) && loc.len() < 2048, "SM1 absolute, same host");
            (loc, get("lastmod"))
        })
        .collect()
}

#[test]
fn single_sitemap() {
    let e = entries(5);
    let xml = sitemap(&e);
    let got = urlset(&xml);
    assert_eq!(got.len(), 5);
    for (g, w) in got.iter().zip(&e) {
        assert_eq!(g.0, w.url, "escaped & decoded back exactly");
        match &w.lastmod {
            Some(d) => {
                let s = g.1.as_deref().unwrap();
                assert_eq!(s, "2026-10-02T10:30:00-04:00", "SM3/U4 W3C datetime with offset");
                assert_eq!(chrono::DateTime::parse_from_rfc3339(s).unwrap(), *d);
            }
            None => assert!(g.1.is_none()),
        }
    }
    assert_eq!(sitemaps(BASE, &e), vec![("sitemap.xml".to_string(), xml.clone())]);
    assert_eq!(xml, sitemap(&e), "deterministic");
}

#[test]
fn index_when_over_count_limit() {
    // SM2 with a small limit; the split logic is the same at 50,000.
    let e = entries(7);
    let files = sitemaps_with_limits(BASE, &e, 3, usize::MAX);
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"]);
    let idx = Document::parse(&files[0].1).unwrap();
    let root = idx.root_element();
    assert_eq!((root.tag_name().namespace(), root.tag_name().name()), (Some(SM_NS), "sitemapindex"));
    let locs: Vec<String> = root.descendants().filter(|n| n.tag_name().name() == "loc").map(|n| n.text().unwrap().into()).collect();
    assert_eq!(locs, [1, 2, 3].map(|i| format!("{BASE}sitemap-{i}.xml")));
    assert!(root.descendants().any(|n| n.tag_name().name() == "lastmod"));
    let mut all = Vec::new();
    for (_, body) in &files[1..] {
        let u = urlset(body);
        assert!(u.len() <= 3);
        all.extend(u.into_iter().map(|(l, _)| l));
    }
    assert_eq!(all, e.iter().map(|x| x.url.clone()).collect::<Vec<_>>(), "every URL once, in order");
}

#[test]
fn index_when_over_byte_limit() {
    let e = entries(10);
    let limit = 600;
    let files = sitemaps_with_limits(BASE, &e, 50_000, limit);
    assert!(files.len() > 2);
    let mut n = 0;
    for (_, body) in &files[1..] {
        assert!(body.len() <= limit, "SM2 size {}", body.len());
        n += urlset(body).len();
    }
    assert_eq!(n, 10);
}

#[test]
fn real_limit_50k() {
    let e: Vec<SitemapEntry> = (0..50_001).map(|i| SitemapEntry { url: format!("{BASE}p/{i}/"), lastmod: None }).collect();
    let files = sitemaps(BASE, &e[..50_000]);
    assert_eq!(files.len(), 1, "exactly 50,000 fits one file");
    let files = sitemaps(BASE, &e);
    assert_eq!(files.len(), 3, "index + 2 sitemaps");
    assert_eq!(files[1].1.matches("<url>").count(), 50_000);
    assert_eq!(files[2].1.matches("<url>").count(), 1);
}

#[test]
fn robots() {
    let r = robots_txt(&site());
    assert!(r.lines().any(|l| l == format!("Sitemap: {BASE}sitemap.xml")), "SM5");
    assert!(!r.contains("Disallow"), "SM5: never block images or feeds");
    assert!(r.starts_with("User-agent: *\n"));
}
