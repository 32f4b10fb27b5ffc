//! The in-memory site behind `watch`: built once, then updated
//! incrementally. A content edit re-parses only that file, re-renders its
//! Markdown, rebuilds the cheap indexes, and re-renders only the outputs
//! that depend on the page: the page and its aliases, the listing pages of
//! its section and tags whose contents changed, the tag list, the feeds it
//! appears in, the home page and the sitemap. Templates re-render from the
//! cached parse; config, static files and added/removed pages rebuild all.

use crate::build::{self, SiteOptions, aliases, feed_outputs_where, render_all, sitemap_outputs};
use crate::content::{PageContext, page::parse_page};
use crate::error::{Diagnostic, Error, Result};
use crate::output::MemorySink;
use crate::render::pages::{Renderer, TAG_PAGE_SIZE, chunks};
use crate::site::Site;
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

/// What changed on disk, relative to the site root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// A Markdown file under content/.
    Content(PathBuf),
    /// A template (site or theme).
    Template,
    /// Anything else: config, static files, bundle assets.
    Other,
}

/// Served files by URL path ("/tips/flu/index.html").
pub type Files = HashMap<String, bytes::Bytes>;

/// A site kept in memory for the live preview.
pub struct LiveSite {
    opts: SiteOptions,
    /// Always `Some` between calls; taken while an edit rebuilds the indexes.
    site: Option<Site>,
    tera: tera::Tera,
    files: Files,
}

impl LiveSite {
    /// Builds the whole site into memory.
    pub fn load(opts: SiteOptions) -> Result<LiveSite> {
        let (site, _warnings) = build::load_site(&opts)?;
        let gate = build::compliance_gate(&site);
        if gate.iter().any(Diagnostic::is_error) {
            return Err(Error::Content(gate));
        }
        let tera = crate::render::templates::load(&site.root, &site.config.theme.name)?;
        let files = render_files(&site, &tera)?;
        Ok(LiveSite { opts, site: Some(site), tera, files })
    }

    /// The files to serve.
    pub fn files(&self) -> &Files {
        &self.files
    }

    /// The site model.
    pub fn site(&self) -> &Site {
        self.site.as_ref().expect("LiveSite always holds a site between calls")
    }

    /// Applies a batch of edits; returns the URL paths whose bytes changed
    /// or disappeared. On error the previous files stay in place.
    pub fn apply(&mut self, edits: &[Edit]) -> Result<Vec<String>> {
        if edits.iter().any(|e| *e == Edit::Other) {
            return self.reload();
        }
        if edits.iter().any(|e| *e == Edit::Template) {
            let tera = crate::render::templates::load(&self.site().root, &self.site().config.theme.name)?;
            let files = render_files(self.site(), &tera)?;
            self.tera = tera;
            return Ok(self.replace_all(files));
        }
        let mut changed = Vec::new();
        for e in edits {
            if let Edit::Content(rel) = e {
                match self.update_page(rel)? {
                    Some(paths) => changed.extend(paths),
                    None => return self.reload(),
                }
            }
        }
        changed.sort();
        changed.dedup();
        Ok(changed)
    }

    fn reload(&mut self) -> Result<Vec<String>> {
        let fresh = LiveSite::load(self.opts.clone())?;
        self.site = fresh.site;
        self.tera = fresh.tera;
        Ok(self.replace_all(fresh.files))
    }

    fn replace_all(&mut self, files: Files) -> Vec<String> {
        let mut changed: Vec<String> = files.iter().filter(|(k, v)| self.files.get(*k) != Some(*v)).map(|(k, _)| k.clone()).collect();
        changed.extend(self.files.keys().filter(|k| !files.contains_key(*k)).cloned());
        self.files = files;
        changed
    }

    /// Re-renders what depends on one edited page; `None` when the edit
    /// needs a full rebuild (new, deleted, moved or re-scheduled page, a
    /// team page, a section index).
    fn update_page(&mut self, rel: &Path) -> Result<Option<Vec<String>>> {
        let cur = self.site();
        let Some(i) = cur.content.pages.iter().position(|p| p.file == rel) else { return Ok(None) };
        let abs = cur.root.join(rel);
        let Ok(text) = std::fs::read_to_string(&abs) else { return Ok(None) };
        let old = &cur.content.pages[i];
        if old.kind == crate::content::front_matter::SectionKind::Team {
            return Ok(None);
        }
        let section = cur.content.sections.iter().find(|s| s.name == old.section);
        let cx = PageContext {
            tz: cur.config.tz(),
            now: cur.now,
            drafts: self.opts.drafts,
            future: self.opts.future,
            kind: old.kind,
            section: &old.section,
            date_required: section.is_some_and(|s| s.sort_by == crate::content::front_matter::SortBy::Date),
        };
        let page = parse_page(rel, &old.rel, &text, old.bundle_dir.clone(), &cx).map_err(Error::Content)?;
        if page.path != old.path || page.status != old.status || page.fm.aliases != old.fm.aliases || page.fm.image != old.fm.image {
            return Ok(None);
        }
        let links = crate::site::link_map(&cur.content);
        let (rendered, problems) = crate::site::render_markdown(&page, &links, &cur.assets);
        if problems.iter().any(Diagnostic::is_error) {
            return Err(Error::Content(problems));
        }
        let old_tags: Vec<String> = old.fm.tags.iter().map(|t| crate::content::slugify(t)).collect();
        let old_section: Option<(usize, Vec<usize>)> =
            cur.content.sections.iter().position(|s| s.name == old.section).map(|si| (si, cur.section_pages[si].clone()));
        let old_tag_lists: HashMap<String, Vec<usize>> = cur.tags.iter().map(|(k, t)| (k.clone(), t.pages.clone())).collect();
        // Swap the page in and rebuild the cheap indexes around the cached parse.
        let Some(Site { root, config, mut content, rendered: mut all_rendered, assets, now, .. }) = self.site.take() else {
            return Ok(None);
        };
        content.pages[i] = page;
        all_rendered[i] = rendered;
        let (site, problems) = Site::assemble(&root, config, content, all_rendered, assets, now);
        self.site = Some(site);
        if problems.iter().any(Diagnostic::is_error) {
            return Err(Error::Content(problems));
        }
        let site = self.site();
        let r = Renderer::new(site, &self.tera);
        let mut outs = vec![r.page(i).map_err(Error::one)?];
        outs.extend(aliases(site, i));
        if let Some((si, before)) = old_section {
            let per = site.content.sections[si].fm.paginate_by;
            let pick = changed_chunks(&before, &site.section_pages[si], per, i);
            outs.extend(r.section_chunks(si, Some(&pick)).map_err(Error::one)?);
        }
        let new_tags: Vec<String> = site.content.pages[i].fm.tags.iter().map(|t| crate::content::slugify(t)).collect();
        let touched: BTreeSet<&String> = old_tags.iter().chain(&new_tags).collect();
        for slug in &touched {
            let before = old_tag_lists.get(*slug).cloned().unwrap_or_default();
            let after = site.tags.get(*slug).map(|t| t.pages.clone()).unwrap_or_default();
            let pick = changed_chunks(&before, &after, Some(TAG_PAGE_SIZE), i);
            outs.extend(r.tag_chunks(slug, Some(&pick)).map_err(Error::one)?);
        }
        outs.push(r.tag_list().map_err(Error::one)?);
        outs.push(r.home().map_err(Error::one)?);
        let section_path = site.content.sections.iter().find(|s| s.name == site.content.pages[i].section).map(|s| s.path.clone());
        let tag_dirs: Vec<String> = touched.iter().map(|s| format!("/tags/{s}/")).collect();
        outs.extend(feed_outputs_where(site, |folder| folder == "/" || Some(folder) == section_path.as_deref() || tag_dirs.iter().any(|t| t == folder)));
        outs.extend(sitemap_outputs(site));
        let mut changed = Vec::new();
        for (path, bytes) in outs {
            let key = format!("/{path}");
            if self.files.get(&key).map(|b| b.as_ref()) != Some(bytes.as_slice()) {
                self.files.insert(key.clone(), bytes::Bytes::from(bytes));
                changed.push(key);
            }
        }
        Ok(Some(changed))
    }
}

/// Pagination pages (1-based) whose page lists differ between `before` and
/// `after`, plus the one holding `page` (its own summary may have changed).
pub fn changed_chunks(before: &[usize], after: &[usize], per: Option<usize>, page: usize) -> Vec<usize> {
    let (b, a) = (chunks(before, per), chunks(after, per));
    let mut out: Vec<usize> = (0..a.len()).filter(|&k| b.get(k) != a.get(k) || a[k].contains(&page)).map(|k| k + 1).collect();
    out.dedup();
    out
}

fn render_files(site: &Site, tera: &tera::Tera) -> Result<Files> {
    let sink = MemorySink::default();
    render_all(site, tera, &sink, None)?;
    Ok(sink.into_files().into_iter().map(|(k, v)| (format!("/{k}"), bytes::Bytes::from(v))).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_chunks_that_changed_are_picked() {
        let before = [1, 2, 3, 4, 5, 6, 7];
        assert_eq!(changed_chunks(&before, &before, Some(3), 5), vec![2]);
        let moved = [5, 1, 2, 3, 4, 6, 7];
        assert_eq!(changed_chunks(&before, &moved, Some(3), 5), vec![1, 2]);
        assert_eq!(changed_chunks(&before, &before, None, 7), vec![1]);
    }
}
