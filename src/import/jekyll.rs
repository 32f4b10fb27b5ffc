//! Reading a Jekyll site: `_config.yml`, `_posts`, `_drafts`, collections,
//! `_data` team files, pages and image files.

use super::ImportError;
use super::model::{Doc, DocRole, Source, get_str};
use super::walk;
use regex::Regex;
use serde_json::Value;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Folders of a Jekyll site that are no content of their own.
const SKIP: &[&str] = &["_site", "_includes", "_layouts", "_sass", "_plugins", "vendor", "node_modules", ".git", ".jekyll-cache", "_data"];

/// Why an HTML file without front matter is no page of the new site.
const NO_FRONT: &str = "an HTML file without front matter, which Jekyll published as it stands at its own address: \
                        add front matter (a title) to import it as a page, or put it under static/ to keep it as it is";

/// Reads the Jekyll site at `root`.
pub fn read(root: &Path) -> Result<Source, ImportError> {
    let cfg_path = ["_config.yml", "_config.yaml"].iter().map(|n| root.join(n)).find(|p| p.is_file()).ok_or_else(|| {
        ImportError::Source { path: root.to_path_buf(), why: "no _config.yml here: is this the Jekyll site's folder?".into() }
    })?;
    let mut src = Source { config_file: "_config.yml".into(), ..Default::default() };
    if let Value::Object(m) = walk::read_data(&cfg_path, "_config.yml")? {
        src.config = m;
    }
    let pattern = get_str(&src.config, "permalink").unwrap_or("date").to_string();
    let collections: Vec<(String, Option<String>)> = match src.config.get("collections") {
        Some(Value::Object(m)) => {
            m.iter().map(|(k, v)| (k.clone(), v.get("permalink").and_then(Value::as_str).map(String::from))).collect()
        }
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).map(|k| (k.to_string(), None)).collect(),
        _ => Vec::new(),
    };
    // `include: [_pages]` makes an underscore folder hold ordinary pages.
    let included: Vec<String> = super::front::string_list(src.config.get("include"));
    let excluded = Exclude::new(super::front::string_list(src.config.get("exclude")));
    let files: Vec<(String, PathBuf)> = walk::files(root, "", &mut src).into_iter().filter(|(rel, _)| !excluded.is(rel)).collect();
    let pages_in = page_counts(&files);
    for (rel, abs) in files {
        let top = rel.split('/').next().unwrap_or("");
        if SKIP.contains(&top) || ["Gemfile", "Gemfile.lock", "README.md", "LICENSE.md", "CHANGELOG.md", "CNAME"].contains(&rel.as_str()) {
            if top == "_data" && walk::is_team_name(Path::new(&rel).file_stem().and_then(|s| s.to_str()).unwrap_or("")) {
                let v = walk::read_data(&abs, &rel)?;
                walk::people_from_data(v, &rel, &mut src);
            }
            continue;
        }
        if !is_page_file(&rel) {
            if walk::is_asset(&abs) && !top.starts_with('_') {
                src.assets.push(super::model::Asset { rel: rel.clone(), path: abs });
            }
            continue;
        }
        if top == "_posts" || top == "_drafts" {
            src.docs.extend(post(&abs, &rel, top == "_drafts", &pattern)?);
            continue;
        }
        if let Some(coll) = top.strip_prefix('_')
            && !included.iter().any(|i| i == top)
        {
            let known = collections.iter().find(|(c, _)| c == coll);
            if known.is_some() || walk::is_team_name(coll) {
                src.docs.extend(collection_doc(&abs, &rel, coll, known.and_then(|(_, p)| p.clone()), pattern == "pretty")?);
            }
            continue;
        }
        let alone = pages_in.get(top).copied().unwrap_or(0) < 2;
        match page(&abs, &rel, pattern == "pretty", alone)? {
            Some(d) => src.docs.push(d),
            None if rel.ends_with(".html") || rel.ends_with(".htm") => src.skipped.push((rel.clone(), NO_FRONT.into())),
            None => {}
        }
    }
    Ok(src)
}

fn is_page_file(rel: &str) -> bool {
    ["md", "markdown", "html", "htm"].iter().any(|e| rel.ends_with(&format!(".{e}")))
}

/// How many page files each top folder holds.
fn page_counts(files: &[(String, PathBuf)]) -> HashMap<String, usize> {
    let mut n: HashMap<String, usize> = HashMap::new();
    for (rel, _) in files.iter().filter(|(r, _)| is_page_file(r)) {
        if let Some((top, _)) = rel.split_once('/') {
            *n.entry(top.to_string()).or_default() += 1;
        }
    }
    n
}

/// The `exclude:` list of `_config.yml`: paths from the site's root, folders
/// with all they hold, `*` and `?` within one name.
struct Exclude(Vec<Regex>);

impl Exclude {
    fn new(patterns: Vec<String>) -> Exclude {
        let re = |p: &str| {
            let body: String = p
                .chars()
                .map(|c| match c {
                    '*' => "[^/]*".to_string(),
                    '?' => "[^/]".to_string(),
                    c => regex::escape(&c.to_string()),
                })
                .collect();
            Regex::new(&format!("^{body}(?:/|$)")).ok()
        };
        Exclude(patterns.iter().map(|p| p.trim().trim_matches('/')).filter(|p| !p.is_empty()).filter_map(re).collect())
    }

    fn is(&self, rel: &str) -> bool {
        self.0.iter().any(|r| r.is_match(rel))
    }
}

/// A document of a collection (`_services/x.md`, `_doctors/y.md`).
fn collection_doc(abs: &Path, rel: &str, coll: &str, pattern: Option<String>, pretty: bool) -> Result<Option<Doc>, ImportError> {
    let role = if walk::is_team_name(coll) { DocRole::Person } else { DocRole::Page };
    let Some(mut d) = walk::read_doc(abs, rel, false, role, coll)? else { return Ok(None) };
    d.old_url = Some(match get_str(&d.front, "permalink").map(String::from).or(pattern) {
        Some(p) => fill(&p, &d, coll),
        None => format!("/{coll}/{}{}", d.stem, if pretty { "/" } else { ".html" }),
    });
    Ok(Some(d))
}

/// A page outside the collections. A top folder's `index.html` is that
/// folder's page: the introduction of its section when the folder holds more
/// pages (`alone` false), else a top-level page at the folder's address.
fn page(abs: &Path, rel: &str, pretty: bool, alone: bool) -> Result<Option<Doc>, ImportError> {
    let top = rel.split('/').next().unwrap_or("");
    let folder = Path::new(rel).parent().map(|p| p.to_string_lossy().replace('\\', "/")).unwrap_or_default();
    let is_home = rel == "index.md" || rel == "index.html" || rel == "index.markdown";
    let folder_index = !is_home && Path::new(rel).file_stem().is_some_and(|s| s == "index");
    let role = if is_home { DocRole::Home } else { DocRole::Page };
    let group = if top.starts_with('_') || (folder_index && alone && !folder.contains('/')) { "" } else { folder.as_str() };
    let Some(mut d) = walk::read_doc(abs, rel, true, role, group)? else { return Ok(None) };
    if folder_index {
        d.stem = folder.rsplit('/').next().unwrap_or("").to_string();
    }
    d.old_url = Some(match get_str(&d.front, "permalink") {
        Some(p) => fill(p, &d, ""),
        None if is_home => "/".into(),
        None if folder_index => format!("/{folder}/"),
        None => {
            let base = rel.rsplit_once('.').map(|(b, _)| b).unwrap_or(rel);
            if pretty { format!("/{base}/") } else { format!("/{base}.html") }
        }
    });
    if folder_index && !alone && !folder.contains('/') && d.old_url.as_deref() == Some(&format!("/{folder}/")) {
        d.role = DocRole::SectionIndex;
    }
    Ok(Some(d))
}

/// A post of `_posts` (or `_drafts`): the date from its file name, its old address from `pattern`.
fn post(abs: &Path, rel: &str, draft: bool, pattern: &str) -> Result<Option<Doc>, ImportError> {
    let Some(mut d) = walk::read_doc(abs, rel, false, DocRole::Post, "posts")? else { return Ok(None) };
    let (date, stem) = split_dated(&d.stem);
    d.stem = stem;
    if !d.front.contains_key("date")
        && let Some(date) = date
    {
        d.front.insert("date".into(), Value::String(date));
    }
    if draft {
        d.front.insert("draft".into(), Value::Bool(true));
    }
    d.old_url = Some(post_url(&d, get_str(&d.front, "permalink").unwrap_or(pattern)));
    Ok(Some(d))
}

/// `2024-01-02-flu-shots` -> (Some("2024-01-02"), "flu-shots").
fn split_dated(stem: &str) -> (Option<String>, String) {
    let b = stem.as_bytes();
    if b.len() > 11 && b[4] == b'-' && b[7] == b'-' && b[10] == b'-' && stem[..4].bytes().all(|c| c.is_ascii_digit()) {
        (Some(stem[..10].to_string()), stem[11..].to_string())
    } else {
        (None, stem.to_string())
    }
}

/// The address Jekyll gave a post under `pattern` (a style name or a pattern).
fn post_url(d: &Doc, pattern: &str) -> String {
    let p = match pattern {
        "date" => "/:categories/:year/:month/:day/:title.html",
        "pretty" => "/:categories/:year/:month/:day/:title/",
        "ordinal" => "/:categories/:year/:y_day/:title.html",
        "weekdate" => "/:categories/:year/W:week/:short_day/:title.html",
        "none" => "/:categories/:title.html",
        other => other,
    };
    fill(p, d, "")
}

/// Fills a Jekyll permalink pattern; unknown placeholders are left out.
fn fill(pattern: &str, d: &Doc, collection: &str) -> String {
    let date = get_str(&d.front, "date").unwrap_or("");
    let (y, m, day) = (date.get(..4).unwrap_or(""), date.get(5..7).unwrap_or(""), date.get(8..10).unwrap_or(""));
    let cats = super::front::string_list(d.front.get("categories").or_else(|| d.front.get("category")))
        .iter()
        .map(|c| crate::content::slugify(c))
        .collect::<Vec<_>>()
        .join("/");
    let slug = get_str(&d.front, "slug").map(String::from).unwrap_or_else(|| d.stem.clone());
    let mut out = pattern.to_string();
    for (k, v) in [
        (":categories", cats.as_str()),
        (":collection", collection),
        (":year", y),
        (":month", m),
        (":i_month", m.trim_start_matches('0')),
        (":day", day),
        (":i_day", day.trim_start_matches('0')),
        (":title", slug.as_str()),
        (":slug", slug.as_str()),
        (":name", d.stem.as_str()),
        (":path", d.stem.as_str()),
        (":output_ext", ".html"),
    ] {
        out = out.replace(k, v);
    }
    let mut cleaned = String::new();
    for part in out.split('/').filter(|p| !p.is_empty() && !p.starts_with(':')) {
        cleaned.push('/');
        cleaned.push_str(part);
    }
    if out.ends_with('/') || cleaned.is_empty() {
        cleaned.push('/');
    }
    cleaned
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dated_file_names_split() {
        assert_eq!(split_dated("2024-01-02-flu-shots"), (Some("2024-01-02".into()), "flu-shots".into()));
        assert_eq!(split_dated("about"), (None, "about".into()));
    }
}
