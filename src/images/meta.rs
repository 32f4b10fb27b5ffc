//! EXIF/XMP reading (via kamadak-exif) and the minimal orientation-only
//! EXIF block written into stripped images.

use exif::{Context, In, Reader, Tag};

use super::ImageError;

/// Identifying metadata found in a source file, for `check`'s image/* rules.
///
/// Decisions: `owner` covers CameraOwnerName and Artist (cameras fill
/// Artist from the owner setting; XMP `dc:creator`, `tiff:Artist`,
/// `aux:OwnerName` count too). Copyright is *not* counted: it is a public
/// attribution notice meant to be published. `serial` covers
/// BodySerialNumber, LensSerialNumber and the DNG CameraSerialNumber tag
/// (makernotes are not parsed). `gps` is any GPS field other than the bare
/// GPSVersionID, or GPS coordinates in XMP.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SensitiveMeta {
    pub gps: bool,
    pub serial: bool,
    pub owner: bool,
    pub datetime_original: bool,
    pub xmp: bool,
    pub iptc: bool,
    pub comment: bool,
}

impl SensitiveMeta {
    /// Location or identity fields: what `check` treats as identifying.
    pub fn identifying(&self) -> bool {
        self.gps || self.serial || self.owner
    }

    /// Human-readable names of what was found, most serious first.
    pub fn describe(&self) -> Vec<&'static str> {
        let mut out = Vec::new();
        let items = [
            (self.gps, "GPS location"),
            (self.serial, "camera or lens serial number"),
            (self.owner, "camera owner or artist name"),
            (self.datetime_original, "capture date and time"),
            (self.xmp, "XMP metadata"),
            (self.iptc, "IPTC metadata"),
            (self.comment, "embedded comment or text"),
        ];
        for (set, label) in items {
            if set {
                out.push(label);
            }
        }
        out
    }
}

/// DNG CameraSerialNumber (0xC62F), which kamadak-exif has no name for.
const DNG_CAMERA_SERIAL: u16 = 0xC62F;

/// Remove the `Exif\0\0` prefix some containers put before the TIFF data.
pub(super) fn tiff_data(payload: &[u8]) -> &[u8] {
    payload.strip_prefix(b"Exif\0\0").unwrap_or(payload)
}

fn read_exif(tiff: &[u8]) -> Result<exif::Exif, exif::Error> {
    Reader::new().continue_on_error(true).read_raw(tiff.to_vec()).or_else(|e| e.distill_partial_result(|_| {}))
}

/// Orientation (1–8) from EXIF data, if present and valid.
pub(super) fn orientation(payload: &[u8]) -> Option<u16> {
    let exif = read_exif(tiff_data(payload)).ok()?;
    let v = exif.get_field(Tag::Orientation, In::PRIMARY)?.value.get_uint(0)?;
    u16::try_from(v).ok().filter(|v| (1..=8).contains(v))
}

/// The whole EXIF block written into stripped files: a big-endian TIFF
/// header and one IFD with a single Orientation (SHORT) entry, no next IFD.
pub(super) fn orientation_tiff(orientation: u16) -> Vec<u8> {
    let mut t = Vec::with_capacity(26);
    t.extend_from_slice(b"MM\0\x2A"); // big-endian TIFF magic
    t.extend_from_slice(&8u32.to_be_bytes()); // IFD0 offset
    t.extend_from_slice(&1u16.to_be_bytes()); // one entry
    t.extend_from_slice(&0x0112u16.to_be_bytes()); // Orientation
    t.extend_from_slice(&3u16.to_be_bytes()); // type SHORT
    t.extend_from_slice(&1u32.to_be_bytes()); // count
    t.extend_from_slice(&orientation.to_be_bytes());
    t.extend_from_slice(&[0, 0]); // value padded to 4 bytes
    t.extend_from_slice(&0u32.to_be_bytes()); // no next IFD
    t
}

/// The orientation block to put back, if the source had a non-default one.
pub(super) fn kept_orientation(payload: Option<&[u8]>) -> Option<Vec<u8>> {
    let o = orientation(payload?)?;
    (o != 1).then(|| orientation_tiff(o))
}

/// Record what an EXIF block contains.
pub(super) fn scan_exif(payload: &[u8], found: &mut SensitiveMeta) -> Result<(), ImageError> {
    let exif = read_exif(tiff_data(payload)).map_err(|e| ImageError::BadExif { detail: e.to_string() })?;
    for f in exif.fields() {
        let tag = f.tag;
        if tag.context() == Context::Gps && tag != Tag::GPSVersionID {
            found.gps = true;
        }
        if tag == Tag::BodySerialNumber
            || tag == Tag::LensSerialNumber
            || (tag.context() == Context::Tiff && tag.number() == DNG_CAMERA_SERIAL)
        {
            found.serial |= !is_blank(&f.value);
        }
        if tag == Tag::CameraOwnerName || tag == Tag::Artist {
            found.owner |= !is_blank(&f.value);
        }
        if tag == Tag::DateTimeOriginal || tag == Tag::DateTimeDigitized {
            found.datetime_original = true;
        }
        if tag == Tag::UserComment || tag == Tag::ImageDescription {
            found.comment |= !is_blank(&f.value);
        }
    }
    Ok(())
}

/// Empty or all-space/NUL text values (cameras pad unused fields) carry
/// nothing; any other value counts.
fn is_blank(v: &exif::Value) -> bool {
    match v {
        exif::Value::Ascii(parts) => parts.iter().all(|p| p.iter().all(|&b| b == 0 || b == b' ')),
        exif::Value::Undefined(bytes, _) => {
            // UserComment: 8-byte charset code, then the text
            let text = bytes.get(8..).unwrap_or(&[]);
            text.iter().all(|&b| b == 0 || b == b' ')
        }
        _ => false,
    }
}

/// Record what an XMP packet (or any XML text) mentions. Property names are
/// matched as text: XMP can spell them as elements or attributes.
pub(super) fn scan_xmp(text: &[u8], found: &mut SensitiveMeta) {
    let has = |needle: &[u8]| super::find(text, needle).is_some();
    if has(b"GPSLatitude") || has(b"GPSLongitude") || has(b"GPSAltitude") {
        found.gps = true;
    }
    if has(b"SerialNumber") {
        found.serial = true;
    }
    if has(b"OwnerName") || has(b"tiff:Artist") || has(b"dc:creator") {
        found.owner = true;
    }
    if has(b"DateTimeOriginal") || has(b"photoshop:DateCreated") || has(b"xmp:CreateDate") {
        found.datetime_original = true;
    }
}
