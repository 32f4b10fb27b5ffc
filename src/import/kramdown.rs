//! kramdown, Jekyll's Markdown, has attribute lists: `{: .btn}` after a link
//! or `{: .notice}` on the line under a paragraph give it a class, and
//! `{:toc}` under a one-item list asks for a table of contents. carepress's
//! Markdown has no such syntax, so they would show on the page as written;
//! they are taken out (a class only styled the old theme). Code stays as it is.

use regex::Regex;
use std::sync::LazyLock;

/// `{: .a .b}`, `{:#id}`, `{: key="v"}`, `{:toc}`, `{:.a}`; not `{::comment}`.
static IAL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\{:(?:[ \t]*[.#A-Za-z][^{}:\n]*)?\}").expect("valid regex"));
static CODE_SPAN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"`+[^`\n]*`+").expect("valid regex"));
static TOC_ITEM: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*(?:[*+-]|1\.)\s+\S").expect("valid regex"));

/// `md` without kramdown attribute lists outside code.
pub fn strip_attribute_lists(md: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut fence: Option<&str> = None;
    for line in md.lines() {
        let t = line.trim_start();
        let marker = if t.starts_with("```") {
            Some("```")
        } else if t.starts_with("~~~") {
            Some("~~~")
        } else {
            None
        };
        match (fence, marker) {
            (None, Some(m)) => fence = Some(m),
            (Some(f), Some(m)) if f == m => fence = None,
            _ => {}
        }
        if fence.is_some() || marker.is_some() || line.starts_with("    ") || !line.contains("{:") {
            out.push(line.to_string());
            continue;
        }
        let stripped = outside_code(line);
        if stripped.trim().is_empty() {
            // A block attribute list on its own line; `{:toc}` also takes the list item above it.
            if t.trim() == "{:toc}" && out.last().is_some_and(|l| TOC_ITEM.is_match(l)) {
                out.pop();
            }
            continue;
        }
        out.push(stripped.trim_end().to_string());
    }
    let mut s = out.join("\n");
    if md.ends_with('\n') {
        s.push('\n');
    }
    s
}

/// The line with its attribute lists removed, code spans left alone.
fn outside_code(line: &str) -> String {
    let mut s = String::new();
    let mut last = 0;
    for m in CODE_SPAN.find_iter(line) {
        s.push_str(&IAL.replace_all(&line[last..m.start()], ""));
        s.push_str(m.as_str());
        last = m.end();
    }
    s.push_str(&IAL.replace_all(&line[last..], ""));
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attribute_lists_go_code_stays() {
        let md = "[Book](/book/){: .btn .btn--primary}\n\nA note.\n{: .notice--info}\n\n* TOC\n{:toc}\n\nWrite `{: .x}` like this.\n\n```\n{: .kept}\n```\n";
        let out = strip_attribute_lists(md);
        assert_eq!(out, "[Book](/book/)\n\nA note.\n\n\nWrite `{: .x}` like this.\n\n```\n{: .kept}\n```\n");
    }
}
