//! Round 16 of issue 9 (seventh session, driven by the seen real sites'
//! false alarms): a profile linked beside a name credits an expert or a
//! creator unless a patient cue says the person is a patient; globally
//! famous people (Pantheon 1.0); a scholar's profession or an old year
//! before a name, in the site's language; an occupation after a name is no
//! staff role when the person has the clinical event; "More about Alison"
//! is a bio page whose subject is staff on it; "Mrs. P" and "Coach K", and
//! initials described with "their …" and a course of treatment. Each
//! disclosure has a clean counterpart; every person is fictitious.

use super::tests::{rules, run};

fn url_flagged(kind: &str, body: &str) -> bool {
    run(kind, body).iter().any(|x| x.rule == "phi/url")
}

#[test]
fn a_profile_credits_its_owner_unless_a_patient_cue_says_otherwise() {
    for body in [
        "A free podcast on persistent pain, run by [Odile Marchetti](https://www.instagram.com/odile_marchetti/) and [Ravi Anand](https://www.instagram.com/ravi.anand.dpt/).",
        "For exercise ideas, follow Odile Marchetti ([@odile_marchetti](https://www.instagram.com/odile_marchetti/)), a physiotherapist who explains pain science.",
    ] {
        assert!(!url_flagged("tips", body), "{body}: {:?}", rules(&run("tips", body)));
    }
    // A patient's own profile beside her story is hers.
    let body = "Our patient Odile Marchetti was diagnosed with lupus last spring; she shares her recovery at https://www.instagram.com/odile_marchetti/ every week.";
    assert!(url_flagged("news", body), "{:?}", rules(&run("news", body)));
    // A fundraiser beside a name is for that person's care, cue or not.
    let body = "Please support Ravi Anand at https://www.gofundme.com/f/ravi-anand-recovery if you can.";
    assert!(url_flagged("news", body), "{:?}", rules(&run("news", body)));
}

fn name_flagged(f: &[super::Finding]) -> bool {
    f.iter().any(|x| x.rule == "phi/name")
}

pub(super) fn run_in(language: &str, kind: &str, body: &str) -> Vec<super::Finding> {
    page_in(language, kind, body, vec![])
}

/// One page of `kind` in `language` with front-matter `fields`.
pub(super) fn page_in(language: &str, kind: &str, body: &str, fields: Vec<super::Field<'_>>) -> Vec<super::Finding> {
    let mut allow = super::tests::allow();
    allow.set_language(language);
    let page = super::PageInput {
        section_kind: kind,
        body,
        body_line: 5,
        fields,
        authorization: None,
        authorization_line: 1,
        review_reply: None,
        channels: super::tests::WEB,
        now: super::tests::date(2026, 6, 1),
    };
    super::check_page(&page, &allow)
}

/// Asserts whether a page of `kind` in `language` with `body` names a patient.
fn expect_name(language: &str, kind: &str, body: &str, flagged: bool) {
    let f = run_in(language, kind, body);
    assert_eq!(name_flagged(&f), flagged, "{body}: {:?}", rules(&f));
}

/// A globally famous person (Pantheon 1.0) told about without a strong
/// patient cue is no patient, and neither are later mentions of a part of
/// the name; a patient who shares a famous name is still one when the
/// text says "our patient".
#[test]
fn famous_people_are_told_about_not_treated() {
    let body = "Dementia does not choose: look at Robin Williams and Bruce Willis. Willis’s family spoke publicly about his aphasia.";
    expect_name("en", "tips", body, false);
    let body = "Our patient Bruce Willis, a retired postman from Lakeview, was admitted on May 3 after a fall and is recovering well.";
    expect_name("en", "news", body, true);
}

/// A scholar's or public profession right before a name cites that
/// person, in English and in the other site languages; a historical year
/// in French is history too.
#[test]
fn a_profession_or_a_period_before_a_name_cites_the_person() {
    let en = "Posture charts began with the anatomist Wendel Quarrington, whose drawings of soldiers were said to cure back pain.";
    expect_name("en", "tips", en, false);
    let fr = "Selon l’historien Anselme Vautrin, la mesure de la posture a guéri le mal de dos de toute une génération de soldats.";
    expect_name("fr", "tips", fr, false);
    let fr = "En 1855, Anselme Vautrin a décrit la douleur chronique de ses soldats.";
    expect_name("fr", "tips", fr, false);
    // A neighbour introduced by her job is still the subject of her own surgery.
    let en = "Priscilla Vandermeer, a librarian at Lakeview Elementary, told us about her knee surgery in March and her recovery here.";
    expect_name("en", "news", en, true);
}

/// An occupation after a name does not make a person staff when the
/// clause tells their own clinical event; "our office manager" does.
#[test]
fn an_occupation_is_no_staff_role_when_the_person_has_the_event() {
    let body = "Thank you to Heather Q., a kindergarten teacher at Lakeview Elementary, who shared the story of her stillbirth at 37 weeks and of the care she received here.";
    expect_name("en", "news", body, true);
    let body = "Bea Lundqvist, our office manager, who had a baby girl in May, is back at the front desk.";
    expect_name("en", "news", body, false);
}

/// "More about Alison": a labelled title with a first name alone makes the
/// page the practitioner's bio when the body tells her training.
#[test]
fn a_labelled_first_name_title_is_a_bio() {
    let body = "Alison qualified from Lakeview University in 2004. She worked for nearly 7 years in community clinics.\n\nAlison provides assessment, advice and therapy for children with speech delay.";
    assert!(
        super::staff_intro::bio_subject("More about Alison", body, || super::context::cue_a(body)).is_some(),
        "cue_a={}",
        super::context::cue_a(body)
    );
    let f = super::tests::with_field("title", "More about Alison", body);
    assert!(!name_flagged(&f), "{:?}", rules(&f));
    // Without the label a first name alone is not a bio's title.
    assert!(super::staff_intro::bio_subject("Alison", body, || false).is_none());
}

/// A title or "Coach" with one letter names one person of a town; so do
/// initials described with "their/his/her" and a course of treatment. Staff
/// and clean mentions stay clean.
#[test]
fn letter_names_and_possessive_appositives_in_a_patient_frame() {
    for body in [
        "The Larchmont Hawks have their head coach back. Coach Q underwent rotator cuff repair in September and is coaching again.",
        "Students will be glad to hear that Mrs P, their chemistry teacher, is back. She had triple bypass surgery in June.",
        "Twelve people from the Pellham depot came to watch T.V.R., their night-shift forklift driver, ring the bell after seven weeks of radiation for his cancer.",
    ] {
        expect_name("en", "news", body, true);
    }
    for body in [
        "Coach Q runs our return-to-sport testing on Fridays.",
        "Mrs. Q. Ambrose teaches our first-aid evening class.",
        "Treatment usually means six weeks of radiation, five days a week.",
    ] {
        expect_name("en", "news", body, false);
    }
}

/// A quote on an ordinary page signed "– Patiënt J. de V." or "— patient
/// M.K." is a patient's testimonial under their initials; signed
/// "– Patiënt" alone it is anonymous.
#[test]
fn a_quote_signed_by_a_patient_with_initials_needs_an_authorisation() {
    let signed = |sig: &str| {
        let body = format!("Chronic pain takes time.\n\n\"I learnt to listen to my own body and the therapist built on that.\" {sig}\n");
        run("pages", &body).iter().any(|x| x.rule == "consent/missing")
    };
    assert!(signed("– Patiënt J. de V."));
    assert!(signed("— a patient, M.K."));
    assert!(signed("- Client Tomasz W."));
    assert!(!signed("– Patiënt"));
    assert!(!signed("— an anonymous patient"));
}

/// Reviewers spell the practitioner's name as they hear it: the spellings
/// of one name count together; different names do not.
#[test]
fn spellings_of_one_praised_name_count_together() {
    let reviews: Vec<Vec<String>> =
        [["soumya"], ["sowmya"], ["soumya"]].iter().map(|r| r.iter().map(|n| n.to_string()).collect()).collect();
    assert_eq!(super::praised_in_reviews(&reviews), vec!["soumya".to_string(), "sowmya".to_string()]);
    let reviews: Vec<Vec<String>> = [["maria"], ["mario"], ["marta"]].iter().map(|r| r.iter().map(|n| n.to_string()).collect()).collect();
    assert!(super::praised_in_reviews(&reviews).is_empty());
}
