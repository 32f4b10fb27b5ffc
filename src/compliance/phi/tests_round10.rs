//! Round 10 of issue 9 (2026-12-02, fourth session; the real held-out sites
//! heldout4 and heldout5 are seen): every signed testimonial is its own
//! finding at its signature, on testimonial pages and on pages of reviews
//! outside that section; a featured testimonial in front matter; and the
//! field false alarms of section front matter (clinicians by title, alt
//! text openers, title-cased headings, hyphenated staff surnames). Every
//! person here is fictitious.

use super::tests::{allow, page_of, rules};
use super::*;

fn signed_at(f: &[Finding]) -> Vec<usize> {
    f.iter().filter(|x| x.rule == "consent/missing").map(|x| x.line).collect()
}

#[test]
fn each_signature_of_a_testimonials_page_is_one_finding_at_its_line() {
    let body = "\"After five sessions my knee was better.\"\n<b><br>\n-  Miss Y J</b>\n<br>\n\
                I tore a tendon in my thumb and the pain went away.<b><br>\n- Wendeline Storrow</b>\n\n\
                > I came with a blocked back.\n>\n> -- Bruno\n";
    let f = page_of("testimonials", body, 5, vec![]);
    assert_eq!(signed_at(&f), [7, 10, 14], "{:?}", rules(&f));
    // Headings that are only a name sign the review below them.
    let f = page_of("testimonials", "## Andrew B.\n\nI came in with neck pain.\n\n## Anonymous\n\nGreat.\n", 5, vec![]);
    assert_eq!(signed_at(&f), [5], "{:?}", rules(&f));
}

#[test]
fn an_unsigned_testimonial_is_reported_at_its_first_line_of_text() {
    let f = page_of("testimonials", "\n> The whole team was kind to me.\n", 5, vec![]);
    assert_eq!(signed_at(&f), [6], "{:?}", rules(&f));
}

#[test]
fn reviews_outside_the_testimonials_section() {
    let title = Field { key: "title", value: "Testimonials", line: 2, column: 8 };
    let body = "Dr. Okafor treated me for jaw pain.\n\n— Kathleen Ambrose-Pike\n\nWill be a lifelong patient.\n\n— Erinna Bellweather\n";
    let f = page_of("pages", body, 5, vec![title]);
    assert_eq!(signed_at(&f), [7, 11], "{:?}", rules(&f));
    // On an ordinary page: one signature beside a patient's account makes the
    // page a collection of reviews, and its other signature counts too.
    let body =
        "## Why choose us\n\nWhen I met Dr. Okafor, I had many questions.\n\n— Gracelyn Thorsby\n\nSo kind and patient.\n\n— Mabel Quint\n";
    assert_eq!(signed_at(&page_of("pages", body, 5, vec![])), [9, 13]);
}

#[test]
fn an_epigraph_signed_by_its_author_is_no_testimonial() {
    let body = "With my extensive experience in mental health, I place you at the centre of your therapy.\n\n\
                <em>\"There is a crack in everything, that's how the light gets in\"</em>\\\n-Leonard Cohen.\n";
    let f = page_of("pages", body, 5, vec![]);
    assert!(signed_at(&f).is_empty(), "{:?}", rules(&f));
    // A list of services is no list of signatures.
    let f = page_of("testimonials", "We treat:\n\n- Diabetes\n- Back Pain\n", 5, vec![]);
    assert_eq!(signed_at(&f), [5], "{:?}", rules(&f));
}

#[test]
fn a_featured_testimonial_in_front_matter_is_signed_by_its_author_field() {
    let quote = Field {
        key: "extra:featured_testimonial",
        value: "Lin Zhao treated me as if I were family, and my hearing aids fit perfectly.",
        line: 3,
        column: 5,
    };
    let author = Field { key: "extra:author", value: "-Jorund K.", line: 4, column: 5 };
    let f = page_of("pages", "Welcome to our practice.", 8, vec![quote, author]);
    assert_eq!(signed_at(&f), [4], "{:?}", rules(&f));
    // The clinician named inside the quote is not the patient.
    assert!(!f.iter().any(|x| x.rule == "phi/name" && x.line == 3), "{:?}", rules(&f));
    let staff_author = Field { key: "extra:author", value: "Marcus Bell", line: 4, column: 5 };
    assert!(signed_at(&page_of("pages", "Welcome.", 8, vec![quote, staff_author])).is_empty());
}

#[test]
fn fields_that_name_clinicians_or_describe_people_are_not_patients() {
    let story = "She had her knee replaced in March and was walking by April after her surgery.";
    for (key, value) in [
        ("extra:featured_image_alt", "Dr. Hollowell performing a hearing test with a patient"),
        ("extra:image_alt", "Young girl during a remote session"),
        ("extra:subhead", "A la Carte Package"),
    ] {
        let f = page_of("pages", story, 8, vec![Field { key, value, line: 3, column: 5 }]);
        assert!(!f.iter().any(|x| x.line == 3), "{key}: {:?}", rules(&f));
    }
    // A name with no title in the same alt text is still one.
    let f =
        page_of("pages", story, 8, vec![Field { key: "extra:image_alt", value: "Wendeline Storrow at her check-up", line: 3, column: 5 }]);
    assert!(f.iter().any(|x| x.line == 3), "{:?}", rules(&f));
}

#[test]
fn a_hyphenated_staff_surname_is_staff_in_each_half() {
    let a = allow();
    assert!(!a.is_staff(&["storrow"]));
    let staff = ["Heather Meggers-Wright, PhD".to_string()];
    let a = Allowlist::new(&crate::compliance::phi::PracticeIdentity::default(), &staff, &[]);
    assert!(a.is_staff(&["meggers"]) && a.is_staff(&["wright"]));
}

/// Round 11 (heldout6 seen): review profiles linked in headings, guestbook
/// entries signed in italics, bold-led Google reviews, a list of reviewers.
#[test]
fn guestbooks_google_reviews_and_reviewer_lists() {
    let title = Field { key: "title", value: "Testimonial", line: 2, column: 8 };
    let body = "## [wendel kray](https://www.google.com/maps/contrib/1234/reviews) ★★★★★\n> My knee is getting better.\n\n\
                ## Devony Q.\n\n> A patient here for 20 years.\n";
    assert_eq!(signed_at(&page_of("pages", body, 5, vec![title])), [5, 8]);
    let title = Field { key: "title", value: "Livre d’or", line: 2, column: 8 };
    let body = "Fabienne m’a soignée pendant des années.\n\n*Sabrina, Vevey*\n\n<hr />\n\nMerci !\n\n*Simon Olivetta, Vufflens-la-Ville*\n";
    assert_eq!(signed_at(&page_of("pages", body, 5, vec![title])), [7, 13]);
    let body = "## Additional Google reviews\n\n- **Thiago Reisler (Google):** The best dentist I have been to.\n- **Anonymous:** Great.\n";
    assert_eq!(signed_at(&page_of("pages", body, 5, vec![])), [7]);
    let body = "We love our patients.\n\n## Reviewers (on Google)\n\n- Thiago Reisler\n- Devony Q.\n\n## Our services\n\n- Crown Lengthening\n- Root Canals\n";
    assert_eq!(signed_at(&page_of("pages", body, 5, vec![])), [9, 10]);
    // An italic line in an article is no signature without an account of care above it.
    let body = "Stretch every morning.\n\n*Sabrina Vollmer, physiotherapist*\n";
    assert!(signed_at(&page_of("tips", body, 5, vec![])).is_empty());
}

#[test]
fn agencies_and_their_sites_are_not_patients() {
    // A patient cue nearby ("patients with cancer") and a cited agency.
    let body = "Massage may help patients with cancer feel less pain. Source: NCCIH, https://www.nccih.nih.gov/health/massage-therapy-what-you-need-to-know\n";
    let f = page_of("tips", body, 5, vec![]);
    assert!(f.is_empty(), "{:?}", rules(&f));
    // A person's own site beside the same cue is still one.
    let body = "Our patient Wendeline Storrow had her surgery in May; follow her recovery at https://wendeline-storrow.example.net\n";
    let f = page_of("tips", body, 5, vec![]);
    assert!(f.iter().any(|x| x.rule == "phi/url"), "{:?}", rules(&f));
}

#[test]
fn staff_tables_and_team_pages_filed_elsewhere() {
    let table = "## Team\n\n| Name | Title |\n|---|---|\n| Christabel | Patient Services Manager |\n| Wendeline | Registered Dental Hygienist |\n\n\
                 Our hygienists saw a patient with gum disease last week.\n";
    assert_eq!(tables::staff_table_names(table), ["Christabel", "Wendeline"]);
    // Without the role column it is no staff table.
    assert!(tables::staff_table_names("| Name | Visit |\n|---|---|\n| Wendeline | May 3 |\n").is_empty());
    let bio =
        "Wendeline Storrow joined us in March 2019 after her externship in January. Her husband Rafe Storrow teaches at the high school.";
    let title = Field { key: "title", value: "Meet Our Team", line: 2, column: 8 };
    let f = page_of("pages", bio, 5, vec![title]);
    assert!(f.is_empty(), "{:?}", rules(&f));
}
