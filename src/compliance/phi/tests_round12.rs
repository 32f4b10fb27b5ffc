//! Round 12 of issue 9 (fifth session; all real sets up to heldout6 seen):
//! a clinical event makes a name its subject only inside the name's own
//! clause; advocates and authors act on a topic; reference lists with a
//! month in the date are citations; the practitioner every review names is
//! no patient. Every person here is fictitious.

use super::tests::{page_of, rules};
use super::*;

fn names_flagged(f: &[Finding]) -> usize {
    f.iter().filter(|x| x.rule == "phi/name").count()
}

#[test]
fn an_event_beyond_the_names_clause_is_someone_elses() {
    // Inside parentheses: the event after the closing one is not the author's.
    let body = "Quick meals help (my favourite cookbooks are Simple Greens by Orla Fennimore) or even food delivery boxes.\n";
    let f = page_of("tips", body, 5, vec![]);
    assert_eq!(names_flagged(&f), 0, "{:?}", rules(&f));
    // Thirty words on, "treatment" belongs to other people.
    let body = "And so the ministry appointed Tobias Wrenfield to a new post in the far north, but his confidential instructions centered on a thorough investigation of the unfair treatment of the miners by the officers of a rival company.\n";
    let f = page_of("tips", body, 5, vec![]);
    assert_eq!(names_flagged(&f), 0, "{:?}", rules(&f));
    // Near the name, the same event still makes it a patient's story.
    let body = "Tobias Wrenfield finished six months of chemotherapy in our infusion suite in June.\n";
    let f = page_of("news", body, 5, vec![]);
    assert!(names_flagged(&f) > 0, "{:?}", rules(&f));
}

#[test]
fn an_advocate_for_early_diagnosis_is_no_patient() {
    let body = "Marisol Quenby is a strong advocate for exercise, early diagnosis and vitamin D.\n";
    let f = page_of("tips", body, 5, vec![]);
    assert_eq!(names_flagged(&f), 0, "{:?}", rules(&f));
}

#[test]
fn a_reference_with_a_month_in_its_date_is_a_citation() {
    let body = "## References\n\n6. Hallorann T. Keratitis. Biosci Rep. 2001 Aug;21(4):419-44.\n";
    let f = page_of("tips", body, 5, vec![]);
    assert_eq!(names_flagged(&f), 0, "{:?}", rules(&f));
}

#[test]
fn the_practitioner_every_review_names_is_no_patient() {
    let body = "## Andrew B.\n\nI recently visited Rosalind to help with chronic neck pain after a car accident.\n\n\
                ## Michelle H.\n\nRosalind was great! I have autoimmune issues and she helped my neck.\n\n\
                ## Roman M.\n\nI tell everyone how great Rosalind is. I had knots in my back.\n";
    let f = page_of("testimonials", body, 5, vec![]);
    assert_eq!(names_flagged(&f), 0, "{:?}", rules(&f));
    // Each review is still reported at its signature.
    assert_eq!(f.iter().filter(|x| x.rule == "consent/missing").count(), 3, "{:?}", rules(&f));
    // A name in only one review is not taken for the practitioner.
    let page = PageInput { section_kind: "testimonials", ..test_page(body) };
    assert_eq!(signatures::reviewed_clinicians(&page, &signatures::of_page(&page)), ["Rosalind"]);
    let one = "## Andrew B.\n\nMy son Rosalind had his cast removed.\n\n## Michelle H.\n\nGreat.\n\n## Roman M.\n\nKind.\n";
    let page = PageInput { section_kind: "testimonials", ..test_page(one) };
    assert!(signatures::reviewed_clinicians(&page, &signatures::of_page(&page)).is_empty());
}

fn test_page(body: &str) -> PageInput<'_> {
    PageInput {
        section_kind: "pages",
        body,
        body_line: 1,
        fields: Vec::new(),
        authorization: None,
        authorization_line: 1,
        review_reply: None,
        channels: &[],
        now: chrono::NaiveDate::MIN,
    }
}

#[test]
fn a_possessive_acronym_is_an_organisation() {
    let body = "Massage may ease cancer pain in patients. For more information, see [NCCIH’s fact sheet on cancer](https://www.nccih.nih.gov/health/cancer).\n";
    assert_eq!(names_flagged(&page_of("tips", body, 5, vec![])), 0);
}

#[test]
fn an_academic_by_title_is_no_patient() {
    // However near the word "patient".
    let body = "An interesting message from Associate Professor Lorcan Abernathy was the comparison of corneal changes. For a patient with a -4.00 prescription, the lens flattens the cornea by 14 microns.\n";
    let f = page_of("news", body, 5, vec![]);
    assert_eq!(names_flagged(&f), 0, "{:?}", rules(&f));
}

#[test]
fn the_originator_of_a_technique_is_no_patient() {
    let body = "Major Ambrose Tillinghast developed the technique after coming to understand the relationship between the sacrum and the skull, so diagnosing symptoms is faster.\n";
    let f = page_of("pages", body, 5, vec![]);
    assert_eq!(names_flagged(&f), 0, "{:?}", rules(&f));
}

#[test]
fn towns_that_are_given_names_too_as_the_practices_branches() {
    // "See our Adelaide or Henley Beach practices": both are places.
    assert!(names::place_context("See our ", " or Henley Beach practices for cookbooks"));
    assert!(names::place_context("See our ", " clinic for cookbooks"));
    assert!(!names::place_context("See our ", " or her husband for cookbooks"));
}
