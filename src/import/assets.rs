//! Images and documents: copied into `static/` through the metadata
//! stripper, and references to them in pages resolved to their new paths.

use super::model::{Doc, Source};
use super::write::Files;
use std::collections::BTreeMap;

/// The static files of the new site, by URL path (`/images/a.jpg` -> `static/images/a.jpg`).
#[derive(Debug, Default)]
pub struct Assets {
    pub urls: BTreeMap<String, String>,
    /// Old-site host (`www.old.test`) whose absolute URLs are local paths.
    pub host: Option<String>,
    /// Old-site path prefix (Jekyll `baseurl`, a WordPress site in a folder).
    pub prefix: String,
    pub copied: usize,
    /// Files that could not be copied, with why.
    pub broken: Vec<(String, String)>,
}

/// Copies every asset into `files` under `static/`, stripping image metadata.
pub fn copy(src: &Source, host: Option<String>, prefix: String, files: &mut Files) -> Assets {
    let mut a = Assets { host, prefix, ..Default::default() };
    for asset in &src.assets {
        let bytes = match std::fs::read(&asset.path) {
            Ok(b) => b,
            Err(e) => {
                a.broken.push((asset.rel.clone(), e.to_string()));
                continue;
            }
        };
        let lower = asset.rel.to_lowercase();
        let bytes = if lower.ends_with(".pdf") || lower.ends_with(".ico") {
            bytes
        } else {
            match crate::images::probe(&bytes, &asset.path).and_then(|info| crate::images::strip_metadata(&bytes, info.format)) {
                Ok(b) => b,
                Err(e) => {
                    a.broken.push((asset.rel.clone(), format!("{e} (left out; replace it with a working file)")));
                    continue;
                }
            }
        };
        let rel = format!("static/{}", asset.rel);
        if super::write::safe_rel(&rel).is_err() || files.contains_key(&rel) {
            continue;
        }
        files.insert(rel, bytes);
        a.urls.insert(format!("/{}", asset.rel), format!("static/{}", asset.rel));
        a.copied += 1;
    }
    a
}

/// Joins `rel` onto `base` lexically; `None` when it climbs above the root.
fn join(base: &str, rel: &str) -> Option<String> {
    let mut parts: Vec<&str> = base.split('/').filter(|p| !p.is_empty()).collect();
    for p in rel.split('/') {
        match p {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            p => parts.push(p),
        }
    }
    Some(format!("/{}", parts.join("/")))
}

impl Assets {
    /// The new URL path of an image or file reference in `doc`, if it is a
    /// file of the site that was copied. `Err` carries the local path that is missing.
    pub fn resolve(&self, raw: &str, doc: &Doc) -> Result<Option<String>, String> {
        let raw = raw.trim().trim_matches(['<', '>']);
        let mut path = raw.split(['?', '#']).next().unwrap_or(raw).to_string();
        if path.is_empty() || path.starts_with("data:") || path.starts_with("mailto:") {
            return Ok(None);
        }
        if let Some(rest) = path.strip_prefix("https://").or_else(|| path.strip_prefix("http://")).or_else(|| path.strip_prefix("//")) {
            let (host, p) = rest.split_once('/').unwrap_or((rest, ""));
            if self
                .host
                .as_deref()
                .is_none_or(|h| !h.eq_ignore_ascii_case(host) && h.trim_start_matches("www.") != host.trim_start_matches("www."))
            {
                return Ok(None); // another site's file: left as a link
            }
            path = format!("/{p}");
        }
        let path = percent_encoding::percent_decode_str(&path).decode_utf8_lossy().into_owned();
        let mut candidates = Vec::new();
        if path.starts_with('/') {
            candidates.push(join("", &path));
            if !self.prefix.is_empty()
                && let Some(p) = path.strip_prefix(&self.prefix)
            {
                candidates.push(join("", p));
            }
        } else {
            if let Some(b) = &doc.bundle {
                candidates.push(join(&format!("images/{}", b.to_string_lossy()), &path));
            }
            let dir = doc.source.rsplit_once('/').map(|(d, _)| d).unwrap_or("");
            let dir = dir.strip_prefix("content/").unwrap_or(dir);
            candidates.push(join(dir, &path));
            candidates.push(join("", &path));
        }
        if candidates.iter().all(Option::is_none) {
            return Err(format!("{raw} (climbs out of the site: left out)"));
        }
        for c in candidates.into_iter().flatten() {
            if self.urls.contains_key(&c) {
                return Ok(Some(c));
            }
        }
        Err(raw.to_string())
    }
}
