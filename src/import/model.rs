//! What a source reader hands the converter: documents with their front
//! matter as data, team members from data files, image files and the site's
//! configuration, all independent of the generator they came from.

use serde_json::{Map, Value};
use std::path::PathBuf;

/// Which generator the source was made with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Kind {
    Jekyll,
    Hugo,
    Zola,
    Wordpress,
}

/// What a document is in the source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocRole {
    /// The home page.
    Home,
    /// A section's own page (`_index.md`): its title and introduction.
    SectionIndex,
    /// A dated post (Jekyll `_posts`, WordPress posts).
    Post,
    /// A team member's page (a doctors/team/staff collection or folder).
    Person,
    /// Any other page.
    Page,
}

/// One page of the source.
#[derive(Debug, Clone)]
pub struct Doc {
    /// Where it came from, as the person knows it: `_posts/2024-01-02-flu.md`, `export.xml:120`.
    pub source: String,
    /// 1-based line in `source` where the body starts.
    pub body_line: usize,
    pub front: Map<String, Value>,
    pub body: String,
    /// The body is HTML (WordPress, `.html` pages), not Markdown.
    pub html: bool,
    pub role: DocRole,
    /// The source's folder or collection for it ("posts", "blog", "doctors", "" for top-level pages).
    pub group: String,
    /// Its name in the source (file stem without a Jekyll date, or WordPress post_name).
    pub stem: String,
    /// The address it had on the old site ("/2024/01/02/flu.html"), when known.
    pub old_url: Option<String>,
    /// A Hugo/Zola page bundle's folder (its images move with it).
    pub bundle: Option<PathBuf>,
}

/// A team member from a data file (`_data/doctors.yml`, `data/team.yaml`).
#[derive(Debug, Clone)]
pub struct Person {
    pub source: String,
    pub line: usize,
    pub fields: Map<String, Value>,
}

/// A file to copy into `static/` (through the metadata stripper when it is an image).
#[derive(Debug, Clone)]
pub struct Asset {
    /// Path under `static/` in the new site, and the URL path after `/`.
    pub rel: String,
    pub path: PathBuf,
}

/// Everything read from a source site.
#[derive(Debug, Clone, Default)]
pub struct Source {
    /// The configuration as data (Jekyll `_config.yml`, Hugo/Zola config, WXR channel).
    pub config: Map<String, Value>,
    pub config_file: String,
    pub docs: Vec<Doc>,
    pub people: Vec<Person>,
    pub assets: Vec<Asset>,
    /// Source paths skipped and why (symlinks, unreadable or unsafe files).
    pub skipped: Vec<(String, String)>,
    /// The old site's default permalink pattern for posts (Jekyll/Hugo), if any.
    pub post_permalink: Option<String>,
}

/// A YAML value as JSON data.
pub fn yaml_to_json(v: serde_norway::Value) -> Value {
    match v {
        serde_norway::Value::Null => Value::Null,
        serde_norway::Value::Bool(b) => Value::Bool(b),
        serde_norway::Value::Number(n) => serde_json::to_value(n).unwrap_or(Value::Null),
        serde_norway::Value::String(s) => Value::String(s),
        serde_norway::Value::Sequence(s) => Value::Array(s.into_iter().map(yaml_to_json).collect()),
        serde_norway::Value::Mapping(m) => Value::Object(
            m.into_iter()
                .filter_map(|(k, v)| {
                    let k = match k {
                        serde_norway::Value::String(s) => s,
                        serde_norway::Value::Number(n) => n.to_string(),
                        serde_norway::Value::Bool(b) => b.to_string(),
                        _ => return None,
                    };
                    Some((k, yaml_to_json(v)))
                })
                .collect(),
        ),
        serde_norway::Value::Tagged(t) => yaml_to_json(t.value),
    }
}

/// A TOML value as JSON data (dates become their text).
pub fn toml_to_json(v: toml::Value) -> Value {
    match v {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => Value::from(i),
        toml::Value::Float(f) => serde_json::Number::from_f64(f).map(Value::Number).unwrap_or(Value::Null),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(a) => Value::Array(a.into_iter().map(toml_to_json).collect()),
        toml::Value::Table(t) => Value::Object(t.into_iter().map(|(k, v)| (k, toml_to_json(v))).collect()),
    }
}

/// JSON data as a TOML value (nulls dropped); `None` for a null.
pub fn json_to_toml(v: &Value) -> Option<toml::Value> {
    Some(match v {
        Value::Null => return None,
        Value::Bool(b) => toml::Value::Boolean(*b),
        Value::Number(n) => match n.as_i64() {
            Some(i) => toml::Value::Integer(i),
            None => toml::Value::Float(n.as_f64().unwrap_or(0.0)),
        },
        Value::String(s) => toml::Value::String(s.clone()),
        Value::Array(a) => toml::Value::Array(a.iter().filter_map(json_to_toml).collect()),
        Value::Object(m) => toml::Value::Table(m.iter().filter_map(|(k, v)| Some((k.clone(), json_to_toml(v)?))).collect()),
    })
}

/// Parses front matter text (YAML or TOML) into data; `Err` carries the parser's message.
pub fn parse_front(text: &str, toml_syntax: bool) -> Result<Map<String, Value>, String> {
    if toml_syntax {
        let t: toml::Table = toml::from_str(text).map_err(|e| e.message().to_string())?;
        Ok(t.into_iter().map(|(k, v)| (k, toml_to_json(v))).collect())
    } else if text.trim().is_empty() {
        Ok(Map::new())
    } else {
        match serde_norway::from_str::<serde_norway::Value>(text).map_err(|e| e.to_string())? {
            serde_norway::Value::Mapping(m) => match yaml_to_json(serde_norway::Value::Mapping(m)) {
                Value::Object(o) => Ok(o),
                _ => Ok(Map::new()),
            },
            serde_norway::Value::Null => Ok(Map::new()),
            _ => Err("the front matter is not a table of keys".into()),
        }
    }
}

/// Splits a file into (front matter, is TOML, body, body's first line); `None` without front matter.
pub fn split_front(text: &str) -> Option<(&str, bool, &str, usize)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (fence, toml) = if text.starts_with("+++") {
        ("+++", true)
    } else if text.starts_with("---") {
        ("---", false)
    } else {
        return None;
    };
    let first_nl = text.find('\n')?;
    if text[..first_nl].trim_end() != fence {
        return None;
    }
    let mut offset = first_nl + 1;
    for line in text[first_nl + 1..].split_inclusive('\n') {
        if line.trim_end() == fence || (!toml && line.trim_end() == "...") {
            let front = &text[first_nl + 1..offset];
            let body = &text[offset + line.len()..];
            return Some((front, toml, body, front.matches('\n').count() + 3));
        }
        offset += line.len();
    }
    None
}

/// A string value at `key`, if any (numbers and booleans as text).
pub fn get_str<'a>(m: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    m.get(key).and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty())
}
