//! Atom 1.0: parsed back with feed-rs, then T1-T9 asserted on the XML tree.

use crate::support::views::*;
use crate::support::xmlutil::*;
use carepress::render::feeds::atom;
use carepress::render::img_html;
use chrono::{DateTime, Utc};
use roxmltree::Document;

// ---------------- Atom ----------------

#[test]
fn atom_round_trips_through_feed_rs() {
    let (site, ch) = (site(), channel());
    let xml = atom(&site, &ch);
    let f = feed_rs::parser::parse(xml.as_bytes()).expect("feed-rs parses Atom");
    assert_eq!(f.feed_type, feed_rs::model::FeedType::Atom);
    assert_eq!(f.id, ch.home_url, "T2 id");
    assert_eq!(f.title.unwrap().content, ch.title);
    assert_eq!(f.updated, Some(utc("2026-10-02T10:30:00-04:00")));
    assert_eq!(f.authors[0].name, site.practice.name, "T3");
    assert!(f.links.iter().any(|l| l.rel.as_deref() == Some("self") && l.href == format!("{BASE}tips/atom.xml")));
    assert!(f.links.iter().any(|l| l.rel.as_deref() == Some("alternate") && l.href == ch.home_url));
    assert_eq!(f.entries.len(), 3);
    for (e, it) in f.entries.iter().zip(&ch.items) {
        assert_eq!(e.id, it.url, "U6");
        assert_eq!(e.title.as_ref().unwrap().content, it.title);
        assert_eq!(e.published, Some(it.published.with_timezone(&Utc)));
        assert_eq!(e.updated, Some(it.updated.unwrap_or(it.published).with_timezone(&Utc)));
        assert_eq!(e.summary.as_ref().unwrap().content, it.summary);
        let content = e.content.as_ref().unwrap();
        assert_eq!(content.content_type.to_string(), "text/html");
        let terms: Vec<&str> = e.categories.iter().map(|c| c.term.as_str()).collect();
        assert_eq!(terms, it.tags.iter().map(String::as_str).collect::<Vec<_>>());
        match &it.author {
            Some(a) => assert_eq!((e.authors[0].name.as_str(), e.authors[0].uri.as_deref()), (a.name.as_str(), Some(a.url.as_str()))),
            None => assert!(e.authors.is_empty()),
        }
        let enc = e.links.iter().find(|l| l.rel.as_deref() == Some("enclosure"));
        match &it.image {
            Some(i) => {
                let enc = enc.expect("T8 enclosure link");
                assert_eq!(enc.href, i.url);
                assert_eq!(enc.length, Some(i.bytes));
                assert_eq!(enc.media_type.as_deref(), Some(i.mime.as_str()));
                assert!(content.body.as_ref().unwrap().starts_with(&img_html(i)));
            }
            None => assert!(enc.is_none()),
        }
    }
    assert_eq!(f.entries.iter().filter(|e| e.title.as_ref().unwrap().content == NASTY).count(), 1);
}

#[test]
fn atom_structure_rules() {
    let (site, ch) = (site(), channel());
    let xml = atom(&site, &ch);
    assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>"));
    let doc = Document::parse(&xml).expect("well-formed");
    let feed = doc.root_element();
    // T1
    assert_eq!(feed.tag_name().name(), "feed");
    assert_eq!(feed.tag_name().namespace(), Some(ATOM_NS));
    let a = Some(ATOM_NS);
    // T2
    for name in ["id", "title", "updated"] {
        assert_eq!(kid_ns(feed, a, name).len(), 1, "one feed <{name}>");
    }
    assert!(is_rfc3339_upper(&text_of(feed, a, "updated")));
    // T3: feed author (then entries may omit theirs).
    let authors = kid_ns(feed, a, "author");
    assert_eq!(authors.len(), 1);
    assert_eq!(text_of(authors[0], a, "name"), site.practice.name);
    // T4
    let links = kid_ns(feed, a, "link");
    assert!(links.iter().any(|l| l.attribute("rel") == Some("self") && l.attribute("type") == Some("application/atom+xml")));
    assert!(links.iter().any(|l| l.attribute("rel") == Some("alternate")
        && l.attribute("type") == Some("text/html")
        && l.attribute("href") == Some(ch.home_url.as_str())));
    assert_eq!(text_of(feed, a, "icon"), site.practice.logo.as_ref().unwrap().url, "square logo as icon");
    let entries = kid_ns(feed, a, "entry");
    assert_eq!(entries.len(), 3);
    for (e, it) in entries.iter().zip(&ch.items) {
        // T5
        for name in ["id", "title", "updated", "published"] {
            assert_eq!(kid_ns(*e, a, name).len(), 1, "one entry <{name}>");
        }
        assert_eq!(text_of(*e, a, "id"), it.url);
        assert!(is_rfc3339_upper(&text_of(*e, a, "updated")));
        let published = text_of(*e, a, "published");
        assert!(is_rfc3339_upper(&published));
        assert_eq!(DateTime::parse_from_rfc3339(&published).unwrap(), it.published, "U5 same instant");
        // T6
        assert!(
            kid_ns(*e, a, "link").iter().any(|l| l.attribute("rel") == Some("alternate") && l.attribute("href") == Some(it.url.as_str()))
        );
        // T7 + T9
        let s = kid_ns(*e, a, "summary")[0];
        assert_eq!(s.attribute("type"), Some("text"));
        assert!(s.children().all(|k| k.is_text()), "T9 no markup in text");
        let c = kid_ns(*e, a, "content")[0];
        assert_eq!(c.attribute("type"), Some("html"));
        assert!(c.children().all(|k| k.is_text()), "T9 html is entity-escaped, not child elements");
        let html = c.text().unwrap();
        match &it.image {
            Some(i) => {
                assert_eq!(html, format!("{}\n{}", img_html(i), it.content_html));
                // T8
                let enc: Vec<_> = kid_ns(*e, a, "link").into_iter().filter(|l| l.attribute("rel") == Some("enclosure")).collect();
                assert_eq!(enc.len(), 1);
                assert_eq!(enc[0].attribute("length"), Some(i.bytes.to_string().as_str()));
                assert_eq!(enc[0].attribute("type"), Some(i.mime.as_str()));
            }
            None => assert_eq!(html, it.content_html),
        }
    }
}
