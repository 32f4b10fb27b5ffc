//! Link cards as each platform draws them, from the metadata the page
//! itself emits (the `<head>` written by [`crate::render::seo`]): the share
//! preview reads the served HTML the way a crawler does, so it shows what
//! the platforms will get, never a second computation of it.
//!
//! The layouts are the platforms' desktop web cards as drawn in 2025. The
//! cut-off lengths stand in for their line clamps (platforms cut by pixel
//! width); they are approximations, kept here in one table:
//!
//! | platform | large card when | crop | title | description | domain line |
//! |---|---|---|---|---|---|
//! | Facebook | image ≥ 600×315 | 1.91:1 (else 1:1 thumbnail) | 88 | 100 | upper case, above the title |
//! | X | `twitter:card` = `summary_large_image` | 2:1, title over the image (else 1:1 thumbnail) | 70 | summary card only, 125 | "From domain" under the large card, above the small card's title |
//! | LinkedIn | image ≥ 600×315 | 1.91:1 (else 1:1 thumbnail) | 70 | not shown | under the title |
//! | Mastodon | image wider than tall | 1.91:1 (else 1:1 thumbnail) | 80 | 140 | above the title |
//! | Bluesky | any image | 1.91:1 | 100 | 150 | under a rule, at the bottom |

use super::Platform;
use scraper::{Html, Selector};
use unicode_segmentation::UnicodeSegmentation;

/// The share image a page names in `og:image` and its structured properties.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardImage {
    pub url: String,
    pub width: u32,
    pub height: u32,
    pub alt: String,
}

/// The link-card metadata of one page, as crawlers read its `<head>`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CardMeta {
    /// `og:title` (else `<title>`).
    pub title: String,
    /// `og:description` (else `meta description`).
    pub description: String,
    pub site_name: String,
    pub image: Option<CardImage>,
    /// `twitter:card`: `summary_large_image` or `summary`.
    pub twitter_card: String,
    /// X reads these before the Open Graph ones.
    pub twitter_title: Option<String>,
    pub twitter_description: Option<String>,
    /// `fediverse:creator`, the author Mastodon credits.
    pub fediverse_creator: Option<String>,
}

impl CardMeta {
    /// Reads the card metadata of an HTML page.
    pub fn read(html: &str) -> CardMeta {
        let doc = Html::parse_document(html);
        let meta = |attr: &str, key: &str| -> Option<String> {
            let sel = Selector::parse(&format!("meta[{attr}=\"{key}\"]")).ok()?;
            doc.select(&sel).next().and_then(|e| e.value().attr("content")).map(str::to_string)
        };
        let title_tag = Selector::parse("title").ok().and_then(|s| doc.select(&s).next()).map(|t| t.text().collect::<String>());
        let image = meta("property", "og:image").map(|url| CardImage {
            url,
            width: meta("property", "og:image:width").and_then(|w| w.parse().ok()).unwrap_or(0),
            height: meta("property", "og:image:height").and_then(|h| h.parse().ok()).unwrap_or(0),
            alt: meta("property", "og:image:alt").unwrap_or_default(),
        });
        CardMeta {
            title: meta("property", "og:title").or(title_tag).unwrap_or_default(),
            description: meta("property", "og:description").or_else(|| meta("name", "description")).unwrap_or_default(),
            site_name: meta("property", "og:site_name").unwrap_or_default(),
            image,
            twitter_card: meta("name", "twitter:card").unwrap_or_else(|| "summary".into()),
            twitter_title: meta("name", "twitter:title"),
            twitter_description: meta("name", "twitter:description"),
            fediverse_creator: meta("name", "fediverse:creator"),
        }
    }
}

/// One platform's drawing of a link card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardView {
    pub platform: Platform,
    /// A large card (image across the top) or a small one (thumbnail beside).
    pub large: bool,
    /// CSS aspect ratio of the image crop, e.g. `1.91 / 1`.
    pub aspect: &'static str,
    /// The title as shown, cut with "…" when longer than the platform shows.
    pub title: String,
    pub title_cut: bool,
    /// The description as shown; `None` when the platform shows none.
    pub description: Option<String>,
    pub description_cut: bool,
    /// The domain line as shown ("CEDARHOLLOW.EXAMPLE", "From cedarhollow.example").
    pub domain: String,
}

/// The card platforms in the order the preview shows them.
pub const CARD_PLATFORMS: [Platform; 5] = [Platform::Facebook, Platform::X, Platform::LinkedIn, Platform::Mastodon, Platform::Bluesky];

/// How `platform` draws the card of `meta` for a page on `domain`.
pub fn view(platform: Platform, meta: &CardMeta, domain: &str) -> CardView {
    let img = meta.image.as_ref();
    let big = img.is_some_and(|i| i.width >= 600 && i.height >= 315);
    let wide = img.is_some_and(|i| i.width > i.height);
    let (large, aspect, title_max, desc_max, domain) = match platform {
        Platform::X => {
            let large = meta.twitter_card == "summary_large_image" && img.is_some();
            let aspect = if large { "2 / 1" } else { "1 / 1" };
            // The large card carries the domain under it ("From …"); the
            // small one above its title.
            let line = if large { format!("From {domain}") } else { domain.to_string() };
            (large, aspect, 70, (!large).then_some(125), line)
        }
        Platform::LinkedIn => (big, if big { "1.91 / 1" } else { "1 / 1" }, 70, None, domain.to_string()),
        Platform::Mastodon => (wide, if wide { "1.91 / 1" } else { "1 / 1" }, 80, Some(140), domain.to_string()),
        Platform::Bluesky => (img.is_some(), "1.91 / 1", 100, Some(150), domain.to_string()),
        _ => (big, if big { "1.91 / 1" } else { "1 / 1" }, 88, Some(100), domain.to_uppercase()),
    };
    // X reads its own tags first; the others read Open Graph.
    let (title, desc) = if platform == Platform::X {
        (meta.twitter_title.as_deref().unwrap_or(&meta.title), meta.twitter_description.as_deref().unwrap_or(&meta.description))
    } else {
        (meta.title.as_str(), meta.description.as_str())
    };
    let (title, title_cut) = cut(title, title_max);
    let (description, description_cut) = match desc_max {
        Some(n) if !desc.trim().is_empty() => {
            let (d, c) = cut(desc, n);
            (Some(d), c)
        }
        _ => (None, false),
    };
    CardView { platform, large, aspect, title, title_cut, description, description_cut, domain }
}

/// `text` cut to `max` graphemes (the last one "…"), whitespace collapsed.
pub fn cut(text: &str, max: usize) -> (String, bool) {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let g: Vec<&str> = text.graphemes(true).collect();
    if g.len() <= max {
        return (text, false);
    }
    let kept: String = g[..max.saturating_sub(1)].concat();
    (format!("{}…", kept.trim_end()), true)
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = r#"<html><head><title>T</title>
<meta property="og:title" content="How to get a flu shot this season without waiting in line at the clinic">
<meta property="og:description" content="Short.">
<meta property="og:image" content="http://127.0.0.1:1111/cards/a.png">
<meta property="og:image:width" content="1200"><meta property="og:image:height" content="630">
<meta property="og:image:alt" content="A nurse">
<meta name="twitter:card" content="summary_large_image"></head></html>"#;

    #[test]
    fn reads_the_head_and_cuts_per_platform() {
        let m = CardMeta::read(HEAD);
        assert_eq!(m.image.as_ref().map(|i| (i.width, i.height, i.alt.as_str())), Some((1200, 630, "A nurse")));
        let x = view(Platform::X, &m, "clinic.example");
        assert!(x.large && x.title_cut && x.title.chars().count() == 70 && x.description.is_none(), "{x:?}");
        assert_eq!(x.domain, "From clinic.example");
        let fb = view(Platform::Facebook, &m, "clinic.example");
        assert!(fb.large && !fb.title_cut && fb.domain == "CLINIC.EXAMPLE");
        assert_eq!(view(Platform::LinkedIn, &m, "d").description, None);
        assert_eq!(cut("a  b c", 3), ("a…".to_string(), true));
    }
}
