//! HTML/JSON-LD helpers shared by the head tests.

use super::views::*;
use carepress::render::seo::head_meta;
use carepress::view::*;
use scraper::{Html, Selector};
use serde_json::Value;

pub fn doc(site: &SiteInfo, page: &PageMeta) -> (String, Html) {
    let html = format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>t</title>\n{}</head><body><h1>x</h1></body></html>",
        head_meta(site, page)
    );
    let parsed = Html::parse_document(&html);
    (html, parsed)
}

pub fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

/// All values of `<meta property=p>` (or name=p), in document order.
pub fn metas(h: &Html, attr: &str, key: &str) -> Vec<String> {
    h.select(&sel(&format!("meta[{attr}=\"{key}\"]"))).map(|m| m.value().attr("content").unwrap().to_string()).collect()
}

pub fn one(h: &Html, attr: &str, key: &str) -> String {
    let v = metas(h, attr, key);
    assert_eq!(v.len(), 1, "exactly one {attr}={key}: {v:?}");
    v.into_iter().next().unwrap()
}

pub fn ld(h: &Html) -> Value {
    let scripts: Vec<_> = h.select(&sel("script")).collect();
    assert_eq!(scripts.len(), 1, "S1: exactly one <script>, and it is the ld+json");
    assert_eq!(scripts[0].value().attr("type"), Some("application/ld+json"));
    let text: String = scripts[0].text().collect();
    serde_json::from_str(&text).expect("S1 JSON-LD parses")
}

pub fn graph(v: &Value) -> &Vec<Value> {
    assert_eq!(v["@context"], "https://schema.org");
    v["@graph"].as_array().expect("@graph")
}

pub fn node<'a>(v: &'a Value, ty: &str) -> &'a Value {
    let g = graph(v);
    let found: Vec<_> = g.iter().filter(|n| n["@type"] == ty).collect();
    assert_eq!(found.len(), 1, "one {ty} node");
    found[0]
}

/// U1: every URL-ish value in the graph is absolute https.
pub fn walk_urls(v: &Value, path: &str) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                if matches!(k.as_str(), "url" | "@id" | "image" | "logo" | "item" | "sameAs" | "medicalSpecialty") {
                    let list: Vec<&Value> = match x {
                        Value::Array(a) => a.iter().collect(),
                        other => vec![other],
                    };
                    for u in list {
                        if let Some(s) = u.as_str() {
                            assert!(s.starts_with("https://"), "U1 absolute {path}.{k}: {s}");
                        }
                    }
                }
                walk_urls(x, &format!("{path}.{k}"));
            }
        }
        Value::Array(a) => a.iter().for_each(|x| walk_urls(x, path)),
        _ => {}
    }
}

pub fn no_key(v: &Value, key: &str) {
    match v {
        Value::Object(m) => m.iter().for_each(|(k, x)| {
            assert_ne!(k, key, "S9: no {key}");
            no_key(x, key)
        }),
        Value::Array(a) => a.iter().for_each(|x| no_key(x, key)),
        _ => {}
    }
}

pub fn common_rules(site: &SiteInfo, page: &PageMeta, h: &Html) {
    // O1, O2, O7, H2, U2
    assert_eq!(one(h, "property", "og:title"), page.title);
    assert_eq!(one(h, "property", "og:url"), page.url);
    assert!(!page.url.contains('?'));
    let canon: Vec<_> = h.select(&sel("link[rel=canonical]")).collect();
    assert_eq!(canon.len(), 1);
    assert_eq!(canon[0].value().attr("href"), Some(page.url.as_str()), "U2 canonical == og:url");
    assert_eq!(one(h, "name", "description"), page.description);
    assert_eq!(one(h, "property", "og:description"), page.description, "H2 description == og:description");
    assert_eq!(one(h, "property", "og:site_name"), site.title);
    let loc = one(h, "property", "og:locale");
    assert!(loc.len() == 5 && &loc[2..3] == "_" && loc[3..].chars().all(|c| c.is_ascii_uppercase()), "O2 {loc}");
    // O1 image + O3 order + O4 real size.
    let img = page.image.clone().or(site.social.default_image.clone()).unwrap();
    assert_eq!(one(h, "property", "og:image"), img.url);
    let seq: Vec<(String, String)> = h
        .select(&sel("meta[property^=\"og:image\"]"))
        .map(|m| (m.value().attr("property").unwrap().into(), m.value().attr("content").unwrap().into()))
        .collect();
    let want = vec![
        ("og:image".to_string(), img.url.clone()),
        ("og:image:secure_url".into(), img.url.clone()),
        ("og:image:type".into(), img.mime.clone()),
        ("og:image:width".into(), img.width.to_string()),
        ("og:image:height".into(), img.height.to_string()),
        ("og:image:alt".into(), img.alt.clone()),
    ];
    assert_eq!(seq, want, "O3/O4 structured image props right after og:image");
    // og:* uses property=, twitter:* uses name= (X2).
    assert!(h.select(&sel("meta[name^=\"og:\"]")).next().is_none());
    assert!(h.select(&sel("meta[property^=\"twitter:\"]")).next().is_none());
    // X1-X3; square and portrait images (bios) get `summary`: X crops a
    // large card to 2:1 and cuts a portrait's head off (issue 11).
    let large = img.width >= 300 && img.height >= 157 && img.width * 10 >= img.height * 13;
    assert_eq!(one(h, "name", "twitter:card"), if large { "summary_large_image" } else { "summary" });
    assert_eq!(one(h, "name", "twitter:site"), "@maplegrove");
    assert_eq!(one(h, "name", "twitter:title"), page.title);
    assert_eq!(one(h, "name", "twitter:description"), page.description);
    assert_eq!(one(h, "name", "twitter:image"), img.url);
    assert_eq!(one(h, "name", "twitter:image:alt"), img.alt);
    // M1
    assert_eq!(one(h, "name", "fediverse:creator"), "@maplegrove@med.social.test");
    // D1: one link per feed, distinct titles, absolute.
    let alts: Vec<_> = h.select(&sel("link[rel=alternate]")).collect();
    assert_eq!(alts.len(), page.feeds.len());
    let mut titles: Vec<&str> = alts.iter().map(|a| a.value().attr("title").unwrap()).collect();
    for (a, f) in alts.iter().zip(&page.feeds) {
        assert_eq!(a.value().attr("type"), Some(f.mime.as_str()));
        assert_eq!(a.value().attr("href"), Some(f.url.as_str()));
        assert!(f.url.starts_with(BASE));
    }
    for mime in ["application/rss+xml", "application/atom+xml", "application/feed+json"] {
        assert!(alts.iter().any(|a| a.value().attr("type") == Some(mime)), "D1 {mime}");
    }
    titles.sort();
    titles.dedup();
    assert_eq!(titles.len(), alts.len(), "D1 distinct titles");
    // U1 for head URLs.
    for (k, v) in [("og:url", one(h, "property", "og:url")), ("og:image", one(h, "property", "og:image"))] {
        assert!(v.starts_with(BASE), "U1 {k}");
    }
    // S1, S9, U1 in JSON-LD; every node typed.
    let v = ld(h);
    for n in graph(&v) {
        assert!(n.get("@type").is_some_and(Value::is_string), "S1 @type on {n}");
    }
    walk_urls(&v, "$");
    no_key(&v, "aggregateRating");
    no_key(&v, "review");
    // M2: no top-level NewsArticle/WebPage that Mastodon would read instead of OG.
    assert!(v.get("@type").is_none());
    // S6: breadcrumbs on non-home pages.
    if page.kind != PageKind::Home {
        let b = node(&v, "BreadcrumbList");
        for (i, li) in b["itemListElement"].as_array().unwrap().iter().enumerate() {
            assert_eq!(li["@type"], "ListItem");
            assert_eq!(li["position"], i + 1);
            assert!(li["name"].is_string());
        }
    }
}
