//! `publish/*`: what the `init` starter ships that must be replaced before a
//! site goes live (its images, placeholder names, contacts and instruction
//! text, the sample bio, the example policy date, an example `base_url`),
//! and the instruction `carepress new` writes into a new page's body.
//!
//! `check` reports these as errors; `build` prints them as warnings, so a
//! practice can preview and build an unfinished site but cannot miss that it
//! is unfinished.
//!
//! Decision: the rules key on the starter's *exact* placeholders (its
//! strings, its files byte for byte, its policy date) and on addresses no
//! practice can own (`example.com`, `localhost`, the starter's host), not on
//! anything that merely looks fictitious. The repository root is a
//! fictitious example practice (Cedar Hollow) whose `.example` domain and
//! 555-01xx numbers are deliberate, and it must check clean; so reserved
//! top-level domains such as `.example` and `.test` are not flagged in
//! general, and the example practice has its own logo, not the starter's
//! placeholder mark. The unit tests tie every placeholder here to the
//! starter's files, so a change to the starter that drops one fails them.

use crate::error::{Diagnostic, line_col};
use crate::site::Site;
use rayon::prelude::*;
use regex::Regex;
use std::path::Path;
use std::sync::LazyLock;

/// The date the starter's policy pages carry as `updated`.
const STARTER_POLICY_DATE: (i32, u32, u32) = (2026, 10, 1);
/// Host of the starter's `base_url`, portal and e-mail addresses.
const STARTER_HOST: &str = "your-practice.example";
/// Slug of the starter's sample clinician.
const SAMPLE_SLUG: &str = "alex-sample";

/// What a placeholder is, for the message and the hint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    TemplateNote,
    SampleBio,
    Email,
    Domain,
    Phone,
    Name,
    Address,
    Instructions,
    /// The instruction `carepress new` puts in a new page's body.
    NewPageText,
}

impl Kind {
    fn rule(self) -> &'static str {
        match self {
            Kind::TemplateNote => "publish/template-note",
            Kind::SampleBio => "publish/sample-bio",
            _ => "publish/placeholder",
        }
    }

    fn what(self) -> &'static str {
        match self {
            Kind::TemplateNote => "the starter's \"Template.\" note",
            Kind::SampleBio => "the starter's sample bio",
            Kind::Email => "the starter's placeholder e-mail address",
            Kind::Domain => "the starter's placeholder web address",
            Kind::Phone => "the starter's placeholder phone number",
            Kind::Name => "the starter's placeholder practice name",
            Kind::Address => "the starter's placeholder address",
            Kind::Instructions => "the starter's example text",
            Kind::NewPageText => "the instruction `carepress new` wrote into this page",
        }
    }

    fn hint(self) -> &'static str {
        match self {
            Kind::TemplateNote => {
                "replace the example text with your own (reviewed by your privacy or compliance officer), then delete the \"> **Template.** …\" lines"
            }
            Kind::SampleBio => {
                "write your own clinicians' bios (`carepress new bio \"Dr. Name, MD\"`), point `author`/`reviewed_by` at their slugs and delete content/team/alex-sample.md"
            }
            Kind::Email => "write your practice's real e-mail address (site.toml [practice] email, and every page that prints it)",
            Kind::Domain => "write your practice's real web address, or delete the line if you have no such page or profile",
            Kind::Phone => "write your practice's real phone number (site.toml [practice] phone and fax, and every page that prints it)",
            Kind::Name => "write your practice's name (site.toml title and [practice] name, and the pages that print it)",
            Kind::Address => "write your practice's street address and town (site.toml [practice] address, and the pages that print it)",
            Kind::Instructions => "replace the instruction with your own text",
            Kind::NewPageText => "replace it with the page's own text",
        }
    }
}

/// Every placeholder as one case-insensitive alternation; the group that
/// matched says which kind it is. Spaces match any run of white space, so
/// a phrase still matches when an editor re-wraps the paragraph.
static PLACEHOLDERS: LazyLock<(Regex, Vec<Kind>)> = LazyLock::new(|| {
    let phrase = |p: &str| p.split(' ').map(regex::escape).collect::<Vec<_>>().join(r"\s+");
    let host = regex::escape(STARTER_HOST);
    let parts: Vec<(String, Kind)> = vec![
        (r"\*\*Template\.\*\*".into(), Kind::TemplateNote),
        (r"\balex[ -]sample\b".into(), Kind::SampleBio),
        (phrase("This is a sample bio"), Kind::SampleBio),
        (phrase("Sample bio for a"), Kind::SampleBio),
        (format!(r"[a-z0-9._%+-]+@(?:[a-z0-9-]+\.)*{host}\b"), Kind::Email),
        (format!(r"(?:[a-z0-9-]+\.)*{host}\b"), Kind::Domain),
        // Social handles and profile URLs: "your-practice", "@yourpractice".
        (r"\byour-?practice\b".into(), Kind::Domain),
        (r"202\)?[\s.-]*555[\s.-]*010[01]\b".into(), Kind::Phone),
        (phrase("Your Practice Name"), Kind::Name),
        (r"\bAnytown\b".into(), Kind::Address),
        (phrase("100 Example Street"), Kind::Address),
        (phrase("Replace this text with"), Kind::Instructions),
        (phrase("Introduce your care team here"), Kind::Instructions),
        (phrase("List medical school, residency and board certification here"), Kind::Instructions),
        (phrase("Example University"), Kind::Instructions),
        (phrase("Example Regional Medical Center"), Kind::Instructions),
        // The bodies `carepress new` writes (src/scaffold.rs).
        (phrase("Write the tip in plain language"), Kind::NewPageText),
        (phrase("A short professional biography: training, interests"), Kind::NewPageText),
        (phrase("Write the policy here"), Kind::NewPageText),
        (phrase("Write the news here"), Kind::NewPageText),
    ];
    let pattern = parts.iter().map(|(p, _)| format!("({p})")).collect::<Vec<_>>().join("|");
    let re = Regex::new(&format!("(?i){pattern}")).unwrap_or_else(|e| panic!("placeholder pattern: {e}"));
    (re, parts.into_iter().map(|(_, k)| k).collect())
});

/// A placeholder found in a text: byte offset, matched text, kind.
fn placeholders(text: &str) -> Vec<(usize, &str, Kind)> {
    let (re, kinds) = &*PLACEHOLDERS;
    re.captures_iter(text)
        .filter_map(|c| {
            let (i, m) = c.iter().skip(1).enumerate().find_map(|(i, m)| m.map(|m| (i, m)))?;
            Some((m.start(), m.as_str(), kinds[i]))
        })
        .collect()
}

fn finding(kind: Kind, file: &Path, line: usize, column: usize, found: &str) -> Diagnostic {
    let found = found.split_whitespace().collect::<Vec<_>>().join(" ");
    Diagnostic::error(kind.rule(), file, line, column, format!("{} is still here: \"{found}\"", kind.what())).with_hint(kind.hint())
}

/// Findings in `text`, whose first line is line `first_line` of `file`.
fn scan(text: &str, first_line: usize, file: &Path) -> Vec<Diagnostic> {
    placeholders(text)
        .into_iter()
        .map(|(off, found, kind)| {
            let (l, c) = line_col(text, off);
            finding(kind, file, l + first_line - 1, c, found)
        })
        .collect()
}

/// Every `publish/*` finding of the site. `base_url` is the effective one
/// (`--base-url` wins over site.toml).
pub fn check(site: &Site) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let toml_text = std::fs::read_to_string(site.root.join("site.toml")).unwrap_or_default();
    out.extend(base_url(&site.config.base_url, &toml_text));
    out.extend(site_toml(&toml_text));
    out.extend(site.content.par_iter_pages().flat_map_iter(page).collect::<Vec<_>>());
    for s in std::iter::once(&site.content.home).chain(&site.content.sections) {
        if let Ok(text) = std::fs::read_to_string(site.root.join(&s.file)) {
            out.extend(scan(&text, 1, &s.file));
        }
    }
    out.extend(starter_files(site, &toml_text));
    crate::error::sort_diagnostics(&mut out);
    out
}

fn page(p: &crate::content::Page) -> Vec<Diagnostic> {
    let mut out = front_matter(&p.front, p.front_line, &p.file);
    out.extend(scan(&p.body, p.body_line, &p.file));
    if p.kind == crate::content::front_matter::SectionKind::Team && p.slug == SAMPLE_SLUG {
        out.push(
            Diagnostic::error(
                "publish/sample-bio",
                &p.file,
                p.front_line,
                1,
                format!("the starter's sample bio is still published at {}", p.path),
            )
            .with_hint(Kind::SampleBio.hint()),
        );
    }
    let (y, m, d) = STARTER_POLICY_DATE;
    let starter_date = chrono::NaiveDate::from_ymd_opt(y, m, d);
    let is_starter_policy = crate::scaffold::STARTER.iter().any(|(rel, _)| Path::new(rel) == p.file);
    if p.kind == crate::content::front_matter::SectionKind::Policies
        && is_starter_policy
        && p.updated.map(|u| u.date_naive()) == starter_date
    {
        let (l, c) = p.key_pos("updated");
        out.push(
            Diagnostic::error(
                "publish/example-date",
                &p.file,
                l,
                c,
                "`updated` is still the starter's example date, shown as \"Last updated\"",
            )
            .with_hint("set `updated` to the date your practice last changed this policy"),
        );
    }
    out
}

/// site.toml outside its comments (the starter's comments name the
/// placeholders on purpose). The `base_url` line is [`base_url`]'s.
fn site_toml(text: &str) -> Vec<Diagnostic> {
    let file = Path::new("site.toml");
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim_start().starts_with("base_url") {
            continue;
        }
        out.extend(scan(strip_comment(line), i + 1, file));
    }
    out
}

/// Findings in front matter outside its `# comments`: the comments
/// `carepress new` writes list the team's slugs, the sample's among them
/// until it is deleted, and a comment never reaches a patient.
fn front_matter(front: &str, first_line: usize, file: &Path) -> Vec<Diagnostic> {
    // One search of the whole front matter first: a line without its
    // comment is a part of it that starts and ends next to a character that
    // is not a word character (a line break, `#`, or the text's end), so it
    // holds a placeholder only if the whole does, and a clean front matter
    // (nearly all of them) costs one search instead of one per line.
    if !PLACEHOLDERS.0.is_match(front) {
        return Vec::new();
    }
    front.lines().enumerate().flat_map(|(i, line)| scan(strip_comment(line), first_line + i, file)).collect()
}

/// A TOML line without its `# comment` (a `#` inside a string stays).
fn strip_comment(line: &str) -> &str {
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for (i, c) in line.char_indices() {
        match (quote, c) {
            (Some('"'), '\\') if !escaped => {
                escaped = true;
                continue;
            }
            (Some(q), c) if c == q && !escaped => quote = None,
            (None, '"' | '\'') => quote = Some(c),
            (None, '#') => return &line[..i],
            _ => {}
        }
        escaped = false;
    }
    line
}

/// Hosts that are never a practice's production address: the starter's,
/// the IANA example domains and this machine.
fn example_host(host: &str) -> bool {
    let host = host.to_ascii_lowercase();
    let host = host.split(':').next().unwrap_or("");
    let under = |d: &str| host == d || host.ends_with(&format!(".{d}"));
    under(STARTER_HOST)
        || ["example.com", "example.net", "example.org", "localhost"].iter().any(|d| under(d))
        || host.starts_with("127.")
        || host == "[::1]"
        || host.contains("your-practice")
        || host.contains("yourpractice")
}

fn base_url(url: &str, toml_text: &str) -> Option<Diagnostic> {
    let host = url.split("://").nth(1)?.split('/').next()?;
    if !example_host(host) {
        return None;
    }
    let (l, c) = crate::serde_diag::key_position(toml_text, "base_url");
    Some(
        Diagnostic::error("publish/base-url", "site.toml", l, c, format!("base_url `{url}` is an example address, not your site's"))
            .with_hint("write the address the site will live at, e.g. base_url = \"https://www.your-real-domain.com/\" (or pass --base-url when you build)"),
    )
}

/// Published files that are the starter's own, byte for byte (its logo and
/// social image), at the site.toml key that uses them when there is one.
fn starter_files(site: &Site, toml_text: &str) -> Vec<Diagnostic> {
    let starter: Vec<(&str, &[u8])> = crate::scaffold::STARTER.iter().filter(|(rel, _)| rel.starts_with("static/")).copied().collect();
    let mut assets: Vec<(&String, &crate::site::assets::Asset)> = site.assets.files.iter().collect();
    assets.sort_by(|a, b| a.0.cmp(b.0));
    let mut out = Vec::new();
    for (url, asset) in assets {
        let Ok(meta) = std::fs::metadata(&asset.src) else { continue };
        let candidates: Vec<&(&str, &[u8])> = starter.iter().filter(|(_, b)| b.len() as u64 == meta.len()).collect();
        if candidates.is_empty() {
            continue;
        }
        let Ok(bytes) = std::fs::read(&asset.src) else { continue };
        let Some((rel, _)) = candidates.iter().find(|(_, b)| *b == bytes.as_slice()) else { continue };
        let used_by = [("logo", &site.config.theme.logo), ("default_image", &site.config.social.default_image)]
            .into_iter()
            .find(|(_, v)| v.as_deref().is_some_and(|v| format!("/{}", v.trim_start_matches('/')) == *url));
        let what = if rel.contains("logo") { "logo" } else { "social image" };
        let msg = format!("{url} is the starter's placeholder {what}, published as it came");
        let hint = "put your practice's own image in static/ and point site.toml at it ([theme] logo, [social] default_image and default_image_alt), then delete the starter's file";
        let d = match used_by {
            Some((key, _)) => {
                let (l, c) = crate::serde_diag::key_position(toml_text, key);
                Diagnostic::error("publish/starter-image", "site.toml", l, c, msg)
            }
            None => Diagnostic::error("publish/starter-image", crate::content::rel_to(&site.root, &asset.src), 0, 0, msg),
        };
        out.push(d.with_hint(hint));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn starter_text(rel: &str) -> String {
        let (_, b) = crate::scaffold::STARTER.iter().find(|(r, _)| *r == rel).unwrap_or_else(|| panic!("starter has {rel}"));
        String::from_utf8(b.to_vec()).unwrap()
    }

    fn kinds(text: &str) -> Vec<Kind> {
        placeholders(text).into_iter().map(|(_, _, k)| k).collect()
    }

    #[test]
    fn every_placeholder_is_in_the_starter() {
        let toml = starter_text("site.toml");
        let toml_found: Vec<Kind> = toml.lines().flat_map(|l| kinds(strip_comment(l))).collect();
        for k in [Kind::Email, Kind::Domain, Kind::Phone, Kind::Name, Kind::Address] {
            assert!(toml_found.contains(&k), "starter site.toml has a {k:?} placeholder");
        }
        assert!(kinds(&starter_text("content/policies/notice-of-privacy-practices.md")).contains(&Kind::TemplateNote));
        assert!(kinds(&starter_text("content/team/alex-sample.md")).contains(&Kind::SampleBio));
        assert!(kinds(&starter_text("content/_index.md")).contains(&Kind::Instructions));
        for rel in ["content/policies/notice-of-privacy-practices.md", "content/policies/accessibility-statement.md"] {
            assert!(starter_text(rel).contains("updated = 2026-10-01"), "{rel} carries the starter's policy date");
        }
        assert!(toml.contains(&format!("https://www.{STARTER_HOST}")));
    }

    #[test]
    fn real_text_is_not_a_placeholder() {
        let real = "Call Cedar Hollow Family Health at +1-417-555-0142 or write to frontdesk@cedarhollowhealth.example. \
                    Your practice team is here for you; replace your toothbrush every three months.";
        assert_eq!(kinds(real), vec![]);
        assert_eq!(kinds("a **Template notice.** of the example site"), vec![]);
    }

    #[test]
    fn placeholders_are_found_however_they_are_written() {
        assert_eq!(kinds("call (202) 555-0100 today"), vec![Kind::Phone]);
        assert_eq!(kinds("write to Billing@Your-Practice.Example now"), vec![Kind::Email]);
        assert_eq!(kinds("Welcome to Your Practice\n  Name"), vec![Kind::Name]);
        assert_eq!(kinds("see https://portal.your-practice.example/"), vec![Kind::Domain]);
        assert_eq!(kinds("Write the tip in plain\nlanguage. General health information only."), vec![Kind::NewPageText]);
        assert_eq!(kinds("A short professional biography: training, interests and approach to care."), vec![Kind::NewPageText]);
    }

    #[test]
    fn front_matter_comments_are_not_scanned() {
        let front = "title = \"Flu\"\n# Your team: alex-sample, maya-okafor.\nauthor = \"alex-sample\" # the sample\n";
        let found = front_matter(front, 2, Path::new("content/tips/flu.md"));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!((found[0].line, found[0].column), (4, 11));
    }

    #[test]
    fn comments_are_not_scanned_but_strings_with_hashes_are() {
        assert_eq!(strip_comment("accent = \"#0b6e4f\"  # brand"), "accent = \"#0b6e4f\"  ");
        assert_eq!(strip_comment("# search for \"Your Practice\""), "");
        assert_eq!(strip_comment("x = 'a#b' # c"), "x = 'a#b' ");
    }

    #[test]
    fn example_hosts() {
        for h in ["www.your-practice.example", "example.com", "www.example.org", "localhost:1111", "127.0.0.1"] {
            assert!(example_host(h), "{h}");
        }
        for h in ["www.cedarhollowhealth.example", "smile-dental.com", "name.github.io", "myexample.com"] {
            assert!(!example_host(h), "{h}");
        }
    }
}
