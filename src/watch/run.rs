//! `carepress watch`: wires the file watcher, the in-memory [`WatchedSite`]
//! and the HTTP server together. Content errors never stop it: they are
//! printed and shown as an overlay, and the last good site stays served.

use super::desk::Desk;
use super::site::{Edit, WatchedSite};
use super::{Change, Overlay, OverlayItem, SiteSnapshot, WatchOptions, WatchState, start, watch};
use crate::build::SiteOptions;
use crate::error::{Error, Result};
use std::net::IpAddr;
use std::path::Path;
use std::time::Instant;

/// Runs `carepress watch` until the process is interrupted.
pub fn run(opts: &SiteOptions, bind: IpAddr, port: u16, open: bool) -> Result<i32> {
    let config = crate::config::Config::load(&opts.root)?;
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().map_err(|e| Error::io(&opts.root, e))?;
    let state = WatchState::new(SiteSnapshot::default());
    // A site under a path (`https://name.github.io/site/`) is served under
    // the same path, as `hugo server` does, so links that would break on the
    // host break here too.
    let public_base = opts.base_url.as_deref().unwrap_or(&config.base_url);
    let base_path = crate::render::base_path::prefix_of(public_base).unwrap_or_default();
    let server =
        rt.block_on(start(WatchOptions { bind, port, open, base_path }, state.clone())).map_err(|e| Error::Usage(e.to_string()))?;
    for n in &server.notices {
        eprintln!("{n}");
    }
    let url = server.url();
    let mut site_opts = opts.clone();
    site_opts.base_url = Some(url.clone());
    let (tx, rx) = std::sync::mpsc::channel();
    let output_dir = opts.root.join(&config.build.output_dir);
    let _guard = watch(&opts.root, &output_dir, tx).map_err(|e| Error::Usage(e.to_string()))?;
    let started = Instant::now();
    let mut desk = Desk::default();
    let mut watched = match WatchedSite::load(site_opts.clone()) {
        Ok(l) => {
            publish(&state, &l, &all_keys(&l), &mut desk, None);
            println!("Built {} pages in {} ms.", l.site().published().count(), started.elapsed().as_millis());
            Some(l)
        }
        Err(e) => {
            report(&state, &e);
            None
        }
    };
    println!("Watching the site at {url} — edit files under content/, static/, templates/ or site.toml; Ctrl-C stops.");
    let mut failed = false;
    while let Ok(mut batch) = rx.recv() {
        while let Ok(more) = rx.try_recv() {
            batch.extend(more);
        }
        let edits = edits_of(&batch);
        if edits.is_empty() {
            continue;
        }
        let t = Instant::now();
        // The desk entries of the pages edited, or all of them after a
        // config, static or template change, a first build, or a failure
        // (edits made while the site did not build are not in this batch).
        let content_only: Option<Vec<&Path>> = edits
            .iter()
            .map(|e| match e {
                Edit::Content(p) if watched.is_some() && !failed => Some(p.as_path()),
                _ => None,
            })
            .collect();
        let result = match watched.as_mut() {
            Some(l) => l.apply(&edits),
            None => WatchedSite::load(site_opts.clone()).map(|l| {
                let keys = all_keys(&l);
                watched = Some(l);
                keys
            }),
        };
        match (result, watched.as_ref()) {
            (Ok(changed), Some(l)) => {
                publish(&state, l, &changed, &mut desk, content_only.as_deref());
                failed = false;
                println!("Rebuilt in {} ms ({} file(s) changed).", t.elapsed().as_millis(), changed.len());
            }
            (Ok(_), None) => {}
            (Err(e), _) => {
                failed = true;
                report(&state, &e);
            }
        }
    }
    Ok(0)
}

fn all_keys(l: &WatchedSite) -> Vec<String> {
    l.files().keys().cloned().collect()
}

fn snapshot(l: &WatchedSite) -> SiteSnapshot {
    SiteSnapshot { files: l.files().clone(), error: None }
}

/// Publishes a build: the social desk first (posts and `social/*`
/// findings), then the files, which reload tabs. With `edited` (the
/// content files of the batch) only those pages' desk entries are redone:
/// an entry depends on its own page and on site.toml alone. Otherwise the
/// whole desk is, its links under the production `base_url` re-read from
/// site.toml (which may have changed).
fn publish(state: &WatchState, l: &WatchedSite, changed: &[String], desk: &mut Desk, edited: Option<&[&Path]>) {
    let t = Instant::now();
    let site = l.site();
    match edited {
        Some(files) => desk.refresh(site, files),
        None => {
            let public_base = crate::config::Config::load(&site.root).map(|c| c.base_url).unwrap_or_default();
            *desk = super::desk::desk(site, &public_base);
        }
    }
    state.set_desk(desk.clone());
    if std::env::var_os("CAREPRESS_WATCH_TIMINGS").is_some() {
        eprintln!("  social desk {:.1} ms", t.elapsed().as_secs_f64() * 1000.0);
    }
    state.publish(snapshot(l), changed);
}

fn report(state: &WatchState, e: &Error) {
    eprintln!("{e}");
    state.publish_error(overlay(e));
}

/// An error as the browser overlay shows it.
pub fn overlay(e: &Error) -> Overlay {
    let items = match e {
        Error::Content(d) => d
            .iter()
            .filter(|d| d.is_error())
            .map(|d| OverlayItem {
                rule: d.rule.clone(),
                file: d.file.display().to_string(),
                line: d.line,
                column: d.column,
                message: d.message.clone(),
                hint: d.hint.clone(),
            })
            .collect(),
        other => vec![OverlayItem { rule: String::new(), file: String::new(), line: 0, column: 0, message: other.to_string(), hint: None }],
    };
    Overlay { title: "The site could not be rebuilt".into(), items }
}

/// What the pipeline must redo for a batch of file-system changes.
pub fn edits_of(changes: &[Change]) -> Vec<Edit> {
    let mut out: Vec<Edit> = changes
        .iter()
        .map(|c| match c {
            Change::Content(p) if p.extension().is_some_and(|x| x == "md") && !p.ends_with("_index.md") => Edit::Content(p.clone()),
            Change::Template(_) => Edit::Template,
            Change::Theme(p) if p.components().any(|c| c.as_os_str() == "templates") => Edit::Template,
            _ => Edit::Other,
        })
        .collect();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    #[test]
    fn changes_map_to_the_least_work() {
        let e = edits_of(&[Change::Content(PathBuf::from("content/tips/a.md"))]);
        assert_eq!(e, vec![Edit::Content(PathBuf::from("content/tips/a.md"))]);
        assert_eq!(edits_of(&[Change::Content(PathBuf::from("content/tips/_index.md"))]), vec![Edit::Other]);
        assert_eq!(edits_of(&[Change::Template(PathBuf::from("templates/page.html"))]), vec![Edit::Template]);
        assert_eq!(edits_of(&[Change::Config]), vec![Edit::Other]);
    }
}
