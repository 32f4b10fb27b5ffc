//! An e-mail address introduced as one person's own: "Norma has asked us
//! to share her e-mail: norma.k@…". A call for cards prints a patient's
//! address this way, with no care word in the sentence. Not on team pages
//! (a clinician's own contacts), not when the sentence names staff, and not
//! when the address holds the name of someone the page introduces as staff
//! ("Our new clinic manager is Dana Wu; her e-mail: dana.wu@…").
//!
//! Tried and dropped: a phone after "call Ed at". Event pages print their
//! organisers' numbers so ("Questions? Call Priya at …"), and nothing in
//! the sentence tells a volunteer from a patient.

use std::sync::LazyLock;

use regex::Regex;

use super::Seg;

/// "her e-mail:", "his email address is", "their personal e-mail –".
static OWN_MAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:her|his|their)\s+(?:own\s+|personal\s+|private\s+|home\s+)?e-?mail(?:\s+address)?\s*(?:is|:|-|–)?\s*$").unwrap()
});

/// Is the e-mail address `e` at `at` someone's own by the words right
/// before it?
pub(super) fn introduced_as_own(g: &Seg, at: usize, e: &str) -> bool {
    let Seg { s, si, names, team, .. } = *g;
    if team || s.kind != crate::compliance::phi::segments::Kind::Prose {
        return false;
    }
    let t = &s.text;
    let before = &t[super::floor(t, at.saturating_sub(60))..at];
    let local = e.split('@').next().unwrap_or("").to_lowercase();
    let staff_box = local.split(|c: char| !c.is_alphabetic()).any(|w| names.page_staff.contains(w));
    OWN_MAIL.is_match(before) && !staff_box && {
        let sent = s.sentences.get(s.sentence_at(at)).cloned().unwrap_or(0..t.len());
        !names.has_staff(si, &sent)
    }
}
