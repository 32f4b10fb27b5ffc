//! Round 36 of issue 9 (twenty-second session): the real sites' largest
//! false-alarm clusters (a massage clinic's affiliate roundups, an aged-care
//! blog, French and Spanish pages) and case set AA (an allergy, asthma and
//! sleep clinic in Melbourne, seen after its blind score). Brands' products
//! read as a team's pitcher, a heading's plural, a place made an adjective,
//! a credential after an article, a place's possessive, a link's title run
//! into its text, family-name-first staff; and the misses: the Australian
//! "UR" and a device's "SN", allergy care words, an age with its allergy in
//! brackets, a name with a surname's initial or an honorific in a slug, a
//! tag or an alias. Each rule has a counterpart; every person and number is
//! fictitious.

use super::Field;
use super::tests::{assert_caught, assert_clean, caught, guard_flagged as flagged, page_of, rules};

#[test]
fn products_headings_and_place_adjectives_are_no_patients() {
    assert_clean(&[
        // A brand's product ends in a team role's noun ("pitcher").
        "The Echo Hydrogen Pitcher offers an entry point at $499.\n\nHe previously promoted the Echo Go+, which has since been discontinued and replaced by the Flask.\n",
        "Basics of light therapy: it helps patients heal.\n",
        "Many Victoria-area RMTs specialise in arthritis care and relieve joint pain.\n",
        "The 3-Step Acne-Fighting Probiotic Kit by Phyla includes a probiotic treatment serum to fight acne.\n",
        "I once asked an RD from the United States how often she visited her dad after he was admitted to a care facility.\n",
        "We are conditioned to think that pushing through, taking a breath or changing the sensory tool is the only successful path forward for an anxious child in treatment.\n",
        "Inspite of starting speech therapy early, he was diagnosed at 12.\n",
        "Please tell us if you travelled to a country with large outbreaks of COVID-19 (ex. China, Italy, Iran), or were diagnosed with it.\n",
        "<a href=\"https://shop.example/acupad\" title=\"Acupad\">Acupad</a> eases back pain and sore muscles after treatment.\n",
        "Victoria's Chief Health Officer reminded people with hay fever to see their GP.\n",
        "The minister launched Victoria's new pollen and thunderstorm asthma app on 30 September 2025.\n",
    ]);
    assert_caught(&[
        // The same shapes around a person.
        "Kit Marlowe, 54, had his hip replaced here in March.\n",
        "Victoria's asthma flared last spring, and she was admitted to our ward.\n",
        "Our patient Ms. Flipse had her knee replaced here in May.\n",
    ]);
}

#[test]
fn french_and_spanish_openers_and_spelt_out_abbreviations() {
    let f = page_of(
        "news",
        "Les études sur la TM (*Thérapie Manuelle*) montrent que le patient guérit.\n\nIl est connu pour son abord. Son site contient des articles sur la douleur du patient.\n\nUna vez que lo evaluamos, el paciente recibe su plan de tratamiento.\n",
        5,
        vec![],
    );
    assert!(!flagged(&f), "{:?}", rules(&f));
    assert!(caught("Lucie Arsenault, 44 ans, a été opérée du genou dans notre clinique en mai.\n"));
}

#[test]
fn a_title_pun_and_staff_written_family_name_first() {
    let f = page_of(
        "news",
        "Most crowns last ten years; this one cracked after a fall and needed replacement.\n",
        5,
        vec![Field { key: "title", value: "Crowns: A Royal Pain?", line: 2, column: 8 }],
    );
    assert!(!flagged(&f), "{:?}", rules(&f));
    // "Lin Zhao, RN" is staff in the test allowlist; written family name first.
    assert_clean(&["Lin Zhao runs our food challenge clinic on Saturdays.\n", "Zhao Lin runs our food challenge clinic on Saturdays.\n"]);
    assert!(caught("Zhao Wei, 8, had a food challenge here on Saturday and reacted to cashew.\n"));
}

#[test]
fn australian_labels_and_allergy_care() {
    assert_caught(&[
        "From the clinic note: UR 0047719, seen 14/03/2026, peak flow 320 L/min.\n",
        "His machine (SN 23211583406) was set to 9 cmH2O and used 6.5 hours a night.\n",
    ]);
    assert_clean(&[
        // A label without a value, a supernova-free serial talk, a citation.
        "Bring your Medicare card and your UR number if you have one.\n",
        "As Laennec (4, 5) described, the stethoscope changed chest medicine.\n",
    ]);
}

#[test]
fn names_in_slugs_tags_and_aliases() {
    let body = "Fourteen months ago the first dose of peanut OIT was a crumb. On Saturday she ate twelve peanuts in the clinic.\n";
    for (key, value) in [
        ("slug", "ava r peanut oit graduation 2026"),
        ("tags", "oit, peanut, ava-rossi"),
        ("aliases", "/news/welcome-back-mr-kalogeropoulos-copd/"),
    ] {
        let f = page_of("news", body, 6, vec![Field { key, value, line: 2, column: 8 }]);
        assert!(flagged(&f), "{key}: {:?}", rules(&f));
    }
    // The same page under a plain slug, and a vitamin's letter.
    for (key, value) in [("slug", "peanut oit graduation 2026"), ("slug", "vitamin d and peanut oit dosing")] {
        let f = page_of("news", body, 6, vec![Field { key, value, line: 2, column: 8 }]);
        assert!(!flagged(&f), "{value}: {:?}", rules(&f));
    }
}
