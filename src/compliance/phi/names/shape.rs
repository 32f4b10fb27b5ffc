//! A lone name and its own health event (split from [`super`]): a given
//! name, or a word no list knows but shaped like one, as the subject of its
//! clause, with the event in its sentence or carried by "his"/"her" into
//! the next ones; and a given name that is also a word, described as a
//! person right after it (moved from [`super::candidate`] in round 62).

use std::sync::LazyLock;

use regex::Regex;

use super::*;

/// A lone name (`w`, lowercase) at mention `m` is the subject, object or
/// possessor of a health event in its sentence, is addressed about one, or
/// opens a paragraph whose next sentences give its own condition.
pub(super) fn lone_name_event(m: &Mention, w: &str) -> bool {
    let Mention { s, start, end, after, window, .. } = *m;
    let before = &s.text[..start];
    // "Nomsa from Langa, we have your sputum results": a word no list
    // knows, addressed about their health, is a name even first in its
    // sentence.
    let shaped = || name_shaped(&s.text[start..end], &s.text) && (opens_clause(before, after) || addressed(before, after, window));
    if title_case(&s.text) || !(is_given_name(w) || shaped()) {
        return false;
    }
    let rest = &s.text[s.sentences.get(s.sentence_at(start)).map_or(s.text.len(), |r| r.end)..];
    (subject_slot(before) && super::super::event::carried_condition(rest))
        || person_event_at(s, start, end, window)
        || addressed(before, after, window)
}

/// A word no list knows, shaped like a given name ("Mosese", "Kalesita",
/// "Ihaia"): one capital then small letters, three or more, and never
/// written in small letters in its text. The given-name lists are American
/// and European, so a Tongan, Somali or Tigrinya child's name is in none of
/// them; the frames that take this (the subject of a health event) need a
/// person, which a place or a product is not. `raw` is the word as written,
/// already known not to be an ordinary word.
fn name_shaped(raw: &str, text: &str) -> bool {
    // "Wegener's granulomatosis", "Widex’s approach": a possessive is an
    // eponym or a brand as often as a person.
    if raw.ends_with("'s") || raw.ends_with("’s") {
        return false;
    }
    let mut chars = raw.chars();
    let shaped = chars.next().is_some_and(char::is_uppercase)
        && raw.chars().count() >= 3
        && chars.all(|c| c.is_lowercase() || matches!(c, '\'' | '’' | 'ʻ'));
    if !shaped {
        return false;
    }
    let lower = raw.to_lowercase();
    // Places and their people ("Queensland", "Victorians", "Malaysians").
    const PLACE_ENDINGS: [&str; 12] = ["land", "ville", "ton", "burg", "bury", "shire", "ford", "field", "stan", "ian", "ians", "ans"];
    !lexicon::is_place(&lower)
        && !PLACE_ENDINGS.iter().any(|e| lower.ends_with(e))
        && !text.split(|c: char| !c.is_alphabetic()).any(|x| x == lower)
}

/// Nothing but a clause's opening stands before a name ("Ihaia is 9.",
/// "Last Tuesday, Mosese …", "My grandson Ihaia …"), so the name is what
/// the clause is about; "ran the Madison half" is a race.
fn subject_slot(before: &str) -> bool {
    let b = before.trim_end();
    b.is_empty()
        || b.ends_with(['.', ',', ';', ':', '—', '!', '?'])
        || super::super::event::NOUN_BEFORE.is_match(before)
        || time_opening(before)
}

/// A time phrase opens the clause before the name ("Last week Bashir
/// came …", "For example, on Tuesday Amina …"): the name is its subject,
/// as after a comma.
fn time_opening(before: &str) -> bool {
    static TIME: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:^|[.,;:!?—]\s*|\b(?:and|but|so|then|example|instance)\s+)(?:(?:last|this|next|earlier\s+this|later\s+that|one)\s+(?:week|month|year|night|morning|afternoon|evening|weekend|spring|summer|autumn|fall|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today|recently|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\s+$").unwrap()
    });
    // Only the phrase's own words: the regex is anchored at the end, and a
    // whole segment before every name would be read again for each.
    TIME.is_match(&before[super::super::frame::floor(before, before.len().saturating_sub(48))..])
}

/// A lone name-shaped word opens its clause as its subject ("Last Tuesday,
/// Mosese … had"; "My grandson Ihaia has …"): not in brackets
/// ("(Celebrex)"), not an item of a list, not before another capitalised
/// word ("Mohs Micrographic …"), a number, an organisation noun or a
/// definition. Possessives and place shapes are [`name_shaped`]'s to refuse.
fn opens_clause(before: &str, after: &str) -> bool {
    let b = before.trim_end();
    // Mid-sentence only: a sentence's first word is capitalised whatever it
    // is ("Prehab is …", "Susvimo is …").
    let start = b.ends_with([',', ';', '—']) || super::super::event::NOUN_BEFORE.is_match(before) || time_opening(before);
    let next = after.split_whitespace().next().unwrap_or("");
    // "(Kudzu, Lophatherum and Lotus …)": an item of a list in brackets.
    let bracketed = before.matches('(').count() > before.matches(')').count();
    let listed = matches!(next, "and" | "or" | "&") || after.trim_start().starts_with(',') && b.ends_with(',');
    // "Physioknow team is organising …": an organisation's name.
    const ORG_AFTER: [&str; 12] =
        ["team", "clinic", "center", "centre", "group", "staff", "practice", "hospital", "foundation", "app", "program", "programme"];
    let org = ORG_AFTER.contains(&next.to_lowercase().trim_end_matches([',', '.', '’', '\'']));
    // "Kombucha is a fermented tea": a definition, not a person.
    let defined = ["is a ", "is an ", "is the ", "was a ", "are ", "means ", "refers "].iter().any(|d| after.trim_start().starts_with(d));
    start
        && !bracketed
        && !listed
        && !defined
        && !org
        && !after.starts_with(['\'', '’', ')'])
        // "Biomax 900": a model number makes it a product.
        && !next.starts_with(|c: char| c.is_uppercase() || c.is_numeric())
}

/// "a triple bypass at Groote Schuur", "in Mitchells Plain": after a
/// preposition of place, a run of two or more words none of which is a
/// known given name is a hospital or a suburb the gazetteer lacks, not a
/// person. Not "to" or "from": "congratulations to", "a card from".
pub(super) fn unknown_place(before: &str, words: &[String], hon: bool) -> bool {
    let prev = before.trim_end().rsplit(char::is_whitespace).next().unwrap_or("").to_lowercase();
    !hon && words.len() >= 2 && matches!(prev.as_str(), "at" | "in" | "into" | "near") && !words.iter().any(|w| is_given_name(w))
}

/// A courtesy or family title right before the name ("Mr", "Mrs.", "Ms",
/// "Miss", "Oom", "Gogo"): not "Master", which heads a degree as often as a boy's name.
pub(super) fn courtesy_title(before: &str) -> bool {
    let w = before.trim_end().rsplit(char::is_whitespace).next().unwrap_or("").trim_end_matches('.');
    matches!(w, "Mr" | "Mrs" | "Ms" | "Miss" | "Mx" | "Mister") || super::super::words::KIN_TITLES.contains(&w.to_lowercase().as_str())
}

/// Days of the week that are also given names ("Tuesday", "Sunday").
const WEEKDAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// A given name that is also a word ("Summer", "Hope", "Faith", "Earl")
/// described as a person right after it: an age ("Faith, 8, a
/// second-grader") or a description with a clinical event in the same
/// window ("Summer, a 19-year-old lifeguard …, had a melanoma removed").
/// The word alone is the season or the virtue; so described, it is a girl.
pub(super) fn described_given_name(segs: &Segments, si: usize, start: usize, seq: &str, w: &str) -> bool {
    // "So, 9-11 days after …": a short word is no one described.
    if w.chars().count() < 4 || !lexicon::is_given(w) {
        return false;
    }
    let s = &segs.segs[si];
    let after = &s.text[start + seq.len()..];
    // "Ray is a 58-year-old commercial lobsterman …": described by an age
    // in a clause of its own.
    static IS_AGED: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)^\s+(?:is|was)\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,2}?\d{1,3}[- ]years?[- ]old\b").unwrap());
    if !(after.starts_with(',') || IS_AGED.is_match(after)) || WEEKDAYS.contains(&w) {
        return false;
    }
    let window = s.window_text(start);
    // "Faith, 8, a second-grader …", "Hope, a sophomore at Juniper Ford
    // High …": an age, or a description tied to a named local place, on a
    // page that tells one person's clinical events, or in a paragraph
    // about one person ("she", "her") and their health.
    // "Faith, 8, …", "Hope, aged 15,", "Rich, a 52-year-old millwright"
    // (round 62): an age set off by commas ("Tuesday,
    // 12:00 to 1:00" is a time).
    static AGE_APPOSITIVE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^,\s*(?:aged?\s+|an?\s+)?\d{1,3}(?:,|\s*\)|[- ]years?[- ]old\b)").unwrap());
    static LOCAL_DESCRIPTION: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^,\s+(?:\d{1,3},\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:at|in|on|for|with|from)\s+(?:the\s+)?\p{Lu}").unwrap()
    });
    // "Tuesday, 10 am", "Tuesday, 12:00": a time, not an age.
    let clock = after.trim_start_matches([',', ' ']).trim_start_matches(|c: char| c.is_ascii_digit());
    let time = clock.starts_with([':', '-', '–']) || {
        let c = clock.trim_start().to_lowercase();
        ["am", "pm", "a.m", "p.m", "o'clock", "h"].iter().any(|u| c.starts_with(u) && !c[u.len()..].starts_with(char::is_alphabetic))
    };
    (!time && frame::described_patient(&s.text[..start], after, window))
        || (AGE_APPOSITIVE.is_match(after) && (super::super::context::individual(&s.text) || super::super::local::tells_event(segs)))
        || (LOCAL_DESCRIPTION.is_match(after)
            && (super::super::local::tells_event(segs)
                || (super::super::context::individual(&s.text) && super::super::event::health(&s.text))))
}
