//! Round 6 of issue 9 (2026-12-02, after sets E and F were written): review
//! replies that confirm a visit or name someone beyond the display name,
//! personal mailboxes, dates of one unnamed person's care, initials tied to
//! an employer, organisations and places that look like names, relatives and
//! diminutives of staff. Each disclosure has a clean counterpart; every
//! person, place and business here is fictitious.

use super::tests::{check_pairs, reply, rules, run, with_field};
use super::*;

fn flagged(f: &[Finding]) -> bool {
    f.iter().any(|x| x.severity == Severity::Error)
}

#[test]
fn replies_that_confirm_a_visit_or_name_someone() {
    let cases = [
        ("Thanks, see you at the six-month check in January!", "Thanks for the kind words; we hope to see you around town."),
        ("Your son did great and the whole team was proud of him.", "Thank you for taking the time to write this review."),
        ("Our night nurses remember you well. Take care!", "Our night nurses will be glad to read this. Take care!"),
        ("Thank you, Tara Lindqvist, for the lovely words.", "Thank you for the lovely words. Please ask for Rosa Kim at the front desk."),
    ];
    let mut bad = Vec::new();
    for (leak, clean) in cases {
        if !flagged(&reply(leak, "BigSkyMom")) {
            bad.push(format!("missed: {leak}"));
        }
        let f = reply(clean, "BigSkyMom");
        if flagged(&f) {
            bad.push(format!("flagged: {clean} {:?}", rules(&f)));
        }
    }
    let f = reply("Thank you, Latasha Renfrow, we appreciate it.", "Tasha R.");
    if !f.iter().any(|x| x.rule == "reply/names-reviewer") {
        bad.push(format!("fuller form of the display name: {:?}", rules(&f)));
    }
    assert!(bad.is_empty(), "{bad:#?}");
}

#[test]
fn personal_mailboxes_beside_one_persons_care() {
    check_pairs(
        flagged,
        &[
            (
                "news",
                "Colm, one of this spring's graduates (he had both shoulders repaired), starts a coffee meet-up. Drop him a line at colm.mcgarrity@mailbox.example.",
                "Our physiotherapists start a coffee meet-up for anyone after shoulder surgery. Write to physio@cedarpoint.example.",
            ),
            (
                "news",
                "The winner had her first filling last month; we sent the prize to the.lindqvist.family@inbox.test.",
                "The colouring contest is open to every child; entries to hello@cedarpoint.example.",
            ),
        ],
    );
}

#[test]
fn dates_of_one_unnamed_persons_care() {
    check_pairs(
        flagged,
        &[
            (
                "news",
                "On the evening of August 14, a 34-year-old hiker was carried in after a rattlesnake bit him; he was admitted overnight.",
                "On August 14 our urgent care team ran a snakebite drill with the county paramedics.",
            ),
            (
                "tips",
                "From our in-service: 41 y/o F, recreational runner. Initial eval 08/14/2026; D/C 10/09/2026, pain-free.",
                "From our in-service: initial evaluations are booked within a week, follow-up visits every two weeks.",
            ),
        ],
    );
}

#[test]
fn initials_tied_to_an_employer() {
    check_pairs(
        flagged,
        &[(
            "news",
            "R.T. has climbed poles for Northfork Electric for nineteen years. In February a fall left him with a fractured scaphoid.",
            "Northfork Electric sponsored our first-aid class in February; thank you to the whole crew.",
        )],
    );
}

#[test]
fn organisations_places_and_relatives_of_staff_are_not_patients() {
    for text in [
        "Member of the Strong Star Training Initiative network of PTSD treatment providers, who treat veterans.",
        "She trained in Karachi and Ann Arbor, with special interests in caries and sedation of anxious patients.",
        "At twelve he wore braces from Professor Lanfranchi's practice, and he still warns every new patient about the first week.",
    ] {
        let f = run("news", text);
        assert!(!flagged(&f), "{text}\n{:?}", rules(&f));
    }
    let bio = "Dr. Bryce Gilmore joined his father David Gilmore in the family practice. After many great years, Dave retired and Bryce treats his former patients.";
    let f = run("pages", bio);
    assert!(!flagged(&f), "{:?}", rules(&f));
}

#[test]
fn a_field_whose_key_says_patient() {
    let body = "Cataract surgery takes about twenty minutes and people go home the same day.";
    let f = with_field("extra.featured_patient", "Lorraine Bjornsen", body);
    assert!(f.iter().any(|x| x.rule == "phi/name" && x.line == 2), "{:?}", rules(&f));
    let g = with_field("extra.featured_procedure", "right-eye cataract surgery", body);
    assert!(!flagged(&g), "{:?}", rules(&g));
}
