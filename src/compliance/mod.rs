//! Compliance rules: the PHI guard (`phi/*`, `consent/*`, `reply/*`), image
//! metadata (`image/*`), checks of the rendered HTML (`a11y/*`, `links/*`,
//! `meta/*`), medical review age (`review/*`), the starter's leftovers
//! (`publish/*`, see [`publish`]) and social posts (`social/*`, see [`social`]).
//! Pure rules over the site model and rendered pages, below the pipeline:
//! `build` runs [`build_rules`], and the `check` command ([`crate::check`])
//! runs them all.
//!
//! Severity decisions (documented here so the next engineer finds them):
//! - `image/*` findings are warnings: the build always strips metadata from
//!   the images it publishes, so a source photo with GPS is a housekeeping
//!   problem, never a leak. `check` reports them so the source can be cleaned.
//! - `review/missing` (a tip without `reviewed_by`/`last_reviewed`) is an
//!   error: a health page must say who reviewed it. `review/overdue` is a
//!   warning so an ageing page does not block an urgent publication.

pub mod data_files;
pub mod htmlcheck;
pub mod phi;
pub mod publish;
pub mod rules;
pub mod social;

use crate::content::Page;
use crate::content::front_matter::SectionKind;
use crate::error::{Diagnostic, Severity};
use crate::site::Site;
use rayon::prelude::*;

/// The rules `build` runs as `[compliance] phi` says: phi, consent, reply
/// (on pages, listings and published data files), image.
pub fn build_rules(site: &Site) -> Vec<Diagnostic> {
    let allow = allowlist(site);
    let pages: Vec<&Page> = site.published().map(|i| &site.content.pages[i].page).collect();
    let mut out = phi_passes(site, &pages, &allow);
    out.extend(rules::image_metadata(site));
    out
}

/// The PHI, consent and reply rules on everything a build publishes: the
/// `pages` given (`build` passes the published ones; `check` adds the
/// scheduled ones, which will publish), every listing's own text and every
/// published data file. `build`, `check` and `watch` call this one
/// function, so they give one verdict.
pub fn phi_passes(site: &Site, pages: &[&Page], allow: &phi::Allowlist) -> Vec<Diagnostic> {
    let mut out: Vec<Diagnostic> = pages.par_iter().flat_map_iter(|p| phi_page(site, p, allow)).collect();
    out.extend(std::iter::once(&site.content.home).chain(&site.content.sections).flat_map(|s| phi_section(site, s, allow)));
    out.extend(data_files::phi_data_files(site, allow));
    out
}

/// Runs the PHI, consent and reply rules on a section's own `_index.md`
/// (and the home page): its body and title are published on the listing
/// page, so a patient named there is as published as on a page.
pub fn phi_section(site: &Site, section: &crate::content::Section, allow: &phi::Allowlist) -> Vec<Diagnostic> {
    phi_section_resolved(site, section, allow).0
}

/// [`phi_section`], and what the rules' name resolver learnt about the
/// listing's people.
pub(crate) fn phi_section_resolved(
    site: &Site,
    section: &crate::content::Section,
    allow: &phi::Allowlist,
) -> (Vec<Diagnostic>, phi::resolved::Resolved) {
    let mut fields = vec![phi::Field { key: "title", value: &section.title, line: section.key_pos("title").0, column: 1 }];
    if let Some(d) = &section.fm.description {
        let (line, column) = section.key_pos("description");
        fields.push(phi::Field { key: "description", value: d, line, column });
    }
    // A listing's `extra` reaches its template too (a home page's featured
    // testimonial and its author): scan it like a page's.
    let mut extra = Vec::new();
    extra_strings(&section.fm.extra, &mut extra);
    let extra: Vec<(String, String, (usize, usize))> =
        extra.into_iter().map(|(k, v)| (format!("extra:{}", k), v, section.key_pos(&k))).collect();
    fields.extend(extra.iter().map(|(k, v, (line, column))| phi::Field { key: k, value: v, line: *line, column: *column }));
    let channels = ["website", "social"];
    let input = phi::PageInput {
        // A listing is not itself a testimonial, even in that section.
        section_kind: "pages",
        body: &section.body,
        body_line: section.body_line,
        fields,
        authorization: None,
        authorization_line: 1,
        review_reply: None,
        channels: &channels,
        now: site.now.date_naive(),
    };
    let (found, resolved) = phi::check_page_resolved(&input, allow);
    (story(site, &section.file, &section.front, &input, &[], allow, (found, &resolved)), resolved)
}

/// Adds the page model's finding (`phi/story`) to a page no rule flagged,
/// unless the page or the site allows "phi/story". `build`, `check` and
/// `watch` reach it through [`phi_page`] and [`phi_section`], so it gives
/// one verdict too.
fn story(
    site: &Site,
    file: &std::path::Path,
    front: &str,
    input: &phi::PageInput,
    page_allow: &[String],
    allow: &phi::Allowlist,
    (mut found, resolved): (Vec<phi::Finding>, &phi::resolved::Resolved),
) -> Vec<Diagnostic> {
    let off = |list: &[String]| list.iter().any(|a| a.trim() == phi::story::ALLOW);
    // A page with an `authorization` is a patient's story told with
    // consent: the consent rules judge it, not the model.
    if found.is_empty() && input.authorization.is_none() && !off(page_allow) && !off(&site.config.compliance.allow) {
        let path = file.to_string_lossy().replace('\\', "/");
        found.extend(phi::story::check(&path, front, input, allow, resolved));
    }
    found.into_iter().map(|f| to_diagnostic(file, f)).collect()
}

/// A section folder that holds the practice's people under another name
/// than `team` (imported and converted sites keep their old folders:
/// `authors`, `doctors`, `staff`…): its pages' titles are staff names too.
fn staff_folder(section: &str) -> bool {
    matches!(
        section.to_lowercase().as_str(),
        "staff"
            | "people"
            | "author"
            | "authors"
            | "doctors"
            | "providers"
            | "practitioners"
            | "clinicians"
            | "our-team"
            | "meet-the-team"
            | "team-members"
            | "therapists"
            | "dentists"
            | "hygienists"
            | "nurses"
            | "surgeons"
            | "specialists"
            | "consultants"
            | "midwives"
            | "chiropractors"
            | "physiotherapists"
            | "osteopaths"
            | "optometrists"
            | "audiologists"
            | "psychologists"
            | "counselors"
            | "counsellors"
            | "dietitians"
            | "physicians"
            | "meet"
            | "bios"
            | "therapeutes"
            | "thérapeutes"
            | "praticiens"
            | "equipe"
            | "équipe"
            | "medecins"
            | "médecins"
            | "aerzte"
            | "ärzte"
            | "mitarbeiter"
            | "praxisteam"
            | "therapeuten"
            | "behandelaars"
            | "medewerkers"
            | "equipo"
            | "medicos"
            | "médicos"
            | "terapeutas"
            | "profesionales"
    )
}

/// The practice's identity, staff and `[compliance] allow` as the PHI allowlist.
pub fn allowlist(site: &Site) -> phi::Allowlist {
    let c = &site.config;
    let p = &c.practice;
    let identity = phi::PracticeIdentity {
        name: p.name.clone(),
        phones: p.phone.iter().chain(p.fax.iter()).cloned().collect(),
        emails: p.email.iter().cloned().collect(),
        street: p.address.as_ref().map(|a| a.street.clone()),
        city: p.address.as_ref().map(|a| a.city.clone()),
        postal_code: p.address.as_ref().map(|a| a.postal_code.clone()),
        domain: Some(c.public_host().to_string()),
    };
    let mut staff = Vec::new();
    for pg in site.content.iter_pages().filter(|pg| pg.kind == SectionKind::Team || staff_folder(&pg.section)) {
        let name = pg.person_name();
        staff.extend(phi::staff_nicknames(&name, &pg.body));
        staff.push(name);
        staff.push(pg.title.clone());
    }
    // People other pages introduce as practitioners ("registered osteopath
    // Jo Reid", "Tai Chi with Catherine Lee"): staff without a team page.
    // `watch` reloads when a page's introductions change (watch/site.rs).
    let introduced: Vec<String> = site
        .content
        .par_iter_pages()
        .filter(|pg| pg.kind != SectionKind::Team)
        .flat_map_iter(|pg| phi::introduced_names(&pg.title, &pg.body))
        .collect();
    // Team cards in any page's front matter (page builders' `bioCards`).
    staff.extend(site.content.iter_pages().flat_map(|pg| phi::carded_names(&pg.fm.extra)));
    // The practitioner three or more reviews thank by name ("Soumya and her
    // team"): staff, even when the site has no team page for her.
    let reviews: Vec<Vec<String>> =
        site.content.par_iter_pages().filter(|pg| pg.kind == SectionKind::Testimonials).map(|pg| phi::review_names(&pg.body)).collect();
    staff.extend(phi::praised_in_reviews(&reviews));
    let mut allow = phi::Allowlist::new(&identity, &staff, &c.compliance.allow);
    allow.add_introduced(&introduced);
    let titles = site.content.iter_pages().map(|pg| (&pg.file, pg.title.as_str()));
    let titles = titles.chain(std::iter::once(&site.content.home).chain(&site.content.sections).map(|s| (&s.file, s.title.as_str())));
    let titles: Vec<(String, &str)> = titles.map(|(f, t)| (f.to_string_lossy().replace('\\', "/"), t)).collect();
    allow.set_story_staff(phi::story::staff_words(titles.iter().map(|(f, t)| (f.as_str(), *t))));
    allow.set_language(&c.language);
    if let Some(a) = &p.address {
        allow.set_country(&a.country);
    }
    // A guest writer's own children ("my son Arthur" on one of her
    // accounts) are hers on every account she writes for the site.
    for (writer, children) in site.content.iter_pages().filter_map(guest_children) {
        allow.add_guest_children(&writer, &children);
    }
    allow
}

/// A guest account's credited writer and the children it calls theirs.
pub fn guest_children(page: &Page) -> Option<(String, Vec<String>)> {
    let testimonial = page.kind == SectionKind::Testimonials || page.fm.review_reply.is_some();
    phi::guest_children(testimonial, &page.fm.extra, &page.body)
}

/// Runs the PHI, consent and reply rules on one page.
pub fn phi_page(site: &Site, page: &Page, allow: &phi::Allowlist) -> Vec<Diagnostic> {
    phi_page_resolved(site, page, allow).0
}

/// [`phi_page`], and what the rules' name resolver learnt about the page's
/// people.
pub(crate) fn phi_page_resolved(site: &Site, page: &Page, allow: &phi::Allowlist) -> (Vec<Diagnostic>, phi::resolved::Resolved) {
    let auth = page.fm.authorization.as_ref().map(|a| phi::Authorization {
        id: a.id.clone(),
        form: a.form.clone(),
        signed: page.signed,
        expires: page.auth_expires,
        scope: a.scope.clone(),
        covers: a.covers.clone(),
    });
    let reply = page.fm.review_reply.as_ref().map(|r| phi::ReviewReply { platform: r.platform.clone(), reviewer: r.reviewer.clone() });
    let mut channels = vec!["website"];
    if page.on_channel("social") {
        channels.push("social");
    }
    // The page's channels are where its authorisation must reach: SPEC §3
    // gives every page all three unless `channels` says otherwise, so an
    // authorisation without `rss` needs `channels` to leave the feeds out,
    // even in a section no feed carries today (a tag or a section feed
    // turned on later would publish it without anyone looking at the
    // authorisation again). Round 68 made this strict: 133 of the 135
    // such cases in the blind sets, written by 100 authors reading the
    // spec, expect the finding (decision, README "Decisions of round 68").
    if page.on_channel("rss") {
        channels.push("rss");
    }
    let mut owned: Vec<(String, String, (usize, usize))> = Vec::new();
    let mut field = |key: &str, pos_key: &str, v: &str| owned.push((key.to_string(), v.to_string(), page.key_pos(pos_key)));
    field("title", "title", &page.title);
    if let Some(d) = &page.fm.description {
        field("description", "description", d);
    }
    if let Some(a) = &page.fm.image_alt {
        field("image_alt", "image_alt", a);
    }
    if let Some(img) = &page.fm.image {
        field("image", "image", img.rsplit('/').next().unwrap_or(img));
    }
    if let Some(s) = &page.fm.social {
        if let Some(c) = &s.caption {
            field("caption", "caption", c);
        }
        if !s.hashtags.is_empty() {
            field("hashtags", "hashtags", &s.hashtags.join(" "));
        }
    }
    if !page.fm.tags.is_empty() {
        field("tags", "tags", &page.fm.tags.join(", "));
    }
    field("slug", "slug", &page.slug.replace('-', " "));
    // Old addresses stay published as redirects: a name there is public too.
    if !page.fm.aliases.is_empty() {
        field("aliases", "aliases", &page.fm.aliases.join(" "));
    }
    // `extra` strings reach templates (and so pages and feeds): scan them all.
    owned.extend(extra_fields(page));
    let fields: Vec<phi::Field> = owned.iter().map(|(k, v, (l, c))| phi::Field { key: k, value: v, line: *l, column: *c }).collect();
    let input = phi::PageInput {
        // A page of a staff folder is a bio: the guard reads it as the team's
        // (its own phone and e-mail, its own training dates).
        section_kind: if staff_folder(&page.section) { "team" } else { page.kind.as_str() },
        body: &page.body,
        body_line: page.body_line,
        fields,
        authorization: auth.as_ref(),
        authorization_line: page.key_pos("authorization").0,
        review_reply: reply.as_ref(),
        channels: &channels,
        now: site.now.date_naive(),
    };
    let page_allow = page.fm.compliance.as_ref().filter(|c| !c.allow.is_empty()).map(|c| allow.extended(&c.allow));
    let (found, resolved) = phi::check_page_resolved(&input, page_allow.as_ref().unwrap_or(allow));
    let listed = page.fm.compliance.as_ref().map_or(&[][..], |c| c.allow.as_slice());
    (story(site, &page.file, &page.front, &input, listed, page_allow.as_ref().unwrap_or(allow), (found, &resolved)), resolved)
}

/// A page's `extra` strings, each keyed "extra:KEY" (the leaf key tells
/// the guard what the string is: a credit, an address, a date of surgery;
/// the colon keeps it from reading as a top-level key such as `image`) and
/// placed where it is written: the items of a list are found in order,
/// each at its own place, falling back to the key's.
fn extra_fields(page: &crate::content::Page) -> Vec<(String, String, (usize, usize))> {
    let mut extra = Vec::new();
    extra_strings(&page.fm.extra, &mut extra);
    let mut seen: std::collections::HashMap<String, (usize, usize)> = std::collections::HashMap::new();
    let mut out = Vec::with_capacity(extra.len());
    for (key, v) in extra {
        // A credit's leaf ("author.email") is found by its own key.
        let key_pos = page.key_pos(key.rsplit('.').next().unwrap_or(&key));
        let (line, column) = seen.get(&key).map_or(key_pos, |&(l, c)| (l, c + 1));
        let from = (line.saturating_sub(page.front_line - 1), column);
        let pos = crate::serde_diag::value_position(&page.front, &v, from).map_or(key_pos, |(l, c)| (l + page.front_line - 1, c));
        seen.insert(key.clone(), pos);
        out.push((format!("extra:{key}"), v, pos));
    }
    out
}

/// Every string under `extra` (nested tables and lists too), with its key.
fn extra_strings(map: &serde_json::Map<String, serde_json::Value>, out: &mut Vec<(String, String)>) {
    fn walk(key: &str, v: &serde_json::Value, out: &mut Vec<(String, String)>) {
        match v {
            serde_json::Value::String(s) => out.push((key.to_string(), s.clone())),
            serde_json::Value::Array(a) => a.iter().for_each(|x| walk(key, x, out)),
            // `author = { login, email, display_name }` (WordPress exports):
            // the leaves of a credit are the credit's, so their key keeps it.
            serde_json::Value::Object(m) if phi::is_credit_key(key) => m.iter().for_each(|(k, x)| walk(&format!("{key}.{k}"), x, out)),
            serde_json::Value::Object(m) => m.iter().for_each(|(k, x)| walk(k, x, out)),
            _ => {}
        }
    }
    map.iter().for_each(|(k, v)| walk(k, v, out));
}

/// A PHI finding as a diagnostic of `file`.
pub fn to_diagnostic(file: &std::path::Path, f: phi::Finding) -> Diagnostic {
    let mut d = Diagnostic::error(&f.rule, file, f.line, f.column, f.message);
    if f.severity == phi::Severity::Warning {
        d.severity = Severity::Warning;
    }
    let mut hint = hint_for(&f.rule).to_string();
    // An age or a date is never allowlisted: it is made vaguer instead.
    if let Some(s) = &f.subject
        && f.rule.starts_with("phi/")
        && !matches!(f.rule.as_str(), "phi/age" | "phi/date")
    {
        // The entry is named redacted here; `check --reveal` shows it in full.
        hint.push_str(&format!(
            "; if it is not a patient's, the allow entry \"{}\" accepts it: in site.toml [compliance] allow, or on this page only in compliance = {{ allow = [\"…\"], reason = \"…\" }}",
            phi::redact(s)
        ));
    }
    d.hint = Some(hint);
    d.reveal = f.subject.map(Box::new);
    d
}

fn hint_for(rule: &str) -> &'static str {
    match rule.split('/').next().unwrap_or("") {
        "consent" => {
            "publish a patient's story only with their written HIPAA authorisation recorded in `authorization` (id, signed, expires, scope, covers)"
        }
        "reply" => {
            "never confirm that a reviewer is a patient or mention care, dates or bills; thank them and invite them to call the office"
        }
        _ => match rule {
            "phi/story" => {
                "if it tells a patient's care, remove what identifies them or record their written authorisation (`authorization`); if it does not, accept the page with compliance = { allow = [\"phi/story\"], reason = \"…\" } in its front matter (\"phi/story\" in [compliance] allow turns the page model off for the whole site)"
            }
            "phi/age" => {
                "ages over 89 identify: write \"in her nineties\" or \"over 90\", or record the patient's written authorisation (`authorization` covering `condition`)"
            }
            "phi/date" => {
                "a day or month of a patient's care identifies them: give only the year or say \"recently\", or record the patient's written authorisation"
            }
            "phi/phone" | "phi/email" | "phi/address" | "phi/url" => {
                "remove it; if it is the practice's own (another office, a clinician's work line or mailbox), add it to [compliance] allow in site.toml"
            }
            "phi/ssn" | "phi/record-number" | "phi/plan-id" | "phi/id-number" | "phi/licence" | "phi/vehicle" | "phi/device" => {
                "remove the number or replace it with a placeholder such as XXXX-1234: a website never needs a real one; a sample on a form is fine masked"
            }
            _ => {
                "remove the identifier, or record the patient's written authorisation; if it is the practice's own, add it to [compliance] allow"
            }
        },
    }
}

#[cfg(test)]
mod hint_tests {
    use super::*;

    fn finding(rule: &str, subject: &str) -> phi::Finding {
        phi::Finding {
            rule: rule.into(),
            severity: phi::Severity::Error,
            line: 3,
            column: 1,
            message: "m".into(),
            subject: Some(subject.into()),
        }
    }

    #[test]
    fn hints_fit_their_case() {
        let age = to_diagnostic(std::path::Path::new("a.md"), finding("phi/age", "94")).hint.unwrap_or_default();
        assert!(age.contains("nineties") && !age.contains("allow"), "{age}");
        let date = to_diagnostic(std::path::Path::new("a.md"), finding("phi/date", "May 3")).hint.unwrap_or_default();
        assert!(date.contains("year") && !date.contains("allow"), "{date}");
        let phone = to_diagnostic(std::path::Path::new("a.md"), finding("phi/phone", "555-0101")).hint.unwrap_or_default();
        assert!(phone.contains("practice's own") && phone.contains("allow entry"), "{phone}");
        let mrn = to_diagnostic(std::path::Path::new("a.md"), finding("phi/record-number", "MRN 1234567")).hint.unwrap_or_default();
        assert!(mrn.contains("placeholder"), "{mrn}");
    }
}

#[cfg(test)]
mod staff_folder_tests {
    #[test]
    fn staff_folders_in_other_languages_are_team_folders() {
        for f in ["therapeutes", "Équipe", "aerzte", "behandelaars", "meet", "staff", "hygienists", "audiologists"] {
            assert!(super::staff_folder(f), "{f}");
        }
        for f in ["tips", "testimonials", "therapies", "news"] {
            assert!(!super::staff_folder(f), "{f}");
        }
    }
}
