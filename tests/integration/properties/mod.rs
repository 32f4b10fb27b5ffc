//! Property tests for issue 13: whatever an alias, a slug or an output path
//! says, nothing is ever written outside the output folder, and the output
//! folder is never the site or one of its sources.

mod fuzz_pages;
mod fuzz_replies;

use carepress::content::slugify;
use carepress::output::{folder, paths};
use proptest::prelude::*;
use std::path::Path;

/// True when `rel`, joined to an output folder and resolved by name, is a
/// path strictly inside it.
fn stays_inside(rel: &str) -> bool {
    let base = Path::new("/srv/out");
    let p = folder::lexical_absolute(&base.join(rel.trim_start_matches('/')));
    p.starts_with(base) && p != base
}

/// Path-like strings rich in the pieces that escape: dots, slashes,
/// backslashes, percent escapes, drive letters, NUL and Unicode.
fn pathish() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            Just(".".to_string()),
            Just("..".to_string()),
            Just("/".to_string()),
            Just("\\".to_string()),
            Just("%2e%2e".to_string()),
            Just("C:".to_string()),
            Just("\0".to_string()),
            Just("?x#y".to_string()),
            Just("https://".to_string()),
            "[a-zA-Z0-9 _-]{1,8}",
            "\\PC{1,4}",
        ],
        0..14,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn an_accepted_alias_stays_inside_the_output(alias in pathish()) {
        if let Ok(file) = paths::alias_file(&alias) {
            prop_assert!(stays_inside(&file), "{alias:?} -> {file:?}");
            prop_assert!(paths::check_rel(&file).is_ok());
            prop_assert!(file.ends_with(".html") || file.ends_with(".htm"));
        }
    }

    #[test]
    fn an_accepted_slug_is_one_safe_path_part(raw in prop_oneof![pathish(), any::<String>()]) {
        let slug = slugify(&raw);
        if paths::check_slug(&slug).is_ok() {
            prop_assert!(!slug.contains(['/', '\\', '\0']) && slug != "." && slug != "..", "{raw:?} -> {slug:?}");
            let file = format!("tips/{slug}/index.html");
            prop_assert!(paths::check_rel(&file).is_ok(), "{raw:?} -> {file:?}");
            prop_assert!(stays_inside(&file));
        }
    }

    #[test]
    fn a_checked_relative_path_stays_inside(rel in pathish()) {
        if paths::check_rel(&rel).is_ok() {
            prop_assert!(stays_inside(&rel), "{rel:?}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn the_output_folder_is_never_the_site_or_its_sources(
        parts in prop::collection::vec(prop_oneof![
            Just(".."), Just("."), Just("site"), Just("content"), Just("static"), Just("templates"),
            Just("themes"), Just("public"), Just("other"), Just(""),
        ], 0..6),
        force in any::<bool>(),
    ) {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("site");
        for d in ["content", "static", "templates", "themes"] {
            std::fs::create_dir_all(root.join(d)).unwrap();
        }
        std::fs::write(root.join("site.toml"), "").unwrap();
        let requested = root.join(parts.join("/"));
        if let Ok(out) = folder::choose(&root, &requested, force) {
            let site = root.canonicalize().unwrap();
            prop_assert!(!site.starts_with(&out.real), "{requested:?} contains the site");
            for d in ["content", "static", "templates", "themes"] {
                prop_assert!(!out.real.starts_with(site.join(d)), "{requested:?} is inside {d}/");
            }
        }
    }
}
