//! Round 17 of issue 9 (eighth session, driven by held-out set 10 after its
//! one scoring run: French, German and Polish practice sites): other
//! languages' function words and greetings are no names, whatever the
//! site's `language` says; a German compound that ends in an institution
//! word is an organisation; the author of a method the page describes is
//! told about, not treated. Each has a disclosure counterpart; every person
//! is fictitious.

use super::tests::rules;
use super::tests_round16::run_in;

fn name_flagged(f: &[super::Finding]) -> bool {
    f.iter().any(|x| x.rule == "phi/name" || x.rule == "consent/missing")
}

fn expect(language: &str, kind: &str, body: &str, flagged: bool) {
    let f = run_in(language, kind, body);
    assert_eq!(name_flagged(&f), flagged, "{language}: {body}: {:?}", rules(&f));
}

/// German's formal "Sie", greetings and closings, and a chamber's name,
/// in a notice to all patients: no person, in a site marked "en" or "de".
#[test]
fn german_pronouns_greetings_and_chambers_are_no_names() {
    for lang in ["en", "de"] {
        let body = "Ob Sie unser Patient sind oder unser nächstes Teammitglied – wir freuen uns, wenn Sie hier vorbeischauen.";
        expect(lang, "news", body, false);
        let body = "Liebe Freunde, liebe Patienten! Bitte kontaktieren Sie uns vorab telefonisch. Bleiben Sie gesund! \
                    Information der Bayerischen Landeszahnärztekammer für Patienten zum Download.";
        expect(lang, "news", body, false);
    }
    // A patient named in German is still one.
    let body = "Unsere Patientin Henrike Solbach, 54, wurde am 3. Mai nach ihrem Sturz operiert.";
    expect("de", "news", body, true);
}

/// "La méthode Valcourt … les recherches de Sonia Valcourt": the method's
/// author, not a patient, in any language; a patient who shares the name is
/// still one when the text says so.
#[test]
fn the_author_of_a_method_is_told_about() {
    let body = "Épisode 7 : la méthode Valcourt. Les recherches de Sonia Valcourt ont porté sur des techniques douces pour le bien-être du bénéficiaire et la diminution des douleurs dès la première consultation.";
    expect("fr", "tips", body, false);
    let body = "The Valcourt method: Sonia Valcourt's research looked at gentle techniques that ease pain from a client's first session.";
    expect("en", "tips", body, false);
    let body = "Our patient Sonia Valcourt, 61, was admitted on May 3 with a hip fracture and is recovering well.";
    expect("en", "news", body, true);
}

/// Round 18 (after case set J was scored): a given name that is also a
/// word ("Summer", "Hope") described as a person with an age or a local
/// role, in a paragraph about one person's health, is a name; the season
/// and a schedule's weekday are not.
#[test]
fn a_word_that_is_a_given_name_described_as_a_person_is_a_name() {
    let body =
        "Summer, a 19-year-old lifeguard at the Osprey Flat pool, came in with a changing mole. Her biopsy showed an early melanoma.";
    expect("en", "tips", body, true);
    let body = "Hope, a sophomore at Juniper Ford High, kept falling asleep in class. Her sleep study confirmed narcolepsy.";
    expect("en", "tips", body, true);
    let body = "Summer, a busy season at the Osprey Flat pool, brings sunburn: reapply sunscreen every two hours.";
    expect("en", "tips", body, false);
    let body = "| Relapse prevention | Tuesday, 12:00 to 1:00 p.m. | Missoula | staff-led recovery group |";
    expect("en", "tips", body, false);
}

fn reply_rules(text: &str) -> Vec<String> {
    super::check_text(text, &super::tests::allow(), true).into_iter().map(|f| f.rule).filter(|r| r.starts_with("reply/")).collect()
}

/// Replies: the practice's own change on a date, a sentence about everyone,
/// are no one's care; a Spanish reply that names a biopsy is.
#[test]
fn replies_tell_policy_and_changes_not_care() {
    assert!(reply_rules("You're right. Here is what we changed on November 2: two more people answer the phones.").is_empty());
    assert!(!reply_rules("We changed your appointment on November 2.").is_empty());
    assert!(reply_rules("People are seen in order of medical need, so someone with chest pain goes ahead of a sore throat.").is_empty());
    assert!(!reply_rules("Sentimos mucho la demora con la biopsia del lunar de su espalda.").is_empty());
}

fn run_with_description(description: &str, body: &str) -> Vec<super::Finding> {
    let page = super::PageInput {
        section_kind: "tips",
        body,
        body_line: 5,
        fields: vec![super::Field { key: "description", value: description, line: 3, column: 16 }],
        authorization: None,
        authorization_line: 1,
        review_reply: None,
        channels: super::tests::WEB,
        now: super::tests::date(2026, 6, 1),
    };
    super::check_page(&page, &super::tests::allow())
}

/// A page whose front matter says it is about public or historical figures
/// ("talked publicly", "a 1964 record") tells about the full names on it;
/// "our patient" still flags, and a birth year in the description is no
/// history.
#[test]
fn pages_about_public_figures_tell_about_them() {
    let body = "Desmond Achterberg had a sleep study in 2008 and has spoken about his CPAP machine ever since.";
    let f = run_with_description("Athletes who have talked publicly about their sleep apnea.", body);
    assert!(!name_flagged(&f), "{:?}", rules(&f));
    let f = run_with_description("Desmond Achterberg's 1964 record and what sleep loss does.", body);
    assert!(!name_flagged(&f), "{:?}", rules(&f));
    let patient = "Our patient Desmond Achterberg, 52, was admitted on May 3 with a hip fracture and is recovering well.";
    let f = run_with_description("Athletes who have talked publicly about their sleep apnea.", patient);
    assert!(name_flagged(&f), "{:?}", rules(&f));
    let story = "Desmond Achterberg, a retired postman from Lakeview, was admitted on May 3 after a fall and had his hip replaced.";
    let f = run_with_description("Desmond, born 1948, is back on his feet.", story);
    assert!(name_flagged(&f), "{:?}", rules(&f));
}
