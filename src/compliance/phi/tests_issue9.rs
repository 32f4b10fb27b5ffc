//! Cases for issue 9: entities resolved before judging, patient frames,
//! everything published scanned, allow entries. Every person here is
//! fictitious; numbers are 555 numbers, domains `.example`.

use super::tests::{WEB, allow, date, rules};
use super::*;

fn flagged(f: &[Finding]) -> bool {
    f.iter().any(|x| x.rule.starts_with("phi/") || x.rule.starts_with("consent/"))
}

/// A surgical practice whose team writes names the Indian and British way.
fn surgeons() -> Allowlist {
    let p = PracticeIdentity {
        name: "Lotus Gastro Surgical Centre (LGSC)".into(),
        phones: vec!["+91 40 5555 0100".into()],
        city: Some("Hyderabad".into()),
        domain: Some("lotus-gastro.example".into()),
        ..PracticeIdentity::default()
    };
    let staff = ["Dr. Priya R. Natarajan, MBBS, MS, MCh", "Kavin Joseph Varghese, FRCS, FIAGES", "Dana Whitcombe, PA-C"].map(String::from);
    Allowlist::new(&p, &staff, &[])
}

fn page<'a>(kind: &'a str, body: &'a str, fields: Vec<Field<'a>>) -> PageInput<'a> {
    PageInput {
        section_kind: kind,
        body,
        body_line: 5,
        fields,
        authorization: None,
        authorization_line: 1,
        review_reply: None,
        channels: WEB,
        now: date(2026, 6, 1),
    }
}

fn run_with(a: &Allowlist, kind: &str, body: &str) -> Vec<Finding> {
    check_page(&page(kind, body, vec![]), a)
}

fn field_run(key: &'static str, value: &'static str, body: &'static str) -> Vec<Finding> {
    check_page(&page("news", body, vec![Field { key, value, line: 2, column: 10 }]), &allow())
}

const STAFF_CLEAN: &[&str] = &[
    "Dr. Natarajan performed over 2,000 laparoscopic surgeries last year.",
    "Dr Natarajan's patients recover quickly after keyhole surgery.",
    "Doctor Natarajan was admitted to the Royal College of Surgeons in 2012.",
    "Priya trained in surgical oncology before she joined us; Priya's research is on pancreatic surgery.",
    "Dr. P. R. Natarajan, MBBS, MS, MCh (PGI Chandigarh), leads the liver transplant programme.",
    "Kavin Varghese, FRCS, FIAGES, underwent advanced training in bariatric surgery in Washington D.C.",
    "Mr. Varghese is a consultant surgeon who treats hernia and gallbladder disease.",
    "Dana Whitcombe, PA-C, assists in surgery and sees post-operative patients.",
    "The LGSC team performed its first robotic Whipple procedure in March.",
    "Lotus Gastro's surgeons underwent training in robotic surgery.",
];

#[test]
fn staff_written_every_way_are_known() {
    let a = surgeons();
    let bad: Vec<String> = STAFF_CLEAN
        .iter()
        .filter(|&t| flagged(&run_with(&a, "team", t)))
        .map(|t| format!("{t}: {:?}", rules(&run_with(&a, "team", t))))
        .collect();
    assert!(bad.is_empty(), "{bad:#?}");
}

const VOCAB_CLEAN: &[&str] = &[
    "## Laparoscopic Cholecystectomy Recovery Guide",
    "**Percutaneous Nephrolithotomy** is used for large kidney stones; recovery takes a week.",
    "Endoscopic Retrograde Cholangiopancreatography (ERCP) was performed on thousands of patients in 2024.",
    "After Roux-en-Y Gastric Bypass most patients are discharged in two days.",
    "Our surgeons trained at AIIMS New Delhi and in Chandigarh before moving to Hyderabad.",
    "Washington D.C. hosts the national surgery conference each spring.",
    "How Do I Know if Physical Therapy Will Help Me?",
    "Patients recovering from Hip Arthroplasty should walk daily.",
];

#[test]
fn places_and_medical_vocabulary_are_not_names() {
    for t in VOCAB_CLEAN {
        let f = run_with(&surgeons(), "tips", t);
        assert!(!flagged(&f), "{t}: {:?}", rules(&f));
    }
}

const FRAMES_FLAGGED: &[&str] = &[
    "Ayesha, a 22-year-old student, underwent a laparoscopic appendectomy the same day.",
    "Meet Tobias (17), who tore his ACL in the county final and is back on the pitch after surgery.",
    "Marisol, 34, a teacher at Brookfield Elementary, had her gallbladder removed here in spring.",
    "Our 9-year-old Kenzie broke her wrist on the monkey bars and is already out of the cast.",
    "Deshawn, who plays for the Riverside Hawks, recovered from a concussion with our rehab team.",
    "Rev. Holloway's sister Imelda, a 70-year-old retiree, was admitted with pneumonia.",
    "Mrs. Quenby back on her feet two weeks after hip surgery.",
    "Gwendolyn Ashworth-Pike underwent a double bypass and went home on Friday.",
    "Bartholomew Ingersoll was treated for a fractured pelvis after the crash.",
];

#[test]
fn first_names_nicknames_and_full_names_in_patient_frames_are_found() {
    for t in FRAMES_FLAGGED {
        let f = run_with(&surgeons(), "news", t);
        assert!(f.iter().any(|x| x.rule == "phi/name" && x.severity == Severity::Error), "{t}: {:?}", rules(&f));
    }
}

const FRAMES_CLEAN: &[&str] = &[
    // A description without a clinical event, an event without a person.
    "Ayesha, a 22-year-old student, won our essay prize on healthy eating.",
    "Tobias, 17, volunteers at the front desk on Saturdays.",
    "A 22-year-old with appendicitis usually needs surgery within a day.",
    "Adults over 65 recover more slowly after hip surgery.",
    // Historical and public figures, population statistics.
    "Florence Nightingale founded modern nursing after the Crimean War.",
    "In 2023, 1 in 5 adults in the county was diagnosed with hypertension.",
    // German without a person: the English frames do not apply, and
    // nobody is singled out.
    "Eine Lehrerin an der Grundschule wurde nach einer Operation entlassen.",
];

/// Round 41 reversed an early decision: "Frau Berger, 34, Lehrerin …" was
/// kept clean because only English frames existed. A title, a surname and
/// an age in a sentence of care single out a patient in any language
/// (`foreign_story`).
#[test]
fn a_person_in_care_in_german_is_found() {
    let t = "Frau Berger, 34, Lehrerin an der Grundschule, wurde nach einer Operation entlassen.";
    let f = run_with(&surgeons(), "news", t);
    assert!(f.iter().any(|x| x.rule == "phi/name" && x.severity == Severity::Error), "{t}: {:?}", rules(&f));
}

#[test]
fn descriptions_or_events_alone_pass() {
    for t in FRAMES_CLEAN {
        let f = run_with(&surgeons(), "news", t);
        assert!(!f.iter().any(|x| x.rule == "phi/name"), "{t}: {:?}", rules(&f));
    }
}

#[test]
fn table_headers_label_their_columns() {
    let t = "| Patient | MRN | DOB |\n| --- | --- | --- |\n| Ines Calloway | 5531907 | 03/14/1951 |\n";
    let f = run_with(&allow(), "news", t);
    assert!(f.iter().any(|x| x.rule == "phi/record-number"), "{:?}", rules(&f));
    assert!(f.iter().any(|x| x.rule == "phi/date"), "{:?}", rules(&f));
    let t = "| Member ID | Plan |\n| --- | --- |\n| ZQK77120455 | Gold |\n";
    assert!(run_with(&allow(), "news", t).iter().any(|x| x.rule == "phi/plan-id"));
    // The finding points at the cell, not the header.
    let f = run_with(&allow(), "news", "| MRN |\n| --- |\n| 5531907 |\n");
    assert_eq!((f[0].line, f[0].rule.as_str()), (7, "phi/record-number"), "{f:?}");
    let clean = "| Service | Price |\n| --- | --- |\n| Flu shot | $25 |\n| Sports physical | $40 |\n";
    assert!(run_with(&allow(), "tips", clean).is_empty());
}

#[test]
fn published_front_matter_and_link_titles_are_scanned() {
    let alt = field_run("image_alt", "Our patient Orla Fenwick after her knee replacement", "A photo from the ward.");
    assert!(alt.iter().any(|x| x.rule == "phi/name" && x.line == 2), "{:?}", rules(&alt));
    let extra = field_run("extra", "Story of our patient Odette Marchbanks, recovering from a stroke", "Text.");
    assert!(extra.iter().any(|x| x.rule == "phi/name"), "{:?}", rules(&extra));
    let title = run_with(&allow(), "news", "[Read more](/news/x/ \"Our patient Ezra Quill was admitted on 3/14/2026\")");
    assert!(title.iter().any(|x| x.rule == "phi/name") && title.iter().any(|x| x.rule == "phi/date"), "{:?}", rules(&title));
    assert!(field_run("image_alt", "A nurse checks a child's blood pressure", "Text.").is_empty());
}

#[test]
fn findings_carry_the_full_text_apart_from_the_message() {
    let f = run_with(&allow(), "news", "Our patient Harriet Vane was diagnosed with lupus. Chart MRN: 5531907.");
    let name = f.iter().find(|x| x.rule == "phi/name").expect("name found");
    assert_eq!(name.subject.as_deref(), Some("Harriet Vane"));
    assert!(!name.message.contains("Harriet") && !name.message.contains("Vane"));
    let mrn = f.iter().find(|x| x.rule == "phi/record-number").expect("record number found");
    assert_eq!(mrn.subject.as_deref(), Some("5531907"));
}

#[test]
fn an_allow_entry_accepts_what_it_names_site_or_page() {
    let body = "Our patient Harriet Vane was diagnosed with lupus.";
    assert!(run_with(&allow(), "news", body).iter().any(|x| x.rule == "phi/name"));
    let page_allow = allow().extended(&["Harriet Vane".to_string()]);
    assert!(!run_with(&page_allow, "news", body).iter().any(|x| x.rule == "phi/name"));
    // Only on that page: the site allowlist is unchanged.
    assert!(run_with(&allow(), "news", body).iter().any(|x| x.rule == "phi/name"));
    // A hard identifier too, when someone decides it is not a patient's.
    let a = allow().extended(&["INV-55310".to_string()]);
    assert!(run_with(&allow(), "news", "Invoice INV-55310 is the county's.").iter().any(|x| x.rule == "phi/record-number"));
    assert!(run_with(&a, "news", "Invoice INV-55310 is the county's.").is_empty());
}

#[test]
fn contacts_outside_a_patient_context_are_silent_inside_are_errors() {
    let a = surgeons();
    let f = run_with(&a, "team", "WhatsApp Dr. Natarajan on +91 98765 55501 for appointments.");
    assert!(f.is_empty(), "{f:?}");
    assert!(run_with(&a, "pages", "Regional health board: info@board.example, 555-014-7700.").is_empty());
    let f = run_with(&a, "news", "Our patient Ines Calloway, recovering from surgery, can be reached at 555-014-7788.");
    assert!(f.iter().any(|x| x.rule == "phi/phone" && x.severity == Severity::Error), "{:?}", rules(&f));
}

#[test]
fn language_setting_turns_english_frames_off() {
    let mut a = surgeons();
    a.set_language("de");
    assert!(!a.english());
    a.set_language("en-GB");
    assert!(a.english());
}
