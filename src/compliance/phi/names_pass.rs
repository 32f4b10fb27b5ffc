//! Page-wide passes of `phi/name` (split from [`super::names`]): a full
//! name only in a field while the body tells an anonymous patient's events,
//! and every other mention of a name already reported.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use super::Allowlist;
use super::context::cue_a;
use super::names::{Hit, Level, Names, WORD, bare, is_given_name, is_initial};
use super::segments::{Kind, Segments};
use super::words::is_common;

/// A name only in a field (title, description, image_alt, caption, extra)
/// while the body tells one patient's health events without a name ("one
/// of our patients spent two weeks in the ICU"): the field names that patient.
pub(super) fn cross_field(segs: &Segments, n: &mut Names) {
    let told = || segs.segs.iter().any(|s| !s.is_field() && s.kind == Kind::Prose && cue_a(&s.text));
    let fields: Vec<(usize, usize, usize)> = n.persons.iter().copied().filter(|p| segs.segs[p.0].is_field()).collect();
    if fields.is_empty() || !told() {
        return;
    }
    for (si, a, b) in fields {
        if n.hits.iter().any(|h| h.seg == si && h.start == a) {
            continue;
        }
        let s = &segs.segs[si];
        let raw = &s.text[a..b];
        let text = raw.strip_suffix("'s").or(raw.strip_suffix("’s")).unwrap_or(raw).to_string();
        // Only a person-like full name: a known given name and a surname
        // ("Westmoor Dr." in an address field is no one).
        let words: Vec<&str> = text.split_whitespace().collect();
        if words.len() < 2 || text.contains('.') || !is_given_name(&bare(words[0])) {
            continue;
        }
        n.hits.push(Hit { seg: si, start: a, level: Level::Strong, text, pos: segs.pos(s, a) });
    }
}

/// Report every other mention of a reported name (prose, slugs, file names).
pub(super) fn registry_pass(segs: &Segments, allow: &Allowlist, n: &mut Names) {
    let mut reg: HashMap<String, Level> = HashMap::new();
    for h in &n.hits {
        for w in h.text.split_whitespace().filter(|w| !is_initial(w)) {
            let b = bare(w);
            if b.chars().count() >= 2 && !allow.is_staff(&[b.as_str()]) && !is_common(&b) {
                let e = reg.entry(b).or_insert(h.level);
                *e = (*e).max(h.level);
            }
        }
    }
    if reg.is_empty() {
        return;
    }
    let mut extra = Vec::new();
    for (si, s) in segs.segs.iter().enumerate() {
        let found: Vec<(usize, &str)> = match s.kind {
            Kind::Prose => WORD.find_iter(&s.text).map(|m| (m.start(), m.as_str())).collect(),
            Kind::Target => s
                .text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(|w| (w.as_ptr() as usize - s.text.as_ptr() as usize, w))
                .collect(),
        };
        for (off, w) in found {
            let Some(level) = reg.get(&bare(w)) else { continue };
            let covered = n.hits.iter().any(|h| h.seg == si && off >= h.start && off < h.start + h.text.len());
            // "18 Jalan Wong Ah Fook": the surname inside a place's name.
            let prev = s.text[..off].split_whitespace().next_back().unwrap_or("");
            let in_place = prev.starts_with(char::is_uppercase) && super::words::PLACE_PREFIX.contains(prev.to_lowercase().as_str());
            if !covered && !in_place {
                let w = w.strip_suffix("'s").or(w.strip_suffix("’s")).unwrap_or(w);
                extra.push(Hit { seg: si, start: off, level: *level, text: w.to_string(), pos: segs.pos(s, off) });
                n.persons.push((si, off, off + w.len()));
            }
        }
    }
    n.hits.extend(extra);
    // A mention first judged weak (a title without a cue) is the same person
    // as a strong one elsewhere on the page.
    for h in &mut n.hits {
        if h.level == Level::Weak && h.text.split_whitespace().any(|w| reg.get(&bare(w)) == Some(&Level::Strong)) {
            h.level = Level::Strong;
        }
    }
}

/// Nicknames a team member's own bio gives ("the front desk calls her
/// Shiv", "goes by Maggie", "known to everyone as Doc B", `Margaret
/// "Maggie" Haugen`): each becomes another written form of that staff
/// member, with their surname, wherever the site mentions them.
pub fn staff_nicknames(full_name: &str, bio: &str) -> Vec<String> {
    static INTRO: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"(?:\b(?:calls?|called)\s+(?:her|him|them|me)|\bgoes\s+by|\bgo\s+by|\b(?:better\s+)?known(?:\s+to\s+[\w\s]{1,30}?)?\s+as|\bcall\s+me|\bnicknamed)\s+["'“‘]?(\p{Lu}[\p{Ll}'’-]+)"#).unwrap()
    });
    static QUOTED: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r#"\b\p{Lu}[\p{Ll}'’-]+\s+(?:["“‘(]|')(\p{Lu}[\p{Ll}'’-]+)(?:["”’)]|')"#).unwrap());
    let Some(last) = full_name.split_whitespace().last() else { return Vec::new() };
    let head = &bio[..super::frame::floor(bio, bio.len().min(4000))];
    let mut out: Vec<String> = Vec::new();
    // "Dr. Takahara (Wendy, if you ask her)": a given name in parentheses
    // right after the surname.
    static PAREN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b\p{Lu}[\p{Ll}'’-]+\s+\((\p{Lu}[\p{Ll}'’-]+)\b[^)]{0,40}\)").unwrap());
    for re in [&*INTRO, &*QUOTED] {
        for c in re.captures_iter(head) {
            let nick = c[1].trim_end_matches(['\'', '’']);
            let named = format!("{nick} {last}");
            if nick.chars().count() >= 2 && !out.contains(&named) {
                out.push(named);
            }
        }
    }
    for c in PAREN.captures_iter(head) {
        let named = format!("{} {last}", &c[1]);
        if is_given_name(&c[1].to_lowercase()) && !out.contains(&named) {
            out.push(named);
        }
    }
    for c in QUOTED.captures_iter(full_name) {
        out.push(format!("{} {last}", &c[1]));
    }
    out
}

/// The page's own words: abbreviations, camel-case brands, and the words it
/// writes in lower case that the name lists also know ("rose", "art"; on a
/// site in another language any such word: "uma", "ela", "vida",
/// "pessoa"), kept with their accents folded because slugs drop them ("ira"
/// for "irá").
pub(super) fn page_words(segs: &Segments, english: bool, n: &mut Names) {
    for s in &segs.segs {
        // Slugs, tags and file names are lower case whatever their words are.
        let prose = s.kind == Kind::Prose && !s.ident;
        for w in s.text.split(|c: char| !c.is_alphabetic()) {
            if !s.ident && super::names::is_acronym_word(w) {
                n.acronyms.insert(w.to_lowercase());
            }
            if super::names_thing::camel(w) {
                n.brands.insert(w.to_lowercase());
            } else if prose && w.len() >= 4 && w.starts_with(|c: char| c.is_ascii_lowercase()) && super::lexicon::is_dual(w) {
                n.lower_duals.insert(w.to_string());
            } else if prose && !english && w.len() >= 2 && w.starts_with(char::is_lowercase) {
                n.lower_duals.insert(w.to_string());
                n.lower_duals.insert(w.chars().map(super::words::fold_accent).collect());
            }
        }
    }
}
