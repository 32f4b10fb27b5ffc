//! The command line around `build`: `init`, `new`, `schedule`, usage errors,
//! `--output`, `--base-url`, and the example site at the repository root.

use crate::support::{NOW, Output, Site, abs, attrs, canonical, carepress, meta, set, text_of};

#[test]
fn init_then_build_makes_a_site_with_tips_and_policies_in_the_footer() {
    let tmp = tempfile::tempdir().unwrap();
    carepress(&["init", "site"], tmp.path()).expect_code(0);
    let root = tmp.path().join("site");
    assert!(root.join("site.toml").is_file() && root.join("content/_index.md").is_file());
    // The starter tips are dated autumn 2026; build after them.
    let run = carepress(&["build", "--root", "site", "--now", "2026-11-27"], tmp.path());
    run.expect_code(0);
    // Its only warnings are the starter's placeholders (publish/*), each with a hint.
    let warnings: Vec<&str> = run.stderr.lines().filter(|l| !l.trim_start().starts_with("hint:")).collect();
    assert!(!warnings.is_empty() && warnings.iter().all(|l| l.starts_with("warning publish/")), "{}", run.stderr);
    assert!(run.stdout.contains("Not ready to publish"), "{}", run.stdout);
    let out = Output::at(root.join("public"));
    assert!(out.exists("/") && out.exists("/404.html") && out.exists("/sitemap.xml"));
    let tips = out.card_links("/tips/");
    assert!(!tips.is_empty(), "the starter has tips");
    for t in &tips {
        assert!(out.exists(t), "tip page {t}");
    }
    let policies = out.card_links("/policies/");
    assert!(policies.len() >= 2, "the starter has policies: {policies:?}");
    // Every policy is linked from the footer of every page (SPEC §5).
    for page in ["/", tips[0].as_str(), "/policies/", "/404.html"] {
        let footer = set(attrs(&out.html(page), "footer a", "href"));
        for p in &policies {
            assert!(footer.contains(p), "footer of {page} lacks {p}: {footer:?}");
        }
        let home = out.html(page);
        assert!(text_of(&home, "footer").is_some_and(|t| !t.is_empty()), "{page} has a footer");
    }
    // The build kept its drawn images in .carepress-cache/, which git ignores
    // with the output.
    assert!(root.join(".carepress-cache").is_dir());
    let ignored: Vec<String> = std::fs::read_to_string(root.join(".gitignore")).unwrap().lines().map(str::to_owned).collect();
    assert_eq!(ignored, ["public/", ".carepress-cache/"]);
    // Running init again refuses to overwrite the site (bad usage).
    carepress(&["init", "site"], tmp.path()).expect_code(2);
}

#[test]
fn new_tip_creates_a_draft_that_builds_with_drafts() {
    let tmp = tempfile::tempdir().unwrap();
    carepress(&["init", "site"], tmp.path()).expect_code(0);
    let run = carepress(&["new", "tip", "Flu shots", "--root", "site", "--now", "2026-11-27"], tmp.path());
    run.expect_code(0);
    let file = tmp.path().join("site/content/tips/flu-shots.md");
    let text = std::fs::read_to_string(&file).expect("content/tips/flu-shots.md was created");
    assert!(text.contains("title = \"Flu shots\""), "{text}");
    assert!(text.contains("draft = true"), "{text}");
    assert!(text.contains("date = 2026-11-27"), "dated --now: {text}");

    let out = Output::at(tmp.path().join("site/public"));
    carepress(&["build", "--root", "site", "--now", "2026-11-27"], tmp.path()).expect_code(0);
    assert!(!out.exists("/tips/flu-shots/"), "a draft stays out of a normal build");
    let run = carepress(&["build", "--root", "site", "--now", "2026-11-27", "--drafts"], tmp.path());
    run.expect_code(0);
    assert_eq!(text_of(&out.html("/tips/flu-shots/"), "h1").as_deref(), Some("Flu shots"));
    assert!(out.card_links("/tips/").contains(&"/tips/flu-shots/".to_string()));
    // `new` never overwrites.
    carepress(&["new", "tip", "Flu shots", "--root", "site", "--now", "2026-11-27"], tmp.path()).expect_code(2);
}

#[test]
fn schedule_next_prints_the_next_change() {
    let site = Site::fixture("basic");
    let root = site.root();
    let run = carepress(&["schedule", "--root", root.to_str().unwrap(), "--now", NOW, "--next"], site.dir.path());
    run.expect_code(0);
    // The scheduled tip goes live on 2026-07-15 (Chicago, CDT); the mid tip expires later.
    assert_eq!(run.stdout.trim(), "2026-07-15T00:00:00-05:00");
    let later = carepress(&["schedule", "--root", root.to_str().unwrap(), "--now", "2026-07-20", "--next"], site.dir.path());
    assert_eq!(later.stdout.trim(), "2026-08-01T00:00:00-05:00", "then the mid tip's expiry");

    let all = carepress(&["schedule", "--root", root.to_str().unwrap(), "--now", NOW], site.dir.path());
    all.expect_code(0);
    let lines: Vec<&str> = all.stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{}", all.stdout);
    assert!(lines[0].starts_with("2026-07-15T00:00:00-05:00") && lines[0].contains("publish") && lines[0].contains("/tips/scheduled-tip/"));
    assert!(lines[1].starts_with("2026-08-01T00:00:00-05:00") && lines[1].contains("expire") && lines[1].contains("/tips/mid-tip/"));
    assert!(!all.stdout.contains("draft-tip"), "drafts never go live by themselves");

    // build names the next change in its summary.
    let run = site.build(&[]);
    run.expect_code(0);
    assert!(run.stdout.contains("2026-07-15T00:00:00-05:00"), "{}", run.stdout);
}

#[test]
fn bad_usage_exits_with_2() {
    let site = Site::fixture("basic");
    let root = site.root();
    let root = root.to_str().unwrap();
    let cases: [&[&str]; 4] = [
        &["build", "--root", root, "--now", NOW, "--no-such-flag"],
        &["no-such-command"],
        &["build", "--root", root, "--now", "not-a-date"],
        &["new", "recipe", "Soup", "--root", root],
    ];
    for args in cases {
        let run = carepress(args, site.dir.path());
        assert_eq!(run.code, 2, "{args:?}\nstdout:\n{}\nstderr:\n{}", run.stdout, run.stderr);
        assert!(!run.stderr.is_empty(), "{args:?} explains itself");
    }
    assert!(!site.out().exists() && !site.root().join("public").exists(), "nothing was built");
}

#[test]
fn output_and_base_url_are_honoured() {
    let site = Site::fixture("basic");
    let other = "https://preview.maple-test-clinic.example/";
    let out = site.build_ok(&["--base-url", other]);
    assert!(out.exists("/tips/toml-tip/"), "written to --output");
    assert!(!site.root().join("public").exists(), "not to the default output_dir");
    let moved = |p: &str| format!("https://preview.maple-test-clinic.example{p}");
    let tip = out.html("/tips/toml-tip/");
    assert_eq!(canonical(&tip), Some(moved("/tips/toml-tip/")));
    assert_eq!(meta(&tip, "og:url"), Some(moved("/tips/toml-tip/")));
    let sitemap = out.sitemap();
    assert!(sitemap.keys().all(|u| u.starts_with(other)), "{sitemap:?}");
    assert!(sitemap.contains_key(&moved("/tips/toml-tip/")));
    assert!(out.rss_links("/rss.xml").contains(&moved("/tips/toml-tip/")));
    assert!(out.json_feed_urls("/feed.json").iter().all(|u| u.starts_with(other)));
    assert_eq!(crate::support::refresh_target(&out.html("/old/stretching/")), Some(moved("/tips/toml-tip/")));
    let everything = crate::support::snapshot(&out.dir);
    let old_base = abs("/");
    let leaks: Vec<_> =
        everything.iter().filter(|(_, b)| String::from_utf8_lossy(b).contains(&old_base)).map(|(p, _)| p.display().to_string()).collect();
    assert!(leaks.is_empty(), "site.toml's base_url still appears in {leaks:?}");

    // A relative --output is taken from the current folder.
    let run = carepress(&["build", "--root", "site", "--output", "rel-out", "--now", NOW], site.dir.path());
    run.expect_code(0);
    assert!(site.dir.path().join("rel-out/tips/toml-tip/index.html").is_file());
}

#[test]
fn example_site_builds_without_warnings() {
    let repo = &crate::support::manifest();
    let tmp = tempfile::tempdir().unwrap();
    let out_dir = tmp.path().join("public");
    let run =
        carepress(&["build", "--root", repo.to_str().unwrap(), "--output", out_dir.to_str().unwrap(), "--now", "2026-11-27"], tmp.path());
    run.expect_code(0);
    assert!(run.stderr.trim().is_empty(), "warnings:\n{}", run.stderr);
    assert!(!run.stdout.contains("warning"), "{}", run.stdout);
    let out = Output::at(out_dir);
    for p in ["/", "/tips/", "/team/", "/policies/", "/news/", "/tags/", "/404.html", "/sitemap.xml", "/rss.xml", "/robots.txt"] {
        assert!(out.exists(p), "{p}");
    }
    let sitemap = out.sitemap();
    assert!(sitemap.len() > 20, "{} URLs", sitemap.len());
    assert!(sitemap.keys().all(|u| u.starts_with("https://www.cedarhollowhealth.example/")));
    let beside: Vec<_> = std::fs::read_dir(tmp.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(beside, ["public"], "no staging left beside the output");
}
