use std::path::Path;

use super::test_fixtures::*;
use super::{Format, ImageError, ImageInfo, probe};

fn dims(bytes: &[u8], name: &str) -> (u32, u32, Format) {
    let i = probe(bytes, Path::new(name)).unwrap();
    assert_eq!(i.bytes, bytes.len() as u64);
    (i.width, i.height, i.format)
}

#[test]
fn probe_raster_formats() {
    assert_eq!(dims(&clean_jpeg(), "a.jpg"), (W, H, Format::Jpeg));
    assert_eq!(dims(&clean_png(), "a.png"), (W, H, Format::Png));
    assert_eq!(dims(&clean_webp(), "a.webp"), (W, H, Format::Webp));
    assert_eq!(dims(&dirty_webp(1), "a.webp"), (W, H, Format::Webp));
    // minimal GIF: header, logical screen 7x5, no colour table, trailer
    let gif = b"GIF89a\x07\x00\x05\x00\x00\x00\x00\x3b";
    assert_eq!(dims(gif, "a.gif"), (7, 5, Format::Gif));
    // zero padding after the trailer is not a cut-off file; a missing trailer is
    let padded = [&gif[..], &[0u8; 9]].concat();
    assert_eq!(dims(&padded, "a.gif"), (7, 5, Format::Gif));
    let cut = probe(&gif[..gif.len() - 1], Path::new("a.gif")).unwrap_err().to_string();
    assert!(cut.contains("ends early"), "{cut}");
}

#[test]
fn probe_swaps_for_rotated_orientations() {
    for o in 1..=8u16 {
        let expected = if o >= 5 { (H, W) } else { (W, H) };
        let j = dims(&dirty_jpeg(o), "a.jpg");
        assert_eq!((j.0, j.1), expected, "jpeg orientation {o}");
        let p = dims(&dirty_png(o), "a.png");
        assert_eq!((p.0, p.1), expected, "png orientation {o}");
        let w = dims(&dirty_webp(o), "a.webp");
        assert_eq!((w.0, w.1), expected, "webp orientation {o}");
    }
    // the swap survives stripping, since the orientation is kept
    let stripped = super::strip_metadata(&dirty_jpeg(6), Format::Jpeg).unwrap();
    assert_eq!(dims(&stripped, "a.jpg"), (H, W, Format::Jpeg));
}

#[test]
fn probe_content_wins_over_extension() {
    assert_eq!(dims(&clean_png(), "photo.jpg").2, Format::Png);
}

#[test]
fn probe_svg_sizes() {
    let cases: &[(&str, (u32, u32))] = &[
        (r#"<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80"></svg>"#, (120, 80)),
        (r#"<?xml version="1.0"?><!-- c --><svg viewBox="0 0 300 150"/>"#, (300, 150)),
        (r#"<svg width="600" viewBox="0,0,300,150"/>"#, (600, 300)),
        (r#"<svg height="50px" viewBox="0 0 300 150"/>"#, (100, 50)),
        (r#"<svg width='1in' height='72pt' stroke-width="9"/>"#, (96, 96)),
        (r#"<svg width="100%" height="100%" viewBox="0 0 64 32"/>"#, (64, 32)),
        (r#"<svg width="25.4mm" height="10.5" viewBox="0 0 1 1"/>"#, (96, 11)),
    ];
    for (svg, expected) in cases {
        let i = probe(svg.as_bytes(), Path::new("logo.svg")).unwrap();
        assert_eq!((i.width, i.height), *expected, "{svg}");
        assert_eq!(i.format, Format::Svg);
    }
    // recognised by content even without the extension
    let i = probe(br#"<svg width="3" height="4"/>"#, Path::new("x")).unwrap();
    assert_eq!((i.width, i.height, i.format), (3, 4, Format::Svg));
}

#[test]
fn probe_svg_without_size_is_an_error() {
    let err = probe(br#"<svg width="100%"><rect/></svg>"#, Path::new("a.svg")).unwrap_err();
    assert!(matches!(err, ImageError::SvgSize { .. }));
    assert!(err.to_string().contains("viewBox"), "{err}");
    let err = probe(b"<html></html>", Path::new("a.svg")).unwrap_err();
    assert!(matches!(err, ImageError::SvgSize { .. }));
}

#[test]
fn probe_errors() {
    let err = probe(b"hello world, not an image", Path::new("a.jpg")).unwrap_err();
    assert!(matches!(err, ImageError::WrongContent { expected: "JPEG" }), "{err:?}");
    let err = probe(b"hello world, not an image", Path::new("a.bin")).unwrap_err();
    assert!(matches!(err, ImageError::Unsupported));
    let mut png = clean_png();
    png.truncate(20);
    let err = probe(&png, Path::new("a.png")).unwrap_err();
    assert!(matches!(err, ImageError::Corrupt { format: "PNG", .. }), "{err:?}");
}

#[test]
fn format_from_path_and_mime() {
    let f = |p: &str| Format::from_path(Path::new(p));
    assert_eq!(f("a/B.JPG"), Format::Jpeg);
    assert_eq!(f("x.jpeg"), Format::Jpeg);
    assert_eq!(f("x.png"), Format::Png);
    assert_eq!(f("x.webp"), Format::Webp);
    assert_eq!(f("x.gif"), Format::Gif);
    assert_eq!(f("x.Svg"), Format::Svg);
    assert_eq!(f("x.tiff"), Format::Other);
    assert_eq!(f("noext"), Format::Other);
    assert_eq!(Format::Svg.mime(), "image/svg+xml");
    assert_eq!(Format::Jpeg.mime(), "image/jpeg");
    assert_eq!(Format::Webp.mime(), "image/webp");
    let _: ImageInfo = probe(&clean_png(), Path::new("a.png")).unwrap();
}
