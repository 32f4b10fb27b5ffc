//! Reading a Hugo or Zola site: configuration, `content/` (sections,
//! pages, page bundles), `static/` and (Hugo) `data/` team files.

use super::ImportError;
use super::model::{Asset, DocRole, Kind, Source, get_str};
use super::walk;
use serde_json::{Map, Value};
use std::path::Path;

const HUGO_CONFIGS: &[&str] = &[
    "hugo.toml",
    "hugo.yaml",
    "hugo.yml",
    "hugo.json",
    "config.toml",
    "config.yaml",
    "config.yml",
    "config.json",
    "config/_default/hugo.toml",
    "config/_default/config.toml",
    "config/_default/hugo.yaml",
    "config/_default/config.yaml",
    "config/_default/config.yml",
];

/// Reads the Hugo (`kind` = Hugo) or Zola site at `root`.
pub fn read(root: &Path, kind: Kind) -> Result<Source, ImportError> {
    let names: &[&str] = if kind == Kind::Zola { &["config.toml", "zola.toml"] } else { HUGO_CONFIGS };
    let cfg_name = names.iter().find(|n| root.join(n).is_file()).ok_or_else(|| ImportError::Source {
        path: root.to_path_buf(),
        why: format!("no {} here: is this the site's folder?", names[..2].join(" or ")),
    })?;
    let mut src = Source { config_file: cfg_name.to_string(), ..Default::default() };
    if let Value::Object(m) = walk::read_data(&root.join(cfg_name), cfg_name)? {
        src.config = m;
    }
    if kind == Kind::Hugo {
        merge_split_config(root, &mut src.config)?;
    }
    let content_dir = content_dir(&src.config, kind);
    let permalinks = match src.config.get("permalinks") {
        Some(Value::Object(m)) => m.clone(),
        _ => Map::new(),
    };
    let content = root.join(&content_dir);
    if !content.is_dir() {
        return Err(ImportError::Source { path: content, why: "no content folder: is this the site's folder?".into() });
    }
    let files = walk::files(&content, &format!("{content_dir}/"), &mut src);
    let bundles: Vec<String> = files
        .iter()
        .filter(|(r, _)| is_index(r.rsplit('/').next().unwrap_or("")))
        .filter_map(|(r, _)| r.rsplit_once('/').map(|(d, _)| d.to_string()))
        .collect();
    for (rel, abs) in &files {
        let shown = format!("{content_dir}/{rel}");
        let dir = rel.rsplit_once('/').map(|(d, _)| d).unwrap_or("");
        if !(rel.ends_with(".md") || rel.ends_with(".html") || rel.ends_with(".markdown")) {
            if walk::is_asset(abs) {
                let in_bundle = bundles.iter().any(|b| in_folder(dir, b));
                let prefix = if in_bundle { "images/" } else { "" };
                src.assets.push(Asset { rel: format!("{prefix}{rel}"), path: abs.clone() });
            }
            continue;
        }
        let file = rel.rsplit('/').next().unwrap_or("");
        let top = rel.split_once('/').map(|(t, _)| t).unwrap_or("");
        if kind == Kind::Hugo
            && !is_index(file)
            && let Some(b) = bundles.iter().find(|b| in_folder(dir, b))
        {
            // Hugo publishes a page bundle's other text files as no page of their own.
            let why = format!(
                "a resource of the page bundle {content_dir}/{b}/ (Hugo did not publish it as a page); copy what it says into {content_dir}/{b}/index.md if it is needed"
            );
            src.skipped.push((shown, why));
            continue;
        }
        let role = role_of(dir, file, kind);
        // `content/booking/index.md` is the page /booking/ (a page bundle), in no section.
        let group = if is_index(file) && !dir.contains('/') { "" } else { top };
        let Some(mut d) = walk::read_doc(abs, &shown, false, role.clone(), group)? else { continue };
        if is_index(file) || file.starts_with("_index.") {
            d.stem = dir.rsplit('/').next().unwrap_or("").to_string();
            if is_index(file) && !dir.is_empty() {
                d.bundle = Some(dir.into());
            }
        } else if kind == Kind::Zola {
            // Zola takes a date from `2024-01-02-name.md` or `2024-01-02_name.md`.
            let s = d.stem.clone();
            if s.len() > 11 && s.as_bytes()[4] == b'-' && s.as_bytes()[7] == b'-' && s[..4].bytes().all(|c| c.is_ascii_digit()) {
                d.front.entry("date").or_insert_with(|| Value::String(s[..10].to_string()));
                d.stem = s[11..].to_string();
            }
        }
        d.old_url = Some(old_url(&d, dir, file, kind, &permalinks));
        src.docs.push(d);
    }
    list_subsections(&mut src.docs, &content_dir);
    walk::collect_assets(&root.join("static"), "", &mut src);
    if kind == Kind::Hugo {
        data_team(root, &mut src)?;
    }
    Ok(src)
}

fn is_index(f: &str) -> bool {
    matches!(f, "index.md" | "index.html" | "index.markdown")
}

/// What the content file `file` in the content folder `dir` is.
fn role_of(dir: &str, file: &str, kind: Kind) -> DocRole {
    let section_index = matches!(file, "_index.md" | "_index.html" | "_index.markdown");
    // A page bundle at the top (`content/booking/index.md`) is a page, whatever its folder's name.
    let top_bundle = is_index(file) && !dir.contains('/');
    if (section_index || is_index(file) && kind == Kind::Hugo) && dir.is_empty() {
        DocRole::Home
    } else if section_index && !dir.contains('/') {
        DocRole::SectionIndex
    } else if dir.split('/').any(walk::is_team_name) && !section_index && !top_bundle {
        DocRole::Person
    } else {
        DocRole::Page
    }
}

/// True when `dir` is the folder `b` or lies inside it.
fn in_folder(dir: &str, b: &str) -> bool {
    dir == b || dir.strip_prefix(b).is_some_and(|r| r.starts_with('/'))
}

/// carepress sections are one level deep, so a nested section
/// (`content/services/dental/_index.md`) becomes a page of the top section
/// at its old address (`/services/dental/`), and its pages pages of the top
/// section with their old addresses as aliases. Hugo and Zola show a
/// section's pages under its introduction; the page keeps that list as
/// internal links (`@/services/dental/implants.md`, relinked to the pages'
/// new files), so no page loses the way to it.
fn list_subsections(docs: &mut [super::model::Doc], content_dir: &str) {
    let prefix = format!("{content_dir}/");
    let rel = |d: &super::model::Doc| d.source.strip_prefix(&prefix).unwrap_or(&d.source).to_string();
    let folder = |r: &str| r.rsplit_once('/').map(|(d, _)| d.to_string()).unwrap_or_default();
    let is_sub_index = |r: &str| r.contains('/') && r.rsplit('/').next().is_some_and(|f| f.starts_with("_index."));
    // (folder, title, content-relative file) of every page and nested section.
    let entries: Vec<(String, String, String)> = docs
        .iter()
        .map(|d| {
            let r = rel(d);
            // A bundle or a nested section is listed in the folder above its own.
            let own = if d.bundle.is_some() || is_sub_index(&r) { folder(&folder(&r)) } else { folder(&r) };
            let title = get_str(&d.front, "title").map(String::from).unwrap_or_else(|| d.stem.replace(['-', '_'], " "));
            (own, title, r)
        })
        .collect();
    for d in docs.iter_mut() {
        let r = rel(d);
        if !is_sub_index(&r) || folder(&r).split('/').count() < 2 {
            continue;
        }
        let here = folder(&r);
        let mut items: Vec<&(String, String, String)> = entries.iter().filter(|(own, _, file)| *own == here && *file != r).collect();
        if items.is_empty() {
            continue;
        }
        items.sort_by(|a, b| (&a.1, &a.2).cmp(&(&b.1, &b.2)));
        let list: Vec<String> = items
            .iter()
            .map(|(_, t, file)| if d.html { format!("<li><a href=\"@/{file}\">{t}</a></li>") } else { format!("- [{t}](@/{file})") })
            .collect();
        let list = if d.html { format!("<ul>{}</ul>", list.concat()) } else { list.join("\n") };
        d.body = format!("{}\n\n{list}\n", d.body.trim_end());
    }
}

/// Team members of Hugo's `data/` files named like a team (`data/staff.yaml`).
fn data_team(root: &Path, src: &mut Source) -> Result<(), ImportError> {
    for (rel, abs) in walk::files(&root.join("data"), "data/", src) {
        let stem = Path::new(&rel).file_stem().and_then(|s| s.to_str()).unwrap_or("");
        if walk::is_team_name(stem) && !rel.contains('/') {
            let shown = format!("data/{rel}");
            let v = walk::read_data(&abs, &shown)?;
            walk::people_from_data(v, &shown, src);
        }
    }
    Ok(())
}

/// Hugo's `config/_default/params.toml`, `languages.toml`, `menus.*` beside the main file.
fn merge_split_config(root: &Path, cfg: &mut Map<String, Value>) -> Result<(), ImportError> {
    for key in ["params", "languages", "permalinks", "social"] {
        for ext in ["toml", "yaml", "yml"] {
            let p = root.join(format!("config/_default/{key}.{ext}"));
            if p.is_file() {
                let v = walk::read_data(&p, &format!("config/_default/{key}.{ext}"))?;
                cfg.insert(key.into(), v);
            }
        }
    }
    Ok(())
}

/// The content folder: Hugo's `contentDir`, or the default language's.
fn content_dir(cfg: &Map<String, Value>, kind: Kind) -> String {
    if kind == Kind::Hugo {
        let default_lang = get_str(cfg, "defaultContentLanguage").unwrap_or("en");
        if let Some(Value::Object(langs)) = cfg.get("languages") {
            let lang = langs.get(default_lang).or_else(|| langs.values().next());
            if let Some(d) = lang.and_then(|l| l.get("contentDir")).and_then(Value::as_str) {
                return d.trim_matches('/').to_string();
            }
        }
        if let Some(d) = get_str(cfg, "contentDir").or_else(|| get_str(cfg, "contentdir")) {
            return d.trim_matches('/').to_string();
        }
    }
    "content".into()
}

/// The address the page had: `url`/`path`, the section's permalink pattern, or its folder and name.
fn old_url(d: &super::model::Doc, dir: &str, file: &str, kind: Kind, permalinks: &Map<String, Value>) -> String {
    let explicit = if kind == Kind::Zola { get_str(&d.front, "path") } else { get_str(&d.front, "url") };
    if let Some(u) = explicit {
        let u = u.trim_matches('/');
        return if u.is_empty() {
            "/".into()
        } else if u.contains('.') {
            format!("/{u}")
        } else {
            format!("/{u}/")
        };
    }
    if file.starts_with("_index.") {
        return if dir.is_empty() { "/".into() } else { format!("/{}/", dir.to_lowercase()) };
    }
    let slug = get_str(&d.front, "slug")
        .map(String::from)
        .unwrap_or_else(|| if kind == Kind::Zola { crate::content::slugify(&d.stem) } else { d.stem.to_lowercase().replace(' ', "-") });
    let parent = if d.bundle.is_some() { dir.rsplit_once('/').map(|(p, _)| p).unwrap_or("") } else { dir };
    let section = parent.split('/').next().unwrap_or("");
    if kind == Kind::Hugo
        && let Some(p) = permalinks.get(section).and_then(Value::as_str)
    {
        let date = get_str(&d.front, "date").unwrap_or("");
        let title = crate::content::slugify(get_str(&d.front, "title").unwrap_or(&d.stem));
        let mut out = p.to_string();
        for (k, v) in [
            (":year", date.get(..4).unwrap_or("")),
            (":month", date.get(5..7).unwrap_or("")),
            (":day", date.get(8..10).unwrap_or("")),
            (":section", section),
            (":sections", parent),
            (":slug", slug.as_str()),
            (":title", title.as_str()),
            (":filename", d.stem.as_str()),
            (":contentbasename", d.stem.as_str()),
        ] {
            out = out.replace(k, v);
        }
        let trimmed: Vec<&str> = out.split('/').filter(|s| !s.is_empty()).collect();
        return format!("/{}/", trimmed.join("/"));
    }
    if parent.is_empty() { format!("/{slug}/") } else { format!("/{}/{slug}/", parent.to_lowercase()) }
}
