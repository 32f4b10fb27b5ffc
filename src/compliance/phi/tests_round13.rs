//! Round 13 of issue 9 (fifth session, after held-out set I and the real
//! sites of heldout7 were scored once): a staff member's namesake or
//! relative told with an age and a clinical event; a titled non-staff
//! patient; identifiers and contact details beside "who had … replaced";
//! acronyms with digits or a plural; two-word towns in fields. Every person
//! here is fictitious.

use super::tests::{has_rule, page_of, rules, with_field};
use super::*;

#[test]
fn a_staff_members_namesake_with_an_age_and_an_injury_is_a_patient() {
    // "Marcus Bell" is staff; this Marcus is a 16-year-old pitcher.
    let body = "This spring we saw Marcus, a 16-year-old pitcher for the Lakeview High Miners, who felt a pop on a curveball. His MRI showed a partial tear.\n";
    let f = page_of("tips", body, 5, vec![]);
    assert!(has_rule(&f, "phi/name"), "{:?}", rules(&f));
    // The staff member himself, with no age, stays staff.
    let f = page_of("news", "Marcus ran the clinic's fracture workshop after his own wrist surgery last year.\n", 5, vec![]);
    assert!(!has_rule(&f, "phi/name"), "{:?}", rules(&f));
}

#[test]
fn a_clinicians_relative_in_care_with_an_age_is_a_patient_outside_bios() {
    let body = "This month Dr. Okafor fitted his own father, Tobiah Okafor, 81, a retired ferry captain, with his first pair of hearing aids after years of tinnitus and an ear infection.\n";
    let f = page_of("news", body, 5, vec![]);
    assert!(has_rule(&f, "phi/name"), "{:?}", rules(&f));
    // In the clinician's own bio, family with ages stay family.
    let f = page_of("team", "She lives with her husband and their son Tobiah, 12, who had braces last year.\n", 5, vec![]);
    assert!(!has_rule(&f, "phi/name"), "{:?}", rules(&f));
}

#[test]
fn a_title_does_not_make_a_patient_a_clinician_of_the_practice() {
    let body = "Dr. Lionel Vasquez-Pardo, the large-animal veterinarian everyone calls at 2 a.m. in calving season, had both knees replaced here this winter.\n";
    let f = page_of("news", body, 5, vec![]);
    assert!(has_rule(&f, "phi/name"), "{:?}", rules(&f));
    // The practice's own doctor performing the surgery is no patient.
    let f = page_of("news", "Dr. Okafor, our surgeon, replaced both knees of a local rancher this winter.\n", 5, vec![]);
    assert!(!has_rule(&f, "phi/name"), "{:?}", rules(&f));
}

#[test]
fn a_member_id_written_as_entered_is_still_a_plan_id() {
    let body =
        "Last month a patient's claim for her knee MRI was denied because her member ID was entered as W288419071 instead of W28841907.\n";
    let f = page_of("news", body, 5, vec![]);
    assert!(has_rule(&f, "phi/plan-id"), "{:?}", rules(&f));
}

#[test]
fn contact_details_beside_who_had_a_procedure_are_a_patients() {
    let body = "Mr. Delacroix-Byrne, who had both hips replaced here in 2024, has offered to talk with anyone waiting for surgery. Call him at 719-555-0177 in the evenings.\n";
    let f = page_of("news", body, 5, vec![]);
    assert!(has_rule(&f, "phi/phone"), "{:?}", rules(&f));
    let body = "Colette Virelli, who had LASIK at our eye clinic in May, asked us to share her training log. You can write to her at colette.runs@mailbox.example.\n";
    let f = page_of("news", body, 5, vec![]);
    assert!(has_rule(&f, "phi/name") && has_rule(&f, "phi/email"), "{:?}", rules(&f));
}

#[test]
fn chemical_codes_and_plural_acronyms_are_no_names() {
    let body = "* Other ITCs can actually stop growth of cancer cells. Viruses are now believed to be the cause of most colds.\n\
                * Lastly, ITCs from greens are also anti-microbial: they can help fight infections like strep, the culprit in many cases of pneumonia.\n";
    let f = page_of("tips", body, 5, vec![]);
    assert!(!has_rule(&f, "phi/name"), "{:?}", rules(&f));
}

#[test]
fn a_two_word_town_in_a_field_is_no_name() {
    let f = with_field(
        "description",
        "Learn all about my approach to treating fertility at our practice, in Fort Collins. Get pregnant naturally!",
        "Text about fertility care.\n",
    );
    assert!(!has_rule(&f, "phi/name"), "{:?}", rules(&f));
}

#[test]
fn a_quoted_term_of_dictionary_words_is_no_nickname() {
    let body = "Here we treat not “Chronic Fatigue”, but the pattern of imbalance diagnosed in each patient, which shows up as the western diagnosis.\n";
    let f = page_of("tips", body, 5, vec![]);
    assert!(!has_rule(&f, "phi/name"), "{:?}", rules(&f));
    // A nickname with a nickname's prefix still is one.
    let body = "If you've ever dropped a kid off at the Eastside rec center on a Saturday\nmorning you know \"Coach Bear\", the man who has run the junior wrestling\n\
                program there for twenty-two years. Two stents and six weeks of cardiac rehab\nlater, Bear was back on the sideline last weekend, yelling just as loud.\n\
                Dr. Venkataraman says he's allowed to yell, but no more demonstrating takedowns.\n";
    let title = Field { key: "title", value: "Who says you can't coach from a cardiac rehab bike?", line: 2, column: 8 };
    let f = page_of("news", body, 6, vec![title]);
    assert!(has_rule(&f, "phi/name"), "{:?}", rules(&f));
}

#[test]
fn a_determiner_before_a_run_makes_it_a_thing() {
    let body = "According to ancient texts, the Dan Tian is the source of vitality, and treatment for your Chronic Fatigue starts there; patients recovering from illness feel it first.\n";
    let f = page_of("tips", body, 5, vec![]);
    assert!(!has_rule(&f, "phi/name"), "{:?}", rules(&f));
}

#[test]
fn names_introduced_as_a_studys_authors_are_credited() {
    let body = "The study showed that acupuncture released adenosine in mice recovering from surgery. Other authors from Rochester include Qiwen Xuan; medical student Tilda Jenssen; former student Weiran Lu and assistant professors Takeshi Takanori and Kimble Tew.\n";
    let f = page_of("tips", body, 5, vec![]);
    assert!(!has_rule(&f, "phi/name"), "{:?}", rules(&f));
}

#[test]
fn a_name_the_author_says_is_a_stand_in_is_a_pseudonym() {
    let body = "For confidentiality, I'll just call this patient Jan. Jan came to me several months ago with endometriosis: debilitating cramps, and her surgery had not helped.\n";
    let f = page_of("tips", body, 5, vec![]);
    assert!(!has_rule(&f, "phi/name"), "{:?}", rules(&f));
}

#[test]
fn the_word_for_psychologist_in_a_spanish_slug_is_no_name() {
    let f =
        with_field("slug", "autoestima-subir-psicologa-barcelona", "Una paciente fue diagnosticada con ansiedad y recibió tratamiento.\n");
    assert!(!has_rule(&f, "phi/name"), "{:?}", rules(&f));
}

#[test]
fn a_given_name_in_parentheses_after_a_clinicians_surname_is_her_nickname() {
    assert_eq!(
        super::names_pass::staff_nicknames("Wen-Li Takahara", "Dr. Takahara (Wendy, if you ask her) operates on hands."),
        ["Wendy Takahara"]
    );
    // Not every parenthesis holds a name.
    assert!(super::names_pass::staff_nicknames("Wen-Li Takahara", "Dr. Takahara (The Royal College) operates.").is_empty());
}
