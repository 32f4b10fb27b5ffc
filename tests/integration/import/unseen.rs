//! Faults `carepress import` showed on real practice sites it had never
//! seen (README "Real sites"), each on a small fictitious fixture
//! (tests/fixtures/import-unseen-hugo, import-unseen-jekyll): a theme's
//! `[[social]]` profile links failed the build; a folder's own page
//! (`booking/index.md`, `contact/index.html`) landed one folder too deep and
//! lost its address; a page bundle's text files and a headless bundle were
//! published though Hugo never published them; Jekyll's `exclude:` was not
//! read; an HTML file without front matter went without a word; kramdown
//! attribute lists (`{: .btn}`) and a raw HTML block's closing tag showed on
//! the page; and a UK or New Zealand site was told to call 911.
use super::{front, list, read, s};
use crate::support::{Run, fixture, run};
use std::path::{Path, PathBuf};

/// Imports `tests/fixtures/import-unseen-<name>` as `kind` and builds it; (site, public).
fn import_and_build(kind: &str, name: &str, tmp: &Path) -> (PathBuf, PathBuf) {
    let (d, public) = (tmp.join("site"), tmp.join("public"));
    let src = fixture(&format!("import-unseen-{name}"));
    let Run { code, stdout, stderr } = run(&["import", kind, src.to_str().unwrap(), d.to_str().unwrap()]);
    assert_eq!(code, 0, "{stdout}\n{stderr}");
    let Run { code, stdout, stderr } =
        run(&["build", "--root", d.to_str().unwrap(), "--output", public.to_str().unwrap(), "--now", "2026-11-27"]);
    assert_eq!(code, 0, "the imported site must build:\n{stdout}\n{stderr}");
    (d, public)
}

fn emergency(d: &Path) -> String {
    let cfg: toml::Table = toml::from_str(&read(d, "site.toml")).unwrap();
    s(&cfg["practice"]["emergency_notice"]).to_string()
}

#[test]
fn hugo_theme_keys_bundles_and_headless_pages() {
    let tmp = tempfile::tempdir().unwrap();
    let (d, public) = import_and_build("hugo", "hugo", tmp.path());
    // A theme's `[[social]]` links are no carepress `social` (caption,
    // hashtags): kept under extra, they no longer fail the build.
    let wren = front(&d, "content/team/wren-alder.md");
    assert!(!wren.contains_key("social"), "{wren:?}");
    assert_eq!(wren["extra"]["social"].as_array().map(Vec::len), Some(2));
    // A top-level page bundle is a top-level page at its own address.
    assert!(!d.join("content/booking").exists(), "booking/index.md became a section");
    assert!(list(&front(&d, "content/booking.md"), "aliases").is_empty(), "/booking/ did not move");
    assert!(read(&public.join("booking"), "index.html").contains("Ring the desk or call in."));
    // A headless bundle stays unpublished; its text files were no pages.
    assert_eq!(front(&d, "content/home.md")["draft"].as_bool(), Some(true));
    assert!(!d.join("content/home").exists(), "a bundle's resource became a page");
    let report = read(&d, "IMPORT-REPORT.md");
    assert!(report.contains("content/home/hero.md: skipped: a resource of the page bundle content/home/"), "{report}");
    assert!(!report.contains("is now another page's address"), "{report}");
    assert_eq!(emergency(&d), "If you have a medical emergency, call 999.");
}

#[test]
fn jekyll_exclude_folder_pages_and_kramdown_attributes() {
    let tmp = tempfile::tempdir().unwrap();
    let (d, public) = import_and_build("jekyll", "jekyll", tmp.path());
    // `exclude:` folders are no part of the site.
    assert!(!d.join("content/theme-demo").exists() && !d.join("content/old-backup").exists());
    let report = read(&d, "IMPORT-REPORT.md");
    assert!(!report.contains("theme-demo") && !report.contains("old-backup"), "{report}");
    // An HTML file without front matter, which Jekyll published as it stood, is not lost without a word.
    assert!(report.contains("price-list.html: skipped: an HTML file without front matter"), "{report}");
    // A folder's only page is a top-level page at the folder's address; the
    // index of a folder with more pages is its section's introduction.
    assert!(list(&front(&d, "content/contact.md"), "aliases").is_empty());
    assert!(!d.join("content/contact").exists(), "contact/index.html became a section");
    let clinic = read(&d, "content/clinic/_index.md");
    assert!(clinic.contains("title = \"Our clinic\"") && clinic.contains("Two rooms and a garden."), "{clinic}");
    assert!(!d.join("content/clinic/clinic.md").exists());
    assert_eq!(list(&front(&d, "content/clinic/parking.md"), "aliases"), ["/clinic/parking.html"]);
    assert!(read(&public.join("clinic"), "index.html").contains("Two rooms and a garden."));
    // Where the section is renamed (articles/ becomes tips), the folder's index stays a page with its old address.
    assert_eq!(list(&front(&d, "content/tips/articles.md"), "aliases"), ["/articles/"]);
    assert!(public.join("articles/index.html").is_file());
    assert!(!report.contains("is now another page's address"), "{report}");
    // kramdown attribute lists go; code showing one stays; no stray closing tag.
    let about = read(&d, "content/about.md");
    assert!(about.contains("[Book a visit](/contact/)\n") && !about.contains("btn--primary"), "{about}");
    assert!(!about.contains("notice--info") && about.contains("`{: .notice}`"), "{about}");
    assert!(!about.contains("</section>") && about.contains("We are a fictional osteopathy practice."), "{about}");
    let html = read(&public.join("about"), "index.html");
    assert!(!html.contains("btn") && !html.contains("{: .notice--info}"), "{html}");
    assert_eq!(emergency(&d), "If you have a medical emergency, call 111.");
}
