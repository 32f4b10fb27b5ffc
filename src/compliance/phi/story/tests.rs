//! The page model: its features match the fitting script's, and it reads
//! a whole page the way the fitted weights say.

use std::collections::HashSet;

use super::features::{self, COUNT};
use super::{ALLOW, score};
use crate::compliance::phi::resolved::Resolved;
use crate::compliance::phi::{Allowlist, Field, Finding, PageInput, PracticeIdentity, check_page_resolved};

/// The model's finding on `page`, with what the rules' resolver learnt
/// about its people, as `build` and `check` call it.
fn check(path: &str, front: &str, page: &PageInput, allow: &Allowlist) -> Option<Finding> {
    let resolved = check_page_resolved(page, allow).1;
    super::check(path, front, page, allow, &resolved)
}

fn page(body: &str, body_line: usize) -> PageInput<'_> {
    PageInput {
        section_kind: "pages",
        body,
        body_line,
        fields: Vec::new(),
        authorization: None,
        authorization_line: 1,
        review_reply: None,
        channels: &["website"],
        now: chrono::NaiveDate::MIN,
    }
}

fn allow() -> Allowlist {
    let id = PracticeIdentity { name: "Ballyvar Surgery".into(), ..Default::default() };
    let mut a = Allowlist::new(&id, &["Aoife Keane".to_string()], &[]);
    a.set_story_staff(["aoife", "keane"].iter().map(|s| s.to_string()).collect());
    a
}

const STORY: &str = "Siobhan came in last week after a fall at the mart. She had the hip done above in Limerick \
and she is home now, walking with a frame. Her daughter says she is delighted.";
const TIP: &str = "Falls are common after 65: one in three people over 65 falls each year, national figures say. \
Keep floors clear, use a night light and ask your pharmacist about medicines that make you dizzy.";

#[test]
fn a_story_of_one_unnamed_patient_is_reported_and_a_tip_is_not() {
    let a = allow();
    let f = check("content/stories/hip.md", "title = \"Back on her feet\"", &page(STORY, 4), &a).expect("a patient's story");
    assert_eq!(f.rule, "phi/story");
    assert_eq!((f.line, f.column), (4, 1));
    assert_eq!(f.subject.as_deref(), Some("Siobhan"));
    assert!(!f.message.contains("Siobhan"), "the message must not print the name: {}", f.message);
    // It names what the page has that weighed, never what it lacks.
    assert!(f.message.contains("he, she, his, her"), "{}", f.message);
    assert!(!f.message.contains("tips, team or policies"), "{}", f.message);
    assert!(check("content/tips/falls.md", "title = \"Preventing falls\"", &page(TIP, 4), &a).is_none());
}

#[test]
fn a_staff_members_own_news_is_not_a_patients_story() {
    // As `build` reads them: the resolver knows Aoife is staff.
    let a = allow();
    let read = |body: &str| {
        let text = format!("title = \"Back on her feet\"\n{body}");
        let resolved = check_page_resolved(&page(body, 4), &a).1;
        score("content/stories/hip.md", &text, &a.story_staff, &resolved)
    };
    let staff = STORY
        .replace("Siobhan came in last week after a fall at the mart", "Aoife Keane, our practice nurse, came back from leave last week");
    let (s_staff, s_patient) = (read(&staff), read(STORY));
    assert!(s_staff < s_patient, "staff {s_staff} patient {s_patient}");
}

#[test]
fn a_name_the_site_allows_is_not_reported() {
    let id = PracticeIdentity { name: "Ballyvar Surgery".into(), ..Default::default() };
    let a = Allowlist::new(&id, &[], &["Siobhan".to_string()]);
    assert!(check("content/stories/hip.md", "", &page(STORY, 1), &a).is_none());
    assert_eq!(ALLOW, "phi/story");
}

#[test]
fn features_match_the_fitting_script() {
    // Values computed by bench/page-model/feats2.py for the same path and
    // text with staff {"aoife", "keane"}: a change of a pattern or a list
    // reading shows here before it silently changes the model.
    let staff: HashSet<String> = ["aoife", "keane"].iter().map(|s| s.to_string()).collect();
    let text = format!("title = \"Back on her feet\"\n{STORY}");
    let x = features::of("content/stories/hip.md", &text, &staff);
    let expected: Vec<f64> =
        include_str!("script_values.txt").trim().trim_matches(['[', ']']).split(',').map(|v| v.trim().parse().expect("a number")).collect();
    assert_eq!(expected.len(), COUNT);
    for (i, (got, want)) in x.iter().zip(expected.iter()).enumerate() {
        assert!((got - want).abs() < 1e-9, "feature {i}: {got} against the script's {want}");
    }
}

#[test]
fn an_animal_the_page_names_is_not_a_patient() {
    // A sponsored detection dog's birthday letter (a real site's page, in
    // other words): he, recent days and an unknown given name, but the
    // page says the name is a dog's.
    let a = allow();
    let dog = "We sponsor a medical detection dog called Gus. He had his first birthday last week and he \
is doing well in his training: he has been out and about and he loves his sessions at the hospital.\n\nDr Claire Smith, chief executive";
    let front = "title = \"A birthday\"";
    let alone = score("content/news/gus.md", &format!("{front}\n{dog}"), &a.story_staff, &Resolved::default());
    assert!(alone >= super::THRESHOLD, "the model alone reads it as a story: {alone}");
    assert!(check("content/news/gus.md", front, &page(dog, 4), &a).is_none());
    let person = dog.replace("a medical detection dog called Gus", "Gus from the mart");
    assert!(check("content/news/gus.md", front, &page(&person, 4), &a).is_some());
}

#[test]
fn scores_match_the_fitting_script() {
    // bench/page-model/stack_model.py's frozen model (`score_one`) on the
    // same texts (features and words, staff {"aoife", "keane"}, no resolver
    // values): the port reads the words, adds the weights and walks the
    // trees as the script does.
    let staff: HashSet<String> = ["aoife", "keane"].iter().map(|s| s.to_string()).collect();
    let story = score("content/stories/hip.md", &format!("title = \"Back on her feet\"\n{STORY}"), &staff, &Resolved::default());
    let tip = score("content/tips/falls.md", &format!("title = \"Preventing falls\"\n{TIP}"), &staff, &Resolved::default());
    assert!((story - 0.9882287566971388).abs() < 1e-9, "story {story}");
    assert!((tip - 0.014968628691911326).abs() < 1e-9, "tip {tip}");
}

#[test]
fn the_finding_sits_at_the_story_not_at_a_portrait_or_a_staff_name() {
    // Real sites name their therapist's photo file and write her name
    // with no team page: neither is the story's subject.
    let id = PracticeIdentity { name: "Ballyvar Surgery".into(), ..Default::default() };
    let mut a = Allowlist::new(&id, &["Daryl Stubbs".to_string()], &[]);
    a.set_story_staff(["aoife", "keane"].iter().map(|s| s.to_string()).collect());
    let body = format!("<img src=\"/uploads/Maura-portrait.jpg\" alt=\"\">\n\nA word from Daryl.\n\n{STORY}");
    let f = check("content/stories/hip.md", "title = \"Back on her feet\"", &page(&body, 4), &a).expect("a patient's story");
    assert_eq!(f.subject.as_deref(), Some("Siobhan"));
    assert_eq!((f.line, f.column), (8, 1));
}

#[test]
fn the_writer_introducing_himself_is_not_the_subject() {
    let a = allow();
    let body = format!("Hi, I’m Isaac and I treat sore backs.\n\n{STORY}");
    let f = check("content/stories/hip.md", "title = \"Back on her feet\"", &page(&body, 4), &a).expect("a patient's story");
    assert_eq!(f.subject.as_deref(), Some("Siobhan"));
}

#[test]
fn the_trees_are_all_read_and_the_resolver_moves_the_score() {
    // The generated file holds 197 trees; the same tip scores higher when
    // the resolver found two people it could not explain, one of them in
    // a sentence with a patient cue.
    assert_eq!(super::trees::count(), 197);
    let staff: HashSet<String> = ["aoife", "keane"].iter().map(|s| s.to_string()).collect();
    let text = format!("title = \"Preventing falls\"\n{TIP}");
    let mut people = Resolved::default();
    for i in [0, 1, 3, 4] {
        people.values[i] = 2f64.ln_1p();
    }
    let none = score("content/tips/falls.md", &text, &staff, &Resolved::default());
    let two = score("content/tips/falls.md", &text, &staff, &people);
    assert!(two > none, "two unexplained people {two} against none {none}");
}

#[test]
fn a_story_whose_body_names_nobody_is_reported_at_the_name_in_its_front_matter() {
    // Real sites sign testimonials in front matter (`extra.author_03`) and
    // name a patient only in an image's file name: the finding points
    // there, not at the body's first "she".
    let a = allow();
    let body = STORY.replace("Siobhan", "One of our ladies");
    let fields = vec![
        Field { key: "title", value: "Back on her feet", line: 2, column: 8 },
        Field { key: "extra:author_03", value: "Miss L. Pincus. 2019", line: 5, column: 14 },
    ];
    let input = PageInput { fields, ..page(&body, 8) };
    let f = check("content/stories/hip.md", "title = \"Back on her feet\"", &input, &a).expect("a patient's story");
    assert_eq!((f.line, f.column), (5, 14));
    assert_eq!(f.subject.as_deref(), Some("Miss L. Pincus"));
    let fields = vec![Field { key: "extra:image", value: "maura-fitting-768x990.jpg", line: 4, column: 10 }];
    let input = PageInput { fields, ..page(&body, 8) };
    let f = check("content/stories/hip.md", "title = \"Back on her feet\"", &input, &a).expect("a patient's story");
    assert_eq!((f.line, f.column, f.subject.as_deref()), (4, 10, Some("maura")));
}
