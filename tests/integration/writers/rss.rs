//! RSS 2.0: parsed back with feed-rs (a real consumer), then R1-R13 asserted on the XML tree.

use crate::support::views::*;
use crate::support::xmlutil::*;
use carepress::render::feeds::{atom, json_feed, rss};
use carepress::render::img_html;
use chrono::{DateTime, Utc};
use roxmltree::Document;

// ---------------- RSS ----------------

#[test]
fn rss_round_trips_through_feed_rs() {
    // R2, R5, R6, R7, R8, R9, R11, R12, U6 via a real parser.
    let (site, ch) = (site(), channel());
    let xml = rss(&site, &ch);
    let f = feed_rs::parser::parse(xml.as_bytes()).expect("feed-rs parses RSS");
    assert_eq!(f.title.unwrap().content, ch.title);
    assert_eq!(f.description.unwrap().content, ch.description);
    assert!(f.links.iter().any(|l| l.href == ch.home_url));
    assert_eq!(f.language.as_deref(), Some("en-us"));
    assert_eq!(f.updated, Some(utc("2026-10-02T10:30:00-04:00")));
    assert_eq!(f.entries.len(), 3);
    for (e, it) in f.entries.iter().zip(&ch.items) {
        assert_eq!(e.title.as_ref().unwrap().content, it.title, "title exact");
        assert_eq!(e.id, it.url, "guid == permalink");
        assert_eq!(e.links[0].href, it.url);
        assert_eq!(e.published, Some(it.published.with_timezone(&Utc)));
        assert_eq!(e.summary.as_ref().unwrap().content, it.summary);
        let terms: Vec<&str> = e.categories.iter().map(|c| c.term.as_str()).collect();
        assert_eq!(terms, it.tags.iter().map(String::as_str).collect::<Vec<_>>());
        let want_author = it.author.as_ref().map(|a| a.name.as_str()).unwrap_or(&site.practice.name);
        assert_eq!(e.authors[0].name, want_author);
        let body = e.content.as_ref().and_then(|c| c.body.clone()).unwrap();
        match &it.image {
            Some(img) => {
                assert_eq!(body, format!("{}\n{}", img_html(img), it.content_html));
                let media: Vec<_> = e.media.iter().flat_map(|m| m.content.iter()).collect();
                let enc = media.iter().find(|c| c.size.is_some()).expect("enclosure");
                assert_eq!(enc.url.as_ref().unwrap().as_str(), img.url);
                assert_eq!(enc.size, Some(img.bytes));
                assert_eq!(enc.content_type.as_ref().unwrap().to_string(), img.mime);
                let mc = media.iter().find(|c| c.width.is_some()).expect("media:content");
                assert_eq!((mc.width, mc.height), (Some(img.width), Some(img.height)));
            }
            None => {
                assert_eq!(body, it.content_html);
                assert!(e.media.iter().all(|m| m.content.is_empty()));
            }
        }
    }
    // The nasty title decodes exactly once, exactly.
    assert_eq!(f.entries.iter().filter(|e| e.title.as_ref().unwrap().content == NASTY).count(), 1);
}

#[test]
fn rss_structure_rules() {
    let (site, ch) = (site(), channel());
    let xml = rss(&site, &ch);
    assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>"), "U3");
    let doc = Document::parse(&xml).expect("R1 well-formed");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "rss");
    assert_eq!(root.attribute("version"), Some("2.0"));
    let chans = kid_ns(root, None, "channel");
    assert_eq!(chans.len(), 1, "R1 one channel");
    let c = chans[0];
    // R2
    assert_eq!(text_of(c, None, "title"), ch.title);
    assert_eq!(text_of(c, None, "link"), ch.home_url);
    assert_eq!(text_of(c, None, "description"), ch.description);
    // R3
    assert_eq!(text_of(c, None, "language"), "en-us");
    let lbd = text_of(c, None, "lastBuildDate");
    assert_eq!(DateTime::parse_from_rfc2822(&lbd).unwrap(), dt("2026-10-02T10:30:00-04:00"));
    let selfs = kid_ns(c, Some(ATOM_NS), "link");
    assert_eq!(selfs.len(), 1);
    assert_eq!(selfs[0].attribute("rel"), Some("self"));
    assert_eq!(selfs[0].attribute("type"), Some("application/rss+xml"));
    assert_eq!(selfs[0].attribute("href"), Some(format!("{BASE}tips/rss.xml").as_str()));
    // R4
    let img = kid_ns(c, None, "image");
    assert_eq!(img.len(), 1);
    assert_eq!(text_of(img[0], None, "url"), site.practice.logo.as_ref().unwrap().url);
    assert_eq!(text_of(img[0], None, "title"), ch.title);
    assert_eq!(text_of(img[0], None, "link"), ch.home_url);
    assert!(text_of(img[0], None, "width").parse::<u32>().unwrap() <= 144);
    assert!(text_of(img[0], None, "height").parse::<u32>().unwrap() <= 400);

    let items = kid_ns(c, None, "item");
    assert_eq!(items.len(), 3);
    let mut prev: Option<DateTime<chrono::FixedOffset>> = None;
    for (n, it) in items.iter().zip(&ch.items) {
        // R5
        assert_eq!(text_of(*n, None, "title"), it.title);
        assert_eq!(text_of(*n, None, "description"), it.summary);
        let link = text_of(*n, None, "link");
        assert!(link.starts_with(BASE), "U1 absolute");
        // R6 / U6 / U2
        let g = kid_ns(*n, None, "guid");
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].text(), Some(link.as_str()));
        assert_ne!(g[0].attribute("isPermaLink"), Some("false"));
        // R7 + U4: RFC 822, 4-digit year, strictly decreasing.
        let pd = text_of(*n, None, "pubDate");
        let parsed = DateTime::parse_from_rfc2822(&pd).unwrap();
        assert_eq!(parsed, it.published);
        assert_eq!(pd.split(' ').nth(3).unwrap().len(), 4, "4-digit year in {pd}");
        if let Some(p) = prev {
            assert!(parsed < p, "R7 newest first, strictly");
        }
        prev = Some(parsed);
        // R11
        assert_eq!(kid_ns(*n, None, "author").len(), 0, "no e-mail author");
        assert_eq!(kid_ns(*n, Some(DC_NS), "creator").len(), 1);
        // R12
        let cats: Vec<String> = kid_ns(*n, None, "category").iter().map(|c| c.text().unwrap().to_string()).collect();
        assert_eq!(cats, it.tags);
        // R10: description is plain text (no element children), content in CDATA.
        assert!(kid_ns(*n, None, "description")[0].children().all(|k| k.is_text()));
        let encoded = text_of(*n, Some(CONTENT_NS), "encoded");
        let encl = kid_ns(*n, None, "enclosure");
        let media = kid_ns(*n, Some(MEDIA_NS), "content");
        match &it.image {
            Some(i) => {
                // R8
                assert_eq!(encl.len(), 1, "exactly one enclosure");
                assert_eq!(encl[0].attribute("url"), Some(i.url.as_str()));
                assert_eq!(encl[0].attribute("length"), Some(i.bytes.to_string().as_str()));
                assert_eq!(encl[0].attribute("type"), Some(i.mime.as_str()));
                // R9b
                assert_eq!(media.len(), 1);
                let m = media[0];
                assert_eq!(m.attribute("url"), Some(i.url.as_str()));
                assert_eq!(m.attribute("medium"), Some("image"));
                assert_eq!(m.attribute("type"), Some(i.mime.as_str()));
                assert_eq!(m.attribute("width"), Some(i.width.to_string().as_str()));
                assert_eq!(m.attribute("height"), Some(i.height.to_string().as_str()));
                // R9c: first <img> of content:encoded is the image, absolute, sized, with alt.
                let frag = scraper::Html::parse_fragment(&encoded);
                let sel = scraper::Selector::parse("img").unwrap();
                let first = frag.select(&sel).next().expect("an <img>");
                assert_eq!(first.value().attr("src"), Some(i.url.as_str()));
                assert_eq!(first.value().attr("width"), Some("1200"));
                assert_eq!(first.value().attr("height"), Some("630"));
                assert_eq!(first.value().attr("alt"), Some(i.alt.as_str()));
                // The CDATA split kept the content intact (contains a literal "]]>").
                assert_eq!(encoded, format!("{}\n{}", img_html(i), it.content_html));
            }
            None => {
                assert!(encl.is_empty() && media.is_empty());
                assert_eq!(encoded, it.content_html);
            }
        }
    }
    // The raw XML holds no live markup from the title: its '<' is escaped.
    assert!(!xml.contains("<script>alert(1)</script> ]]> tips</title>"));
}

// ---------------- cross-format ----------------

#[test]
fn feeds_are_deterministic_and_sorted() {
    // D3: byte-identical renders; R7: input order does not matter.
    let (site, ch) = (site(), channel());
    let mut shuffled = ch.clone();
    shuffled.items.reverse();
    for f in [rss, atom, json_feed] {
        let a = f(&site, &ch);
        assert_eq!(a, f(&site, &ch));
        assert_eq!(a, f(&site, &shuffled));
    }
}

#[test]
fn control_characters_cannot_break_xml() {
    let site = site();
    let mut ch = channel();
    ch.items[0].title = "Bad\u{1}char \u{FFFE}".into();
    ch.items[0].content_html = "<p>x\u{0}y</p>".into();
    Document::parse(&rss(&site, &ch)).expect("RSS stays well-formed");
    Document::parse(&atom(&site, &ch)).expect("Atom stays well-formed");
}
