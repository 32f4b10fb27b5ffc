//! Gathers the report's rows from the loaded site and the findings of one
//! `check` run.

use super::*;
use crate::check::AllowEntry;
use crate::config::PhiMode;
use crate::content::{Page, Status};
use crate::error::{Diagnostic, Severity};
use crate::images::{self, Format};
use crate::site::Site;
use crate::site::alerts::AlertState;
use std::collections::{BTreeMap, HashSet};
use std::path::Path;

/// Authorisations that expire within this many days come first.
pub const EXPIRING_SOON_DAYS: i64 = 30;

/// The rule families of the PHI guard, whose findings are never quoted.
fn is_phi(rule: &str) -> bool {
    ["phi/", "consent/", "reply/"].iter().any(|p| rule.starts_with(p))
}

/// Builds the report from `site` and every finding of `check` on it.
pub fn report(site: &Site, findings: &[Diagnostic], allow: Vec<AllowEntry>) -> Report {
    let phi_files: HashSet<&Path> = findings.iter().filter(|d| is_phi(&d.rule)).map(|d| d.file.as_path()).collect();
    let title = |p: &Page| (!phi_files.contains(p.file.as_path())).then(|| p.title.clone());
    let pages = verdicts(site, findings, &phi_files);
    let authorizations = authorizations(site);
    let reviews = reviews(site, &title);
    let images = images(site);
    let accessibility: Vec<FindingRow> = findings.iter().filter(|d| d.rule.starts_with("a11y/")).map(finding_row).collect();
    let alerts = alerts(site, &title);
    let summary = Summary {
        pages: pages.len(),
        pages_clean: pages.iter().filter(|p| p.verdict == "clean").count(),
        pages_flagged: pages.iter().filter(|p| p.verdict == "flagged").count(),
        pages_with_warnings: pages.iter().filter(|p| p.verdict == "warning").count(),
        pages_not_checked: pages.iter().filter(|p| p.verdict == "not-checked").count(),
        pages_blocking_build: pages.iter().filter(|p| p.blocks_build).count(),
        authorizations: authorizations.len(),
        authorizations_expiring_soon: authorizations.iter().filter(|a| a.state == "expiring-soon").count(),
        authorizations_expired: authorizations.iter().filter(|a| a.state == "expired").count(),
        allow_entries: allow.len(),
        reviews_missing: reviews.iter().filter(|r| r.state == "missing").count(),
        reviews_overdue: reviews.iter().filter(|r| r.state == "overdue").count(),
        images: images.len(),
        images_with_source_metadata: images.iter().filter(|i| !i.source_metadata.is_empty()).count(),
        images_published_with_metadata: images.iter().filter(|i| !i.published_clean).count(),
        accessibility_errors: accessibility.iter().filter(|f| f.severity == Severity::Error).count(),
        accessibility_warnings: accessibility.iter().filter(|f| f.severity == Severity::Warning).count(),
        alerts_active: alerts.iter().filter(|a| a.state == "active").count(),
        alerts_scheduled: alerts.iter().filter(|a| a.state == "scheduled").count(),
    };
    Report {
        report: "carepress compliance report",
        version: 1,
        now: site.now.to_rfc3339(),
        site: SiteFacts {
            title: site.config.title.clone(),
            base_url: site.config.base_url.clone(),
            practice: site.config.practice.name.clone(),
            phi_mode: phi_mode(site.config.compliance.phi),
            review_max_age_days: site.config.compliance.review_max_age_days,
        },
        summary,
        pages,
        authorizations,
        allow_entries: allow,
        reviews,
        images,
        accessibility,
        alerts,
        findings_by_family: families(findings),
    }
}

fn phi_mode(m: PhiMode) -> &'static str {
    match m {
        PhiMode::Error => "error",
        PhiMode::Warn => "warn",
        PhiMode::Off => "off",
    }
}

fn status(s: Status) -> &'static str {
    match s {
        Status::Published => "published",
        Status::Draft => "draft",
        Status::Scheduled => "scheduled",
        Status::Expired => "expired",
    }
}

fn file_str(p: &Path) -> String {
    p.to_string_lossy().replace('\\', "/")
}

/// The PHI verdict of every page, listing and page that failed to load.
fn verdicts(site: &Site, findings: &[Diagnostic], phi_files: &HashSet<&Path>) -> Vec<PageVerdict> {
    let blocking = site.config.compliance.phi == PhiMode::Error;
    let verdict = |file: &Path, path: &str, kind, st: &'static str, title: &str, allow_entries: usize| {
        let own: Vec<FindingRef> = findings
            .iter()
            .filter(|d| is_phi(&d.rule) && d.file == file)
            .map(|d| FindingRef { rule: d.rule.clone(), severity: d.severity, line: d.line, column: d.column })
            .collect();
        let v = if own.iter().any(|f| f.severity == Severity::Error) {
            "flagged"
        } else if own.is_empty() {
            "clean"
        } else {
            "warning"
        };
        PageVerdict {
            file: file_str(file),
            path: path.to_string(),
            kind,
            status: st,
            title: (!phi_files.contains(file)).then(|| title.to_string()),
            verdict: v,
            blocks_build: blocking && v == "flagged" && st == "published",
            findings: own,
            allow_entries,
        }
    };
    let c = &site.content;
    let mut out: Vec<PageVerdict> =
        std::iter::once(&c.home).chain(&c.sections).map(|s| verdict(&s.file, &s.path, "listing", "published", &s.title, 0)).collect();
    for p in c.iter_pages() {
        let n = p.fm.compliance.as_ref().map_or(0, |x| x.allow.len());
        out.push(verdict(&p.file, &p.path, "page", status(p.status), &p.title, n));
    }
    for rel in &c.failed {
        out.push(PageVerdict {
            file: format!("content/{rel}"),
            path: String::new(),
            kind: "page",
            status: "not-loaded",
            title: None,
            verdict: "not-checked",
            blocks_build: true,
            findings: Vec::new(),
            allow_entries: 0,
        });
    }
    // An implicit section (a folder without `_index.md`) has no file of its own.
    out.retain(|v| v.kind == "page" || site.root.join(&v.file).is_file());
    out.sort_by(|a, b| a.file.cmp(&b.file));
    out
}

/// Every authorisation, those needing action first.
fn authorizations(site: &Site) -> Vec<AuthorizationRow> {
    let today = site.now.date_naive();
    let mut rows: Vec<AuthorizationRow> = site
        .content
        .iter_pages()
        .filter_map(|p| {
            let a = p.fm.authorization.as_ref()?;
            let days_left = p.auth_expires.map(|e| (e - today).num_days());
            let state = match (days_left, p.signed) {
                (Some(d), _) if d < 0 => "expired",
                (Some(d), _) if d <= EXPIRING_SOON_DAYS => "expiring-soon",
                (_, None) => "unsigned",
                (_, Some(s)) if s > today => "unsigned",
                (None, _) => "no-expiry",
                _ => "valid",
            };
            Some(AuthorizationRow {
                file: file_str(&p.file),
                id: a.id.clone(),
                form: a.form.clone(),
                signed: p.signed.map(|d| d.to_string()),
                expires: p.auth_expires.map(|d| d.to_string()),
                days_left,
                state,
                scope: a.scope.clone(),
                covers: a.covers.clone(),
                page_status: status(p.status),
            })
        })
        .collect();
    let rank = |s: &str| ["expiring-soon", "expired", "unsigned", "no-expiry", "valid"].iter().position(|x| *x == s).unwrap_or(9);
    rows.sort_by(|a, b| (rank(a.state), &a.expires, &a.file).cmp(&(rank(b.state), &b.expires, &b.file)));
    rows
}

/// The medical review of every tip and of every other page that has one.
fn reviews(site: &Site, title: &dyn Fn(&Page) -> Option<String>) -> Vec<ReviewRow> {
    let today = site.now.date_naive();
    let max = site.config.compliance.review_max_age_days;
    let mut rows: Vec<ReviewRow> = site
        .content
        .iter_pages()
        .filter(|p| p.kind == crate::content::front_matter::SectionKind::Tips || p.fm.reviewed_by.is_some() || p.last_reviewed.is_some())
        .map(|p| {
            let age = p.last_reviewed.map(|d| (today - d).num_days());
            let state = match (p.fm.reviewed_by.is_some(), age) {
                (false, _) | (_, None) => "missing",
                (_, Some(a)) if a > max => "overdue",
                (_, Some(a)) if a < 0 => "future",
                _ => "current",
            };
            let reviewer = p.fm.reviewed_by.as_ref().map(|slug| match site.team.get(slug) {
                Some(&i) => site.content.pages[i].page.person_name(),
                None => slug.clone(),
            });
            ReviewRow {
                file: file_str(&p.file),
                title: title(p),
                reviewer,
                last_reviewed: p.last_reviewed.map(|d| d.to_string()),
                age_days: age,
                state,
                page_status: status(p.status),
            }
        })
        .collect();
    let rank = |s: &str| ["missing", "overdue", "future", "current"].iter().position(|x| *x == s).unwrap_or(9);
    rows.sort_by(|a, b| {
        (rank(a.state), std::cmp::Reverse(a.age_days), &a.file).cmp(&(rank(b.state), std::cmp::Reverse(b.age_days), &b.file))
    });
    rows
}

/// Every image the site publishes, with its source metadata and the
/// published copy inspected again.
fn images(site: &Site) -> Vec<ImageRow> {
    let mut list: Vec<(&String, &crate::site::assets::Asset)> =
        site.assets.files.iter().filter(|(_, a)| Format::from_path(&a.src) != Format::Other).collect();
    list.sort_by(|a, b| a.0.cmp(b.0));
    list.into_iter()
        .map(|(url, a)| {
            let format = Format::from_path(&a.src);
            let source = std::fs::read(&a.src).ok().and_then(|b| images::inspect(&b, format).ok()).unwrap_or_default();
            let (published, clean) = match (&a.problem, &a.stripped) {
                (Some(_), _) => ("refused", true),
                (None, Some(bytes)) => ("stripped", images::inspect(bytes, format).is_ok_and(|m| !m.identifying())),
                (None, None) => ("copied", !source.identifying()),
            };
            ImageRow {
                url: url.clone(),
                source: file_str(&crate::content::rel_to(&site.root, &a.src)),
                format: format_name(format),
                source_metadata: source.describe(),
                published,
                published_clean: clean,
            }
        })
        .collect()
}

fn format_name(f: Format) -> &'static str {
    match f {
        Format::Jpeg => "jpeg",
        Format::Png => "png",
        Format::Webp => "webp",
        Format::Gif => "gif",
        Format::Svg => "svg",
        Format::Other => "other",
    }
}

/// Active alerts in banner order, then scheduled ones by start.
fn alerts(site: &Site, title: &dyn Fn(&Page) -> Option<String>) -> Vec<AlertRow> {
    let row = |a: &crate::site::alerts::SiteAlert, state| {
        let p = &site.content.pages[a.page].page;
        AlertRow {
            file: file_str(&p.file),
            path: p.path.clone(),
            title: title(p),
            level: a.level.as_str(),
            state,
            from: a.from.map(|d| d.to_rfc3339()),
            until: a.until.to_rfc3339(),
        }
    };
    let mut scheduled: Vec<&crate::site::alerts::SiteAlert> = site.alerts.iter().filter(|a| a.state == AlertState::Scheduled).collect();
    scheduled.sort_by_key(|a| a.from);
    site.alerts
        .iter()
        .filter(|a| a.state == AlertState::Active)
        .map(|a| row(a, "active"))
        .chain(scheduled.into_iter().map(|a| row(a, "scheduled")))
        .collect()
}

fn finding_row(d: &Diagnostic) -> FindingRow {
    FindingRow {
        rule: d.rule.clone(),
        severity: d.severity,
        file: file_str(&d.file),
        line: d.line,
        column: d.column,
        message: redact_quotes(&d.message),
    }
}

/// Every finding of `check`, counted by family (`phi`, `a11y`, …).
fn families(findings: &[Diagnostic]) -> Vec<FamilyCount> {
    let mut m: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for d in findings {
        let e = m.entry(d.rule.split('/').next().unwrap_or(&d.rule)).or_default();
        match d.severity {
            Severity::Error => e.0 += 1,
            Severity::Warning => e.1 += 1,
        }
    }
    m.into_iter().map(|(f, (errors, warnings))| FamilyCount { family: f.to_string(), errors, warnings }).collect()
}

/// `message` with everything it quotes (between backticks, straight or
/// curly double quotes) replaced by "…": alt text, link text and headings
/// are page content, and the report is not where page content is repeated.
pub fn redact_quotes(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(start) = rest.find(['`', '"', '\u{201c}']) {
        let open = rest[start..].chars().next().unwrap_or('"');
        let close = if open == '\u{201c}' { '\u{201d}' } else { open };
        let after = start + open.len_utf8();
        match rest[after..].find(close) {
            Some(len) => {
                out.push_str(&rest[..after]);
                out.push('…');
                out.push(close);
                rest = &rest[after + len + close.len_utf8()..];
            }
            None => {
                out.push_str(&rest[..after]);
                rest = &rest[after..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_are_redacted() {
        assert_eq!(redact_quotes("image alt text `IMG_2041.jpg` looks like a file name"), "image alt text `…` looks like a file name");
        assert_eq!(redact_quotes("second h1 \"Jo\": use h2; link “here” too"), "second h1 \"…\": use h2; link “…” too");
        assert_eq!(redact_quotes("an odd ` alone"), "an odd ` alone");
    }
}
