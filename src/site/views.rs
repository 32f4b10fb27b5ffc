//! View models computed from the site: what the head, feeds and templates print.

use super::Site;
use super::assets::Assets;
use crate::config::{Config, FeedFormat};
use crate::content::front_matter::SectionKind;
use crate::content::{Page, Section};
use crate::view::*;

/// Site-wide facts from the config.
pub fn site_info(c: &Config, assets: &Assets) -> SiteInfo {
    let image = |path: &Option<String>, alt: &str| {
        path.as_ref().and_then(|p| {
            let url = format!("/{}", p.trim_start_matches('/'));
            assets.image(&url).map(|i| image_ref_from(c, &url, i, alt))
        })
    };
    let p = &c.practice;
    // The raster logo of JSON-LD and the feeds is drawn from the site's own
    // logo only; the icons exist either way (a monogram stands in for none).
    let own_logo = icon_logo(c, assets).is_some();
    SiteInfo {
        base_url: c.base_url.clone(),
        title: c.title.clone(),
        description: c.description.clone(),
        language: c.language.clone(),
        locale: locale(&c.language),
        practice: PracticeInfo {
            name: p.name.clone(),
            schema_type: p.schema_type.clone(),
            phone: p.phone.clone(),
            fax: p.fax.clone(),
            email: p.email.clone(),
            address: p.address.as_ref().map(|a| Address {
                street: a.street.clone(),
                city: a.city.clone(),
                region: a.region.clone(),
                postal_code: a.postal_code.clone(),
                country: a.country.clone(),
            }),
            hours: p.hours.clone(),
            accepting_new_patients: p.accepting_new_patients,
            emergency_notice: p.emergency_notice.clone(),
            appointment_url: p.appointment_url.clone(),
            portal_url: p.portal_url.clone(),
            telehealth_url: p.telehealth_url.clone(),
            specialties: p.specialties.clone(),
            geo: p.geo.map(|g| (g.latitude, g.longitude)),
            logo: image(&c.theme.logo, &format!("{} logo", p.name)),
            logo_raster: own_logo.then(|| ImageRef {
                url: c.abs_url(&format!("/{}", crate::graphics::icons::RASTER_LOGO)),
                width: crate::graphics::icons::RASTER_LOGO_SIZE,
                height: crate::graphics::icons::RASTER_LOGO_SIZE,
                bytes: 0,
                mime: "image/png".into(),
                alt: format!("{} logo", p.name),
            }),
        },
        social: SocialInfo {
            facebook: c.social.facebook.clone(),
            instagram: c.social.instagram.clone(),
            x: c.social.x.as_ref().map(|h| format!("@{}", h.trim_start_matches('@'))),
            linkedin: c.social.linkedin.clone(),
            youtube: c.social.youtube.clone(),
            mastodon: c.social.mastodon.clone(),
            bluesky: c.social.bluesky.clone(),
            default_image: image(&c.social.default_image, c.social.default_image_alt.as_deref().unwrap_or("")),
        },
        icons: IconLinks { favicon: true, app: true, theme_color: crate::color::palette(&c.theme.accent).accent },
    }
}

/// The logo the icons are drawn from: `[theme] logo` when it is a readable image.
pub fn icon_logo<'a>(c: &Config, assets: &'a Assets) -> Option<(&'a super::assets::Asset, &'a crate::images::ImageInfo)> {
    let url = format!("/{}", c.theme.logo.as_ref()?.trim_start_matches('/'));
    let a = assets.files.get(&url).filter(|a| a.problem.is_none())?;
    Some((a, a.info.as_ref()?))
}

/// "en" -> "en_US", "fr-CA" -> "fr_CA".
pub fn locale(lang: &str) -> String {
    let mut parts = lang.split(['-', '_']);
    let l = parts.next().unwrap_or("en").to_lowercase();
    match parts.next() {
        Some(r) => format!("{l}_{}", r.to_uppercase()),
        None => match l.as_str() {
            "en" => "en_US".into(),
            "es" => "es_US".into(),
            other => format!("{other}_{}", other.to_uppercase()),
        },
    }
}

fn image_ref_from(c: &Config, url: &str, i: &crate::images::ImageInfo, alt: &str) -> ImageRef {
    ImageRef {
        url: c.abs_url(url),
        width: i.width,
        height: i.height,
        bytes: i.bytes,
        mime: i.format.mime().to_string(),
        alt: alt.to_string(),
    }
}

impl Site {
    /// The image of a page (its own, else none), measured.
    pub fn page_image(&self, p: &Page) -> Option<ImageRef> {
        let img = p.fm.image.as_ref()?;
        let url = self.image_url(p, img);
        let info = self.assets.image(&url)?;
        Some(image_ref_from(&self.config, &url, info, p.fm.image_alt.as_deref().unwrap_or("")))
    }

    /// What a page shares: its own image, else its generated card (see
    /// [`super::cards`]).
    pub fn social_image(&self, i: usize) -> Option<ImageRef> {
        self.page_image(&self.content.pages[i].page).or_else(|| self.content.pages[i].card.and_then(|k| self.cards.image(&k, &self.config)))
    }

    /// What a listing shares: the home page the site's default image when
    /// it has one, else the listing's card; the 404 page the default image.
    fn listing_image(&self, kind: PageKind, path: &str) -> Option<ImageRef> {
        let card = || self.cards.listing(path).and_then(|k| self.cards.image(&k, &self.config));
        match kind {
            PageKind::NotFound | PageKind::Offline => self.info.social.default_image.clone(),
            PageKind::Home => self.info.social.default_image.clone().or_else(card),
            _ => card(),
        }
    }

    /// A team member as referenced from another page.
    pub fn person_ref(&self, slug: &str) -> Option<PersonRef> {
        let p = &self.content.pages[*self.team.get(slug)?].page;
        Some(PersonRef {
            name: p.person_name(),
            url: self.config.abs_url(&p.path),
            job_title: p.fm.role.clone(),
            credentials: p.fm.credentials.clone(),
            image: self.page_image(p),
            is_physician: is_physician(p.fm.credentials.as_deref()),
        })
    }

    /// Autodiscovery links: the site's feeds, then `extra` (a section's or tag's).
    pub fn feed_links(&self, extra: Option<(&str, &str)>) -> Vec<FeedLink> {
        let mut out = self.feed_links_at("", &self.config.title);
        if let Some((base, title)) = extra {
            out.extend(self.feed_links_at(base, title));
        }
        out
    }

    /// Feed links of the feeds under root-relative folder `base` ("" for the site).
    pub fn feed_links_at(&self, base: &str, title: &str) -> Vec<FeedLink> {
        self.config
            .feeds
            .formats
            .iter()
            .map(|f| {
                let (file, mime, label) = feed_file(*f);
                FeedLink {
                    title: format!("{title} ({label})"),
                    url: self.config.abs_url(&format!("{}{file}", base.trim_start_matches('/'))),
                    mime: mime.to_string(),
                }
            })
            .collect()
    }

    /// Head metadata of a content page.
    pub fn page_meta(&self, i: usize) -> PageMeta {
        let p = &self.content.pages[i].page;
        let section = self.content.sections.iter().find(|s| s.name == p.section);
        let kind = page_kind(p);
        let mut crumbs = vec![("Home".to_string(), self.config.base_url.clone())];
        if let Some(s) = section {
            crumbs.push((s.title.clone(), self.config.abs_url(&s.path)));
        }
        crumbs.push((p.title.clone(), self.config.abs_url(&p.path)));
        let feeds = match section {
            Some(s) if s.feed => self.feed_links(Some((&s.path, &format!("{}: {}", self.config.title, s.title)))),
            _ => self.feed_links(None),
        };
        let dated = matches!(kind, PageKind::Tip | PageKind::News | PageKind::Testimonial) || (kind == PageKind::Page && p.date.is_some());
        PageMeta {
            kind,
            title: p.title.clone(),
            description: self.content.pages[i].description.clone(),
            url: self.config.abs_url(&p.path),
            section_title: section.map(|s| s.title.clone()),
            published: if dated { p.date } else { None },
            modified: if dated { p.updated.or(p.date) } else { p.updated },
            author: p.fm.author.as_deref().and_then(|a| self.person_ref(a)),
            reviewed_by: p.fm.reviewed_by.as_deref().and_then(|a| self.person_ref(a)),
            last_reviewed: p.last_reviewed,
            sources: p.fm.sources.iter().map(|s| Source { title: s.title.clone(), url: s.url.clone() }).collect(),
            tags: p.fm.tags.clone(),
            image: self.social_image(i),
            breadcrumbs: crumbs,
            feeds,
            person: (kind == PageKind::Bio).then(|| PersonDetails {
                name: p.person_name(),
                role: p.fm.role.clone(),
                credentials: p.fm.credentials.clone(),
                specialties: p.fm.specialties.clone(),
                languages: p.fm.languages.clone(),
                accepting_new_patients: p.fm.accepting_new_patients,
                education: p.fm.education.clone(),
                is_physician: is_physician(p.fm.credentials.as_deref()),
            }),
            noindex: false,
        }
    }

    /// Head metadata of a listing or other generated page.
    pub fn listing_meta(
        &self,
        kind: PageKind,
        title: &str,
        description: &str,
        path: &str,
        feeds: Vec<FeedLink>,
        section: Option<&Section>,
    ) -> PageMeta {
        let mut crumbs = vec![("Home".to_string(), self.config.base_url.clone())];
        if kind != PageKind::Home {
            if kind == PageKind::Tag {
                crumbs.push(("Tags".into(), self.config.abs_url("/tags/")));
            }
            crumbs.push((title.to_string(), self.config.abs_url(path)));
        }
        PageMeta {
            kind,
            title: title.to_string(),
            description: description.to_string(),
            url: self.config.abs_url(path),
            section_title: section.map(|s| s.title.clone()),
            published: None,
            modified: None,
            author: None,
            reviewed_by: None,
            last_reviewed: None,
            sources: Vec::new(),
            tags: Vec::new(),
            image: self.listing_image(kind, path),
            breadcrumbs: crumbs,
            feeds,
            person: None,
            noindex: matches!(kind, PageKind::NotFound | PageKind::Offline),
        }
    }

    /// The social caption as schedulers post it: the caption, then each
    /// hashtag with one `#`; `None` when the page has no caption or is left
    /// out of the `social` channel. The feeds and the `social/*` rules both
    /// use this, so `check` measures what is actually posted.
    pub fn social_caption(&self, i: usize) -> Option<String> {
        social_caption_of(&self.content.pages[i].page)
    }

    /// The text a feed item offers schedulers: the social caption with its
    /// hashtags, else the page's description.
    pub fn post_text(&self, i: usize) -> String {
        self.social_caption(i).unwrap_or_else(|| self.content.pages[i].description.clone())
    }

    /// A feed item for a published, dated page.
    pub fn feed_item(&self, i: usize) -> Option<FeedItem> {
        let p = &self.content.pages[i].page;
        let published = p.date?;
        // Left out of `rss`, a page is in no feed; left out of `social`, its
        // caption (what schedulers post) is not offered.
        if !p.on_channel("rss") {
            return None;
        }
        let summary = self.post_text(i);
        let content_html = if self.config.feeds.full_content {
            absolutize(&self.content.pages[i].rendered.html, &self.config.base_url)
        } else {
            format!("<p>{}</p>", crate::escape::html_text(&self.content.pages[i].description))
        };
        Some(FeedItem {
            title: p.title.clone(),
            url: self.config.abs_url(&p.path),
            summary,
            content_html,
            published,
            updated: p.updated,
            author: p.fm.author.as_deref().and_then(|a| self.person_ref(a)),
            tags: p.fm.tags.clone(),
            image: self.social_image(i),
        })
    }

    /// The feed channels of the site whose folder (root-relative, "/" for
    /// the site's own) passes `keep`: the site's (every section with a
    /// feed, newest first), each section with a feed, and each tag.
    pub fn feed_channels(&self, keep: impl Fn(&str) -> bool) -> Vec<FeedChannel> {
        let cfg = &self.config;
        let mut site_pages: Vec<usize> = Vec::new();
        for (si, s) in self.content.sections.iter().enumerate() {
            if s.feed {
                site_pages.extend(&self.section_lists[si].pages);
            }
        }
        super::sort_pages(&mut site_pages, &self.content.pages, crate::content::front_matter::SortBy::Date);
        let mut channels = Vec::new();
        if keep("/") {
            channels.push(self.channel(cfg.title.clone(), cfg.description.clone(), "/", "/", &site_pages));
        }
        for (si, s) in self.content.sections.iter().enumerate() {
            if s.feed && keep(&s.path) {
                let desc = s.fm.description.clone().unwrap_or_else(|| format!("{} from {}", s.title, cfg.title));
                channels.push(self.channel(format!("{}: {}", cfg.title, s.title), desc, &s.path, &s.path, &self.section_lists[si].pages));
            }
        }
        for t in self.tags.values() {
            let base = format!("/tags/{}/", t.slug);
            if !keep(&base) {
                continue;
            }
            channels.push(self.channel(
                format!("{}: {}", cfg.title, t.name),
                format!("Pages about {} from {}", t.name, cfg.title),
                &base,
                &base,
                &t.pages,
            ));
        }
        channels
    }

    /// A feed of the given pages (already newest first), limited.
    pub fn channel(&self, title: String, description: String, home_path: &str, feed_base: &str, pages: &[usize]) -> FeedChannel {
        // Showing alerts head the feeds they are in (SPEC §3 `alert`): the
        // site's, the news section's and their tags'. Not other feeds: a
        // scheduler watching several feeds would post the alert once per
        // feed, and the banner already reaches every reader of the site.
        let alerts: Vec<usize> = super::alerts::active_pages(&self.alerts).into_iter().filter(|i| pages.contains(i)).collect();
        let alert_items: Vec<FeedItem> = alerts.iter().filter_map(|&i| self.feed_item(i)).take(self.config.feeds.limit).collect();
        let pinned = alert_items.len();
        let rest = pages.iter().filter(|i| !alerts.contains(i)).filter_map(|&i| self.feed_item(i));
        let items: Vec<FeedItem> = alert_items.into_iter().chain(rest).take(self.config.feeds.limit).collect();
        let updated = items.iter().map(|it| it.updated.unwrap_or(it.published).max(it.published)).max();
        FeedChannel {
            title,
            description,
            home_url: self.config.abs_url(home_path),
            feed_base: self.config.abs_url(feed_base),
            updated,
            items,
            pinned,
        }
    }
}

/// (file name, MIME type, label) of a feed format.
pub fn feed_file(f: FeedFormat) -> (&'static str, &'static str, &'static str) {
    match f {
        FeedFormat::Rss => ("rss.xml", "application/rss+xml", "RSS"),
        FeedFormat::Atom => ("atom.xml", "application/atom+xml", "Atom"),
        FeedFormat::Json => ("feed.json", "application/feed+json", "JSON Feed"),
    }
}

/// The view kind of a page, from its section kind.
pub fn page_kind(p: &Page) -> PageKind {
    match p.kind {
        SectionKind::Tips => PageKind::Tip,
        SectionKind::News => PageKind::News,
        SectionKind::Team => PageKind::Bio,
        SectionKind::Policies => PageKind::Policy,
        SectionKind::Testimonials => PageKind::Testimonial,
        SectionKind::Pages => PageKind::Page,
    }
}

fn is_physician(credentials: Option<&str>) -> bool {
    credentials.is_some_and(|c| c.split([',', ' ']).any(|w| matches!(w.trim().trim_matches('.'), "MD" | "DO" | "M.D" | "D.O" | "MBBS")))
}

/// Makes root-relative `href`/`src` URLs in HTML absolute, for feeds.
/// One pass over the HTML: looking for each attribute separately rescanned
/// the rest of the page per link, quadratic in the number of links.
pub fn absolutize(html: &str, base_url: &str) -> String {
    let base = base_url.trim_end_matches('/');
    let mut out = String::with_capacity(html.len() + 64);
    let bytes = html.as_bytes();
    let mut copied = 0;
    let mut i = 0;
    while let Some(off) = memchr_quote(&bytes[i..]) {
        let q = i + off;
        // `q` is a `="` whose value starts with one `/` (not `//`).
        let attr_ok = bytes[..q].ends_with(b"href") || bytes[..q].ends_with(b"src");
        if attr_ok && bytes.get(q + 2) == Some(&b'/') && bytes.get(q + 3) != Some(&b'/') {
            out.push_str(&html[copied..q + 2]);
            // Inside an attribute of HTML that itself sits in XML: escaped
            // even though base_url is validated, so no config can break out.
            crate::escape::html_attr_into(&mut out, base);
            copied = q + 2;
        }
        i = q + 2;
    }
    out.push_str(&html[copied..]);
    out
}

/// Offset of the next `="` in `b`.
fn memchr_quote(b: &[u8]) -> Option<usize> {
    b.windows(2).position(|w| w == b"=\"")
}

/// [`Site::social_caption`] of a page that need not be part of the site
/// (a standalone draft given to `check FILE`).
pub fn social_caption_of(p: &crate::content::Page) -> Option<String> {
    let social = p.fm.social.as_ref().filter(|_| p.on_channel("social"))?;
    let mut s = social.caption.as_ref()?.trim().to_string();
    for t in &social.hashtags {
        s.push_str(" #");
        s.push_str(t.trim_start_matches('#'));
    }
    Some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absolutize_rewrites_root_relative_only() {
        let h = "<a href=\"/tips/a/\">a</a><img src=\"/i.png\"><a href=\"//cdn.x/y\">c</a><a href=\"https://o.example/\">o</a>";
        let a = absolutize(h, "https://p.example/");
        assert!(a.contains("href=\"https://p.example/tips/a/\""));
        assert!(a.contains("src=\"https://p.example/i.png\""));
        assert!(a.contains("href=\"//cdn.x/y\""));
        assert!(a.contains("href=\"https://o.example/\""));
    }

    #[test]
    fn locales() {
        assert_eq!(locale("en"), "en_US");
        assert_eq!(locale("fr-ca"), "fr_CA");
        assert!(is_physician(Some("MD, FAAFP")));
        assert!(!is_physician(Some("RN, BSN")));
    }
}
