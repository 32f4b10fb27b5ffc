//! Round 9 of issue 9 (2026-12-02, third session; sets A–G seen): members
//! of a care group named together, a clinician's relative who is a patient,
//! nicknames "as the crew calls him", "the only <role>", greetings that say
//! someone is ill, people addressed about their own care, patients written
//! about in Spanish, Dutch, French or German, names in aliases and tags,
//! bare blog domains, and the clean texts beside them (staff groups, staff
//! family, institutions, foreign slugs). Every person, place and business
//! here is fictitious.

use super::tests::{check_pairs, page_of, reply, rules, with_field};
use super::*;

fn flagged(f: &[Finding]) -> bool {
    f.iter().any(|x| matches!(x.severity, Severity::Error | Severity::Warning))
}

#[test]
fn care_groups_relatives_nicknames_and_unique_roles() {
    check_pairs(
        flagged,
        &[
            (
                "news",
                "*From left: Kenji, Maribel and Ossie, three members of our Tuesday DBT skills group, on the hotel porch.*",
                "*From left: Kenji, Maribel and Ossie, three members of our front-desk team, on the hotel porch.*",
            ),
            (
                "news",
                "Congratulations to the spring cohort of our adult DBT programme:\n\n- Amaru Quispe\n- Hollis Vandermeer\n",
                "Congratulations to the spring winners of our photo contest:\n\n- Amaru Quispe\n- Hollis Vandermeer\n",
            ),
            (
                "news",
                "This month Delphine Achebe, our practice manager, celebrates twenty years. Her son Mateo went through our adolescent substance-use programme two years ago.",
                "This month Delphine Achebe, our practice manager, celebrates twenty years. Her son Mateo went through basic training two years ago.",
            ),
            (
                "news",
                "\"Tank\", as the guys on the green chain at the Quarry Mill call him, came to our men's group in January after a back injury and started buprenorphine.",
                "\"Tank\", as the guys on the green chain at the Quarry Mill call him, helped us paint the waiting room in January.",
            ),
            (
                "news",
                "Last winter we began treating the only music teacher at the town's school, who had a panic attack on stage.",
                "Last winter the only music teacher at the town's school led our choir at the open day.",
            ),
            ("news", "Get well soon, Rory! The whole group is rooting for you.", "Well done, Rory! The whole group is cheering for you."),
            (
                "news",
                "Mr. Haskins, your psychiatric intake with our team is on Thursday, so please complete your forms.",
                "Mr. Haskins, our new board chair, starts on Thursday, so please say hello.",
            ),
            (
                "news",
                "Gracias a Guadalupe Reyes Montaño, paciente de nuestro grupo de recuperación desde enero.",
                "Gracias a Guadalupe Reyes Montaño, directora de la biblioteca de Polson, por su visita.",
            ),
            (
                "news",
                "One of our own group members, a 24-year-old on buprenorphine, writes about his first year in recovery at caden-climbs.example.net.",
                "Our clinicians recommend the public recovery guides at recoveryanswers.example.org for families.",
            ),
        ],
    );
}

#[test]
fn names_in_tags_and_aliases_beside_an_anonymous_story() {
    let story = "One of our clients went back to his job last month after twelve weeks off for severe depression.";
    let f = with_field("aliases", "/news/jonah-pettibone-back-at-work/", story);
    assert!(flagged(&f), "{:?}", rules(&f));
    let f = with_field(
        "tags",
        "recovery, anouk-visser",
        "This year's scholar came to our programme after an overdose and has now been in recovery for four years.",
    );
    assert!(flagged(&f), "{:?}", rules(&f));
    // Two tags side by side are no first and last name; a French slug's
    // article opens a noun.
    let f = with_field("tags", "events, spanish, polson", story);
    assert!(!f.iter().any(|x| x.rule == "phi/name"), "{:?}", rules(&f));
    let f = with_field("slug", "video sur le depistage de la scoliose", "Une vidéo sur le dépistage de la scoliose chez l'enfant.");
    assert!(!flagged(&f), "{:?}", rules(&f));
}

#[test]
fn institutions_staff_at_work_and_replies() {
    for text in [
        "He trained at the Larkfield Wendover University School of Medicine. Larkfield Wendover is the top hospital for surgery in the region.",
        "Rachel has a passion for assessing and treating her patients holistically.",
    ] {
        let f = page_of("pages", text, 5, vec![]);
        assert!(!flagged(&f), "{text}: {:?}", rules(&f));
    }
    let f = reply("Thank you, Bren. We have passed your kind note on to your daughter's counsellor.", "Bren McAllister");
    assert!(f.iter().any(|x| x.rule == "reply/confirms-patient"), "{:?}", rules(&f));
    let f = reply("Thank you, Bren. We have passed your kind note on to our whole team.", "Bren McAllister");
    assert!(!f.iter().any(|x| x.rule == "reply/confirms-patient"), "{:?}", rules(&f));
}

#[test]
fn group_lists_tables_and_memorial_readings() {
    for (text, want) in [
        (
            "Our prostate cancer support group meets monthly. If a meeting is cancelled, the group's members pass the word:\n\n- Dale: dale.k@mail.example\n- Hector: hector52@mail.example\n",
            true,
        ),
        ("Our front desk phones the office when it snows. The team's contacts:\n\n- Dale: ext. 201\n- Hector: ext. 202\n", false),
        (
            "Every patient who finishes treatment rings the bell.\n\n| Name | Treatment | Last treatment |\n| --- | --- | --- |\n| Rosalind Achenwall | breast, 25 fractions | January 16 |\n",
            true,
        ),
        (
            "**Reading of names**, with a candle for each person our hospice cared for this year: Alvin Strausberg, Bernadette Quillon.",
            true,
        ),
        ("**Thanks**, with a candle for each volunteer who gave an hour this year: Alvin Strausberg, Bernadette Quillon.", false),
    ] {
        let f = page_of("news", text, 5, vec![]);
        assert_eq!(flagged(&f), want, "{text}: {:?}", rules(&f));
    }
}

#[test]
fn vendors_places_journals_and_reviewed_authors_are_no_patients() {
    for text in [
        "Many thanks to Sue Barbery at Decor & Design for our new waiting room, and to our loyal patients for their patience during the works.",
        "Both our practices, in the city and at Henley Beach, now offer dry-eye treatment for patients with blepharitis.",
        "1. Smith AB, Jones CD. Corneal cross-linking. Acta Ophthalmol. 2012;90(3):e1-7.",
        "### Book Review: Body, James Daviesson.\n\nJames developed his method after an injury cut short his career in athletics.",
    ] {
        let f = page_of("tips", text, 5, vec![]);
        assert!(!flagged(&f), "{text}: {:?}", rules(&f));
    }
}

#[test]
fn raw_html_alt_text_with_ones_own_treatment() {
    let leak =
        "<img src=\"/images/suite.png\" alt=\"Ignatz Poolewood receiving his Herceptin in chair 6 by the garden window\" width=\"800\">";
    let clean = "<img src=\"/images/suite.png\" alt=\"Twelve new recliners in chair bays by the garden window\" width=\"800\">";
    assert!(flagged(&page_of("news", leak, 5, vec![])));
    assert!(!flagged(&page_of("news", clean, 5, vec![])));
}

#[test]
fn families_by_surname_known_locals_and_home_care() {
    check_pairs(
        flagged,
        &[
            (
                "news",
                "For Awareness Month: the Wiebersen twins from Buhler, both diagnosed with breast cancer last year, had every session side by side.",
                "For Awareness Month: the Wiebersen twins from Buhler, both nurses here, ran the pink ribbon stall side by side.",
            ),
            (
                "news",
                "If you ride the Route 4 bus, you know Rayburn: he has driven it for 22 years. After his cardiac arrest in July he is back on his route.",
                "If you ride the Route 4 bus, you know Rayburn: he has driven it for 22 years. After his retirement party in July he is back on his bike.",
            ),
            (
                "tips",
                "Last month Mr. Fenwickson's wife learned to give his morphine through his chest port so he could stay home.",
                "Last month Mr. Fenwickson's wife learned to give the lambs their feed through the barn door so they could stay home.",
            ),
        ],
    );
}
