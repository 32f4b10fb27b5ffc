//! Content errors: exit status 1, every error of the run reported, each
//! naming file:line:column as the file has it, with a fix.

use crate::support::{Run, Site};

/// Builds the `basic` fixture with one extra file and expects failure.
fn build_with(rel: &str, text: &str, flags: &[&str]) -> Run {
    let site = Site::fixture("basic");
    site.write(rel, text);
    let run = site.build(flags);
    run.expect_code(1);
    assert!(!site.out().exists(), "a failed first build writes no output");
    run
}

#[test]
fn unknown_toml_key_names_its_line_and_suggests_the_known_key() {
    let text = "+++\ntitle = \"Typo in a key\"\ndate = 2026-02-03\ntags = [\"prevention\"]\nreviewd_by = \"someone\"\n+++\n\nBody.\n";
    let run = build_with("content/tips/typo.md", text, &[]);
    let errors = run.error_lines();
    assert_eq!(errors.len(), 1, "{}", run.stderr);
    assert!(errors[0].contains("content/tips/typo.md:5:1"), "line 5, column 1: {}", errors[0]);
    assert!(errors[0].contains("unknown key `reviewd_by`"), "{}", errors[0]);
    assert!(run.stderr.contains("did you mean `reviewed_by`"), "{}", run.stderr);
    assert!(run.stderr.contains("1 error found"), "{}", run.stderr);
}

#[test]
fn unknown_yaml_key_names_its_line_and_suggests_the_known_key() {
    let text =
        "---\ntitle: \"Typo in a YAML key\"\ndate: 2026-02-03\ntags:\n  - prevention\n  - sleep\ndescripton: \"misspelt\"\n---\n\nBody.\n";
    let run = build_with("content/tips/typo-yaml.md", text, &[]);
    let errors = run.error_lines();
    assert_eq!(errors.len(), 1, "{}", run.stderr);
    assert!(errors[0].contains("content/tips/typo-yaml.md:7:1 "), "line 7, column 1: {}", errors[0]);
    assert!(errors[0].contains("unknown key `descripton`"), "{}", errors[0]);
    assert!(run.stderr.contains("did you mean `description`"), "{}", run.stderr);
}

#[test]
fn wrong_value_types_name_their_lines_in_both_syntaxes() {
    let toml = "+++\ntitle = \"Bad draft flag\"\ndate = 2026-02-03\n\ndraft = \"maybe\"\n+++\n";
    let run = build_with("content/tips/bad-toml.md", toml, &[]);
    assert!(run.error_lines().iter().any(|l| l.contains("content/tips/bad-toml.md:5:")), "{}", run.stderr);
    let yaml = "---\ntitle: Bad weight\ndate: 2026-02-03\nweight: heavy\n---\n";
    let run = build_with("content/tips/bad-yaml.md", yaml, &[]);
    assert!(run.error_lines().iter().any(|l| l.contains("content/tips/bad-yaml.md:4:9 ")), "line 4, column 9: {}", run.stderr);
}

/// Malformed YAML (not a wrong key or type: the parser itself stops) names
/// the exact line and column where it stopped, counted in the file, not in
/// the front matter.
#[test]
fn malformed_yaml_front_matter_names_the_exact_line_and_column() {
    // An unquoted value with a second `: ` in it: the parser stops at that colon.
    let colon = "---\ntitle: Stray colon\ndate: 2026-02-03\ndescription: Flu shots: who needs one\n---\n\nBody.\n";
    let run = build_with("content/tips/stray-colon.md", colon, &[]);
    let errors = run.error_lines();
    assert_eq!(errors.len(), 1, "{}", run.stderr);
    assert!(
        errors[0].ends_with("content/tips/stray-colon.md:4:23 invalid YAML: mapping values are not allowed in this context"),
        "line 4, column 23 (the second colon): {}",
        errors[0]
    );
    assert!(errors[0].contains("build/syntax"), "{}", errors[0]);
    // A list item indented less than the one before it.
    let indent = "---\ntitle: Bad indentation\ndate: 2026-02-03\ntags:\n  - prevention\n - sleep\n---\n\nBody.\n";
    let run = build_with("content/tips/bad-indent.md", indent, &[]);
    let errors = run.error_lines();
    assert_eq!(errors.len(), 1, "{}", run.stderr);
    assert!(
        errors[0].ends_with("content/tips/bad-indent.md:6:2 invalid YAML: did not find expected key"),
        "line 6, column 2: {}",
        errors[0]
    );
}

#[test]
fn broken_internal_link_fails_with_its_file_line_and_column() {
    let text = "+++\ntitle = \"Broken link\"\ndate = 2026-02-02\n+++\n\nFirst paragraph.\n\nRead the [missing page](@/tips/does-not-exist.md) today.\n";
    let run = build_with("content/tips/broken-link.md", text, &[]);
    let errors = run.error_lines();
    assert_eq!(errors.len(), 1, "{}", run.stderr);
    assert!(errors[0].contains("content/tips/broken-link.md:8:10"), "line 8, column 10: {}", errors[0]);
    assert!(errors[0].contains("@/tips/does-not-exist.md"), "names the link: {}", errors[0]);
}

#[test]
fn link_to_a_draft_is_broken_unless_drafts_are_built() {
    let text = "+++\ntitle = \"Links a draft\"\ndate = 2026-02-02\n+++\n\nSee [the sunscreen draft](@/tips/draft-tip.md).\n";
    let run = build_with("content/tips/links-draft.md", text, &[]);
    assert!(run.error_lines().iter().any(|l| l.contains("content/tips/links-draft.md:6:5")), "{}", run.stderr);
    let site = Site::fixture("basic");
    site.write("content/tips/links-draft.md", text);
    let out = site.build_ok(&["--drafts"]);
    let hrefs = crate::support::attrs(&out.html("/tips/links-draft/"), "main a", "href");
    assert!(hrefs.contains(&"/tips/draft-tip/".to_string()), "{hrefs:?}");
}

#[test]
fn missing_front_matter_image_names_the_key_line() {
    let text = "+++\ntitle = \"Missing hero image\"\ndate = 2026-02-04\ndescription = \"A tip whose hero image was never uploaded.\"\nimage = \"/images/not-there.jpg\"\nimage_alt = \"A picture that was never uploaded\"\n+++\n\nBody.\n";
    let run = build_with("content/tips/no-image.md", text, &[]);
    let errors = run.error_lines();
    assert_eq!(errors.len(), 1, "{}", run.stderr);
    assert!(errors[0].contains("content/tips/no-image.md:5:1"), "line of `image`: {}", errors[0]);
    assert!(errors[0].contains("/images/not-there.jpg"), "{}", errors[0]);
}

#[test]
fn every_error_of_every_file_is_reported_in_one_run() {
    let site = Site::fixture("broken");
    let run = site.build(&[]);
    run.expect_code(1);
    let errors = run.error_lines();
    assert_eq!(errors.len(), 5, "five errors in three files:\n{}", run.stderr);
    assert!(run.stderr.trim_end().ends_with("5 errors found"), "{}", run.stderr);
    let expected = [
        ("content/tips/unknown-key.md:4:1", "reviewd_by"),
        ("content/tips/bad-values.md:3:1", "soon"),
        ("content/tips/bad-values.md:4:1", "image_alt"),
        ("content/news/no-title.md:2:1", "title"),
        ("content/news/no-title.md:2:1", "date"),
    ];
    for (pos, word) in expected {
        assert!(errors.iter().any(|l| l.contains(pos) && l.contains(word)), "no error at {pos} about {word}:\n{}", run.stderr);
    }
    assert!(!errors.iter().any(|l| l.contains("fine.md")), "the good file is not blamed");
    assert!(!site.out().exists());
}

#[test]
fn links_to_a_page_with_broken_front_matter_are_not_reported_twice() {
    let site = Site::fixture("basic");
    site.write("content/tips/broken-fm.md", "+++\ntitle = \"Broken\"\ndate = 2026-13-40\n+++\n\nBody.\n");
    site.write(
        "content/tips/links-to-broken.md",
        "+++\ntitle = \"Links\"\ndate = 2026-02-03\n+++\n\nSee [the other](@/tips/broken-fm.md).\n",
    );
    let run = site.build(&[]);
    run.expect_code(1);
    let errors = run.error_lines();
    assert_eq!(errors.len(), 1, "only the front matter error: {}", run.stderr);
    assert!(errors[0].contains("content/tips/broken-fm.md:3:"), "{}", errors[0]);
    assert!(!errors[0].contains('\n'));
}
