//! schema.org JSON-LD for one page, as a single `@graph` (S1-S9, M2).
//!
//! Node ids: the practice `<base>#practice`, the site `<base>#website`, the
//! page `<url>#webpage`, its main content `<url>#article`, a clinician
//! `<bio url>#person`, the breadcrumb trail `<url>#breadcrumb`. References
//! to other nodes also carry `name` and `url` inline (validators do not
//! resolve `@id`). `headline`/`name`/`description` are exactly the og:title /
//! og:description values (M2, S2).

use super::json_tree::{J, Obj};
use super::{is_raster, rfc3339};
use crate::view::{ImageRef, PageKind, PageMeta, PersonRef, SiteInfo};
use serde_json::Value;

/// The practice's schema.org type (S3), `MedicalClinic` when unset.
pub fn practice_type(site: &SiteInfo) -> &str {
    let t = site.practice.schema_type.trim();
    if t.is_empty() { "MedicalClinic" } else { t }
}

fn practice_id(site: &SiteInfo) -> String {
    format!("{}#practice", site.base_url)
}

/// `{"@id": id}`.
fn id_ref<'a>(id: String) -> J<'a> {
    let mut m = Obj::new();
    m.insert("@id", id);
    m.into()
}

fn image_object(img: &ImageRef) -> J<'_> {
    let mut m = Obj::new();
    m.insert("@type", "ImageObject");
    m.insert("url", &img.url);
    m.insert("width", img.width);
    m.insert("height", img.height);
    m.into()
}

/// Inserts `k: v` when `v` is `Some` and non-empty.
fn put_str<'a>(m: &mut Obj<'a>, k: &'static str, v: Option<&'a str>) {
    if let Some(v) = v.filter(|v| !v.trim().is_empty()) {
        m.insert(k, v);
    }
}

/// Reference to the practice with inline name/url (S5 publisher, S4 worksFor).
fn practice_ref(site: &SiteInfo) -> Obj<'_> {
    let mut m = Obj::new();
    m.insert("@type", practice_type(site));
    m.insert("@id", practice_id(site));
    m.insert("name", &site.practice.name);
    m.insert("url", &site.base_url);
    if let Some(l) = site.practice.logo_raster.as_ref().or(site.practice.logo.as_ref()) {
        m.insert("logo", image_object(l));
    }
    m
}

/// Inline Person for author/reviewedBy (name without credentials + url).
fn person_ref(p: &PersonRef) -> J<'_> {
    let mut m = Obj::new();
    m.insert("@type", "Person");
    m.insert("@id", format!("{}#person", p.url));
    m.insert("name", &p.name);
    m.insert("url", &p.url);
    put_str(&mut m, "jobTitle", p.job_title.as_deref());
    put_str(&mut m, "honorificSuffix", p.credentials.as_deref());
    if let Some(i) = &p.image {
        m.insert("image", &i.url);
    }
    m.into()
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
    Some(hours(s)?.iter().map(J::to_value).collect())
}

fn hours(s: &str) -> Option<Vec<J<'_>>> {
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
    let names: Vec<J> = days.iter().map(|&d| J::from(DAYS[d].1)).collect();
    let mut out = Vec::new();
    for range in times_part.trim().split(',') {
        let (opens, closes) = range.trim().split_once('-')?;
        if !valid_time(opens) || !valid_time(closes) {
            return None;
        }
        let mut m = Obj::new();
        m.insert("@type", "OpeningHoursSpecification");
        m.insert("dayOfWeek", names.clone());
        m.insert("opens", opens);
        m.insert("closes", closes);
        out.push(m.into());
    }
    if out.is_empty() { None } else { Some(out) }
}

/// The practice node (S3, S8, S9: no self-served ratings/reviews).
pub fn practice_node(site: &SiteInfo, page_image: Option<&ImageRef>) -> Value {
    practice_tree(site, page_image).to_value()
}

fn practice_tree<'a>(site: &'a SiteInfo, page_image: Option<&'a ImageRef>) -> J<'a> {
    let p = &site.practice;
    let mut m = practice_ref(site);
    let image = page_image.or(site.social.default_image.as_ref()).or(p.logo.as_ref().filter(|l| is_raster(l)));
    if let Some(i) = image {
        m.insert("image", &i.url);
    }
    put_str(&mut m, "telephone", p.phone.as_deref());
    put_str(&mut m, "faxNumber", p.fax.as_deref());
    put_str(&mut m, "email", p.email.as_deref());
    if let Some(a) = &p.address {
        let mut ad = Obj::new();
        ad.insert("@type", "PostalAddress");
        ad.insert("streetAddress", &a.street);
        ad.insert("addressLocality", &a.city);
        ad.insert("addressRegion", &a.region);
        ad.insert("postalCode", &a.postal_code);
        ad.insert("addressCountry", &a.country);
        m.insert("address", ad);
    }
    if let Some((lat, lon)) = p.geo {
        let mut g = Obj::new();
        g.insert("@type", "GeoCoordinates");
        g.insert("latitude", J::float(lat));
        g.insert("longitude", J::float(lon));
        m.insert("geo", g);
    }
    let mut specs = Vec::new();
    let mut raw = Vec::new();
    for h in &p.hours {
        match hours(h) {
            Some(v) => specs.extend(v),
            None => raw.push(J::from(h)),
        }
    }
    if !specs.is_empty() {
        m.insert("openingHoursSpecification", specs);
    }
    if !raw.is_empty() {
        m.insert("openingHours", raw);
    }
    if !p.specialties.is_empty() {
        let v: Vec<J> = p.specialties.iter().map(|s| J::from(specialty_url(s))).collect();
        m.insert("medicalSpecialty", v);
    }
    let same_as = site.social.same_as();
    if !same_as.is_empty() {
        m.insert("sameAs", same_as.into_iter().map(J::from).collect::<Vec<_>>());
    }
    if let Some(b) = p.accepting_new_patients {
        m.insert("isAcceptingNewPatients", b);
    }
    m.into()
}

/// `PrimaryCare` -> `https://schema.org/PrimaryCare` (enumeration member).
fn specialty_url(s: &str) -> String {
    let s = s.trim();
    if s.starts_with("https://") || s.starts_with("http://") { s.to_string() } else { format!("https://schema.org/{}", s.replace(' ', "")) }
}

fn website_node(site: &SiteInfo) -> J<'_> {
    let mut m = Obj::new();
    m.insert("@type", "WebSite");
    m.insert("@id", format!("{}#website", site.base_url));
    m.insert("name", &site.title);
    m.insert("url", &site.base_url);
    put_str(&mut m, "description", Some(&site.description));
    put_str(&mut m, "inLanguage", Some(&site.language));
    m.insert("publisher", id_ref(practice_id(site)));
    m.into()
}

/// BreadcrumbList (S6): the page's trail, or Home > page when none is given.
fn breadcrumb_node<'a>(site: &'a SiteInfo, page: &'a PageMeta) -> J<'a> {
    let default = [(&site.title, &site.base_url), (&page.title, &page.url)];
    let trail: Vec<(&String, &String)> =
        if page.breadcrumbs.is_empty() { default.to_vec() } else { page.breadcrumbs.iter().map(|(n, u)| (n, u)).collect() };
    let items: Vec<J> = trail
        .into_iter()
        .enumerate()
        .map(|(i, (name, url))| {
            let mut m = Obj::new();
            m.insert("@type", "ListItem");
            m.insert("position", i + 1);
            m.insert("name", name);
            m.insert("item", url);
            m.into()
        })
        .collect();
    let mut m = Obj::new();
    m.insert("@type", "BreadcrumbList");
    m.insert("@id", format!("{}#breadcrumb", page.url));
    m.insert("itemListElement", items);
    m.into()
}

/// `{"@context": "https://schema.org", "@graph": graph}`.
fn graph_doc(graph: Vec<J<'_>>) -> J<'_> {
    let mut m = Obj::new();
    m.insert("@context", "https://schema.org");
    m.insert("@graph", graph);
    m.into()
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
fn creative_work<'a>(site: &'a SiteInfo, page: &'a PageMeta, m: &mut Obj<'a>) {
    m.insert("url", &page.url);
    m.insert("name", &page.title);
    m.insert("headline", &page.title);
    put_str(m, "description", Some(&page.description));
    put_str(m, "inLanguage", Some(&site.language));
    if let Some(d) = &page.published {
        m.insert("datePublished", rfc3339(d));
    }
    if let Some(d) = page.modified.as_ref().or(page.published.as_ref()) {
        m.insert("dateModified", rfc3339(d));
    }
    if let Some(i) = &page.image {
        m.insert("image", vec![J::from(&i.url)]);
    }
}

/// The whole graph for one page: `{"@context": "https://schema.org", "@graph": [...]}`.
pub fn page_graph(site: &SiteInfo, page: &PageMeta) -> Value {
    graph(site, page).to_value()
}

/// Appends [`page_graph`] as script-safe JSON, as
/// [`crate::escape::json_for_script_into`] would print it.
pub fn write_page_graph(out: &mut String, site: &SiteInfo, page: &PageMeta) {
    graph(site, page).write(out);
}

fn graph<'a>(site: &'a SiteInfo, page: &'a PageMeta) -> J<'a> {
    if page.kind == PageKind::Home {
        return graph_doc(vec![practice_tree(site, page.image.as_ref()), website_node(site)]);
    }
    let mut wp = web_page(site, page);
    let mut graph: Vec<J> = Vec::with_capacity(4);
    let mut article: Option<J> = None;
    if is_article(page) {
        article = Some(article_node(site, page));
        wp.insert("mainEntity", id_ref(format!("{}#article", page.url)));
    }
    let person = if page.kind == PageKind::Bio { Some(bio_person(site, page)) } else { None };
    if person.is_some() {
        wp.insert("mainEntity", id_ref(format!("{}#person", page.url)));
    }
    graph.push(wp.into());
    graph.extend(article);
    graph.extend(person);
    graph.push(breadcrumb_node(site, page));
    graph_doc(graph)
}

/// The page's own node (WebPage, MedicalWebPage, ProfilePage, CollectionPage).
fn web_page<'a>(site: &'a SiteInfo, page: &'a PageMeta) -> Obj<'a> {
    let page_type = match page.kind {
        PageKind::Tip => "MedicalWebPage",
        PageKind::Bio => "ProfilePage",
        PageKind::Section | PageKind::Tag | PageKind::TagList => "CollectionPage",
        _ => "WebPage",
    };
    let mut wp = Obj::new();
    wp.insert("@type", page_type);
    wp.insert("@id", format!("{}#webpage", page.url));
    creative_work(site, page, &mut wp);
    wp.insert("isPartOf", id_ref(format!("{}#website", site.base_url)));
    wp.insert("breadcrumb", id_ref(format!("{}#breadcrumb", page.url)));
    if let Some(a) = &page.author {
        wp.insert("author", person_ref(a));
    }
    if let Some(r) = &page.reviewed_by {
        wp.insert("reviewedBy", person_ref(r));
    }
    if let Some(d) = &page.last_reviewed {
        wp.insert("lastReviewed", d.format("%Y-%m-%d").to_string());
    }
    if page.kind == PageKind::Tip {
        let mut a = Obj::new();
        a.insert("@type", "MedicalAudience");
        a.insert("audienceType", "Patient");
        wp.insert("medicalAudience", a);
    }
    if !page.sources.is_empty() {
        let c: Vec<J> = page
            .sources
            .iter()
            .map(|s| {
                let mut m = Obj::new();
                m.insert("@type", "CreativeWork");
                m.insert("name", &s.title);
                m.insert("url", &s.url);
                m.into()
            })
            .collect();
        wp.insert("citation", c);
    }
    if page.kind != PageKind::Bio {
        wp.insert("publisher", practice_ref(site));
    }
    if !page.tags.is_empty() {
        wp.insert("keywords", page.tags.join(", "));
    }
    wp
}

/// The article node (Article, BlogPosting) of dated content.
fn article_node<'a>(site: &'a SiteInfo, page: &'a PageMeta) -> J<'a> {
    let mut a = Obj::new();
    let t = if page.kind == PageKind::News { "BlogPosting" } else { "Article" };
    a.insert("@type", t);
    a.insert("@id", format!("{}#article", page.url));
    creative_work(site, page, &mut a);
    a.remove("name");
    match &page.author {
        Some(au) => a.insert("author", person_ref(au)),
        None => a.insert("author", practice_ref(site)),
    }
    a.insert("publisher", practice_ref(site));
    a.insert("mainEntityOfPage", id_ref(format!("{}#webpage", page.url)));
    put_str(&mut a, "articleSection", page.section_title.as_deref());
    if !page.tags.is_empty() {
        a.insert("keywords", page.tags.join(", "));
    }
    a.into()
}

/// A clinician as `Person` (S4 option a; `medicalSpecialty` is not a Person
/// property, so specialties go to `knowsAbout`).
fn bio_person<'a>(site: &'a SiteInfo, page: &'a PageMeta) -> J<'a> {
    let d = page.person.clone().unwrap_or_default();
    let mut m = Obj::new();
    m.insert("@type", "Person");
    m.insert("@id", format!("{}#person", page.url));
    let name = if d.name.trim().is_empty() { page.title.clone() } else { d.name.clone() };
    m.insert("name", name);
    m.insert("url", &page.url);
    put_str(&mut m, "description", Some(&page.description));
    if let Some(role) = d.role.as_deref().filter(|r| !r.trim().is_empty()) {
        m.insert("jobTitle", role.to_string());
        let mut o = Obj::new();
        o.insert("@type", "Occupation");
        o.insert("name", role.to_string());
        m.insert("hasOccupation", o);
    }
    if let Some(c) = d.credentials.as_deref().filter(|c| !c.trim().is_empty()) {
        m.insert("honorificSuffix", c.to_string());
        let creds: Vec<J> = c
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| {
                let mut o = Obj::new();
                o.insert("@type", "EducationalOccupationalCredential");
                o.insert("name", s.to_string());
                o.into()
            })
            .collect();
        m.insert("hasCredential", creds);
    }
    if !d.specialties.is_empty() {
        m.insert("knowsAbout", d.specialties.iter().map(|s| J::from(s.clone())).collect::<Vec<_>>());
    }
    if !d.languages.is_empty() {
        m.insert("knowsLanguage", d.languages.iter().map(|s| J::from(s.clone())).collect::<Vec<_>>());
    }
    m.insert("worksFor", practice_ref(site));
    // The page image is the portrait unless it is only the site's fallback.
    if let Some(i) = page.image.as_ref().filter(|i| Some(*i) != site.social.default_image.as_ref()) {
        m.insert("image", &i.url);
    }
    m.into()
}
