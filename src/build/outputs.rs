//! Outputs other than the pages themselves: redirects for aliases and
//! pagination, feeds and the sitemap. `watch` reuses them for its updates.

use crate::render::pages::{Out, page_one_redirect, redirect_html};
use crate::render::{feeds, sitemap};
use crate::site::Site;

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
    feeds::site_feeds(site, keep)
}

/// sitemap.xml (an index when over the protocol's limits) and robots.txt.
pub fn sitemap_outputs(site: &Site) -> Vec<Out> {
    sitemap::site_sitemaps(site)
}
