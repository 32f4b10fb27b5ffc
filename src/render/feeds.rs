//! Feed writers: RSS 2.0 (`rss.xml`), Atom 1.0 (`atom.xml`), JSON Feed 1.1
//! (`feed.json`). Conformance rules R1-R13, T1-T9, J1-J7, U1-U6, D3.
//!
//! All three print the same items in the same order (showing alerts first,
//! then newest first), with the permalink as the identity (RSS `guid` ==
//! Atom `id` == JSON `id`), the same instants, and the item image three ways
//! (enclosure / media:content / first `<img>` of the content).

use super::{img_html, is_raster, rfc822, rfc3339};
use crate::config::FeedFormat;
use crate::escape::{cdata, xml};
use crate::site::Site;
use crate::view::{FeedChannel, FeedItem, ImageRef, SiteInfo};
use chrono::{DateTime, FixedOffset};
use rayon::prelude::*;
use serde::Serialize;
use std::fmt::Write as _;

/// Every feed file of the site whose folder (root-relative, "/" for the
/// site's own) passes `keep`, in each of `[feeds] formats`, as (path under
/// the output root, bytes). Which pages each feed holds is the site
/// model's ([`Site::feed_channels`]); this only writes them.
pub fn site_feeds(site: &Site, keep: impl Fn(&str) -> bool) -> Vec<super::pages::Out> {
    let cfg = &site.config;
    site.feed_channels(keep)
        .par_iter()
        .flat_map_iter(|ch| {
            // feed_base is an encoded URL; the file goes to the decoded path.
            let folder = ch.feed_base.strip_prefix(&cfg.base_url).unwrap_or("");
            let folder = percent_encoding::percent_decode_str(folder).decode_utf8_lossy().into_owned();
            cfg.feeds.formats.iter().map(move |f| {
                let (file, _, _) = crate::site::views::feed_file(*f);
                let body = match f {
                    FeedFormat::Rss => rss(&site.info, ch),
                    FeedFormat::Atom => atom(&site.info, ch),
                    FeedFormat::Json => json_feed(&site.info, ch),
                };
                (format!("{folder}{file}"), body.into_bytes())
            })
        })
        .collect()
}

/// Items newest first (ties: by URL), whatever order the caller used (R7),
/// after the channel's pinned alerts, which keep their order at the top.
fn sorted(ch: &FeedChannel) -> Vec<&FeedItem> {
    let (pinned, rest) = ch.items.split_at(ch.pinned.min(ch.items.len()));
    let mut v: Vec<&FeedItem> = rest.iter().collect();
    v.sort_by(|a, b| b.published.cmp(&a.published).then_with(|| a.url.cmp(&b.url)));
    pinned.iter().chain(v).collect()
}

/// Last-modified instant of an item (updated, else published).
fn item_updated(it: &FeedItem) -> DateTime<FixedOffset> {
    it.updated.unwrap_or(it.published)
}

/// Feed-level `updated`: `ch.updated`, else the newest item instant, else the
/// Unix epoch (an empty feed still needs a stable value; never "now").
fn channel_updated(ch: &FeedChannel) -> DateTime<FixedOffset> {
    ch.updated
        .or_else(|| ch.items.iter().map(item_updated).max())
        .unwrap_or_else(|| DateTime::from_timestamp(0, 0).expect("epoch").fixed_offset())
}

/// Full HTML of an item with its image prepended as the first `<img>` (R9c, T8).
fn full_html(it: &FeedItem) -> String {
    match &it.image {
        Some(img) => format!("{}\n{}", img_html(img), it.content_html),
        None => it.content_html.clone(),
    }
}

/// Absolute URL of one of the channel's feed files.
fn feed_url(ch: &FeedChannel, file: &str) -> String {
    format!("{}{}", ch.feed_base, file)
}

/// Name shown as the author of an item: its author, else the practice.
fn author_name<'a>(site: &'a SiteInfo, it: &'a FeedItem) -> &'a str {
    it.author.as_ref().map(|a| a.name.as_str()).unwrap_or(&site.practice.name)
}

/// RSS `<image>` dimensions: the logo scaled to fit 144×400 (R4).
fn rss_image_dims(img: &ImageRef) -> (u32, u32) {
    let (mut w, mut h) = (img.width.max(1) as u64, img.height.max(1) as u64);
    if w > 144 {
        h = (h * 144 + w / 2) / w;
        w = 144;
    }
    if h > 400 {
        w = (w * 400 + h / 2) / h;
        h = 400;
    }
    (w.max(1) as u32, h.max(1) as u32)
}

/// RSS 2.0 with the content, dc, atom and media namespaces (R1-R13).
pub fn rss(site: &SiteInfo, ch: &FeedChannel) -> String {
    let mut o = String::new();
    o.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    o.push_str(concat!(
        "<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\"",
        " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"",
        " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"",
        " xmlns:media=\"http://search.yahoo.com/mrss/\">\n<channel>\n"
    ));
    let _ = writeln!(o, "<title>{}</title>", xml(&ch.title));
    let _ = writeln!(o, "<link>{}</link>", xml(&ch.home_url));
    let _ = writeln!(o, "<description>{}</description>", xml(&ch.description));
    if !site.language.is_empty() {
        let _ = writeln!(o, "<language>{}</language>", xml(&site.language.to_ascii_lowercase()));
    }
    if !ch.items.is_empty() || ch.updated.is_some() {
        let _ = writeln!(o, "<lastBuildDate>{}</lastBuildDate>", rfc822(&channel_updated(ch)));
    }
    o.push_str("<generator>carepress</generator>\n");
    let _ = writeln!(o, "<atom:link href=\"{}\" rel=\"self\" type=\"application/rss+xml\"/>", xml(&feed_url(ch, "rss.xml")));
    if let Some(logo) = site.practice.logo_raster.as_ref().or(site.practice.logo.as_ref()).filter(|l| is_raster(l)) {
        let (w, h) = rss_image_dims(logo);
        let _ = writeln!(
            o,
            "<image>\n<url>{}</url>\n<title>{}</title>\n<link>{}</link>\n<width>{w}</width>\n<height>{h}</height>\n</image>",
            xml(&logo.url),
            xml(&ch.title),
            xml(&ch.home_url)
        );
    }
    for it in sorted(ch) {
        rss_item(&mut o, site, it);
    }
    o.push_str("</channel>\n</rss>\n");
    o
}

fn rss_item(o: &mut String, site: &SiteInfo, it: &FeedItem) {
    o.push_str("<item>\n");
    let _ = writeln!(o, "<title>{}</title>", xml(&it.title));
    let _ = writeln!(o, "<link>{}</link>", xml(&it.url));
    let _ = writeln!(o, "<description>{}</description>", xml(&it.summary));
    let _ = writeln!(o, "<content:encoded>{}</content:encoded>", cdata(&full_html(it)));
    let _ = writeln!(o, "<guid isPermaLink=\"true\">{}</guid>", xml(&it.url));
    let _ = writeln!(o, "<pubDate>{}</pubDate>", rfc822(&it.published));
    let _ = writeln!(o, "<dc:creator>{}</dc:creator>", xml(author_name(site, it)));
    for t in &it.tags {
        let _ = writeln!(o, "<category>{}</category>", xml(t));
    }
    if let Some(img) = &it.image {
        let _ = writeln!(o, "<enclosure url=\"{}\" length=\"{}\" type=\"{}\"/>", xml(&img.url), img.bytes, xml(&img.mime));
        let _ = writeln!(
            o,
            "<media:content url=\"{}\" medium=\"image\" type=\"{}\" width=\"{}\" height=\"{}\" fileSize=\"{}\">",
            xml(&img.url),
            xml(&img.mime),
            img.width,
            img.height,
            img.bytes
        );
        if !img.alt.is_empty() {
            let _ = writeln!(o, "<media:description type=\"plain\">{}</media:description>", xml(&img.alt));
        }
        o.push_str("</media:content>\n");
    }
    o.push_str("</item>\n");
}

/// Atom 1.0 per RFC 4287 (T1-T9). The practice is always the feed author (T3).
pub fn atom(site: &SiteInfo, ch: &FeedChannel) -> String {
    let mut o = String::new();
    o.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    if site.language.is_empty() {
        o.push_str("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
    } else {
        let _ = writeln!(o, "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">", xml(&site.language));
    }
    let _ = writeln!(o, "<id>{}</id>", xml(&ch.home_url));
    let _ = writeln!(o, "<title type=\"text\">{}</title>", xml(&ch.title));
    if !ch.description.is_empty() {
        let _ = writeln!(o, "<subtitle type=\"text\">{}</subtitle>", xml(&ch.description));
    }
    let _ = writeln!(o, "<updated>{}</updated>", rfc3339(&channel_updated(ch)));
    let _ = writeln!(o, "<link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>", xml(&feed_url(ch, "atom.xml")));
    let _ = writeln!(o, "<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>", xml(&ch.home_url));
    let _ = writeln!(o, "<author>\n<name>{}</name>\n<uri>{}</uri>\n</author>", xml(&site.practice.name), xml(&site.base_url));
    o.push_str("<generator>carepress</generator>\n");
    if let Some(logo) = site.practice.logo_raster.as_ref().or(site.practice.logo.as_ref()).filter(|l| is_raster(l)) {
        // <icon> should be square (1:1), <logo> wide (2:1).
        let tag = if logo.width == logo.height { "icon" } else { "logo" };
        let _ = writeln!(o, "<{tag}>{}</{tag}>", xml(&logo.url));
    }
    for it in sorted(ch) {
        atom_entry(&mut o, it);
    }
    o.push_str("</feed>\n");
    o
}

fn atom_entry(o: &mut String, it: &FeedItem) {
    o.push_str("<entry>\n");
    let _ = writeln!(o, "<id>{}</id>", xml(&it.url));
    let _ = writeln!(o, "<title type=\"text\">{}</title>", xml(&it.title));
    let _ = writeln!(o, "<updated>{}</updated>", rfc3339(&item_updated(it)));
    let _ = writeln!(o, "<published>{}</published>", rfc3339(&it.published));
    let _ = writeln!(o, "<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>", xml(&it.url));
    if let Some(a) = &it.author {
        let _ = writeln!(o, "<author>\n<name>{}</name>\n<uri>{}</uri>\n</author>", xml(&a.name), xml(&a.url));
    }
    for t in &it.tags {
        let _ = writeln!(o, "<category term=\"{}\"/>", xml(t));
    }
    if let Some(img) = &it.image {
        let _ = writeln!(o, "<link rel=\"enclosure\" type=\"{}\" length=\"{}\" href=\"{}\"/>", xml(&img.mime), img.bytes, xml(&img.url));
    }
    let _ = writeln!(o, "<summary type=\"text\">{}</summary>", xml(&it.summary));
    let _ = writeln!(o, "<content type=\"html\">{}</content>", xml(&full_html(it)));
    o.push_str("</entry>\n");
}

// ---- JSON Feed 1.1 -------------------------------------------------------

fn no_tags(t: &&[String]) -> bool {
    t.is_empty()
}

#[derive(Serialize)]
struct JfAuthor<'a> {
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    avatar: Option<&'a str>,
}

#[derive(Serialize)]
struct JfItem<'a> {
    id: &'a str,
    url: &'a str,
    title: &'a str,
    summary: &'a str,
    content_html: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    image: Option<&'a str>,
    date_published: String,
    date_modified: String,
    authors: Vec<JfAuthor<'a>>,
    #[serde(skip_serializing_if = "no_tags")]
    tags: &'a [String],
}

#[derive(Serialize)]
struct JfFeed<'a> {
    version: &'static str,
    title: &'a str,
    home_page_url: &'a str,
    feed_url: String,
    #[serde(skip_serializing_if = "str::is_empty")]
    description: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    icon: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    favicon: Option<&'a str>,
    authors: Vec<JfAuthor<'a>>,
    #[serde(skip_serializing_if = "str::is_empty")]
    language: &'a str,
    items: Vec<JfItem<'a>>,
}

/// JSON Feed 1.1 (J1-J7), pretty-printed, keys in a fixed order.
pub fn json_feed(site: &SiteInfo, ch: &FeedChannel) -> String {
    // J5: icon and favicon must be square; a wide logo is left out.
    let logo = site
        .practice
        .logo_raster
        .as_ref()
        .or(site.practice.logo.as_ref())
        .filter(|l| is_raster(l) && l.width == l.height)
        .map(|l| l.url.as_str());
    let items = sorted(ch)
        .into_iter()
        .map(|it| JfItem {
            id: &it.url,
            url: &it.url,
            title: &it.title,
            summary: &it.summary,
            content_html: full_html(it),
            image: it.image.as_ref().map(|i| i.url.as_str()),
            date_published: rfc3339(&it.published),
            date_modified: rfc3339(&item_updated(it)),
            authors: vec![match &it.author {
                Some(a) => {
                    JfAuthor { name: &a.name, url: Some(&a.url), avatar: a.image.as_ref().filter(|i| is_raster(i)).map(|i| i.url.as_str()) }
                }
                None => JfAuthor { name: &site.practice.name, url: Some(&site.base_url), avatar: None },
            }],
            tags: &it.tags,
        })
        .collect();
    let feed = JfFeed {
        version: "https://jsonfeed.org/version/1.1",
        title: &ch.title,
        home_page_url: &ch.home_url,
        feed_url: feed_url(ch, "feed.json"),
        description: &ch.description,
        icon: logo,
        favicon: logo,
        authors: vec![JfAuthor { name: &site.practice.name, url: Some(&site.base_url), avatar: None }],
        language: &site.language,
        items,
    };
    let mut s = serde_json::to_string_pretty(&feed).expect("feed serializes");
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rss_image_fits_limits() {
        let mut i = ImageRef { url: String::new(), width: 512, height: 512, bytes: 1, mime: "image/png".into(), alt: String::new() };
        assert_eq!(rss_image_dims(&i), (144, 144));
        i.width = 100;
        i.height = 1000;
        assert_eq!(rss_image_dims(&i), (40, 400));
        i.width = 88;
        i.height = 31;
        assert_eq!(rss_image_dims(&i), (88, 31));
    }
}
