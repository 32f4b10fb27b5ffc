//! Round 29 of issue 9 (sixteenth session): a person singled out by an age
//! beside a condition, a body system or a therapy in the dictionary words
//! a practice writes them in (from the misses of case sets R and T and the
//! eldercare stories of real set 8, all seen). Each rule has a counterpart
//! that must stay as it was; every person is fictitious.

use super::Field;
use super::tests::{page_of, rules, run};

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

fn list_dates(kind: &str, items: &[&'static str]) -> usize {
    let fields = items.iter().enumerate().map(|(i, v)| Field { key: "extra:babies", value: v, line: 3 + i, column: 5 }).collect();
    page_of(kind, "Every family we have welcomed.\n", 20, fields).iter().filter(|f| f.rule == "phi/date").count()
}

/// A list of first names each with a full date (a midwife's deliveries,
/// in front matter or in the body) names the people of the practice's
/// care with the day of it: every entry is a finding, rare and wordlike
/// names included once two known given names make it a list of people.
#[test]
fn a_list_of_named_dates() {
    assert_eq!(list_dates("pages", &["Rosalind 3/29/25", "Tobias 6/21/24", "Kaylinne 12/7/24"]), 3);
    let body = "Our babies this year:\n\n- Rosalind, 4 June 2026\n- Tobias, 2 May 2026\n";
    assert_eq!(run("pages", body).iter().filter(|f| f.rule == "phi/date").count(), 2, "{:?}", rules(&run("pages", body)));
    // One entry alone, events with dates, and a team page stay clean.
    assert_eq!(list_dates("pages", &["Rosalind 3/29/25"]), 0);
    assert_eq!(list_dates("pages", &["Open House 3/29/25", "Flu Clinic 10/4/25"]), 0);
    assert_eq!(list_dates("team", &["Rosalind 3/29/25", "Tobias 6/21/24"]), 0);
}
