//! Generated images (issue 11, SPEC §10): social cards, icons and the app
//! manifest, built by the real binary from `tests/fixtures/social` and read
//! back with real decoders (`image`, `png`), HTML (`scraper`), XML
//! (`roxmltree`) and JSON (`serde_json`) parsers.

use crate::support;

use scraper::{Html, Selector};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const NOW: &str = "2026-06-01";
const BASE: &str = "https://www.birchwood-test-clinic.example/";
const PRACTICE: &str = "Birchwood Test Clinic";

/// A copy of the fixture in a temporary folder, with its output beside it.
struct Fixture {
    dir: tempfile::TempDir,
}

impl Fixture {
    fn new() -> Fixture {
        let dir = tempfile::tempdir().expect("temporary folder");
        support::copy_dir(&support::fixture("social"), &dir.path().join("site"));
        Fixture { dir }
    }

    fn root(&self) -> PathBuf {
        self.dir.path().join("site")
    }

    fn out(&self) -> PathBuf {
        self.dir.path().join("public")
    }

    fn build(&self) -> PathBuf {
        let out = self.out();
        let run = support::carepress(&["build", "--now", NOW, "--output", out.to_str().unwrap()], &self.root());
        assert!(run.code == 0, "build failed:\n{}", run.stderr);
        out
    }

    fn cache_files(&self) -> Vec<PathBuf> {
        walk(&self.root().join(".carepress-cache")).into_iter().filter(|p| !p.to_string_lossy().ends_with(".tmp")).collect()
    }
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(rd) = std::fs::read_dir(dir) else { return out };
    for e in rd.flatten() {
        if e.path().is_dir() {
            out.extend(walk(&e.path()));
        } else {
            out.push(e.path());
        }
    }
    out.sort();
    out
}

fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    walk(dir).into_iter().map(|p| (p.strip_prefix(dir).unwrap().to_path_buf(), std::fs::read(&p).unwrap())).collect()
}

/// Chunk types of a PNG, in order.
fn png_chunks(bytes: &[u8]) -> Vec<String> {
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "a PNG signature");
    let mut out = Vec::new();
    let mut i = 8;
    while i + 8 <= bytes.len() {
        let len = u32::from_be_bytes(bytes[i..i + 4].try_into().unwrap()) as usize;
        out.push(String::from_utf8_lossy(&bytes[i + 4..i + 8]).into_owned());
        i += 12 + len;
    }
    out
}

/// Decodes a PNG and checks it carries nothing but pixels.
fn decode_clean_png(path: &Path) -> (u32, u32) {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let chunks = png_chunks(&bytes);
    for c in &chunks {
        assert!(["IHDR", "PLTE", "tRNS", "IDAT", "IEND"].contains(&c.as_str()), "{}: metadata chunk {c}", path.display());
    }
    let img = image::load_from_memory_with_format(&bytes, image::ImageFormat::Png).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    (img.width(), img.height())
}

fn local(out: &Path, url: &str) -> PathBuf {
    let rel = url.strip_prefix(BASE).unwrap_or_else(|| panic!("{url} is on the site"));
    out.join(rel)
}

fn meta(doc: &Html, attr: &str, key: &str) -> Option<String> {
    let sel = Selector::parse(&format!("meta[{attr}=\"{key}\"]")).unwrap();
    doc.select(&sel).next().and_then(|e| e.value().attr("content")).map(str::to_string)
}

fn html_pages(out: &Path) -> Vec<PathBuf> {
    walk(out).into_iter().filter(|p| p.file_name().is_some_and(|n| n == "index.html")).collect()
}

#[test]
fn every_generated_image_decodes_at_its_size_without_metadata() {
    let f = Fixture::new();
    let out = f.build();
    let cards = walk(&out.join("cards"));
    assert!(cards.len() >= 8, "cards for pages, sections, tags: {}", cards.len());
    for c in &cards {
        assert_eq!(decode_clean_png(c), (1200, 630), "{}", c.display());
    }
    for (file, side) in
        [("icon-32.png", 32), ("apple-touch-icon.png", 180), ("icon-192.png", 192), ("icon-512.png", 512), ("icon-maskable-512.png", 512)]
    {
        assert_eq!(decode_clean_png(&out.join(file)), (side, side), "{file}");
    }
    // iOS paints transparency black: the touch icon is opaque.
    let touch = image::open(out.join("apple-touch-icon.png")).unwrap().into_rgba8();
    assert!(touch.pixels().all(|p| p.0[3] == 255));
    // Android crops a maskable icon to its own shape, keeping the middle 80 %
    // circle: opaque everywhere, and the logo inside that circle only.
    let mask = image::open(out.join("icon-maskable-512.png")).unwrap().into_rgba8();
    assert!(mask.pixels().all(|p| p.0[3] == 255));
    for (x, y, p) in mask.enumerate_pixels() {
        let (dx, dy) = (x as f32 + 0.5 - 256.0, y as f32 + 0.5 - 256.0);
        if (dx * dx + dy * dy).sqrt() > 0.4 * 512.0 {
            assert_eq!(p.0, [255, 255, 255, 255], "({x}, {y}) is outside the safe zone");
        }
    }
    assert!(mask.pixels().any(|p| p.0 != [255, 255, 255, 255]), "the logo is drawn");
    let ico = std::fs::read(out.join("favicon.ico")).unwrap();
    let icon = image::load_from_memory_with_format(&ico, image::ImageFormat::Ico).expect("favicon.ico decodes");
    assert!(icon.width() >= 32 && icon.width() == icon.height());
    assert_eq!(u16::from_le_bytes([ico[4], ico[5]]), 3, "16, 32 and 48 px images");
}

#[test]
fn every_page_shares_a_real_image_of_the_stated_size_with_alt_text() {
    let f = Fixture::new();
    let out = f.build();
    let pages = html_pages(&out);
    assert!(pages.len() >= 10);
    for page in pages {
        let doc = Html::parse_document(&std::fs::read_to_string(&page).unwrap());
        let name = page.strip_prefix(&out).unwrap().display().to_string();
        let url = meta(&doc, "property", "og:image").unwrap_or_else(|| panic!("{name}: og:image"));
        assert_eq!(meta(&doc, "name", "twitter:image").as_deref(), Some(url.as_str()), "{name}");
        let file = local(&out, &url);
        let img = image::open(&file).unwrap_or_else(|e| panic!("{name}: {url}: {e}"));
        let (w, h): (u32, u32) = (
            meta(&doc, "property", "og:image:width").unwrap().parse().unwrap(),
            meta(&doc, "property", "og:image:height").unwrap().parse().unwrap(),
        );
        assert_eq!((img.width(), img.height()), (w, h), "{name}: stated size");
        let alt = meta(&doc, "property", "og:image:alt").unwrap_or_default();
        assert!(!alt.is_empty(), "{name}: og:image:alt");
        let title = meta(&doc, "property", "og:title").unwrap();
        let twitter_card = meta(&doc, "name", "twitter:card").unwrap();
        if url.contains("/cards/") {
            assert_eq!(meta(&doc, "property", "og:image:type").as_deref(), Some("image/png"));
            // A tag's card shows the tag under a "Topic" label.
            let shown = title.strip_prefix("Tagged “").and_then(|t| t.strip_suffix('”')).unwrap_or(&title);
            assert_eq!(alt, format!("{shown} — {PRACTICE}"), "{name}: generated alt");
            assert_eq!(twitter_card, "summary_large_image", "{name}");
        }
        if w == h {
            assert_eq!(twitter_card, "summary", "{name}: a square image is not cropped to 2:1");
        }
    }
    // Pages with their own image keep it; those without get distinct cards.
    let og = |p: &str| meta(&Html::parse_document(&std::fs::read_to_string(out.join(p)).unwrap()), "property", "og:image").unwrap();
    assert_eq!(og("tips/flu-shots/index.html"), format!("{BASE}images/flu.jpg"));
    assert_eq!(og("team/dana-reyes/index.html"), format!("{BASE}images/portrait.jpg"));
    assert_ne!(og("tips/sleep/index.html"), og("tips/long-title/index.html"));
    assert!(og("team/sam-okafor/index.html").contains("/cards/"));
}

#[test]
fn feed_enclosures_point_at_real_files_of_their_length() {
    let f = Fixture::new();
    let out = f.build();
    let rss = std::fs::read_to_string(out.join("rss.xml")).unwrap();
    let doc = roxmltree::Document::parse(&rss).expect("RSS parses");
    let enclosures: Vec<_> = doc.descendants().filter(|n| n.has_tag_name("enclosure")).collect();
    assert_eq!(enclosures.len(), 3, "one per tip");
    let mut cards = 0;
    for e in enclosures {
        let file = local(&out, e.attribute("url").unwrap());
        let len: u64 = e.attribute("length").unwrap().parse().unwrap();
        assert_eq!(std::fs::metadata(&file).unwrap().len(), len, "{}", file.display());
        if e.attribute("url").unwrap().contains("/cards/") {
            cards += 1;
            assert_eq!(e.attribute("type"), Some("image/png"));
        }
    }
    assert_eq!(cards, 2);
    let feed: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(out.join("feed.json")).unwrap()).unwrap();
    for item in feed["items"].as_array().unwrap() {
        let file = local(&out, item["image"].as_str().expect("every item has an image"));
        assert!(file.is_file(), "{}", file.display());
    }
}

#[test]
fn card_text_is_the_page_title_in_whole_words() {
    let f = Fixture::new();
    let opts = carepress::build::SiteOptions { root: f.root(), now: Some(NOW.into()), ..Default::default() };
    let (site, _) = carepress::build::load_site(&opts).expect("site loads");
    let mut checked = 0;
    for i in site.published() {
        let Some(key) = site.content.pages[i].card else { continue };
        let title = &site.content.pages[i].page.title;
        let svg = site.cards.svg(&key).expect("card svg");
        let doc = roxmltree::Document::parse(&svg).expect("the card is XML");
        let lines: Vec<String> =
            doc.descendants().filter(|n| n.has_tag_name("tspan")).map(|n| n.text().unwrap_or("").to_string()).collect();
        assert!(!lines.is_empty());
        let shown = lines.join(" ");
        if let Some(cut) = shown.strip_suffix('…') {
            // Shortened: a run of whole words from the start of the title.
            assert!(title.starts_with(cut), "{title} / {shown}");
            assert!(title[cut.len()..].starts_with([' ', ',']), "cut at a word boundary: {shown}");
        } else {
            assert_eq!(&shown, title);
        }
        assert!(svg.contains(PRACTICE), "the practice's name is on the card");
        checked += 1;
    }
    assert_eq!(checked, 4, "sleep, long-title, the privacy notice and the nurse's bio have cards");
}

#[test]
fn identical_input_gives_identical_bytes_and_a_warm_cache_changes_nothing() {
    let (a, b) = (Fixture::new(), Fixture::new());
    let first = snapshot(&a.build());
    let other = snapshot(&b.build());
    let marker = PathBuf::from(".carepress-output");
    let strip = |m: &BTreeMap<PathBuf, Vec<u8>>| {
        m.iter().filter(|(k, _)| **k != marker).map(|(k, v)| (k.clone(), v.clone())).collect::<BTreeMap<_, _>>()
    };
    assert_eq!(strip(&first).keys().collect::<Vec<_>>(), strip(&other).keys().collect::<Vec<_>>());
    for (k, v) in strip(&first) {
        assert!(other[&k] == v, "{} differs between two machines' builds", k.display());
    }
    assert!(!a.cache_files().is_empty(), "the first build filled .carepress-cache/");
    let warm = snapshot(&a.build());
    assert_eq!(strip(&warm), strip(&first));
}

#[test]
fn a_second_build_takes_cards_from_the_cache() {
    let f = Fixture::new();
    let out = f.build();
    let entries = f.cache_files();
    let card = walk(&out.join("cards")).into_iter().next().unwrap();
    let cached = entries.iter().find(|p| std::fs::read(p).unwrap() == std::fs::read(&card).unwrap()).expect("the card is cached").clone();
    // Swap the cached entry for another valid PNG: the next build
    // publishes it, so it did not draw the card again.
    let other = walk(&out).into_iter().find(|p| p.ends_with("icon-32.png")).unwrap();
    std::fs::remove_file(&cached).unwrap();
    std::fs::copy(&other, &cached).unwrap();
    let out = f.build();
    assert_eq!(std::fs::read(out.join(card.strip_prefix(f.out()).unwrap())).unwrap(), std::fs::read(&other).unwrap());
    assert_eq!(f.cache_files().len(), entries.len(), "nothing new was drawn");
}

/// A local preview (`watch`, or `--base-url http://127.0.0.1:…`) prints
/// the practice's real domain on its cards, so it shares `build`'s cached
/// cards instead of drawing every card again; a staging host is printed.
#[test]
fn a_local_preview_shares_the_cards_of_the_public_build() {
    let f = Fixture::new();
    let build = |base: &str| {
        let out = f.out();
        let run = support::carepress(&["build", "--now", NOW, "--output", out.to_str().unwrap(), "--base-url", base], &f.root());
        assert!(run.code == 0, "build failed:\n{}", run.stderr);
        let mut cards: Vec<PathBuf> = walk(&out.join("cards")).into_iter().map(|p| p.strip_prefix(&out).unwrap().to_path_buf()).collect();
        cards.sort();
        (cards, f.cache_files().len())
    };
    let (public, cached) = build(BASE);
    assert!(!public.is_empty());
    assert_eq!(build("http://127.0.0.1:4321/"), (public.clone(), cached), "the local preview drew no card");
    assert_eq!(build("http://localhost:4321/").0, public);
    let (staging, _) = build("https://staging.birchwood-test-clinic.example/");
    assert!(staging.iter().all(|c| !public.contains(c)), "a staging host is printed on its cards");
}

#[test]
fn manifest_has_the_required_members_and_its_icons_exist() {
    let f = Fixture::new();
    let out = f.build();
    let m: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(out.join("site.webmanifest")).unwrap()).unwrap();
    assert_eq!(m["name"], PRACTICE);
    assert!(m["short_name"].as_str().is_some_and(|s| !s.is_empty() && s.len() <= 12));
    assert_eq!(m["start_url"], "./");
    assert_eq!(m["display"], "standalone");
    assert_eq!(m["theme_color"].as_str().map(|c| c.len()), Some(7));
    let mut sizes = Vec::new();
    for icon in m["icons"].as_array().unwrap() {
        let side: u32 = icon["sizes"].as_str().unwrap().split('x').next().unwrap().parse().unwrap();
        assert_eq!(decode_clean_png(&out.join(icon["src"].as_str().unwrap())), (side, side));
        sizes.push((side, icon["purpose"].as_str().unwrap().to_string()));
    }
    assert_eq!(sizes, [(192, "any".into()), (512, "any".into()), (512, "maskable".into())]);
    // Every page links the icons and the manifest; JSON-LD names a raster logo ≥ 112 px.
    let sel = Selector::parse("link[rel=manifest], link[rel=apple-touch-icon], link[rel=icon]").unwrap();
    for page in html_pages(&out) {
        let doc = Html::parse_document(&std::fs::read_to_string(&page).unwrap());
        for l in doc.select(&sel) {
            let href = l.value().attr("href").unwrap();
            assert!(out.join(href.trim_start_matches('/')).is_file(), "{}: {href}", page.display());
        }
        assert_eq!(doc.select(&sel).count(), 4, "{}", page.display());
    }
    let home = std::fs::read_to_string(out.join("index.html")).unwrap();
    let ld = home.split("application/ld+json\">").nth(1).unwrap().split("</script>").next().unwrap();
    let ld: serde_json::Value = serde_json::from_str(ld).unwrap();
    let logo = ld["@graph"].as_array().unwrap().iter().find_map(|n| n.get("logo")).expect("a logo");
    assert!(logo["width"].as_u64().unwrap() >= 112);
    assert!(local(&out, logo["url"].as_str().unwrap()).is_file());
}

#[test]
fn a_site_card_template_replaces_the_theme_one() {
    let f = Fixture::new();
    std::fs::create_dir_all(f.root().join("templates")).unwrap();
    std::fs::write(
        f.root().join("templates/social-card.svg"),
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{{ width }}" height="{{ height }}"><rect width="1200" height="630" fill="#ff8800"/><text x="40" y="300" font-size="60">{% for l in title.lines %}<tspan>{{ l }}</tspan>{% endfor %}</text></svg>"##,
    )
    .unwrap();
    let out = f.build();
    let html = std::fs::read_to_string(out.join("tips/sleep/index.html")).unwrap();
    let url = meta(&Html::parse_document(&html), "property", "og:image").unwrap();
    let img = image::open(local(&out, &url)).unwrap().into_rgb8();
    assert_eq!(img.get_pixel(5, 5).0, [0xff, 0x88, 0x00]);
}

#[test]
fn editing_a_title_in_watch_draws_only_that_card() {
    let f = Fixture::new();
    let opts = carepress::build::SiteOptions { root: f.root(), now: Some(NOW.into()), ..Default::default() };
    let mut live = carepress::watch::WatchedSite::load(opts).expect("loads");
    let before = f.cache_files().len();
    let rel = PathBuf::from("content/tips/sleep.md");
    let text = std::fs::read_to_string(f.root().join(&rel)).unwrap();
    std::fs::write(f.root().join(&rel), text.replace("Seven habits for better sleep", "Eight habits for better sleep")).unwrap();
    let changed = live.apply(&[carepress::watch::Edit::Content(rel)]).expect("the edit applies");
    // The new card is served; the old title's card is gone, as after a full build.
    let (cards, gone): (Vec<&String>, Vec<&String>) =
        changed.iter().filter(|p| p.starts_with("/cards/")).partition(|p| live.files().contains_key(p.as_str()));
    assert_eq!(cards.len(), 1, "one new card: {changed:?}");
    assert_eq!(gone.len(), 1, "the old card is dropped: {changed:?}");
    assert_eq!(f.cache_files().len(), before + 1, "one card drawn");
    let png = live.files().get(cards[0].as_str()).expect("served");
    assert_eq!(image::load_from_memory(png).unwrap().width(), 1200);
    let page = String::from_utf8(live.files()["/tips/sleep/index.html"].to_vec()).unwrap();
    assert!(page.contains(cards[0].as_str()), "the page shares the new card");
}

/// RIFF chunk ids of a WebP file.
fn webp_chunks(bytes: &[u8]) -> Vec<String> {
    assert!(bytes.len() > 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP", "a WebP file");
    let mut out = Vec::new();
    let mut i = 12;
    while i + 8 <= bytes.len() {
        let len = u32::from_le_bytes(bytes[i + 4..i + 8].try_into().unwrap()) as usize;
        out.push(String::from_utf8_lossy(&bytes[i..i + 4]).into_owned());
        i += 8 + len + (len & 1);
    }
    out
}

#[test]
fn srcset_candidates_exist_with_the_widths_they_claim() {
    let f = Fixture::new();
    let out = f.build();
    let sources = Selector::parse("picture > source[type=\"image/webp\"]").unwrap();
    let mut seen = 0;
    for page in html_pages(&out) {
        let doc = Html::parse_document(&std::fs::read_to_string(&page).unwrap());
        for s in doc.select(&sources) {
            let srcset = s.value().attr("srcset").expect("srcset");
            assert!(s.value().attr("sizes").is_some_and(|v| !v.is_empty()), "sizes beside srcset");
            // The fallback <img> keeps its original, width and height.
            let img = s.next_siblings().filter_map(scraper::ElementRef::wrap).find(|e| e.value().name() == "img").expect("an img");
            let (w, h): (u32, u32) =
                (img.value().attr("width").unwrap().parse().unwrap(), img.value().attr("height").unwrap().parse().unwrap());
            let original = image::open(out.join(img.value().attr("src").unwrap().trim_start_matches('/'))).unwrap();
            assert_eq!((original.width(), original.height()), (w, h));
            for candidate in srcset.split(", ") {
                let (url, width) = candidate.split_once(' ').expect("url and width");
                let claimed: u32 = width.strip_suffix('w').unwrap().parse().unwrap();
                let bytes = std::fs::read(out.join(url.trim_start_matches('/'))).unwrap_or_else(|e| panic!("{url}: {e}"));
                for c in webp_chunks(&bytes) {
                    assert!(["VP8 ", "VP8L", "VP8X", "ALPH"].contains(&c.as_str()), "{url}: metadata chunk {c}");
                }
                let v = image::load_from_memory_with_format(&bytes, image::ImageFormat::WebP).unwrap_or_else(|e| panic!("{url}: {e}"));
                assert_eq!(v.width(), claimed, "{url}");
                assert!(claimed <= w, "never wider than the original");
                // Same shape as the original, to a pixel of rounding.
                assert!((i64::from(v.height()) - i64::from(h * claimed / w)).abs() <= 1, "{url}");
                seen += 1;
            }
        }
    }
    assert!(seen >= 5, "the hero (480, 800, 1200) and the portrait (480, 600): {seen}");
    let hero = Html::parse_document(&std::fs::read_to_string(out.join("tips/flu-shots/index.html")).unwrap());
    assert!(hero.select(&Selector::parse(".hero-img picture source").unwrap()).next().is_some(), "the hero offers WebP");
}

#[test]
fn an_init_site_has_a_favicon_and_cards() {
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        let o = support::carepress(args, dir.path());
        assert!(o.code == 0, "{args:?}: {}", o.stderr);
    };
    run(&["init", "fresh"]);
    run(&["build", "--root", "fresh", "--now", NOW, "--output", "out"]);
    let out = dir.path().join("out");
    let ico = std::fs::read(out.join("favicon.ico")).expect("a favicon, so no page view 404s");
    image::load_from_memory_with_format(&ico, image::ImageFormat::Ico).expect("it decodes");
    let home = Html::parse_document(&std::fs::read_to_string(out.join("index.html")).unwrap());
    let icon = Selector::parse("link[rel=icon][href=\"/favicon.ico\"]").unwrap();
    assert!(home.select(&icon).next().is_some());
    assert!(walk(&out.join("cards")).len() > 3, "the starter's pages have cards");
}

#[test]
fn a_site_without_a_logo_gets_icons_from_its_initials_but_no_json_ld_logo() {
    let f = Fixture::new();
    let toml = std::fs::read_to_string(f.root().join("site.toml")).unwrap();
    let without: String = toml.lines().filter(|l| !l.starts_with("logo")).map(|l| format!("{l}\n")).collect();
    assert_ne!(without, toml, "the fixture had a logo");
    std::fs::write(f.root().join("site.toml"), without).unwrap();
    let out = f.build();
    // Every browser asks for /favicon.ico: it is there, with the app's icons.
    let ico = std::fs::read(out.join("favicon.ico")).expect("a favicon, so no page view 404s");
    let icon = image::load_from_memory_with_format(&ico, image::ImageFormat::Ico).expect("it decodes").into_rgba8();
    assert_eq!(icon.dimensions(), (48, 48));
    let m: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(out.join("site.webmanifest")).unwrap()).unwrap();
    for i in m["icons"].as_array().unwrap() {
        let side: u32 = i["sizes"].as_str().unwrap().split('x').next().unwrap().parse().unwrap();
        assert_eq!(decode_clean_png(&out.join(i["src"].as_str().unwrap())), (side, side));
    }
    // The monogram: the theme colour behind white letters.
    let big = image::open(out.join("icon-512.png")).unwrap().into_rgba8();
    let theme = m["theme_color"].as_str().unwrap();
    let [r, g, b] = [1, 3, 5].map(|k| u8::from_str_radix(&theme[k..k + 2], 16).unwrap());
    assert_eq!(big.get_pixel(24, 256).0, [r, g, b, 255]);
    assert!(big.pixels().filter(|p| p.0 == [255, 255, 255, 255]).count() > 10_000, "white initials");
    let sel = Selector::parse("link[rel=manifest], link[rel=apple-touch-icon], link[rel=icon]").unwrap();
    for page in html_pages(&out) {
        let doc = Html::parse_document(&std::fs::read_to_string(&page).unwrap());
        assert_eq!(doc.select(&sel).count(), 4, "{}", page.display());
    }
    // The cards show the same monogram where the logo goes (68 px at 80, 538).
    let cards = walk(&out.join("cards"));
    assert!(!cards.is_empty());
    for c in cards {
        let card = image::open(&c).unwrap().into_rgba8();
        assert_eq!(card.get_pixel(84, 572).0, [r, g, b, 255], "{}", c.display());
        assert_eq!(card.get_pixel(60, 572).0, [255, 255, 255, 255], "the footer band is white beside it");
    }
    // A monogram is no logo: JSON-LD names none rather than a made-up one.
    let home = std::fs::read_to_string(out.join("index.html")).unwrap();
    let ld = home.split("application/ld+json\">").nth(1).unwrap().split("</script>").next().unwrap();
    let ld: serde_json::Value = serde_json::from_str(ld).unwrap();
    assert!(ld["@graph"].as_array().unwrap().iter().all(|n| n.get("logo").is_none()), "{ld}");
}
