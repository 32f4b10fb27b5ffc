//! Site-level rules around the PHI guard: image metadata, medical review
//! age, metadata quality, and the rendered-HTML checks mapped back to the
//! Markdown file and line a person can fix.

use super::htmlcheck::{self, CheckOptions, HtmlFinding, MetaInput, OutputIndex};
use crate::content::front_matter::SectionKind;
use crate::error::{Diagnostic, Severity};
use crate::images::{self, Format};
use crate::site::Site;
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// `image/*`: source images that carry location or identity metadata.
pub fn image_metadata(site: &Site) -> Vec<Diagnostic> {
    let mut list: Vec<(&String, &crate::site::assets::Asset)> = site.assets.files.iter().collect();
    list.sort_by(|a, b| a.0.cmp(b.0));
    list.par_iter()
        .filter_map(|(_, a)| {
            let format = Format::from_path(&a.src);
            if !matches!(format, Format::Jpeg | Format::Png | Format::Webp) {
                return None;
            }
            let bytes = std::fs::read(&a.src).ok()?;
            let meta = images::inspect(&bytes, format).ok()?;
            if !meta.identifying() {
                return None;
            }
            let rule = if meta.gps {
                "image/gps"
            } else if meta.serial {
                "image/serial"
            } else {
                "image/owner"
            };
            let file = crate::content::rel_to(&site.root, &a.src);
            Some(
                Diagnostic::warning(rule, file, 0, 0, format!("the source image carries {}", meta.describe().join(", ")))
                    .with_hint("the published copy is stripped automatically; remove the metadata from the source too (e.g. `exiftool -all= FILE`) before sharing it elsewhere"),
            )
        })
        .collect()
}

/// `review/*`: health tips must name their medical reviewer and review date,
/// and the review must be younger than `review_max_age_days`.
pub fn review_age(site: &Site) -> Vec<Diagnostic> {
    let max = site.config.compliance.review_max_age_days;
    let today = site.now.date_naive();
    let mut out = Vec::new();
    for p in site.content.iter_pages().filter(|p| p.kind == SectionKind::Tips) {
        if p.fm.reviewed_by.is_none() || p.last_reviewed.is_none() {
            let missing = if p.fm.reviewed_by.is_none() { "reviewed_by" } else { "last_reviewed" };
            out.push(
                Diagnostic::error("review/missing", &p.file, p.front_line, 1, format!("health tip without `{missing}`"))
                    .with_hint("have a clinician review it, then set reviewed_by = \"<team slug>\" and last_reviewed = YYYY-MM-DD"),
            );
            continue;
        }
        if let Some(d) = p.last_reviewed {
            let age = (today - d).num_days();
            if age > max {
                let (l, c) = p.key_pos("last_reviewed");
                out.push(
                    Diagnostic::warning("review/overdue", &p.file, l, c, format!("medical review is {age} days old (the limit is {max})"))
                        .with_hint("ask the reviewer to check the page against current guidance and update last_reviewed"),
                );
            } else if d > today {
                let (l, c) = p.key_pos("last_reviewed");
                out.push(
                    Diagnostic::warning("review/future", &p.file, l, c, "last_reviewed is in the future")
                        .with_hint("use the date the review happened"),
                );
            }
        }
    }
    out
}

/// `meta/*` for every published page.
pub fn meta(site: &Site) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for i in site.published() {
        let p = &site.content.pages[i].page;
        let img = site.social_image(i).map(|i| (i.width, i.height, i.bytes));
        let input = MetaInput {
            description: &site.content.pages[i].description,
            description_from_front_matter: p.fm.description.is_some(),
            social_image: img,
        };
        for f in htmlcheck::check_meta(&p.path, &input) {
            let key = if f.rule.starts_with("meta/image") { "image" } else { "description" };
            let (l, c) = p.key_pos(key);
            let (l, c) = if (key == "image" && p.fm.image.is_none()) || (key == "description" && p.fm.description.is_none()) {
                (p.front_line, 1)
            } else {
                (l, c)
            };
            out.push(html_diag(&f, p.file.clone(), l, c));
        }
    }
    out
}

/// Collects what the HTML rules need while the site renders, instead of
/// keeping every output in memory: each file's path, each page's element
/// ids, and each page reduced to its `<main>` region (the home page whole,
/// as the one page whose theme chrome is checked).
#[derive(Default)]
pub struct CheckSink {
    files: std::sync::Mutex<Vec<String>>,
    pages: std::sync::Mutex<Vec<(String, String, std::collections::HashSet<String>)>>,
}

impl crate::output::Sink for CheckSink {
    fn draws_images(&self) -> bool {
        false
    }

    fn write(&self, rel: &str, bytes: &[u8]) -> crate::error::Result<()> {
        let path = format!("/{rel}");
        // Later pages of a listing repeat the first page's template with other
        // cards (each card is checked on its own page): their paths count for
        // link checks, their markup is not checked again.
        let repeat_listing = rel.contains("/page/");
        if rel.ends_with(".html")
            && !repeat_listing
            && let Ok(html) = std::str::from_utf8(bytes)
        {
            let ids = htmlcheck::scan_ids(html);
            let kept = if path == "/index.html" { html.to_string() } else { main_only(html).unwrap_or_else(|| html.to_string()) };
            self.pages.lock().unwrap_or_else(|p| p.into_inner()).push((path.clone(), kept, ids));
        }
        self.files.lock().unwrap_or_else(|p| p.into_inner()).push(path);
        Ok(())
    }
}

/// `a11y/*` and `links/*` on every rendered HTML page, mapped to sources.
pub fn rendered_html(site: &Site, sink: CheckSink) -> Vec<Diagnostic> {
    let files = sink.files.into_inner().unwrap_or_else(|p| p.into_inner());
    let pages = sink.pages.into_inner().unwrap_or_else(|p| p.into_inner());
    let mut index = OutputIndex::new(files);
    let mut html: Vec<(String, String)> = Vec::with_capacity(pages.len());
    for (k, h, ids) in pages {
        index.add_ids(&k, ids);
        html.push((k, h));
    }
    // Sources by output path, so a finding points at the file a person edits.
    let mut sources: HashMap<String, (&Path, &str, usize)> = HashMap::new();
    for i in site.published() {
        let p = &site.content.pages[i].page;
        sources.insert(format!("{}index.html", p.path), (&p.file, &p.body, p.body_line));
    }
    let home = &site.content.home;
    sources.insert("/index.html".into(), (&home.file, &home.body, home.body_line));
    for s in &site.content.sections {
        sources.insert(format!("{}index.html", s.path), (&s.file, &s.body, s.body_line));
    }
    let base = CheckOptions::new(site.config.base_url.clone());
    let chrome = CheckOptions { check_chrome: true, ..CheckOptions::new(site.config.base_url.clone()) };
    let mut out: Vec<Diagnostic> = html
        .par_iter()
        .flat_map_iter(|(path, h)| {
            let opts = if path == "/index.html" { &chrome } else { &base };
            let url = path.trim_end_matches("index.html").to_string();
            let found = htmlcheck::check_page(&url, h, &index, opts);
            let src = sources.get(path.as_str());
            found
                .into_iter()
                // Empty alt is a question only for images the author placed:
                // the theme's own decorative images are meant to be silent.
                .filter(|f| {
                    f.rule != "a11y/img-alt-empty" || src.is_some_and(|(_, body, _)| f.needle.as_deref().is_some_and(|n| body.contains(n)))
                })
                .map(|f| match src {
                    // Markup the page's own text does not hold came from a
                    // template: met on every page that template draws, it is
                    // one problem of the site.
                    Some((file, body, body_line)) if f.needle.as_deref().is_some_and(|n| !n.is_empty() && !body.contains(n)) => {
                        site_wide(&f, file.to_path_buf(), *body_line)
                    }
                    Some((file, body, body_line)) => {
                        let (l, c) = locate(body, *body_line, f.needle.as_deref());
                        html_diag(&f, file.to_path_buf(), l, c)
                    }
                    None => site_wide(&f, theme_file(path), 0),
                })
                .collect::<Vec<_>>()
        })
        .collect();
    out.dedup();
    out
}

/// The page reduced to what the content rules look at: the `<html>` tag (for
/// `lang`), the `<title>`, and the `<main>` element. None when the page has
/// no single `<main>` (then the whole page is checked).
///
/// The searches use `memmem` (SIMD) rather than `str::find`: they run over
/// every rendered page, mostly theme chrome, and were a tenth of `check`.
fn main_only(html: &str) -> Option<String> {
    use memchr::memmem;
    let b = html.as_bytes();
    let html_tag_start = memmem::find(b, b"<html")?;
    let html_tag = &html[html_tag_start..html_tag_start + memchr::memchr(b'>', &b[html_tag_start..])? + 1];
    let title = match (memmem::find(b, b"<title"), memmem::find(b, b"</title>")) {
        (Some(a), Some(c)) if a < c => &html[a..c + "</title>".len()],
        _ => "",
    };
    let start = memmem::find(b, b"<main")?;
    let end = memmem::rfind(b, b"</main>")? + "</main>".len();
    // A second `<main` inside the region: the last 4 bytes of `</main>`
    // cannot start one, so searching up to `end` is the same as past it.
    if end <= start || b.get(start + 5..end).is_some_and(|r| memmem::find(r, b"<main").is_some()) {
        return None;
    }
    Some(format!("<!doctype html>{html_tag}<head>{title}</head><body>{}</body></html>", &html[start..end]))
}

fn theme_file(output: &str) -> PathBuf {
    PathBuf::from(format!("(output) {}", output.trim_start_matches('/')))
}

/// The file position of `needle` in a Markdown body, or the body's first line.
fn locate(body: &str, body_line: usize, needle: Option<&str>) -> (usize, usize) {
    if let Some(n) = needle.filter(|n| !n.is_empty())
        && let Some(off) = body.find(n)
    {
        let (l, c) = crate::error::line_col(body, off);
        return (l + body_line - 1, c);
    }
    (body_line, 0)
}

fn html_diag(f: &HtmlFinding, file: PathBuf, line: usize, column: usize) -> Diagnostic {
    let sev = match f.severity {
        htmlcheck::Severity::Error => Severity::Error,
        htmlcheck::Severity::Warning => Severity::Warning,
    };
    let mut d = Diagnostic::error(&f.rule, file, line, column, format!("{} (on {})", f.message, f.output_path));
    d.severity = sev;
    d.with_hint(html_hint(&f.rule))
}

/// A finding of a template, met at `file`: its message names no page, so
/// [`crate::error::once_per_site`] makes one finding of every page's.
fn site_wide(f: &HtmlFinding, file: PathBuf, line: usize) -> Diagnostic {
    let mut d = html_diag(f, file, line, 0);
    d.message = f.message.clone();
    d.site_wide()
}

/// What to do about an HTML or metadata finding: every finding carries a
/// hint, in JSON too.
fn html_hint(rule: &str) -> &'static str {
    match rule {
        "a11y/img-alt" => "write what the image shows in its alt text: ![A nurse giving a flu shot](flu.jpg)",
        "a11y/img-alt-empty" => {
            "if the image adds information, describe it: ![What it shows](file.jpg); if it is only decoration, leave the alt empty"
        }
        "a11y/img-size" => "give the image width and height attributes so the page does not jump while it loads",
        "a11y/heading-order" => "use the next heading level down (## then ###), without skipping one",
        "a11y/multiple-h1" => "the page title is the one top heading; start headings in the text at ##",
        "a11y/link-text" => "say where the link goes in its text: [flu shot clinic dates](…) rather than [click here](…)",
        "a11y/lang" | "a11y/title" => "the theme's templates must set <html lang> and <title>; check templates/ overrides",
        "links/internal" => "link to a page by its file: [text](@/tips/flu-shot.md), or fix the path",
        "links/anchor" => "link to a heading id that exists on the target page (see its ## headings)",
        "links/image" => "put the image in static/ or beside the page in its bundle, and check the file name's spelling and case",
        "meta/description-missing" => "add description = \"…\" (50-160 characters) to the front matter",
        "meta/description-long" => "shorten the description to 160 characters or fewer; search results cut the rest",
        "meta/description-short" => "write a description of at least 50 characters that says what the page offers",
        "meta/image-missing" => "set image and image_alt on the page, or [social] default_image in site.toml",
        "meta/image-small" => "use a social image of at least 1200×630 pixels so shares show a large card",
        "meta/image-large" => {
            "save the social image smaller (under 1 MB, e.g. JPEG quality 80 at 1200×630); some platforms skip large images"
        }
        _ => "see the rule in the README's check section",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn main_only_keeps_lang_title_and_main() {
        let page = "<!doctype html><html lang=\"en\"><head><meta charset=utf-8><title>T</title><meta name=x></head><body><header>h</header><main id=main><h1>A</h1></main><footer>f</footer></body></html>";
        let r = main_only(page).unwrap();
        assert_eq!(r, "<!doctype html><html lang=\"en\"><head><title>T</title></head><body><main id=main><h1>A</h1></main></body></html>");
        assert!(main_only("<html><body><p>no main</p></body></html>").is_none());
    }
}
