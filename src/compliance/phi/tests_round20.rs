//! Round 20 of issue 9 (tenth session): from held-out case set L and
//! real-site set 12 after their one scoring run, and from sets H, J and K's
//! misses. Each rule has a counterpart that must stay as it was; every
//! person is fictitious.

use super::tests::{rules, run};
use super::*;

fn flagged(f: &[Finding]) -> bool {
    f.iter().any(|x| matches!(x.severity, Severity::Error | Severity::Warning))
}

fn titled<'a>(kind: &'a str, title: &'a str, body: &'a str) -> Vec<Finding> {
    super::tests::page_of(kind, body, 5, vec![Field { key: "title", value: title, line: 2, column: 10 }])
}

/// A consented story covers its signer: a second patient it names in full
/// with their own care gave no authorisation. The signer's own name, and a
/// school she names, stay covered.
#[test]
fn a_second_patient_in_a_consented_story_is_reported() {
    let covers = ["name", "quote", "condition"];
    let body = "Henrika Mossberg, 58, was diagnosed with sleep apnea here. \"My neighbour Lorrie Gunnarsen talked me into it. She had her own sleep study with us last spring and has been on CPAP since,\" Henrika says.\n";
    let f = super::tests_round4::story(&covers, false, body);
    assert!(f.iter().any(|x| x.rule == "phi/name" && x.message.contains("consented story")), "{:?}", rules(&f));
    let body =
        "Henrika Mossberg, 58, a teacher at Faris Elementary, was diagnosed with sleep apnea here. Henrika now sleeps through the night.\n";
    let f = super::tests_round4::story(&covers, false, body);
    assert!(!flagged(&f), "{:?}", rules(&f));
}

/// A word used as a nickname and described by a role on a page telling
/// that person's care is a name ("Sarge, the Army veteran who …"); the
/// same word as a word is not.
#[test]
fn a_nickname_with_a_role_in_a_care_story_is_a_name() {
    let body = "Everyone on the river knows Sarge, the Army veteran who keeps the camp swept. On Tuesday he finally let us look at his leg: a venous ulcer, which we have dressed twice a week since.\n";
    assert!(run("news", body).iter().any(|x| x.rule == "phi/name"), "{:?}", rules(&run("news", body)));
    let body = "Irve Le Moyne, a Navy pioneer, started the bell tradition in 1996. Ring it when your treatment ends.\n";
    assert!(!run("news", body).iter().any(|x| x.rule == "phi/name"), "{:?}", rules(&run("news", body)));
}

/// A first name told with an age ("is 16 and a sophomore") is a patient
/// when the care follows in that paragraph; a clinician's child named
/// with an age after the clinician's surgeries is not.
#[test]
fn an_age_told_before_the_care_in_one_paragraph() {
    let body = "Abdiwali is 16 and a sophomore at Eastgate High School. He arrived in February. His screening blood test came back positive for latent tuberculosis, and he finished four months of treatment in June.\n";
    assert!(run("news", body).iter().any(|x| x.rule == "phi/name"), "{:?}", rules(&run("news", body)));
    let body = "Dr. Okafor has performed over 3,000 implant surgeries. He and his wife have two children. Tobiah is 23 and an engineering graduate.\n";
    assert!(!run("news", body).iter().any(|x| x.rule == "phi/name"), "{:?}", rules(&run("news", body)));
}

/// One unnamed person singled out by a unique local role, with the time of
/// their care and a clinical event, is identifiable; the role without a
/// time of care is not.
#[test]
fn a_unique_role_with_the_time_of_care_identifies() {
    let body = "Last week, Calder Springs' only woman tow-truck operator stopped at the van for the free water. Her pressure was 178/104. She left with a new hypertension diagnosis.\n";
    assert!(run("news", body).iter().any(|x| x.rule == "phi/unique-person"), "{:?}", rules(&run("news", body)));
    let body =
        "Calder Springs' only woman tow-truck operator gave a talk on road safety. High blood pressure has no symptoms: get it checked.\n";
    assert!(!flagged(&run("news", body)), "{:?}", rules(&run("news", body)));
}

/// An unnamed case dated to the day is identifiable even when the
/// clinician who treated it is named beside it.
#[test]
fn a_dated_case_beside_its_clinician() {
    let body = "The first hard freeze came on November 3, and so did our first frostbite case: a 58-year-old former welder from Lansing Hollow. Dr. Okafor dressed three toes on his left foot.\n";
    assert!(run("news", body).iter().any(|x| x.rule == "phi/date"), "{:?}", rules(&run("news", body)));
    let body = "Our flu clinic runs on November 3. Dr. Okafor will give the shots.\n";
    assert!(!flagged(&run("news", body)), "{:?}", rules(&run("news", body)));
}

/// An image's file name in raw HTML is read as a Markdown image's is (a
/// file-name segment, where names are looked for by list).
#[test]
fn raw_html_image_files_are_file_names() {
    let body = "<div class=\"group\">\n<img src=\"/images/jennifer-rawlings-013.jpg\" class=\"raw\">\n</div>\n";
    let segs = segments::collect(body, 5, &[]);
    assert!(segs.segs.iter().any(|s| s.ident && s.text == "/images/jennifer-rawlings-013.jpg"));
    let body = "Our office: <a href=\"/contact/\">contact us</a>.\n";
    assert!(!segments::collect(body, 5, &[]).segs.iter().any(|s| s.ident));
}

/// A review signed at the end of its own line ("… facility.\" --George
/// D.") on a page titled as a review is a testimonial; a quotation signed
/// by its author in an article is not.
#[test]
fn a_review_signed_at_the_end_of_its_line() {
    let f = titled("tips", "Five Star Review by George", "\"I always have great care at this facility.\" --George D.\n");
    assert!(f.iter().any(|x| x.rule == "consent/missing"), "{:?}", rules(&f));
    let f = titled("tips", "Brushing tips", "\"An apple a day keeps the doctor away.\" - Benjamin Franklin\n\nBrush twice a day.\n");
    assert!(!flagged(&f), "{:?}", rules(&f));
}

/// People in a scenario the page says is invented are examples.
#[test]
fn a_hypothetical_scenario_names_no_patient() {
    let body =
        "Imagine this scenario: Mr. Watkins arrives at our office saying his new hearing aids are weak. We find cheap batteries in them.\n";
    assert!(!flagged(&run("tips", body)), "{:?}", rules(&run("tips", body)));
    let body = "Mr. Watkins arrived at our office last week saying his new hearing aids are weak. We found cheap batteries in them.\n";
    assert!(run("tips", body).iter().any(|x| x.rule == "phi/name"), "{:?}", rules(&run("tips", body)));
}

/// A place that is also a name is a person when an age follows ("went to
/// Harlan, an 81-year-old logger"); an old year after "since" is the
/// person's own history, not a public frame.
#[test]
fn a_place_with_an_age_is_a_person() {
    let body = "The 500th new joint went to Harlan, an 81-year-old retired logger from Marten Crossing who has walked with canes since a skidder accident in 1987 crushed his hip.\n";
    assert!(run("news", body).iter().any(|x| x.rule == "phi/name"), "{:?}", rules(&run("news", body)));
    let body = "Our outreach van went to Harlan on Monday for the county fair.\n";
    assert!(!flagged(&run("news", body)), "{:?}", rules(&run("news", body)));
}

/// A program's participant named before what they say is one of the
/// practice's patients, however the sentence attributes the words.
#[test]
fn a_named_program_participant_is_a_patient() {
    let body = "WIC participant Sofia Renteros says she would not have kept breastfeeding her twins without our help.\n";
    assert!(run("news", body).iter().any(|x| x.rule == "phi/name"), "{:?}", rules(&run("news", body)));
    let body = "Sofia Renteros, the county's WIC director, says breastfeeding rates rose last year.\n";
    assert!(!flagged(&run("news", body)), "{:?}", rules(&run("news", body)));
}

/// A misspelt later mention of a public figure named on the page ("Rosie
/// O'Donnell" then "Rose O'Donnell") is the same public person.
#[test]
fn a_misspelt_public_figure_is_still_public() {
    let body = "Famous people with sleep apnea include the singer Rosie O'Donnell and the actor Quincy Jarvis.\n\n\"I felt the difference in one night,\" shared Rose O'Donnell after she started using an appliance. We fit them here.\n";
    assert!(!run("tips", body).iter().any(|x| x.rule == "phi/name"), "{:?}", rules(&run("tips", body)));
}

/// Ages in Swahili ("miaka 29") and Haitian Creole ("64 an") after a name.
#[test]
fn ages_in_swahili_and_creole() {
    assert!(frame::aged_foreign(", mwenye umri wa miaka 29, ambaye"));
    assert!(frame::aged_foreign(", 64 an, ki"));
    assert!(!frame::aged_foreign(", 64 and over"));
}

/// A page retelling a published news story names no patients of the
/// practice; the same story told as the practice's own care does.
#[test]
fn a_retold_news_story_names_no_patient() {
    let body = "A firefighter named Adam Marten went to the hospital for open-heart surgery after a popcorn husk caused an infection.\n\nAccording to the New York Post, his wife said the infection could have been caught earlier.\n";
    assert!(!flagged(&run("tips", body)), "{:?}", rules(&run("tips", body)));
    let body = "A firefighter named Adam Marten came to us after a popcorn husk caused an infection, and our patient had open-heart surgery.\n\nAccording to the New York Post, his wife said the infection could have been caught earlier.\n";
    assert!(run("tips", body).iter().any(|x| x.rule == "phi/name"), "{:?}", rules(&run("tips", body)));
}

/// A titled official's or a credentialed staff member's own care at the
/// practice makes them a patient; their title alone, or their help to
/// others, does not.
#[test]
fn an_official_or_staff_member_treated_here_is_a_patient() {
    let body = "Mayor Dianne Prusko stopped by with doughnuts for the night shift, who set her broken right wrist after she fell outside city hall.\n";
    assert!(run("news", body).iter().any(|x| x.rule == "phi/name"), "{:?}", rules(&run("news", body)));
    let body = "Mayor Dianne Prusko stopped by with doughnuts for the night shift, who set up the flu clinic at city hall.\n";
    assert!(!flagged(&run("news", body)), "{:?}", rules(&run("news", body)));
    let body = "Lin Zhao, RN, returned this week after her hip replacement here in June.\n";
    assert!(run("news", body).iter().any(|x| x.rule == "phi/name"), "{:?}", rules(&run("news", body)));
    let body = "Lin Zhao, RN, returned this week after a conference in June.\n";
    assert!(!flagged(&run("news", body)), "{:?}", rules(&run("news", body)));
    assert!(!frame::cared_for_here(" found relief in needles; acupuncture has set her free from hay fever."));
}

/// After set M and real-site set 13 were scored: a page about a
/// podcaster or an influencer is about public people; a word the page
/// writes in capitals ("ABCDEs") is no name in its slug either.
#[test]
fn podcasters_and_plural_acronyms() {
    let f = titled(
        "tips",
        "Joel Rigan Hydrogen Water: Podcaster Explores Its Benefits",
        "Joel Rigan drinks hydrogen water every day and underwent a blood test on his show. Rigan says he feels better.\n",
    );
    assert!(!flagged(&f), "{:?}", rules(&f));
    let f = titled("tips", "Joel Rigan's recovery", "Our patient Joel Rigan underwent knee surgery here and is walking again.\n");
    assert!(flagged(&f), "{:?}", rules(&f));
    assert!(names::is_acronym_word("ABCDEs") && names::is_acronym_word("EMDR") && !names::is_acronym_word("Abcde"));
}
