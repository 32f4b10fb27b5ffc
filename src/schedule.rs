//! Scheduled and expiring pages, and the ends of alerts: when the site will
//! change by itself.

use crate::content::{Content, Page, Status};
use chrono::{DateTime, FixedOffset};
use serde::Serialize;

/// One upcoming change.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Event {
    pub at: DateTime<FixedOffset>,
    /// "publish", "expire", or "alert-end" (a news page's banner comes down).
    pub what: &'static str,
    pub file: String,
    pub title: String,
    pub path: String,
}

/// Every future publish or expiry time, soonest first. Drafts are left out:
/// they never go live by themselves.
pub fn upcoming<P: AsRef<Page>, S>(content: &Content<P, S>, now: DateTime<FixedOffset>) -> Vec<Event> {
    let mut v = Vec::new();
    for p in content.iter_pages() {
        if p.status == Status::Draft || p.fm.draft {
            continue;
        }
        let ev = |at, what| Event { at, what, file: p.file.display().to_string(), title: p.title.clone(), path: p.path.clone() };
        if let Some(d) = p.date.filter(|d| *d > now) {
            v.push(ev(d, "publish"));
        }
        if let Some(e) = p.expires.filter(|e| *e > now) {
            v.push(ev(e, "expire"));
        }
        // The banner comes down by itself only if the page is still up then.
        if let Some(a) = p.alert.as_ref().filter(|a| a.until > now && p.expires.is_none_or(|e| a.until < e)) {
            v.push(ev(a.until, "alert-end"));
        }
    }
    v.sort_by(|a, b| (a.at, &a.file).cmp(&(b.at, &b.file)));
    v
}

/// The next time the site changes by itself.
pub fn next_change<P: AsRef<Page>, S>(content: &Content<P, S>, now: DateTime<FixedOffset>) -> Option<DateTime<FixedOffset>> {
    upcoming(content, now).first().map(|e| e.at)
}
