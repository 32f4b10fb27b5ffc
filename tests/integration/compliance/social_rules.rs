//! `social/*` rules of `carepress check` on the real binary (SPEC §11):
//! for each rule a page that fires it and one that does not, the JSON
//! fields, the human line, `--only social`, the `social` channel, and the
//! example site and the `init` starter staying clean. Pages are written
//! into a copy of tests/fixtures/social (a fictitious practice).
use crate::support::{Run, copy_dir, fixture, manifest, run};

use serde_json::Value;
use std::path::{Path, PathBuf};

const NOW: &str = "2026-11-27";
/// The fixture's production address: posts link under it.
const BASE: &str = "https://www.birchwood-test-clinic.example/";

/// A copy of the social fixture with extra tips `(slug, front matter lines)`.
fn site_with(tips: &[(&str, String)]) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_dir(&fixture("social"), &root);
    for (slug, extra) in tips {
        let page = format!(
            "+++\ntitle = \"Tip {slug}\"\ndate = 2026-03-02\ndescription = \"A fictitious tip used to test the social rules of carepress check.\"\n\
             reviewed_by = \"dana-reyes\"\nlast_reviewed = 2026-03-01\n{extra}\n+++\n\nA short body.\n"
        );
        std::fs::write(root.join(format!("content/tips/{slug}.md")), page).unwrap();
    }
    (tmp, root)
}

/// `check --only social --format json`: (exit code, findings).
fn social_json(root: &Path) -> (i32, Vec<Value>) {
    let Run { code, stdout: out, stderr: err } =
        run(&["check", "--root", root.to_str().unwrap(), "--only", "social", "--format", "json", "--now", NOW]);
    let v: Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("JSON ({e}):\n{out}\n{err}"));
    (code, v.as_array().expect("a JSON array").clone())
}

/// The findings of `rule` on content/tips/`slug`.md.
fn on<'a>(all: &'a [Value], rule: &str, slug: &str) -> Vec<&'a Value> {
    let file = format!("content/tips/{slug}.md");
    all.iter().filter(|f| f["rule"] == rule && f["file"].as_str().unwrap_or("").replace('\\', "/") == file).collect()
}

fn messages(found: &[&Value]) -> String {
    found.iter().map(|f| f["message"].as_str().unwrap_or("")).collect::<Vec<_>>().join("\n")
}

fn caption(text: &str, hashtags: &[&str]) -> String {
    let tags: Vec<String> = hashtags.iter().map(|t| format!("\"{t}\"")).collect();
    format!("social = {{ caption = \"{text}\", hashtags = [{}] }}", tags.join(", "))
}

#[test]
fn caption_length_counts_the_post_per_platform() {
    let long = "a".repeat(250);
    let tags: Vec<String> = (0..25).map(|k| format!("Tag{k:02}{}", "x".repeat(95))).collect();
    let tag_refs: Vec<&str> = tags.iter().map(String::as_str).collect();
    let (_t, root) = site_with(&[
        ("long", caption(&long, &[])),
        ("fits", caption("Walk-in flu clinics start in September.", &["FluSeason"])),
        ("tagged", caption("Hashtags galore.", &tag_refs)),
    ]);
    let (code, all) = social_json(&root);
    assert_eq!(code, 1, "caption-length is an error: {all:#?}");

    // 250 characters, a space and the link: X counts the link as 23.
    let link = format!("{BASE}tips/long/");
    let long_found = on(&all, "social/caption-length", "long");
    let text = messages(&long_found);
    assert_eq!(long_found.len(), 1, "only Bluesky is exceeded:\n{text}");
    assert!(text.starts_with("Bluesky:") && text.contains(&format!("is {} graphemes", 251 + link.len())), "{text}");
    assert!(!text.contains("X:"), "X counts 250 + 1 + 23 = 274 of 280: {text}");

    // 25 long hashtags: past Mastodon's 500 and Instagram's 2,200, within LinkedIn's 3,000.
    let tagged = messages(&on(&all, "social/caption-length", "tagged"));
    for p in ["X:", "Bluesky:", "Mastodon:", "Instagram:"] {
        assert!(tagged.contains(p), "{p} missing:\n{tagged}");
    }
    assert!(!tagged.contains("LinkedIn:"), "{tagged}");
    // The hashtags are counted as posted: one `#` and one space each.
    let posted = "Hashtags galore.".len() + tags.iter().map(|t| t.len() + 2).sum::<usize>();
    assert!(tagged.contains(&format!("Instagram: the post (caption with its hashtags) is {posted} characters")), "{tagged}");

    assert!(on(&all, "social/caption-length", "fits").is_empty(), "{all:#?}");
    assert!(on(&all, "social/caption-length", "flu-shots").is_empty(), "no caption, a short description: {all:#?}");
}

#[test]
fn hashtags_must_link_whole() {
    let (_t, root) = site_with(&[
        ("bad-tags", caption("Get your shot. #flu-shot", &["2026", "flu shot", "FluSeason", "fluseason"])),
        ("good-tags", caption("Get your #FluShot today.", &["FluSeason", "vacunación", "Grippe_2026"])),
    ]);
    let (code, all) = social_json(&root);
    assert_eq!(code, 0, "hashtag findings are warnings: {all:#?}");
    let bad = on(&all, "social/hashtag", "bad-tags");
    let text = messages(&bad);
    assert!(text.contains("`#flu-shot` links only as `#flu`"), "{text}");
    assert!(text.contains("`#2026` links nothing"), "{text}");
    assert!(text.contains("`#flu shot` links only as `#flu`"), "{text}");
    assert!(text.contains("`#fluseason` appears twice"), "{text}");
    assert_eq!(bad.len(), 4, "{text}");
    assert!(bad.iter().all(|f| f["severity"] == "warning"));
    assert!(on(&all, "social/hashtag", "good-tags").is_empty(), "{all:#?}");
}

#[test]
fn more_than_thirty_hashtags_is_too_many_for_instagram() {
    let tags: Vec<String> = (0..31).map(|k| format!("Tag{k}")).collect();
    let refs: Vec<&str> = tags.iter().map(String::as_str).collect();
    let (_t, root) = site_with(&[("many", caption("Many tags.", &refs)), ("thirty", caption("Thirty tags.", &refs[..30]))]);
    let (_, all) = social_json(&root);
    assert!(messages(&on(&all, "social/hashtag", "many")).contains("31 hashtags; Instagram refuses more than 30"), "{all:#?}");
    assert!(on(&all, "social/hashtag", "thirty").is_empty(), "{all:#?}");
}

#[test]
fn share_image_too_small_for_a_large_card() {
    let (_t, root) = site_with(&[
        ("small-image", "image = \"/images/small.png\"\nimage_alt = \"A plain purple rectangle standing in for a clinic photo\"".into()),
        ("large-image", "image = \"/images/flu.jpg\"\nimage_alt = \"A nurse giving a flu shot\"".into()),
    ]);
    image::RgbImage::from_pixel(500, 300, image::Rgb([106, 63, 181])).save(root.join("static/images/small.png")).unwrap();
    let (_, all) = social_json(&root);
    let small = on(&all, "social/image-small", "small-image");
    assert_eq!(small.len(), 1, "{all:#?}");
    assert!(small[0]["message"].as_str().unwrap().contains("500×300"), "{:?}", small[0]);
    // Pointed at the `image` line of the front matter.
    assert_eq!(small[0]["line"], 7, "{:?}", small[0]);
    assert!(on(&all, "social/image-small", "large-image").is_empty(), "{all:#?}");
    // The fixture's 600×600 bio portrait is big enough for a large card.
    assert!(!all.iter().any(|f| f["rule"] == "social/image-small" && f["file"].as_str().unwrap_or("").contains("team")), "{all:#?}");
}

#[test]
fn share_image_alt_must_describe_the_image() {
    let long_alt = "A nurse ".repeat(60);
    let (_t, root) = site_with(&[
        ("file-alt", "image = \"/images/flu.jpg\"\nimage_alt = \"flu.jpg\"".into()),
        ("placeholder-alt", "image = \"/images/flu.jpg\"\nimage_alt = \"Image\"".into()),
        ("long-alt", format!("image = \"/images/flu.jpg\"\nimage_alt = \"{}\"", long_alt.trim())),
        ("good-alt", "image = \"/images/flu.jpg\"\nimage_alt = \"A nurse giving a flu shot\"".into()),
    ]);
    let (_, all) = social_json(&root);
    let file_alt = on(&all, "social/image-alt", "file-alt");
    assert_eq!(file_alt.len(), 1, "{all:#?}");
    assert!(file_alt[0]["message"].as_str().unwrap().contains("\"flu.jpg\" does not say what the image shows"));
    assert_eq!(file_alt[0]["line"], 8, "pointed at image_alt: {:?}", file_alt[0]);
    assert_eq!(on(&all, "social/image-alt", "placeholder-alt").len(), 1, "{all:#?}");
    assert!(messages(&on(&all, "social/image-alt", "long-alt")).contains("X cuts it at 420"), "{all:#?}");
    assert!(on(&all, "social/image-alt", "good-alt").is_empty(), "{all:#?}");
    // Generated cards carry an alt text made from the title.
    assert!(on(&all, "social/image-alt", "flu-shots").is_empty(), "{all:#?}");
}

#[test]
fn json_and_human_output_carry_every_field() {
    let (_t, root) = site_with(&[("bad-tags", caption("Shots today.", &["flu-shot"]))]);
    let (_, all) = social_json(&root);
    let f = on(&all, "social/hashtag", "bad-tags");
    assert_eq!(f.len(), 1, "{all:#?}");
    let f = f[0];
    for key in ["rule", "severity", "file", "line", "column", "message", "hint"] {
        assert!(!f[key].is_null(), "{key} missing in {f}");
    }
    // Pointed at `hashtags` in the front matter's seventh line.
    let social_line = caption("Shots today.", &["flu-shot"]);
    let column = social_line.find("hashtags").unwrap() + 1;
    assert_eq!((f["line"].as_u64(), f["column"].as_u64()), (Some(7), Some(column as u64)), "{f}");
    assert!(f["hint"].as_str().unwrap().contains("CamelCase"), "{f}");

    let Run { code, stdout: out, .. } = run(&["check", "--root", root.to_str().unwrap(), "--only", "social", "--now", NOW]);
    assert_eq!(code, 0, "{out}");
    let line = format!("warning social/hashtag content/tips/bad-tags.md:7:{column} hashtag `#flu-shot` links only as `#flu`");
    assert!(out.contains(&line), "{out}");
    assert!(out.contains("hint: write each hashtag as one word"), "{out}");
    // Without --only, the social findings are among the others.
    let Run { stdout: all, .. } = run(&["check", "--root", root.to_str().unwrap(), "--format", "json", "--now", NOW]);
    assert!(all.contains("\"social/hashtag\""), "{all}");
}

#[test]
fn pages_off_the_social_channel_are_not_posted() {
    let off = format!("channels = [\"website\", \"rss\"]\n{}", caption(&"a".repeat(270), &["flu-shot"]));
    let (_t, root) = site_with(&[("off-social", off)]);
    let (_, all) = social_json(&root);
    assert!(all.iter().all(|f| !f["file"].as_str().unwrap_or("").contains("off-social")), "{all:#?}");
}

#[test]
fn the_example_site_and_the_starter_have_no_social_findings() {
    let Run { code, stdout: out, stderr: err } = run(&["check", "--root", manifest().to_str().unwrap(), "--only", "social", "--now", NOW]);
    assert!(code == 0 && out.contains("0 error(s), 0 warning(s)"), "{out}\n{err}");
    let tmp = tempfile::tempdir().unwrap();
    let starter = tmp.path().join("starter");
    let Run { code, stderr: err, .. } = run(&["init", starter.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let Run { stdout: out, stderr: err, .. } = run(&["check", "--root", starter.to_str().unwrap(), "--only", "social", "--now", NOW]);
    assert!(out.contains("0 error(s), 0 warning(s)"), "{out}\n{err}");
}

#[test]
fn standalone_drafts_get_the_social_rules() {
    let (_t, root) = site_with(&[]);
    let draft = root.join("draft-post.md");
    let text = format!("+++\ntitle = \"A draft tip\"\ndraft = true\n{}\n+++\n\nA short body.\n", caption(&"a".repeat(270), &["flu-shot"]));
    std::fs::write(&draft, text).unwrap();
    let Run { code, stdout: out, stderr: err } =
        run(&["check", "--root", root.to_str().unwrap(), "--format", "json", "--now", NOW, draft.to_str().unwrap()]);
    let all: Vec<Value> = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}\n{err}"));
    assert_eq!(code, 1, "{all:#?}");
    let rules: Vec<&str> = all.iter().map(|f| f["rule"].as_str().unwrap()).collect();
    assert!(rules.contains(&"social/hashtag") && rules.contains(&"social/caption-length"), "{all:#?}");
    assert!(all.iter().all(|f| f["file"].as_str().unwrap().ends_with("draft-post.md")), "{all:#?}");
}
