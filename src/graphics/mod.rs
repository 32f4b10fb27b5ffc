//! Images carepress draws itself: social cards (see [`card`]), icons and the
//! web app manifest (see [`icons`]), and the on-disk cache that keeps a
//! second build from drawing them again (see [`cache`]).
//!
//! Everything is drawn in-process from SVG with resvg, using only the fonts
//! embedded in the binary (`theme/fonts/`, DejaVu Sans): no system font is
//! ever looked up, so the same input gives the same PNG bytes on every
//! machine. `<image>` elements may only use `data:` URLs, so a template
//! cannot make a build read files outside the site or reach the network.

pub mod cache;
pub mod card;
pub mod icons;
pub mod variants;

use std::sync::{Arc, OnceLock};

/// The embedded regular face (DejaVu Sans 2.37).
pub const FONT_REGULAR: &[u8] = include_bytes!("../../theme/fonts/DejaVuSans.ttf");
/// The embedded bold face (DejaVu Sans Bold 2.37).
pub const FONT_BOLD: &[u8] = include_bytes!("../../theme/fonts/DejaVuSans-Bold.ttf");
/// The family name templates use; every generic family maps to it too.
pub const FONT_FAMILY: &str = "DejaVu Sans";

/// Bumped whenever the drawing code changes what a given input looks like,
/// so cached images from an older carepress are not reused.
pub const RENDERER_VERSION: &str = "carepress-graphics-1 resvg-0.45";

/// Why an image could not be drawn.
#[derive(Debug, thiserror::Error)]
pub enum GraphicsError {
    #[error("the SVG is not valid: {0}")]
    Svg(String),
    #[error("the image cannot be drawn at {width}×{height} pixels")]
    Size { width: u32, height: u32 },
    #[error("the image cannot be encoded: {0}")]
    Encode(String),
    #[error("the image cannot be decoded: {0}")]
    Decode(String),
}

/// The font database: the embedded faces only.
fn fontdb() -> Arc<resvg::usvg::fontdb::Database> {
    static DB: OnceLock<Arc<resvg::usvg::fontdb::Database>> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = resvg::usvg::fontdb::Database::new();
        db.load_font_data(FONT_REGULAR.to_vec());
        db.load_font_data(FONT_BOLD.to_vec());
        for set in [
            resvg::usvg::fontdb::Database::set_sans_serif_family,
            resvg::usvg::fontdb::Database::set_serif_family,
            resvg::usvg::fontdb::Database::set_monospace_family,
            resvg::usvg::fontdb::Database::set_cursive_family,
            resvg::usvg::fontdb::Database::set_fantasy_family,
        ] {
            set(&mut db, FONT_FAMILY);
        }
        Arc::new(db)
    })
    .clone()
}

/// Parser options: embedded fonts, `data:` images only.
fn options() -> resvg::usvg::Options<'static> {
    let mut opt = resvg::usvg::Options { font_family: FONT_FAMILY.to_string(), fontdb: fontdb(), ..Default::default() };
    // A relative or absolute href would read a file from wherever the build
    // runs; only the data the template was given may be drawn.
    opt.image_href_resolver.resolve_string = Box::new(|_, _| None);
    opt
}

/// Parses SVG text with the embedded fonts only.
pub fn parse_svg(svg: &[u8]) -> Result<resvg::usvg::Tree, GraphicsError> {
    resvg::usvg::Tree::from_data(svg, &options()).map_err(|e| GraphicsError::Svg(e.to_string()))
}

/// Draws an SVG scaled to fit `width`×`height` (centred, aspect kept) over
/// `background` (`None`: transparent); returns premultiplied RGBA pixels.
pub fn rasterize(
    tree: &resvg::usvg::Tree,
    width: u32,
    height: u32,
    background: Option<[u8; 3]>,
) -> Result<resvg::tiny_skia::Pixmap, GraphicsError> {
    let mut pixmap = resvg::tiny_skia::Pixmap::new(width, height).ok_or(GraphicsError::Size { width, height })?;
    if let Some([r, g, b]) = background {
        pixmap.fill(resvg::tiny_skia::Color::from_rgba8(r, g, b, 255));
    }
    let size = tree.size();
    let scale = (width as f32 / size.width()).min(height as f32 / size.height());
    let dx = (width as f32 - size.width() * scale) / 2.0;
    let dy = (height as f32 - size.height() * scale) / 2.0;
    resvg::render(tree, resvg::tiny_skia::Transform::from_row(scale, 0.0, 0.0, scale, dx, dy), &mut pixmap.as_mut());
    Ok(pixmap)
}

/// Encodes pixels as a PNG with no ancillary chunks (no text, time or
/// metadata): RGB when every pixel is opaque, else RGBA.
pub fn encode_png(pixmap: &resvg::tiny_skia::Pixmap) -> Result<Vec<u8>, GraphicsError> {
    // Plain index loops over bytes: unoptimised (every test build), the
    // iterator adapters of one pixel each cost more than the drawing.
    let mut rgba = pixmap.data().to_vec();
    let mut i = 0;
    while i + 3 < rgba.len() {
        let a = rgba[i + 3];
        if a != 255 && a != 0 {
            let c = resvg::tiny_skia::PremultipliedColorU8::from_rgba(rgba[i], rgba[i + 1], rgba[i + 2], a)
                .map(|p| p.demultiply())
                .ok_or(GraphicsError::Encode("a pixel's colour exceeds its alpha".into()))?;
            (rgba[i], rgba[i + 1], rgba[i + 2]) = (c.red(), c.green(), c.blue());
        } else if a == 0 {
            (rgba[i], rgba[i + 1], rgba[i + 2]) = (0, 0, 0);
        }
        i += 4;
    }
    encode_rgba_png(&rgba, pixmap.width(), pixmap.height())
}

/// Encodes straight (not premultiplied) RGBA pixels as a PNG with no
/// ancillary chunks but the palette's transparency. Cards and logos are flat
/// colours with anti-aliased edges (a card has about 250 colours), so an
/// image of at most 256 colours is written as an exact 8-bit palette (about
/// half the bytes of RGB, which matters for 10,000 cards); others as RGB
/// when opaque, else RGBA.
pub fn encode_rgba_png(rgba: &[u8], w: u32, h: u32) -> Result<Vec<u8>, GraphicsError> {
    let enc_err = |e: png::EncodingError| GraphicsError::Encode(e.to_string());
    let mut out = Vec::new();
    let mut enc = png::Encoder::new(&mut out, w, h);
    enc.set_depth(png::BitDepth::Eight);
    enc.set_compression(png::Compression::Balanced);
    let data: Vec<u8> = match palette_of(rgba) {
        Some((colours, indices)) => {
            enc.set_color(png::ColorType::Indexed);
            enc.set_palette(colours.iter().flat_map(|c| [c[0], c[1], c[2]]).collect::<Vec<u8>>());
            let translucent = colours.iter().take_while(|c| c[3] != 255).count();
            if translucent > 0 {
                enc.set_trns(colours[..translucent].iter().map(|c| c[3]).collect::<Vec<u8>>());
            }
            indices
        }
        None if opaque(rgba) => {
            enc.set_color(png::ColorType::Rgb);
            rgb_of(rgba)
        }
        None => {
            enc.set_color(png::ColorType::Rgba);
            rgba.to_vec()
        }
    };
    let mut writer = enc.write_header().map_err(enc_err)?;
    writer.write_image_data(&data).map_err(enc_err)?;
    writer.finish().map_err(enc_err)?;
    Ok(out)
}

/// Every pixel of straight RGBA bytes is opaque.
pub(crate) fn opaque(rgba: &[u8]) -> bool {
    let mut i = 3;
    while i < rgba.len() {
        if rgba[i] != 255 {
            return false;
        }
        i += 4;
    }
    true
}

/// RGBA bytes without their alpha (index loops: see [`encode_png`]).
pub(crate) fn rgb_of(rgba: &[u8]) -> Vec<u8> {
    let mut out = vec![0u8; rgba.len() / 4 * 3];
    let (mut i, mut o) = (0, 0);
    while i + 3 < rgba.len() {
        out[o..o + 3].copy_from_slice(&rgba[i..i + 3]);
        (i, o) = (i + 4, o + 3);
    }
    out
}

/// The colours of an image (sorted, so the bytes do not depend on hash
/// order) and each pixel's index, when there are at most 256.
fn palette_of(rgba: &[u8]) -> Option<(Vec<[u8; 4]>, Vec<u8>)> {
    // Runs of one colour are the rule (flat fills), so each pass compares
    // with the previous pixel before it looks the colour up. Colours are
    // read as one u32 with index loops, which stay fast unoptimised.
    let n = rgba.len() / 4 * 4;
    let mut seen: std::collections::HashMap<u32, u8> = std::collections::HashMap::new();
    let mut last: Option<u32> = None;
    let mut i = 0;
    while i < n {
        let c = (u32::from(rgba[i]) << 24) | (u32::from(rgba[i + 1]) << 16) | (u32::from(rgba[i + 2]) << 8) | u32::from(rgba[i + 3]);
        i += 4;
        if last == Some(c) {
            continue;
        }
        last = Some(c);
        if !seen.contains_key(&c) {
            if seen.len() == 256 {
                return None;
            }
            seen.insert(c, 0);
        }
    }
    let mut colours: Vec<[u8; 4]> = seen.keys().map(|c| c.to_be_bytes()).collect();
    // Translucent colours first keeps tRNS short (it stops before the opaque ones).
    colours.sort_by_key(|c| (c[3] == 255, *c));
    for (k, c) in colours.iter().enumerate() {
        seen.insert(u32::from_be_bytes(*c), k as u8);
    }
    let mut indices = vec![0u8; n / 4];
    let (mut last, mut last_index) = (0u32, None);
    let mut i = 0;
    while i < n {
        let c = (u32::from(rgba[i]) << 24) | (u32::from(rgba[i + 1]) << 16) | (u32::from(rgba[i + 2]) << 8) | u32::from(rgba[i + 3]);
        let k = match last_index {
            Some(k) if c == last => k,
            _ => seen[&c],
        };
        (last, last_index) = (c, Some(k));
        indices[i / 4] = k;
        i += 4;
    }
    Some((colours, indices))
}

/// Base64 (RFC 4648, with padding) for `data:` URLs.
pub fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for (k, shift) in [18, 12, 6, 0].into_iter().enumerate() {
            if k <= chunk.len() {
                out.push(ABC[((n >> shift) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_rfc4648_vectors() {
        for (input, want) in [("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="), ("foobar", "Zm9vYmFy")] {
            assert_eq!(base64(input.as_bytes()), want);
        }
    }

    #[test]
    fn file_hrefs_are_not_read() {
        // An <image> pointing at a file on disk draws nothing.
        let svg =
            br#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><image href="/etc/hostname" width="10" height="10"/></svg>"#;
        let tree = parse_svg(svg).expect("valid svg");
        let pm = rasterize(&tree, 10, 10, None).expect("draw");
        assert!(pm.pixels().iter().all(|p| p.alpha() == 0));
    }
}
