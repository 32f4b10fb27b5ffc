//! Round 3 of issue 9: cases written from the principles, not from the
//! phrasings the frames were first built on. Each disclosure has a clean
//! counterpart that differs in who the person is or what happens to them.
//! Every person here is fictitious; the practice's staff are Rosa Kim, MD,
//! Dr. Samuel Okafor, Lin Zhao, RN and Marcus Bell (see `tests::allow`).

use super::tests::{WEB, allow, check_pairs, date, reply, rules, run, with_field};
use super::*;

fn flagged(f: &[Finding]) -> bool {
    f.iter().any(|x| x.rule.starts_with("phi/") || x.rule.starts_with("consent/") || x.rule.starts_with("reply/"))
}

/// 1. A person-like name as subject, object or possessor of a health event.
#[test]
fn person_and_health_event() {
    check_pairs(
        flagged,
        &[
            (
                "news",
                "Gloria Alvarez spent three weeks in pain with shingles before she came in.",
                "Gloria Alvarez spent three weeks in Portugal before she came home to Lakeview.",
            ),
            (
                "news",
                "Last winter we sent Desmond Achterberg to the ER with chest pain.",
                "Last winter we sent Desmond Achterberg a thank-you card for the new benches.",
            ),
            (
                "news",
                "Thanks to Raj Pillai for trusting us with his knee replacement.",
                "Thanks to Raj Pillai for donating the new benches in our waiting room.",
            ),
            (
                "news",
                "Wendell Fairweather's MRI showed a torn meniscus.",
                "Wendell Fairweather's bakery showed up with muffins for the staff.",
            ),
            ("news", "Imogen Castellanos finished her chemotherapy in May.", "Imogen Castellanos finished her first marathon in May."),
            (
                "news",
                "We treated Bartholomew Okeke for pneumonia over the holidays.",
                "We hosted Bartholomew Okeke for a talk over the holidays.",
            ),
            (
                "news",
                "Priscilla Vandermolen is home from the ICU and walking again.",
                "Priscilla Vandermolen is home from the Alps and hiking again.",
            ),
            (
                "news",
                "After his stroke in March, Thaddeus Okwuosa relearned to speak with our speech therapist.",
                "In March, Thaddeus Okwuosa read to the children in our waiting room.",
            ),
            (
                "news",
                "Lucinda Marchetti's A1C dropped from 9.1 to 6.4 in a year.",
                "Lucinda Marchetti's pie won first prize at the county fair.",
            ),
            (
                "news",
                "Rest in peace, Horace Delacroix, who died of heart failure at our hospice last week.",
                "Rest in peace, Horace Delacroix, who founded the Lakeview Rotary in 1961.",
            ),
            (
                "news",
                "Zainab Oyelaran was referred to a cardiologist after her stress test.",
                "Zainab Oyelaran was elected to the school board after her campaign.",
            ),
            ("news", "Ferdinand Kowalczyk is recovering well after his bypass.", "Ferdinand Kowalczyk is settling in well after his move."),
            (
                "news",
                "Baby Clementine Ashworth was delivered by our midwives on a snowy night.",
                "Clementine Ashworth painted the mural in our waiting room on a snowy weekend.",
            ),
            (
                "news",
                "Ottoline Brandvold has been on insulin since she was nine.",
                "Ottoline Brandvold has been on the library board since she was thirty.",
            ),
            (
                "news",
                "Augustin Ferreira came in with a swollen ankle. It turned out to be gout.",
                "Augustin Ferreira came in first in the fun run. It turned out to be his tenth win.",
            ),
            (
                "news",
                "Marisol Quintanilla started physical therapy with us after her hip fracture.",
                "Marisol Quintanilla started volunteering with us after her retirement.",
            ),
            ("news", "Cornelius Abernathy's biopsy came back benign.", "Cornelius Abernathy's band came back for a second show."),
            (
                "news",
                "His wife Marta Lindqvist's chemo starts Monday, and the whole team is rooting for her.",
                "His wife Marta Lindqvist's bakery opens Monday, and the whole team is rooting for her.",
            ),
            (
                "news",
                "We discharged Everett Nakashima from our care after eight weeks of rehab.",
                "We thanked Everett Nakashima for eight years on our advisory board.",
            ),
            (
                "news",
                "Saoirse Breathnach's pregnancy was high-risk, and our team saw her every week.",
                "Saoirse Breathnach's garden was lovely, and our team saw it every week on the walk.",
            ),
        ],
    );
}

/// 1b. A first name alone, in the same wording, is the same disclosure. A
/// lone capitalised word is person-like only when it is a known given name
/// (contractions, techniques and headings are capitalised too).
#[test]
fn first_name_and_health_event() {
    check_pairs(
        flagged,
        &[
            ("news", "Last winter we sent Desmond to the ER with chest pain.", "Last winter we sent Desmond to the county spelling bee."),
            ("news", "Thanks to Raj for trusting us with his knee.", "Thanks to Raj for trusting us with his prize-winning pumpkins."),
            ("news", "Big news: Ingrid's scan is clear!", "Big news: Ingrid's bakery is open!"),
            (
                "news",
                "We saw Tobias three times for his asthma this spring.",
                "We saw Tobias three times at the farmers market this spring.",
            ),
            ("news", "Mateo is finally off crutches after his ankle fracture.", "Mateo is finally off to college after his gap year."),
            (
                "news",
                "Yesenia's dialysis schedule moved to mornings, and she is thriving.",
                "Yesenia's choir schedule moved to mornings, and she is thriving.",
            ),
            (
                "news",
                "Leonard has been with us since his diagnosis in 2019. His neuropathy is much better.",
                "Leonard has been with us since our opening in 2019. His coffee is much better than ours.",
            ),
            ("news", "Happy 100th birthday to Winifred, our oldest patient!", "Happy 100th birthday to the Lakeview Library!"),
        ],
    );
}

/// 3. Staff, public figures and history are not patients.
#[test]
fn staff_public_and_history_stay_clean() {
    for (kind, text) in [
        ("news", "Congratulations to our front-desk lead Rosalind Vargas on her wedding in June!"),
        ("news", "Lin Zhao, RN, broke her wrist skiing and is back at work next week."),
        ("news", "Dr. Okafor's husband Tobias ran the Boston Marathon in under four hours."),
        ("news", "Marcus Bell and his wife welcomed a baby girl, Juniper, on March 3."),
        ("news", "Lou Gehrig was diagnosed with ALS in 1939, and the disease still carries his name in the US."),
        ("news", "In 1796 Edward Jenner inoculated James Phipps with cowpox, the first vaccination."),
        (
            "tips",
            "Our book club read \"The Immortal Life of Henrietta Lacks\" this month, about the cells taken during her cancer treatment.",
        ),
        ("news", "Former President Jimmy Carter announced in 2015 that melanoma had spread to his brain."),
    ] {
        let f = run(kind, text);
        assert!(!flagged(&f), "{text}: {:?}", rules(&f));
    }
}

/// 4. Safe Harbor identifiers in a patient frame, and a patient's death notice.
#[test]
fn identifiers_in_a_patient_frame() {
    check_pairs(
        flagged,
        &[
            (
                "news",
                "Our patient who lives at 418 Juniper Lane was discharged after her knee surgery.",
                "Our new clinic at 418 Juniper Lane opens after the summer.",
            ),
            (
                "news",
                "We were saddened by the passing of our longtime patient Evangeline Thorsby.",
                "We were saddened by the passing of Evangeline Thorsby, founder of the Lakeview Garden Club.",
            ),
            (
                "news",
                "Our oldest patient turned 96 this week and still walks to every appointment.",
                "Adults 96 and older are rare, but their numbers are growing.",
            ),
            (
                "news",
                "Our patient drove in from Lakeview in his red pickup, licence plate 8KDW442, for his dialysis.",
                "Parking for dialysis patients is behind the building; show your licence plate number at the gate.",
            ),
            (
                "news",
                "Mr. Abernethy-Cole, our patient since 1998, can be reached by his family at ac.cole@mailbox.example after the surgery.",
                "Questions about surgery? Write to hello@cedarpoint.example.",
            ),
            (
                "news",
                "Our patient was seen on March 14, 2026 for chest pain and admitted the same day.",
                "Our clinic was opened on March 14, 2006 by Dr. Okafor.",
            ),
            (
                "news",
                "One of our patients writes about her recovery at lupusdiary.example/blog.",
                "The Lupus Foundation writes about recovery at lupus.example/blog.",
            ),
        ],
    );
}

/// 5. Review replies confirm nothing about the reviewer.
#[test]
fn review_replies_confirm_nothing() {
    let cases = [
        ("Thanks, Deb! Glad the knee is holding up — see you at your six-month check!", true),
        ("Thank you, Deborah Lindgren, for the kind words.", true),
        ("So happy the new inhaler is working for you, Deb.", true),
        ("Thanks for the kind words, Deb! We'd love to hear more — please call our office manager any time.", false),
    ];
    for (text, want) in cases {
        let f = reply(text, "Deb L.");
        assert_eq!(flagged(&f), want, "{text}: {:?}", rules(&f));
    }
}

/// 6. A valid authorisation for every channel covers its story, dates included.
#[test]
fn authorised_story_is_clean_with_its_dates() {
    let auth = Authorization {
        id: "AUTH-2026-031".into(),
        form: None,
        signed: Some(date(2026, 1, 10)),
        expires: Some(date(2027, 1, 10)),
        scope: vec!["website".into(), "social".into()],
        covers: vec!["name".into(), "quote".into(), "condition".into(), "photo".into()],
    };
    let body = "Our patient Wilhelmina Osterhout was admitted on March 3, 2026 and had her hip replaced the next day. \"I was gardening again by May,\" she says.";
    let page = PageInput {
        section_kind: "testimonials",
        body,
        body_line: 8,
        fields: vec![],
        authorization: Some(&auth),
        authorization_line: 2,
        review_reply: None,
        channels: WEB,
        now: date(2026, 6, 1),
    };
    let f = check_page(&page, &allow());
    assert!(!flagged(&f), "{:?}", f);
    let unauthorised = PageInput { authorization: None, ..page.clone() };
    let f = check_page(&unauthorised, &allow());
    assert!(f.iter().any(|x| x.rule == "phi/date") && f.iter().any(|x| x.rule == "phi/name"), "{:?}", rules(&f));
    // Without "condition" in `covers`, the date of the surgery is not covered.
    let name_only = Authorization { covers: vec!["name".into(), "quote".into()], ..auth.clone() };
    let partial = PageInput { authorization: Some(&name_only), ..page };
    assert!(check_page(&partial, &allow()).iter().any(|x| x.rule == "phi/date"));
}

/// 2. A name in one field, the health events in the body without a name.
#[test]
fn name_in_a_field_events_in_the_body() {
    let story = "One of our patients spent two weeks in the ICU with sepsis this spring. She is home now and walking a mile a day.";
    let plain = "Sepsis is a medical emergency. Know the signs: fever, a racing heart and confusion.";
    for (key, name) in [
        ("title", "Welcome home, Josephine Drummond!"),
        ("description", "Josephine Drummond is home and walking a mile a day."),
        ("image_alt", "Josephine Drummond smiling on her front porch"),
        ("social.caption", "So proud of Josephine Drummond this spring!"),
        ("tags", "josephine-drummond"),
        ("slug", "welcome-home-josephine-drummond"),
        ("image", "josephine-drummond-porch.jpg"),
        ("extra.subtitle", "Josephine Drummond's spring"),
    ] {
        let f = with_field(key, name, story);
        assert!(f.iter().any(|x| x.rule.starts_with("phi/") && x.line == 2), "{key} = {name:?}: {:?}", f);
        let g = with_field(key, name, plain);
        assert!(!g.iter().any(|x| x.rule.starts_with("phi/") && x.line == 2), "{key} clean body flagged: {:?}", g);
    }
}
/// A second batch, written after the frames: the clean side puts the same
/// names beside the same health words as speakers, educators, donors,
/// volunteers and a school.
#[test]
fn second_batch_after_the_frames() {
    check_pairs(
        flagged,
        &[
            (
                "news",
                "Grandpa Ezekiel Moreno got his new hearing aids fitted here last week.",
                "Ezekiel Moreno donated a wheelchair ramp to the hospice.",
            ),
            (
                "news",
                "Congratulations to Dmitri Volkov on five years cancer-free!",
                "Dmitri Volkov will speak on cancer prevention at the library on Tuesday.",
            ),
            (
                "news",
                "Our nurses held Talia Brooks's hand through every infusion.",
                "Talia Brooks, a local yoga teacher, shares stretches for back pain.",
            ),
            ("news", "Esperanza Ruiz came to us after two miscarriages.", "Esperanza Ruiz Elementary hosts our flu shot clinic on Friday."),
            (
                "news",
                "The ambulance took Mariusz Zielinski to St. Luke's after his fall in our lobby.",
                "Read the new guide to knee pain from Mariusz Zielinski at the university.",
            ),
            (
                "news",
                "We'll miss our dear friend and patient Bertrand Okoro, who passed on Sunday.",
                "Volunteers like Bertrand Okoro drive patients to dialysis every week.",
            ),
            (
                "news",
                "Get well soon, Harriet Mbeki! Everyone at the front desk misses you since your hip surgery.",
                "Join Harriet Mbeki, the county's diabetes educator, for a cooking class.",
            ),
        ],
    );
}
