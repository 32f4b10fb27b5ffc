//! `social/*`: what a scheduler would post for each page, checked against
//! each platform (SPEC §11). Every published page on the `social` channel
//! is checked (the default channels include it).
//!
//! - `social/caption-length` (error): the post (caption, hashtags and the
//!   link, as the feeds offer it) is longer than X, Bluesky, Mastodon,
//!   LinkedIn or Instagram accepts; one finding per platform. An error: the
//!   scheduler's post is refused or cut, so it does not go out as written.
//! - `social/hashtag` (warning): a hashtag the platforms would not link
//!   whole (`#flu-shot` links as `#flu`), one only of digits, a repeat, or
//!   more than Instagram's 30.
//! - `social/image-small` (warning): the share image is under 600×315, so
//!   Facebook and LinkedIn show a small thumbnail instead of a large card.
//! - `social/image-alt` (warning): the share image has no alt text, a file
//!   name or placeholder for one, or more than X's 420 characters.
//!
//! The text measured is [`crate::site::Site::social_caption`], the function
//! the feeds use, so `check` measures exactly what is posted.

use crate::content::Page;
use crate::error::Diagnostic;
use crate::site::Site;
use crate::social::{self, Hashtag, Platform, Post};

/// Smallest share image Facebook and LinkedIn draw as a large card.
pub const LARGE_CARD_MIN: (u32, u32) = (600, 315);
/// Instagram refuses a post with more hashtags than this.
pub const INSTAGRAM_MAX_HASHTAGS: usize = 30;
/// X cuts `twitter:image:alt` after this many characters.
pub const X_ALT_MAX: usize = 420;

/// `social/*` for every published page, links measured under the site's
/// own `base_url`.
pub fn check(site: &Site) -> Vec<Diagnostic> {
    site.published().flat_map(|i| page(site, i, &site.config.base_url)).collect()
}

/// `social/*` for page `i`, its post linking under `public_base` (see
/// [`social::post`]). Empty for a page left out of the `social` channel.
pub fn page(site: &Site, i: usize, public_base: &str) -> Vec<Diagnostic> {
    findings(&site.content.pages[i].page, &social::post(site, i, public_base))
}

/// `social/*` for page `p` whose post is `post`.
pub fn findings(p: &Page, post: &Post) -> Vec<Diagnostic> {
    if !post.on_social {
        return Vec::new();
    }
    let mut out = caption_length(p, post);
    out.extend(hashtags(p));
    if let Some(img) = &post.image {
        let (l, c) = pos(p, "image", p.fm.image.is_some());
        let (w, h) = (img.width, img.height);
        if w < LARGE_CARD_MIN.0 || h < LARGE_CARD_MIN.1 {
            out.push(
                Diagnostic::warning(
                    "social/image-small",
                    &p.file,
                    l,
                    c,
                    format!(
                        "the share image is {w}×{h}; Facebook and LinkedIn draw a large card only from {}×{}, so this page shares as a small thumbnail",
                        LARGE_CARD_MIN.0, LARGE_CARD_MIN.1
                    ),
                )
                .with_hint(hint_for("social/image-small")),
            );
        }
        if let Some(problem) = alt_problem(&img.alt, &img.url) {
            let (l, c) = if p.fm.image_alt.is_some() { p.key_pos("image_alt") } else { (l, c) };
            out.push(Diagnostic::warning("social/image-alt", &p.file, l, c, problem).with_hint(hint_for("social/image-alt")));
        }
    }
    out
}

/// What to do about a `social/*` finding.
pub fn hint_for(rule: &str) -> &'static str {
    match rule {
        "social/caption-length" => {
            "shorten `social.caption` or drop a hashtag; the post also carries a space and the page's link (X and Mastodon count it as 23, Bluesky in full)"
        }
        "social/hashtag" => {
            "write each hashtag as one word of letters, digits and _ (CamelCase for several words: FluShot), not only digits, each once, at most 30"
        }
        "social/image-small" => "use a share image of at least 1200×630 pixels (`image` on the page, or [social] default_image)",
        "social/image-alt" => {
            "describe what the image shows in `image_alt` (or [social] default_image_alt), in under 420 characters: screen readers on every platform read it"
        }
        _ => "see the Social desk section of the README",
    }
}

/// The front-matter position of `key`, or the front matter's first line
/// when the page does not set it (the text came from elsewhere).
fn pos(p: &Page, key: &str, present: bool) -> (usize, usize) {
    if present { p.key_pos(key) } else { (p.front_line, 1) }
}

fn caption_length(p: &Page, post: &Post) -> Vec<Diagnostic> {
    // A page no feed lists and without a caption posts nothing by itself.
    if !(post.from_caption || post.in_feed) {
        return Vec::new();
    }
    let (l, c) = if post.from_caption { p.key_pos("caption") } else { pos(p, "description", p.fm.description.is_some()) };
    let what = if post.from_caption { "caption with its hashtags" } else { "description (the page has no caption)" };
    Platform::LIMITED
        .iter()
        .filter_map(|&pf| {
            let (used, limit) = post.measure(pf);
            (used > limit).then(|| {
                let link = if pf == Platform::Instagram { "" } else { " and link" };
                Diagnostic::error(
                    "social/caption-length",
                    &p.file,
                    l,
                    c,
                    format!("{}: the post ({what}{link}) is {used} {}; the limit is {limit}", pf.name(), pf.unit()),
                )
                .with_hint(hint_for("social/caption-length"))
            })
        })
        .collect()
}

fn hashtags(p: &Page) -> Vec<Diagnostic> {
    let Some(s) = p.fm.social.as_ref().filter(|s| s.caption.is_some()) else { return Vec::new() };
    let caption = s.caption.as_deref().unwrap_or("");
    let (cl, cc) = p.key_pos("caption");
    let (hl, hc) = if s.hashtags.is_empty() { (cl, cc) } else { p.key_pos("hashtags") };
    let mut tags: Vec<(Hashtag, (usize, usize))> = social::hashtags_in(caption).into_iter().map(|h| (h, (cl, cc))).collect();
    tags.extend(s.hashtags.iter().map(|t| (Hashtag::parse(t), (hl, hc))));
    let mut out = Vec::new();
    let mut push = |(l, c): (usize, usize), msg: String| {
        out.push(Diagnostic::warning("social/hashtag", &p.file, l, c, msg).with_hint(hint_for("social/hashtag")));
    };
    let mut seen: Vec<String> = Vec::new();
    for (h, at) in &tags {
        if !h.is_well_formed() {
            let msg = if h.written.is_empty() {
                "an empty hashtag: a lone `#` links nothing".to_string()
            } else if h.linked.is_empty() {
                format!("hashtag `#{}` links nothing: a tag needs a letter first and no spaces or punctuation", h.written)
            } else {
                format!("hashtag `#{}` links only as `#{}` on X, Mastodon and Bluesky", h.written, h.linked)
            };
            push(*at, msg);
        }
        let key = h.written.to_lowercase();
        if !key.is_empty() && seen.contains(&key) {
            push(*at, format!("hashtag `#{}` appears twice in the post", h.written));
        }
        seen.push(key);
    }
    if tags.len() > INSTAGRAM_MAX_HASHTAGS {
        push((hl, hc), format!("the post has {} hashtags; Instagram refuses more than {INSTAGRAM_MAX_HASHTAGS}", tags.len()));
    }
    out
}

/// Why an image's alt text does not describe it, if it does not.
fn alt_problem(alt: &str, url: &str) -> Option<String> {
    let alt = alt.trim();
    if alt.is_empty() {
        return Some("the share image has no alt text".into());
    }
    let file = url.rsplit('/').next().unwrap_or("");
    let lower = alt.to_lowercase();
    let stem = file.rsplit_once('.').map_or(file, |(s, _)| s).to_lowercase();
    let placeholder = ["image", "photo", "picture", "img", "alt", "social image", "share image", "todo", "placeholder"];
    let looks_like_file = lower == file.to_lowercase()
        || (!stem.is_empty() && lower == stem)
        || [".jpg", ".jpeg", ".png", ".webp", ".gif"].iter().any(|x| lower.ends_with(x));
    if looks_like_file || placeholder.contains(&lower.as_str()) {
        return Some(format!("the share image's alt text \"{alt}\" does not say what the image shows"));
    }
    let n = alt.chars().count();
    (n > X_ALT_MAX).then(|| format!("the share image's alt text is {n} characters; X cuts it at {X_ALT_MAX}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alt_text_must_describe() {
        assert!(alt_problem("", "/a.jpg").is_some());
        assert!(alt_problem("flu-clinic.jpg", "/images/flu-clinic.jpg").is_some());
        assert!(alt_problem("flu-clinic", "/images/flu-clinic.jpg").is_some());
        assert!(alt_problem("Photo", "/images/x.jpg").is_some());
        assert!(alt_problem(&"a".repeat(421), "/x.jpg").is_some());
        assert!(alt_problem("A nurse gives a flu shot", "/images/flu.jpg").is_none());
    }
}
