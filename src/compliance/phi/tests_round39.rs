//! Round 39 of issue 9 (twenty-third session): general rules rather than
//! one case set's phrasing. Given names and surnames of 70 locales (the US
//! lists alone know no Siyabonga or Mkhabela), a condition right after
//! "his/her" or a possessive, a stay on a unit, a cheer for the end of a
//! treatment, and a slug or file name that tells the care itself; and the
//! false alarms the wider lists brought on real sites (a brand's "system",
//! a clinician's caption, an artist credited in a description). Each rule
//! has a counterpart; every person is fictitious.

use super::Field;
use super::tests::{assert_caught, assert_clean, guard_flagged as flagged, page_of, rules};

#[test]
fn names_of_other_countries_in_a_patient_frame() {
    assert_caught(&[
        "Siyabonga, in Grade 3 at Dobsonville Primary, had bedwetting and we treated him with an alarm.\n",
        "Abiodun had his kidney stone removed here last month.\n",
    ]);
    assert_clean(&[
        // A world list's name that is a holiday, a brand's system.
        "Ramadan starts next week: talk to us about your insulin doses before you fast.\n",
        "Our surgeons fit the Baha system for single-sided deafness after a hearing test.\n",
    ]);
}

#[test]
fn a_condition_of_ones_own() {
    assert_caught(&[
        "How Jabu Khoza beat his bladder infections, one year on.\n",
        "We are so glad that Siyabonga Dlamini's kidney stones are gone for good.\n",
    ]);
    assert_clean(&[
        "Rachel has a passion for assessing and treating her patients holistically.\n",
        "Sipho Dlamini wrote about kidney stones in the new blog.\n",
    ]);
}

#[test]
fn a_stay_on_a_unit_and_a_cheer_for_the_end_of_treatment() {
    assert_caught(&[
        "Ellie spent six weeks on our neonatal unit in 2012.\n",
        "Thanks to Darren Pike, whose daughter Ellie was on our neonatal unit in 2012, for running the marathon.\n",
        "Congratulations to Emma on finishing chemotherapy!\n",
    ]);
    assert_clean(&[
        // A career on a unit; a cheer for a degree.
        "Amy spent ten years on our neonatal unit before she retired.\n",
        "Congratulations to Emma on finishing her nursing degree!\n",
    ]);
}

#[test]
fn an_identifier_that_tells_the_care() {
    let body = "Ultrasound uses sound waves, not radiation, so it is safe in pregnancy.\n\n![An ultrasound of a kidney with a bright stone](/images/blog/ultrasound-lindani-mkhabela-2026-08-03.png)\n";
    let f = page_of("news", body, 6, vec![]);
    assert!(flagged(&f), "{:?}", rules(&f));
    let f = page_of(
        "news",
        "Bring your questions about kidney stones to the clinic.\n",
        6,
        vec![Field { key: "aliases", value: "/blog/how-we-treated-tebogo-mkhabela-ureteric-stone/", line: 2, column: 8 }],
    );
    assert!(flagged(&f), "{:?}", rules(&f));
    // An eponym, a fast, words and a city that are also names, in a slug
    // over a generic page.
    for value in [
        "osgood-schlatter-disease-in-young-athletes",
        "ramadan-diabetes-and-fasting",
        "cerebrovascular-case-fukushima",
        "best-probiotic-supplements-for-candida",
    ] {
        let f = page_of(
            "news",
            "Growing knees can ache after sport; rest and ice help.\n",
            6,
            vec![Field { key: "slug", value, line: 2, column: 8 }],
        );
        assert!(!flagged(&f), "{value}: {:?}", f.iter().map(|x| x.message.clone()).collect::<Vec<_>>());
    }
}

#[test]
fn captions_credits_and_accents_in_fields() {
    let story = "After discharge from hospital because of surgery or illness, you may not be ready to go home.\n";
    let cases = [
        // A clinician's caption; an artist credited in a description.
        ("alt", "Séance d'ostéopathie avec Thibaud Colombel - Ostéopathe D.O."),
        ("description", "Soumya Lakshmi"),
    ];
    for (key, value) in cases {
        let f = page_of("news", story, 6, vec![Field { key, value, line: 2, column: 8 }]);
        assert!(!flagged(&f), "{key}: {:?}", rules(&f));
    }
    // A slug without the accent of the name the body already judged.
    let body = "Congratulations to our therapist and her husband, who welcomed their son Oisín Hume on October 3.\n";
    let f = page_of("news", body, 6, vec![Field { key: "slug", value: "welcome-baby-oisin", line: 2, column: 8 }]);
    assert!(!f.iter().any(|x| x.message.contains("in `slug`")), "{:?}", rules(&f));
}
