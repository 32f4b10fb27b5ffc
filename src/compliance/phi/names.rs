//! `phi/name`: a person's name in a patient context.
//!
//! Candidates are runs of capitalised, name-shaped words ("Walter Caldwell",
//! "Gloria S.", "Mr. Abernathy") after dropping common words, roles and
//! honorifics; runs containing an organisation/place/medical word
//! ("Cascade Mutual", "Fairhaven General") are not people. Never names:
//! staff in any written form, `allow` strings, clinicians ("Dr. X", "X, MD"),
//! officials ("County Health Officer X", "Mayor X") and people quoted
//! ("…, said X") unless a strong patient cue is near, placeholders (Jane Doe).
//!
//! * error: a candidate with a strong patient cue in its window, or
//!   followed by a possessive care noun ("Dana Whitaker's infusion therapy").
//! * warning: only a weak clinical cue in the same sentence.
//! * A lone first name counts only as "our patient Jane", "Jane was
//!   admitted", a greeting ("Thank you, Priya!") in a patient context, or
//!   when it repeats a name already reported on the page (which is also
//!   looked for in slugs and image file names, case-insensitively).

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use super::context::{CARE, attribution, cue_a, cue_b};
use super::redact::quote;
use super::segments::{Kind, Segments};
use super::words::{CLINICIAN, FIRST_NAMES, HONORIFICS, ORG, PLACEHOLDER_NAMES, ROLES, is_common};
use super::{Allowlist, Finding, Severity, finding};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Level {
    Weak,
    Strong,
}

#[derive(Debug, Clone)]
pub(super) struct Hit {
    pub seg: usize,
    pub start: usize,
    pub level: Level,
    pub text: String,
    pub pos: (usize, usize),
}

/// Names found on a page.
#[derive(Debug, Default)]
pub(super) struct Names {
    /// Names to report.
    pub hits: Vec<Hit>,
    /// (segment, start, end) of every non-staff person mention.
    pub persons: Vec<(usize, usize, usize)>,
    /// (segment, start) of staff mentions.
    pub staff: Vec<(usize, usize)>,
}

impl Names {
    /// A named individual in a strong patient context: a patient story.
    pub fn is_story(&self) -> bool {
        self.hits.iter().any(|h| h.level == Level::Strong)
    }
    pub fn has_person(&self, seg: usize, r: &std::ops::Range<usize>) -> bool {
        self.persons.iter().any(|p| p.0 == seg && p.1 < r.end && p.2 > r.start)
    }
    pub fn has_staff(&self, seg: usize, r: &std::ops::Range<usize>) -> bool {
        self.staff.iter().any(|p| p.0 == seg && r.contains(&p.1))
    }
}

const W: &str = r"\p{Lu}[\p{L}'’-]*\p{Ll}";
static SEQ: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"\b{W}(?:[ \t]+(?:{W}|\p{{Lu}}\.(?:[ \t]?\p{{Lu}}\.)?)){{0,3}}")).unwrap());
static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"\b{W}")).unwrap());
static CRED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^,?\s*(?:MD|DO|RN|NP|PA-C|PA|FNP-C|FNP|DNP|APRN|CNM|DDS|DMD|OD|PhD|PsyD|LCSW|LPC|RD|PharmD|MPH)\b").unwrap()
});
static CARE_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)^\s+(?:[a-z0-9'-]+\s+){{0,3}}{CARE}\b")).unwrap());
static SINGLE_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:our|a|the|my|this)\s+(?:[\w-]+\s+){0,2}patient,?\s*$").unwrap());
static SINGLE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:,?\s+who)?\s+(?:was|is|has\s+been|had|just|recently|got)\s+(?:diagnosed|admitted|discharged|treated|seen|hospitali[sz]ed|recovering|undergoing|underwent|operated)\b|^,\s+(?:a|an|our)\s+(?:[\w-]+\s+){0,3}patient\b").unwrap()
});
static VOCATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:\b(?:hi|hello|hey|dear|thanks|thank\s+you|congratulations|congrats|welcome\s+back|way\s+to\s+go|go|bravo|cheers)),?\s*$").unwrap()
});

fn bare(tok: &str) -> String {
    tok.trim_end_matches("'s").trim_end_matches("’s").trim_end_matches('.').to_lowercase()
}

fn is_initial(tok: &str) -> bool {
    tok.ends_with('.') && tok.chars().filter(|c| c.is_alphabetic()).count() <= 2
}

fn last_word(s: &str) -> String {
    let t = s.trim_end();
    let w = t.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
    w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()
}

/// Find person names and decide which are in a patient context.
pub(super) fn detect(segs: &Segments, allow: &Allowlist, _team: bool) -> Names {
    let mut n = Names::default();
    for (si, s) in segs.segs.iter().enumerate() {
        if s.kind != Kind::Prose {
            continue;
        }
        for m in SEQ.find_iter(&s.text) {
            candidate(segs, si, m.start(), m.as_str(), allow, &mut n);
        }
    }
    registry_pass(segs, allow, &mut n);
    n
}

fn candidate(segs: &Segments, si: usize, start: usize, seq: &str, allow: &Allowlist, n: &mut Names) {
    let s = &segs.segs[si];
    let before = &s.text[..start];
    let mut toks: Vec<(usize, &str)> = Vec::new();
    let mut off = 0;
    for t in seq.split([' ', '\t']) {
        if !t.is_empty() {
            toks.push((start + off, t));
        }
        off += t.len() + 1;
    }
    let prev = last_word(before);
    let mut hon = HONORIFICS.contains(prev.as_str());
    let mut clinician = matches!(prev.as_str(), "dr" | "prof" | "doctor");
    let mut official = ROLES.contains(prev.as_str());
    let mut i = 0;
    while i < toks.len() {
        let w = bare(toks[i].1);
        if HONORIFICS.contains(w.as_str()) {
            hon = true;
        } else if CLINICIAN.contains(w.as_str()) && (w == "dr" || w == "doctor") {
            clinician = true;
        } else if ROLES.contains(w.as_str()) {
            official = true;
        } else if !((is_common(&w) || allow.is_known_word(&w)) && !FIRST_NAMES.contains(w.as_str())) {
            break;
        }
        i += 1;
    }
    let mut rest = &toks[i..];
    // "Former President Jimmy Carter": a role inside the run introduces an official.
    if let Some(k) = rest.iter().rposition(|t| ROLES.contains(bare(t.1).as_str())) {
        official = true;
        rest = &rest[k + 1..];
    }
    if rest.is_empty() {
        return;
    }
    if rest.iter().any(|t| {
        let w = bare(t.1);
        (ORG.contains(w.as_str()) && !(FIRST_NAMES.contains(w.as_str()) && t.0 == rest[0].0))
            || allow.is_known_word(&w)
            || PLACEHOLDER_NAMES.contains(w.as_str())
    }) {
        return;
    }
    let words: Vec<String> = rest.iter().filter(|t| !is_initial(t.1)).map(|t| bare(t.1)).collect();
    if words.is_empty() {
        return;
    }
    let c_start = rest[0].0;
    let last = rest[rest.len() - 1];
    let c_end = last.0 + last.1.len();
    let raw = &s.text[c_start..c_end];
    let text = raw.strip_suffix("'s").or(raw.strip_suffix("’s")).unwrap_or(raw).to_string();
    let parts: Vec<String> = rest.iter().map(|t| bare(t.1)).collect();
    let part_refs: Vec<&str> = parts.iter().map(String::as_str).collect();
    if allow.is_staff(&part_refs) || allow.is_allowed_string(&text) {
        n.staff.push((si, c_start));
        return;
    }
    let after = &s.text[c_end..];
    if clinician || CRED_AFTER.is_match(after) {
        return;
    }
    let window = s.window_text(c_start);
    let sentence = s.sentence(c_start);
    let strong = cue_a(window);
    if (official || attribution(sentence)) && !strong {
        return;
    }
    let possessive_care = (last.1.ends_with("'s") || last.1.ends_with("’s")) && CARE_AFTER.is_match(after);
    let single = rest.len() == 1 && !hon;
    let level = if single {
        let w = &words[0];
        if is_common(w) || allow.is_staff(&[w.as_str()]) {
            return;
        }
        let explicit = SINGLE_BEFORE.is_match(before) || SINGLE_AFTER.is_match(after) || possessive_care;
        if explicit {
            Some(Level::Strong)
        } else if VOCATIVE.is_match(before) || after.trim_start().starts_with('!') {
            if strong {
                Some(Level::Strong)
            } else if cue_b(window) {
                Some(Level::Weak)
            } else {
                None
            }
        } else {
            return;
        }
    } else if strong || possessive_care {
        Some(Level::Strong)
    } else if cue_b(if s.whole_window { window } else { sentence }) {
        Some(Level::Weak)
    } else {
        None
    };
    n.persons.push((si, c_start, c_end));
    if let Some(level) = level {
        let pos = segs.pos(s, c_start);
        n.hits.push(Hit { seg: si, start: c_start, level, text, pos });
    }
}

/// Report every other mention of a reported name (prose, slugs, file names).
fn registry_pass(segs: &Segments, allow: &Allowlist, n: &mut Names) {
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
            if !covered {
                let w = w.strip_suffix("'s").or(w.strip_suffix("’s")).unwrap_or(w);
                extra.push(Hit { seg: si, start: off, level: *level, text: w.to_string(), pos: segs.pos(s, off) });
                n.persons.push((si, off, off + w.len()));
            }
        }
    }
    n.hits.extend(extra);
}

/// Emit `phi/name` findings (none when a valid authorization covers names).
pub(super) fn report(n: &Names, names_authorized: bool, out: &mut Vec<Finding>) {
    if names_authorized {
        return;
    }
    for h in &n.hits {
        let (sev, why) = match h.level {
            Level::Strong => (Severity::Error, "next to a patient cue"),
            Level::Weak => (Severity::Warning, "in the same sentence as clinical details"),
        };
        out.push(finding(
            "phi/name",
            sev,
            h.pos,
            format!(
                "person name {} {why}: naming a patient discloses PHI; remove or anonymise it, or add a signed `authorization` covering `name` if this is a consented story",
                quote(&h.text)
            ),
        ));
    }
}
