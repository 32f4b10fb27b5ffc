//! Tests of the signature readers (`signatures.rs`).

use super::*;

#[test]
fn attributions_are_read_in_the_ways_sites_write_them() {
    let body = "\"It cleared up after five sessions.\"\n<b><br>\n-  Miss Y J</b>\n\nGreat care.\n\n-- Clare, mum of 3\n\n—Shelia H.\n\n> Lovely.\n>\n> -- Joseph L., Venice, CA, The Best!\n";
    let names: Vec<String> = in_body(body, 1, false, false).into_iter().map(|s| s.name).collect();
    assert_eq!(names, ["Miss Y J", "Clare", "Shelia H", "Joseph L"]);
}

/// "**Erin Berry**\\" then the city on the next line: the Markdown hard
/// break does not hide the signature; it is found on its own line.
#[test]
fn a_bold_name_before_a_hard_line_break_signs() {
    let body = "She fixed my posture in three sessions.\n\n**Erin Berry**\\\nGuelph, ON\n";
    let sigs = in_body(body, 10, false, false);
    assert_eq!(sigs.iter().map(|s| (s.name.as_str(), s.line)).collect::<Vec<_>>(), [("Erin Berry", 12)]);
    assert!(in_body("Our hours changed.\n\n**Opening Hours**\\\nMonday to Friday\n", 1, false, false).is_empty());
}

/// The HTML elements that give a quotation's source sign it.
#[test]
fn a_footer_or_cite_element_signs() {
    let body = "<blockquote>\n<p>My back is better.</p>\n<footer class=\"blockquote-footer\">Erin Berry</footer>\n</blockquote>\n\n<cite>Tomas Reyes</cite>\n";
    let sigs = in_body(body, 1, true, false);
    assert_eq!(sigs.iter().map(|s| (s.name.as_str(), s.line)).collect::<Vec<_>>(), [("Erin Berry", 3), ("Tomas Reyes", 6)]);
    assert!(in_body("<footer class=\"site-footer\"></footer>\n", 1, true, false).is_empty());
}

#[test]
fn list_items_and_non_names_are_not_signatures() {
    let body = "We treat:\n\n- Diabetes\n- Back Pain\n\nSome text.\n\n- Anonymous\n\n— Physical Therapy\n";
    assert!(in_body(body, 1, false, true).is_empty(), "{:?}", in_body(body, 1, false, true));
    assert_eq!(person("Erin Berry", true).as_deref(), Some("Erin Berry"));
    assert_eq!(person("J.D.", false), None);
    assert_eq!(person("Coach Grace", true).as_deref(), Some("Coach Grace"));
}

#[test]
fn headings_sign_only_on_testimonial_pages() {
    let body = "## Andrew B.\n\nI came in with neck pain.\n\n## Anonymous\n\nGreat.\n";
    assert_eq!(in_body(body, 3, true, false).iter().map(|s| (s.line, s.name.as_str())).collect::<Vec<_>>(), [(3, "Andrew B")]);
    assert!(in_body(body, 3, false, false).is_empty());
}
