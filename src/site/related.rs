//! Related tips: each tip's [`PageRecord::related`](super::PageRecord),
//! worked out for the whole site at once by [`RelatedIndex`] when the site
//! model is built, and for one page by [`related`] (what `watch` updates
//! after an edit).
//!
//! [`related`] reads each candidate's `Page` (kind, section string,
//! date) and zeroes a counter per page of the site for every tip: on a
//! 30,000-page site that was a sixth of the build. Here a page's group
//! (kind and section), the page's place in newest-first order and each
//! tag's members per group are computed once, so a tip only counts the
//! tag-mates of its own group in a reused array.

use crate::site::Site;
use std::cell::RefCell;
use std::collections::HashMap;

/// Tables for [`RelatedIndex::related`]; built by [`RelatedIndex::new`].
pub struct RelatedIndex {
    /// Each page's group: pages are related only within one (kind, section).
    group: Vec<u32>,
    /// Each page's place when pages are ordered newest first (ties: index).
    rank: Vec<u32>,
    /// The tags of each page, as indices into `members` keys (duplicates kept,
    /// tags without published pages left out, as `site.tags` has them).
    page_tags: Vec<Vec<u32>>,
    /// (tag, group) -> the tag's pages in that group, with repeats (a page
    /// tagged twice with one slug counts twice, as in [`related`]).
    members: HashMap<(u32, u32), Vec<u32>>,
}

thread_local! {
    /// Per-thread shared-tag counters, one per page, all zero between calls.
    static COUNTS: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

impl RelatedIndex {
    /// The tables of `site`: linear in pages and tags.
    pub fn new(site: &Site) -> RelatedIndex {
        let pages: Vec<&crate::content::Page> = site.content.iter_pages().collect();
        let mut groups: HashMap<(&str, &str), u32> = HashMap::new();
        let group: Vec<u32> = pages
            .iter()
            .map(|p| {
                let n = groups.len() as u32;
                *groups.entry((p.kind.as_str(), p.section.as_str())).or_insert(n)
            })
            .collect();
        let mut order: Vec<usize> = (0..pages.len()).collect();
        order.sort_by_key(|&j| (std::cmp::Reverse(pages[j].date), j));
        let mut rank = vec![0u32; pages.len()];
        for (r, &j) in order.iter().enumerate() {
            rank[j] = r as u32;
        }
        let tag_id: HashMap<&str, u32> = site.tags.keys().enumerate().map(|(k, slug)| (slug.as_str(), k as u32)).collect();
        let mut members: HashMap<(u32, u32), Vec<u32>> = HashMap::new();
        for (k, tag) in site.tags.values().enumerate() {
            for &j in &tag.pages {
                members.entry((k as u32, group[j])).or_default().push(j as u32);
            }
        }
        let page_tags = pages
            .iter()
            .map(|p| p.fm.tags.iter().filter_map(|t| tag_id.get(crate::content::slugify(t).as_str()).copied()).collect())
            .collect();
        RelatedIndex { group, rank, page_tags, members }
    }

    /// Up to three other published pages of page `i`'s section and kind
    /// sharing the most tags (ties: newest first, then first in the site):
    /// exactly [`related`].
    pub fn related(&self, i: usize) -> Vec<usize> {
        COUNTS.with(|counts| {
            let mut counts = counts.borrow_mut();
            if counts.len() < self.group.len() {
                counts.resize(self.group.len(), 0);
            }
            let mut touched: Vec<u32> = Vec::new();
            for &t in &self.page_tags[i] {
                for &j in self.members.get(&(t, self.group[i])).map_or(&[][..], Vec::as_slice) {
                    let c = &mut counts[j as usize];
                    if *c == 0 {
                        touched.push(j);
                    }
                    *c = c.saturating_add(1);
                }
            }
            // (fewer shared tags, later rank) sorts last; keep the first three.
            let mut best: Vec<(std::cmp::Reverse<u8>, u32, u32)> = Vec::with_capacity(4);
            for &j in &touched {
                let k = (std::cmp::Reverse(std::mem::take(&mut counts[j as usize])), self.rank[j as usize], j);
                if j as usize != i && (best.len() < 3 || k < best[best.len() - 1]) {
                    let pos = best.partition_point(|b| *b < k);
                    best.insert(pos, k);
                    best.truncate(3);
                }
            }
            best.into_iter().map(|(_, _, j)| j as usize).collect()
        })
    }
}

/// Ranking key of a related page: more shared tags, then newer, then index.
type RelatedKey = (std::cmp::Reverse<usize>, std::cmp::Reverse<Option<chrono::DateTime<chrono::FixedOffset>>>, usize);

/// Up to three other published pages of the same section sharing the most
/// tags (ties: newest first). A linear pass keeping the best three: sorting
/// every candidate made this quadratic on large sites.
pub fn related(site: &Site, i: usize) -> Vec<usize> {
    let p = &site.content.pages[i].page;
    // Counts in a plain array (one byte per page) instead of a hash map:
    // this runs for every tip and must stay cheap on 10,000-page sites.
    let mut counts = vec![0u8; site.content.pages.len()];
    let mut touched = Vec::new();
    for t in &p.fm.tags {
        if let Some(tag) = site.tags.get(&crate::content::slugify(t)) {
            for &j in &tag.pages {
                if counts[j] == 0 {
                    touched.push(j);
                }
                counts[j] = counts[j].saturating_add(1);
            }
        }
    }
    let score = touched
        .into_iter()
        .filter(|&j| j != i && site.content.pages[j].page.kind == p.kind && site.content.pages[j].page.section == p.section)
        .map(|j| (j, counts[j] as usize));
    let key = |j: usize, s: usize| (std::cmp::Reverse(s), std::cmp::Reverse(site.content.pages[j].page.date), j);
    let mut best: Vec<RelatedKey> = Vec::with_capacity(4);
    for (j, s) in score {
        let k = key(j, s);
        if best.len() < 3 || k < best[best.len() - 1] {
            let pos = best.partition_point(|b| *b < k);
            best.insert(pos, k);
            best.truncate(3);
        }
    }
    best.into_iter().map(|(_, _, j)| j).collect()
}

#[cfg(test)]
mod tests {
    use super::RelatedIndex;

    /// A site of tips and news sharing tags in every way that decides the
    /// order: counts, ties on date, undated tips, a slug used twice.
    fn site() -> (tempfile::TempDir, crate::site::Site) {
        let d = tempfile::tempdir().unwrap();
        // The example site's settings: only the content matters here.
        std::fs::copy(concat!(env!("CARGO_MANIFEST_DIR"), "/site.toml"), d.path().join("site.toml")).unwrap();
        let tags = ["flu", "Flu", "sleep", "heart", "diet", "kids"];
        for section in ["tips", "news"] {
            std::fs::create_dir_all(d.path().join("content").join(section)).unwrap();
            for n in 0..60 {
                let chosen: Vec<String> = (0..tags.len()).filter(|k| (n * 7 + k * 3) % 5 < 2).map(|k| format!("\"{}\"", tags[k])).collect();
                let date = if n % 9 == 0 && section == "tips" { String::new() } else { format!("date = 2026-0{}-1{}\n", 1 + n % 3, n % 4) };
                let text = format!("+++\ntitle = \"Page {n}\"\n{date}tags = [{}]\n+++\nBody.\n", chosen.join(", "));
                std::fs::write(d.path().join(format!("content/{section}/p{n}.md")), text).unwrap();
            }
        }
        let opts = crate::build::SiteOptions { root: d.path().to_path_buf(), now: Some("2026-11-27".into()), ..Default::default() };
        let (site, _) = crate::build::load_site_lenient(&opts).unwrap();
        (d, site)
    }

    #[test]
    fn the_index_gives_what_each_page_computes_alone() {
        let (_d, site) = site();
        assert!(site.content.pages.len() >= 100 && site.tags.len() >= 4, "{} {}", site.content.pages.len(), site.tags.len());
        let index = RelatedIndex::new(&site);
        let mut some = 0;
        for i in 0..site.content.pages.len() {
            let want = super::related(&site, i);
            some += usize::from(!want.is_empty());
            assert_eq!(index.related(i), want, "page {}", site.content.pages[i].page.file.display());
        }
        assert!(some > 100, "{some}");
    }
}
