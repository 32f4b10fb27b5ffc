//! Round 27 of issue 9 (fourteenth session): from case set T (seen since
//! its one scoring run) and real set 19. Each rule has a counterpart that
//! must stay as it was; every person is fictitious.

use super::Field;
use super::tests::{flagged, page_of, rules, run};

fn names_patient(body: &str) -> bool {
    run("news", body).iter().any(|x| x.rule == "phi/name")
}

/// An age in Welsh, Irish, Polish (in brackets) or Urdu right after a
/// lone first name tells one child's story; a street number does not.
#[test]
fn an_age_in_welsh_irish_polish_or_urdu() {
    use super::frame::aged_foreign;
    for after in [", 6 oed, o Gwm Derw", ", chwe blwydd oed,", " (5 lat) z Thornwick", ", naoi mbliana d'aois, ó Bhaile", "، عمر 8 سال، "]
    {
        assert!(aged_foreign(after), "{after:?}");
    }
    for after in [", 67 Main Street", " (5 lanes)", ", good old days"] {
        assert!(!aged_foreign(after), "{after:?}");
    }
    assert!(names_patient("Zuzia (5 lat) z Thornwick od stycznia przychodzi do nas na leczenie padaczki.\n"));
    assert!(names_patient("Tá Sadhbh, naoi mbliana d'aois, ó Bhaile na Sceach, ag freastal ar ár gclinic.\n"));
}

/// A UK school year is a grade: "Jess, in Year 8 at …, first came to see
/// me … with panic attacks"; "Kacper, Year 9, … through every dialysis
/// session". A year of a programme without care stays clean.
#[test]
fn a_school_year_and_a_clinicians_own_patient() {
    assert!(names_patient(
        "When Jess, in Year 8 at Ysgol Bro Ddu, first came to see me, she had been off for six weeks with panic attacks.\n"
    ));
    assert!(names_patient(
        "This term's award goes to **Kacper, Year 9**, who has kept up his maths through every dialysis session since Easter.\n"
    ));
    assert!(names_patient("Maisie was referred to us by her GP after months of tummy aches.\n"));
    let body = "Our volunteer drivers take patients to dialysis three times a week; Year 9 pupils helped wash the minibus.\n";
    assert!(!flagged(&run("news", body)), "{:?}", rules(&run("news", body)));
}

/// "Access to midwives 24/7" in a page of birth services is no date of care.
#[test]
fn round_the_clock_is_no_date() {
    let text = "Home birth: a midwife at every delivery, postpartum visits and access to midwives 24/7.";
    let f = page_of(
        "pages",
        "She was admitted after her delivery and discharged two days later.\n",
        6,
        vec![Field { key: "extra:text", value: text, line: 3, column: 5 }],
    );
    assert!(!f.iter().any(|x| x.rule == "phi/date"), "{:?}", rules(&f));
    let dated = "A midwife at every delivery, and one delivery on 24/7/2026 we still talk about.";
    let f = page_of(
        "pages",
        "She was admitted after her delivery and discharged two days later.\n",
        6,
        vec![Field { key: "extra:text", value: dated, line: 3, column: 5 }],
    );
    assert!(f.iter().any(|x| x.rule == "phi/date"), "{:?}", rules(&f));
}

/// A nationality or language and a "Key Stage" in a description are no
/// person: "our Key Stage 2 teacher on her own childhood leukaemia".
#[test]
fn a_language_and_a_key_stage_are_no_names() {
    let f = page_of(
        "pages",
        "I was diagnosed with leukaemia when I was nine. A hospital teacher kept me reading.\n",
        6,
        vec![Field {
            key: "description",
            value: "Our Key Stage 2 teacher on her own childhood leukaemia, in Welsh and English.",
            line: 3,
            column: 5,
        }],
    );
    assert!(!f.iter().any(|x| x.rule == "phi/name"), "{:?}", rules(&f));
}

/// Round 28 (real sites, seen): a course title in Italian ("Chirurgia
/// Orale") next to surgical training, and a neighbourhood named like a
/// person ("Royal Bay") in a clinic's service area, are no patients; a
/// patient called by a name that ends in no such word still is.
#[test]
fn a_foreign_discipline_and_a_neighbourhood_are_no_names() {
    let cv = "He completed a master's degree in Chirurgia Orale after four years of surgery in operating rooms.\n";
    assert!(!names_patient(cv), "{:?}", rules(&run("news", cv)));
    let area = "Our clinic is in Colwood, serving Royal Bay and the Westshore, where our patients recover after surgery.\n";
    assert!(!names_patient(area), "{:?}", rules(&run("news", area)));
    assert!(names_patient("Royal Bayliss, 67, recovered after his knee surgery with us.\n"));
}
