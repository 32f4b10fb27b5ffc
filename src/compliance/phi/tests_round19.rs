//! Round 19 of issue 9 (ninth session): from held-out case set K and
//! real-site set 11 after their one scoring run, and from case set J's
//! misses. Each rule has a counterpart that must stay as it was; every
//! person is fictitious.

use super::tests::{WEB, allow, date, rules};
use super::tests_round16::run_in;
use super::*;

fn flagged(f: &[Finding]) -> bool {
    f.iter().any(|x| x.rule == "phi/name" || x.rule == "consent/missing" || x.rule == "phi/age")
}

fn expect(kind: &str, body: &str, want: bool) {
    let f = run_in("en", kind, body);
    assert_eq!(flagged(&f), want, "{body}: {:?}", rules(&f));
}

fn page<'a>(kind: &'a str, body: &'a str, fields: Vec<Field<'a>>, a: Option<&'a Authorization>) -> PageInput<'a> {
    PageInput {
        section_kind: kind,
        body,
        body_line: 9,
        fields,
        authorization: a,
        authorization_line: 4,
        review_reply: None,
        channels: WEB,
        now: date(2026, 11, 27),
    }
}

/// A passport, NHS or health card number after its label is an identifier
/// like a record number; the label alone ("bring your passport") is not.
#[test]
fn passport_and_national_id_numbers_are_identifiers() {
    for body in ["**Passport number:** 5K3829104", "NHS number 485 777 3456 was on the letter.", "Health card: 4821-559-307"] {
        let f = run_in("en", "pages", body);
        assert!(f.iter().any(|x| x.rule == "phi/id-number"), "{body}: {:?}", rules(&f));
    }
    for body in ["Bring your passport and your NHS number to the travel clinic.", "Passport photos take 5 minutes."] {
        let f = run_in("en", "pages", body);
        assert!(!f.iter().any(|x| x.rule == "phi/id-number"), "{body}: {:?}", rules(&f));
    }
}

/// A two-column table of labels and values ("Field | Value") reads "MRN:
/// 77120455", so the record number is found as in prose.
#[test]
fn a_key_value_table_labels_its_values() {
    let body = "| Field | Value |\n| --- | --- |\n| MRN | 77120455 |\n| Diagnosis | pneumonia |\n";
    let f = run_in("en", "tips", body);
    assert!(f.iter().any(|x| x.rule == "phi/record-number"), "{:?}", rules(&f));
    let body = "| Service | Price |\n| --- | --- |\n| Cleaning | 120 |\n| Whitening | 350 |\n";
    assert!(run_in("en", "pages", body).is_empty());
}

/// An occupation in the appositive ("a 24-year-old teacher") does not make
/// the person one who teaches a topic when the clause tells what they had;
/// a procedure noun ("a wide excision") is a clinical event; a test's
/// result told in the next sentence is the named person's.
#[test]
fn appositives_procedures_and_results_tell_a_patient() {
    expect("news", "Megan Kostamo, a 24-year-old teacher from Marten Crossing, had heat stroke at the 10K.", true);
    expect("news", "Jennifer Oduya had a wide excision at the Skin Center in July.", true);
    expect("news", "Philippa Oduya grows berries on her farm. The biopsy showed an early melanoma.", true);
    // A speaker who teaches a topic is still not a patient.
    expect("news", "Megan Kostamo, a diabetes educator from Marten Crossing, will speak on insulin pumps.", false);
    expect("news", "Philippa Oduya grows berries on her farm. The biopsy clinic opens on Monday.", false);
}

/// "Zbigniew Kowalski, 67 lat", "Nguyễn Thị Lan, 72 tuổi": a full name with
/// an age in another language is a story's subject, which the English
/// frames cannot read; a staff member's age is not.
#[test]
fn a_full_name_with_an_age_in_another_language_is_a_subject() {
    for (lang, body) in [
        ("pl", "Pan Zbigniew Kowalski, 67 lat, emerytowany górnik, trafił do nas w maju z udarem mózgu."),
        ("vi", "Bà Nguyễn Thị Lan, 72 tuổi, chủ tiệm nail trên đường Front Street."),
        ("so", "Hambalyo Faadumo Cali, oo 32 jir ah, iyo ninkeeda!"),
    ] {
        assert!(flagged(&run_in(lang, "news", body)), "{body}");
    }
    assert!(!flagged(&run_in("pl", "news", "Pan Zbigniew Kowalski prowadzi zajęcia w każdy wtorek.")));
}

/// "Clarence Teague, 94, who served in Korea in 1952 … came to the hospice
/// house with end-stage heart failure": the old year does not make a
/// present age over 89 history.
#[test]
fn an_age_over_89_beside_care_is_not_history() {
    let body = "This year the ceremony was for Clarence Teague, 94, who served in Korea in 1952 and then spent forty years as a lineman. He came to the hospice house in October with end-stage heart failure.";
    let f = run_in("en", "news", body);
    assert!(f.iter().any(|x| x.rule == "phi/age"), "{:?}", rules(&f));
    let body = "Clarence Teague, 94, served in Korea in 1952 and spent forty years as a lineman.";
    let f = run_in("en", "news", body);
    assert!(!f.iter().any(|x| x.rule == "phi/age" && x.severity == Severity::Error), "{:?}", rules(&f));
}

/// On a testimonial whose authorisation lacks "name", a person only quoted
/// ("…, says Philippa Marchbanks") still names its subject.
#[test]
fn a_quoted_person_on_a_testimonial_needs_name_in_covers() {
    let body = "\"I only stopped at the tent for the sunscreen,\" says Philippa Marchbanks, who grows berries on her farm.";
    let mut a = Authorization {
        id: "A-1".into(),
        form: None,
        signed: Some(date(2026, 6, 18)),
        expires: Some(date(2028, 6, 18)),
        scope: vec!["website".into()],
        covers: vec!["quote".into(), "condition".into()],
    };
    let f = check_page(&page("testimonials", body, vec![], Some(&a)), &allow());
    assert!(f.iter().any(|x| x.rule == "consent/covers"), "{:?}", rules(&f));
    a.covers.push("name".into());
    let f = check_page(&page("testimonials", body, vec![], Some(&a)), &allow());
    assert!(!f.iter().any(|x| x.rule == "consent/covers"), "{:?}", rules(&f));
}

/// A body image whose file name names someone and shows a wound or a
/// before/after is a named patient photo; a named file of a clinic event
/// is not.
#[test]
fn a_named_photo_of_a_wound_is_a_patient_photo() {
    let body = "Keep the blister covered.\n\n![A heel blister on day three](/images/wendell-okamura-heel-blister-day3.png)\n";
    assert!(flagged(&run_in("en", "tips", body)), "{:?}", rules(&run_in("en", "tips", body)));
    let body = "Our booth at the fair.\n\n![The booth](/images/wendell-okamura-health-fair-booth.png)\n";
    assert!(!flagged(&run_in("en", "tips", body)), "{:?}", rules(&run_in("en", "tips", body)));
}

/// Real-site false alarms of set 11: a word the page also writes in lower
/// case ("Mercury-Free Fillings" beside "mercury"), a coined compound
/// ("Baby Bootcamp"), "Love Dr. Li", "I'm Rus", an abbreviation in
/// capitals, a term with its abbreviation ("Hertz (Hz)").
#[test]
fn words_of_real_service_pages_are_no_names() {
    expect(
        "pages",
        "Mercury Free Fillings. We are a mercury-free practice: amalgam is half mercury, and our patients ask for safer fillings.",
        false,
    );
    expect("pages", "Baby Bootcamp. Our baby bootcamp helps newborns and parents after delivery.", false);
    expect("testimonials", "Best acupuncturist! Love Dr. Li and her ability to understand my symptoms.", true);
    let f = run_in("en", "testimonials", "Best acupuncturist! Love Dr. Li and her ability to understand my symptoms.");
    assert!(!f.iter().any(|x| x.rule == "phi/name"), "{:?}", rules(&f));
    expect("team", "Hi I’m Rus! After being a dental assistant for several years I completed the Dental Hygiene program.", false);
    expect("pages", "Hi I’m Rus! After being a dental assistant for several years I completed the Dental Hygiene program.", false);
    // A patient called by a name that is also a word the page writes in
    // lower case, with a surname, is still a name.
    expect("news", "Robin Okafor had knee surgery here in May. A robin nests by our door.", true);
}

/// An e-mail under a credit (`author = { email }`, WordPress exports) is
/// the author's; a clinic department's mailbox on an organisation's domain
/// is the clinic's, even where the site is served from another host.
#[test]
fn credits_and_department_mailboxes_are_no_patients_contacts() {
    assert!(is_credit_key("author.email") && is_credit_key("extra_byline") && !is_credit_key("featured_patient"));
    let a = allow();
    assert!(a.is_allowed_email("audiology@capital-ent.example"));
    assert!(!a.is_allowed_email("audiology@gmail.com"));
    assert!(!a.is_allowed_email("june.harlow@capital-ent.example"));
}

/// Unsigned testimonials under "Here's what some of our members are
/// saying" on an ordinary page: a long first-person account of care is a
/// patient's testimonial; a short compliment or a quote elsewhere is not.
#[test]
fn testimonials_under_a_heading_need_an_authorisation() {
    let story = "\"I found the clinic after my first was born and my midwife helped me see my baby needed a tongue tie revision. \
                 I had chronic issues since high school and the medical care I got was poor, but here I was listened to, my \
                 medication was sorted out and my daughter's feeding problems were finally treated by someone who cared.\"";
    let body = format!("## Here's what some of our members are saying\n\n{story}\n");
    let f = run_in("en", "pages", &body);
    assert!(f.iter().any(|x| x.rule == "consent/missing"), "{:?}", rules(&f));
    let body = "## What our patients say\n\n\"Friendly staff and easy parking. Highly recommended!\"\n";
    assert!(run_in("en", "pages", body).is_empty());
    let body = format!("## Our approach\n\n{story}\n");
    assert!(!run_in("en", "pages", &body).iter().any(|x| x.rule == "consent/missing"));
}
