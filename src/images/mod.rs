//! Image handling for the build and for `check`: pixel size probing,
//! lossless metadata stripping and detection of identifying metadata.
//!
//! Everything here works on the container level (JPEG segments, PNG chunks,
//! RIFF chunks): pixel data is never decoded or re-encoded, so stripping is
//! lossless and fast.
//!
//! # What stripping keeps, and why
//!
//! * **Kept**: everything needed to decode and display the picture as the
//!   author saw it: the compressed pixel data, ICC colour profiles, the
//!   Adobe APP14 colour-transform marker, the JFIF header (its embedded
//!   thumbnail blanked), PNG critical chunks and the known colour/animation
//!   ancillary chunks, WebP image/alpha/animation/ICC chunks.
//! * **Orientation**: a phone photo is often stored sideways with an EXIF
//!   Orientation tag telling viewers to rotate it. Dropping the tag would
//!   show the photo sideways, and rotating pixels would need a re-encode.
//!   So when the source says orientation 2–8, the output gets a fresh,
//!   minimal EXIF block written here (a 26-byte TIFF header with one IFD
//!   holding only the Orientation tag); nothing else from the original EXIF
//!   survives, not even the thumbnail. Orientation 1 (or none) writes no EXIF.
//! * **Removed**: EXIF (GPS, serials, owner, dates, thumbnail, makernotes),
//!   XMP (also extended XMP), IPTC/Photoshop APP13, JPEG comments, all other
//!   JPEG APPn segments, MPF and any data after the JPEG end-of-image marker
//!   (secondary images such as depth maps carry their own EXIF), PNG text
//!   chunks (tEXt/iTXt/zTXt), eXIf, tIME and every unknown ancillary chunk,
//!   WebP EXIF/XMP and unknown chunks.
//! * GIF, SVG and other formats are returned unchanged by
//!   [`strip_metadata`]; [`inspect`] still looks into them for XMP.
//!
//! Stripping is idempotent: stripping an already stripped file returns the
//! same bytes.
//!
//! Errors carry no file name: callers add the path when reporting.

mod jpeg;
mod meta;
mod png;
mod svg;
mod webp;

#[cfg(test)]
mod test_fixtures;
#[cfg(test)]
mod tests_probe;
#[cfg(test)]
mod tests_strip;

use std::path::Path;

pub use meta::SensitiveMeta;

/// Image container formats the site generator knows about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Png,
    Jpeg,
    Webp,
    Gif,
    Svg,
    Other,
}

impl Format {
    /// Format from the file extension (case-insensitive).
    pub fn from_path(p: &Path) -> Format {
        let ext = p.extension().and_then(|e| e.to_str()).map(|e| e.to_ascii_lowercase());
        match ext.as_deref() {
            Some("png") => Format::Png,
            Some("jpg" | "jpeg" | "jpe" | "jfif") => Format::Jpeg,
            Some("webp") => Format::Webp,
            Some("gif") => Format::Gif,
            Some("svg") => Format::Svg,
            _ => Format::Other,
        }
    }

    /// MIME type for `Content-Type`, `<source type>` and the like.
    pub fn mime(self) -> &'static str {
        match self {
            Format::Png => "image/png",
            Format::Jpeg => "image/jpeg",
            Format::Webp => "image/webp",
            Format::Gif => "image/gif",
            Format::Svg => "image/svg+xml",
            Format::Other => "application/octet-stream",
        }
    }

    fn name(self) -> &'static str {
        match self {
            Format::Png => "PNG",
            Format::Jpeg => "JPEG",
            Format::Webp => "WebP",
            Format::Gif => "GIF",
            Format::Svg => "SVG",
            Format::Other => "unknown",
        }
    }

    /// Format from the leading bytes, `None` when no raster signature matches.
    fn sniff(bytes: &[u8]) -> Option<Format> {
        if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            Some(Format::Png)
        } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            Some(Format::Jpeg)
        } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
            Some(Format::Webp)
        } else if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
            Some(Format::Gif)
        } else {
            None
        }
    }
}

/// Real size of an image, as displayed (EXIF orientation applied).
#[derive(Debug, Clone, PartialEq)]
pub struct ImageInfo {
    pub width: u32,
    pub height: u32,
    /// Format of the content (the bytes win over the file extension).
    pub format: Format,
    /// File size in bytes.
    pub bytes: u64,
}

/// Why an image could not be read or processed.
#[derive(Debug, thiserror::Error)]
pub enum ImageError {
    #[error(
        "not a supported image (expected PNG, JPEG, WebP, GIF or SVG data); \
         convert it to one of these formats or remove it from the site"
    )]
    Unsupported,
    #[error(
        "the file is named as {expected} but does not contain {expected} data; \
         re-export it from an image editor"
    )]
    WrongContent { expected: &'static str },
    #[error(
        "damaged {format} data: {detail}; re-export the image from an image editor \
         (\"Save as\" or \"Export\") and replace the file"
    )]
    Corrupt { format: &'static str, detail: String },
    #[error(
        "the SVG has no usable size: {detail}; add width and height attributes \
         or a viewBox (for example viewBox=\"0 0 800 600\") to the <svg> element"
    )]
    SvgSize { detail: String },
    #[error(
        "the image's EXIF metadata is unreadable ({detail}), so it cannot be checked \
         for location or identity data; re-export the image without metadata"
    )]
    BadExif { detail: String },
}

impl ImageError {
    fn corrupt(format: Format, detail: impl Into<String>) -> ImageError {
        ImageError::Corrupt { format: format.name(), detail: detail.into() }
    }
}

/// Read the real pixel size from the header bytes (PNG, JPEG, WebP, GIF;
/// SVG from its width/height or viewBox attributes).
///
/// The format is taken from the content; `path` only decides that a file
/// without a raster signature is SVG (`.svg` extension or an `<svg` root).
/// For EXIF orientations 5–8 (rotated by 90°) width and height are swapped,
/// so the result is the size as displayed.
pub fn probe(bytes: &[u8], path: &Path) -> Result<ImageInfo, ImageError> {
    let by_name = Format::from_path(path);
    let format = match Format::sniff(bytes) {
        Some(f) => f,
        None if by_name == Format::Svg || svg::looks_like_svg(bytes) => Format::Svg,
        None if by_name != Format::Other => {
            return Err(ImageError::WrongContent { expected: by_name.name() });
        }
        None => return Err(ImageError::Unsupported),
    };
    let (width, height) = if format == Format::Svg {
        svg::size(bytes)?
    } else {
        let size = imagesize::blob_size(bytes).map_err(|e| ImageError::corrupt(format, format!("cannot read the pixel size ({e})")))?;
        let (w, h) = (to_u32(size.width, format)?, to_u32(size.height, format)?);
        let orientation = match format {
            Format::Jpeg => jpeg::exif_payload(bytes),
            Format::Png => png::exif_payload(bytes),
            Format::Webp => webp::exif_payload(bytes),
            _ => None,
        }
        .and_then(|tiff| meta::orientation(&tiff))
        .unwrap_or(1);
        if (5..=8).contains(&orientation) { (h, w) } else { (w, h) }
    };
    if width == 0 || height == 0 {
        return Err(ImageError::corrupt(format, "the header says the image is 0 pixels wide or high"));
    }
    if is_cut_off(bytes, format) {
        return Err(ImageError::corrupt(format, "the file ends early (it was cut off while copying or uploading)"));
    }
    Ok(ImageInfo { width, height, format, bytes: bytes.len() as u64 })
}

/// True when a raster file lacks the end its format requires: JPEG's EOI
/// marker after the image data, PNG's IEND chunk, GIF's trailer, or the
/// bytes WebP's RIFF header promises. A browser shows such a file half
/// drawn or not at all.
fn is_cut_off(bytes: &[u8], format: Format) -> bool {
    match format {
        // EOI after the last scan: an EXIF thumbnail has its own EOI earlier,
        // and cameras may append data after the image's.
        Format::Jpeg => {
            let last_scan = bytes.windows(2).rposition(|w| w == [0xFF, 0xDA]).unwrap_or(0);
            find(&bytes[last_scan..], &[0xFF, 0xD9]).is_none()
        }
        Format::Png => find(bytes, b"IEND").is_none(),
        // Zero bytes after the trailer are padding some tools add (a slider
        // plugin's spinner GIFs ship so); browsers show such files.
        Format::Gif => bytes.iter().rev().find(|&&b| b != 0) != Some(&0x3B),
        Format::Webp => {
            let declared = bytes.get(4..8).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize + 8);
            declared.is_none_or(|n| bytes.len() < n)
        }
        Format::Svg | Format::Other => false,
    }
}

fn to_u32(v: usize, format: Format) -> Result<u32, ImageError> {
    u32::try_from(v).map_err(|_| ImageError::corrupt(format, "the header gives an impossible pixel size"))
}

/// Return the bytes without identifying metadata (see the module docs for
/// exactly what is kept). Pixel data is copied untouched. GIF, SVG and
/// other formats are returned unchanged.
pub fn strip_metadata(bytes: &[u8], format: Format) -> Result<Vec<u8>, ImageError> {
    match format {
        Format::Jpeg => jpeg::strip(bytes),
        Format::Png => png::strip(bytes),
        Format::Webp => webp::strip(bytes),
        Format::Gif | Format::Svg | Format::Other => Ok(bytes.to_vec()),
    }
}

/// Find the metadata in a source file that `check`'s image/* rules report.
pub fn inspect(bytes: &[u8], format: Format) -> Result<SensitiveMeta, ImageError> {
    let mut found = SensitiveMeta::default();
    match format {
        Format::Jpeg => jpeg::inspect(bytes, &mut found)?,
        Format::Png => png::inspect(bytes, &mut found)?,
        Format::Webp => webp::inspect(bytes, &mut found)?,
        Format::Svg => svg::inspect(bytes, &mut found),
        Format::Gif | Format::Other => {
            // GIF keeps XMP in an application extension with this identifier.
            if let Some(pos) = find(bytes, b"XMP DataXMP") {
                found.xmp = true;
                meta::scan_xmp(&bytes[pos..], &mut found);
            }
        }
    }
    Ok(found)
}

/// Position of `needle` in `hay`.
fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || hay.len() < needle.len() {
        return None;
    }
    hay.windows(needle.len()).position(|w| w == needle)
}
