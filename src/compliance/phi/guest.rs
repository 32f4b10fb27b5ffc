//! A guest author's own account (round 26, from real set 15): practices'
//! blogs carry articles credited to a parent or advocate who writes about
//! their own child ("my son Arthur wasn't eating well"). The writer, named
//! in the page's credit, and the children they call their own tell their
//! own family's story; no patient of the practice is disclosed. A
//! testimonial, or an account that says the practice treats the child, is
//! no guest account and is read as before.

use std::sync::LazyLock;

use regex::Regex;

use super::{Allowlist, PageInput};

/// "my son Arthur", "my youngest daughter, Mia,": the writer's own child.
static MY_CHILD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i:\bmy\s+(?:(?:little|youngest|oldest|eldest|older|younger|middle|autistic|teenage|\d{1,2}-year-old)\s+)?(?:son|daughter|child|boy|girl|kid|stepson|stepdaughter)),?\s+(\p{Lu}\p{Ll}{2,})\b").unwrap()
});

/// The practice's own care of someone: then the page is a patient's story.
/// "we saw him" is the practice's; "what we see on the surface" is anyone's.
static PRACTICE_CARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:with\s+us|at\s+our\s+(?:clinic|practice|centre|center|office)|our\s+(?:clinic|practice|therapists?|clinicians?|team|centre|center|office|sessions?|patients?|clients?)\b|we\s+(?:treated|assessed|diagnosed|worked\s+with)\b|we\s+(?:saw|see)\s+(?:him|her|them|(?-i:\p{Lu}\p{Ll}+))\b|(?:our|this)\s+(?:testimonial|review))").unwrap()
});

/// The credited writer and the children they write about as their own,
/// on this page or on another of their accounts, as names known on this
/// page; empty when the page is no guest account.
pub(super) fn guest_family(page: &PageInput, allow: &Allowlist) -> Vec<String> {
    let testimonial = page.section_kind == "testimonials" || page.review_reply.is_some();
    let credits = page.fields.iter().filter(|f| credit_name_key(f.key)).map(|f| f.value);
    let Some((author, mut family)) = own_family(testimonial, credits, page.body) else { return Vec::new() };
    for c in allow.guest_children_of(&author) {
        if !family.contains(c) {
            family.push(c.clone());
        }
    }
    family.insert(0, author);
    family
}

/// The credited writer of a page's front matter (`extra`) and the children
/// the page calls theirs ("my son Arthur"), when the page is a guest
/// account that names any: the site-wide reading `compliance` records in
/// the allowlist, so the writer's other accounts ("I tracked Arthur's AAC
/// use") know the child too.
pub fn guest_children(testimonial: bool, extra: &serde_json::Map<String, serde_json::Value>, body: &str) -> Option<(String, Vec<String>)> {
    let mut credits = Vec::new();
    for (k, v) in extra {
        match v {
            serde_json::Value::String(s) if credit_name_key(&format!("extra:{k}")) => credits.push(s.as_str()),
            serde_json::Value::Object(m) => {
                credits.extend(m.iter().filter(|(leaf, _)| credit_name_key(&format!("extra:{k}.{leaf}"))).filter_map(|(_, v)| v.as_str()))
            }
            _ => {}
        }
    }
    own_family(testimonial, credits.into_iter(), body).filter(|(_, kids)| !kids.is_empty())
}

/// The one credited writer and the children the body calls theirs, when
/// the page is the writer's own first-person account.
fn own_family<'a>(testimonial: bool, mut credits: impl Iterator<Item = &'a str>, body: &str) -> Option<(String, Vec<String>)> {
    if testimonial {
        return None;
    }
    // One credit: numbered authors ("author_01", "author_02") are a
    // testimonial list's signatures, not a writer's byline.
    let (Some(author), None) = (credits.next(), credits.next()) else { return None };
    let author = author.trim();
    // The writer's own account is in the first person; a page about the
    // credited writer ("…, a 7 time knee surgery survivor") is about a
    // person the practice may have treated, and is read as before.
    if !person_like(author) || !first_person(body) || PRACTICE_CARE.is_match(body) {
        return None;
    }
    let mut kids: Vec<String> = Vec::new();
    for c in MY_CHILD.captures_iter(body) {
        let name = c[1].to_string();
        if name != author && !kids.contains(&name) {
            kids.push(name);
        }
    }
    Some((author.to_string(), kids))
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
