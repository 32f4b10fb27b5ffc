//! `carepress import hugo` of nested sections (issue 10): carepress
//! sections are one level deep, so `content/services/dental/implants.md`
//! must arrive as a page of `services` with its old address as an alias,
//! and `content/services/dental/_index.md` as a page at its old address
//! listing its pages, with no page or address lost. Also Liquid tags and
//! Hugo shortcodes with no equivalent: each a visible `TODO(import)` marker
//! listed in IMPORT-REPORT.md at its file and line. All fictitious.
use super::{front, list, read};
use crate::support::{Run, run};
use std::path::Path;

fn write(root: &Path, rel: &str, text: &str) {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

fn page(title: &str, body: &str) -> String {
    format!(
        "+++\ntitle = \"{title}\"\ndescription = \"The {title} page of a fictional clinic, written for a test of nested sections.\"\n+++\n{body}\n"
    )
}

/// A Hugo site with sections two and three levels deep.
fn nested_hugo(root: &Path) {
    write(root, "hugo.toml", "baseURL = \"https://www.tamarind-dental.example/\"\ntitle = \"Tamarind Fictional Dental\"\n");
    write(root, "content/_index.md", &page("Home", "Welcome."));
    write(root, "content/services/_index.md", &page("Services", "Everything we do."));
    write(root, "content/services/cleaning.md", &page("Cleaning", "Twice a year."));
    write(root, "content/services/dental/_index.md", &page("Dental surgery", "Surgery we do in house."));
    write(root, "content/services/dental/implants.md", &page("Implants", "A titanium root."));
    write(root, "content/services/dental/crowns.md", &page("Crowns", "A cap for a tooth."));
    write(root, "content/services/dental/kids/_index.md", &page("Surgery for children", "Gentle care."));
    write(root, "content/services/dental/kids/space-maintainers.md", &page("Space maintainers", "Keeps room for a tooth."));
    // The same file name in two subsections: neither may be lost (the first
    // in file order, cosmetic/, keeps the name).
    write(root, "content/services/cosmetic/_index.md", &page("Cosmetic", "Looks."));
    write(root, "content/services/cosmetic/implants.md", &page("Cosmetic implants", "Matched to your smile."));
    write(root, "content/about.md", &page("About", "See [implants]({{< ref \"services/dental/implants.md\" >}})."));
}

#[test]
fn nested_hugo_sections_keep_every_page_and_address() {
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("src");
    nested_hugo(&src);
    let d = tmp.path().join("site");
    let Run { code, stdout: out, stderr: err } = run(&["import", "hugo", src.to_str().unwrap(), d.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}\n{err}");
    // The top section keeps its own introduction (a nested _index.md used to replace it).
    let top = read(&d, "content/services/_index.md");
    assert!(top.contains("title = \"Services\"") && top.contains("Everything we do."), "{top}");
    // Each nested section is a page at its old address, listing its pages.
    let dental = read(&d, "content/services/dental.md");
    assert!(dental.contains("Surgery we do in house."), "{dental}");
    for link in ["[Crowns](@/services/crowns.md)", "[Implants](@/services/implants-2.md)", "[Surgery for children](@/services/kids.md)"] {
        assert!(dental.contains(link), "{link} missing:\n{dental}");
    }
    for same in ["content/services/dental.md", "content/services/cosmetic.md"] {
        assert!(list(&front(&d, same), "aliases").is_empty(), "{same}: its address did not change");
    }
    assert!(read(&d, "content/services/cosmetic.md").contains("[Cosmetic implants](@/services/implants.md)"));
    assert!(read(&d, "content/services/kids.md").contains("[Space maintainers](@/services/space-maintainers.md)"));
    // Every page, old address kept as an alias.
    for (file, old) in [
        ("content/services/implants-2.md", "/services/dental/implants/"),
        ("content/services/crowns.md", "/services/dental/crowns/"),
        ("content/services/kids.md", "/services/dental/kids/"),
        ("content/services/space-maintainers.md", "/services/dental/kids/space-maintainers/"),
        ("content/services/implants.md", "/services/cosmetic/implants/"),
    ] {
        assert_eq!(list(&front(&d, file), "aliases"), [old], "{file}");
    }
    assert!(read(&d, "content/services/cleaning.md").contains("Twice a year."));
    // Hugo's ref shortcode is an internal link to the page's new file.
    assert!(read(&d, "content/about.md").contains("[implants](@/services/implants-2.md)"), "{}", read(&d, "content/about.md"));
    // The imported site builds, and every old address answers.
    let public = tmp.path().join("public");
    let Run { code, stdout: o, stderr: e } =
        run(&["build", "--root", d.to_str().unwrap(), "--output", public.to_str().unwrap(), "--now", "2026-11-27"]);
    assert_eq!(code, 0, "{o}\n{e}");
    for addr in [
        "services/dental",
        "services/dental/implants",
        "services/dental/crowns",
        "services/dental/kids",
        "services/dental/kids/space-maintainers",
        "services/cosmetic",
        "services/cosmetic/implants",
        "services/implants",
        "services/implants-2",
        "services/cleaning",
    ] {
        assert!(public.join(addr).join("index.html").is_file(), "/{addr}/ has no page or redirect");
    }
}

/// The report's marker lines: (file:line, text).
fn markers(report: &str) -> Vec<String> {
    let section = report.split("## TODO markers").nth(1).unwrap_or("").split("\n## ").next().unwrap_or("");
    section.lines().filter(|l| l.starts_with("- [ ] ")).map(|l| l["- [ ] ".len()..].to_string()).collect()
}

/// The 1-based line of `needle` in a file of the imported site.
fn line_of(d: &Path, rel: &str, needle: &str) -> usize {
    read(d, rel).lines().position(|l| l.contains(needle)).unwrap_or_else(|| panic!("{needle} not in {rel}")) + 1
}

#[test]
fn liquid_tags_left_in_content_are_markers_listed_at_their_lines() {
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("src");
    write(&src, "_config.yml", "title: Quillon Fictional Clinic\nurl: https://www.quillon.example\n");
    write(
        &src,
        "about.md",
        "---\ntitle: About\n---\nIntro.\n\n{% include staff-table.html rows=3 %}\n\nWe are {{ site.practice_age }} years old.\n\n\
         {% if site.show_hours %}\nOpen late.\n{% endif %}\n\n{% raw %}Type {{ name }} in the form.{% endraw %}\n\n{% raw %}\nunclosed\n",
    );
    let d = tmp.path().join("site");
    let Run { code, stdout: out, stderr: err } = run(&["import", "jekyll", src.to_str().unwrap(), d.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}\n{err}");
    let about = read(&d, "content/about.md");
    // What {% raw %} shows as written stays as written, unmarked.
    assert!(about.contains("Type {{ name }} in the form."), "{about}");
    let report = read(&d, "IMPORT-REPORT.md");
    let found: Vec<String> = markers(&report).into_iter().filter(|m| m.starts_with("content/about.md:")).collect();
    for needle in
        ["{% include staff-table.html rows=3 %}", "{{ site.practice_age }}", "{% if site.show_hours %}", "{% endif %}", "{% raw %}"]
    {
        let marker = format!("`TODO(import): {needle}`");
        assert!(about.contains(&marker), "{marker} not in:\n{about}");
        let at = format!("content/about.md:{}: ", line_of(&d, "content/about.md", &marker));
        assert!(found.iter().any(|m| m.starts_with(&at) && m.contains(needle)), "{needle} not listed at {at}:\n{report}");
    }
    assert_eq!(found.len(), 5, "{report}");
}

#[test]
fn hugo_shortcodes_left_in_content_are_markers_listed_at_their_lines() {
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("src");
    write(&src, "hugo.toml", "baseURL = \"https://www.ridley-clinic.example/\"\ntitle = \"Ridley Fictional Clinic\"\n");
    write(
        &src,
        "content/posts/hours.md",
        "+++\ntitle = \"Hours\"\ndate = 2024-01-02\n+++\nLine one.\n\n{{< notice warning >}}\nClosed Monday.\n{{< /notice >}}\n\n\
         {{% expand \"More\" %}}\n\nShow the code: {{</* gallery */>}} writes a gallery.\n",
    );
    let d = tmp.path().join("site");
    let Run { code, stdout: out, stderr: err } = run(&["import", "hugo", src.to_str().unwrap(), d.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}\n{err}");
    let file = "content/tips/hours.md";
    let text = read(&d, file);
    // An escaped shortcode is shown as Hugo showed it: the shortcode itself.
    assert!(text.contains("Show the code: {{< gallery >}} writes a gallery."), "{text}");
    let report = read(&d, "IMPORT-REPORT.md");
    let found: Vec<String> = markers(&report).into_iter().filter(|m| m.starts_with(file)).collect();
    for needle in ["{{< notice warning >}}", "{{< /notice >}}", "{{% expand \"More\" %}}"] {
        let marker = format!("`TODO(import): {needle}`");
        let at = format!("{file}:{}: ", line_of(&d, file, &marker));
        assert!(found.iter().any(|m| m.starts_with(&at) && m.contains(needle)), "{needle} not listed at {at}:\n{report}");
    }
    assert_eq!(found.len(), 3, "{report}");
}
