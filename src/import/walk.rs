//! Reading the source tree: every file below a folder, symlinks skipped (a
//! link could point outside SOURCE), paths kept relative and checked.

use super::ImportError;
use super::model::{Asset, Doc, DocRole, Source, parse_front, split_front, yaml_to_json};
use std::path::Path;

/// File extensions copied into `static/`: pictures and documents patients download.
pub const ASSET_EXT: &[&str] = &["jpg", "jpeg", "png", "gif", "webp", "svg", "ico", "pdf"];

/// True when `path` has an extension of [`ASSET_EXT`].
pub fn is_asset(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| ASSET_EXT.contains(&e.to_ascii_lowercase().as_str()))
}

/// Files under `dir` as (path relative to `dir` with `/`, absolute path), sorted;
/// symlinks and names with control characters land in `src.skipped`.
pub fn files(dir: &Path, shown_prefix: &str, src: &mut Source) -> Vec<(String, std::path::PathBuf)> {
    let mut out = Vec::new();
    if !dir.is_dir() {
        return out;
    }
    let walker = walkdir::WalkDir::new(dir).follow_links(false).sort_by_file_name().into_iter();
    for e in walker.filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.')) {
        let Ok(e) = e else { continue };
        let rel = e.path().strip_prefix(dir).unwrap_or(e.path()).to_string_lossy().replace('\\', "/");
        if e.path_is_symlink() {
            src.skipped.push((format!("{shown_prefix}{rel}"), "a symbolic link (import reads only files inside SOURCE)".into()));
            continue;
        }
        if !e.file_type().is_file() {
            continue;
        }
        if super::write::safe_rel(&rel).is_err() {
            src.skipped.push((format!("{shown_prefix}{rel}"), "an unusable file name".into()));
            continue;
        }
        out.push((rel, e.path().to_path_buf()));
    }
    out
}

/// Reads a text file, or says why not.
pub fn read_text(path: &Path) -> Result<String, ImportError> {
    let bytes = std::fs::read(path).map_err(|e| ImportError::io(path, e))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// Reads a page file into a [`Doc`]; `Ok(None)` when it has no front matter
/// and `needs_front` (Jekyll treats such files as static files).
pub fn read_doc(path: &Path, shown: &str, needs_front: bool, role: DocRole, group: &str) -> Result<Option<Doc>, ImportError> {
    let text = read_text(path)?;
    let (front, body, body_line) = match split_front(&text) {
        Some((f, toml, body, line)) => {
            let front = parse_front(f, toml).map_err(|m| ImportError::Parse { file: shown.to_string(), line: 2, message: m })?;
            (front, body.to_string(), line)
        }
        None if needs_front => return Ok(None),
        None => (Default::default(), text.clone(), 1),
    };
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let html = path.extension().is_some_and(|e| e == "html" || e == "htm");
    Ok(Some(Doc {
        source: shown.to_string(),
        body_line,
        front,
        body,
        html,
        role,
        group: group.to_string(),
        stem,
        old_url: None,
        bundle: None,
    }))
}

/// Reads a YAML, TOML or JSON data file as data.
pub fn read_data(path: &Path, shown: &str) -> Result<serde_json::Value, ImportError> {
    let text = read_text(path)?;
    let err = |m: String| ImportError::Parse { file: shown.to_string(), line: 1, message: m };
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "toml" => {
            let t: toml::Table = toml::from_str(&text).map_err(|e| err(e.message().to_string()))?;
            Ok(super::model::toml_to_json(toml::Value::Table(t)))
        }
        "json" => serde_json::from_str(&text).map_err(|e| err(e.to_string())),
        _ => serde_norway::from_str::<serde_norway::Value>(&text).map(yaml_to_json).map_err(|e| err(e.to_string())),
    }
}

/// Team members of a data file named like a team (doctors, team, staff, providers…).
pub fn people_from_data(value: serde_json::Value, shown: &str, src: &mut Source) {
    let entries: Vec<serde_json::Value> = match value {
        serde_json::Value::Array(a) => a,
        serde_json::Value::Object(m) => {
            // `{ doctors: [...] }` or `{ jane-doe: {...}, ... }`
            let lists: Vec<_> = m.values().filter_map(|v| v.as_array().cloned()).collect();
            if m.len() == 1 && lists.len() == 1 {
                lists.into_iter().next().unwrap_or_default()
            } else {
                m.into_iter()
                    .filter_map(|(k, v)| match v {
                        serde_json::Value::Object(mut o) => {
                            o.entry("slug").or_insert(serde_json::Value::String(k));
                            Some(serde_json::Value::Object(o))
                        }
                        _ => None,
                    })
                    .collect()
            }
        }
        _ => Vec::new(),
    };
    for (i, e) in entries.into_iter().enumerate() {
        if let serde_json::Value::Object(fields) = e
            && (fields.contains_key("name") || fields.contains_key("title"))
        {
            src.people.push(super::model::Person { source: shown.to_string(), line: i + 1, fields });
        }
    }
}

/// True for a data file or collection name that holds the team.
pub fn is_team_name(name: &str) -> bool {
    let n = name.trim_start_matches('_').to_ascii_lowercase();
    [
        "doctors",
        "doctor",
        "team",
        "staff",
        "providers",
        "physicians",
        "practitioners",
        "people",
        "therapists",
        "dentists",
        "clinicians",
        "members",
        "our-team",
        "ourteam",
        "authors",
        "team-members",
    ]
    .contains(&n.as_str())
}

/// Copies the asset files of `dir` (images, PDFs) into `src.assets` under `prefix`.
pub fn collect_assets(dir: &Path, prefix: &str, src: &mut Source) {
    for (rel, abs) in files(dir, prefix, src) {
        if is_asset(&abs) {
            src.assets.push(Asset { rel: format!("{prefix}{rel}"), path: abs });
        }
    }
}
