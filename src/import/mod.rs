//! `carepress import jekyll|hugo|zola|wordpress SOURCE [DIR]` (SPEC §9):
//! an existing site becomes a carepress site in DIR.
//!
//! Readers ([`jekyll`], [`hugo`] for Hugo and Zola, [`wxr`] for WordPress)
//! turn the source into generator-independent [`model`] data; [`config`]
//! writes site.toml, [`convert`] the pages (with [`front`] for front matter,
//! [`shortcodes`] and [`html`] for bodies, [`team`] for bios and authors,
//! [`assets`] for images); [`report`] writes IMPORT-REPORT.md and [`write`]
//! puts it all in place atomically. SOURCE is only ever read.

pub mod assets;
pub mod config;
pub mod convert;
pub mod front;
pub mod html;
pub mod hugo;
pub mod jekyll;
pub mod kramdown;
pub mod model;
pub mod report;
pub mod shortcodes;
pub mod team;
pub mod walk;
pub mod write;
pub mod wxr;

pub use crate::error::ImportError;
pub use model::Kind;
use model::{DocRole, get_str};
use report::{Item, Report};
use std::path::PathBuf;

/// What to import and where.
#[derive(Debug, Clone)]
pub struct Options {
    pub kind: Kind,
    pub source: PathBuf,
    pub dir: PathBuf,
    /// `--section FROM=TO` overrides.
    pub sections: Vec<String>,
    /// Print the report, write nothing.
    pub dry_run: bool,
    /// Run `check` on the new site and list its findings in the report.
    pub check: bool,
}

/// The result of an import.
#[derive(Debug)]
pub struct Outcome {
    pub report: Report,
    /// The report as Markdown (also written as IMPORT-REPORT.md unless a dry run).
    pub text: String,
}

fn parse_sections(raw: &[String]) -> Result<Vec<(String, String)>, ImportError> {
    raw.iter()
        .map(|s| {
            let (from, to) = s.split_once('=').ok_or_else(|| ImportError::BadSection(s.clone()))?;
            let to = to.trim();
            let ok = !to.is_empty() && to.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') && !from.trim().is_empty();
            if ok { Ok((from.trim().to_lowercase(), to.to_string())) } else { Err(ImportError::BadSection(s.clone())) }
        })
        .collect()
}

/// Builds the new site in memory: every file and the report.
pub fn plan(opts: &Options) -> Result<(write::Files, Report), ImportError> {
    let overrides = parse_sections(&opts.sections)?;
    if !opts.source.exists() {
        return Err(ImportError::Source { path: opts.source.clone(), why: "does not exist".into() });
    }
    let mut src = match opts.kind {
        Kind::Jekyll => jekyll::read(&opts.source)?,
        Kind::Hugo | Kind::Zola => hugo::read(&opts.source, opts.kind)?,
        Kind::Wordpress => wxr::read(&opts.source)?,
    };
    let mut files = write::Files::new();
    let mut r = Report { kind: format!("{:?}", opts.kind).to_lowercase(), source: opts.source.display().to_string(), ..Default::default() };
    for (path, why) in &src.skipped {
        r.skipped.push(Item::new(path, 0, format!("skipped: {why}")));
    }
    let base = config_base(&src);
    let (host, prefix) = match &base {
        Some(b) => {
            let rest = b.split_once("://").map(|(_, r)| r).unwrap_or(b);
            let (h, p) = rest.split_once('/').unwrap_or((rest, ""));
            (Some(h.to_string()), if p.trim_matches('/').is_empty() { String::new() } else { format!("/{}", p.trim_matches('/')) })
        }
        None => (None, String::new()),
    };
    let assets = assets::copy(&src, host, prefix, &mut files);
    r.images_copied = assets.copied;
    for (rel, why) in &assets.broken {
        r.missing.push(Item::new(rel, 0, format!("not copied: {why}")));
    }
    // The team: person pages and data file entries.
    let people: Vec<model::Doc> = src.people.iter().map(team::person_doc).collect();
    src.docs.extend(people);
    let mut team = team::Team::default();
    for d in src.docs.iter().filter(|d| d.role == DocRole::Person) {
        let name = get_str(&d.front, "name").or_else(|| get_str(&d.front, "title")).unwrap_or(&d.stem);
        let slug = get_str(&d.front, "slug").map(crate::content::slugify).unwrap_or_else(|| crate::content::slugify(&d.stem));
        team.add(&slug, name);
    }
    let cfg = config::site_toml(&src, opts.kind, &|raw| {
        let probe = model::Doc {
            source: String::new(),
            body_line: 1,
            front: Default::default(),
            body: String::new(),
            html: false,
            role: DocRole::Page,
            group: String::new(),
            stem: String::new(),
            old_url: None,
            bundle: None,
        };
        assets.resolve(raw, &probe).ok().flatten().map(|u| u.trim_start_matches('/').to_string())
    });
    r.config = cfg.todo;
    files.insert("site.toml".into(), cfg.text.into_bytes());
    convert::pages(opts.kind, &src.docs, &team, &assets, &overrides, &mut files, &mut r);
    r.scan_markers(&files);
    Ok((files, r))
}

fn config_base(src: &model::Source) -> Option<String> {
    let c = &src.config;
    let url = get_str(c, "url").map(|u| format!("{}{}", u.trim_end_matches('/'), get_str(c, "baseurl").unwrap_or("")));
    url.or_else(|| ["baseURL", "baseurl", "base_url", "link"].iter().find_map(|k| get_str(c, k)).map(String::from))
        .filter(|u| u.contains("://"))
}

/// Runs an import: refuses a non-empty DIR, writes everything into a
/// staging folder beside it, checks the new site, and renames it into place.
pub fn run(opts: &Options) -> Result<Outcome, ImportError> {
    if !opts.dry_run {
        write::check_dir(&opts.dir, &opts.source)?;
    }
    let (mut files, mut report) = plan(opts)?;
    if opts.dry_run {
        let text = report.render();
        return Ok(Outcome { report, text });
    }
    let staging = write::stage(&opts.dir, &files)?;
    if opts.check {
        check_staged(&staging, &mut report);
    }
    let text = report.render();
    files.insert("IMPORT-REPORT.md".into(), text.clone().into_bytes());
    let path = staging.join("IMPORT-REPORT.md");
    if let Err(e) = std::fs::write(&path, &text) {
        write::abandon(&staging);
        return Err(ImportError::io(path, e));
    }
    write::commit(&staging, &opts.dir)?;
    Ok(Outcome { report, text })
}

/// Runs `check` on the staged site and lists its findings (errors first).
fn check_staged(staging: &std::path::Path, r: &mut Report) {
    let opts = crate::build::SiteOptions { root: staging.to_path_buf(), base_url: None, drafts: false, future: false, now: None };
    match crate::check::run_report(&opts, &[], &[]) {
        Ok((mut findings, _)) => {
            findings.sort_by_key(|d| !d.is_error());
            r.check_errors = findings.iter().filter(|d| d.is_error()).count();
            r.checks = findings.iter().map(|d| d.to_string().replace('\n', " ")).collect();
        }
        Err(e) => r.checks.push(format!("check could not run: {}", e.to_string().replace('\n', " "))),
    }
}
