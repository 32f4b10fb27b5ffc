//! `carepress report` (SPEC §11): one page for the practice's privacy
//! officer, as HTML ([`html`]) or JSON ([`json`]), from the same loaded site
//! and the same `check` run ([`crate::check::run_on_site`]) the
//! other commands use, so the report and `check` never disagree.
//!
//! What it never prints: flagged text. A PHI, consent or reply finding is
//! its rule, file, line and column; a page with such a finding is named by
//! its file only (its title could be the leak); quoted text in other
//! findings' messages is replaced by "…" ([`collect::redact_quotes`]).
//!
//! Deterministic: every list is sorted, and the only time in it is the
//! build's `now` (`--now`, else the clock).

pub mod collect;
pub mod html;
pub mod json;

use crate::build::{SiteOptions, load_site_lenient};
use crate::error::Result;
use serde::Serialize;

/// The whole report.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// Always "carepress compliance report"; `version` changes when fields do.
    pub report: &'static str,
    pub version: u32,
    /// The moment the report describes (RFC 3339).
    pub now: String,
    pub site: SiteFacts,
    pub summary: Summary,
    /// Every page and listing, in file order.
    pub pages: Vec<PageVerdict>,
    /// Expiring within 30 days first, then expired, unsigned, without expiry, valid.
    pub authorizations: Vec<AuthorizationRow>,
    /// The site's `[compliance] allow`, then each page's, in file order.
    pub allow_entries: Vec<crate::check::AllowEntry>,
    /// Missing first, then overdue (oldest first), then current.
    pub reviews: Vec<ReviewRow>,
    /// Every image the site publishes, by URL.
    pub images: Vec<ImageRow>,
    /// `a11y/*` findings, by file and line.
    pub accessibility: Vec<FindingRow>,
    /// Active alerts in banner order, then scheduled ones.
    pub alerts: Vec<AlertRow>,
    /// Findings of every rule family (all of `check`), counted.
    pub findings_by_family: Vec<FamilyCount>,
}

/// Who the report is about, and the settings that decide its verdicts.
#[derive(Debug, Clone, Serialize)]
pub struct SiteFacts {
    pub title: String,
    pub base_url: String,
    pub practice: String,
    /// `[compliance] phi`: "error" (findings fail the build), "warn" or "off".
    pub phi_mode: &'static str,
    pub review_max_age_days: i64,
}

/// The counts at the top of the report.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Summary {
    pub pages: usize,
    pub pages_clean: usize,
    pub pages_flagged: usize,
    pub pages_with_warnings: usize,
    pub pages_not_checked: usize,
    /// Flagged pages that are published (or would be) under `phi = "error"`:
    /// `build` refuses the site until they are fixed.
    pub pages_blocking_build: usize,
    pub authorizations: usize,
    pub authorizations_expiring_soon: usize,
    pub authorizations_expired: usize,
    pub allow_entries: usize,
    pub reviews_missing: usize,
    pub reviews_overdue: usize,
    pub images: usize,
    pub images_with_source_metadata: usize,
    /// Published copies that still carry identifying metadata: always 0
    /// unless something is badly wrong (each copy is re-inspected).
    pub images_published_with_metadata: usize,
    pub accessibility_errors: usize,
    pub accessibility_warnings: usize,
    pub alerts_active: usize,
    pub alerts_scheduled: usize,
}

/// One finding without its text: where to look, and which rule.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct FindingRef {
    pub rule: String,
    pub severity: crate::error::Severity,
    pub line: usize,
    pub column: usize,
}

/// The PHI guard's verdict on one page or listing.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct PageVerdict {
    pub file: String,
    /// Root-relative URL ("" for a file that failed to load).
    pub path: String,
    /// "page" or "listing" (a section's `_index.md` or the home page).
    pub kind: &'static str,
    /// "published", "draft", "scheduled", "expired", or "not-loaded".
    pub status: &'static str,
    /// The title, withheld (null) when the page has a PHI finding.
    pub title: Option<String>,
    /// "clean", "flagged" (a phi/consent/reply error), "warning" (only
    /// warnings) or "not-checked" (the file does not load: see `build/*`).
    pub verdict: &'static str,
    pub blocks_build: bool,
    /// Its `phi/*`, `consent/*` and `reply/*` findings.
    pub findings: Vec<FindingRef>,
    /// How many page-level allow entries it has.
    pub allow_entries: usize,
}

/// A patient's authorisation on a testimonial or story.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct AuthorizationRow {
    pub file: String,
    pub id: String,
    pub form: Option<String>,
    pub signed: Option<String>,
    pub expires: Option<String>,
    /// Days from `now` to `expires` (negative: expired).
    pub days_left: Option<i64>,
    /// "expiring-soon" (within 30 days), "expired", "unsigned", "no-expiry" or "valid".
    pub state: &'static str,
    pub scope: Vec<String>,
    pub covers: Vec<String>,
    pub page_status: &'static str,
}

/// A page's medical review.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ReviewRow {
    pub file: String,
    pub title: Option<String>,
    /// The reviewer's name from their team page (else the slug as written).
    pub reviewer: Option<String>,
    pub last_reviewed: Option<String>,
    pub age_days: Option<i64>,
    /// "missing", "overdue", "future" or "current".
    pub state: &'static str,
    pub page_status: &'static str,
}

/// One published image and what happened to its metadata.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ImageRow {
    pub url: String,
    pub source: String,
    pub format: &'static str,
    /// What the source file carries ("GPS location", "camera or lens serial number", …).
    pub source_metadata: Vec<&'static str>,
    /// "stripped" (JPEG, PNG, WebP), "copied" (SVG, GIF: no camera
    /// metadata to strip) or "refused" (cannot be published: a build error).
    pub published: &'static str,
    /// The published copy, inspected again, carries no location or identity metadata.
    pub published_clean: bool,
}

/// A finding with its message, quoted text replaced by "…".
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct FindingRow {
    pub rule: String,
    pub severity: crate::error::Severity,
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// An alert that is showing or will show.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct AlertRow {
    pub file: String,
    pub path: String,
    pub title: Option<String>,
    pub level: &'static str,
    /// "active" or "scheduled".
    pub state: &'static str,
    pub from: Option<String>,
    pub until: String,
}

/// How many findings one rule family has.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct FamilyCount {
    pub family: String,
    pub errors: usize,
    pub warnings: usize,
}

/// Output format of `report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Html,
    Json,
}

/// Loads the site, runs every `check` rule on it once, and writes the
/// report in `format`.
pub fn run(opts: &SiteOptions, format: Format) -> Result<String> {
    let (site, problems) = load_site_lenient(opts)?;
    let (findings, allow) = crate::check::run_on_site(&site, problems, &[], &[])?;
    let report = collect::report(&site, &findings, allow);
    Ok(match format {
        Format::Html => html::render(&report),
        Format::Json => json::render(&report),
    })
}
