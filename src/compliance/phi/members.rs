//! Members of a group or programme of care named together (issue 9, round
//! 9): "Kenji, Maribel and Ossie, three members of our Tuesday DBT skills
//! group", or a list under "Congratulations to the spring cohort of our
//! adult DBT programme:". Belonging to a therapy, recovery or support group
//! is itself health information, so every person so listed is a patient,
//! with or without a surname. A group of the practice's own staff, or a
//! class the practice teaches the public (CPR, first aid), is no care.

use std::sync::LazyLock;

use regex::Regex;

use super::Allowlist;
use super::local::push;
use super::names::Names;
use super::segments::{Kind, Segments};

/// A group, programme or cohort of care ("our Tuesday DBT skills group",
/// "the adult IOP", "our cardiac rehab class").
const CARE_GROUP: &str = r"(?:[\w'’-]+\s+){0,5}?(?:group|groups|programme|program|iop|php|circle|cohort)\b";

/// What makes the group one of care: a therapy, recovery or support word
/// in its name or around it.
static CARE_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:therapy|therap\w+|recovery|treatment|rehab\w*|dbt|cbt|iop|php|support|grief|bereavement|survivors?|sobriety|sober|addiction|substance|eating[- ]disorder|skills|counsell?ing|outpatient|inpatient|hospice|cardiac|pulmonary|oncology|cancer|chemo\w*|infusion|dialysis|diabetes|weight[- ]loss|pain|parkinson'?s|dementia|memory\s+care|stroke|amputee|ostomy|cared\s+for\s+(?:by\s+us|here|at\s+home))\b").unwrap()
});

/// Names run together before an appositive that makes them members:
/// "A, B and C, three members of our … group".
static LISTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"((?:\p{{Lu}}[\p{{L}}'’-]+(?:\s+\p{{Lu}}[\p{{L}}'’.-]+)?,\s+)*\p{{Lu}}[\p{{L}}'’-]+(?:\s+\p{{Lu}}[\p{{L}}'’.-]+)?,?\s+(?:and|&)\s+\p{{Lu}}[\p{{L}}'’-]+(?:\s+\p{{Lu}}[\p{{L}}'’.-]+)?|\p{{Lu}}[\p{{L}}'’-]+(?:\s+\p{{Lu}}[\p{{L}}'’.-]+)?),\s+(?:(?:the|all|both|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:[\w-]+\s+)?(?:members?|graduates?|participants?|attendees?|regulars?)\s+(?:of|in|from)\s+(?:our|the)\s+{CARE_GROUP}"
    ))
    .unwrap()
});

/// A line that introduces a list of a care group's members and ends in a
/// colon: "Congratulations to the spring cohort of our adult DBT programme:",
/// or of those a hospice cared for: "we read the names of people cared for
/// by us in 2026 whose whānau asked:".
static INTRO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?:\b(?:members?|graduates?|participants?|attendees?|cohort|class|finishers|completers)\b[^.!?]{{0,40}}\b(?:of|in|from)\s+(?:our|the)\s+{CARE_GROUP}|\b(?:group|programme|program|circle|cohort)['’]s\s+members\b)[^.!?]{{0,40}}:\s*$|(?i)\b(?:people|patients|those|everyone)\s+(?:who\s+were\s+|we\s+)?cared\s+for\s+(?:by\s+us|here|in\s+our|at\s+home)\b[^.!?]{{0,80}}:\s*$"
    ))
    .unwrap()
});

/// An inline list of people after a colon, introduced as the members or
/// the people a programme of care looked after: "This month we welcome our
/// newest members: Tammy from Inman, Rochelle …", "with a candle for each
/// person our hospice cared for this year: Alvin Strauss, …", "our bell
/// rings when someone finishes treatment. This year it rang for: …".
static INLINE_INTRO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(?:new|newest|latest|founding)\s+(?:group\s+)?members|each\s+(?:person|patient|one)\s+(?:our|we)\b[^.!?:]{0,40}|(?:patients|people|those|families)\s+(?:our|we)\s+(?:[\w-]+\s+){0,2}?(?:cared\s+for|treated|lost|served)\b[^.!?:]{0,30}|(?:graduates|finishers|bell\s+ringers|survivors)\b[^.!?:]{0,30}|\b(?:rang|rung|rings|ringing)\s+(?:the\s+bell\s+)?for)\s*:\s*").unwrap()
});

/// A list item that is one person: two to four capitalised words, maybe
/// with a town after a comma or in brackets.
static ITEM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){0,3})\s*(?:[,(–:-].{0,60})?$").unwrap());

/// The name an inline list item opens with ("Ida Mae Kohlmeier", "Walter
/// \"Bud\" Penner", "Tammy from Inman" → "Tammy").
static NAME_START: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"^\p{Lu}[\p{L}'’-]+(?:\s+(?:["“]\p{Lu}[\p{L}'’-]+["”]|\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){0,3}"#).unwrap());

/// Report the members of care groups named on the page.
pub(super) fn members(segs: &Segments, allow: &Allowlist, n: &mut Names) {
    // After an introducing line, the list items that follow are members.
    let mut listing = false;
    let mut care_page: Option<bool> = None;
    for (si, s) in segs.segs.iter().enumerate() {
        if s.kind != Kind::Prose {
            listing = false;
            continue;
        }
        if listing
            && !s.is_field()
            && let Some(c) = ITEM.captures(&s.text).and_then(|c| c.get(1))
            && person(c.as_str(), allow)
        {
            push(segs, si, c.start(), c.as_str(), n);
            continue;
        }
        listing = INTRO.is_match(&s.text)
            && (CARE_WORD.is_match(&s.text)
                || *care_page.get_or_insert_with(|| segs.segs.iter().any(|x| x.kind == Kind::Prose && CARE_WORD.is_match(&x.text))));
        if !s.is_field() {
            for m in INLINE_INTRO.find_iter(&s.text) {
                if !*care_page.get_or_insert_with(|| segs.segs.iter().any(|x| x.kind == Kind::Prose && CARE_WORD.is_match(&x.text))) {
                    break;
                }
                let rest = &s.text[m.end()..];
                let list = &rest[..rest.find(['.', '!', '?', ';']).unwrap_or(rest.len())];
                let mut off = m.end();
                // "Ernesto Valdés · Graciela Montaner · …": middle dots and
                // bullets part names as commas do.
                for item in list.split([',', '·', '•']) {
                    let lead = item.len() - item.trim_start().len();
                    let item_t = item.trim_start().trim_start_matches("and ");
                    let skip = item.trim_start().len() - item_t.len();
                    let name = NAME_START.find(item_t).map_or("", |n| n.as_str().trim_end());
                    if !name.is_empty() && person(name, allow) {
                        push(segs, si, off + lead + skip, name, n);
                    }
                    off += item.len() + list[off - m.end() + item.len()..].chars().next().map_or(1, char::len_utf8);
                }
            }
        }
        // [`LISTED`] (case-sensitive) needs one of these words: a segment
        // without any is skipped, not searched for its capitalised runs.
        let member_word = ["member", "graduate", "participant", "attendee", "regular"].iter().any(|w| s.text.contains(w));
        for m in member_word.then(|| LISTED.captures_iter(&s.text)).into_iter().flatten() {
            let (Some(whole), Some(names)) = (m.get(0), m.get(1)) else { continue };
            if !CARE_WORD.is_match(whole.as_str()) {
                continue;
            }
            for (off, name) in split_names(names.as_str()) {
                if person(name, allow) {
                    push(segs, si, names.start() + off, name, n);
                }
            }
        }
    }
}

/// The names of "A, B and C" with their offsets.
fn split_names(list: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    for piece in list.split_inclusive([',', '&']) {
        let trimmed_piece = piece.trim_end_matches([',', '&']);
        for part in split_and(trimmed_piece) {
            let lead = part.len() - part.trim_start().len();
            let p = part.trim();
            if !p.is_empty() {
                let off = start + (part.as_ptr() as usize - piece.as_ptr() as usize) + lead;
                out.push((off, p));
            }
        }
        start += piece.len();
    }
    out
}

/// "Maribel and Ossie" → ["Maribel ", " Ossie"].
fn split_and(s: &str) -> Vec<&str> {
    match s.find(" and ") {
        Some(i) => vec![&s[..i], &s[i + 5..]],
        None => vec![s],
    }
}

/// One person's name, not a team member or an ordinary capitalised word.
fn person(name: &str, allow: &Allowlist) -> bool {
    let words: Vec<String> = name.split_whitespace().map(super::names::bare).collect();
    let refs: Vec<&str> = words.iter().map(String::as_str).collect();
    !words.is_empty()
        && !allow.is_staff(&refs)
        && !allow.is_allowed_string(name)
        && words.iter().any(|w| super::names::is_given_name(w) || !super::names::ordinary(w, allow))
}

#[cfg(test)]
mod tests {
    use super::split_names;

    #[test]
    fn names_of_a_list_keep_their_offsets() {
        let l = "Kenji, Maribel Ortiz and Ossie";
        let got: Vec<(usize, &str)> = split_names(l);
        assert_eq!(got, vec![(0, "Kenji"), (7, "Maribel Ortiz"), (25, "Ossie")]);
        for (off, name) in got {
            assert_eq!(&l[off..off + name.len()], name);
        }
    }
}
