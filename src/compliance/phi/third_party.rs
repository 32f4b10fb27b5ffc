//! `consent/third-party`: an authorised story or testimonial that also
//! tells the care of someone else ("my wife Rubina, who had her gallbladder
//! out the same month", "his younger brother Vusi … Vusi's PSA was 9.4").
//!
//! The authorisation is the subject's; it lets the page name *them*, so the
//! name rules stand down on the page. A relative introduced by name is
//! another person, and their own diagnosis, operation or result needs
//! their own authorisation (decision, round 41: found in four blind sets,
//! where every authorised story with a named relative's care passed).
//! A relative who only drives, waits or cheers is no finding: the event
//! must be theirs, by their name ("Vusi's PSA", "Martha now sees Dr Essop
//! for…"), by a relative clause ("who had her gallbladder out") or by a
//! pronoun that can only be theirs (in the first-person voice, or of the
//! other gender than the subject's: "His wife Martha … She now sees…").

use std::sync::LazyLock;

use regex::Regex;

use super::allow::Allowlist;
use super::event;
use super::frame;
use super::segments::{Kind, Segments};
use super::{Field, Finding, Severity, finding};

/// "my wife Rubina", "his younger brother Vusi", "her sister Mei Fong".
static KIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(my|his|her|our|their|My|His|Her|Our|Their)\s+(?:(?:younger|older|elder|little|big|baby|twin|late|kid)\s+)?(wife|husband|partner|son|daughter|brother|sister|mother|father|mum|mom|dad|grandmother|grandfather|grandson|granddaughter|grandma|grandpa|aunt|uncle|cousin|niece|nephew|fianc[ée]e?|boyfriend|girlfriend)\s*,?\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?)").unwrap()
});

/// A relative clause right after the name: "Rubina, who had her …".
static WHO_CLAUSE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*,?\s*who\s+([^,;.!?]{0,120})").unwrap());

/// "had her gallbladder out", "has had his knee replaced": an operation
/// told in everyday words the clinical lexicon leaves alone; "now sees Dr
/// Essop herself for an overactive bladder": a visit for a complaint.
static OPERATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:had|has\s+had|got)\s+(?:her|his|their|a|an)\s+(?:[\w-]+\s+){0,2}?(?:out|removed|replaced|repaired|operation|surgery|transplant)\b|\b(?:sees|saw|is\s+seeing|has\s+seen)\s+(?:Dr\.?|Doctor|our|one\s+of\s+our)\s[^.;!?]{0,40}?\bfor\s+(?:her|his|an?|the)\s").unwrap()
});

/// A test's result: "PSA was 9.4", "biopsy found an early cancer".
static RESULT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:psa|hba1c|a1c|cholesterol|blood\s+(?:pressure|sugar)|glucose|inr|viral\s+load|ahi|bmi|egfr|creatinine|biopsy|scan|x-ray|mri|ultrasound|mammogram|smear|test|results?)\s+(?:[\w-]+\s+){0,2}?(?:was|were|is|came\s+back|showed|found|read)\b").unwrap()
});

/// Care told in `text`: a health event, a clinical event, an operation or
/// a result.
pub(super) fn care(text: &str) -> bool {
    event::health(text) || frame::has_event(text) || OPERATED.is_match(text) || RESULT.is_match(text) || with_condition(text)
}

/// "the one with the polyps", "with a stomach ulcer": someone with a
/// condition the medical vocabulary knows.
fn with_condition(text: &str) -> bool {
    static WITH: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)\bwith\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+)?(?:[a-z-]+\s+)?([a-z-]{4,})\b").unwrap());
    WITH.captures_iter(text).any(|c| super::lexicon::is_medical(&c[1].to_lowercase()) && c[1].to_lowercase() != "pressure")
}

/// Which third-person pronouns a relative is told by.
fn gender(kin: &str) -> Option<bool> {
    const FEMALE: &[&str] = &[
        "wife",
        "daughter",
        "sister",
        "mother",
        "mum",
        "mom",
        "grandmother",
        "granddaughter",
        "grandma",
        "aunt",
        "niece",
        "fiancée",
        "girlfriend",
    ];
    const MALE: &[&str] =
        &["husband", "son", "brother", "father", "dad", "grandfather", "grandson", "grandpa", "uncle", "nephew", "fiancé", "boyfriend"];
    if FEMALE.contains(&kin) {
        Some(true)
    } else if MALE.contains(&kin) {
        Some(false)
    } else {
        None
    }
}

/// The pronouns of one gender as a whole-word pattern.
static SHE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\b(?:she|her|herself)\b").unwrap());
static HE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\b(?:he|his|him|himself)\b").unwrap());

/// Report each named relative whose own care the page tells.
///
/// A relative the description or the photo's alt text names is the page's
/// own subject, told by the family member who signed for them ("Tania
/// writes about her mum Pare's last summer"): the authorisation is theirs.
pub(super) fn check(segs: &Segments, fields: &[Field], allow: &Allowlist, out: &mut Vec<Finding>) {
    let summary: Vec<&str> = fields.iter().filter(|f| matches!(f.key, "description" | "image_alt")).map(|f| f.value).collect();
    for s in &segs.segs {
        if s.kind != Kind::Prose || s.ident || s.credit {
            continue;
        }
        let t = &s.text;
        for c in KIN.captures_iter(t) {
            let (owner, kin, name) = (&c[1], c[2].to_lowercase(), c.get(3).expect("group 3"));
            let tokens: Vec<&str> = name.as_str().split_whitespace().collect();
            if allow.is_staff(&tokens) || allow.is_known_word(tokens[0]) || summary.iter().any(|v| v.contains(tokens[0])) {
                continue;
            }
            // The pronoun of the relative's gender can only mean them when
            // the writer speaks as "I" or the subject is the other gender.
            let pronoun = gender(&kin).filter(|&female| {
                let o = owner.to_lowercase();
                o == "my" || o == "our" || (o == "his" && female) || (o == "her" && !female)
            });
            if theirs(s, t, name.start(), name.end(), name.as_str(), pronoun) {
                out.push(
                    finding(
                        "consent/third-party",
                        Severity::Error,
                        segs.pos(s, name.start()),
                        format!(
                            "the page tells the care of the subject's {kin}, named here: the authorisation covers its subject, not them; leave out their name or their care, or add their own signed authorisation to the page"
                        ),
                    )
                    .about(name.as_str()),
                );
            }
        }
    }
}

/// Is a clinical event of the relative at `start..end` told in its sentence
/// or the next one?
fn theirs(s: &super::segments::Segment, t: &str, start: usize, end: usize, name: &str, pronoun: Option<bool>) -> bool {
    let si = s.sentence_at(start);
    let Some(r) = s.sentences.get(si) else { return false };
    if !frame::english(&t[r.clone()]) {
        return false;
    }
    let window = s.window_text(start);
    if WHO_CLAUSE.captures(&t[end..]).is_some_and(|w| care(&w[1])) {
        return true;
    }
    if event::person_event(&t[r.clone()], start - r.start, end - r.start, window) {
        return true;
    }
    let first = name.split_whitespace().next().unwrap_or(name);
    let rest_here = &t[end..r.end];
    let next = s.sentences.get(si + 1).map(|n| &t[n.clone()]).unwrap_or("");
    for text in [rest_here, next] {
        if let Some(i) = text.find(first) {
            let sentence = text;
            let after = &sentence[i + first.len()..];
            let owned = after.starts_with("'s") || after.starts_with("’s");
            if event::person_event(sentence, i, i + first.len(), window)
                || (owned && care(&after[..frame::floor(after, after.len().min(60))]))
            {
                return true;
            }
        }
        let told_by = match pronoun {
            Some(true) => SHE.find(text),
            Some(false) => HE.find(text),
            None => None,
        };
        if let Some(m) = told_by {
            let after = &text[m.start()..];
            if care(after) {
                return true;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compliance::phi::segments;

    fn run(body: &str) -> Vec<Finding> {
        let allow = Allowlist::new(&Default::default(), &["Farah Essop".to_string()], &[]);
        let segs = segments::collect(body, 1, &[]);
        let mut out = Vec::new();
        check(&segs, &[], &allow, &mut out);
        out
    }

    #[test]
    fn a_relatives_own_care_is_found() {
        for body in [
            "\"And my wife Rubina, who had her gallbladder out the same month, made sure I took my tablets.\"",
            "He never came alone. His wife Martha sat beside him every time. She now sees Dr Farah Essop herself for an overactive bladder.",
            "So Jacob told his younger brother Vusi to come to the next screening day. Vusi's PSA was 9.4.",
            "\"I made my husband Ismail come with me. He was the one with the polyps.\"",
        ] {
            let f = run(body);
            assert_eq!(f.len(), 1, "{body}: {f:?}");
            assert_eq!(f[0].rule, "consent/third-party");
        }
    }

    #[test]
    fn a_relative_who_only_helps_is_not() {
        for body in [
            "\"My wife Rubina drove me to every appointment after my surgery.\"",
            "His wife Martha sat beside him at every radiotherapy session. He says she kept him going.",
            "\"My daughter Anna found the clinic online, and I booked my knee replacement the same week.\"",
            "Jacob told his brother Vusi about his own PSA test. He was glad he went.",
        ] {
            assert!(run(body).is_empty(), "{body}: {:?}", run(body));
        }
    }
}
