//! Round 17 of issue 9 (eighth session, driven by held-out set 10 after its
//! one scoring run: French, German and Polish practice sites): other
//! languages' function words and greetings are no names, whatever the
//! site's `language` says; a German compound that ends in an institution
//! word is an organisation; the author of a method the page describes is
//! told about, not treated. Each has a disclosure counterpart; every person
//! is fictitious.

use super::tests::rules;

fn name_flagged(f: &[super::Finding]) -> bool {
    f.iter().any(|x| x.rule == "phi/name" || x.rule == "consent/missing")
}

fn run_in(language: &str, kind: &str, body: &str) -> Vec<super::Finding> {
    let mut allow = super::tests::allow();
    allow.set_language(language);
    let page = super::PageInput {
        section_kind: kind,
        body,
        body_line: 5,
        fields: vec![],
        authorization: None,
        authorization_line: 1,
        review_reply: None,
        channels: super::tests::WEB,
        now: super::tests::date(2026, 6, 1),
    };
    super::check_page(&page, &allow)
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
