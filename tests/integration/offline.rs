//! The offline practice app (`[theme] offline = true`, issue 11) and the
//! pruning of `.carepress-cache/`, built by the real binary from
//! `tests/fixtures/social` and read back with `scraper` and `serde_json`.

use crate::support::{self, Run};

use scraper::{Html, Selector};
use std::path::{Path, PathBuf};

const NOW: &str = "2026-06-01";
const PHONE_HREF: &str = "tel:+12025550187";

/// A copy of the fixture in a temporary folder, with its output beside it.
struct Fixture {
    dir: tempfile::TempDir,
}

impl Fixture {
    fn new(offline: bool) -> Fixture {
        let dir = tempfile::tempdir().expect("temporary folder");
        let site = dir.path().join("site");
        support::copy_dir(&support::fixture("social"), &site);
        // A page directly under content/, as a contact page is.
        std::fs::write(
            site.join("content/contact.md"),
            "+++\ntitle = \"Contact us\"\n+++\n\nCall the front desk or write to us; we answer within one working day.\n",
        )
        .unwrap();
        let f = Fixture { dir };
        if offline {
            f.edit("site.toml", |t| t.replace("[theme]\n", "[theme]\noffline = true\n"));
        }
        f
    }

    fn root(&self) -> PathBuf {
        self.dir.path().join("site")
    }

    fn out(&self) -> PathBuf {
        self.dir.path().join("public")
    }

    fn cache(&self) -> PathBuf {
        self.root().join(".carepress-cache")
    }

    fn edit(&self, rel: &str, f: impl Fn(&str) -> String) {
        let path = self.root().join(rel);
        let text = std::fs::read_to_string(&path).unwrap();
        let new = f(&text);
        assert_ne!(new, text, "{rel} changed");
        std::fs::write(path, new).unwrap();
    }

    fn run(&self, extra: &[&str]) -> Run {
        let out = self.out();
        let mut args = vec!["build", "--now", NOW, "--output", out.to_str().unwrap()];
        args.extend_from_slice(extra);
        support::carepress(&args, &self.root())
    }

    /// Builds; returns the summary line.
    fn build_with(&self, extra: &[&str]) -> String {
        let run = self.run(extra);
        assert!(run.code == 0, "build failed:\n{}", run.stderr);
        run.stdout
    }

    fn build(&self) -> String {
        self.build_with(&[])
    }

    fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.out().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }

    /// Every cache file but temporary ones.
    fn cache_files(&self) -> Vec<PathBuf> {
        walk(&self.cache()).into_iter().filter(|p| !p.to_string_lossy().ends_with(".tmp")).collect()
    }
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(rd) = std::fs::read_dir(dir) else { return out };
    for e in rd.flatten() {
        if e.file_type().unwrap().is_dir() {
            out.extend(walk(&e.path()));
        } else {
            out.push(e.path());
        }
    }
    out.sort();
    out
}

/// Every rendered page (redirects have no `<main>`).
fn pages(out: &Path) -> Vec<(PathBuf, String)> {
    walk(out)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .map(|p| {
            let html = std::fs::read_to_string(&p).unwrap();
            (p, html)
        })
        .filter(|(_, h)| h.contains("<main"))
        .collect()
}

/// Inline scripts that are not JSON-LD data.
fn code_scripts(html: &str) -> Vec<String> {
    let doc = Html::parse_document(html);
    let sel = Selector::parse("script").unwrap();
    doc.select(&sel).filter(|s| s.value().attr("type") != Some("application/ld+json")).map(|s| s.inner_html()).collect()
}

/// The worker's precache list and cache name.
fn precache(sw: &str) -> (Vec<String>, String) {
    let start = sw.find("const PRECACHE = ").expect("a precache list") + "const PRECACHE = ".len();
    let end = start + sw[start..].find("];").expect("the list ends") + 1;
    let list: Vec<String> = serde_json::from_str(&sw[start..end]).expect("the list is a JSON array of strings");
    let line = sw.lines().find(|l| l.starts_with("const CACHE = ")).expect("a cache name");
    let name: String = serde_json::from_str(line.trim_start_matches("const CACHE = ").trim_end_matches(';')).unwrap();
    (list, name)
}

/// The output file a site-relative URL is served from.
fn served_file(out: &Path, url: &str) -> PathBuf {
    let path = url.split('?').next().unwrap().trim_start_matches('/');
    if path.is_empty() || path.ends_with('/') { out.join(path).join("index.html") } else { out.join(path) }
}

#[test]
fn off_by_default_there_is_no_worker_offline_page_or_script() {
    let f = Fixture::new(false);
    f.build();
    assert!(!f.out().join("sw.js").exists());
    assert!(!f.out().join("offline.html").exists());
    let pages = pages(&f.out());
    assert!(pages.len() > 5, "{} pages", pages.len());
    for (p, html) in pages {
        assert!(code_scripts(&html).is_empty(), "{} has a script", p.display());
        assert!(!html.contains("serviceWorker"), "{}", p.display());
    }
}

#[test]
fn the_worker_precaches_real_files_and_every_page_registers_it() {
    let f = Fixture::new(true);
    f.build();
    let sw = f.read("sw.js");
    let (list, name) = precache(&sw);
    assert!(name.starts_with("carepress-offline-") && name.len() == "carepress-offline-".len() + 16, "{name}");
    for url in &list {
        assert!(url.starts_with('/') && !url.starts_with("//"), "{url} is a file of this site");
        let file = served_file(&f.out(), url);
        assert!(file.is_file(), "{url} is precached but {} does not exist", file.display());
    }
    let css = list.iter().find(|u| u.starts_with("/carepress.css?v=")).expect("the stylesheet");
    for want in
        ["/", "/offline.html", "/contact/", "/policies/privacy/", "/tips/sleep/", "/images/logo.svg", "/icon-192.png", "/site.webmanifest"]
    {
        assert!(list.iter().any(|u| u == want), "{want} is precached: {list:?}");
    }
    assert!(!list.iter().any(|u| u.starts_with("/team/")), "bios are not precached: {list:?}");
    let mut unique = list.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), list.len(), "no URL twice");
    // The worker never reaches another origin and never fetches anything by itself.
    assert!(sw.contains("new URL(request.url).origin !== self.location.origin) return;"));
    assert!(!sw.contains("http://") && !sw.contains("https://"), "no absolute URL in the worker");
    let pages = pages(&f.out());
    assert!(pages.len() > 5);
    for (p, html) in &pages {
        let scripts = code_scripts(html);
        assert_eq!(scripts.len(), 1, "{}: {scripts:?}", p.display());
        assert!(scripts[0].contains("navigator.serviceWorker.register(\"/sw.js\",{scope:\"/\"})"), "{}: {}", p.display(), scripts[0]);
        // Pages link the stylesheet the worker precached.
        assert!(html.contains(&format!("href=\"{css}\"")), "{}", p.display());
    }
}

#[test]
fn the_images_of_saved_pages_are_saved_at_their_narrowest_width() {
    let f = Fixture::new(true);
    std::fs::copy(f.root().join("static/images/flu.jpg"), f.root().join("static/images/clinic.jpg")).unwrap();
    f.edit("content/team/sam-okafor.md", |t| format!("{t}\n![The front desk of the clinic](/images/clinic.jpg)\n"));
    f.build();
    let (list, _) = precache(&f.read("sw.js"));
    let tip = f.read("tips/flu-shots/index.html");
    let doc = Html::parse_document(&tip);
    let srcset = doc
        .select(&Selector::parse("main picture source[type=\"image/webp\"]").unwrap())
        .next()
        .and_then(|s| s.value().attr("srcset"))
        .expect("the tip's image has WebP variants")
        .to_string();
    let variants: Vec<(u32, String)> = srcset
        .split(", ")
        .map(|c| {
            let (url, w) = c.split_once(' ').unwrap();
            (w.trim_end_matches('w').parse().unwrap(), url.to_string())
        })
        .collect();
    assert!(variants.len() >= 2, "{srcset}");
    let narrowest = &variants.iter().min().unwrap().1;
    assert!(list.contains(narrowest), "{narrowest} is saved with the tip: {list:?}");
    for (_, other) in variants.iter().filter(|(_, u)| u != narrowest) {
        assert!(!list.contains(other), "only one width of each image is saved: {other}");
    }
    assert!(served_file(&f.out(), narrowest).is_file());
    // Home and tips show the portrait: saved. A picture only a bio shows is not.
    assert!(list.contains(&"/images/portrait.jpg.480w.webp".to_string()), "{list:?}");
    assert!(!list.iter().any(|u| u.starts_with("/images/clinic.jpg")), "{list:?}");
    assert!(f.out().join("images/clinic.jpg.480w.webp").is_file(), "the bio's picture has variants");
    // A new picture at the same path is a new worker.
    let name = precache(&f.read("sw.js")).1;
    let flu = f.root().join("static/images/flu.jpg");
    let mut img = image::open(&flu).unwrap().to_rgb8();
    image::imageops::invert(&mut img);
    img.save(&flu).unwrap();
    f.build();
    assert_ne!(precache(&f.read("sw.js")).1, name, "the saved image changed");
}

#[test]
fn the_offline_page_is_valid_html_with_the_phone_and_emergency_notice() {
    let f = Fixture::new(true);
    f.build();
    let html = f.read("offline.html");
    let doc = Html::parse_document(&html);
    assert!(doc.errors.is_empty(), "HTML parse errors: {:?}", doc.errors);
    let one = |css: &str| doc.select(&Selector::parse(css).unwrap()).collect::<Vec<_>>();
    assert_eq!(one("html[lang=en]").len(), 1);
    let h1 = one("main h1");
    assert_eq!(h1.len(), 1);
    assert_eq!(h1[0].text().collect::<String>(), "You are offline");
    assert!(one("title")[0].text().collect::<String>().starts_with("You are offline"));
    assert_eq!(one("meta[name=robots]")[0].value().attr("content"), Some("noindex"), "not for search engines");
    let main: String = one("main")[0].text().collect();
    assert!(main.contains("If you have a medical emergency, call 911."), "the emergency notice: {main}");
    let phone = one(&format!("main a[href=\"{PHONE_HREF}\"]"));
    assert_eq!(phone.len(), 1, "the phone number as a tel: link");
    assert!(phone[0].text().collect::<String>().contains("555-0187"));
    // It links the saved pages, and only those.
    let (list, _) = precache(&f.read("sw.js"));
    let links: Vec<String> = one("main ul.links a").iter().map(|a| a.value().attr("href").unwrap().to_string()).collect();
    assert!(links.len() >= 4, "{links:?}");
    for l in &links {
        assert!(list.contains(l), "{l} is linked offline but not saved: {list:?}");
    }
    assert!(links.contains(&"/contact/".to_string()) && links.contains(&"/policies/privacy/".to_string()));
    // One image without alt text would fail the a11y rules `check` runs on it.
    for img in one("img") {
        assert!(img.value().attr("alt").is_some());
    }
}

#[test]
fn a_changed_page_is_a_new_cache_name_and_an_unchanged_build_the_same_worker() {
    let f = Fixture::new(true);
    f.build();
    let first = f.read("sw.js");
    f.build();
    assert_eq!(f.read("sw.js"), first, "an unchanged site gives the same worker");
    f.edit("content/policies/privacy.md", |t| t.replace("your rights.", "your rights under HIPAA."));
    f.build();
    let (list, name) = precache(&f.read("sw.js"));
    assert_eq!(list, precache(&first).0, "the same files");
    assert_ne!(name, precache(&first).1, "a precached page changed: a new cache replaces the old one");
}

#[test]
fn a_site_under_a_path_gets_its_worker_and_offline_links_there() {
    let f = Fixture::new(true);
    f.build_with(&["--base-url", "https://people.example/birchwood/"]);
    let (list, _) = precache(&f.read("sw.js"));
    assert!(list.contains(&"/birchwood/".to_string()) && list.contains(&"/birchwood/offline.html".to_string()), "{list:?}");
    for url in &list {
        let rel = url.strip_prefix("/birchwood").unwrap_or_else(|| panic!("{url} is under the base path"));
        assert!(served_file(&f.out(), rel).is_file(), "{url}");
    }
    assert!(f.read("sw.js").contains("const OFFLINE = \"/birchwood/offline.html\";"));
    let home = f.read("index.html");
    assert!(home.contains("register(\"/birchwood/sw.js\",{scope:\"/birchwood/\"})"), "{:?}", code_scripts(&home));
    let offline = f.read("offline.html");
    assert!(offline.contains("href=\"/birchwood/policies/privacy/\""));
    assert!(!offline.contains("/birchwood/birchwood/"), "the prefix is added once");
}

#[test]
fn a_site_can_ship_its_own_offline_page() {
    let f = Fixture::new(true);
    let own = "<!doctype html><html lang=\"en\"><head><title>Offline</title></head><body><main><h1>Offline</h1></main></body></html>\n";
    std::fs::write(f.root().join("static/offline.html"), own).unwrap();
    f.build();
    assert_eq!(f.read("offline.html"), own);
    assert!(precache(&f.read("sw.js")).0.contains(&"/offline.html".to_string()));
}

/// Fake entries named as the cache names them (`<kind>/<2 hex>/<64 hex>.<ext>`).
fn plant_stale(cache: &Path) -> Vec<PathBuf> {
    let stale = vec![
        cache.join("cards/ee").join(format!("{}.png", "e".repeat(64))),
        cache.join("variants/0f").join(format!("0f{}.webp", "1".repeat(62))),
    ];
    for p in &stale {
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, b"an entry of a page deleted long ago").unwrap();
    }
    stale
}

#[test]
fn a_build_prunes_the_entries_it_did_not_use_and_keeps_the_rest() {
    let f = Fixture::new(false);
    let summary = f.build();
    assert!(!summary.contains("removed"), "a first build has nothing to prune: {summary}");
    let used = f.cache_files();
    assert!(used.len() > 5, "cards, icons and variants are cached: {used:?}");
    let stale = plant_stale(&f.cache());
    let note = f.cache().join("cards/NOTES.txt");
    std::fs::write(&note, "not an entry").unwrap();
    let summary = f.build();
    assert!(summary.contains(", 2 unused entries removed from .carepress-cache."), "{summary}");
    for p in &stale {
        assert!(!p.exists(), "{} was pruned", p.display());
    }
    assert!(!f.cache().join("cards/ee").exists(), "an emptied folder goes too");
    assert!(note.exists(), "a file not named like an entry stays");
    let mut now: Vec<PathBuf> = f.cache_files().into_iter().filter(|p| *p != note).collect();
    now.sort();
    assert_eq!(now, used, "every entry the build used stays");
    // A deleted page's card is unused by the next build.
    let card = walk(&f.out().join("cards"))
        .into_iter()
        .find(|p| {
            let html = f.read("tips/sleep/index.html");
            html.contains(&format!("/cards/{}", p.file_name().unwrap().to_string_lossy()))
        })
        .expect("the sleep tip's card");
    let bytes = std::fs::read(&card).unwrap();
    let entry = used.iter().find(|p| std::fs::read(p).unwrap() == bytes).expect("the card is cached").clone();
    std::fs::remove_file(f.root().join("content/tips/sleep.md")).unwrap();
    let summary = f.build();
    assert!(summary.contains("unused entr"), "{summary}");
    assert!(!entry.exists(), "the deleted page's card left the cache");
    assert!(!f.build().contains("removed"), "a rebuild of the same site prunes nothing");
}

#[test]
fn a_failed_build_prunes_nothing() {
    let f = Fixture::new(false);
    f.build();
    let stale = plant_stale(&f.cache());
    let before = f.cache_files();
    // Fails while rendering pages, after the cards were taken from the cache.
    std::fs::create_dir_all(f.root().join("templates")).unwrap();
    std::fs::write(
        f.root().join("templates/page.html"),
        "{% extends \"base.html\" %}{% block content %}{{ no_such_value }}{% endblock content %}",
    )
    .unwrap();
    let run = f.run(&[]);
    assert!(run.code != 0, "the build fails");
    assert!(!run.stdout.contains("removed"));
    assert_eq!(f.cache_files(), before, "nothing was deleted");
    for p in &stale {
        assert!(p.exists());
    }
    // A content error stops the build before rendering: nothing deleted either.
    std::fs::remove_file(f.root().join("templates/page.html")).unwrap();
    std::fs::write(f.root().join("content/tips/broken.md"), "+++\ntitle = \n+++\nbody\n").unwrap();
    assert!(f.run(&[]).code != 0);
    assert_eq!(f.cache_files(), before);
}
