//! SVG: size from the root element's width/height or viewBox attributes.

use super::meta::{self, SensitiveMeta};
use super::{ImageError, find};

/// Whether the bytes look like an SVG document (an `<svg` element near the start).
pub(super) fn looks_like_svg(b: &[u8]) -> bool {
    let head = &b[..b.len().min(4096)];
    root_tag(head).is_some()
}

/// The attributes text of the root `<svg ...>` start tag.
fn root_tag(b: &[u8]) -> Option<&[u8]> {
    let mut from = 0;
    loop {
        let at = from + find(&b[from..], b"<svg")?;
        let after = at + 4;
        match b.get(after) {
            Some(c) if c.is_ascii_whitespace() || *c == b'>' || *c == b'/' => {
                // the tag ends at the first '>' outside quotes
                let mut quote = None;
                for (i, &c) in b[after..].iter().enumerate() {
                    match (quote, c) {
                        (None, b'"' | b'\'') => quote = Some(c),
                        (Some(q), _) if c == q => quote = None,
                        (None, b'>') => return Some(&b[after..after + i]),
                        _ => {}
                    }
                }
                return None;
            }
            _ => from = after,
        }
    }
}

/// Value of attribute `name` (exact, not namespaced) in a start tag.
fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let mut rest = tag;
    while let Some(i) = rest.find(name) {
        let before_ok = i == 0 || rest.as_bytes()[i - 1].is_ascii_whitespace();
        let after = rest[i + name.len()..].trim_start();
        rest = &rest[i + name.len()..];
        if !before_ok {
            continue;
        }
        let Some(value) = after.strip_prefix('=') else { continue };
        let value = value.trim_start();
        let q = value.chars().next()?;
        if q != '"' && q != '\'' {
            continue;
        }
        let end = value[1..].find(q)?;
        return Some(&value[1..1 + end]);
    }
    None
}

/// A CSS length in px; `None` for relative units (%, em) that need a context.
fn length(v: &str) -> Option<f64> {
    let v = v.trim();
    let split = v.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-' || c == '+' || c == 'e')).unwrap_or(v.len());
    // "1e" cannot be told from the "em" unit by position alone
    let (num, unit) = if v[..split].ends_with('e') { v.split_at(split - 1) } else { v.split_at(split) };
    let n: f64 = num.parse().ok()?;
    let px = match unit.trim() {
        "" | "px" => n,
        "pt" => n * 96.0 / 72.0,
        "pc" => n * 16.0,
        "in" => n * 96.0,
        "cm" => n * 96.0 / 2.54,
        "mm" => n * 96.0 / 25.4,
        _ => return None,
    };
    (px.is_finite() && px > 0.0).then_some(px)
}

fn view_box(v: &str) -> Option<(f64, f64)> {
    let nums: Vec<f64> =
        v.split(|c: char| c.is_ascii_whitespace() || c == ',').filter(|s| !s.is_empty()).map(|s| s.parse().ok()).collect::<Option<_>>()?;
    match nums[..] {
        [_, _, w, h] if w > 0.0 && h > 0.0 && w.is_finite() && h.is_finite() => Some((w, h)),
        _ => None,
    }
}

fn px(v: f64) -> u32 {
    (v.round() as u32).max(1)
}

pub(super) fn size(b: &[u8]) -> Result<(u32, u32), ImageError> {
    let tag = root_tag(b).ok_or_else(|| ImageError::SvgSize { detail: "no <svg> element was found".into() })?;
    let tag = String::from_utf8_lossy(tag);
    let w = attr(&tag, "width").and_then(length);
    let h = attr(&tag, "height").and_then(length);
    let vb = attr(&tag, "viewBox").and_then(view_box);
    let (w, h) = match (w, h, vb) {
        (Some(w), Some(h), _) => (w, h),
        (Some(w), None, Some((vw, vh))) => (w, w * vh / vw),
        (None, Some(h), Some((vw, vh))) => (h * vw / vh, h),
        (None, None, Some(v)) => v,
        _ => {
            return Err(ImageError::SvgSize {
                detail: "width/height are missing or relative (% or em) and there is no valid viewBox".into(),
            });
        }
    };
    Ok((px(w), px(h)))
}

pub(super) fn inspect(b: &[u8], found: &mut SensitiveMeta) {
    if find(b, b"<metadata").is_some() || find(b, b"rdf:RDF").is_some() {
        found.xmp = true;
    }
    if find(b, b"<!--").is_some() {
        found.comment = true;
    }
    meta::scan_xmp(b, found);
}
