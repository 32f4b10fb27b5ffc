//! Team cards in front matter: page builders keep a practice's people as
//! lists of cards (`bioCards: [{name, title: "Audiologist | M.A."}]`,
//! `team: [{name, role}]`) rather than team pages. A card that pairs a
//! name with a clinical or practice role introduces a team member, whose
//! name is then staff everywhere on the site (round 26, from real set 18:
//! an audiology clinic's two owners, known only from such cards).

use std::sync::LazyLock;

use regex::Regex;
use serde_json::{Map, Value};

/// Keys that hold a card's person.
const NAME_KEYS: &[&str] = &["name", "fullname", "full_name", "person", "doctor", "practitioner", "clinician", "therapist"];

/// Keys that hold a card's role or credentials.
const ROLE_KEYS: &[&str] = &[
    "title",
    "role",
    "position",
    "job",
    "jobtitle",
    "job_title",
    "designation",
    "credentials",
    "qualifications",
    "specialty",
    "speciality",
    "profession",
    "subtitle",
];

/// A practice role: "Audiologist | M.A., Reg. CASLPO", "Hearing Instrument
/// Specialist", "Practice Manager", "Owner". A testimonial's headline
/// ("Great service!", "Happy customer") is none.
static ROLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:\w*(?:ologist|iatrist|ician|dontist|opath|therapist|apist)s?|\w{4,}ists?|doctor|physician|surgeon|nurse|midwife|doula|counsell?or|dietitian|hygienist|assistant|receptionist|coordinator|manager|director|owner|co-?owner|founder|co-?founder|administrator|technician|technologist|clinician|consultant|registrar|paramedic|practitioner|physio|chiropractor|osteopath|optician|partner|principal|lead|head\s+of|md|do|dds|dmd|dpt|dc|rn|np|pa-c|phd|psyd|lcsw|lpc|rmt|mbbs|frcs|bsc|msc|m\.a\.|reg\.)(?:\b|$)").unwrap()
});

/// Full names (two words or more) that front-matter cards give a role.
pub fn carded_names(extra: &Map<String, Value>) -> Vec<String> {
    let mut out = Vec::new();
    walk_map(extra, &mut out, 0);
    out
}

fn walk(v: &Value, out: &mut Vec<String>, depth: usize) {
    // Page-builder front matter nests a few levels; deeper is data, not cards.
    if depth > 8 {
        return;
    }
    match v {
        Value::Object(m) => walk_map(m, out, depth + 1),
        Value::Array(items) => items.iter().for_each(|i| walk(i, out, depth + 1)),
        _ => {}
    }
}

fn walk_map(m: &Map<String, Value>, out: &mut Vec<String>, depth: usize) {
    if let Some(name) = card_name(m)
        && !out.contains(&name)
    {
        out.push(name);
    }
    m.values().for_each(|v| walk(v, out, depth));
}

/// The card's person when one of its role keys holds a practice role.
fn card_name(m: &Map<String, Value>) -> Option<String> {
    let field = |keys: &[&str]| {
        m.iter().filter(|(k, _)| keys.contains(&k.to_ascii_lowercase().as_str())).filter_map(|(_, v)| v.as_str()).collect::<Vec<_>>()
    };
    let name = field(NAME_KEYS).into_iter().map(str::trim).find(|n| {
        let words = n.split_whitespace().count();
        (2..=5).contains(&words) && n.chars().next().is_some_and(char::is_uppercase) && n.len() <= 80
    })?;
    field(ROLE_KEYS).iter().any(|r| r.len() <= 160 && ROLE.is_match(r)).then(|| name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn extra(json: &str) -> Map<String, Value> {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn bio_cards_introduce_staff() {
        let e = extra(
            r#"{"page_sections": [{"template": "bio-cards", "bioCards": [
                {"name": "Kathryn Armstrong", "title": "Audiologist | M.A., Reg. CASLPO"},
                {"name": "Matthew Armstrong", "title": "Hearing Instrument Specialist"}]},
                {"team": [{"name": "Lena Ortiz", "role": "Practice Manager"}]}]}"#,
        );
        assert_eq!(carded_names(&e), ["Kathryn Armstrong", "Matthew Armstrong", "Lena Ortiz"]);
    }

    #[test]
    fn testimonial_cards_are_no_staff() {
        let e = extra(
            r#"{"testimonials": [{"name": "Jane Doerr", "title": "Great service!"},
                {"name": "Tom Reyes", "title": "Happy customer", "quote": "My hearing aids fit."},
                {"name": "Ada", "role": "Nurse"}]}"#,
        );
        assert!(carded_names(&e).is_empty());
    }
}
