//! Round 26 of issue 9 (fourteenth session): from case set S (seen since
//! its one scoring run) and real set 18. Each rule has a counterpart that
//! must stay as it was; every person is fictitious.

use super::tests::{flagged, rules, run};

fn names_patient(body: &str) -> bool {
    let f = run("news", body);
    f.iter().any(|x| x.rule == "phi/name")
}

/// "with her kidney patient Ambrose Kinlicheenie": a clinician's patient,
/// named; "known for her patient, gentle manner" is a bio's adjective.
#[test]
fn a_clinicians_patient_named() {
    assert!(names_patient("Our dietitian chose squash with her kidney patient Ambrose Kinlicheenie at the food shelf.\n"));
    let body = "Rhea Lomasney is known for her patient, gentle manner with nervous children.\n";
    assert!(!flagged(&run("news", body)), "{:?}", rules(&run("news", body)));
}

/// "the Montoya triplets' mom, whose pre-eclampsia …", "the Sisneros
/// brothers, both on dialysis": a family by its surname (even one that is
/// also a town) with its own care; the Wright brothers' first flight is not.
#[test]
fn a_family_by_its_surname_with_its_care() {
    assert!(names_patient("She keeps the card from the Montoya triplets' mom, whose pre-eclampsia she watched day by day.\n"));
    assert!(names_patient("The judges singled out the Sisneros brothers, both on dialysis for years, now back at work.\n"));
    let body = "The Wright brothers flew at Kitty Hawk in 1903, a story our volunteers love to tell.\n";
    assert!(!flagged(&run("news", body)), "{:?}", rules(&run("news", body)));
}

/// "Mrs. Smith came in for her Depo shot": after Mr/Mrs, a surname that is
/// also a word is the name; "diagnosed with MS. So we …" has no title.
#[test]
fn a_title_and_a_surname_that_is_a_word() {
    assert!(names_patient("Mrs. Smith came in for her Depo shot on Tuesday.\n"));
    let body = "My partner got diagnosed with MS. So we went paleo together.\n";
    assert!(!run("news", body).iter().any(|x| x.rule == "phi/name"), "{:?}", rules(&run("news", body)));
}

/// Named people on a clinician's caseload; past-tense care "we managed".
#[test]
fn a_caseload_and_care_we_managed() {
    assert!(names_patient(
        "You would take over a caseload of sixty, including the Chischilly twins, who have been in weekly counseling.\n"
    ));
    assert!(names_patient("Her caseload includes Marisol Tapia, who started in March.\n"));
    assert!(names_patient("Ana Tsosie had a high-risk pregnancy that we managed from week 12.\n"));
    let body = "Every high-risk pregnancy that we manage gets a care plan, says our director.\n";
    assert!(!flagged(&run("news", body)), "{:?}", rules(&run("news", body)));
}

/// A record that is one named person's, and a stretch of care with us.
#[test]
fn a_named_persons_record_and_care_with_us() {
    assert!(names_patient("A letter with kidney test results for Mr. Tranquilino Apodaca was mailed to the wrong address.\n"));
    assert!(names_patient("Healed heel of Lucinda Platero after six weeks in our wound clinic.\n"));
    let body = "Test results for adults are mailed in five days, says Maria Lopez, our lab manager.\n";
    assert!(!flagged(&run("news", body)), "{:?}", rules(&run("news", body)));
}

/// A page credited to a guest author who writes about "my son Arthur":
/// the writer's own family, unless the page says the practice treats him
/// or the page is a testimonial.
#[test]
fn a_guest_authors_own_child() {
    use super::Field;
    use super::tests::page_of;
    let credit = || vec![Field { key: "extra:author-credit.name", value: "Teslin Joseph", line: 3, column: 9 }];
    let own = "Last year, during a difficult week, my son Arthur wasn't eating well and was diagnosed with ARFID.\n\nArthur and I learned to read his signals together, and that changed me.\n";
    let f = page_of("tips", own, 8, credit());
    assert!(!f.iter().any(|x| x.rule == "phi/name"), "{:?}", rules(&f));
    // Uncredited, the same account names a child with a diagnosis.
    let f = page_of("tips", own, 8, vec![]);
    assert!(f.iter().any(|x| x.rule == "phi/name"), "{:?}", rules(&f));
    let treated = "My son Arthur was diagnosed with apraxia, and our therapists saw him twice a week.\n";
    let f = page_of("tips", treated, 8, credit());
    assert!(f.iter().any(|x| x.rule == "phi/name"), "{:?}", rules(&f));
    let f = page_of("testimonials", own, 8, credit());
    assert!(f.iter().any(|x| x.rule == "phi/name"), "{:?}", rules(&f));
    // Numbered credits are a testimonial list's signatures, not a byline.
    let mut two = credit();
    two.push(Field { key: "extra:author", value: "Mara Quillon", line: 4, column: 9 });
    let f = page_of("tips", own, 8, two);
    assert!(f.iter().any(|x| x.rule == "phi/name"), "{:?}", rules(&f));
    // A page about its credited writer, in the third person, is read as before.
    let about = "Teslin Joseph, a seven-time knee surgery survivor, was admitted again last spring.\n\nShe was discharged after her fourth operation.\n";
    let f = page_of("tips", about, 8, credit());
    assert!(f.iter().any(|x| x.rule == "phi/name"), "{:?}", rules(&f));
}

/// A child the writer calls "my son Arthur" on one of her accounts is hers
/// on her other accounts too ("I tracked Arthur's AAC use"), and only hers.
#[test]
fn a_guest_writers_child_across_her_accounts() {
    use super::tests::allow;
    use super::{Field, PageInput, check_page, guest_children};
    let mut extra = serde_json::Map::new();
    extra.insert("author-credit".into(), serde_json::json!({ "name": "Teslin Joseph", "title": "Parent advocate" }));
    let intro = "Last year my son Arthur wasn't eating well, and I learned to wait. It changed me.\n";
    let (writer, kids) = guest_children(false, &extra, intro).expect("a guest account");
    assert_eq!((writer.as_str(), kids.as_slice()), ("Teslin Joseph", &["Arthur".to_string()][..]));
    assert_eq!(guest_children(true, &extra, intro), None, "a testimonial is no guest account");
    let other = "At the time, I tracked Arthur's AAC use closely after his ARFID diagnosis and his surgery. It helped me, and my family.\n";
    let run = |author: &'static str, allow: &super::Allowlist| {
        let page = PageInput {
            section_kind: "tips",
            body: other,
            body_line: 8,
            fields: vec![Field { key: "extra:author-credit.name", value: author, line: 3, column: 9 }],
            authorization: None,
            authorization_line: 1,
            review_reply: None,
            channels: &["website"],
            now: chrono::NaiveDate::from_ymd_opt(2026, 6, 1).unwrap(),
        };
        check_page(&page, allow).iter().any(|f| f.rule == "phi/name")
    };
    let mut a = allow();
    assert!(run("Teslin Joseph", &a), "before the site knows her son, Arthur reads as a patient");
    a.add_guest_children(&writer, &kids);
    assert!(!run("Teslin Joseph", &a), "her own son on her own account");
    assert!(run("Mara Quillon", &a), "another writer's Arthur is not hers");
}
