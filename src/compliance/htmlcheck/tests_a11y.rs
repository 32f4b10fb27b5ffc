//! Tests for `a11y/*` (and shared test helpers).

use super::*;

pub(super) const BASE: &str = "https://example.com/";

/// A full page: lang, title, chrome with the h1 and a nav link, and `main`.
pub(super) fn page(main: &str) -> String {
    format!(
        "<!doctype html><html lang=\"en\"><head><title>Flu | Clinic</title></head><body>\
         <header><a href=\"/\">Home</a><h1>Flu</h1></header><main>{main}</main>\
         <footer><a href=\"/privacy/\">Privacy</a></footer></body></html>"
    )
}

pub(super) fn index() -> OutputIndex {
    OutputIndex::new(["/index.html", "/privacy/index.html", "/tips/flu/index.html", "/images/a.jpg"].map(String::from))
}

pub(super) fn run(html: &str) -> Vec<HtmlFinding> {
    check_page("/tips/flu/", html, &index(), &CheckOptions::new(BASE))
}

pub(super) fn of<'a>(f: &'a [HtmlFinding], rule: &str) -> Vec<&'a HtmlFinding> {
    f.iter().filter(|x| x.rule == rule).collect()
}

#[test]
fn clean_page_has_no_findings() {
    let f = run(&page(
        "<h2>Symptoms</h2><h3>Fever</h3><h2>Vaccine</h2>\
         <p><a href=\"/privacy/\">our privacy policy</a></p>\
         <img src=\"/images/a.jpg\" alt=\"A nurse giving a flu shot\" width=\"400\" height=\"300\">",
    ));
    assert_eq!(f, vec![]);
}

#[test]
fn img_without_alt_is_error_with_src_needle() {
    let f = run(&page("<img src=\"/images/a.jpg\" width=\"1\" height=\"1\">"));
    let hits = of(&f, "a11y/img-alt");
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].severity, Severity::Error);
    assert_eq!(hits[0].needle.as_deref(), Some("/images/a.jpg"));
    assert_eq!(hits[0].output_path, "/tips/flu/");
}

#[test]
fn decorative_img_with_empty_alt_is_fine() {
    let f = run(&page("<p>Hi</p><img src=\"/images/a.jpg\" alt=\"\" width=\"1\" height=\"1\">"));
    assert!(of(&f, "a11y/img-alt").is_empty(), "{f:?}");
    let f = run(&page("<img src=\"/images/a.jpg\" role=\"presentation\" width=\"1\" height=\"1\">"));
    assert!(of(&f, "a11y/img-alt").is_empty(), "{f:?}");
}

#[test]
fn empty_alt_as_only_link_content_is_warning_not_link_text_error() {
    let f = run(&page("<a href=\"/privacy/\"><img src=\"/images/a.jpg\" alt=\"\" width=\"1\" height=\"1\"></a>"));
    let hits = of(&f, "a11y/img-alt");
    assert_eq!(hits.len(), 1, "{f:?}");
    assert_eq!(hits[0].severity, Severity::Warning);
    assert!(of(&f, "a11y/link-text").is_empty(), "{f:?}");
    // The same image in a link that has text is decorative: no finding.
    let f = run(&page("<a href=\"/privacy/\"><img src=\"/images/a.jpg\" alt=\"\" width=\"1\" height=\"1\"> Privacy policy</a>"));
    assert!(of(&f, "a11y/img-alt").is_empty(), "{f:?}");
}

#[test]
fn alt_that_is_a_file_name_is_warning() {
    let f = run(&page("<img src=\"/images/a.jpg\" alt=\"IMG_0042.JPG\" width=\"1\" height=\"1\">"));
    assert_eq!(of(&f, "a11y/img-alt")[0].severity, Severity::Warning);
    let f = run(&page("<img src=\"/images/a.jpg\" alt=\"Our new logo.png on a sign\" width=\"1\" height=\"1\">"));
    assert!(of(&f, "a11y/img-alt").is_empty());
}

#[test]
fn img_without_dimensions_is_warning() {
    let f = run(&page("<img src=\"/images/a.jpg\" alt=\"x ray\" width=\"10\">"));
    let hits = of(&f, "a11y/img-size");
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].severity, Severity::Warning);
    assert!(hits[0].message.contains("height") && !hits[0].message.contains("width"));
    let f = run(&page("<img src=\"/images/a.jpg\" alt=\"x ray\" width=\"10\" height=\"20\">"));
    assert!(of(&f, "a11y/img-size").is_empty());
}

#[test]
fn skipped_heading_level_is_reported_with_heading_needle() {
    let f = run(&page("<h2>Symptoms</h2><h4>Fever</h4>"));
    let hits = of(&f, "a11y/heading-order");
    assert_eq!(hits.len(), 1, "{f:?}");
    assert_eq!(hits[0].needle.as_deref(), Some("Fever"));
    assert_eq!(hits[0].severity, Severity::Warning);
}

#[test]
fn first_content_heading_is_judged_against_chrome_h1() {
    let f = run(&page("<h3>Symptoms</h3>"));
    assert_eq!(of(&f, "a11y/heading-order").len(), 1, "{f:?}");
}

#[test]
fn heading_order_allows_going_back_up() {
    let f = run(&page("<h2>A</h2><h3>B</h3><h4>C</h4><h2>D</h2><h3>E</h3>"));
    assert!(of(&f, "a11y/heading-order").is_empty(), "{f:?}");
}

#[test]
fn chrome_headings_are_not_reported_unless_asked() {
    let html = "<html lang=\"en\"><head><title>T</title></head><body><header><h1>A</h1><h4>Menu</h4></header><main><h2>B</h2></main></body></html>";
    let f = run(html);
    assert!(of(&f, "a11y/heading-order").is_empty(), "{f:?}");
    let opts = CheckOptions { base_url: BASE.into(), check_chrome: true };
    let f = check_page("/tips/flu/", html, &index(), &opts);
    assert_eq!(of(&f, "a11y/heading-order").len(), 1, "{f:?}");
}

#[test]
fn page_without_main_is_checked_whole() {
    let html = "<html lang=\"en\"><head><title>T</title></head><body><h1>A</h1><h3>B</h3></body></html>";
    assert_eq!(of(&run(html), "a11y/heading-order").len(), 1);
}

#[test]
fn second_h1_is_reported() {
    let f = run(&page("<h1>Flu again</h1><h2>x</h2>"));
    let hits = of(&f, "a11y/multiple-h1");
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].needle.as_deref(), Some("Flu again"));
    assert!(of(&run(&page("<h2>x</h2>")), "a11y/multiple-h1").is_empty());
}

#[test]
fn empty_link_is_error_unless_labelled() {
    let f = run(&page("<a href=\"/privacy/\"></a>"));
    let hits = of(&f, "a11y/link-text");
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].severity, Severity::Error);
    assert_eq!(hits[0].needle.as_deref(), Some("/privacy/"));
    for ok in [
        "<a href=\"/privacy/\" aria-label=\"Privacy policy\"></a>",
        "<a href=\"/privacy/\"><img src=\"/images/a.jpg\" alt=\"Privacy policy\" width=\"1\" height=\"1\"></a>",
        "<span id=\"l\">Privacy policy</span><a href=\"/privacy/\" aria-labelledby=\"l\"></a>",
        "<a href=\"/privacy/\"><svg><title>Privacy policy</title></svg></a>",
    ] {
        assert!(of(&run(&page(ok)), "a11y/link-text").is_empty(), "{ok}");
    }
}

#[test]
fn aria_hidden_text_does_not_name_a_link() {
    let f = run(&page("<a href=\"/privacy/\"><span aria-hidden=\"true\">→</span></a>"));
    assert_eq!(of(&f, "a11y/link-text")[0].severity, Severity::Error);
}

#[test]
fn vague_link_text_is_warning() {
    for vague in ["Click here", "here", "Read more…", "more", "link", "this", " READ  MORE. "] {
        let f = run(&page(&format!("<p>See <a href=\"/privacy/\">{vague}</a></p>")));
        let hits = of(&f, "a11y/link-text");
        assert_eq!(hits.len(), 1, "{vague}");
        assert_eq!(hits[0].severity, Severity::Warning);
        assert_eq!(hits[0].needle.as_deref(), Some("/privacy/"));
    }
    for fine in ["Read more about flu shots", "Read more<span class=\"sr-only\"> about flu shots</span>", "where to get vaccinated"] {
        let f = run(&page(&format!("<a href=\"/privacy/\">{fine}</a>")));
        assert!(of(&f, "a11y/link-text").is_empty(), "{fine}");
    }
    let f = run(&page("<a href=\"/privacy/\" aria-label=\"Read our privacy policy\">here</a>"));
    assert!(of(&f, "a11y/link-text").is_empty());
}

#[test]
fn missing_or_empty_lang_is_error() {
    let f = run("<html><head><title>T</title></head><body><main><p>x</p></main></body></html>");
    assert_eq!(of(&f, "a11y/lang").len(), 1);
    assert_eq!(of(&f, "a11y/lang")[0].severity, Severity::Error);
    let f = run("<html lang=\" \"><head><title>T</title></head><body><main></main></body></html>");
    assert_eq!(of(&f, "a11y/lang").len(), 1);
    assert!(of(&run(&page("<p>x</p>")), "a11y/lang").is_empty());
}

#[test]
fn missing_or_empty_title_is_error() {
    let f = run("<html lang=\"en\"><head></head><body><main><svg><title>Icon</title></svg></main></body></html>");
    assert_eq!(of(&f, "a11y/title").len(), 1, "an svg title is not the page title");
    let f = run("<html lang=\"en\"><head><title>  </title></head><body><main></main></body></html>");
    assert_eq!(of(&f, "a11y/title")[0].severity, Severity::Error);
    assert!(of(&run(&page("<p>x</p>")), "a11y/title").is_empty());
}

#[test]
fn identical_findings_are_reported_once() {
    let f = run(&page("<a href=\"/privacy/\">here</a><a href=\"/privacy/\">here</a>"));
    assert_eq!(of(&f, "a11y/link-text").len(), 1);
}

#[test]
fn findings_serialize_with_lowercase_severity() {
    let f = run(&page("<a href=\"/privacy/\">here</a>"));
    let json = serde_json::to_value(&f[0]).unwrap();
    assert_eq!(json["severity"], "warning");
    assert_eq!(json["rule"], "a11y/link-text");
    assert_eq!(json["output_path"], "/tips/flu/");
    assert_eq!(serde_json::to_value(Severity::Error).unwrap(), "error");
}
