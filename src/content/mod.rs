//! Content loading: discover Markdown with walkdir, parse every page in
//! parallel, collect every problem, and group pages into sections.

pub mod alert;
pub mod front_matter;
pub mod page;

use crate::error::{Diagnostic, Error, Result};
use chrono::{DateTime, FixedOffset};
use chrono_tz::Tz;
use front_matter::{SectionFm, SectionKind, SortBy};
pub use page::{Page, PageContext, Status, slugify};
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// A section (`content/<name>/_index.md`) or the home page (`content/_index.md`).
#[derive(Debug, Clone)]
pub struct Section {
    /// Folder name under content/ ("" for the home page).
    pub name: String,
    pub file: PathBuf,
    pub fm: SectionFm,
    pub kind: SectionKind,
    pub title: String,
    /// Root-relative path, "/" or "/tips/".
    pub path: String,
    pub sort_by: SortBy,
    pub feed: bool,
    pub body: String,
    pub body_line: usize,
    /// Front matter text and its first line, to place findings on its keys.
    pub front: String,
    pub front_line: usize,
}

impl Section {
    /// File position of a front matter key, for diagnostics.
    pub fn key_pos(&self, key: &str) -> (usize, usize) {
        let (l, c) = crate::serde_diag::key_position(&self.front, key);
        (l + self.front_line.max(1) - 1, c)
    }
}

impl<P: AsRef<Page>, S> Content<P, S> {
    /// Every page (published or not) in load order, which is index order.
    pub fn iter_pages(&self) -> impl DoubleEndedIterator<Item = &Page> + ExactSizeIterator + Clone {
        self.pages.iter().map(AsRef::as_ref)
    }
}

impl<P: AsRef<Page> + Sync, S> Content<P, S> {
    /// [`Content::iter_pages`] in parallel.
    pub fn par_iter_pages(&self) -> impl rayon::iter::IndexedParallelIterator<Item = &Page> {
        use rayon::prelude::*;
        self.pages.par_iter().map(AsRef::as_ref)
    }
}

impl AsRef<Page> for Page {
    fn as_ref(&self) -> &Page {
        self
    }
}

impl AsRef<Section> for Section {
    fn as_ref(&self) -> &Section {
        self
    }
}

/// What to include in a build.
#[derive(Debug, Clone, Copy)]
pub struct LoadOptions {
    pub drafts: bool,
    pub future: bool,
    pub now: DateTime<FixedOffset>,
    pub tz: Tz,
}

/// Everything under content/: the home section, other sections, all pages
/// (published or not; see [`Page::status`]).
///
/// `P` is what a page is at this stage: a parsed [`Page`] as loaded, and the
/// site model's one record per page later (anything that can lend its
/// `Page`, so what reads pages works at either stage). `S` is likewise a
/// [`Section`] as loaded, and the site model's section record later.
#[derive(Debug, Clone)]
pub struct Content<P = Page, S = Section> {
    pub home: S,
    pub sections: Vec<S>,
    pub pages: Vec<P>,
    /// Content-relative paths of page files that could not be parsed; links
    /// to them are not reported again as broken (the parse error says it all).
    pub failed: Vec<String>,
}

/// Reads every section and page under `<root>/content`; fails with every problem found.
pub fn load(root: &Path, opts: &LoadOptions) -> Result<Content> {
    let (content, problems) = load_lenient(root, opts)?;
    if problems.is_empty() { Ok(content) } else { Err(Error::Content(problems)) }
}

/// Like [`load`], but keeps going: files with problems are left out and the
/// problems returned beside the content (for `check`, which reports
/// everything it can).
pub fn load_lenient(root: &Path, opts: &LoadOptions) -> Result<(Content, Vec<Diagnostic>)> {
    let content_dir = root.join("content");
    if !content_dir.is_dir() {
        return Err(Error::one(
            Diagnostic::error("build/content", "content", 0, 0, "there is no content/ folder")
                .with_hint("create content/_index.md, or start a site with `carepress init`"),
        ));
    }
    let mut problems = Vec::new();
    let files = discover(root, &content_dir, &mut problems);
    let (home, sections) = load_sections(root, &files, &mut problems);
    let (pages, failed) = parse_pages(root, opts, &files.pages, &sections, &home, &mut problems);
    Ok((Content { home, sections, pages, failed }, problems))
}

/// The Markdown files under content/, as (absolute path, content-relative
/// path with `/` separators), in file-name order.
struct Discovered {
    /// `_index.md` files: sections and the home page.
    sections: Vec<(PathBuf, String)>,
    /// Every other Markdown file: pages.
    pages: Vec<(PathBuf, String)>,
}

/// Walks `content_dir`, skipping hidden files and folders; a folder that
/// cannot be read is a problem, not the end of the walk.
fn discover(root: &Path, content_dir: &Path, problems: &mut Vec<Diagnostic>) -> Discovered {
    let mut found = Discovered { sections: Vec::new(), pages: Vec::new() };
    let walker = walkdir::WalkDir::new(content_dir).sort_by_file_name().into_iter();
    for entry in walker.filter_entry(|e| !is_hidden(e.file_name().to_str().unwrap_or(""))) {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let p = e.path().map(Path::to_path_buf).unwrap_or_else(|| content_dir.to_path_buf());
                problems.push(Diagnostic::error("build/io", rel_to(root, &p), 0, 0, format!("cannot read: {e}")));
                continue;
            }
        };
        if !entry.file_type().is_file() || entry.path().extension().is_none_or(|x| x != "md") {
            continue;
        }
        let rel = entry.path().strip_prefix(content_dir).unwrap_or(entry.path()).to_string_lossy().replace('\\', "/");
        if entry.file_name() == "_index.md" {
            found.sections.push((entry.path().to_path_buf(), rel));
        } else {
            found.pages.push((entry.path().to_path_buf(), rel));
        }
    }
    found
}

/// The home section and the top-level sections, sorted by weight then
/// name: one per `_index.md`, and an implicit one for each folder that has
/// pages but no `_index.md`.
fn load_sections(root: &Path, files: &Discovered, problems: &mut Vec<Diagnostic>) -> (Section, Vec<Section>) {
    let mut home = None;
    let mut sections = Vec::new();
    for (abs, rel) in &files.sections {
        match load_section(root, abs, rel, problems) {
            Ok(s) if s.name.is_empty() => home = Some(s),
            Ok(s) if s.name.contains('/') => {} // nested _index.md: the top-level section owns its pages
            Ok(s) => sections.push(s),
            Err(d) => problems.extend(d),
        }
    }
    // A folder with pages but no _index.md still becomes a section.
    for (_, rel) in &files.pages {
        if let Some((top, _)) = rel.split_once('/')
            && !sections.iter().any(|s| s.name == top)
        {
            sections.push(implicit_section(top));
        }
    }
    sections.sort_by(|a, b| (a.fm.weight.unwrap_or(i64::MAX), &a.name).cmp(&(b.fm.weight.unwrap_or(i64::MAX), &b.name)));
    let home = home.unwrap_or_else(|| {
        let mut s = implicit_section("");
        s.title = "Home".into();
        s
    });
    (home, sections)
}

/// Parses every page in parallel, each in the context of its top-level
/// section (or the home page). Returns the pages that parsed and the
/// content-relative paths of those that did not; their errors and every
/// page's warnings go to `problems`, in file order.
fn parse_pages(
    root: &Path,
    opts: &LoadOptions,
    page_files: &[(PathBuf, String)],
    sections: &[Section],
    home: &Section,
    problems: &mut Vec<Diagnostic>,
) -> (Vec<Page>, Vec<String>) {
    // Each page: the page or its errors, and the warnings of reading it.
    type Parsed = (std::result::Result<Page, Vec<Diagnostic>>, Vec<Diagnostic>);
    let parsed: Vec<Parsed> = page_files
        .par_iter()
        .map(|(abs, rel)| {
            let top = rel.split_once('/').map(|(t, _)| t).unwrap_or("");
            let section = sections.iter().find(|s| s.name == top).unwrap_or(home);
            let cx = PageContext {
                tz: opts.tz,
                now: opts.now,
                drafts: opts.drafts,
                future: opts.future,
                kind: section.kind,
                section: &section.name,
                date_required: section.sort_by == SortBy::Date && !section.name.is_empty(),
            };
            let file = rel_to(root, abs);
            let (text, warnings) = match crate::textfile::read(abs, &file) {
                Ok(t) => t,
                Err(d) => return (Err(vec![d]), Vec::new()),
            };
            let bundle = (abs.file_name().is_some_and(|n| n == "index.md")).then(|| abs.parent().map(Path::to_path_buf)).flatten();
            (page::parse_page(&file, rel, &text, bundle, &cx), warnings)
        })
        .collect();
    let mut pages = Vec::with_capacity(parsed.len());
    let mut failed = Vec::new();
    for ((p, warnings), (_, rel)) in parsed.into_iter().zip(page_files) {
        problems.extend(warnings);
        match p {
            Ok(p) => pages.push(p),
            Err(d) => {
                problems.extend(d);
                failed.push(rel.clone());
            }
        }
    }
    (pages, failed)
}

fn is_hidden(name: &str) -> bool {
    name.starts_with('.') && name != "." && name != ".."
}

/// `path` relative to the site root, for messages.
pub fn rel_to(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).map(Path::to_path_buf).unwrap_or_else(|_| path.to_path_buf())
}

fn implicit_section(name: &str) -> Section {
    let kind = SectionKind::from_folder(name);
    let mut title: String = name.replace(['-', '_'], " ");
    if let Some(f) = title.get_mut(0..1) {
        f.make_ascii_uppercase();
    }
    Section {
        name: name.to_string(),
        file: PathBuf::from(format!("content/{name}/_index.md")),
        fm: SectionFm::default(),
        kind,
        title,
        path: if name.is_empty() { "/".into() } else { format!("/{name}/") },
        sort_by: default_sort(kind),
        feed: matches!(kind, SectionKind::Tips | SectionKind::News),
        body: String::new(),
        body_line: 1,
        front: String::new(),
        front_line: 1,
    }
}

fn default_sort(kind: SectionKind) -> SortBy {
    match kind {
        SectionKind::Tips | SectionKind::News | SectionKind::Testimonials => SortBy::Date,
        SectionKind::Team => SortBy::Weight,
        SectionKind::Policies | SectionKind::Pages => SortBy::Title,
    }
}

fn load_section(root: &Path, abs: &Path, rel: &str, warnings: &mut Vec<Diagnostic>) -> std::result::Result<Section, Vec<Diagnostic>> {
    let file = rel_to(root, abs);
    let (text, w) = crate::textfile::read(abs, &file).map_err(|d| vec![d])?;
    warnings.extend(w);
    let split = front_matter::split(&text, &file).map_err(|d| vec![d])?;
    let fm: SectionFm = front_matter::parse_all(&split, &file, front_matter::SECTION_KEYS)?;
    let name = rel.trim_end_matches("_index.md").trim_end_matches('/').to_string();
    let base = implicit_section(&name);
    let kind = fm.kind.unwrap_or(base.kind);
    Ok(Section {
        title: fm.title.clone().unwrap_or(base.title),
        sort_by: fm.sort_by.unwrap_or(default_sort(kind)),
        feed: fm.feed.unwrap_or(matches!(kind, SectionKind::Tips | SectionKind::News)),
        kind,
        file,
        body: split.body.to_string(),
        body_line: split.body_line,
        front: split.front.to_string(),
        front_line: split.front_line,
        fm,
        ..base
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn implicit_sections_take_kind_from_folder() {
        let s = implicit_section("team");
        assert_eq!(s.kind, SectionKind::Team);
        assert_eq!(s.sort_by, SortBy::Weight);
        assert_eq!(s.title, "Team");
        assert!(!s.feed);
        assert!(implicit_section("news").feed);
    }
}
