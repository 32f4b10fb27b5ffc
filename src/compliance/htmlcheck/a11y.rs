//! `a11y/*` rules on the rendered page (WCAG 2.1 AA subset).

use scraper::ElementRef;

use super::dom::{IMG, TITLE, accessible_name, attr, clip, collapse, prefix, text_of};
use super::{Ctx, Severity};

/// Link texts that say nothing about the destination (compared after
/// lower-casing and trimming punctuation).
const VAGUE: &[&str] = &["click here", "click", "here", "read more", "more", "link", "this", "this link"];

/// `a11y/lang` (error): `<html>` must have a non-empty `lang` (WCAG 3.1.1),
/// so screen readers pick the right pronunciation.
pub(super) fn lang(cx: &Ctx) {
    let root = cx.doc.root_element();
    if attr(&root, "lang").is_none() {
        cx.push(
            "a11y/lang",
            Severity::Error,
            "the <html> element has no lang attribute; set the site language (e.g. lang=\"en\")".into(),
            None,
        );
    }
}

/// `a11y/title` (error): the page needs a non-empty `<title>` in `<head>`
/// (WCAG 2.4.2).
pub(super) fn title(cx: &Ctx) {
    let message = match cx.doc.select(&TITLE).next() {
        None => "the page has no <title>; give the page a title",
        Some(t) if text_of(&t).is_empty() => "the page <title> is empty; give the page a title",
        Some(_) => return,
    };
    cx.push("a11y/title", Severity::Error, message.into(), None);
}

/// `a11y/img-alt`: every `<img>` needs an `alt` attribute (error; WCAG
/// 1.1.1). `alt=""` marks a decorative image and is fine, except when the
/// image is the only content of a link, leaving the link without a name
/// (warning; `a11y/link-text` then does not report that link again). Alt
/// text that is just a file name (`IMG_0042.jpg`) is a warning.
/// `role="presentation"`/`"none"` images may omit `alt`.
pub(super) fn img_alt(cx: &Ctx) {
    for img in cx.images() {
        let src = img.value().attr("src").unwrap_or("").trim();
        let needle = Some(src.to_string());
        let role = img.value().attr("role").unwrap_or("").trim().to_ascii_lowercase();
        match img.value().attr("alt") {
            None if role == "presentation" || role == "none" => {}
            None => cx.push(
                "a11y/img-alt",
                Severity::Error,
                format!(
                    "image `{}` has no alt text; describe it, or use empty alt (![](…) with \
                     alt=\"\") only if it is purely decorative",
                    clip(src, 80)
                ),
                needle,
            ),
            Some(alt) if alt.trim().is_empty() => {
                let in_link = enclosing_link(img);
                if in_link.is_none() {
                    // Empty alt hides the image from screen readers. Right for
                    // an ornament, wrong for a photo someone forgot to describe
                    // (`![](photo.jpg)`); the caller keeps this for images the
                    // author placed (found in the page's Markdown) only.
                    let file = src.rsplit('/').next().unwrap_or(src).to_string();
                    cx.push(
                        "a11y/img-alt-empty",
                        Severity::Warning,
                        format!(
                            "image `{}` has empty alt text, so people using screen readers are not told it is there; is it purely decorative?",
                            clip(src, 80)
                        ),
                        Some(file),
                    );
                }
                if let Some(link) = in_link
                    && accessible_name(&link, cx.doc).is_empty()
                {
                    cx.push(
                        "a11y/img-alt",
                        Severity::Warning,
                        format!(
                            "image `{}` has empty alt but is the only content of a link, so \
                                 the link has no name; describe where the link goes in the alt text",
                            clip(src, 80)
                        ),
                        needle,
                    );
                }
            }
            Some(alt) if looks_like_file_name(alt) => cx.push(
                "a11y/img-alt",
                Severity::Warning,
                format!("image alt text `{}` looks like a file name; describe the image", clip(alt.trim(), 60)),
                needle,
            ),
            Some(_) => {}
        }
    }
}

fn enclosing_link<'a>(el: &ElementRef<'a>) -> Option<ElementRef<'a>> {
    el.ancestors().filter_map(ElementRef::wrap).find(|a| matches!(a.value().name(), "a" | "area") && a.value().attr("href").is_some())
}

fn looks_like_file_name(alt: &str) -> bool {
    let a = alt.trim().to_ascii_lowercase();
    !a.contains(' ') && [".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg", ".heic"].iter().any(|e| a.ends_with(e))
}

/// `a11y/img-size` (warning): `<img>` without both `width` and `height`
/// makes the page jump while it loads (layout shift) and hurts zoomed users.
pub(super) fn img_size(cx: &Ctx) {
    for img in cx.images() {
        let missing: Vec<&str> = ["width", "height"].into_iter().filter(|a| attr(img, a).is_none()).collect();
        if missing.is_empty() {
            continue;
        }
        let src = img.value().attr("src").unwrap_or("").trim();
        cx.push(
            "a11y/img-size",
            Severity::Warning,
            format!("image `{}` has no {} attribute", clip(src, 80), missing.join(" or ")),
            Some(src.to_string()),
        );
    }
}

fn heading_level(el: &ElementRef) -> Option<u8> {
    match el.value().name() {
        "h1" => Some(1),
        "h2" => Some(2),
        "h3" => Some(3),
        "h4" => Some(4),
        "h5" => Some(5),
        "h6" => Some(6),
        _ => None,
    }
}

/// `a11y/heading-order` (warning): a heading may go at most one level deeper
/// than the heading before it (`h2` → `h4` skips `h3`; WCAG 1.3.1). Headings
/// in the chrome before `<main>` count as "before" (the theme's `h1`), but
/// only headings in the checked region are reported. Going back up any
/// number of levels is fine, and the first heading of the page is not judged.
pub(super) fn heading_order(cx: &Ctx) {
    let mut prev: Option<u8> = None;
    for h in &cx.found.headings {
        let Some(level) = heading_level(h) else {
            continue;
        };
        if let Some(p) = prev
            && level > p + 1
            && cx.in_scope(h)
        {
            let text = text_of(h);
            cx.push(
                "a11y/heading-order",
                Severity::Warning,
                format!(
                    "heading \"{}\" is h{level} but follows an h{p}, skipping a level; use h{} (`{}` in Markdown)",
                    clip(&text, 60),
                    p + 1,
                    "#".repeat(usize::from(p + 1))
                ),
                Some(prefix(&text, 60)),
            );
        }
        prev = Some(level);
    }
}

/// `a11y/multiple-h1` (warning): a page should have exactly one `h1` (the
/// page title, set by the theme); content headings should start at `h2`
/// (`##` in Markdown). Every `h1` after the first is reported if it is in
/// the checked region.
pub(super) fn multiple_h1(cx: &Ctx) {
    for h in cx.found.headings.iter().filter(|h| h.value().name() == "h1").skip(1) {
        if !cx.in_scope(h) {
            continue;
        }
        let text = text_of(h);
        cx.push(
            "a11y/multiple-h1",
            Severity::Warning,
            format!("second h1 \"{}\": the page title is already the h1; use ## (h2) for sections", clip(&text, 60)),
            Some(prefix(&text, 60)),
        );
    }
}

/// `a11y/link-text`: a link must have an accessible name (text, image alt,
/// `aria-label`, `aria-labelledby` or `title`) — error (WCAG 2.4.4, 4.1.2).
/// Links whose only content is an image with empty alt are reported by
/// `a11y/img-alt` instead. A name that is only vague text ("click here",
/// "here", "read more", "more", "link", "this") is a warning.
pub(super) fn link_text(cx: &Ctx) {
    for link in cx.links() {
        let href = link.value().attr("href").unwrap_or("").trim();
        let name = accessible_name(link, cx.doc);
        if name.is_empty() {
            let has_empty_img = link.select(&IMG).any(|i| i.value().attr("alt").is_some_and(|a| a.trim().is_empty()));
            if !has_empty_img {
                cx.push(
                    "a11y/link-text",
                    Severity::Error,
                    format!("link to `{}` has no text; say where it goes", clip(href, 80)),
                    Some(href.to_string()),
                );
            }
            continue;
        }
        let norm = collapse(&name.to_lowercase())
            .trim_matches(|c: char| c.is_ascii_punctuation() || matches!(c, '…' | '»' | '›' | '→'))
            .trim()
            .to_string();
        if VAGUE.contains(&norm.as_str()) {
            cx.push(
                "a11y/link-text",
                Severity::Warning,
                format!(
                    "link text \"{}\" does not say where the link goes; describe the destination \
                     (e.g. \"flu vaccine schedule\")",
                    clip(&name, 40)
                ),
                Some(if href.is_empty() { name } else { href.to_string() }),
            );
        }
    }
}
