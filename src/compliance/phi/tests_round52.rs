//! Round 52 of issue 9 (twenty-ninth session, from set AJ's misses, which
//! became a seen set when it was scored): one person described by what
//! sets them apart locally, a date of birth written beside a name without
//! a label, test results as events, and drug brands in an image's name.
//! Every person is fictitious.

use super::tests::{assert_caught, assert_clean, has_rule, rules, run};

/// An age, a one-year title or what someone does at a named place, with
/// their care and its time, single them out; the same words about a
/// public record, a group or history do not.
#[test]
fn a_person_described_by_a_local_distinction() {
    for body in [
        "Three people overdosed Saturday night at the trailer park. One of them was a 17-year-old cheerleader at Maple Ridge High School, who was taken to the hospital.\n",
        "We've seen several cases this month, including this year's homecoming queen, who had to miss the parade and is out of cheer.\n",
        "Last spring the woman who runs the bait shop at the Heron Lake marina came in at thirty-six weeks. We sent her to the hospital, where she had a C-section.\n",
    ] {
        let f = run("news", body);
        assert!(has_rule(&f, "phi/unique-person"), "{body}: {:?}", rules(&f));
    }
    for body in [
        "Louise Brown, born in July 1978, was the world's first baby conceived by IVF; her mother had blocked tubes.\n",
        "This month the teachers at Maple Ridge High School who run the walking club had their blood pressure checked at the fair.\n",
        "A 17-year-old in the United States has a one in five chance of an injury playing football, the study found.\n",
    ] {
        let f = run("news", body);
        assert!(!has_rule(&f, "phi/unique-person"), "{body}: {:?}", rules(&f));
    }
}

/// A whole date of an adult's birth year right after a name, or in
/// brackets after a lone given name, is a date of birth without a label.
#[test]
fn a_date_of_birth_beside_a_name() {
    for body in [
        "Harlan Gene Cornell — 08/30/1961 — ran a shuttle car for twenty-two years before his black lung.\n",
        "This month we welcomed back Kenny (2/9/1990), who was out of treatment for a year. He restarted Suboxone with us.\n",
    ] {
        let f = run("news", body);
        assert!(has_rule(&f, "phi/date"), "{body}: {:?}", rules(&f));
    }
    assert_clean(&["Our building opened on 08/30/1961 and was renovated in 2019.\n"]);
}

/// "positive for fentanyl" and a spirometry result are one person's care.
#[test]
fn test_results_are_events() {
    assert_caught(&[
        "- Nov 3 — Tracy Hoskin — positive for fentanyl\n- Nov 17 — Rhonda Fielder — negative\n",
        "Lonnie Pennock blowing his best FEV1 in three years (62% of predicted) on graduation day.\n",
    ]);
    assert_clean(&["About one in four fentanyl test strips in the county came back positive for xylazine last year.\n"]);
}

/// A drug brand in an image's file name beside a given name and a surname
/// is that person's prescription; a product photo is not.
#[test]
fn a_drug_brand_in_an_image_name() {
    assert_caught(&["![Pens set aside at the counter](/images/ozempic-pens-for-loretta-blevins.png)\n"]);
    assert_clean(&["![Two pens on a counter](/images/ozempic-pens-on-the-counter.png)\n"]);
}

/// Real sites' false alarms mended in round 52: a product review's copied
/// customer reviews, a role mailbox on a legal notice, the second of two
/// doctors under one plural title, a staff member's double given name.
#[test]
fn real_site_false_alarms() {
    let review = "\"The probiotic cleared my skin over two months and my bloating is gone.\"\n\n- Noah\n";
    let product = super::tests::page_of(
        "news",
        review,
        6,
        vec![super::Field { key: "title", value: "Seed Probiotics Review 2026: My Honest Results", line: 2, column: 8 }],
    );
    assert!(!has_rule(&product, "consent/missing"), "{:?}", rules(&product));
    let ours = super::tests::page_of(
        "news",
        review,
        6,
        vec![super::Field { key: "title", value: "Patient Reviews of Our Clinic", line: 2, column: 8 }],
    );
    assert!(has_rule(&ours, "consent/missing"), "{:?}", rules(&ours));
    assert_clean(&[
        "Legal notice. Owner: Angie Salgado, psychologist. Contact: contact.nicodev@gmail.example for questions about this site and your data after treatment.\n",
        "Drs. Edward Hollister and John Ratcliffe offer vivid stories and case histories of patients, and a thorough account of treatment options.\n",
    ]);
    let p = super::PracticeIdentity {
        name: "Laurel Creek Health".into(),
        phones: vec![],
        emails: vec![],
        street: None,
        city: None,
        postal_code: None,
        domain: None,
    };
    let a = super::Allowlist::new(&p, &["Ronnie Joe Halcomb, RRT".to_string()], &[]);
    let f = super::tests::page_allowing(
        "news",
        "Twelve weeks of pulmonary rehab with Ronnie Joe got him walking again after his COPD diagnosis.\n",
        5,
        vec![],
        &a,
    );
    assert!(!f.iter().any(|x| x.rule == "phi/name"), "{:?}", rules(&f));
}

/// A page that says its people are composites or fictitious names no
/// patient, in English or Spanish.
#[test]
fn a_composite_or_fictitious_case() {
    assert_clean(&[
        "*This is a composite: the patients below are made up from many days on the road. None of them is a real person.*\n\n\"Miss Dorothy\" wants her blood pressure checked and her diabetes medication refilled after her surgery.\n",
        "*Este es un caso ficticio. \"Don Chuy\" no es una persona real.*\n\n\"Don Chuy\" tuvo un golpe de calor y fue hospitalizado en julio.\n",
    ]);
}

/// A reply that reminds the reviewer of their device or of a fit that still
/// rubs confirms their care; thanks alone do not.
#[test]
fn replies_that_confirm_a_device() {
    super::tests::assert_replies_confirm(&[
        ("Ronnie says hi, Charlie, and don't forget to bring your concentrator log next time!\n", "Coal Dust Charlie"),
        ("Thank you, Granny Goose! Come see us if the bottom one still rubs; a quick adjustment usually fixes that.\n", "Granny Goose"),
    ]);
    let thanks = super::tests::reply("Thank you, Granny Goose! We're so glad you enjoyed the health fair.\n", "Granny Goose");
    assert!(!thanks.iter().any(|f| f.rule.starts_with("reply/")), "{:?}", rules(&thanks));
}
