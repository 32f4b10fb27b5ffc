//! `links/*` rules: internal links, anchors and images must resolve in the
//! build output.

use std::cell::OnceCell;
use std::collections::HashSet;

use percent_encoding::percent_decode_str;
use scraper::ElementRef;

use super::dom::{LINK_HREF, SCRIPT_SRC, clip, collect_ids};
use super::index::{OutputIndex, file_key};
use super::url::{Base, Target, classify};
use super::{Ctx, Severity};

/// What kind of reference is being checked (picks the rule and wording).
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Link,
    Image,
}

struct Page<'a, 'b> {
    cx: &'b Ctx<'a>,
    index: &'b OutputIndex,
    base: &'b Base,
    own_key: String,
    /// The page's own fragment targets, collected on first use.
    own_ids: OnceCell<HashSet<String>>,
    /// Path relative URLs resolve against; `None` if `<base href>` is external.
    rel_base: Option<String>,
}

/// Runs `links/internal`, `links/anchor` and `links/image` on the checked
/// region (plus `<link href>`/`<script src>` when `chrome` is set).
///
/// - `links/internal` (error): an `<a>`/`<area>` `href` that is root-relative
///   (`/tips/`), relative (`../flu/`) or absolute on the site's own host
///   (`https://example.com/tips/`, any scheme) whose file the build did not
///   write. `mailto:`, `tel:`, other schemes, other hosts and `#` alone are
///   ignored; query strings are ignored and percent-encoding is decoded.
/// - `links/anchor` (error): a `#fragment` (same page, or on an internal
///   target page recorded with `OutputIndex::add_html`) that names no `id`
///   or `<a name>` there. `#top` and text fragments (`#:~:text=`) are fine.
/// - `links/image` (error): an `<img>` `src`/`srcset` or `<picture>`
///   `<source srcset>` that does not resolve, or an `<img>` with neither.
pub(super) fn check(cx: &Ctx, index: &OutputIndex, base: &Base, chrome: bool) {
    let rel_base = match cx.found.base {
        None => Some(cx.url_path.to_string()),
        Some(b) => match classify(b.value().attr("href").unwrap_or(""), Some(cx.url_path), base) {
            Target::Internal { path, .. } => Some(path),
            Target::Ignore => Some(cx.url_path.to_string()),
            _ => None,
        },
    };
    let page = Page { cx, index, base, own_key: file_key(cx.url_path), own_ids: OnceCell::new(), rel_base };
    for a in cx.links() {
        page.check_url(a.value().attr("href").unwrap_or(""), Kind::Link);
    }
    for img in cx.images() {
        let src = img.value().attr("src").filter(|s| !s.trim().is_empty());
        let srcset = img.value().attr("srcset").filter(|s| !s.trim().is_empty());
        if src.is_none() && srcset.is_none() {
            cx.push("links/image", Severity::Error, "image has no src".into(), None);
        }
        if let Some(s) = src {
            page.check_url(s, Kind::Image);
        }
        page.check_srcset(img);
    }
    for source in &cx.found.picture_sources {
        page.check_srcset(source);
    }
    if chrome {
        for l in cx.select(&LINK_HREF) {
            let rel = l.value().attr("rel").unwrap_or("").to_ascii_lowercase();
            if !rel.split_whitespace().any(|r| matches!(r, "preconnect" | "dns-prefetch")) {
                page.check_url(l.value().attr("href").unwrap_or(""), Kind::Link);
            }
        }
        for s in cx.select(&SCRIPT_SRC) {
            page.check_url(s.value().attr("src").unwrap_or(""), Kind::Link);
        }
    }
}

impl Page<'_, '_> {
    fn own_ids(&self) -> &HashSet<String> {
        self.own_ids.get_or_init(|| collect_ids(self.cx.doc))
    }

    fn check_srcset(&self, el: &ElementRef) {
        let Some(srcset) = el.value().attr("srcset") else {
            return;
        };
        for candidate in srcset.split(',') {
            if let Some(url) = candidate.split_whitespace().next() {
                self.check_url(url, Kind::Image);
            }
        }
    }

    fn check_url(&self, raw: &str, kind: Kind) {
        // Built only for a finding: most links are fine.
        let needle = || Some(self.base.needle(raw).to_string());
        match classify(raw, self.rel_base.as_deref(), self.base) {
            Target::Ignore | Target::External => {}
            Target::SamePage(frag) => {
                if kind == Kind::Link && !has_fragment(self.own_ids(), &frag) {
                    self.cx.push(
                        "links/anchor",
                        Severity::Error,
                        format!("link to `#{}` points to no element with that id on this page", clip(&frag, 60)),
                        needle(),
                    );
                }
            }
            Target::Internal { path, fragment } => {
                let key = if file_key(&path) == self.own_key { Some(self.own_key.clone()) } else { self.index.lookup(&path) };
                let Some(key) = key else {
                    let (rule, what) = match kind {
                        Kind::Link => ("links/internal", "link target"),
                        Kind::Image => ("links/image", "image"),
                    };
                    self.cx.push(
                        rule,
                        Severity::Error,
                        format!("{what} `{}` does not exist in the build output", clip(raw.trim(), 100)),
                        needle(),
                    );
                    return;
                };
                let (Some(frag), Kind::Link) = (fragment, kind) else {
                    return;
                };
                let ids = if key == self.own_key { Some(self.own_ids()) } else { self.index.ids(&key) };
                if let Some(ids) = ids
                    && !has_fragment(ids, &frag)
                {
                    self.cx.push(
                        "links/anchor",
                        Severity::Error,
                        format!("link to `{}` points to no element with id \"{}\" on {}", clip(raw.trim(), 100), clip(&frag, 60), path),
                        needle(),
                    );
                }
            }
        }
    }
}

/// HTML fragment matching: the raw fragment, then its percent-decoded form;
/// `top` always works; text fragments (`:~:`) are not ids.
fn has_fragment(ids: &HashSet<String>, frag: &str) -> bool {
    let frag = frag.split(":~:").next().unwrap_or("");
    if frag.is_empty() || frag.eq_ignore_ascii_case("top") || ids.contains(frag) {
        return true;
    }
    ids.contains(percent_decode_str(frag).decode_utf8_lossy().as_ref())
}
