//! Redaction of excerpts shown in findings (principle 8: findings must not
//! leak what they find).

/// Redact an identifier for display: every run of letters or digits keeps
/// its first character and the rest become `*`; punctuation and spaces stay.
/// `"Jane Marlowe"` → `"J*** M******"`, `"(503) 555-0147"` → `"(5**) 5**-0***"`.
pub fn redact(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_run = false;
    for c in s.chars() {
        if c.is_alphanumeric() {
            out.push(if in_run { '*' } else { c });
            in_run = true;
        } else {
            out.push(c);
            in_run = false;
        }
    }
    out
}

/// Redacted excerpt in backticks, cut to a sensible length.
pub(super) fn quote(s: &str) -> String {
    let r = redact(s.trim());
    let cut: String = r.chars().take(60).collect();
    if cut.len() < r.len() { format!("`{cut}…`") } else { format!("`{cut}`") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redacts_names_and_numbers() {
        assert_eq!(redact("Jane Marlowe"), "J*** M******");
        assert_eq!(redact("(503) 555-0147"), "(5**) 5**-0***");
        assert_eq!(redact("a.b@x.example"), "a.b@x.e******");
        assert_eq!(redact("923-41-0786"), "9**-4*-0***");
        assert_eq!(quote("  Ed  "), "`E*`");
    }
}
