//! Build errors made for people moving a site in (issue 10): every unknown
//! key of a file in one run, hints that know other generators' keys, the
//! nearest team slugs for an unknown author, a missing logo or default
//! image named by its key.
use crate::support::{Run, run};
use std::path::Path;

fn site(root: &Path, extra_toml: &str) {
    std::fs::create_dir_all(root.join("content/team")).unwrap();
    std::fs::create_dir_all(root.join("content/tips")).unwrap();
    std::fs::write(
        root.join("site.toml"),
        format!("base_url = \"https://www.wren-clinic.example\"\ntitle = \"Wren Fictional Clinic\"\n[practice]\nname = \"Wren Fictional Clinic\"\n{extra_toml}"),
    )
    .unwrap();
    std::fs::write(root.join("content/_index.md"), "+++\ntitle = \"Home\"\n+++\nHello.\n").unwrap();
    std::fs::write(root.join("content/team/hollis-vantree.md"), "+++\ntitle = \"Dr. Hollis Vantree\"\n+++\nBio.\n").unwrap();
    std::fs::write(root.join("content/team/hollis-varga.md"), "+++\ntitle = \"Hollis Varga\"\n+++\nBio.\n").unwrap();
}

fn build(root: &Path) -> (i32, String) {
    let out = root.join("public");
    let Run { code, stdout: o, stderr: e } =
        run(&["build", "--root", root.to_str().unwrap(), "--output", out.to_str().unwrap(), "--now", "2026-06-01"]);
    (code, format!("{o}\n{e}"))
}

#[test]
fn every_unknown_key_of_a_file_is_reported_in_one_run_with_what_to_do() {
    let tmp = tempfile::tempdir().unwrap();
    site(tmp.path(), "");
    std::fs::write(
        tmp.path().join("content/tips/flu.md"),
        "---\ntitle: Flu\ndate: 2026-01-02\nlayout: post\nexcerpt: Short\npermalink: /flu.html\ncategories: [a]\nreviewd_by: x\n---\nBody\n",
    )
    .unwrap();
    let (code, out) = build(tmp.path());
    assert_eq!(code, 1, "{out}");
    let unknown: Vec<&str> = out.lines().filter(|l| l.starts_with("error build/unknown-key")).collect();
    assert_eq!(unknown.len(), 5, "{out}");
    for (line, key) in [(4, "layout"), (5, "excerpt"), (6, "permalink"), (7, "categories"), (8, "reviewd_by")] {
        assert!(out.contains(&format!("content/tips/flu.md:{line}:1 unknown key `{key}`")), "{key}\n{out}");
    }
    assert!(out.contains("carepress calls it `description`"), "{out}");
    assert!(out.contains("not needed: carepress picks the template from the section"), "{out}");
    assert!(out.contains("set `slug` to the last part of the address, and `aliases"), "{out}");
    assert!(out.contains("rename it to `tags`"), "{out}");
    assert!(out.contains("did you mean `reviewed_by`?"), "{out}");
}

#[test]
fn an_unknown_author_names_the_nearest_team_slugs() {
    let tmp = tempfile::tempdir().unwrap();
    site(tmp.path(), "");
    std::fs::write(
        tmp.path().join("content/tips/flu.md"),
        "+++\ntitle = \"Flu\"\ndate = 2026-01-02\nauthor = \"Dr. Hollis Vantre\"\n+++\nBody\n",
    )
    .unwrap();
    let (code, out) = build(tmp.path());
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("`author` is `Dr. Hollis Vantre`, but there is no such team page"), "{out}");
    assert!(out.contains("nearest team slugs: `hollis-vantree`, `hollis-varga`"), "{out}");
}

#[test]
fn a_missing_logo_or_default_image_is_an_error_naming_the_key() {
    let tmp = tempfile::tempdir().unwrap();
    site(
        tmp.path(),
        "[social]\ndefault_image = \"images/share.jpg\"\ndefault_image_alt = \"Our door\"\n[theme]\nlogo = \"images/logo.svg\"\n",
    );
    let (code, out) = build(tmp.path());
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("site.toml:6:1 `default_image` `images/share.jpg` does not exist under static/"), "{out}");
    assert!(out.contains("site.toml:9:1 `logo` `images/logo.svg` does not exist under static/"), "{out}");
}
