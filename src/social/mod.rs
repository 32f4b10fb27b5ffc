//! The social desk (SPEC §11): what a scheduler posts for a page, how long
//! each platform counts that post, which hashtags the platforms link, and
//! how a link card reads a page ([`card`]). The `social/*` rules
//! ([`crate::compliance::social`]) and the share preview of `watch`
//! (`crate::watch`) both measure through here, so they never disagree;
//! this module knows neither, so both can sit above it.

pub mod card;
pub mod measure;

use crate::site::Site;
use crate::view::ImageRef;

pub use measure::{Hashtag, Platform, hashtags_in, length};

/// What a scheduler posts for one page, taken from what the feeds offer.
#[derive(Debug, Clone, PartialEq)]
pub struct Post {
    /// The caption with its hashtags, or the description when the page has
    /// no caption (the same text as the feed item's summary).
    pub text: String,
    /// True when `text` is the page's `social.caption`.
    pub from_caption: bool,
    /// The page's public address, as the post links it.
    pub link: String,
    /// The share image the feed item carries.
    pub image: Option<ImageRef>,
    /// A feed lists the page, so schedulers will post it by themselves.
    pub in_feed: bool,
    /// The page is on the `social` channel (its caption is offered).
    pub on_social: bool,
}

impl Post {
    /// The post's length on `platform` against its limit: (used, limit).
    pub fn measure(&self, platform: Platform) -> (usize, usize) {
        (length(platform, &self.text, &self.link), platform.limit())
    }
}

/// The post of page `i`, its link under `public_base` (the production
/// `base_url`: `watch` serves from localhost, but the post links the real
/// site, and Bluesky counts every character of that link).
pub fn post(site: &Site, i: usize, public_base: &str) -> Post {
    let p = &site.content.pages[i].page;
    let caption = site.social_caption(i);
    Post {
        from_caption: caption.is_some(),
        text: caption.unwrap_or_else(|| site.post_text(i)),
        link: public_link(public_base, &site.config.abs_url(&p.path), &site.config.base_url),
        image: site.social_image(i),
        in_feed: in_any_feed(site, i),
        on_social: p.on_channel("social"),
    }
}

/// The post of a standalone draft (`check FILE`): not in the site, so in
/// no feed; its link is where its path would put it under the site's
/// `base_url`, its image the page's own.
pub fn draft_post(site: &Site, p: &crate::content::Page) -> Post {
    let caption = crate::site::views::social_caption_of(p);
    Post {
        from_caption: caption.is_some(),
        text: caption.unwrap_or_else(|| p.fm.description.clone().unwrap_or_default()),
        link: site.config.abs_url(&p.path),
        image: site.page_image(p),
        in_feed: false,
        on_social: p.on_channel("social"),
    }
}

/// `url` (under `site_base`) moved under `public_base`.
pub fn public_link(public_base: &str, url: &str, site_base: &str) -> String {
    match url.strip_prefix(site_base) {
        Some(rest) => format!("{}/{}", public_base.trim_end_matches('/'), rest.trim_start_matches('/')),
        None => url.to_string(),
    }
}

/// The host a link card shows as its domain line ("cedarhollow.example").
pub fn domain_of(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    host.strip_prefix("www.").unwrap_or(host)
}

/// Whether some feed of the site lists page `i`: it is dated and on the
/// `rss` channel (as [`Site::feed_item`] asks), and a feed section holds
/// it or one of its tags does (tag pages have feeds).
fn in_any_feed(site: &Site, i: usize) -> bool {
    let p = &site.content.pages[i].page;
    if p.date.is_none() || !p.on_channel("rss") {
        return false;
    }
    let section_feed = site.content.sections.iter().any(|s| s.name == p.section && s.feed);
    section_feed || !p.fm.tags.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_move_to_the_public_site() {
        assert_eq!(
            public_link("https://clinic.example/", "http://127.0.0.1:1111/tips/a/", "http://127.0.0.1:1111/"),
            "https://clinic.example/tips/a/"
        );
        assert_eq!(domain_of("https://www.clinic.example/tips/a/"), "clinic.example");
        assert_eq!(domain_of("http://127.0.0.1:1111/"), "127.0.0.1:1111");
    }
}
