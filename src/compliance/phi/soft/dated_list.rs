//! A list of people, each given with a full date: a midwife's "past
//! deliveries" (`boys: ["Crew 3/29/25", …]`), a unit's graduates, a
//! memorial's names. Each entry on its own has no patient cue, but two or
//! more entries of the same shape on a practice's page are the people of
//! its care with the day of it (a birth, a discharge, a death): Safe Harbor
//! identifiers. One such entry alone ("Clara 3/4/26") may be anything and
//! passes; a team page's dates are its staff's.

use std::sync::LazyLock;

use regex::Regex;

use super::super::consent::AuthState;
use super::super::names::is_given_name;
use super::super::redact::quote;
use super::super::segments::{Kind, Segment, Segments};
use super::super::{Allowlist, Finding, Severity, finding};
use super::MONTHS;

/// The whole segment is a given name (an initial may follow), then a date
/// with day, month and year.
static ENTRY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^\s*(?:[-*•]\s+)?(?-i:(\p{{Lu}}[\p{{Ll}}'’-]+))(?:\s+\p{{Lu}}\.?)?\s*(?:[,:–—-]\s*|\s+)(?:born\s+(?:on\s+)?)?(\d{{1,2}}/\d{{1,2}}/(?:\d{{2}}|\d{{4}})|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTHS}\s+\d{{4}}|{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})\s*\.?\s*$"
    ))
    .unwrap()
});

/// `phi/date` for every entry of a list of named dates.
pub(super) fn check(segs: &Segments, allow: &Allowlist, team: bool, auth: AuthState, out: &mut Vec<Finding>) {
    if team || auth.dates_ok() {
        return;
    }
    let entries: Vec<_> = segs
        .segs
        .iter()
        .filter(|s| s.kind == Kind::Prose)
        .filter_map(|s| {
            let c = ENTRY.captures(&s.text)?;
            let name = c.get(1)?.as_str();
            let lower = name.to_lowercase();
            (!allow.is_staff(&[name]) && !calendar(&lower)).then(|| (s, c.get(2).map_or(0, |m| m.start()), c[2].to_string(), lower))
        })
        .collect();
    // Two known given names make it a list of people; its other entries
    // ("Kalynne", "Crew") are names too, however rare or wordlike.
    if entries.iter().filter(|e| is_given_name(&e.3)).count() < 2 {
        return;
    }
    let why = "beside a first name in a list of named dates (births, discharges, deaths): each entry is a person of the practice's care with the day of it; give the month or year only, or no names";
    report(segs, entries.into_iter().map(|(s, at, date, _)| (s, at, date)), why, out);
}

/// A first word that is a month or a day's name ("March 3", "Heritage
/// Day — 24 September") opens no person's entry.
fn calendar(lower: &str) -> bool {
    super::super::crossfield::is_month(lower) || lower.ends_with("day")
}

/// `phi/date` at each entry's date (segment, offset, date), with `why`.
fn report<'a>(segs: &Segments, entries: impl Iterator<Item = (&'a Segment, usize, String)>, why: &str, out: &mut Vec<Finding>) {
    for (s, at, date) in entries {
        out.push(finding("phi/date", Severity::Error, segs.pos(s, at), format!("date {} {why}", quote(&date))).about(&date));
    }
}

/// One entry of a list of people and their care: a name first (bold or
/// not), then the rest of one short line. [`care_list`] asks the line for a
/// day and month and a care word, and drops lines with "Dr" or "Prof"
/// ("Prof. Dube — 3 March" is a speaker).
static CARE_ENTRY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:[-*•]\s+)?(?:\*\*|__)?(\p{Lu}[\p{Ll}'’-]+)(?:\*\*|__)?(?:\s+(?:and|&|\p{Lu}[\p{Ll}'’-]+))?[^\n]{0,80}$").unwrap()
});

/// The care or birth a list entry records: a due date, a birth weight,
/// twins, oxygen, a caesarean, or any clinical event.
static CARE_DATUM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:due|born|\d+(?:[.,]\d+)?\s?(?:kg|g|lb|lbs)|twins?|triplets|oxygen|caesarean|c-section|prem(?:ature)?|nicu|discharged|admitted|passed\s+away|died)\b").unwrap()
});

/// `phi/date` for each entry of a list of named people with their care
/// and its day ("- Lerato Mokoena — due 20 February", "- **Amahle** to
/// Khanyisa Dube, 3 October, 3.1 kg"): round 53, from set AK's birth
/// announcements and class lists, which no rule for a year-dated list
/// ([`check`]) saw. Two such entries make the list; a speaker's title, a
/// staff name, a month or a word of the dictionary first is no entry.
pub(super) fn care_list(segs: &Segments, allow: &Allowlist, team: bool, auth: AuthState, out: &mut Vec<Finding>) {
    if team || auth.dates_ok() {
        return;
    }
    let entries: Vec<_> = segs
        .segs
        .iter()
        .filter(|s| s.kind == Kind::Prose && !s.is_field() && s.text.len() <= 120)
        .filter_map(|s| {
            let c = CARE_ENTRY.captures(&s.text)?;
            let first = c.get(1)?.as_str();
            let lower = first.to_lowercase();
            let date = super::DATE.find(&s.text)?;
            let named = is_given_name(&lower) || !super::super::names::ordinary(first, allow);
            (named
                && !calendar(&lower)
                && !allow.is_staff(&[first])
                && CARE_DATUM.is_match(&s.text)
                && !s.text.contains("Dr")
                && !s.text.contains("Prof"))
            .then(|| (s, date.start(), date.as_str().to_string()))
        })
        .collect();
    if entries.len() < 2 {
        return;
    }
    let why = "in a list of named people with their care (births, due dates, admissions): each entry is a patient with the day of their care; leave out the names or the days";
    report(segs, entries.into_iter(), why, out);
}
