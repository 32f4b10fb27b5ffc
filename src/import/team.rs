//! The team: bios from data files (`_data/doctors.yml`) and team
//! collections, and authors given by display name resolved to team slugs.

use super::model::{Doc, DocRole, Person};
use serde_json::Value;
use std::collections::BTreeMap;

/// "Dr. Jane Q. Roe, MD" -> "jane q roe" (titles, credentials and punctuation dropped).
pub fn normal_name(name: &str) -> String {
    let before_comma = name.split(',').next().unwrap_or(name);
    let words: Vec<String> = before_comma
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .filter(|w| !["dr", "doctor", "mr", "mrs", "ms", "prof", "md", "do", "dds", "dmd", "np", "pa", "rn", "phd"].contains(&w.as_str()))
        .collect();
    words.join(" ")
}

/// The slug of a team member's page.
pub fn person_slug(name: &str) -> String {
    crate::content::slugify(&normal_name(name))
}

/// Team members by slug, to resolve authors.
#[derive(Debug, Default)]
pub struct Team {
    /// normalised name or slug -> slug
    keys: BTreeMap<String, String>,
    pub slugs: Vec<String>,
}

impl Team {
    /// Adds a member known by `slug` and display `name`.
    pub fn add(&mut self, slug: &str, name: &str) {
        self.slugs.push(slug.to_string());
        self.keys.insert(slug.to_string(), slug.to_string());
        self.keys.insert(normal_name(name), slug.to_string());
        self.keys.insert(normal_name(&slug.replace('-', " ")), slug.to_string());
    }

    /// The slug for an author as written (slug, display name, or name with title), if any.
    pub fn resolve(&self, author: &str) -> Option<String> {
        self.keys.get(author).or_else(|| self.keys.get(&normal_name(author))).cloned()
    }

    /// The team slugs closest to `author`, best first (at most three).
    pub fn nearest(&self, author: &str) -> Vec<String> {
        let n = normal_name(author);
        let mut scored: Vec<(f64, &String)> = self.slugs.iter().map(|s| (strsim::jaro_winkler(&n, &s.replace('-', " ")), s)).collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0));
        scored.into_iter().take(3).map(|(_, s)| s.clone()).collect()
    }
}

/// Turns a data file entry into a team page document.
pub fn person_doc(p: &Person) -> Doc {
    let mut front = p.fields.clone();
    if front.contains_key("name")
        && let Some(t) = front.remove("title")
    {
        front.entry("role").or_insert(t);
    }
    let name = front.get("name").or_else(|| front.get("title")).and_then(Value::as_str).unwrap_or("").to_string();
    front.insert("title".into(), Value::String(name.clone()));
    let mut body = String::new();
    for k in ["bio", "content", "about", "description", "text", "biography", "summary"] {
        if let Some(Value::String(s)) = front.remove(k) {
            body = s;
            break;
        }
    }
    let stem = front.get("slug").and_then(Value::as_str).map(String::from).unwrap_or_else(|| person_slug(&name));
    front.remove("slug");
    Doc {
        source: format!("{}:{}", p.source, p.line),
        body_line: 1,
        front,
        body,
        html: false,
        role: DocRole::Person,
        group: "team".into(),
        stem,
        old_url: None,
        bundle: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_resolve_to_slugs() {
        let mut t = Team::default();
        t.add("jane-roe", "Dr. Jane Roe, MD");
        assert_eq!(t.resolve("Jane Roe").as_deref(), Some("jane-roe"));
        assert_eq!(t.resolve("Dr. Jane Roe").as_deref(), Some("jane-roe"));
        assert_eq!(t.resolve("John Doe"), None);
        assert_eq!(t.nearest("Jane Rowe")[0], "jane-roe");
        assert_eq!(person_slug("Dr. Jane Roe, MD"), "jane-roe");
    }
}
