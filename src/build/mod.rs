//! The build pipeline, and only its order: load config -> load content ->
//! render Markdown -> site model ([`load_site`]) -> compliance gate ->
//! render templates, feeds and metadata in parallel into a [`Sink`]
//! ([`render_with`]) -> swap the staging folder in ([`build`]). What each
//! stage does lives in its own module: templates and their checks in
//! `render::templates`, the base-path and offline-app sinks in
//! `render::base_path` and `render::offline`, timings in `timings`.

use crate::config::{Config, PhiMode};
use crate::content::{self, LoadOptions};
use crate::error::{Diagnostic, Error, Result, sort_diagnostics};
use crate::graphics::cache::Cache;
use crate::output::{DiskSink, Sink};
use crate::render::pages::{Out, Renderer};
use crate::render::{base_path, offline, template_error, templates};
use crate::site::Site;
use crate::timings::Timer;
use chrono::{DateTime, FixedOffset};
use rayon::prelude::*;
use std::path::{Path, PathBuf};

mod assets;
mod outputs;
#[cfg(test)]
mod story_dump;

use assets::{generated_images, write_assets};
use outputs::pagination_redirects;
pub use outputs::{aliases, feed_outputs, feed_outputs_where, sitemap_outputs};

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
        config.serve_from(b);
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
    let prefix = base_path::prefix_of(&site.config.base_url);
    // One cache for the whole build: it records every entry used, and the
    // others are deleted once the build has succeeded.
    let cache = Cache::of_site(&site.root).with_index();
    let how =
        RenderOptions { inject: None, prefix: prefix.clone(), register_worker: site.config.theme.offline, cache: Some(cache.clone()) };
    let rendered = match &prefix {
        Some(p) => render_with(&site, &tera, &base_path::PrefixSink { inner: &sink, prefix: p }, &how),
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
        warnings: crate::error::once_per_site(warnings),
        next_change: crate::schedule::next_change(&site.content, site.now),
        pruned,
    })
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
    let missing = templates::missing(site, tera);
    if !missing.is_empty() {
        return Err(Error::Content(missing));
    }
    let cache = how.cache.clone().unwrap_or_else(|| Cache::of_site(&site.root));
    let mut r = Renderer::new(site, tera);
    r.inject = how.inject.clone();
    // The offline app: the files the worker precaches are hashed as they
    // are written, for the worker's cache name.
    let offline = site.config.theme.offline.then(|| offline::Plan::new(site, &crate::render::pages::css_url()));
    let recorder = offline.as_ref().map(|plan| offline::Recorder::new(sink, plan.files()));
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
            Err(Error::Content(d)) => problems.extend(d.into_iter().map(template_is_site_wide)),
            Err(e) => return Err(e),
        }
    }
    total += write(pagination_redirects(site))?;
    if !problems.is_empty() {
        problems.dedup();
        return Err(Error::Content(crate::error::once_per_site(template_error::once_per_template(problems))));
    }
    timing.mark("html");
    total += write(feed_outputs(site))?;
    timing.mark("feeds");
    total += write(sitemap_outputs(site))?;
    total += write_assets(site, sink, &cache)?;
    timing.mark("sitemap, assets");
    if let (Some(plan), Some(rec)) = (&offline, &recorder)
        && !crate::site::routes::static_replaces(site, crate::site::routes::SERVICE_WORKER)
    {
        rec.write_worker(plan, sink, how.prefix.as_deref())?;
        total += 1;
    }
    Ok(total)
}

/// A template that fails fails on every page it draws: one problem.
fn template_is_site_wide(d: Diagnostic) -> Diagnostic {
    if d.rule == "build/template" { d.site_wide() } else { d }
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
    let mut jobs: Vec<Job> = site.published().map(Job::Page).collect();
    for (si, list) in site.section_lists.iter().enumerate() {
        jobs.extend((1..=list.pagination.total).map(|k| Job::Section(si, k)));
    }
    for t in site.tags.values() {
        jobs.extend((1..=t.pagination.total).map(|k| Job::Tag(t.slug.clone(), k)));
    }
    jobs.extend([Job::TagList, Job::Home, Job::NotFound]);
    if offline && !crate::site::routes::static_replaces(site, crate::site::routes::OFFLINE_PAGE) {
        jobs.push(Job::Offline);
    }
    jobs
}
