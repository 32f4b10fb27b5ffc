//! The set of files a build wrote, and the fragment targets of its pages.

use std::collections::{HashMap, HashSet};

use percent_encoding::percent_decode_str;
use scraper::Html;

use super::{dom, url};

/// The set of files the build wrote, by URL path (`/tips/flu/index.html`,
/// `/images/a.jpg`), plus each HTML page's ids for anchor checks.
///
/// Paths are stored percent-decoded with dot segments removed, so
/// `/a%20b.pdf`, `/a b.pdf` and `/x/../a%20b.pdf` are the same file.
#[derive(Debug, Clone, Default)]
pub struct OutputIndex {
    files: HashSet<String>,
    /// File key → ids (and `<a name>`s) on that page.
    ids: HashMap<String, HashSet<String>>,
}

impl OutputIndex {
    /// Index of the given output files (URL paths; a missing leading `/` is
    /// added and `\` is read as `/`).
    pub fn new(paths: impl IntoIterator<Item = String>) -> Self {
        let files = paths.into_iter().map(|p| normalize(&p.replace('\\', "/"))).collect();
        OutputIndex { files, ids: HashMap::new() }
    }

    /// Records a page's element ids; `url_path` may be the page URL
    /// (`/tips/flu/`) or its file (`/tips/flu/index.html`). Also marks the
    /// file as written.
    pub fn add_html(&mut self, url_path: &str, html: &str) {
        let key = file_key(url_path);
        let ids = dom::collect_ids(&Html::parse_document(html));
        self.files.insert(key.clone());
        self.ids.insert(key, ids);
    }

    /// Whether a URL path (query and fragment ignored, percent-encoding
    /// decoded) names a written file: `/x/` → `/x/index.html`, and `/x`
    /// matches the file `/x` or, failing that, `/x/index.html`.
    pub fn resolves(&self, url_path: &str) -> bool {
        self.lookup(url_path).is_some()
    }

    /// The file key `url_path` resolves to.
    pub(super) fn lookup(&self, url_path: &str) -> Option<String> {
        let p = normalize(url_path);
        if p.ends_with('/') {
            let k = format!("{p}index.html");
            return self.files.contains(&k).then_some(k);
        }
        if self.files.contains(&p) {
            return Some(p);
        }
        let k = format!("{p}/index.html");
        self.files.contains(&k).then_some(k)
    }

    /// Ids recorded by [`add_html`](Self::add_html) for a file key; `None` if
    /// the page was never added (then anchors into it are not checked).
    pub(super) fn ids(&self, key: &str) -> Option<&HashSet<String>> {
        self.ids.get(key)
    }
}

/// Query/fragment dropped, percent-decoded, leading `/`, dot segments removed.
pub(super) fn normalize(p: &str) -> String {
    let end = p.find(['?', '#']).unwrap_or(p.len());
    let decoded = percent_decode_str(&p[..end]).decode_utf8_lossy();
    url::remove_dots(&decoded)
}

/// The file a page URL is served from: `/tips/flu/` → `/tips/flu/index.html`.
pub(super) fn file_key(url_path: &str) -> String {
    let p = normalize(url_path);
    if p.ends_with('/') { format!("{p}index.html") } else { p }
}
