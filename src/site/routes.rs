//! Every output path of the site with the source that makes it, checked
//! once: each path is a valid output path ([`crate::output::paths`]) and has
//! exactly one writer. Two sources for one path (a page, a section, an
//! alias, a tag page, a feed, a static file) are an error naming both, at
//! the line of the content that asked for it, instead of one silently
//! overwriting the other.
//!
//! The exceptions users expect from Zola and Hugo: `static/robots.txt`,
//! `static/favicon.ico` and `static/carepress.css` (the theme stylesheet)
//! replace the generated file of that name (see [`static_replaces`]), as do
//! the icons, `offline.html` and `sw.js`.

use super::Site;
use crate::error::Diagnostic;
use crate::output::paths::check_rel;
use std::collections::HashMap;
use std::path::PathBuf;

/// Generated files a static file of the same name replaces instead of
/// colliding with.
pub const STATIC_REPLACES: &[&str] = &[
    "robots.txt",
    "favicon.ico",
    "carepress.css",
    "icon-32.png",
    "apple-touch-icon.png",
    "icon-192.png",
    "icon-512.png",
    "site.webmanifest",
    "offline.html",
    "sw.js",
];

/// True when the site ships its own copy of the generated file `rel`.
pub fn static_replaces(site: &Site, rel: &str) -> bool {
    STATIC_REPLACES.contains(&rel) && site.assets.files.contains_key(&format!("/{rel}"))
}

/// Who writes an output path.
#[derive(Debug, Clone)]
struct Source {
    file: PathBuf,
    line: usize,
    column: usize,
    what: String,
}

impl Source {
    fn generated(what: impl Into<String>) -> Source {
        Source { file: PathBuf::new(), line: 0, column: 0, what: what.into() }
    }

    fn describe(&self) -> String {
        if self.file.as_os_str().is_empty() {
            self.what.clone()
        } else if self.line > 0 {
            format!("{} ({}:{})", self.what, self.file.display(), self.line)
        } else {
            format!("{} ({})", self.what, self.file.display())
        }
    }
}

/// Checks every output path of `site`; returns one error per problem.
pub fn check(site: &Site) -> Vec<Diagnostic> {
    let mut table = Table::default();
    for (rel, what) in [("index.html", "the home page"), ("404.html", "the 404 page"), ("sitemap.xml", "the sitemap")] {
        table.claim(rel.into(), Source::generated(what));
    }
    for (rel, what) in [("carepress.css", "the theme stylesheet"), ("robots.txt", "the generated robots.txt")] {
        if !static_replaces(site, rel) {
            table.claim(rel.into(), Source::generated(what));
        }
    }
    table.claim("tags/index.html".into(), Source::generated("the list of tags"));
    if site.info.icons.app {
        for rel in crate::graphics::icons::files() {
            if !static_replaces(site, rel) {
                table.claim(rel.into(), Source::generated("an icon drawn from the logo (or the practice's initials)"));
            }
        }
    }
    if site.config.theme.offline {
        for (rel, what) in [(OFFLINE_PAGE, "the offline page"), (SERVICE_WORKER, "the service worker")] {
            if !static_replaces(site, rel) {
                table.claim(rel.into(), Source::generated(what));
            }
        }
    }
    for rel in site.cards.files() {
        table.claim(rel, Source::generated("a social card"));
    }
    listings(site, &mut table);
    feeds(site, &mut table);
    pages(site, &mut table);
    let mut statics: Vec<(&String, &super::assets::Asset)> = site.assets.files.iter().collect();
    statics.sort_by(|a, b| a.0.cmp(b.0));
    for (url, asset) in statics {
        let file = crate::content::rel_to(&site.root, &asset.src);
        table.claim(
            url.trim_start_matches('/').to_string(),
            Source { file: file.clone(), line: 0, column: 0, what: "a static file".into() },
        );
        for w in &asset.variants {
            let rel = crate::graphics::variants::url(url.trim_start_matches('/'), *w);
            table.claim(rel, Source { file: file.clone(), line: 0, column: 0, what: format!("the {w} px WebP variant of a static image") });
        }
    }
    table.problems
}

fn listings(site: &Site, table: &mut Table) {
    for (si, s) in site.content.sections.iter().enumerate() {
        let src = |what: String| Source { file: s.file.clone(), line: 1, column: 1, what };
        table.claim(url_file(&s.path), src(format!("the section `{}`", s.name)));
        let n = site.section_lists[si].pagination.total;
        for k in (1..=n).filter(|_| n > 1) {
            table.claim(
                format!("{}page/{k}/index.html", s.path.trim_start_matches('/')),
                src(format!("page {k} of the section `{}`", s.name)),
            );
        }
    }
    for t in site.tags.values() {
        let n = t.pagination.total;
        table.claim(format!("tags/{}/index.html", t.slug), Source::generated(format!("the page of tag `{}`", t.name)));
        for k in (1..=n).filter(|_| n > 1) {
            table.claim(format!("tags/{}/page/{k}/index.html", t.slug), Source::generated(format!("page {k} of tag `{}`", t.name)));
        }
    }
}

fn feeds(site: &Site, table: &mut Table) {
    let mut folders: Vec<(String, String)> = vec![(String::new(), "the site's".into())];
    for s in site.content.sections.iter().filter(|s| s.feed) {
        folders.push((s.path.trim_start_matches('/').to_string(), format!("the section `{}`'s", s.name)));
    }
    for t in site.tags.values() {
        folders.push((format!("tags/{}/", t.slug), format!("tag `{}`'s", t.name)));
    }
    for (folder, whose) in folders {
        for f in &site.config.feeds.formats {
            let (file, _, label) = super::views::feed_file(*f);
            table.claim(format!("{folder}{file}"), Source::generated(format!("{whose} {label} feed")));
        }
    }
}

fn pages(site: &Site, table: &mut Table) {
    for i in site.published() {
        let p = &site.content.pages[i].page;
        let (line, column) = if p.fm.slug.is_some() { p.key_pos("slug") } else { (1, 1) };
        table.claim(url_file(&p.path), Source { file: p.file.clone(), line, column, what: format!("the page {}", p.path) });
    }
    // Aliases after every page: a redirect never takes a page's address.
    for i in site.published() {
        let p = &site.content.pages[i].page;
        for a in &p.fm.aliases {
            if let Ok(file) = crate::output::paths::alias_file(a) {
                let (line, column) = p.key_pos("aliases");
                table.claim(file, Source { file: p.file.clone(), line, column, what: format!("the alias `{a}`") });
            }
        }
    }
}

/// "/tips/flu/" -> "tips/flu/index.html"; "/" -> "index.html".
fn url_file(path: &str) -> String {
    format!("{}index.html", path.trim_start_matches('/'))
}

#[derive(Default)]
struct Table {
    owners: HashMap<String, Source>,
    /// Folders the claimed files need, with the first source that needs each.
    folders: HashMap<String, Source>,
    problems: Vec<Diagnostic>,
}

impl Table {
    fn claim(&mut self, rel: String, src: Source) {
        if let Err(why) = check_rel(&rel) {
            self.problems.push(
                Diagnostic::error(
                    "build/output-path",
                    &src.file,
                    src.line,
                    src.column,
                    format!("{} cannot be written to `{rel}`: {why}", src.what),
                )
                .with_hint("shorten or rename it"),
            );
            return;
        }
        // Folders and files share one namespace on disk: `a/` as a folder
        // and `a` as a file cannot both exist.
        let clash = self.owners.get(&rel).or_else(|| self.folders.get(&rel)).or_else(|| {
            let mut ancestors = rel.match_indices('/').map(|(i, _)| &rel[..i]);
            ancestors.find_map(|a| self.owners.get(a))
        });
        if let Some(other) = clash {
            let mut d = Diagnostic::error(
                "build/output-conflict",
                &src.file,
                src.line,
                src.column,
                format!("{} would overwrite {}: both need `/{rel}`", src.describe(), other.describe()),
            );
            d.hint = Some(conflict_hint(&src, other));
            self.problems.push(d);
            return;
        }
        for (i, _) in rel.match_indices('/') {
            self.folders.entry(rel[..i].to_string()).or_insert_with(|| src.clone());
        }
        self.owners.insert(rel, src);
    }
}

fn conflict_hint(src: &Source, other: &Source) -> String {
    if src.what.starts_with("a static file") {
        return "rename or remove the static file; carepress generates this file itself".into();
    }
    if src.what.starts_with("the alias") {
        return "remove the alias, or point it at an address nothing else uses".into();
    }
    if src.what.starts_with("the section") && other.what.contains("tag") {
        return "rename the section folder: /tags/ holds the tag pages".into();
    }
    "give one of them a different `slug` (or rename the file)".into()
}

/// The offline page's file name at the site root.
pub const OFFLINE_PAGE: &str = "offline.html";
/// The service worker's file name at the site root.
pub const SERVICE_WORKER: &str = "sw.js";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conflicts_name_both_sources() {
        let mut t = Table::default();
        t.claim("rss.xml".into(), Source::generated("the site's RSS feed"));
        t.claim("rss.xml".into(), Source { file: "content/tips/a.md".into(), line: 4, column: 1, what: "the alias `/rss.xml`".into() });
        assert_eq!(t.problems.len(), 1);
        let d = &t.problems[0];
        assert_eq!((d.file.to_str(), d.line), (Some("content/tips/a.md"), 4));
        assert!(d.message.contains("RSS feed") && d.message.contains("alias"), "{}", d.message);
    }

    #[test]
    fn a_file_cannot_be_another_outputs_folder() {
        let mut t = Table::default();
        t.claim("rss.xml".into(), Source::generated("the site's RSS feed"));
        t.claim("rss.xml/index.html".into(), Source::generated("an alias"));
        t.claim("tips/index.html".into(), Source::generated("the section"));
        t.claim("tips".into(), Source::generated("a static file"));
        assert_eq!(t.problems.len(), 2, "{:?}", t.problems);
    }

    #[test]
    fn invalid_paths_are_reported_not_claimed() {
        let mut t = Table::default();
        t.claim("../x/index.html".into(), Source::generated("x"));
        assert_eq!(t.problems.len(), 1);
        assert!(t.owners.is_empty());
    }
}
