//! Round 29 of issue 9 (sixteenth session): a person singled out by an age
//! beside a condition, a body system or a therapy in the dictionary words
//! a practice writes them in (from the misses of case sets R and T and the
//! eldercare stories of real set 8, all seen). Each rule has a counterpart
//! that must stay as it was; every person is fictitious.

use super::tests::run;

fn names_patient(body: &str) -> bool {
    run("news", body).iter().any(|x| x.rule == "phi/name")
}

/// A first name with an age, and a condition or a ward in plain words.
#[test]
fn an_age_beside_a_condition_in_plain_words() {
    for body in [
        "Sunburn on the shoulders of Corwen, 9, after a day on the sand at Porth Isaf.\n",
        "Our play team with Idris, 7, from the renal clinic, who helped choose the new games.\n",
        "Marta, 6, finished her radiotherapy on Friday and rang the bell with her brother.\n",
        "Devaraj, 81, bed-bound for two years, now lives in our care home on Lake Road.\n",
    ] {
        assert!(names_patient(body), "{body:?}");
    }
}

/// The counterparts: a volunteer who gives to the care, a house number
/// after a comma, a clinician's own children with their pastimes, and an
/// age without any health word.
#[test]
fn givers_house_numbers_and_family_stay_clean() {
    for body in [
        "Our volunteer of the year is Maud Penhallow, 88, who has knitted four hundred caps for the oncology ward.\n",
        "The van stops at Grace Chapel, 88 Hollister Street, where our nurses run the flu clinic.\n",
        "My two daughters, Wren (11) and Tamsin (9), keep me busy with dance and gymnastics.\n",
        "Congratulations to Osian, 17, who won the county chess title this spring.\n",
    ] {
        assert!(!names_patient(body), "{body:?}");
    }
}
