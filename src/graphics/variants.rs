//! Responsive WebP variants of the site's JPEG and PNG images.
//!
//! Every published JPEG or PNG gets lossy WebP copies at the widths of
//! [`WIDTHS`] narrower than itself, plus one at its own width, written beside
//! it as `<file>.<width>w.webp` (`/images/flu.jpg.800w.webp`). Pages offer
//! them in a `<picture>` with `srcset`/`sizes` before the original, which
//! stays the fallback (metadata-stripped, never re-encoded). Variants are
//! decoded from the published bytes with the EXIF orientation applied (the
//! WebP carries no metadata at all), resized with a Catmull-Rom filter and
//! encoded by libwebp; they are cached like cards, by a hash of the source
//! bytes and the width.
//!
//! Lossy, not lossless (a decision, README "Decisions worth knowing"): the
//! pure-Rust encoder (`image-webp`) writes lossless WebP only, 3.4 to 5.6
//! times the size of the example site's JPEG photos, where lossy WebP at
//! quality 80 is 0.38 to 0.47 times. libwebp is compiled from the `webp`
//! crate's bundled C source with the C compiler the Rust toolchain links
//! with, so nothing beyond the toolchain is installed.

use super::GraphicsError;
use super::cache::{Cache, Entry, Key, KeyBuilder};
use crate::images::Format;

/// Widths offered, narrowest first: phones, tablets and one column, wide screens.
pub const WIDTHS: [u32; 4] = [480, 800, 1200, 1600];
/// Narrower images get no variants.
pub const MIN_WIDTH: u32 = 160;
/// libwebp quality (0–100): photos at 80 are visually equal to a good JPEG
/// at about two thirds of its size.
const QUALITY: f32 = 80.0;

/// The widths of the variants of an image `width` pixels wide (empty for
/// formats that get none).
pub fn widths(format: Format, width: u32) -> Vec<u32> {
    // Icons and other small images (a 64 px favicon.png) weigh too little
    // to be worth a second format.
    if !matches!(format, Format::Jpeg | Format::Png) || width < MIN_WIDTH {
        return Vec::new();
    }
    let mut v: Vec<u32> = WIDTHS.iter().copied().filter(|&w| w < width).collect();
    v.push(width.min(WIDTHS[WIDTHS.len() - 1]));
    v.dedup();
    v
}

/// URL path of the variant of `url` at `width`.
pub fn url(url: &str, width: u32) -> String {
    format!("{url}.{width}w.webp")
}

/// The cache key of one variant.
pub fn key(source: &[u8], width: u32) -> Key {
    let mut k = KeyBuilder::new("webp");
    k.field(&super::cache::digest(source)).field(&width.to_le_bytes()).field(&QUALITY.to_le_bytes());
    k.finish()
}

/// The WebP variants of one image: (width, entry) per width, from the cache when there.
pub fn make(source: &[u8], widths: &[u32], cache: &Cache) -> Result<Vec<(u32, Entry)>, GraphicsError> {
    let mut decoded: Option<image::RgbaImage> = None;
    let mut out = Vec::with_capacity(widths.len());
    for &w in widths {
        let k = key(source, w);
        let bytes = cache.entry("variants", &k, "webp", || {
            if decoded.is_none() {
                decoded = Some(decode_upright(source)?);
            }
            let img = decoded.as_ref().ok_or_else(|| GraphicsError::Decode("no pixels".into()))?;
            encode(&resize_to(img, w))
        })?;
        out.push((w, bytes));
    }
    Ok(out)
}

/// Decodes an image and turns it as its EXIF orientation says.
fn decode_upright(bytes: &[u8]) -> Result<image::RgbaImage, GraphicsError> {
    use image::ImageDecoder;
    let mut dec = image::ImageReader::new(std::io::Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| GraphicsError::Decode(e.to_string()))?
        .into_decoder()
        .map_err(|e| GraphicsError::Decode(e.to_string()))?;
    let orientation = dec.orientation().unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut img = image::DynamicImage::from_decoder(dec).map_err(|e| GraphicsError::Decode(e.to_string()))?;
    img.apply_orientation(orientation);
    Ok(img.into_rgba8())
}

fn resize_to(img: &image::RgbaImage, width: u32) -> image::RgbaImage {
    if img.width() == width {
        return img.clone();
    }
    let height = ((u64::from(img.height()) * u64::from(width) + u64::from(img.width()) / 2) / u64::from(img.width())).max(1) as u32;
    // Through DynamicImage: its resize is compiled (optimised) in the image
    // crate, where the generic `imageops::resize` would be instantiated here,
    // unoptimised in every test build. Same filter, same pixels.
    image::DynamicImage::ImageRgba8(img.clone()).resize_exact(width, height, image::imageops::FilterType::CatmullRom).into_rgba8()
}

/// Lossy WebP (with alpha when the image has transparency).
fn encode(img: &image::RgbaImage) -> Result<Vec<u8>, GraphicsError> {
    let (w, h) = img.dimensions();
    let mem = if super::opaque(img.as_raw()) {
        let rgb = super::rgb_of(img.as_raw());
        webp::Encoder::from_rgb(&rgb, w, h).encode_simple(false, QUALITY)
    } else {
        webp::Encoder::from_rgba(img.as_raw(), w, h).encode_simple(false, QUALITY)
    };
    mem.map(|m| m.to_vec()).map_err(|e| GraphicsError::Encode(format!("{e:?}")))
}

/// The `srcset` of an image's variants at `url` (root-relative or absolute).
pub fn srcset(url: &str, widths: &[u32]) -> String {
    widths.iter().map(|&w| format!("{} {w}w", self::url(url, w))).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_never_upscale() {
        assert_eq!(widths(Format::Jpeg, 1200), vec![480, 800, 1200]);
        assert_eq!(widths(Format::Jpeg, 600), vec![480, 600]);
        assert_eq!(widths(Format::Png, 300), vec![300]);
        assert_eq!(widths(Format::Jpeg, 4000), vec![480, 800, 1200, 1600]);
        assert!(widths(Format::Svg, 1200).is_empty());
        assert!(widths(Format::Gif, 1200).is_empty());
        assert!(widths(Format::Png, 64).is_empty(), "a favicon.png gets none");
    }

    #[test]
    fn variants_decode_at_their_width_keeping_the_aspect() {
        let img = image::RgbaImage::from_fn(900, 300, |x, y| image::Rgba([(x % 256) as u8, (y % 256) as u8, 90, 255]));
        let mut png = Vec::new();
        image::DynamicImage::ImageRgba8(img).write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png).expect("png");
        let dir = tempfile::tempdir().expect("tempdir");
        let made = make(&png, &widths(Format::Png, 900), &Cache::of_site(dir.path())).expect("variants");
        assert_eq!(made.iter().map(|(w, _)| *w).collect::<Vec<_>>(), vec![480, 800, 900]);
        for (w, entry) in made {
            let bytes = entry.bytes().expect("bytes");
            let d = image::load_from_memory_with_format(&bytes, image::ImageFormat::WebP).expect("webp decodes");
            assert_eq!((d.width(), d.height()), (w, (w * 300 + 450) / 900), "rounded to the nearest pixel");
        }
    }
}
