//! PHI guard: the `phi/*`, `consent/*` and `reply/*` rules of `carepress check`.
//!
//! Design (see docs/phi-rules.md):
//! * **Hard identifiers** (SSN, record/account numbers, plan IDs, licences,
//!   plates/VINs, device serials) are reported wherever their label is
//!   followed by a real-looking value; placeholders (`XXX-XX-XXXX`,
//!   all-zero groups, `MRN-000000`) are ignored. See [`hard`].
//! * **Soft identifiers** (names, dates, ages over 89, street addresses,
//!   personal URLs) are reported only in a patient context: a patient cue in
//!   the same sentence or the sentence next to it. See [`context`], [`names`],
//!   [`soft`].
//! * **Phones and e-mail addresses** that are not the practice's are errors in
//!   a patient context and *warnings* elsewhere (a stray personal contact in
//!   general content deserves a look, but is not proof of a disclosure).
//! * **The practice is the allowlist** ([`Allowlist`]): NAP, staff names in
//!   all their written forms, `[compliance] allow` strings and domains.
//! * **consent/** ([`consent`]): testimonials and patient stories need a
//!   valid `authorization`; **reply/** ([`reply`]): review replies must not
//!   confirm a patient relationship, discuss care/billing or name the reviewer.
//! * Messages never contain an identifier in full: see [`redact`].
//!
//! Code (fenced, indented, inline) is skipped; raw HTML, image alt text,
//! link targets and the published front-matter fields are scanned.

mod allow;
mod brands;
mod bylines;
mod cards;
mod care_stems;
mod care_words;
mod caseless;
mod check_digits;
mod cjk;
mod consent;
mod contact_forms;
mod context;
mod crossfield;
mod devanagari;
mod diminutives;
mod event;
mod foreign_care;
mod foreign_cues;
mod foreign_roles;
mod foreign_story;
mod frame;
mod guest;
mod hard;
mod idents;
mod language;
mod lexicon;
mod local;
mod members;
mod names;
mod names_pass;
mod names_thing;
mod not_people;
mod page_frames;
mod quote_page;
mod record_files;
mod redact;
mod reply;
pub mod resolved;
mod segments;
mod signatures;
mod soft;
mod staff_intro;
mod staff_patient;
pub mod story;
mod tables;
mod team_anecdote;
mod testimonial_voice;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_fields;
#[cfg(test)]
mod tests_general;
#[cfg(test)]
mod tests_issue9;
#[cfg(test)]
mod tests_more;
#[cfg(test)]
mod tests_round10;
#[cfg(test)]
mod tests_round12;
#[cfg(test)]
mod tests_round13;
#[cfg(test)]
mod tests_round14;
#[cfg(test)]
mod tests_round16;
#[cfg(test)]
mod tests_round17;
#[cfg(test)]
mod tests_round19;
#[cfg(test)]
mod tests_round2;
#[cfg(test)]
mod tests_round20;
#[cfg(test)]
mod tests_round21;
#[cfg(test)]
mod tests_round22;
#[cfg(test)]
mod tests_round23;
#[cfg(test)]
mod tests_round24;
#[cfg(test)]
mod tests_round25;
#[cfg(test)]
mod tests_round26;
#[cfg(test)]
mod tests_round27;
#[cfg(test)]
mod tests_round29;
#[cfg(test)]
mod tests_round30;
#[cfg(test)]
mod tests_round31;
#[cfg(test)]
mod tests_round32;
#[cfg(test)]
mod tests_round33;
#[cfg(test)]
mod tests_round34;
#[cfg(test)]
mod tests_round35;
#[cfg(test)]
mod tests_round36;
#[cfg(test)]
mod tests_round37;
#[cfg(test)]
mod tests_round39;
#[cfg(test)]
mod tests_round4;
#[cfg(test)]
mod tests_round40;
#[cfg(test)]
mod tests_round41;
#[cfg(test)]
mod tests_round42;
#[cfg(test)]
mod tests_round43;
#[cfg(test)]
mod tests_round44;
#[cfg(test)]
mod tests_round48;
#[cfg(test)]
mod tests_round5;
#[cfg(test)]
mod tests_round50;
#[cfg(test)]
mod tests_round51;
#[cfg(test)]
mod tests_round52;
#[cfg(test)]
mod tests_round53;
#[cfg(test)]
mod tests_round56;
#[cfg(test)]
mod tests_round57;
#[cfg(test)]
mod tests_round58;
#[cfg(test)]
mod tests_round59;
#[cfg(test)]
mod tests_round6;
#[cfg(test)]
mod tests_round60;
#[cfg(test)]
mod tests_round61;
#[cfg(test)]
mod tests_round62;
#[cfg(test)]
mod tests_round64;
#[cfg(test)]
mod tests_round65;
#[cfg(test)]
mod tests_round66;
#[cfg(test)]
mod tests_round67;
#[cfg(test)]
mod tests_round68;
#[cfg(test)]
mod tests_round8;
#[cfg(test)]
mod tests_round9;
#[cfg(test)]
mod tests_unseen;
mod third_party;
mod words;

pub use allow::{Allowlist, PracticeIdentity};
pub use cards::carded_names;
pub use guest::guest_children;
pub use names_pass::staff_nicknames;
pub use redact::redact;

/// Does a front-matter key credit someone (`author`, `byline`,
/// `photographer`…)? The strings under it name the page's makers.
pub fn is_credit_key(key: &str) -> bool {
    let k = key.to_ascii_lowercase();
    segments::CREDIT_KEYS.iter().any(|w| k.contains(w))
}
pub use staff_intro::{introduced_names, praised_in_reviews, review_names};

use serde::{Deserialize, Serialize};

/// How serious a finding is. `error` fails `check` (and `build` with
/// `[compliance] phi = "error"`); `warning` is printed only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One problem found. `message` says what was found and what to do, with a
/// redacted excerpt only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub rule: String,
    pub severity: Severity,
    pub line: usize,
    pub column: usize,
    pub message: String,
    /// The flagged text in full (a name, a number): shown only by
    /// `check --reveal` at a terminal, and the string an `allow` entry would
    /// need to accept it. Never part of `message`.
    pub subject: Option<String>,
}

impl Finding {
    /// Records the flagged text.
    pub(crate) fn about(mut self, subject: &str) -> Finding {
        self.subject = Some(subject.trim().to_string());
        self
    }
}

/// The `authorization` front-matter table of a testimonial or patient story.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Authorization {
    pub id: String,
    pub form: Option<String>,
    pub signed: Option<chrono::NaiveDate>,
    pub expires: Option<chrono::NaiveDate>,
    #[serde(default)]
    pub scope: Vec<String>,
    #[serde(default)]
    pub covers: Vec<String>,
}

/// The `review_reply` front-matter table: this page answers an online review.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct ReviewReply {
    pub platform: String,
    pub reviewer: String,
}

/// A published text field of front matter: its key, value and 1-based
/// line/column (of the value's first character) in the file.
#[derive(Debug, Clone, Copy)]
pub struct Field<'a> {
    pub key: &'a str,
    pub value: &'a str,
    pub line: usize,
    pub column: usize,
}

/// Everything the guard needs to know about one page.
#[derive(Debug, Clone)]
pub struct PageInput<'a> {
    /// "tips","team","policies","news","testimonials","pages". For a section's own
    /// `_index.md` pass "pages": a listing is not itself a testimonial.
    pub section_kind: &'a str,
    /// Markdown body (after front matter).
    pub body: &'a str,
    /// 1-based file line where the body starts.
    pub body_line: usize,
    /// title, description, image_alt, social caption/hashtags, slug, image file name, tags, …
    pub fields: Vec<Field<'a>>,
    pub authorization: Option<&'a Authorization>,
    pub authorization_line: usize,
    pub review_reply: Option<&'a ReviewReply>,
    /// Channels the page is published on: "website", "rss", "social".
    pub channels: &'a [&'a str],
    pub now: chrono::NaiveDate,
}

/// The endings of four letters or more of a bio title's first name
/// ("Leilani Kaʻaihue, RN" → "ilani", "lani").
fn name_endings(title: &str) -> Vec<String> {
    let first = title.split_whitespace().next().unwrap_or("");
    let chars: Vec<(usize, char)> = first.char_indices().collect();
    if chars.len() < 6 || !chars.iter().all(|(_, c)| c.is_alphabetic()) {
        return Vec::new();
    }
    chars[1..chars.len() - 3].iter().map(|&(i, _)| first[i..].to_string()).collect()
}

/// The name words of a bio's title: capitalised, not a title of address or
/// a degree ("Dr PJ Botha, MBChB" → "PJ", "Botha").
fn title_names(title: &str) -> Vec<String> {
    const ADDRESS: [&str; 9] = ["dr", "dr.", "doctor", "prof", "prof.", "professor", "sister", "sr", "nurse"];
    let mut words: Vec<String> = title
        .split([',', '|', '(', ')', '–', '—'])
        .next()
        .unwrap_or("")
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().count() >= 2 && w.starts_with(char::is_uppercase))
        .filter(|w| !ADDRESS.contains(&w.to_lowercase().as_str()))
        .map(str::to_string)
        .collect();
    // Degrees close the title ("… Ferreira MD FACS"); capitals before the
    // surname are initials ("PJ Botha").
    while words.last().is_some_and(|w| lexicon::is_post_nominal(w)) {
        words.pop();
    }
    words
}

/// Run the `phi/*`, `consent/*` and `reply/*` rules on one page.
pub fn check_page(page: &PageInput, allow: &Allowlist) -> Vec<Finding> {
    check_page_resolved(page, allow).0
}

/// [`check_page`], and what its name resolver learnt about the page's
/// people (the page model reads it: [`story`]).
pub fn check_page_resolved(page: &PageInput, allow: &Allowlist) -> (Vec<Finding>, resolved::Resolved) {
    // People listed in a staff table ("| Name | Title |") and the
    // practitioner the page's reviews all name are staff on this page.
    let sigs = signatures::of_page(page);
    let mut staff_here = tables::staff_table_names(page.body);
    staff_here.extend(signatures::reviewed_clinicians(page, &sigs));
    // A bio outside a team section ("about/allison.md" titled with her name,
    // telling her training) is read as a team page, and its subject ("More
    // about Alison") is staff on it: many real sites keep their bios in an
    // about section (decision, issue 9). Training words are needed, so a
    // patient's story titled with a name ("she graduated from rehab") is
    // not taken for one.
    let title = page.fields.iter().find(|f| f.key == "title").map_or("", |f| f.value);
    let bio = staff_intro::bio_subject(title, page.body, || context::cue_a(page.body));
    staff_here.extend(bio.clone());
    // "Leilani Kaʻaihue, RN" is "Lani" and "Nurse Lani" on her own page:
    // the short forms Hawaiian, Samoan and many other names take from
    // their end (decision, round 32; only on the person's own page, since
    // a patient "Anna" is no staff member "Johanna" elsewhere).
    if page.section_kind.eq_ignore_ascii_case("team") {
        staff_here.extend(name_endings(title));
        // "Dr PJ Botha": every name word of a bio's title is its subject's,
        // nicknames and initials included (round 41: "PJ runs our clinic"
        // was read as someone else next to a patient cue).
        staff_here.extend(title_names(title));
    }
    staff_here.extend(guest::guest_family(page, allow));
    staff_here.extend(not_people::not_people(page));
    let extended;
    let allow = if staff_here.is_empty() {
        allow
    } else {
        extended = allow.extended(&staff_here);
        &extended
    };
    let mut english_page = None;
    let allow = in_page_language(allow, page, &mut english_page);
    let segs = segments::collect(page.body, page.body_line, &page.fields);
    // "Meet Our Team", "Our Doctors": a page of bios, wherever it is filed.
    static TEAM_TITLE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?i)^\s*(?:meet\s+)?(?:our|the|your)\s+(?:\w+\s+)?(?:team|staff|doctors|dentists|physicians|providers|clinicians|therapists|practitioners)\s*$").unwrap()
    });
    let team_title = TEAM_TITLE.is_match(title);
    let team = page.section_kind.eq_ignore_ascii_case("team") || team_title || bio.is_some();
    let mut out = Vec::new();
    hard::check(&segs, allow, team, &mut out);
    let names = names::detect(&segs, allow, team);
    // Each signed testimonial is its own finding, at its signature; the
    // page-level `consent/missing` stays for unsigned testimonials.
    let signed = if page.authorization.is_none() { signatures::check(page, sigs, allow, &mut out) } else { signatures::Signed::default() };
    let auth = consent::evaluate(page, &names, &segs, signed, allow.english(), &mut out);
    if page.authorization.is_none() && !page.section_kind.eq_ignore_ascii_case("testimonials") {
        let mut reviews = Vec::new();
        consent::named_reviews(page, allow, &mut reviews);
        if !team && bio.is_none() && !out.iter().any(|o| o.rule == "consent/missing") {
            quote_page::check(page, title, allow, &mut reviews);
            quote_page::under_heading(page, &mut reviews);
        }
        reviews.retain(|r| !out.iter().any(|o| o.rule == r.rule && o.line == r.line));
        out.extend(reviews);
    }
    if !auth.names_ok() {
        person_frames(&segs, allow, &names, team, &mut out);
    }
    if !auth.names_ok() {
        record_files::check(&segs, allow, &mut out);
    }
    soft::check(&segs, allow, &names, team, auth, &mut out);
    names::report(&names, auth.names_ok(), page.body, page.authorization.and_then(|a| a.form.as_deref()).unwrap_or(""), &mut out);
    if auth.names_ok() {
        third_party::check(&segs, &page.fields, allow, &mut out);
    } else if !team {
        staff_patient::check(&segs, allow, &mut out);
    }
    crossfield::check(&segs, &page.fields, allow, &names, team, auth, &mut out);
    if let Some(rr) = page.review_reply {
        reply::check(&segs, allow, Some(rr.reviewer.as_str()), &mut out);
    }
    (finish(out, allow), resolved::of(&names, &segs))
}

/// The allowlist a page is judged with: the site's, or, for a page in
/// English on a site in another language, one that reads English
/// ([`language::page_in_english`], round 64).
fn in_page_language<'a>(allow: &'a Allowlist, page: &PageInput, slot: &'a mut Option<Allowlist>) -> &'a Allowlist {
    if !allow.english() && language::page_in_english(page.body, &page.fields) {
        return slot.insert(allow.in_english());
    }
    allow
}

/// The frames of people told in prose that the name rules do not read: on
/// a team page, a patient in the bio's anecdotes; elsewhere the frames of
/// pages in other languages (Chinese, Japanese and Korean, caseless
/// scripts, one person's care told around their name, roles of named
/// places).
fn person_frames(segs: &segments::Segments, allow: &Allowlist, names: &names::Names, team: bool, out: &mut Vec<Finding>) {
    // A team page is its subject's own: only a patient in its anecdotes
    // is reported there (round 68).
    if team {
        team_anecdote::check(segs, allow, names, out);
        return;
    }
    cjk::check(segs, out);
    caseless::check(segs, out);
    foreign_story::check(segs, allow, names, out);
    foreign_roles::check(segs, out);
}

/// Check a standalone draft (a review reply, a social post): plain text or
/// Markdown without front matter. With `as_review_reply` the reply rules
/// apply (the reviewer's display name is unknown, so any non-staff person
/// name counts as naming the reviewer).
pub fn check_text(text: &str, allow: &Allowlist, as_review_reply: bool) -> Vec<Finding> {
    let segs = segments::collect(text, 1, &[]);
    let mut out = Vec::new();
    hard::check(&segs, allow, false, &mut out);
    let names = names::detect(&segs, allow, false);
    let channels: [&str; 1] = ["social"];
    let page = PageInput {
        section_kind: "pages",
        body: text,
        body_line: 1,
        fields: Vec::new(),
        authorization: None,
        authorization_line: 1,
        review_reply: None,
        channels: &channels,
        now: chrono::NaiveDate::MIN,
    };
    let auth = consent::evaluate(&page, &names, &segs, signatures::Signed::default(), true, &mut out);
    soft::check(&segs, allow, &names, false, auth, &mut out);
    names::report(&names, false, text, "", &mut out);
    if as_review_reply {
        reply::check(&segs, allow, None, &mut out);
    }
    finish(out, allow)
}

/// Sorts and dedups; drops findings whose flagged text an `allow` entry
/// (site or page) accepts, whatever rule found them: one allowlist for all.
fn finish(mut out: Vec<Finding>, allow: &Allowlist) -> Vec<Finding> {
    // A name ("Wong") is accepted by an entry that is not an address (see
    // `Allowlist::is_allowed_name`); a number by any entry holding it.
    let accepted = |s: &str| if s.contains(|c: char| c.is_ascii_digit()) { allow.is_allowed_string(s) } else { allow.is_allowed_name(s) };
    out.retain(|f| !f.subject.as_deref().is_some_and(accepted));
    out.sort_by(|a, b| (a.line, a.column, &a.rule).cmp(&(b.line, b.column, &b.rule)));
    out.dedup_by(|a, b| a.line == b.line && a.column == b.column && a.rule == b.rule);
    out
}

/// Shorthand used by the rule modules.
fn finding(rule: &str, sev: Severity, pos: (usize, usize), message: String) -> Finding {
    Finding { rule: rule.to_string(), severity: sev, line: pos.0, column: pos.1, message, subject: None }
}
