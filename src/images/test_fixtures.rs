//! Test fixtures: images made with the `image` crate, with metadata blocks
//! built by hand and injected at the container level.

use image::{ExtendedColorType, ImageEncoder, RgbImage};

pub const W: u32 = 40;
pub const H: u32 = 30;

pub const OWNER: &str = "Dr Jane Example";
pub const SERIAL: &str = "SN-0042-7781";
pub const COMMENT: &str = "patient John Roe, room 12";
pub const XMP: &str = r#"<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="48,51.5N" exif:GPSLongitude="2,21.1E"/></rdf:RDF></x:xmpmeta>"#;

fn pixels() -> RgbImage {
    RgbImage::from_fn(W, H, |x, y| image::Rgb([(x * 6) as u8, (y * 8) as u8, 128]))
}

pub fn clean_jpeg() -> Vec<u8> {
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90).write_image(pixels().as_raw(), W, H, ExtendedColorType::Rgb8).unwrap();
    out
}

pub fn clean_png() -> Vec<u8> {
    let mut out = Vec::new();
    image::codecs::png::PngEncoder::new(&mut out).write_image(pixels().as_raw(), W, H, ExtendedColorType::Rgb8).unwrap();
    out
}

/// Simple-format (VP8L only) lossless WebP.
pub fn clean_webp() -> Vec<u8> {
    let mut out = Vec::new();
    image::codecs::webp::WebPEncoder::new_lossless(&mut out).write_image(pixels().as_raw(), W, H, ExtendedColorType::Rgb8).unwrap();
    out
}

// ---- TIFF/EXIF builder (little-endian) ----

const BYTE: u16 = 1;
const ASCII: u16 = 2;
const SHORT: u16 = 3;
const LONG: u16 = 4;
const RATIONAL: u16 = 5;

struct Entry {
    tag: u16,
    kind: u16,
    count: u32,
    data: Vec<u8>,
}

fn ascii(tag: u16, s: &str) -> Entry {
    let mut data = s.as_bytes().to_vec();
    data.push(0);
    Entry { tag, kind: ASCII, count: data.len() as u32, data }
}

fn short(tag: u16, v: u16) -> Entry {
    Entry { tag, kind: SHORT, count: 1, data: v.to_le_bytes().to_vec() }
}

fn long(tag: u16, v: u32) -> Entry {
    Entry { tag, kind: LONG, count: 1, data: v.to_le_bytes().to_vec() }
}

fn rationals(tag: u16, vals: &[(u32, u32)]) -> Entry {
    let mut data = Vec::new();
    for (n, d) in vals {
        data.extend_from_slice(&n.to_le_bytes());
        data.extend_from_slice(&d.to_le_bytes());
    }
    Entry { tag, kind: RATIONAL, count: vals.len() as u32, data }
}

/// One IFD placed at offset `at`, values over 4 bytes stored right after it.
fn ifd(entries: &[Entry], at: usize) -> Vec<u8> {
    let mut out = Vec::new();
    let mut extra = Vec::new();
    let extra_at = at + 2 + 12 * entries.len() + 4;
    out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    for e in entries {
        out.extend_from_slice(&e.tag.to_le_bytes());
        out.extend_from_slice(&e.kind.to_le_bytes());
        out.extend_from_slice(&e.count.to_le_bytes());
        if e.data.len() <= 4 {
            let mut v = e.data.clone();
            v.resize(4, 0);
            out.extend_from_slice(&v);
        } else {
            out.extend_from_slice(&((extra_at + extra.len()) as u32).to_le_bytes());
            extra.extend_from_slice(&e.data);
            if extra.len() % 2 == 1 {
                extra.push(0);
            }
        }
    }
    out.extend_from_slice(&0u32.to_le_bytes());
    out.extend_from_slice(&extra);
    out
}

/// TIFF data with Orientation in IFD0, and (if `sensitive`) an Exif IFD with
/// DateTimeOriginal, CameraOwnerName, BodySerialNumber and a GPS IFD with
/// latitude and longitude.
pub fn exif_tiff(orientation: u16, sensitive: bool) -> Vec<u8> {
    let exif_entries = vec![ascii(0x9003, "2024:05:06 07:08:09"), ascii(0xA430, OWNER), ascii(0xA431, SERIAL)];
    let gps_entries = vec![
        Entry { tag: 0x0000, kind: BYTE, count: 4, data: vec![2, 3, 0, 0] },
        ascii(0x0001, "N"),
        rationals(0x0002, &[(48, 1), (51, 1), (3000, 100)]),
        ascii(0x0003, "E"),
        rationals(0x0004, &[(2, 1), (21, 1), (700, 100)]),
    ];
    let ifd0 = |exif_at: u32, gps_at: u32| {
        let mut e = vec![ascii(0x010F, "ExampleCam"), short(0x0112, orientation)];
        if sensitive {
            e.push(long(0x8769, exif_at));
            e.push(long(0x8825, gps_at));
        }
        e
    };
    let ifd0_len = ifd(&ifd0(0, 0), 8).len();
    let exif_at = 8 + ifd0_len;
    let exif = ifd(&exif_entries, exif_at);
    let gps_at = exif_at + exif.len();
    let gps = ifd(&gps_entries, gps_at);

    let mut t = b"II\x2A\0".to_vec();
    t.extend_from_slice(&8u32.to_le_bytes());
    t.extend_from_slice(&ifd(&ifd0(exif_at as u32, gps_at as u32), 8));
    if sensitive {
        t.extend_from_slice(&exif);
        t.extend_from_slice(&gps);
    }
    t
}

// ---- container injection ----

fn segment(marker: u8, body: &[u8]) -> Vec<u8> {
    let mut s = vec![0xFF, marker];
    s.extend_from_slice(&((body.len() + 2) as u16).to_be_bytes());
    s.extend_from_slice(body);
    s
}

/// JPEG with EXIF (orientation 6 + GPS/serial/owner), XMP, APP13 and COM.
pub fn dirty_jpeg(orientation: u16) -> Vec<u8> {
    let clean = clean_jpeg();
    let mut exif = b"Exif\0\0".to_vec();
    exif.extend_from_slice(&exif_tiff(orientation, true));
    let mut xmp = b"http://ns.adobe.com/xap/1.0/\0".to_vec();
    xmp.extend_from_slice(XMP.as_bytes());
    let mut out = clean[..2].to_vec();
    out.extend(segment(0xE1, &exif));
    out.extend(segment(0xE1, &xmp));
    out.extend(segment(0xED, b"Photoshop 3.0\08BIM\x04\x04\0\0\0\0\0\x0b\x1c\x02\x50\0\x05Roe J"));
    out.extend(segment(0xFE, COMMENT.as_bytes()));
    out.extend_from_slice(&clean[2..]);
    out
}

pub fn png_chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut c = (data.len() as u32).to_be_bytes().to_vec();
    c.extend_from_slice(kind);
    c.extend_from_slice(data);
    let crc = super::png::crc32(&c[4..]);
    c.extend_from_slice(&crc.to_be_bytes());
    c
}

/// PNG with eXIf (orientation + sensitive fields), tEXt comment, XMP iTXt
/// and tIME, inserted after IHDR.
pub fn dirty_png(orientation: u16) -> Vec<u8> {
    let clean = clean_png();
    let after_ihdr = 8 + 8 + 13 + 4;
    let mut out = clean[..after_ihdr].to_vec();
    out.extend(png_chunk(b"eXIf", &exif_tiff(orientation, true)));
    out.extend(png_chunk(b"tEXt", format!("Comment\0{COMMENT}").as_bytes()));
    out.extend(png_chunk(b"iTXt", format!("XML:com.adobe.xmp\0\0\0\0\0{XMP}").as_bytes()));
    out.extend(png_chunk(b"tIME", &[0x07, 0xE8, 5, 6, 7, 8, 9]));
    out.extend_from_slice(&clean[after_ihdr..]);
    out
}

fn riff_chunk(id: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut c = id.to_vec();
    c.extend_from_slice(&(data.len() as u32).to_le_bytes());
    c.extend_from_slice(data);
    if data.len() % 2 == 1 {
        c.push(0);
    }
    c
}

/// Extended-format WebP: VP8X (EXIF and XMP flags set), the VP8L image
/// from `clean_webp`, an EXIF chunk and an XMP chunk.
pub fn dirty_webp(orientation: u16) -> Vec<u8> {
    let clean = clean_webp();
    assert_eq!(&clean[12..16], b"VP8L", "the image crate writes simple lossless WebP");
    let mut vp8x = vec![0x08 | 0x04, 0, 0, 0];
    vp8x.extend_from_slice(&(W - 1).to_le_bytes()[..3]);
    vp8x.extend_from_slice(&(H - 1).to_le_bytes()[..3]);
    let mut body = b"WEBP".to_vec();
    body.extend(riff_chunk(b"VP8X", &vp8x));
    body.extend_from_slice(&clean[12..]);
    body.extend(riff_chunk(b"EXIF", &exif_tiff(orientation, true)));
    body.extend(riff_chunk(b"XMP ", XMP.as_bytes()));
    let mut out = b"RIFF".to_vec();
    out.extend_from_slice(&(body.len() as u32).to_le_bytes());
    out.extend(body);
    out
}

/// The RIFF chunk ids of a WebP file, in order.
pub fn webp_chunk_ids(b: &[u8]) -> Vec<[u8; 4]> {
    let mut ids = Vec::new();
    let mut pos = 12;
    while pos + 8 <= b.len() {
        ids.push([b[pos], b[pos + 1], b[pos + 2], b[pos + 3]]);
        let len = u32::from_le_bytes([b[pos + 4], b[pos + 5], b[pos + 6], b[pos + 7]]) as usize;
        pos += 8 + len + (len & 1);
    }
    ids
}

pub fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}
