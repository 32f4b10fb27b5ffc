//! The content block of `page.html` that carepress writes without Tera (and
//! the skeleton of the rest of the page it fills in), and
//! the listings given only their cards' HTML (src/render/page_body.rs),
//! against the templates themselves: every page, section and tag listing
//! of the example site and of the fixtures, rendered both ways, byte for byte.
//! The slow way is forced with an `alerts.html` and a `card.html` that print
//! the same as the built-in ones but are not them, which is how a site that overrides one of
//! the templates renders.
use crate::support::{fixture, manifest};
use carepress::escape::json_for_script;
use carepress::render::jsonld::{page_graph, write_page_graph};
use carepress::render::page_body::BuiltinPage;
use carepress::render::pages::Renderer;
use carepress::render::templates::BUILTIN;

#[test]
fn pages_written_without_tera_match_the_template() {
    let mut compared = 0;
    for root in [manifest(), fixture("alerts"), fixture("social"), fixture("watch-site"), fixture("awkward"), fixture("check-site")] {
        let opts = carepress::build::SiteOptions { root: root.clone(), now: Some("2026-11-27T12:00:00Z".into()), ..Default::default() };
        let (site, _) = carepress::build::load_site_lenient(&opts).expect("site loads");
        let fast = carepress::render::templates::load(&site.root, &site.config.theme.name).expect("templates");
        let mut slow = carepress::render::templates::load(&site.root, &site.config.theme.name).expect("templates");
        for name in ["alerts.html", "card.html"] {
            let builtin = BUILTIN.iter().find(|(n, _)| *n == name).expect("built-in template").1;
            slow.add_raw_template(name, &format!("{builtin}{{% if false %}}x{{% endif %}}")).expect("override");
        }
        assert!(BuiltinPage::of(&fast).applies() && !BuiltinPage::of(&slow).applies());
        let (fast, slow) = (Renderer::new(&site, &fast), Renderer::new(&site, &slow));
        assert!(fast.has_skeleton() && !slow.has_skeleton());
        for i in site.published() {
            // The JSON-LD written directly, against the same graph as a `Value`.
            let meta = site.page_meta(i);
            let mut ld = String::new();
            write_page_graph(&mut ld, &site.info, &meta);
            assert_eq!(ld, json_for_script(&page_graph(&site.info, &meta)));
            let (a, b) = (fast.page(i), slow.page(i));
            let (Ok(a), Ok(b)) = (&a, &b) else {
                assert_eq!(a.is_ok(), b.is_ok(), "page {i} of {}", root.display());
                continue;
            };
            assert_eq!(a.0, b.0);
            assert_eq!(String::from_utf8_lossy(&a.1), String::from_utf8_lossy(&b.1), "{} in {}", a.0, root.display());
            compared += 1;
        }
        let lists = |r: &Renderer| {
            let mut out = r.tags().expect("tag pages");
            for si in 0..site.content.sections.len() {
                out.extend(r.section(si).expect("section pages"));
            }
            out.into_iter().map(|(path, bytes)| (path, String::from_utf8_lossy(&bytes).into_owned())).collect::<Vec<_>>()
        };
        let (a, b) = (lists(&fast), lists(&slow));
        compared += a.len();
        assert!(a == b, "listings differ in {}", root.display());
    }
    assert!(compared >= 100, "only {compared} pages and listings compared");
}
