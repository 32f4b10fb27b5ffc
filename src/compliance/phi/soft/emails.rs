//! `phi/email`: e-mail addresses that are not the practice's, beside a
//! patient or a person's care. Mailboxes of a role, of a government and
//! placeholders are never a patient's.

use std::sync::LazyLock;

use regex::Regex;

use super::{EMAIL, Seg, contact_of_patient, individual, quote};
use crate::compliance::phi::Severity;
use crate::compliance::phi::contact_forms::personal_mailbox;

const PLACEHOLDER_LOCAL: &[&str] = &[
    "you",
    "yourname",
    "your.name",
    "name",
    "user",
    "username",
    "email",
    "someone",
    "example",
    "firstname.lastname",
    "first.last",
    "jane.doe",
    "john.doe",
    "janedoe",
    "johndoe",
    "patient",
    "me",
    "your-email",
    "youremail",
];

/// One person's visit told beside a mailbox: "the dock worker we saw
/// around 10:40 p.m.", "after a back-strain visit on Tuesday night"
/// (round 62, from set CC: a lost-and-found notice e-mailing the patient).
static ONE_VISIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bwe\s+(?:saw|treated|stitched|examined|x-?rayed)\b|\b(?:after|during|from)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:visit|appointment|exam)\s+(?:on|last|this|yesterday)\b").unwrap()
});

/// E-mail addresses that are not the practice's, in a patient context.
pub(super) fn emails(g: &Seg, emit: &mut impl FnMut(&str, Severity, usize, &str, String)) {
    let Seg { s, allow, .. } = *g;
    let t = &s.text;
    for m in EMAIL.find_iter(if t.contains('@') { t } else { "" }) {
        let e = m.as_str().trim_end_matches('.');
        let local = e.split('@').next().unwrap_or("").to_lowercase();
        if allow.is_allowed_email(e)
            || PLACEHOLDER_LOCAL.contains(&local.as_str())
            || role_mailbox(&local)
            || t[..m.start()].ends_with('@')
            || government(e)
        {
            continue;
        }
        // A personal mailbox ("colm.mcgarry@…", "the.lee.family@…", any
        // free-mail address) beside one person's care, off the team pages.
        let personal_care = || {
            let w = s.window_text(m.start());
            !g.team
                && personal_mailbox(e, w)
                && (crate::compliance::phi::frame::has_event(w)
                    || (individual(w) && crate::compliance::phi::event::health(w))
                    || ONE_VISIT.is_match(w))
        };
        if !contact_of_patient(g, m.start()) && !personal_care() && !super::own_contact::introduced_as_own(g, m.start(), e) {
            continue;
        }
        emit(
            "phi/email",
            Severity::Error,
            m.start(),
            e,
            format!(
                "e-mail address {} is not the practice's: remove it, or add it to [compliance] allow if it is a public address",
                quote(e)
            ),
        );
    }
}

/// A mailbox named for a role, not a person ("info@…", "contact.nicodev@…",
/// "kontakt@…"): a business's contact address, which a site's legal notice
/// or privacy policy prints for its owner, its data controller or its web
/// designer (real sites: Spanish and French legal notices). No patient
/// writes from one.
fn role_mailbox(local: &str) -> bool {
    const ROLES: &[&str] = &[
        "info",
        "contact",
        "contacto",
        "contatto",
        "kontakt",
        "hello",
        "hola",
        "bonjour",
        "office",
        "admin",
        "reception",
        "frontdesk",
        "appointments",
        "bookings",
        "booking",
        "privacy",
        "dpo",
        "rgpd",
        "gdpr",
        "datenschutz",
        "support",
        "enquiries",
        "inquiries",
        "accueil",
        "secretariat",
        "praxis",
        "mail",
        "email",
        "webmaster",
    ];
    ROLES.iter().any(|r| local.strip_prefix(r).is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '-', '_'])))
}

/// A government mailbox ("…@state.co.us", "…@cdc.gov", "…@nhs.net",
/// "…@gouv.fr"): an official's or an agency's public address, which a
/// practice prints to tell patients whom to write to.
fn government(e: &str) -> bool {
    let domain = e.rsplit('@').next().unwrap_or("").to_ascii_lowercase();
    let labels: Vec<&str> = domain.split('.').collect();
    let tld = labels.last().copied().unwrap_or("");
    matches!(tld, "gov" | "mil")
        || labels.iter().any(|l| matches!(*l, "gov" | "gouv" | "gob" | "govt" | "gc" | "nhs"))
        || (tld == "us" && labels.len() >= 3 && labels[labels.len() - 3] == "state")
}
