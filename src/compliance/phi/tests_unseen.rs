//! Unseen-style cases written the way a compliance reviewer would: realistic
//! practice content that must pass, and disclosures that must be caught.
//! Fictitious people, 555 numbers and `.example` domains only. The staff of
//! the test practice are Rosa Kim, MD, Dr. Samuel Okafor, Lin Zhao, RN and
//! Marcus Bell (see `tests::allow`).

use super::tests::{WEB, allow, date, reply, rules, run};
use super::*;

/// Flagged: at least one phi/consent finding of error or warning.
fn flagged(f: &[Finding]) -> bool {
    f.iter().any(|x| x.rule.starts_with("phi/") || x.rule.starts_with("consent/") || x.rule.starts_with("reply/"))
}

fn check_all(cases: &[(&str, &str)], want: bool) {
    let mut bad = Vec::new();
    for (kind, body) in cases {
        let f = run(kind, body);
        if flagged(&f) != want {
            bad.push(format!(
                "want flag={want} [{kind}] {body}\n   got {:?}\n   {:?}",
                rules(&f),
                f.iter().map(|x| &x.message).collect::<Vec<_>>()
            ));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

const CLEAN: &[(&str, &str)] = &[
    // Staff bios: hometowns, family, languages, education years.
    (
        "team",
        "Dr. Okafor grew up in Accra and moved to Lakeview in 2009 with his wife, Ama, and their two daughters. He speaks English, Twi and conversational French.",
    ),
    ("team", "Lin Zhao, RN, is fluent in Mandarin and American Sign Language and leads our diabetes education classes."),
    ("team", "Marcus Bell joined us in 2015. Outside work he coaches his son's soccer team and volunteers with the Lakeview Food Bank."),
    (
        "team",
        "Rosa Kim, MD, completed her residency at St. Mary's Hospital in 2004 and her fellowship at Riverside Children's Medical Center.",
    ),
    // Community news with dates and a quote from an official.
    (
        "news",
        "Join us for the Lakeview Health Fair on Saturday, September 14, from 9 a.m. to 1 p.m. at Harmon Park. Free blood pressure checks and flu shots for adults 18 and older.",
    ),
    ("news", "\"Vaccines remain our best defense,\" said Mayor Teresa Vollmer at the ribbon cutting on October 2."),
    ("news", "We thank Gideon Sparrow, director of the Lakeview Senior Center, for hosting our fall vaccination clinic on November 8."),
    ("news", "October is Breast Cancer Awareness Month. Women 40 and older should talk with their clinician about a mammogram."),
    ("news", "November is National Diabetes Month, and November 14 is World Diabetes Day."),
    ("news", "Our office will be closed on Monday, January 19, for Martin Luther King Jr. Day and on June 19 for Juneteenth."),
    // Health tips: named diseases, population ages, statistics, drug names.
    (
        "tips",
        "Parkinson's disease affects about 1 in 100 people over 60. Tremor is often the first sign, and his or her doctor may suggest physical therapy.",
    ),
    (
        "tips",
        "Children with Down syndrome are more likely to have heart conditions, so an echocardiogram is recommended in the first weeks of life.",
    ),
    (
        "tips",
        "Crohn's disease and ulcerative colitis are the two main types of inflammatory bowel disease; about 3 million Americans live with one.",
    ),
    ("tips", "Ask us before starting Ozempic, Wegovy or Mounjaro. Common side effects include nausea in the first weeks."),
    ("tips", "Adults aged 90 and older should get the high-dose flu vaccine; people 65 to 89 can choose Fluzone High-Dose or Flublok."),
    ("tips", "Alzheimer's disease is the most common cause of dementia. About 1 in 3 seniors dies with Alzheimer's or another dementia."),
    ("tips", "Lyme disease is spread by deer ticks. Hodgkin lymphoma and Bell's palsy are unrelated conditions named after doctors."),
    // Insurance and billing pages: labels without values.
    (
        "pages",
        "We accept Medicare, Oregon Health Plan (Medicaid), Cigna, Aetna and Regence BlueCross. Bring your member ID card and a photo ID to every visit.",
    ),
    ("pages", "Your account number and claim number are printed on your statement. Never send your Social Security number by e-mail."),
    // Job posting.
    (
        "news",
        "We're hiring a Medical Assistant (full time). Apply by March 31 to jobs@cedarpoint.example or call Marcus Bell at (555) 010-2000. Spanish or Vietnamese a plus.",
    ),
    // Memorial for a retired staff doctor.
    (
        "news",
        "In memoriam: Dr. Harold Fenwick, who founded our practice in 1979, passed away on February 11 at 91. He cared for three generations of Lakeview families.",
    ),
    // A staff milestone and a staff baby.
    ("news", "Congratulations to Lin Zhao, RN, whose daughter was born on April 4! Lin will be back in June."),
    // Places and hospitals.
    ("news", "Dr. Kim now has admitting privileges at St. Mary's Hospital and Mount Sinai West."),
    ("pages", "For after-hours care, go to Lakeview General Hospital at 400 Lake Road or call the nurse line at 555-010-2001."),
    // A generic testimonial-style line in news, no person.
    ("news", "Many of our patients tell us the new evening hours make it easier to keep up with their care."),
    // Book or event names with people.
    ("news", "Rosa Kim will lead a reading of \"The Body Keeps the Score\" at the Lakeview Library on May 20."),
    ("news", "The Ana Ruiz Memorial Scholarship goes to a Lakeview High senior who plans to study nursing."),
    // Title-case headlines of ordinary and medical words.
    ("news", "Coping With Chemotherapy Fatigue: Tips From Our Oncology Nurses"),
    ("tips", "Understanding Hashimoto's Thyroiditis and Graves' Disease"),
    ("news", "Spring Into Wellness With Yoga In The Park"),
    ("pages", "Patient Portal: log in with MyChart to see Test Results and Upcoming Appointments."),
    // New staff, retirements, a staff memorial without "Dr.", officials.
    (
        "news",
        "Welcome Dr. Imani Okoro to our pediatrics team! She completed residency at Lakeview General and loves hiking with her husband, Tunde.",
    ),
    ("news", "Welcome, Hazel Moreno, our new patient coordinator!"),
    ("news", "Happy retirement to Carol Jennings, our front desk manager for 22 years!"),
    ("news", "Retired nurse Betty Olsen, who worked here for 30 years, passed away on May 5 at 93."),
    ("news", "Governor Ellen Park signed the Medicaid expansion bill on April 1."),
    ("news", "Lakeview Rotary Club donated a new EKG machine. Club president Lyle Drummond presented the gift on February 20."),
    ("news", "Thank you, Hazel! Your homemade quilts brighten our infusion room."),
];

const FLAG: &[(&str, &str)] = &[
    // A patient thank-you post naming the patient.
    ("news", "A huge thank-you to Delia Fontaine, who brought cookies to the whole team after finishing her last round of chemotherapy!"),
    // Patient of the month.
    ("news", "Our Patient of the Month is Theo Marchetti, who lost 40 pounds since starting our weight-management program."),
    // Newborn announcement with a birth date.
    ("news", "Welcome to the world, baby Ines Calder! Born March 3 at 7 lb 4 oz, delivered by Dr. Kim."),
    // A 94-year-old patient's birthday.
    ("news", "Happy 94th birthday to Walt Prendergast, one of our longtime patients! We love seeing you at every checkup."),
    // A photo caption.
    ("news", "![Mr. Alvarez after his knee replacement](/images/news/alvarez-knee.jpg)"),
    (
        "news",
        "<figure><img src=\"/images/walk.jpg\" alt=\"\"><figcaption>Mrs. Quinlan back on her feet two weeks after hip surgery</figcaption></figure>",
    ),
    // Member ID, Medicaid number, VIN.
    ("news", "Reminder for Jo: her member ID is HPX-5531-0972."),
    ("pages", "Medicaid # 88214490X, submitted again after the denial."),
    ("news", "The car parked in the handicapped spot (VIN 1HGCM82633A004352) belongs to a patient; please ask them to move it."),
    // A pasted e-mail from a patient with their address.
    (
        "news",
        "From: Rita Gomez <rita.gomez@mail.example>\n\nHi, I live at 55 Orchard Lane and my prescription never arrived after my visit. Please resend it.",
    ),
    // Patient story forms.
    ("news", "After her stroke in May, Yolanda Pierce spent three weeks in rehab. Today she walked a 5K with her grandchildren."),
    ("news", "Kenji Watanabe, 92, came in for his annual physical and still bikes to every appointment."),
    ("news", "Special shout-out to little Mateo, our youngest patient this year, who was born at 26 weeks."),
    ("tips", "Case example: a 97-year-old patient with COPD was admitted on 4/12 and discharged 4/18."),
    ("news", "Baby Oliver arrived on July 4, weighing 8 lb!"),
    ("news", "Congratulations to Evelyn Strand on her 102nd birthday!"),
    ("news", "Mrs. Patel, 95, was seen for a fall on Tuesday, June 3."),
    ("news", "Patient spotlight: Darnell Hughes"),
    ("news", "Mr. Brooks is recovering well after his bypass."),
    ("news", "Pt: Lorraine Becker, DOB 7/14/1931, MRN 0041188, dx CHF."),
];

#[test]
fn unseen_clean_cases() {
    check_all(CLEAN, false);
}

#[test]
fn unseen_flagged_cases() {
    check_all(FLAG, true);
}

#[test]
fn flagged_cases_have_specific_rules() {
    let rule_of = |kind: &str, body: &str, rule: &str| {
        let f = run(kind, body);
        assert!(f.iter().any(|x| x.rule == rule && x.severity == Severity::Error), "{rule} for {body}: {:?}", rules(&f));
    };
    rule_of("news", FLAG[0].1, "phi/name");
    rule_of("news", FLAG[0].1, "consent/missing");
    rule_of("news", FLAG[2].1, "phi/date");
    rule_of("news", FLAG[3].1, "phi/age");
    rule_of("news", FLAG[4].1, "phi/name");
    rule_of("news", FLAG[6].1, "phi/plan-id");
    rule_of("pages", FLAG[7].1, "phi/plan-id");
    rule_of("news", FLAG[8].1, "phi/vehicle");
    rule_of("news", FLAG[9].1, "phi/address");
}

#[test]
fn review_replies() {
    let safe = "Thank you for taking the time to share this, Dee. We take every concern seriously, but privacy rules keep us from discussing anyone's care online. Please call our office manager, Marcus Bell, at (555) 010-2000 so we can talk.";
    assert!(reply(safe, "Dee W.").is_empty(), "{:?}", rules(&reply(safe, "Dee W.")));
    let f = reply("We're sorry, Dee. We reviewed your chart and the delay was caused by your insurance.", "Dee W.");
    assert!(f.iter().any(|x| x.rule == "reply/confirms-patient" && x.severity == Severity::Error), "{:?}", rules(&f));
    let f = reply("Mr. Whitcombe, the bill you received reflects the balance from your March 2 visit.", "Dee W.");
    assert!(f.iter().any(|x| x.rule == "reply/names-reviewer"), "{:?}", rules(&f));
    assert!(f.iter().any(|x| x.rule == "reply/date"), "{:?}", rules(&f));
    let a = allow();
    assert!(check_text("Thank you for the five stars! We're glad you found the team welcoming. - Rosa Kim, MD", &a, true).is_empty());
    assert!(!check_text("As our records show, you cancelled twice.", &a, true).is_empty());
}

#[test]
fn consented_story_in_the_field_names() {
    // The title names the patient; a valid authorisation covers the name.
    let auth = Authorization {
        id: "HIPAA-2026-014".into(),
        form: None,
        signed: Some(date(2026, 2, 1)),
        expires: Some(date(2027, 2, 1)),
        scope: vec!["website".into(), "social".into()],
        covers: ["name", "quote", "condition", "photo"].map(String::from).to_vec(),
    };
    let fields = vec![Field { key: "title", value: "How Bruno Castellane Beat Colon Cancer", line: 2, column: 10 }];
    let mk = |a: Option<&Authorization>, now| {
        let page = PageInput {
            section_kind: "news",
            body: "Our patient Bruno Castellane was diagnosed with colon cancer in 2024 and finished treatment this spring.",
            body_line: 12,
            fields: fields.clone(),
            authorization: a,
            authorization_line: 5,
            review_reply: None,
            channels: WEB,
            now,
        };
        check_page(&page, &allow())
    };
    assert!(mk(Some(&auth), date(2026, 6, 1)).is_empty(), "{:?}", rules(&mk(Some(&auth), date(2026, 6, 1))));
    let f = mk(None, date(2026, 6, 1));
    assert!(f.iter().any(|x| x.rule == "phi/name" && x.line == 2), "title is scanned: {f:#?}");
    assert!(mk(Some(&auth), date(2027, 3, 1)).iter().any(|x| x.rule == "consent/expired"));
}
