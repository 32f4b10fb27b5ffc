//! What the rules' name resolver learnt about a page's people, summed up
//! for the page model (`story`): the rules know far more about who a word
//! is (staff in any written form, a famous person, a place, a role holder,
//! an invented example) than the model's own given-name list, and a page
//! no rule flagged can still hold people the resolver left unexplained.

use std::collections::HashSet;

use super::context::{cue_a, cue_b};
use super::names::Names;
use super::segments::Segments;

/// How many values [`Resolved`] holds.
pub const COUNT: usize = 14;

/// The names of [`Resolved::values`], in order (the fitting script's
/// column names, `bench/page-model/`).
pub const NAMES: [&str; COUNT] = [
    "person mentions",
    "distinct people",
    "lone given names",
    "people named in full",
    "a person and a patient cue in one sentence",
    "a person and a clinical cue in one sentence",
    "staff mentions",
    "staff the page introduces",
    "famous people",
    "an invented scenario",
    "names said to be changed",
    "a page about public figures",
    "a retold news story",
    "someone quoted in passing",
];

/// The resolver's summary of one page (see [`NAMES`]); counts are
/// `ln(1 + n)`, flags 0 or 1.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Resolved {
    /// One value per entry of [`NAMES`].
    pub values: [f64; COUNT],
}

/// Sums up `names` (the resolver's result on `segs`).
pub(super) fn of(names: &Names, segs: &Segments) -> Resolved {
    let mut distinct: HashSet<String> = HashSet::new();
    let (mut lone, mut full, mut strong, mut weak) = (HashSet::new(), HashSet::new(), 0usize, 0usize);
    for &(si, start, end) in &names.persons {
        let Some(s) = segs.segs.get(si) else { continue };
        let Some(text) = s.text.get(start..end) else { continue };
        let key = text.trim().to_lowercase();
        if key.contains(char::is_whitespace) {
            full.insert(key.clone());
        } else {
            lone.insert(key.clone());
        }
        distinct.insert(key);
        let sentence = s.sentences.get(s.sentence_at(start)).and_then(|r| s.text.get(r.clone())).unwrap_or(text);
        if cue_a(sentence) {
            strong += 1;
        } else if cue_b(sentence) {
            weak += 1;
        }
    }
    let log = |n: usize| (n as f64).ln_1p();
    let flag = |b: bool| if b { 1.0 } else { 0.0 };
    Resolved {
        values: [
            log(names.persons.len()),
            log(distinct.len()),
            log(lone.len()),
            log(full.len()),
            log(strong),
            log(weak),
            log(names.staff.len()),
            log(names.page_staff.len()),
            log(names.famous_surnames.len()),
            flag(names.hypothetical),
            flag(names.pseudonymous),
            flag(names.public_page),
            flag(names.news_story),
            flag(names.told_about),
        ],
    }
}
