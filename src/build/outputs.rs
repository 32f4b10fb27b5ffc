//! Outputs other than the pages themselves: redirects for aliases and
//! pagination, feeds and the sitemap. `watch` reuses them for its updates.

use crate::config::FeedFormat;
use crate::render::pages::{Out, page_one_redirect, redirect_html};
use crate::render::{feeds, sitemap};
use crate::site::Site;
use rayon::prelude::*;

/// `/<listing>/page/1/` redirects to the listing itself, like Zola.
pub(super) fn pagination_redirects(site: &Site) -> Vec<Out> {
    let sections = site.section_lists.iter().map(|l| &l.pagination);
    let tags = site.tags.values().map(|t| &t.pagination);
    sections.chain(tags).filter(|p| p.is_paged()).map(|p| page_one_redirect(&site.config, p)).collect()
}

/// Redirect pages for a page's aliases.
pub fn aliases(site: &Site, i: usize) -> Vec<Out> {
    let p = &site.content.pages[i].page;
    let to = site.config.abs_url(&p.path);
    // Aliases that are not valid paths were reported when the page loaded.
    p.fm.aliases
        .iter()
        .filter_map(|a| crate::output::paths::alias_file(a).ok())
        .map(|file| (file, redirect_html(&to).into_bytes()))
        .collect()
}

/// RSS, Atom and JSON feeds for the site, each section with a feed, and each tag.
pub fn feed_outputs(site: &Site) -> Vec<Out> {
    feed_outputs_where(site, |_| true)
}

/// The feeds whose folder (root-relative, "/" for the site's) passes `keep`.
pub fn feed_outputs_where(site: &Site, keep: impl Fn(&str) -> bool + Sync) -> Vec<Out> {
    let cfg = &site.config;
    let mut site_pages: Vec<usize> = Vec::new();
    for (si, s) in site.content.sections.iter().enumerate() {
        if s.feed {
            site_pages.extend(&site.section_lists[si].pages);
        }
    }
    crate::site::sort_pages(&mut site_pages, &site.content.pages, crate::content::front_matter::SortBy::Date);
    let mut channels = Vec::new();
    if keep("/") {
        channels.push(site.channel(cfg.title.clone(), cfg.description.clone(), "/", "/", &site_pages));
    }
    for (si, s) in site.content.sections.iter().enumerate() {
        if s.feed && keep(&s.path) {
            let desc = s.fm.description.clone().unwrap_or_else(|| format!("{} from {}", s.title, cfg.title));
            channels.push(site.channel(format!("{}: {}", cfg.title, s.title), desc, &s.path, &s.path, &site.section_lists[si].pages));
        }
    }
    for t in site.tags.values() {
        let base = format!("/tags/{}/", t.slug);
        if !keep(&base) {
            continue;
        }
        channels.push(site.channel(
            format!("{}: {}", cfg.title, t.name),
            format!("Pages about {} from {}", t.name, cfg.title),
            &base,
            &base,
            &t.pages,
        ));
    }
    channels
        .par_iter()
        .flat_map_iter(|ch| {
            // feed_base is an encoded URL; the file goes to the decoded path.
            let folder = ch.feed_base.strip_prefix(&cfg.base_url).unwrap_or("");
            let folder = percent_encoding::percent_decode_str(folder).decode_utf8_lossy().into_owned();
            cfg.feeds.formats.iter().map(move |f| {
                let (file, _, _) = crate::site::views::feed_file(*f);
                let body = match f {
                    FeedFormat::Rss => feeds::rss(&site.info, ch),
                    FeedFormat::Atom => feeds::atom(&site.info, ch),
                    FeedFormat::Json => feeds::json_feed(&site.info, ch),
                };
                (format!("{folder}{file}"), body.into_bytes())
            })
        })
        .collect()
}

/// sitemap.xml (an index when over the protocol's limits) and robots.txt.
pub fn sitemap_outputs(site: &Site) -> Vec<Out> {
    let mut entries = vec![sitemap::SitemapEntry { url: site.config.base_url.clone(), lastmod: None }];
    for (si, s) in site.content.sections.iter().enumerate() {
        let newest = site.section_lists[si]
            .pages
            .iter()
            .filter_map(|&i| site.content.pages[i].page.updated.or(site.content.pages[i].page.date))
            .max();
        entries.push(sitemap::SitemapEntry { url: site.config.abs_url(&s.path), lastmod: newest });
        // Later pages of a paginated listing are canonical, indexable pages too.
        let list = &site.section_lists[si];
        for (k, chunk) in list.pagination.chunks(&list.pages).iter().enumerate().skip(1) {
            let lastmod = chunk.iter().filter_map(|&i| site.content.pages[i].page.updated.or(site.content.pages[i].page.date)).max();
            entries.push(sitemap::SitemapEntry { url: site.config.abs_url(&list.pagination.url(k + 1)), lastmod });
        }
    }
    for i in site.published() {
        let p = &site.content.pages[i].page;
        entries.push(sitemap::SitemapEntry { url: site.config.abs_url(&p.path), lastmod: p.updated.or(p.date) });
    }
    entries.push(sitemap::SitemapEntry { url: site.config.abs_url("/tags/"), lastmod: None });
    for t in site.tags.values() {
        let newest = t.pages.iter().filter_map(|&i| site.content.pages[i].page.updated.or(site.content.pages[i].page.date)).max();
        entries.push(sitemap::SitemapEntry { url: site.config.abs_url(&format!("/tags/{}/", t.slug)), lastmod: newest });
    }
    let mut outs: Vec<Out> = sitemap::sitemaps(&site.config.base_url, &entries).into_iter().map(|(n, s)| (n, s.into_bytes())).collect();
    if !crate::site::routes::static_replaces(site, "robots.txt") {
        outs.push(("robots.txt".into(), sitemap::robots_txt(&site.info).into_bytes()));
    }
    outs
}
