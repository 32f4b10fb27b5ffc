//! Front matter: split a file into front matter and body, parse TOML (`+++`)
//! or YAML (`---`) strictly into typed structs, with file line numbers.

use crate::error::Diagnostic;
use crate::serde_diag::{from_toml, from_yaml};
use serde::{Deserialize, Deserializer};
use std::path::Path;

/// Which syntax the front matter uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    Toml,
    Yaml,
}

/// A file split at its front matter fences.
#[derive(Debug, Clone)]
pub struct Split<'a> {
    pub syntax: Syntax,
    /// Front matter text between the fences.
    pub front: &'a str,
    /// 1-based file line of the first front matter line.
    pub front_line: usize,
    /// Markdown body after the closing fence.
    pub body: &'a str,
    /// 1-based file line of the first body line.
    pub body_line: usize,
}

/// Splits `text` into front matter and body.
pub fn split<'a>(text: &'a str, file: &Path) -> Result<Split<'a>, Diagnostic> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (fence, syntax) = if text.starts_with("+++") {
        ("+++", Syntax::Toml)
    } else if text.starts_with("---") {
        ("---", Syntax::Yaml)
    } else {
        return Err(Diagnostic::error("build/front-matter", file, 1, 1, "the file does not start with front matter")
            .with_hint("start the file with a `+++` line, then `title = \"…\"`, then a closing `+++` line (or `---` YAML)"));
    };
    let first_nl = match text.find('\n') {
        Some(i) if text[..i].trim_end() == fence => i + 1,
        _ => {
            return Err(Diagnostic::error(
                "build/front-matter",
                file,
                1,
                1,
                format!("the opening `{fence}` must be alone on the first line"),
            ));
        }
    };
    let mut offset = first_nl;
    for line in text[first_nl..].split_inclusive('\n') {
        if line.trim_end() == fence {
            let front = &text[first_nl..offset];
            let body = &text[offset + line.len()..];
            let front_lines = front.matches('\n').count();
            return Ok(Split { syntax, front, front_line: 2, body, body_line: 3 + front_lines });
        }
        offset += line.len();
    }
    Err(Diagnostic::error("build/front-matter", file, 1, 1, format!("the front matter opened with `{fence}` is never closed"))
        .with_hint(format!("add a line with only `{fence}` after the last front matter key")))
}

/// Parses front matter of either syntax into `T`.
pub fn parse<T: serde::de::DeserializeOwned>(s: &Split, file: &Path) -> Result<T, Diagnostic> {
    if let Some(d) = crate::textfile::check_escapes(s.front, file, s.front_line) {
        return Err(d);
    }
    match s.syntax {
        Syntax::Toml => from_toml(s.front, file, s.front_line),
        Syntax::Yaml => from_yaml(s.front, file, s.front_line),
    }
}

/// Every page key (SPEC §3), team keys included.
pub const PAGE_KEYS: &[&str] = &[
    "title",
    "description",
    "date",
    "updated",
    "expires",
    "draft",
    "slug",
    "aliases",
    "weight",
    "template",
    "tags",
    "image",
    "image_alt",
    "author",
    "reviewed_by",
    "last_reviewed",
    "sources",
    "authorization",
    "review_reply",
    "social",
    "compliance",
    "channels",
    "alert",
    "extra",
    "name",
    "role",
    "credentials",
    "specialties",
    "languages",
    "accepting_new_patients",
    "education",
];

/// Every section key (`_index.md`).
pub const SECTION_KEYS: &[&str] =
    &["title", "description", "kind", "sort_by", "paginate_by", "feed", "template", "page_template", "weight", "hidden", "extra"];

/// Parses front matter like [`parse`], but an unknown key is reported with
/// every other unknown top-level key of the file, so one run lists them all.
pub fn parse_all<T: serde::de::DeserializeOwned>(s: &Split, file: &Path, known: &[&str]) -> Result<T, Vec<Diagnostic>> {
    match parse::<T>(s, file) {
        Ok(v) => Ok(v),
        Err(d) if d.rule == "build/unknown-key" => {
            let keys: Vec<String> = match s.syntax {
                Syntax::Toml => toml::from_str::<toml::Table>(s.front).map(|t| t.keys().cloned().collect()).unwrap_or_default(),
                Syntax::Yaml => serde_norway::from_str::<serde_norway::Mapping>(s.front)
                    .map(|m| m.keys().filter_map(|k| k.as_str().map(String::from)).collect())
                    .unwrap_or_default(),
            };
            let mut all: Vec<Diagnostic> = keys
                .iter()
                .filter(|k| !known.contains(&k.as_str()))
                .map(|k| {
                    let (l, c) = crate::serde_diag::key_position(s.front, k);
                    Diagnostic::error("build/unknown-key", file, l + s.front_line - 1, c, format!("unknown key `{k}`"))
                        .with_hint(crate::serde_diag::unknown_key_hint(k, known))
                })
                .collect();
            if !all.iter().any(|x| x.line == d.line) {
                all.push(d);
            }
            all.sort_by_key(|x| (x.line, x.column));
            Err(all)
        }
        Err(d) => Err(vec![d]),
    }
}

/// A date as written: `YYYY-MM-DD`, a local date-time, or RFC 3339. TOML
/// dates and YAML strings both arrive here; it is validated with the site's
/// time zone when the page is built.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawDate(pub String);

impl<'de> Deserialize<'de> for RawDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = RawDate;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a date like 2026-03-01 or 2026-03-01T09:00:00-06:00")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<RawDate, E> {
                Ok(RawDate(v.trim().to_string()))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut m: A) -> Result<RawDate, A::Error> {
                // toml hands dates over as a one-entry map holding the text.
                let mut out = None;
                while let Some((_, v)) = m.next_entry::<String, String>()? {
                    out = Some(v);
                }
                out.map(RawDate).ok_or_else(|| serde::de::Error::custom("empty date"))
            }
        }
        d.deserialize_any(V)
    }
}

/// A cited source.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SourceFm {
    pub title: String,
    pub url: String,
}

/// Post text for schedulers.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SocialFm {
    pub caption: Option<String>,
    #[serde(default)]
    pub hashtags: Vec<String>,
}

/// The patient's written authorisation for a testimonial or story.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AuthorizationFm {
    pub id: String,
    pub form: Option<String>,
    pub signed: Option<RawDate>,
    pub expires: Option<RawDate>,
    #[serde(default)]
    pub scope: Vec<String>,
    #[serde(default)]
    pub covers: Vec<String>,
}

/// Marks a reply to an online review.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ReviewReplyFm {
    pub platform: String,
    pub reviewer: String,
}

/// A page's own PHI allowlist (SPEC §3 `compliance`): strings the PHI rules
/// accept on this page only, and why. `check` and `report` list every use.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PageComplianceFm {
    #[serde(default)]
    pub allow: Vec<String>,
    /// Required when `allow` is not empty.
    pub reason: Option<String>,
}

/// Page front matter (SPEC §3), strict.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageFm {
    pub title: Option<String>,
    pub description: Option<String>,
    pub date: Option<RawDate>,
    pub updated: Option<RawDate>,
    pub expires: Option<RawDate>,
    #[serde(default)]
    pub draft: bool,
    pub slug: Option<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub weight: Option<i64>,
    pub template: Option<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    pub image: Option<String>,
    pub image_alt: Option<String>,
    pub author: Option<String>,
    pub reviewed_by: Option<String>,
    pub last_reviewed: Option<RawDate>,
    #[serde(default)]
    pub sources: Vec<SourceFm>,
    pub authorization: Option<AuthorizationFm>,
    pub review_reply: Option<ReviewReplyFm>,
    pub social: Option<SocialFm>,
    pub compliance: Option<PageComplianceFm>,
    /// A site-wide banner from a news page (SPEC §3 `alert`).
    pub alert: Option<super::alert::AlertFm>,
    /// Where the page is published (SPEC §3): `website`, `rss`, `social`;
    /// all three when absent.
    pub channels: Option<Vec<String>>,
    #[serde(default)]
    pub extra: serde_json::Map<String, serde_json::Value>,
    // Team pages.
    pub name: Option<String>,
    pub role: Option<String>,
    pub credentials: Option<String>,
    #[serde(default)]
    pub specialties: Vec<String>,
    #[serde(default)]
    pub languages: Vec<String>,
    pub accepting_new_patients: Option<bool>,
    #[serde(default)]
    pub education: Vec<String>,
}

/// Section kinds (SPEC §3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SectionKind {
    Tips,
    Team,
    Policies,
    News,
    Testimonials,
    Pages,
}

impl SectionKind {
    /// The kind a folder name implies when `kind` is not set.
    pub fn from_folder(name: &str) -> SectionKind {
        match name {
            "tips" => SectionKind::Tips,
            "team" => SectionKind::Team,
            "policies" => SectionKind::Policies,
            "news" => SectionKind::News,
            "testimonials" => SectionKind::Testimonials,
            _ => SectionKind::Pages,
        }
    }

    /// Lower-case name as used in rules and templates.
    pub fn as_str(self) -> &'static str {
        match self {
            SectionKind::Tips => "tips",
            SectionKind::Team => "team",
            SectionKind::Policies => "policies",
            SectionKind::News => "news",
            SectionKind::Testimonials => "testimonials",
            SectionKind::Pages => "pages",
        }
    }
}

/// How a section orders its pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SortBy {
    Date,
    Weight,
    Title,
}

/// Section front matter (`_index.md`), strict.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionFm {
    pub title: Option<String>,
    pub description: Option<String>,
    pub kind: Option<SectionKind>,
    pub sort_by: Option<SortBy>,
    pub paginate_by: Option<usize>,
    pub feed: Option<bool>,
    pub template: Option<String>,
    pub page_template: Option<String>,
    /// Order in the navigation (lower first).
    pub weight: Option<i64>,
    /// Hide the section from the main navigation.
    #[serde(default)]
    pub hidden: bool,
    #[serde(default)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_toml_and_yaml_with_line_numbers() {
        let s = split("+++\ntitle = \"a\"\ndate = 2026-01-02\n+++\nBody\n", Path::new("x.md")).unwrap();
        assert_eq!(s.syntax, Syntax::Toml);
        assert_eq!(s.body, "Body\n");
        assert_eq!(s.body_line, 5);
        let fm: PageFm = parse(&s, Path::new("x.md")).unwrap();
        assert_eq!(fm.date, Some(RawDate("2026-01-02".into())));
        let y = split("---\ntitle: a\ndate: 2026-01-02\n---\n\nBody", Path::new("y.md")).unwrap();
        let fm: PageFm = parse(&y, Path::new("y.md")).unwrap();
        assert_eq!(fm.title.as_deref(), Some("a"));
        assert_eq!(fm.date, Some(RawDate("2026-01-02".into())));
        assert_eq!(y.body_line, 5);
    }

    #[test]
    fn unclosed_front_matter_is_an_error() {
        let e = split("+++\ntitle = \"a\"\n", Path::new("x.md")).unwrap_err();
        assert!(e.message.contains("never closed"));
    }
}
