//! Round 22 of issue 9 (eleventh session): from case set N and real-site
//! set 14 after their one scoring run. Each rule has a counterpart that
//! must stay as it was; every person is fictitious.

use super::tests::{flagged, has_rule, rules, run};
use super::*;

/// The care of integrative practices is care: a massage, adjustments, a
/// hearing-aid fitting, "came in … for his shoulder". A clinician "treating
/// her clients" and a dog's training "sessions" are not a patient's.
#[test]
fn integrative_care_is_a_clinical_event() {
    let body =
        "Five hundred Wednesdays! One of them, Mr. Gunnar Ostrowsky, has come almost every week since for his shoulder and his sleep.\n";
    assert!(has_rule(&run("news", body), "phi/name"), "{:?}", rules(&run("news", body)));
    let body = "Huge congratulations to Devin Okafor, who finished the marathon on Sunday, five months after we started treating his Achilles tendinopathy.\n";
    assert!(has_rule(&run("news", body), "phi/name"), "{:?}", rules(&run("news", body)));
    let body = "## Rachel Hollings | PHY0000974390\n\nRachel uses remedial massage and dry needling when treating her clients, and enjoys treating her patients holistically.\n";
    assert!(!flagged(&run("pages", body)), "{:?}", rules(&run("pages", body)));
    let body = "Gus is now a 1 year old puppy and loves his sessions with his socialisers. Gus may one day detect cancer.\n";
    assert!(!flagged(&run("news", body)), "{:?}", rules(&run("news", body)));
}

/// An age over 89 told of the person named right after it ("At 94,
/// Ruth …") is hers, even with the staff member who treats her in the
/// sentence; a staff member's own age stays theirs.
#[test]
fn an_age_before_a_named_person_is_theirs() {
    let body = "At 94, Ruth still walks the six blocks to her Tuesday massage with Kofi.\n";
    assert!(has_rule(&run("news", body), "phi/age"), "{:?}", rules(&run("news", body)));
    let body = "At 91, Dr. Penhallow still teaches our residents.\n";
    assert!(!has_rule(&run("news", body), "phi/age"), "{:?}", rules(&run("news", body)));
}

/// A contraction in a heading ("Don'ts") is no name.
#[test]
fn contractions_are_no_names() {
    let body =
        "# Hearing Aids Do's and Don'ts\n\n<h3><strong>Don'ts</strong></h3>\n\nDon't wear hearing aids in the shower after your fitting.\n";
    assert!(!has_rule(&run("tips", body), "phi/name"), "{:?}", rules(&run("tips", body)));
}

/// A researcher named as the one who led a trial is no patient of it.
#[test]
fn a_trial_led_by_a_researcher() {
    let body = "In the ACHIEVE trial led by Franklin Lindqvist, hearing aids slowed cognitive decline in older adults at risk.\n";
    assert!(!has_rule(&run("tips", body), "phi/name"), "{:?}", rules(&run("tips", body)));
}

/// A letter's valediction and a blockquote's footer sign a patient's words;
/// "Thank you, Dale!" opening a reply signs nothing.
#[test]
fn valedictions_and_quote_footers_sign() {
    let body = "> Dear Dr. Andre, thank you for my new hearing aids. I heard my granddaughter on the phone for the first time in years.\n> Love, Elsie Tormundsen\n";
    assert!(has_rule(&run("news", body), "consent/missing"), "{:?}", rules(&run("news", body)));
    let body = "<blockquote>\n<p>Wanted a sports massage before a triathlon. It helped my sore calf a lot.</p>\n<footer class=\"blockquote-footer\">Emyr Joneson</footer>\n</blockquote>\n";
    assert!(has_rule(&run("testimonials", body), "consent/missing"), "{:?}", rules(&run("testimonials", body)));
    let body = "Thank you, Dale! We pass every kind word on to the whole team, from the front desk to the lab.\n";
    assert!(!has_rule(&run("news", body), "consent/missing"), "{:?}", rules(&run("news", body)));
}

/// A reply to a review that says the reviewer's earmolds are ready, or
/// thanks them for coming in, confirms they are a patient.
#[test]
fn replies_confirming_devices_and_visits() {
    let reply = super::tests::reply;
    assert!(flagged(&reply("Thanks, Stan! Your custom earmolds are in and ready whenever you want to swing by.\n", "Stan P.")));
    assert!(flagged(&reply("Lena, thank you for coming to Wednesday community acupuncture.\n", "Lena K.")));
    assert!(!flagged(&reply("Thank you for the kind words! We pass them on to the whole team.\n", "Lena K.")));
}

/// Numbered quote blocks in front matter (`citation_01` + `author_01`)
/// are featured testimonials; an initial and a surname, or a name followed
/// by the year, still name their writer. A citation of a paper is not.
#[test]
fn numbered_front_matter_quotes_are_testimonials() {
    let fields = |quote: &'static str, author: &'static str| {
        vec![
            Field { key: "title", value: "What is chiropractic?", line: 2, column: 8 },
            Field { key: "extra.citation_01", value: quote, line: 4, column: 16 },
            Field { key: "extra.author_01", value: author, line: 5, column: 14 },
        ]
    };
    let quote = "Heidi has been brilliant and helped me no end. The pain I experience is miles better.";
    for author in ["T. Wrightson", "Mrs L. Russell. 2020"] {
        let f = super::tests::page_of("pages", "Chiropractic is a primary healthcare profession.\n", 8, fields(quote, author));
        assert!(has_rule(&f, "consent/missing"), "{author}: {:?}", rules(&f));
    }
    let paper = "Bronfort G. Effectiveness of manual therapies: the UK evidence report. Chiropr Osteopat 2010.";
    let f = super::tests::page_of("pages", "Chiropractic is a primary healthcare profession.\n", 8, fields(paper, "G. Bronfort"));
    assert!(!has_rule(&f, "consent/missing"), "{:?}", rules(&f));
}
