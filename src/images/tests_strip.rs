use std::io::Cursor;

use exif::{Context, In, Tag};

use super::test_fixtures::*;
use super::{Format, inspect, strip_metadata};

/// Read EXIF back with kamadak-exif the way a consumer would, from the container.
fn read_back(bytes: &[u8]) -> Option<exif::Exif> {
    exif::Reader::new().read_from_container(&mut Cursor::new(bytes)).ok()
}

fn assert_only_orientation(bytes: &[u8], expected: u32) {
    let exif = read_back(bytes).expect("stripped file keeps an orientation EXIF block");
    let tags: Vec<Tag> = exif.fields().map(|f| f.tag).collect();
    assert_eq!(tags, vec![Tag::Orientation], "only Orientation may survive");
    assert!(!exif.fields().any(|f| f.tag.context() == Context::Gps));
    for t in [Tag::BodySerialNumber, Tag::CameraOwnerName, Tag::DateTimeOriginal] {
        assert!(exif.get_field(t, In::PRIMARY).is_none(), "{t} survived");
    }
    let o = exif.get_field(Tag::Orientation, In::PRIMARY).unwrap();
    assert_eq!(o.value.get_uint(0), Some(expected));
}

fn assert_no_leaks(bytes: &[u8]) {
    for needle in [OWNER, SERIAL, COMMENT, "GPSLatitude", "adobe:ns:meta", "ExampleCam", "Roe J"] {
        assert!(!contains(bytes, needle.as_bytes()), "{needle:?} left in the output");
    }
}

fn assert_decodes(bytes: &[u8], format: image::ImageFormat) {
    let img = image::load_from_memory_with_format(bytes, format).expect("stripped image decodes");
    assert_eq!((img.width(), img.height()), (W, H));
}

fn assert_dirty_found(bytes: &[u8], format: Format) {
    let m = inspect(bytes, format).unwrap();
    assert!(m.gps && m.serial && m.owner, "{m:?}");
    assert!(m.datetime_original && m.xmp, "{m:?}");
    assert!(m.identifying());
}

#[test]
fn jpeg_strip_removes_identifying_keeps_orientation() {
    let dirty = dirty_jpeg(6);
    assert_dirty_found(&dirty, Format::Jpeg);
    let m = inspect(&dirty, Format::Jpeg).unwrap();
    assert!(m.iptc && m.comment, "{m:?}");

    let out = strip_metadata(&dirty, Format::Jpeg).unwrap();
    assert_only_orientation(&out, 6);
    assert_no_leaks(&out);
    assert!(!contains(&out, b"http://ns.adobe.com/xap"), "XMP segment left");
    assert!(!contains(&out, b"Photoshop 3.0"), "APP13 left");
    assert!(!contains(&out, &[0xFF, 0xFE]), "COM marker left");
    assert_decodes(&out, image::ImageFormat::Jpeg);
    // same pixels: the scan data is copied as is
    let a = image::load_from_memory(&dirty).unwrap().to_rgb8();
    let b = image::load_from_memory(&out).unwrap().to_rgb8();
    assert_eq!(a, b);

    let after = inspect(&out, Format::Jpeg).unwrap();
    assert_eq!(after, super::SensitiveMeta::default());
}

#[test]
fn jpeg_orientation_1_writes_no_exif() {
    let out = strip_metadata(&dirty_jpeg(1), Format::Jpeg).unwrap();
    assert!(read_back(&out).is_none());
    assert!(!contains(&out, b"Exif\0\0"));
    assert_eq!(out, clean_jpeg(), "stripping all metadata gives back the clean file");
}

#[test]
fn jpeg_drops_data_after_end_marker() {
    let mut dirty = clean_jpeg();
    let second = dirty_jpeg(1); // a "secondary image" with its own EXIF
    dirty.extend_from_slice(&second);
    assert!(inspect(&dirty, Format::Jpeg).unwrap().gps, "secondary image metadata is seen");
    let out = strip_metadata(&dirty, Format::Jpeg).unwrap();
    assert_eq!(out, clean_jpeg());
}

#[test]
fn png_strip_removes_identifying_keeps_orientation() {
    let dirty = dirty_png(6);
    assert_dirty_found(&dirty, Format::Png);
    assert!(inspect(&dirty, Format::Png).unwrap().comment);

    let out = strip_metadata(&dirty, Format::Png).unwrap();
    assert_only_orientation(&out, 6);
    assert_no_leaks(&out);
    for kind in [b"tEXt", b"iTXt", b"zTXt", b"tIME"] {
        assert!(!contains(&out, kind), "{} chunk left", String::from_utf8_lossy(kind));
    }
    assert_decodes(&out, image::ImageFormat::Png);
    let after = inspect(&out, Format::Png).unwrap();
    assert_eq!(after, super::SensitiveMeta::default());
}

#[test]
fn png_orientation_1_gives_back_clean_file() {
    let out = strip_metadata(&dirty_png(1), Format::Png).unwrap();
    assert!(!contains(&out, b"eXIf"));
    assert_eq!(out, clean_png());
}

#[test]
fn webp_strip_removes_identifying_and_fixes_flags() {
    let dirty = dirty_webp(6);
    assert_decodes(&dirty, image::ImageFormat::WebP); // the fixture itself is valid
    assert_dirty_found(&dirty, Format::Webp);

    let out = strip_metadata(&dirty, Format::Webp).unwrap();
    assert_eq!(webp_chunk_ids(&out), vec![*b"VP8X", *b"VP8L", *b"EXIF"]);
    let flags = out[20];
    assert_eq!(flags & 0x04, 0, "XMP flag must be cleared");
    assert_eq!(flags & 0x08, 0x08, "EXIF flag must match the kept EXIF chunk");
    let riff = u32::from_le_bytes(out[4..8].try_into().unwrap()) as usize;
    assert_eq!(riff + 8, out.len(), "RIFF size updated");
    assert_only_orientation(&out, 6);
    assert_no_leaks(&out);
    assert_decodes(&out, image::ImageFormat::WebP);
}

#[test]
fn webp_orientation_1_clears_both_flags() {
    let out = strip_metadata(&dirty_webp(1), Format::Webp).unwrap();
    assert_eq!(webp_chunk_ids(&out), vec![*b"VP8X", *b"VP8L"]);
    assert_eq!(out[20] & (0x04 | 0x08), 0);
    assert_decodes(&out, image::ImageFormat::WebP);
    assert!(read_back(&out).is_none());
}

#[test]
fn clean_files_are_unchanged_and_stripping_is_idempotent() {
    let cases = [(clean_jpeg(), Format::Jpeg), (clean_png(), Format::Png), (clean_webp(), Format::Webp)];
    for (clean, format) in cases {
        let once = strip_metadata(&clean, format).unwrap();
        assert_eq!(once, clean, "{format:?}: a clean file passes through byte-identical");
        assert_eq!(strip_metadata(&once, format).unwrap(), once);
        assert_eq!(inspect(&clean, format).unwrap(), super::SensitiveMeta::default());
    }
    let dirty = [(dirty_jpeg(6), Format::Jpeg), (dirty_png(6), Format::Png), (dirty_webp(6), Format::Webp)];
    for (d, format) in dirty {
        let once = strip_metadata(&d, format).unwrap();
        let twice = strip_metadata(&once, format).unwrap();
        assert_eq!(once, twice, "{format:?}: second pass is byte-identical");
    }
}

#[test]
fn other_formats_pass_through() {
    let svg = b"<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'/>".to_vec();
    assert_eq!(strip_metadata(&svg, Format::Svg).unwrap(), svg);
    assert_eq!(strip_metadata(b"GIF89a...", Format::Gif).unwrap(), b"GIF89a...");
}

#[test]
fn damaged_files_are_errors_with_advice() {
    let mut truncated = dirty_png(6);
    truncated.truncate(40);
    let e = strip_metadata(&truncated, Format::Png).unwrap_err().to_string();
    assert!(e.contains("damaged PNG") && e.contains("re-export"), "{e}");
    let e = strip_metadata(b"not a jpeg", Format::Jpeg).unwrap_err().to_string();
    assert!(e.contains("JPEG"), "{e}");
    assert!(strip_metadata(b"RIFF\0\0\0\0WAVE", Format::Webp).is_err());
}

#[test]
fn describe_and_identifying() {
    let m = super::SensitiveMeta { datetime_original: true, comment: true, ..Default::default() };
    assert!(!m.identifying());
    assert_eq!(m.describe(), vec!["capture date and time", "embedded comment or text"]);
    let m = inspect(&dirty_jpeg(1), Format::Jpeg).unwrap();
    assert_eq!(&m.describe()[..3], ["GPS location", "camera or lens serial number", "camera owner or artist name"]);
}

#[test]
fn xmp_only_location_is_identifying() {
    // SVG exported with RDF metadata carrying GPS
    let svg = format!("<svg width='1' height='1'><metadata>{XMP}</metadata></svg>");
    let m = inspect(svg.as_bytes(), Format::Svg).unwrap();
    assert!(m.xmp && m.gps && m.identifying());
}
