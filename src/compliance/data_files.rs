//! The PHI guard on text data files published as they are: a page bundle's
//! CSV (a visit log beside a gallery post), a TSV, a plain-text file in
//! `static/`. `build` copies them byte for byte, so a patient named in one
//! is as published as on a page (issue 9, item 3: everything published is
//! scanned).
//!
//! A CSV or TSV is read as the Markdown table it is: its first record is
//! the header that labels each column ("patient", "age", "treatment"), and
//! the guard's table rules see exactly what they see in a page's table. A
//! plain-text file is read as a page body. The file's name is its address,
//! so it is scanned as a slug. Findings point at the file and the line of
//! the record they are in.

use super::phi;
use crate::error::Diagnostic;
use crate::site::Site;
use rayon::prelude::*;
use std::path::Path;

/// Larger files are exports, not pages' data; they are left to `check`'s
/// other rules rather than held in memory whole.
const MAX_BYTES: u64 = 4 * 1024 * 1024;

/// How a published file is read: as a table with this delimiter, or as text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Table(u8),
    Text,
}

fn kind_of(path: &Path) -> Option<Kind> {
    match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
        "csv" => Some(Kind::Table(b',')),
        "tsv" => Some(Kind::Table(b'\t')),
        "txt" => Some(Kind::Text),
        _ => None,
    }
}

/// Runs the PHI, consent and reply rules on every published CSV, TSV and
/// text file of the site (page-bundle and `static/` files alike).
pub fn phi_data_files(site: &Site, allow: &phi::Allowlist) -> Vec<Diagnostic> {
    let mut files: Vec<(&std::path::PathBuf, Kind)> =
        site.assets.files.values().filter_map(|a| kind_of(&a.src).map(|k| (&a.src, k))).collect();
    files.sort();
    files.dedup();
    let now = site.now.date_naive();
    files.par_iter().flat_map_iter(|(src, kind)| check_file(&site.root, src, *kind, allow, now)).collect()
}

fn check_file(root: &Path, src: &Path, kind: Kind, allow: &phi::Allowlist, now: chrono::NaiveDate) -> Vec<Diagnostic> {
    if std::fs::metadata(src).map_or(true, |m| m.len() > MAX_BYTES) {
        return Vec::new();
    }
    // A file that is not UTF-8 text is no table or prose the rules can read.
    let Ok(text) = std::fs::read_to_string(src) else { return Vec::new() };
    let (body, lines) = match kind {
        Kind::Table(delimiter) => as_markdown_table(&text, delimiter),
        Kind::Text => (text, Vec::new()),
    };
    let stem = src.file_stem().map(|s| s.to_string_lossy().replace(['-', '_'], " ")).unwrap_or_default();
    let channels = ["website"];
    let input = phi::PageInput {
        section_kind: "pages",
        body: &body,
        body_line: 1,
        fields: vec![phi::Field { key: "slug", value: &stem, line: 1, column: 1 }],
        authorization: None,
        authorization_line: 1,
        review_reply: None,
        channels: &channels,
        now,
    };
    phi::check_page(&input, allow)
        .into_iter()
        .map(|mut f| {
            // Body line n of the table is the file line its record starts on.
            if let Some(&line) = f.line.checked_sub(1).and_then(|i| lines.get(i)) {
                f.line = line;
            }
            super::to_diagnostic(&crate::content::rel_to(root, src), f)
        })
        .collect()
}

/// A CSV as a Markdown table, with the file line each table line came from
/// (the separator row takes the header's). Cells lose their line breaks
/// and escape their pipes, so each record stays one row. Records the
/// parser cannot read end the table: what came before is still scanned.
fn as_markdown_table(text: &str, delimiter: u8) -> (String, Vec<usize>) {
    let mut reader = csv::ReaderBuilder::new().delimiter(delimiter).has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut body = String::new();
    let mut lines = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let Ok(record) = record else { break };
        let line = record.position().map_or(1, |p| p.line() as usize);
        let mut cells: Vec<String> = record.iter().map(|c| c.replace(['\r', '\n'], " ").replace('|', "\\|").trim().to_string()).collect();
        // "chart_no", "claim_no": a data file's header is often a
        // programmer's name; read it as the words it is (round 60). Not a
        // serial or plate column: practices publish inventories of their
        // own equipment and vehicles ("serial_number", "tractor_serial"),
        // and a patient's device sits in a row that names them anyway.
        if i == 0 {
            cells =
                cells.iter().map(|c| if c.contains("serial") || c.contains("plate") { c.clone() } else { c.replace('_', " ") }).collect();
        }
        body.push_str(&format!("| {} |\n", cells.join(" | ")));
        lines.push(line);
        if i == 0 {
            body.push_str(&format!("|{}\n", " --- |".repeat(cells.len().max(1))));
            lines.push(line);
        }
    }
    (body, lines)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_data_files_header_is_read_as_words() {
        let (table, _) = as_markdown_table("visit_date,chart_no\n2026-01-02,AB-12_34\n", b',');
        assert!(table.starts_with("| visit date | chart no |\n"), "{table}");
        assert!(table.contains("AB-12_34"), "only the header is rewritten: {table}");
    }

    #[test]
    fn a_csv_becomes_a_table_whose_lines_map_back_to_its_records() {
        let csv = "date,patient,note\n2026-09-01,\"Ana, B\",\"two\nlines | pipe\"\n2026-09-02,Cy,ok\n";
        let (body, lines) = as_markdown_table(csv, b',');
        let rows: Vec<&str> = body.lines().collect();
        assert_eq!(rows[0], "| date | patient | note |");
        assert_eq!(rows[1], "| --- | --- | --- |");
        assert_eq!(rows[2], "| 2026-09-01 | Ana, B | two lines \\| pipe |");
        assert_eq!(rows[3], "| 2026-09-02 | Cy | ok |");
        // The second record spans file lines 2-3; the third starts on line 4.
        assert_eq!(lines, vec![1, 1, 2, 4]);
    }

    #[test]
    fn only_csv_tsv_and_text_files_are_read() {
        assert_eq!(kind_of(Path::new("a/visits.CSV")), Some(Kind::Table(b',')));
        assert_eq!(kind_of(Path::new("a/log.tsv")), Some(Kind::Table(b'\t')));
        assert_eq!(kind_of(Path::new("humans.txt")), Some(Kind::Text));
        assert_eq!(kind_of(Path::new("photo.jpg")), None);
        assert_eq!(kind_of(Path::new("README")), None);
    }
}
