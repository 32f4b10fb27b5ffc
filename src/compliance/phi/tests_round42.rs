//! Round 42 of issue 9 (twenty-fifth session): false alarms on the real
//! practice websites (bench/real-sites). Each rule is tested with a
//! counterpart that must still be reported; every person, practice and
//! address is fictitious.

use super::allow::{Allowlist, PracticeIdentity};
use super::tests::{assert_caught, assert_clean, caught, has_rule, rules, run, with_field};
use super::tests_round16::run_in;

/// The person a one-person practice's own mailbox is named after is its
/// own; a role mailbox names nobody.
#[test]
fn the_practice_mailbox_names_its_own_person() {
    let practice = |email: &str| PracticeIdentity { name: "Maison Lune Doula".into(), emails: vec![email.into()], ..Default::default() };
    let a = Allowlist::new(&practice("Danielle@maisonlune.example"), &[], &[]);
    assert!(a.is_staff(&["Danielle"]));
    let b = Allowlist::new(&practice("info@maisonlune.example"), &[], &[]);
    assert!(!b.is_staff(&["Danielle"]) && !b.is_staff(&["info"]));
    // A word mailbox ("lune@") is no given name, so no person either.
    let c = Allowlist::new(&practice("lune@maisonlune.example"), &[], &[]);
    assert!(!c.is_staff(&["Lune"]));
}

/// A licence the practice holds as a business is not a person's.
#[test]
fn the_agencys_own_licence() {
    let f = run("pages", "Harbor Lane Care is a Florida Home Health Agency, License No. 299994622.\n");
    assert!(!has_rule(&f, "phi/licence"), "{:?}", rules(&f));
    let f = run("news", "She read out her license number 48213977 at the front desk.\n");
    assert!(has_rule(&f, "phi/licence"), "{:?}", rules(&f));
}

/// A date a notice was updated dates the notice, even on a page that tells
/// one person's care; the date of that care in the title is still hers.
#[test]
fn a_notice_date_in_the_title() {
    let body = "One of our patients was admitted with COVID-19 pneumonia and spent a week on oxygen before she came home.\n";
    let f = with_field("title", "COVID-19 Statement Updated 6th April 2021", body);
    assert!(!has_rule(&f, "phi/date"), "{:?}", rules(&f));
    let f = with_field("title", "Her COVID-19 admission on 6th April 2021", body);
    assert!(has_rule(&f, "phi/date"), "{:?}", rules(&f));
}

/// "Say ninety-nine" is what a doctor asks for, not an age; an age in
/// words set off by commas after a name still is one.
#[test]
fn say_ninety_nine_is_no_age() {
    assert_clean(&[
        "One day when she was two years old she was playing in a garden. There is also first day at school, getting into braces, say ninety-nine, three-pence for pulling out your tooth yourself.\n",
    ]);
    let f = run("news", "Edna, ninety-one, was admitted with pneumonia last week.\n");
    assert!(has_rule(&f, "phi/age"), "{:?}", rules(&f));
}

/// A title-cased heading inside a quote is a heading, whatever language
/// its words are in; a quote's signature line is still a name.
#[test]
fn a_heading_inside_a_quote() {
    assert_clean(&[
        ">#### Edukacja i Wdrażanie Zdrowych Nawyków\n>Edukacja jest kluczowym elementem naszej praktyki. Uczymy pacjentów o znaczeniu zdrowego stylu życia.\n>\n>#### Everyone Is Different\n>Our approach to the patient is individual.\n",
    ]);
    let f = run(
        "testimonials",
        "> \"Agyamanak unay ken ni Dr. Agustin. Dandanin agbulsek ti kanawan a matak gapu iti diabetes; ita makabasaak manen.\"\n>\n> — Apo Lakay Feliciano Ramil, Kalihi\n",
    );
    assert!(super::tests::guard_flagged(&f), "{:?}", rules(&f));
}

/// On a French site "Son" inside a capitalised title is the possessive;
/// a patient named in French is still one.
#[test]
fn a_french_possessive_in_a_title() {
    let f = run_in(
        "fr",
        "tips",
        "Ressources pour nos patients lombalgiques :\n\n- [Comprendre Son Dos par Éric Vautrin](https://dos.example/) est un site créé par un kiné au sujet des douleurs de dos chroniques.\n",
    );
    assert!(!has_rule(&f, "phi/name"), "{:?}", rules(&f));
    let f = run_in("fr", "news", "Notre patiente Amélie Durandeau a été opérée du dos en mars et remarche depuis avril.\n");
    assert!(has_rule(&f, "phi/name"), "{:?}", rules(&f));
}

/// A dish named with a possessive ("Shepherd's Pie") is food; a person
/// in the same kind of list item is not.
#[test]
fn a_dish_is_no_person() {
    assert_clean(&[
        "Recipes for this time of year:\n\n* Paleo Shepherd’s Pie, made with cauliflower and sweet potato mash instead of potatoes, combining the best of Paleo and Chinese medicine nutrition principles.\n",
    ]);
    assert_caught(&["Our patients this month:\n\n* Marisol Quintero, 54, had her knee replaced on May 3 and walked the next day.\n"]);
}

/// A globally famous person beside a generic "the patient" is told about;
/// "our patient" makes anyone a patient.
#[test]
fn famous_people_beside_a_generic_patient() {
    assert_clean(&[
        "Dementia is on the rise. The condition is unbiased (look at the fantastic Robin Williams and Bruce Willis) despite having genetic links, unbelievably cruel to the patient as well as their family.\n",
    ]);
    assert_caught(&["Our patient Bruce Willis, a retired postman from Lakeview, was admitted on May 3 after a fall.\n"]);
}

/// Authors of works: "the book X by Y", "opinions from Y", "Y's blog".
#[test]
fn authors_of_works() {
    use super::event::{WORK_AFTER, author_of_work};
    assert!(author_of_work("In the book  /blog/book-review-breath/  Breath by "));
    assert!(author_of_work("- 🆓  https://dos.example/  Comprendre Son Dos par "));
    assert!(author_of_work("Moreover, expert opinions, such as that from "));
    assert!(!author_of_work("Her hip was replaced by "));
    assert!(!author_of_work("She was referred by "));
    assert!(WORK_AFTER.is_match(" blog, emphasize build quality") && !WORK_AFTER.is_match(" knee surgery"));
}

/// What a product uses or contains is an ingredient.
#[test]
fn an_ingredient_is_no_person() {
    assert!(!caught(
        "Patients with IBS ask about prebiotics. Seed uses Punicalagins from Indian Pomegranate, a non-fermenting polyphenol prebiotic.\n"
    ));
    assert!(caught("Our patient Punicalagins Okoro, 7, had his tonsils out on May 3.\n"));
}

/// The practice's owner signing his own words is not a testimonial's
/// patient; a signer with a town is.
#[test]
fn the_owner_signs_his_own_words() {
    use super::signatures::person;
    assert_eq!(person("Daryl C., Owner of Harbor Massage Therapy Clinic", false), None);
    assert_eq!(person("Daryl C., Venice, CA", false).as_deref(), Some("Daryl C"));
    // A patient who owns another business still signs as a patient.
    assert_eq!(person("Daryl C., owner of Harbor Bakery", false).as_deref(), Some("Daryl C"));
}

/// "a project called “Swawalabhini”" names a project, not a nickname.
#[test]
fn a_project_so_called() {
    assert_clean(&[
        "Parents are unwilling to send girls to an urban area. In the rural areas marriages are conducted at a very young age.\n\nTo overcome these challenges we have started a project called “Swawalabhini”, in the north Karnataka villages, to train caregivers for our elderly patients.\n",
    ]);
    assert_caught(&["You know “Big Mike”, the crossing guard at Maple Elementary: he had his hip replaced here on May 3.\n"]);
}
