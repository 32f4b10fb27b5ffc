//! `carepress import zola` and Zola's `@/` internal links (issue 10): a
//! link to the home page (`@/_index.md`), to a section that has an
//! introduction but no pages (it becomes a top-level page, so the link must
//! follow it), to a section that is not imported at all (a marker, never a
//! failed build), and links inside headings, which the build must resolve
//! like any other. All fictitious.
use super::read;
use crate::support::{Run, run};
use std::path::Path;

fn write(root: &Path, rel: &str, text: &str) {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

fn zola_site(root: &Path) {
    write(root, "config.toml", "base_url = \"https://www.quillwort-physio.example\"\ntitle = \"Quillwort Fictional Physiotherapy\"\n");
    write(root, "content/_index.md", "+++\ntitle = \"Home\"\n+++\nWelcome to a clinic that does not exist.\n");
    // A section used as a page: an introduction and no pages.
    write(
        root,
        "content/research/_index.md",
        "+++\ntitle = \"Our research\"\ndescription = \"What the fictional clinic studies.\"\nsort_by = \"weight\"\n+++\n## Trials\n\nWe test stretches.\n",
    );
    // A section with neither a title nor text: nothing of it is imported.
    write(root, "content/drafts/_index.md", "+++\nsort_by = \"date\"\n+++\n");
    write(root, "content/exercises/_index.md", "+++\ntitle = \"Exercises\"\n+++\nExercises to do at home.\n");
    write(
        root,
        "content/exercises/knee.md",
        "+++\ntitle = \"Knee exercises\"\ndate = 2025-04-02\ndescription = \"Three gentle exercises for a stiff knee, from a fictional clinic.\"\n+++\n\
         Back to [the home page](@/_index.md) or to [our trials](@/research/_index.md#trials).\n\n\
         ## Why [our research](@/research/_index.md) matters\n\n\
         ### [Knee basics](@/exercises/knee.md)\n\n\
         An old [draft list](@/drafts/_index.md).\n",
    );
}

#[test]
fn zola_links_to_home_to_sections_used_as_pages_and_in_headings_resolve() {
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("src");
    zola_site(&src);
    let d = tmp.path().join("site");
    let Run { code, stdout, stderr } = run(&["import", "zola", src.to_str().unwrap(), d.to_str().unwrap()]);
    assert_eq!(code, 0, "{stdout}\n{stderr}");
    assert!(read(&d, "content/research.md").contains("We test stretches."));
    let knee = read(&d, "content/exercises/knee.md");
    for link in [
        "[the home page](@/_index.md)",
        "[our trials](@/research.md#trials)",
        "[our research](@/research.md)",
        "[Knee basics](@/exercises/knee.md)",
    ] {
        assert!(knee.contains(link), "{link} missing:\n{knee}");
    }
    // The section that was not imported: a marker the report lists, not a broken link.
    assert!(knee.contains("`TODO(import): link to @/drafts/_index.md`"), "{knee}");
    let report = read(&d, "IMPORT-REPORT.md");
    assert!(report.contains("internal link @/drafts/_index.md names a page that was not imported"), "{report}");
    assert!(!report.contains("@/_index.md names"), "{report}");

    let public = tmp.path().join("public");
    let Run { code, stdout, stderr } =
        run(&["build", "--root", d.to_str().unwrap(), "--output", public.to_str().unwrap(), "--now", "2026-11-27"]);
    assert_eq!(code, 0, "{stdout}\n{stderr}");
    let html = std::fs::read_to_string(public.join("exercises/knee/index.html")).unwrap();
    assert!(!html.contains("href=\"@/"), "an internal link was left unresolved:\n{html}");
    assert!(html.contains("<a href=\"/research/#trials\">our trials</a>"), "{html}");
    assert!(html.contains("Why <a href=\"/research/\">our research</a> matters</h2>"), "{html}");
    assert!(html.contains("<a href=\"/exercises/knee/\">Knee basics</a></h3>"), "{html}");
}
