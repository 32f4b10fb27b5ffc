//! Round 44 of issue 9 (twenty-sixth session): Malay and Indian patronymic
//! names, tests and fittings as care events, a relative's own account of
//! their care, and three kinds of staff that real sites of held-out set 21
//! wrote (a role after the practice's possessive, a team card's headshot, a
//! degree). Every person is fictitious.

use super::tests::{assert_caught, assert_clean};

/// "bin", "binti", "s/o" join a name; after an honorific a capitalised
/// word that is also English ("Said") is the surname.
#[test]
fn patronymic_names_and_surnames_that_are_words() {
    assert_caught(&[
        "Last month Encik Salleh bin Jamil had his gallbladder removed at our clinic, and he is recovering well at home.\n",
        "We were glad to see that Mrs Rohani Said had her tonsils out without any bleeding afterwards.\n",
    ]);
    assert_clean(&[
        "Encik Salleh bin Jamil chairs the residents' committee and opened our community health fair this year.\n",
        "Last month one man had his gallbladder removed at our clinic, and he is recovering well at home.\n",
    ]);
}

/// A hearing test, ears checked, a mask fitted on someone: care events of
/// an ENT, audiology or sleep practice, not only of a surgeon's.
#[test]
fn tests_checks_and_fittings_are_care() {
    assert_caught(&[
        "Mary Walsh had a hearing test at our clinic last month and now wears aids in both ears.\n",
        "Mary Walsh had her ears checked at our clinic after the concert.\n",
        "Our technologist is fitting a CPAP mask on Mr John Walsh in the sleep clinic.\n",
    ]);
    assert_clean(&[
        "Mary Walsh passed her driving test last month and drove the team to the fun run.\n",
        "Book a hearing test at our clinic if the television seems too quiet.\n",
    ]);
}

/// A relative named by the writer ("My mother, Mdm …", "My husband
/// Dennis") whose care the next paragraphs tell is the patient.
#[test]
fn a_relatives_own_account_names_the_patient() {
    assert_caught(&[
        "My mother, Mdm Lee Siew Kim, ran a provision shop for forty years. She is 79.\n\nLast March I brought her to Joanne at our hearing centre.\n",
        "My husband Dennis runs the pharmacy on the high street.\n\nLast year his sleep study showed severe sleep apnoea, and our doctor put him on CPAP.\n",
    ]);
    assert_clean(&[
        "My mother, Lee Siew Kim, ran a provision shop for forty years. She taught me to count change before I could read.\n",
        "My husband Dennis runs the pharmacy on the high street, and he bakes the best bread in town.\n",
    ]);
}

/// Staff that real practice sites write without a team page: a role after
/// the practice's own name, a team card's headshot, a degree's name.
#[test]
fn staff_in_cards_roles_and_degrees() {
    assert_clean(&[
        "Cathleen, Hillside’s physiotherapist, has a special interest in facial pain and treats jaw pain with exercises.\n",
        "<div>\n<img src=\"/a.jpg\" alt=\"Aashna's headshot\">\n<h3>Aashna</h3>\n<p>Aashna was introduced to yoga twenty years ago after a back injury took her off the sports field, and yoga became her therapy.</p>\n</div>\n",
        "Scott received his Masters of Science in Physician Assistant Studies in 2017 and spent six years serving patients in Emergency Medicine.\n",
    ]);
    assert_caught(&["Cathleen, a retired teacher, had her knee replaced at our clinic in May and is walking again.\n"]);
}
