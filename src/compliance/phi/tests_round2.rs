//! Round 2 of issue 9, items 2, 3 (Safe Harbor), 4 and 5: patient frames
//! for nicknames, initials, first names and unique local roles; dates of
//! birth and ages over 89; review replies about this reviewer; precision on
//! eponyms, historical and public figures, staff anecdotes. Every person,
//! team, school and business here is fictitious.

use super::tests::{allow, rules, run};
use super::*;

fn flagged(f: &[Finding]) -> bool {
    f.iter().any(|x| (x.rule.starts_with("phi/") || x.rule.starts_with("reply/")) && x.severity == Severity::Error)
}

fn must_flag(cases: &[&str]) {
    let missed: Vec<&str> = cases.iter().copied().filter(|c| !flagged(&run("news", c))).collect();
    assert!(missed.is_empty(), "missed: {missed:#?}");
}

fn must_pass(cases: &[&str]) {
    let noisy: Vec<(&str, Vec<String>)> =
        cases.iter().map(|c| (*c, rules(&run("news", c)))).filter(|(c, _)| flagged(&run("news", c))).collect();
    assert!(noisy.is_empty(), "false alarms: {noisy:#?}");
}

#[test]
fn nicknames_in_a_patient_frame() {
    must_flag(&[
        "\"Tank,\" the Lakeview Lions linebacker everyone knows, tore his ACL in October and had surgery the next week.",
        "Coach Dempsey is recovering at home after a double bypass last month.",
        "Big Mike, who drives the number 42 bus, had his gallbladder removed here in May.",
        "Everyone at Maple Elementary knows the crossing guard at Maple Elementary; she had her hip replaced in April and is back at her corner.",
        "Our mail carrier was diagnosed with melanoma after we spotted a mole on his neck.",
    ]);
}

#[test]
fn nicknames_without_clinical_events_pass() {
    must_pass(&[
        "\"Tank,\" the Lakeview Lions linebacker everyone knows, scored twice on Friday.",
        "Coach Dempsey's team won the county final.",
        "Our mail carrier always brings treats for the waiting-room dog.",
        "The crossing guard at Maple Elementary reminds kids to look both ways.",
    ]);
}

#[test]
fn initials_with_employer_school_team_or_town() {
    must_flag(&[
        "J.R., a welder at Harbor Steelworks, underwent carpal tunnel release on both hands.",
        "JR from Harbor Feed & Seed had his rotator cuff repaired in our surgery centre.",
        "T.M., a junior at Lakeview High, was diagnosed with mononucleosis.",
        "K.L. of Pinecrest was admitted with pneumonia and is now recovering.",
    ]);
    must_pass(&["J.R. Tolkien's books are in our waiting room.", "The HR team at Harbor Steelworks hosted our flu clinic."]);
}

#[test]
fn first_names_with_a_description() {
    must_flag(&[
        "Mia, a third-grader at Pine Hill Elementary, broke her arm on the monkey bars and wore a cast for six weeks.",
        "Devon, 34, a firefighter with Station 9, had a spinal fusion in March.",
        "Luz, who plays midfield for the Riverside Rapids, is recovering from a torn meniscus.",
        "Ana, a cashier at Corner Market, was treated for a severe allergic reaction.",
    ]);
    must_pass(&[
        "Mia, a third-grader at Pine Hill Elementary, won the spelling bee.",
        "Devon, a firefighter with Station 9, taught our CPR class.",
    ]);
}

#[test]
fn pronoun_carries_the_person_into_the_next_sentence() {
    must_flag(&[
        "Meet Owen Pruett, who coaches the Lakeview Lions. Last spring he underwent a triple bypass.",
        "This is Rhea Castellano from Pinecrest. She was diagnosed with breast cancer at 41.",
        "Say hello to Wendell Ashby. He loves fishing. In March he had a hip replacement.",
    ]);
    must_pass(&[
        "Meet Owen Pruett, who coaches the Lakeview Lions. He ran the charity 5K for the clinic.",
        "We thank Rhea Castellano of the Pinecrest Rotary. She organised our blood drive.",
    ]);
}

#[test]
fn dates_of_birth_in_any_form() {
    must_flag(&[
        "DOB: 03/14/1951",
        "Patient D.O.B. 3-14-51, seen for follow-up.",
        "Her date of birth is March 14, 1951.",
        "Edna was born on 14 March 1931 in Lakeview.",
        "Wendell Ashby was born in March 1931 and underwent surgery here last year.",
    ]);
    must_pass(&[
        "Our clinic was born in March 2001 as a two-room practice.",
        "Bring your date of birth and insurance card to registration.",
    ]);
}

#[test]
fn ages_over_89_for_one_person() {
    must_flag(&[
        "Our 93-year-old patient from Lakeview walked out two days after hip surgery.",
        "At 94, Edna still gardens every morning after her knee replacement.",
        "Wendell, aged 91, was admitted with pneumonia.",
        "A nonagenarian from Pinecrest became the oldest person to have a TAVR at our hospital.",
    ]);
    must_pass(&[
        "Adults 90 and older should talk to their doctor about fall risk.",
        "Flu shots are free for ages 90+ this season.",
        "Nonagenarians are the fastest-growing age group in the county.",
    ]);
}

#[test]
fn admission_discharge_and_visit_dates() {
    must_flag(&[
        "She was admitted on March 3 and discharged on March 9 after the repair.",
        "Our patient's visit on 2/11 confirmed the fracture had healed.",
    ]);
    must_pass(&["The clinic is closed March 3 for staff training.", "Flu shot walk-ins on 2/11 from 9 to noon."]);
}

#[test]
fn letters_pasted_into_pages() {
    must_flag(&[
        "Re: Carla Voss, DOB 04/12/1988\n\nTo whom it may concern, the above patient was seen in our office.",
        "RE: Wendell Ashby (DOB 1/2/1931) - clearance for surgery",
    ]);
}

fn reply(text: &str) -> Vec<Finding> {
    check_text(text, &allow(), true)
}

#[test]
fn replies_about_this_reviewer_are_findings() {
    for t in [
        "We're glad the knee injections helped and hope the next round goes as well.",
        "The refund for the duplicate charge went out yesterday.",
        "We have applied a credit of the difference, as promised.",
        "The billing adjustment was posted after we spoke.",
        "Your insurance claim was resubmitted on Friday.",
        "Sorry the wait at 3 pm on Tuesday was so long.",
        "We hope the physical therapy sessions are getting easier.",
        "The new prescription should be ready at your pharmacy.",
        "Your MRI showed nothing serious, so please don't worry.",
        "We understand the balance was a surprise.",
    ] {
        let f = reply(t);
        assert!(flagged(&f), "{t}: {:?}", rules(&f));
    }
}

#[test]
fn replies_about_general_policy_are_clean() {
    for t in [
        "Our Monday wait times are longer; we are adding staff.",
        "Thank you for the feedback. Please call 555-010-2000 so we can talk.",
        "We review every comment and share them with the team each week.",
        "Privacy laws don't allow us to discuss anyone's care here; please call us.",
    ] {
        let f = reply(t);
        assert!(!flagged(&f), "{t}: {:?}", rules(&f));
    }
}

#[test]
fn eponyms_historical_and_public_figures_and_staff_stay_clean() {
    must_pass(&[
        "Parkinson's disease affects movement; early diagnosis helps.",
        "A positive Babinski sign after age two needs a neurological exam.",
        "Learn the Heimlich manoeuvre before your baby starts solids.",
        "The Whipple procedure removes the head of the pancreas.",
        "Lou Gehrig's disease is another name for ALS.",
        "Florence Nightingale founded modern nursing after the Crimean War.",
        "Abraham Lincoln is thought to have suffered from depression, historians say.",
        "In 1955 Jonas Salk announced a safe polio vaccine.",
        "Our receptionist Marta ran her first marathon after years of knee rehab exercises.",
        "The Apgar score was devised by Virginia Apgar in 1952.",
    ]);
}
