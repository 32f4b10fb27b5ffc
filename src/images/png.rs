//! PNG: chunk walker. Critical chunks and a whitelist of ancillary chunks
//! that affect display (colour, transparency, animation) are kept.

use std::ops::Range;

use super::meta::{self, SensitiveMeta};
use super::{Format, ImageError};

const SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

/// Ancillary chunks that change how the image looks; all others go.
const KEEP_ANCILLARY: &[&[u8; 4]] = &[
    b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"iCCP", b"sBIT", b"bKGD", b"pHYs", b"sPLT", b"hIST", b"cICP", b"mDCV", b"cLLI", b"acTL", b"fcTL",
    b"fdAT",
];

struct Chunk {
    kind: [u8; 4],
    data: Range<usize>,
    /// The whole chunk: length, type, data and CRC.
    raw: Range<usize>,
}

fn corrupt(detail: impl Into<String>) -> ImageError {
    ImageError::corrupt(Format::Png, detail)
}

/// Chunks up to and including IEND; anything after IEND is ignored.
fn parse(b: &[u8]) -> Result<Vec<Chunk>, ImageError> {
    if !b.starts_with(SIGNATURE) {
        return Err(corrupt("the PNG signature is missing"));
    }
    let mut chunks = Vec::new();
    let mut pos = SIGNATURE.len();
    while pos < b.len() {
        let Some(head) = b.get(pos..pos + 8) else {
            return Err(corrupt(format!("the file ends inside a chunk header at byte {pos}")));
        };
        let len = u32::from_be_bytes([head[0], head[1], head[2], head[3]]) as usize;
        let kind = [head[4], head[5], head[6], head[7]];
        let data = pos + 8..pos + 8 + len;
        let end = data.end + 4;
        if end > b.len() {
            return Err(corrupt(format!("chunk {} at byte {pos} runs past the end of the file", String::from_utf8_lossy(&kind))));
        }
        chunks.push(Chunk { kind, data, raw: pos..end });
        pos = end;
        if &kind == b"IEND" {
            break;
        }
    }
    if chunks.first().map(|c| &c.kind) != Some(b"IHDR") {
        return Err(corrupt("the first chunk is not IHDR"));
    }
    Ok(chunks)
}

pub(super) fn exif_payload(b: &[u8]) -> Option<Vec<u8>> {
    parse(b).ok()?.into_iter().find(|c| &c.kind == b"eXIf").map(|c| b[c.data].to_vec())
}

fn is_critical(kind: &[u8; 4]) -> bool {
    kind[0].is_ascii_uppercase()
}

pub(super) fn strip(b: &[u8]) -> Result<Vec<u8>, ImageError> {
    let chunks = parse(b)?;
    let orientation = chunks.iter().find(|c| &c.kind == b"eXIf").and_then(|c| meta::kept_orientation(Some(&b[c.data.clone()])));
    let mut out = Vec::with_capacity(b.len());
    out.extend_from_slice(SIGNATURE);
    let mut exif = orientation;
    for c in &chunks {
        // eXIf must come before the image data
        if &c.kind == b"IDAT"
            && let Some(tiff) = exif.take()
        {
            put_chunk(&mut out, b"eXIf", &tiff);
        }
        if is_critical(&c.kind) || KEEP_ANCILLARY.contains(&&c.kind) {
            out.extend_from_slice(&b[c.raw.clone()]);
        }
    }
    Ok(out)
}

fn put_chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend_from_slice(&(data.len() as u32).to_be_bytes());
    let start = out.len();
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    let crc = crc32(&out[start..]);
    out.extend_from_slice(&crc.to_be_bytes());
}

/// CRC-32 (ISO 3309) as PNG uses it, over chunk type and data.
pub(super) fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            let mask = (crc & 1).wrapping_neg();
            crc = (crc >> 1) ^ (0xEDB8_8320 & mask);
        }
    }
    !crc
}

pub(super) fn inspect(b: &[u8], found: &mut SensitiveMeta) -> Result<(), ImageError> {
    for c in parse(b)? {
        let data = &b[c.data.clone()];
        match &c.kind {
            b"eXIf" => meta::scan_exif(data, found)?,
            b"iTXt" if data.starts_with(b"XML:com.adobe.xmp\0") => {
                found.xmp = true;
                meta::scan_xmp(data, found); // compressed XMP is flagged, not read
            }
            b"tEXt" | b"zTXt" | b"iTXt" => {
                found.comment = true;
                // ImageMagick stores XMP/EXIF as "Raw profile type ..." text
                if data.starts_with(b"Raw profile type xmp") {
                    found.xmp = true;
                }
                meta::scan_xmp(data, found);
            }
            _ => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn crc_matches_known_value() {
        // CRC of an empty IEND chunk, as found in every PNG
        assert_eq!(super::crc32(b"IEND"), 0xAE42_6082);
    }
}
