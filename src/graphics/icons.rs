//! Icons and the web app manifest, drawn from `[theme] logo` (SVG or raster).
//!
//! | file | size | background | for |
//! | --- | --- | --- | --- |
//! | `favicon.ico` | 16, 32, 48 | transparent | browsers' tab icon (also asked for without a link) |
//! | `icon-32.png` | 32 | transparent | `<link rel="icon">` |
//! | `apple-touch-icon.png` | 180 | white, padded | iOS home screen (which fills transparency with black) |
//! | `icon-192.png`, `icon-512.png` | 192, 512 | transparent | the manifest; 512 is also the JSON-LD `logo` (Google asks for ≥ 112 px raster) |
//! | `icon-maskable-512.png` | 512 | white, padded | the manifest's `maskable` icon: Android crops home-screen icons to its own shape, keeping the middle 80 % circle |
//! | `site.webmanifest` | | | name, short name, theme colour, icons: an installable site |
//!
//! A file the site ships in `static/` under one of these names wins over
//! the generated one. A site without a logo gets them too, drawn from a
//! monogram (see [`monogram`]): every browser asks for `/favicon.ico`, and
//! a site without one answers every page view with a 404.

use super::GraphicsError;
use super::cache::{Cache, KeyBuilder};
use crate::images::Format;

/// One icon file: output name, pixel size, background, padding (fraction
/// of the side), and its `purpose` in the manifest (`None`: not listed).
struct Spec {
    file: &'static str,
    size: u32,
    background: Option<[u8; 3]>,
    padding: f32,
    purpose: Option<&'static str>,
}

/// A maskable icon's safe zone is the centred circle of 80 % of the side;
/// the largest square in it is 0.8/√2 = 56.6 % of the side, so the logo
/// keeps 22 % on each side.
const MASKABLE_PADDING: f32 = 0.22;

const PNGS: [Spec; 5] = [
    Spec { file: "icon-32.png", size: 32, background: None, padding: 0.0, purpose: None },
    Spec { file: "apple-touch-icon.png", size: 180, background: Some([255, 255, 255]), padding: 0.1, purpose: None },
    Spec { file: "icon-192.png", size: 192, background: None, padding: 0.0, purpose: Some("any") },
    Spec { file: "icon-512.png", size: 512, background: None, padding: 0.0, purpose: Some("any") },
    Spec {
        file: "icon-maskable-512.png",
        size: 512,
        background: Some([255, 255, 255]),
        padding: MASKABLE_PADDING,
        purpose: Some("maskable"),
    },
];
const ICO_SIZES: [u32; 3] = [16, 32, 48];

/// The raster logo for JSON-LD and feeds.
pub const RASTER_LOGO: &str = "icon-512.png";
/// Its side in pixels.
pub const RASTER_LOGO_SIZE: u32 = 512;
/// The manifest's file name.
pub const MANIFEST: &str = "site.webmanifest";

/// Every file this module writes, in order.
pub fn files() -> Vec<&'static str> {
    let mut v = vec!["favicon.ico"];
    v.extend(PNGS.iter().map(|s| s.file));
    v.push(MANIFEST);
    v
}

/// The logo a site's icons are drawn from.
pub struct Logo<'a> {
    pub bytes: &'a [u8],
    pub format: Format,
}

/// What the manifest says about the site.
pub struct AppInfo<'a> {
    pub name: &'a str,
    pub theme_color: &'a str,
}

/// Draws every icon and the manifest; `skip` says which files the site
/// ships itself (those are not drawn).
pub fn make(logo: &Logo, app: &AppInfo, cache: &Cache, skip: &dyn Fn(&str) -> bool) -> Result<Vec<(String, Vec<u8>)>, GraphicsError> {
    let mut out = Vec::new();
    let drawn = |size: u32, background: Option<[u8; 3]>, padding: f32| -> Result<Vec<u8>, GraphicsError> {
        let mut k = KeyBuilder::new("icon");
        k.field(logo.bytes).field(&size.to_le_bytes()).field(format!("{background:?} {padding}").as_bytes());
        cache.get_or_make("icons", &k.finish(), "png", || super::encode_rgba_png(&square(logo, size, background, padding)?, size, size))
    };
    if !skip("favicon.ico") {
        let pngs: Vec<Vec<u8>> = ICO_SIZES.iter().map(|&s| drawn(s, None, 0.0)).collect::<Result<_, _>>()?;
        out.push(("favicon.ico".to_string(), ico(&pngs, &ICO_SIZES)));
    }
    for s in &PNGS {
        if !skip(s.file) {
            out.push((s.file.to_string(), drawn(s.size, s.background, s.padding)?));
        }
    }
    if !skip(MANIFEST) {
        out.push((MANIFEST.to_string(), manifest(app).into_bytes()));
    }
    Ok(out)
}

/// The logo centred in a `size`×`size` square, as straight RGBA.
fn square(logo: &Logo, size: u32, background: Option<[u8; 3]>, padding: f32) -> Result<Vec<u8>, GraphicsError> {
    let inner = ((size as f32) * (1.0 - 2.0 * padding)).round().max(1.0) as u32;
    let mut pm = resvg::tiny_skia::Pixmap::new(size, size).ok_or(GraphicsError::Size { width: size, height: size })?;
    if let Some([r, g, b]) = background {
        pm.fill(resvg::tiny_skia::Color::from_rgba8(r, g, b, 255));
    }
    let off = ((size - inner) / 2) as i32;
    let art = match logo.format {
        Format::Svg => super::rasterize(&super::parse_svg(logo.bytes)?, inner, inner, None)?,
        _ => raster_fit(logo.bytes, inner)?,
    };
    pm.draw_pixmap(off, off, art.as_ref(), &resvg::tiny_skia::PixmapPaint::default(), resvg::tiny_skia::Transform::identity(), None);
    Ok(pm
        .pixels()
        .iter()
        .flat_map(|p| {
            let c = p.demultiply();
            [c.red(), c.green(), c.blue(), c.alpha()]
        })
        .collect())
}

/// A raster logo scaled (Lanczos) to fit `side`×`side`, centred, as a pixmap.
fn raster_fit(bytes: &[u8], side: u32) -> Result<resvg::tiny_skia::Pixmap, GraphicsError> {
    let img = image::load_from_memory(bytes).map_err(|e| GraphicsError::Decode(e.to_string()))?;
    let (w, h) = (img.width(), img.height());
    let scale = (side as f32 / w as f32).min(side as f32 / h as f32);
    let (nw, nh) = (((w as f32 * scale).round() as u32).max(1), ((h as f32 * scale).round() as u32).max(1));
    // DynamicImage's resize runs optimised in the image crate (see variants::resize_to).
    let scaled = img.into_rgba8();
    let scaled = image::DynamicImage::ImageRgba8(scaled).resize_exact(nw, nh, image::imageops::FilterType::Lanczos3).into_rgba8();
    let mut pm = resvg::tiny_skia::Pixmap::new(side, side).ok_or(GraphicsError::Size { width: side, height: side })?;
    let (ox, oy) = ((side - nw) / 2, (side - nh) / 2);
    for (x, y, px) in scaled.enumerate_pixels() {
        let [r, g, b, a] = px.0;
        let idx = ((y + oy) * side + (x + ox)) as usize;
        pm.pixels_mut()[idx] = resvg::tiny_skia::ColorU8::from_rgba(r, g, b, a).premultiply();
    }
    Ok(pm)
}

/// An ICO file holding PNG images (Windows Vista and every browser read these).
fn ico(pngs: &[Vec<u8>], sizes: &[u32]) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(&[0, 0, 1, 0]);
    out.extend_from_slice(&(pngs.len() as u16).to_le_bytes());
    let mut offset = 6 + 16 * pngs.len() as u32;
    for (png, &s) in pngs.iter().zip(sizes) {
        // Width and height 0 mean 256; ours are all smaller.
        out.extend_from_slice(&[s as u8, s as u8, 0, 0]);
        out.extend_from_slice(&1u16.to_le_bytes()); // colour planes
        out.extend_from_slice(&32u16.to_le_bytes()); // bits per pixel
        out.extend_from_slice(&(png.len() as u32).to_le_bytes());
        out.extend_from_slice(&offset.to_le_bytes());
        offset += png.len() as u32;
    }
    for png in pngs {
        out.extend_from_slice(png);
    }
    out
}

/// Words left out of a monogram's initials ("The", "of", "Dr.").
const NOT_INITIALS: [&str; 12] = ["the", "of", "and", "for", "at", "in", "de", "la", "dr", "dr.", "mr", "mrs"];

/// The initials a monogram shows: the first letters (or digits) of the
/// first two words of the practice's name that count, upper-cased
/// ("Cedar Hollow Family Health" -> "CH"); empty when there is none the
/// embedded font can draw.
pub fn initials(name: &str) -> String {
    let s: String = name
        .split(|c: char| c.is_whitespace() || c == '-' || c == '/')
        .filter(|w| !NOT_INITIALS.contains(&w.to_lowercase().as_str()))
        .filter_map(|w| w.chars().find(|c| c.is_alphanumeric()))
        .take(2)
        .flat_map(char::to_uppercase)
        .collect();
    if super::card::has_glyphs(&s, true) { s } else { String::new() }
}

/// The mark of a site without `[theme] logo`: the practice's [`initials`]
/// in white on its accent colour (`accent` is the text-safe one, so white
/// reaches 4.5:1), in a rounded square; a plain cross when there are no
/// initials to draw. An SVG of 512×512 for [`make`].
pub fn monogram(name: &str, accent: &str) -> String {
    let letters = initials(name);
    let mark = if letters.is_empty() {
        r##"<path d="M208 112h96v96h96v96h-96v96h-96v-96h-96v-96h96z" fill="#ffffff"/>"##.to_string()
    } else {
        // As large as fits 360 px across; the capitals centred (cap height 0.73 em).
        let size = (260.0f32).min(260.0 * 360.0 / super::card::text_width(&letters, 260.0, true)).floor();
        let y = (256.0 + 0.73 * size / 2.0).round();
        format!(
            r##"<text x="256" y="{y}" text-anchor="middle" font-family="{}" font-weight="bold" font-size="{size}" fill="#ffffff">{}</text>"##,
            super::FONT_FAMILY,
            crate::escape::html_attr(&letters)
        )
    };
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512"><rect width="512" height="512" rx="112" fill="{}"/>{mark}</svg>"##,
        crate::escape::html_attr(accent)
    )
}

/// A short name for home screens (about 12 characters show in full): the
/// practice's name when short enough, else its leading words that fit.
pub fn short_name(name: &str) -> String {
    if name.chars().count() <= 12 {
        return name.to_string();
    }
    let mut s = String::new();
    for w in name.split_whitespace() {
        let next = if s.is_empty() { w.to_string() } else { format!("{s} {w}") };
        if next.chars().count() > 12 && !s.is_empty() {
            break;
        }
        s = next;
    }
    s
}

/// The web app manifest. URLs are relative to the manifest, so a site
/// under a path (`/site/`) installs with the right start page and scope.
pub fn manifest(app: &AppInfo) -> String {
    let icons: Vec<serde_json::Value> = PNGS
        .iter()
        .filter_map(|s| {
            Some(serde_json::json!({"src": s.file, "sizes": format!("{0}x{0}", s.size), "type": "image/png", "purpose": s.purpose?}))
        })
        .collect();
    let m = serde_json::json!({
        "name": app.name,
        "short_name": short_name(app.name),
        "start_url": "./",
        "scope": "./",
        "display": "standalone",
        "theme_color": app.theme_color,
        "background_color": "#ffffff",
        "icons": icons,
    });
    let mut s = serde_json::to_string_pretty(&m).unwrap_or_default();
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_names_keep_whole_words() {
        assert_eq!(short_name("Cedar Hollow Family Health"), "Cedar Hollow");
        assert_eq!(short_name("Bayview"), "Bayview");
        assert_eq!(short_name("Supercalifragilistic Clinic"), "Supercalifragilistic");
    }

    #[test]
    fn initials_skip_articles_and_titles() {
        assert_eq!(initials("Cedar Hollow Family Health"), "CH");
        assert_eq!(initials("The Bayview Clinic"), "BC");
        assert_eq!(initials("Dr. Ana López, DDS"), "AL");
        assert_eq!(initials("élan pédiatrie"), "ÉP");
        assert_eq!(initials("Westside"), "W");
        assert_eq!(initials(""), "");
        // Letters the embedded font cannot draw give no initials (a cross instead).
        assert_eq!(initials("北京 诊所"), "");
    }

    #[test]
    fn a_monogram_is_white_initials_on_the_accent() {
        let logo = monogram("Cedar Hollow Family Health", "#0b6e4f");
        let rgba = square(&Logo { bytes: logo.as_bytes(), format: Format::Svg }, 64, None, 0.0).expect("drawn");
        let px = |x: usize, y: usize| &rgba[(y * 64 + x) * 4..(y * 64 + x) * 4 + 4];
        assert_eq!(px(0, 0)[3], 0, "rounded corners are transparent");
        assert_eq!(px(4, 32), &[0x0b, 0x6e, 0x4f, 255], "the accent fills the square");
        let white = (0..64).flat_map(|y| (0..64).map(move |x| (x, y))).filter(|&(x, y)| px(x, y) == [255, 255, 255, 255]).count();
        assert!(white > 64, "the letters are drawn: {white} white pixels");
        // No letters to draw: the cross.
        let cross = monogram("北京诊所", "#0b6e4f");
        assert!(cross.contains("<path") && !cross.contains("<text"));
        let rgba = square(&Logo { bytes: cross.as_bytes(), format: Format::Svg }, 64, None, 0.0).expect("drawn");
        assert_eq!(&rgba[(32 * 64 + 32) * 4..(32 * 64 + 32) * 4 + 4], &[255, 255, 255, 255]);
    }

    #[test]
    fn a_logo_filling_its_box_stays_in_the_maskable_safe_zone() {
        // The worst case: a logo that is a full square.
        let svg =
            br##"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="#0b6e4f"/></svg>"##;
        let spec = PNGS.iter().find(|s| s.purpose == Some("maskable")).expect("a maskable icon");
        let n = spec.size as usize;
        let rgba = square(&Logo { bytes: svg, format: Format::Svg }, spec.size, spec.background, spec.padding).expect("drawn");
        let mut inside = 0;
        for (k, p) in rgba.chunks_exact(4).enumerate() {
            let (x, y) = ((k % n) as f32 + 0.5 - n as f32 / 2.0, (k / n) as f32 + 0.5 - n as f32 / 2.0);
            if (x * x + y * y).sqrt() > 0.4 * n as f32 {
                assert_eq!(p, [255, 255, 255, 255], "pixel {k} is outside the safe zone");
            } else if p != [255, 255, 255, 255] {
                inside += 1;
            }
        }
        // And it is not shrunk more than it must be: over half the side across.
        assert!(inside > n * n * 3 / 10, "{inside}");
    }

    #[test]
    fn ico_directory_points_at_each_png() {
        let pngs = vec![vec![1u8; 10], vec![2u8; 20]];
        let f = ico(&pngs, &[16, 32]);
        assert_eq!(&f[..6], &[0, 0, 1, 0, 2, 0]);
        let off2 = u32::from_le_bytes([f[6 + 16 + 12], f[6 + 16 + 13], f[6 + 16 + 14], f[6 + 16 + 15]]) as usize;
        assert_eq!(&f[off2..off2 + 20], &[2u8; 20][..]);
    }
}
