//! Round 8 of issue 9 (2026-12-02, sets A–F seen): unique local roles tied
//! to a named place, nicknames introduced as one person of the community,
//! ages told as a predicate, birth dates, the scene of one person's care,
//! device serials, bios kept outside a team section, and the clean texts
//! that looked like patients (book authors, eponyms' namesakes, compounds,
//! event names, general policy in replies). Every person, place and
//! business here is fictitious.

use super::tests::{check_pairs, page_of, reply, rules, with_field};
use super::*;

fn flagged(f: &[Finding]) -> bool {
    f.iter().any(|x| x.severity == Severity::Error)
}

#[test]
fn roles_nicknames_ages_and_scenes_in_a_patient_frame() {
    check_pairs(
        flagged,
        &[
            (
                "news",
                "You know her: the crossing guard at Quillfeather Elementary, with the whistle.\n\nShe underwent a hysterectomy in September and is back at her post.",
                "You know her: the crossing guard at Quillfeather Elementary, with the whistle.\n\nShe led this year's walk-to-school day with our nurses.",
            ),
            (
                "news",
                "A nod to the Brackenford fire chief, who has been in twice a week since his lumbar fusion in July.",
                "A nod to the Brackenford fire chief, who taught our staff CPR in July.",
            ),
            (
                "news",
                "Everyone at our east office knows \"Auntie Pim,\" the school bus driver who waves at every car.\n\nThis summer Auntie Pim had a knee replacement with our team.",
                "Everyone at our east office knows \"Auntie Pim,\" the school bus driver who waves at every car.\n\nThis summer she drove our volunteers to the health fair.",
            ),
            (
                "news",
                "Osvaldo is 94 and still lives on the farm. Since his stroke in the spring he comes in twice a week.",
                "Osvaldo is 94 and still lives on the farm. He brought our staff apples from his orchard.",
            ),
            (
                "news",
                "Our ambulance was dispatched to 41 Wrenfield Road, where a man in his sixties had collapsed with a cardiac arrest.",
                "Our ambulance station moved to 41 Wrenfield Road, where the crews now train.",
            ),
            (
                "news",
                "Tobiah, who was born on February 29, 2024, sees our nurse for his asthma.",
                "Our hospital was founded on February 29, 1924, by the town's doctors.",
            ),
        ],
    );
}

#[test]
fn device_serials_after_an_sn_label() {
    let f = page_of("news", "A breast pump, serial number SN 5512-90817-C, was left in exam room 2.", 5, vec![]);
    assert!(f.iter().any(|x| x.rule == "phi/device"), "{:?}", rules(&f));
}

#[test]
fn authors_namesakes_compounds_and_events_are_no_patients() {
    for text in [
        "1. When the Night Is Long by Ferris Oyelaran, the surgeon diagnosed with lung cancer at 40.",
        "- **The Quimby score**: Hester Quimby, 1952; every baby born here gets one.",
        "Our front desk manager ran the Bourbon Chase half-marathon with a sprained ankle taped up.",
    ] {
        let f = page_of("tips", text, 5, vec![]);
        assert!(!flagged(&f), "{text}: {:?}", rules(&f));
    }
    let f = with_field(
        "image_alt",
        "Black-and-white photo of our founder holding a newborn in 1996",
        "Our founder died peacefully at home at 91 after a short illness.",
    );
    assert!(!flagged(&f), "{:?}", rules(&f));
}

#[test]
fn general_policy_and_weekly_schedules_in_replies_pass() {
    for text in [
        "In general, we bill your insurer first, and you receive a statement only after your plan has processed the claim.",
        "This autumn we added a second medical assistant on Monday mornings, our busiest time.",
    ] {
        let f = reply(text, "G. Patel");
        assert!(!flagged(&f), "{text}: {:?}", rules(&f));
    }
    assert!(flagged(&reply("We processed the refund for your claim last week.", "G. Patel")));
}

#[test]
fn a_bio_outside_a_team_section_is_read_as_one() {
    let body = "We would like to formally welcome Rosalind Quayle to the team. She is our newest podiatrist and graduated \
                from the podiatry program. Rosie has a passion for diabetic foot care and wound treatment.";
    let title = Field { key: "title", value: "Meet Rosalind Quayle!", line: 2, column: 8 };
    let f = page_of("pages", body, 5, vec![title]);
    assert!(!flagged(&f), "{:?}", rules(&f));
    // The same words about someone the page does not introduce still count.
    let story = "Rosie, a 34-year-old teacher at Quillfeather Elementary, had her ingrown toenail removed here in May.";
    let title = Field { key: "title", value: "A happy summer", line: 2, column: 8 };
    assert!(flagged(&page_of("pages", story, 5, vec![title])));
}

#[test]
fn lists_of_disciplines_endorsements_and_relatives_of_the_writer_pass() {
    let f = page_of(
        "pages",
        "Exercise classes include Yoga, Pilates, Tai-chi, Qi-Gong, Nia and Zumba, with a rehabilitation gym for injured clients.",
        5,
        vec![],
    );
    assert!(!flagged(&f), "{:?}", rules(&f));
    // The same list shape with people in it still names them.
    let f = page_of("news", "Get-well wishes to Rowan, Marisol and Tindra, 9, who broke her wrist at recess.", 5, vec![]);
    assert!(flagged(&f), "{:?}", rules(&f));
    let endorsement = "> I had the pleasure of working with Ines Varga on the training for our support line volunteers. \
                       Her experience was exceptional.\n>\n> -- Colm Ruddy, Chief Executive Officer, Quayside Support Network";
    let f = page_of("testimonials", endorsement, 5, vec![]);
    assert!(!f.iter().any(|x| x.rule == "consent/missing"), "{:?}", rules(&f));
    let founder = "I built this centre from nothing; my plant-based chef daughter Wren is now teaching cookery classes for children.";
    let f = page_of("tips", founder, 5, vec![]);
    assert!(!flagged(&f), "{:?}", rules(&f));
}

#[test]
fn people_listed_in_a_table_on_a_page_about_care() {
    let leak = "Every child with no new cavities at a checkup joins our club.\n\n| Name | Grade | School |\n| --- | --- | --- |\n| Wilhelmina Stroud | 2nd | Pell Creek Elementary |\n| Odalys Fenwick | 4th | Pell Creek Elementary |\n";
    let f = page_of("news", leak, 5, vec![]);
    assert!(flagged(&f), "{:?}", rules(&f));
    let phones = "We moved Monday's appointments and called each family.\n\n| Family | Phone | Child | New time |\n| --- | --- | --- | --- |\n| Abernathy | 616-555-0172 | Ottoline | Tue 9:40 a.m. |\n";
    let f = page_of("news", phones, 5, vec![]);
    assert!(flagged(&f), "{:?}", rules(&f));
    let speakers = "Our diabetes evening had two talks.\n\n| Speaker | Topic |\n| --- | --- |\n| Wilhelmina Stroud | Insulin pumps |\n";
    let f = page_of("news", speakers, 5, vec![]);
    assert!(!flagged(&f), "{:?}", rules(&f));
}

#[test]
fn a_relatives_care_told_through_a_named_person() {
    check_pairs(
        flagged,
        &[
            (
                "news",
                "Thank you to Desmond Abernathy, whose wife spent eight weeks on hospital bed rest before delivering their triplets with our team.",
                "Thank you to Desmond Abernathy, whose wife ran the bake sale for our family lounge.",
            ),
            (
                "news",
                "Mayor Helen Fairweather-Banks stopped by on Friday. Her daughter delivered her first baby with our midwives last weekend.",
                "Mayor Helen Fairweather-Banks stopped by on Friday. Her daughter is running the town's spring fair this year.",
            ),
        ],
    );
}

#[test]
fn authors_characters_organisations_and_sentence_openers_pass() {
    for text in [
        "The Patient Health Questionnaire-9 was published in 2001 by Wendell Kroemer, Rupert Spitzberg and Janet Wilmot. Its nine questions follow the symptoms of depression.",
        "- **December**: *The Glass Jar* by Sylvie Plover. Esther Greenlow's summer in New York and her breakdown are an accurate portrait of depression.",
        "The Riverbend Warm Line (+1-406-555-0199) is a peer-run line for people who want to talk before a crisis.",
    ] {
        let f = page_of("tips", text, 5, vec![]);
        assert!(!flagged(&f), "{text}: {:?}", rules(&f));
    }
    let f =
        with_field("description", "Short days in a long winter affect mood.", "She was diagnosed with seasonal depression last winter.");
    assert!(!f.iter().any(|x| x.rule == "phi/name"), "{:?}", rules(&f));
    // A named patient after a credited work is still one when the practice tells its care.
    let f = page_of("news", "Our patient Wendell Kroemer had his knee replaced here in May.", 5, vec![]);
    assert!(flagged(&f), "{:?}", rules(&f));
}
