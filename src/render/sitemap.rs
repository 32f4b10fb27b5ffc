//! `sitemap.xml` (sitemaps.org 0.9) and `robots.txt` (SM1-SM5).

use super::rfc3339;
use crate::escape::xml;
use crate::site::Site;
use crate::view::SiteInfo;
use chrono::{DateTime, FixedOffset};

/// One canonical, indexable page (SM4: the caller leaves out `noindex` pages,
/// redirects and non-canonical URLs).
#[derive(Debug, Clone, PartialEq)]
pub struct SitemapEntry {
    /// Absolute canonical URL (U1, U2).
    pub url: String,
    /// The page's dateModified (SM3, U5).
    pub lastmod: Option<DateTime<FixedOffset>>,
}

/// sitemaps.org limits per file (SM2).
pub const MAX_URLS: usize = 50_000;
pub const MAX_BYTES: usize = 52_428_800;

const HEAD: &str = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
const TAIL: &str = "</urlset>\n";

fn url_element(e: &SitemapEntry) -> String {
    match &e.lastmod {
        Some(d) => format!("<url><loc>{}</loc><lastmod>{}</lastmod></url>\n", xml(&e.url), rfc3339(d)),
        None => format!("<url><loc>{}</loc></url>\n", xml(&e.url)),
    }
}

/// One `<urlset>` with every entry, in the given order. No `changefreq` or
/// `priority` (SM3). Use [`sitemaps`] when there may be more than 50,000 URLs.
pub fn sitemap(entries: &[SitemapEntry]) -> String {
    let mut o = String::from(HEAD);
    for e in entries {
        o.push_str(&url_element(e));
    }
    o.push_str(TAIL);
    o
}

/// The sitemap file(s) for a site, as `(file name, contents)` relative to the
/// output root. Up to 50,000 URLs / 50 MB this is just `sitemap.xml`; beyond
/// that `sitemap.xml` is a `<sitemapindex>` pointing at `sitemap-1.xml`,
/// `sitemap-2.xml`, ... (SM2), so robots.txt can always name `sitemap.xml`.
/// `base_url` is absolute with a trailing slash.
pub fn sitemaps(base_url: &str, entries: &[SitemapEntry]) -> Vec<(String, String)> {
    sitemaps_with_limits(base_url, entries, MAX_URLS, MAX_BYTES)
}

/// [`sitemaps`] with explicit limits (tests use small ones).
pub fn sitemaps_with_limits(base_url: &str, entries: &[SitemapEntry], max_urls: usize, max_bytes: usize) -> Vec<(String, String)> {
    let max_urls = max_urls.max(1);
    let base_url = base_url.trim_end_matches('/');
    let mut chunks: Vec<String> = Vec::new();
    let mut cur = String::from(HEAD);
    let mut count = 0usize;
    // Newest lastmod per chunk, for the index's <lastmod>.
    let mut newest: Vec<Option<DateTime<FixedOffset>>> = Vec::new();
    let mut cur_newest: Option<DateTime<FixedOffset>> = None;
    for e in entries {
        let el = url_element(e);
        if count > 0 && (count == max_urls || cur.len() + el.len() + TAIL.len() > max_bytes) {
            cur.push_str(TAIL);
            chunks.push(std::mem::replace(&mut cur, String::from(HEAD)));
            newest.push(cur_newest.take());
            count = 0;
        }
        cur.push_str(&el);
        count += 1;
        cur_newest = match (cur_newest, e.lastmod) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
    }
    cur.push_str(TAIL);
    chunks.push(cur);
    newest.push(cur_newest);

    if chunks.len() == 1 {
        return vec![("sitemap.xml".to_string(), chunks.pop().expect("one chunk"))];
    }
    let mut index =
        String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    let mut out = Vec::with_capacity(chunks.len() + 1);
    for (i, (chunk, last)) in chunks.into_iter().zip(newest).enumerate() {
        let name = format!("sitemap-{}.xml", i + 1);
        index.push_str(&format!("<sitemap><loc>{}</loc>", xml(&format!("{base_url}/{name}"))));
        if let Some(d) = last {
            index.push_str(&format!("<lastmod>{}</lastmod>", rfc3339(&d)));
        }
        index.push_str("</sitemap>\n");
        out.push((name, chunk));
    }
    index.push_str("</sitemapindex>\n");
    out.insert(0, ("sitemap.xml".to_string(), index));
    out
}

/// `robots.txt`: allow everything (never block images or feeds, SM5) and
/// name the sitemap with its absolute URL.
pub fn robots_txt(site: &SiteInfo) -> String {
    let base = site.base_url.trim_end_matches('/');
    format!("User-agent: *\nAllow: /\n\nSitemap: {base}/sitemap.xml\n")
}

/// `sitemap.xml` (an index when over the protocol's limits) and
/// `robots.txt`, unless `static/` has its own, as (path under the output
/// root, bytes).
pub fn site_sitemaps(site: &Site) -> Vec<super::pages::Out> {
    let mut outs: Vec<super::pages::Out> =
        sitemaps(&site.config.base_url, &site_entries(site)).into_iter().map(|(n, s)| (n, s.into_bytes())).collect();
    if !crate::site::routes::static_replaces(site, "robots.txt") {
        outs.push(("robots.txt".into(), robots_txt(&site.info).into_bytes()));
    }
    outs
}

/// Every canonical, indexable URL of the site: home, each section and its
/// later listing pages, each published page, the tag list and each tag.
fn site_entries(site: &Site) -> Vec<SitemapEntry> {
    let newest =
        |pages: &[usize]| pages.iter().filter_map(|&i| site.content.pages[i].page.updated.or(site.content.pages[i].page.date)).max();
    let mut entries = vec![SitemapEntry { url: site.config.base_url.clone(), lastmod: None }];
    for (si, s) in site.content.sections.iter().enumerate() {
        let list = &site.section_lists[si];
        entries.push(SitemapEntry { url: site.config.abs_url(&s.path), lastmod: newest(&list.pages) });
        // Later pages of a paginated listing are canonical, indexable pages too.
        for (k, chunk) in list.pagination.chunks(&list.pages).iter().enumerate().skip(1) {
            entries.push(SitemapEntry { url: site.config.abs_url(&list.pagination.url(k + 1)), lastmod: newest(chunk) });
        }
    }
    for i in site.published() {
        let p = &site.content.pages[i].page;
        entries.push(SitemapEntry { url: site.config.abs_url(&p.path), lastmod: p.updated.or(p.date) });
    }
    entries.push(SitemapEntry { url: site.config.abs_url("/tags/"), lastmod: None });
    for t in site.tags.values() {
        entries.push(SitemapEntry { url: site.config.abs_url(&format!("/tags/{}/", t.slug)), lastmod: newest(&t.pages) });
    }
    entries
}
