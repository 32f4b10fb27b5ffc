//! Round 41 of issue 9 (twenty-fourth session): a role an organisation has
//! one of ("the company's finance director", "the only vet in Mansfield",
//! "the bass soloist of the Regina Mundi choir") told with that person's
//! own care needs no time of care to single them out. Each rule has a
//! counterpart; every person and place is fictitious. (The round's other
//! rules are tested beside their code: `third_party`, `staff_patient`,
//! `foreign_story`.)

use super::tests::{assert_caught, assert_clean};

#[test]
fn a_unique_role_with_its_holders_own_care() {
    assert_caught(&[
        "The bass soloist of the Regina Mundi choir had his prostate cancer surgery with Dr Mokoena.\n",
        "We screened the whole office: the company's finance director at Harbourfront Logistics had a 2 cm polyp removed at his colonoscopy.\n",
        "She is the only vet in Mansfield and started her CF modulator last year.\n",
    ]);
    assert_clean(&[
        // A group, a clinician at work, a role without anyone's care.
        "The researchers of Harvard Medical School filmed his sleep study, and he has spoken about his CPAP machine ever since.\n",
        "The only physiotherapist in Mansfield, she finished her masters in 2019 and runs her own treatment room.\n",
        "The chair of the Mansfield Rotary Club said his members raised $4,000 for the new dialysis chairs.\n",
    ]);
}

/// A table whose people column holds initials or names, and whose other
/// headers are results or an age with a date, lists patients even when the
/// prose around it names no care.
#[test]
fn a_table_of_people_with_results() {
    assert_caught(&[
        "Last month's studies:\n\n| Initials | Age | Suburb | Study date | AHI |\n| --- | --- | --- | --- | --- |\n| G.P. | 61 | Glenroy | 05/10/2026 | 48.2 |\n| M.V. | 37 | Brunswick West | 12/10/2026 | 6.1 |\n",
        "A year on:\n\n| Patient | Start CAP (dB/m) | Stiffness (kPa) |\n| --- | --- | --- |\n| T.W.L. (Bedok) | 342 | 6.1 |\n| A.R. (Tampines) | 318 | 5.4 |\n",
    ]);
    assert_clean(&[
        // Staff with roles, and numbers of people by age group.
        "Who is on call:\n\n| Name | Role | Extension |\n| --- | --- | --- |\n| Dr Amara Okafor | GP | 201 |\n",
        "Studies last month:\n\n| Age group | Studies | Average AHI |\n| --- | --- | --- |\n| 30-39 | 12 | 14.2 |\n| 40-49 | 19 | 21.7 |\n",
    ]);
}

/// A reply that tells how the reviewer's relative is doing with a part of
/// their care confirms that relative is a patient; good wishes without
/// care do not.
#[test]
fn a_reply_about_the_reviewers_relatives_care() {
    use super::tests::{assert_replies_confirm, reply};
    assert_replies_confirm(&[
        ("Thanks Colm. We hope your dad's leg is healing well now.", "Colm F."),
        ("Congratulations to your daughter on finishing the program!", "Natalie K"),
    ]);
    for body in [
        "Your mother's kind words about our reception team made our week.",
        "Please pass our best wishes to your mum, and thank you for the flowers.",
    ] {
        let f = reply(body, "Colm F.");
        assert!(!f.iter().any(|f| f.rule.starts_with("reply/")), "{body}: {f:?}");
    }
}

/// A family by its surname, and initials with an age, in a sentence of
/// care; history and a bare mention stay clean.
#[test]
fn a_family_surname_and_initials_with_an_age() {
    assert_caught(&[
        "The Kowalski twins from Fawkner finished egg OIT together last month.\n",
        "J.T., 34, an air stewardess with Singapore Airlines, had her sleeve gastrectomy in March.\n",
    ]);
    assert_clean(&[
        "The Wright brothers flew at Kitty Hawk in 1903 after years of glider tests.\n",
        "The Kowalski twins from Fawkner won the under-10 chess cup last month.\n",
    ]);
}

/// Every name word of a bio's title is its subject's: "PJ" on Dr PJ
/// Botha's own page is him (set AC's bio was flagged for "PJ runs our
/// clinic"). Titles of address and degrees are no name words.
#[test]
fn a_bios_title_names_its_subject() {
    assert_eq!(super::title_names("Dr PJ Botha, MBChB"), ["PJ", "Botha"]);
    assert_eq!(super::title_names("Sister Lindiwe Khumalo (RN)"), ["Lindiwe", "Khumalo"]);
    assert_eq!(super::title_names("Prof. Ana Lucia Ferreira MD FACS"), ["Ana", "Lucia", "Ferreira"]);
}

/// A pet form of a staff member's first name with their surname is them
/// ("Lachie Birtles" is Lachlan Birtles); with another surname it is not.
#[test]
fn a_pet_form_with_the_surname_is_staff() {
    let allow = super::Allowlist::new(&Default::default(), &["Lachlan Birtles".to_string(), "David Okoro".to_string()], &[]);
    assert!(allow.is_staff(&["Lachie", "Birtles"]));
    assert!(allow.is_staff(&["Dave", "Okoro"]));
    assert!(!allow.is_staff(&["Lachie", "Smith"]));
    assert!(!allow.is_staff(&["Lucy", "Birtles"]));
}
