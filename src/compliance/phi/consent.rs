//! `consent/*` (principle 6: authorisation is data). A page needs a valid
//! `authorization` when it is in a `testimonials` section or reads as a
//! patient story (a person's name next to a strong patient cue). A page that
//! carries an `authorization` has it checked even when no story is detected.
//!
//! * `consent/missing` (error): testimonial or patient story without an
//!   `authorization` table.
//! * `consent/invalid` (error): `id` is empty.
//! * `consent/unsigned` (error): no `signed` date, or signed after the build date.
//! * `consent/expired` (error): `expires` is before the build date (the
//!   authorisation is valid through its expiry day).
//! * `consent/no-expiry` (warning): no `expires`; HIPAA authorisations need
//!   an expiration date or event.
//! * `consent/scope` (error): a channel the page is published on (website,
//!   rss, social) is not in `scope`.
//! * `consent/covers` (error when the page names its subject but `covers`
//!   lacks `name`; an error on a patient story, a warning elsewhere, when
//!   it has an image but not `photo`, quotes but not `quote`, or tells a
//!   clinical event but not `condition`; a visit alone is no condition).
//!
//! A page of the testimonials section that is a professional endorsement
//! (a colleague or client organisation on the clinician's talks, training or
//! consultancy, with no first-person care) is no patient's testimonial and
//! needs no authorisation.
//!
//! A valid authorisation covering `name` suppresses `phi/name` on the page
//! and lowers `phi/date` to a warning; other identifiers (phones, record
//! numbers…) are never covered.

use std::sync::LazyLock;

use regex::Regex;

use super::frame;
use super::names::Names;
use super::segments::Segments;
use super::signatures::Signed;
use super::{Finding, PageInput, Severity, finding};

/// Outcome of the authorisation check, used by the other rules.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct AuthState {
    /// Present, signed, unexpired, in scope for every channel.
    pub valid: bool,
    pub covers_name: bool,
    /// `covers` has "condition": the story's clinical events, and so the
    /// dates they happened on, are part of what the patient authorised.
    pub covers_condition: bool,
}

impl AuthState {
    pub fn names_ok(&self) -> bool {
        self.valid && self.covers_name
    }
    /// Dates of the story's events are covered by the authorisation.
    pub fn dates_ok(&self) -> bool {
        self.valid && self.covers_condition
    }
}

/// `consent/missing` for a testimonial or story without an authorisation:
/// at the first name, else at the first line of text (not the blank line
/// after the front matter).
fn missing(page: &PageInput, names: &Names, testimonial: bool) -> Finding {
    let first_text = page.body.lines().position(|l| !l.trim().is_empty()).unwrap_or(0);
    let pos = names.hits.first().map(|h| h.pos).unwrap_or(((page.body_line + first_text).max(1), 1));
    let what = if testimonial { "testimonial" } else { "patient story (a named person next to a patient cue)" };
    finding(
        "consent/missing",
        Severity::Error,
        pos,
        format!(
            "{what} without an `authorization`: publishing it needs the patient's signed HIPAA authorisation; add `authorization = {{ id, signed, expires, scope, covers }}` or remove the identifying details"
        ),
    )
}

/// `signed`: the page's testimonials were already reported one by one at
/// their signatures (`signatures::check`), so no page-level finding repeats them.
pub(super) fn evaluate(
    page: &PageInput,
    names: &Names,
    segs: &Segments,
    signed: Signed,
    english: bool,
    out: &mut Vec<Finding>,
) -> AuthState {
    let testimonial = is_testimonial(page, names, signed, english);
    // A composite the page says it invented is nobody's story (round 61).
    let story = names.is_story() && page.review_reply.is_none() && !names.hypothetical;
    let at = (page.authorization_line.max(1), 1);
    let Some(a) = page.authorization else {
        if (testimonial || story) && signed.reported == 0 {
            out.push(missing(page, names, testimonial));
        }
        return AuthState::default();
    };
    let mut valid = true;
    let mut err = |rule: &str, sev: Severity, msg: String, out: &mut Vec<Finding>| {
        if sev == Severity::Error {
            valid = false;
        }
        out.push(finding(rule, sev, at, msg));
    };
    if a.id.trim().is_empty() {
        err("consent/invalid", Severity::Error, "authorization has an empty `id`: record the signed form's reference".into(), out);
    }
    match a.signed {
        None => err(
            "consent/unsigned",
            Severity::Error,
            "authorization has no `signed` date: only a signed authorisation allows publishing".into(),
            out,
        ),
        Some(d) if d > page.now => err(
            "consent/unsigned",
            Severity::Error,
            format!("authorization `signed` date {d} is after the build date {}: it is not signed yet", page.now),
            out,
        ),
        _ => {}
    }
    match a.expires {
        None => err(
            "consent/no-expiry",
            Severity::Warning,
            "authorization has no `expires` date: a HIPAA authorisation needs an expiration; add it".into(),
            out,
        ),
        Some(d) if d < page.now => err(
            "consent/expired",
            Severity::Error,
            format!("authorization {} expired on {d}: renew it with the patient or unpublish the page", a.id),
            out,
        ),
        _ => {}
    }
    if let Some(msg) = scope_gap(page, a) {
        err("consent/scope", Severity::Error, msg, out);
    }
    let covers = |k: &str| a.covers.iter().any(|c| c.trim().eq_ignore_ascii_case(k));
    let covers_name = covers("name");
    // On a testimonial, any person the page names who is not staff is its
    // subject or another patient, even one only quoted ("says Philippa …"),
    // which the name rules alone leave alone.
    // Since round 60 the same on any page with an authorisation: it is its
    // signer's story ("says Tomás Arredondo Vela, 58, of Elsa").
    if (!names.hits.is_empty() || !names.persons.is_empty() || names.told_about) && !covers_name {
        err("consent/covers", Severity::Error, "the page names its subject but the authorization's `covers` lacks \"name\"".into(), out);
    }
    // These do not void the authorisation for the name: the page still
    // fails, on what it discloses beyond what was signed.
    // A page with an authorisation that names someone is its signer's
    // story (round 60); an unnamed quote discloses no one.
    let named = !names.hits.is_empty() || !names.persons.is_empty();
    covers_disclosed(page, segs, testimonial || story || named, &covers, at, out);
    AuthState { valid, covers_name, covers_condition: covers("condition") }
}

/// The channels the page is published on that the authorisation's `scope`
/// leaves out, as the `consent/scope` message.
fn scope_gap(page: &PageInput, a: &super::Authorization) -> Option<String> {
    let missing: Vec<&str> = page.channels.iter().copied().filter(|c| !a.scope.iter().any(|s| s.trim().eq_ignore_ascii_case(c))).collect();
    (!missing.is_empty()).then(|| {
        format!(
            "authorization `scope` does not cover {}, where this page is published: extend the authorisation, or leave the channel out of the page's `channels` (e.g. channels = [\"website\"])",
            missing.join(", ")
        )
    })
}

/// `consent/covers` for what the page discloses beyond the name. On a
/// testimonial or patient story, an image, a quotation or a clinical event
/// (a diagnosis, a surgery) the authorisation does not cover is an error:
/// the patient did not consent to it. Elsewhere, and for clinical words
/// without an event, a warning asks for a look.
fn covers_disclosed(
    page: &PageInput,
    segs: &Segments,
    story: bool,
    covers: &dyn Fn(&str) -> bool,
    at: (usize, usize),
    out: &mut Vec<Finding>,
) {
    let err = |rule: &str, sev: Severity, msg: String, out: &mut Vec<Finding>| out.push(finding(rule, sev, at, msg));
    let sev = |strong: bool| if strong && story { Severity::Error } else { Severity::Warning };
    // A photo in the body ("![Andre and Simone with their newborn](…)") shows
    // the patient as surely as the page's `image`.
    let body_image = page.body.contains("![") || page.body.contains("<img");
    if (body_image || page.fields.iter().any(|f| f.key == "image")) && !covers("photo") {
        let msg = "the page has an image but `covers` lacks \"photo\": if it shows the patient, their authorisation must cover it";
        err("consent/covers", sev(true), msg.into(), out);
    }
    let quoted = page.body.contains('"') || page.body.contains('“') || page.body.lines().any(|l| l.trim_start().starts_with('>'));
    if quoted && !covers("quote") {
        err("consent/covers", sev(true), "the page quotes someone but `covers` lacks \"quote\"".into(), out);
    }
    if covers("condition") {
        return;
    }
    // A clinical event, not a visit: "the only appointment our family
    // enjoys" tells no condition.
    // "I ruptured my A2 pulley": the writer's own injury or illness, told in
    // the first person, is a condition even when no clinician acts on it.
    // On a testimonial or story, a condition named at all ("when my
    // postpartum depression hit", "spotted the hernia at my visa check") is
    // the patient's: what they signed decides whether it may be published.
    // In another language, care that happened to someone ("l'intervento
    // al menisco", "un'ernia del disco operata"; round 60).
    let names_condition = |t: &str| {
        story
            && (t.split(|c: char| !c.is_alphanumeric()).any(|w| w.len() >= 3 && super::lexicon::is_condition(&w.to_lowercase()))
                || (!frame::english_strict(t) && super::foreign_roles::happened(t)))
    };
    if segs.segs.iter().any(|s| frame::has_event(&s.text) || OWN_CONDITION.is_match(&s.text) || names_condition(&s.text)) {
        let msg = "the page tells the patient's condition or care but `covers` lacks \"condition\"";
        err("consent/covers", sev(true), msg.into(), out);
    }
}

/// The writer's own injury or illness: "I ruptured my A2 pulley", "I was
/// diagnosed with", "my torn meniscus", "I had my gallbladder out".
static OWN_CONDITION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bI\s+(?:had\s+)?(?:ruptured|tore|broke|fractured|sprained|dislocated|injured|herniated|strained|damaged|was\s+diagnosed|had\s+(?:a|an|my)\s+(?:[\w-]+\s+){0,2}?(?:surgery|operation|replacement|out|removed|repaired))\b|\bmy\s+(?:torn|broken|fractured|ruptured|herniated|sprained|injured|dislocated)\s+\w+").unwrap()
});

/// Work a clinician does for colleagues and organisations, not patients.
static PROFESSIONAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:work(?:ed|ing)\s+(?:closely\s+)?(?:with|alongside)|volunteers|chief\s+executive(?:\s+officer)?|ceo|associate\s+professor|professor|senior\s+\w+\s+psychologist|(?:her|his|their)\s+role\s+as|leadership|talks?|training|trainings|workshops?|presentations?|present(?:ed|s|ing)|speak(?:s|ing|er)?|spoke|members|lectures?|conferences?|seminars?|keynote|webinars?|consultancy|consulting|facilitat\w+|supervision|mentor\w*|colleagues?|our\s+(?:team|staff|organi[sz]ation|company|school|members|service|conference|board|agency)|as\s+(?:the\s+)?(?:head|director|manager|ceo|chair\w*|coordinator|principal)\s+of)\b").unwrap()
});

/// First-person care: the writer was treated.
pub(super) static FIRST_PERSON_CARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:helped\s+me|treated\s+me|saw\s+me|my\s+(?:[\w-]+\s+){0,2}?(?:pain|back|knee|neck|shoulder|hip|injury|recovery|treatment|therapy|therapist|sessions?|appointments?|anxiety|depression|addiction|health|condition|symptoms|diagnosis|surgery|son|daughter|child|husband|wife|mother|father|mum|mom|dad|teeth|tooth|smile|braces)|I\s+(?:was|had|came|felt|suffered|struggled|started|went|needed|could)|client|patient)\b").unwrap()
});

/// A page of the testimonials section that is a patient's testimonial:
/// not a colleague's endorsement, not only the team's signed words, not a
/// page without any voice, not an anonymous one.
fn is_testimonial(page: &PageInput, names: &Names, signed: Signed, english: bool) -> bool {
    if !page.section_kind.eq_ignore_ascii_case("testimonials")
        || endorsement(page.body)
        || (signed.staff_only && quoted_paragraphs(page.body) <= signed.signatures)
    {
        return false;
    }
    voiced(page, names, english) && !anonymous(page, names) && !super::testimonial_voice::no_patient_voice(page, names)
}

/// Does a page in the testimonials section give anyone's own words? Real
/// testimonials often have no quotation marks and no "I" ("Efficient,
/// friendly staff … Highly recommend", signed in the front matter), so
/// only a page that speaks to the reader ("you", "your") and has no voice
/// at all is let pass: "How to share your story", "What 1,118 patients
/// told us" (survey figures). A voice is a quotation, a blockquote, "I"/
/// "my", a person who is not staff, or an `extra` field (a review's text or
/// its signer). Pages in other languages always count.
fn voiced(page: &PageInput, names: &Names, english: bool) -> bool {
    static VOICE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"[“”"«»„「」]|(?m)^\s*>|\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)\b"#).unwrap()
    });
    static READER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\b(?:you|your|yours)\b").unwrap());
    let body = page.body;
    !english
        || VOICE.is_match(body)
        || !names.hits.is_empty()
        || !names.persons.is_empty()
        || page.fields.iter().any(|f| f.key.starts_with("extra") && !f.value.trim().is_empty())
        || !READER.is_match(body)
}

/// Paragraphs that quote someone: a blockquote or quotation marks. Signed
/// by staff, as many as there are signatures, they are the team's words;
/// one attributed to a name with a credential ("— Yolette Desrosiers, RN")
/// is a clinician's, not counted.
fn quoted_paragraphs(body: &str) -> usize {
    static CREDITED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[—–-]\s*[\p{L}.'’ -]+,\s*\p{Lu}{2,}[\p{L}.,() -]*\s*$").unwrap());
    body.split("\n\n")
        .filter(|p| p.trim_start().starts_with('>') || p.contains(['“', '"', '«', '„']))
        .filter(|p| !CREDITED.is_match(p.trim_end()))
        .count()
}

/// A testimonial the page says is anonymous ("Анонимно", "Anonymous
/// patient") and that names no one: de-identified words need no
/// authorisation (its dates or other identifiers are still reported by
/// their own rules).
fn anonymous(page: &PageInput, names: &Names) -> bool {
    static ANON: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:anonymous(?:ly)?|anonym(?:e|ous|er|en)?|an[óo]nim[oa]s?|anonimamente|анонимн\w*|анонимно)\b").unwrap()
    });
    let head = &page.body[..super::frame::floor(page.body, page.body.len().min(300))];
    names.hits.is_empty()
        && names.persons.is_empty()
        && (page.fields.iter().any(|f| f.key == "title" && ANON.is_match(f.value)) || ANON.is_match(head))
}

/// A professional endorsement: two professional cues and no first-person
/// care. Clinical words alone do not make it a patient's ("her talk on
/// anxiety", "Acquired Brain Injury Ireland").
pub(super) fn endorsement(body: &str) -> bool {
    // "I had the pleasure of working with …" is a colleague's courtesy, not
    // "I had" a condition.
    static COURTESY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\bI(?:\s+have|'ve|’ve)?\s+had\s+the\s+(?:pleasure|privilege|opportunity|hono(?:u)?r|good\s+fortune)").unwrap()
    });
    let body = COURTESY.replace_all(body, "it was a pleasure");
    PROFESSIONAL.find_iter(&body).take(2).count() >= 2 && !FIRST_PERSON_CARE.is_match(&body)
}

/// A first-person account of one's own care in English ("my visits", "I
/// felt", "helped me", "my recovery"): a patient's review, not a clinician's.
pub(super) static ACCOUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:my\s+(?:[\w-]+\s+){0,2}?(?:visits?|appointments?|experiences?|treatments?|care|pain|back|neck|results?|adjustments?|sessions?|doctor|dentist|chiropractor|therapist)|I\s+(?:feel|felt|came|come|was\s+(?:seen|treated)|had|have\s+been\s+(?:coming|seeing|going))|helped\s+me|treated\s+me|fixed\s+my|I\s+(?:am|'m|’m|was|have\s+been|got)\s+(?:sober|clean|in\s+recovery|drinking|using)|my\s+(?:counsell?or|sponsor|recovery|sobriety|diagnosis|surgery|chemo\w*|radiation|cancer))\b").unwrap()
});

/// A review pasted into an ordinary page under its reviewer's name: a
/// heading or an attribution line that is only a person's name ("### Lakesha
/// Vancoille", "— Josh Beene"), next to a first-person account of care
/// ("I look forward to my visits", "great results from my experiences").
/// Outside a testimonials section it is still a patient's testimonial.
pub(super) fn named_reviews(page: &PageInput, allow: &super::Allowlist, out: &mut Vec<Finding>) {
    static NAME_LINE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*(?:#{2,6}\s+|[-—–]{1,2}\s*|\*\*|>\s*[-—–]{1,2}\s*)(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.?)?(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s*(?:\*\*)?\s*(?:,\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}(?:,\s*\p{Lu}{2})?)?\s*$").unwrap()
    });
    // "… speelt daar op in." – Patiënt J. de V.": an attribution that calls
    // its signer a patient or client, by initials or name, in any language.
    static PATIENT_SIGNED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i:[-—–]\s*(?:(?:a|an|our|een|une?|el|la|il)\s+)?(?:patients?|patiënt|patiente?|patientin|paciente|paziente|clients?|cliënt|cliente|klient(?:in)?))\s*,?\s+((?:\p{Lu}\.\s*){1,3}(?:(?:de|van|der|den|von|du|da|di|del|la|le)\s+)*(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)?|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.?)?)\s*[)*_]*\s*$").unwrap()
    });
    let lines: Vec<&str> = page.body.lines().collect();
    for (i, l) in lines.iter().enumerate() {
        if let Some(c) = PATIENT_SIGNED.captures(l).and_then(|c| c.get(1)).filter(|m| !allow.is_allowed_string(m.as_str().trim())) {
            let who = c.as_str().trim();
            out.push(
                finding(
                    "consent/missing",
                    Severity::Error,
                    (page.body_line + i, c.start() + 1),
                    format!(
                        "a quote signed by a patient {} without an `authorization`: a patient's words under their initials or name need their signed HIPAA authorisation; add `authorization` or sign it anonymously",
                        super::redact::quote(who)
                    ),
                )
                .about(who),
            );
            continue;
        }
        // Only headings, dash attributions, bold lines and quotes can be one.
        if !l.trim_start().starts_with(['#', '-', '—', '–', '*', '>']) {
            continue;
        }
        let Some(c) = NAME_LINE.captures(l) else { continue };
        let name = c[1].trim();
        let words: Vec<String> = name.split_whitespace().map(|w| w.trim_end_matches('.').to_lowercase()).collect();
        let refs: Vec<&str> = words.iter().map(String::as_str).collect();
        if !super::names::is_given_name(&words[0]) || allow.is_staff(&refs) || allow.is_allowed_string(name) {
            continue;
        }
        // The review is the paragraph after a heading, or before an attribution.
        let near = lines[i.saturating_sub(6)..(i + 5).min(lines.len())].join(" ");
        if ACCOUNT.is_match(&near) {
            let pos = (page.body_line + i, c.get(1).map_or(1, |m| m.start() + 1));
            out.push(
                finding(
                    "consent/missing",
                    Severity::Error,
                    pos,
                    format!(
                        "a patient's review under their name {} without an `authorization`: publishing it needs the patient's signed HIPAA authorisation; add `authorization` or remove the name",
                        super::redact::quote(name)
                    ),
                )
                .about(name),
            );
        }
    }
}
