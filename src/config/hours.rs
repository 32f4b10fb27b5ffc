//! Opening hours as people write them ("Monday-Thursday 7:30 AM-5:30 PM",
//! "Friday 8-2", "Sat 9am-noon", "Sunday closed") turned into schema.org
//! `openingHours` strings ("Mo-Th 07:30-17:30"), which JSON-LD, the header
//! and the home page all read.

const DAYS: [&str; 7] = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];

/// An example for messages: every form this module reads.
pub const EXAMPLE: &str = "\"Monday-Friday 8:00 AM-5:00 PM\", \"Mo-Fr 08:00-17:00\", \"Saturday 9-12\" or \"Sunday closed\"";

/// The day a word names (Monday, Mon, Mo, mondays; case-insensitive).
fn day(word: &str) -> Option<usize> {
    let w = word.trim().trim_end_matches('.').to_lowercase();
    let w = w.strip_suffix('s').filter(|s| s.len() >= 5).unwrap_or(&w);
    const NAMES: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    NAMES.iter().position(|n| {
        // Two letters at least, and a prefix of the name: "th" and "thu",
        // "thur" and "thurs" are Thursday, "tues" is Tuesday.
        w.len() >= 2 && (n.starts_with(w) || (w == "tues" && *n == "tuesday") || (w == "thurs" && *n == "thursday"))
    })
}

/// Days named by the day part ("Monday-Thursday", "Mon, Wed & Fri",
/// "weekdays", "daily").
fn days(part: &str) -> Result<Vec<usize>, String> {
    let p = part.trim().to_lowercase();
    match p.as_str() {
        "weekdays" | "weekday" => return Ok((0..5).collect()),
        "weekends" | "weekend" => return Ok(vec![5, 6]),
        "daily" | "every day" | "everyday" | "7 days" | "seven days" => return Ok((0..7).collect()),
        _ => {}
    }
    let mut out = Vec::new();
    for item in p.split([',', '&', '/']).flat_map(|s| s.split(" and ")).map(str::trim).filter(|s| !s.is_empty()) {
        match item.split_once('-') {
            Some((a, b)) => {
                let (a, b) = (day(a).ok_or_else(|| unknown_day(a))?, day(b).ok_or_else(|| unknown_day(b))?);
                let mut d = a;
                loop {
                    out.push(d);
                    if d == b {
                        break;
                    }
                    d = (d + 1) % 7;
                }
            }
            None => out.push(day(item).ok_or_else(|| unknown_day(item))?),
        }
    }
    if out.is_empty() {
        return Err("it names no days".into());
    }
    Ok(out)
}

fn unknown_day(w: &str) -> String {
    format!("`{}` is not a day of the week", w.trim())
}

/// A time as written: "8", "8:30", "0830", "8am", "8:30 p.m.", "noon".
/// Returns (hour, minute, Some(pm) when AM/PM was written).
fn time(t: &str) -> Option<(u32, u32, Option<bool>)> {
    let t = t.trim().to_lowercase().replace('.', "");
    match t.as_str() {
        "noon" | "midday" => return Some((12, 0, Some(true))),
        "midnight" => return Some((24, 0, None)),
        _ => {}
    }
    let (num, ampm) = if let Some(n) = t.strip_suffix("am").or_else(|| t.strip_suffix('a')) {
        (n.trim(), Some(false))
    } else if let Some(n) = t.strip_suffix("pm").or_else(|| t.strip_suffix('p')) {
        (n.trim(), Some(true))
    } else {
        (t.as_str(), None)
    };
    let (h, m) = match num.split_once(':') {
        Some((h, m)) => (h.parse().ok()?, m.parse().ok()?),
        None if num.len() == 4 => (num[..2].parse().ok()?, num[2..].parse().ok()?),
        None => (num.parse().ok()?, 0),
    };
    if m >= 60 || h > 24 || (ampm.is_some() && !(1..=12).contains(&h)) {
        return None;
    }
    Some((h, m, ampm))
}

fn to_24(h: u32, pm: bool) -> u32 {
    match (h, pm) {
        (12, false) => 0,
        (12, true) => 12,
        (h, true) => h + 12,
        (h, false) => h,
    }
}

/// "7:30 AM-5:30 PM", "8-2", "9am-noon" as ("07:30", "17:30"). Without
/// AM/PM, a closing hour at or before the opening one is in the afternoon
/// ("8-2" is 08:00-14:00), as is an opening hour before 7 ("1-5").
fn range(r: &str) -> Result<(String, String), String> {
    let (a, b) = r.split_once('-').ok_or_else(|| format!("`{}` is not a range of times such as 8:00 AM-5:00 PM", r.trim()))?;
    let bad = |t: &str| format!("`{}` is not a time", t.trim());
    let (mut ah, am, ap) = time(a).ok_or_else(|| bad(a))?;
    let (mut bh, bm, bp) = time(b).ok_or_else(|| bad(b))?;
    match (ap, bp) {
        (Some(x), Some(y)) => (ah, bh) = (to_24(ah, x), to_24(bh, y)),
        (None, Some(y)) => {
            bh = to_24(bh, y);
            // "9-5pm" is 9 AM; "1-5pm" is 1 PM.
            if y && ah < 12 && ah + 12 <= bh && ah < 7 {
                ah += 12;
            }
        }
        (Some(x), None) => {
            ah = to_24(ah, x);
            if bh * 60 + bm <= ah * 60 + am && bh < 12 {
                bh += 12;
            }
        }
        (None, None) => {
            if ah < 7 && ah > 0 {
                ah += 12;
            }
            if bh * 60 + bm <= ah * 60 + am && bh < 12 {
                bh += 12;
            }
        }
    }
    if bh * 60 + bm <= ah * 60 + am {
        return Err(format!("`{}` closes before it opens", r.trim()));
    }
    Ok((format!("{ah:02}:{am:02}"), format!("{bh:02}:{bm:02}")))
}

/// schema.org day list: consecutive days as a range ("Mo-Th"), others
/// separated by commas ("Mo,We,Fr").
fn day_list(days: &[usize]) -> String {
    let mut sorted = days.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    let mut parts = Vec::new();
    let mut i = 0;
    while i < sorted.len() {
        let mut j = i;
        while j + 1 < sorted.len() && sorted[j + 1] == sorted[j] + 1 {
            j += 1;
        }
        parts.push(if j > i { format!("{}-{}", DAYS[sorted[i]], DAYS[sorted[j]]) } else { DAYS[sorted[i]].to_string() });
        i = j + 1;
    }
    parts.join(",")
}

/// One `hours` entry as schema.org `openingHours` strings: one per time
/// range ("Mo-Fr 8-12, 1-5" gives two), none for a closed day. The error
/// says what could not be read.
pub fn normalise(entry: &str) -> Result<Vec<String>, String> {
    let mut s = entry.trim().replace(['–', '—', '−'], "-");
    for word in [" to ", " through ", " thru ", " until ", " till "] {
        s = s.replace(word, "-").replace(&word.to_uppercase(), "-");
    }
    // Spaces around dashes go ("Mon - Fri", "8 am - 5 pm"), so the day part
    // ends at the first space that precedes a digit or a time word.
    let s = collapse_spaces(&s);
    let lower = s.to_lowercase();
    let split = lower
        .char_indices()
        .find(|&(i, c)| c.is_ascii_digit() || ["closed", "noon", "midnight", "by appointment"].iter().any(|w| lower[i..].starts_with(w)))
        .map(|(i, _)| i)
        .unwrap_or(s.len());
    let (day_part, time_part) = s.split_at(split);
    let day_part = day_part.trim().trim_end_matches(':').trim();
    if day_part.is_empty() {
        return Err("it names no days".into());
    }
    let days = days(day_part)?;
    let time_part = time_part.trim();
    if time_part.is_empty() {
        return Err("it gives no times".into());
    }
    if time_part.eq_ignore_ascii_case("closed") {
        return Ok(Vec::new());
    }
    let list = day_list(&days);
    time_part
        .split([',', ';'])
        .flat_map(|r| r.split(" and "))
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .map(|r| range(r).map(|(a, b)| format!("{list} {a}-{b}")))
        .collect()
}

/// Removes spaces around dashes and collapses runs of spaces.
fn collapse_spaces(s: &str) -> String {
    let words: Vec<&str> = s.split_whitespace().collect();
    let joined = words.join(" ");
    joined.replace(" - ", "-").replace(" -", "-").replace("- ", "-")
}

#[cfg(test)]
mod tests {
    use super::normalise;

    fn one(s: &str) -> String {
        let v = normalise(s).unwrap_or_else(|e| panic!("{s}: {e}"));
        v.join(" | ")
    }

    #[test]
    fn the_ways_people_write_hours() {
        assert_eq!(one("Monday-Thursday 7:30 AM-5:30 PM"), "Mo-Th 07:30-17:30");
        assert_eq!(one("Friday 8-2"), "Fr 08:00-14:00");
        assert_eq!(one("Mo-Fr 08:00-17:00"), "Mo-Fr 08:00-17:00");
        assert_eq!(one("Mon – Fri: 9am – 5pm"), "Mo-Fr 09:00-17:00");
        assert_eq!(one("Sat 9am-noon"), "Sa 09:00-12:00");
        assert_eq!(one("Mon, Wed & Fri 8:30-4:30"), "Mo,We,Fr 08:30-16:30");
        assert_eq!(one("Tuesdays and Thursdays 1-5"), "Tu,Th 13:00-17:00");
        assert_eq!(one("Weekdays 9 to 5"), "Mo-Fr 09:00-17:00");
        assert_eq!(one("Monday through Friday 8-12, 1-5"), "Mo-Fr 08:00-12:00 | Mo-Fr 13:00-17:00");
        assert_eq!(one("Thurs 7a-7p"), "Th 07:00-19:00");
        assert_eq!(one("Fr-Mo 10:00-14:00"), "Mo,Fr-Su 10:00-14:00");
        assert_eq!(one("Saturday 9-5pm"), "Sa 09:00-17:00");
        assert_eq!(normalise("Sunday closed"), Ok(vec![]));
        assert_eq!(normalise("Saturday: Closed"), Ok(vec![]));
    }

    #[test]
    fn what_cannot_be_read_is_named() {
        assert!(normalise("8-5").unwrap_err().contains("no days"));
        assert!(normalise("Funday 8-5").unwrap_err().contains("`funday`"));
        assert!(normalise("Monday").unwrap_err().contains("no times"));
        assert!(normalise("Monday 5pm-3pm").unwrap_err().contains("closes before it opens"));
        assert!(normalise("Monday 8:75-9").unwrap_err().contains("not a time"));
    }
}
