//! A failed build leaves the previous output byte-for-byte intact and no
//! staging folder behind (SPEC §6).

use crate::support::{Site, snapshot};

fn assert_untouched(site: &Site, before: &std::collections::BTreeMap<std::path::PathBuf, Vec<u8>>, what: &str) {
    let after = snapshot(&site.out());
    assert_eq!(after.keys().collect::<Vec<_>>(), before.keys().collect::<Vec<_>>(), "{what}: same files");
    for (path, bytes) in before {
        assert!(after[path] == *bytes, "{what}: {} changed", path.display());
    }
    // Staging and old-output folders live beside the output; none may remain.
    let beside: Vec<String> =
        std::fs::read_dir(site.out().parent().unwrap()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert_eq!(beside, ["public"], "{what}: leftovers beside the output");
}

#[test]
fn content_error_leaves_previous_output_intact() {
    let site = Site::fixture("basic");
    let out = site.build_ok(&[]);
    let before = out.snapshot();
    assert!(before.len() > 20, "the first build wrote the site ({} files)", before.len());
    // Break a page: the build fails while loading content.
    site.write(
        "content/tips/yaml-tip.md",
        "---\ntitle: \"Walk after dinner\"\ndate: 2026-04-01\nreviewd_by: someone\n---\n\nChanged body that must not appear.\n",
    );
    site.build(&[]).expect_code(1);
    assert_untouched(&site, &before, "after a content error");
}

#[test]
fn render_error_leaves_previous_output_intact_and_removes_staging() {
    let site = Site::fixture("basic");
    let before = site.build_ok(&[]).snapshot();
    // A changed page plus a missing template: the build gets as far as
    // writing into its staging folder, then fails while rendering.
    site.write(
        "content/tips/older-tip.md",
        "+++\ntitle = \"Wash your hands often\"\ndate = 2026-01-10\ntemplate = \"no-such-template.html\"\n+++\n\nNew text.\n",
    );
    let run = site.build(&[]);
    run.expect_code(1);
    assert!(run.stderr.contains("no-such-template.html"), "names the template: {}", run.stderr);
    assert_untouched(&site, &before, "after a render error");
}

#[test]
fn successful_rebuild_replaces_output_and_leaves_nothing_beside_it() {
    let site = Site::fixture("basic");
    let out = site.build_ok(&[]);
    assert!(!out.exists("/tips/draft-tip/"));
    std::fs::write(out.dir.join("stale.txt"), "from an old build").unwrap();
    let out = site.build_ok(&["--drafts"]);
    assert!(out.exists("/tips/draft-tip/"), "the new output is in place");
    assert!(!out.dir.join("stale.txt").exists(), "the old output was swapped out, not merged");
    let beside: Vec<_> = std::fs::read_dir(out.dir.parent().unwrap()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(beside, ["public"]);
}
