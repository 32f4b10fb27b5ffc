//! `carepress import` (SPEC §9) on small fixture sites in each source
//! format (tests/fixtures/import-*): every mapping, the aliases, TODO
//! markers, the report, refusal of a non-empty DIR, SOURCE untouched, and
//! the imported site building. All people and practices are fictitious.
use crate::support::*;

mod errors;
mod links;
mod nested;
mod unseen;

const KINDS: [&str; 4] = ["jekyll", "hugo", "zola", "wordpress"];

fn s(v: &toml::Value) -> &str {
    v.as_str().unwrap()
}

fn list(t: &toml::Table, key: &str) -> Vec<String> {
    t.get(key).and_then(|v| v.as_array()).map(|a| a.iter().map(|x| x.as_str().unwrap().to_string()).collect()).unwrap_or_default()
}

#[test]
fn jekyll_config_posts_collections_data_team_and_aliases() {
    let tmp = tempfile::tempdir().unwrap();
    let d = import("jekyll", tmp.path());
    let cfg: toml::Table = toml::from_str(&read(&d, "site.toml")).unwrap();
    assert_eq!(s(&cfg["base_url"]), "https://www.larkspur-clinic.example/");
    assert_eq!(s(&cfg["title"]), "Larkspur Fictional Family Clinic");
    assert_eq!(s(&cfg["timezone"]), "America/Chicago");
    assert_eq!(s(&cfg["language"]), "en-US");
    let p = cfg["practice"].as_table().unwrap();
    assert_eq!(s(&p["phone"]), "+1-555-010-4400");
    assert_eq!(s(&p["email"]), "frontdesk@larkspur-clinic.example");
    assert_eq!(s(&p["address"]["street"]), "12 Imaginary Lane");
    assert_eq!(s(&cfg["social"]["x"]), "@larkspurclinic");
    assert_eq!(s(&cfg["social"]["facebook"]), "https://facebook.com/larkspurclinic");
    assert_eq!(s(&cfg["theme"]["logo"]), "assets/img/logo.png");

    // A post: layout dropped, excerpt -> description, categories -> tags,
    // thumbnail -> image, author by display name -> team slug, the rest -> extra.
    let f = front(&d, "content/tips/flu-season.md");
    assert!(!f.contains_key("layout"));
    assert_eq!(s(&f["description"]), "Why a yearly flu shot matters, and when to get it.");
    assert_eq!(list(&f, "tags"), ["flu", "Prevention"]);
    assert_eq!(s(&f["image"]), "/assets/img/flu.jpg");
    assert_eq!(s(&f["image_alt"]), "A nurse giving a flu shot");
    assert_eq!(s(&f["author"]), "imogen-testwell");
    assert_eq!(s(&f["date"]), "2024-03-05");
    assert_eq!(f["extra"]["sidebar"].as_bool(), Some(true));
    // Jekyll's default `date` permalink, kept as an alias.
    assert_eq!(list(&f, "aliases"), ["/prevention/2024/03/05/flu-season.html"]);
    // News by category; an explicit permalink kept as an alias.
    let n = front(&d, "content/news/new-hours.md");
    assert_eq!(list(&n, "aliases"), ["/announcements/saturday-hours/"]);
    assert_eq!(s(&n["extra"]["author"]), "Dr. Imogene Testwel");
    // A collection with its own permalink pattern; a page's .html address; a policy.
    assert_eq!(list(&front(&d, "content/services/well-child-visits.md"), "aliases"), ["/what-we-do/well-child-visits/"]);
    assert_eq!(list(&front(&d, "content/about.md"), "aliases"), ["/about.html"]);
    assert_eq!(list(&front(&d, "content/policies/privacy.md"), "aliases"), ["/privacy-policy/"]);
    assert!(read(&d, "content/policies/_index.md").contains("kind = \"policies\""));
    // Team bios from _data/doctors.yml.
    let b = front(&d, "content/team/imogen-testwell.md");
    assert_eq!(s(&b["role"]), "Family Physician");
    assert_eq!(s(&b["credentials"]), "MD, FAAFP");
    assert_eq!(list(&b, "languages"), ["English", "Spanish"]);
    assert!(read(&d, "content/team/imogen-testwell.md").contains("twelve years"));
    assert!(d.join("content/team/bartholomew-quill.md").is_file());
    // HTML page body and the home page.
    let about = read(&d, "content/about.md");
    assert!(about.contains("## Our story") && about.contains("**2001**"), "{about}");
    assert!(read(&d, "content/_index.md").contains("Welcome to the clinic."));
    assert!(!d.join("content/README.md").exists());
    // A folder named in `include:` holds ordinary pages; same address, no alias.
    let fees = front(&d, "content/fees.md");
    assert_eq!(s(&fees["title"]), "Fees and insurance");
    assert!(!fees.contains_key("aliases"));
}

#[test]
fn jekyll_includes_become_markdown_or_markers() {
    let tmp = tempfile::tempdir().unwrap();
    let d = import("jekyll", tmp.path());
    let post = read(&d, "content/tips/flu-season.md");
    assert!(post.contains("![Flu vaccine vials](/assets/img/flu.jpg)\n*Vaccines arrive in September*"), "{post}");
    assert!(post.contains("[Watch this video on YouTube](https://www.youtube.com/watch?v=FICT10NAL01)"));
    assert!(post.contains("[Book a flu shot](/contact/)"));
    assert!(post.contains("`TODO(import): {% include newsletter-signup.html %}`"));
    assert!(post.contains("Some *raw HTML* from the old theme."), "{post}");
}

#[test]
fn hugo_bundles_shortcodes_permalinks_and_data_team() {
    let tmp = tempfile::tempdir().unwrap();
    let d = import("hugo", tmp.path());
    let cfg: toml::Table = toml::from_str(&read(&d, "site.toml")).unwrap();
    assert_eq!(s(&cfg["timezone"]), "America/Denver");
    assert_eq!(s(&cfg["practice"]["address"]["city"]), "Fablesburg");
    assert_eq!(s(&cfg["practice"]["address"]["region"]), "CO");
    assert_eq!(s(&cfg["social"]["instagram"]), "https://instagram.com/birchwoodfictional");
    assert_eq!(s(&cfg["description"]), "Pediatric care in an invented valley.");
    let f = front(&d, "content/tips/sun-safety.md");
    assert_eq!(s(&f["description"]), "Sunscreen, shade and hats: the three rules.");
    assert_eq!(s(&f["updated"]), "2024-06-10");
    assert_eq!(s(&f["image"]), "/images/posts/sun-safety/sun.jpg");
    assert_eq!(s(&f["image_alt"]), "A child in a sun hat");
    assert_eq!(s(&f["author"]), "oona-fernsby");
    // Its own alias, and the [permalinks] address it had.
    assert_eq!(list(&f, "aliases"), ["/old/sun/", "/2024/06/sun-safety/"]);
    assert!(!f.contains_key("toc") || f["extra"].get("toc").is_some());
    // `slug` names the file; the old address (from the section's pattern) is an alias.
    let e = front(&d, "content/tips/earaches.md");
    assert_eq!(list(&e, "aliases"), ["/2024/05/earaches/"]);
    assert_eq!(e["weight"].as_integer(), Some(3));
    let body = read(&d, "content/tips/sun-safety.md");
    assert!(body.contains("![Beach umbrella](/images/posts/sun-safety/sun.jpg)\n*Shade helps*"), "{body}");
    assert!(body.contains("watch?v=FICT10NAL02") && body.contains("[Book a visit](/appointments/)"));
    assert!(body.contains("`TODO(import): {{< notice warning >}}`Call us if a burn blisters."));
    assert!(d.join("static/images/posts/sun-safety/sun.jpg").is_file());
    assert_eq!(s(&front(&d, "content/team/oona-fernsby.md")["role"]), "Pediatrician");
    assert_eq!(s(&front(&d, "content/team/caspian-marlowe.md")["role"]), "Pediatric nurse");
    assert_eq!(list(&front(&d, "content/policies/privacy.md"), "aliases"), ["/privacy/"]);
}

#[test]
fn zola_dates_paths_taxonomies_and_shortcodes() {
    let tmp = tempfile::tempdir().unwrap();
    let d = import("zola", tmp.path());
    let f = front(&d, "content/tips/hand-washing.md");
    assert_eq!(s(&f["date"]), "2024-02-02");
    assert_eq!(list(&f, "aliases"), ["/old-handwashing/"]);
    assert_eq!(list(&f, "tags"), ["Prevention", "hygiene"]);
    assert_eq!(f["extra"]["reading_time"].as_integer(), Some(2));
    assert!(!f.contains_key("template") && !f.contains_key("taxonomies"));
    let body = read(&d, "content/tips/hand-washing.md");
    assert!(body.contains("watch?v=FICT10NAL03"));
    assert!(body.contains("`TODO(import): {% note(kind=\"tip\") %}Sing a song while you wash.{% end %}`"), "{body}");
    assert!(body.contains("`TODO(import): {{ gallery(dir=\"photos\") }}`"));
    let cfg: toml::Table = toml::from_str(&read(&d, "site.toml")).unwrap();
    assert_eq!(s(&cfg["social"]["x"]), "@quillfieldpt");
    assert_eq!(s(&cfg["theme"]["logo"]), "logo.png");
    // A top-level page keeps its address: no alias needed.
    assert!(!front(&d, "content/about.md").contains_key("aliases"));
}

#[test]
fn wordpress_wxr_posts_pages_attachments_and_drafts() {
    let tmp = tempfile::tempdir().unwrap();
    let d = import("wordpress", tmp.path());
    let f = front(&d, "content/tips/brushing-twice-a-day.md");
    assert_eq!(s(&f["description"]), "The two habits that matter most.");
    assert_eq!(s(&f["date"]), "2024-01-15T08:30:00");
    assert_eq!(list(&f, "tags"), ["brushing", "Oral Health"]);
    assert_eq!(s(&f["image"]), "/wp-content/uploads/2024/01/clinic.jpg");
    assert_eq!(list(&f, "aliases"), ["/2024/01/15/brushing-twice-a-day/"]);
    assert_eq!(s(&f["extra"]["author"]), "Theodora Brightly");
    let body = read(&d, "content/tips/brushing-twice-a-day.md");
    assert!(body.contains("Brush for **two minutes**, twice a day.\n\nFloss once a day."), "{body}");
    assert!(body.contains("![Our waiting room](/wp-content/uploads/2024/01/clinic.jpg)"));
    assert!(body.contains("`TODO(import): [gallery ids=\"10,11\"]`"));
    assert!(body.contains("watch?v=FICT10NAL04"));
    assert!(body.contains("TODO(import): a <script> was removed") && !body.contains("trackVisitor"));
    assert!(body.contains("TODO(import): missing image"));
    assert_eq!(front(&d, "content/tips/whitening-myths.md")["draft"].as_bool(), Some(true));
    assert!(read(&d, "content/policies/hipaa-notice.md").contains("## Your rights"));
    assert!(read(&d, "content/contact.md").contains("TODO(import): <form>"));
    let report = read(&d, "IMPORT-REPORT.md");
    assert!(report.contains("content/contact.md: old address /?page_id=31 has a query string"), "{report}");
    assert!(!d.join("content/main-menu.md").exists() && !d.join("content/clinic-photo.md").exists());
}

#[test]
fn report_lists_every_todo_with_its_file_and_line() {
    for kind in KINDS {
        let tmp = tempfile::tempdir().unwrap();
        let d = import(kind, tmp.path());
        let report = read(&d, "IMPORT-REPORT.md");
        let mut markers = 0;
        for e in walkdir::WalkDir::new(d.join("content")) {
            let e = e.unwrap();
            if !e.file_type().is_file() {
                continue;
            }
            let rel = e.path().strip_prefix(&d).unwrap().to_string_lossy().into_owned();
            for (i, line) in std::fs::read_to_string(e.path()).unwrap().lines().enumerate() {
                if line.contains("TODO(import)") {
                    markers += 1;
                    assert!(report.contains(&format!("- [ ] {rel}:{}: ", i + 1)), "{kind}: {rel}:{} not in the report\n{report}", i + 1);
                }
            }
        }
        assert!(markers > 0, "{kind}: the fixture has markers");
        assert!(report.contains("## Pages per section"), "{kind}");
        assert!(report.contains("carepress check"), "{kind}");
    }
    let tmp = tempfile::tempdir().unwrap();
    let report = read(&import("jekyll", tmp.path()), "IMPORT-REPORT.md");
    assert!(report.contains("content/news/new-hours.md: `image` /assets/img/missing-photo.jpg"), "{report}");
    assert!(report.contains("author `Dr. Imogene Testwel` is no team page (nearest team slugs: imogen-testwell"), "{report}");
    assert!(report.contains("- `layout` (5 pages)") && report.contains("- `sidebar` (1 page)"), "{report}");
    assert!(report.contains("| rule | findings |\n| --- | --- |\n| links/internal | 1 |"), "{report}");
}

#[test]
fn every_imported_fixture_builds() {
    for kind in KINDS {
        let tmp = tempfile::tempdir().unwrap();
        let d = import(kind, tmp.path());
        let out = tmp.path().join("public");
        let Run { code, stdout, stderr } =
            run(&["build", "--root", d.to_str().unwrap(), "--output", out.to_str().unwrap(), "--now", "2026-06-01"]);
        assert_eq!(code, 0, "{kind}\n{stdout}\n{stderr}");
        assert!(out.join("index.html").is_file(), "{kind}");
    }
    // The aliases became redirects.
    let tmp = tempfile::tempdir().unwrap();
    let d = import("jekyll", tmp.path());
    let out = tmp.path().join("public");
    assert_eq!(run(&["build", "--root", d.to_str().unwrap(), "--output", out.to_str().unwrap(), "--now", "2026-06-01"]).code, 0);
    let redirect = std::fs::read_to_string(out.join("prevention/2024/03/05/flu-season.html")).unwrap();
    assert!(redirect.contains("/tips/flu-season/"), "{redirect}");
}

#[test]
fn source_is_never_written() {
    for kind in KINDS {
        let src = import_source(kind);
        let root = if kind == "wordpress" { src.parent().unwrap().to_path_buf() } else { src.clone() };
        let before = hash_tree(&root);
        let tmp = tempfile::tempdir().unwrap();
        import(kind, tmp.path());
        assert_eq!(before, hash_tree(&root), "{kind}: the source changed");
    }
}

#[test]
fn a_non_empty_dir_is_refused_and_left_alone() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("site");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("notes.txt"), "mine").unwrap();
    let Run { code, stderr: err, .. } = run(&["import", "hugo", import_source("hugo").to_str().unwrap(), dir.to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("is not empty"), "{err}");
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1);
    assert_eq!(std::fs::read_to_string(dir.join("notes.txt")).unwrap(), "mine");
    // An empty folder is fine, and DIR inside SOURCE is refused.
    std::fs::remove_file(dir.join("notes.txt")).unwrap();
    assert_eq!(run(&["import", "hugo", import_source("hugo").to_str().unwrap(), dir.to_str().unwrap()]).code, 0);
    let inside = import_source("zola").join("new-site");
    let Run { code, stderr: err, .. } = run(&["import", "zola", import_source("zola").to_str().unwrap(), inside.to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");
    assert!(!inside.exists());
}

#[test]
fn images_are_copied_without_identifying_metadata() {
    let tmp = tempfile::tempdir().unwrap();
    let d = import("jekyll", tmp.path());
    let serial = b"CAMERA-SERIAL-FICTIONAL-4242";
    let src = std::fs::read(import_source("jekyll").join("assets/img/flu.jpg")).unwrap();
    assert!(src.windows(serial.len()).any(|w| w == serial), "the fixture carries the serial");
    let out = std::fs::read(d.join("static/assets/img/flu.jpg")).unwrap();
    assert!(!out.windows(serial.len()).any(|w| w == serial));
    assert!(out.len() > 1000 && out.starts_with(&[0xFF, 0xD8]));
}

#[test]
fn paths_in_the_source_never_lead_outside_dir() {
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("src");
    std::fs::create_dir_all(src.join("_posts")).unwrap();
    std::fs::create_dir_all(src.join("assets")).unwrap();
    std::fs::write(src.join("_config.yml"), "title: Escape test\nurl: https://escape.example\n").unwrap();
    std::fs::write(
        src.join("_posts/2024-01-01-escape.md"),
        "---\ntitle: Escape\nimage: ../../../../../../etc/hostname\npermalink: /../../escaped/\n---\n![x](../../../../outside.png)\n",
    )
    .unwrap();
    std::fs::write(tmp.path().join("secret.png"), b"not an image").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(tmp.path().join("secret.png"), src.join("assets/link.png")).unwrap();
    let dir = tmp.path().join("site");
    let Run { code, stdout: out, stderr: err } = run(&["import", "jekyll", src.to_str().unwrap(), dir.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}\n{err}");
    let mut top: Vec<String> =
        std::fs::read_dir(tmp.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    top.sort();
    assert_eq!(top, ["secret.png", "site", "src"], "nothing but DIR is created");
    assert!(!dir.join("static/assets/link.png").exists(), "a symlink is not followed");
    let f = front(&dir, "content/tips/escape.md");
    assert!(!f.contains_key("image") && !f.contains_key("aliases"), "{f:?}");
    let report = read(&dir, "IMPORT-REPORT.md");
    assert!(report.contains("assets/link.png: skipped: a symbolic link"), "{report}");
    assert!(report.contains("old address /../../escaped/ cannot be a redirect"), "{report}");
    assert!(read(&dir, "content/tips/escape.md").contains("TODO(import): missing image"));
}

#[test]
fn a_failed_import_leaves_no_dir_and_dry_run_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("src");
    std::fs::create_dir_all(src.join("_posts")).unwrap();
    std::fs::write(src.join("_config.yml"), "title: Broken\n").unwrap();
    std::fs::write(src.join("_posts/2024-01-01-bad.md"), "---\ntitle: [unclosed\n---\nBody\n").unwrap();
    let dir = tmp.path().join("site");
    let Run { code, stderr: err, .. } = run(&["import", "jekyll", src.to_str().unwrap(), dir.to_str().unwrap()]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("_posts/2024-01-01-bad.md"), "{err}");
    assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 1, "no DIR and no staging folder is left");
    let Run { code, stdout: out, .. } =
        run(&["import", "hugo", import_source("hugo").to_str().unwrap(), dir.to_str().unwrap(), "--dry-run"]);
    assert_eq!(code, 0);
    assert!(out.contains("# Import report") && out.contains("| tips | 2 |"), "{out}");
    assert!(!dir.exists());
}

#[test]
fn section_overrides_move_a_source_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("site");
    let Run { code, stderr: err, .. } =
        run(&["import", "hugo", import_source("hugo").to_str().unwrap(), dir.to_str().unwrap(), "--section", "posts=articles"]);
    assert_eq!(code, 0, "{err}");
    assert!(dir.join("content/articles/sun-safety.md").is_file());
    assert!(read(&dir, "content/articles/_index.md").contains("kind = \"pages\""));
    let Run { code, stderr: err, .. } =
        run(&["import", "hugo", import_source("hugo").to_str().unwrap(), tmp.path().join("x").to_str().unwrap(), "--section", "posts"]);
    assert_eq!(code, 2, "{err}");
}
