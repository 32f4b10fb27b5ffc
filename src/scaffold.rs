//! `carepress init` and `carepress new`: write a starter site or a new page.

use crate::content::slugify;
use crate::error::{Error, Result};
use std::path::{Path, PathBuf};

include!(concat!(env!("OUT_DIR"), "/starter_files.rs"));

/// Writes the starter site into `dir` (created if missing). Refuses to
/// overwrite an existing site.toml or content/ so nothing is lost.
pub fn init(dir: &Path) -> Result<Vec<PathBuf>> {
    if dir.join("site.toml").exists() || dir.join("content").exists() {
        return Err(Error::Usage(format!("{} already holds a site (site.toml or content/ exists); choose an empty folder", dir.display())));
    }
    let mut written = Vec::new();
    for (rel, bytes) in STARTER {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
        }
        std::fs::write(&path, bytes).map_err(|e| Error::io(&path, e))?;
        written.push(path);
    }
    let gi = dir.join(".gitignore");
    if !gi.exists() {
        std::fs::write(&gi, "public/\n").map_err(|e| Error::io(&gi, e))?;
    }
    Ok(written)
}

/// The kinds of page `new` can make.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum NewKind {
    Tip,
    Bio,
    Policy,
    News,
}

impl NewKind {
    fn section(self) -> &'static str {
        match self {
            NewKind::Tip => "tips",
            NewKind::Bio => "team",
            NewKind::Policy => "policies",
            NewKind::News => "news",
        }
    }
}

/// Creates `content/<section>/<slug>.md` with front matter for `kind`, as a
/// draft dated `today`, and returns its path. Never overwrites.
pub fn new_page(root: &Path, kind: NewKind, title: &str, today: chrono::NaiveDate) -> Result<PathBuf> {
    let slug = slugify(title);
    if slug.is_empty() {
        return Err(Error::Usage("the title needs at least one letter or digit".into()));
    }
    if !root.join("site.toml").exists() {
        return Err(Error::Usage(format!("{} is not a site (no site.toml); pass --root or run `carepress init` first", root.display())));
    }
    let dir = root.join("content").join(kind.section());
    std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
    let path = dir.join(format!("{slug}.md"));
    if path.exists() {
        return Err(Error::Usage(format!("{} already exists; pick another title or edit that file", path.display())));
    }
    let t = toml_string(title);
    let body = match kind {
        NewKind::Tip => format!(
            "+++\ntitle = {t}\ndescription = \"\"  # one or two sentences, 50-160 characters\ndate = {today}\ndraft = true\ntags = []\nauthor = \"\"        # team page slug\nreviewed_by = \"\"   # team page slug of the clinician who reviewed it\nlast_reviewed = {today}\nsources = [\n  # {{ title = \"…\", url = \"https://…\" }},\n]\n+++\n\nWrite the tip in plain language. General health information only: no patient stories.\n"
        ),
        NewKind::Bio => format!(
            "+++\ntitle = {t}\nname = {t}\nrole = \"\"\ncredentials = \"\"\nspecialties = []\nlanguages = [\"English\"]\naccepting_new_patients = true\neducation = []\nweight = 10\ndraft = true\n+++\n\nA short professional biography.\n"
        ),
        NewKind::Policy => format!("+++\ntitle = {t}\ndescription = \"\"\nupdated = {today}\ndraft = true\n+++\n\nThe policy text.\n"),
        NewKind::News => format!("+++\ntitle = {t}\ndescription = \"\"\ndate = {today}\ndraft = true\ntags = []\n+++\n\nThe news.\n"),
    };
    std::fs::write(&path, body).map_err(|e| Error::io(&path, e))?;
    Ok(path)
}

fn toml_string(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_refuses_to_overwrite_and_escapes_titles() {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(d.path().join("site.toml"), "").unwrap();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        let p = new_page(d.path(), NewKind::Tip, "Flu \"shots\" now", today).unwrap();
        assert!(p.ends_with("content/tips/flu-shots-now.md"));
        let text = std::fs::read_to_string(&p).unwrap();
        assert!(text.contains("title = 'Flu \"shots\" now'") || text.contains("title = \"Flu \\\"shots\\\" now\""), "{text}");
        assert!(new_page(d.path(), NewKind::Tip, "Flu shots now", today).is_err());
    }
}
