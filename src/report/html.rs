//! The report as one self-contained HTML page: no script, no external
//! file, landmarks and a heading per part, every table with a caption and
//! header cells, status in words (not colour alone), and print CSS
//! (repeated table headers, no navigation, rows kept whole).

use super::*;
use crate::escape::{html_attr, html_text};
use std::fmt::Write as _;

const CSS: &str = r#"
:root{--text:#1f2933;--muted:#4b5563;--line:#c9d1d8;--head:#eef2f5;--bad:#9b1c1c;--warn:#7a4a00;--ok:#0b5d1e}
*{box-sizing:border-box}
body{margin:0;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--text);background:#fff}
.skip{position:absolute;left:.5rem;top:-4rem;padding:.5rem 1rem;background:#fff;border:2px solid var(--text)}
.skip:focus{top:.5rem}
header,main,footer{max-width:75rem;margin:0 auto;padding:0 1rem}
header{border-bottom:3px solid var(--text);padding-top:1rem}
header p{margin:0 0 .5rem;color:var(--muted);font-weight:600}
nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;padding:0;margin:.5rem 0 1rem}
a{color:#0b4f8a}
:focus-visible{outline:3px solid #0b4f8a;outline-offset:2px}
h1{font-size:1.75rem;margin:1rem 0 .5rem}
h2{font-size:1.3rem;margin:2rem 0 .5rem;padding-top:.5rem;border-top:1px solid var(--line)}
dl.summary{display:grid;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));gap:.5rem;margin:0}
dl.summary div{border:1px solid var(--line);padding:.5rem .75rem}
dl.summary dt{color:var(--muted);font-size:.9rem}
dl.summary dd{margin:0;font-size:1.4rem;font-weight:700}
table{width:100%;border-collapse:collapse;margin:.5rem 0 1rem;font-size:.9rem}
caption{text-align:left;color:var(--muted);padding:.25rem 0}
th,td{border:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top;overflow-wrap:break-word}
td code,th code{overflow-wrap:anywhere}
thead th{background:var(--head)}
tbody th{font-weight:600}
.s-bad{color:var(--bad);font-weight:700}
.s-warn{color:var(--warn);font-weight:700}
.s-ok{color:var(--ok)}
.none{color:var(--muted)}
code{font-size:.95em}
footer{margin-top:2rem;padding-bottom:2rem;color:var(--muted);font-size:.9rem;border-top:1px solid var(--line)}
@media print{
@page{margin:1.5cm}
body{font-size:10pt;color:#000}
.skip,nav{display:none}
header,main,footer{max-width:none;padding:0}
a{color:#000;text-decoration:none}
h2{break-after:avoid;border-top:none}
table{font-size:8.5pt}
thead{display:table-header-group}
tr,dl.summary div{break-inside:avoid}
thead th{background:#eee!important;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.s-bad,.s-warn,.s-ok{color:#000}
}
"#;

/// The parts of the report, in order: (id, heading).
const PARTS: [(&str, &str); 8] = [
    ("summary", "Summary"),
    ("pages", "PHI verdict of every page"),
    ("authorizations", "Patient authorisations"),
    ("allow", "PHI allowlist entries"),
    ("reviews", "Medical review"),
    ("images", "Image metadata"),
    ("accessibility", "Accessibility findings"),
    ("alerts", "Alerts"),
];

/// Renders the report page.
pub fn render(r: &Report) -> String {
    let mut o = String::with_capacity(16 * 1024);
    let title = format!("Compliance report: {}", r.site.practice);
    let _ = write!(
        o,
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"robots\" content=\"noindex\">\n<title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<a class=\"skip\" href=\"#main\">Skip to the report</a>\n<header>\n<p>carepress compliance report · for the privacy officer</p>\n<nav aria-label=\"Parts of the report\"><ul>",
        html_text(&title)
    );
    for (id, heading) in PARTS {
        let _ = write!(o, "<li><a href=\"#{id}\">{heading}</a></li>");
    }
    let _ = write!(
        o,
        "</ul></nav>\n</header>\n<main id=\"main\" tabindex=\"-1\">\n<h1>{}</h1>\n<p>{} (<a href=\"{}\">{}</a>) as of <time datetime=\"{now}\">{now}</time>. PHI guard mode: <strong>{}</strong>; medical reviews are overdue after {} days. Findings are named by rule, file, line and column: this report never repeats the text they flag.</p>\n",
        html_text(&title),
        html_text(&r.site.title),
        html_attr(&r.site.base_url),
        html_text(&r.site.base_url),
        r.site.phi_mode,
        r.site.review_max_age_days,
        now = html_text(&r.now),
    );
    summary(&mut o, r);
    pages(&mut o, r);
    authorizations(&mut o, r);
    allow_entries(&mut o, r);
    reviews(&mut o, r);
    images(&mut o, r);
    accessibility(&mut o, r);
    alerts(&mut o, r);
    o.push_str("</main>\n<footer>\n<p>Made by <code>carepress report</code> from the site's sources and the same rules as <code>carepress check</code>; run it again with the same <code>--now</code> for the same report.</p>\n</footer>\n</body>\n</html>\n");
    o
}

/// Opens a part: its section and heading.
fn part(o: &mut String, id: &str) {
    let heading = PARTS.iter().find(|(i, _)| *i == id).map_or(id, |(_, h)| h);
    let _ = write!(o, "<section aria-labelledby=\"{id}\">\n<h2 id=\"{id}\">{heading}</h2>\n");
}

/// A table: a caption, column headers, and rows whose first cell is the
/// row's header. Cells are HTML already escaped. An empty list is a sentence.
fn table(o: &mut String, caption: &str, headers: &[&str], rows: &[Vec<String>], empty: &str) {
    if rows.is_empty() {
        let _ = writeln!(o, "<p class=\"none\">{empty}</p>");
        return;
    }
    let _ = write!(o, "<table>\n<caption>{}</caption>\n<thead><tr>", html_text(caption));
    for h in headers {
        let _ = write!(o, "<th scope=\"col\">{h}</th>");
    }
    o.push_str("</tr></thead>\n<tbody>\n");
    for row in rows {
        o.push_str("<tr>");
        for (k, cell) in row.iter().enumerate() {
            if k == 0 {
                let _ = write!(o, "<th scope=\"row\">{cell}</th>");
            } else {
                let _ = write!(o, "<td>{cell}</td>");
            }
        }
        o.push_str("</tr>\n");
    }
    o.push_str("</tbody>\n</table>\n");
}

fn t(s: &str) -> String {
    html_text(s)
}

fn opt(s: &Option<String>) -> String {
    s.as_deref().map_or_else(|| "—".to_string(), html_text)
}

/// A state word in its colour class: the word carries the meaning, the colour helps.
fn state(word: &str) -> String {
    let class = match word {
        "flagged" | "expired" | "missing" | "unsigned" | "not-checked" | "urgent" | "error" | "refused" => "s-bad",
        "warning" | "expiring-soon" | "overdue" | "no-expiry" | "future" | "scheduled" => "s-warn",
        _ => "s-ok",
    };
    format!("<span class=\"{class}\">{}</span>", html_text(&word.replace('-', " ")))
}

fn summary(o: &mut String, r: &Report) {
    part(o, "summary");
    let s = &r.summary;
    let items: [(&str, usize); 12] = [
        ("Pages and listings checked", s.pages),
        ("Pages flagged for PHI", s.pages_flagged),
        ("Pages blocking the build", s.pages_blocking_build),
        ("Pages not checked (do not load)", s.pages_not_checked),
        ("Authorisations", s.authorizations),
        ("Authorisations expiring within 30 days", s.authorizations_expiring_soon),
        ("Authorisations expired", s.authorizations_expired),
        ("Allowlist entries", s.allow_entries),
        ("Medical reviews missing or overdue", s.reviews_missing + s.reviews_overdue),
        ("Images with metadata in the source", s.images_with_source_metadata),
        ("Accessibility findings", s.accessibility_errors + s.accessibility_warnings),
        ("Alerts showing", s.alerts_active),
    ];
    o.push_str("<dl class=\"summary\">\n");
    for (label, n) in items {
        let _ = writeln!(o, "<div><dt>{label}</dt><dd>{n}</dd></div>");
    }
    o.push_str("</dl>\n");
    let rows: Vec<Vec<String>> =
        r.findings_by_family.iter().map(|f| vec![t(&f.family), f.errors.to_string(), f.warnings.to_string()]).collect();
    table(
        o,
        "Every finding of carepress check, by rule family",
        &["Rule family", "Errors", "Warnings"],
        &rows,
        "carepress check finds nothing.",
    );
    o.push_str("</section>\n");
}

fn pages(o: &mut String, r: &Report) {
    part(o, "pages");
    let rows: Vec<Vec<String>> = r
        .pages
        .iter()
        .map(|p| {
            let findings = if p.findings.is_empty() {
                "—".to_string()
            } else {
                p.findings.iter().map(|f| format!("{} line {}:{}", t(&f.rule), f.line, f.column)).collect::<Vec<_>>().join("<br>")
            };
            vec![
                format!("<code>{}</code>", t(&p.file)),
                p.title.as_deref().map_or_else(|| "<em>withheld: flagged</em>".to_string(), t),
                t(&p.status.replace('-', " ")),
                state(p.verdict),
                if p.blocks_build { "yes".into() } else { "no".into() },
                findings,
                p.allow_entries.to_string(),
            ]
        })
        .collect();
    table(
        o,
        "The PHI, consent and review-reply rules on every page and listing; a flagged page's title is withheld",
        &["File", "Title", "Status", "Verdict", "Blocks build", "Findings (rule, line:column)", "Page allow entries"],
        &rows,
        "The site has no pages.",
    );
    o.push_str("</section>\n");
}

fn authorizations(o: &mut String, r: &Report) {
    part(o, "authorizations");
    let rows: Vec<Vec<String>> = r
        .authorizations
        .iter()
        .map(|a| {
            let left = a.days_left.map_or("—".into(), |d| d.to_string());
            vec![
                format!("<code>{}</code>", t(&a.file)),
                t(&a.id),
                state(a.state),
                opt(&a.signed),
                opt(&a.expires),
                left,
                t(&a.scope.join(", ")),
                t(&a.covers.join(", ")),
                t(a.page_status),
            ]
        })
        .collect();
    table(
        o,
        "Written authorisations for testimonials and patient stories: expiring within 30 days first, then expired",
        &["File", "Authorisation", "State", "Signed", "Expires", "Days left", "Scope", "Covers", "Page"],
        &rows,
        "No page records a patient authorisation.",
    );
    o.push_str("</section>\n");
}

fn allow_entries(o: &mut String, r: &Report) {
    part(o, "allow");
    let rows: Vec<Vec<String>> = r
        .allow_entries
        .iter()
        .map(|a| {
            let file = a.file.to_string_lossy();
            vec![format!("<code>{}</code>", t(&a.entry)), t(a.scope), format!("<code>{}</code>", t(&file)), opt(&a.reason)]
        })
        .collect();
    table(
        o,
        "Strings the PHI rules accept: the site's [compliance] allow, then each page's own, with the reason given",
        &["Entry", "Scope", "Where", "Reason"],
        &rows,
        "No allowlist entries.",
    );
    o.push_str("</section>\n");
}

fn reviews(o: &mut String, r: &Report) {
    part(o, "reviews");
    let rows: Vec<Vec<String>> = r
        .reviews
        .iter()
        .map(|v| {
            vec![
                format!("<code>{}</code>", t(&v.file)),
                v.title.as_deref().map_or_else(|| "<em>withheld: flagged</em>".to_string(), t),
                opt(&v.reviewer),
                opt(&v.last_reviewed),
                v.age_days.map_or("—".into(), |d| d.to_string()),
                state(v.state),
            ]
        })
        .collect();
    table(
        o,
        "Who medically reviewed each health page and when: missing and overdue first",
        &["File", "Title", "Reviewer", "Last reviewed", "Age in days", "State"],
        &rows,
        "No health tips or reviewed pages.",
    );
    o.push_str("</section>\n");
}

fn images(o: &mut String, r: &Report) {
    part(o, "images");
    let rows: Vec<Vec<String>> = r
        .images
        .iter()
        .map(|i| {
            let found = if i.source_metadata.is_empty() { "none".to_string() } else { t(&i.source_metadata.join(", ")) };
            let clean = if i.published_clean { state("clean") } else { state("error") };
            vec![format!("<code>{}</code>", t(&i.url)), format!("<code>{}</code>", t(&i.source)), t(i.format), found, t(i.published), clean]
        })
        .collect();
    table(
        o,
        "Every published image: what its source file carries, and its published copy inspected again",
        &["Image", "Source file", "Format", "Metadata in the source", "Published copy", "Published copy clean"],
        &rows,
        "The site publishes no images.",
    );
    o.push_str("</section>\n");
}

fn accessibility(o: &mut String, r: &Report) {
    part(o, "accessibility");
    let rows: Vec<Vec<String>> = r
        .accessibility
        .iter()
        .map(|f| {
            vec![
                format!("<code>{}</code>", t(&f.file)),
                format!("{}:{}", f.line, f.column),
                t(&f.rule),
                state(sev(f.severity)),
                t(&f.message),
            ]
        })
        .collect();
    table(
        o,
        "The a11y rules of carepress check on every rendered page (quoted page text shown as …)",
        &["File", "Line:column", "Rule", "Severity", "Finding"],
        &rows,
        "No accessibility findings.",
    );
    o.push_str("</section>\n");
}

fn sev(s: crate::error::Severity) -> &'static str {
    match s {
        crate::error::Severity::Error => "error",
        crate::error::Severity::Warning => "warning",
    }
}

fn alerts(o: &mut String, r: &Report) {
    part(o, "alerts");
    let rows: Vec<Vec<String>> = r
        .alerts
        .iter()
        .map(|a| {
            vec![
                format!("<code>{}</code>", t(&a.file)),
                a.title.as_deref().map_or_else(|| "<em>withheld: flagged</em>".to_string(), t),
                state(a.level),
                state(a.state),
                opt(&a.from),
                t(&a.until),
            ]
        })
        .collect();
    table(
        o,
        "Banners on every page and at the top of the feeds: showing now, then scheduled",
        &["File", "Title", "Level", "State", "From", "Until"],
        &rows,
        "No alert is showing or scheduled.",
    );
    o.push_str("</section>\n");
}
