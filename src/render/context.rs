//! Builds the typed template contexts of [`super::views`] from the site
//! model (see the contract in `theme/CONTEXT.md`).

use super::views::{Card, CardPerson, FeedView, HeadingView, ImageView, PersonView, SectionView, TagLink};
use crate::content::Page;
use crate::dates::human_date;
use crate::site::{PageRecord, SectionRecord, Site};
use crate::view::{ImageRef, PersonRef};

/// Root-relative form of an absolute site URL, for templates.
pub fn rel_url(site: &Site, abs: &str) -> String {
    match abs.strip_prefix(site.config.base_url.trim_end_matches('/')) {
        Some(r) if r.starts_with('/') => r.to_string(),
        _ => abs.to_string(),
    }
}

/// An image for templates: its URL made root-relative, with the `srcset`
/// of its WebP variants.
pub fn image(site: &Site, i: ImageRef) -> ImageView {
    let url = rel_url(site, &i.url);
    let widths = crate::site::image_variants(&site.assets, &url);
    let webp = (!widths.is_empty()).then(|| crate::graphics::variants::srcset(&url, &widths));
    ImageView { url, width: i.width, height: i.height, alt: i.alt, bytes: i.bytes, mime: i.mime, webp }
}

/// A person for templates.
pub fn person<'a>(site: &Site, p: &'a PersonRef) -> PersonView<'a> {
    PersonView {
        name: &p.name,
        url: rel_url(site, &p.url),
        job_title: p.job_title.as_deref(),
        credentials: p.credentials.as_deref(),
        image: p.image.clone().map(|i| image(site, i)),
    }
}

/// Tag links of a page.
pub fn tags(page: &Page) -> Vec<TagLink<'_>> {
    page.fm.tags.iter().map(|t| TagLink { name: t, url: format!("/tags/{}/", crate::content::slugify(t)) }).collect()
}

/// A page's table of contents.
pub fn headings(h: &[(u8, String, String)]) -> Vec<HeadingView<'_>> {
    h.iter().map(|(level, id, title)| HeadingView { level: *level, id, title }).collect()
}

/// A page as shown in lists (its card's HTML not yet drawn).
pub fn summary(site: &Site, i: usize) -> Card<'_> {
    summary_of(site, &site.content.pages[i])
}

/// [`summary`] of a page record that may not be in the model (`watch`
/// compares a page's summary before and after an edit).
pub fn summary_of<'a>(site: &'a Site, record: &'a PageRecord) -> Card<'a> {
    let p = &record.page;
    let person = (p.kind == crate::content::front_matter::SectionKind::Team).then(|| CardPerson {
        name: p.person_name(),
        role: p.fm.role.as_deref(),
        credentials: p.fm.credentials.as_deref(),
        specialties: &p.fm.specialties,
        languages: &p.fm.languages,
        accepting_new_patients: p.fm.accepting_new_patients,
        education: &p.fm.education,
        is_physician: p.fm.credentials.as_deref().is_some_and(|c| c.contains("MD") || c.contains("DO")),
    });
    Card {
        title: &p.title,
        url: &p.path,
        description: &record.description,
        date: p.date.map(|d| human_date(d.date_naive())),
        date_iso: p.date.map(|d| d.format("%Y-%m-%d").to_string()),
        kind: crate::site::views::page_kind(p),
        image: site.page_image(p).map(|img| image(site, img)),
        tags: tags(p),
        person,
        html2: None,
        html3: None,
    }
}

/// Feed links of a folder for templates.
pub fn feeds(site: &Site, base: &str, title: &str) -> Vec<FeedView> {
    let formats = &site.config.feeds.formats;
    site.feed_links_at(base, title)
        .into_iter()
        .zip(formats)
        .map(|(l, f)| {
            let format = match f {
                crate::config::FeedFormat::Rss => "rss",
                crate::config::FeedFormat::Atom => "atom",
                crate::config::FeedFormat::Json => "json",
            };
            FeedView { title: l.title, url: l.url, mime: l.mime, format }
        })
        .collect()
}

/// The `section` object of listing templates.
pub fn section<'a>(site: &'a Site, s: &'a SectionRecord) -> SectionView<'a> {
    SectionView {
        title: &s.title,
        description: s.fm.description.as_deref().unwrap_or_default(),
        content: &s.html,
        url: &s.path,
        kind: s.kind,
        feeds: if s.feed { feeds(site, &s.path, &format!("{}: {}", site.config.title, s.title)) } else { Vec::new() },
    }
}

/// "Mo-Fr 08:00-17:00" -> "Monday–Friday 8:00 AM–5:00 PM".
pub fn human_hours(spec: &str) -> String {
    let day = |d: &str| match d {
        "Mo" => "Monday",
        "Tu" => "Tuesday",
        "We" => "Wednesday",
        "Th" => "Thursday",
        "Fr" => "Friday",
        "Sa" => "Saturday",
        "Su" => "Sunday",
        _ => "",
    };
    let time = |t: &str| -> Option<String> {
        let (h, m) = t.split_once(':')?;
        let h: u32 = h.parse().ok()?;
        let (h12, ampm) = match h {
            0 => (12, "AM"),
            1..=11 => (h, "AM"),
            12 => (12, "PM"),
            _ => (h - 12, "PM"),
        };
        Some(format!("{h12}:{m} {ampm}"))
    };
    let mut parts = spec.split_whitespace();
    let (Some(days), Some(times)) = (parts.next(), parts.next()) else { return spec.to_string() };
    let days_h: Vec<String> = days
        .split(',')
        .map(|d| match d.split_once('-') {
            Some((a, b)) => format!("{}–{}", day(a), day(b)),
            None => day(d).to_string(),
        })
        .collect();
    if days_h.iter().any(|d| d.is_empty() || d.starts_with('–') || d.ends_with('–')) {
        return spec.to_string();
    }
    match times.split_once('-').and_then(|(a, b)| Some((time(a)?, time(b)?))) {
        Some((a, b)) => format!("{} {a}–{b}", days_h.join(", ")),
        None => spec.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_read_naturally() {
        assert_eq!(human_hours("Mo-Fr 08:00-17:00"), "Monday–Friday 8:00 AM–5:00 PM");
        assert_eq!(human_hours("Sa 09:00-12:30"), "Saturday 9:00 AM–12:30 PM");
        assert_eq!(human_hours("whenever"), "whenever");
    }
}
