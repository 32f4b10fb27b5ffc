//! Front matter: each generator's common keys mapped onto carepress's
//! (SPEC §3), everything else kept under `extra`.

use serde_json::{Map, Value};

/// A page's front matter after mapping.
#[derive(Debug, Default, Clone)]
pub struct Mapped {
    /// carepress keys with their values (strings, lists, booleans, numbers).
    pub keys: Map<String, Value>,
    /// Free data for templates.
    pub extra: Map<String, Value>,
    /// Source keys kept under `extra` (for the report).
    pub moved: Vec<String>,
    /// Source keys dropped because carepress needs no equivalent (`layout`, `permalink`).
    pub dropped: Vec<String>,
    /// The image as the source wrote it (resolved later).
    pub image: Option<String>,
    pub image_alt: Option<String>,
    /// The author as written (a display name or a slug; resolved later against the team).
    pub author: Option<String>,
}

/// Keys carepress pages take as they are.
const SAME: &[&str] = &["title", "slug", "reviewed_by", "last_reviewed", "sources", "social", "channels", "compliance", "authorization"];
/// Team page keys taken as they are.
const TEAM_SAME: &[&str] = &["name", "accepting_new_patients"];
const DESCRIPTION: &[&str] = &["description", "excerpt", "summary", "meta_description", "seo_description", "abstract", "lead"];
const DATE: &[&str] = &["date", "publishDate", "publishdate", "pubDate", "published_at"];
const UPDATED: &[&str] = &["updated", "lastmod", "last_modified_at", "modified", "last_updated", "modified_date"];
const EXPIRES: &[&str] = &["expires", "expiryDate", "expirydate", "expiry_date"];
const IMAGE: &[&str] = &[
    "image",
    "thumbnail",
    "featured_image",
    "featuredImage",
    "feature_image",
    "featured",
    "cover",
    "cover_image",
    "header",
    "og_image",
    "hero_image",
    "hero",
    "banner",
    "photo",
    "picture",
    "avatar",
    "headshot",
    "images",
    "img",
];
const ALT: &[&str] = &["image_alt", "alt", "thumbnail_alt", "featured_image_alt", "image_description", "caption"];
const TAGS: &[&str] = &["tags", "categories", "category", "keywords", "taxonomies"];
const DROPPED: &[&str] =
    &["layout", "permalink", "url", "path", "type", "template", "menu", "menus", "sitemap", "comments", "share", "toc", "published"];

/// The strings of a string or list-of-strings value.
pub fn string_list(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::String(s)) => s.split(',').map(|x| x.trim().to_string()).filter(|x| !x.is_empty()).collect(),
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|x| match x {
                Value::String(s) => Some(s.trim().to_string()),
                Value::Number(n) => Some(n.to_string()),
                Value::Object(o) => o.get("name").or_else(|| o.get("title")).and_then(Value::as_str).map(String::from),
                _ => None,
            })
            .filter(|x| !x.is_empty())
            .collect(),
        _ => Vec::new(),
    }
}

/// A date as carepress reads it: `YYYY-MM-DD`, local `YYYY-MM-DDTHH:MM:SS`, or RFC 3339.
pub fn norm_date(v: &Value) -> Option<String> {
    use chrono::{DateTime, NaiveDate, NaiveDateTime};
    let s = v.as_str()?.trim();
    if let Ok(d) = DateTime::parse_from_rfc3339(s) {
        return Some(d.to_rfc3339());
    }
    for f in ["%Y-%m-%d %H:%M:%S %z", "%Y-%m-%d %H:%M:%S%z", "%Y-%m-%d %H:%M %z", "%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%d %H:%M:%S %:z"] {
        if let Ok(d) = DateTime::parse_from_str(s, f) {
            return Some(d.to_rfc3339());
        }
    }
    for f in ["%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S%.f"] {
        if let Ok(d) = NaiveDateTime::parse_from_str(s, f) {
            return Some(d.format("%Y-%m-%dT%H:%M:%S").to_string());
        }
    }
    let day = s.get(..10).unwrap_or(s);
    NaiveDate::parse_from_str(day, "%Y-%m-%d").ok().map(|d| d.format("%Y-%m-%d").to_string())
}

/// The first text found under `keys` (a string, or a table's `src`/`image`/`url`/`name`).
fn first_text(front: &Map<String, Value>, keys: &[&str]) -> Option<(String, String)> {
    for k in keys {
        let s = match front.get(*k) {
            Some(Value::String(s)) => Some(s.clone()),
            Some(Value::Array(a)) => a.first().and_then(|v| match v {
                Value::String(s) => Some(s.clone()),
                Value::Object(o) => ["src", "image", "url"].iter().find_map(|x| o.get(*x).and_then(Value::as_str)).map(String::from),
                _ => None,
            }),
            Some(Value::Object(o)) => ["image", "src", "url", "name", "teaser", "overlay_image", "path"]
                .iter()
                .find_map(|x| o.get(*x).and_then(Value::as_str))
                .map(String::from),
            _ => None,
        };
        if let Some(s) = s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty()) {
            return Some((k.to_string(), s));
        }
    }
    None
}

/// Maps a page's front matter; `team` adds the team page keys.
pub fn map(front: &Map<String, Value>, team: bool) -> Mapped {
    let mut m = Mapped::default();
    let mut used: Vec<String> = Vec::new();
    let mut take = |keys: &[&str], m: &mut Mapped, to: &str, f: &dyn Fn(&Value) -> Option<Value>| {
        for k in keys {
            if let Some(v) = front.get(*k).and_then(f) {
                m.keys.entry(to.to_string()).or_insert(v);
                used.push(k.to_string());
            }
        }
    };
    let text = |v: &Value| v.as_str().map(str::trim).filter(|s| !s.is_empty()).map(|s| Value::String(s.to_string()));
    take(DESCRIPTION, &mut m, "description", &|v| text(v).map(|s| Value::String(plain(s.as_str().unwrap_or("")))));
    take(DATE, &mut m, "date", &|v| norm_date(v).map(Value::String));
    take(UPDATED, &mut m, "updated", &|v| norm_date(v).map(Value::String));
    take(EXPIRES, &mut m, "expires", &|v| norm_date(v).map(Value::String));
    take(&["weight", "nav_order", "order"], &mut m, "weight", &|v| v.as_i64().map(Value::from));
    take(&["aliases", "redirect_from"], &mut m, "aliases", &|v| {
        let l = string_list(Some(v));
        (!l.is_empty()).then(|| Value::Array(l.into_iter().map(Value::String).collect()))
    });
    for k in SAME {
        if let Some(v) = front.get(*k).filter(|v| carepress_shape(k, v)) {
            m.keys.insert(k.to_string(), v.clone());
            used.push(k.to_string());
        }
    }
    if let Some(d) = front.get("draft").and_then(Value::as_bool) {
        m.keys.insert("draft".into(), Value::Bool(d));
        used.push("draft".into());
    }
    if front.get("published").and_then(Value::as_bool) == Some(false) || unrendered(front, &mut used) {
        m.keys.insert("draft".into(), Value::Bool(true));
    }
    tags(front, &mut m, &mut used);
    image(front, &mut m, &mut used);
    if let Some((k, a)) = first_text(front, &["author", "authors", "doctor", "provider"]) {
        m.author = Some(a);
        used.push(k);
    }
    if team {
        for k in TEAM_SAME {
            if let Some(v) = front.get(*k) {
                m.keys.insert(k.to_string(), v.clone());
                used.push(k.to_string());
            }
        }
        map_team(front, &mut m, &mut used);
    }
    for (k, v) in front {
        if used.iter().any(|u| u == k) || v.is_null() {
            continue;
        }
        if DROPPED.contains(&k.as_str()) {
            m.dropped.push(k.clone());
        } else {
            m.extra.insert(k.clone(), v.clone());
            m.moved.push(k.clone());
        }
    }
    if let Some(Value::Object(e)) = front.get("extra") {
        m.extra.remove("extra");
        m.moved.retain(|k| k != "extra");
        for (k, v) in e {
            m.extra.entry(k.clone()).or_insert(v.clone());
        }
    }
    m
}

/// True for a Hugo page that was never published on its own: `headless =
/// true`, or `_build`/`build` with `render = "never"` (or `false`). It stays
/// a draft, so the import publishes nothing the old site did not.
fn unrendered(front: &Map<String, Value>, used: &mut Vec<String>) -> bool {
    let mut never = false;
    if front.get("headless").and_then(Value::as_bool) == Some(true) {
        used.push("headless".into());
        never = true;
    }
    for k in ["_build", "build"] {
        let render = front.get(k).and_then(|b| b.get("render"));
        if matches!(render, Some(Value::Bool(false))) || render.and_then(Value::as_str) == Some("never") {
            used.push(k.into());
            never = true;
        }
    }
    never
}

/// True when `v` has the form carepress reads under the key `k` of [`SAME`].
/// Other generators use some of these names for other things (a theme's
/// `social` list of profile links, `sources` as plain URLs); such a value is
/// kept under `extra`, where it cannot fail the build.
fn carepress_shape(k: &str, v: &Value) -> bool {
    use crate::content::front_matter as fm;
    match k {
        "title" | "slug" | "reviewed_by" => v.is_string(),
        "last_reviewed" => serde_json::from_value::<fm::RawDate>(v.clone()).is_ok(),
        "sources" => serde_json::from_value::<Vec<fm::SourceFm>>(v.clone()).is_ok(),
        "social" => serde_json::from_value::<fm::SocialFm>(v.clone()).is_ok(),
        "channels" => serde_json::from_value::<Vec<String>>(v.clone())
            .is_ok_and(|l| l.iter().all(|c| matches!(c.as_str(), "website" | "rss" | "social"))),
        "compliance" => serde_json::from_value::<fm::PageComplianceFm>(v.clone()).is_ok(),
        "authorization" => serde_json::from_value::<fm::AuthorizationFm>(v.clone()).is_ok(),
        _ => true,
    }
}

/// The image under any of its usual names, and its alt text.
fn image(front: &Map<String, Value>, m: &mut Mapped, used: &mut Vec<String>) {
    if let Some((k, img)) = first_text(front, IMAGE) {
        m.image = Some(img);
        used.push(k.clone());
        if let Some(Value::Object(o)) = front.get(&k) {
            m.image_alt = ["alt", "image_alt", "caption"].iter().find_map(|x| o.get(*x).and_then(Value::as_str)).map(String::from);
        }
    }
    if m.image_alt.is_none()
        && let Some((k, alt)) = first_text(front, ALT)
    {
        m.image_alt = Some(alt);
        used.push(k);
    }
}

/// `tags` from tags, categories, keywords and Zola taxonomies, without duplicates.
fn tags(front: &Map<String, Value>, m: &mut Mapped, used: &mut Vec<String>) {
    let mut tags: Vec<String> = Vec::new();
    for k in TAGS {
        let v = match (k, front.get(*k)) {
            (&"taxonomies", Some(Value::Object(t))) => t.values().flat_map(|x| string_list(Some(x))).collect(),
            (_, v) => string_list(v),
        };
        if !v.is_empty() {
            used.push(k.to_string());
        }
        for t in v {
            if !tags.iter().any(|x| x.eq_ignore_ascii_case(&t)) && !crate::content::slugify(&t).is_empty() {
                tags.push(t);
            }
        }
    }
    tags.truncate(crate::content::page::MAX_TAGS);
    if !tags.is_empty() {
        m.keys.insert("tags".into(), Value::Array(tags.into_iter().map(Value::String).collect()));
    }
}

/// Team page keys under the names themes give them.
fn map_team(front: &Map<String, Value>, m: &mut Mapped, used: &mut Vec<String>) {
    let mut put = |keys: &[&str], to: &str, list: bool, m: &mut Mapped| {
        for k in keys {
            let vals = string_list(front.get(*k));
            if vals.is_empty() || m.keys.contains_key(to) {
                continue;
            }
            used.push(k.to_string());
            let v = if list { Value::Array(vals.into_iter().map(Value::String).collect()) } else { Value::String(vals.join(", ")) };
            m.keys.insert(to.into(), v);
        }
    };
    put(&["role", "position", "job_title", "jobtitle", "job", "occupation", "subtitle"], "role", false, m);
    put(&["credentials", "degree", "degrees", "suffix", "qualifications"], "credentials", false, m);
    put(&["specialties", "specialty", "specialities", "speciality", "focus"], "specialties", true, m);
    put(&["languages", "language", "spoken_languages"], "languages", true, m);
    if let Some(Value::Array(a)) = front.get("education") {
        let list: Vec<Value> = a
            .iter()
            .filter_map(|e| match e {
                Value::String(s) => Some(s.clone()),
                Value::Object(o) => Some(o.values().filter_map(Value::as_str).collect::<Vec<_>>().join(", ")),
                _ => None,
            })
            .filter(|s| !s.is_empty())
            .map(Value::String)
            .collect();
        m.keys.insert("education".into(), Value::Array(list));
        used.push("education".into());
    }
}

/// Text without HTML tags or Markdown emphasis, on one line (for `description`).
pub fn plain(s: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    let out = out.replace("&nbsp;", " ").replace("&amp;", "&").replace("[&hellip;]", "…").replace("&hellip;", "…").replace(['*', '_'], "");
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn common_keys_map() {
        let f = json!({"title": "A", "layout": "post", "excerpt": "Short", "categories": ["Flu", "News"], "tags": "flu",
            "thumbnail": "/img/a.jpg", "author": "Jane Roe", "permalink": "/a.html", "color": "red",
            "date": "2024-01-02 10:00:00 -0500"});
        let m = map(f.as_object().unwrap(), false);
        assert_eq!(m.keys["description"], "Short");
        assert_eq!(m.keys["tags"], json!(["flu", "News"]));
        assert_eq!(m.image.as_deref(), Some("/img/a.jpg"));
        assert_eq!(m.author.as_deref(), Some("Jane Roe"));
        assert_eq!(m.keys["date"], "2024-01-02T10:00:00-05:00");
        assert_eq!(m.extra["color"], "red");
        assert!(m.dropped.contains(&"layout".to_string()) && m.dropped.contains(&"permalink".to_string()));
    }
}
