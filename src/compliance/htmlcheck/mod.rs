//! Checks that run on the RENDERED HTML output of a build (SPEC §7):
//! `a11y/*`, `links/*` and `meta/*`.
//!
//! Self-contained: only `scraper` (and its `html5ever` and `ego-tree`),
//! `percent-encoding`, `memchr` and `serde`.
//!
//! # Rules and severities
//!
//! | rule                        | severity | what                                                        |
//! |-----------------------------|----------|-------------------------------------------------------------|
//! | `a11y/img-alt`              | error    | `<img>` without an `alt` attribute                          |
//! | `a11y/img-alt`              | warning  | empty `alt` on the only content of a link (nameless link), or alt that looks like a file name |
//! | `a11y/img-alt-empty`        | warning  | empty `alt` on an image the author placed (`![](photo.jpg)`): decorative, or forgotten? |
//! | `a11y/img-size`             | warning  | `<img>` without `width` and `height` (layout shift)         |
//! | `a11y/heading-order`        | warning  | a heading skips levels (`h2` → `h4`)                        |
//! | `a11y/multiple-h1`          | warning  | more than one `<h1>` on the page                            |
//! | `a11y/link-text`            | error    | link with no accessible name                                |
//! | `a11y/link-text`            | warning  | vague link text ("click here", "read more", …)              |
//! | `a11y/lang`                 | error    | `<html>` without `lang`                                     |
//! | `a11y/title`                | error    | missing or empty `<title>`                                  |
//! | `links/internal`            | error    | internal link whose target the build did not write          |
//! | `links/anchor`              | error    | `#fragment` naming no id on the target (or same) page       |
//! | `links/image`               | error    | image `src`/`srcset` the build did not write                |
//! | `meta/description-missing`  | warning  | empty description                                           |
//! | `meta/description-long`     | warning  | description over 160 characters                             |
//! | `meta/description-short`    | warning  | description under 50 characters                             |
//! | `meta/image-missing`        | warning  | no social (Open Graph) image                                |
//! | `meta/image-small`          | warning  | social image under 200×200                                  |
//! | `meta/image-large`          | warning  | social image over 1 MB (1,000,000 bytes)                    |
//!
//! # Scope
//!
//! Element-level rules (`a11y/img-*`, `a11y/heading-order`, `a11y/multiple-h1`,
//! `a11y/link-text`, `links/*`) only report elements inside the page's
//! `<main>` (or `[role=main]`), so theme chrome (header, nav, footer) is not
//! reported once per page. Set [`CheckOptions::check_chrome`] for one page
//! (e.g. the home page) to check the whole document, including `<link href>`
//! and `<script src>` in the head. A page without `<main>` is checked whole.
//! Document-level rules (`a11y/lang`, `a11y/title`) run on every page.

mod a11y;
mod dom;
mod fastparse;
mod index;
mod links;
mod meta;
mod url;

#[cfg(test)]
mod tests_a11y;
#[cfg(test)]
mod tests_fastparse;
#[cfg(test)]
mod tests_links;
#[cfg(test)]
mod tests_meta;

use std::cell::RefCell;
use std::collections::HashSet;

use scraper::{ElementRef, Html, Selector};

pub use index::{OutputIndex, scan_ids};
pub use meta::{DESCRIPTION_MAX_CHARS, DESCRIPTION_MIN_CHARS, IMAGE_MAX_BYTES, IMAGE_MIN_SIDE, MetaInput, check_meta};

/// How bad a finding is. `error` fails `check`; `warning` is advice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One problem found in the rendered output.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
pub struct HtmlFinding {
    /// e.g. `a11y/img-alt`.
    pub rule: String,
    pub severity: Severity,
    /// The URL path of the page, e.g. `/tips/flu/`.
    pub output_path: String,
    pub message: String,
    /// A short snippet likely to occur verbatim in the source Markdown (link
    /// target, image src, heading text) so the caller can map it to a line.
    /// `None` when the problem is in the template (e.g. `a11y/lang`).
    pub needle: Option<String>,
}

/// Options for [`check_page`].
#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    /// Absolute site URL with trailing slash (`https://example.com/`); links
    /// to it (any scheme, same host) count as internal.
    pub base_url: String,
    /// Check the whole document (theme chrome too), not only `<main>`.
    pub check_chrome: bool,
}

impl CheckOptions {
    /// Options checking `<main>` only.
    pub fn new(base_url: impl Into<String>) -> Self {
        CheckOptions { base_url: base_url.into(), check_chrome: false }
    }
}

/// Accessibility + link rules on one rendered page (see the module docs for
/// the rule list and scope). Identical findings on a page are reported once.
pub fn check_page(url_path: &str, html: &str, index: &OutputIndex, opts: &CheckOptions) -> Vec<HtmlFinding> {
    let doc = parse(html);
    let scope = if opts.check_chrome { None } else { dom::find_main(&doc) };
    let found = dom::find(&doc, |e| in_scope(scope, e));
    let cx = Ctx { url_path, doc: &doc, scope, findings: RefCell::new(Vec::new()), found };
    a11y::lang(&cx);
    a11y::title(&cx);
    a11y::img_alt(&cx);
    a11y::img_size(&cx);
    a11y::heading_order(&cx);
    a11y::multiple_h1(&cx);
    a11y::link_text(&cx);
    links::check(&cx, index, &url::Base::parse(&opts.base_url), opts.check_chrome);
    let all = cx.findings.into_inner();
    // Keep the first of identical findings, in order.
    let mut seen: HashSet<&HtmlFinding> = HashSet::with_capacity(all.len());
    let keep: Vec<bool> = all.iter().map(|f| seen.insert(f)).collect();
    drop(seen);
    all.into_iter().zip(keep).filter_map(|(f, k)| k.then_some(f)).collect()
}

/// The page's DOM: built directly when the page is in the well-formed subset
/// [`fastparse`] knows (the same tree), else by html5ever.
fn parse(html: &str) -> Html {
    fastparse::parse(html).unwrap_or_else(|| Html::parse_document(html))
}

/// Per-page state shared by the rule functions.
struct Ctx<'a> {
    pub url_path: &'a str,
    pub doc: &'a Html,
    /// The `<main>` element; `None` = whole document.
    pub scope: Option<ElementRef<'a>>,
    pub findings: RefCell<Vec<HtmlFinding>>,
    /// The elements several rules walk (images, links, headings…).
    pub found: dom::Found<'a>,
}

/// Whether `el` is inside `scope` (`None`: the whole document).
fn in_scope(scope: Option<ElementRef>, el: &ElementRef) -> bool {
    let Some(main) = scope else { return true };
    *el == main || el.ancestors().any(|a| a == *main)
}

impl<'a> Ctx<'a> {
    /// Whether `el` is inside the checked region.
    pub fn in_scope(&self, el: &ElementRef) -> bool {
        in_scope(self.scope, el)
    }

    /// Elements matching `sel`, in document order, inside the checked region.
    pub fn select(&self, sel: &Selector) -> Vec<ElementRef<'a>> {
        self.doc.select(sel).filter(|e| self.in_scope(e)).collect()
    }

    /// `<img>` elements in the checked region.
    pub fn images(&self) -> &[ElementRef<'a>] {
        &self.found.images
    }

    /// `<a href>` and `<area href>` elements in the checked region.
    pub fn links(&self) -> &[ElementRef<'a>] {
        &self.found.links
    }

    pub fn push(&self, rule: &str, severity: Severity, message: String, needle: Option<String>) {
        self.findings.borrow_mut().push(HtmlFinding {
            rule: rule.to_string(),
            severity,
            output_path: self.url_path.to_string(),
            message,
            needle: needle.filter(|n| !n.is_empty()),
        });
    }
}
