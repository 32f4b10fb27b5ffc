//! A fuzz harness over whole pages (issue 13): random front matter, Markdown
//! and patient-like text go through the real pipeline (content loading,
//! Markdown, the site model, the PHI/consent/reply rules and the HTML checks
//! of `check`). Nothing may panic, every diagnostic must point inside the
//! file it names, and no flagged identifier may appear in a message.
//!
//! `cargo test` runs a few cases; a long run is
//! `FUZZ_CASES=200000 cargo test --release --test integration properties::fuzz_pages -- --nocapture`
//! (stop it after the time you want; proptest prints any failing input).

use carepress::build::SiteOptions;
use proptest::prelude::*;
use std::path::Path;

/// Every page key (SPEC §3), with `layout`, which no page may have (an
/// unknown key must be a clear error, never a crash).
fn keys() -> Vec<&'static str> {
    carepress::content::front_matter::PAGE_KEYS.iter().copied().chain(["layout"]).collect()
}

fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        "\"[^\"\\\\]{0,30}\"".prop_map(|s| s),
        "\\PC{0,12}".prop_map(|s| format!("{s:?}")),
        Just("2026-02-30".into()),
        Just("2026-05-01".into()),
        Just("true".into()),
        Just("-3".into()),
        Just("[\"a\", \"..\", \"/../x\"]".into()),
        Just("{ id = \"A-1\", signed = 2026-01-01, expires = 2027-01-01, scope = [\"website\"], covers = [\"name\"] }".into()),
        Just("{ platform = \"Google\", reviewer = \"Kim P.\" }".into()),
        Just("\"\\u0000\"".into()),
        Just("[".into()),
    ]
}

fn body_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,40}",
        Just("# Heading\n".into()),
        Just("Our patient Jane Q. Doe, 93, was admitted on March 3, 2026.".into()),
        Just("MRN 00482913, SSN 923-45-6789, call (503) 555-0147.".into()),
        Just("| MRN | Name |\n|---|---|\n| 1234567 | Ann |\n".into()),
        Just("[link](@/tips/missing.md) [x](/a/../../b) ![alt](/images/none.png)".into()),
        Just("```rust\nfn main() {}\n```".into()),
        Just("<script>alert(1)</script><div>".into()),
        Just("\n\n".into()),
        Just("- [ ] task\n> quote\n".into()),
        Just("[^1]\n\n[^1]: note".into()),
        // Letters whose lowercase is longer or shorter in bytes ("Ⱥ", "İ", the
        // Kelvin sign): offsets found in a lowercase copy must not cut the text.
        Just("Ⱥ Merci Mme Lefèvre. Our patient İpek Ⱦaylor, 45, from İstanbul had \u{212a}nee surgery.".into()),
        // Wide whitespace before an abbreviation's dot (a real site crashed here).
        Just("Doors open at 7\u{a0}p.m.\u{200b} Bring\u{a0}water.\u{a0}Dr.\u{2009}Lee\u{3000}a. Next".into()),
    ]
}

fn page() -> impl Strategy<Value = String> {
    let front = prop::collection::vec((prop::sample::select(keys()), value()), 0..8);
    let body = prop::collection::vec(body_piece(), 0..8);
    (front, body, any::<bool>()).prop_map(|(front, body, yaml)| {
        let mut s = String::new();
        if yaml {
            s.push_str("---\n");
            for (k, v) in front {
                s.push_str(&format!("{k}: {v}\n"));
            }
            s.push_str("---\n");
        } else {
            s.push_str("+++\n");
            for (k, v) in front {
                s.push_str(&format!("{k} = {v}\n"));
            }
            s.push_str("+++\n");
        }
        s.push_str(&body.join("\n"));
        s
    })
}

/// Cases run so far in this process.
static RUN: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

pub(crate) fn cases() -> u32 {
    std::env::var("FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(24)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn whole_pages_never_crash_and_errors_point_inside_the_file(text in page(), section in prop::sample::select(&["tips", "news", "team", "testimonials", "replies"][..])) {
        // Progress for long runs (printed with --nocapture).
        let n = RUN.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
        if n.is_multiple_of(500) {
            eprintln!("fuzz_pages: {n} cases passed");
        }
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        crate::support::copy_dir(&crate::support::fixture("basic"), root);
        let toml = std::fs::read_to_string(root.join("site.toml")).unwrap().replace("phi = \"off\"", "phi = \"error\"");
        std::fs::write(root.join("site.toml"), toml).unwrap();
        let rel = format!("content/{section}/fuzzed.md");
        std::fs::create_dir_all(root.join("content").join(section)).unwrap();
        std::fs::write(root.join(&rel), &text).unwrap();
        let opts = SiteOptions { root: root.to_path_buf(), now: Some("2026-06-01".into()), ..SiteOptions::default() };
        let lines = text.lines().count() + 1;
        let found = carepress::check::run(&opts, &[], &[]);
        let found = match found {
            Ok(f) => f,
            Err(carepress::Error::Content(d)) => d,
            Err(e) => return Err(TestCaseError::fail(format!("unexpected error kind: {e}"))),
        };
        for d in found.iter().filter(|d| d.file == Path::new(&rel)) {
            prop_assert!(d.line <= lines, "{d} points past the end ({lines} lines)");
            prop_assert!(!d.message.contains("Jane Q. Doe") && !d.message.contains("923-45-6789"), "{d} leaks an identifier");
        }
    }
}
