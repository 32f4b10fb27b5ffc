use super::*;

/// The error of rendering `page.html` from `templates` with `site.title` only.
fn fail(templates: &[(&str, &str)]) -> (tera::Tera, tera::Error) {
    let mut t = tera::Tera::default();
    t.add_raw_templates(templates.to_vec()).expect("templates parse");
    let mut ctx = tera::Context::new();
    ctx.insert("site", &serde_json::json!({ "title": "Alder" }));
    let e = t.render("page.html", &ctx).expect_err("rendering fails");
    (t, e)
}

fn sources(templates: &[(&str, &str)]) -> Vec<Source> {
    templates.iter().map(|(n, t)| Source { name: n.to_string(), text: t.to_string(), file: format!("templates/{n}").into() }).collect()
}

fn diagnosed(templates: &[(&str, &str)]) -> Diagnostic {
    let (t, e) = fail(templates);
    diagnose(&t, &sources(templates), "page.html", "content/tips/a.md", &e)
}

const BASE: &str = "<html>\n<title>{{ site.title }}</title>\n{% block content %}{% endblock content %}\n<p>{{ site.motto }}</p>\n</html>";

#[test]
fn tera_blames_the_child_for_an_error_in_its_parent() {
    // Why this module exists: Tera names page.html, the error is in base.html.
    let (_, e) = fail(&[("base.html", BASE), ("page.html", "{% extends \"base.html\" %}{% block content %}ok{% endblock %}")]);
    let r = read(&e);
    assert_eq!(r.culprit, Some(Culprit::Variable("site.motto".into())));
    assert_eq!(r.named, vec!["page.html".to_string()]);
    assert_eq!(r.message, "variable `site.motto` is not defined");
}

#[test]
fn an_error_in_the_parent_is_found_on_its_line() {
    let d = diagnosed(&[("base.html", BASE), ("page.html", "{% extends \"base.html\" %}\n{% block content %}ok{% endblock %}")]);
    assert_eq!((d.file.to_str(), d.line, d.column), (Some("templates/base.html"), 4, 7), "{d}");
    assert_eq!(d.message, "variable `site.motto` is not defined (while rendering content/tips/a.md with page.html)");
}

#[test]
fn an_error_in_the_child_is_found_on_its_line() {
    let page = "{% extends \"base.html\" %}\n{% block content %}\n<h1>{{ site.title }}</h1>\n  <p>{{ page.subtitle }}</p>{% endblock %}";
    let base = "<html>{% block content %}{% endblock content %}</html>";
    let d = diagnosed(&[("base.html", base), ("page.html", page)]);
    assert_eq!((d.file.to_str(), d.line, d.column), (Some("templates/page.html"), 4, 9), "{d}");
}

#[test]
fn a_name_used_twice_is_reported_where_tera_renders_it_first() {
    // base.html prints site.motto after the block, the child inside it:
    // the child's comes first, though it is not the template Tera renders from.
    let page = "{% extends \"base.html\" %}\n{% block content %}\n{{ site.motto }}{% endblock %}";
    let d = diagnosed(&[("base.html", BASE), ("page.html", page)]);
    assert_eq!((d.file.to_str(), d.line, d.column), (Some("templates/page.html"), 3, 4), "{d}");
    assert!(d.message.contains("(first of 2 uses; while rendering"), "{d}");
    // Before the block, base.html's comes first.
    let base = "<html>\n<p>{{ site.motto }}</p>\n{% block content %}{% endblock content %}</html>";
    let d = diagnosed(&[("base.html", base), ("page.html", page)]);
    assert_eq!((d.file.to_str(), d.line, d.column), (Some("templates/base.html"), 2, 7), "{d}");
}

#[test]
fn includes_and_macros_are_found_in_their_own_files() {
    let page = "{% import \"m.html\" as m %}\n{% include \"note.html\" %}";
    let d = diagnosed(&[("note.html", "<aside>\n\n{{ note.text }}</aside>"), ("m.html", ""), ("page.html", page)]);
    assert_eq!((d.file.to_str(), d.line, d.column), (Some("templates/note.html"), 3, 4), "{d}");
    let macros = "{% macro box(x) %}\n<b>{{ x | round }}</b>\n{% endmacro box %}";
    let d = diagnosed(&[("m.html", macros), ("page.html", "{% import \"m.html\" as m %}\n{{ m::box(x=\"hi\") }}")]);
    assert_eq!((d.file.to_str(), d.line, d.column), (Some("templates/m.html"), 2, 11), "{d}");
    assert!(d.message.starts_with("filter `round` was called on an incorrect value"), "{d}");
    let d = diagnosed(&[("m.html", macros), ("page.html", "{% import \"m.html\" as m %}\n\n  {{ m::bx(x=1) }}")]);
    assert_eq!((d.line, d.column), (3, 6), "{d}");
    assert!(d.message.starts_with("there is no macro `m::bx`"), "{d}");
}

#[test]
fn a_missing_include_is_found_at_the_include() {
    let d = diagnosed(&[("page.html", "<p>\n{% include \"partials/none.html\" %}")]);
    assert_eq!((d.line, d.column), (2, 13), "{d}");
    assert_eq!(d.message, "template `partials/none.html` does not exist (while rendering content/tips/a.md with page.html)");
}

#[test]
fn a_name_not_in_any_source_keeps_the_template_tera_names() {
    let (t, e) = fail(&[("page.html", "{{ nope }}")]);
    let d = diagnose(&t, &[], "page.html", "/tips/", &e);
    assert_eq!((d.file.to_str(), d.line, d.column), (Some("page.html"), 0, 0), "{d}");
}

#[test]
fn only_code_is_searched_and_only_whole_names_match() {
    let v = Culprit::Variable("site.foo".into());
    let text = "site.foo in text\n{# {{ site.foo }} #}{{ site.foobar }}{{ x.site.foo }}\n{% raw %}{{ site.foo }}{% endraw %}\n{% if site.foo %}{{site.foo|upper}}";
    let found = locate(&v, &[("t.html", text, 0, text.len())]).expect("found");
    assert_eq!((found.line, found.column, found.uses), (4, 7, 2));
    let f = Culprit::Filter("upper".into());
    let found = locate(&f, &[("t.html", text, 0, text.len())]).expect("found");
    assert_eq!((found.line, found.column), (4, 29));
    assert_eq!(locate(&Culprit::Function("upper".into()), &[("t.html", text, 0, text.len())]), None);
}

#[test]
fn render_order_puts_the_child_blocks_in_the_parent_text() {
    let base = "A{% block a %}base-a{% endblock %}B{% block b %}base-b{% endblock b %}C";
    let page = "{% extends \"base.html\" %}{% block b %}page-b{% endblock %}";
    let pieces = render_order(&[("page.html", page), ("base.html", base)]);
    let text: String = pieces.iter().map(|(_, t, s, e)| &t[*s..*e]).collect();
    // The tags themselves render nothing; the child's `b` replaces the base's.
    assert_eq!(text, "Abase-aBpage-bC");
}

#[test]
fn one_template_error_on_many_pages_is_one_report() {
    let at = |page: &str, note: &str| {
        Diagnostic::error(
            "build/template",
            "templates/base.html",
            4,
            7,
            format!("variable `x` is not defined ({note}while rendering {page} with page.html)"),
        )
        .site_wide()
    };
    let other = Diagnostic::error(
        "build/template",
        "templates/base.html",
        9,
        1,
        "variable `y` is not defined (while rendering /b/ with page.html)",
    );
    let out = once_per_template(vec![at("/a/", "first of 2 uses; "), other.clone(), at("/b/", ""), at("/c/", "")]);
    assert_eq!(out.len(), 2, "{out:#?}");
    assert_eq!(out[0].message, "variable `x` is not defined (first of 2 uses; while rendering /a/ with page.html, and on 2 other pages)");
    assert_eq!(out[1], other);
}
