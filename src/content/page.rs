//! One Markdown page: its front matter validated into typed values.

use super::alert::{self, PageAlert};
use super::front_matter::{self, PageFm, RawDate, SectionKind, Split};
use crate::dates::parse_datetime;
use crate::error::Diagnostic;
use crate::output::paths::{alias_file, check_slug};
use chrono::{DateTime, FixedOffset, NaiveDate};
use chrono_tz::Tz;
use std::path::{Path, PathBuf};

/// Whether a page is part of the built site.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Published,
    Draft,
    /// Its date is in the future.
    Scheduled,
    /// Its `expires` time has passed.
    Expired,
}

/// A page as loaded from disk, before Markdown rendering.
#[derive(Debug, Clone)]
pub struct Page {
    /// Path relative to the site root, e.g. `content/tips/flu.md` (for messages).
    pub file: PathBuf,
    /// Content-relative path with `/`, e.g. `tips/flu.md` (the `@/` link form).
    pub rel: String,
    /// Top-level section folder ("" for pages directly under content/).
    pub section: String,
    pub kind: SectionKind,
    pub fm: PageFm,
    pub title: String,
    pub slug: String,
    /// Root-relative URL path, e.g. `/tips/flu/`.
    pub path: String,
    pub date: Option<DateTime<FixedOffset>>,
    pub updated: Option<DateTime<FixedOffset>>,
    pub expires: Option<DateTime<FixedOffset>>,
    pub last_reviewed: Option<NaiveDate>,
    pub signed: Option<NaiveDate>,
    pub auth_expires: Option<NaiveDate>,
    /// The validated `alert` of a news page (see [`super::alert`]).
    pub alert: Option<PageAlert>,
    pub status: Status,
    /// Front matter text (for key positions in later diagnostics).
    pub front: String,
    pub front_line: usize,
    pub body: String,
    pub body_line: usize,
    /// Bundle folder (absolute) for `<slug>/index.md` pages.
    pub bundle_dir: Option<PathBuf>,
}

impl Page {
    /// File position of a front matter key, for diagnostics.
    pub fn key_pos(&self, key: &str) -> (usize, usize) {
        let (l, c) = crate::serde_diag::key_position(&self.front, key);
        (l + self.front_line - 1, c)
    }

    /// True if `--drafts`/`--future` or the clock let it into the build.
    pub fn is_published(&self) -> bool {
        self.status == Status::Published
    }

    /// Is the page published on this channel (`website`, `rss`, `social`)?
    /// All three unless its `channels` says otherwise.
    pub fn on_channel(&self, channel: &str) -> bool {
        self.fm.channels.as_ref().is_none_or(|c| c.iter().any(|x| x == channel))
    }

    /// Plain name for team pages: `name`, else the title without credentials.
    pub fn person_name(&self) -> String {
        if let Some(n) = &self.fm.name {
            return n.clone();
        }
        let t = self.title.split(',').next().unwrap_or(&self.title).trim();
        t.trim_start_matches("Dr. ").to_string()
    }
}

/// Inputs needed to place and date a page.
pub struct PageContext<'a> {
    pub tz: Tz,
    pub now: DateTime<FixedOffset>,
    pub drafts: bool,
    pub future: bool,
    pub kind: SectionKind,
    pub section: &'a str,
    pub date_required: bool,
}

/// Tags one page may have. Each tag page shows every tag of the pages it
/// lists, so a page's tags cost their number squared; thousands of tags (a
/// bad import) took minutes and gigabytes, and no reader browses by them.
pub const MAX_TAGS: usize = 50;

/// Parses one page file (already read) into a [`Page`], or every problem it has.
pub fn parse_page(file: &Path, rel: &str, text: &str, bundle_dir: Option<PathBuf>, cx: &PageContext) -> Result<Page, Vec<Diagnostic>> {
    let split: Split = front_matter::split(text, file).map_err(|d| vec![d])?;
    let mut fm: PageFm = front_matter::parse_all(&split, file, front_matter::PAGE_KEYS)?;
    // `carepress new` writes `author = ""` and `reviewed_by = ""` for the
    // author to fill in: an empty slug means "not set", not a team page.
    for slug in [&mut fm.author, &mut fm.reviewed_by] {
        if slug.as_deref().is_some_and(|s| s.trim().is_empty()) {
            *slug = None;
        }
    }
    let mut problems = Vec::new();
    let at = |key: &str| {
        let (l, c) = crate::serde_diag::key_position(split.front, key);
        (l + split.front_line - 1, c)
    };
    let mut date_of = |key: &str, raw: &Option<RawDate>| -> Option<DateTime<FixedOffset>> {
        let raw = raw.as_ref()?;
        let parsed = parse_datetime(&raw.0, cx.tz);
        if parsed.is_none() {
            let (l, c) = at(key);
            problems.push(
                Diagnostic::error("build/date", file, l, c, format!("`{key}` value `{}` is not a date", raw.0))
                    .with_hint("write YYYY-MM-DD, YYYY-MM-DDTHH:MM:SS (site time zone) or an RFC 3339 time with offset"),
            );
        }
        parsed
    };
    let date = date_of("date", &fm.date);
    let updated = date_of("updated", &fm.updated);
    let expires = date_of("expires", &fm.expires);
    let last_reviewed = date_of("last_reviewed", &fm.last_reviewed).map(|d| d.date_naive());
    let (signed, auth_expires) = match &fm.authorization {
        Some(a) => (date_of("signed", &a.signed).map(|d| d.date_naive()), date_of("expires", &a.expires).map(|d| d.date_naive())),
        None => (None, None),
    };
    let until = fm.alert.as_ref().and_then(|a| date_of("until", &a.until));
    let title = fm.title.clone().unwrap_or_default();
    let alert = fm.alert.as_ref().and_then(|a| {
        let input = alert::AlertInput { fm: a, file, kind: cx.kind, section: cx.section, date, until, at: &at };
        alert::validate(&input, &mut problems)
    });
    check_required(&fm, file, split.front_line, cx, &at, &mut problems);
    check_values(&fm, file, &at, &mut problems);
    if !problems.is_empty() {
        return Err(problems);
    }
    let (slug, path) = address(&fm, rel, bundle_dir.is_some(), file, &at).map_err(|d| vec![d])?;
    let status = if fm.draft && !cx.drafts {
        Status::Draft
    } else if date.is_some_and(|d| d > cx.now) && !cx.future {
        Status::Scheduled
    } else if expires.is_some_and(|e| e <= cx.now) {
        Status::Expired
    } else {
        Status::Published
    };
    Ok(Page {
        file: file.to_path_buf(),
        rel: rel.to_string(),
        section: cx.section.to_string(),
        kind: cx.kind,
        title,
        slug,
        path,
        date,
        updated,
        expires,
        last_reviewed,
        signed,
        auth_expires,
        alert,
        status,
        front: split.front.to_string(),
        front_line: split.front_line,
        body: split.body.to_string(),
        body_line: split.body_line,
        bundle_dir,
        fm,
    })
}

/// The keys a page cannot do without: a title, and a date where its
/// section sorts by date.
fn check_required(
    fm: &PageFm,
    file: &Path,
    front_line: usize,
    cx: &PageContext,
    at: &dyn Fn(&str) -> (usize, usize),
    problems: &mut Vec<Diagnostic>,
) {
    if fm.title.as_deref().unwrap_or("").trim().is_empty() {
        let (l, c) = if fm.title.is_some() { at("title") } else { (front_line, 1) };
        problems.push(
            Diagnostic::error("build/missing-key", file, l, c, "the page has no title")
                .with_hint("add `title = \"…\"` to the front matter"),
        );
    }
    if cx.date_required && fm.date.is_none() {
        problems.push(
            Diagnostic::error("build/missing-key", file, front_line, 1, format!("pages in the `{}` section need a `date`", cx.section))
                .with_hint("add `date = YYYY-MM-DD`, or set `sort_by` of the section to \"weight\" or \"title\""),
        );
    }
}

/// Checks the front-matter values that need more than their type: image
/// alt text, caption length, the page allowlist's reason, tags and aliases.
fn check_values(fm: &PageFm, file: &Path, at: &dyn Fn(&str) -> (usize, usize), problems: &mut Vec<Diagnostic>) {
    if fm.image.is_some() && fm.image_alt.as_deref().unwrap_or("").trim().is_empty() {
        let (l, c) = at("image");
        problems.push(
            Diagnostic::error("build/image-alt", file, l, c, "`image` is set but `image_alt` is missing")
                .with_hint("describe what the image shows in `image_alt = \"…\"` (screen readers and social cards read it)"),
        );
    }
    if let Some(s) = &fm.social
        && let Some(c) = &s.caption
        && c.chars().count() > 280
    {
        let (l, col) = at("caption");
        problems.push(
            Diagnostic::error(
                "build/social",
                file,
                l,
                col,
                format!("social caption is {} characters; the limit is 280", c.chars().count()),
            )
            .with_hint("shorten the caption"),
        );
    }
    if let Some(c) = &fm.compliance
        && !c.allow.is_empty()
        && c.reason.as_deref().is_none_or(|r| r.trim().is_empty())
    {
        let (l, col) = at("compliance");
        problems.push(
            Diagnostic::error("build/compliance", file, l, col, "`compliance.allow` has no `reason`")
                .with_hint("say why these strings are not patient information: compliance = { allow = [\"…\"], reason = \"…\" }"),
        );
    }
    if let Some(chs) = &fm.channels {
        let (l, c) = at("channels");
        if let Some(bad) = chs.iter().find(|x| !matches!(x.as_str(), "website" | "rss" | "social")) {
            problems.push(
                Diagnostic::error("build/channels", file, l, c, format!("unknown channel `{bad}` in `channels`"))
                    .with_hint("channels are \"website\", \"rss\" and \"social\", e.g. channels = [\"website\", \"rss\"]"),
            );
        } else if !chs.iter().any(|x| x == "website") {
            // A static site publishes every page it builds; to keep a page
            // off the website, it is a draft.
            problems.push(
                Diagnostic::error("build/channels", file, l, c, "`channels` leaves out \"website\": every built page is on the website")
                    .with_hint("keep \"website\" in `channels`, or set `draft = true` to publish the page nowhere"),
            );
        }
    }
    if fm.tags.len() > MAX_TAGS {
        let (l, c) = at("tags");
        problems.push(
            Diagnostic::error("build/tags", file, l, c, format!("the page has {} tags; the limit is {MAX_TAGS}", fm.tags.len()))
                .with_hint("keep the few tags a reader would browse by; every tag makes a page and three feeds that list this page"),
        );
    }
    for tag in fm.tags.iter().take(MAX_TAGS) {
        if let Err(why) = check_slug(&slugify(tag)) {
            let (l, c) = at("tags");
            problems.push(
                Diagnostic::error("build/tags", file, l, c, format!("tag `{}` cannot be a page: {why}", shorten(tag)))
                    .with_hint("use a few words for a tag"),
            );
        }
    }
    for alias in &fm.aliases {
        if let Err(why) = alias_file(alias) {
            let (l, c) = at("aliases");
            problems.push(
                Diagnostic::error("build/alias", file, l, c, format!("alias `{}` cannot be used: {why}", shorten(alias)))
                    .with_hint("write the old address as a path on this site, e.g. aliases = [\"/old-page/\"]"),
            );
        }
    }
}

/// The page's slug and root-relative path, from `slug` or its file (or
/// bundle folder) name; an error when that makes no usable address.
fn address(fm: &PageFm, rel: &str, bundle: bool, file: &Path, at: &dyn Fn(&str) -> (usize, usize)) -> Result<(String, String), Diagnostic> {
    let file_stem = if bundle {
        Path::new(rel).parent().and_then(|p| p.file_name()).map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
    } else {
        Path::new(rel).file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
    };
    let slug = slugify(fm.slug.as_deref().unwrap_or(&file_stem));
    if let Err(why) = check_slug(&slug) {
        let (l, c, what) = match &fm.slug {
            Some(raw) => {
                let (l, c) = at("slug");
                (l, c, format!("slug `{}`", shorten(raw)))
            }
            None => (1, 1, format!("the file name `{}`", shorten(&file_stem))),
        };
        return Err(Diagnostic::error("build/slug", file, l, c, format!("{what} cannot be an address: {why}"))
            .with_hint("set `slug` to a few words, e.g. slug = \"flu-shots\""));
    }
    let parent = {
        let p = Path::new(rel).parent().unwrap_or(Path::new(""));
        let p = if bundle { p.parent().unwrap_or(Path::new("")) } else { p };
        p.to_string_lossy().replace('\\', "/")
    };
    let path = if parent.is_empty() { format!("/{slug}/") } else { format!("/{parent}/{slug}/") };
    Ok((slug, path))
}

/// The start of a long value, for messages (a 10,000-character tag is not
/// worth repeating).
pub fn shorten(s: &str) -> String {
    const MAX: usize = 60;
    if s.chars().count() <= MAX { s.to_string() } else { format!("{}…", s.chars().take(MAX).collect::<String>()) }
}

/// URL-safe slug: lower-case letters and digits joined by single hyphens.
pub fn slugify(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut dash = false;
    for c in s.chars() {
        if c.is_alphanumeric() {
            for l in c.to_lowercase() {
                out.push(l);
            }
            dash = false;
        } else if !dash && !out.is_empty() {
            out.push('-');
            dash = true;
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cx(now: &str) -> PageContext<'static> {
        let tz: Tz = "America/Chicago".parse().unwrap();
        PageContext {
            tz,
            now: parse_datetime(now, tz).unwrap(),
            drafts: false,
            future: false,
            kind: SectionKind::Tips,
            section: "tips",
            date_required: true,
        }
    }

    #[test]
    fn slugs_are_clean() {
        assert_eq!(slugify("Flu Shots: 2026 & You!"), "flu-shots-2026-you");
        assert_eq!(slugify("--a--b--"), "a-b");
    }

    #[test]
    fn status_follows_dates_and_flags() {
        let p = |fm: &str| {
            parse_page(Path::new("content/tips/a.md"), "tips/a.md", &format!("+++\ntitle = \"A\"\n{fm}\n+++\nx"), None, &cx("2026-06-01"))
                .unwrap()
        };
        assert_eq!(p("date = 2026-05-01").status, Status::Published);
        assert_eq!(p("date = 2026-07-01").status, Status::Scheduled);
        assert_eq!(p("date = 2026-05-01\ndraft = true").status, Status::Draft);
        assert_eq!(p("date = 2026-05-01\nexpires = 2026-05-31").status, Status::Expired);
        assert_eq!(p("date = 2026-05-01").path, "/tips/a/");
        assert_eq!(p("date = 2026-05-01\nslug = \"Other Name\"").path, "/tips/other-name/");
    }

    #[test]
    fn empty_person_slugs_mean_unset() {
        let text = "+++\ntitle = \"A\"\ndate = 2026-05-01\nauthor = \"\"\nreviewed_by = \" \"\n+++\nx";
        let p = parse_page(Path::new("content/tips/a.md"), "tips/a.md", text, None, &cx("2026-06-01")).unwrap();
        assert_eq!((p.fm.author, p.fm.reviewed_by), (None, None));
    }

    #[test]
    fn tags_are_capped_with_an_error_at_their_line() {
        let tags: Vec<String> = (0..=MAX_TAGS).map(|i| format!("\"t{i}\"")).collect();
        let text = format!("+++\ntitle = \"A\"\ndate = 2026-05-01\ntags = [{}]\n+++\nx", tags.join(", "));
        let errs = parse_page(Path::new("content/tips/a.md"), "tips/a.md", &text, None, &cx("2026-06-01")).unwrap_err();
        assert_eq!((errs.len(), errs[0].line), (1, 4), "{errs:?}");
        assert!(errs[0].message.contains("limit is 50"));
    }

    #[test]
    fn every_problem_of_a_page_is_reported() {
        let text = "+++\ntitle = \"\"\ndate = \"soon\"\nimage = \"a.jpg\"\n+++\n";
        let errs = parse_page(Path::new("a.md"), "tips/a.md", text, None, &cx("2026-06-01")).unwrap_err();
        let lines: Vec<usize> = errs.iter().map(|d| d.line).collect();
        assert_eq!(errs.len(), 3, "{errs:?}");
        assert!(lines.contains(&2) && lines.contains(&3) && lines.contains(&4), "{lines:?}");
    }
}
