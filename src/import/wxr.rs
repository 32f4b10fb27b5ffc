//! Reading a WordPress export (WXR): the channel's settings, posts and
//! pages with their categories, tags, excerpts, authors and featured
//! images, and the uploads folder beside the file when there is one.

use super::ImportError;
use super::model::{Asset, Doc, DocRole, Source};
use roxmltree::Node;
use serde_json::{Map, Value};
use std::collections::HashMap;
use std::path::Path;

fn is_wp(n: &Node) -> bool {
    n.tag_name().namespace().is_some_and(|ns| ns.contains("wordpress.org/export") && !ns.contains("excerpt"))
}

fn child<'a>(n: Node<'a, 'a>, name: &str, wp: bool) -> Option<Node<'a, 'a>> {
    n.children().find(|c| c.is_element() && c.tag_name().name() == name && (!wp || is_wp(c)))
}

fn text(n: Node, name: &str, wp: bool) -> String {
    child(n, name, wp).map(|c| c.children().filter_map(|t| t.text()).collect::<String>()).unwrap_or_default().trim().to_string()
}

/// The path of a URL on the old site (`https://x.test/a/b/?p=1` -> `/a/b/`).
pub fn url_path(url: &str) -> String {
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    let path = rest.find('/').map(|i| &rest[i..]).unwrap_or("/");
    path.split(['?', '#']).next().unwrap_or("/").to_string()
}

/// Reads the WXR file `file`; images from `uploads/` beside it when present.
pub fn read(file: &Path) -> Result<Source, ImportError> {
    if !file.is_file() {
        return Err(ImportError::Source { path: file.to_path_buf(), why: "not a file: give the WordPress export (WXR .xml) file".into() });
    }
    let shown = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "export.xml".into());
    let xml = super::walk::read_text(file)?;
    let doc = roxmltree::Document::parse_with_options(&xml, roxmltree::ParsingOptions { allow_dtd: true, ..Default::default() })
        .map_err(|e| ImportError::Parse { file: shown.clone(), line: e.pos().row as usize, message: e.to_string() })?;
    let channel = doc
        .descendants()
        .find(|n| n.has_tag_name("channel"))
        .ok_or_else(|| ImportError::Source { path: file.to_path_buf(), why: "no <channel>: not a WordPress export".into() })?;
    let mut src = Source { config_file: shown.clone(), ..Default::default() };
    for key in ["title", "link", "description", "language"] {
        src.config.insert(key.into(), Value::String(text_of(channel, key)));
    }
    let base = text(channel, "base_blog_url", true);
    if !base.is_empty() {
        src.config.insert("link".into(), Value::String(base));
    }
    let authors: HashMap<String, String> = channel
        .children()
        .filter(|c| c.tag_name().name() == "author" && is_wp(c))
        .map(|a| (text(a, "author_login", true), text(a, "author_display_name", true)))
        .collect();
    let items: Vec<Node> = channel.children().filter(|c| c.has_tag_name("item")).collect();
    let attachments: HashMap<String, String> = items
        .iter()
        .filter(|i| text(**i, "post_type", true) == "attachment")
        .map(|i| (text(*i, "post_id", true), text(*i, "attachment_url", true)))
        .collect();
    let cx = Cx { shown: &shown, authors: &authors, attachments: &attachments };
    src.docs.extend(items.iter().filter_map(|item| item_doc(&doc, *item, &cx)));
    if let Some(dir) = file.parent() {
        let uploads = dir.join("uploads");
        for (rel, abs) in super::walk::files(&uploads, "uploads/", &mut src) {
            if super::walk::is_asset(&abs) {
                src.assets.push(Asset { rel: format!("wp-content/uploads/{rel}"), path: abs });
            }
        }
    }
    Ok(src)
}

/// What every item needs from the channel.
struct Cx<'a> {
    shown: &'a str,
    authors: &'a HashMap<String, String>,
    attachments: &'a HashMap<String, String>,
}

/// A post, page or team member of the export; `None` for anything else
/// (attachments, menus, blocks) and for trashed or auto-saved items.
fn item_doc(doc: &roxmltree::Document, item: Node, cx: &Cx) -> Option<Doc> {
    let item = &item;
    let ptype = text(*item, "post_type", true);
    let status = text(*item, "status", true);
    let role = match ptype.as_str() {
        "post" => DocRole::Post,
        "page" => DocRole::Page,
        t if super::walk::is_team_name(t) || super::walk::is_team_name(&format!("{t}s")) => DocRole::Person,
        _ => return None,
    };
    if status == "trash" || status == "auto-draft" || status == "inherit" {
        return None;
    }
    let line = doc.text_pos_at(item.range().start).row as usize;
    let mut front = Map::new();
    front.insert("title".into(), Value::String(text(*item, "title", false)));
    let date = text(*item, "post_date", true);
    if !date.is_empty() && !date.starts_with("0000") {
        front.insert("date".into(), Value::String(date));
    }
    let modified = text(*item, "post_modified", true);
    if !modified.is_empty() && !modified.starts_with("0000") {
        front.insert("updated".into(), Value::String(modified));
    }
    if status != "publish" {
        front.insert("draft".into(), Value::Bool(true));
    }
    let creator = text_of(*item, "creator");
    if !creator.is_empty() {
        front.insert("author".into(), Value::String(cx.authors.get(&creator).cloned().unwrap_or(creator)));
    }
    terms(*item, cx, &mut front);
    let body = item
        .children()
        .find(|c| c.tag_name().name() == "encoded" && c.tag_name().namespace().is_some_and(|n| n.contains("content")))
        .map(|c| c.children().filter_map(|t| t.text()).collect::<String>())
        .unwrap_or_default();
    let name = text(*item, "post_name", true);
    let stem = if name.is_empty() { crate::content::slugify(get(&front, "title")) } else { name };
    let link = text(*item, "link", false);
    let group = if role == DocRole::Post {
        "posts".to_string()
    } else if role == DocRole::Person {
        ptype.clone()
    } else {
        String::new()
    };
    Some(Doc {
        source: format!("{}:{line}", cx.shown),
        body_line: 1,
        front,
        body,
        html: true,
        role,
        group,
        stem,
        old_url: (!link.is_empty())
            .then(|| if link.contains('?') { format!("/?{}", link.split_once('?').map(|x| x.1).unwrap_or("")) } else { url_path(&link) }),
        bundle: None,
    })
}

/// Categories, tags, the excerpt and the featured image of an item.
fn terms(item: Node, cx: &Cx, front: &mut Map<String, Value>) {
    let mut cats = Vec::new();
    let mut tags = Vec::new();
    for c in item.children().filter(|c| c.has_tag_name("category")) {
        let t = c.text().unwrap_or("").trim().to_string();
        match c.attribute("domain") {
            Some("post_tag") => tags.push(Value::String(t)),
            Some("category") if t != "Uncategorized" => cats.push(Value::String(t)),
            _ => {}
        }
    }
    if !cats.is_empty() {
        front.insert("categories".into(), Value::Array(cats));
    }
    if !tags.is_empty() {
        front.insert("tags".into(), Value::Array(tags));
    }
    let excerpt = item
        .children()
        .find(|c| c.tag_name().name() == "encoded" && c.tag_name().namespace().is_some_and(|n| n.contains("excerpt")))
        .map(|c| c.children().filter_map(|t| t.text()).collect::<String>())
        .unwrap_or_default();
    if !excerpt.trim().is_empty() {
        front.insert("excerpt".into(), Value::String(excerpt.trim().to_string()));
    }
    for meta in item.children().filter(|c| c.tag_name().name() == "postmeta") {
        let (k, v) = (text(meta, "meta_key", true), text(meta, "meta_value", true));
        if k == "_thumbnail_id"
            && let Some(url) = cx.attachments.get(&v).filter(|u| !u.is_empty())
        {
            front.insert("featured_image".into(), Value::String(url.clone()));
        }
    }
}

fn get<'a>(m: &'a Map<String, Value>, k: &str) -> &'a str {
    m.get(k).and_then(Value::as_str).unwrap_or("")
}

/// Text of a child element by local name, whatever its namespace.
fn text_of(n: Node, name: &str) -> String {
    n.children()
        .find(|c| c.is_element() && c.tag_name().name() == name)
        .map(|c| c.children().filter_map(|t| t.text()).collect::<String>())
        .unwrap_or_default()
        .trim()
        .to_string()
}
