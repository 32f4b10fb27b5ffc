//! Round 53 of issue 9 (thirtieth session, from set AK's misses, which
//! became a seen set when it was scored): what the earlier rounds' word
//! lists did not generalise to. A description of one person is found by
//! any noun that names a person (WordNet), a South African identity number
//! by its check digit, a name no list knows that splits into two English
//! words is still a name, a courtesy title makes a person with care in the
//! sentence, and a list of named people with care days is a list of
//! patients. Every person is fictitious.

use super::tests::{assert_caught, assert_clean, has_rule, rules, run};

/// A harbour master, a foreman or a goalkeeper of a named place, with the
/// time or their own care, is one person; a nationality, a company's
/// acronym or a named public figure is not.
#[test]
fn a_person_described_by_any_person_noun() {
    for body in [
        "This year's flu hit the harbour hard. Even the Port Alder harbour master came in last week, grey and coughing, and spent four days in hospital with pneumonia. He is back at his desk.\n",
        "The night-shift foreman at Greyrock Stevedores blew 0.09 at the gate in February. He has since finished an outpatient alcohol programme with us.\n",
        "This season our screening ECG picked up hypertrophic cardiomyopathy in the Marlow Girls' High first-team hockey goalkeeper, aged 16. She has been referred to cardiology.\n",
    ] {
        let f = run("news", body);
        assert!(has_rule(&f, "phi/unique-person"), "{body}: {:?}", rules(&f));
    }
    for body in [
        "In March 2000 the American television journalist Kay Dorran had a colonoscopy on live television; she said it was painless.\n",
        "Biscuit, our receptionist's terrier, barks at the UPS driver. Last winter he tore a ligament chasing a squirrel.\n",
        "The modern incarnation of PEMF therapy emerged from research last year; he said the mat helps recovery.\n",
    ] {
        let f = run("news", body);
        assert!(!has_rule(&f, "phi/unique-person"), "{body}: {:?}", rules(&f));
    }
}

/// Thirteen digits with a birth date, a citizenship digit and a right Luhn
/// digit are a South African identity number, in a slug too; the published
/// sample and a wrong check digit are not.
#[test]
fn a_south_african_identity_number() {
    assert_caught(&[
        "Please bring your ID (7305210269086) to the injury-on-duty desk.\n",
        "![A booking form](/images/form-0509170176085.png)\n",
    ]);
    assert_clean(&["An ID number looks like 8001015009087: birth date first.\n", "Order number 7305210269087 shipped on Monday.\n"]);
}

/// A name no list knows is a name even when it splits into two English
/// words ("bong" + "ani"); "Americans" is a nationality's people.
#[test]
fn an_unlisted_name_that_splits_into_words() {
    assert_caught(&["Bongani, 27, tested HIV positive that night and started ARVs with us on Monday.\n"]);
    assert_clean(&["Hearing loss affects 28 million Americans of all ages, and most of them are never screened.\n"]);
}

/// "Mr"/"Mrs"/"Oom" and a surname with care in the sentence is a patient;
/// the same title as the agent of care, or "Master" before a degree, is not.
#[test]
fn a_courtesy_title_with_care_in_the_sentence() {
    assert_caught(&["During the floods Sizwe waded through water to get insulin to Mr Khumalo at his home.\n"]);
    assert_clean(&["Mr Patel operated on the knee and explained every step to the family.\n"]);
}

/// Two entries of a list, each a name, a care word and a day, are patients
/// with the days of their care; a list of events or speakers is not.
#[test]
fn a_list_of_named_people_with_their_care_days() {
    assert_caught(&["Confirmed so far:\n\n- Lerato Mokoena — due 20 February\n- Carmen Jacobs — due 3 March (twins)\n"]);
    assert_clean(&[
        "Coming up:\n\n- Heritage Day — 24 September\n- Prof. Dube — 3 March: talk on twins and prematurity\n",
        "- Nomvula Mkhize — on leave 3 March\n- Pieter du Plessis — on leave 10 March\n",
    ]);
}

/// A reply glad that the reviewer is feeling better confirms their care;
/// one glad they enjoyed an event does not.
#[test]
fn a_reply_glad_you_are_feeling_better() {
    super::tests::assert_replies_confirm(&[(
        "Thank you, Esme! Dr Kabongo was so glad to hear you're feeling better. We look forward to seeing you again.\n",
        "Esme",
    )]);
    let thanks = super::tests::reply("Thank you, Esme! We're so glad you enjoyed the open day.\n", "Esme");
    assert!(!thanks.iter().any(|f| f.rule.starts_with("reply/")), "{:?}", rules(&thanks));
}

/// Titles of Afrikaans and Nguni pages, HIV and TB, and the stems of drugs'
/// international names name one person's care in any language; the same
/// words about no one do not.
#[test]
fn afrikaans_nguni_and_drug_stems_in_other_languages() {
    assert_caught(&[
        "Ouma Bettie Cloete (94) van Woodstock drink steeds elke oggend haar bloeddrukpille.\n",
        "Don Aurelio Chávez ahora recoge su lisinopril y su atorvastatina los sábados.\n",
    ]);
    assert_clean(&[
        "Die wondkliniek is Dinsdae en Donderdae oop. Bring u bloeddrukpille en medikasie saam.\n",
        "La farmacia tiene metformina y lisinopril; abrimos en abril los sábados.\n",
    ]);
}

/// Two unknown capitalised words after "at" or "in" are a hospital or a
/// suburb; after "to" (congratulations to …) they are still a person.
#[test]
fn an_unknown_place_after_at_or_in() {
    assert_clean(&["In 2019 I had a triple bypass at Groote Schuur, and I went back to work six weeks later.\n"]);
    assert_caught(&["Congratulations to Devinder Grewal, who had a stroke in March and completed our neuro-rehab program!\n"]);
}

/// A name addressed about "your results" is found whatever space follows
/// "your" (a no-break space is two bytes: the words are read from there).
#[test]
fn a_vocative_with_a_no_break_space_after_your() {
    assert_caught(&["Nomsa from Langa, we have been trying to reach you about your\u{a0}sputum results.\n"]);
    assert_clean(&["Nomsa from Langa, we loved your\u{a0}choir at the open day.\n"]);
}
