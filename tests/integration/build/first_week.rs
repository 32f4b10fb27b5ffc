//! Issue 15, "the first week": a practice manager goes from `init` to a
//! published site. Each test drives the real binary on a fresh `init` site
//! (or a fixture under tests/fixtures/first-week) and reads what it wrote
//! with real parsers (serde_json, scraper).

use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const NOW: &str = "2026-11-27";

use crate::support::{carepress, copy_dir};

fn fixture(rel: &str) -> PathBuf {
    crate::support::fixture("first-week").join(rel)
}

/// A fresh `init` site in a temp folder: (tempdir, site root).
fn init_site() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let r = carepress(&["init", "site"], tmp.path());
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let root = tmp.path().join("site");
    (tmp, root)
}

/// `check --format json`: (exit code, findings without the allow entries).
fn check(root: &Path) -> (i32, Vec<Value>) {
    let r = carepress(&["check", "--root", root.to_str().unwrap(), "--format", "json", "--now", NOW], root);
    let v: Value = serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("JSON ({e}):\n{}\n{}", r.stdout, r.stderr));
    let found = v.as_array().unwrap().iter().filter(|f| f["severity"] != "note").cloned().collect();
    (r.code, found)
}

/// Count of `publish/*` findings per rule.
fn publish_rules(found: &[Value]) -> BTreeMap<String, usize> {
    let mut m = BTreeMap::new();
    for f in found {
        let rule = f["rule"].as_str().unwrap();
        if rule.starts_with("publish/") {
            assert_eq!(f["severity"], "error", "publish findings are errors in check: {f}");
            assert!(f["hint"].as_str().is_some_and(|h| !h.is_empty()), "every publish finding has a hint: {f}");
            *m.entry(rule.to_string()).or_insert(0) += 1;
        }
    }
    m
}

/// Replaces `from` with `to` in every Markdown file and site.toml of the site.
fn replace_everywhere(root: &Path, pairs: &[(&str, &str)]) {
    let mut files = vec![root.join("site.toml")];
    let mut stack = vec![root.join("content")];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "md") {
                files.push(p);
            }
        }
    }
    for f in files {
        let mut text = std::fs::read_to_string(&f).unwrap();
        for (from, to) in pairs {
            text = text.replace(from, to);
        }
        std::fs::write(&f, text).unwrap();
    }
}

fn edit(path: &Path, f: impl Fn(String) -> String) {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    std::fs::write(path, f(text)).unwrap();
}

#[test]
fn untouched_starter_fails_check_until_every_placeholder_is_replaced() {
    let (_tmp, root) = init_site();
    let (code, found) = check(&root);
    assert_eq!(code, 1, "an untouched starter is not ready to publish");
    let rules = publish_rules(&found);
    for r in ["base-url", "starter-image", "template-note", "placeholder", "sample-bio", "example-date"] {
        assert!(rules.contains_key(&format!("publish/{r}")), "publish/{r} on the untouched starter: {rules:?}");
    }
    assert_eq!(rules["publish/starter-image"], 2, "the logo and the social image");
    assert_eq!(rules["publish/example-date"], 4, "each starter policy's date");
    let non_publish: Vec<&Value> = found.iter().filter(|f| !f["rule"].as_str().unwrap().starts_with("publish/")).collect();
    assert!(non_publish.is_empty(), "only publish findings on the starter: {non_publish:?}");

    // `build` says the same, as warnings, and still builds.
    let b = carepress(&["build", "--root", root.to_str().unwrap(), "--now", NOW], &root);
    assert_eq!(b.code, 0, "{}", b.stderr);
    let warned = b.stderr.lines().filter(|l| l.starts_with("warning publish/")).count();
    assert_eq!(warned, rules.values().sum::<usize>(), "build warns about every publish finding:\n{}", b.stderr);
    assert!(!b.stderr.lines().any(|l| l.starts_with("error ")), "{}", b.stderr);

    // 1. The practice's own name, address, contacts and domain.
    replace_everywhere(
        &root,
        &[
            ("https://www.your-practice.example", "https://www.brightsmiledental.test"),
            ("your-practice.example", "brightsmiledental.test"),
            ("your-practice", "brightsmiledental"),
            ("@yourpractice", "@brightsmile"),
            ("Your Practice Name", "Bright Smile Dental"),
            ("100 Example Street", "12 Harbor Road"),
            ("Anytown", "Riverton"),
            ("202-555-0100", "503-555-0134"),
            ("202-555-0101", "503-555-0135"),
        ],
    );
    let (_, found) = check(&root);
    let rules = publish_rules(&found);
    assert!(!rules.contains_key("publish/base-url"), "{rules:?}");
    assert!(!found.iter().any(|f| f["file"] == "site.toml" && f["rule"] == "publish/placeholder"), "site.toml is done: {found:?}");
    assert!(rules.contains_key("publish/starter-image") && rules.contains_key("publish/template-note"), "the rest stays: {rules:?}");

    // 2. The practice's own logo and social image.
    std::fs::copy(fixture("brand/logo.svg"), root.join("static/images/logo-mark.svg")).unwrap();
    std::fs::copy(fixture("brand/social.jpg"), root.join("static/images/social-default.jpg")).unwrap();
    let (_, found) = check(&root);
    assert!(!publish_rules(&found).contains_key("publish/starter-image"), "{:?}", publish_rules(&found));

    // 3. Policies: the Template notes go, the dates become the practice's.
    for p in ["nondiscrimination-notice", "social-media-and-comment-policy", "accessibility-statement", "notice-of-privacy-practices"] {
        edit(&root.join(format!("content/policies/{p}.md")), |t| {
            t.lines().filter(|l| !l.starts_with('>')).collect::<Vec<_>>().join("\n").replace("updated = 2026-10-01", "updated = 2026-11-20")
        });
    }
    let (_, found) = check(&root);
    let rules = publish_rules(&found);
    assert!(!rules.contains_key("publish/template-note") && !rules.contains_key("publish/example-date"), "{rules:?}");
    assert!(rules.contains_key("publish/sample-bio"), "{rules:?}");

    // 4. A real clinician instead of the sample bio.
    std::fs::remove_file(root.join("content/team/alex-sample.md")).unwrap();
    let r = carepress(&["new", "bio", "Dr. Elena Vasquez, DDS", "--root", root.to_str().unwrap(), "--now", NOW], &root);
    assert_eq!(r.code, 0, "{}", r.stderr);
    edit(&root.join("content/team/elena-vasquez.md"), |t| {
        t.replace("draft = true\n", "").replace(
            "A short professional biography: training, interests and approach to care.",
            "Dr. Vasquez has cared for families' teeth in Riverton for twelve years.",
        )
    });
    replace_everywhere(&root, &[("alex-sample", "elena-vasquez")]);
    let (_, found) = check(&root);
    assert!(!publish_rules(&found).contains_key("publish/sample-bio"), "{:?}", publish_rules(&found));

    // 5. The welcome and team introductions in the practice's words.
    edit(&root.join("content/_index.md"), |t| {
        t.replace("Replace this text with a short welcome", "Gentle dental care for the whole family")
    });
    edit(&root.join("content/team/_index.md"), |t| t.replace("Introduce your care team here.", "Meet our dentists and hygienists."));
    let (code, found) = check(&root);
    assert_eq!(publish_rules(&found), BTreeMap::new());
    let errors: Vec<&Value> = found.iter().filter(|f| f["severity"] == "error").collect();
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(code, 0);
    let b = carepress(&["build", "--root", root.to_str().unwrap(), "--now", NOW], &root);
    assert_eq!(b.code, 0, "{}", b.stderr);
    assert!(!b.stderr.contains("publish/"), "no publish warnings once ready:\n{}", b.stderr);
}

#[test]
fn the_example_site_at_the_repository_root_is_ready_to_publish() {
    let root = crate::support::manifest();
    let r = carepress(&["check", "--root", root.to_str().unwrap(), "--format", "json", "--only", "publish", "--now", NOW], &root);
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    let found: Vec<&Value> = v.as_array().unwrap().iter().filter(|f| f["rule"].as_str().unwrap().starts_with("publish/")).collect();
    assert!(found.is_empty(), "the fictitious example practice uses no starter placeholder: {found:?}");
}

#[test]
fn an_example_base_url_is_flagged_and_a_real_one_passes() {
    let (_tmp, root) = init_site();
    for (url, flagged) in [("https://www.example.com", true), ("http://localhost:8080/", true), ("https://smile.github.io/site/", false)] {
        edit(&root.join("site.toml"), |t| {
            let line = t.lines().find(|l| l.starts_with("base_url")).unwrap().to_string();
            t.replace(&line, &format!("base_url = \"{url}\""))
        });
        let (_, found) = check(&root);
        assert_eq!(publish_rules(&found).contains_key("publish/base-url"), flagged, "{url}");
    }
}

/// The practice node of the home page's JSON-LD graph.
fn practice_node(html: &str) -> Value {
    let doc = scraper::Html::parse_document(html);
    let sel = scraper::Selector::parse("script[type=\"application/ld+json\"]").unwrap();
    let scripts: Vec<String> = doc.select(&sel).map(|s| s.text().collect()).collect();
    assert_eq!(scripts.len(), 1, "one JSON-LD block");
    let v: Value = serde_json::from_str(&scripts[0]).unwrap();
    v["@graph"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["@id"].as_str().is_some_and(|i| i.ends_with("#practice")))
        .cloned()
        .expect("practice node")
}

#[test]
fn hours_type_and_specialties_are_read_as_people_write_them() {
    let (_tmp, root) = init_site();
    let set = |ty: &str, spec: &str| {
        edit(&root.join("site.toml"), |t| {
            let t: String = t
                .lines()
                .map(|l| match l.split_whitespace().next() {
                    Some("type") => format!("type = \"{ty}\""),
                    Some("specialties") => format!("specialties = [\"{spec}\"]"),
                    Some("hours") => {
                        "hours = [\"Monday-Thursday 7:30 AM-5:30 PM\", \"Friday 8-2\", \"Saturday closed\", \"Sundy 9-1\"]".into()
                    }
                    _ => l.to_string(),
                })
                .collect::<Vec<_>>()
                .join("\n");
            t + "\n"
        })
    };
    set("Dental Office", "Teeth");
    let (code, found) = check(&root);
    assert_eq!(code, 1);
    let config: Vec<&Value> = found.iter().filter(|f| f["rule"].as_str().unwrap().starts_with("config/")).collect();
    let by_rule = |r: &str| config.iter().find(|f| f["rule"] == r).unwrap_or_else(|| panic!("{r} in {config:?}"));
    assert!(by_rule("config/type")["hint"].as_str().unwrap().contains("\"Dentist\""));
    assert!(by_rule("config/specialty")["hint"].as_str().unwrap().contains("\"Dentistry\""));
    let hours = by_rule("config/hours");
    assert!(hours["message"].as_str().unwrap().contains("Sundy 9-1"), "names the entry: {hours}");
    assert!(hours["hint"].as_str().unwrap().contains("Monday-Friday 8:00 AM-5:00 PM"), "with an example: {hours}");
    let text = std::fs::read_to_string(root.join("site.toml")).unwrap();
    let line = text.lines().position(|l| l.starts_with("hours")).unwrap() + 1;
    assert_eq!(hours["line"].as_u64(), Some(line as u64));
    assert_eq!(hours["column"].as_u64(), Some(text.lines().nth(line - 1).unwrap().find("\"Sundy").unwrap() as u64 + 1));
    // build refuses the same values.
    let b = carepress(&["build", "--root", root.to_str().unwrap(), "--now", NOW], &root);
    assert_eq!(b.code, 1, "{}", b.stderr);
    assert!(b.stderr.contains("error config/type"), "{}", b.stderr);

    set("Dentist", "Dentistry");
    edit(&root.join("site.toml"), |t| t.replace(", \"Sundy 9-1\"", ""));
    let b = carepress(&["build", "--root", root.to_str().unwrap(), "--now", NOW], &root);
    assert_eq!(b.code, 0, "{}", b.stderr);
    let home = std::fs::read_to_string(root.join("public/index.html")).unwrap();
    let p = practice_node(&home);
    assert_eq!(p["@type"], "Dentist");
    assert_eq!(p["medicalSpecialty"], serde_json::json!(["https://schema.org/Dentistry"]));
    let specs = p["openingHoursSpecification"].as_array().unwrap();
    let got: Vec<(Vec<String>, String, String)> = specs
        .iter()
        .map(|s| {
            let days = s["dayOfWeek"].as_array().unwrap().iter().map(|d| d.as_str().unwrap().to_string()).collect();
            (days, s["opens"].as_str().unwrap().to_string(), s["closes"].as_str().unwrap().to_string())
        })
        .collect();
    let days = |d: &[&str]| d.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(
        got,
        vec![
            (days(&["Monday", "Tuesday", "Wednesday", "Thursday"]), "07:30".into(), "17:30".into()),
            (days(&["Friday"]), "08:00".into(), "14:00".into()),
        ]
    );
    assert!(p.get("openingHours").is_none(), "nothing left unread: {p}");
    // Patients read the hours in words.
    let doc = scraper::Html::parse_document(&home);
    let header: String = doc
        .select(&scraper::Selector::parse("header").unwrap())
        .flat_map(|h| h.text())
        .collect::<String>()
        .replace('\u{2060}', "")
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .collect::<String>();
    assert!(header.contains("Monday–Thursday 7:30 AM–5:30 PM") && header.contains("Friday 8:00 AM–2:00 PM"), "{header}");
}

/// Copies the example site at the repository root (site.toml, content/,
/// static/) into `to`.
fn copy_example_site(to: &Path) {
    let root = crate::support::manifest();
    std::fs::create_dir_all(to).unwrap();
    std::fs::copy(root.join("site.toml"), to.join("site.toml")).unwrap();
    for d in ["content", "static"] {
        copy_dir(&root.join(d), &to.join(d));
    }
}

/// Every file under `dir`, as site paths ("/tips/index.html").
fn files_under(dir: &Path, base: &Path, out: &mut Vec<String>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            files_under(&p, base, out);
        } else {
            out.push(format!("/{}", p.strip_prefix(base).unwrap().to_string_lossy().replace('\\', "/")));
        }
    }
}

/// Resolves `url` found on the page at site path `page` ("/tips/a/index.html")
/// to a path on the host, or None when it points elsewhere.
fn host_path(url: &str, page: &str, host: &str) -> Option<String> {
    let url = url.split(['#', '?']).next().unwrap();
    if url.is_empty() || ["mailto:", "tel:", "data:", "sms:"].iter().any(|s| url.starts_with(s)) {
        return None;
    }
    if let Some(rest) = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://")).or_else(|| url.strip_prefix("//")) {
        let (h, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
        return (h == host).then(|| if path.is_empty() { "/".to_string() } else { path.to_string() });
    }
    if url.starts_with('/') {
        return Some(url.to_string());
    }
    // Relative: against the page's folder, with `..` applied.
    let mut parts: Vec<&str> = page.rsplit_once('/').unwrap().0.split('/').filter(|s| !s.is_empty()).collect();
    for seg in url.split('/') {
        match seg {
            ".." => {
                parts.pop();
            }
            "." | "" => {}
            s => parts.push(s),
        }
    }
    Some(format!("/{}{}", parts.join("/"), if url.ends_with('/') { "/" } else { "" }))
}

#[test]
fn a_base_url_with_a_path_prefixes_every_link_asset_feed_and_sitemap_url() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_example_site(&root);
    let out = tmp.path().join("out");
    let base = "https://name.github.io/site/";
    let b = carepress(
        &["build", "--root", root.to_str().unwrap(), "--output", out.to_str().unwrap(), "--base-url", base, "--now", NOW],
        tmp.path(),
    );
    assert_eq!(b.code, 0, "{}", b.stderr);
    let mut files = Vec::new();
    files_under(&out, &out, &mut files);
    let exists = |p: &str| {
        let p = p.strip_prefix("/site").unwrap();
        let p = if p.is_empty() || p.ends_with('/') { format!("{p}index.html") } else { p.to_string() };
        files.iter().any(|f| *f == p || *f == format!("{p}/index.html"))
    };
    let sel = scraper::Selector::parse("[href], [src], [srcset], [action]").unwrap();
    let mut checked = 0;
    for page in files.iter().filter(|f| f.ends_with(".html")) {
        let html = std::fs::read_to_string(out.join(&page[1..])).unwrap();
        let doc = scraper::Html::parse_document(&html);
        for el in doc.select(&sel) {
            let mut urls: Vec<&str> = ["href", "src", "action"].iter().filter_map(|a| el.value().attr(a)).collect();
            if let Some(s) = el.value().attr("srcset") {
                urls.extend(s.split(',').filter_map(|c| c.split_whitespace().next()));
            }
            for u in urls {
                let Some(path) = host_path(u, page, "name.github.io") else { continue };
                assert!(path.starts_with("/site/"), "{page}: <{}> {u} is not under /site/", el.value().name());
                assert!(exists(&path), "{page}: {u} points at nothing the build wrote");
                checked += 1;
            }
        }
    }
    assert!(checked > 500, "links, assets and metadata were checked: {checked}");
    // What patients see in the footer: the emergency number is tap-to-call,
    // and the feed links say what they are for.
    let home = scraper::Html::parse_document(&std::fs::read_to_string(out.join("index.html")).unwrap());
    let tel = scraper::Selector::parse("footer .emergency a[href=\"tel:911\"]").unwrap();
    assert_eq!(home.select(&tel).count(), 1, "911 in the emergency notice is a tel: link");
    let footer_links: Vec<String> =
        home.select(&scraper::Selector::parse("footer a").unwrap()).map(|a| a.text().collect::<String>()).collect();
    assert!(footer_links.iter().any(|t| t.contains("in a news reader")), "{footer_links:?}");
    assert!(!footer_links.iter().any(|t| t == "Atom feed" || t == "JSON Feed"), "{footer_links:?}");
    // Feeds and the sitemap: every URL is absolute and under the prefix.
    for f in ["/rss.xml", "/atom.xml", "/sitemap.xml", "/tips/rss.xml"] {
        let xml = std::fs::read_to_string(out.join(&f[1..])).unwrap();
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let mut n = 0;
        for node in doc.descendants() {
            let mut urls: Vec<&str> = node.attributes().filter(|a| ["href", "url"].contains(&a.name())).map(|a| a.value()).collect();
            if ["link", "loc", "guid", "id"].contains(&node.tag_name().name())
                && let Some(t) = node.text()
            {
                urls.push(t.trim());
            }
            for u in urls.into_iter().filter(|u| u.contains("name.github.io")) {
                assert!(u.starts_with(base), "{f}: {u}");
                n += 1;
            }
        }
        assert!(n > 3, "{f} names its URLs: {n}");
    }
    let json: Value = serde_json::from_str(&std::fs::read_to_string(out.join("feed.json")).unwrap()).unwrap();
    assert!(json["home_page_url"].as_str().unwrap().starts_with(base));
    for item in json["items"].as_array().unwrap() {
        assert!(item["url"].as_str().unwrap().starts_with(base));
        let html = item["content_html"].as_str().unwrap_or("");
        assert!(!html.contains("href=\"/"), "feed content links are absolute: {html}");
    }
}

#[test]
fn dotfiles_in_static_are_copied_but_not_git_or_editor_debris() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_dir(&fixture("dotfiles"), &root);
    let s = root.join("static");
    // Written here, not stored in the repository: git would treat a `.git`
    // folder in the fixture as a repository, and editors' debris is ignored.
    for (rel, text) in [
        (".git/config", "[core]\n"),
        (".git/HEAD", "ref: refs/heads/main\n"),
        ("about.txt~", "backup"),
        (".about.txt.swp", "swap"),
        (".DS_Store", "litter"),
        (".env", "SECRET=1\n"),
        ("images/.DS_Store", "litter"),
    ] {
        let p = s.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    let out = tmp.path().join("out");
    let b = carepress(&["build", "--root", root.to_str().unwrap(), "--output", out.to_str().unwrap(), "--now", NOW], tmp.path());
    assert_eq!(b.code, 0, "{}", b.stderr);
    for kept in [".htaccess", ".well-known/security.txt", "_headers", ".nojekyll", "about.txt"] {
        let want = std::fs::read(s.join(kept)).unwrap();
        assert_eq!(std::fs::read(out.join(kept)).ok(), Some(want), "{kept} is copied as it is");
    }
    for gone in [".git", "about.txt~", ".about.txt.swp", ".DS_Store", ".env", "images/.DS_Store"] {
        assert!(!out.join(gone).exists(), "{gone} must not be published");
    }
}

#[test]
fn init_ci_github_writes_a_workflow_that_checks_builds_and_deploys() {
    let tmp = tempfile::tempdir().unwrap();
    let r = carepress(&["init", "site", "--ci", "github"], tmp.path());
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = std::fs::read_to_string(tmp.path().join("site/.github/workflows/carepress.yml")).unwrap();
    let steps = super::init_ci::publish_steps(&text);
    let runs: Vec<&str> = steps.iter().filter_map(|s| s["run"].as_str()).collect();
    let uses: Vec<&str> = steps.iter().filter_map(|s| s["uses"].as_str()).collect();
    let pos = |needle: &str| runs.iter().position(|r| r.contains(needle)).unwrap_or_else(|| panic!("{needle} in {runs:?}"));
    assert!(pos("carepress check") < pos("carepress build"), "check runs before build");
    assert!(runs[pos("carepress build")].contains("--base-url"), "builds for the Pages address");
    assert!(uses.iter().any(|u| u.starts_with("actions/deploy-pages")), "{uses:?}");
    // The drawn images are restored before the build, keyed by the sources.
    let images = steps.iter().position(|s| s["with"]["path"].as_str() == Some(".carepress-cache")).expect("images cached");
    assert!(steps[images]["uses"].as_str().is_some_and(|u| u.starts_with("actions/cache@")), "{:?}", steps[images]);
    let key = steps[images]["with"]["key"].as_str().unwrap();
    assert!(key.contains("hashFiles(") && key.contains("content/**"), "{key}");
    let build = steps.iter().position(|s| s["run"].as_str().is_some_and(|r| r.contains("carepress build"))).unwrap();
    assert!(images < build);
    // A second init refuses, as before, and does not touch the workflow.
    assert_eq!(carepress(&["init", "site", "--ci", "github"], tmp.path()).code, 2);
}

#[test]
fn empty_alt_on_a_content_image_asks_if_it_is_decorative_and_every_json_finding_has_a_hint() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_dir(&fixture("dotfiles"), &root);
    std::fs::create_dir_all(root.join("static/images")).unwrap();
    std::fs::copy(fixture("brand/social.jpg"), root.join("static/images/waiting-room.jpg")).unwrap();
    std::fs::copy(fixture("brand/social.jpg"), root.join("static/images/front-desk.jpg")).unwrap();
    std::fs::create_dir_all(root.join("content/news")).unwrap();
    std::fs::write(
        root.join("content/news/new-waiting-room.md"),
        "+++\ntitle = \"Our new waiting room\"\ndate = 2026-11-01\n+++\n\nWe have redecorated.\n\n![](/images/waiting-room.jpg)\n\n\
         ![The front desk with its new low counter](/images/front-desk.jpg)\n\n[Click here](@/_index.md).\n",
    )
    .unwrap();
    let (_, found) = check(&root);
    let empty: Vec<&Value> = found.iter().filter(|f| f["rule"] == "a11y/img-alt-empty").collect();
    assert_eq!(empty.len(), 1, "only the image without alt: {found:?}");
    assert_eq!(empty[0]["severity"], "warning");
    assert_eq!(empty[0]["file"], "content/news/new-waiting-room.md");
    assert_eq!(empty[0]["line"], 8, "the line of ![](…)");
    assert!(empty[0]["message"].as_str().unwrap().contains("decorative"));
    assert!(found.iter().any(|f| f["rule"] == "a11y/link-text"), "the vague link is found too: {found:?}");
    for f in &found {
        assert!(f["hint"].as_str().is_some_and(|h| !h.is_empty()), "every finding has a hint: {f}");
    }
}

/// A page made with `carepress new` and published without its instruction
/// replaced is a `publish/placeholder` error naming the file; once the body
/// is the page's own, the finding goes.
#[test]
fn the_instruction_carepress_new_writes_is_flagged_until_replaced() {
    let (_tmp, root) = init_site();
    let r = root.to_str().unwrap();
    let made = [
        ("tip", "Stretching after a run", "content/tips/stretching-after-a-run.md"),
        ("bio", "Dr. Priya Natarajan, PT, DPT", "content/team/priya-natarajan.md"),
        ("policy", "Cancellation policy", "content/policies/cancellation-policy.md"),
        ("news", "Saturday hours", "content/news/saturday-hours.md"),
    ];
    for (kind, title, rel) in made {
        let out = carepress(&["new", kind, title, "--root", r, "--now", NOW], &root);
        assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
        // Published as it came, apart from the fields check would otherwise ask for.
        edit(&root.join(rel), |t| {
            t.replace("draft = true\n", "")
                .replace(
                    "description = \"\"",
                    "description = \"A page written for this test, long enough to be a real description of it.\"",
                )
                .replace("author = \"\"", "author = \"priya-natarajan\"")
                .replace("reviewed_by = \"\"", "reviewed_by = \"priya-natarajan\"")
        });
    }
    let instruction_in = |found: &[Value], rel: &str| {
        found.iter().any(|f| {
            f["rule"] == "publish/placeholder"
                && f["file"].as_str().is_some_and(|p| p.ends_with(rel))
                && f["message"].as_str().is_some_and(|m| m.contains("carepress new"))
        })
    };
    let (code, found) = check(&root);
    assert_eq!(code, 1);
    for (_, _, rel) in made {
        assert!(instruction_in(&found, rel), "no publish/placeholder for {rel}: {found:#?}");
    }
    for (_, _, rel) in made {
        edit(&root.join(rel), |t| {
            let end = t.rfind("+++\n").unwrap() + 4;
            format!("{}\nOur own words for this page, written by the practice.\n", &t[..end])
        });
    }
    let (_, found) = check(&root);
    for (_, _, rel) in made {
        assert!(!instruction_in(&found, rel), "{rel} still flagged: {found:#?}");
    }
}

/// `init` ends by pointing at the README's next steps (edit, preview,
/// check), not at a bare `build`.
#[test]
fn init_says_what_to_do_next() {
    let tmp = tempfile::tempdir().unwrap();
    let r = carepress(&["init", "smile"], tmp.path());
    assert_eq!(r.code, 0, "{}", r.stderr);
    let next = r.stdout.lines().find(|l| l.starts_with("Next: ")).unwrap_or_else(|| panic!("no Next line: {}", r.stdout));
    assert!(next.starts_with("Next: cd smile, "), "{next}");
    for step in ["site.toml", "carepress watch", "carepress check", "Before you publish"] {
        assert!(next.contains(step), "{step} in {next}");
    }
    // In the current folder there is nothing to `cd` into.
    let here = tmp.path().join("here");
    std::fs::create_dir(&here).unwrap();
    let r = carepress(&["init"], &here);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("Next: put your practice's details"), "{}", r.stdout);
}
