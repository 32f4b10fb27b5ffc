//! `<head>` metadata + JSON-LD: parsed with scraper (HTML) and serde_json.

use crate::support::html::*;
use crate::support::views::*;
use carepress::render::jsonld::{page_graph, parse_hours};
use carepress::render::seo::head_meta;
use carepress::view::*;

#[test]
fn home_page() {
    let (site, page) = (site(), home());
    let (_, h) = doc(&site, &page);
    common_rules(&site, &page, &h);
    assert_eq!(one(&h, "property", "og:type"), "website");
    assert!(metas(&h, "property", "article:published_time").is_empty());
    let v = ld(&h);
    // S3
    let p = node(&v, "MedicalClinic");
    assert_eq!(p["@id"], format!("{BASE}#practice"));
    assert_eq!(p["name"], "Maple Grove Family Medicine");
    assert_eq!(p["url"], BASE);
    assert_eq!(p["logo"]["url"], format!("{BASE}images/logo.png"));
    assert!(p["image"].is_string());
    assert_eq!(p["telephone"], "+1-555-010-2000");
    assert_eq!(p["faxNumber"], "+1-555-010-2001");
    assert_eq!(p["email"], "frontdesk@maplegrove-clinic.test");
    assert_eq!(p["address"]["@type"], "PostalAddress");
    assert_eq!(p["address"]["addressLocality"], "Springfield");
    assert_eq!(p["address"]["postalCode"], "62701");
    assert_eq!(p["geo"]["@type"], "GeoCoordinates");
    assert_eq!(p["geo"]["latitude"], 39.7817);
    let oh = p["openingHoursSpecification"].as_array().unwrap();
    assert_eq!(oh.len(), 2);
    assert_eq!(oh[0]["dayOfWeek"], serde_json::json!(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]));
    assert_eq!((oh[0]["opens"].as_str(), oh[0]["closes"].as_str()), (Some("08:00"), Some("17:00")));
    assert_eq!(oh[1]["dayOfWeek"], serde_json::json!(["Saturday"]));
    assert_eq!(p["openingHours"], serde_json::json!(["by appointment"]), "unparseable hours kept as text");
    assert_eq!(p["medicalSpecialty"], serde_json::json!(["https://schema.org/PrimaryCare", "https://schema.org/Pediatric"]));
    assert_eq!(
        p["sameAs"],
        serde_json::json!([
            "https://facebook.com/maplegrove",
            "https://x.com/maplegrove",
            "https://med.social.test/@maplegrove",
            "https://bsky.app/profile/maplegrove.bsky.social"
        ])
    );
    assert_eq!(p["isAcceptingNewPatients"], true);
    // S8
    let w = node(&v, "WebSite");
    assert_eq!((w["name"].as_str(), w["url"].as_str()), (Some(site.title.as_str()), Some(BASE)));
}

#[test]
fn tip_page_with_nasty_title() {
    let (site, page) = (site(), tip());
    let (raw, h) = doc(&site, &page);
    common_rules(&site, &page, &h);
    // Escaping: one <script> (ld+json), title decoded exactly, "<script>" never live.
    assert_eq!(raw.matches("<script").count(), 1);
    assert_eq!(raw.matches("</script>").count(), 1);
    assert_eq!(h.select(&sel("script")).count(), 1);
    assert_eq!(metas(&h, "property", "og:title"), vec![NASTY.to_string()]);
    assert_eq!(metas(&h, "name", "twitter:title"), vec![NASTY.to_string()]);
    // O1/O6
    assert_eq!(one(&h, "property", "og:type"), "article");
    assert_eq!(one(&h, "property", "article:published_time"), "2026-10-01T09:00:00-04:00");
    assert_eq!(one(&h, "property", "article:modified_time"), "2026-10-02T10:30:00-04:00");
    assert_eq!(one(&h, "property", "article:author"), ana().url);
    assert_eq!(one(&h, "property", "article:section"), "Health tips");
    assert_eq!(metas(&h, "property", "article:tag"), page.tags);
    // S5 / M2
    let v = ld(&h);
    let wp = node(&v, "MedicalWebPage");
    assert_eq!(wp["@id"], format!("{}#webpage", page.url));
    assert_eq!(wp["url"], page.url.as_str(), "U2");
    assert_eq!(wp["headline"], NASTY, "M2 headline == og:title");
    assert_eq!(wp["name"], NASTY);
    assert_eq!(wp["description"], page.description.as_str(), "M2 description == og:description");
    assert_eq!(wp["datePublished"], "2026-10-01T09:00:00-04:00", "U5");
    assert_eq!(wp["dateModified"], "2026-10-02T10:30:00-04:00");
    assert_eq!(wp["inLanguage"], "en-US");
    assert_eq!(wp["image"], serde_json::json!([flu_image().url]));
    assert_eq!(wp["author"]["@type"], "Person");
    assert_eq!((wp["author"]["name"].as_str(), wp["author"]["url"].as_str()), (Some("Ana Álvarez"), Some(ana().url.as_str())));
    assert_eq!(wp["reviewedBy"]["@type"], "Person");
    assert_eq!((wp["reviewedBy"]["name"].as_str(), wp["reviewedBy"]["url"].as_str()), (Some("Ben O'Brien"), Some(ben().url.as_str())));
    assert_eq!(wp["lastReviewed"], "2026-09-30");
    assert_eq!(wp["medicalAudience"], serde_json::json!({"@type": "MedicalAudience", "audienceType": "Patient"}));
    assert_eq!(
        wp["citation"],
        serde_json::json!([{"@type": "CreativeWork", "name": "CDC: Flu vaccine <facts>", "url": "https://www.cdc.gov/flu/"}])
    );
    assert_eq!(wp["publisher"]["@id"], format!("{BASE}#practice"));
    assert_eq!(wp["publisher"]["name"], site.practice.name.as_str());
    assert_eq!(wp["publisher"]["url"], BASE);
    let art = node(&v, "Article");
    assert_eq!(art["headline"], NASTY);
    assert_eq!(art["mainEntityOfPage"]["@id"], wp["@id"]);
    assert_eq!(art["author"]["name"], "Ana Álvarez");
    let b = node(&v, "BreadcrumbList");
    assert_eq!(b["itemListElement"][2]["name"], NASTY);
    assert_eq!(b["itemListElement"][2]["item"], page.url.as_str());
}

#[test]
fn bio_page() {
    let (site, page) = (site(), bio());
    let (_, h) = doc(&site, &page);
    common_rules(&site, &page, &h);
    assert_eq!(one(&h, "property", "og:type"), "profile");
    assert!(metas(&h, "property", "article:published_time").is_empty());
    let v = ld(&h);
    // S4 (a)
    let p = node(&v, "Person");
    assert_eq!(p["@id"], format!("{}#person", page.url));
    assert_eq!(p["name"], "Ana Álvarez");
    assert_eq!(p["url"], page.url.as_str());
    assert_eq!(p["jobTitle"], "Family physician");
    assert_eq!(p["hasOccupation"]["@type"], "Occupation");
    assert_eq!(p["honorificSuffix"], "MD, FAAFP");
    assert_eq!(p["hasCredential"][1]["name"], "FAAFP");
    assert_eq!(p["knowsAbout"], serde_json::json!(["Family medicine", "Sports medicine"]));
    assert_eq!(p["knowsLanguage"], serde_json::json!(["English", "Spanish"]));
    assert_eq!(p["worksFor"]["@id"], format!("{BASE}#practice"));
    assert_eq!(p["worksFor"]["name"], site.practice.name.as_str());
    assert_eq!(p["image"], ana().image.unwrap().url);
    assert!(p.get("medicalSpecialty").is_none(), "not a Person property");
    let pp = node(&v, "ProfilePage");
    assert_eq!(pp["mainEntity"]["@id"], p["@id"]);
    // The author id used on tips points at the same node.
    let tip_ld = page_graph(&site, &tip());
    assert_eq!(node(&tip_ld, "MedicalWebPage")["author"]["@id"], p["@id"]);
}

#[test]
fn news_page_small_image_and_policy() {
    let site = site();
    let page = news();
    let (_, h) = doc(&site, &page);
    common_rules(&site, &page, &h);
    assert_eq!(one(&h, "name", "twitter:card"), "summary", "250x250 is below the large-card minimum");
    assert_eq!(one(&h, "property", "og:type"), "article");
    assert_eq!(one(&h, "property", "article:modified_time"), one(&h, "property", "article:published_time"));
    let v = ld(&h);
    let wp = node(&v, "WebPage");
    assert_eq!(wp["headline"], page.title.as_str());
    assert_eq!(node(&v, "BlogPosting")["datePublished"], "2026-08-01T12:00:00-05:00");
    // Default trail when none is given: Home > page.
    let b = node(&v, "BreadcrumbList");
    assert_eq!(b["itemListElement"][0]["item"], BASE);

    let page = policy();
    let (_, h) = doc(&site, &page);
    common_rules(&site, &page, &h);
    assert_eq!(one(&h, "property", "og:type"), "website");
    assert_eq!(one(&h, "property", "og:image"), site.social.default_image.as_ref().unwrap().url, "fallback image");
    assert!(metas(&h, "property", "article:tag").is_empty());
}

#[test]
fn noindex_and_duplicate_feed_titles() {
    let site = site();
    let mut page = policy();
    page.noindex = true;
    page.feeds.push(FeedLink {
        title: page.feeds[0].title.clone(),
        url: format!("{BASE}policies/rss.xml"),
        mime: "application/rss+xml".into(),
    });
    page.feeds.push(page.feeds[0].clone());
    let (_, h) = doc(&site, &page);
    assert_eq!(one(&h, "name", "robots"), "noindex");
    let titles: Vec<String> = h.select(&sel("link[rel=alternate]")).map(|a| a.value().attr("title").unwrap().to_string()).collect();
    assert_eq!(titles.len(), 4, "duplicate URL dropped");
    let mut d = titles.clone();
    d.sort();
    d.dedup();
    assert_eq!(d.len(), 4, "D1 titles made distinct: {titles:?}");
}

#[test]
fn hours_parser() {
    assert_eq!(parse_hours("Fr-Mo 10:00-14:00").unwrap()[0]["dayOfWeek"], serde_json::json!(["Friday", "Saturday", "Sunday", "Monday"]));
    let split = parse_hours("Mo,We 08:00-12:00,13:00-17:30").unwrap();
    assert_eq!(split.len(), 2);
    assert_eq!(split[1]["closes"], "17:30");
    assert_eq!(split[0]["dayOfWeek"], serde_json::json!(["Monday", "Wednesday"]));
    for bad in ["", "Mo-Fr", "Xx 08:00-12:00", "Mo 8-12", "Mo 08:00-25:61", "by appointment"] {
        assert!(parse_hours(bad).is_none(), "{bad}");
    }
}

#[test]
fn head_is_deterministic() {
    let site = site();
    for p in [home(), tip(), bio(), news(), policy()] {
        assert_eq!(head_meta(&site, &p), head_meta(&site, &p));
    }
}
