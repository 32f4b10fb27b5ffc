//! Review replies in any script never crash the guard: the reply rules
//! slice text around names by byte offsets, and a Spanish reply ("¡Muchísimas
//! gracias, Lupita!") once cut inside an accented letter and aborted the
//! whole `check` (found by held-out case set J). Each case is a reply page
//! built from pieces that put multibyte letters right before and after
//! names, greetings and honorifics.

use carepress::build::SiteOptions;
use proptest::prelude::*;

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("¡Muchísimas gracias, Lupita!".to_string()),
        Just("Hola Ramón,".to_string()),
        Just("Cảm ơn chị Hằng rất nhiều!".to_string()),
        Just("Merci Mme Lefèvre".to_string()),
        Just("Dear Ms. Åström".to_string()),
        Just("please ask for Dr. Núñez at the front desk".to_string()),
        Just("Tara Lindquist".to_string()),
        Just("—".to_string()),
        Just("🙂".to_string()),
        "[\\p{L}\\p{M}]{1,12}",
        "\\PC{0,16}",
    ]
}

fn reply() -> impl Strategy<Value = (String, String)> {
    let words = prop::collection::vec(piece(), 1..10).prop_map(|w| w.join(" "));
    let reviewer = prop_oneof![Just("Lupita M."), Just("Ramón G."), Just("RiverRat77"), Just("Hằng")];
    (words, reviewer.prop_map(str::to_string))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: super::fuzz_pages::cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn replies_in_any_script_never_crash_the_guard((body, reviewer) in reply()) {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        crate::support::copy_dir(&crate::support::fixture("basic"), root);
        std::fs::create_dir_all(root.join("content/replies")).unwrap();
        let page = format!("+++\ntitle = \"Reply\"\ndate = 2026-05-01\nreview_reply = {{ platform = \"google\", reviewer = {reviewer:?} }}\n+++\n{body}\n");
        std::fs::write(root.join("content/replies/fuzzed.md"), &page).unwrap();
        let opts = SiteOptions { root: root.to_path_buf(), now: Some("2026-06-01".into()), ..SiteOptions::default() };
        // Findings or a content error are answers; a panic or any other
        // error fails the case.
        if let Err(e) = carepress::check::run(&opts, &[], &[]) {
            prop_assert!(matches!(e, carepress::Error::Content(_)), "unexpected error kind: {e}");
        }
    }
}
