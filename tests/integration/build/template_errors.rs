//! Runtime template errors (issue 14): Tera says only which template it was
//! rendering, so carepress finds the failing expression in the sources and
//! reports the template and line it is on, including when that is the
//! parent the page's template extends, an include or a macro file.

use crate::support::{Run, Site};

/// The `template-errors` fixture with `files` written over it, built; the
/// build must fail writing nothing and report exactly one error.
fn broken(files: &[(&str, &str)]) -> (Run, String) {
    let site = Site::fixture("template-errors");
    for (rel, text) in files {
        site.write(rel, text);
    }
    let run = site.build(&[]);
    run.expect_code(1);
    assert!(!site.out().exists(), "a failed first build writes no output");
    let errors = run.error_lines();
    assert_eq!(errors.len(), 1, "one problem, reported once: {}", run.stderr);
    let line = errors[0].to_string();
    (run, line)
}

/// The fixture's base.html with its undefined `site.motto` taken out.
fn fixed_base() -> String {
    let base = std::fs::read_to_string(crate::support::fixture("template-errors").join("templates/base.html")).unwrap();
    let fixed = base.replace(" data-motto=\"{{ site.motto }}\"", "");
    assert_ne!(fixed, base, "the fixture's base.html changed: update this test");
    fixed
}

/// 1-based line and column of the first `needle` in `text`.
fn position(text: &str, needle: &str) -> (usize, usize) {
    let at = text.find(needle).expect("the needle is in the text");
    let line = text[..at].matches('\n').count() + 1;
    (line, at - text[..at].rfind('\n').map_or(0, |n| n + 1) + 1)
}

#[test]
fn an_error_in_the_base_template_names_base_html_and_its_line() {
    let base = std::fs::read_to_string(crate::support::fixture("template-errors").join("templates/base.html")).unwrap();
    assert_eq!(position(&base, "site.motto").0, 12, "the fixture puts the error on line 12");
    let (run, line) = broken(&[]);
    let (l, c) = position(&base, "site.motto");
    // Tera itself blames page.html, the template that extends base.html.
    assert!(line.contains(&format!("templates/base.html:{l}:{c} variable `site.motto` is not defined")), "{line}");
    // The first page it failed on, and how many more: one report for all.
    assert!(line.contains("(while rendering content/tips/wash-hands.md with page.html, and on 4 other pages)"), "{line}");
    assert!(run.stderr.contains("hint: check `site.motto` for a typo (values of your own"), "{}", run.stderr);
}

#[test]
fn an_error_in_the_page_template_names_it_and_its_line() {
    let page =
        "{% extends \"base.html\" %}\n{% block content %}\n<h1>{{ page.title }}</h1>\n<p>{{ page.subtitle }}</p>\n{% endblock content %}\n";
    let (_, line) = broken(&[("templates/base.html", &fixed_base()), ("templates/page.html", page)]);
    assert!(line.contains("templates/page.html:4:7 variable `page.subtitle` is not defined"), "{line}");
    assert!(line.ends_with("(while rendering content/tips/wash-hands.md with page.html)"), "{line}");
}

#[test]
fn errors_in_an_include_and_a_macro_name_their_own_files() {
    let base = fixed_base();
    let page = "{% extends \"base.html\" %}\n{% block content %}\n<h1>{{ page.title }}</h1>\n{% include \"partials/note.html\" %}\n{% endblock content %}\n";
    let note = "<aside>\n<p>{{ page.title }}</p>\n<p>{{ note.text }}</p>\n</aside>\n";
    let (_, line) = broken(&[("templates/base.html", &base), ("templates/page.html", page), ("templates/partials/note.html", note)]);
    assert!(line.contains("templates/partials/note.html:3:7 variable `note.text` is not defined"), "{line}");

    let page = "{% extends \"base.html\" %}\n{% import \"notes.html\" as n %}\n{% block content %}\n{{ n::note(text=page.title) }}\n{% endblock content %}\n";
    let notes = "{% macro note(text) %}\n<aside>\n{{ text }}, {{ signoff }}\n</aside>\n{% endmacro note %}\n";
    let (_, line) = broken(&[("templates/base.html", &base), ("templates/page.html", page), ("templates/notes.html", notes)]);
    assert!(line.contains("templates/notes.html:3:16 variable `signoff` is not defined"), "{line}");

    // A macro that does not exist: at the call.
    let page = "{% extends \"base.html\" %}\n{% import \"notes.html\" as n %}\n{% block content %}\n\n  {{ n::nte(text=1) }}\n{% endblock content %}\n";
    let (run, line) = broken(&[("templates/base.html", &base), ("templates/page.html", page), ("templates/notes.html", notes)]);
    assert!(line.contains("templates/page.html:5:6 there is no macro `n::nte`"), "{line}");
    assert!(run.stderr.contains("hint: check the macro's name"), "{}", run.stderr);
}

#[test]
fn a_filter_given_the_wrong_value_is_found_at_the_filter() {
    let page = "{% extends \"base.html\" %}\n{% block content %}\n<h1>{{ page.title | round }}</h1>\n{% endblock content %}\n";
    let (_, line) = broken(&[("templates/base.html", &fixed_base()), ("templates/page.html", page)]);
    assert!(line.contains("templates/page.html:3:21 filter `round` was called on an incorrect value"), "{line}");
}
