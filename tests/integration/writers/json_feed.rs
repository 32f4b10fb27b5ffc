//! JSON Feed 1.1: validated against tests/jsonfeed-1.1.schema.json, J1-J7 asserted.

use crate::support::views::*;
use crate::support::xmlutil::*;
use carepress::render::feeds::{atom, json_feed, rss};
use carepress::render::img_html;
use chrono::DateTime;
use roxmltree::Document;

// ---------------- JSON Feed ----------------

type Mutation = Box<dyn Fn(&mut serde_json::Value)>;

fn schema_validator() -> jsonschema::Validator {
    let schema: serde_json::Value = serde_json::from_str(include_str!("../../jsonfeed-1.1.schema.json")).expect("schema is JSON");
    jsonschema::options().should_validate_formats(true).build(&schema).expect("schema compiles")
}

#[test]
fn json_feed_validates_against_schema() {
    // J1-J6 via tests/jsonfeed-1.1.schema.json.
    let v = schema_validator();
    let out = json_feed(&site(), &channel());
    let doc: serde_json::Value = serde_json::from_str(&out).expect("J1 valid JSON");
    let errors: Vec<String> = v.iter_errors(&doc).map(|e| format!("{} at {}", e, e.instance_path)).collect();
    assert!(errors.is_empty(), "{errors:#?}");

    // The schema can fail: each mutation breaks one rule.
    let mutations: Vec<(&str, Mutation)> = vec![
        ("J1 version", Box::new(|d| d["version"] = "https://jsonfeed.org/version/1".into())),
        (
            "J2 feed_url",
            Box::new(|d| {
                d.as_object_mut().unwrap().remove("feed_url");
            }),
        ),
        (
            "J3 id",
            Box::new(|d| {
                d["items"][0].as_object_mut().unwrap().remove("id");
            }),
        ),
        (
            "J3 content",
            Box::new(|d| {
                d["items"][1].as_object_mut().unwrap().remove("content_html");
            }),
        ),
        ("J4 date", Box::new(|d| d["items"][0]["date_published"] = "Thu, 01 Oct 2026 09:00:00 -0400".into())),
        ("J5 image absolute", Box::new(|d| d["items"][0]["image"] = "/tips/x.jpg".into())),
        ("J4 authors objects", Box::new(|d| d["items"][0]["authors"] = serde_json::json!([{}]))),
        ("J6 extension key", Box::new(|d| d["items"][0]["x.y"] = serde_json::json!({}))),
    ];
    for (rule, m) in mutations {
        let mut bad = doc.clone();
        m(&mut bad);
        assert!(!v.is_valid(&bad), "schema should reject: {rule}");
    }
}

#[test]
fn json_feed_fields() {
    let (site, ch) = (site(), channel());
    let out = json_feed(&site, &ch);
    let d: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(d["version"], "https://jsonfeed.org/version/1.1");
    assert_eq!(d["title"], ch.title.as_str());
    assert_eq!(d["home_page_url"], ch.home_url.as_str());
    assert_eq!(d["feed_url"], format!("{BASE}tips/feed.json"));
    assert_eq!(d["language"], "en-US");
    assert_eq!(d["description"], ch.description.as_str());
    assert_eq!(d["icon"], site.practice.logo.as_ref().unwrap().url.as_str());
    assert_eq!(d["favicon"], d["icon"]);
    let items = d["items"].as_array().unwrap();
    assert_eq!(items.len(), 3);
    for (j, it) in items.iter().zip(&ch.items) {
        assert_eq!(j["id"], it.url.as_str(), "J3/U6 id = permalink");
        assert_eq!(j["url"], it.url.as_str());
        assert_eq!(j["title"], it.title.as_str());
        assert_eq!(j["summary"], it.summary.as_str());
        assert_eq!(DateTime::parse_from_rfc3339(j["date_published"].as_str().unwrap()).unwrap(), it.published);
        assert_eq!(DateTime::parse_from_rfc3339(j["date_modified"].as_str().unwrap()).unwrap(), it.updated.unwrap_or(it.published));
        let tags: Vec<String> = j.get("tags").map(|t| serde_json::from_value(t.clone()).unwrap()).unwrap_or_default();
        assert_eq!(tags, it.tags);
        assert!(j.get("author").is_none(), "J4 authors, not deprecated author");
        let a = &j["authors"][0];
        match &it.author {
            Some(p) => assert_eq!((a["name"].as_str(), a["url"].as_str()), (Some(p.name.as_str()), Some(p.url.as_str()))),
            None => assert_eq!(a["name"], site.practice.name.as_str()),
        }
        match &it.image {
            Some(i) => {
                assert_eq!(j["image"], i.url.as_str(), "J5");
                assert!(j["content_html"].as_str().unwrap().starts_with(&img_html(i)));
            }
            None => assert!(j.get("image").is_none()),
        }
    }
    // A consumer's view: feed-rs parses JSON Feed too.
    let f = feed_rs::parser::parse(out.as_bytes()).unwrap();
    assert_eq!(f.entries.iter().filter(|e| e.title.as_ref().unwrap().content == NASTY).count(), 1);
    assert_eq!(f.entries.iter().map(|e| e.id.clone()).collect::<Vec<_>>(), ch.items.iter().map(|i| i.url.clone()).collect::<Vec<_>>());
}

#[test]
fn empty_feed_is_still_valid() {
    let site = site();
    let mut ch = channel();
    ch.items.clear();
    ch.updated = None;
    Document::parse(&rss(&site, &ch)).unwrap();
    let a = atom(&site, &ch);
    let doc = Document::parse(&a).unwrap();
    assert_eq!(text_of(doc.root_element(), Some(ATOM_NS), "updated"), "1970-01-01T00:00:00Z", "T2 stable, never now");
    let d: serde_json::Value = serde_json::from_str(&json_feed(&site, &ch)).unwrap();
    assert!(schema_validator().is_valid(&d));
}
