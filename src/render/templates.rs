//! Tera templates: the built-in theme is compiled into the binary (so `init`
//! sites use it without copying); `themes/<name>/templates/` and then the
//! site's `templates/` override it file by file.

use crate::error::{Diagnostic, Error, Result};
use std::path::Path;

/// The built-in theme's templates, by name.
pub const BUILTIN: &[(&str, &str)] = &[
    ("base.html", include_str!("../../theme/templates/base.html")),
    ("macros.html", include_str!("../../theme/templates/macros.html")),
    ("card.html", include_str!("../../theme/templates/card.html")),
    ("header.html", include_str!("../../theme/templates/header.html")),
    ("alerts.html", include_str!("../../theme/templates/alerts.html")),
    ("footer.html", include_str!("../../theme/templates/footer.html")),
    ("home.html", include_str!("../../theme/templates/home.html")),
    ("section.html", include_str!("../../theme/templates/section.html")),
    ("team.html", include_str!("../../theme/templates/team.html")),
    ("page.html", include_str!("../../theme/templates/page.html")),
    ("bio.html", include_str!("../../theme/templates/bio.html")),
    ("tags.html", include_str!("../../theme/templates/tags.html")),
    ("tag.html", include_str!("../../theme/templates/tag.html")),
    ("404.html", include_str!("../../theme/templates/404.html")),
    ("offline.html", include_str!("../../theme/templates/offline.html")),
];

/// The built-in stylesheet.
pub const BUILTIN_CSS: &str = include_str!("../../theme/static/carepress.css");

/// One template's source, as [`load`] reads it.
#[derive(Debug, Clone)]
pub struct Source {
    /// The name templates use for it (`base.html`, `partials/x.html`).
    pub name: String,
    pub text: String,
    /// Where the user finds it, relative to the site: `templates/...` or
    /// `themes/<name>/templates/...`; the bare name for the built-in theme.
    pub file: std::path::PathBuf,
}

/// The sources of a site's templates: the built-in theme's, overridden
/// file by file by the theme's, then by the site's own.
pub fn sources(root: &Path, theme: &str) -> Result<Vec<Source>> {
    let mut all: Vec<Source> = BUILTIN.iter().map(|(n, t)| Source { name: n.to_string(), text: t.to_string(), file: n.into() }).collect();
    for rel in [Path::new("themes").join(theme).join("templates"), Path::new("templates").to_path_buf()] {
        let dir = root.join(&rel);
        if !dir.is_dir() {
            continue;
        }
        for e in walkdir::WalkDir::new(&dir).sort_by_file_name().into_iter().filter_map(|e| e.ok()) {
            if !e.file_type().is_file() {
                continue;
            }
            let name = e.path().strip_prefix(&dir).unwrap_or(e.path()).to_string_lossy().replace('\\', "/");
            let text = std::fs::read_to_string(e.path()).map_err(|err| Error::io(e.path(), err))?;
            all.retain(|s| s.name != name);
            all.push(Source { file: rel.join(&name), name, text });
        }
    }
    Ok(all)
}

/// Loads the template set for a site.
pub fn load(root: &Path, theme: &str) -> Result<tera::Tera> {
    let all: Vec<(String, String)> = sources(root, theme)?.into_iter().map(|s| (s.name, s.text)).collect();
    let mut t = tera::Tera::default();
    t.autoescape_on(vec![".html", ".xml"]);
    // Tera's default escaper also encodes `/`, which bloats every URL; the
    // five characters below are all HTML needs in text and quoted attributes.
    t.set_escape_fn(crate::escape::html_attr);
    t.add_raw_templates(all).map_err(|e| template_error(root, &e))?;
    Ok(t)
}

/// Describes a Tera error with its whole cause chain (Tera puts the useful
/// part, such as the line of a syntax error, in the causes).
pub fn template_error(root: &Path, e: &tera::Error) -> Error {
    let msg = crate::error::cause_chain(e);
    let name = msg.split('\'').nth(1).unwrap_or("templates").to_string();
    let file = if root.join("templates").join(&name).exists() { format!("templates/{name}") } else { name };
    let (line, col) = msg
        .split("-->")
        .nth(1)
        .and_then(|s| {
            let mut it = s.trim().split(|c: char| c == ':' || c.is_whitespace());
            Some((it.next()?.parse().ok()?, it.next()?.parse().ok()?))
        })
        .unwrap_or((0, 0));
    Error::one(
        Diagnostic::error("build/template", file, line, col, msg.replace('\n', " "))
            .with_hint("fix the template, or delete the override to use the built-in theme"),
    )
}

/// `template` and `page_template` values that name no template, reported at
/// the page or section that asked for them (rendering would only name the
/// template). Checked before rendering, so the author is sent to the
/// front matter key, not to a template error.
pub fn missing(site: &crate::site::Site, tera: &tera::Tera) -> Vec<Diagnostic> {
    let known: std::collections::HashSet<&str> = tera.get_template_names().collect();
    let hint = |name: &str| {
        let mut names: Vec<&str> = known.iter().copied().filter(|n| n.ends_with(".html") && !n.contains('/')).collect();
        names.sort();
        match crate::error::did_you_mean(name, names.iter().copied()) {
            Some(k) => format!("did you mean `{k}`? Templates are looked up in templates/, then the theme"),
            None => format!("put {name} under templates/, or use one of: {}", names.join(", ")),
        }
    };
    let mut out = Vec::new();
    let mut section_key = |file: &Path, key: &str, name: &str| {
        let text = std::fs::read_to_string(site.root.join(file)).unwrap_or_default();
        let (l, c) = crate::serde_diag::key_position(&text, key);
        out.push(
            Diagnostic::error("build/template", file, l, c, format!("`{key}` is `{name}`, but there is no such template"))
                .with_hint(hint(name)),
        );
    };
    for s in std::iter::once(&site.content.home).chain(&site.content.sections) {
        for (key, value) in [("template", &s.fm.template), ("page_template", &s.fm.page_template)] {
            if let Some(name) = value.as_deref().filter(|n| !known.contains(n)) {
                section_key(&s.file, key, name);
            }
        }
    }
    for i in site.published() {
        let p = &site.content.pages[i].page;
        if let Some(name) = p.fm.template.as_deref().filter(|n| !known.contains(n)) {
            let (l, c) = p.key_pos("template");
            out.push(
                Diagnostic::error("build/template", &p.file, l, c, format!("`template` is `{name}`, but there is no such template"))
                    .with_hint(hint(name)),
            );
        }
    }
    out
}
