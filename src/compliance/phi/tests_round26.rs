//! Round 26 of issue 9 (fourteenth session): from case set S (seen since
//! its one scoring run) and real set 18. Each rule has a counterpart that
//! must stay as it was; every person is fictitious.

use super::tests::{flagged, rules, run};

fn names_patient(body: &str) -> bool {
    let f = run("news", body);
    f.iter().any(|x| x.rule == "phi/name")
}

/// "with her kidney patient Ambrose Kinlicheenie": a clinician's patient,
/// named; "known for her patient, gentle manner" is a bio's adjective.
#[test]
fn a_clinicians_patient_named() {
    assert!(names_patient("Our dietitian chose squash with her kidney patient Ambrose Kinlicheenie at the food shelf.\n"));
    let body = "Rhea Lomasney is known for her patient, gentle manner with nervous children.\n";
    assert!(!flagged(&run("news", body)), "{:?}", rules(&run("news", body)));
}

/// "the Montoya triplets' mom, whose pre-eclampsia …", "the Sisneros
/// brothers, both on dialysis": a family by its surname (even one that is
/// also a town) with its own care; the Wright brothers' first flight is not.
#[test]
fn a_family_by_its_surname_with_its_care() {
    assert!(names_patient("She keeps the card from the Montoya triplets' mom, whose pre-eclampsia she watched day by day.\n"));
    assert!(names_patient("The judges singled out the Sisneros brothers, both on dialysis for years, now back at work.\n"));
    let body = "The Wright brothers flew at Kitty Hawk in 1903, a story our volunteers love to tell.\n";
    assert!(!flagged(&run("news", body)), "{:?}", rules(&run("news", body)));
}

/// "Mrs. Smith came in for her Depo shot": after Mr/Mrs, a surname that is
/// also a word is the name; "diagnosed with MS. So we …" has no title.
#[test]
fn a_title_and_a_surname_that_is_a_word() {
    assert!(names_patient("Mrs. Smith came in for her Depo shot on Tuesday.\n"));
    let body = "My partner got diagnosed with MS. So we went paleo together.\n";
    assert!(!run("news", body).iter().any(|x| x.rule == "phi/name"), "{:?}", rules(&run("news", body)));
}

/// Named people on a clinician's caseload; past-tense care "we managed".
#[test]
fn a_caseload_and_care_we_managed() {
    assert!(names_patient(
        "You would take over a caseload of sixty, including the Chischilly twins, who have been in weekly counseling.\n"
    ));
    assert!(names_patient("Her caseload includes Marisol Tapia, who started in March.\n"));
    assert!(names_patient("Ana Tsosie had a high-risk pregnancy that we managed from week 12.\n"));
    let body = "Every high-risk pregnancy that we manage gets a care plan, says our director.\n";
    assert!(!flagged(&run("news", body)), "{:?}", rules(&run("news", body)));
}
