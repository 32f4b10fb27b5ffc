//! `meta/*` rules: the page's meta description and social (Open Graph) image.

use super::dom::{clip, collapse, prefix};
use super::{HtmlFinding, Severity};

/// Longest description search engines show in full.
pub const DESCRIPTION_MAX_CHARS: usize = 160;
/// Shorter descriptions say too little in search results and link previews.
pub const DESCRIPTION_MIN_CHARS: usize = 50;
/// Smallest social image most platforms will show (Open Graph: 200×200).
pub const IMAGE_MIN_SIDE: u32 = 200;
/// Larger social images are skipped or slow in link previews.
pub const IMAGE_MAX_BYTES: u64 = 1_000_000;

/// What the build knows about one page's metadata.
#[derive(Debug, Clone)]
pub struct MetaInput<'a> {
    /// The meta description as rendered (front matter, or generated).
    pub description: &'a str,
    /// `true` if the author wrote it in front matter; `false` if the build
    /// generated it (e.g. from the page text). Only front-matter
    /// descriptions get a needle, and messages say where to fix it.
    pub description_from_front_matter: bool,
    /// The social image used for the page: width, height, bytes.
    pub social_image: Option<(u32, u32, u64)>,
}

/// `meta/*` rules for one page; all findings are warnings (they affect
/// search results and link previews, not the page itself).
///
/// - `meta/description-missing`: the description is empty or whitespace.
/// - `meta/description-long`: over [`DESCRIPTION_MAX_CHARS`] characters
///   (Unicode scalar values, whitespace collapsed) — it will be cut off.
/// - `meta/description-short`: under [`DESCRIPTION_MIN_CHARS`] characters.
/// - `meta/image-missing`: no social image.
/// - `meta/image-small`: width or height under [`IMAGE_MIN_SIDE`] pixels.
/// - `meta/image-large`: over [`IMAGE_MAX_BYTES`] bytes.
pub fn check_meta(url_path: &str, m: &MetaInput) -> Vec<HtmlFinding> {
    let mut out = Vec::new();
    let mut push = |rule: &str, message: String, needle: Option<String>| {
        out.push(HtmlFinding { rule: rule.to_string(), severity: Severity::Warning, output_path: url_path.to_string(), message, needle });
    };
    let desc = collapse(m.description);
    let len = desc.chars().count();
    let fix = if m.description_from_front_matter {
        "edit `description` in the front matter"
    } else {
        "it was generated from the page text; add a `description` to the front matter"
    };
    let first_line = m.description.trim().lines().next().unwrap_or("");
    let needle = m.description_from_front_matter.then(|| prefix(first_line.trim(), 40));
    if desc.is_empty() {
        push(
            "meta/description-missing",
            "the page has no meta description; add a `description` (50–160 characters) to the front matter".into(),
            None,
        );
    } else if len > DESCRIPTION_MAX_CHARS {
        push(
            "meta/description-long",
            format!("description is {len} characters; search results cut it at about {DESCRIPTION_MAX_CHARS}; {fix}"),
            needle,
        );
    } else if len < DESCRIPTION_MIN_CHARS {
        push(
            "meta/description-short",
            format!("description \"{}\" is {len} characters; use at least {DESCRIPTION_MIN_CHARS}; {fix}", clip(&desc, 60)),
            needle,
        );
    }
    match m.social_image {
        None => push(
            "meta/image-missing",
            "the page has no social image; set `image` in the front matter or a default in site.toml".into(),
            None,
        ),
        Some((w, h, bytes)) => {
            if w < IMAGE_MIN_SIDE || h < IMAGE_MIN_SIDE {
                push(
                    "meta/image-small",
                    format!(
                        "social image is {w}×{h}; link previews need at least {IMAGE_MIN_SIDE}×{IMAGE_MIN_SIDE} (1200×630 recommended)"
                    ),
                    None,
                );
            }
            if bytes > IMAGE_MAX_BYTES {
                push(
                    "meta/image-large",
                    format!(
                        "social image is {bytes} bytes ({:.2} MB); keep it under 1 MB so link previews load",
                        bytes as f64 / 1_000_000.0
                    ),
                    None,
                );
            }
        }
    }
    out
}
