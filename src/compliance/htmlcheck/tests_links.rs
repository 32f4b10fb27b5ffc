//! Tests for `links/*` and `OutputIndex`.

use super::tests_a11y::{BASE, index, of, page, run};
use super::*;

fn site() -> OutputIndex {
    let mut ix = OutputIndex::new(
        [
            "/index.html",
            "/tips/flu/index.html",
            "/tips/covid/index.html",
            "/files/Patient Forms.pdf",
            "/images/a.jpg",
            "/images/a-800.jpg",
            "/images/caf\u{e9}.jpg",
            "/404.html",
        ]
        .map(String::from),
    );
    ix.add_html(
        "/tips/covid/",
        "<html><body><h2 id=\"dosage\">Dosage</h2><a name=\"old-anchor\"></a><h2 id=\"side effects\">x</h2></body></html>",
    );
    ix
}

fn run_on(url: &str, main: &str) -> Vec<HtmlFinding> {
    check_page(url, &page(main), &site(), &CheckOptions::new(BASE))
}

#[test]
fn index_resolves_directories_queries_and_encoding() {
    let ix = site();
    assert!(ix.resolves("/tips/flu/"));
    assert!(ix.resolves("/tips/flu/index.html"));
    assert!(ix.resolves("/tips/flu"), "directory without trailing slash");
    assert!(ix.resolves("/tips/flu/?utm_source=x#top"));
    assert!(ix.resolves("/files/Patient%20Forms.pdf"));
    assert!(ix.resolves("/files/Patient Forms.pdf"));
    assert!(ix.resolves("/images/caf%C3%A9.jpg"));
    assert!(ix.resolves("/tips/../images/a.jpg"));
    assert!(ix.resolves("/"));
    assert!(!ix.resolves("/tips/flu/extra/"));
    assert!(!ix.resolves("/tips/"), "no /tips/index.html was written");
    assert!(!ix.resolves("/images/a.jpg/"));
    assert!(!ix.resolves("/files/Patient%2520Forms.pdf"), "decoded only once");
}

#[test]
fn index_accepts_paths_without_leading_slash_and_backslashes() {
    let ix = OutputIndex::new(["tips\\flu\\index.html".to_string()]);
    assert!(ix.resolves("/tips/flu/"));
}

#[test]
fn broken_root_relative_link_is_error_with_href_needle() {
    let f = run_on("/tips/flu/", "<a href=\"/tips/measles/\">Measles tips</a>");
    let hits = of(&f, "links/internal");
    assert_eq!(hits.len(), 1, "{f:?}");
    assert_eq!(hits[0].severity, Severity::Error);
    assert_eq!(hits[0].needle.as_deref(), Some("/tips/measles/"));
    assert!(of(&run_on("/tips/flu/", "<a href=\"/tips/covid/\">Covid tips</a>"), "links/internal").is_empty());
}

#[test]
fn relative_links_resolve_against_the_page() {
    let ok = run_on("/tips/flu/", "<a href=\"../covid/\">Covid</a> <a href=\"../../files/Patient%20Forms.pdf\">Forms</a>");
    assert!(of(&ok, "links/internal").is_empty(), "{ok:?}");
    let bad = run_on("/tips/flu/", "<a href=\"covid/\">Covid</a>");
    assert_eq!(of(&bad, "links/internal").len(), 1, "resolves to /tips/flu/covid/");
}

#[test]
fn base_url_absolute_links_are_internal() {
    let f = run_on("/tips/flu/", "<a href=\"https://example.com/tips/nope/\">Nope tips</a>");
    let hits = of(&f, "links/internal");
    assert_eq!(hits.len(), 1, "{f:?}");
    assert_eq!(hits[0].needle.as_deref(), Some("/tips/nope/"), "needle without the origin");
    for ok in
        ["https://example.com/tips/covid/", "http://EXAMPLE.com:80/tips/covid/?ref=x", "//example.com/tips/covid/", "https://example.com"]
    {
        let f = run_on("/tips/flu/", &format!("<a href=\"{ok}\">Covid tips</a>"));
        assert!(of(&f, "links/internal").is_empty(), "{ok}: {f:?}");
    }
}

#[test]
fn external_and_non_http_links_are_ignored() {
    let f = run_on(
        "/tips/flu/",
        "<a href=\"https://cdc.gov/flu/missing/\">CDC flu page</a><a href=\"mailto:x@example.com\">Email us</a>\
         <a href=\"tel:+15551234\">Call us</a><a href=\"#\">Back to top</a><a href=\"javascript:void(0)\">Menu toggle</a>\
         <a href=\"//other.org/x\">Other site</a>",
    );
    assert!(of(&f, "links/internal").is_empty(), "{f:?}");
    assert!(of(&f, "links/anchor").is_empty(), "{f:?}");
}

#[test]
fn sub_path_base_url() {
    let opts = CheckOptions::new("https://example.com/clinic/");
    let check = |href: &str| {
        let html = page(&format!("<a href=\"{href}\">Covid tips</a>"));
        of(&check_page("/tips/flu/", &html, &site(), &opts), "links/internal").len()
    };
    assert_eq!(check("https://example.com/clinic/tips/covid/"), 0);
    assert_eq!(check("/clinic/tips/covid/"), 0);
    assert_eq!(check("https://example.com/clinic/tips/nope/"), 1);
    assert_eq!(check("https://example.com/elsewhere/"), 0, "same host, outside the site");
}

#[test]
fn same_page_anchor() {
    let f = run_on("/tips/flu/", "<h2 id=\"symptoms\">Symptoms</h2><a href=\"#symptoms\">Symptoms</a>");
    assert!(of(&f, "links/anchor").is_empty(), "{f:?}");
    let f = run_on("/tips/flu/", "<h2 id=\"symptoms\">Symptoms</h2><a href=\"#symptom\">Symptoms</a>");
    let hits = of(&f, "links/anchor");
    assert_eq!(hits.len(), 1, "{f:?}");
    assert_eq!(hits[0].severity, Severity::Error);
    assert_eq!(hits[0].needle.as_deref(), Some("#symptom"));
}

#[test]
fn same_page_anchor_via_own_url_and_special_fragments() {
    let f = run_on("/tips/flu/", "<h2 id=\"a\">A</h2><a href=\"/tips/flu/#a\">A</a><a href=\"/tips/flu/#b\">B</a>");
    assert_eq!(of(&f, "links/anchor").len(), 1, "{f:?}");
    let f = run_on("/tips/flu/", "<a href=\"#top\">Top of page</a><a href=\"#:~:text=fever\">Fever</a>");
    assert!(of(&f, "links/anchor").is_empty(), "{f:?}");
}

#[test]
fn anchors_across_pages() {
    let ok = run_on(
        "/tips/flu/",
        "<a href=\"/tips/covid/#dosage\">Covid dosage</a><a href=\"../covid/#old-anchor\">Old</a>\
         <a href=\"https://example.com/tips/covid/?x=1#side%20effects\">Side effects</a>",
    );
    assert!(of(&ok, "links/anchor").is_empty(), "{ok:?}");
    let bad = run_on("/tips/flu/", "<a href=\"/tips/covid/#dose\">Covid dosage</a>");
    let hits = of(&bad, "links/anchor");
    assert_eq!(hits.len(), 1, "{bad:?}");
    assert_eq!(hits[0].needle.as_deref(), Some("/tips/covid/#dose"));
    assert!(of(&bad, "links/internal").is_empty());
}

#[test]
fn anchors_into_pages_without_recorded_ids_are_not_checked() {
    let f = run_on("/tips/covid/", "<a href=\"/#anything\">Home</a><a href=\"/files/Patient%20Forms.pdf#page=2\">Forms</a>");
    assert!(of(&f, "links/anchor").is_empty(), "{f:?}");
    assert!(of(&f, "links/internal").is_empty(), "{f:?}");
}

#[test]
fn broken_image_src_and_srcset() {
    let f = run_on(
        "/tips/flu/",
        "<img src=\"/images/missing.jpg\" alt=\"x ray\" width=\"1\" height=\"1\">\
         <img src=\"/images/a.jpg\" srcset=\"/images/a-800.jpg 800w, /images/a-1600.jpg 1600w\" alt=\"x ray\" width=\"1\" height=\"1\">",
    );
    let hits = of(&f, "links/image");
    let needles: Vec<_> = hits.iter().map(|h| h.needle.as_deref().unwrap()).collect();
    assert_eq!(needles, ["/images/missing.jpg", "/images/a-1600.jpg"], "{f:?}");
    assert!(hits.iter().all(|h| h.severity == Severity::Error));
}

#[test]
fn good_images_including_encoded_relative_and_picture() {
    let f = run_on(
        "/tips/flu/",
        "<img src=\"../../images/caf%C3%A9.jpg\" alt=\"Cafe\" width=\"1\" height=\"1\">\
         <img src=\"https://example.com/images/a.jpg?v=3\" alt=\"x ray\" width=\"1\" height=\"1\">\
         <img src=\"data:image/gif;base64,R0lGOD\" alt=\"dot\" width=\"1\" height=\"1\">\
         <picture><source srcset=\"/images/a-800.jpg 1x\"><img src=\"/images/a.jpg\" alt=\"x ray\" width=\"1\" height=\"1\"></picture>",
    );
    assert!(of(&f, "links/image").is_empty(), "{f:?}");
    let f = run_on(
        "/tips/flu/",
        "<picture><source srcset=\"/images/nope.avif\"><img src=\"/images/a.jpg\" alt=\"x\" width=\"1\" height=\"1\"></picture>",
    );
    assert_eq!(of(&f, "links/image").len(), 1);
}

#[test]
fn img_without_src_is_error() {
    let f = run_on("/tips/flu/", "<img alt=\"x ray\" width=\"1\" height=\"1\">");
    assert_eq!(of(&f, "links/image").len(), 1);
}

#[test]
fn chrome_links_checked_only_with_flag() {
    let html = "<html lang=\"en\"><head><title>T</title><link rel=\"stylesheet\" href=\"/style.css\">\
                <link rel=\"preconnect\" href=\"/nowhere/\"></head><body><nav><a href=\"/contact/\">Contact us</a></nav>\
                <main><p>x</p></main></body></html>";
    assert!(of(&run(html), "links/internal").is_empty());
    let opts = CheckOptions { base_url: BASE.into(), check_chrome: true };
    let f = check_page("/tips/flu/", html, &index(), &opts);
    let needles: Vec<_> = of(&f, "links/internal").iter().map(|h| h.needle.clone().unwrap()).collect();
    assert_eq!(needles, ["/contact/", "/style.css"], "{f:?}");
}

#[test]
fn base_element_changes_relative_resolution() {
    let html = "<html lang=\"en\"><head><title>T</title><base href=\"/\"></head><body><main>\
                <a href=\"tips/covid/\">Covid tips</a><a href=\"covid/\">Bad</a></main></body></html>";
    let f = check_page("/tips/flu/", html, &site(), &CheckOptions::new(BASE));
    let needles: Vec<_> = of(&f, "links/internal").iter().map(|h| h.needle.clone().unwrap()).collect();
    assert_eq!(needles, ["covid/"], "{f:?}");
}

#[test]
fn page_itself_counts_as_written() {
    let ix = OutputIndex::new(Vec::<String>::new());
    let html = page("<a href=\"/tips/flu/?print=1\">Print this page</a>");
    let f = check_page("/tips/flu/", &html, &ix, &CheckOptions::new(BASE));
    assert!(of(&f, "links/internal").is_empty(), "{f:?}");
}
