//! WebP: RIFF chunk walker. Image, alpha, animation and ICC chunks are
//! kept; EXIF, XMP and unknown chunks are dropped and the VP8X flags are
//! made to match what is left.

use std::ops::Range;

use super::meta::{self, SensitiveMeta};
use super::{Format, ImageError};

/// Chunks kept as they are (VP8X is kept with updated flags).
const KEEP: &[&[u8; 4]] = &[b"ICCP", b"ANIM", b"ANMF", b"ALPH", b"VP8 ", b"VP8L"];

const FLAG_EXIF: u8 = 0x08;
const FLAG_XMP: u8 = 0x04;

struct Chunk {
    id: [u8; 4],
    data: Range<usize>,
    /// Header, data and padding byte.
    raw: Range<usize>,
}

fn corrupt(detail: impl Into<String>) -> ImageError {
    ImageError::corrupt(Format::Webp, detail)
}

fn parse(b: &[u8]) -> Result<Vec<Chunk>, ImageError> {
    if b.len() < 12 || &b[..4] != b"RIFF" || &b[8..12] != b"WEBP" {
        return Err(corrupt("the RIFF/WEBP header is missing"));
    }
    let riff_len = u32::from_le_bytes([b[4], b[5], b[6], b[7]]) as usize;
    // Data past the RIFF size is not part of the image.
    let end = (riff_len.saturating_add(8)).min(b.len());
    let mut chunks = Vec::new();
    let mut pos = 12;
    while pos + 8 <= end {
        let id = [b[pos], b[pos + 1], b[pos + 2], b[pos + 3]];
        let len = u32::from_le_bytes([b[pos + 4], b[pos + 5], b[pos + 6], b[pos + 7]]) as usize;
        let data = pos + 8..pos + 8 + len;
        if data.end > end {
            return Err(corrupt(format!("chunk {} at byte {pos} runs past the end of the file", String::from_utf8_lossy(&id))));
        }
        let raw_end = (data.end + (len & 1)).min(end);
        chunks.push(Chunk { id, data, raw: pos..raw_end });
        pos = raw_end;
    }
    if chunks.is_empty() {
        return Err(corrupt("the file holds no image chunk"));
    }
    Ok(chunks)
}

pub(super) fn exif_payload(b: &[u8]) -> Option<Vec<u8>> {
    parse(b).ok()?.into_iter().find(|c| &c.id == b"EXIF").map(|c| b[c.data].to_vec())
}

pub(super) fn strip(b: &[u8]) -> Result<Vec<u8>, ImageError> {
    let chunks = parse(b)?;
    let extended = chunks.iter().any(|c| &c.id == b"VP8X");
    // Without VP8X (simple format) an EXIF chunk is not allowed, so the
    // orientation can only be carried over in the extended format.
    let orientation = if extended {
        chunks.iter().find(|c| &c.id == b"EXIF").and_then(|c| meta::kept_orientation(Some(&b[c.data.clone()])))
    } else {
        None
    };
    let mut body = Vec::with_capacity(b.len());
    body.extend_from_slice(b"WEBP");
    for c in &chunks {
        if &c.id == b"VP8X" {
            let mut data = b[c.data.clone()].to_vec();
            if let Some(flags) = data.first_mut() {
                *flags &= !(FLAG_EXIF | FLAG_XMP);
                if orientation.is_some() {
                    *flags |= FLAG_EXIF;
                }
            }
            put_chunk(&mut body, b"VP8X", &data);
        } else if KEEP.contains(&&c.id) {
            body.extend_from_slice(&b[c.raw.clone()]);
            if c.data.len() % 2 == 1 && c.raw.end == c.data.end {
                body.push(0); // padding missing in a truncated file
            }
        }
    }
    // EXIF goes after the image data (XMP would follow it).
    if let Some(tiff) = orientation {
        put_chunk(&mut body, b"EXIF", &tiff);
    }
    let mut out = Vec::with_capacity(body.len() + 8);
    out.extend_from_slice(b"RIFF");
    let size = u32::try_from(body.len()).map_err(|_| corrupt("the file is too large for WebP"))?;
    out.extend_from_slice(&size.to_le_bytes());
    out.extend_from_slice(&body);
    Ok(out)
}

fn put_chunk(out: &mut Vec<u8>, id: &[u8; 4], data: &[u8]) {
    out.extend_from_slice(id);
    out.extend_from_slice(&(data.len() as u32).to_le_bytes());
    out.extend_from_slice(data);
    if data.len() % 2 == 1 {
        out.push(0);
    }
}

pub(super) fn inspect(b: &[u8], found: &mut SensitiveMeta) -> Result<(), ImageError> {
    for c in parse(b)? {
        let data = &b[c.data.clone()];
        match &c.id {
            b"EXIF" => meta::scan_exif(data, found)?,
            b"XMP " => {
                found.xmp = true;
                meta::scan_xmp(data, found);
            }
            _ => {}
        }
    }
    Ok(())
}
