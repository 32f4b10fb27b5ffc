//! View-model fixtures of the writer tests: a fictitious practice, its feed
//! and some pages, built in memory (no binary, no files).

use carepress::view::*;
use chrono::{DateTime, FixedOffset, NaiveDate};

pub const BASE: &str = "https://www.maplegrove-clinic.test/";
pub const NASTY: &str = r#"Flu & "COVID" <script>alert(1)</script> ]]> tips"#;
pub const UNICODE: &str = "Café – naïve 😷: masks explained";

pub fn dt(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

pub fn image(path: &str, w: u32, h: u32, bytes: u64, alt: &str) -> ImageRef {
    ImageRef {
        url: format!("{BASE}{path}"),
        width: w,
        height: h,
        bytes,
        mime: if path.ends_with(".png") { "image/png" } else { "image/jpeg" }.into(),
        alt: alt.into(),
    }
}

pub fn ana() -> PersonRef {
    PersonRef {
        name: "Ana Álvarez".into(),
        url: format!("{BASE}team/ana-alvarez/"),
        job_title: Some("Family physician".into()),
        credentials: Some("MD, FAAFP".into()),
        image: Some(image("images/ana.jpg", 600, 600, 40_000, "Dr. Álvarez smiling")),
        is_physician: true,
    }
}

pub fn ben() -> PersonRef {
    PersonRef {
        name: "Ben O'Brien".into(),
        url: format!("{BASE}team/ben-obrien/"),
        job_title: Some("Nurse practitioner".into()),
        credentials: Some("FNP-C".into()),
        image: None,
        is_physician: false,
    }
}

pub fn site() -> SiteInfo {
    SiteInfo {
        base_url: BASE.into(),
        title: "Maple Grove Family Medicine".into(),
        description: "Family care & prevention in Springfield – Café district".into(),
        language: "en-US".into(),
        locale: "en_US".into(),
        practice: PracticeInfo {
            name: "Maple Grove Family Medicine".into(),
            schema_type: "MedicalClinic".into(),
            phone: Some("+1-555-010-2000".into()),
            fax: Some("+1-555-010-2001".into()),
            email: Some("frontdesk@maplegrove-clinic.test".into()),
            address: Some(Address {
                street: "12 Maple Grove Rd, Suite 3".into(),
                city: "Springfield".into(),
                region: "IL".into(),
                postal_code: "62701".into(),
                country: "US".into(),
            }),
            hours: vec!["Mo-Fr 08:00-17:00".into(), "Sa 09:00-12:00".into(), "by appointment".into()],
            accepting_new_patients: Some(true),
            emergency_notice: Some("If you have a medical emergency, call 911.".into()),
            appointment_url: Some(format!("{BASE}appointments/")),
            portal_url: None,
            telehealth_url: None,
            specialties: vec!["PrimaryCare".into(), "Pediatric".into()],
            geo: Some((39.7817, -89.6501)),
            logo: Some(image("images/logo.png", 512, 512, 9_000, "Maple Grove logo")),
            logo_raster: None,
        },
        social: SocialInfo {
            facebook: Some("https://facebook.com/maplegrove".into()),
            instagram: None,
            x: Some("@maplegrove".into()),
            linkedin: None,
            youtube: None,
            mastodon: Some("@maplegrove@med.social.test".into()),
            bluesky: Some("maplegrove.bsky.social".into()),
            default_image: Some(image("images/social-default.jpg", 1200, 630, 120_000, "The clinic's front door")),
        },
        icons: Default::default(),
    }
}

pub fn flu_image() -> ImageRef {
    image("tips/flu-shots/flu&shot.jpg", 1200, 630, 183_421, r#"A nurse gives a "flu" shot & smiles"#)
}

pub fn channel() -> FeedChannel {
    let items = vec![
        FeedItem {
            title: NASTY.into(),
            url: format!("{BASE}tips/flu-shots/"),
            summary: "Why a flu shot matters this fall & who should get one. #FluSeason".into(),
            content_html: "<p>Get your shot &amp; stay home when sick. Odd text: ]]&gt; and ]]></p>\n<p>Café – naïve 😷</p>".into(),
            published: dt("2026-10-01T09:00:00-04:00"),
            updated: Some(dt("2026-10-02T10:30:00-04:00")),
            author: Some(ana()),
            tags: vec!["flu".into(), "vaccines & shots".into()],
            image: Some(flu_image()),
        },
        FeedItem {
            title: UNICODE.into(),
            url: format!("{BASE}tips/wear-a-mask/"),
            summary: "Which mask, when — explained <simply>.".into(),
            content_html: "<p>Masks help. See <a href=\"https://www.cdc.gov/\">CDC</a>.</p>".into(),
            published: dt("2026-09-15T08:30:00Z"),
            updated: None,
            author: None,
            tags: vec!["masks".into()],
            image: None,
        },
        FeedItem {
            title: "Sunscreen basics".into(),
            url: format!("{BASE}tips/sunscreen/"),
            summary: "SPF 30, reapply every two hours.".into(),
            content_html: "<p>Use sunscreen.</p>".into(),
            published: dt("2026-06-01T07:00:00-05:00"),
            updated: Some(dt("2026-06-03T07:00:00-05:00")),
            author: Some(ben()),
            tags: vec![],
            image: None,
        },
    ];
    FeedChannel {
        title: "Maple Grove Family Medicine: Health tips".into(),
        description: "Short, reviewed health tips from our clinicians & staff".into(),
        home_url: format!("{BASE}tips/"),
        feed_base: format!("{BASE}tips/"),
        updated: Some(dt("2026-10-02T10:30:00-04:00")),
        items,
        pinned: 0,
    }
}

pub fn site_feeds() -> Vec<FeedLink> {
    vec![
        FeedLink { title: "Maple Grove Family Medicine (RSS)".into(), url: format!("{BASE}rss.xml"), mime: "application/rss+xml".into() },
        FeedLink {
            title: "Maple Grove Family Medicine (Atom)".into(),
            url: format!("{BASE}atom.xml"),
            mime: "application/atom+xml".into(),
        },
        FeedLink {
            title: "Maple Grove Family Medicine (JSON Feed)".into(),
            url: format!("{BASE}feed.json"),
            mime: "application/feed+json".into(),
        },
    ]
}

fn base_page(kind: PageKind, title: &str, path: &str) -> PageMeta {
    PageMeta {
        kind,
        title: title.into(),
        description: format!("About {title}: what to know & when to call us."),
        url: format!("{BASE}{path}"),
        section_title: None,
        published: None,
        modified: None,
        author: None,
        reviewed_by: None,
        last_reviewed: None,
        sources: vec![],
        tags: vec![],
        image: None,
        breadcrumbs: vec![],
        feeds: site_feeds(),
        person: None,
        noindex: false,
    }
}

pub fn home() -> PageMeta {
    let mut p = base_page(PageKind::Home, "Maple Grove Family Medicine", "");
    p.image = site().social.default_image;
    p
}

pub fn tip() -> PageMeta {
    let mut p = base_page(PageKind::Tip, NASTY, "tips/flu-shots/");
    p.description = r#"Who needs a "flu" shot & when </script><!-- Café 😷"#.into();
    p.section_title = Some("Health tips".into());
    p.published = Some(dt("2026-10-01T09:00:00-04:00"));
    p.modified = Some(dt("2026-10-02T10:30:00-04:00"));
    p.author = Some(ana());
    p.reviewed_by = Some(ben());
    p.last_reviewed = NaiveDate::from_ymd_opt(2026, 9, 30);
    p.sources = vec![Source { title: "CDC: Flu vaccine <facts>".into(), url: "https://www.cdc.gov/flu/".into() }];
    p.tags = vec!["flu".into(), "vaccines & shots".into()];
    p.image = Some(flu_image());
    p.breadcrumbs = vec![
        ("Home".into(), BASE.into()),
        ("Health tips".into(), format!("{BASE}tips/")),
        (NASTY.into(), format!("{BASE}tips/flu-shots/")),
    ];
    p.feeds.push(FeedLink { title: "Health tips (RSS)".into(), url: format!("{BASE}tips/rss.xml"), mime: "application/rss+xml".into() });
    p
}

pub fn bio() -> PageMeta {
    let mut p = base_page(PageKind::Bio, "Ana Álvarez, MD", "team/ana-alvarez/");
    p.image = ana().image;
    p.section_title = Some("Our team".into());
    p.person = Some(PersonDetails {
        name: "Ana Álvarez".into(),
        role: Some("Family physician".into()),
        credentials: Some("MD, FAAFP".into()),
        specialties: vec!["Family medicine".into(), "Sports medicine".into()],
        languages: vec!["English".into(), "Spanish".into()],
        accepting_new_patients: Some(true),
        education: vec!["MD, University of Illinois".into()],
        is_physician: true,
    });
    p
}

pub fn news() -> PageMeta {
    let mut p = base_page(PageKind::News, "We now open Saturdays", "news/saturdays/");
    p.published = Some(dt("2026-08-01T12:00:00-05:00"));
    p.section_title = Some("News".into());
    p.image = Some(image("news/sat.jpg", 250, 250, 20_000, "Clinic sign"));
    p
}

pub fn policy() -> PageMeta {
    base_page(PageKind::Policy, "Privacy policy", "policies/privacy/")
}
