//! The one harness of the integration tests (tests/integration/main.rs
//! declares it; every module reaches it as `crate::support`):
//!
//! - running the real binary: [`carepress`] (in a folder), [`run`] (in the
//!   crate folder), both returning a [`Run`] with the exit status and output;
//!   [`command`] for the few that need the process itself (a `watch` server),
//!   [`bin`] for the path of the binary;
//! - fixture sites: [`fixture`] (the path, failing when it is missing),
//!   [`copy_dir`], [`Site`] (a copy in a temporary folder, built with a fixed
//!   `--now`) and the built [`Output`] read with real parsers;
//! - the import fixtures: [`import_source`], [`import`], [`hash_tree`], [`front`];
//! - in-memory view models for the writer tests: [`views`], [`html`], [`xmlutil`].
//!
//! The tests run as threads of one process: nothing here changes the working
//! folder or the environment of the process; each child process gets its own.
#![allow(dead_code)] // not every helper has a caller today

pub mod html;
pub mod views;
pub mod xmlutil;

use scraper::{Html, Selector};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::rc::Rc;

/// The pretend clock of every build, so results never depend on the real one.
pub const NOW: &str = "2026-06-01";
/// `base_url` of the `basic` fixture, without the trailing slash.
pub const BASE: &str = "https://www.maple-test-clinic.example";

/// The outcome of one run of the binary.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Standard output and standard error, one after the other.
    pub fn all(&self) -> String {
        format!("{}\n{}", self.stdout, self.stderr)
    }

    /// Panics with the whole output unless the run exited with `code`.
    #[track_caller]
    pub fn expect_code(&self, code: i32) -> &Self {
        assert_eq!(self.code, code, "expected exit status {code}\nstdout:\n{}\nstderr:\n{}", self.stdout, self.stderr);
        self
    }

    /// Lines of stderr that report an error diagnostic.
    pub fn error_lines(&self) -> Vec<&str> {
        self.stderr.lines().filter(|l| l.starts_with("error ")).collect()
    }
}

/// The carepress binary cargo built for the tests.
pub fn bin() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_carepress"))
}

/// A command for the carepress binary, nothing set yet: for tests that need
/// the process itself (a server to stop, a path passed as an `OsStr`).
pub fn command() -> Command {
    Command::new(bin())
}

/// Runs `carepress` with `args` in `cwd`, colours off.
pub fn carepress(args: &[&str], cwd: &Path) -> Run {
    let out = command().args(args).current_dir(cwd).env("NO_COLOR", "1").output().expect("the carepress binary runs");
    Run {
        code: out.status.code().expect("carepress exited normally, not by a signal"),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Runs `carepress` with `args` in the crate folder.
pub fn run(args: &[&str]) -> Run {
    carepress(args, &manifest())
}

/// The crate folder (where Cargo.toml is).
pub fn manifest() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `tests/fixtures/<name>`; panics when that folder is missing, so a test
/// never passes on a fixture that is not there.
#[track_caller]
pub fn fixture(name: &str) -> PathBuf {
    let dir = manifest().join("tests/fixtures").join(name);
    assert!(dir.is_dir(), "the fixture folder {} is missing: tests/fixtures/{name} must be checked in", dir.display());
    dir
}

/// The files `*.<ext>` directly in the folder `rel` (from the crate folder),
/// sorted; panics when the folder is missing or holds none, for runners such
/// as trycmd that pass on a pattern matching nothing.
#[track_caller]
pub fn files_with(rel: &str, ext: &str) -> Vec<PathBuf> {
    let dir = manifest().join(rel);
    assert!(dir.is_dir(), "the folder {} is missing: {rel} must be checked in", dir.display());
    let mut found: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == ext))
        .collect();
    assert!(!found.is_empty(), "{rel} holds no *.{ext} file");
    found.sort();
    found
}

/// Copies a folder tree (fixture sites into temporary folders).
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let dest = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &dest);
        } else {
            std::fs::copy(e.path(), &dest).unwrap();
        }
    }
}

/// A copy of the site folder `src` at `<new temporary folder>/site`:
/// (the temporary folder, the copy's root).
pub fn temp_site(src: &Path) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let root = tmp.path().join("site");
    copy_dir(src, &root);
    (tmp, root)
}

/// A fixture site copied into its own temporary folder: `<tmp>/site` is the
/// site root and `<tmp>/out/public` the output folder.
pub struct Site {
    pub dir: Rc<tempfile::TempDir>,
}

impl Site {
    /// Copies `tests/fixtures/<name>` into a fresh temporary folder.
    pub fn fixture(name: &str) -> Site {
        let src = fixture(name);
        let dir = tempfile::tempdir().expect("temporary folder");
        copy_dir(&src, &dir.path().join("site"));
        Site { dir: Rc::new(dir) }
    }

    pub fn root(&self) -> PathBuf {
        self.dir.path().join("site")
    }

    /// The output folder the tests build into (its parent holds nothing else,
    /// so staging leftovers would show).
    pub fn out(&self) -> PathBuf {
        self.dir.path().join("out").join("public")
    }

    /// Writes (or overwrites) a file of the site.
    pub fn write(&self, rel: &str, text: &str) {
        let p = self.root().join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }

    /// `carepress build --root <site> --output <out> --now NOW` plus `extra`.
    pub fn build(&self, extra: &[&str]) -> Run {
        let root = self.root();
        let out = self.out();
        let mut args = vec!["build", "--root", root.to_str().unwrap(), "--output", out.to_str().unwrap(), "--now", NOW];
        args.extend_from_slice(extra);
        carepress(&args, self.dir.path())
    }

    /// Builds and panics unless the build succeeds.
    #[track_caller]
    pub fn build_ok(&self, extra: &[&str]) -> Output {
        self.build(extra).expect_code(0);
        Output { dir: self.out(), _keep: Some(self.dir.clone()) }
    }
}

/// A built output folder (keeping its temporary folder alive).
pub struct Output {
    pub dir: PathBuf,
    pub _keep: Option<Rc<tempfile::TempDir>>,
}

impl Output {
    /// An output folder owned by someone else.
    pub fn at(dir: PathBuf) -> Output {
        Output { dir, _keep: None }
    }

    /// The file behind a root-relative URL path ("/tips/" -> tips/index.html).
    pub fn file(&self, url_path: &str) -> PathBuf {
        let rel = url_path.trim_start_matches('/');
        if rel.is_empty() || rel.ends_with('/') { self.dir.join(rel).join("index.html") } else { self.dir.join(rel) }
    }

    pub fn exists(&self, url_path: &str) -> bool {
        self.file(url_path).is_file()
    }

    #[track_caller]
    pub fn text(&self, url_path: &str) -> String {
        let f = self.file(url_path);
        std::fs::read_to_string(&f).unwrap_or_else(|e| panic!("cannot read {}: {e}", f.display()))
    }

    #[track_caller]
    pub fn html(&self, url_path: &str) -> Html {
        Html::parse_document(&self.text(url_path))
    }

    /// Links of the page cards of a listing page, in order.
    pub fn card_links(&self, url_path: &str) -> Vec<String> {
        attrs(&self.html(url_path), "article.card .card-title a", "href")
    }

    /// Every `<loc>` of sitemap.xml with its `<lastmod>`, if any.
    pub fn sitemap(&self) -> BTreeMap<String, Option<String>> {
        let text = self.text("/sitemap.xml");
        let doc = roxmltree::Document::parse(&text).expect("sitemap.xml is well-formed XML");
        assert_eq!(doc.root_element().tag_name().name(), "urlset");
        doc.root_element()
            .children()
            .filter(|n| n.has_tag_name("url"))
            .map(|u| {
                let child = |name: &str| u.children().find(|c| c.has_tag_name(name)).and_then(|c| c.text()).map(str::to_string);
                (child("loc").expect("every <url> has a <loc>"), child("lastmod"))
            })
            .collect()
    }

    /// Item links of an RSS 2.0 feed.
    pub fn rss_links(&self, url_path: &str) -> Vec<String> {
        let text = self.text(url_path);
        let doc = roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{url_path} is not XML: {e}"));
        assert_eq!(doc.root_element().tag_name().name(), "rss", "{url_path}");
        doc.descendants()
            .filter(|n| n.has_tag_name("item"))
            .filter_map(|i| i.children().find(|c| c.has_tag_name("link")).and_then(|l| l.text()).map(str::to_string))
            .collect()
    }

    /// Entry links (`rel="alternate"` or no rel) of an Atom feed.
    pub fn atom_links(&self, url_path: &str) -> Vec<String> {
        let text = self.text(url_path);
        let doc = roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{url_path} is not XML: {e}"));
        assert_eq!(doc.root_element().tag_name().name(), "feed", "{url_path}");
        doc.descendants()
            .filter(|n| n.has_tag_name("entry"))
            .filter_map(|e| {
                e.children()
                    .find(|c| c.has_tag_name("link") && c.attribute("rel").is_none_or(|r| r == "alternate"))
                    .and_then(|l| l.attribute("href"))
                    .map(str::to_string)
            })
            .collect()
    }

    /// Item URLs of a JSON Feed.
    pub fn json_feed_urls(&self, url_path: &str) -> Vec<String> {
        let v: serde_json::Value = serde_json::from_str(&self.text(url_path)).unwrap_or_else(|e| panic!("{url_path} is not JSON: {e}"));
        assert!(v["version"].as_str().is_some_and(|s| s.contains("jsonfeed.org/version/1.1")), "{url_path}: {}", v["version"]);
        v["items"].as_array().expect("items array").iter().map(|i| i["url"].as_str().expect("item url").to_string()).collect()
    }

    /// Every file of the output with its bytes, by relative path.
    pub fn snapshot(&self) -> BTreeMap<PathBuf, Vec<u8>> {
        snapshot(&self.dir)
    }
}

/// Every file under `dir` with its bytes, by path relative to `dir`.
pub fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.insert(p.strip_prefix(dir).unwrap().to_path_buf(), std::fs::read(&p).unwrap());
            }
        }
    }
    out
}

/// The value of `attr` on every element matching `css`, in document order.
pub fn attrs(doc: &Html, css: &str, attr: &str) -> Vec<String> {
    let sel = Selector::parse(css).unwrap();
    doc.select(&sel).filter_map(|e| e.value().attr(attr)).map(str::to_string).collect()
}

/// The text of the first element matching `css`, whitespace-collapsed.
pub fn text_of(doc: &Html, css: &str) -> Option<String> {
    let sel = Selector::parse(css).unwrap();
    doc.select(&sel).next().map(|e| e.text().collect::<Vec<_>>().join(" ").split_whitespace().collect::<Vec<_>>().join(" "))
}

/// `content` of `<meta property=…>` or `<meta name=…>`.
pub fn meta(doc: &Html, key: &str) -> Option<String> {
    attrs(doc, &format!("meta[property=\"{key}\"], meta[name=\"{key}\"]"), "content").into_iter().next()
}

/// The canonical link of a page.
pub fn canonical(doc: &Html) -> Option<String> {
    attrs(doc, "link[rel=\"canonical\"]", "href").into_iter().next()
}

/// The target of a meta-refresh redirect page.
pub fn refresh_target(doc: &Html) -> Option<String> {
    let content = attrs(doc, "meta[http-equiv=\"refresh\"]", "content").into_iter().next()?;
    let (_, url) = content.split_once("url=")?;
    Some(url.trim().to_string())
}

/// An absolute URL of the `basic` fixture.
pub fn abs(path: &str) -> String {
    format!("{BASE}{path}")
}

/// Sorted set of strings, for order-free comparisons.
pub fn set<I: IntoIterator<Item = S>, S: Into<String>>(v: I) -> BTreeSet<String> {
    v.into_iter().map(Into::into).collect()
}

// ------------------------------------------------------------------ import

/// A fixture source: a site folder, or for WordPress the export file.
pub fn import_source(kind: &str) -> PathBuf {
    let dir = fixture(&format!("import-{kind}"));
    if kind == "wordpress" { dir.join("export.xml") } else { dir }
}

/// Imports fixture `kind` into `<tmp>/site`; panics unless it succeeds.
pub fn import(kind: &str, tmp: &Path) -> PathBuf {
    let dir = tmp.join("site");
    let src = import_source(kind);
    run(&["import", kind, src.to_str().unwrap(), dir.to_str().unwrap()]).expect_code(0);
    dir
}

/// A file under `dir` as text.
pub fn read(dir: &Path, rel: &str) -> String {
    std::fs::read_to_string(dir.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// Every file under `dir` with the SHA-256 of its bytes and its mode.
pub fn hash_tree(dir: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for e in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let e = e.unwrap();
        let rel = e.path().strip_prefix(dir).unwrap().to_string_lossy().into_owned();
        let meta = std::fs::symlink_metadata(e.path()).unwrap();
        let h = if meta.is_file() { format!("{:x}", Sha256::digest(std::fs::read(e.path()).unwrap())) } else { "dir".into() };
        out.insert(rel, format!("{h} {:?}", meta.modified().ok()));
    }
    out
}

/// The TOML front matter of a page.
pub fn front(dir: &Path, rel: &str) -> toml::Table {
    let text = read(dir, rel);
    let inner =
        text.strip_prefix("+++\n").and_then(|t| t.split_once("+++\n")).map(|(f, _)| f).unwrap_or_else(|| panic!("{rel}: no front matter"));
    toml::from_str(inner).unwrap_or_else(|e| panic!("{rel}: {e}"))
}
