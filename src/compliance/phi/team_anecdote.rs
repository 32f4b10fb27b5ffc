//! `phi/name` on a team member's page: the bio's favourite story names a
//! patient ("His favourite success so far: Harold, 94, the retired keeper
//! of the Baccaro Point light, who came to his first review in 2022 …",
//! "It's from Kayla, who was 19 and working the line at the fish plant …
//! when Denise started seeing her for postpartum depression").
//!
//! Team pages are read leniently everywhere else: a bio tells its subject's
//! own training, illnesses and family, and the name rules leave them
//! alone. But the person in a clinician's proudest anecdote is usually a
//! patient, and four blind sets (CN, CS, CT and, in German, CZ) each
//! disclosed one this way without a finding (round 68). So on a team page
//! a given name that is no staff member's, set off by its own age ("Harold,
//! 94,", "Kayla, who was 19", "Ruth (88)"), in a sentence or the next that
//! tells care, is reported. Kin of the bio's subject ("her husband Glen,
//! 61, …", "my gran, Edna, 94,") are family, not patients, and are left
//! alone, as are famous people.

use std::sync::LazyLock;

use regex::Regex;

use super::allow::Allowlist;
use super::names::{Names, is_given_name};
use super::segments::{Kind, Segments};
use super::{Finding, Severity, finding, frame, lexicon};

/// A given name (perhaps with a surname) set off by an age: "Harold, 94,",
/// "Kayla, who was 19", "Ruth (88)", "Vroni, 77 Jahre alt".
static AGED_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?P<name>\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)(?:,\s+(?:who\s+was\s+|then\s+|aged\s+|now\s+)?(?P<a>\d{1,3})(?:,|\s+(?:and|years|Jahre|jaar|ans|anni|años)\b)|\s+\((?P<b>\d{1,3})\))").unwrap()
});

/// Kin or a friend of the bio's subject just before the name.
static KIN_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:husband|wife|partner|spouse|son|daughter|sons|daughters|child|children|kids|mother|father|mum|mom|dad|grand(?:mother|father|ma|pa|son|daughter|kids|children)|gran|granny|nan|nana|grandad|granddad|brother|sister|aunt|auntie|uncle|niece|nephew|cousin|friend|dog|cat|mann|frau|tochter|sohn|oma|opa|man|vrouw|zoon|dochter|marito|moglie|figli[oa]|nonn[oa]|mari|femme|fils|fille|esposo|esposa|hij[oa])\b[\s,:]*(?:\p{Lu}\p{Ll}+[\s,]*)?$").unwrap()
});

/// The clinician's own work with them: "came to his first review",
/// "started seeing her for", "fourteen different pills", "careful
/// tapering".
static SEEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:came\s+(?:in\s+)?(?:to|for)\s+(?:his|her|their)\s+(?:first\s+)?(?:review|appointment|visit|session|consultation)|(?:started|began)\s+seeing\s+(?:him|her)|pills|medications?|tablets|prescriptions?|taper\w*|deprescrib\w*|dressed|home\s+visits?)\b").unwrap()
});

/// Report each such patient in a bio's anecdote.
pub(super) fn check(segs: &Segments, allow: &Allowlist, names: &Names, out: &mut Vec<Finding>) {
    for s in segs.segs.iter().filter(|s| s.kind == Kind::Prose && !s.ident && !s.is_field()) {
        let t = &s.text;
        if s.digits == 0 {
            continue;
        }
        for c in AGED_NAME.captures_iter(t) {
            let name = c.name("name").expect("name");
            let age: u32 = c.name("a").or_else(|| c.name("b")).and_then(|m| m.as_str().parse().ok()).unwrap_or(0);
            let tokens: Vec<&str> = name.as_str().split_whitespace().collect();
            let first = tokens[0].to_lowercase();
            let before = &t[frame::floor(t, name.start().saturating_sub(40))..name.start()];
            if !(2..=110).contains(&age)
                || !is_given_name(&first)
                || lexicon::is_function_word(&first)
                || allow.is_staff(&tokens)
                || allow.is_staff(&tokens[..1])
                || tokens.iter().any(|w| names.page_staff.contains(&w.to_lowercase()))
                || lexicon::is_famous(&tokens.iter().map(|w| w.to_string()).collect::<Vec<_>>())
                || allow.is_allowed_string(name.as_str())
                || KIN_BEFORE.is_match(before)
            {
                continue;
            }
            let i = s.sentence_at(name.start());
            let r = &s.sentences[i];
            let end = s.sentences.get(i + 1).map_or(r.end, |n| n.end);
            let window = &t[r.start..end];
            let care = frame::has_event(window) || super::foreign_story::care_in(window) || SEEN.is_match(window);
            if !care || super::not_people::VOLUNTEER.is_match(window) {
                continue;
            }
            out.push(
                finding(
                    "phi/name",
                    Severity::Error,
                    segs.pos(s, name.start()),
                    "a bio's anecdote names someone, with their age, beside care: the person a clinician tells of is a patient; leave out the name and the age, or record their signed `authorization`".to_string(),
                )
                .about(name.as_str()),
            );
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::AGED_NAME;

    #[test]
    fn names_set_off_by_an_age() {
        for t in ["success so far: Harold, 94, the retired keeper", "from Kayla, who was 19 and working", "Ruth (88) came"] {
            assert!(AGED_NAME.is_match(t), "{t}");
        }
        assert!(!AGED_NAME.is_match("In 2019, 40 patients"));
    }
}
