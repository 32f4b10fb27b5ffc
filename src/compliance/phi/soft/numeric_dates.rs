//! Which numeric and named dates are dates (split from [`super`]): a
//! fraction is not the 2nd of January, and a day written first ("14/10/2010")
//! is a date when it has a year.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

/// "decreased by about 1/2", "another 1/2 hour": a half, a third or a
/// quarter, not the 2nd of January, unless a date word comes before it.
pub(super) fn fraction(t: &str, r: &Range<usize>, d: &str) -> bool {
    static DATE_WORD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:on|since|from|until|till|dated?|born|dob|admitted|discharged|seen|visit|surgery|appointment)\s*:?\s*$")
            .unwrap()
    });
    let Some((n, m)) = d.split_once('/') else { return false };
    let (Ok(n), Ok(m)) = (n.parse::<u32>(), m.parse::<u32>()) else { return false };
    // "10/10 !", "5/5 would recommend": a score out of five or ten ends
    // a review; a date has a date word before it ("on 10/10").
    let score = n <= m && (m == 5 || m == 10);
    ((n < m && m <= 4) || score) && !DATE_WORD.is_match(&t[..r.start])
}

/// A matched date string that is a real calendar date: month first, ISO,
/// or day first with a year; a month name with a day of 1 to 31.
pub(super) fn valid_date(d: &str) -> bool {
    let nums: Vec<u32> = d.split(|c: char| !c.is_ascii_digit()).filter(|x| !x.is_empty()).filter_map(|x| x.parse().ok()).collect();
    if d.contains('/') || (d.contains('-') && !d.chars().any(|c| c.is_alphabetic())) {
        if d.len() == 10 && d.as_bytes()[4] == b'-' {
            return nums.len() == 3 && (1..=12).contains(&nums[1]) && (1..=31).contains(&nums[2]);
        }
        // "14/10/2010": day first, as most of the world writes it; only with
        // a year ("24/7 care" is no date).
        let day_first = nums.len() == 3 && (13..=31).contains(&nums[0]) && (1..=12).contains(&nums[1]);
        return day_first || (nums.len() >= 2 && (1..=12).contains(&nums[0]) && (1..=31).contains(&nums[1]));
    }
    // Month names: a day, if present, must be 1..=31.
    nums.first().is_none_or(|n| (1..=31).contains(n) || *n >= 1000)
}
