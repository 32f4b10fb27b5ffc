//! schema.org JSON-LD for one page, as a single `@graph` (S1-S9, M2).
//!
//! Node ids: the practice `<base>#practice`, the site `<base>#website`, the
//! page `<url>#webpage`, its main content `<url>#article`, a clinician
//! `<bio url>#person`, the breadcrumb trail `<url>#breadcrumb`. References
//! to other nodes also carry `name` and `url` inline (validators do not
//! resolve `@id`). `headline`/`name`/`description` are exactly the og:title /
//! og:description values (M2, S2).

use super::{is_raster, rfc3339};
use crate::view::{ImageRef, PageKind, PageMeta, PersonRef, SiteInfo};
use serde_json::{Map, Value, json};

/// The practice's schema.org type (S3), `MedicalClinic` when unset.
pub fn practice_type(site: &SiteInfo) -> &str {
    let t = site.practice.schema_type.trim();
    if t.is_empty() { "MedicalClinic" } else { t }
}

fn practice_id(site: &SiteInfo) -> String {
    format!("{}#practice", site.base_url)
}

fn image_object(img: &ImageRef) -> Value {
    json!({"@type": "ImageObject", "url": img.url, "width": img.width, "height": img.height})
}

/// Inserts `k: v` when `v` is `Some` and non-empty.
fn put_str(m: &mut Map<String, Value>, k: &str, v: Option<&str>) {
    if let Some(v) = v.filter(|v| !v.trim().is_empty()) {
        m.insert(k.to_string(), Value::String(v.to_string()));
    }
}

/// Reference to the practice with inline name/url (S5 publisher, S4 worksFor).
fn practice_ref(site: &SiteInfo) -> Value {
    let mut m = Map::new();
    m.insert("@type".into(), practice_type(site).into());
    m.insert("@id".into(), practice_id(site).into());
    m.insert("name".into(), site.practice.name.clone().into());
    m.insert("url".into(), site.base_url.clone().into());
    if let Some(l) = site.practice.logo_raster.as_ref().or(site.practice.logo.as_ref()) {
        m.insert("logo".into(), image_object(l));
    }
    Value::Object(m)
}

/// Inline Person for author/reviewedBy (name without credentials + url).
fn person_ref(p: &PersonRef) -> Value {
    let mut m = Map::new();
    m.insert("@type".into(), "Person".into());
    m.insert("@id".into(), format!("{}#person", p.url).into());
    m.insert("name".into(), p.name.clone().into());
    m.insert("url".into(), p.url.clone().into());
    put_str(&mut m, "jobTitle", p.job_title.as_deref());
    put_str(&mut m, "honorificSuffix", p.credentials.as_deref());
    if let Some(i) = &p.image {
        m.insert("image".into(), i.url.clone().into());
    }
    Value::Object(m)
}

const DAYS: [(&str, &str); 7] =
    [("Mo", "Monday"), ("Tu", "Tuesday"), ("We", "Wednesday"), ("Th", "Thursday"), ("Fr", "Friday"), ("Sa", "Saturday"), ("Su", "Sunday")];

fn day_index(s: &str) -> Option<usize> {
    DAYS.iter().position(|(k, _)| k.eq_ignore_ascii_case(s.trim()))
}

fn valid_time(t: &str) -> bool {
    let b = t.as_bytes();
    b.len() == 5
        && b[2] == b':'
        && b.iter().enumerate().all(|(i, c)| i == 2 || c.is_ascii_digit())
        && t[..2].parse::<u32>().is_ok_and(|h| h <= 24)
        && t[3..].parse::<u32>().is_ok_and(|m| m < 60)
}

/// Parses a schema.org `openingHours` string such as `Mo-Fr 08:00-17:00`,
/// `Mo,We,Fr 08:00-12:00`, `Sa 09:00-12:00,13:00-15:00` or `Fr-Mo ...`
/// (wrapping) into `OpeningHoursSpecification` nodes. `None` if not parseable.
pub fn parse_hours(s: &str) -> Option<Vec<Value>> {
    let (days_part, times_part) = s.trim().split_once(char::is_whitespace)?;
    let mut days: Vec<usize> = Vec::new();
    for group in days_part.split(',') {
        match group.split_once('-') {
            Some((a, b)) => {
                let (a, b) = (day_index(a)?, day_index(b)?);
                let mut d = a;
                loop {
                    days.push(d);
                    if d == b {
                        break;
                    }
                    d = (d + 1) % 7;
                }
            }
            None => days.push(day_index(group)?),
        }
    }
    let names: Vec<Value> = days.iter().map(|&d| Value::String(DAYS[d].1.to_string())).collect();
    let mut out = Vec::new();
    for range in times_part.trim().split(',') {
        let (opens, closes) = range.trim().split_once('-')?;
        if !valid_time(opens) || !valid_time(closes) {
            return None;
        }
        out.push(json!({
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": names,
            "opens": opens,
            "closes": closes,
        }));
    }
    if out.is_empty() { None } else { Some(out) }
}

/// The practice node (S3, S8, S9: no self-served ratings/reviews).
pub fn practice_node(site: &SiteInfo, page_image: Option<&ImageRef>) -> Value {
    let p = &site.practice;
    let mut m = match practice_ref(site) {
        Value::Object(m) => m,
        _ => unreachable!(),
    };
    let image = page_image.or(site.social.default_image.as_ref()).or(p.logo.as_ref().filter(|l| is_raster(l)));
    if let Some(i) = image {
        m.insert("image".into(), i.url.clone().into());
    }
    put_str(&mut m, "telephone", p.phone.as_deref());
    put_str(&mut m, "faxNumber", p.fax.as_deref());
    put_str(&mut m, "email", p.email.as_deref());
    if let Some(a) = &p.address {
        m.insert(
            "address".into(),
            json!({
                "@type": "PostalAddress",
                "streetAddress": a.street,
                "addressLocality": a.city,
                "addressRegion": a.region,
                "postalCode": a.postal_code,
                "addressCountry": a.country,
            }),
        );
    }
    if let Some((lat, lon)) = p.geo {
        m.insert("geo".into(), json!({"@type": "GeoCoordinates", "latitude": lat, "longitude": lon}));
    }
    let mut specs = Vec::new();
    let mut raw = Vec::new();
    for h in &p.hours {
        match parse_hours(h) {
            Some(v) => specs.extend(v),
            None => raw.push(Value::String(h.clone())),
        }
    }
    if !specs.is_empty() {
        m.insert("openingHoursSpecification".into(), Value::Array(specs));
    }
    if !raw.is_empty() {
        m.insert("openingHours".into(), Value::Array(raw));
    }
    if !p.specialties.is_empty() {
        let v: Vec<Value> = p.specialties.iter().map(|s| specialty_url(s).into()).collect();
        m.insert("medicalSpecialty".into(), Value::Array(v));
    }
    let same_as = site.social.same_as();
    if !same_as.is_empty() {
        m.insert("sameAs".into(), json!(same_as));
    }
    if let Some(b) = p.accepting_new_patients {
        m.insert("isAcceptingNewPatients".into(), b.into());
    }
    Value::Object(m)
}

/// `PrimaryCare` -> `https://schema.org/PrimaryCare` (enumeration member).
fn specialty_url(s: &str) -> String {
    let s = s.trim();
    if s.starts_with("https://") || s.starts_with("http://") { s.to_string() } else { format!("https://schema.org/{}", s.replace(' ', "")) }
}

fn website_node(site: &SiteInfo) -> Value {
    let mut m = Map::new();
    m.insert("@type".into(), "WebSite".into());
    m.insert("@id".into(), format!("{}#website", site.base_url).into());
    m.insert("name".into(), site.title.clone().into());
    m.insert("url".into(), site.base_url.clone().into());
    put_str(&mut m, "description", Some(&site.description));
    put_str(&mut m, "inLanguage", Some(&site.language));
    m.insert("publisher".into(), json!({"@id": practice_id(site)}));
    Value::Object(m)
}

/// BreadcrumbList (S6): the page's trail, or Home > page when none is given.
fn breadcrumb_node(site: &SiteInfo, page: &PageMeta) -> Value {
    let trail: Vec<(String, String)> = if page.breadcrumbs.is_empty() {
        vec![(site.title.clone(), site.base_url.clone()), (page.title.clone(), page.url.clone())]
    } else {
        page.breadcrumbs.clone()
    };
    let items: Vec<Value> = trail
        .iter()
        .enumerate()
        .map(|(i, (name, url))| json!({"@type": "ListItem", "position": i + 1, "name": name, "item": url}))
        .collect();
    let mut m = Map::new();
    m.insert("@type".into(), "BreadcrumbList".into());
    m.insert("@id".into(), format!("{}#breadcrumb", page.url).into());
    m.insert("itemListElement".into(), Value::Array(items));
    Value::Object(m)
}

/// `{"@context": "https://schema.org", "@graph": graph}`, moving `graph` in
/// (`json!` would serialise a deep copy of it).
fn graph_doc(graph: Vec<Value>) -> Value {
    let mut m = Map::new();
    m.insert("@context".into(), "https://schema.org".into());
    m.insert("@graph".into(), Value::Array(graph));
    Value::Object(m)
}

/// Whether the page carries article semantics (og:type article).
pub fn is_article(page: &PageMeta) -> bool {
    match page.kind {
        PageKind::Tip | PageKind::News => true,
        PageKind::Page | PageKind::Policy | PageKind::Testimonial => page.published.is_some(),
        _ => false,
    }
}

/// Fields shared by the page node and the article node.
fn creative_work(site: &SiteInfo, page: &PageMeta, m: &mut Map<String, Value>) {
    m.insert("url".into(), page.url.clone().into());
    m.insert("name".into(), page.title.clone().into());
    m.insert("headline".into(), page.title.clone().into());
    put_str(m, "description", Some(&page.description));
    put_str(m, "inLanguage", Some(&site.language));
    if let Some(d) = &page.published {
        m.insert("datePublished".into(), rfc3339(d).into());
    }
    if let Some(d) = page.modified.as_ref().or(page.published.as_ref()) {
        m.insert("dateModified".into(), rfc3339(d).into());
    }
    if let Some(i) = &page.image {
        m.insert("image".into(), json!([i.url]));
    }
}

/// The whole graph for one page: `{"@context": "https://schema.org", "@graph": [...]}`.
pub fn page_graph(site: &SiteInfo, page: &PageMeta) -> Value {
    let page_id = format!("{}#webpage", page.url);
    let mut graph: Vec<Value> = Vec::new();
    if page.kind == PageKind::Home {
        graph.push(practice_node(site, page.image.as_ref()));
        graph.push(website_node(site));
        return graph_doc(graph);
    }

    let page_type = match page.kind {
        PageKind::Tip => "MedicalWebPage",
        PageKind::Bio => "ProfilePage",
        PageKind::Section | PageKind::Tag | PageKind::TagList => "CollectionPage",
        _ => "WebPage",
    };
    let mut wp = Map::new();
    wp.insert("@type".into(), page_type.into());
    wp.insert("@id".into(), page_id.clone().into());
    creative_work(site, page, &mut wp);
    wp.insert("isPartOf".into(), json!({"@id": format!("{}#website", site.base_url)}));
    wp.insert("breadcrumb".into(), json!({"@id": format!("{}#breadcrumb", page.url)}));
    if let Some(a) = &page.author {
        wp.insert("author".into(), person_ref(a));
    }
    if let Some(r) = &page.reviewed_by {
        wp.insert("reviewedBy".into(), person_ref(r));
    }
    if let Some(d) = &page.last_reviewed {
        wp.insert("lastReviewed".into(), d.format("%Y-%m-%d").to_string().into());
    }
    if page.kind == PageKind::Tip {
        wp.insert("medicalAudience".into(), json!({"@type": "MedicalAudience", "audienceType": "Patient"}));
    }
    if !page.sources.is_empty() {
        let c: Vec<Value> = page.sources.iter().map(|s| json!({"@type": "CreativeWork", "name": s.title, "url": s.url})).collect();
        wp.insert("citation".into(), Value::Array(c));
    }
    if page.kind != PageKind::Bio {
        wp.insert("publisher".into(), practice_ref(site));
    }
    if !page.tags.is_empty() {
        wp.insert("keywords".into(), page.tags.join(", ").into());
    }

    let mut article: Option<Value> = None;
    if is_article(page) {
        let mut a = Map::new();
        let t = if page.kind == PageKind::News { "BlogPosting" } else { "Article" };
        a.insert("@type".into(), t.into());
        a.insert("@id".into(), format!("{}#article", page.url).into());
        creative_work(site, page, &mut a);
        a.remove("name");
        if let Some(au) = &page.author {
            a.insert("author".into(), person_ref(au));
        } else {
            a.insert("author".into(), practice_ref(site));
        }
        a.insert("publisher".into(), practice_ref(site));
        a.insert("mainEntityOfPage".into(), json!({"@id": page_id}));
        put_str(&mut a, "articleSection", page.section_title.as_deref());
        if !page.tags.is_empty() {
            a.insert("keywords".into(), page.tags.join(", ").into());
        }
        wp.insert("mainEntity".into(), json!({"@id": format!("{}#article", page.url)}));
        article = Some(Value::Object(a));
    }

    let person = if page.kind == PageKind::Bio { Some(bio_person(site, page)) } else { None };
    if person.is_some() {
        wp.insert("mainEntity".into(), json!({"@id": format!("{}#person", page.url)}));
    }
    graph.push(Value::Object(wp));
    graph.extend(article);
    graph.extend(person);
    graph.push(breadcrumb_node(site, page));
    graph_doc(graph)
}

/// A clinician as `Person` (S4 option a; `medicalSpecialty` is not a Person
/// property, so specialties go to `knowsAbout`).
fn bio_person(site: &SiteInfo, page: &PageMeta) -> Value {
    let d = page.person.clone().unwrap_or_default();
    let mut m = Map::new();
    m.insert("@type".into(), "Person".into());
    m.insert("@id".into(), format!("{}#person", page.url).into());
    let name = if d.name.trim().is_empty() { page.title.clone() } else { d.name.clone() };
    m.insert("name".into(), name.into());
    m.insert("url".into(), page.url.clone().into());
    put_str(&mut m, "description", Some(&page.description));
    if let Some(role) = d.role.as_deref().filter(|r| !r.trim().is_empty()) {
        m.insert("jobTitle".into(), role.into());
        m.insert("hasOccupation".into(), json!({"@type": "Occupation", "name": role}));
    }
    if let Some(c) = d.credentials.as_deref().filter(|c| !c.trim().is_empty()) {
        m.insert("honorificSuffix".into(), c.into());
        let creds: Vec<Value> = c
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| json!({"@type": "EducationalOccupationalCredential", "name": s}))
            .collect();
        m.insert("hasCredential".into(), Value::Array(creds));
    }
    if !d.specialties.is_empty() {
        m.insert("knowsAbout".into(), json!(d.specialties));
    }
    if !d.languages.is_empty() {
        m.insert("knowsLanguage".into(), json!(d.languages));
    }
    m.insert("worksFor".into(), practice_ref(site));
    // The page image is the portrait unless it is only the site's fallback.
    if let Some(i) = page.image.as_ref().filter(|i| Some(*i) != site.social.default_image.as_ref()) {
        m.insert("image".into(), i.url.clone().into());
    }
    Value::Object(m)
}
