//! Round 48 of issue 9 (twenty-seventh session): mechanisms meant to hold
//! beyond the case sets they came from. A name no list knows, as the
//! subject of a clause; a condition carried by "his"/"her" into the next
//! sentences; a table column of names under any header; a personal number
//! the practice tried to call; a title's brand after its pipe. Every person
//! is fictitious.

use super::tests::{assert_caught, assert_clean, has_rule, rules, run, with_field};

/// A given name the lists lack (Tongan, Somali, Tigrinya…) opening its
/// clause as the subject of a health event is a name; a product, a plant
/// in a list, an eponym or a definition in the same place is not.
#[test]
fn unlisted_names_as_subjects() {
    assert_caught(&[
        "Last Tuesday, Tevita from Room 11, who catches the 33 bus, had an asthma attack in maths.\n",
        "At training on Monday, Kalolaine tore her ACL and is now waiting for surgery.\n",
    ]);
    assert_clean(&[
        "Last Tuesday, a boy from Room 11, who catches the 33 bus, had an asthma attack in maths.\n",
        "Conditions that cause it include lupus, Wegener's granulomatosis and viral infection.\n",
        "The best panel, Biomax 900 is probably the top light therapy device for inflammation.\n",
        "The decoction (Kudzu, Lophatherum and Lotus) is a formula used to treat the common cold and fever.\n",
        "For your gut, Kombucha is a fermented tea that supports gut health.\n",
    ]);
}

/// A first name introduced in one sentence whose own condition the next
/// sentences give through "his"/"her": the paragraph is that child's story.
#[test]
fn condition_carried_by_a_pronoun() {
    assert_caught(&["Isla is six and loves the swings at Kauri Park. Last month her tonsils came out at our clinic.\n"]);
    assert_clean(&[
        "Our swings at Kauri Park are popular with six-year-olds. Last month her tonsils came out, one mother told us.\n",
        // An invented patient, said to be one.
        "Margaret isn't a real person: she's a composite of many women we see. Margaret is 83. Her blood pressure drops when she stands.\n",
    ]);
}

/// A column of full names under any header ("Player"), beside the row's
/// injury, lists patients; a programme's speakers and a study table with
/// its lead clinician do not.
#[test]
fn name_columns_under_any_header() {
    assert_caught(&[
        "Injury update for the selectors:\n\n| Player | Injury | Status |\n| --- | --- | --- |\n| Aidan Corkery | Hamstring strain | Out |\n| Ronan Twomey | Fractured wrist | Out, 4 weeks |\n",
    ]);
    assert_clean(&[
        "Our winter talks:\n\n| Speaker | Topic |\n| --- | --- |\n| Aidan Corkery | Living with diabetes |\n| Ronan Twomey | Asthma in winter |\n",
        "Our studies:\n\n| Study | Condition | Lead |\n| --- | --- | --- |\n| HALO | glaucoma | Dr. Aidan Corkery |\n| KEIKI | myopia | Dr. Ronan Twomey |\n",
    ]);
}

/// A number the practice tried to call is the person's own.
#[test]
fn a_number_we_tried_to_ring() {
    for body in [
        "Siobhán, we tried to ring you on 617-555-0277: please call the front desk to collect your hamper.\n",
        "Mr Ruaidhrí, your aids have been ready since 2 November; we tried calling 617-555-0277 several times.\n",
    ] {
        assert!(has_rule(&run("news", body), "phi/phone"), "{body}");
    }
    let council = "We tried calling the council about the ramp; the roads desk is on 021 555 0100.\n";
    assert!(!has_rule(&run("news", council), "phi/phone"), "{council}");
}

/// "Post | Author" in a title: the name after the pipe signs the page.
#[test]
fn a_titles_brand_after_its_pipe() {
    let body =
        "One of my patients was diagnosed with an anxiety disorder last year and underwent six weeks of breathing practice with me.\n";
    let f = with_field("seoTitle", "Cardiac coherence 365 | Pierre Vasseur", body);
    assert!(!rules(&f).iter().any(|r| r.starts_with("phi/") || r.starts_with("consent/")), "{:?}", rules(&f));
    // Before the pipe a name is still read.
    let f = with_field("seoTitle", "How Pierre Vasseur beat his anxiety disorder | Cardiac coherence", body);
    assert!(has_rule(&f, "phi/name"), "{:?}", rules(&f));
}

/// Round 49. The writer's own relative ("My grandson Ihaia") whose care
/// the next sentences tell ("Dr Park started him on …"); a condition right
/// after "has"/"had"; a staff first name that a school year shows is a
/// pupil; a date of birth written day first; British spellings of
/// medical words.
#[test]
fn writers_relatives_pupils_and_spellings() {
    assert_caught(&[
        "My grandson Ihaia is 9 and plays for the Leopards under-10s. Since Dr Park started him on Concerta he can finally sit through a team talk.\n",
        "My grandson Tane has ADHD and loves the after-school club.\n",
        "Happy birthday to Riley (born 14/10/2010), who turned 16 at the hub yesterday with the team who supported her through her referral for gender-affirming care.\n",
        "My wife Sarah had placenta praevia and spent three weeks in hospital before our son was born.\n",
        // Marcus Bell is staff; this Marcus is in Year 13.
        "The worst was Marcus from the Hillcrest College rugby team, Year 13, who tore his ACL in the final and is waiting for surgery.\n",
    ]);
    assert_clean(&[
        "My grandson Ihaia is 9 and plays for the Leopards under-10s. Since the coach started him on the wing he can finally sit through a team talk.\n",
        "His wife Akosua welcomed their daughter Ama this spring; congratulations to the whole family.\n",
        "Our nurses are here 24/7 for urgent questions about placenta praevia.\n",
    ]);
}

/// A consented story's form reference that names whom it was signed for
/// ("for herself and as parent of Danylo") covers that person too; without
/// it, the son the story names is another patient.
#[test]
fn the_form_names_whom_it_covers() {
    use super::{Authorization, PageInput, check_page};
    let body = "Oksana Lysenko and her son Danylo came to Toronto in 2024. Danylo had asthma attacks every week in the shelter; today his asthma is controlled.\n";
    let run_with = |form: Option<&str>| {
        let a = Authorization {
            id: "AUTH-2026-004".into(),
            form: form.map(str::to_string),
            signed: Some(super::tests::date(2026, 2, 10)),
            expires: Some(super::tests::date(2028, 2, 10)),
            scope: vec!["website".into(), "social".into()],
            covers: ["name", "quote", "condition"].map(String::from).to_vec(),
        };
        let p = PageInput {
            section_kind: "stories",
            body,
            body_line: 8,
            fields: vec![],
            authorization: Some(&a),
            authorization_line: 2,
            review_reply: None,
            channels: super::tests::WEB,
            now: super::tests::date(2026, 6, 1),
        };
        check_page(&p, &super::tests::allow())
    };
    assert!(has_rule(&run_with(None), "phi/name"), "{:?}", rules(&run_with(None)));
    let f = run_with(Some("Story authorisation v3, signed by Oksana for herself and as parent of Danylo"));
    assert!(!has_rule(&f, "phi/name"), "{:?}", rules(&f));
}
