//! Whether a name run is a staff member by name (split from
//! [`super::candidate`]): introduced on the page or on the team, and not a
//! namesake or relative of one told in our care.

use super::candidate::Run;
use super::*;

/// "Mr Ng Boon Huat" where Chloe Ng Jia Hui is staff: after a title, a
/// staff surname (`parts`, the run cut to a staff token) that the next
/// capitalised words continue into a full name no staff member has is
/// someone else's.
fn longer_than_staff(parts: &[String], after: &str, allow: &Allowlist) -> bool {
    let more: Vec<&str> = after.split_whitespace().take(3).take_while(|w| w.starts_with(char::is_uppercase)).collect();
    let whole: Vec<String> = parts.iter().cloned().chain(more.iter().map(|w| bare(w))).collect();
    !more.is_empty() && !allow.is_staff(&whole.iter().map(String::as_str).collect::<Vec<_>>())
}

/// The run names a staff member (introduced on the page or on the team),
/// not a namesake or relative of one in our care.
pub(super) fn staff_by_name(s: &Segment, run: &Run, parts: &[String], allow: &Allowlist, n: &Names) -> bool {
    let rest = run.rest;
    let c_start = rest[0].0;
    let after = &s.text[rest[rest.len() - 1].0 + rest[rest.len() - 1].1.len()..];
    let part_refs: Vec<&str> = parts.iter().map(String::as_str).collect();
    // A staff member's namesake or relative told with an age and a clinical
    // event is a patient ("Mateo, a 16-year-old pitcher …, tore his UCL").
    // A two-word match that opens with a staff member's given name ("Mary
    // Ann" of "Mary Ann Pereira") is the staff member telling her own story;
    // a relative shares only the surname ("his father, Tobiah Okafor, 81");
    // in our care anyone is a patient ("died in our hospice").
    let own_given = rest.len() >= 2 && allow.is_staff(&part_refs[..1]);
    let namesake_in_care = || (!own_given && frame::aged_in_care(after, s.window_text(c_start))) || frame::cared_for_here(after);
    let longer_name = || run.hon && rest.len() == 1 && longer_than_staff(parts, after, allow);
    (introduced_here(rest, n) || (allow.is_staff(&part_refs) && !longer_name())) && !namesake_in_care()
}
