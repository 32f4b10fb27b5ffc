//! Names hidden in identifiers (split from [`super::local`]): slugs, tags,
//! aliases, image file names and URLs, where hyphens, lowercase or camel
//! case hide the capitals the prose rules rely on
//! (`congrats-carla-voss-acl-recovery`, `ava-r-peanut-oit-2026`,
//! `welcome-back-mr-kalogeropoulos-copd`, `#CarlaVoss`).

use super::Allowlist;
use super::lexicon;
use super::words::{FIRST_NAMES, PLACEHOLDER_NAMES, is_common, is_dict};

/// Byte ranges of "given name + surname" in an identifier-like string:
/// words split at any non-letter and at camel-case humps.
pub(super) fn ident_names(text: &str, allow: &Allowlist) -> Vec<(usize, usize)> {
    // "cristian-newman-141895-unsplash.jpg": a stock photo is named by its photographer.
    let lower = text.to_ascii_lowercase();
    if ["unsplash", "pexels", "pixabay", "shutterstock", "istock", "adobestock", "gettyimages"].iter().any(|k| lower.contains(k)) {
        return Vec::new();
    }
    let words = ident_words(text);
    let mut out = Vec::new();
    for (i, pair) in words.windows(2).enumerate() {
        let ((s0, e0), (s1, e1)) = (pair[0], pair[1]);
        let (a, b) = (text[s0..e0].to_lowercase(), text[s1..e1].to_lowercase());
        // Words a date or an extension splits ("Jun2021.jpg") are no name,
        // and a month in an identifier is a date.
        if text[e0..s1].chars().any(|c| c.is_ascii_digit() || c == '.')
            || super::crossfield::is_month(&a)
            || FUNCTION_WORDS.contains(&a.as_str())
        {
            continue;
        }
        // A given name that is also a place ("josephine", "austin") still
        // opens a name when a surname follows.
        let given = (FIRST_NAMES.contains(a.as_str()) || lexicon::is_given(&a))
            && (!plain_word(&a) || (lexicon::is_place(&a) && !is_common(&a) && !is_dict(&a) && lexicon::is_surname(&b)));
        // "ava-r-peanut-oit-graduation": a surname's initial, when more
        // words follow (a file's "-b.jpg" is a variant, not an initial).
        // "don-t", "sam-s": a contraction's or a possessive's letter is no initial.
        let initial = b.len() == 1 && b.bytes().all(|c| c.is_ascii_lowercase() && !b"aeiouytsdm".contains(&c)) && i + 3 < words.len();
        // "al-ok.jpg" (axial length OK): four letters make no full name.
        let surname =
            initial || (b.chars().count() >= 2 && a.len() + b.len() > 4 && (lexicon::is_surname(&b) || !is_dict(&b)) && !plain_word(&b));
        // "welcome-back-mr-kalogeropoulos-copd", "mdm-ong-first-cpap-night":
        // an honorific opens a name too.
        let hon = super::words::HONORIFICS.contains(a.as_str()) && a != "master" && !initial;
        if (given || hon) && surname && !PLACEHOLDER_NAMES.contains(b.as_str()) && !allow.is_staff(&[a.as_str(), b.as_str()]) {
            let known = [a.as_str(), b.as_str()].iter().any(|w| allow.is_known_word(w)) || allow.is_allowed_string(&format!("{a} {b}"));
            if !known {
                out.push((s0, e1));
            }
        }
    }
    out
}

/// Pairs of words no list knows ("mele-kaufana", "tevita-mahe"): a name in
/// a language the given-name lists lack. Only a name when the identifier
/// also holds a health word of its own (the caller checks).
pub(super) fn unknown_pairs(text: &str, allow: &Allowlist) -> Vec<(usize, usize)> {
    let words = ident_words(text);
    let unknown = |w: &str| {
        // Three letters are mostly acronyms ("emf", "sars-cov").
        w.chars().count() >= 4
            && w.chars().all(char::is_alphabetic)
            && !plain_word(w)
            && !allow.is_known_word(w)
            && !FUNCTION_WORDS.contains(&w)
            && !super::crossfield::is_month(w)
    };
    words
        .windows(2)
        .filter(|p| text[p[0].1..p[1].0].chars().all(|c| c == '-' || c == '_'))
        .filter(|p| {
            let (a, b) = (text[p[0].0..p[0].1].to_lowercase(), text[p[1].0..p[1].1].to_lowercase());
            unknown(&a) && unknown(&b) && !allow.is_staff(&[a.as_str(), b.as_str()]) && !allow.is_staff(&[a.as_str()])
        })
        .map(|p| (p[0].0, p[1].1))
        .collect()
}

/// Articles and prepositions of the languages practices write in: in a
/// slug ("ce-que-les-etirements", "video-sur-le-depistage") they open a
/// noun, not a name, though some are also given names somewhere ("Les").
const FUNCTION_WORDS: &[&str] = &[
    "le", "la", "les", "de", "du", "des", "un", "une", "et", "sur", "pour", "avec", "dans", "el", "los", "las", "del", "con", "por", "una",
    "der", "die", "das", "den", "dem", "ein", "eine", "und", "mit", "het", "een", "van", "voor", "bij", "il", "lo", "gli", "di", "da",
    "per",
];

/// A word that is ordinary in an identifier: common, a dictionary word,
/// medical vocabulary or a place.
pub(super) fn plain_word(w: &str) -> bool {
    is_common(w) || is_dict(w) || lexicon::is_medical(w) || lexicon::is_place(w) || w.chars().any(|c| !c.is_alphabetic())
}

/// (start, end) of the words of an identifier.
pub(super) fn ident_words(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    let mut prev_lower = false;
    for (i, c) in text.char_indices() {
        if !c.is_alphabetic() {
            if let Some(s) = start.take() {
                out.push((s, i));
            }
            prev_lower = false;
            continue;
        }
        // "CarlaVoss": a capital after a small letter starts a new word.
        if c.is_uppercase()
            && prev_lower
            && let Some(s) = start.replace(i)
        {
            out.push((s, i));
        }
        start.get_or_insert(i);
        prev_lower = c.is_lowercase();
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}
