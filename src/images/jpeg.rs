//! JPEG: a marker walker over the whole file (including the markers between
//! progressive scans), so metadata segments anywhere are found.

use std::ops::Range;

use super::meta::{self, SensitiveMeta};
use super::{Format, ImageError};

const SOI: u8 = 0xD8;
const EOI: u8 = 0xD9;
const SOS: u8 = 0xDA;
const APP0: u8 = 0xE0;
const APP1: u8 = 0xE1;
const APP2: u8 = 0xE2;
const APP13: u8 = 0xED;
const APP14: u8 = 0xEE;
const APP15: u8 = 0xEF;
const COM: u8 = 0xFE;

const EXIF_PREFIX: &[u8] = b"Exif\0\0";
const XMP_PREFIX: &[u8] = b"http://ns.adobe.com/xap/1.0/\0";
const XMP_EXT_PREFIX: &[u8] = b"http://ns.adobe.com/xmp/extension/\0";

enum Part {
    /// A marker segment with a length; `body` excludes marker and length.
    Segment { marker: u8, body: Range<usize> },
    /// A marker without a length (RSTn, TEM).
    Standalone(u8),
    /// Entropy-coded data following a scan header.
    Entropy(Range<usize>),
}

struct Parsed {
    parts: Vec<Part>,
    /// Bytes after the end-of-image marker (MPF images, junk).
    trailing: Range<usize>,
}

fn corrupt(detail: impl Into<String>) -> ImageError {
    ImageError::corrupt(Format::Jpeg, detail)
}

fn parse(b: &[u8]) -> Result<Parsed, ImageError> {
    if b.len() < 2 || b[0] != 0xFF || b[1] != SOI {
        return Err(corrupt("the file does not start with a JPEG start-of-image marker"));
    }
    let mut parts = Vec::new();
    let mut pos = 2;
    loop {
        if pos >= b.len() {
            // Truncated after a complete segment or scan: keep what there is.
            return Ok(Parsed { parts, trailing: b.len()..b.len() });
        }
        if b[pos] != 0xFF {
            return Err(corrupt(format!("expected a marker at byte {pos}")));
        }
        while pos < b.len() && b[pos] == 0xFF {
            pos += 1; // fill bytes
        }
        let Some(&marker) = b.get(pos) else {
            return Err(corrupt("the file ends inside a marker"));
        };
        pos += 1;
        match marker {
            EOI => return Ok(Parsed { parts, trailing: pos..b.len() }),
            SOI => return Err(corrupt(format!("unexpected second start-of-image at byte {}", pos - 2))),
            0x01 | 0xD0..=0xD7 => {
                parts.push(Part::Standalone(marker));
                continue;
            }
            _ => {}
        }
        let len = match b.get(pos..pos + 2) {
            Some(l) => usize::from(u16::from_be_bytes([l[0], l[1]])),
            None => return Err(corrupt("the file ends inside a segment header")),
        };
        if len < 2 || pos + len > b.len() {
            return Err(corrupt(format!("segment 0xFF{marker:02X} at byte {} runs past the end of the file", pos - 2)));
        }
        let body = pos + 2..pos + len;
        pos += len;
        parts.push(Part::Segment { marker, body });
        if marker == SOS {
            let start = pos;
            pos = scan_entropy(b, pos);
            parts.push(Part::Entropy(start..pos));
        }
    }
}

/// End of entropy-coded data starting at `pos`: the next real marker, or
/// the end of the file.
fn scan_entropy(b: &[u8], mut pos: usize) -> usize {
    while pos + 1 < b.len() {
        if b[pos] == 0xFF {
            match b[pos + 1] {
                0x00 | 0xD0..=0xD7 => pos += 2, // stuffed byte, restart marker
                0xFF => pos += 1,
                _ => return pos,
            }
        } else {
            pos += 1;
        }
    }
    b.len()
}

/// The first EXIF payload (TIFF data) of the primary image.
pub(super) fn exif_payload(b: &[u8]) -> Option<Vec<u8>> {
    let parsed = parse(b).ok()?;
    parsed.parts.iter().find_map(|p| match p {
        Part::Segment { marker: APP1, body } if b[body.clone()].starts_with(EXIF_PREFIX) => {
            Some(b[body.start + EXIF_PREFIX.len()..body.end].to_vec())
        }
        _ => None,
    })
}

pub(super) fn strip(b: &[u8]) -> Result<Vec<u8>, ImageError> {
    let parsed = parse(b)?;
    let mut out = Vec::with_capacity(b.len());
    out.extend_from_slice(&[0xFF, SOI]);
    let mut exif_done = false;
    for part in &parsed.parts {
        match part {
            Part::Segment { marker, body } => {
                let data = &b[body.clone()];
                match *marker {
                    APP0 if data.starts_with(b"JFIF\0") && data.len() >= 14 => {
                        // keep the JFIF header, drop its embedded thumbnail
                        let mut jfif = data[..14].to_vec();
                        jfif[12] = 0;
                        jfif[13] = 0;
                        put_segment(&mut out, APP0, &jfif);
                    }
                    APP1 if data.starts_with(EXIF_PREFIX) => {
                        if !exif_done {
                            exif_done = true;
                            if let Some(tiff) = meta::kept_orientation(Some(&data[EXIF_PREFIX.len()..])) {
                                let mut seg = EXIF_PREFIX.to_vec();
                                seg.extend_from_slice(&tiff);
                                put_segment(&mut out, APP1, &seg);
                            }
                        }
                    }
                    APP2 if data.starts_with(b"ICC_PROFILE\0") => put_segment(&mut out, APP2, data),
                    APP14 if data.starts_with(b"Adobe") => put_segment(&mut out, APP14, data),
                    APP0..=APP15 | COM => {}
                    m => put_segment(&mut out, m, data),
                }
            }
            Part::Standalone(m) => out.extend_from_slice(&[0xFF, *m]),
            Part::Entropy(r) => out.extend_from_slice(&b[r.clone()]),
        }
    }
    out.extend_from_slice(&[0xFF, EOI]);
    Ok(out)
}

fn put_segment(out: &mut Vec<u8>, marker: u8, body: &[u8]) {
    // bodies come from a parsed segment or are small, so they fit
    let len = u16::try_from(body.len() + 2).expect("JPEG segment body fits in a segment");
    out.extend_from_slice(&[0xFF, marker]);
    out.extend_from_slice(&len.to_be_bytes());
    out.extend_from_slice(body);
}

pub(super) fn inspect(b: &[u8], found: &mut SensitiveMeta) -> Result<(), ImageError> {
    let parsed = parse(b)?;
    for part in &parsed.parts {
        let Part::Segment { marker, body } = part else { continue };
        let data = &b[body.clone()];
        match *marker {
            APP1 if data.starts_with(EXIF_PREFIX) => meta::scan_exif(&data[EXIF_PREFIX.len()..], found)?,
            APP1 if data.starts_with(XMP_PREFIX) || data.starts_with(XMP_EXT_PREFIX) => {
                found.xmp = true;
                meta::scan_xmp(data, found);
            }
            APP13 => {
                found.iptc = true;
                // Photoshop can embed XMP-like text; IPTC by-line is record 2:80
                meta::scan_xmp(data, found);
            }
            COM => found.comment |= data.iter().any(|&c| c != 0 && c != b' '),
            _ => {}
        }
    }
    // Secondary images (MPF: depth maps, previews) after the end marker
    // carry their own metadata; look at them too, best effort.
    let tail = &b[parsed.trailing.clone()];
    if let Some(start) = super::find(tail, &[0xFF, SOI, 0xFF]) {
        let mut extra = SensitiveMeta::default();
        if inspect(&tail[start..], &mut extra).is_ok() {
            merge(found, &extra);
        }
    }
    Ok(())
}

fn merge(into: &mut SensitiveMeta, from: &SensitiveMeta) {
    into.gps |= from.gps;
    into.serial |= from.serial;
    into.owner |= from.owner;
    into.datetime_original |= from.datetime_original;
    into.xmp |= from.xmp;
    into.iptc |= from.iptc;
    into.comment |= from.comment;
}
