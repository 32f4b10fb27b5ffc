//! The offline practice app (`[theme] offline = true`, issue 11): a service
//! worker `sw.js` at the site root and an `offline.html` page.
//!
//! The worker precaches the home page, the offline page, the pages a
//! patient needs without a connection (pages directly under `content/` such
//! as contact or appointments, every policy, the newest tips) and the shell
//! they are drawn with (stylesheet, logo, icons, manifest). It answers page
//! requests from the network first, keeping a copy of each page visited, so
//! an online visitor always gets the current page; offline it serves the
//! saved copy, else `offline.html` with the practice's phone number and
//! emergency notice. Other requests of the site's own origin are served
//! from the cache first; requests to other origins are never touched, and
//! the worker itself requests nothing but the site's own files.
//!
//! Images drawn on the precached pages are precached too, one file each:
//! the smallest candidate of a `srcset` (for a WebP variant set, the
//! narrowest variant), else the `src`. Offline, a request for another
//! variant of the same image gets the saved one, so a saved tip keeps its
//! pictures at any screen width. Images fetched online are kept as they
//! are fetched (network first), for the pages saved on a visit.
//!
//! The cache's name holds a hash of the precached URLs and their bytes, so
//! a build that changes any of them is a new `sw.js`: browsers install it,
//! and it deletes the old cache when it takes over.
//!
//! Every page registers the worker with a one-line inline script, in
//! `build` only: `watch` and `check` render without it (a worker on the
//! site `watch` serves would answer from a stale cache). A site that ships
//! its own `static/sw.js` or `static/offline.html` replaces the generated one.

use crate::content::front_matter::SectionKind;
use crate::error::{Error, Result};
use crate::output::Sink;
use crate::site::Site;
use crate::site::routes::{OFFLINE_PAGE, SERVICE_WORKER};
use std::path::Path;

/// How many of the newest tips are precached.
pub const LATEST_TIPS: usize = 10;
/// Every cache the worker owns starts with this; others are left alone.
pub const CACHE_PREFIX: &str = "carepress-offline-";

/// What the worker precaches, before filtering by what the build wrote.
pub struct Plan {
    /// (title, site-relative URL) of the pages readable offline, in the
    /// order the offline page lists them (the home page first).
    pub pages: Vec<(String, String)>,
    /// Site-relative URLs to precache: pages, the offline page, the shell.
    pub urls: Vec<String>,
}

impl Plan {
    /// The plan for `site`; `css_url` is the stylesheet URL pages link.
    pub fn new(site: &Site, css_url: &str) -> Plan {
        let mut pages = vec![("Home".to_string(), "/".to_string())];
        let page = |i: usize| (site.content.pages[i].page.title.clone(), site.content.pages[i].page.path.clone());
        pages.extend(site.root_pages.iter().map(|&i| page(i)));
        for (si, s) in site.content.sections.iter().enumerate() {
            match s.kind {
                SectionKind::Policies => pages.extend(site.section_lists[si].pages.iter().map(|&i| page(i))),
                SectionKind::Tips => {
                    let mut newest = site.section_lists[si].pages.clone();
                    crate::site::sort_pages(&mut newest, &site.content.pages, crate::content::front_matter::SortBy::Date);
                    pages.extend(newest.into_iter().take(LATEST_TIPS).map(page));
                }
                _ => {}
            }
        }
        let mut urls: Vec<String> = pages.iter().map(|(_, u)| u.clone()).collect();
        urls.push(format!("/{OFFLINE_PAGE}"));
        urls.push(css_url.to_string());
        if let Some(logo) = &site.config.theme.logo {
            urls.push(format!("/{}", logo.trim_start_matches('/')));
        }
        urls.extend(crate::graphics::icons::files().into_iter().map(|f| format!("/{f}")));
        let mut seen = std::collections::HashSet::new();
        urls.retain(|u| seen.insert(u.clone()));
        Plan { pages, urls }
    }

    /// The output files the precached URLs are served from.
    pub fn files(&self) -> impl Iterator<Item = String> + '_ {
        self.urls.iter().map(|u| url_file(u))
    }
}

/// The output file a site-relative URL is served from: "/" is
/// `index.html`, "/tips/" is `tips/index.html`, a query is dropped and
/// percent-escapes are decoded.
pub fn url_file(url: &str) -> String {
    let path = url.split(['?', '#']).next().unwrap_or(url).trim_start_matches('/');
    let path = percent_encoding::percent_decode_str(path).decode_utf8_lossy();
    if path.is_empty() || path.ends_with('/') { format!("{path}index.html") } else { path.into_owned() }
}

/// The images a page draws in its `<main>`, one site-relative URL each:
/// the smallest candidate of the `srcset` of a `<picture>`'s source or of
/// the `<img>`, else its `src`. Other sites' and `data:` images are left
/// out (the worker never touches them). `html` is the page as rendered,
/// before any base path is put in front of its URLs.
pub fn page_images(html: &str) -> Vec<String> {
    let doc = scraper::Html::parse_document(html);
    let img = scraper::Selector::parse("main img").expect("a valid selector");
    let mut out: Vec<String> = Vec::new();
    for el in doc.select(&img) {
        let picture_srcset = el.parent().and_then(scraper::ElementRef::wrap).filter(|p| p.value().name() == "picture").and_then(|p| {
            p.children()
                .filter_map(scraper::ElementRef::wrap)
                .find_map(|c| (c.value().name() == "source").then(|| c.value().attr("srcset")).flatten())
        });
        let url = picture_srcset.or(el.value().attr("srcset")).and_then(smallest_candidate).or(el.value().attr("src").map(str::trim));
        if let Some(u) = url.filter(|u| u.starts_with('/') && !u.starts_with("//"))
            && !out.iter().any(|o| o == u)
        {
            out.push(u.to_string());
        }
    }
    out
}

/// The URL of the candidate of a `srcset` with the smallest width (`480w`)
/// or density (`1x`) descriptor; a candidate without one counts as `1x`.
fn smallest_candidate(srcset: &str) -> Option<&str> {
    srcset
        .split(',')
        .filter_map(|c| {
            let mut parts = c.split_whitespace();
            let url = parts.next()?;
            let size = parts.next().and_then(|d| d.strip_suffix(['w', 'x'])).and_then(|n| n.parse::<f64>().ok()).unwrap_or(1.0);
            Some((size, url))
        })
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, u)| u)
}

/// The inline script every page runs to register the worker; `prefix` is
/// the site's base path ("/site") or `None` at the root of its host.
pub fn register_script(prefix: Option<&str>) -> String {
    let base = format!("{}/", prefix.unwrap_or(""));
    let (worker, scope) = (json_str(&format!("{base}{SERVICE_WORKER}")), json_str(&base));
    format!(
        "<script>if(\"serviceWorker\"in navigator){{addEventListener(\"load\",function(){{navigator.serviceWorker.register({worker},{{scope:{scope}}}).catch(function(){{}})}})}}</script>\n"
    )
}

/// The service worker. `precached` are the site-relative URLs (unprefixed)
/// with the SHA-256 of the file each is served from, in precache order.
pub fn worker(prefix: Option<&str>, precached: &[(String, [u8; 32])]) -> String {
    let p = prefix.unwrap_or("");
    let mut key = crate::graphics::cache::KeyBuilder::new("offline");
    for (url, digest) in precached {
        key.field(url.as_bytes()).field(digest);
    }
    let cache = format!("{CACHE_PREFIX}{}", key.finish().short());
    let list: Vec<String> = precached.iter().map(|(u, _)| format!("  {}", json_str(&format!("{p}{u}")))).collect();
    format!(
        r#"// The offline copy of this site, generated by carepress ([theme] offline = true).
// Pages and images come from the network first (a copy of each is kept);
// without a connection the saved copy, else the offline page (a page) or a
// saved width of the same image. The precached files come from the cache.
// Only this site's own files are cached: other sites are never touched.
"use strict";
const CACHE = {cache};
const OFFLINE = {offline};
const PRECACHE = [
{list}
];
const PRECACHED = new Set(PRECACHE.map((u) => new URL(u, self.location.origin).href));
const VARIANT = /\.\d+w\.webp$/;

self.addEventListener("install", (event) => {{
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
}});

self.addEventListener("activate", (event) => {{
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith({prefix}) && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim())
  );
}});

"#,
        cache = json_str(&cache),
        offline = json_str(&format!("{p}/{OFFLINE_PAGE}")),
        list = list.join(",\n"),
        prefix = json_str(CACHE_PREFIX),
    ) + FETCH
}

/// The worker's answers to requests (after its constants and install).
const FETCH: &str = r#"self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(
      fetch(request)
        .then((response) => keep(event, request, response))
        .catch(() => caches.match(request).then((saved) => saved || caches.match(OFFLINE)))
    );
    return;
  }
  if (PRECACHED.has(request.url)) {
    event.respondWith(caches.match(request).then((saved) => saved || fetch(request)));
    return;
  }
  event.respondWith(
    fetch(request)
      .then((response) => (request.destination === "image" ? keep(event, request, response) : response))
      .catch(() => caches.match(request).then((saved) => saved || otherWidth(request.url)).then((r) => r || Response.error()))
  );
});

// Keeps a copy of a good answer of this site's own server.
function keep(event, request, response) {
  if (response.ok && !response.redirected && response.type === "basic") {
    const copy = response.clone();
    event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)));
  }
  return response;
}

// Offline, another width of a WebP variant set (<image>.<width>w.webp)
// stands in for the one the browser asked for.
function otherWidth(url) {
  const stem = (u) => u.replace(VARIANT, "");
  if (!VARIANT.test(url)) return undefined;
  return caches.open(CACHE).then((cache) => cache.keys().then((keys) => {
    const same = keys.find((k) => VARIANT.test(k.url) && stem(k.url) === stem(url));
    return same && cache.match(same);
  }));
}
"#;

/// A JavaScript string literal (JSON's, with `<` escaped so it can never
/// close an inline `<script>`).
fn json_str(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into()).replace('<', "\\u003c")
}

/// The sink `build` writes through when the site is an offline app.
/// Passes every file on to `inner`, keeping the SHA-256 of the files named
/// in `wanted` (what the service worker precaches) and of the images the
/// wanted pages draw (images are written after the pages).
pub struct Recorder<'a> {
    inner: &'a dyn Sink,
    wanted: std::collections::HashSet<String>,
    digests: std::sync::Mutex<std::collections::HashMap<String, [u8; 32]>>,
    /// Image URLs of the wanted pages, and the files they are served from.
    images: std::sync::Mutex<(std::collections::BTreeSet<String>, std::collections::HashSet<String>)>,
}

impl<'a> Recorder<'a> {
    /// Records into `inner` the files named in `wanted` ([`Plan::files`]).
    pub fn new(inner: &'a dyn Sink, wanted: impl Iterator<Item = String>) -> Recorder<'a> {
        Recorder { inner, wanted: wanted.collect(), digests: Default::default(), images: Default::default() }
    }

    fn keep(&self, rel: &str, bytes: &[u8]) {
        let page = self.wanted.contains(rel);
        if page && rel.ends_with(".html") {
            let found = page_images(&String::from_utf8_lossy(bytes));
            let mut images = self.images.lock().unwrap_or_else(|p| p.into_inner());
            for url in found {
                images.1.insert(url_file(&url));
                images.0.insert(url);
            }
        }
        if page || self.images.lock().unwrap_or_else(|p| p.into_inner()).1.contains(rel) {
            let d = crate::graphics::cache::digest(bytes);
            self.digests.lock().unwrap_or_else(|p| p.into_inner()).insert(rel.to_string(), d);
        }
    }

    /// The images the wanted pages draw, by URL, sorted.
    fn images(&self) -> Vec<String> {
        self.images.lock().unwrap_or_else(|p| p.into_inner()).0.iter().cloned().collect()
    }

    /// The digests of the wanted files written so far, by file.
    fn digests(&self) -> std::collections::HashMap<String, [u8; 32]> {
        self.digests.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// Writes `sw.js` into `sink`, precaching what the plan asks for and the images its
    /// pages draw, as far as this build wrote them: one missing file would make
    /// the browser's `cache.addAll` fail and the worker never install.
    pub fn write_worker(&self, plan: &Plan, sink: &dyn Sink, prefix: Option<&str>) -> Result<()> {
        // An image a page draws may be a shell file too: `cache.addAll` fails
        // on a URL listed twice.
        let written = self.digests();
        let mut seen = std::collections::HashSet::new();
        let precached: Vec<(String, [u8; 32])> = plan
            .urls
            .iter()
            .chain(&self.images())
            .filter(|u| seen.insert(url_file(u)))
            .filter_map(|u| written.get(&url_file(u)).map(|d| (u.clone(), *d)))
            .collect();
        sink.write(crate::site::routes::SERVICE_WORKER, worker(prefix, &precached).as_bytes())
    }
}

impl Recorder<'_> {
    /// Keeps the bytes of the file at `src`, written as `rel`, when the worker precaches `rel`.
    fn keep_file(&self, rel: &str, src: &Path) -> Result<()> {
        if self.wanted.contains(rel) || self.images.lock().unwrap_or_else(|p| p.into_inner()).1.contains(rel) {
            self.keep(rel, &std::fs::read(src).map_err(|e| Error::io(src, e))?);
        }
        Ok(())
    }
}

impl Sink for Recorder<'_> {
    fn draws_images(&self) -> bool {
        self.inner.draws_images()
    }

    fn copy_from(&self, rel: &str, src: &Path) -> Result<()> {
        self.keep_file(rel, src)?;
        self.inner.copy_from(rel, src)
    }

    fn copy_content_named(&self, rel: &str, src: &Path, len: u64) -> Result<()> {
        self.keep_file(rel, src)?;
        self.inner.copy_content_named(rel, src, len)
    }

    fn write(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        self.keep(rel, bytes);
        self.inner.write(rel, bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_map_to_their_files() {
        assert_eq!(url_file("/"), "index.html");
        assert_eq!(url_file("/tips/flu/"), "tips/flu/index.html");
        assert_eq!(url_file("/carepress.css?v=1a2b"), "carepress.css");
        assert_eq!(url_file("/offline.html"), "offline.html");
        assert_eq!(url_file("/images/caf%C3%A9%20menu.jpg"), "images/café menu.jpg");
    }

    #[test]
    fn a_page_precaches_the_narrowest_of_each_image_in_its_main() {
        let html = r#"<!doctype html><html><head><title>t</title></head><body>
<header><img src="/images/logo.svg" alt=""></header>
<main>
<picture><source type="image/webp" srcset="/i/a.jpg.800w.webp 800w, /i/a.jpg.480w.webp 480w, /i/a.jpg.1200w.webp 1200w" sizes="100vw"><img src="/i/a.jpg" alt="a"></picture>
<img src="/i/b.png" alt="b">
<img src="/i/c.jpg" srcset="/i/c@2x.jpg 2x, /i/c.jpg 1x" alt="c">
<img src="https://cdn.example/d.jpg" alt="d"><img src="//cdn.example/e.jpg" alt="e"><img src="data:image/gif;base64,R0lGOD" alt="f">
<img src="/i/b.png" alt="b again">
</main>
<footer><img src="/images/footer.png" alt=""></footer>
</body></html>"#;
        assert_eq!(page_images(html), ["/i/a.jpg.480w.webp", "/i/b.png", "/i/c.jpg"]);
        assert!(page_images("<main><p>no pictures</p></main>").is_empty());
    }

    #[test]
    fn the_worker_and_script_carry_the_base_path() {
        let list = vec![("/".to_string(), [1u8; 32]), ("/offline.html".to_string(), [2u8; 32])];
        let w = worker(Some("/site"), &list);
        assert!(w.contains("\"/site/\",\n  \"/site/offline.html\"\n];"), "{w}");
        assert!(w.contains("const OFFLINE = \"/site/offline.html\";"));
        let s = register_script(Some("/site"));
        assert!(s.contains("register(\"/site/sw.js\",{scope:\"/site/\"})"), "{s}");
        assert!(register_script(None).contains("register(\"/sw.js\",{scope:\"/\"})"));
    }

    #[test]
    fn offline_another_width_of_a_variant_stands_in() {
        let w = worker(None, &[("/".to_string(), [1u8; 32])]);
        // The pattern must match the variant names graphics::variants writes.
        assert!(w.contains(r"const VARIANT = /\.\d+w\.webp$/;"), "{w}");
        let variant = regex::Regex::new(r"\.\d+w\.webp$").unwrap();
        assert!(variant.is_match(&crate::graphics::variants::url("/images/flu.jpg", 800)));
        assert!(!variant.is_match("/images/flu.webp") && !variant.is_match("/images/flu.jpg"));
        assert!(w.contains(".catch(() => caches.match(request).then((saved) => saved || otherWidth(request.url))"), "{w}");
        assert!(w.contains("request.destination === \"image\" ? keep(event, request, response)"), "{w}");
    }

    #[test]
    fn new_bytes_are_a_new_cache_name() {
        let a = worker(None, &[("/".to_string(), [1u8; 32])]);
        let b = worker(None, &[("/".to_string(), [3u8; 32])]);
        let name = |w: &str| w.lines().find(|l| l.starts_with("const CACHE")).map(str::to_string);
        assert_ne!(name(&a), name(&b));
        assert_eq!(name(&a), name(&worker(None, &[("/".to_string(), [1u8; 32])])));
    }
}
