//! Round 23 of issue 9 (twelfth session): from case sets N and O and
//! real-site set 15, all seen. Each rule has a counterpart that must stay
//! as it was; every person is fictitious.

use super::tests::{flagged, has_rule, page_of, rules, run, with_field};
use super::*;

/// An age told with a name, after it or before it, with an everyday health
/// word nearby ("asthma program", "asthma plan", "weight checks") singles
/// out a patient; an age without any health word does not.
#[test]
fn an_age_with_any_health_word_marks_a_patient() {
    let body = "When Dariusz Nowak, 11, joined our asthma program last year, he had been to the ER six times in twelve months.\n";
    assert!(has_rule(&run("news", body), "phi/name"), "{:?}", rules(&run("news", body)));
    let body = "We still see 3-year-old Amara Quist for her asthma plan every month.\n";
    assert!(has_rule(&run("news", body), "phi/name"), "{:?}", rules(&run("news", body)));
    let body = "Congratulations to Dariusz Nowak, 11, who won the county spelling bee on Saturday.\n";
    assert!(!flagged(&run("news", body)), "{:?}", rules(&run("news", body)));
    // A clinician's children with their ages and degrees: "Physiology" is
    // a subject of study, not care.
    let body = "They have 2 children. Joss, 23, a 2013 graduate of Frontier Academy. Kathryn, 21, is completing her junior year, majoring in Integrated Physiology.\n";
    assert!(!flagged(&run("team", body)), "{:?}", rules(&run("team", body)));
}

/// The practice taking someone into its care ("came to us", "whom we saw",
/// "joined our … program") with a health word beside it; a staff member's
/// own move to a town ("came to Spokane for graduate school") is no care.
#[test]
fn taken_into_the_practices_care() {
    let body = "Ezekiel Boateng, whom we saw twice last week for weight checks, is gaining well.\n";
    assert!(has_rule(&run("news", body), "phi/name"), "{:?}", rules(&run("news", body)));
    let body = "Marisol Quintero was born in Guadalajara and came to Spokane for graduate school in counseling.\n";
    assert!(!flagged(&run("team", body)), "{:?}", rules(&run("team", body)));
}

/// "Theo has been on our asthma plan since spring" is a patient on a plan
/// of care, not a colleague "who has been with our practice".
#[test]
fn on_our_plan_is_no_staff_introduction() {
    let body = "Most creative: our little patient Theo, age 4, who came as a nebulizer. Theo has been on our asthma plan since spring.\n";
    assert!(flagged(&run("news", body)), "{:?}", rules(&run("news", body)));
}

/// A fictional character with an age and a diagnosis is no patient.
#[test]
fn a_muppet_is_no_patient() {
    let body = "If your family watches Sesame Street, you may have met Julia, the Muppet. Julia is four, she is autistic, and she loves to sing.\n";
    assert!(!flagged(&run("tips", body)), "{:?}", rules(&run("tips", body)));
}

/// A birth announcement's newborn ("arrived at 12:14 a.m. … weighing 7
/// pounds") is born at the practice; a staff member's own news without a
/// weight stays theirs.
#[test]
fn a_newborns_weight_is_a_birth_here() {
    let body = "The Birth Center rang in 2026 with Elowen Grace Rask, who arrived at 12:14 a.m. on Jan. 1 weighing 7 pounds, 3 ounces.\n";
    assert!(has_rule(&run("news", body), "phi/name"), "{:?}", rules(&run("news", body)));
    let body = "The Birth Center rang in 2026 with a new waiting room, thanks to donor Elowen Rask.\n";
    assert!(!flagged(&run("news", body)), "{:?}", rules(&run("news", body)));
}

/// A patient's hospital room number beside their name; a class held in a
/// one-digit room is no one's bed.
#[test]
fn a_room_number_beside_a_name() {
    let body = "Housekeeper Luis Ortega was cleaning Room 214 on Oct. 3 when he noticed that Mrs. Pearson was slurring her words.\n";
    assert!(flagged(&run("news", body)), "{:?}", rules(&run("news", body)));
    let body = "Join Tamsin Whitcombe for knitting in Room 2 on Tuesdays.\n";
    assert!(!flagged(&run("news", body)), "{:?}", rules(&run("news", body)));
}

/// An age over 89 told in a place of care ("our geriatric unit", "4
/// West") is a patient's; a 92-year-old volunteer's is not.
#[test]
fn an_old_age_in_a_place_of_care() {
    let body = "Happy 100th birthday to Dottie, who celebrated with cake and polka on our geriatric unit this weekend!\n";
    assert!(has_rule(&run("news", body), "phi/age"), "{:?}", rules(&run("news", body)));
    let body = "Happy 100th birthday to Dottie, who celebrated with cake and polka at the Sons of Norway lodge this weekend!\n";
    assert!(!has_rule(&run("news", body), "phi/age"), "{:?}", rules(&run("news", body)));
}

/// A featured testimonial kept in front matter under keys that say what
/// they hold in their last word ("testimonial_name"); a page's own
/// `extra.contact_name` beside no patient's words is no signature.
#[test]
fn a_testimonial_name_key_signs_its_quote() {
    let fields = vec![
        Field { key: "extra.testimonial_name", value: "Eleanor Vasquez", line: 3, column: 10 },
        Field {
            key: "extra.testimonial_text",
            value: "After my cataract surgery I could finally see my grandchildren's faces.",
            line: 3,
            column: 60,
        },
    ];
    let f = page_of("pages", "Most people see better within a day.\n", 5, fields);
    assert!(has_rule(&f, "consent/missing"), "{:?}", rules(&f));
    let fields = vec![Field { key: "extra.contact_name", value: "Eleanor Vasquez", line: 3, column: 10 }];
    let f = page_of("pages", "Most people see better within a day.\n", 5, fields);
    assert!(!flagged(&f), "{:?}", rules(&f));
}

/// "… before and after her gastric sleeve": one person's result photo.
#[test]
fn before_and_after_her_procedure() {
    let f = with_field("image_alt", "Tamara J. before and after her gastric sleeve", "Weight-loss surgery is a tool.\n");
    assert!(flagged(&f), "{:?}", rules(&f));
    let f = with_field("image_alt", "Tamara J. before and after the Harwick Mills 10K", "Our running club.\n");
    assert!(!flagged(&f), "{:?}", rules(&f));
}

/// Ages in Tagalog ("92 taong gulang") and Hmong ("67 xyoo") right after a
/// name describe a person as the other languages' ages do.
#[test]
fn tagalog_and_hmong_ages() {
    assert!(super::frame::aged_foreign(", 92 taong gulang, mula sa Vellum"));
    assert!(super::frame::aged_foreign(", 67 xyoo, los ntawm Ossing Lake"));
    assert!(super::frame::aged_foreign(", muaj hnub nyoog 91 xyoos"));
    assert!(!super::frame::aged_foreign(", 67 Main Street"));
}

/// A child's age with a screening or new glasses; a former nurse who died
/// in the practice's hospice. A staff memorial without care stays clean.
#[test]
fn a_childs_screening_and_a_staff_members_own_hospice_care() {
    let body = "Pair number 300 went to Mateo, 6, a first-grader at Kettle Flats Elementary whose screening in September found he could barely see the board.\n";
    assert!(flagged(&run("news", body)), "{:?}", rules(&run("news", body)));
    let body = "Ingrid Solberg, who served as charge nurse in our Emergency Department from 1979 to 2011, died Nov. 2 in Cedar Hollow Hospice after a long illness.\n";
    assert!(flagged(&run("news", body)), "{:?}", rules(&run("news", body)));
    let body = "Ingrid Solberg, who served as charge nurse in our Emergency Department from 1979 to 2011, retired to Duluth, where she still gardens.\n";
    assert!(!flagged(&run("news", body)), "{:?}", rules(&run("news", body)));
}

/// A review reply hoping "the new lenses" work or sorry for "your son's
/// fall" confirms this reviewer's care; thanks alone does not.
#[test]
fn replies_that_confirm_lenses_or_a_fall() {
    let allow = super::tests::allow();
    for body in [
        "Thank you, Ruthie! We hope the new lenses are giving you sharper sight this winter.\n",
        "We understand how scary your son's fall was.\n",
    ] {
        let f = check_text(body, &allow, true);
        assert!(f.iter().any(|x| x.rule.starts_with("reply/")), "{body}: {:?}", rules(&f));
    }
    let f = check_text("Thank you for your kind words, Ruthie! This fall we are open on Saturdays too.\n", &allow, true);
    assert!(!f.iter().any(|x| x.rule.starts_with("reply/")), "{:?}", rules(&f));
}

/// One patient's care told in Spanish, Portuguese and Polish; the same
/// languages' general advice stays clean.
#[test]
fn one_patients_care_in_other_languages() {
    for body in [
        "¡Feliz cumpleaños a Santiago Ruiz, nacido el 2 de diciembre de 2019 a las 29 semanas!\n",
        "O senhor João Medeiros, motorista reformado, foi diagnosticado com neuropatia diabética.\n",
        "Pan Zdzisław Wrona trafił do nas w marcu, trzy tygodnie po udarze, jako nasz pacjent.\n",
    ] {
        assert!(flagged(&run("news", body)), "{body}: {:?}", rules(&run("news", body)));
    }
    for body in [
        "Los bebés nacidos antes de las 37 semanas necesitan controles de crecimiento.\n",
        "A neuropatia diabética pode ser diagnosticada com um exame simples.\n",
        "Po udarze warto jak najszybciej rozpocząć terapię mowy.\n",
    ] {
        assert!(!flagged(&run("tips", body)), "{body}: {:?}", rules(&run("tips", body)));
    }
}

/// A full name in an image file that shows a treatment or a body part
/// ("cupping-back-tyler-brandt.png"); a staff headshot file stays clean.
#[test]
fn a_named_treatment_photo() {
    let body = "![Round cupping marks across a man's upper back](/images/blog/cupping-back-tyler-brandt.png)\n\nThanks for tagging us.\n";
    assert!(flagged(&run("news", body)), "{:?}", rules(&run("news", body)));
    let body = "![Our new front desk](/images/blog/front-desk-tyler-brandt.png)\n\nCome say hello.\n";
    assert!(!flagged(&run("news", body)), "{:?}", rules(&run("news", body)));
}

/// Polish plurals are the practice's patients in general ("naszym
/// pacjentom"), not one patient.
#[test]
fn polish_plural_patients_are_general() {
    let body = "#### Proces Implantacji\n\nOferujemy naszym pacjentom implanty zębowe. Po operacji należy unikać wysiłku.\n";
    assert!(!flagged(&run("pages", body)), "{:?}", rules(&run("pages", body)));
}
