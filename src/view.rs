//! Plain data the output renderers print: resolved, absolute, escaped-later.
//!
//! The site model (see `site`) computes these once per page; the head/SEO
//! renderer, the feed writers and the templates only *print* them. Every URL
//! here is already absolute (`https://host/path/`), every date already in the
//! site's time zone, and every image already measured from its file.

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::Serialize;

/// An image that has been found on disk and measured.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ImageRef {
    /// Absolute URL of the image in the built site.
    pub url: String,
    /// Real pixel width read from the file.
    pub width: u32,
    /// Real pixel height read from the file.
    pub height: u32,
    /// Real file size in bytes (for RSS enclosure `length`).
    pub bytes: u64,
    /// MIME type, e.g. `image/jpeg`.
    pub mime: String,
    /// Alternative text describing what is in the image.
    pub alt: String,
}

/// A member of the team, as referenced by another page (author, reviewer).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PersonRef {
    /// Display name without credentials, e.g. "Ana Alvarez".
    pub name: String,
    /// Absolute URL of the bio page.
    pub url: String,
    /// Role, e.g. "Family physician".
    pub job_title: Option<String>,
    /// Credentials, e.g. "MD, FAAFP".
    pub credentials: Option<String>,
    /// Portrait, if the bio has one.
    pub image: Option<ImageRef>,
    /// True when credentials mark a physician (MD/DO): JSON-LD may say so.
    pub is_physician: bool,
}

/// Postal address of the practice.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Address {
    pub street: String,
    pub city: String,
    pub region: String,
    pub postal_code: String,
    pub country: String,
}

/// The practice itself: one source for every page footer and JSON-LD.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct PracticeInfo {
    pub name: String,
    /// schema.org type: MedicalClinic, Physician, Dentist, Hospital, ...
    pub schema_type: String,
    pub phone: Option<String>,
    pub fax: Option<String>,
    pub email: Option<String>,
    pub address: Option<Address>,
    /// schema.org opening hours strings, e.g. "Mo-Fr 08:00-17:00".
    pub hours: Vec<String>,
    pub accepting_new_patients: Option<bool>,
    pub emergency_notice: Option<String>,
    pub appointment_url: Option<String>,
    pub portal_url: Option<String>,
    pub telehealth_url: Option<String>,
    /// schema.org MedicalSpecialty enumeration members, e.g. "PrimaryCare".
    pub specialties: Vec<String>,
    /// Latitude/longitude if configured.
    pub geo: Option<(f64, f64)>,
    pub logo: Option<ImageRef>,
    /// The logo drawn as a 512 px PNG (`/icon-512.png`): JSON-LD `logo` and
    /// feed icons, which need a raster image of at least 112 px.
    pub logo_raster: Option<ImageRef>,
}

/// Social profiles of the practice.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct SocialInfo {
    pub facebook: Option<String>,
    pub instagram: Option<String>,
    /// X handle with the @, e.g. "@maplegrove".
    pub x: Option<String>,
    pub linkedin: Option<String>,
    pub youtube: Option<String>,
    /// Mastodon handle "@user@instance.tld".
    pub mastodon: Option<String>,
    /// Bluesky handle "practice.bsky.social".
    pub bluesky: Option<String>,
    /// Fallback social image for pages without one.
    pub default_image: Option<ImageRef>,
}

impl SocialInfo {
    /// (label, absolute profile URL) of each configured profile, in a fixed
    /// order: the footer's links and schema.org `sameAs` both come from here.
    pub fn profiles(&self) -> Vec<(&'static str, String)> {
        let mut v = Vec::new();
        let mut push = |label: &'static str, url: Option<String>| {
            if let Some(u) = url {
                v.push((label, u));
            }
        };
        push("Facebook", self.facebook.clone());
        push("Instagram", self.instagram.clone());
        push("X", self.x.as_ref().map(|h| format!("https://x.com/{}", h.trim_start_matches('@'))));
        push("LinkedIn", self.linkedin.clone());
        push("YouTube", self.youtube.clone());
        push("Mastodon", self.mastodon.as_deref().and_then(mastodon_url));
        push("Bluesky", self.bluesky.as_ref().map(|h| format!("https://bsky.app/profile/{}", h.trim_start_matches('@'))));
        v
    }

    /// Absolute profile URLs for schema.org `sameAs`.
    pub fn same_as(&self) -> Vec<String> {
        self.profiles().into_iter().map(|(_, u)| u).collect()
    }
}

/// `@user@instance.tld` -> `https://instance.tld/@user`.
pub fn mastodon_url(handle: &str) -> Option<String> {
    let h = handle.trim_start_matches('@');
    let (user, host) = h.split_once('@')?;
    Some(format!("https://{host}/@{user}"))
}

/// Site-wide facts every renderer needs.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct SiteInfo {
    /// Absolute base URL with a trailing slash, e.g. "https://example.test/".
    pub base_url: String,
    pub title: String,
    pub description: String,
    /// BCP 47 language, e.g. "en" or "en-US".
    pub language: String,
    /// Open Graph locale, e.g. "en_US".
    pub locale: String,
    pub practice: PracticeInfo,
    pub social: SocialInfo,
    /// The icons every page's head links.
    pub icons: IconLinks,
}

/// Icons and app files the site has (see `graphics::icons`).
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct IconLinks {
    /// `/favicon.ico` exists (drawn from the logo or, without one, the
    /// practice's monogram; or the site's own).
    pub favicon: bool,
    /// The PNG icons and `site.webmanifest` exist (drawn as `favicon.ico` is,
    /// or the site's own).
    pub app: bool,
    /// The manifest's and browsers' theme colour (the accent).
    pub theme_color: String,
}

/// What a page is, for `og:type`, JSON-LD and templates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PageKind {
    Home,
    /// A section listing (or one of its paginated pages).
    Section,
    /// A health tip: MedicalWebPage.
    Tip,
    /// A news post: article.
    News,
    /// A team bio: profile.
    Bio,
    Policy,
    Testimonial,
    /// Any other page (dated or not).
    Page,
    TagList,
    Tag,
    NotFound,
    /// `offline.html`, shown by the service worker without a connection.
    Offline,
}

/// A cited source of health content.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Source {
    pub title: String,
    pub url: String,
}

/// A feed autodiscovery link.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FeedLink {
    /// Distinct human title, e.g. "Health tips (RSS)".
    pub title: String,
    /// Absolute feed URL.
    pub url: String,
    /// `application/rss+xml`, `application/atom+xml` or `application/feed+json`.
    pub mime: String,
}

/// Extra facts of a team bio page.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct PersonDetails {
    pub name: String,
    pub role: Option<String>,
    pub credentials: Option<String>,
    pub specialties: Vec<String>,
    pub languages: Vec<String>,
    pub accepting_new_patients: Option<bool>,
    pub education: Vec<String>,
    pub is_physician: bool,
}

/// Everything the `<head>` of one HTML page shows, already resolved.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PageMeta {
    pub kind: PageKind,
    /// Page title without site branding.
    pub title: String,
    /// Plain-text description (front matter or first paragraph, ≤160 chars).
    pub description: String,
    /// Canonical absolute URL (trailing slash form).
    pub url: String,
    /// Title of the page's section, if any ("Health tips").
    pub section_title: Option<String>,
    pub published: Option<DateTime<FixedOffset>>,
    pub modified: Option<DateTime<FixedOffset>>,
    pub author: Option<PersonRef>,
    pub reviewed_by: Option<PersonRef>,
    pub last_reviewed: Option<NaiveDate>,
    pub sources: Vec<Source>,
    pub tags: Vec<String>,
    /// The page's own image, or the site's default social image.
    pub image: Option<ImageRef>,
    /// (name, absolute url) from the home page down to this page.
    pub breadcrumbs: Vec<(String, String)>,
    /// Autodiscovery links: the site's feeds, then the current section's/tag's.
    pub feeds: Vec<FeedLink>,
    /// Set on bios.
    pub person: Option<PersonDetails>,
    /// When true, robots are asked not to index (404, alias redirects).
    pub noindex: bool,
}

/// One entry of a feed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FeedItem {
    pub title: String,
    /// Absolute permalink; also the guid / id forever.
    pub url: String,
    /// Plain-text summary: social caption with hashtags, or the description.
    pub summary: String,
    /// Full HTML with absolute URLs (the image, if any, is NOT yet prepended).
    pub content_html: String,
    pub published: DateTime<FixedOffset>,
    pub updated: Option<DateTime<FixedOffset>>,
    pub author: Option<PersonRef>,
    pub tags: Vec<String>,
    pub image: Option<ImageRef>,
}

/// One feed (site, section or tag), items newest first, already limited.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FeedChannel {
    /// e.g. "Maple Grove Family Medicine: Health tips".
    pub title: String,
    pub description: String,
    /// Absolute URL of the HTML page this feed mirrors (home, section or tag).
    pub home_url: String,
    /// Absolute URL of the folder the feed files live in, with trailing slash;
    /// the files are `rss.xml`, `atom.xml`, `feed.json` under it.
    pub feed_base: String,
    /// The newest item's updated/published time, or None for an empty feed.
    pub updated: Option<DateTime<FixedOffset>>,
    pub items: Vec<FeedItem>,
    /// The first `pinned` items are showing alerts (SPEC §3 `alert`): the
    /// writers keep them on top in this order and sort the rest newest first.
    pub pinned: usize,
}
