//! DOM helpers: selectors, scope, accessible names, element ids.

use std::collections::HashSet;
use std::sync::LazyLock;

use scraper::{ElementRef, Html, Node, Selector};

/// Parses a static selector (all selectors in this module are literals).
pub(super) fn sel(css: &str) -> Selector {
    Selector::parse(css).expect("static CSS selector")
}

/// The selectors the rules use, each parsed once per process.
macro_rules! selectors {
    ($($name:ident = $css:literal;)*) => {
        $(pub(super) static $name: LazyLock<Selector> = LazyLock::new(|| sel($css));)*
    };
}

selectors! {
    MAIN = "main, [role=main]";
    IMG = "img";
    TITLE = "head > title";
    ID = "[id]";
    SVG_TITLE = "title";
    TARGETS = "[id], a[name]";
    LINK_HREF = "link[href]";
    SCRIPT_SRC = "script[src]";
}

/// The elements the rules walk, found in one pass over the document, in the
/// order `Html::select` yields them (node creation order), by name and
/// attribute: matching six CSS selectors against every node of every page
/// was a third of the rules' time. Each field says the selector it stands for.
pub(super) struct Found<'a> {
    /// `h1, h2, h3, h4, h5, h6`, the whole document.
    pub headings: Vec<ElementRef<'a>>,
    /// `img` in scope.
    pub images: Vec<ElementRef<'a>>,
    /// `a[href], area[href]` in scope.
    pub links: Vec<ElementRef<'a>>,
    /// `head base[href]`: the first one.
    pub base: Option<ElementRef<'a>>,
    /// `picture > source[srcset]` in scope.
    pub picture_sources: Vec<ElementRef<'a>>,
}

/// Collects [`Found`]; `in_scope` tells which elements are in the checked region.
pub(super) fn find<'a>(doc: &'a Html, in_scope: impl Fn(&ElementRef<'a>) -> bool) -> Found<'a> {
    let mut f = Found { headings: Vec::new(), images: Vec::new(), links: Vec::new(), base: None, picture_sources: Vec::new() };
    let parent_named = |e: &ElementRef, name: &str| e.parent().and_then(ElementRef::wrap).is_some_and(|p| p.value().name() == name);
    for e in doc.tree.nodes().filter_map(ElementRef::wrap) {
        let v = e.value();
        match v.name() {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => f.headings.push(e),
            "img" if in_scope(&e) => f.images.push(e),
            "a" | "area" if v.attr("href").is_some() && in_scope(&e) => f.links.push(e),
            "base"
                if f.base.is_none()
                    && v.attr("href").is_some()
                    && e.ancestors().any(|a| a.value().as_element().is_some_and(|h| h.name() == "head")) =>
            {
                f.base = Some(e)
            }
            "source" if v.attr("srcset").is_some() && parent_named(&e, "picture") && in_scope(&e) => f.picture_sources.push(e),
            _ => {}
        }
    }
    f
}

/// The page's main content region: the first `<main>` or `[role=main]`.
pub(super) fn find_main(doc: &Html) -> Option<ElementRef<'_>> {
    doc.select(&MAIN).next()
}

/// Collapses runs of whitespace to one space and trims.
pub(super) fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Visible text of an element, whitespace-collapsed.
pub(super) fn text_of(el: &ElementRef) -> String {
    collapse(&el.text().collect::<String>())
}

/// Non-empty, trimmed attribute value.
pub(super) fn attr<'a>(el: &ElementRef<'a>, name: &str) -> Option<&'a str> {
    el.value().attr(name).map(str::trim).filter(|v| !v.is_empty())
}

/// Hidden from assistive technology (`aria-hidden="true"` or `hidden`).
fn is_hidden(el: &ElementRef) -> bool {
    el.value().attr("aria-hidden").is_some_and(|v| v.trim().eq_ignore_ascii_case("true")) || el.value().attr("hidden").is_some()
}

/// Approximate accessible name (accname 1.2 subset) of a link or similar:
/// `aria-labelledby`, then `aria-label`, then content (text, `img` alt,
/// `svg` `<title>`, nested `aria-label`), then `title`.
pub(super) fn accessible_name(el: &ElementRef, doc: &Html) -> String {
    if let Some(ids) = attr(el, "aria-labelledby") {
        let wanted: Vec<&str> = ids.split_whitespace().collect();
        let mut parts = Vec::new();
        for id in &wanted {
            if let Some(t) = doc.select(&ID).find(|e| e.value().attr("id") == Some(id)) {
                parts.push(text_of(&t));
            }
        }
        let name = collapse(&parts.join(" "));
        if !name.is_empty() {
            return name;
        }
    }
    if let Some(label) = attr(el, "aria-label") {
        return collapse(label);
    }
    let mut buf = String::new();
    content_name(el, &mut buf);
    let name = collapse(&buf);
    if !name.is_empty() {
        return name;
    }
    attr(el, "title").map(collapse).unwrap_or_default()
}

fn content_name(el: &ElementRef, buf: &mut String) {
    for child in el.children() {
        match child.value() {
            Node::Text(t) => buf.push_str(t),
            Node::Element(_) => {
                let Some(c) = ElementRef::wrap(child) else {
                    continue;
                };
                if is_hidden(&c) {
                    continue;
                }
                let tag = c.value().name();
                if matches!(tag, "script" | "style" | "template") {
                    continue;
                }
                buf.push(' ');
                if let Some(label) = attr(&c, "aria-label") {
                    buf.push_str(label);
                } else if tag == "img" {
                    buf.push_str(c.value().attr("alt").unwrap_or(""));
                } else if tag == "svg" {
                    if let Some(t) = c.select(&SVG_TITLE).next() {
                        buf.push_str(&text_of(&t));
                    }
                } else {
                    content_name(&c, buf);
                }
                buf.push(' ');
            }
            _ => {}
        }
    }
}

/// Every fragment target on a page: `id` attributes and `<a name>`.
pub(super) fn collect_ids(doc: &Html) -> HashSet<String> {
    let mut ids = HashSet::new();
    for el in doc.select(&TARGETS) {
        for a in ["id", "name"] {
            if let Some(v) = el.value().attr(a)
                && (a == "id" || el.value().name() == "a")
            {
                ids.insert(v.to_string());
            }
        }
    }
    ids
}

/// Shortens `s` to at most `max` characters for messages and needles.
pub(super) fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max).collect();
    out.push('…');
    out
}

/// The first `max` characters of `s` (no ellipsis: needles must stay
/// substrings of the source).
pub(super) fn prefix(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}
