//! The in-memory site behind `watch`: built once, then updated
//! incrementally. A content edit re-parses only that file, re-renders its
//! Markdown, rebuilds the cheap indexes, and re-renders only the outputs
//! that depend on the page: the page and its aliases, the listing pages of
//! its section and tags whose contents changed, the tag list, the feeds it
//! appears in, the home page and the sitemap. Templates re-render from the
//! cached parse; config, static files and added/removed pages rebuild all.

use crate::build::{self, SiteOptions, aliases, feed_outputs_where, render_all, sitemap_outputs};
use crate::content::front_matter::{SectionKind, SortBy};
use crate::content::{Page, PageContext, page::parse_page};
use crate::error::{Diagnostic, Error, Result};
use crate::markdown::Rendered;
use crate::output::MemorySink;
use crate::render::context::{summary, summary_of};
use crate::render::pages::{Out, Renderer};
use crate::site::pagination::{TAG_PAGE_SIZE, chunks};
use crate::site::related::related;
use crate::site::{PageRecord, Site};
use crate::timings::Laps;
use rayon::prelude::*;
use std::collections::{BTreeSet, HashMap, HashSet};
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

/// A site kept in memory for `watch`.
pub struct WatchedSite {
    opts: SiteOptions,
    /// Always `Some` between calls; taken while an edit rebuilds the indexes.
    site: Option<Site>,
    tera: tera::Tera,
    files: Files,
    /// `@/` link targets (unchanged by the edits patched incrementally).
    links: HashMap<String, String>,
    /// The PHI allowlist of the site (practice, team, `[compliance] allow`):
    /// it changes only with site.toml or a team page, and both reload all.
    allow: crate::compliance::phi::Allowlist,
    /// The last `apply` failed: the model may be behind the files on disk
    /// (or half-updated), so the next edit rebuilds everything.
    stale: bool,
}

impl WatchedSite {
    /// Builds the whole site into memory.
    pub fn load(opts: SiteOptions) -> Result<WatchedSite> {
        let (site, _warnings) = build::load_site(&opts)?;
        let gate = build::compliance_gate(&site);
        if gate.iter().any(Diagnostic::is_error) {
            return Err(Error::Content(gate));
        }
        let tera = crate::render::templates::load(&site.root, &site.config.theme.name)?;
        let files = render_files(&site, &tera)?;
        let links = crate::site::link_map(&site.content);
        let allow = crate::compliance::allowlist(&site);
        // The start-up gate ran on rayon's threads; edits are gated on this
        // one. Gating one page here first pays the guard's one-time costs
        // on this thread (regex caches, lazily built tables), so the first
        // edit is as quick as the next (benches/watch_latency.py).
        if let Some(page) = site.content.iter_pages().find(|p| p.is_published()) {
            let _ = build::page_gate(&site, page, &allow);
        }
        Ok(WatchedSite { opts, site: Some(site), tera, files, links, allow, stale: false })
    }

    /// The files to serve.
    pub fn files(&self) -> &Files {
        &self.files
    }

    /// The site model.
    pub fn site(&self) -> &Site {
        self.site.as_ref().expect("WatchedSite always holds a site between calls")
    }

    /// Applies a batch of edits; returns the URL paths whose bytes changed
    /// or disappeared. On error the previous files stay in place.
    /// After a failed call, the next one rebuilds everything: an edit to
    /// another file must not hide an error that is still on disk.
    pub fn apply(&mut self, edits: &[Edit]) -> Result<Vec<String>> {
        let result = self.apply_inner(edits);
        self.stale = result.is_err();
        result
    }

    fn apply_inner(&mut self, edits: &[Edit]) -> Result<Vec<String>> {
        if self.stale || edits.contains(&Edit::Other) {
            return self.reload();
        }
        if edits.contains(&Edit::Template) {
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
        let fresh = WatchedSite::load(self.opts.clone())?;
        self.site = fresh.site;
        self.tera = fresh.tera;
        self.links = fresh.links;
        self.allow = fresh.allow;
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
    /// team page, a section index, a new or changed author or image, code
    /// highlighting appearing or disappearing).
    ///
    /// When the page keeps its place in every list (same tags, date and
    /// section sort key), the model is patched in place; otherwise the
    /// indexes are rebuilt around the cached parse. Then only these are
    /// rendered: the page and its aliases; the tips that show it as related
    /// (if its card changed) or whose related list changed; the listing
    /// pages of its section and tags holding it; the tag list and home page;
    /// the feeds it is (or was) in; the sitemap if a date in it changed.
    fn update_page(&mut self, rel: &Path) -> Result<Option<Vec<String>>> {
        let mut laps = Laps::start();
        let Some(Reparsed { i, si, page }) = self.reparse(rel)? else { return Ok(None) };
        laps.lap("parse");
        // The same gate as `build` (SPEC §8): a page the build would refuse
        // is not patched in, so the previous files keep being served and the
        // findings reach the terminal and the browser overlay.
        let gate = build::page_gate(self.site(), &page, &self.allow);
        if gate.iter().any(Diagnostic::is_error) {
            return Err(Error::Content(gate));
        }
        laps.lap("gate");
        let Some(rendered) = self.render_body(i, &page)? else { return Ok(None) };
        laps.lap("markdown");
        let before = Before::record(self.site(), i, si, &page);
        let Some(old) = self.install(i, page, rendered, before.in_place)? else { return Ok(None) };
        laps.lap(if before.in_place { "patch" } else { "assemble" });
        let others = self.refresh_related(i, &before, &old);
        laps.lap("related");
        let outs = self.render_dependents(i, si, &before, &others, &mut laps)?;
        let changed = self.store(outs);
        laps.lap("compare");
        laps.report(others.len());
        Ok(Some(changed))
    }

    /// Re-parses the edited file `rel` in its page's context; `None` when
    /// the edit needs a full rebuild: no such page yet, an unreadable file,
    /// a team page, or a change to what other pages are built from (path,
    /// status, aliases, image, author, reviewer, feed channels, an alert, the
    /// staff names it introduces, a staff-like folder's title).
    fn reparse(&self, rel: &Path) -> Result<Option<Reparsed>> {
        let cur = self.site();
        // Compare the bytes' length first: `Path ==` walks components.
        let Some(i) = cur.content.iter_pages().position(|p| p.file.as_os_str().len() == rel.as_os_str().len() && p.file == rel) else {
            return Ok(None);
        };
        let Ok(text) = std::fs::read_to_string(cur.root.join(rel)) else { return Ok(None) };
        let old = &cur.content.pages[i].page;
        if old.kind == SectionKind::Team {
            return Ok(None);
        }
        let si = cur.content.sections.iter().position(|s| s.name == old.section);
        let cx = PageContext {
            tz: cur.config.tz(),
            now: cur.now,
            drafts: self.opts.drafts,
            future: self.opts.future,
            kind: old.kind,
            section: &old.section,
            date_required: si.is_some_and(|si| cur.content.sections[si].sort_by == SortBy::Date),
        };
        let page = parse_page(rel, &old.rel, &text, old.bundle_dir.clone(), &cx).map_err(Error::Content)?;
        if page.path != old.path
            || page.status != old.status
            || page.fm.aliases != old.fm.aliases
            || page.fm.image != old.fm.image
            || page.fm.author != old.fm.author
            || page.fm.reviewed_by != old.fm.reviewed_by
            // Channels decide which feeds list the page.
            || page.fm.channels != old.fm.channels
            // An alert's banner is on every page and heads its feeds.
            || page.alert.is_some()
            || old.alert.is_some()
        {
            return Ok(None);
        }
        // People a page introduces as staff join the site's allowlist: when
        // that changes, every page's verdict can change (one verdict).
        if crate::compliance::phi::introduced_names(&page.title, &page.body)
            != crate::compliance::phi::introduced_names(&old.title, &old.body)
            || crate::compliance::phi::carded_names(&page.fm.extra) != crate::compliance::phi::carded_names(&old.fm.extra)
            || crate::compliance::guest_children(&page) != crate::compliance::guest_children(old)
            || ((page.kind == SectionKind::Testimonials || old.kind == SectionKind::Testimonials)
                && crate::compliance::phi::review_names(&page.body) != crate::compliance::phi::review_names(&old.body))
            // A staff-like folder's titles are the page model's staff words.
            || story_staff(rel, &page.title) != story_staff(rel, &old.title)
        {
            return Ok(None);
        }
        Ok(Some(Reparsed { i, si, page }))
    }

    /// Renders the Markdown of the new version of page `i`; `None` when
    /// code highlighting appears or disappears with it, since
    /// carepress.css carries the highlighting rules only when some page has
    /// code.
    fn render_body(&self, i: usize, page: &Page) -> Result<Option<Rendered>> {
        let cur = self.site();
        let (rendered, problems) = crate::site::render_markdown(page, &self.links, &cur.assets, None);
        if problems.iter().any(Diagnostic::is_error) {
            return Err(Error::Content(problems));
        }
        if rendered.html.contains("hl-code") != cur.content.pages[i].rendered.html.contains("hl-code") {
            return Ok(None);
        }
        Ok(Some(rendered))
    }

    /// Puts the new page `i` into the model: patched in place when it keeps
    /// its place in every list, otherwise the indexes are rebuilt around the
    /// cached parse. Returns the record it replaced; `None` when there is
    /// no model to patch.
    fn install(&mut self, i: usize, page: Page, rendered: Rendered, in_place: bool) -> Result<Option<PageRecord>> {
        if in_place {
            let site = self.site.as_mut().expect("WatchedSite always holds a site between calls");
            let old = std::mem::replace(&mut site.content.pages[i], PageRecord::new(page, rendered));
            site.cards.refresh_page(&mut site.content, i, old.card);
            return Ok(Some(old));
        }
        let Some(Site { root, config, mut content, assets, now, cards, .. }) = self.site.take() else {
            return Ok(None);
        };
        let old = std::mem::replace(&mut content.pages[i], PageRecord::new(page, rendered));
        let (site, problems) = Site::assemble(&root, config, content, assets, now);
        // Feeds print the byte size of every card they show.
        site.cards.inherit_sizes(&cards);
        self.site = Some(site);
        if problems.iter().any(Diagnostic::is_error) {
            return Err(Error::Content(problems));
        }
        Ok(Some(old))
    }

    /// Updates the related lists in the records after page `i` changed
    /// (`old` is its record before the edit); returns the other tips to
    /// re-render: those showing page `i` when its summary changed, and
    /// those whose related list changed because of it.
    fn refresh_related(&mut self, i: usize, before: &Before, old: &PageRecord) -> BTreeSet<usize> {
        let site = self.site.as_mut().expect("WatchedSite always holds a site between calls");
        let mut others: BTreeSet<usize> = BTreeSet::new();
        // The old record's summary is drawn with the new model: an edit
        // patched in here changes nothing else a summary shows (a new image
        // or address reloads the whole site).
        if summary_of(site, old) != summary(site, i) {
            others.extend(site.content.pages.iter().enumerate().filter(|(j, r)| *j != i && r.related.contains(&i)).map(|(j, _)| j));
        }
        if !before.in_place {
            let candidates: BTreeSet<usize> = before
                .tag_lists
                .values()
                .flatten()
                .chain(before.touched.iter().filter_map(|k| site.tags.get(k)).flat_map(|t| &t.pages))
                .copied()
                .collect();
            let fresh: Vec<(usize, Vec<usize>)> = candidates
                .into_par_iter()
                .filter(|&j| j != i && site.content.pages[j].page.kind == SectionKind::Tips && site.content.pages[j].page.is_published())
                .map(|j| (j, related(site, j)))
                .collect();
            for (j, r) in fresh {
                if r != site.content.pages[j].related || r.contains(&i) {
                    others.insert(j);
                    site.content.pages[j].related = r;
                }
            }
        }
        site.content.pages[i].related = if site.content.pages[i].page.kind == SectionKind::Tips { related(site, i) } else { Vec::new() };
        others
    }

    /// Renders every output that depends on page `i`, in the order a reader
    /// needs them: cards first (pages and feeds print their sizes), then
    /// pages, listings, feeds and the sitemap.
    fn render_dependents(
        &self,
        i: usize,
        si: Option<usize>,
        before: &Before,
        others: &BTreeSet<usize>,
        laps: &mut Laps,
    ) -> Result<Vec<Out>> {
        let site = self.site();
        let mut outs = self.draw_cards(i, &before.new_tags)?;
        laps.lap("card");
        let r = Renderer::new(site, &self.tera);
        outs.push(r.page(i).map_err(Error::one)?);
        outs.extend(aliases(site, i));
        let rendered_others: Vec<std::result::Result<Out, Diagnostic>> = others.par_iter().map(|&j| r.page(j)).collect();
        for o in rendered_others {
            outs.push(o.map_err(Error::one)?);
        }
        laps.lap("pages");
        outs.extend(listings_of(site, &r, i, si, before)?);
        laps.lap("listings");
        let mut feeds = feed_folders_with(site, i);
        feeds.extend(before.was_in_feed.iter().cloned());
        if !feeds.is_empty() {
            outs.extend(feed_outputs_where(site, |folder| feeds.contains(folder)));
        }
        laps.lap("feeds");
        if !before.sitemap_same {
            outs.extend(sitemap_outputs(site));
        }
        laps.lap("sitemap");
        Ok(outs)
    }

    /// The page's card (a new title is a new card) and its tags' cards,
    /// from the cache when this card was drawn before.
    fn draw_cards(&self, i: usize, new_tags: &[String]) -> Result<Vec<Out>> {
        let site = self.site();
        let cache = crate::graphics::cache::Cache::of_site(&site.root);
        let mut card_keys: Vec<_> = site.content.pages[i].card.into_iter().collect();
        card_keys.extend(new_tags.iter().filter_map(|t| site.cards.listing(&format!("/tags/{t}/"))));
        let mut outs: Vec<Out> = Vec::new();
        for (rel, entry) in site.cards.draw(&cache, Some(&card_keys))? {
            let bytes = entry.bytes().map_err(|e| Error::io(site.root.join(crate::graphics::cache::DIR), e))?;
            outs.push((rel, bytes));
        }
        Ok(outs)
    }

    /// Stores the re-rendered outputs; returns the URL paths whose bytes
    /// changed or disappeared.
    fn store(&mut self, outs: Vec<Out>) -> Vec<String> {
        let site = self.site.as_ref().expect("WatchedSite always holds a site between calls");
        let mut changed = Vec::new();
        // A card no page or listing shares any more (the old title's) is
        // gone, as a full build would not write it.
        let live_cards: HashSet<String> = site.cards.files().map(|f| format!("/{f}")).collect();
        let stale: Vec<String> = self.files.keys().filter(|k| k.starts_with("/cards/") && !live_cards.contains(*k)).cloned().collect();
        for k in stale {
            self.files.remove(&k);
            changed.push(k);
        }
        for (path, bytes) in outs {
            let key = format!("/{path}");
            if self.files.get(&key).map(|b| b.as_ref()) != Some(bytes.as_slice()) {
                self.files.insert(key.clone(), bytes::Bytes::from(bytes));
                changed.push(key);
            }
        }
        changed
    }
}

/// An edited page, parsed again, and where it sits in the site.
struct Reparsed {
    /// Its index in `content.pages` (unchanged by the edit).
    i: usize,
    /// Its section's index, if it has one.
    si: Option<usize>,
    page: Page,
}

/// What depended on an edited page before the edit: compared with the
/// model after it, this says which related lists, listing pages, feeds and
/// sitemap entries change.
struct Before {
    /// The page keeps its place in every list (same tags, date and section
    /// sort key), so the model can be patched in place.
    in_place: bool,
    /// No date the sitemap prints changed.
    sitemap_same: bool,
    /// The slugs of the page's tags after the edit (their cards are redrawn).
    new_tags: Vec<String>,
    /// The slugs of its tags before or after the edit.
    touched: BTreeSet<String>,
    /// Its section's page list.
    section_list: Option<Vec<usize>>,
    /// The page lists of the touched tags.
    tag_lists: HashMap<String, Vec<usize>>,
    /// The feeds it was in (only needed when it moves in a list).
    was_in_feed: HashSet<String>,
}

impl Before {
    /// Records the state of `site` around page `i` (in section `si`) before
    /// it is replaced by `page`.
    fn record(site: &Site, i: usize, si: Option<usize>, page: &Page) -> Before {
        let old = &site.content.pages[i].page;
        let sort_key_same = match si.map(|si| site.content.sections[si].sort_by) {
            Some(SortBy::Title) => old.title.to_lowercase() == page.title.to_lowercase(),
            Some(SortBy::Weight) => old.fm.weight == page.fm.weight,
            _ => true,
        };
        let in_place = sort_key_same && old.fm.tags == page.fm.tags && old.date == page.date;
        let old_tags: Vec<String> = old.fm.tags.iter().map(|t| crate::content::slugify(t)).collect();
        let new_tags: Vec<String> = page.fm.tags.iter().map(|t| crate::content::slugify(t)).collect();
        let touched: BTreeSet<String> = old_tags.iter().chain(&new_tags).cloned().collect();
        let tag_lists = touched.iter().map(|k| (k.clone(), site.tags.get(k).map(|t| t.pages.clone()).unwrap_or_default())).collect();
        Before {
            in_place,
            sitemap_same: in_place && old.updated == page.updated,
            new_tags,
            section_list: si.map(|si| site.section_lists[si].pages.clone()),
            tag_lists,
            was_in_feed: if in_place { HashSet::new() } else { feed_folders_with(site, i) },
            touched,
        }
    }
}

/// The listing pages that changed around page `i`: the pagination pages of
/// its section and of its tags (before or after the edit) whose lists
/// differ or that hold it, the tag list and the home page.
fn listings_of(site: &Site, r: &Renderer, i: usize, si: Option<usize>, before: &Before) -> Result<Vec<Out>> {
    let mut outs = Vec::new();
    if let (Some(si), Some(list)) = (si, &before.section_list) {
        let after = &site.section_lists[si];
        let pick = changed_chunks(list, &after.pages, after.pagination.per, i);
        outs.extend(r.section_chunks(si, Some(&pick)).map_err(Error::one)?);
    }
    for slug in &before.touched {
        let list = before.tag_lists.get(slug).cloned().unwrap_or_default();
        let after = site.tags.get(slug).map(|t| t.pages.clone()).unwrap_or_default();
        let pick = changed_chunks(&list, &after, Some(TAG_PAGE_SIZE), i);
        outs.extend(r.tag_chunks(slug, Some(&pick)).map_err(Error::one)?);
    }
    outs.push(r.tag_list().map_err(Error::one)?);
    outs.push(r.home().map_err(Error::one)?);
    Ok(outs)
}

/// Folders ("/", "/tips/", "/tags/flu/") of the feeds whose items include
/// page `i`: it is among the first `feeds.limit` dated pages of the list.
fn feed_folders_with(site: &Site, i: usize) -> HashSet<String> {
    let mut out = HashSet::new();
    let pages: Vec<&Page> = site.content.iter_pages().collect();
    let p = pages[i];
    if p.date.is_none() || !p.is_published() {
        return out;
    }
    let limit = site.config.feeds.limit;
    let in_top = |list: &[usize]| list.iter().filter(|&&j| pages[j].date.is_some()).take(limit).any(|&j| j == i);
    // The site feed: every feed section's pages, newest first (ties by path).
    let before = |j: usize| {
        let q = &pages[j];
        q.date > p.date || (q.date == p.date && q.path < p.path)
    };
    let feed_sections: Vec<usize> = (0..site.content.sections.len()).filter(|&si| site.content.sections[si].feed).collect();
    if feed_sections.iter().any(|&si| site.section_lists[si].pages.contains(&i)) {
        let ahead = feed_sections
            .iter()
            .flat_map(|&si| &site.section_lists[si].pages)
            .filter(|&&j| j != i && pages[j].date.is_some() && before(j))
            .count();
        if ahead < limit {
            out.insert("/".to_string());
        }
    }
    for (si, s) in site.content.sections.iter().enumerate() {
        if s.feed && in_top(&site.section_lists[si].pages) {
            out.insert(s.path.clone());
        }
    }
    for t in site.tags.values() {
        if in_top(&t.pages) {
            out.insert(format!("/tags/{}/", t.slug));
        }
    }
    out
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

/// The page model's staff words a page's title gives (none outside the
/// staff-like folders, see [`crate::compliance::phi::story::staff_words`]).
fn story_staff(rel: &Path, title: &str) -> std::collections::HashSet<String> {
    let file = rel.to_string_lossy().replace('\\', "/");
    crate::compliance::phi::story::staff_words(std::iter::once((file.as_str(), title)))
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
