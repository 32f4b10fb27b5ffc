//! A news page's `alert` (SPEC §3): a site-wide banner, and the top of the
//! feeds, from the page's publication until `until`.
//!
//! This module turns the front matter table into a typed [`PageAlert`] and
//! reports what is wrong with it at its file position; which alerts are
//! showing at a given moment is the site model's business
//! ([`crate::site::alerts`]).

use super::front_matter::{RawDate, SectionKind};
use crate::error::{Diagnostic, did_you_mean};
use chrono::{DateTime, FixedOffset};
use serde::Deserialize;
use std::path::Path;

/// `alert = { level, until }` as written.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AlertFm {
    /// "info", "warning" or "urgent"; "info" when absent. Kept as text so
    /// a wrong value gets our own message (with the valid ones) at its line.
    pub level: Option<String>,
    /// When the banner comes down. Optional here only so that its absence
    /// is reported with a hint instead of serde's "missing field".
    pub until: Option<RawDate>,
}

/// How serious an alert is; decides its role, colours and order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AlertLevel {
    /// News worth a banner: a flu clinic, new hours.
    Info,
    /// Something that changes a visit: a closure, an outbreak nearby.
    Warning,
    /// Act now: announced to screen readers as it loads (`role="alert"`).
    Urgent,
}

impl AlertLevel {
    /// The values `level` accepts, in the order the docs give them.
    pub const NAMES: [&'static str; 3] = ["info", "warning", "urgent"];

    /// Parses a `level` value (exact, lower case, as SPEC §3 writes them).
    pub fn parse(s: &str) -> Option<AlertLevel> {
        match s {
            "info" => Some(AlertLevel::Info),
            "warning" => Some(AlertLevel::Warning),
            "urgent" => Some(AlertLevel::Urgent),
            _ => None,
        }
    }

    /// Lower-case name, as in front matter, CSS classes and the report.
    pub fn as_str(self) -> &'static str {
        match self {
            AlertLevel::Info => "info",
            AlertLevel::Warning => "warning",
            AlertLevel::Urgent => "urgent",
        }
    }

    /// The word a reader sees before the alert's title.
    pub fn label(self) -> &'static str {
        match self {
            AlertLevel::Info => "Notice",
            AlertLevel::Warning => "Warning",
            AlertLevel::Urgent => "Urgent",
        }
    }
}

/// A validated alert of one page.
#[derive(Debug, Clone, PartialEq)]
pub struct PageAlert {
    pub level: AlertLevel,
    /// The banner shows while the build's `now` is before this instant.
    pub until: DateTime<FixedOffset>,
}

/// What [`validate`] needs to know about the page around the alert.
pub struct AlertInput<'a> {
    pub fm: &'a AlertFm,
    pub file: &'a Path,
    pub kind: SectionKind,
    pub section: &'a str,
    /// The page's publication time (the banner's start).
    pub date: Option<DateTime<FixedOffset>>,
    /// `until`, already parsed by the page's date parser (which reports a
    /// malformed date itself); None when absent or unreadable.
    pub until: Option<DateTime<FixedOffset>>,
    /// File position of a front matter key.
    pub at: &'a dyn Fn(&str) -> (usize, usize),
}

/// Checks an alert against SPEC §3: news pages only, a known `level`, a
/// required `until` after the page's `date`. Pushes every problem found;
/// returns the alert when it is usable.
pub fn validate(input: &AlertInput, problems: &mut Vec<Diagnostic>) -> Option<PageAlert> {
    let AlertInput { fm, file, at, .. } = input;
    let before = problems.len();
    let error = |key: &str, message: String, hint: &str| {
        let (l, c) = at(key);
        Diagnostic::error("build/alert", *file, l, c, message).with_hint(hint)
    };
    if input.kind != SectionKind::News {
        let where_ =
            if input.section.is_empty() { "outside any section".to_string() } else { format!("in the `{}` section", input.section) };
        problems.push(error(
            "alert",
            format!("`alert` is for news pages, and this page is {where_}"),
            "put the announcement in content/news/ (a section of kind \"news\"), or remove `alert`",
        ));
    }
    let level = match fm.level.as_deref() {
        None => Some(AlertLevel::Info),
        Some(raw) => AlertLevel::parse(raw.trim()).or_else(|| {
            let hint = match did_you_mean(&raw.trim().to_lowercase(), AlertLevel::NAMES) {
                Some(k) => format!("did you mean \"{k}\"? `level` is \"info\", \"warning\" or \"urgent\""),
                None => "`level` is \"info\" (news), \"warning\" (a closure, an outbreak) or \"urgent\" (act now)".to_string(),
            };
            problems.push(error("level", format!("`alert.level` is \"{}\", which is not a level", raw.escape_debug()), &hint));
            None
        }),
    };
    match (&fm.until, input.until) {
        (None, _) => problems.push(error(
            "alert",
            "`alert` has no `until`: a banner without an end would stay on every page until someone remembers it".into(),
            "add when the banner comes down, e.g. alert = { level = \"warning\", until = 2026-12-24T17:00:00 } (a date alone means midnight, site time zone)",
        )),
        (Some(_), Some(until)) if input.date.is_some_and(|d| until <= d) => problems.push(error(
            "until",
            "`alert.until` is not after the page's `date`: the banner would never show".into(),
            "set `until` to when the alert stops applying, after `date`",
        )),
        _ => {}
    }
    if problems.len() > before {
        return None;
    }
    Some(PageAlert { level: level?, until: input.until? })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_order_info_warning_urgent() {
        assert!(AlertLevel::Urgent > AlertLevel::Warning && AlertLevel::Warning > AlertLevel::Info);
        for n in AlertLevel::NAMES {
            assert_eq!(AlertLevel::parse(n).map(AlertLevel::as_str), Some(n));
        }
        assert_eq!(AlertLevel::parse("Urgent"), None);
    }
}
