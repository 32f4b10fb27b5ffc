//! Pages into sections: each document's section, address, aliases, front
//! matter and Markdown body, and the section and home pages.

use super::assets::Assets;
use super::front::{self, Mapped};
use super::model::{Doc, DocRole, Kind, json_to_toml};
use super::report::{Item, Report};
use super::shortcodes::{self, Out};
use super::team::Team;
use super::write::Files;
use crate::content::slugify;
use regex::Regex;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

static MD_IMAGE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)"#).expect("valid regex"));

/// A section of the new site.
#[derive(Debug, Default)]
struct SectionOut {
    title: Option<String>,
    description: Option<String>,
    body: String,
    missing_dates: bool,
    pages: usize,
}

/// True for a privacy, HIPAA, accessibility, nondiscrimination or terms page.
pub fn is_policy(stem: &str, title: &str) -> bool {
    let s = format!("{} {}", stem.to_lowercase(), title.to_lowercase());
    [
        "privacy",
        "hipaa",
        "accessibility",
        "nondiscrimination",
        "non-discrimination",
        "discrimination",
        "terms-of",
        "terms of",
        "patient-rights",
        "patient rights",
        "cookie",
        "disclaimer",
        "notice of privacy",
    ]
    .iter()
    .any(|k| s.contains(k))
}

fn section_of(doc: &Doc, mapped: &Mapped, overrides: &[(String, String)]) -> String {
    let title = mapped.keys.get("title").and_then(Value::as_str).unwrap_or("");
    let group = doc.group.to_lowercase();
    let base = match doc.role {
        DocRole::Home => String::new(),
        DocRole::Person => "team".into(),
        DocRole::Post => {
            let news = ["news", "announcement", "announcements", "press", "events", "event", "updates", "practice-news", "clinic-news"];
            let tags = front::string_list(mapped.keys.get("tags"));
            if tags.iter().any(|t| news.contains(&slugify(t).as_str())) { "news".into() } else { "tips".into() }
        }
        _ if is_policy(&doc.stem, title) => "policies".into(),
        _ => match group.split('/').next().unwrap_or("") {
            "" => String::new(),
            "posts" | "post" | "blog" | "articles" | "article" | "tips" | "health-tips" | "health" | "resources" => "tips".into(),
            "news" | "announcements" | "updates" | "press" | "events" => "news".into(),
            "policies" | "legal" => "policies".into(),
            g if super::walk::is_team_name(g) => "team".into(),
            g => slugify(g),
        },
    };
    overrides.iter().find(|(from, _)| *from == group || *from == base).map(|(_, to)| to.clone()).unwrap_or(base)
}

fn kind_of(section: &str) -> &'static str {
    match section {
        "tips" => "tips",
        "news" => "news",
        "team" => "team",
        "policies" => "policies",
        "testimonials" => "testimonials",
        _ => "pages",
    }
}

/// "/about.html", "/about/index.html" and "/about/" compare as written; this makes the last two equal.
fn norm_url(u: &str) -> String {
    let u = if u.starts_with('/') { u.to_string() } else { format!("/{u}") };
    let u = u.strip_suffix("index.html").unwrap_or(&u).to_string();
    if u.ends_with('/') || u.contains('.') { u } else { format!("{u}/") }
}

/// Converts the body of `doc` to Markdown with its images resolved; TODOs land in the text.
fn body(kind: Kind, doc: &Doc, assets: &Assets, r: &mut Report, out_file: &str) -> String {
    // HTML bodies: shortcodes become HTML, then the whole body Markdown.
    // Markdown bodies: raw HTML blocks first, so the markers stay as written.
    let md = if doc.html {
        super::html::to_markdown(&shortcodes::run(kind, &doc.body, Out::Html).text, kind == Kind::Wordpress).0
    } else {
        let text = if kind == Kind::Jekyll { super::kramdown::strip_attribute_lists(&doc.body) } else { doc.body.clone() };
        shortcodes::run(kind, &super::html::markdown_blocks(&text).0, Out::Markdown).text
    };
    MD_IMAGE
        .replace_all(&md, |c: &regex::Captures| {
            let (alt, src) = (&c[1], &c[2]);
            match assets.resolve(src, doc) {
                Ok(Some(url)) => {
                    if alt.trim().is_empty() {
                        r.no_alt.push(Item::new(out_file, 0, format!("{url} (from {})", doc.source)));
                    }
                    format!("![{alt}]({url})")
                }
                Ok(None) => c[0].to_string(),
                Err(missing) => {
                    r.missing.push(Item::new(out_file, 0, format!("image `{missing}` (from {})", doc.source)));
                    shortcodes::todo(&format!("missing image {missing}"), Out::Markdown)
                }
            }
        })
        .into_owned()
}

/// The front matter table of a page.
fn front_table(m: &Mapped) -> toml::Table {
    let mut t = toml::Table::new();
    for (k, v) in &m.keys {
        if let Some(v) = json_to_toml(v) {
            t.insert(k.clone(), v);
        }
    }
    let extra: toml::Table = m.extra.iter().filter_map(|(k, v)| Some((k.clone(), json_to_toml(v)?))).collect();
    if !extra.is_empty() {
        t.insert("extra".into(), toml::Value::Table(extra));
    }
    t
}

fn page_text(t: &toml::Table, body: &str) -> String {
    format!("+++\n{}+++\n\n{}", toml::to_string(t).unwrap_or_default(), body.trim_start())
}

/// Converts every document into `files`; fills the report's page counts, keys and problems.
pub fn pages(kind: Kind, docs: &[Doc], team: &Team, assets: &Assets, overrides: &[(String, String)], files: &mut Files, r: &mut Report) {
    let mut sections: BTreeMap<String, SectionOut> = BTreeMap::new();
    let mut claimed: BTreeSet<String> = BTreeSet::new();
    // Source file (content-relative) -> new file, for `@/` internal links.
    let mut moved_to: BTreeMap<String, String> = BTreeMap::new();
    let mut home: Option<(String, Mapped)> = None;
    let mut pending: Vec<Pending> = Vec::new();
    // Every section name first, so no top-level page takes a section's address.
    let section_names: BTreeSet<String> =
        docs.iter().filter(|d| d.role != DocRole::Home).map(|d| section_of(d, &front::map(&d.front, false), overrides)).collect();
    for doc in docs {
        let mut m = front::map(&doc.front, doc.role == DocRole::Person);
        let section = section_of(doc, &m, overrides);
        for k in &m.moved {
            *r.moved.entry(k.clone()).or_default() += 1;
        }
        for k in &m.dropped {
            *r.dropped.entry(k.clone()).or_default() += 1;
        }
        if doc.role == DocRole::Home {
            moved_to.insert(doc.source.strip_prefix("content/").unwrap_or(&doc.source).to_string(), "_index.md".into());
            let b = body(kind, doc, assets, r, "content/_index.md");
            home = Some((b, m));
            continue;
        }
        if doc.role == DocRole::Page && section.is_empty() && doc.stem == "404" {
            r.todo.push(Item::new(
                &doc.source,
                0,
                "not imported: carepress writes the 404 page from the theme (override templates/404.html to change it)".into(),
            ));
            continue;
        }
        // A Jekyll folder's index introduces its section only where the
        // section keeps the folder's address (`blog/` becomes `tips`, so
        // blog/index.html stays a page, its old address an alias).
        let keeps_address = kind != Kind::Jekyll || doc.old_url.as_deref().map(norm_url) == Some(format!("/{section}/"));
        if doc.role == DocRole::SectionIndex && keeps_address {
            moved_to.insert(doc.source.strip_prefix("content/").unwrap_or(&doc.source).to_string(), format!("{section}/_index.md"));
            let s = sections.entry(section.clone()).or_default();
            s.title = m.keys.get("title").and_then(Value::as_str).map(String::from);
            s.description = m.keys.get("description").and_then(Value::as_str).map(String::from);
            s.body = body(kind, doc, assets, r, &format!("content/{section}/_index.md"));
            continue;
        }
        let title = m.keys.get("title").and_then(Value::as_str).map(str::trim).filter(|t| !t.is_empty()).map(String::from);
        let title = title.unwrap_or_else(|| {
            r.todo.push(Item::new(&doc.source, 0, "had no title; the file name was used".into()));
            doc.stem.replace(['-', '_'], " ")
        });
        m.keys.insert("title".into(), Value::String(title.clone()));
        let slug = choose_slug(doc, &m, &title, &section, &claimed, &section_names);
        let url = if section.is_empty() { format!("/{slug}/") } else { format!("/{section}/{slug}/") };
        claimed.insert(url.clone());
        // The file is named by the slug, so no `slug` key is needed.
        m.keys.remove("slug");
        let file = if section.is_empty() { format!("content/{slug}.md") } else { format!("content/{section}/{slug}.md") };
        moved_to.insert(doc.source.strip_prefix("content/").unwrap_or(&doc.source).to_string(), file["content/".len()..].to_string());
        let mut aliases = front::string_list(m.keys.get("aliases"));
        if let Some(old) = &doc.old_url
            && norm_url(old) != url
        {
            aliases.push(old.clone());
        }
        resolve_image(&mut m, doc, assets, &title, &file, r);
        resolve_author(&mut m, team, &file, r);
        let s = sections.entry(section.clone()).or_default();
        s.pages += 1;
        if !m.keys.contains_key("date") {
            s.missing_dates = true;
        }
        m.keys.remove("aliases");
        let body = body(kind, doc, assets, r, &file);
        pending.push((file, front_table(&m), body, aliases, doc.source.clone()));
    }
    write_pages(pending, &claimed, &sections, files, r);
    write_sections(sections, home, &mut moved_to, files, r);
    relink(&moved_to, files, r);
}

/// A free slug for the page: its `slug`, file name or title, made unique in its section.
fn choose_slug(doc: &Doc, m: &Mapped, title: &str, section: &str, claimed: &BTreeSet<String>, section_names: &BTreeSet<String>) -> String {
    let wanted = m.keys.get("slug").and_then(Value::as_str).map(slugify).unwrap_or_else(|| slugify(&doc.stem));
    let wanted = if wanted.is_empty() { slugify(title) } else { wanted };
    let wanted =
        if wanted.is_empty() { "page".to_string() } else { wanted.chars().take(120).collect::<String>().trim_end_matches('-').to_string() };
    let url_of = |slug: &str| if section.is_empty() { format!("/{slug}/") } else { format!("/{section}/{slug}/") };
    // `index` would make the loader read the file as a page bundle's.
    let reserved = |s: &str| {
        s == "index" || section.is_empty() && ["tags", "page", "images", "static", "rss.xml", "feed.json", "atom.xml"].contains(&s)
    };
    let mut slug = wanted.clone();
    let mut n = 2;
    while claimed.contains(&url_of(&slug)) || reserved(&slug) || (section.is_empty() && section_names.contains(&slug)) {
        slug = format!("{wanted}-{n}");
        n += 1;
    }
    slug
}

/// Points `image` at the copied file (with `image_alt`, else a marker), or
/// keeps the source's value under `extra` and reports it.
fn resolve_image(m: &mut Mapped, doc: &Doc, assets: &Assets, title: &str, file: &str, r: &mut Report) {
    let Some(img) = m.image.clone() else { return };
    match assets.resolve(&img, doc) {
        Ok(Some(u)) => {
            m.keys.insert("image".into(), Value::String(u.clone()));
            // A missing alt becomes a marker (listed with the markers).
            let alt = m
                .image_alt
                .clone()
                .filter(|a| !a.trim().is_empty())
                .unwrap_or_else(|| format!("{title} TODO(import): describe this image"));
            m.keys.insert("image_alt".into(), Value::String(alt));
        }
        Ok(None) => {
            m.extra.insert("image".into(), Value::String(img.clone()));
            r.todo.push(Item::new(file, 0, format!("`image` {img} is on another site; download it into static/ to use it")));
        }
        Err(missing) => {
            m.extra.insert("missing_image".into(), Value::String(img.clone()));
            r.missing.push(Item::new(file, 0, format!("`image` {missing} (from {})", doc.source)));
        }
    }
}

/// An author by display name becomes a team slug; else `extra.author` and a report line naming the nearest slugs.
fn resolve_author(m: &mut Mapped, team: &Team, file: &str, r: &mut Report) {
    let Some(a) = m.author.clone() else { return };
    match team.resolve(&a) {
        Some(s) => {
            m.keys.insert("author".into(), Value::String(s));
        }
        None => {
            m.extra.insert("author".into(), Value::String(a.clone()));
            let near = team.nearest(&a);
            let hint = if near.is_empty() {
                "there is no team page yet: write one with `carepress new bio`".to_string()
            } else {
                format!("nearest team slugs: {}", near.join(", "))
            };
            r.authors.push(Item::new(file, 0, format!("author `{a}` is no team page ({hint}); kept as extra.author")));
        }
    }
}

/// One page waiting for its aliases: file, front matter, body, old addresses, source.
type Pending = (String, toml::Table, String, Vec<String>, String);

/// Writes the pages with the aliases that are free: an old address that is
/// now another page's (or a generated file's) address is dropped and reported.
fn write_pages(
    pending: Vec<Pending>,
    claimed: &BTreeSet<String>,
    sections: &BTreeMap<String, SectionOut>,
    files: &mut Files,
    r: &mut Report,
) {
    let mut used_aliases: BTreeSet<String> = BTreeSet::new();
    for (file, mut t, body, aliases, source) in pending {
        let mut keep = Vec::new();
        for a in aliases {
            let n = norm_url(&a);
            let generated = ["/404.html", "/sitemap.xml", "/robots.txt", "/rss.xml", "/atom.xml", "/feed.json", "/tags/", "/index.html"];
            if generated.contains(&n.as_str()) {
                continue;
            }
            match crate::output::paths::alias_file(&a) {
                Ok(_) if !claimed.contains(&n) && !sections.contains_key(n.trim_matches('/')) && used_aliases.insert(n.clone()) => keep.push(toml::Value::String(a)),
                Ok(_) => r.todo.push(Item::new(&file, 0, format!("old address {a} is now another page's address; no redirect was made"))),
                Err(_) if a.contains('?') => r.todo.push(Item::new(
                    &file,
                    0,
                    format!("old address {a} has a query string, which a static site cannot redirect; set up a server redirect if links to it matter (from {source})"),
                )),
                Err(why) => r.todo.push(Item::new(&file, 0, format!("old address {a} cannot be a redirect ({why}) (from {source})"))),
            }
        }
        r.aliases += keep.len();
        if !keep.is_empty() {
            t.insert("aliases".into(), toml::Value::Array(keep));
        }
        let section = file.strip_prefix("content/").and_then(|f| f.split_once('/')).map(|(s, _)| s).unwrap_or("");
        *r.pages.entry(if section.is_empty() { "(top level)".into() } else { section.to_string() }).or_default() += 1;
        files.insert(file, page_text(&t, &body).into_bytes());
    }
}

static INTERNAL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\]\(@/([^)#\s]+)(#[^)\s]*)?\)").expect("valid regex"));

/// Points Zola-style `@/` internal links at the pages' new files; a link
/// to a file that was not imported becomes a marker (it would fail the build).
fn relink(moved_to: &BTreeMap<String, String>, files: &mut Files, r: &mut Report) {
    for (path, bytes) in files.iter_mut().filter(|(p, _)| p.starts_with("content/") && p.ends_with(".md")) {
        let text = String::from_utf8_lossy(bytes);
        if !text.contains("](@/") {
            continue;
        }
        let new = INTERNAL.replace_all(&text, |c: &regex::Captures| {
            let frag = c.get(2).map(|m| m.as_str()).unwrap_or("");
            match find_moved(moved_to, &c[1]) {
                Some(to) => format!("](@/{to}{frag})"),
                None => {
                    r.todo.push(Item::new(path, 0, format!("internal link @/{} names a page that was not imported", &c[1])));
                    format!("] {}", shortcodes::todo(&format!("link to @/{}", &c[1]), Out::Markdown))
                }
            }
        });
        *bytes = new.into_owned().into_bytes();
    }
}

/// Points every link to the new file `from` at `to`; with no `to` (nothing
/// was written there) such links become markers instead of failing the build.
fn retarget(moved_to: &mut BTreeMap<String, String>, from: &str, to: Option<String>) {
    match to {
        Some(to) => moved_to.values_mut().filter(|v| v.as_str() == from).for_each(|v| *v = to.clone()),
        None => moved_to.retain(|_, v| v.as_str() != from),
    }
}

/// The new file of the source file `target` names: the file itself, the
/// page bundle or section of that name (`posts/sun-safety.md` for
/// `posts/sun-safety/index.md`, as Hugo's `ref` finds it), or the one file of
/// that name in some folder (Hugo's `ref "flu.md"`).
fn find_moved<'a>(moved_to: &'a BTreeMap<String, String>, target: &str) -> Option<&'a String> {
    if let Some(to) = moved_to.get(target) {
        return Some(to);
    }
    let stem = target.strip_suffix(".md")?;
    if let Some(to) = moved_to.get(&format!("{stem}/index.md")).or_else(|| moved_to.get(&format!("{stem}/_index.md"))) {
        return Some(to);
    }
    let mut named = moved_to.iter().filter(|(k, _)| k.ends_with(&format!("/{target}")));
    match (named.next(), named.next()) {
        (Some((_, to)), None) => Some(to),
        _ => None,
    }
}

/// Writes each section's `_index.md` and the home page. A source section
/// with an introduction but no pages (a Hugo list page or a Zola section
/// used as a page) becomes a top-level page at the same address, and `@/`
/// links to its `_index.md` follow it there.
fn write_sections(
    sections: BTreeMap<String, SectionOut>,
    home: Option<(String, Mapped)>,
    moved_to: &mut BTreeMap<String, String>,
    files: &mut Files,
    r: &mut Report,
) {
    for (name, s) in sections {
        if name.is_empty() {
            continue;
        }
        if s.pages == 0 {
            let path = format!("content/{name}.md");
            let as_page = (s.title.is_some() || !s.body.trim().is_empty()) && !files.contains_key(&path) && name != "index";
            if as_page {
                let mut t = toml::Table::new();
                t.insert("title".into(), toml::Value::String(s.title.unwrap_or_else(|| name.replace('-', " "))));
                if let Some(d) = s.description {
                    t.insert("description".into(), toml::Value::String(d));
                }
                files.insert(path, page_text(&t, &s.body).into_bytes());
                *r.pages.entry("(top level)".into()).or_default() += 1;
            }
            retarget(moved_to, &format!("{name}/_index.md"), as_page.then(|| format!("{name}.md")));
            continue;
        }
        let mut t = toml::Table::new();
        let default_title = match name.as_str() {
            "tips" => "Health tips".to_string(),
            "news" => "News".to_string(),
            "team" => "Our team".to_string(),
            "policies" => "Policies".to_string(),
            n => {
                let mut c = n.replace('-', " ");
                if let Some(f) = c.get(..1) {
                    c = f.to_uppercase() + &c[1..];
                }
                c
            }
        };
        t.insert("title".into(), toml::Value::String(s.title.unwrap_or(default_title)));
        if let Some(d) = s.description {
            t.insert("description".into(), toml::Value::String(d));
        }
        t.insert("kind".into(), toml::Value::String(kind_of(&name).into()));
        if s.missing_dates && matches!(kind_of(&name), "tips" | "news") {
            t.insert("sort_by".into(), toml::Value::String("title".into()));
        }
        files.insert(format!("content/{name}/_index.md"), page_text(&t, &s.body).into_bytes());
    }
    let (body, title) = match home {
        Some((b, m)) => (b, m.keys.get("title").and_then(Value::as_str).map(String::from)),
        None => (String::new(), None),
    };
    let mut t = toml::Table::new();
    t.insert("title".into(), toml::Value::String(title.unwrap_or_else(|| "Home".into())));
    files.insert("content/_index.md".into(), page_text(&t, &body).into_bytes());
}
