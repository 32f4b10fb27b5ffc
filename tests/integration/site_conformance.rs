//! Output conformance of whole sites (docs/conformance.md, rules U, R, T, J,
//! D, O, X, M, H, S, SM): the example site at the repository root and the
//! awkward-content fixture (tests/fixtures/awkward) are built with the real
//! binary, then EVERY output is parsed with third-party parsers (scraper,
//! feed-rs, roxmltree, serde_json + jsonschema, image) and the checklist
//! rules are asserted on what they return. Expected values come from the
//! sites' own source files (front matter read here with toml / serde_norway),
//! never from carepress's internals.
use crate::support::{self, copy_dir};

use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone};
use roxmltree::{Document, Node};
use scraper::{ElementRef, Html, Selector};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

const NOW: &str = "2026-11-27";
const ATOM_NS: &str = "http://www.w3.org/2005/Atom";
const MEDIA_NS: &str = "http://search.yahoo.com/mrss/";
const CONTENT_NS: &str = "http://purl.org/rss/1.0/modules/content/";
const SITEMAP_NS: &str = "http://www.sitemaps.org/schemas/sitemap/0.9";
/// Bytes a URI path cannot hold literally (non-ASCII is always encoded).
const NOT_URI: &percent_encoding::AsciiSet =
    &percent_encoding::CONTROLS.add(b' ').add(b'"').add(b'<').add(b'>').add(b'`').add(b'{').add(b'}').add(b'|').add(b'\\').add(b'^');
const FEED_FILES: [&str; 3] = ["rss.xml", "atom.xml", "feed.json"];

// ------------------------------------------------------------------------
// The source: site.toml and front matter, read independently of carepress.
// ------------------------------------------------------------------------

#[derive(Debug, Clone)]
struct SrcPage {
    /// Source file, relative to content/.
    rel: String,
    /// Root-relative canonical path, "/tips/flu-shot/".
    path: String,
    section: String,
    section_kind: String,
    fm: Value,
    body: String,
    date: Option<DateTime<FixedOffset>>,
    updated: Option<DateTime<FixedOffset>>,
    published: bool,
}

impl SrcPage {
    fn s(&self, key: &str) -> Option<String> {
        self.fm.get(key).and_then(Value::as_str).map(str::to_string)
    }
    fn title(&self) -> String {
        self.s("title").expect("title")
    }
    fn list(&self, key: &str) -> Vec<String> {
        self.fm
            .get(key)
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_string)).collect())
            .unwrap_or_default()
    }
    fn tags(&self) -> Vec<String> {
        self.list("tags")
    }
    /// The first Markdown paragraph, whitespace-joined (the fixtures' paragraphs are plain text).
    fn first_paragraph(&self) -> String {
        let mut para: Vec<&str> = Vec::new();
        for line in self.body.lines() {
            let t = line.trim();
            if t.is_empty() {
                if !para.is_empty() {
                    break;
                }
                continue;
            }
            if para.is_empty() && (t.starts_with('#') || t.starts_with("![")) {
                continue;
            }
            para.push(t);
        }
        para.join(" ").split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

#[derive(Debug, Clone)]
struct SrcSection {
    name: String,
    title: String,
    feed: bool,
}

struct Source {
    cfg: toml::Value,
    base: String,
    tz: chrono_tz::Tz,
    pages: Vec<SrcPage>,
    sections: Vec<SrcSection>,
}

impl Source {
    fn cfg_str(&self, path: &[&str]) -> Option<String> {
        let mut v = &self.cfg;
        for k in path {
            v = v.get(k)?;
        }
        v.as_str().map(str::to_string)
    }
    fn limit(&self) -> usize {
        self.cfg.get("feeds").and_then(|f| f.get("limit")).and_then(|l| l.as_integer()).unwrap_or(20) as usize
    }
    fn published(&self) -> impl Iterator<Item = &SrcPage> {
        self.pages.iter().filter(|p| p.published)
    }
    fn page_at(&self, url: &str) -> Option<&SrcPage> {
        let path = url.strip_prefix(self.base.trim_end_matches('/'))?;
        let path = percent_encoding::percent_decode_str(path).decode_utf8().ok()?;
        self.published().find(|p| p.path == *path)
    }
    fn team_url(&self, slug: &str) -> String {
        format!("{}team/{slug}/", self.base)
    }
    fn team_name(&self, slug: &str) -> String {
        let p = self.published().find(|p| p.path == format!("/team/{slug}/")).unwrap_or_else(|| panic!("team page {slug}"));
        p.s("name").unwrap_or_else(|| p.title())
    }

    /// Feed items a channel must carry: dated published pages, newest first
    /// (ties by path), at most `limit` (SPEC §5; R7, R12).
    fn expected_items(&self, filter: impl Fn(&SrcPage) -> bool) -> Vec<&SrcPage> {
        let mut v: Vec<&SrcPage> = self.published().filter(|p| p.date.is_some() && filter(p)).collect();
        v.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.path.cmp(&b.path)));
        v.truncate(self.limit());
        v
    }
}

fn toml_to_json(v: &toml::Value) -> Value {
    match v {
        toml::Value::String(s) => Value::String(s.clone()),
        toml::Value::Integer(i) => Value::from(*i),
        toml::Value::Float(f) => Value::from(*f),
        toml::Value::Boolean(b) => Value::Bool(*b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(a) => Value::Array(a.iter().map(toml_to_json).collect()),
        toml::Value::Table(t) => Value::Object(t.iter().map(|(k, v)| (k.clone(), toml_to_json(v))).collect()),
    }
}

/// Splits `+++` TOML or `---` YAML front matter from the body.
fn front_matter(text: &str) -> (Value, String) {
    let (fence, yaml) = if text.starts_with("+++") { ("+++", false) } else { ("---", true) };
    let rest = text.strip_prefix(fence).expect("front matter");
    let end = rest.find(&format!("\n{fence}")).expect("closing fence");
    let front = &rest[..end];
    let body = rest[end + 1 + fence.len()..].to_string();
    let v = if yaml {
        let y: serde_norway::Value = serde_norway::from_str(front).expect("YAML front matter");
        serde_json::to_value(y).expect("YAML as JSON")
    } else {
        toml_to_json(&toml::from_str::<toml::Value>(front).expect("TOML front matter"))
    };
    (v, body)
}

fn parse_date(s: &str, tz: chrono_tz::Tz) -> DateTime<FixedOffset> {
    if let Ok(d) = DateTime::parse_from_rfc3339(s) {
        return d;
    }
    let d = NaiveDate::parse_from_str(&s[..10], "%Y-%m-%d").unwrap_or_else(|_| panic!("date {s}"));
    tz.from_local_datetime(&d.and_hms_opt(0, 0, 0).unwrap()).single().unwrap().fixed_offset()
}

fn load_source(root: &Path) -> Source {
    let cfg: toml::Value = toml::from_str(&fs::read_to_string(root.join("site.toml")).unwrap()).unwrap();
    let mut base = cfg["base_url"].as_str().unwrap().to_string();
    if !base.ends_with('/') {
        base.push('/');
    }
    let tz: chrono_tz::Tz = cfg.get("timezone").and_then(|t| t.as_str()).unwrap_or("UTC").parse().unwrap();
    let now = parse_date(NOW, tz);
    let content = root.join("content");
    let mut pages = Vec::new();
    let mut sections = Vec::new();
    let mut dirs: Vec<_> = fs::read_dir(&content).unwrap().filter_map(|e| e.ok()).filter(|e| e.path().is_dir()).collect();
    dirs.sort_by_key(|e| e.file_name());
    for d in dirs {
        let name = d.file_name().to_string_lossy().to_string();
        let (sfm, _) = front_matter(&fs::read_to_string(d.path().join("_index.md")).unwrap());
        let kind = sfm.get("kind").and_then(Value::as_str).map(str::to_string).unwrap_or_else(|| {
            if ["tips", "team", "policies", "news", "testimonials"].contains(&name.as_str()) { name.clone() } else { "pages".into() }
        });
        let feed = sfm.get("feed").and_then(Value::as_bool).unwrap_or(kind == "tips" || kind == "news");
        sections.push(SrcSection { name: name.clone(), title: sfm["title"].as_str().unwrap().to_string(), feed });
        let mut entries: Vec<_> = fs::read_dir(d.path()).unwrap().filter_map(|e| e.ok()).collect();
        entries.sort_by_key(|e| e.file_name());
        for e in entries {
            let p = e.path();
            let (file, stem) = if p.is_dir() && p.join("index.md").is_file() {
                (p.join("index.md"), e.file_name().to_string_lossy().to_string())
            } else if p.extension().is_some_and(|x| x == "md") && e.file_name() != "_index.md" {
                (p.clone(), p.file_stem().unwrap().to_string_lossy().to_string())
            } else {
                continue;
            };
            let (fm, body) = front_matter(&fs::read_to_string(&file).unwrap());
            let date = fm.get("date").and_then(Value::as_str).map(|s| parse_date(s, tz));
            let updated = fm.get("updated").and_then(Value::as_str).map(|s| parse_date(s, tz));
            let expires = fm.get("expires").and_then(Value::as_str).map(|s| parse_date(s, tz));
            let draft = fm.get("draft").and_then(Value::as_bool).unwrap_or(false);
            let published = !draft && date.is_none_or(|d| d <= now) && expires.is_none_or(|x| x > now);
            let slug = fm.get("slug").and_then(Value::as_str).map(str::to_string).unwrap_or(stem);
            pages.push(SrcPage {
                rel: file.strip_prefix(&content).unwrap().to_string_lossy().to_string(),
                path: format!("/{name}/{slug}/"),
                section: name.clone(),
                section_kind: kind.clone(),
                fm,
                body,
                date,
                updated,
                published,
            });
        }
    }
    Source { cfg, base, tz, pages, sections }
}

// ------------------------------------------------------------------------
// Building with the real binary.
// ------------------------------------------------------------------------

struct Built {
    _tmp: tempfile::TempDir,
    out: PathBuf,
    src: Source,
}

fn example_root() -> PathBuf {
    support::manifest()
}

fn awkward_root() -> PathBuf {
    support::fixture("awkward")
}

fn build_into(root: &Path, out: &Path) {
    let o = support::run(&["build", "--root", root.to_str().unwrap(), "--now", NOW, "--output", out.to_str().unwrap()]);
    assert!(o.code == 0, "carepress build --root {} failed:\n{}\n{}", root.display(), o.stdout, o.stderr);
}

fn build(root: PathBuf) -> Built {
    let tmp = tempfile::Builder::new().prefix("carepress-conformance-").tempdir().unwrap();
    let out = tmp.path().join("site");
    build_into(&root, &out);
    Built { _tmp: tmp, out, src: load_source(&root) }
}

impl Built {
    fn base(&self) -> &str {
        &self.src.base
    }
    fn files(&self) -> Vec<String> {
        let mut v: Vec<String> = walkdir::WalkDir::new(&self.out)
            .into_iter()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_type().is_file())
            .map(|e| e.path().strip_prefix(&self.out).unwrap().to_string_lossy().replace('\\', "/"))
            .collect();
        v.sort();
        v
    }
    fn read(&self, rel: &str) -> String {
        fs::read_to_string(self.out.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }
    /// The output file an absolute URL on our host maps to, if it exists (R13).
    fn file_of(&self, url: &str) -> Option<PathBuf> {
        let rest = url.strip_prefix(self.base())?;
        let rest = rest.split(['#', '?']).next().unwrap();
        let rest = percent_encoding::percent_decode_str(rest).decode_utf8().ok()?.to_string();
        let rel = if rest.is_empty() || rest.ends_with('/') { format!("{rest}index.html") } else { rest };
        let p = self.out.join(rel);
        p.is_file().then_some(p)
    }
    fn must_exist(&self, url: &str, what: &str) -> PathBuf {
        assert_uri(url, what);
        self.file_of(url).unwrap_or_else(|| panic!("R13/U1 {what}: {url} is not a file of the output"))
    }
    /// Canonical URL of an output HTML file.
    fn url_of(&self, rel: &str) -> String {
        self.abs(rel.strip_suffix("index.html").unwrap_or(rel))
    }
    /// Absolute URL of a root-relative path, percent-encoded as a URI (U1).
    fn abs(&self, path: &str) -> String {
        format!("{}{}", self.base(), percent_encoding::utf8_percent_encode(path.trim_start_matches('/'), NOT_URI))
    }
    fn is_redirect(&self, rel: &str) -> bool {
        Html::parse_document(&self.read(rel)).select(&sel("meta[http-equiv=refresh]")).next().is_some()
    }
    /// Folders (root-relative, "" for the site) holding feeds.
    fn feed_folders(&self) -> Vec<String> {
        let mut v: BTreeSet<String> = BTreeSet::new();
        for f in self.files() {
            for name in FEED_FILES {
                if let Some(dir) = f.strip_suffix(name) {
                    v.insert(dir.to_string());
                }
            }
        }
        v.into_iter().collect()
    }
}

// ------------------------------------------------------------------------
// Small helpers.
// ------------------------------------------------------------------------

/// U1: an absolute https URL that is a valid URI (ASCII, no spaces: non-ASCII percent-encoded).
fn assert_uri(u: &str, what: &str) {
    assert!(u.starts_with("https://"), "U1 {what}: `{u}` is not absolute https");
    assert!(
        u.chars().all(|c| c.is_ascii_graphic() && !"\"<>\\^`{|}".contains(c)),
        "U1 {what}: `{u}` is not a URI (non-ASCII or unsafe characters must be percent-encoded)"
    );
}

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

fn metas(h: &Html, attr: &str, key: &str) -> Vec<String> {
    h.select(&sel(&format!("meta[{attr}=\"{key}\"]"))).map(|m| m.value().attr("content").unwrap_or_default().to_string()).collect()
}

fn one(h: &Html, attr: &str, key: &str, page: &str) -> String {
    let v = metas(h, attr, key);
    assert_eq!(v.len(), 1, "{page}: exactly one <meta {attr}=\"{key}\">: {v:?}");
    v.into_iter().next().unwrap()
}

fn opt(h: &Html, attr: &str, key: &str) -> Option<String> {
    metas(h, attr, key).into_iter().next()
}

/// Real pixel size and MIME type of an image file, read with the `image` crate (O4).
fn real_image(p: &Path) -> (u32, u32, &'static str) {
    let r = image::ImageReader::open(p).unwrap().with_guessed_format().unwrap();
    let fmt = r.format().unwrap_or_else(|| panic!("{} is not a known image format", p.display()));
    let (w, h) = image::image_dimensions(p).unwrap();
    (w, h, fmt.to_mime_type())
}

fn rfc3339(s: &str, what: &str) -> DateTime<FixedOffset> {
    let b = s.as_bytes();
    assert!(b.len() >= 20 && b[10] == b'T', "U4 {what}: `{s}` is not RFC 3339 with an uppercase T");
    assert!(s.ends_with('Z') || s[s.len() - 6..].starts_with(['+', '-']), "U4 {what}: `{s}` has no explicit offset");
    DateTime::parse_from_rfc3339(s).unwrap_or_else(|e| panic!("U4 {what}: `{s}`: {e}"))
}

fn rfc822(s: &str, what: &str) -> DateTime<FixedOffset> {
    let year = s.split_whitespace().nth(3).unwrap_or("");
    assert!(year.len() == 4 && year.chars().all(|c| c.is_ascii_digit()), "U4 {what}: `{s}` lacks a 4-digit year");
    DateTime::parse_from_rfc2822(s).unwrap_or_else(|e| panic!("U4 {what}: `{s}` is not RFC 822: {e}"))
}

fn kids<'a, 'i>(n: Node<'a, 'i>, ns: Option<&str>, name: &str) -> Vec<Node<'a, 'i>> {
    n.children().filter(|c| c.is_element() && c.tag_name().name() == name && c.tag_name().namespace() == ns).collect()
}

fn text1(n: Node, ns: Option<&str>, name: &str, what: &str) -> String {
    let v = kids(n, ns, name);
    assert_eq!(v.len(), 1, "{what}: exactly one <{name}>");
    v[0].text().unwrap_or("").to_string()
}

/// Smart punctuation may curl quotes in Markdown-derived text.
fn straighten(s: &str) -> String {
    s.replace(['“', '”'], "\"").replace(['‘', '’'], "'")
}

/// The description rule of SPEC §3: front matter, else the first paragraph
/// cut at a word boundary to 160 characters.
fn assert_description(p: &SrcPage, desc: &str, what: &str) {
    match p.s("description").filter(|d| !d.trim().is_empty()) {
        Some(d) => assert_eq!(desc, d.trim(), "{what}: description from front matter"),
        None => {
            let para = p.first_paragraph();
            let got = straighten(desc);
            assert!(desc.chars().count() <= 160, "{what}: description longer than 160 chars: {desc}");
            if para.chars().count() <= 160 {
                assert_eq!(got, para, "{what}: description is the first paragraph");
            } else {
                let cut = got.strip_suffix('…').unwrap_or_else(|| panic!("{what}: a cut description ends with …: {got}"));
                assert!(para.starts_with(cut), "{what}: cut description is a prefix of the first paragraph:\n{cut}\n{para}");
                let next = para[cut.len()..].chars().next().unwrap();
                assert!(next.is_whitespace() || ",;:.-".contains(next), "{what}: cut at a word boundary (next char {next:?})");
            }
        }
    }
}

/// The item summary of SPEC §3: the social caption with its hashtags, else the page description.
fn expected_summary(b: &Built, p: &SrcPage) -> String {
    match p.fm.get("social").and_then(|s| s.get("caption")).and_then(Value::as_str) {
        Some(c) => {
            let mut out = c.trim().to_string();
            for t in p.fm["social"].get("hashtags").and_then(Value::as_array).into_iter().flatten() {
                out.push_str(&format!(" #{}", t.as_str().unwrap().trim_start_matches('#')));
            }
            out
        }
        None => {
            let h = Html::parse_document(&b.read(&format!("{}index.html", &p.path[1..])));
            opt(&h, "name", "description").unwrap()
        }
    }
}

fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

// ------------------------------------------------------------------------
// HTML pages: H, O, X, M, D, S, U rules.
// ------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Home,
    Tip,
    News,
    Bio,
    Other,
    Listing,
}

/// Walks JSON-LD and asserts U1 on every URL-valued key: absolute https, on
/// our host unless it names an external thing (sameAs, citation, specialty).
fn jsonld_urls(b: &Built, v: &Value, key: &str, external: bool, page: &str) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                let ext = external || matches!(k.as_str(), "citation" | "sameAs" | "medicalSpecialty");
                jsonld_urls(b, x, k, ext, page);
            }
        }
        Value::Array(a) => a.iter().for_each(|x| jsonld_urls(b, x, key, external, page)),
        Value::String(s) if matches!(key, "url" | "@id" | "image" | "logo" | "item" | "sameAs" | "contentUrl" | "mainEntityOfPage") => {
            assert_uri(s, &format!("{page}: JSON-LD {key}"));
            if !external {
                assert!(s.starts_with(b.base()), "U1 {page}: JSON-LD {key} `{s}` is not on {}", b.base());
                if matches!(key, "image" | "logo" | "item" | "url" | "contentUrl") {
                    b.must_exist(s, &format!("{page} JSON-LD {key}"));
                }
            }
        }
        _ => {}
    }
}

fn types_of(n: &Value) -> Vec<String> {
    match &n["@type"] {
        Value::String(s) => vec![s.clone()],
        Value::Array(a) => a.iter().filter_map(|t| t.as_str().map(str::to_string)).collect(),
        _ => vec![],
    }
}

fn nodes_of<'a>(g: &'a [Value], ty: &str) -> Vec<&'a Value> {
    g.iter().filter(|n| types_of(n).iter().any(|t| t == ty)).collect()
}

fn check_html_page(b: &Built, rel: &str) {
    let raw = b.read(rel);
    let h = Html::parse_document(&raw);
    let page = rel;
    let url = b.url_of(rel);
    let src = b.src.page_at(&url);
    let kind = match (rel, src.map(|p| p.section_kind.as_str())) {
        ("index.html", _) => Kind::Home,
        (_, Some("tips")) => Kind::Tip,
        (_, Some("news")) => Kind::News,
        (_, Some("team")) => Kind::Bio,
        (_, Some(_)) => Kind::Other,
        _ => Kind::Listing,
    };

    // H2, U3: charset first in <head>, lang, one title, viewport.
    let head = h.select(&sel("head")).next().expect("head");
    let first = head.children().filter_map(ElementRef::wrap).next().expect("head child");
    assert_eq!(first.value().name(), "meta", "U3 {page}: first head child is <meta charset>");
    assert!(first.value().attr("charset").is_some_and(|c| c.eq_ignore_ascii_case("utf-8")), "U3 {page}: <meta charset=\"utf-8\"> first");
    let lang = h.root_element().value().attr("lang").unwrap_or("");
    let want_lang = b.src.cfg_str(&["language"]).unwrap_or("en".into());
    assert_eq!(lang, want_lang, "H2 {page}: <html lang>");
    let titles: Vec<String> = h.select(&sel("title")).map(|t| t.text().collect()).collect();
    assert_eq!(titles.len(), 1, "H2 {page}: one <title>");
    assert!(!titles[0].trim().is_empty(), "H2 {page}: non-empty <title>");
    assert!(!metas(&h, "name", "viewport").is_empty(), "H2 {page}: viewport");

    // H2, O2: description == og:description; canonical == og:url (U2, O7).
    let desc = one(&h, "name", "description", page);
    assert!(!desc.trim().is_empty(), "H2 {page}: empty description");
    assert_eq!(one(&h, "property", "og:description", page), desc, "H2 {page}: og:description == description");
    let canon: Vec<_> = h.select(&sel("link[rel=canonical]")).collect();
    assert_eq!(canon.len(), 1, "H2 {page}: one canonical");
    let canonical = canon[0].value().attr("href").unwrap().to_string();
    assert_uri(&canonical, &format!("{page} canonical"));
    assert_eq!(canonical, url, "U2 {page}: canonical is the page's own URL");
    assert_eq!(one(&h, "property", "og:url", page), canonical, "U2 {page}: og:url == canonical");
    assert!(!canonical.contains('?'), "O7 {page}: og:url undecorated");

    // O1, O2.
    let og_title = one(&h, "property", "og:title", page);
    assert!(!og_title.is_empty());
    assert!(titles[0].starts_with(&og_title), "H2 {page}: <title> starts with og:title");
    assert_eq!(one(&h, "property", "og:site_name", page), b.src.cfg_str(&["title"]).unwrap(), "O2 {page}: og:site_name");
    let loc = one(&h, "property", "og:locale", page);
    assert!(loc.len() == 5 && &loc[2..3] == "_" && loc[3..].chars().all(|c| c.is_ascii_uppercase()), "O2 {page}: og:locale {loc}");
    let og_type = one(&h, "property", "og:type", page);
    let want_type = match kind {
        Kind::Tip | Kind::News => "article",
        Kind::Bio => "profile",
        Kind::Other if src.is_some_and(|p| p.date.is_some()) => "article",
        _ => "website",
    };
    assert_eq!(og_type, want_type, "O1 {page}: og:type");

    // O1, O3, O4, O5, X1-X3: the image, measured from the real file.
    let og_image = one(&h, "property", "og:image", page);
    let img_file = b.must_exist(&og_image, &format!("{page} og:image"));
    let (w, hgt, mime) = real_image(&img_file);
    let props: Vec<(String, String)> = h
        .select(&sel("meta[property^=\"og:image\"]"))
        .map(|m| (m.value().attr("property").unwrap().to_string(), m.value().attr("content").unwrap().to_string()))
        .collect();
    let want_alt = match src.and_then(|p| p.s("image").map(|_| p.s("image_alt").unwrap_or_default())) {
        Some(alt) => alt,
        // A generated social card (issue 11) says what it shows: the title
        // (a tag's name) and the practice.
        None if og_image.contains("/cards/") => {
            let shown = og_title.strip_prefix("Tagged “").and_then(|t| t.strip_suffix('”')).unwrap_or(&og_title);
            format!("{shown} — {}", b.src.cfg_str(&["practice", "name"]).unwrap_or_default())
        }
        None => b.src.cfg_str(&["social", "default_image_alt"]).unwrap_or_default(),
    };
    assert_eq!(
        props,
        vec![
            ("og:image".to_string(), og_image.clone()),
            ("og:image:secure_url".into(), og_image.clone()),
            ("og:image:type".into(), mime.to_string()),
            ("og:image:width".into(), w.to_string()),
            ("og:image:height".into(), hgt.to_string()),
            ("og:image:alt".into(), want_alt.clone()),
        ],
        "O3/O4 {page}: structured image props right after og:image, sizes and type of the real file"
    );
    assert!(mime == "image/jpeg" || mime == "image/png", "O5 {page}: og:image is JPEG or PNG, not {mime}");
    assert!(fs::metadata(&img_file).unwrap().len() <= 1_000_000, "O5 {page}: og:image <= 1 MB");
    if let Some(p) = src
        && let Some(i) = p.s("image")
    {
        let want = match i.strip_prefix('/') {
            Some(rest) => format!("{}{}", b.base(), rest),
            None => format!("{url}{i}"),
        };
        assert_eq!(og_image, want, "O1 {page}: og:image is the front matter image");
    } else if kind == Kind::Home || page.ends_with("404.html") {
        let d = b.src.cfg_str(&["social", "default_image"]).unwrap();
        assert_eq!(og_image, format!("{}{}", b.base(), d.trim_start_matches('/')), "O1 {page}: default social image");
    } else {
        // Every other page without its own image shares its generated card (issue 11).
        assert!(
            og_image.starts_with(&format!("{}cards/", b.base())) && og_image.ends_with(".png"),
            "O1 {page}: a social card, not {og_image}"
        );
        assert_eq!((w, hgt), (1200, 630), "O1 {page}: card size");
    }
    // Square and portrait images get `summary`: X crops large cards to 2:1.
    let large = w >= 300 && hgt >= 157 && w * 10 >= hgt * 13;
    assert_eq!(one(&h, "name", "twitter:card", page), if large { "summary_large_image" } else { "summary" }, "X1/X3 {page}: card type");
    assert_eq!(one(&h, "name", "twitter:title", page), og_title, "X2 {page}");
    assert_eq!(one(&h, "name", "twitter:description", page), desc, "X2 {page}");
    assert_eq!(one(&h, "name", "twitter:image", page), og_image, "X2 {page}");
    let talt = one(&h, "name", "twitter:image:alt", page);
    assert!(talt.chars().count() <= 420 && want_alt.starts_with(&talt), "X2 {page}: twitter:image:alt");
    if let Some(x) = b.src.cfg_str(&["social", "x"]) {
        assert_eq!(one(&h, "name", "twitter:site", page), format!("@{}", x.trim_start_matches('@')), "X2 {page}");
    }
    if let Some(m) = b.src.cfg_str(&["social", "mastodon"]) {
        assert_eq!(one(&h, "name", "fediverse:creator", page), m, "M1 {page}");
    }
    assert!(
        h.select(&sel("meta[name^=\"og:\"], meta[property^=\"twitter:\"]")).next().is_none(),
        "X2 {page}: property= for og, name= for twitter"
    );

    // Front matter round trip (awkward content: escaping, Unicode).
    if let Some(p) = src {
        assert_eq!(og_title, p.title(), "O1 {page}: og:title is the front matter title, exactly");
        assert_description(p, &desc, page);
    }

    // O6: article:* for dated pages, equal to the front matter instants (U5).
    if og_type == "article" {
        let p = src.expect("article pages come from content");
        let pubt = rfc3339(&one(&h, "property", "article:published_time", page), page);
        assert_eq!(pubt, p.date.unwrap(), "U5 {page}: article:published_time == date");
        let modt = rfc3339(&one(&h, "property", "article:modified_time", page), page);
        assert_eq!(modt, p.updated.or(p.date).unwrap(), "U5 {page}: article:modified_time == updated or date");
        assert_eq!(metas(&h, "property", "article:tag"), p.tags(), "O6 {page}: article:tag per tag");
        if let Some(a) = p.s("author") {
            assert_eq!(one(&h, "property", "article:author", page), b.src.team_url(&a), "O6 {page}: article:author");
        }
    }

    // D1: one autodiscovery link per feed, distinct titles, existing files.
    let alts: Vec<_> = h.select(&sel("link[rel=alternate]")).collect();
    let mut seen_titles = BTreeSet::new();
    let mut hrefs = BTreeSet::new();
    for a in &alts {
        let t = a.value().attr("title").unwrap_or("");
        assert!(!t.is_empty() && seen_titles.insert(t.to_string()), "D1 {page}: distinct non-empty feed titles ({t})");
        let href = a.value().attr("href").unwrap();
        let ty = a.value().attr("type").unwrap();
        let file = ["application/rss+xml", "application/atom+xml", "application/feed+json"]
            .iter()
            .position(|m| *m == ty)
            .map(|i| FEED_FILES[i])
            .unwrap_or_else(|| panic!("D1 {page}: unknown feed type {ty}"));
        assert!(href.ends_with(file), "D2 {page}: {ty} feed is named {file}: {href}");
        b.must_exist(href, &format!("{page} feed link"));
        // Compared decoded: a Unicode tag's folder is percent-encoded in URLs.
        hrefs.insert(percent_encoding::percent_decode_str(href).decode_utf8_lossy().into_owned());
    }
    for f in FEED_FILES {
        assert!(hrefs.contains(&format!("{}{f}", b.base())), "D1 {page}: site feed {f} linked");
    }
    if let Some(p) = src
        && b.src.sections.iter().any(|s| s.name == p.section && s.feed)
    {
        for f in FEED_FILES {
            assert!(hrefs.contains(&format!("{}{}/{f}", b.base(), p.section)), "D1 {page}: section feed {f} linked");
        }
    }
    if let Some(t) = rel.strip_prefix("tags/").and_then(|r| r.strip_suffix("/index.html")) {
        for f in FEED_FILES {
            assert!(hrefs.contains(&format!("{}tags/{t}/{f}", b.base())), "D1 {page}: tag feed {f} linked");
        }
    }

    // U1: every URL in head metadata is absolute on our host and exists.
    for (attr, key) in [("property", "og:url"), ("property", "og:image"), ("property", "og:image:secure_url"), ("name", "twitter:image")] {
        for v in metas(&h, attr, key) {
            assert!(v.starts_with(b.base()), "U1 {page}: {key} {v}");
            b.must_exist(&v, &format!("{page} {key}"));
        }
    }
    for v in metas(&h, "property", "article:author") {
        assert!(v.starts_with(b.base()), "U1 {page}: article:author {v}");
        b.must_exist(&v, &format!("{page} article:author"));
    }

    // S1 + "no live script": exactly one <script>, the ld+json; no handlers.
    let scripts: Vec<_> = h.select(&sel("script")).collect();
    assert_eq!(scripts.len(), 1, "S1 {page}: exactly one <script> (the JSON-LD), no other live script");
    assert_eq!(scripts[0].value().attr("type"), Some("application/ld+json"), "S1 {page}");
    for el in h.select(&sel("*")) {
        for (k, v) in el.value().attrs() {
            assert!(!k.starts_with("on"), "{page}: event handler attribute {k} on <{}>", el.value().name());
            assert!(!v.trim_start().to_ascii_lowercase().starts_with("javascript:"), "{page}: javascript: URL in {k}");
        }
    }
    let ld_text: String = scripts[0].text().collect();
    let ld: Value = serde_json::from_str(&ld_text).unwrap_or_else(|e| panic!("S1 {page}: JSON-LD parses: {e}"));
    // H1: all metadata within the first 60 KB.
    let ld_end = raw.find("</script>").unwrap();
    assert!(ld_end < 60 * 1024, "H1 {page}: metadata ends at byte {ld_end}");
    assert_eq!(ld["@context"], "https://schema.org", "S1 {page}: @context");
    // M2: nodes live in @graph, so Mastodon falls back to OG.
    assert!(ld.get("@type").is_none(), "M2 {page}: no top-level typed node");
    let g = ld["@graph"].as_array().unwrap_or_else(|| panic!("S1 {page}: @graph"));
    for n in g {
        assert!(!types_of(n).is_empty(), "S1 {page}: every node has @type: {n}");
    }
    jsonld_urls(b, &ld, "", false, page);
    for bad in ["aggregateRating", "review"] {
        assert!(!ld_text.contains(&format!("\"{bad}\"")), "S9 {page}: no {bad}");
    }
    // U2 + S2: the page node has the canonical URL and the OG title/description.
    let webpage = g.iter().find(|n| n["@id"].as_str() == Some(&format!("{canonical}#webpage")));
    if kind == Kind::Home {
        let pt = b.src.cfg_str(&["practice", "type"]).unwrap_or("MedicalClinic".into());
        let pr = nodes_of(g, &pt);
        assert_eq!(pr.len(), 1, "S3 {page}: one {pt} node on home");
        let pr = pr[0];
        assert_eq!(pr["url"], canonical, "U2 {page}: practice url");
        assert_eq!(pr["name"], b.src.cfg_str(&["practice", "name"]).unwrap(), "S3 {page}: practice name");
        assert_eq!(pr["address"]["@type"], "PostalAddress", "S3 {page}: address");
        assert!(pr["telephone"].is_string() && pr["logo"].is_object() && pr["image"].is_string(), "S3 {page}: telephone/logo/image");
        assert!(pr["openingHoursSpecification"].as_array().is_some_and(|a| !a.is_empty()), "S3 {page}: hours");
        assert!(pr["sameAs"].as_array().is_some_and(|a| !a.is_empty()), "S3 {page}: sameAs");
        assert!(
            pr["medicalSpecialty"].as_array().is_some_and(|a| a.iter().all(|s| s.as_str().unwrap().starts_with("https://schema.org/")))
        );
        let ws = nodes_of(g, "WebSite");
        assert!(ws.len() == 1 && ws[0]["url"] == canonical, "S8 {page}: WebSite with the home url");
    } else {
        let wp = webpage.unwrap_or_else(|| panic!("U2 {page}: a #webpage node"));
        assert_eq!(wp["url"], canonical, "U2 {page}: JSON-LD url == canonical");
        for k in ["name", "headline"] {
            if let Some(t) = wp.get(k) {
                assert_eq!(t, &Value::String(og_title.clone()), "S2/M2 {page}: JSON-LD {k} == og:title");
            }
        }
        if let Some(d) = wp.get("description") {
            assert_eq!(d, &Value::String(desc.clone()), "S2/M2 {page}: JSON-LD description == og:description");
        }
        // S6: breadcrumbs.
        let bl = nodes_of(g, "BreadcrumbList");
        assert_eq!(bl.len(), 1, "S6 {page}: one BreadcrumbList");
        let items = bl[0]["itemListElement"].as_array().expect("itemListElement");
        assert!(items.len() >= 2, "S6 {page}: home and the page");
        for (i, li) in items.iter().enumerate() {
            assert_eq!(li["@type"], "ListItem", "S6 {page}");
            assert_eq!(li["position"], i + 1, "S6 {page}: consecutive positions from 1");
            assert!(li["name"].as_str().is_some_and(|s| !s.is_empty()), "S6 {page}: name");
            if i + 1 < items.len() {
                assert!(li["item"].is_string(), "S6 {page}: item on non-last elements");
            }
        }
        assert_eq!(items[0]["item"], b.base(), "S6 {page}: first crumb is home");
        if let Some(last) = items.last().unwrap().get("item") {
            assert_eq!(last, &Value::String(canonical.clone()), "S6 {page}: last crumb is the page");
        }
        assert_eq!(items.last().unwrap()["name"], og_title, "S6 {page}: last crumb name is the title");
    }
    if let Some(sec) = b.src.sections.iter().find(|s| rel == format!("{}/index.html", s.name)) {
        assert_eq!(og_title, sec.title, "O1 {page}: section og:title is its front matter title");
    }
    if let Some(p) = src {
        check_jsonld_kind(b, p, kind, g, webpage, &og_title, page);
    }

    // H2: every <img> has alt and width/height; local rasters at their real size.
    for img in h.select(&sel("img")) {
        let v = img.value();
        let src_attr = v.attr("src").unwrap_or("");
        assert!(v.attr("alt").is_some(), "H2 {page}: <img src={src_attr}> has alt");
        let (iw, ih) = (v.attr("width"), v.attr("height"));
        assert!(
            iw.is_some_and(|x| x.parse::<u32>().is_ok()) && ih.is_some_and(|x| x.parse::<u32>().is_ok()),
            "H2 {page}: <img src={src_attr}> has numeric width and height"
        );
        let abs = match src_attr.strip_prefix('/') {
            Some(rest) => format!("{}{}", b.base(), rest),
            None => src_attr.to_string(),
        };
        if abs.starts_with(b.base()) {
            let f = b.must_exist(&abs, &format!("{page} <img>"));
            if !abs.ends_with(".svg") {
                let (rw, rh, _) = real_image(&f);
                assert_eq!((iw.unwrap().parse::<u32>().unwrap(), ih.unwrap().parse::<u32>().unwrap()), (rw, rh), "H2 {page}: {abs} size");
            }
        }
    }
}

fn check_jsonld_kind(b: &Built, p: &SrcPage, kind: Kind, g: &[Value], webpage: Option<&Value>, og_title: &str, page: &str) {
    let wp = webpage.unwrap();
    match kind {
        Kind::Tip => {
            assert!(types_of(wp).iter().any(|t| t == "MedicalWebPage"), "S5 {page}: MedicalWebPage");
            if let Some(a) = p.s("author") {
                assert_eq!(wp["author"]["name"], b.src.team_name(&a), "S5 {page}: author name");
                assert_eq!(wp["author"]["url"], b.src.team_url(&a), "S5 {page}: author url");
            }
            if let Some(r) = p.s("reviewed_by") {
                assert_eq!(wp["reviewedBy"]["name"], b.src.team_name(&r), "S5 {page}: reviewedBy name");
                assert_eq!(wp["reviewedBy"]["url"], b.src.team_url(&r), "S5 {page}: reviewedBy url");
            }
            if let Some(d) = p.s("last_reviewed") {
                assert_eq!(wp["lastReviewed"].as_str().map(|s| &s[..10]), Some(&d[..10]), "S5 {page}: lastReviewed");
            }
            let sources = p.fm.get("sources").and_then(Value::as_array).cloned().unwrap_or_default();
            if !sources.is_empty() {
                let cit = wp["citation"].as_array().unwrap_or_else(|| panic!("S5 {page}: citation"));
                let got: Vec<(&Value, &Value)> = cit.iter().map(|c| (&c["name"], &c["url"])).collect();
                let want: Vec<(&Value, &Value)> = sources.iter().map(|s| (&s["title"], &s["url"])).collect();
                assert_eq!(got, want, "S5 {page}: citation == sources");
            }
            if let Some(d) = p.date {
                assert_eq!(rfc3339(wp["datePublished"].as_str().unwrap(), page), d, "U5 {page}: datePublished");
                assert_eq!(rfc3339(wp["dateModified"].as_str().unwrap(), page), p.updated.unwrap_or(d), "U5 {page}: dateModified");
            }
        }
        Kind::News => {
            let arts: Vec<&Value> =
                g.iter().filter(|n| types_of(n).iter().any(|t| matches!(t.as_str(), "BlogPosting" | "NewsArticle" | "Article"))).collect();
            assert_eq!(arts.len(), 1, "S5 {page}: one article node");
            assert_eq!(arts[0]["headline"], og_title, "S2 {page}: headline == og:title");
            let d = p.date.unwrap();
            assert_eq!(rfc3339(arts[0]["datePublished"].as_str().unwrap(), page), d, "U5 {page}: datePublished");
            assert_eq!(rfc3339(arts[0]["dateModified"].as_str().unwrap(), page), p.updated.unwrap_or(d), "U5 {page}: dateModified");
        }
        Kind::Bio => {
            let people: Vec<&Value> = g
                .iter()
                .filter(|n| types_of(n).iter().any(|t| matches!(t.as_str(), "Person" | "Physician" | "IndividualPhysician")))
                .collect();
            assert_eq!(people.len(), 1, "S4 {page}: one Person/Physician node");
            let person = people[0];
            assert_eq!(person["name"], p.s("name").unwrap_or_else(|| p.title()), "S4 {page}: name");
            assert_eq!(person["url"], b.url_of(&format!("{}index.html", &p.path[1..])), "S4 {page}: url");
            if types_of(person).iter().any(|t| t == "Person") {
                assert!(!ld_has_key(person, "medicalSpecialty"), "S4 {page}: no medicalSpecialty on Person");
                assert_eq!(person["worksFor"]["@id"], format!("{}#practice", b.base()), "S4 {page}: worksFor the clinic");
            }
        }
        _ => {}
    }
}

fn ld_has_key(v: &Value, key: &str) -> bool {
    match v {
        Value::Object(m) => m.iter().any(|(k, x)| k == key || ld_has_key(x, key)),
        Value::Array(a) => a.iter().any(|x| ld_has_key(x, key)),
        _ => false,
    }
}

fn check_all_html(b: &Built) {
    let files = b.files();
    let html: Vec<&String> = files.iter().filter(|f| f.ends_with(".html")).collect();
    assert!(html.len() > 5);
    let mut checked = 0;
    for rel in html {
        if b.is_redirect(rel) {
            // Alias and page-1 redirects: noindex, canonical to the target.
            let h = Html::parse_document(&b.read(rel));
            assert_eq!(opt(&h, "name", "robots").as_deref(), Some("noindex"), "SM4 {rel}: redirect is noindex");
            let c = h.select(&sel("link[rel=canonical]")).next().and_then(|l| l.value().attr("href")).expect("canonical").to_string();
            b.must_exist(&c, &format!("{rel} redirect target"));
            assert!(h.select(&sel("script")).next().is_none(), "{rel}: no script in redirects");
            continue;
        }
        check_html_page(b, rel);
        checked += 1;
    }
    // Every published content page was built (and checked above).
    for p in b.src.published() {
        assert!(b.out.join(&p.path[1..]).join("index.html").is_file(), "published page {} missing", p.rel);
    }
    assert!(checked > 5);
}

#[test]
fn example_site_html_pages_conform() {
    check_all_html(&build(example_root()));
}

#[test]
fn awkward_site_html_pages_conform() {
    let b = build(awkward_root());
    check_all_html(&b);
    // The fixture has what it claims: a 200+ char title, a small image card,
    // a bundle image, a default image, a YAML page.
    let long = b.src.published().find(|p| p.title().chars().count() > 200).expect("a 200+ char title");
    let h = Html::parse_document(&b.read(&format!("{}index.html", &long.path[1..])));
    assert_eq!(one(&h, "property", "og:title", "long"), long.title());
    let small = Html::parse_document(&b.read("tips/small-image/index.html"));
    assert_eq!(one(&small, "name", "twitter:card", "small"), "summary", "X3: small image -> summary card");
    let bundle = Html::parse_document(&b.read("tips/bundle-tip/index.html"));
    assert_eq!(one(&bundle, "property", "og:image", "bundle"), format!("{}tips/bundle-tip/photo.jpg", b.base()));
    assert!(b.src.pages.iter().any(|p| p.rel == "news/yaml-post.md" && p.published));
    // Front matter text is escaped, never live markup.
    for f in b.files().iter().filter(|f| f.ends_with(".html")) {
        let raw = b.read(f);
        assert!(!raw.contains("<script>alert"), "{f}: front matter <script> reached the HTML unescaped");
        assert!(!raw.contains("<b>anyone</b>"), "{f}: front matter HTML reached the HTML unescaped");
    }
}

// ------------------------------------------------------------------------
// Feeds: R, T, J, U rules, parsed with feed-rs, roxmltree and jsonschema.
// ------------------------------------------------------------------------

/// What one format says about one item, for cross-format comparison (U5, U6).
#[derive(Debug, PartialEq)]
struct Item {
    id: String,
    title: String,
    published: DateTime<FixedOffset>,
    modified: Option<DateTime<FixedOffset>>,
    image: Option<String>,
}

fn expected_for<'a>(b: &'a Built, folder: &str) -> (Vec<&'a SrcPage>, String) {
    let home = b.abs(folder);
    let items = if folder.is_empty() {
        let feeds: BTreeSet<&str> = b.src.sections.iter().filter(|s| s.feed).map(|s| s.name.as_str()).collect();
        b.src.expected_items(|p| feeds.contains(p.section.as_str()))
    } else if let Some(t) = folder.strip_prefix("tags/") {
        let t = t.trim_end_matches('/');
        b.src.expected_items(|p| p.tags().iter().any(|x| slug(x) == t))
    } else {
        let s = folder.trim_end_matches('/');
        b.src.expected_items(|p| p.section == s)
    };
    (items, home)
}

/// Checks an item's image against the real file and the page's og:image (R8, R9, O4).
fn check_item_image(b: &Built, url: &str, length: Option<&str>, mime: Option<&str>, page_url: &str, what: &str) -> PathBuf {
    assert!(url.starts_with(b.base()), "U1 {what}: image {url}");
    let f = b.must_exist(url, what);
    if let Some(l) = length {
        assert_eq!(l.parse::<u64>().ok(), Some(fs::metadata(&f).unwrap().len()), "R8 {what}: length == real file size of {url}");
    }
    if let Some(m) = mime {
        assert_eq!(m, real_image(&f).2, "R8 {what}: type of {url}");
    }
    let page = Html::parse_document(&fs::read_to_string(b.must_exist(page_url, what)).unwrap());
    assert_eq!(opt(&page, "property", "og:image").as_deref(), Some(url), "R9 {what}: item image == the page's og:image");
    f
}

fn check_rss(b: &Built, folder: &str, want: &[&SrcPage], home: &str) -> Vec<Item> {
    let rel = format!("{folder}rss.xml");
    let what = rel.as_str();
    let text = b.read(&rel);
    assert!(text.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>"), "U3 {what}: XML declaration with utf-8");
    let parsed = feed_rs::parser::parse(text.as_bytes()).unwrap_or_else(|e| panic!("{what}: feed-rs: {e}"));
    assert_eq!(parsed.feed_type, feed_rs::model::FeedType::RSS2, "R1 {what}");
    let doc = Document::parse(&text).unwrap_or_else(|e| panic!("R1 {what}: well-formed: {e}"));
    let root = doc.root_element();
    assert_eq!((root.tag_name().name(), root.attribute("version")), ("rss", Some("2.0")), "R1 {what}");
    let chans = kids(root, None, "channel");
    assert_eq!(chans.len(), 1, "R1 {what}: one channel");
    let ch = chans[0];
    assert!(!text1(ch, None, "title", what).is_empty(), "R2 {what}");
    assert_eq!(text1(ch, None, "link", what), home, "R2 {what}: channel link");
    assert!(!text1(ch, None, "description", what).is_empty(), "R2 {what}");
    assert!(!text1(ch, None, "language", what).is_empty(), "R3 {what}");
    rfc822(&text1(ch, None, "lastBuildDate", what), what);
    let selfs: Vec<_> = kids(ch, Some(ATOM_NS), "link").into_iter().filter(|l| l.attribute("rel") == Some("self")).collect();
    assert_eq!(selfs.len(), 1, "R3 {what}: atom:link rel=self");
    assert_eq!(selfs[0].attribute("href"), Some(b.abs(&rel).as_str()), "R3 {what}: self href");
    assert_eq!(selfs[0].attribute("type"), Some("application/rss+xml"), "R3 {what}");
    if let Some(img) = kids(ch, None, "image").first() {
        assert_eq!(text1(*img, None, "title", what), text1(ch, None, "title", what), "R4 {what}");
        assert_eq!(text1(*img, None, "link", what), home, "R4 {what}");
        b.must_exist(&text1(*img, None, "url", what), what);
        assert!(text1(*img, None, "width", what).parse::<u32>().unwrap() <= 144, "R4 {what}");
        assert!(text1(*img, None, "height", what).parse::<u32>().unwrap() <= 400, "R4 {what}");
    }
    let items = kids(ch, None, "item");
    assert_eq!(items.len(), want.len(), "R12/SPEC {what}: item count (limit {})", b.src.limit());
    assert_eq!(parsed.entries.len(), want.len(), "{what}: feed-rs item count");
    let mut out = Vec::new();
    let mut prev: Option<DateTime<FixedOffset>> = None;
    for (i, (it, src)) in items.iter().zip(want).enumerate() {
        let what = format!("{rel} item {i}");
        let link = text1(*it, None, "link", &what);
        let purl = b.abs(&src.path);
        assert_eq!(link, purl, "R7/SPEC {what}: newest first, published pages only");
        b.must_exist(&link, &what);
        let title = text1(*it, None, "title", &what);
        assert_eq!(title, src.title(), "R5 {what}: title round-trips exactly");
        assert_eq!(parsed.entries[i].title.as_ref().map(|t| t.content.as_str()), Some(src.title().as_str()), "{what}: feed-rs title");
        assert_eq!(
            text1(*it, None, "description", &what),
            expected_summary(b, src),
            "R5/R10 {what}: description is the plain-text summary"
        );
        let g = kids(*it, None, "guid");
        assert_eq!(g.len(), 1, "R6 {what}");
        assert_ne!(g[0].attribute("isPermaLink"), Some("false"), "R6 {what}: guid is the permalink");
        assert_eq!(g[0].text(), Some(purl.as_str()), "R6/U6 {what}: guid == permalink");
        assert_eq!(parsed.entries[i].id, purl, "U6 {what}: feed-rs id");
        let pubd = rfc822(&text1(*it, None, "pubDate", &what), &what);
        assert_eq!(pubd, src.date.unwrap(), "U5 {what}: pubDate == date");
        if let Some(p) = prev {
            assert!(pubd < p, "R7 {what}: pubDate strictly older than the item before");
        }
        prev = Some(pubd);
        let cats: Vec<String> = kids(*it, None, "category").iter().map(|c| c.text().unwrap_or("").to_string()).collect();
        assert_eq!(cats, src.tags(), "R12 {what}: category per tag");
        assert!(kids(*it, None, "author").is_empty(), "R11 {what}: no <author> (e-mail only)");
        let enc = kids(*it, None, "enclosure");
        assert!(enc.len() <= 1, "R8 {what}: at most one enclosure");
        let mut image = None;
        if let Some(e) = enc.first() {
            let u = e.attribute("url").expect("R8 url");
            check_item_image(
                b,
                u,
                Some(e.attribute("length").expect("R8 length")),
                Some(e.attribute("type").expect("R8 type")),
                &purl,
                &what,
            );
            let media = kids(*it, Some(MEDIA_NS), "content");
            assert_eq!(media.len(), 1, "R9b {what}: media:content");
            assert_eq!(media[0].attribute("url"), Some(u), "R9b {what}");
            assert_eq!(media[0].attribute("medium"), Some("image"), "R9b {what}");
            let (w, h, _) = real_image(&b.must_exist(u, &what));
            assert_eq!(
                (media[0].attribute("width"), media[0].attribute("height")),
                (Some(w.to_string().as_str()), Some(h.to_string().as_str()))
            );
            let html = Html::parse_fragment(&text1(*it, Some(CONTENT_NS), "encoded", &what));
            let first = html.select(&sel("img")).next().unwrap_or_else(|| panic!("R9c {what}: an <img> in content:encoded"));
            assert_eq!(first.value().attr("src"), Some(u), "R9c {what}: first <img> is the item image");
            assert!(first.value().attr("alt").is_some() && first.value().attr("width").is_some() && first.value().attr("height").is_some());
            image = Some(u.to_string());
        }
        // R10: every URL in the HTML content is absolute.
        let html = Html::parse_fragment(&text1(*it, Some(CONTENT_NS), "encoded", &what));
        for el in html.select(&sel("[href], [src]")) {
            for k in ["href", "src"] {
                if let Some(u) = el.value().attr(k) {
                    assert!(
                        u.contains("://") || u.starts_with('#') || u.starts_with("mailto:") || u.starts_with("tel:"),
                        "R10 {what}: relative {k}={u}"
                    );
                    if u.starts_with(b.base()) {
                        b.must_exist(u, &format!("{what} content link"));
                    }
                }
            }
        }
        out.push(Item { id: purl, title, published: pubd, modified: None, image });
    }
    out
}

fn check_atom(b: &Built, folder: &str, want: &[&SrcPage], home: &str) -> Vec<Item> {
    let rel = format!("{folder}atom.xml");
    let what = rel.as_str();
    let text = b.read(&rel);
    assert!(text.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>"), "U3 {what}");
    let parsed = feed_rs::parser::parse(text.as_bytes()).unwrap_or_else(|e| panic!("{what}: feed-rs: {e}"));
    assert_eq!(parsed.feed_type, feed_rs::model::FeedType::Atom, "T1 {what}");
    let doc = Document::parse(&text).unwrap();
    let f = doc.root_element();
    assert_eq!((f.tag_name().name(), f.tag_name().namespace()), ("feed", Some(ATOM_NS)), "T1 {what}");
    let a = Some(ATOM_NS);
    assert_eq!(text1(f, a, "id", what), home, "T2 {what}: id");
    assert!(!text1(f, a, "title", what).is_empty(), "T2 {what}");
    rfc3339(&text1(f, a, "updated", what), what);
    let links = kids(f, a, "link");
    let self_href = b.abs(&rel);
    assert!(links.iter().any(|l| l.attribute("rel") == Some("self") && l.attribute("href") == Some(&self_href)), "T4 {what}: rel=self");
    assert!(links.iter().any(|l| l.attribute("rel") == Some("alternate") && l.attribute("href") == Some(home)), "T4 {what}: alternate");
    let entries = kids(f, a, "entry");
    assert_eq!(entries.len(), want.len(), "{what}: entry count");
    let feed_author = !kids(f, a, "author").is_empty();
    let mut out = Vec::new();
    for (i, (e, src)) in entries.iter().zip(want).enumerate() {
        let what = format!("{rel} entry {i}");
        let purl = b.abs(&src.path);
        assert!(feed_author || !kids(*e, a, "author").is_empty(), "T3 {what}: an author");
        assert_eq!(text1(*e, a, "id", &what), purl, "T5/U6 {what}: id == permalink");
        let title = text1(*e, a, "title", &what);
        assert_eq!(title, src.title(), "T5 {what}: title round-trips");
        assert_eq!(parsed.entries[i].title.as_ref().map(|t| t.content.as_str()), Some(src.title().as_str()), "{what}: feed-rs title");
        let t = kids(*e, a, "title")[0];
        assert!(t.attribute("type").is_none_or(|t| t == "text") && t.children().all(|c| c.is_text()), "T9 {what}: text title");
        let upd = rfc3339(&text1(*e, a, "updated", &what), &what);
        let pubd = rfc3339(&text1(*e, a, "published", &what), &what);
        assert_eq!(pubd, src.date.unwrap(), "U5 {what}: published == date");
        assert_eq!(upd, src.updated.unwrap_or(pubd), "U5 {what}: updated == updated or date");
        let alt: Vec<_> = kids(*e, a, "link").into_iter().filter(|l| l.attribute("rel").is_none_or(|r| r == "alternate")).collect();
        assert_eq!(alt.len(), 1, "T6 {what}");
        assert_eq!(alt[0].attribute("href"), Some(purl.as_str()), "T6 {what}");
        assert_eq!(text1(*e, a, "summary", &what), expected_summary(b, src), "T7 {what}: summary");
        let c = kids(*e, a, "content");
        assert_eq!(c.len(), 1, "T7 {what}");
        assert_eq!(c[0].attribute("type"), Some("html"), "T9 {what}");
        assert!(c[0].children().all(|n| n.is_text()), "T9 {what}: html content is escaped text");
        let mut image = None;
        let encs: Vec<_> = kids(*e, a, "link").into_iter().filter(|l| l.attribute("rel") == Some("enclosure")).collect();
        assert!(encs.len() <= 1, "T8 {what}");
        if let Some(l) = encs.first() {
            let u = l.attribute("href").unwrap();
            check_item_image(b, u, l.attribute("length"), l.attribute("type"), &purl, &what);
            let html = Html::parse_fragment(c[0].text().unwrap_or(""));
            assert_eq!(html.select(&sel("img")).next().and_then(|i| i.value().attr("src")), Some(u), "T8 {what}: first <img>");
            image = Some(u.to_string());
        }
        out.push(Item { id: purl, title, published: pubd, modified: Some(upd), image });
    }
    out
}

fn check_json(b: &Built, folder: &str, want: &[&SrcPage], home: &str, validator: &jsonschema::Validator) -> Vec<Item> {
    let rel = format!("{folder}feed.json");
    let what = rel.as_str();
    let text = b.read(&rel);
    let parsed = feed_rs::parser::parse(text.as_bytes()).unwrap_or_else(|e| panic!("{what}: feed-rs: {e}"));
    assert_eq!(parsed.feed_type, feed_rs::model::FeedType::JSON, "J1 {what}");
    let doc: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("J1 {what}: {e}"));
    let errors: Vec<String> = validator.iter_errors(&doc).map(|e| format!("{e} at {}", e.instance_path)).collect();
    assert!(errors.is_empty(), "J1-J6 {what}: JSON Feed 1.1 schema: {errors:#?}");
    assert_eq!(doc["version"], "https://jsonfeed.org/version/1.1", "J1 {what}");
    assert_eq!(doc["home_page_url"], home, "J2 {what}");
    assert_eq!(doc["feed_url"], b.abs(&rel), "J2 {what}");
    let items = doc["items"].as_array().unwrap();
    assert_eq!(items.len(), want.len(), "{what}: item count");
    let mut out = Vec::new();
    for (i, (it, src)) in items.iter().zip(want).enumerate() {
        let what = format!("{rel} item {i}");
        let purl = b.abs(&src.path);
        assert_eq!(it["id"], purl, "J3/U6 {what}: id == permalink");
        assert_eq!(it["url"], purl, "J4 {what}");
        assert_eq!(it["summary"], expected_summary(b, src), "J4 {what}: summary");
        assert_eq!(it["title"], src.title(), "J4 {what}: title round-trips");
        assert_eq!(parsed.entries[i].title.as_ref().map(|t| t.content.as_str()), Some(src.title().as_str()), "{what}: feed-rs title");
        let pubd = rfc3339(it["date_published"].as_str().unwrap(), &what);
        let modi = rfc3339(it["date_modified"].as_str().unwrap(), &what);
        assert_eq!(pubd, src.date.unwrap(), "U5 {what}");
        assert_eq!(modi, src.updated.unwrap_or(pubd), "U5 {what}");
        assert_eq!(
            it["tags"].as_array().map(|a| a.iter().map(|t| t.as_str().unwrap().to_string()).collect::<Vec<_>>()).unwrap_or_default(),
            src.tags()
        );
        assert!(it.get("author").is_none() && it["authors"].as_array().is_some_and(|a| !a.is_empty()), "J4 {what}: authors");
        let image = it["image"].as_str().map(str::to_string);
        if let Some(u) = &image {
            check_item_image(b, u, None, None, &purl, &what);
            let html = Html::parse_fragment(it["content_html"].as_str().unwrap());
            assert_eq!(html.select(&sel("img")).next().and_then(|i| i.value().attr("src")), Some(u.as_str()), "R9c {what}");
        }
        // J6: title and summary are plain text: the author's characters, never entity-escaped HTML.
        for k in ["title", "summary"] {
            let s = it[k].as_str().unwrap_or("");
            assert!(!["&amp;", "&lt;", "&gt;", "&quot;", "&#"].iter().any(|e| s.contains(e)), "J6 {what}: {k} is escaped HTML: {s}");
        }
        out.push(Item { id: purl, title: it["title"].as_str().unwrap().to_string(), published: pubd, modified: Some(modi), image });
    }
    out
}

fn schema_validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(include_str!("../jsonfeed-1.1.schema.json")).unwrap();
    jsonschema::options().should_validate_formats(true).build(&schema).unwrap()
}

fn check_all_feeds(b: &Built) {
    let validator = schema_validator();
    let folders = b.feed_folders();
    // SPEC §5: the site, each section with a feed, each tag.
    let mut want_folders: BTreeSet<String> = BTreeSet::from([String::new()]);
    for s in b.src.sections.iter().filter(|s| s.feed) {
        want_folders.insert(format!("{}/", s.name));
    }
    for p in b.src.published() {
        for t in p.tags() {
            want_folders.insert(format!("tags/{}/", slug(&t)));
        }
    }
    assert_eq!(folders.iter().cloned().collect::<BTreeSet<_>>(), want_folders, "SPEC §5: feed folders");
    for folder in &folders {
        for f in FEED_FILES {
            assert!(b.out.join(format!("{folder}{f}")).is_file(), "D2 {folder}{f} exists");
        }
        let (want, home) = expected_for(b, folder);
        b.must_exist(&home, &format!("{folder} feed home"));
        let rss = check_rss(b, folder, &want, &home);
        let atom = check_atom(b, folder, &want, &home);
        let json = check_json(b, folder, &want, &home, &validator);
        // U5/U6: the three formats agree item by item.
        for ((r, a), j) in rss.iter().zip(&atom).zip(&json) {
            assert_eq!((&r.id, &r.title, r.published, &r.image), (&a.id, &a.title, a.published, &a.image), "U5/U6 {folder}: RSS vs Atom");
            assert_eq!(a, j, "U5/U6 {folder}: Atom vs JSON Feed");
        }
    }
}

#[test]
fn example_site_feeds_conform() {
    check_all_feeds(&build(example_root()));
}

#[test]
fn awkward_site_feeds_conform() {
    let b = build(awkward_root());
    check_all_feeds(&b);
    // The limit bites on the site feed of this fixture.
    let all_dated = b.src.published().filter(|p| p.date.is_some()).count();
    assert!(all_dated > b.src.limit(), "fixture has more dated pages than the feed limit");
}

// ------------------------------------------------------------------------
// Sitemap and robots.txt: SM rules.
// ------------------------------------------------------------------------

fn check_sitemap(b: &Built) {
    let text = b.read("sitemap.xml");
    assert!(text.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>"), "SM1/U3: XML declaration with utf-8");
    assert!(text.len() <= 52_428_800, "SM2");
    let doc = Document::parse(&text).unwrap_or_else(|e| panic!("SM1: well-formed: {e}"));
    let root = doc.root_element();
    assert_eq!((root.tag_name().name(), root.tag_name().namespace()), ("urlset", Some(SITEMAP_NS)), "SM1");
    let urls = kids(root, Some(SITEMAP_NS), "url");
    assert!(!urls.is_empty() && urls.len() <= 50_000, "SM2");
    let mut locs = BTreeMap::new();
    for u in urls {
        let loc = text1(u, Some(SITEMAP_NS), "loc", "sitemap");
        assert_uri(&loc, "SM1 sitemap loc");
        assert!(loc.starts_with(b.base()) && loc.len() < 2048, "SM1/U1: {loc}");
        assert!(kids(u, Some(SITEMAP_NS), "changefreq").is_empty() && kids(u, Some(SITEMAP_NS), "priority").is_empty(), "SM3");
        let lastmod = kids(u, Some(SITEMAP_NS), "lastmod").first().and_then(|l| l.text()).map(str::to_string);
        assert!(locs.insert(loc.clone(), lastmod).is_none(), "SM1: duplicate {loc}");
    }
    // SM4: only canonical, indexable pages: no alias redirects, no 404.
    for loc in locs.keys() {
        let f = b.must_exist(loc, "sitemap loc");
        let rel = f.strip_prefix(&b.out).unwrap().to_string_lossy().replace('\\', "/");
        assert_ne!(rel, "404.html", "SM4: 404 in sitemap");
        assert!(!b.is_redirect(&rel), "SM4: redirect {loc} in sitemap");
        let h = Html::parse_document(&b.read(&rel));
        assert!(opt(&h, "name", "robots").is_none_or(|r| !r.contains("noindex")), "SM4: noindex {loc}");
        assert_eq!(
            h.select(&sel("link[rel=canonical]")).next().and_then(|l| l.value().attr("href")),
            Some(loc.as_str()),
            "U2: loc == canonical"
        );
    }
    // Every published page, the home page, sections, tag pages are listed.
    let mut must: Vec<String> = b.src.published().map(|p| b.abs(&p.path)).collect();
    must.push(b.base().to_string());
    must.extend(b.src.sections.iter().map(|s| format!("{}{}/", b.base(), s.name)));
    must.extend(b.files().iter().filter(|f| f.starts_with("tags/") && f.ends_with("/index.html")).map(|f| b.url_of(f)));
    for m in &must {
        assert!(locs.contains_key(m), "SM4: {m} missing from the sitemap");
    }
    // SM3/U5: lastmod of dated pages == their dateModified, W3C Datetime.
    for p in b.src.published() {
        let loc = b.abs(&p.path);
        if let Some(d) = p.updated.or(p.date) {
            let lm = locs[&loc].as_deref().unwrap_or_else(|| panic!("SM3: lastmod for dated {loc}"));
            assert_eq!(rfc3339(lm, &loc), d, "SM3/U5: lastmod of {loc}");
        }
    }
    // A section's lastmod is its newest page's.
    for sec in &b.src.sections {
        let newest = b.src.published().filter(|p| p.section == sec.name).filter_map(|p| p.updated.or(p.date)).max();
        let loc = b.abs(&format!("/{}/", sec.name));
        assert_eq!(locs[&loc].as_deref().map(|l| rfc3339(l, &loc)), newest, "SM3: lastmod of section {loc}");
    }
    // Unpublished pages are nowhere in the sitemap.
    for p in b.src.pages.iter().filter(|p| !p.published) {
        assert!(!locs.contains_key(&b.abs(&p.path)), "{}: unpublished page in the sitemap", p.rel);
    }
    // SM5: robots.txt names the sitemap and blocks nothing we publish.
    let robots = b.read("robots.txt");
    assert!(robots.lines().any(|l| l.trim() == format!("Sitemap: {}sitemap.xml", b.base())), "SM5: {robots}");
    assert!(!robots.lines().any(|l| l.trim().eq_ignore_ascii_case("Disallow: /")), "SM5: {robots}");
}

#[test]
fn example_site_sitemap_conforms() {
    check_sitemap(&build(example_root()));
}

#[test]
fn awkward_site_sitemap_conforms() {
    check_sitemap(&build(awkward_root()));
}

// ------------------------------------------------------------------------
// Published pages only; determinism.
// ------------------------------------------------------------------------

#[test]
fn drafts_and_future_pages_are_absent_everywhere() {
    let b = build(awkward_root());
    let hidden: Vec<&SrcPage> = b.src.pages.iter().filter(|p| !p.published).collect();
    assert!(hidden.iter().any(|p| p.fm.get("draft") == Some(&Value::Bool(true))), "fixture has a draft");
    assert!(hidden.iter().any(|p| p.date.is_some_and(|d| d > parse_date(NOW, b.src.tz))), "fixture has a future page");
    for p in &hidden {
        assert!(!b.out.join(&p.path[1..]).exists(), "{}: unpublished page was built", p.rel);
        for t in p.tags() {
            if !b.src.published().any(|q| q.tags().contains(&t)) {
                assert!(!b.out.join("tags").join(slug(&t)).exists(), "{}: tag {t} of an unpublished page exists", p.rel);
            }
        }
    }
    let marks = ["DRAFTSENTINEL", "FUTURESENTINEL"];
    for f in b.files() {
        let bytes = fs::read(b.out.join(&f)).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        for m in marks {
            assert!(!text.contains(m), "{f} mentions unpublished content ({m})");
        }
        for p in &hidden {
            assert!(!text.contains(&b.abs(&p.path)), "{f} links unpublished {}", p.rel);
        }
    }
}

#[test]
fn builds_are_deterministic() {
    // D3: feeds and sitemap byte-identical across builds (and the rest too).
    for root in [example_root(), awkward_root()] {
        let tmp = tempfile::Builder::new().prefix("carepress-determinism-").tempdir().unwrap();
        let (one_dir, two_dir) = (tmp.path().join("a"), tmp.path().join("b"));
        build_into(&root, &one_dir);
        build_into(&root, &two_dir);
        let list = |d: &Path| -> Vec<String> {
            let mut v: Vec<String> = walkdir::WalkDir::new(d)
                .into_iter()
                .filter_map(|e| e.ok())
                .filter(|e| e.file_type().is_file())
                .map(|e| e.path().strip_prefix(d).unwrap().to_string_lossy().to_string())
                .collect();
            v.sort();
            v
        };
        let files = list(&one_dir);
        assert_eq!(files, list(&two_dir), "{}: same file set", root.display());
        let mut feeds = 0;
        for f in &files {
            let same = fs::read(one_dir.join(f)).unwrap() == fs::read(two_dir.join(f)).unwrap();
            assert!(same, "D3 {}: {f} differs between two builds", root.display());
            feeds += usize::from(FEED_FILES.iter().any(|n| f.ends_with(n)) || f.ends_with("sitemap.xml"));
        }
        assert!(feeds > 3);
    }
}

/// A tag and a page slug with non-ASCII letters: every URL made from them
/// (canonical, og:url, feed links and ids, sitemap <loc>, JSON Feed
/// `feed_url`) must still be a URI, i.e. percent-encoded (U1; JSON Feed
/// `format: uri`; sitemaps.org "URLs escaped appropriately").
#[test]
fn unicode_slugs_give_percent_encoded_urls() {
    let tmp = tempfile::Builder::new().prefix("carepress-unicode-").tempdir().unwrap();
    let root = tmp.path().join("awkward");
    copy_dir(&awkward_root(), &root);
    let tip = root.join("content/tips/no-description.md");
    let text = fs::read_to_string(&tip)
        .unwrap()
        .replace("tags = [\"Heart Health\", \"hygiene\"]", "tags = [\"Heart Health\", \"hygiene\", \"Santé Publique\"]");
    assert!(text.contains("Santé Publique"));
    fs::write(&tip, text).unwrap();
    fs::write(
        root.join("content/news/café-crème.md"),
        "+++\ntitle = \"Café & crème: a Unicode slug\"\ndate = 2026-04-01\n+++\n\nA news post whose file name is not ASCII.\n",
    )
    .unwrap();
    let b = build(root);
    check_sitemap(&b);
    check_all_html(&b);
    check_all_feeds(&b);
}

/// The checks above are not vacuous: each broken output is rejected.
#[test]
fn checks_reject_broken_output() {
    let b = build(awkward_root());
    type Check = fn(&Built);
    let html: Check = check_all_html;
    let feeds: Check = check_all_feeds;
    let smap: Check = check_sitemap;
    let rss_title = "<title>A &quot;very&quot; long title &amp; &lt;script&gt;";
    let mutations: Vec<(&str, &str, &str, &str, Check)> = vec![
        ("X3 card type", "tips/small-image/index.html", "content=\"summary\"", "content=\"summary_large_image\"", html),
        (
            "O4 real width",
            "tips/everything-at-once/index.html",
            "og:image:width\" content=\"1200\"",
            "og:image:width\" content=\"1201\"",
            html,
        ),
        ("live script", "index.html", "</body>", "<script>alert(1)</script></body>", html),
        ("U2 canonical", "tips/no-description/index.html", "no-description/\">", "no-description/?utm=x\">", html),
        ("H2 img size", "tips/bundle-tip/index.html", "width=\"800\" height=\"420\" loading", "width=\"800\" loading", html),
        ("R8 length", "tips/rss.xml", "length=\"", "length=\"1", feeds),
        ("R5 title round trip", "rss.xml", rss_title, "<title>A &quot;very&quot; long title &amp;amp; &lt;script&gt;", feeds),
        ("J1 version", "feed.json", "version/1.1", "version/1", feeds),
        ("T5 published", "atom.xml", "<published>", "<published-not>", feeds),
        ("R7 order", "news/rss.xml", "<pubDate>Tue, 10 Nov 2026", "<pubDate>Tue, 10 Nov 2020", feeds),
        (
            "SM4 alias",
            "sitemap.xml",
            "</urlset>",
            "<url><loc>https://clinic.awkward-care.example/old/everything/</loc></url></urlset>",
            smap,
        ),
        (
            "SM3 lastmod",
            "sitemap.xml",
            "everything-at-once/</loc><lastmod>2026-11-02",
            "everything-at-once/</loc><lastmod>2026-11-01",
            smap,
        ),
    ];
    for (name, file, from, to, check) in mutations {
        let path = b.out.join(file);
        let orig = fs::read_to_string(&path).unwrap();
        assert!(orig.contains(from), "{name}: `{from}` not in {file}");
        fs::write(&path, orig.replacen(from, to, 1)).unwrap();
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check(&b)));
        fs::write(&path, &orig).unwrap();
        assert!(r.is_err(), "{name}: a broken {file} passed the checks");
    }
    // Restored output passes again.
    check_all_html(&b);
    check_all_feeds(&b);
    check_sitemap(&b);
}
