//! The set of files a build wrote, and the fragment targets of its pages.

use std::collections::{HashMap, HashSet};

use super::url;
use percent_encoding::percent_decode_str;

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
        let ids = scan_ids(html);
        self.files.insert(key.clone());
        self.ids.insert(key, ids);
    }

    /// Records ids found elsewhere (see [`scan_ids`]) for a page.
    pub fn add_ids(&mut self, url_path: &str, ids: HashSet<String>) {
        let key = file_key(url_path);
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
    if !p[..end].contains('%') {
        return url::remove_dots(&p[..end]);
    }
    let decoded = percent_decode_str(&p[..end]).decode_utf8_lossy();
    url::remove_dots(&decoded)
}

/// The file a page URL is served from: `/tips/flu/` → `/tips/flu/index.html`.
pub(super) fn file_key(url_path: &str) -> String {
    let p = normalize(url_path);
    if p.ends_with('/') { format!("{p}index.html") } else { p }
}

/// Element ids (and `<a name>`s) of a page, found by scanning the markup
/// rather than building a DOM: `check` records ids of every page of the
/// site, and parsing each page twice doubled its time on big sites.
pub fn scan_ids(html: &str) -> HashSet<String> {
    let mut ids = HashSet::new();
    // `id=` and `name=` are looked for directly (SIMD `memmem`) rather than
    // at every `=`: most `=` in a page belong to other attributes. No `=`
    // ends both, and the set does not depend on the order found.
    for at in memchr::memmem::find_iter(html.as_bytes(), b"id=") {
        id_at(html, at, "id=", &mut ids);
    }
    for at in memchr::memmem::find_iter(html.as_bytes(), b"name=") {
        id_at(html, at, "name=", &mut ids);
    }
    ids
}

/// Records the value of the attribute `attr` (`id=` or `name=`) found at
/// byte `at`, if it is an attribute of a tag (an `<a>` for `name=`).
fn id_at(html: &str, at: usize, attr: &str, ids: &mut HashSet<String>) {
    let bytes = html.as_bytes();
    let anchors_only = attr == "name=";
    let from = at + attr.len();
    // Must be an attribute: whitespace before it, inside a tag.
    if at == 0 || !bytes[at - 1].is_ascii_whitespace() {
        return;
    }
    let tag_start = match bytes[..at].iter().rposition(|b| matches!(b, b'<' | b'>')) {
        Some(i) if bytes[i] == b'<' => i,
        _ => return,
    };
    if anchors_only
        && !(html[tag_start..].starts_with("<a ") || html[tag_start..].starts_with("<a\n") || html[tag_start..].starts_with("<a\t"))
    {
        return;
    }
    let rest = &html[from..];
    let value = match rest.as_bytes().first() {
        Some(q @ (b'"' | b'\'')) => rest[1..].find(*q as char).map(|e| &rest[1..1 + e]),
        Some(_) => Some(rest.split(|c: char| c.is_whitespace() || c == '>').next().unwrap_or("")),
        None => None,
    };
    if let Some(v) = value.filter(|v| !v.is_empty()) {
        ids.insert(decode_entities(v));
    }
}

fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
}

#[cfg(test)]
mod scan_tests {
    use super::*;

    #[test]
    fn ids_are_found_without_a_dom() {
        let ids =
            scan_ids("<h2 id=\"why\">x</h2><p class=a id='b'>y</p><a name=top></a><div data-id=\"no\"></div><meta name=\"description\">");
        let mut v: Vec<&str> = ids.iter().map(String::as_str).collect();
        v.sort();
        assert_eq!(v, ["b", "top", "why"]);
    }
}
