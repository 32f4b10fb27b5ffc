//! Round 2 of issue 9, item 3: every published field is scanned. One test
//! per field that reaches a page, a feed, a tag page or a scheduler, each
//! with a clean counterpart. Every person here is fictitious.

use super::tests::{rules, with_field};
use super::*;

fn flagged(f: &[Finding]) -> bool {
    f.iter().any(|x| x.rule.starts_with("phi/") && x.severity == Severity::Error)
}

/// Body of a post that tells clinical events without naming anyone.
const KNEE: &str = "Last season ended with a torn ACL. After reconstruction surgery and six months of rehab, she is back on the court.";
const CLEAN_BODY: &str = "Knee injuries are common in youth basketball. Warm up, land softly and rest when it hurts.";

fn assert_field(key: &'static str, bad: &str, body: &str, good: &str) {
    let f = with_field(key, bad, body);
    assert!(flagged(&f), "{key} = {bad:?} not flagged: {:?}", rules(&f));
    assert!(f.iter().any(|x| x.line == 2), "{key}: finding not placed on the field line: {:?}", f);
    let g = with_field(key, good, body);
    assert!(!flagged(&g), "{key} = {good:?} flagged: {:?}", rules(&g));
}

#[test]
fn title_is_scanned() {
    assert_field("title", "Carla Voss back on the court after ACL surgery", KNEE, "Back on the court after ACL surgery");
}

#[test]
fn description_is_scanned() {
    assert_field(
        "description",
        "Carla, a 16-year-old point guard at Lakeview High, had ACL reconstruction in March.",
        CLEAN_BODY,
        "How a 16-year-old point guard can lower her risk of an ACL tear.",
    );
}

#[test]
fn image_alt_is_scanned() {
    assert_field("image_alt", "Carla Voss smiling after her ACL surgery", KNEE, "A basketball player smiling on the court");
}

#[test]
fn social_caption_is_scanned() {
    assert_field(
        "caption",
        "Congrats to Carla Voss on finishing rehab after knee surgery!",
        CLEAN_BODY,
        "Congrats to every athlete finishing rehab this spring!",
    );
}

#[test]
fn hashtags_are_scanned() {
    assert_field("hashtags", "#CarlaVoss #ACLrecovery", KNEE, "#ACLrecovery #SportsMedicine");
}

#[test]
fn tags_are_scanned() {
    assert_field("tags", "carla voss, acl recovery", KNEE, "acl recovery, sports medicine");
}

#[test]
fn extra_strings_are_scanned() {
    assert_field("extra", "Carla Voss, 16, after her knee surgery", CLEAN_BODY, "Sixteen and back after knee surgery");
}

#[test]
fn slug_is_scanned() {
    // mod.rs hands the slug over with hyphens read as spaces.
    assert_field("slug", "congrats carla voss acl recovery", KNEE, "congrats acl recovery");
    // A name in a slug with no clinical events anywhere is not a patient.
    assert!(!flagged(&with_field("slug", "carla voss wins essay prize", CLEAN_BODY.split('.').next().unwrap_or(""))));
}

#[test]
fn image_file_name_is_scanned() {
    assert_field("image", "carla-voss-post-op.jpg", CLEAN_BODY, "knee-brace-post-op.jpg");
    // A staff member's portrait is theirs to publish.
    assert!(!flagged(&with_field("image", "rosa-kim-headshot.jpg", KNEE)));
}

#[test]
fn markdown_image_url_is_scanned() {
    let f = with_field("title", "Back on the court", &format!("![A knee brace](/img/carla-voss-post-op.jpg)\n\n{KNEE}"));
    assert!(flagged(&f), "{:?}", rules(&f));
    let g = with_field("title", "Back on the court", &format!("![A knee brace](/img/knee-brace.jpg)\n\n{KNEE}"));
    assert!(!flagged(&g), "{:?}", rules(&g));
}

#[test]
fn link_title_is_scanned() {
    let f = with_field("title", "News", "Read [the story](https://news.example/acl \"Carla Voss after her ACL surgery\").");
    assert!(flagged(&f), "{:?}", rules(&f));
    assert!(!flagged(&with_field("title", "News", "Read [the story](https://news.example/acl \"ACL surgery explained\").")));
}

#[test]
fn alt_text_is_scanned() {
    let f = with_field("title", "News", "![Carla Voss after her knee surgery](/img/a.jpg)");
    assert!(flagged(&f), "{:?}", rules(&f));
    assert!(!flagged(&with_field("title", "News", "![A knee after surgery, healed scar](/img/a.jpg)")));
}

#[test]
fn figure_caption_is_scanned() {
    let body =
        "<figure><img src=\"/img/a.jpg\" alt=\"court\"><figcaption>Carla Voss, 16, three months after ACL surgery</figcaption></figure>";
    let f = with_field("title", "News", body);
    assert!(flagged(&f), "{:?}", rules(&f));
    let clean = "<figure><img src=\"/img/a.jpg\" alt=\"court\"><figcaption>Three months after ACL surgery</figcaption></figure>";
    assert!(!flagged(&with_field("title", "News", clean)));
}

#[test]
fn raw_html_attributes_are_scanned() {
    for body in [
        "<img src=\"/img/a.jpg\" alt=\"Carla Voss after ACL surgery\">",
        "<a href=\"/story/\" title=\"Carla Voss after ACL surgery\">story</a>",
        "<a href=\"/story/\" aria-label=\"Carla Voss recovering from ACL surgery\">story</a>",
    ] {
        let f = with_field("title", "News", body);
        assert!(flagged(&f), "{body}: {:?}", rules(&f));
    }
    assert!(!flagged(&with_field("title", "News", "<a href=\"/acl/\" aria-label=\"Recovering from ACL surgery\">guide</a>")));
}

#[test]
fn table_header_labels_its_column() {
    let body = "| Patient | Procedure |\n| --- | --- |\n| Carla Voss | ACL reconstruction |\n";
    let f = with_field("title", "Cases", body);
    assert!(flagged(&f), "{:?}", rules(&f));
    let body = "| Procedure | Typical recovery |\n| --- | --- |\n| ACL reconstruction | Six to nine months |\n";
    assert!(!flagged(&with_field("title", "Cases", body)));
}

#[test]
fn names_in_identifiers_judged_where_the_prose_names_them() {
    // A therapist's own page: the portrait file carries her name, and the
    // prose names her without a patient frame.
    let body = "![Jillian Marrow](/img/jillian-marrow-about.jpeg)\n\nI help clients with anxiety. She trained in trauma therapy.";
    let f = with_field("title", "About Jillian Marrow", body);
    assert!(!flagged(&f), "{:?}", rules(&f));
    // A team page's slug names the team member, whatever the bio says.
    let slug = vec![Field { key: "slug", value: "halley tollbridge", line: 2, column: 8 }];
    let f = super::tests::page_of("team", "Halley treats runners after knee surgery.", 6, slug);
    assert!(!flagged(&f), "{:?}", rules(&f));
}
