//! The typed contexts templates receive, one struct per shape of
//! `theme/CONTEXT.md` (the contract with themes). Field names are what
//! templates see, so renaming one breaks every theme that reads it.
//!
//! They borrow from the site model wherever they can: Tera turns each
//! context into its own values anyway, and an owned copy made first would be
//! a second copy of every body and title. [`super::context`] builds them.

use crate::content::front_matter::SectionKind;
use crate::site::alerts::Banner;
use crate::view::{PageKind, PersonDetails, SocialInfo, Source};
use serde::Serialize;

/// An image as templates print it (`ImageRef` in the contract).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ImageView {
    /// Root-relative URL (templates link within the site).
    pub url: String,
    pub width: u32,
    pub height: u32,
    pub alt: String,
    pub bytes: u64,
    pub mime: String,
    /// The `srcset` of its WebP variants, or null when it has none.
    pub webp: Option<String>,
}

/// A team member named by a page as author or reviewer (`PersonRef`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PersonView<'a> {
    pub name: &'a str,
    /// Root-relative URL of the bio page.
    pub url: String,
    pub job_title: Option<&'a str>,
    pub credentials: Option<&'a str>,
    pub image: Option<ImageView>,
}

/// A link with a title: a policy in the footer, a saved page offline.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Link<'a> {
    pub title: &'a str,
    pub url: &'a str,
}

/// A tag a page carries, linking to the tag's page.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TagLink<'a> {
    pub name: &'a str,
    pub url: String,
}

/// A tag on `/tags/` with the number of its pages.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TagCount<'a> {
    pub name: &'a str,
    pub url: String,
    pub count: usize,
}

/// One heading of a page's table of contents.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HeadingView<'a> {
    pub level: u8,
    pub id: &'a str,
    pub title: &'a str,
}

/// A feed link with its format's short name, for templates.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FeedView {
    pub title: String,
    /// Absolute feed URL.
    pub url: String,
    pub mime: String,
    /// "rss", "atom" or "json".
    pub format: &'static str,
}

/// The facts of a team member on their list card (`PersonDetails` of a
/// `PageSummary`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CardPerson<'a> {
    pub name: String,
    pub role: Option<&'a str>,
    pub credentials: Option<&'a str>,
    pub specialties: &'a [String],
    pub languages: &'a [String],
    pub accepting_new_patients: Option<bool>,
    pub education: &'a [String],
    /// Credentials name an MD or DO (the card's badge).
    pub is_physician: bool,
}

/// A page as lists show it (`PageSummary`), with its card's HTML once drawn.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Card<'a> {
    pub title: &'a str,
    /// Root-relative URL.
    pub url: &'a str,
    pub description: &'a str,
    /// "March 3, 2026".
    pub date: Option<String>,
    /// "2026-03-03".
    pub date_iso: Option<String>,
    pub kind: PageKind,
    pub image: Option<ImageView>,
    pub tags: Vec<TagLink<'a>>,
    /// Set on team pages.
    pub person: Option<CardPerson<'a>>,
    /// `card.html` rendered with an `<h2>` title (absent until drawn, or
    /// when the template failed: listings then draw the card themselves).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub html2: Option<String>,
    /// The same with an `<h3>` title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub html3: Option<String>,
}

/// A card in a listing: the whole card, or, for the built-in listing
/// templates, which print nothing else of it, its drawn `html2` alone.
#[derive(Debug, Serialize)]
#[serde(untagged)]
pub enum ListCard<'a> {
    Full(&'a Card<'a>),
    Drawn { html2: &'a str },
}

/// What `card.html` receives: the card and the heading level to use.
#[derive(Debug, Serialize)]
pub struct CardContext<'a, 'b> {
    pub p: &'b Card<'a>,
    pub level: u8,
}

/// The `page` of `page.html` and `bio.html`.
#[derive(Debug, Serialize)]
pub struct PageView<'a> {
    pub title: &'a str,
    pub description: &'a str,
    /// The rendered body (printed `| safe`).
    pub content: &'a str,
    pub url: &'a str,
    pub kind: PageKind,
    pub date: Option<String>,
    pub date_iso: Option<String>,
    pub updated: Option<String>,
    pub updated_iso: Option<String>,
    pub last_reviewed: Option<String>,
    pub last_reviewed_iso: Option<String>,
    pub sources: &'a [Source],
    /// Set on bios.
    pub person: Option<&'a PersonDetails>,
    /// The page's free `extra` table.
    pub extra: &'a serde_json::Map<String, serde_json::Value>,
    pub section_title: Option<&'a str>,
    pub section_url: Option<&'a str>,
    pub reading_minutes: usize,
    pub tags: Vec<TagLink<'a>>,
    pub image: Option<ImageView>,
    pub author: Option<PersonView<'a>>,
    pub reviewed_by: Option<PersonView<'a>>,
    /// Up to three tips sharing tags.
    pub related: Vec<&'a Card<'a>>,
    pub headings: Vec<HeadingView<'a>>,
}

/// What `page.html` and `bio.html` receive beyond the common context.
#[derive(Debug, Serialize)]
pub struct PageContext<'a> {
    pub page: PageView<'a>,
}

/// What the built-in `page.html` receives when carepress has written its
/// content block (`super::page_body`): the block, and no `page`.
#[derive(Debug, Serialize)]
pub struct PageHtmlContext<'a> {
    pub page_html: &'a str,
}

/// The `page` of `home.html`.
#[derive(Debug, Serialize)]
pub struct HomePage<'a> {
    pub title: &'a str,
    pub content: &'a str,
    pub description: &'a str,
}

/// What `home.html` receives beyond the common context.
#[derive(Debug, Serialize)]
pub struct HomeContext<'a> {
    pub page: HomePage<'a>,
    pub latest_tips: Vec<&'a Card<'a>>,
    pub latest_news: Vec<&'a Card<'a>>,
    pub team: Vec<&'a Card<'a>>,
    /// Root-relative URL of the section, or null without one.
    pub tips_url: Option<&'a str>,
    pub news_url: Option<&'a str>,
    pub team_url: Option<&'a str>,
}

/// The `section` of `section.html` and `team.html`.
#[derive(Debug, Serialize)]
pub struct SectionView<'a> {
    pub title: &'a str,
    pub description: &'a str,
    /// The section's `_index.md` body, rendered.
    pub content: &'a str,
    pub url: &'a str,
    pub kind: SectionKind,
    /// The section's own feeds (empty when it has none).
    pub feeds: Vec<FeedView>,
}

/// One entry of a pager: a numbered page, or a gap in the window.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum PagerItem {
    Page { number: usize, url: String, current: bool },
    Gap { gap: bool },
}

/// The `paginator` of a listing with more than one page.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Paginator {
    /// 1-based number of this page.
    pub current: usize,
    pub total: usize,
    pub prev_url: Option<String>,
    pub next_url: Option<String>,
    /// The window of page links (see `page_window`).
    pub pages: Vec<PagerItem>,
}

/// What `section.html` and `team.html` receive beyond the common context.
#[derive(Debug, Serialize)]
pub struct SectionContext<'a> {
    pub section: SectionView<'a>,
    /// The cards of this pagination page.
    pub pages: Vec<ListCard<'a>>,
    pub paginator: Option<Paginator>,
}

/// What `tags.html` receives beyond the common context.
#[derive(Debug, Serialize)]
pub struct TagsContext<'a> {
    /// Sorted by slug.
    pub tags: Vec<TagCount<'a>>,
}

/// The `tag` of `tag.html`.
#[derive(Debug, Serialize)]
pub struct TagView<'a> {
    pub name: &'a str,
    pub url: &'a str,
    pub feeds: Vec<FeedView>,
}

/// What `tag.html` receives beyond the common context.
#[derive(Debug, Serialize)]
pub struct TagContext<'a> {
    pub tag: TagView<'a>,
    pub pages: Vec<ListCard<'a>>,
    pub paginator: Option<Paginator>,
}

/// What `offline.html` receives beyond the common context.
#[derive(Debug, Serialize)]
pub struct OfflineContext<'a> {
    /// The pages the service worker saves, home first.
    pub offline_pages: Vec<Link<'a>>,
}

/// One item of the main navigation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NavItem<'a> {
    pub title: &'a str,
    pub url: &'a str,
    /// The page is this item's page or below it.
    pub active: bool,
    /// The page is this item's own page (`aria-current="page"`).
    pub current: bool,
}

/// What every page's context has besides its own values (`own`): the
/// navigation in this page's state and the page's head, title and kind.
#[derive(Debug, Serialize)]
pub struct Frame<'a, T: Serialize> {
    #[serde(flatten)]
    pub own: &'a T,
    pub nav: Vec<NavItem<'a>>,
    /// The header pre-rendered for this navigation state; absent when
    /// `header.html` failed to render once (base.html then includes it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub header: Option<&'a str>,
    /// The `<meta>`, `<link>` and JSON-LD tags of the page's head.
    pub head: &'a str,
    /// The `<title>`: "Page · Practice", or the practice alone at home.
    pub title: &'a str,
    pub kind: PageKind,
    /// Root-relative path of this output.
    pub current_path: &'a str,
}

/// `site.practice`: the practice with what templates print ready-made.
#[derive(Debug, Serialize)]
pub struct PracticeView<'a> {
    pub name: &'a str,
    pub schema_type: &'a str,
    pub phone: Option<&'a str>,
    pub fax: Option<&'a str>,
    pub email: Option<&'a str>,
    pub address: Option<&'a crate::view::Address>,
    pub hours: &'a [String],
    pub accepting_new_patients: Option<bool>,
    pub emergency_notice: Option<&'a str>,
    pub appointment_url: Option<&'a str>,
    pub portal_url: Option<&'a str>,
    pub telehealth_url: Option<&'a str>,
    pub specialties: &'a [String],
    pub geo: Option<(f64, f64)>,
    /// Root-relative, unlike `logo_raster`.
    pub logo: Option<ImageView>,
    pub logo_raster: Option<&'a crate::view::ImageRef>,
    /// "tel:+15550100".
    pub phone_href: Option<String>,
    /// "(417) 555-0142" for North American numbers, else as written.
    pub phone_display: Option<String>,
    pub fax_display: Option<String>,
    /// The notice as HTML, phone numbers as `tel:` links.
    pub emergency_notice_html: Option<String>,
    /// "Monday–Friday 8:00 AM–5:00 PM".
    pub hours_human: Vec<String>,
}

/// A social profile link of the footer.
#[derive(Debug, Serialize)]
pub struct ProfileLink {
    pub name: &'static str,
    pub url: String,
}

/// `site`: the site-wide facts of `SiteInfo`, with the practice ready to
/// print, the resolved profile links and site.toml's `[extra]`.
#[derive(Debug, Serialize)]
pub struct SiteView<'a> {
    pub base_url: &'a str,
    pub title: &'a str,
    pub description: &'a str,
    pub language: &'a str,
    pub locale: &'a str,
    pub practice: PracticeView<'a>,
    pub social: &'a SocialInfo,
    pub icons: &'a crate::view::IconLinks,
    pub profiles: Vec<ProfileLink>,
    pub extra: &'a toml::Table,
}

/// `theme`: the stylesheet, the accent colours and the logo's URL.
#[derive(Debug, Serialize)]
pub struct ThemeView<'a> {
    /// "/carepress.css?v=hash".
    pub css_url: String,
    pub accent: &'a str,
    pub accent_dark: &'a str,
    pub accent_soft: &'a str,
    /// Root-relative.
    pub logo_url: Option<String>,
}

/// The context every template shares, rendered into the footer once and
/// then kept for each page (without `policies`, which only the footer
/// prints and which grows with the site).
#[derive(Debug, Serialize)]
pub struct CommonContext<'a> {
    pub site: SiteView<'a>,
    pub build_year: i32,
    pub policies: Vec<Link<'a>>,
    pub site_feeds: Vec<FeedView>,
    /// Alert banners are the same on every page (SPEC §3 `alert`).
    pub alerts: Vec<Banner>,
    pub theme: ThemeView<'a>,
}
