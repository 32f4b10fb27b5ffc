//! Round 14 of issue 9 (sixth session, driven by the seen real sites'
//! false alarms, before held-out set 8 was scored): title-cased headings,
//! contractions and camel-case brands in fields; fractions and dates in
//! link addresses; record labels inside file names; places used as places
//! ("Atlanta, Georgia", "China's population"); study authors, co-authors
//! and affiliations; a work's author in Spanish and French; quoted
//! one-word terms; acronym expansions; statistics; reference sections and
//! footnotes; government mailboxes; the practitioner a review books with.
//! Each disclosure has a clean counterpart; every person is fictitious.

use super::tests::{has_rule, rules, run, with_field};

/// One person's health events, told without a name (so a name in a field
/// would identify them).
const STORY: &str =
    "Last winter she tore her ACL skiing and had surgery here in March; after twelve weeks of physiotherapy she is running again.";

#[test]
fn dictionary_words_in_a_title_cased_title_are_words() {
    for title in [
        "Spend Time Near Water to Keep Yourself Balanced During Dry Winters",
        "Beyond Nourishment: The Key to Feeding Yourself without Food",
        "An Acupuncturist's 2 1/2 Month Experiment: Don't Try This at Home!",
        "DonJoy UltraSling Quadrant for Your Shoulder",
    ] {
        let f = with_field("title", title, STORY);
        assert!(!has_rule(&f, "phi/name"), "{title}: {:?}", rules(&f));
    }
    // A given name with a surname still names her in a title-cased title.
    let f = with_field("title", "How Grace Whitaker Got Back to Running After Surgery", STORY);
    assert!(has_rule(&f, "phi/name"), "{:?}", rules(&f));
    // So does a hashtag that joins words with capitals.
    let f = with_field("social_caption", "Back on the slopes! #TeamMarisol", STORY);
    assert!(has_rule(&f, "phi/name"), "{:?}", rules(&f));
}

#[test]
fn a_slug_word_that_is_also_a_given_name_needs_a_surname() {
    let f = with_field("slug", "state-of-the-art-hearing-care", STORY);
    assert!(!has_rule(&f, "phi/name"), "{:?}", rules(&f));
    let f = with_field("slug", "marisol-back-on-the-slopes", STORY);
    assert!(has_rule(&f, "phi/name"), "{:?}", rules(&f));
}

#[test]
fn fractions_and_permalink_dates_are_no_dates() {
    let body = "After starting acupuncture, her panic attacks decreased by about 1/2 in the first month, and I spent another 1/2 hour on her sleep. Read my [last post](/2017/12/31/water-element-in-winter/) too.";
    let f = run("tips", body);
    assert!(!has_rule(&f, "phi/date"), "{:?}", rules(&f));
    // A date of her care is still one.
    let f = run("tips", "She was admitted on 1/2 with chest pain and her panic attacks decreased within the month.");
    assert!(has_rule(&f, "phi/date"), "{:?}", rules(&f));
}

#[test]
fn record_labels_inside_file_names_and_addresses_are_no_labels() {
    let body = "Our patient kept a [basal temperature chart](https://fertility.example/ovulation-temperature-chart-1960284) every morning.\n\n<img src=\"/blog/noise/sound-meter-chart-v4-300x183.jpg\" alt=\"sound meter chart\">";
    let f = run("tips", body);
    assert!(!has_rule(&f, "phi/record-number"), "{:?}", rules(&f));
    let f = run("tips", "Our patient's chart number 1960284 was printed on the leaflet.");
    assert!(has_rule(&f, "phi/record-number"), "{:?}", rules(&f));
}

#[test]
fn a_place_used_as_a_place_is_no_name() {
    let f = with_field("description", "Myra Health offers a concierge service at its office in Atlanta, Georgia", STORY);
    assert!(!has_rule(&f, "phi/name"), "{:?}", rules(&f));
    let body = "Herbs have been used in China for thousands of years, and were so effective that they kept China’s population healthy. Our patients often ask about them.";
    let f = run("tips", body);
    assert!(!has_rule(&f, "phi/name"), "{:?}", rules(&f));
    // The same word as a person's name beside her care is still a name.
    let f = run("tips", "Our patient Georgia tore her ACL skiing and had surgery here in March.");
    assert!(has_rule(&f, "phi/name"), "{:?}", rules(&f));
}

#[test]
fn authors_co_authors_and_affiliations_are_researchers() {
    for body in [
        "The paper includes three first co-authors: Wenna Galdor, technical associate Mikael Chenot, and Tavi Fujimura. Our patients often ask about it.",
        "Also contributing were Jiang-Fen Chao from Boston University and Jurgen Schnerrmann from the National Institute of Diabetes. Patients with pain may benefit.",
        "“This is acupuncture,” added the co-author Jurgen Schnerrmann. Patients with back pain were treated twice a week.",
        "Según la teoría de Jana Chozenova hay nueve tipos de hambre; muchos pacientes la conocen.",
        "Hoy comparto un cuento de Jorge Bucaray, que nos regala en su libro. Muchos pacientes con ansiedad lo leen.",
        "In the book [Breath by James Nestorov](/blog/breath/), he explains how jaws narrow and why patients with sleep apnoea snore.",
    ] {
        let f = run("tips", body);
        assert!(!has_rule(&f, "phi/name"), "{body}: {:?}", rules(&f));
    }
    let f = run("tips", "Tavi Fujimura, 34, tore her ACL and had surgery here in March.");
    assert!(has_rule(&f, "phi/name"), "{:?}", rules(&f));
}

#[test]
fn quoted_terms_expansions_and_statistics_are_no_names() {
    for body in [
        "Many of our “Classics” of Chinese medicine were written by famous doctors; our patients read them too.",
        "The most common labral tear is the SLAP tear, which stands for Superior Labrum from Anterior to Posterior tear; patients feel a catch.",
        "Pain scores were 0.55 SDs lower (95% CI, 0.51-0.58) in patients given acupuncture.",
        "\"Experience the Joy of Eating Again with Expert Dental Implants\" is how our patients describe it.",
    ] {
        let f = run("tips", body);
        assert!(!has_rule(&f, "phi/name"), "{body}: {:?}", rules(&f));
    }
}

#[test]
fn reference_sections_and_footnotes_hold_authors() {
    let body = "Our patient Marisol tore her ACL skiing.\n\n## References\n\n- Camila Bosshart, Emission santé, presented on TV.\n- Koesler B, van Tuldor M. Low back pain. 2004.\n";
    let f = run("tips", body);
    let lines: Vec<usize> = f.iter().filter(|x| x.rule == "phi/name").map(|x| x.line).collect();
    assert!(lines.iter().all(|&l| l < 8), "{:?}", f.iter().map(|x| (x.rule.clone(), x.line)).collect::<Vec<_>>());
    assert!(!lines.is_empty(), "the patient above the references is still reported");
    let body = "Patients with back pain often improve.[^1]\n\n[^1]: Émission produite par l'AP-HM, présentée par Camila Bosshart, avec Lionel Marchetti.\n";
    let f = run("tips", body);
    assert!(!has_rule(&f, "phi/name"), "{:?}", rules(&f));
}

#[test]
fn government_mailboxes_are_public() {
    let body = "Our patients can support the bill: here you can write to Senator Bob Baconer at bob.baconer.senate@state.co.us or to the health department at info@cdc.gov.";
    let f = run("tips", body);
    assert!(!has_rule(&f, "phi/email"), "{:?}", rules(&f));
}

#[test]
fn the_practitioner_a_review_books_with_is_no_patient() {
    let body =
        "J’avais mal au dos depuis quelques jours, j’ai pris RDV chez Thibault Colomber un peu au hasard et je suis ravie de la séance.";
    let f = run("testimonials", body);
    assert!(!f.iter().any(|x| x.rule == "phi/name" && x.message.contains("T*******")), "{:?}", rules(&f));
    let body = "My back was locked for days; my appointment with Thibault Colomber fixed it in one session.";
    let f = run("testimonials", body);
    assert!(!f.iter().any(|x| x.rule == "phi/name" && x.message.contains("T*******")), "{:?}", rules(&f));
}

#[test]
fn a_century_in_roman_numerals_is_no_name() {
    let body = "Au XIXe siècle, la posture devient liée à la santé; à la fin du XVIIIe siècle, les patients étaient traités autrement.";
    let f = run("tips", body);
    assert!(!has_rule(&f, "phi/name"), "{:?}", rules(&f));
    // A name made of the same letters is still a name.
    let f = run("tips", "Our patient Xavier, 34, tore his ACL and had surgery here.");
    assert!(has_rule(&f, "phi/name"), "{:?}", rules(&f));
}

#[test]
fn a_named_subject_with_an_age_in_a_one_person_story_is_a_patient() {
    // Round 15 (after held-out set 8 was scored): the events are told in a
    // later paragraph than the name and its age.
    let body = "Kamaladevi, 72 is today at the mercy of her family. Kamaladevi raised four children.\n\nAfter her husband's death, Kamaladevi moved between her children's homes.\n\nToday a partial stroke has left her bedfast, and she was admitted to our care home in June.\n";
    let f = run("news", body);
    assert!(has_rule(&f, "phi/name"), "{:?}", rules(&f));
    // A staff member's child named once with an age in a bio is not.
    let body = "Dr. Okafor has performed over 3,000 implant surgeries. He and his wife have two children. Tobiah, 23, is an engineering graduate.\n";
    let f = run("news", body);
    assert!(!has_rule(&f, "phi/name"), "{:?}", rules(&f));
}

#[test]
fn a_name_three_reviews_thank_is_the_practitioner() {
    let r1 = super::review_names("Soumya and her team looked after my father with great care. Thank you!");
    let r2 = super::review_names("Thanks to Soumya for finding a home near Chicago for my aunt.");
    let r3 = super::review_names("Very professional. Soumya explained every option.");
    let r4 = super::review_names("Meenakshi, my mother, was treated with dignity.");
    assert!(r1.contains(&"soumya".to_string()) && !r1.contains(&"thank".to_string()), "{r1:?}");
    assert!(!r2.contains(&"chicago".to_string()), "a place is no name: {r2:?}");
    assert_eq!(super::praised_in_reviews([&r1, &r2, &r3, &r4]), vec!["soumya".to_string()]);
    // Named in two reviews only: not enough to call her staff.
    assert!(super::praised_in_reviews([&r1, &r2, &r4]).is_empty());
}
