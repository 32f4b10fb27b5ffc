//! classify() and the watcher.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::*;

fn run(paths: &[&str]) -> Vec<Change> {
    let root = Path::new("/site");
    let paths: Vec<PathBuf> = paths.iter().map(|p| root.join(p)).collect();
    classify(root, Path::new("public"), &paths)
}

fn p(s: &str) -> PathBuf {
    PathBuf::from(s)
}

#[test]
fn vim_save() {
    // :w with backupcopy=no: probe 4913, swap, backup~, then the file.
    let got = run(&[
        "content/tips/4913",
        "content/tips/5036",
        "content/tips/.flu.md.swp",
        "content/tips/.flu.md.swx",
        "content/tips/.flu.md.swo",
        "content/tips/flu.md~",
        "content/tips/flu.md",
    ]);
    assert_eq!(got, vec![Change::Content(p("content/tips/flu.md"))]);
}

#[test]
fn emacs_save() {
    let got = run(&["content/#flu.md#", "content/.#flu.md", "content/flu.md~", "content/flu.md"]);
    assert_eq!(got, vec![Change::Content(p("content/flu.md"))]);
}

#[test]
fn jetbrains_safe_write() {
    let got = run(&["templates/page.html___jb_tmp___", "templates/page.html___jb_old___", "templates/page.html"]);
    assert_eq!(got, vec![Change::Template(p("templates/page.html"))]);
}

#[test]
fn vscode_and_atomic_write_and_rename() {
    let got = run(&[
        "content/news/open.md.vsctmp",
        "content/news/.open.md.tmp",
        "content/news/.tmpA1b2C3",
        "content/news/open.md",
        "static/.goutputstream-XYZ123",
        "static/x.tmp",
        ".DS_Store",
        "static/.DS_Store",
        "static/._logo.png",
    ]);
    assert_eq!(got, vec![Change::Content(p("content/news/open.md"))]);
}

#[test]
fn ignored_places() {
    let got = run(&[
        "public/index.html",
        "public/tips/flu/index.html",
        ".git/index",
        ".git/objects/ab/cd",
        "themes/clinic/.git/HEAD",
        "target/debug/carepress",
        "README.md",
        "notes/x.md",
    ]);
    assert!(got.is_empty(), "{got:?}");
    // An output folder given absolute, or inside static/, is ignored too.
    let root = Path::new("/site");
    let got = classify(root, Path::new("/site/static/out"), &[root.join("static/out/a.css"), root.join("static/a.css")]);
    assert_eq!(got, vec![Change::Static(p("static/a.css"))]);
    // Paths outside the root or with `..` are not ours.
    assert!(classify(root, Path::new("public"), &[p("/elsewhere/content/a.md"), p("content/../site.toml")]).is_empty());
}

#[test]
fn kinds_sorted_and_deduplicated() {
    let got = run(&[
        "site.toml",
        "templates/base.html",
        "themes/clinic/templates/page.html",
        "theme/static/x.css",
        "static/img/logo.png",
        "content/tips/flu/index.md",
        "content/tips/flu/photo.jpg",
        "content/tips/flu/index.md",
        "site.toml",
        "content/_index.MD",
        "content/tips",
    ]);
    assert_eq!(
        got,
        vec![
            Change::Content(p("content/_index.MD")),
            Change::Content(p("content/tips/flu/index.md")),
            Change::ContentAsset(p("content/tips")),
            Change::ContentAsset(p("content/tips/flu/photo.jpg")),
            Change::Static(p("static/img/logo.png")),
            Change::Template(p("templates/base.html")),
            Change::Theme(p("theme/static/x.css")),
            Change::Theme(p("themes/clinic/templates/page.html")),
            Change::Config,
        ]
    );
    // Relative input paths work too.
    assert_eq!(classify(Path::new("/site"), Path::new("public"), &[p("site.toml")]), vec![Change::Config]);
}

#[test]
fn real_names_are_not_ignored() {
    for name in ["flu.md", "4912", "2024.md", ".well-known", "security.txt", "swap.md", "notes.sw", "#hashtag.md"] {
        assert!(!is_ignored_name(name), "{name}");
    }
    for name in ["4913", "x~", ".#x", "#x#", ".x.swp", "a.TMP", ".DS_Store", "a___jb_tmp___"] {
        assert!(is_ignored_name(name), "{name}");
    }
}

fn recv_until(rx: &std::sync::mpsc::Receiver<Vec<Change>>, want: &Change) -> Vec<Change> {
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut all = Vec::new();
    while !all.contains(want) {
        let left = deadline.saturating_duration_since(Instant::now());
        match rx.recv_timeout(left) {
            Ok(batch) => all.extend(batch),
            Err(e) => panic!("no {want:?} ({e}); got {all:?}"),
        }
    }
    all
}

#[test]
fn watcher_reports_write_then_rename() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("content/tips")).unwrap();
    std::fs::write(root.join("site.toml"), "title = 'x'\n").unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    let guard = watch(root, Path::new("public"), tx).unwrap();

    // An editor's atomic save: write a temp file, rename it over the target.
    let tmp = root.join("content/tips/.flu.md.tmp");
    std::fs::write(&tmp, "+++\ntitle = 'Flu'\n+++\n").unwrap();
    std::fs::rename(&tmp, root.join("content/tips/flu.md")).unwrap();
    let got = recv_until(&rx, &Change::Content(p("content/tips/flu.md")));
    assert!(got.iter().all(|c| matches!(c, Change::Content(_))), "{got:?}");

    // site.toml replaced by rename, output writes ignored, deletion reported.
    std::fs::create_dir_all(root.join("public")).unwrap();
    std::fs::write(root.join("public/index.html"), "x").unwrap();
    std::fs::write(root.join("site.toml~"), "title = 'y'\n").unwrap();
    std::fs::rename(root.join("site.toml~"), root.join("site.toml")).unwrap();
    recv_until(&rx, &Change::Config);
    std::fs::remove_file(root.join("content/tips/flu.md")).unwrap();
    recv_until(&rx, &Change::Content(p("content/tips/flu.md")));

    // A folder created after the watch started is watched too.
    std::fs::create_dir_all(root.join("templates")).unwrap();
    std::fs::write(root.join("templates/base.html"), "<html>").unwrap();
    recv_until(&rx, &Change::Template(p("templates/base.html")));
    std::thread::sleep(Duration::from_millis(200));
    std::fs::write(root.join("templates/page.html"), "<html>").unwrap();
    let got = recv_until(&rx, &Change::Template(p("templates/page.html")));
    assert!(!got.iter().any(|c| matches!(c, Change::Static(_))), "{got:?}");
    drop(guard);
}
