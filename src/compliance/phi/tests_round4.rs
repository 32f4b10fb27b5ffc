//! Round 4 of issue 9: the general gaps — cross-field disclosures,
//! identifiers of one patient without a surname, indirect identification
//! through a relative or a unique local role, review replies that confirm a
//! relationship without care words, and authorisations whose `covers`
//! omits what the story discloses. Each disclosure has a clean counterpart;
//! every person, place and business here is fictitious.

use super::tests::{WEB, allow, check_pairs, date, reply, rules, run, with_field};
use super::*;

/// Any error of the guard.
fn flagged(f: &[Finding]) -> bool {
    f.iter().any(|x| x.severity == Severity::Error)
}

/// (key, flagged value, clean value, body): the finding must be on the field.
fn field_pairs(cases: &[(&'static str, &str, &str, &str)]) {
    let mut bad = Vec::new();
    for (key, leak, clean, body) in cases {
        let f = with_field(key, leak, body);
        if !f.iter().any(|x| x.severity == Severity::Error && x.line == 2) {
            bad.push(format!("want field finding {key}={leak:?} / {body}\n   got {:?}", rules(&f)));
        }
        let g = with_field(key, clean, body);
        if flagged(&g) {
            bad.push(format!("want clean {key}={clean:?} / {body}\n   got {:?}", rules(&g)));
        }
    }
    assert!(bad.is_empty(), "{} wrong:\n{}", bad.len(), bad.join("\n"));
}

const ACL: &str =
    "This young athlete tore her ACL in March. After reconstruction surgery and five months of rehab she is back on the pitch.";
const CHEMO: &str = "She was diagnosed with breast cancer at 41 and finished chemotherapy this spring.";
const ICU: &str = "One of our patients spent two weeks in the ICU with pneumonia last winter. He is home now.";
const HEART: &str = "He had open-heart surgery at six months old and turned two last week.";

/// 1. A person-like name in a field while the page tells one person's care.
#[test]
fn cross_field_names() {
    field_pairs(&[
        ("title", "Congratulations, Marisol!", "Congratulations to our athletes!", ACL),
        ("title", "Welcome back, Tobias", "Welcome back, winter", ICU),
        ("description", "Meet Harriet", "Meet a survivor", CHEMO),
        ("image_alt", "Ezra blowing out two candles", "Two candles on a cake", HEART),
        ("image_alt", "Odalys Ferreira in her team kit", "A player in her team kit", ACL),
        ("social_caption", "So proud of Ezra!", "So proud of our cardiac team!", HEART),
        ("social_hashtags", "#TeamNoor #recovery", "#recovery #teamwork", CHEMO),
        ("tags", "marisol-quintero", "sports-injuries", ACL),
        ("slug", "tobias-story", "pneumonia-story", ICU),
        ("image", "/img/harriet-lindqvist.jpg", "/img/pink-ribbon.jpg", CHEMO),
        ("extra.patient", "Bram", "our cardiac team", HEART),
    ]);
}

/// 1 (reverse). An anonymous story with identifiers in the front matter.
#[test]
fn cross_field_identifiers() {
    field_pairs(&[
        (
            "description",
            "A 93-year-old from Millbrook Crossing",
            "Hip fractures in older adults",
            "She was admitted with a hip fracture and went home after ten days.",
        ),
        ("extra.surgery_date", "2026-03-14", "spring 2026", "Our patient had his gallbladder removed and went home the same day."),
        ("extra:surgery_date", "2026-03-14", "spring 2026", "Our patient had his gallbladder removed and went home the same day."),
        (
            "extra.contact",
            "dot.renner@mailbox.example",
            "hello@cedarpoint.example",
            "After her second knee surgery she is walking without a cane.",
        ),
        (
            "image_alt",
            "Celebrating her 97th birthday",
            "Celebrating our 10th birthday",
            "She had a pacemaker fitted in January and is gardening again.",
        ),
        ("extra.phone", "555-301-7788", "555-010-2000", "He was discharged after his bypass and is walking every day."),
        (
            "social_caption",
            "Surgery day was 2026-04-02, discharge 2026-04-06!",
            "Surgery days are Tuesdays and Thursdays.",
            "She had her hip replaced and is walking again.",
        ),
    ]);
}

/// Fields that stay clean beside a story: staff, credits, the office's
/// street, the post's own file name and date.
#[test]
fn cross_field_clean_fields() {
    for (key, value) in [
        ("title", "Dr. Okafor on getting back to sport after ACL surgery"),
        ("extra.author", "Wilhelmina Stroud"),
        // As `check` and `build` pass an `extra` string: "extra:<leaf key>".
        ("extra:author", "Wilhelmina Stroud"),
        ("extra", "4440 Wexley Ave."),
        ("image", "/img/2026-03-14-acl-surgery.webp"),
        ("description", "Lin Zhao, RN, explains the five stages of rehab."),
        ("extra", "Updated 2026-03-14 by our editorial team"),
    ] {
        let f = with_field(key, value, ACL);
        assert!(!flagged(&f), "{key}={value:?}: {:?}", rules(&f));
    }
}

/// 2. Identifiers of one patient without a surname.
#[test]
fn identifiers_of_one_patient() {
    check_pairs(
        flagged,
        &[
            (
                "news",
                "Our patient RT works the night shift at Halvorsen Freight. Last spring he was diagnosed with sleep apnea.",
                "RT from Halvorsen Freight organised our charity run last spring.",
            ),
            (
                "news",
                "K.M. coaches the under-12s at Millbrook United and had her gallbladder removed in May.",
                "K.M. coaches the under-12s at Millbrook United and won coach of the year in May.",
            ),
            (
                "news",
                "At 94, Edith is back on her feet after a stroke.",
                "At 94, Edith still bakes bread for the church fair every Sunday.",
            ),
            (
                "news",
                "Ninety-six and recovering from a hip fracture: that's Walter from Ferris Bend.",
                "Ninety-six candles: that's Walter from Ferris Bend, our oldest volunteer driver.",
            ),
            (
                "news",
                "He asked us to share his story after his bypass, so write to him at kwame.h@postbox.example.",
                "Questions about bypass surgery? Write to hello@cedarpoint.example.",
            ),
            (
                "news",
                "After her knee surgery, Dot asked that friends call her at 555-301-7788 rather than visit.",
                "After knee surgery, call our nurse line at 555-010-2000 with questions.",
            ),
            (
                "news",
                "One of our patients, who lives at 48 Orchard Lane, had a stroke last week and is recovering at home.",
                "Our stroke rehab group meets at 12 Harbor Street, Suite 4, every Tuesday.",
            ),
            (
                "news",
                "Follow Priya's recovery from her double mastectomy at priyaheals.example.net.",
                "Read about recovery after a mastectomy at health.lakeview.example.",
            ),
            (
                "news",
                "Case study: a 52-year-old man first seen on 3 March 2026 with low-back pain; sessions on 10, 17 and 24 March; discharged on 2 April 2026.",
                "Case study: a 52-year-old man with low-back pain improved over six weekly sessions and was discharged pain-free.",
            ),
            (
                "news",
                "Our patient had her knee replaced on 14 January 2026 and walked unaided by 1 February.",
                "Our knee replacement information evening is on 14 January 2026 at the Lakeview library.",
            ),
            (
                "news",
                "Initial visit: 2026-02-09. Surgery: 2026-02-23. Discharge: 2026-03-02. The patient is now pain-free.",
                "Clinic closed on 2026-02-09 for staff training; surgery days are unchanged.",
            ),
            (
                "news",
                "She came to us the day after her fall, on March 3rd, and had surgery on March 5th.",
                "Falls rise in March; our balance class starts on March 3rd.",
            ),
        ],
    );
}

/// 3. A patient identified through a relative or a unique local role.
#[test]
fn indirect_identification() {
    check_pairs(
        flagged,
        &[
            (
                "news",
                "Coach Dale Brennan's boy broke his wrist at Saturday's game; we put him in a cast.",
                "Coach Dale Brennan's team won Saturday's game; we sponsored the jerseys.",
            ),
            (
                "news",
                "The mayor's daughter was admitted with appendicitis on Friday.",
                "The mayor's daughter cut the ribbon at our new wing on Friday.",
            ),
            (
                "news",
                "The town's fire chief had a heart attack last month and is recovering after bypass surgery.",
                "The town's fire chief taught a CPR class for our staff last month.",
            ),
            (
                "news",
                "Our mail carrier tore his rotator cuff and we have been treating him since June.",
                "Our mail carrier has waved at the kids from his van every morning since June.",
            ),
            (
                "news",
                "The high school's head coach was diagnosed with type 2 diabetes this spring.",
                "The high school's head coach ran a diabetes awareness walk this spring.",
            ),
            ("news", "The pastor's wife is home after a double bypass.", "The pastor's wife organised the bake sale for the hospice."),
            (
                "news",
                "The principal of Maple Elementary is recovering from a stroke; we wish her a quick recovery.",
                "The principal of Maple Elementary invited our nurses to teach the signs of a stroke.",
            ),
            (
                "news",
                "Sheriff Oakes's grandson spent the weekend in our ER with a concussion.",
                "Sheriff Oakes's grandson read the winning essay on concussion safety.",
            ),
        ],
    );
}

/// 4. Replies that confirm a relationship without care words.
#[test]
fn replies_confirming_relationship() {
    let cases = [
        ("It has been a joy to have you here these past two years.", "Thank you for taking the time to write to us."),
        ("See you Thursday!", "Our billing policy: payment is due at the time of service, and we accept all major cards."),
        ("Thanks for being part of our family since 2019.", "We read every review and share them with the whole team."),
        ("We loved meeting your little one last week.", "Statements are mailed monthly; co-pays are set by each insurance plan."),
        ("Great to see you back after all this time!", "Estimates are free, and we explain every fee before any work begins."),
        ("We'll have your usual room ready next time.", "We welcome feedback about our billing process at any time."),
    ];
    let mut bad = Vec::new();
    for (leak, clean) in cases {
        if !flagged(&reply(leak, "Jo P.")) {
            bad.push(format!("missed: {leak} {:?}", rules(&reply(leak, "Jo P."))));
        }
        if flagged(&reply(clean, "Jo P.")) {
            bad.push(format!("false: {clean} {:?}", rules(&reply(clean, "Jo P."))));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// A signed, in-scope authorisation covering `covers`.
pub(super) fn story(covers: &[&str], image: bool, body: &str) -> Vec<Finding> {
    let a = Authorization {
        id: "AUTH-2026-031".into(),
        form: None,
        signed: Some(date(2026, 1, 10)),
        expires: Some(date(2027, 1, 10)),
        scope: vec!["website".into(), "social".into()],
        covers: covers.iter().map(|c| c.to_string()).collect(),
    };
    let fields = if image { vec![Field { key: "image", value: "/img/story.jpg", line: 3, column: 8 }] } else { vec![] };
    let p = PageInput {
        section_kind: "testimonials",
        body,
        body_line: 8,
        fields,
        authorization: Some(&a),
        authorization_line: 2,
        review_reply: None,
        channels: WEB,
        now: date(2026, 6, 1),
    };
    check_page(&p, &allow())
}

fn covers_error(f: &[Finding]) -> bool {
    f.iter().any(|x| x.rule == "consent/covers" && x.severity == Severity::Error)
}

/// 5. `covers` must include what the story discloses.
#[test]
fn covers_what_is_disclosed() {
    let all = ["name", "quote", "photo", "condition"];
    let condition = "Mirela had her thyroid removed in February and is singing again.";
    assert!(covers_error(&story(&["name"], false, condition)), "{:?}", rules(&story(&["name"], false, condition)));
    assert!(!covers_error(&story(&all, false, condition)));
    let plain = "Mirela says the front desk always remembers her name.";
    assert!(!covers_error(&story(&["name"], false, plain)), "{:?}", rules(&story(&["name"], false, plain)));
    assert!(covers_error(&story(&["name", "condition"], true, condition)));
    assert!(!covers_error(&story(&["name", "condition", "photo"], true, condition)));
    let quote = "> \"I can sing again,\" Mirela says.";
    assert!(covers_error(&story(&["name", "condition"], false, quote)));
    assert!(!covers_error(&story(&["name", "quote"], false, quote)));
}

/// Precision: staff, public figures, eponyms, statistics, anonymous cases
/// without dates, and events with dates and places stay clean.
#[test]
fn hard_clean_cases() {
    let mut bad = Vec::new();
    for t in [
        "Dr. Okafor is back from paternity leave, and Lin Zhao ran her first half marathon after knee surgery last year.",
        "President Eisenhower's heart attack in 1955 changed how Americans thought about cardiology.",
        "Parkinson's disease and Tommy John surgery are named after people; neither is a patient of ours.",
        "One in three adults over 65 falls each year, and hip fractures double after 85.",
        "A woman in her forties came in with chest pain; it turned out to be reflux.",
        "Flu shots on 14 October 2026 at the Millbrook library, 9am to noon.",
        "Our town's fire chief reminds everyone to test smoke alarms this weekend.",
        "The mayor's office and our nurses will run a free blood pressure screening on Saturday.",
        "Rosa Kim, MD, was elected chair of the county's diabetes coalition on 2 May 2026.",
    ] {
        let f = run("news", t);
        if flagged(&f) {
            bad.push(format!("{t} {:?}", rules(&f)));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// A second batch written after the rules: other wordings of the same gaps.
#[test]
fn second_batch() {
    check_pairs(
        flagged,
        &[
            (
                "news",
                "Our crossing guard on Elm Street was rushed to the ER with chest pain; we're so glad she is home.",
                "Our crossing guard on Elm Street reminds drivers to slow down near the school.",
            ),
            (
                "news",
                "The librarian at Pine Hill had her cataracts removed here last month.",
                "The librarian at Pine Hill hosted our talk on cataracts last month.",
            ),
            (
                "news",
                "The bus driver's son was diagnosed with epilepsy after a seizure on the school run.",
                "The bus driver's son won the spelling bee after weeks on the school run.",
            ),
            (
                "news",
                "J.D., a line cook at Rosie's Diner, burned his hand badly and needed skin grafts.",
                "J.D., a line cook at Rosie's Diner, cooked for our staff picnic.",
            ),
            (
                "news",
                "At 91, our patient Agnes had both cataracts removed and is reading again.",
                "At 91, Agnes still volunteers at our front desk every Tuesday.",
            ),
            (
                "news",
                "Mrs. Albrecht, 98, came to us after a fall and is walking again.",
                "Mrs. Albrecht, 98, cut the ribbon at our open day.",
            ),
            (
                "news",
                "Theo, a sophomore at Westbrook High, was treated for a concussion after Friday's game.",
                "Theo, a sophomore at Westbrook High, interviewed our nurses for the school paper.",
            ),
            (
                "news",
                "The patient was first seen on 12 May 2026, underwent surgery on 19 May 2026 and was discharged on 21 May 2026.",
                "Patients are usually discharged two days after this surgery.",
            ),
        ],
    );
}

/// Lead's review on unseen real bios: a state that is also a given name, used
/// as a place, is no person ("a Virginia native", "University of Virginia");
/// the same word as a patient's name in a care frame still is.
#[test]
fn places_that_are_given_names_stay_places_in_place_context() {
    check_pairs(
        flagged,
        &[
            (
                "news",
                "Virginia, 71, came to us after her stroke and is walking again.",
                "Dr. Ada Quill is a Virginia native who treats patients after a stroke, trained at the University of Virginia.",
            ),
            (
                "news",
                "Georgia, 34, underwent knee surgery with us last month.",
                "Our therapists from Georgia State University ran a knee surgery recovery workshop.",
            ),
        ],
    );
}

/// Month abbreviations in file names are dates, not given names.
#[test]
fn months_in_file_names_are_dates() {
    let body = "She spent two weeks in the ICU with pneumonia and is home now.";
    let f = with_field("image", "clinic_banner_Jun2021.jpg", body);
    assert!(!flagged(&f), "a month in a file name is a date: {:?}", f.iter().map(|x| &x.message).collect::<Vec<_>>());
    assert!(flagged(&with_field("image", "welcome-home-maria-gonzalez.jpg", body)), "a name in a file name still is a name");
}

/// A month written against a year in a path-like `extra` string is a date.
#[test]
fn months_against_a_year_in_extra_paths_are_dates() {
    let body = "She spent two weeks in the ICU with pneumonia and is home now.";
    let f = with_field("extra:image", "images/Clinic_Banner_wg_Jun2021.jpg", body);
    assert!(!flagged(&f), "{:?}", f.iter().map(|x| &x.message).collect::<Vec<_>>());
}
