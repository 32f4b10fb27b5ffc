//! Output renderers: HTML pages through templates, feeds, sitemap,
//! `<head>` metadata and JSON-LD.
//!
//! Every function here is pure and deterministic: identical input gives
//! byte-identical output (no clock reads, no hash-map iteration).

pub mod base_path;
pub mod context;
pub mod feeds;
pub mod json_tree;
pub mod jsonld;
pub mod offline;
pub mod page_body;
pub mod pages;
pub mod seo;
pub mod sitemap;
pub mod template_error;
pub mod templates;
pub mod views;

use chrono::{DateTime, FixedOffset, SecondsFormat};

/// RFC 3339 with seconds, uppercase `T`, and `Z` for UTC or `±hh:mm`
/// (Atom, JSON Feed, `article:*_time`, JSON-LD, sitemap W3C Datetime).
pub fn rfc3339(d: &DateTime<FixedOffset>) -> String {
    d.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// RFC 822 / RFC 2822 with a 4-digit year and numeric zone, e.g.
/// `Thu, 01 Oct 2026 09:00:00 -0400` (RSS `pubDate`, `lastBuildDate`).
pub fn rfc822(d: &DateTime<FixedOffset>) -> String {
    d.format("%a, %d %b %Y %H:%M:%S %z").to_string()
}

/// Whether an image format is one social sites and feed readers display
/// (SVG is not: X, Facebook and most readers reject it).
pub fn is_raster(img: &crate::view::ImageRef) -> bool {
    !img.mime.eq_ignore_ascii_case("image/svg+xml") && !img.url.to_ascii_lowercase().ends_with(".svg")
}

/// The item's image as HTML, to be prepended to feed content:
/// `<p><img src width height alt></p>` (all escaped; `src` absolute).
pub fn img_html(img: &crate::view::ImageRef) -> String {
    format!(
        "<p><img src=\"{}\" width=\"{}\" height=\"{}\" alt=\"{}\"></p>",
        crate::escape::html_attr(&img.url),
        img.width,
        img.height,
        crate::escape::html_attr(&img.alt)
    )
}

/// A short stable hash for cache-busting URLs (FNV-1a, hex).
pub fn short_hash(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in bytes {
        h ^= *b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    format!("{:08x}", h as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_formats() {
        let d = DateTime::parse_from_rfc3339("0999-03-04T05:06:07-04:00").unwrap();
        assert!(rfc822(&d).ends_with(", 04 Mar 0999 05:06:07 -0400"));
        assert_eq!(rfc3339(&d), "0999-03-04T05:06:07-04:00");
        let z = DateTime::parse_from_rfc3339("2026-10-01t13:00:00+00:00").unwrap();
        assert_eq!(rfc3339(&z), "2026-10-01T13:00:00Z");
        assert_eq!(rfc822(&z), "Thu, 01 Oct 2026 13:00:00 +0000");
    }
}
