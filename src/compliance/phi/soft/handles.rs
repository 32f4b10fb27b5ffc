//! `phi/url` for a social handle: "Thanks to @ciara_hurls_09 for the post
//! about finishing her concussion rehab", "Shoutout to @kemah.mama.jess,
//! who came to the clinic with cracked nipples". A handle names one
//! account, so beside one person's care it identifies them as surely as a
//! profile's address does (HIPAA's web URLs). The practice's own handle
//! sits in "follow us @…" sentences, which name nobody's care.

use std::sync::LazyLock;

use regex::Regex;

use super::{Seg, ctx, quote};
use crate::compliance::phi::Severity;
use crate::compliance::phi::segments::Kind;

/// "@name", "@name.surname.07", "@felix.bsky.social": not an e-mail's "@"
/// (a letter or digit stands before it there).
static HANDLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|[\s(\[“‘\x22'])(?P<h>@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)").unwrap());

/// "Follow us", "tag us", "find us at": the practice's own account.
static OWN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\b(?:follow|tag|find|join|message|dm)\s+(?:us|our)\b").unwrap());

/// JSON-LD keywords and CSS at-rules: never an account.
const AT_KEYWORDS: &[&str] = &[
    "@type",
    "@context",
    "@id",
    "@graph",
    "@value",
    "@language",
    "@list",
    "@set",
    "@vocab",
    "@base",
    "@media",
    "@import",
    "@font-face",
    "@keyframes",
    "@supports",
    "@page",
    "@charset",
];

/// Handles in a sentence of one person's care.
pub(super) fn handles(g: &Seg, emit: &mut impl FnMut(&str, Severity, usize, &str, String)) {
    let Seg { s, si, names, team, .. } = *g;
    let t = &s.text;
    if team || s.kind == Kind::Target || !t.contains('@') {
        return;
    }
    for c in HANDLE.captures_iter(t) {
        let h = c.name("h").unwrap();
        // `"@type": "Answer"` (JSON-LD pasted into a page), `@media` (CSS).
        let quoted = t[h.end()..].starts_with(['"', '\'', '”']);
        if quoted || AT_KEYWORDS.contains(&h.as_str().to_ascii_lowercase().as_str()) {
            continue;
        }
        if OWN.is_match(s.sentence(h.start())) || !ctx(names, si, s, h.start(), team).patient {
            continue;
        }
        emit(
            "phi/url",
            Severity::Error,
            h.start(),
            h.as_str(),
            format!("social handle {} next to a patient's care: a handle identifies its owner; remove it", quote(h.as_str())),
        );
    }
}

#[cfg(test)]
mod tests {
    fn rules(body: &str) -> Vec<String> {
        crate::compliance::phi::tests::run("news", body).into_iter().map(|f| f.rule.to_string()).collect()
    }

    #[test]
    fn a_handle_beside_one_persons_care_is_reported_and_the_practices_own_is_not() {
        let patient = "Thank you to @yaya.htx.07 for telling her followers that she got treated for chlamydia at our teen clinic!";
        assert!(rules(patient).iter().any(|r| r == "phi/url"), "{patient}");
        let own = "Follow us @smileclinic for tips on gum disease and treatment options.";
        assert!(!rules(own).iter().any(|r| r == "phi/url"), "{own}");
        let email = "Write to frontdesk@clinic.example about her treatment.";
        assert!(!rules(email).iter().any(|r| r == "phi/url"), "{email}");
        let json_ld = "{ \"@type\": \"Answer\", \"text\": \"She was treated for chronic pain and rehab after her injury.\" }";
        assert!(!rules(json_ld).iter().any(|r| r == "phi/url"), "{json_ld}");
    }
}
