//! The metadata part of an HTML `<head>` (everything after `<meta charset>`,
//! viewport and `<title>`): description, canonical, Open Graph, article:*,
//! X/Twitter cards, fediverse:creator, feed autodiscovery and one JSON-LD
//! block. Rules O1-O8, X1-X3, M1-M2, D1, H1-H2, S1, U1-U2.

use super::jsonld::{is_article, write_page_graph};
use super::{is_raster, rfc3339};
use crate::escape::html_attr_into;
use crate::view::{ImageRef, PageKind, PageMeta, SiteInfo};

/// Smallest image X shows as a `summary_large_image` card (X3).
pub const LARGE_CARD_MIN: (u32, u32) = (300, 157);

/// Whether an image suits X's large card: big enough, and wide. A square
/// or portrait picture (a bio's portrait) is cropped to a 2:1 strip there,
/// cutting off the head, so it gets the `summary` card, shown whole.
pub fn is_large_card(i: &ImageRef) -> bool {
    i.width >= LARGE_CARD_MIN.0 && i.height >= LARGE_CARD_MIN.1 && u64::from(i.width) * 10 >= u64::from(i.height) * 13
}

/// Appends `<meta {attr}="{key}" content="{escaped content}">` and a newline.
fn meta(o: &mut String, attr: &str, key: &str, content: &str) {
    o.push_str("<meta ");
    o.push_str(attr);
    o.push_str("=\"");
    o.push_str(key);
    o.push_str("\" content=\"");
    html_attr_into(o, content);
    o.push_str("\">\n");
}

fn meta_prop(o: &mut String, prop: &str, content: &str) {
    meta(o, "property", prop, content);
}

fn meta_name(o: &mut String, name: &str, content: &str) {
    meta(o, "name", name, content);
}

/// Appends a non-negative integer in decimal.
fn push_u32(o: &mut String, n: u32) {
    let mut buf = [0u8; 10];
    let mut i = buf.len();
    let mut n = n;
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in &buf[i..] {
        o.push(d as char);
    }
}

/// The share image: the page's, else the site default, else a raster logo.
pub fn share_image<'a>(site: &'a SiteInfo, page: &'a PageMeta) -> Option<&'a ImageRef> {
    page.image.as_ref().or(site.social.default_image.as_ref()).or(site.practice.logo.as_ref()).filter(|i| is_raster(i))
}

/// `og:type` for a page (O1): article for dated content, profile for bios.
pub fn og_type(page: &PageMeta) -> &'static str {
    if page.kind == PageKind::Bio {
        "profile"
    } else if is_article(page) {
        "article"
    } else {
        "website"
    }
}

/// `en-US` / `en_us` -> `en_US` (O2 wants the underscore form).
fn og_locale(site: &SiteInfo) -> String {
    let raw = if site.locale.is_empty() { &site.language } else { &site.locale };
    let mut parts = raw.split(['-', '_']);
    let lang = parts.next().unwrap_or("").to_ascii_lowercase();
    match parts.next() {
        Some(region) if !region.is_empty() => format!("{lang}_{}", region.to_ascii_uppercase()),
        _ => lang,
    }
}

/// Everything inside `<head>` after charset, viewport and `<title>`, one tag
/// per line. All values are attribute-escaped; the JSON-LD is script-safe.
pub fn head_meta(site: &SiteInfo, page: &PageMeta) -> String {
    let mut o = String::with_capacity(4096 + 2 * page.description.len());
    description_and_canonical(&mut o, page);
    let image = share_image(site, page);
    open_graph(&mut o, site, page, image);
    if og_type(page) == "article" {
        article(&mut o, page);
    }
    twitter(&mut o, site, page, image);
    // Mastodon author attribution (M1).
    if let Some(m) = site.social.mastodon.as_deref().map(str::trim).filter(|m| m.contains('@')) {
        let handle = if m.starts_with('@') { m.to_string() } else { format!("@{m}") };
        meta_name(&mut o, "fediverse:creator", &handle);
    }
    icons(&mut o, site);
    feed_links(&mut o, page);
    // One JSON-LD block (S1), inert inside <script>.
    o.push_str("<script type=\"application/ld+json\">");
    write_page_graph(&mut o, site, page);
    o.push_str("</script>\n");
    o
}

/// H2: description (= og:description), canonical (= og:url, U2), and the
/// robots opt-out.
fn description_and_canonical(o: &mut String, page: &PageMeta) {
    meta_name(o, "description", &page.description);
    o.push_str("<link rel=\"canonical\" href=\"");
    html_attr_into(o, &page.url);
    o.push_str("\">\n");
    if page.noindex {
        meta_name(o, "robots", "noindex");
    }
}

/// Open Graph (O1-O3, O7, O8), with the share image when there is one.
fn open_graph(o: &mut String, site: &SiteInfo, page: &PageMeta, image: Option<&ImageRef>) {
    meta_prop(o, "og:site_name", &site.title);
    meta_prop(o, "og:title", &page.title);
    meta_prop(o, "og:description", &page.description);
    meta_prop(o, "og:url", &page.url);
    meta_prop(o, "og:type", og_type(page));
    let locale = og_locale(site);
    if !locale.is_empty() {
        meta_prop(o, "og:locale", &locale);
    }
    if let Some(i) = image {
        meta_prop(o, "og:image", &i.url);
        if i.url.starts_with("https://") {
            meta_prop(o, "og:image:secure_url", &i.url);
        }
        meta_prop(o, "og:image:type", &i.mime);
        o.push_str("<meta property=\"og:image:width\" content=\"");
        push_u32(o, i.width);
        o.push_str("\">\n<meta property=\"og:image:height\" content=\"");
        push_u32(o, i.height);
        o.push_str("\">\n");
        if !i.alt.is_empty() {
            meta_prop(o, "og:image:alt", &i.alt);
        }
    }
}

/// article:* (O6), for dated content.
fn article(o: &mut String, page: &PageMeta) {
    if let Some(d) = &page.published {
        meta_prop(o, "article:published_time", &rfc3339(d));
    }
    if let Some(d) = page.modified.as_ref().or(page.published.as_ref()) {
        meta_prop(o, "article:modified_time", &rfc3339(d));
    }
    if let Some(a) = &page.author {
        meta_prop(o, "article:author", &a.url);
    }
    if let Some(s) = &page.section_title {
        meta_prop(o, "article:section", s);
    }
    for t in &page.tags {
        meta_prop(o, "article:tag", t);
    }
}

/// X / Twitter (X1-X3): name= attributes; the large card only for an image
/// that suits it.
fn twitter(o: &mut String, site: &SiteInfo, page: &PageMeta, image: Option<&ImageRef>) {
    let large = image.is_some_and(is_large_card);
    meta_name(o, "twitter:card", if large { "summary_large_image" } else { "summary" });
    if let Some(x) = site.social.x.as_deref().map(str::trim).filter(|x| !x.is_empty()) {
        let handle = if x.starts_with('@') { x.to_string() } else { format!("@{x}") };
        meta_name(o, "twitter:site", &handle);
    }
    meta_name(o, "twitter:title", &page.title);
    meta_name(o, "twitter:description", &page.description);
    if let Some(i) = image {
        meta_name(o, "twitter:image", &i.url);
        if !i.alt.is_empty() {
            let alt: String = i.alt.chars().take(420).collect();
            meta_name(o, "twitter:image:alt", &alt);
        }
    }
}

/// Icons and the app manifest: root-relative, so a base path is added like
/// any other site link, and `watch` serves them at its own address.
fn icons(o: &mut String, site: &SiteInfo) {
    if site.icons.favicon {
        o.push_str("<link rel=\"icon\" href=\"/favicon.ico\" sizes=\"32x32\">\n");
    }
    if site.icons.app {
        o.push_str("<link rel=\"icon\" type=\"image/png\" sizes=\"32x32\" href=\"/icon-32.png\">\n");
        o.push_str("<link rel=\"apple-touch-icon\" href=\"/apple-touch-icon.png\">\n");
        o.push_str("<link rel=\"manifest\" href=\"/site.webmanifest\">\n");
        meta_name(o, "theme-color", &site.icons.theme_color);
    }
}

/// Feed autodiscovery (D1): one link per feed URL, titles made distinct
/// ("News", "News 2") so a reader can tell them apart.
fn feed_links(o: &mut String, page: &PageMeta) {
    let mut seen_urls: Vec<&str> = Vec::new();
    let mut seen_titles: Vec<String> = Vec::new();
    for f in &page.feeds {
        if seen_urls.contains(&f.url.as_str()) {
            continue;
        }
        seen_urls.push(&f.url);
        let mut title = f.title.clone();
        let mut n = 2;
        while seen_titles.contains(&title) {
            title = format!("{} {n}", f.title);
            n += 1;
        }
        o.push_str("<link rel=\"alternate\" type=\"");
        html_attr_into(o, &f.mime);
        o.push_str("\" title=\"");
        html_attr_into(o, &title);
        o.push_str("\" href=\"");
        html_attr_into(o, &f.url);
        o.push_str("\">\n");
        seen_titles.push(title);
    }
}
