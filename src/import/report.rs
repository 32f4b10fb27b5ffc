//! `IMPORT-REPORT.md`: pages imported per section, keys moved to `extra`
//! or dropped, every TODO with file:line, images without alt text, missing
//! files, authors that are no team page, and the `check` findings.

use std::collections::BTreeMap;
use std::fmt::Write as _;

/// One thing to do, at a file and line of the new site (line 0: the whole file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub file: String,
    pub line: usize,
    pub text: String,
}

impl Item {
    /// A new item.
    pub fn new(file: &str, line: usize, text: String) -> Item {
        Item { file: file.to_string(), line, text }
    }

    fn at(&self) -> String {
        if self.line > 0 { format!("{}:{}", self.file, self.line) } else { self.file.clone() }
    }
}

/// Everything the import found that a person should know or still do.
#[derive(Debug, Default)]
pub struct Report {
    pub kind: String,
    pub source: String,
    /// Pages per section of the new site.
    pub pages: BTreeMap<String, usize>,
    pub moved: BTreeMap<String, usize>,
    pub dropped: BTreeMap<String, usize>,
    pub aliases: usize,
    pub images_copied: usize,
    pub config: Vec<String>,
    /// `TODO(import)` markers in the new files, with file:line.
    pub markers: Vec<Item>,
    pub todo: Vec<Item>,
    pub no_alt: Vec<Item>,
    pub missing: Vec<Item>,
    pub authors: Vec<Item>,
    pub skipped: Vec<Item>,
    /// `check` findings on the new site: (severity, rule, place, message).
    pub checks: Vec<String>,
    pub check_errors: usize,
}

impl Report {
    /// Every page written.
    pub fn page_count(&self) -> usize {
        self.pages.values().sum()
    }

    /// Things left to do: markers, missing files, authors, images without alt, config settings, other notes.
    pub fn todo_count(&self) -> usize {
        self.markers.len() + self.todo.len() + self.no_alt.len() + self.missing.len() + self.authors.len() + self.config.len()
    }

    /// Finds every `TODO(import)` line of the new site's text files.
    pub fn scan_markers(&mut self, files: &super::write::Files) {
        for (path, bytes) in files {
            if !(path.ends_with(".md") || path.ends_with(".toml")) {
                continue;
            }
            let text = String::from_utf8_lossy(bytes);
            for (i, line) in text.lines().enumerate() {
                if line.contains(super::shortcodes::TODO) {
                    let t: String = line.trim().chars().take(160).collect();
                    self.markers.push(Item::new(path, i + 1, t));
                }
            }
        }
    }

    /// The report as Markdown.
    pub fn render(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(
            s,
            "# Import report\n\n`carepress import {} {}`: {} pages, {} things to do.\n",
            self.kind,
            self.source,
            self.page_count(),
            self.todo_count()
        );
        let _ = writeln!(
            s,
            "Search the site for `TODO(import)` to find each marker in place. Build with `carepress build`; `carepress check` lists the rest.\n"
        );
        let _ = writeln!(s, "## Pages per section\n\n| section | pages |\n| --- | --- |");
        for (k, v) in &self.pages {
            let _ = writeln!(s, "| {k} | {v} |");
        }
        let _ = writeln!(
            s,
            "\n{} old addresses kept as aliases (redirects); {} images and files copied, their metadata stripped.\n",
            self.aliases, self.images_copied
        );
        section(&mut s, "Settings to finish in site.toml", self.config.iter().map(|c| format!("- [ ] {c}")));
        section(
            &mut s,
            "TODO markers (shortcodes, includes, embeds and scripts to redo by hand)",
            self.markers.iter().map(|i| format!("- [ ] {}: {}", i.at(), i.text)),
        );
        section(&mut s, "Missing files", self.missing.iter().map(|i| format!("- [ ] {}: {}", i.at(), i.text)));
        section(&mut s, "Images without alt text", self.no_alt.iter().map(|i| format!("- [ ] {}: {}", i.at(), i.text)));
        section(&mut s, "Authors that are no team page", self.authors.iter().map(|i| format!("- [ ] {}: {}", i.at(), i.text)));
        section(&mut s, "Other things to check", self.todo.iter().chain(&self.skipped).map(|i| format!("- [ ] {}: {}", i.at(), i.text)));
        let keys = |m: &BTreeMap<String, usize>| {
            m.iter().map(|(k, v)| format!("- `{k}` ({v} page{})", if *v == 1 { "" } else { "s" })).collect::<Vec<_>>()
        };
        section(&mut s, "Keys kept under `extra` (templates can read them; nothing shows them by default)", keys(&self.moved).into_iter());
        section(
            &mut s,
            "Keys dropped (carepress needs no equivalent: layouts come from the section, old permalinks became aliases)",
            keys(&self.dropped).into_iter(),
        );
        if self.checks.is_empty() {
            let _ = writeln!(s, "## `carepress check` findings\n\nNone.\n");
        } else {
            let _ = writeln!(s, "## `carepress check` findings to review ({} errors)\n", self.check_errors);
            // One line per rule first: a problem on every page reads as one problem.
            let mut by_rule: BTreeMap<&str, usize> = BTreeMap::new();
            for c in &self.checks {
                *by_rule.entry(c.split_whitespace().nth(1).unwrap_or("")).or_default() += 1;
            }
            let _ = writeln!(s, "| rule | findings |\n| --- | --- |");
            for (rule, n) in by_rule {
                let _ = writeln!(s, "| {rule} | {n} |");
            }
            let _ = writeln!(s);
            for c in &self.checks {
                let _ = writeln!(s, "- [ ] {c}");
            }
            let _ = writeln!(s);
        }
        s
    }
}

fn section(s: &mut String, title: &str, lines: impl Iterator<Item = String>) {
    let lines: Vec<String> = lines.collect();
    let _ = writeln!(s, "## {title} ({})\n", lines.len());
    if lines.is_empty() {
        let _ = writeln!(s, "None.");
    }
    for l in lines {
        let _ = writeln!(s, "{l}");
    }
    let _ = writeln!(s);
}
