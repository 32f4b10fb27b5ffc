//! People a page introduces as the practice's own staff, though they have no
//! team page: staff news is full of them ("our ER nurse Kayla Brandt
//! married…", "Lab manager Doreen Pike celebrates forty years", "Bev
//! Ostrander, RN, walks the survivor lap"). Once introduced, every other
//! mention on the page ("Kayla has worked in our ER since 2019") is staff,
//! not a candidate patient.
//!
//! A care role alone is not enough: "Dana, a nurse at St. Mary's, had her
//! gallbladder removed here" is a patient who is a nurse elsewhere. The
//! role must be ours: "our" before it, a department of ours before it
//! ("emergency department nurse", "radiology tech"), a credential after the
//! name (", RN"), or a sentence that says the person works here ("has
//! worked in our lab", "joined our team").

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use super::Allowlist;
use super::names::{SEQ_RUNS, bare, cred_after, is_given_name, is_initial, ordinary};
use super::segments::{Kind, Segments};

/// Care and office roles of a practice's staff.
const ROLE: &str = r"(?:nurses?|rn|lpn|cna|physicians?|doctors?|hygienists?|receptionists?|assistants?|aides?|techs?|technicians?|technologists?|therapists?|physios?|physiotherapists?|pharmacists?|midwi(?:fe|ves)|dietitians?|nutritionists?|counsell?ors?|practitioners?|scribes?|paramedics?|emts?|sonographers?|phlebotomists?|radiographers?|dentists?|orthodontists?|surgeons?|chiropractors?|psychologists?|psychiatrists?|manager|supervisor|coordinator|scheduler|director|administrator|clerk|secretary)";

/// Right before the name: "our [ER] nurse", "emergency department nurse",
/// "Radiology tech", "lab manager".
static ROLE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?:\b(?:our|our\s+own)\s+(?:[\w'-]+\s+){{0,3}}?{ROLE}|\b(?:emergency(?:\s+department|\s+room)?|er|ed|icu|nicu|lab(?:oratory)?|radiology|x-ray|imaging|surgical|surgery|or|obstetric|labou?r\s+and\s+delivery|birthing(?:\s+cent(?:er|re))?|front[- ]desk|billing|pharmacy|dental|hygiene|rehab|physical\s+therapy|clinic|office|practice|night[- ]shift|day[- ]shift|charge|head|lead|staff|registered|float|ward|floor|unit|hospital)\s+{ROLE})\s*,?\s*$"
    ))
    .unwrap()
});

/// After the name: the sentence says the person works here.
static WORKS_HERE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:'s)?,?\s+(?:who\s+)?(?:has\s+(?:worked|been|served)|works|worked|joined|started|manages|runs|leads|heads|supervises)\s+(?:[\w'-]+\s+){0,3}?(?:in|at|on|with|for)?\s*(?:our|the\s+(?:practice|clinic|hospital|office))\b").unwrap()
});

/// Lowercase name words of the people this page introduces as staff.
pub(super) fn introduced(segs: &Segments, allow: &Allowlist) -> HashSet<String> {
    let mut out = HashSet::new();
    for s in segs.segs.iter().filter(|s| s.kind == Kind::Prose && !s.ident) {
        for m in SEQ_RUNS.find_iter(&s.text) {
            let before = &s.text[..m.start()];
            let after = &s.text[m.end()..];
            let tail = &before[super::frame::floor(before, before.len().saturating_sub(60))..];
            if !(ROLE_BEFORE.is_match(tail) || cred_after(after) || WORKS_HERE.is_match(after)) {
                continue;
            }
            for tok in m.as_str().split([' ', '\t']).filter(|t| !t.is_empty() && !is_initial(t)) {
                let w = bare(tok);
                if is_given_name(&w) || !ordinary(&w, allow) {
                    out.insert(w);
                }
            }
        }
    }
    out
}
