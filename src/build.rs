//! The build pipeline: load config -> load content -> site model (Markdown
//! rendered in parallel) -> compliance -> render every output in parallel
//! into a [`Sink`] -> swap the staging folder in.

use crate::config::{Config, FeedFormat, PhiMode};
use crate::content::{self, LoadOptions};
use crate::error::{Diagnostic, Error, Result, sort_diagnostics};
use crate::graphics::cache::Cache;
use crate::output::{DiskSink, Sink};
use crate::render::pages::{Out, Renderer, redirect_html};
use crate::render::{feeds, offline, sitemap, templates};
use crate::site::Site;
use chrono::{DateTime, FixedOffset};
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// Options shared by every command that reads content.
#[derive(Debug, Clone, Default)]
pub struct SiteOptions {
    pub root: PathBuf,
    pub base_url: Option<String>,
    pub drafts: bool,
    pub future: bool,
    /// `--now`: a date or RFC 3339 time; None means the clock.
    pub now: Option<String>,
}

/// What a build did.
#[derive(Debug)]
pub struct BuildReport {
    pub pages: usize,
    pub files: usize,
    pub output: PathBuf,
    pub warnings: Vec<Diagnostic>,
    /// When the site will next change by itself (a scheduled page goes live or one expires).
    pub next_change: Option<DateTime<FixedOffset>>,
    /// Entries of `.carepress-cache/` this build did not use, deleted after it succeeded.
    pub pruned: usize,
}

/// Loads config and content and builds the site model; fails with every error found.
/// Warnings are returned beside the site.
pub fn load_site(opts: &SiteOptions) -> Result<(Site, Vec<Diagnostic>)> {
    let (site, problems) = load_site_lenient(opts)?;
    if problems.iter().any(Diagnostic::is_error) {
        return Err(Error::Content(problems));
    }
    Ok((site, problems))
}

/// Loads as much of the site as can be loaded and returns every problem
/// (errors included) beside it; fails only when there is no site to look at
/// (no or broken site.toml, no content folder, bad `--now`).
pub fn load_site_lenient(opts: &SiteOptions) -> Result<(Site, Vec<Diagnostic>)> {
    let mut config = Config::load(&opts.root)?;
    let toml_text = std::fs::read_to_string(opts.root.join("site.toml")).unwrap_or_default();
    let config_problems = crate::config::validate_practice(&mut config, &toml_text);
    if let Some(b) = &opts.base_url {
        crate::config::check_base_url(b).map_err(|why| Error::Usage(format!("--base-url `{}` {why}", b.escape_debug())))?;
        config.base_url = if b.ends_with('/') { b.clone() } else { format!("{b}/") };
    }
    let tz = config.tz();
    let now = match &opts.now {
        Some(s) => crate::dates::parse_now(s, tz).ok_or_else(|| {
            Error::Usage(format!("--now `{s}` is not a date or RFC 3339 time (e.g. 2026-11-27 or 2026-11-27T09:00:00-06:00)"))
        })?,
        None => crate::dates::now_in(tz),
    };
    let lo = LoadOptions { drafts: opts.drafts, future: opts.future, now, tz };
    let (content, mut problems) = content::load_lenient(&opts.root, &lo)?;
    problems.extend(config_problems);
    let (site, more) = Site::new(&opts.root, config, content, now);
    problems.extend(more);
    sort_diagnostics(&mut problems);
    Ok((site, problems))
}

/// Runs the build-time compliance rules as `[compliance] phi` says: errors
/// under "error", warnings under "warn", nothing under "off".
///
/// This is the one gate: `build`, watch start-up and every full watch
/// rebuild call it, and an incremental watch edit calls [`page_gate`], the
/// same per-page rules under the same mode, so all give one verdict.
pub fn compliance_gate(site: &Site) -> Vec<Diagnostic> {
    match site.config.compliance.phi {
        PhiMode::Off => Vec::new(),
        mode => apply_mode(mode, crate::compliance::build_rules(site)),
    }
}

/// The gate for one page (the PHI, consent and reply rules under the site's
/// `[compliance] phi` mode), as [`compliance_gate`] runs them for every
/// published page. `allow` is [`crate::compliance::allowlist`] of the site.
pub fn page_gate(site: &Site, page: &crate::content::Page, allow: &crate::compliance::phi::Allowlist) -> Vec<Diagnostic> {
    match site.config.compliance.phi {
        PhiMode::Off => Vec::new(),
        _ if !page.is_published() => Vec::new(),
        mode => apply_mode(mode, crate::compliance::phi_page(site, page, allow)),
    }
}

fn apply_mode(mode: PhiMode, found: Vec<Diagnostic>) -> Vec<Diagnostic> {
    found
        .into_iter()
        .map(|mut d| {
            if mode == PhiMode::Warn {
                d.severity = crate::error::Severity::Warning;
            }
            d
        })
        .collect()
}

/// Builds the site into its output folder atomically. `output` overrides
/// `[build] output_dir`; `force` lets it replace a non-empty folder that
/// carepress did not write (never the site itself: see [`crate::output::folder`]).
pub fn build(opts: &SiteOptions, output: Option<&Path>, force: bool) -> Result<BuildReport> {
    let timing = Timer::new();
    // The output folder is checked before anything else, so a typo in it
    // fails fast and touches nothing.
    let requested = match output {
        Some(o) => o.to_path_buf(),
        None => opts.root.join(Config::load(&opts.root)?.build.output_dir),
    };
    let out_dir = crate::output::folder::choose(&opts.root, &requested, force).map_err(|e| match (e, output) {
        (Error::Usage(m), None) => Error::Usage(format!("site.toml [build] output_dir: {m}")),
        (e, _) => e,
    })?;
    let (site, mut warnings) = load_site(opts)?;
    timing.mark("load");
    let mut gate = compliance_gate(&site);
    timing.mark("compliance");
    sort_diagnostics(&mut gate);
    if gate.iter().any(Diagnostic::is_error) {
        gate.extend(warnings);
        return Err(Error::Content(gate));
    }
    warnings.extend(gate);
    // The starter's leftovers: errors in `check`, warnings here, so an
    // unfinished site still builds for review but says it is unfinished.
    warnings.extend(crate::compliance::publish::check(&site).into_iter().map(|mut d| {
        d.severity = crate::error::Severity::Warning;
        d
    }));
    timing.mark("publish");
    let tera = templates::load(&site.root, &site.config.theme.name)?;
    let output = out_dir.path.clone();
    let sink = DiskSink::new(out_dir)?;
    let prefix = crate::render::base_path::prefix_of(&site.config.base_url);
    // One cache for the whole build: it records every entry used, and the
    // others are deleted once the build has succeeded.
    let cache = Cache::of_site(&site.root);
    let how =
        RenderOptions { inject: None, prefix: prefix.clone(), register_worker: site.config.theme.offline, cache: Some(cache.clone()) };
    let rendered = match &prefix {
        Some(p) => render_with(&site, &tera, &PrefixSink { inner: &sink, prefix: p }, &how),
        None => render_with(&site, &tera, &sink, &how),
    };
    let files = match rendered {
        Ok(n) => n,
        Err(e) => {
            sink.abandon();
            return Err(e);
        }
    };
    timing.mark("render");
    sink.commit()?;
    timing.mark("commit");
    let pruned = cache.prune();
    timing.mark("prune cache");
    Ok(BuildReport {
        pages: site.published().count(),
        files,
        output,
        warnings,
        next_change: crate::schedule::next_change(&site.content, site.now),
        pruned,
    })
}

/// Writes into `inner` with the base URL's path in front of every
/// site-relative URL of each HTML file (see [`crate::render::base_path`]).
struct PrefixSink<'a> {
    inner: &'a dyn Sink,
    prefix: &'a str,
}

impl Sink for PrefixSink<'_> {
    fn draws_images(&self) -> bool {
        self.inner.draws_images()
    }

    fn copy_from(&self, rel: &str, src: &Path) -> Result<()> {
        self.inner.copy_from(rel, src)
    }

    fn write(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        match std::str::from_utf8(bytes) {
            Ok(html) if rel.ends_with(".html") => self.inner.write(rel, crate::render::base_path::apply(html, self.prefix).as_bytes()),
            _ => self.inner.write(rel, bytes),
        }
    }
}

/// How [`render_with`] renders, beyond the site itself.
#[derive(Debug, Clone, Default)]
pub struct RenderOptions {
    /// Appended before `</body>` of every page (the live-reload client in `watch`).
    pub inject: Option<String>,
    /// The base path the sink puts in front of the site-relative URLs of
    /// HTML ("/site", see [`crate::render::base_path`]); the service worker,
    /// which is not HTML, is written with it.
    pub prefix: Option<String>,
    /// Every page registers the service worker (`build` only, and only when
    /// `[theme] offline` is on; see [`crate::render::offline`]).
    pub register_worker: bool,
    /// The image cache, which records the entries used; the site's own when `None`.
    pub cache: Option<Cache>,
}

/// Renders every output of the site into `sink`; returns the number of files.
pub fn render_all(site: &Site, tera: &tera::Tera, sink: &dyn Sink, inject: Option<String>) -> Result<usize> {
    render_with(site, tera, sink, &RenderOptions { inject, ..RenderOptions::default() })
}

/// [`render_all`] with every option.
pub fn render_with(site: &Site, tera: &tera::Tera, sink: &dyn Sink, how: &RenderOptions) -> Result<usize> {
    let timing = Timer::new();
    let missing = missing_templates(site, tera);
    if !missing.is_empty() {
        return Err(Error::Content(missing));
    }
    let cache = how.cache.clone().unwrap_or_else(|| Cache::of_site(&site.root));
    let mut r = Renderer::new(site, tera);
    r.inject = how.inject.clone();
    // The offline app: the files the worker precaches are hashed as they
    // are written, for the worker's cache name.
    let offline = site.config.theme.offline.then(|| offline::Plan::new(site, &crate::render::pages::css_url()));
    let recorder = offline.as_ref().map(|plan| Recorder::new(sink, plan.files()));
    let sink: &dyn Sink = match &recorder {
        Some(rec) => rec,
        None => sink,
    };
    if offline.is_some() && how.register_worker {
        r.register_worker = Some(offline::register_script(how.prefix.as_deref()));
    }
    let write = |outs: Vec<Out>| -> Result<usize> {
        let n = outs.len();
        for (p, b) in outs {
            sink.write(&p, &b)?;
        }
        Ok(n)
    };
    // Cards first: pages and feeds print their byte sizes. From the cache
    // when drawn before (`.carepress-cache/` in the site root).
    let mut total = generated_images(site, sink, &cache)?;
    timing.mark("cards, icons");
    // Every HTML output is one job in a single parallel pass, so neither core
    // idles at the end of one stage waiting for the next.
    let jobs = html_jobs(site, offline.is_some());
    let results: Vec<std::result::Result<usize, Error>> = jobs
        .par_iter()
        .map(|job| {
            let outs = match job {
                Job::Page(i) => {
                    let mut outs = vec![r.page(*i).map_err(Error::one)?];
                    outs.extend(aliases(site, *i));
                    outs
                }
                Job::Section(si, n) => r.section_chunks(*si, Some(&[*n])).map_err(Error::one)?,
                Job::Tag(slug, n) => r.tag_chunks(slug, Some(&[*n])).map_err(Error::one)?,
                Job::TagList => vec![r.tag_list().map_err(Error::one)?],
                Job::Home => vec![r.home().map_err(Error::one)?],
                Job::NotFound => vec![r.not_found().map_err(Error::one)?],
                Job::Offline => vec![r.offline(offline.as_ref().map_or(&[][..], |p| &p.pages)).map_err(Error::one)?],
            };
            write(outs)
        })
        .collect();
    let mut problems = Vec::new();
    for res in results {
        match res {
            Ok(n) => total += n,
            Err(Error::Content(d)) => problems.extend(d),
            Err(e) => return Err(e),
        }
    }
    total += write(pagination_redirects(site))?;
    if !problems.is_empty() {
        problems.dedup();
        return Err(Error::Content(problems));
    }
    timing.mark("html");
    total += write(feed_outputs(site))?;
    timing.mark("feeds");
    total += write(sitemap_outputs(site))?;
    total += write_assets(site, sink, &cache)?;
    timing.mark("sitemap, assets");
    if let (Some(plan), Some(rec)) = (&offline, &recorder)
        && !crate::site::routes::static_replaces(site, offline::WORKER)
    {
        // Only what this build wrote: one missing file would make the
        // browser's `cache.addAll` fail and the worker never install.
        let written = rec.digests();
        let precached: Vec<(String, [u8; 32])> =
            plan.urls.iter().filter_map(|u| written.get(&offline::url_file(u)).map(|d| (u.clone(), *d))).collect();
        sink.write(offline::WORKER, offline::worker(how.prefix.as_deref(), &precached).as_bytes())?;
        total += 1;
    }
    Ok(total)
}

/// Passes every file on to `inner`, keeping the SHA-256 of the files named
/// in `wanted` (what the service worker precaches).
struct Recorder<'a> {
    inner: &'a dyn Sink,
    wanted: std::collections::HashSet<String>,
    digests: std::sync::Mutex<std::collections::HashMap<String, [u8; 32]>>,
}

impl<'a> Recorder<'a> {
    fn new(inner: &'a dyn Sink, wanted: impl Iterator<Item = String>) -> Recorder<'a> {
        Recorder { inner, wanted: wanted.collect(), digests: Default::default() }
    }

    fn keep(&self, rel: &str, bytes: &[u8]) {
        if self.wanted.contains(rel) {
            let d = crate::graphics::cache::digest(bytes);
            self.digests.lock().unwrap_or_else(|p| p.into_inner()).insert(rel.to_string(), d);
        }
    }

    /// The digests of the wanted files written so far, by file.
    fn digests(&self) -> std::collections::HashMap<String, [u8; 32]> {
        self.digests.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }
}

impl Sink for Recorder<'_> {
    fn draws_images(&self) -> bool {
        self.inner.draws_images()
    }

    fn copy_from(&self, rel: &str, src: &Path) -> Result<()> {
        if self.wanted.contains(rel) {
            self.keep(rel, &std::fs::read(src).map_err(|e| Error::io(src, e))?);
        }
        self.inner.copy_from(rel, src)
    }

    fn write(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        self.keep(rel, bytes);
        self.inner.write(rel, bytes)
    }
}

/// Writes the social cards and icons (see [`crate::graphics`]), drawn or
/// copied from the cache `.carepress-cache/`; a sink that does not draw
/// images gets their paths only. Returns the number of files.
fn generated_images(site: &Site, sink: &dyn Sink, cache: &Cache) -> Result<usize> {
    let icon_files = || crate::graphics::icons::files().into_iter().filter(|f| !crate::site::routes::static_replaces(site, f));
    if !sink.draws_images() {
        let mut paths: Vec<String> = site.cards.files().collect();
        if site.info.icons.app {
            paths.extend(icon_files().map(str::to_string));
        }
        for p in &paths {
            sink.write(p, &[])?;
        }
        return Ok(paths.len());
    }
    let cards = site.cards.draw(cache, None)?;
    let mut total = cards.len();
    let written: Vec<Result<()>> = cards.into_par_iter().map(|(rel, entry)| entry.write_to(sink, &rel)).collect();
    written.into_iter().collect::<Result<Vec<()>>>()?;
    if let Some((asset, info)) = crate::site::views::icon_logo(&site.config, &site.assets) {
        let bytes = match &asset.stripped {
            Some(b) => b.as_ref().clone(),
            None => std::fs::read(&asset.src).map_err(|e| Error::io(&asset.src, e))?,
        };
        let logo = crate::graphics::icons::Logo { bytes: &bytes, format: info.format };
        let app = crate::graphics::icons::AppInfo { name: &site.config.practice.name, theme_color: &site.info.icons.theme_color };
        let skip = |f: &str| crate::site::routes::static_replaces(site, f);
        let icons = crate::graphics::icons::make(&logo, &app, cache, &skip).map_err(|e| {
            let text = std::fs::read_to_string(site.root.join("site.toml")).unwrap_or_default();
            let (l, c) = crate::content::front_matter::key_position(&text, "logo");
            Error::one(
                Diagnostic::error("build/logo", "site.toml", l, c, format!("icons cannot be drawn from the logo: {e}"))
                    .with_hint("use an SVG, PNG or JPEG logo that opens in an image editor"),
            )
        })?;
        total += icons.len();
        for (rel, bytes) in icons {
            sink.write(&rel, &bytes)?;
        }
    }
    Ok(total)
}

/// `template` and `page_template` values that name no template, reported at
/// the page or section that asked for them (rendering would only name the
/// template).
fn missing_templates(site: &Site, tera: &tera::Tera) -> Vec<Diagnostic> {
    let known: std::collections::HashSet<&str> = tera.get_template_names().collect();
    let hint = |name: &str| {
        let mut names: Vec<&str> = known.iter().copied().filter(|n| n.ends_with(".html") && !n.contains('/')).collect();
        names.sort();
        match crate::error::did_you_mean(name, names.iter().copied()) {
            Some(k) => format!("did you mean `{k}`? Templates are looked up in templates/, then the theme"),
            None => format!("put {name} under templates/, or use one of: {}", names.join(", ")),
        }
    };
    let mut out = Vec::new();
    let mut section_key = |file: &Path, key: &str, name: &str| {
        let text = std::fs::read_to_string(site.root.join(file)).unwrap_or_default();
        let (l, c) = crate::content::front_matter::key_position(&text, key);
        out.push(
            Diagnostic::error("build/template", file, l, c, format!("`{key}` is `{name}`, but there is no such template"))
                .with_hint(hint(name)),
        );
    };
    for s in std::iter::once(&site.content.home).chain(&site.content.sections) {
        for (key, value) in [("template", &s.fm.template), ("page_template", &s.fm.page_template)] {
            if let Some(name) = value.as_deref().filter(|n| !known.contains(n)) {
                section_key(&s.file, key, name);
            }
        }
    }
    for i in site.published() {
        let p = &site.content.pages[i];
        if let Some(name) = p.fm.template.as_deref().filter(|n| !known.contains(n)) {
            let (l, c) = p.key_pos("template");
            out.push(
                Diagnostic::error("build/template", &p.file, l, c, format!("`template` is `{name}`, but there is no such template"))
                    .with_hint(hint(name)),
            );
        }
    }
    out
}

/// One unit of HTML rendering.
enum Job {
    Page(usize),
    /// A section's listing page (1-based number).
    Section(usize, usize),
    /// A tag's listing page (1-based number).
    Tag(String, usize),
    TagList,
    Home,
    NotFound,
    /// `offline.html` (`[theme] offline = true`).
    Offline,
}

fn html_jobs(site: &Site, offline: bool) -> Vec<Job> {
    use crate::render::pages::{TAG_PAGE_SIZE, chunks};
    let mut jobs: Vec<Job> = site.published().map(Job::Page).collect();
    for (si, s) in site.content.sections.iter().enumerate() {
        let n = chunks(&site.section_pages[si], s.fm.paginate_by).len();
        jobs.extend((1..=n).map(|k| Job::Section(si, k)));
    }
    for t in site.tags.values() {
        let n = chunks(&t.pages, Some(TAG_PAGE_SIZE)).len();
        jobs.extend((1..=n).map(|k| Job::Tag(t.slug.clone(), k)));
    }
    jobs.extend([Job::TagList, Job::Home, Job::NotFound]);
    if offline && !crate::site::routes::static_replaces(site, crate::render::offline::PAGE) {
        jobs.push(Job::Offline);
    }
    jobs
}

/// `/<listing>/page/1/` redirects to the listing itself, like Zola.
fn pagination_redirects(site: &Site) -> Vec<Out> {
    use crate::render::pages::{TAG_PAGE_SIZE, chunks};
    let mut bases: Vec<String> = Vec::new();
    for (si, s) in site.content.sections.iter().enumerate() {
        if chunks(&site.section_pages[si], s.fm.paginate_by).len() > 1 {
            bases.push(s.path.clone());
        }
    }
    for t in site.tags.values() {
        if chunks(&t.pages, Some(TAG_PAGE_SIZE)).len() > 1 {
            bases.push(format!("/tags/{}/", t.slug));
        }
    }
    bases
        .iter()
        .map(|b| (format!("{}page/1/index.html", b.trim_start_matches('/')), redirect_html(&site.config.abs_url(b)).into_bytes()))
        .collect()
}

/// Per-stage timings on stderr when `CAREPRESS_TIMINGS` is set (for
/// profiling; benchmarks measure whole runs).
pub struct Timer {
    on: bool,
    last: std::cell::Cell<std::time::Instant>,
}

impl Timer {
    /// Starts timing now.
    pub fn new() -> Timer {
        Timer { on: std::env::var_os("CAREPRESS_TIMINGS").is_some(), last: std::cell::Cell::new(std::time::Instant::now()) }
    }

    /// Prints the time since the previous mark.
    pub fn mark(&self, stage: &str) {
        if self.on {
            let now = std::time::Instant::now();
            eprintln!("[timing] {stage}: {} ms", (now - self.last.get()).as_millis());
            self.last.set(now);
        }
    }
}

impl Default for Timer {
    fn default() -> Self {
        Timer::new()
    }
}

/// Redirect pages for a page's aliases.
pub fn aliases(site: &Site, i: usize) -> Vec<Out> {
    let p = &site.content.pages[i];
    let to = site.config.abs_url(&p.path);
    // Aliases that are not valid paths were reported when the page loaded.
    p.fm.aliases
        .iter()
        .filter_map(|a| crate::output::paths::alias_file(a).ok())
        .map(|file| (file, redirect_html(&to).into_bytes()))
        .collect()
}

/// RSS, Atom and JSON feeds for the site, each section with a feed, and each tag.
pub fn feed_outputs(site: &Site) -> Vec<Out> {
    feed_outputs_where(site, |_| true)
}

/// The feeds whose folder (root-relative, "/" for the site's) passes `keep`.
pub fn feed_outputs_where(site: &Site, keep: impl Fn(&str) -> bool + Sync) -> Vec<Out> {
    let cfg = &site.config;
    let mut site_pages: Vec<usize> = Vec::new();
    for (si, s) in site.content.sections.iter().enumerate() {
        if s.feed {
            site_pages.extend(&site.section_pages[si]);
        }
    }
    crate::site::sort_pages(&mut site_pages, &site.content.pages, crate::content::front_matter::SortBy::Date);
    let mut channels = Vec::new();
    if keep("/") {
        channels.push(site.channel(cfg.title.clone(), cfg.description.clone(), "/", "/", &site_pages));
    }
    for (si, s) in site.content.sections.iter().enumerate() {
        if s.feed && keep(&s.path) {
            let desc = s.fm.description.clone().unwrap_or_else(|| format!("{} from {}", s.title, cfg.title));
            channels.push(site.channel(format!("{}: {}", cfg.title, s.title), desc, &s.path, &s.path, &site.section_pages[si]));
        }
    }
    for t in site.tags.values() {
        let base = format!("/tags/{}/", t.slug);
        if !keep(&base) {
            continue;
        }
        channels.push(site.channel(
            format!("{}: {}", cfg.title, t.name),
            format!("Pages about {} from {}", t.name, cfg.title),
            &base,
            &base,
            &t.pages,
        ));
    }
    channels
        .par_iter()
        .flat_map_iter(|ch| {
            // feed_base is an encoded URL; the file goes to the decoded path.
            let folder = ch.feed_base.strip_prefix(&cfg.base_url).unwrap_or("");
            let folder = percent_encoding::percent_decode_str(folder).decode_utf8_lossy().into_owned();
            cfg.feeds.formats.iter().map(move |f| {
                let (file, _, _) = crate::site::views::feed_file(*f);
                let body = match f {
                    FeedFormat::Rss => feeds::rss(&site.info, ch),
                    FeedFormat::Atom => feeds::atom(&site.info, ch),
                    FeedFormat::Json => feeds::json_feed(&site.info, ch),
                };
                (format!("{folder}{file}"), body.into_bytes())
            })
        })
        .collect()
}

/// sitemap.xml (an index when over the protocol's limits) and robots.txt.
pub fn sitemap_outputs(site: &Site) -> Vec<Out> {
    let mut entries = vec![sitemap::SitemapEntry { url: site.config.base_url.clone(), lastmod: None }];
    for (si, s) in site.content.sections.iter().enumerate() {
        let newest = site.section_pages[si].iter().filter_map(|&i| site.content.pages[i].updated.or(site.content.pages[i].date)).max();
        entries.push(sitemap::SitemapEntry { url: site.config.abs_url(&s.path), lastmod: newest });
        // Later pages of a paginated listing are canonical, indexable pages too.
        let pages = crate::render::pages::chunks(&site.section_pages[si], s.fm.paginate_by);
        for (k, chunk) in pages.iter().enumerate().skip(1) {
            let lastmod = chunk.iter().filter_map(|&i| site.content.pages[i].updated.or(site.content.pages[i].date)).max();
            entries.push(sitemap::SitemapEntry { url: site.config.abs_url(&format!("{}page/{}/", s.path, k + 1)), lastmod });
        }
    }
    for i in site.published() {
        let p = &site.content.pages[i];
        entries.push(sitemap::SitemapEntry { url: site.config.abs_url(&p.path), lastmod: p.updated.or(p.date) });
    }
    entries.push(sitemap::SitemapEntry { url: site.config.abs_url("/tags/"), lastmod: None });
    for t in site.tags.values() {
        let newest = t.pages.iter().filter_map(|&i| site.content.pages[i].updated.or(site.content.pages[i].date)).max();
        entries.push(sitemap::SitemapEntry { url: site.config.abs_url(&format!("/tags/{}/", t.slug)), lastmod: newest });
    }
    let mut outs: Vec<Out> = sitemap::sitemaps(&site.config.base_url, &entries).into_iter().map(|(n, s)| (n, s.into_bytes())).collect();
    if !crate::site::routes::static_replaces(site, "robots.txt") {
        outs.push(("robots.txt".into(), sitemap::robots_txt(&site.info).into_bytes()));
    }
    outs
}

fn write_assets(site: &Site, sink: &dyn Sink, cache: &Cache) -> Result<usize> {
    let mut css = templates::BUILTIN_CSS.to_string();
    css.push_str("\n/* code highlighting */\n");
    if site.rendered.iter().any(|r| r.html.contains("hl-code")) {
        css.push_str(&crate::markdown::highlight::css());
    }
    let own_css = !crate::site::routes::static_replaces(site, "carepress.css");
    if own_css {
        sink.write("carepress.css", css.as_bytes())?;
    }
    let results: Vec<Result<()>> = site
        .assets
        .files
        .par_iter()
        .map(|(url, a)| {
            let rel = url.trim_start_matches('/');
            match &a.stripped {
                Some(bytes) => sink.write(rel, bytes),
                None => {
                    let bytes = std::fs::read(&a.src).map_err(|e| Error::io(&a.src, e))?;
                    sink.write(rel, &bytes)
                }
            }
        })
        .collect();
    for r in results {
        r?;
    }
    Ok(site.assets.files.len() + usize::from(own_css) + write_variants(site, sink, cache)?)
}

/// The WebP variants of the site's JPEG and PNG images, beside each
/// (`/images/a.jpg.800w.webp`); drawn from the published (stripped) bytes
/// or copied from the cache. A sink that does not draw images gets paths only.
fn write_variants(site: &Site, sink: &dyn Sink, cache: &Cache) -> Result<usize> {
    let draw = sink.draws_images();
    let mut with: Vec<(&String, &crate::site::assets::Asset)> = site.assets.files.iter().filter(|(_, a)| !a.variants.is_empty()).collect();
    with.sort_by(|a, b| a.0.cmp(b.0));
    let results: Vec<Result<usize>> = with
        .par_iter()
        .map(|(url, a)| {
            let rel = url.trim_start_matches('/');
            if !draw {
                for w in &a.variants {
                    sink.write(&crate::graphics::variants::url(rel, *w), &[])?;
                }
                return Ok(a.variants.len());
            }
            let source = match &a.stripped {
                Some(b) => b.as_ref().clone(),
                None => std::fs::read(&a.src).map_err(|e| Error::io(&a.src, e))?,
            };
            let made = crate::graphics::variants::make(&source, &a.variants, cache).map_err(|e| {
                Error::one(
                    Diagnostic::error(
                        "build/image",
                        crate::content::rel_to(&site.root, &a.src),
                        0,
                        0,
                        format!("its WebP variants cannot be made: {e}"),
                    )
                    .with_hint("re-export the image from an image editor"),
                )
            })?;
            for (w, entry) in made {
                entry.write_to(sink, &crate::graphics::variants::url(rel, w))?;
            }
            Ok(a.variants.len())
        })
        .collect();
    results.into_iter().sum()
}
