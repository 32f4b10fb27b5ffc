//! Dates in the site's time zone: front matter dates and `--now`.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone};
use chrono_tz::Tz;

/// Parses `YYYY-MM-DD`, a local `YYYY-MM-DDTHH:MM[:SS]` (or with a space) in
/// `tz`, or an RFC 3339 time with its own offset.
pub fn parse_datetime(s: &str, tz: Tz) -> Option<DateTime<FixedOffset>> {
    let s = s.trim();
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        return Some(dt);
    }
    if let Ok(dt) = DateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S%:z") {
        return Some(dt);
    }
    let naive = if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        d.and_time(NaiveTime::MIN)
    } else {
        ["%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S%.f"]
            .iter()
            .find_map(|f| NaiveDateTime::parse_from_str(s, f).ok())?
    };
    local(naive, tz)
}

/// A naive local time in `tz` with its real offset (the earlier one in a fold;
/// a time skipped by a DST jump moves forward an hour).
pub fn local(naive: NaiveDateTime, tz: Tz) -> Option<DateTime<FixedOffset>> {
    let dt =
        tz.from_local_datetime(&naive).earliest().or_else(|| tz.from_local_datetime(&(naive + chrono::Duration::hours(1))).earliest())?;
    Some(dt.with_timezone(&dt.offset().fix()))
}

/// Parses `--now`: a date (midnight, site time zone) or an RFC 3339 time.
pub fn parse_now(s: &str, tz: Tz) -> Option<DateTime<FixedOffset>> {
    parse_datetime(s, tz)
}

/// The current time in the site's time zone.
pub fn now_in(tz: Tz) -> DateTime<FixedOffset> {
    let n = chrono::Utc::now().with_timezone(&tz);
    n.with_timezone(&n.offset().fix())
}

/// "March 3, 2026".
pub fn human_date(d: NaiveDate) -> String {
    d.format("%B %-d, %Y").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_take_the_site_zone() {
        let tz: Tz = "America/Chicago".parse().unwrap();
        let d = parse_datetime("2026-07-01", tz).unwrap();
        assert_eq!(d.to_rfc3339(), "2026-07-01T00:00:00-05:00");
        let w = parse_datetime("2026-01-15 09:30", tz).unwrap();
        assert_eq!(w.to_rfc3339(), "2026-01-15T09:30:00-06:00");
        let z = parse_datetime("2026-01-15T09:30:00Z", tz).unwrap();
        assert_eq!(z.to_rfc3339(), "2026-01-15T09:30:00+00:00");
        assert!(parse_datetime("2026-13-01", tz).is_none());
        assert!(parse_datetime("next tuesday", tz).is_none());
    }

    #[test]
    fn human_dates_read_naturally() {
        assert_eq!(human_date(NaiveDate::from_ymd_opt(2026, 3, 3).unwrap()), "March 3, 2026");
    }
}
