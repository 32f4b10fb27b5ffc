//! Files the build copies or draws beside the pages: static assets, social
//! cards and icons, and responsive image variants, all through the cache.

use crate::error::{Diagnostic, Error, Result};
use crate::graphics::cache::Cache;
use crate::output::Sink;
use crate::render::templates;
use crate::site::Site;
use rayon::prelude::*;

/// Writes the social cards and icons (see [`crate::graphics`]), drawn or
/// copied from the cache `.carepress-cache/`; a sink that does not draw
/// images gets their paths only. Returns the number of files.
pub(super) fn generated_images(site: &Site, sink: &dyn Sink, cache: &Cache) -> Result<usize> {
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
    // A card's file name is its hash: the previous output's file of that
    // name and size is the same card.
    let written: Vec<Result<()>> = cards.into_par_iter().map(|(rel, entry)| entry.write_content_named(sink, &rel)).collect();
    written.into_iter().collect::<Result<Vec<()>>>()?;
    let app = crate::graphics::icons::AppInfo { name: &site.config.practice.name, theme_color: &site.info.icons.theme_color };
    // The site's logo, else the practice's monogram.
    let (bytes, format) = match crate::site::views::icon_logo(&site.config, &site.assets) {
        Some((asset, info)) => match &asset.stripped {
            Some(b) => (b.as_ref().clone(), info.format),
            None => (std::fs::read(&asset.src).map_err(|e| Error::io(&asset.src, e))?, info.format),
        },
        None => (crate::graphics::icons::monogram(app.name, app.theme_color).into_bytes(), crate::images::Format::Svg),
    };
    let logo = crate::graphics::icons::Logo { bytes: &bytes, format };
    let skip = |f: &str| crate::site::routes::static_replaces(site, f);
    let icons = crate::graphics::icons::make(&logo, &app, cache, &skip).map_err(|e| {
        let text = std::fs::read_to_string(site.root.join("site.toml")).unwrap_or_default();
        let (l, c) = crate::serde_diag::key_position(&text, "logo");
        Error::one(
            Diagnostic::error("build/logo", "site.toml", l, c, format!("icons cannot be drawn from the logo: {e}"))
                .with_hint("use an SVG, PNG or JPEG logo that opens in an image editor"),
        )
    })?;
    total += icons.len();
    for (rel, bytes) in icons {
        sink.write(&rel, &bytes)?;
    }
    Ok(total)
}

pub(super) fn write_assets(site: &Site, sink: &dyn Sink, cache: &Cache) -> Result<usize> {
    let mut css = templates::BUILTIN_CSS.to_string();
    css.push_str("\n/* code highlighting */\n");
    if site.content.pages.iter().any(|r| r.rendered.html.contains("hl-code")) {
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
