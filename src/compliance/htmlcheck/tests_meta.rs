//! Tests for `meta/*`.

use super::*;

const GOOD: &str = "Who should get a flu shot this autumn, when to get it, and how to book one at our clinic.";

fn meta(desc: &str, fm: bool, img: Option<(u32, u32, u64)>) -> Vec<HtmlFinding> {
    check_meta("/tips/flu/", &MetaInput { description: desc, description_from_front_matter: fm, social_image: img })
}

fn rules(f: &[HtmlFinding]) -> Vec<&str> {
    f.iter().map(|x| x.rule.as_str()).collect()
}

#[test]
fn good_meta_has_no_findings() {
    assert_eq!(meta(GOOD, true, Some((1200, 630, 150_000))), vec![]);
    assert_eq!(meta(&"a".repeat(160), true, Some((200, 200, 1_000_000))), vec![], "bounds are inclusive");
    assert_eq!(meta(&"a".repeat(50), true, Some((200, 200, 1))), vec![]);
}

#[test]
fn missing_description() {
    for d in ["", "  \n "] {
        let f = meta(d, false, Some((1200, 630, 1)));
        assert_eq!(rules(&f), ["meta/description-missing"]);
        assert_eq!(f[0].severity, Severity::Warning);
        assert_eq!(f[0].output_path, "/tips/flu/");
    }
}

#[test]
fn long_description_counts_characters_not_bytes() {
    let f = meta(&"é".repeat(161), true, Some((1200, 630, 1)));
    assert_eq!(rules(&f), ["meta/description-long"]);
    assert!(f[0].message.contains("161"));
    assert_eq!(f[0].needle.as_deref(), Some("é".repeat(40).as_str()));
    assert_eq!(rules(&meta(&"é".repeat(160), true, Some((1200, 630, 1)))), Vec::<&str>::new());
}

#[test]
fn short_description() {
    let f = meta("Flu shots.", true, Some((1200, 630, 1)));
    assert_eq!(rules(&f), ["meta/description-short"]);
    assert_eq!(f[0].needle.as_deref(), Some("Flu shots."));
    assert!(f[0].message.contains("front matter"));
}

#[test]
fn generated_description_has_no_needle_and_says_so() {
    let f = meta("Flu shots.", false, Some((1200, 630, 1)));
    assert_eq!(rules(&f), ["meta/description-short"]);
    assert_eq!(f[0].needle, None);
    assert!(f[0].message.contains("generated"));
}

#[test]
fn whitespace_is_collapsed_before_counting() {
    let padded = format!("{}{}", "word ".repeat(9), " ".repeat(200));
    assert_eq!(rules(&meta(&padded, true, Some((1200, 630, 1)))), ["meta/description-short"]);
}

#[test]
fn missing_social_image() {
    let f = meta(GOOD, true, None);
    assert_eq!(rules(&f), ["meta/image-missing"]);
    assert_eq!(f[0].severity, Severity::Warning);
}

#[test]
fn small_social_image() {
    assert_eq!(rules(&meta(GOOD, true, Some((199, 630, 1)))), ["meta/image-small"]);
    assert_eq!(rules(&meta(GOOD, true, Some((1200, 199, 1)))), ["meta/image-small"]);
    assert!(meta(GOOD, true, Some((199, 630, 1)))[0].message.contains("199×630"));
}

#[test]
fn large_social_image() {
    assert_eq!(rules(&meta(GOOD, true, Some((1200, 630, 1_000_001)))), ["meta/image-large"]);
    assert_eq!(rules(&meta(GOOD, true, Some((100, 100, 5_000_000)))), ["meta/image-small", "meta/image-large"]);
}
