//! `carepress init` and `carepress new`: write a starter site or a new page.

use crate::content::slugify;
use crate::error::{Error, Result};
use std::path::{Path, PathBuf};

include!(concat!(env!("OUT_DIR"), "/starter_files.rs"));

/// Writes the starter site into `dir` (created if missing). Refuses to
/// overwrite an existing site.toml or content/ so nothing is lost.
pub fn init(dir: &Path) -> Result<Vec<PathBuf>> {
    if holds_site(dir) {
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
        // The output, and the images a build draws (kept between builds,
        // remade from the sources when missing).
        std::fs::write(&gi, "public/\n.carepress-cache/\n").map_err(|e| Error::io(&gi, e))?;
    }
    Ok(written)
}

/// Whether `dir` already holds a site (its site.toml or content/ exists).
pub fn holds_site(dir: &Path) -> bool {
    dir.join("site.toml").exists() || dir.join("content").exists()
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
    let bio = (kind == NewKind::Bio).then(|| split_bio_title(title));
    // A bio's address is the person's name ("/team/elena-vasquez/"), not
    // the title with its "Dr." and credentials.
    let slug = slugify(bio.as_ref().map_or(title, |b| b.name.as_str()));
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
        NewKind::Tip => {
            // With one clinician on the team there is only one possible
            // author and reviewer: fill them in rather than ask.
            let team = team_slugs(root);
            let who = if team.len() == 1 { team[0].as_str() } else { "" };
            let who = toml_string(who);
            let team_list = if team.is_empty() { "none yet: add one with `carepress new bio`".to_string() } else { team.join(", ") };
            format!(
                "+++\ntitle = {t}\n# One or two sentences for search results and social posts (50-160 characters).\ndescription = \"\"\ndate = {today}\n# Remove this line (or write false) when the tip is ready to publish.\ndraft = true\n# Topics, e.g. [\"vaccines\", \"prevention\"]: each gets its own page.\ntags = []\n# Who wrote it and which clinician checked it: the file name of their bio in\n# content/team/, without \".md\". Your team: {team_list}.\nauthor = {who}\nreviewed_by = {who}\n# The day the clinician checked it; shown as \"Medically reviewed on\".\nlast_reviewed = {today}\n# Where the advice comes from, shown under the tip.\nsources = [\n  # {{ title = \"…\", url = \"https://…\" }},\n]\n+++\n\nWrite the tip in plain language. General health information only: no patient stories.\n"
            )
        }
        NewKind::Bio => {
            let b = bio.unwrap_or_default();
            format!(
                "+++\ntitle = {t}\n# The person's name without \"Dr.\" or letters after it.\nname = {}\n# What patients call the job, e.g. \"Family Physician\", \"Dentist\", \"Dental Hygienist\".\nrole = {}\n# Letters after the name, e.g. \"MD\", \"DDS, MS\".\ncredentials = {}\n# What they focus on, e.g. [\"children's dentistry\", \"implants\"].\nspecialties = []\nlanguages = [\"English\"]\naccepting_new_patients = true\n# Degrees and training, e.g. [\"DDS, University of Washington\"].\neducation = []\n# Order on the team page: smaller numbers first.\nweight = 10\n# Remove this line (or write false) when the bio is ready to publish.\ndraft = true\n+++\n\nA short professional biography: training, interests and approach to care.\nKeep it about the clinician: never describe individual patients.\n",
                toml_string(&b.name),
                toml_string(&b.role),
                toml_string(&b.credentials)
            )
        }
        NewKind::Policy => format!(
            "+++\ntitle = {t}\ndescription = \"\"\n# The date this policy last changed; shown as \"Last updated\".\nupdated = {today}\ndraft = true\n+++\n\nWrite the policy here, in your practice's words, reviewed by your privacy or compliance officer.\n"
        ),
        NewKind::News => format!(
            "+++\ntitle = {t}\ndescription = \"\"\ndate = {today}\ndraft = true\ntags = []\n+++\n\nWrite the news here: what changes, from when, and what patients need to do.\n"
        ),
    };
    std::fs::write(&path, body).map_err(|e| Error::io(&path, e))?;
    Ok(path)
}

/// Slugs of the team's bios (content/team/*.md), sorted.
fn team_slugs(root: &Path) -> Vec<String> {
    let Ok(rd) = std::fs::read_dir(root.join("content/team")) else { return Vec::new() };
    let mut out: Vec<String> = rd
        .flatten()
        .filter_map(|e| {
            let p = e.path();
            let stem = p.file_stem()?.to_str()?.to_string();
            (p.extension().is_some_and(|x| x == "md") && stem != "_index").then_some(stem)
        })
        .collect();
    out.sort();
    out
}

/// A bio title taken apart: "Dr. Elena Vasquez, DDS" is the name "Elena
/// Vasquez" with credentials "DDS" and the role "Dentist".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BioTitle {
    pub name: String,
    pub credentials: String,
    pub role: String,
}

/// Splits a bio title into name, credentials and a role guessed from the
/// credentials (empty when they do not say). Credentials follow a comma, or
/// are trailing all-capital words ("Elena Vasquez DDS").
pub fn split_bio_title(title: &str) -> BioTitle {
    let (head, mut creds) = match title.split_once(',') {
        Some((h, c)) => (h.trim().to_string(), c.split(',').map(str::trim).filter(|c| !c.is_empty()).map(String::from).collect()),
        None => (title.trim().to_string(), Vec::new()),
    };
    let mut words: Vec<&str> = head.split_whitespace().collect();
    if words.first().is_some_and(|w| ["dr.", "dr", "doctor"].contains(&w.to_lowercase().as_str())) {
        words.remove(0);
    }
    // Trailing credentials without a comma: all capitals, with at most a
    // hyphen or dot inside ("MD", "PA-C", "Ph.D."), never the only word.
    let mut trailing = Vec::new();
    while words.len() > 1 {
        let w = words[words.len() - 1];
        let letters: String = w.chars().filter(|c| c.is_alphabetic()).collect();
        let credential = letters.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase() || "-.".contains(c) || c == 'h');
        if !credential {
            break;
        }
        trailing.insert(0, w.to_string());
        words.pop();
    }
    trailing.append(&mut creds);
    let credentials = trailing.join(", ");
    let role = role_for(&trailing).to_string();
    BioTitle { name: words.join(" "), credentials, role }
}

fn role_for(credentials: &[String]) -> &'static str {
    let has = |c: &str| credentials.iter().any(|x| x.replace('.', "").eq_ignore_ascii_case(c));
    if has("DDS") || has("DMD") {
        "Dentist"
    } else if has("MD") || has("DO") {
        "Physician"
    } else if has("NP") || has("FNP-C") || has("FNP") || has("APRN") {
        "Nurse Practitioner"
    } else if has("PA-C") || has("PA") {
        "Physician Assistant"
    } else if has("RDH") {
        "Dental Hygienist"
    } else if has("CNM") {
        "Nurse Midwife"
    } else if has("RN") {
        "Registered Nurse"
    } else if has("PTA") {
        "Physical Therapist Assistant"
    } else if has("DPT") || has("PT") || has("MPT") || has("MSPT") {
        "Physical Therapist"
    } else if has("OTR/L") || has("OTR") || has("OT") || has("OTD") {
        "Occupational Therapist"
    } else if has("OD") {
        "Optometrist"
    } else if has("DPM") {
        "Podiatrist"
    } else if has("DC") {
        "Chiropractor"
    } else if has("RDN") || has("RD") {
        "Registered Dietitian"
    } else if has("LCSW") {
        "Clinical Social Worker"
    } else {
        ""
    }
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

    #[test]
    fn bio_titles_split_into_name_credentials_and_role() {
        let b = split_bio_title("Dr. Elena Vasquez, DDS");
        assert_eq!(b, BioTitle { name: "Elena Vasquez".into(), credentials: "DDS".into(), role: "Dentist".into() });
        let b = split_bio_title("Marcus Oyelaran MD FAAFP");
        assert_eq!((b.name.as_str(), b.credentials.as_str(), b.role.as_str()), ("Marcus Oyelaran", "MD, FAAFP", "Physician"));
        let b = split_bio_title("Kim Lee, RDH");
        assert_eq!((b.name.as_str(), b.role.as_str()), ("Kim Lee", "Dental Hygienist"));
        let b = split_bio_title("Jo Reid");
        assert_eq!((b.name.as_str(), b.credentials.as_str(), b.role.as_str()), ("Jo Reid", "", ""));
        assert_eq!(split_bio_title("Sam Ng, Ph.D., LCSW").credentials, "Ph.D., LCSW");
        // Therapists, found in the walkthrough of a physiotherapy practice.
        assert_eq!(split_bio_title("Dr. Maya Okafor, PT, DPT").role, "Physical Therapist");
        assert_eq!(split_bio_title("Liam Brennan, PT, OCS").role, "Physical Therapist");
        assert_eq!(split_bio_title("Ana Ruiz, PTA").role, "Physical Therapist Assistant");
        assert_eq!(split_bio_title("Tom Berg, OTR/L").role, "Occupational Therapist");
        assert_eq!(split_bio_title("Dr. Lena Holt, OD").role, "Optometrist");
        assert_eq!(split_bio_title("Sam Ng, Ph.D.").role, "");
    }

    #[test]
    fn new_tip_names_the_only_clinician_as_author_and_reviewer() {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(d.path().join("site.toml"), "").unwrap();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        let bio = new_page(d.path(), NewKind::Bio, "Dr. Elena Vasquez, DDS", today).unwrap();
        assert!(bio.ends_with("content/team/elena-vasquez.md"), "{}", bio.display());
        let tip = std::fs::read_to_string(new_page(d.path(), NewKind::Tip, "Floss daily", today).unwrap()).unwrap();
        assert!(tip.contains("author = \"elena-vasquez\"") && tip.contains("reviewed_by = \"elena-vasquez\""), "{tip}");
        new_page(d.path(), NewKind::Bio, "Kim Lee, RDH", today).unwrap();
        let tip = std::fs::read_to_string(new_page(d.path(), NewKind::Tip, "Brush twice", today).unwrap()).unwrap();
        assert!(tip.contains("author = \"\"") && tip.contains("Your team: elena-vasquez, kim-lee."), "{tip}");
    }
}
