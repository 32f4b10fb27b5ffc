//! A guest author's own account (round 26, from real set 15): practices'
//! blogs carry articles credited to a parent or advocate who writes about
//! their own child ("my son Arthur wasn't eating well"). The writer, named
//! in the page's credit, and the children they call their own tell their
//! own family's story; no patient of the practice is disclosed. A
//! testimonial, or an account that says the practice treats the child, is
//! no guest account and is read as before.

use std::sync::LazyLock;

use regex::Regex;

use super::PageInput;

/// "my son Arthur", "my youngest daughter, Mia,": the writer's own child.
static MY_CHILD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i:\bmy\s+(?:(?:little|youngest|oldest|eldest|older|younger|middle|autistic|teenage|\d{1,2}-year-old)\s+)?(?:son|daughter|child|boy|girl|kid|stepson|stepdaughter)),?\s+(\p{Lu}\p{Ll}{2,})\b").unwrap()
});

/// The practice's own care of someone: then the page is a patient's story.
static PRACTICE_CARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:with\s+us|at\s+our\s+(?:clinic|practice|centre|center|office)|our\s+(?:clinic|practice|therapists?|clinicians?|team|centre|center|office|sessions?|patients?|clients?)\b|we\s+(?:treated|saw|assessed|diagnosed|worked\s+with|see)\b|(?:our|this)\s+(?:testimonial|review))").unwrap()
});

/// The credited writer and the children they write about as their own,
/// as names known on this page; empty when the page is no guest account.
pub(super) fn guest_family(page: &PageInput) -> Vec<String> {
    if page.section_kind == "testimonials" || page.review_reply.is_some() {
        return Vec::new();
    }
    // One credit: numbered authors ("author_01", "author_02") are a
    // testimonial list's signatures, not a writer's byline.
    let mut credits = page.fields.iter().filter(|f| credit_name_key(f.key));
    let (Some(author), None) = (credits.next(), credits.next()) else { return Vec::new() };
    let author = author.value.trim();
    // The writer's own account is in the first person; a page about the
    // credited writer ("…, a 7 time knee surgery survivor") is about a
    // person the practice may have treated, and is read as before.
    if !person_like(author) || !first_person(page.body) || PRACTICE_CARE.is_match(page.body) {
        return Vec::new();
    }
    let mut out = vec![author.to_string()];
    {
        for c in MY_CHILD.captures_iter(page.body) {
            let name = c[1].to_string();
            if !out.contains(&name) {
                out.push(name);
            }
        }
    }
    out
}

/// `extra:author-credit.name`, `extra:author`, `extra:guest_author`.
fn credit_name_key(key: &str) -> bool {
    let Some(k) = key.strip_prefix("extra:") else { return false };
    let k = k.to_ascii_lowercase();
    let (head, leaf) = k.split_once('.').unwrap_or((&k, "name"));
    matches!(head, "author" | "author-credit" | "author_credit" | "guest_author" | "guest-author" | "byline" | "written_by")
        && matches!(leaf, "name" | "display_name")
}

/// "I", "my", "me" in most paragraphs' worth of text: a first-person account.
fn first_person(body: &str) -> bool {
    static FIRST: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b(?:I|my|My|me)\b").unwrap());
    FIRST.find_iter(body).take(3).count() >= 3
}

/// Two to four capitalised words: a person's name, not a URL or a bio.
fn person_like(v: &str) -> bool {
    let words: Vec<&str> = v.split_whitespace().collect();
    (2..=4).contains(&words.len()) && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
}
