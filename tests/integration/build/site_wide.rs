//! A site-wide problem is reported once, not once per page (issue 10): a
//! missing logo or default image, and a problem a template puts on every
//! page it draws, on a fixture of several pages. A problem each page's own
//! text has is still reported at each page. All fictitious.
use crate::support::{Run, run as carepress_run};
use std::path::Path;

const PAGES: [&str; 4] = ["about", "contact", "parking", "insurance"];

fn site(root: &Path, extra_toml: &str) {
    std::fs::create_dir_all(root.join("content")).unwrap();
    std::fs::create_dir_all(root.join("static/images")).unwrap();
    std::fs::write(
        root.join("site.toml"),
        format!(
            "base_url = \"https://www.sorrel-clinic.example\"\ntitle = \"Sorrel Fictional Clinic\"\n[practice]\nname = \"Sorrel Fictional Clinic\"\n{extra_toml}"
        ),
    )
    .unwrap();
    std::fs::write(root.join("content/_index.md"), "+++\ntitle = \"Home\"\n+++\nHello.\n").unwrap();
    for p in PAGES {
        std::fs::write(
            root.join(format!("content/{p}.md")),
            format!("+++\ntitle = \"{p}\"\ndescription = \"The {p} page of a fictional clinic, long enough for the description rule.\"\n+++\nText about {p}.\n"),
        )
        .unwrap();
    }
    // A small PNG of the repository's fixtures.
    let png = std::fs::read(crate::support::fixture("phi-heldout-h").join("static/images/logo.png")).unwrap();
    std::fs::write(root.join("static/images/badge.png"), &png).unwrap();
    std::fs::write(root.join("static/images/own.png"), &png).unwrap();
}

fn run(root: &Path, args: &[&str]) -> (i32, String) {
    let mut all = args.to_vec();
    all.extend(["--root", root.to_str().unwrap()]);
    let Run { code, stdout: o, stderr: e } = carepress_run(&all);
    (code, format!("{o}\n{e}"))
}

fn lines_with<'a>(out: &'a str, needle: &str) -> Vec<&'a str> {
    out.lines().filter(|l| l.contains(needle)).collect()
}

#[test]
fn a_missing_logo_and_default_image_are_each_reported_once() {
    let tmp = tempfile::tempdir().unwrap();
    site(
        tmp.path(),
        "[social]\ndefault_image = \"images/share.jpg\"\ndefault_image_alt = \"Our door\"\n[theme]\nlogo = \"images/logo.svg\"\n",
    );
    let out_dir = tmp.path().join("public");
    for args in [vec!["build", "--output", out_dir.to_str().unwrap(), "--now", "2026-06-01"], vec!["check"]] {
        let (code, out) = run(tmp.path(), &args);
        assert_ne!(code, 0, "{out}");
        assert_eq!(lines_with(&out, "`images/share.jpg`").len(), 1, "{args:?}\n{out}");
        assert_eq!(lines_with(&out, "`images/logo.svg`").len(), 1, "{args:?}\n{out}");
    }
}

#[test]
fn a_problem_a_template_puts_on_every_page_is_reported_once_with_its_pages() {
    let tmp = tempfile::tempdir().unwrap();
    site(tmp.path(), "");
    // The site's page template draws an image without alt text on every page.
    let theme = std::fs::read_to_string(crate::support::manifest().join("theme/templates/page.html")).unwrap();
    let ours = theme.replacen("<div class=\"wrap\">", "<div class=\"wrap\"><img src=\"/images/badge.png\" width=\"1\" height=\"1\">", 1);
    assert_ne!(ours, theme, "the theme's page template changed: update this test");
    std::fs::create_dir_all(tmp.path().join("templates")).unwrap();
    std::fs::write(tmp.path().join("templates/page.html"), ours).unwrap();
    // One page has the same mistake in its own text: that one is its own.
    std::fs::write(
        tmp.path().join("content/parking.md"),
        "+++\ntitle = \"Parking\"\ndescription = \"Where to park at a fictional clinic, long enough for the description rule.\"\n+++\nSee the sign:\n\n<img src=\"/images/own.png\" width=\"1\" height=\"1\">\n",
    )
    .unwrap();
    let (_, out) = run(tmp.path(), &["check"]);
    let alt: Vec<&str> = lines_with(&out, "a11y/img-alt ");
    // The template's: once, naming how many pages and some of them.
    let template: Vec<&&str> =
        alt.iter().filter(|l| l.contains("(on 4 pages: content/about.md, content/contact.md, content/insurance.md, …)")).collect();
    assert_eq!(template.len(), 1, "{out}");
    // The page's own: at its line.
    assert!(alt.iter().any(|l| l.contains("content/parking.md:7")), "{out}");
    assert_eq!(alt.len(), 2, "{out}");
}
