//! Issue 13's regression suite: a typo in an output path, an alias, a slug
//! or a static file must never destroy or silently replace a file. Every
//! test lays sentinel files around the site, hashes the whole temporary
//! folder before and after, and asserts the exact outcome: a clear error
//! (exit status, file, line) with nothing changed, or the correct output.

use crate::support::{NOW, Site, carepress};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Content hash of every file under `dir` (symlinks recorded as their target).
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, String> {
    let mut out = BTreeMap::new();
    for e in walkdir::WalkDir::new(dir).follow_links(false).into_iter().filter_map(|e| e.ok()) {
        let rel = e.path().strip_prefix(dir).unwrap().to_path_buf();
        if e.file_type().is_symlink() {
            out.insert(rel, format!("-> {}", std::fs::read_link(e.path()).unwrap().display()));
        } else if e.file_type().is_file() {
            let bytes = std::fs::read(e.path()).unwrap();
            out.insert(rel, format!("{:016x}:{}", fnv(&bytes), bytes.len()));
        }
    }
    out
}

fn fnv(b: &[u8]) -> u64 {
    b.iter().fold(0xcbf29ce484222325u64, |h, &x| (h ^ x as u64).wrapping_mul(0x100000001b3))
}

/// The basic fixture with sentinels beside and inside it.
fn guarded() -> Site {
    let site = Site::fixture("basic");
    let tmp = site.dir.path();
    for (rel, text) in [("sibling/keep.txt", "unrelated"), ("victim/notes.html", "do not touch"), ("site/static/keep.txt", "static")] {
        let p = tmp.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    site
}

/// Runs `carepress args` in the temp folder and asserts it exits with
/// `code` while no file under the temp folder changes; returns stderr.
#[track_caller]
fn refused(site: &Site, args: &[&str], code: i32) -> String {
    let before = snapshot(site.dir.path());
    let run = carepress(args, site.dir.path());
    assert_eq!(run.code, code, "args {args:?}\nstdout: {}\nstderr: {}", run.stdout, run.stderr);
    assert_eq!(snapshot(site.dir.path()), before, "files changed although the run was refused: {args:?}\n{}", run.stderr);
    run.stderr
}

fn set_output_dir(site: &Site, value: &str) {
    let toml = std::fs::read_to_string(site.root().join("site.toml")).unwrap();
    site.write("site.toml", &format!("{toml}\n[build]\noutput_dir = {value:?}\n"));
}

#[test]
fn output_on_the_site_or_its_sources_is_refused() {
    let site = guarded();
    let root = site.root();
    let root_s = root.to_str().unwrap();
    for out in [root_s, "site", "site/", ".", "..", "site/content", "site/static/out", "site/templates"] {
        let cwd_out = if out == "." || out == ".." { root.join(out) } else { site.dir.path().join(out) };
        let err = refused(&site, &["build", "--root", root_s, "--now", NOW, "--output", cwd_out.to_str().unwrap()], 2);
        assert!(err.contains("refusing to use") && err.contains("hint:"), "{out}: {err}");
    }
    // Relative to the current folder, as the user typed it.
    let err = refused(&site, &["build", "--root", "site", "--now", NOW, "--output", "site/"], 2);
    assert!(err.contains("`site/`") && err.contains("site folder"), "{err}");
}

#[test]
fn output_dir_in_site_toml_is_checked_the_same_way() {
    for (value, says) in [("", "site folder"), (".", "site folder"), ("content", "content/"), ("../sibling", "did not write")] {
        let site = guarded();
        set_output_dir(&site, value);
        let err = refused(&site, &["build", "--root", "site", "--now", NOW], 2);
        assert!(err.contains("[build] output_dir") && err.contains(says), "{value:?}: {err}");
    }
}

#[test]
fn a_foreign_folder_needs_force_and_a_file_is_never_an_output() {
    let site = guarded();
    let sibling = site.dir.path().join("sibling");
    let err = refused(&site, &["build", "--root", "site", "--now", NOW, "--output", "sibling"], 2);
    assert!(err.contains("keep.txt") && err.contains("--force"), "{err}");
    let err = refused(&site, &["build", "--root", "site", "--now", NOW, "--output", "sibling/keep.txt", "--force"], 2);
    assert!(err.contains("is a file"), "{err}");
    carepress(&["build", "--root", "site", "--now", NOW, "--output", "sibling", "--force"], site.dir.path()).expect_code(0);
    assert!(sibling.join("index.html").is_file() && sibling.join(carepress::output::MARKER).is_file());
    // Now marked as carepress output, it is replaced without --force.
    carepress(&["build", "--root", "site", "--now", NOW, "--output", "sibling"], site.dir.path()).expect_code(0);
    let names: Vec<String> = std::fs::read_dir(site.dir.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into()).collect();
    assert!(names.iter().all(|n| !n.contains("staging") && !n.contains(".old-")), "debris: {names:?}");
}

#[cfg(unix)]
#[test]
fn a_symlinked_output_is_written_through_and_kept() {
    let site = guarded();
    let web = site.dir.path().join("webroot");
    std::fs::create_dir_all(web.join(".well-known")).unwrap();
    std::fs::write(web.join(".well-known/security.txt"), "Contact: mailto:desk@example.test").unwrap();
    std::os::unix::fs::symlink(&web, site.root().join("public")).unwrap();
    let err = refused(&site, &["build", "--root", "site", "--now", NOW], 2);
    assert!(err.contains(".well-known"), "{err}");
    carepress(&["build", "--root", "site", "--now", NOW, "--force"], site.dir.path()).expect_code(0);
    carepress(&["build", "--root", "site", "--now", NOW], site.dir.path()).expect_code(0);
    assert!(std::fs::symlink_metadata(site.root().join("public")).unwrap().file_type().is_symlink(), "the link is kept");
    assert_eq!(std::fs::read_to_string(web.join(".well-known/security.txt")).unwrap(), "Contact: mailto:desk@example.test");
    assert!(web.join("index.html").is_file() && web.join("tips/index.html").is_file());
    assert!(std::fs::read_dir(&web).unwrap().all(|e| !e.unwrap().file_name().to_string_lossy().contains("staging")));
}

#[test]
fn an_interrupted_runs_debris_is_removed() {
    let site = guarded();
    let out_parent = site.out().parent().unwrap().to_path_buf();
    for name in [".public.staging-4194304", ".public.old-4194305"] {
        let d = out_parent.join(name);
        std::fs::create_dir_all(d.join("tips")).unwrap();
        std::fs::write(d.join(carepress::output::MARKER), "").unwrap();
        std::fs::write(d.join("tips/index.html"), "old").unwrap();
    }
    site.build_ok(&[]);
    let left: Vec<String> = std::fs::read_dir(&out_parent).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into()).collect();
    assert_eq!(left, vec!["public".to_string()]);
}

/// Adds `front` lines to the `mid-tip` page and builds: the run must fail
/// with exit 1 and touch nothing; returns stderr.
fn refused_page(front: &str) -> (Site, String) {
    let site = guarded();
    site.build_ok(&[]);
    let text = std::fs::read_to_string(site.root().join("content/tips/mid-tip.md")).unwrap();
    site.write("content/tips/mid-tip.md", &text.replacen("+++\n", &format!("+++\n{front}\n"), 1));
    let root = site.root();
    let out = site.out();
    let err = refused(&site, &["build", "--root", root.to_str().unwrap(), "--now", NOW, "--output", out.to_str().unwrap()], 1);
    (site, err)
}

#[test]
fn aliases_cannot_leave_the_output_or_take_an_address() {
    for (alias, says) in [
        ("/../../victim/notes.html", "`..`"),
        ("../../../victim/x/", "`..`"),
        ("https://elsewhere.example/x", "not a full URL"),
        ("/", "home page"),
        ("/tips/older-tip/", "would overwrite"),
        ("/rss.xml", "RSS feed"),
        ("/tags/", "list of tags"),
    ] {
        let (site, err) = refused_page(&format!("aliases = [{alias:?}]"));
        assert!(err.contains("content/tips/mid-tip.md:2"), "{alias}: {err}");
        assert!(err.contains(says), "{alias}: {err}");
        assert_eq!(std::fs::read_to_string(site.dir.path().join("victim/notes.html")).unwrap(), "do not touch");
    }
}

#[test]
fn slugs_and_tags_that_make_no_usable_address_are_errors_at_their_line() {
    let long = "a".repeat(300);
    let huge_tag = "b".repeat(10_000);
    for (front, says) in [
        ("slug = \"!!!\"".to_string(), "no letters or digits"),
        ("slug = \"\"".to_string(), "no letters or digits"),
        ("slug = \"..\"".to_string(), "no letters or digits"),
        (format!("slug = {long:?}"), "limit is 200"),
        (format!("tags = [{huge_tag:?}]"), "limit is 200"),
        ("slug = \"older-tip\"".to_string(), "would overwrite"),
    ] {
        let (_, err) = refused_page(&front);
        assert!(err.contains("content/tips/mid-tip.md:2") && err.contains(says), "{}: {err}", &front[..front.len().min(40)]);
        assert!(!err.contains("File name too long") && !err.contains("staging"), "{err}");
        assert!(err.len() < 2_000, "the message repeats a huge value: {} bytes", err.len());
    }
}

#[test]
fn sections_and_static_files_cannot_replace_generated_files() {
    for (rel, text, says) in [
        ("content/tags/_index.md", "+++\ntitle = \"Tags\"\n+++\n", "content/tags/_index.md"),
        ("static/rss.xml", "<rss/>", "static/rss.xml"),
        ("static/tips/mid-tip/index.html", "<p>stale</p>", "static/tips/mid-tip/index.html"),
        ("static/tips", "a file where a folder goes", "static/tips"),
    ] {
        let site = guarded();
        site.build_ok(&[]);
        site.write(rel, text);
        let root = site.root();
        let out = site.out();
        let err = refused(&site, &["build", "--root", root.to_str().unwrap(), "--now", NOW, "--output", out.to_str().unwrap()], 1);
        assert!(err.contains("build/output-conflict") && err.contains(says) && err.contains("would overwrite"), "{rel}: {err}");
    }
}

#[test]
fn static_robots_txt_replaces_the_generated_one() {
    let site = guarded();
    site.write("static/robots.txt", "User-agent: *\nDisallow: /private/\n");
    let out = site.build_ok(&[]);
    assert_eq!(out.text("/robots.txt"), "User-agent: *\nDisallow: /private/\n");
}

#[test]
fn encodings_are_reported_with_their_line() {
    let site = guarded();
    site.build_ok(&[]);
    let utf16: Vec<u8> = "+++\ntitle = \"Hi\"\ndate = 2026-01-01\n+++\nBody\n".encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
    std::fs::write(site.root().join("content/tips/utf16.md"), [&[0xFF, 0xFE][..], &utf16].concat()).unwrap();
    std::fs::write(site.root().join("content/tips/latin1.md"), b"+++\ntitle = \"Caf\xE9\"\ndate = 2026-01-01\n+++\n").unwrap();
    let root = site.root();
    let out = site.out();
    let args = ["build", "--root", root.to_str().unwrap(), "--now", NOW, "--output", out.to_str().unwrap()];
    let err = refused(&site, &args, 1);
    assert!(err.contains("content/tips/utf16.md:1:1") && err.contains("UTF-16"), "{err}");
    assert!(err.contains("content/tips/latin1.md:2:13") && err.contains("0xE9"), "{err}");
    assert!(!err.contains("stream did not contain valid UTF-8"), "{err}");
    std::fs::remove_file(root.join("content/tips/utf16.md")).unwrap();
    std::fs::remove_file(root.join("content/tips/latin1.md")).unwrap();
    let toml = std::fs::read(root.join("site.toml")).unwrap();
    std::fs::write(root.join("site.toml"), [&toml[..], b"\n# Caf\xE9\n"].concat()).unwrap();
    let err = refused(&site, &args, 1);
    assert!(err.contains("site.toml:") && err.contains("UTF-8"), "{err}");
}

#[test]
fn config_type_errors_and_missing_templates_name_their_place() {
    let site = guarded();
    let toml = std::fs::read_to_string(site.root().join("site.toml")).unwrap();
    site.write("site.toml", &toml.replace("limit = 20", "limit = \"twenty\""));
    let err = refused(&site, &["build", "--root", "site", "--now", NOW], 1);
    assert!(err.contains("build/type") && err.contains("type error") && err.contains("site.toml:20"), "{err}");
    site.write("site.toml", &toml);
    let (_, err) = refused_page("template = \"fancy.html\"");
    assert!(err.contains("content/tips/mid-tip.md:2") && err.contains("fancy.html") && err.contains("no such template"), "{err}");
}

#[test]
fn broken_images_and_a_missing_logo_are_errors_naming_the_page_and_key() {
    let jpeg = std::fs::read(crate::support::manifest().join("static/images/social-default.jpg")).unwrap();
    for (bytes, says) in
        [(Vec::new(), "0 bytes"), (b"not an image at all".to_vec(), "does not contain JPEG"), (jpeg[..jpeg.len() / 2].to_vec(), "cut off")]
    {
        let site = guarded();
        site.build_ok(&[]);
        std::fs::create_dir_all(site.root().join("static/images")).unwrap();
        std::fs::write(site.root().join("static/images/photo.jpg"), &bytes).unwrap();
        let text = std::fs::read_to_string(site.root().join("content/tips/mid-tip.md")).unwrap();
        site.write("content/tips/mid-tip.md", &text.replacen("+++\n", "+++\nimage = \"/images/photo.jpg\"\nimage_alt = \"A photo\"\n", 1));
        let (root, out) = (site.root(), site.out());
        let err = refused(&site, &["build", "--root", root.to_str().unwrap(), "--now", NOW, "--output", out.to_str().unwrap()], 1);
        assert!(err.contains("content/tips/mid-tip.md:2") && err.contains("`image`") && err.contains(says), "{says}: {err}");
    }
    let site = guarded();
    let toml = std::fs::read_to_string(site.root().join("site.toml")).unwrap();
    site.write("site.toml", &format!("{toml}\n[theme]\nlogo = \"images/missing-logo.svg\"\n"));
    let err = refused(&site, &["build", "--root", "site", "--now", NOW], 1);
    assert!(err.contains("site.toml:") && err.contains("logo") && err.contains("does not exist"), "{err}");
}

#[test]
fn control_characters_never_reach_the_output_and_base_url_is_validated() {
    let site = guarded();
    let text = std::fs::read_to_string(site.root().join("content/tips/mid-tip.md")).unwrap();
    site.write("content/tips/mid-tip.md", &text.replacen("Drink water", "Drink\u{0} water", 1));
    let run = site.build(&[]);
    run.expect_code(0);
    assert!(run.stderr.contains("build/control-character") && run.stderr.contains("mid-tip.md:2"), "{}", run.stderr);
    let html = std::fs::read_to_string(site.out().join("tips/mid-tip/index.html")).unwrap();
    assert!(!html.contains('\0') && html.contains("Drink water"));
    site.write("content/tips/mid-tip.md", &text.replacen("Drink water", "Drink\\u0000 water", 1));
    let (root, out) = (site.root(), site.out());
    let err = refused(&site, &["build", "--root", root.to_str().unwrap(), "--now", NOW, "--output", out.to_str().unwrap()], 1);
    assert!(err.contains("mid-tip.md:2") && err.contains("control character"), "{err}");
    site.write("content/tips/mid-tip.md", &text);
    let err = refused(&site, &["build", "--root", "site", "--now", NOW, "--base-url", "https://x.example/\"><script>"], 2);
    assert!(err.contains("--base-url"), "{err}");
    let toml = std::fs::read_to_string(site.root().join("site.toml")).unwrap();
    site.write("site.toml", &toml.replace("https://www.maple-test-clinic.example", "https://www.maple-test-clinic.example/\\\">x"));
    let err = refused(&site, &["build", "--root", "site", "--now", NOW], 1);
    assert!(err.contains("site.toml:3") && err.contains("base_url"), "{err}");
}
