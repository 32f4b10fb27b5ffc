//! The social desk's view of a site for `watch`: each published page's
//! post ([`crate::social`]) beside its `social/*` findings
//! ([`crate::compliance::social`]), for the share preview ([`super::share`]).
//! It joins the two here, above both, so neither has to know the other.

use crate::error::Diagnostic;
use crate::site::Site;
use crate::social::{Post, post};
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// What the share preview knows of a page besides its served HTML.
#[derive(Debug, Clone, PartialEq)]
pub struct ShareEntry {
    /// The page's source file, as `check` names it.
    pub file: PathBuf,
    pub post: Post,
    /// The `social/*` findings of the page.
    pub findings: Vec<Diagnostic>,
}

/// The social desk's view of a site, for `watch`: every published page's
/// entry by URL path ("/tips/flu-shot/"). Entries are shared, so a copy
/// for the server costs a map of pointers.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Desk {
    /// The production `base_url` posts link to.
    pub public_base: String,
    pub pages: HashMap<String, Arc<ShareEntry>>,
}

/// The desk of `site`, posts linking under `public_base`.
pub fn desk(site: &Site, public_base: &str) -> Desk {
    let idx: Vec<usize> = site.published().collect();
    let pages = idx.par_iter().map(|&i| entry(site, i, public_base)).collect();
    Desk { public_base: public_base.to_string(), pages }
}

fn entry(site: &Site, i: usize, public_base: &str) -> (String, Arc<ShareEntry>) {
    let p = &site.content.pages[i].page;
    let post = post(site, i, public_base);
    let findings = crate::compliance::social::findings(p, &post);
    (p.path.clone(), Arc::new(ShareEntry { file: p.file.clone(), post, findings }))
}

impl Desk {
    /// Redoes the entries of the pages read from `files` (site-relative
    /// sources, as [`crate::content::Page::file`]): a page's entry depends
    /// on the page and the site's configuration only, so one edit needs
    /// one entry, not the whole desk. A page gone or moved loses its entry.
    pub fn refresh(&mut self, site: &Site, files: &[&Path]) {
        self.pages.retain(|_, e| !files.contains(&e.file.as_path()));
        for i in site.published() {
            if files.contains(&site.content.pages[i].page.file.as_path()) {
                let (k, e) = entry(site, i, &self.public_base);
                self.pages.insert(k, e);
            }
        }
    }
}
