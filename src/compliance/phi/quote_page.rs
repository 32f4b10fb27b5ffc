//! Testimonials filed as ordinary pages: a page titled with a person's
//! first name ("Fleur", "Chloé et Lucas", "Famille G") whose body is a
//! quotation of that person's own care ("J'ai consulté pour des maux de
//! tête …", "Mir hat die Behandlung sehr geholfen"). Themes keep client
//! quotes as one page per client in a "press" or "reviews" folder, with the
//! name as the title and an age or a star rating beside it; outside a
//! `testimonials` section nothing else calls them testimonials, yet each
//! names a patient and tells their condition (issue 9, held-out set 10).

use std::sync::LazyLock;

use regex::Regex;

use super::names::{is_given_name, ordinary};
use super::{Allowlist, Finding, PageInput, Severity, finding};

/// "Famille G", "the Wiebe family": a household by its name or initial.
static FAMILY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:famille|family|familie|familia|famiglia|fam[ií]lia|gezin)\s+\p{Lu}[\p{L}'’-]*\.?$|^(?i:the\s+)?\p{Lu}[\p{L}'’-]+\s+(?i:family)$").unwrap()
});

/// Care received, in the other languages practice sites are written in
/// (English has [`super::consent::ACCOUNT`]).
static CARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:s[ée]ances?|soins?|douleurs?|mal\s+(?:au|aux|à\s+la|de)|(?:moins|plus|pas|ai)\s+mal|maux|migraines?|sommeil|dormi|consult[ée]|traitements?|rendez-vous|rdv|r[ée]flexolog\w*|th[ée]rapies?|nausées?|digesti\w+|Behandlung(?:en)?|Sitzung(?:en)?|Schmerz(?:en)?|Termin(?:e)?|Therapie|Massage|Rücken\w*|Migräne|Pflege|sesi[oó]n(?:es)?|tratamientos?|dolor(?:es)?|cita|terapia|espalda|sueño|consulta|sedut[ae]|trattament[oi]|dolor[ei]|schiena|sonno|behandeling(?:en)?|sessies?|pijn|afspraak|rug|slaap|sess(?:ão|ões)|tratamentos?|dor(?:es)?|costas|sono)\b").unwrap()
});

/// The quoted person speaks of themselves or thanks the practitioner.
static FIRST_PERSON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:\bj['’]|\bm['’]|\b(?:je|moi|mon|ma|mes|merci|ich|mir|mich|mein\w*|danke\w*|yo|mis?|gracias|io|ho|grazie|ik|mij|mijn|bedankt|eu|meu|minha|obrigad[oa])\b)").unwrap()
});

/// Words that join two names in a title ("Chloé et Lucas", "Ana y Luis").
const JOINERS: &[&str] = &["et", "and", "und", "y", "e", "en", "&"];

/// The title is only a person's (or two people's) name: capitalised words
/// that are given names or no ordinary word, an initial allowed after one.
fn names_a_person(title: &str, allow: &Allowlist) -> bool {
    if FAMILY.is_match(title) {
        return true;
    }
    let words: Vec<&str> = title.split_whitespace().collect();
    if words.is_empty() || words.len() > 4 || JOINERS.contains(&words[0]) {
        return false;
    }
    let mut names = 0;
    for w in &words {
        if JOINERS.contains(w) {
            continue;
        }
        let bare = w.trim_end_matches('.');
        if bare.chars().count() == 1 && bare.chars().all(char::is_uppercase) && names > 0 {
            continue;
        }
        let shaped = w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || "-'’".contains(c));
        let lower = bare.to_lowercase();
        if !shaped || bare.chars().count() < 3 || (!is_given_name(&lower) && lower.split('-').any(|p| ordinary(p, allow))) {
            return false;
        }
        names += 1;
    }
    names > 0
}

/// `consent/missing` for a page titled with a person's name whose body
/// opens with a quotation of their own care, when the page has no
/// `authorization` (the caller checks) and is no team or bio page.
pub(super) fn check(page: &PageInput, title: &str, allow: &Allowlist, out: &mut Vec<Finding>) {
    let title = title.trim();
    if !names_a_person(title, allow) || allow.is_allowed_string(title) {
        return;
    }
    let words: Vec<String> = title.split_whitespace().map(|w| w.trim_end_matches('.').to_lowercase()).collect();
    let refs: Vec<&str> = words.iter().map(String::as_str).collect();
    if allow.is_staff(&refs) {
        return;
    }
    let Some((first, opening)) = page.body.lines().enumerate().find(|(_, l)| !l.trim().is_empty()) else { return };
    if !opening.trim_start().starts_with(['"', '“', '”', '«', '„', '>']) {
        return;
    }
    let end = page.body.char_indices().nth(1500).map_or(page.body.len(), |(i, _)| i);
    let quote = &page.body[..end];
    let english = super::consent::ACCOUNT.is_match(quote);
    if !(english || (CARE.is_match(quote) && FIRST_PERSON.is_match(quote))) {
        return;
    }
    out.push(
        finding(
            "consent/missing",
            Severity::Error,
            (page.body_line + first, 1),
            format!(
                "a page titled with a person's name {} quotes their own care (a testimonial) without an `authorization`: publishing it needs the patient's signed HIPAA authorisation; add `authorization` or publish the quote without the name",
                super::redact::quote(title)
            ),
        )
        .about(title),
    );
}

/// A heading that opens a page's testimonials: "Here's what some of our
/// members are saying", "What our patients say", "Kind words".
static SAYING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^#{1,6}\s+.*\b(?:what\s+(?:some\s+of\s+)?(?:our|my)\s+(?:patients|clients|members|families|parents|mums|moms)\s+(?:are\s+)?say(?:ing)?|(?:patient|client|member)\s+(?:testimonials|stories|reviews)|testimonials|kind\s+words)\b").unwrap()
});

/// Health told in a testimonial's own words, beyond the clinical events.
static OWN_HEALTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:medications?|illness\w*|my\s+condition|depression|anxiety|passed\s+away|just\s+passed|diagnos\w+|symptoms?|chronic|disease|saved\s+my\s+life)\b").unwrap()
});

static I_MY: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b(?:I|my|My|me)\b").unwrap());

/// Testimonials set under such a heading on an ordinary page: a quoted
/// first-person account of the writer's or their family's care, long
/// enough to tell it (40 words or more, with a clinical event). Unsigned,
/// it is still a patient's testimonial, which needs an authorisation.
pub(super) fn under_heading(page: &PageInput, out: &mut Vec<Finding>) {
    let lines: Vec<&str> = page.body.lines().collect();
    let Some(h) = lines.iter().position(|l| SAYING.is_match(l)) else { return };
    let mut i = h + 1;
    while i < lines.len() && !lines[i].trim_start().starts_with("## ") && !lines[i].trim_start().starts_with("# ") {
        let l = lines[i].trim_start();
        if !l.starts_with(['"', '“', '>']) {
            i += 1;
            continue;
        }
        // The quote runs to its blank-line-separated end or the next quote.
        let start = i;
        let mut text = String::new();
        while i < lines.len() && !lines[i].trim_start().starts_with('<') && !lines[i].trim_start().starts_with('#') {
            text.push_str(lines[i]);
            text.push(' ');
            i += 1;
            if text.trim_end().ends_with(['"', '”']) && text.len() > 2 {
                break;
            }
        }
        let account =
            text.split_whitespace().count() >= 40 && I_MY.is_match(&text) && (super::frame::has_event(&text) || OWN_HEALTH.is_match(&text));
        if account {
            let msg = "a patient's testimonial under a testimonials heading without an `authorization`: publishing it needs the writer's signed HIPAA authorisation; add `authorization` or remove it";
            out.push(finding("consent/missing", Severity::Error, (page.body_line + start, 1), msg.into()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(title: &str, body: &str) -> Vec<Finding> {
        let fields = vec![super::super::Field { key: "title", value: title, line: 2, column: 8 }];
        let page = PageInput {
            section_kind: "pages",
            body,
            body_line: 6,
            fields,
            authorization: None,
            authorization_line: 0,
            review_reply: None,
            channels: &["website"],
            now: chrono::NaiveDate::from_ymd_opt(2026, 12, 3).unwrap_or_default(),
        };
        let allow = Allowlist::new(&Default::default(), &["Agnès Morel".to_string()], &[]);
        let mut out = Vec::new();
        check(&page, title, &allow, &mut out);
        out
    }

    #[test]
    fn a_client_quote_under_her_first_name_is_a_testimonial() {
        let f = run("Margaux", "\n\"J'ai consulté pour des maux de tête, dès la première séance les douleurs ont disparu.\"\n");
        assert_eq!(f.len(), 1);
        assert_eq!((f[0].rule.as_str(), f[0].line), ("consent/missing", 7));
        assert_eq!(run("Famille T", "\"Toute la famille a bénéficié des soins, merci !\"").len(), 1);
        assert_eq!(run("Jonas und Mia", "„Die Behandlung hat mir sehr geholfen, danke!“").len(), 1);
        assert_eq!(run("Dolores", "> The adjustments fixed my back after two visits.").len(), 1);
    }

    #[test]
    fn quotes_that_are_no_patient_account_pass() {
        // A staff member's page, a title that is no name, no quotation, no care.
        assert!(run("Agnès", "\"J'ai consulté mes collègues, les séances reprennent lundi.\"").is_empty());
        assert!(run("Portes ouvertes", "\"J'ai consulté le programme : trois séances gratuites.\"").is_empty());
        assert!(run("Margaux", "Margaux a consulté pour des maux de tête.").is_empty());
        assert!(run("Margaux", "\"Je viens de publier mon livre sur la cuisine.\"").is_empty());
        assert!(run("Henry", "\"I became a nurse because I love people.\"").is_empty());
    }
}
