//! `carepress check`: runs every rule family of [`crate::compliance`] on the
//! same loaded site the build uses (plus a render into memory for the HTML
//! rules) and formats the findings for people or as JSON for CI. A command
//! beside `build`, not part of `compliance`: it drives the pipeline, and the
//! rules it runs sit below the pipeline.

use crate::build::{SiteOptions, load_site_lenient, render_all};
use crate::compliance::{self, allowlist, phi, phi_page, rules, to_diagnostic};
use crate::error::{Diagnostic, Error, Result, Severity, sort_diagnostics};
use crate::timings::Timer;
use std::path::PathBuf;

/// One `allow` entry in force: the site's `[compliance] allow` or a page's
/// `compliance = { allow, reason }` (SPEC §3: every use is listed).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct AllowEntry {
    pub entry: String,
    /// "site" or "page".
    pub scope: &'static str,
    /// site.toml or the page's file.
    pub file: PathBuf,
    pub reason: Option<String>,
}

/// The allow entries of the site and of every page.
pub fn allow_entries(site: &crate::site::Site) -> Vec<AllowEntry> {
    let mut out: Vec<AllowEntry> = site
        .config
        .compliance
        .allow
        .iter()
        .map(|e| AllowEntry { entry: e.clone(), scope: "site", file: PathBuf::from("site.toml"), reason: None })
        .collect();
    for p in site.content.iter_pages() {
        if let Some(c) = &p.fm.compliance {
            out.extend(c.allow.iter().map(|e| AllowEntry {
                entry: e.clone(),
                scope: "page",
                file: p.file.clone(),
                reason: c.reason.clone(),
            }));
        }
    }
    out
}

/// The pages the PHI guard judges: published ones and those scheduled for
/// later (they go out without anyone looking again). Drafts only with
/// `--drafts` (loaded as published then), as `build` publishes them: one
/// verdict for both, and a theme's demo drafts left in a site stay quiet.
/// Expired pages are no longer published.
fn to_publish(site: &crate::site::Site) -> Vec<&crate::content::Page> {
    use crate::content::Status;
    site.content.iter_pages().filter(|p| matches!(p.status, Status::Published | Status::Scheduled)).collect()
}

/// Runs the rules (all, or those whose id starts with one of `only`);
/// checks the standalone `files` instead of the site when given.
pub fn run(opts: &SiteOptions, only: &[String], files: &[PathBuf]) -> Result<Vec<Diagnostic>> {
    run_report(opts, only, files).map(|r| r.0)
}

/// [`run`], and the allow entries in force (listed when `only` is empty or
/// names `allow`, and never for standalone files).
pub fn run_report(opts: &SiteOptions, only: &[String], files: &[PathBuf]) -> Result<(Vec<Diagnostic>, Vec<AllowEntry>)> {
    let timing = Timer::new();
    let (site, problems) = load_site_lenient(opts)?;
    timing.mark("load");
    run_on_site(&site, problems, only, files)
}

/// [`run_report`] on a site already loaded with [`load_site_lenient`]
/// (`problems` are its load problems): `carepress report` runs the same
/// rules on the site it reports on, so both give one verdict.
// The rule calls below were written for an owned `site` (`&site`); they are
// left as they are so rule registrations merge cleanly across branches.
#[allow(clippy::needless_borrow)]
pub fn run_on_site(
    site: &crate::site::Site,
    problems: Vec<Diagnostic>,
    only: &[String],
    files: &[PathBuf],
) -> Result<(Vec<Diagnostic>, Vec<AllowEntry>)> {
    let wants = |family: &str| only.is_empty() || only.iter().any(|o| family.starts_with(o.trim_end_matches('/')) || o.starts_with(family));
    let mut out = problems;
    if !files.is_empty() {
        out = standalone(site, files)?;
    } else {
        let allow = allowlist(site);
        // The rules on the loaded site and the render for the HTML rules are
        // independent: run them side by side so each fills the other's idle
        // cores (the render has serial stretches). Findings keep their order.
        let site_rules = || {
            let timing = Timer::new();
            let mut found = Vec::new();
            // The PHI guard yields `phi/*`, `consent/*` and `reply/*` only.
            if wants("phi") || wants("consent") || wants("reply") {
                found.extend(compliance::phi_passes(site, &to_publish(site), &allow));
            }
            timing.mark("phi");
            if wants("image") {
                found.extend(rules::image_metadata(&site));
            }
            if wants("review") {
                found.extend(rules::review_age(&site));
            }
            if wants("meta") {
                found.extend(rules::meta(&site));
            }
            if wants("publish") {
                found.extend(compliance::publish::check(&site));
            }
            if wants("social") {
                found.extend(compliance::social::check(&site));
            }
            timing.mark("image, review, meta, social");
            found
        };
        let html_rules = || -> Result<Vec<Diagnostic>> {
            if !(wants("a11y") || wants("links")) {
                return Ok(Vec::new());
            }
            let timing = Timer::new();
            let tera = crate::render::templates::load(&site.root, &site.config.theme.name)?;
            let sink = rules::CheckSink::default();
            match render_all(&site, &tera, &sink, None) {
                Ok(_) => {
                    timing.mark("render");
                    let found = rules::rendered_html(&site, sink);
                    timing.mark("html rules");
                    Ok(found)
                }
                Err(Error::Content(d)) => Ok(d),
                Err(e) => Err(e),
            }
        };
        let (site_found, html_found) = rayon::join(site_rules, html_rules);
        out.extend(site_found);
        out.extend(html_found?);
    }
    // A file that failed to load was not checked at all: its `build/*` error
    // is shown whatever `only` says, or `--only phi` would pass it silently.
    out.retain(|d| only.is_empty() || d.rule.starts_with("build/") || only.iter().any(|o| d.rule.starts_with(o.as_str())));
    sort_diagnostics(&mut out);
    let mut out = crate::error::once_per_site(out);
    out.dedup();
    let listed = files.is_empty() && (only.is_empty() || only.iter().any(|o| o.starts_with("allow")));
    Ok((out, if listed { allow_entries(site) } else { Vec::new() }))
}

/// Checks drafts that are not part of the site: a Markdown page (with front
/// matter) gets the page rules; plain text gets the PHI rules, and the
/// review-reply rules too when its name says it is a reply or review.
fn standalone(site: &crate::site::Site, files: &[PathBuf]) -> Result<Vec<Diagnostic>> {
    let allow = allowlist(site);
    let mut out = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(f).map_err(|e| Error::io(f, e))?;
        let starts_fm = text.starts_with("+++") || text.starts_with("---");
        if starts_fm {
            let tz = site.config.tz();
            let cx = crate::content::PageContext {
                tz,
                now: site.now,
                drafts: true,
                future: true,
                kind: guess_kind(f),
                section: "",
                date_required: false,
            };
            match crate::content::page::parse_page(f, &f.to_string_lossy(), &text, None, &cx) {
                Ok(p) => {
                    out.extend(phi_page(site, &p, &allow));
                    out.extend(compliance::social::findings(&p, &crate::social::draft_post(site, &p)));
                }
                Err(d) => out.extend(d),
            }
        } else {
            let name = f.file_name().map(|n| n.to_string_lossy().to_lowercase()).unwrap_or_default();
            let reply = name.contains("reply") || name.contains("review") || name.contains("response");
            out.extend(phi::check_text(&text, &allow, reply).into_iter().map(|x| to_diagnostic(f, x)));
        }
    }
    Ok(out)
}

fn guess_kind(f: &std::path::Path) -> crate::content::front_matter::SectionKind {
    let s = f.to_string_lossy();
    ["tips", "team", "policies", "news", "testimonials"]
        .iter()
        .find(|k| s.contains(&format!("/{k}/")))
        .map(|k| crate::content::front_matter::SectionKind::from_folder(k))
        .unwrap_or(crate::content::front_matter::SectionKind::Pages)
}

/// JSON array per SPEC §7: rule, severity, file, line, column, message (and
/// hint). The allow entries in force follow the findings in the same array,
/// each as `{"rule": "allow/entry", "severity": "note", file, line: 0,
/// column: 0, message, "allow": {entry, scope, reason}}`, so consumers that
/// read the array keep working and filter by `severity` as before. The
/// flagged text itself (`--reveal`) is never in JSON.
pub fn to_json(f: &[Diagnostic], allow: &[AllowEntry]) -> String {
    let mut items: Vec<serde_json::Value> = f.iter().filter_map(|d| serde_json::to_value(d).ok()).collect();
    for a in allow {
        items.push(serde_json::json!({
            "rule": "allow/entry",
            "severity": "note",
            "file": a.file,
            "line": 0,
            "column": 0,
            "message": allow_line(a),
            "allow": a,
        }));
    }
    serde_json::to_string_pretty(&items).unwrap_or_else(|_| "[]".into())
}

fn allow_line(a: &AllowEntry) -> String {
    match &a.reason {
        Some(r) => format!("{} allow entry \"{}\" ({r})", a.scope, a.entry),
        None => format!("{} allow entry \"{}\"", a.scope, a.entry),
    }
}

/// Human report grouped by file, coloured on a terminal. With `reveal`
/// (`check --reveal`, only ever at a terminal) each PHI finding also shows
/// the flagged text in full, which is the allow entry that would accept it.
pub fn to_human(f: &[Diagnostic], color: bool, reveal: bool, allow: &[AllowEntry]) -> String {
    let paint = |code: &str, s: &str| if color { format!("\x1b[{code}m{s}\x1b[0m") } else { s.to_string() };
    let mut out = String::new();
    let mut current: Option<&std::path::Path> = None;
    for d in f {
        if current != Some(d.file.as_path()) {
            out.push_str(&format!("\n{}\n", paint("1", &d.file.display().to_string())));
            current = Some(d.file.as_path());
        }
        let sev = match d.severity {
            Severity::Error => paint("31", "error"),
            Severity::Warning => paint("33", "warning"),
        };
        out.push_str(&format!("  {sev} {} {}:{}:{} {}\n", d.rule, d.file.display(), d.line, d.column, d.message));
        if let Some(h) = &d.hint {
            out.push_str(&format!("      {}\n", paint("2", &format!("hint: {h}"))));
        }
        if reveal && let Some(r) = &d.reveal {
            out.push_str(&format!("      flagged text: \"{r}\" (allow entry: \"{r}\")\n"));
        }
    }
    if !allow.is_empty() {
        out.push_str("\nallow entries in force:\n");
        for a in allow {
            out.push_str(&format!("  {}: {}\n", a.file.display(), allow_line(a)));
        }
    }
    let errors = f.iter().filter(|d| d.is_error()).count();
    out.push_str(&format!("\n{errors} error(s), {} warning(s)\n", f.len() - errors));
    out
}
