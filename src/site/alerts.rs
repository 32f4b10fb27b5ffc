//! The site's alerts (SPEC §3 `alert`, §11): which news pages put a banner
//! on every page and sit at the top of the feeds at the build's `now`, and
//! in what order.
//!
//! Decisions:
//! - An alert shows while its page is published (not a draft, not
//!   scheduled, not expired) and `now` is before `until`. Once `until` has
//!   passed the page stays an ordinary news post; only the banner and the
//!   feed pin go. `schedule` lists the end, so CI rebuilds then.
//! - Order: urgent, then warning, then info; within a level the newest
//!   first; then by URL path, so the order never depends on file order.

use crate::content::Status;
use crate::content::alert::AlertLevel;
use chrono::{DateTime, FixedOffset, TimeZone};

/// Where an alert stands at the build's `now`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AlertState {
    /// Showing: its page is published and `until` is ahead.
    Active,
    /// Its page is dated in the future: the banner starts when it publishes.
    Scheduled,
    /// `until` has passed (or the page expired): no banner.
    Ended,
}

/// One page's alert, resolved against `now`.
#[derive(Debug, Clone, PartialEq)]
pub struct SiteAlert {
    /// Index of the news page in `content.pages`.
    pub page: usize,
    pub level: AlertLevel,
    /// When the banner starts: the page's `date` (None: undated, shows at once).
    pub from: Option<DateTime<FixedOffset>>,
    pub until: DateTime<FixedOffset>,
    pub state: AlertState,
}

/// Every alert of the site that is not a draft, in banner order (see the
/// module docs); ended ones included, for the report.
pub fn collect(content: &super::SiteContent, now: DateTime<FixedOffset>) -> Vec<SiteAlert> {
    let mut out: Vec<SiteAlert> = content
        .iter_pages()
        .enumerate()
        .filter(|(_, p)| p.status != Status::Draft)
        .filter_map(|(i, p)| {
            let a = p.alert.as_ref()?;
            let state = match p.status {
                Status::Published if now < a.until => AlertState::Active,
                Status::Scheduled if p.date.is_none_or(|d| d < a.until) => AlertState::Scheduled,
                _ => AlertState::Ended,
            };
            Some(SiteAlert { page: i, level: a.level, from: p.date, until: a.until, state })
        })
        .collect();
    out.sort_by(|a, b| {
        let (pa, pb) = (&content.pages[a.page].page, &content.pages[b.page].page);
        b.level.cmp(&a.level).then_with(|| b.from.cmp(&a.from)).then_with(|| pa.path.cmp(&pb.path))
    });
    out
}

/// Indices of the pages whose alert is showing, in banner order.
pub fn active_pages(alerts: &[SiteAlert]) -> Vec<usize> {
    alerts.iter().filter(|a| a.state == AlertState::Active).map(|a| a.page).collect()
}

/// What the banner template prints for one showing alert.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Banner {
    pub level: &'static str,
    /// "Notice", "Warning" or "Urgent".
    pub label: &'static str,
    pub title: String,
    /// Root-relative URL of the news page.
    pub url: String,
    pub description: String,
    /// "through March 31, 2027" (an `until` at midnight ends the day
    /// before) or "until December 3, 2026, 5:00 PM".
    pub until: String,
}

impl super::Site {
    /// The banners of the alerts showing at `now`, most serious first.
    pub fn alert_banners(&self) -> Vec<Banner> {
        active_pages(&self.alerts)
            .into_iter()
            .filter_map(|i| {
                let p = &self.content.pages[i].page;
                let a = p.alert.as_ref()?;
                Some(Banner {
                    level: a.level.as_str(),
                    label: a.level.label(),
                    title: p.title.clone(),
                    url: p.path.clone(),
                    description: self.content.pages[i].description.clone(),
                    // Said in the site's time zone, whatever offset `until` was written with.
                    until: until_human(self.config.tz().from_utc_datetime(&a.until.naive_utc()).fixed_offset()),
                })
            })
            .collect()
    }
}

/// How a banner says when it ends, in the site's time zone.
pub fn until_human(until: DateTime<FixedOffset>) -> String {
    let t = until.time();
    if t == chrono::NaiveTime::MIN {
        let last_day = until.date_naive().pred_opt().unwrap_or(until.date_naive());
        format!("through {}", crate::dates::human_date(last_day))
    } else {
        format!("until {}, {}", crate::dates::human_date(until.date_naive()), until.format("%-I:%M %p"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ends_read_as_people_say_them() {
        let at = |s: &str| DateTime::parse_from_rfc3339(s).unwrap();
        assert_eq!(until_human(at("2027-04-01T00:00:00-05:00")), "through March 31, 2027");
        assert_eq!(until_human(at("2026-12-03T17:00:00-06:00")), "until December 3, 2026, 5:00 PM");
    }
}
