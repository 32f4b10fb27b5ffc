//! The report as JSON: the [`super::Report`] fields in declaration order,
//! pretty-printed, so two runs on the same site and `--now` are byte-identical.

/// Serialises the report.
pub fn render(report: &super::Report) -> String {
    // Plain data (strings, numbers, lists): serialisation cannot fail.
    let mut s = serde_json::to_string_pretty(report).unwrap_or_else(|_| "{}".into());
    s.push('\n');
    s
}
