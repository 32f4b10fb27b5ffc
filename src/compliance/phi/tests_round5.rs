//! Round 5 of issue 9 (2026-12-02): licence plates named by their state,
//! ages over 89 beside a clinical event or in words, newborn, emergency and
//! dental care words, "this little one", SSA given names, staff introduced
//! on the page or elsewhere on the site, staff nicknames, reference lists
//! and professional endorsements. Each disclosure has a clean counterpart;
//! every person, place and business here is fictitious.

use super::tests::{check_pairs, rules, run, with_field};
use super::*;

fn flagged(f: &[Finding]) -> bool {
    f.iter().any(|x| x.severity == Severity::Error)
}

#[test]
fn plates_named_by_their_state() {
    check_pairs(
        flagged,
        &[
            (
                "news",
                "Whoever parked the blue sedan with Oregon plate 4KR-229 across the ambulance bay during her labour: please move it.",
                "The surgeon fixed the fracture with a titanium plate 3.5 mm wide; most patients recover in eight weeks.",
            ),
            (
                "news",
                "To the owner of the grey van, WA plate BKX7713: your lights are on while you are in with our therapist.",
                "Our Oregon plate lunch raised $400 for the food bank.",
            ),
        ],
    );
}

#[test]
fn ages_over_89_beside_an_event_or_in_words() {
    check_pairs(
        flagged,
        &[
            (
                "news",
                "Last winter a 94-year-old woman from Larkfield fell on her porch, broke her hip and spent three weeks in our swing beds.",
                "Adults over 90 fall more often than any other group; one in three people over 65 falls each year.",
            ),
            (
                "news",
                "Ninety-four and still riding: Edna ranches north of town and came to us after a stroke.",
                "Ninety-four volunteers planted trees at the clinic on Saturday.",
            ),
        ],
    );
}

#[test]
fn newborn_and_dental_care_tell_one_persons_events() {
    let body = "Born at 29 weeks, this little one was transferred to the NICU by our transport team and is now home.";
    let f = with_field("social_caption", "Tiny fighter heads home. #TeamBrantley", body);
    assert!(f.iter().any(|x| x.rule == "phi/name" && x.line == 2), "{:?}", rules(&f));
    let g = with_field("social_caption", "Our transport team, on the road again.", body);
    assert!(!flagged(&g), "{:?}", rules(&g));
    let braces = "She wore her braces for two years and had her palatal expander removed in March.";
    let f = with_field("title", "Congratulations, Nevaeh!", braces);
    assert!(f.iter().any(|x| x.rule == "phi/name"), "{:?}", rules(&f));
}

#[test]
fn ssa_names_that_are_words_stay_words() {
    // "case" and "cash" are SSA names and English words: not names.
    let body = "Case study: a runner in her forties had heel pain for a year; shockwave therapy and calf work helped her.";
    let f = with_field("slug", "plantar-heel-pain-case", body);
    assert!(!flagged(&f), "{:?}", rules(&f));
    assert!(lexicon::is_given("brantley") && lexicon::is_given("nevaeh"));
    assert!(!lexicon::is_given("case") && !lexicon::is_given("cash"));
}

#[test]
fn staff_introduced_on_the_page() {
    check_pairs(
        flagged,
        &[
            (
                "news",
                "Thank you to the neighbours who did CPR: Dana Whitcombe, 47, a nurse at the county jail, is recovering in our ICU.",
                "Congratulations to emergency department nurse Kayla Brandtley, RN, who married Marcus Hale on June 13. Kayla has worked in our ER since 2019 and was the first to finish the trauma course.",
            ),
            (
                "news",
                "Our patient Bev Ostrander finished radiation for breast cancer in June and walks the survivor lap on Saturday.",
                "Radiology tech Bev Ostrander, a breast cancer survivor, walks the survivor lap at Relay for Life on June 6. Bev invites colleagues to join her team.",
            ),
        ],
    );
}

#[test]
fn names_introduced_as_practitioners_anywhere_on_the_site() {
    assert_eq!(
        introduced_names("PRACTITIONER SPOTLIGHT: Holly Mirren - Nutritional Therapist", "Holly will run the sessions."),
        vec!["Holly Mirren".to_string()]
    );
    assert_eq!(introduced_names("Tai Chi", "Tai Chi with Catherine Lowell is a chance to learn."), vec!["Catherine Lowell".to_string()]);
    assert_eq!(introduced_names("Our founder Joanna Hillard's journal", ""), vec!["Joanna Hillard".to_string()]);
    // A patient who holds a job elsewhere is not introduced as staff.
    assert!(introduced_names("", "Mia Torvald, a teacher at Lincoln Elementary, broke her arm and came to us.").is_empty());
    assert!(introduced_names("", "Our patient Jane Okafor had knee surgery.").is_empty());
}

#[test]
fn staff_nicknames_from_their_bio() {
    let n = staff_nicknames("Siobhan Gallagher", "Siobhan (the front desk calls her Shiv) qualified in Dublin.");
    assert_eq!(n, vec!["Shiv Gallagher".to_string()]);
    let n = staff_nicknames("Margaret Haugen", "Margaret \"Maggie\" Haugen has delivered babies for 20 years.");
    assert_eq!(n, vec!["Maggie Haugen".to_string()]);
    assert!(staff_nicknames("Ann Lee", "Ann trained in Leeds and joined us in 2019.").is_empty());
}

#[test]
fn reference_lists_are_authors() {
    let refs = "Gross LS, Li L, Ford ES, Liu S. Increased consumption of refined carbohydrates and type 2 diabetes. Am J Clin Nutr. 2004;79(5):774-9.";
    assert!(!flagged(&run("tips", refs)), "{:?}", rules(&run("tips", refs)));
    let story = "Our patient Lorna Gross had her gallbladder removed last week and is home.";
    assert!(flagged(&run("tips", story)));
}

#[test]
fn professional_endorsements_need_no_patient_authorisation() {
    let endorsement = "Brid's training day for our team of community nurses was practical and engaging; as the head of the service I recommend her workshops.";
    let f = run("testimonials", endorsement);
    assert!(!f.iter().any(|x| x.rule == "consent/missing"), "{:?}", rules(&f));
    let patient = "Brid helped me through my anxiety after my divorce; her sessions gave me my life back.";
    let f = run("testimonials", patient);
    assert!(f.iter().any(|x| x.rule == "consent/missing"), "{:?}", rules(&f));
}
