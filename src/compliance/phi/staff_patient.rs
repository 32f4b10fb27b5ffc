//! `phi/staff-patient`: a team member told as a patient of the practice
//! ("Irfan, who runs our Bedok front desk, marks one year since his sleeve
//! gastrectomy with Dr Lee", "Dr Essop did her mid-urethral sling").
//!
//! Staff names are known, so the name rules pass them; but working here
//! does not make someone's own care publishable, and a colleague's
//! welcome-back post is not their authorisation (decision, round 41: found
//! in three blind sets, where every such post passed). The care must be
//! the practice's (a clinician of ours, "with Dr Lee", "in our lab") and
//! told of the team member by name or by a pronoun that goes back to them,
//! not to the clinician. A bio is the person's own page and is left alone,
//! and so is a staff member's own past ("Dr Benedetti has used CPAP for
//! fifteen years": no clinician of ours treats them).

use std::sync::LazyLock;

use regex::Regex;

use super::allow::Allowlist;
use super::segments::{Kind, Segments};
use super::{Finding, Severity, finding, frame, third_party};

/// The practice gives the care: "with Dr Lee", "Dr Essop did", "in our
/// Coburg lab".
static PROVIDER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:with|by)\s+(?:Dr\.?|Doctor|Prof\.?|Professor)\s+\p{Lu}|\b(?:Dr\.?|Doctor)\s+\p{Lu}[\w'’-]+\s+(?:(?:finally|then|also|personally)\s+)?(?:did|performed|removed|operated|fitted|repaired|found|diagnosed|treated|talked|put|started|scoped)\b|\b[Ii]n\s+our\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:lab|clinic|unit|theatre|theatres|rooms|suite|centre|center|ward)\b").unwrap()
});

/// A third-person pronoun in a patient's place: the object of the care
/// ("talked him into", "did her sling"), the subject of undergoing ("he
/// finally did a gastroscopy", "she was diagnosed") or the owner of what
/// follows ("his sleeve gastrectomy", checked by [`third_party::care`]).
static PRONOUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(?:did|operated\s+on|scoped|treated|diagnosed|referred|fitted|talked|sent|booked|admitted)\s+(?:him|her)\b|(?:he|she)\s+(?:(?:finally|also|then|has|had|was|is|eventually)\s+){0,2}(?:had|underwent|did\s+(?:a|an|his|her)|was\s+diagnosed|is\s+recovering|needed|started\s+(?:on\s+)?(?:a|an|his|her)?)\b|(?:his|her)\s)").unwrap()
});

/// A capitalised word: a name's part.
static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\p{Lu}[\p{Ll}'’-]+").unwrap());

/// Report team members the page tells as the practice's patients.
pub(super) fn check(segs: &Segments, allow: &Allowlist, out: &mut Vec<Finding>) {
    for s in &segs.segs {
        if s.kind != Kind::Prose || s.ident || s.credit {
            continue;
        }
        let t = &s.text;
        for (i, r) in s.sentences.iter().enumerate() {
            let sentence = &t[r.clone()];
            let before = s.sentences.get(i.saturating_sub(1)).map_or(r.start, |p| p.start);
            let provided = PROVIDER.is_match(sentence) || (i > 0 && PROVIDER.is_match(&t[before..r.start]));
            // "talked him into a study in our lab. The result: severe
            // sleep apnoea": the care may be told in the next sentence.
            let next = s.sentences.get(i + 1).map_or("", |n| &t[n.clone()]);
            if !provided || !frame::english(sentence) || !(third_party::care(sentence) || third_party::care(next)) {
                continue;
            }
            // Who the sentence is about: the team member named last before its
            // first third-person pronoun, up to two sentences back ("your
            // sling operation" is the reader's).
            let from = s.sentences.get(i.saturating_sub(2)).map_or(r.start, |p| p.start);
            let patient =
                |m: &regex::Match| !m.as_str().ends_with(char::is_whitespace) || third_party::care(&words_after(sentence, m.end(), 4));
            let Some(pronoun) = PRONOUN.find_iter(sentence).find(patient) else { continue };
            let upto = r.start + pronoun.start();
            if let Some((at, name)) = last_member(&t[from..upto], allow) {
                let at = from + at;
                out.push(
                    finding(
                        "phi/staff-patient",
                        Severity::Error,
                        segs.pos(s, at),
                        "a team member is told as a patient of the practice: their own care is their health information; publish it only with their signed `authorization`, or leave the care out".to_string(),
                    )
                    .about(name),
                );
                break;
            }
        }
    }
}

/// The `n` words of `text` from `at`.
fn words_after(text: &str, at: usize, n: usize) -> String {
    text[at..].split_whitespace().take(n).collect::<Vec<_>>().join(" ")
}

/// Clinicians named with their title ("Dr Adaeze Okonkwo-Hart"): they give
/// the care, and every word of their name is theirs.
static TITLED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(?:Dr\.?|Doctor|Prof\.?|Professor)\s+(?:\p{Lu}[\p{Ll}'’-]+\s*){1,3}").unwrap());

/// The last capitalised word of `text` that is a team member's name and
/// not a clinician's title-led name ("Dr Lee" gives the care).
fn last_member<'a>(text: &'a str, allow: &Allowlist) -> Option<(usize, &'a str)> {
    let titled: Vec<_> = TITLED.find_iter(text).map(|m| m.range()).collect();
    WORD.find_iter(text)
        .filter(|m| !titled.iter().any(|r| r.contains(&m.start())) && allow.is_staff(&[m.as_str()]) && !allow.is_known_word(m.as_str()))
        .last()
        .map(|m| (m.start(), m.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compliance::phi::segments;

    fn run(body: &str) -> Vec<Finding> {
        let staff =
            ["Irfan Hassan", "Malathi Ramasamy", "Wei Lee", "Chantelle Adams", "Farah Essop", "Mei Ong", "Nick Georgiou", "Ana Benedetti"];
        let allow = Allowlist::new(&Default::default(), &staff.map(String::from), &[]);
        let segs = segments::collect(body, 1, &[]);
        let mut out = Vec::new();
        check(&segs, &allow, &mut out);
        out
    }

    #[test]
    fn a_team_members_care_here_is_found() {
        for body in [
            "This month Irfan, who runs our Bedok front desk, marks one year since his sleeve gastrectomy with Dr Lee.",
            "Sister Malathi is back! After her laparoscopic cholecystectomy with Dr Lee in October, our nurse manager returned to the unit.",
            "Chantelle is back at the front desk. Dr Essop did her mid-urethral sling for stress incontinence on 18 June.",
            "Nick Georgiou has been our reception lead for ten years. In August Dr Benedetti finally talked him into a study in our Coburg lab. The result: severe obstructive sleep apnoea, with his oxygen dropping to 78%.",
        ] {
            let f = run(body);
            assert_eq!(f.len(), 1, "{body}: {f:?}");
            assert_eq!(f[0].rule, "phi/staff-patient");
        }
    }

    #[test]
    fn a_team_members_work_or_own_past_is_not() {
        for body in [
            "Nick has been our reception lead for ten years, and Dr Benedetti has used CPAP for fifteen years.",
            "Irfan helps Dr Lee run the Saturday sleeve gastrectomy information session.",
            "Chantelle will book your follow-up with Dr Essop after your sling operation.",
            "Dr Ong did her first gastroscopy in 2004 and has since trained forty nurses, including Malathi.",
            "Irfan Hassan started on January 5. He comes to us from the cardiology clinic at Wesley and will see patients with Dr. Lee.",
            "Congratulations to Dr Mei Ong and her husband. Dr Mei is on leave; her endoscopy lists are covered by Dr Lee.",
            "By March my shins were on fire. Dr. Lee diagnosed shin splints, Malathi taped my calves, and Dr. Ong made me do clamshells until I hated him.",
        ] {
            assert!(run(body).is_empty(), "{body}: {:?}", run(body));
        }
    }
}
