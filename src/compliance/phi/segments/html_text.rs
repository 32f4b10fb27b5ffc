//! The text of raw HTML in a page: tags blanked, text attributes kept.

/// Replace HTML tag markup by spaces of the same byte length, keeping the
/// quoted values of the attributes that carry text (alt, title, href…) so
/// they are scanned too. Sizes, classes and styles ("1200", "630") are
/// markup: kept, they joined a caption's sentence as numbers and hid the
/// child it names (round 32).
pub(in crate::compliance::phi) fn strip_tags(s: &str) -> String {
    const TEXT_ATTRS: &[&str] = &[
        "alt",
        "title",
        "href",
        "aria-label",
        "content",
        "label",
        "summary",
        "placeholder",
        "value",
        "data-caption",
        "data-title",
        "data-alt",
    ];
    let mut out = String::with_capacity(s.len());
    let (mut in_tag, mut q) = (false, None::<char>);
    let mut attr = String::new();
    let mut keep_value = false;
    let mut gap = false;
    for c in s.chars() {
        let keep = match (in_tag, q) {
            (false, _) if c == '<' => {
                in_tag = true;
                attr.clear();
                gap = false;
                false
            }
            (false, _) => true,
            (true, Some(qc)) if c == qc => {
                q = None;
                attr.clear();
                // `title="Acupad">Acupad</a>`: the value ends where the
                // text begins; one run of capitals across both read as a
                // two-word name.
                if keep_value {
                    out.push(';');
                    continue;
                }
                false
            }
            (true, Some(_)) => keep_value,
            (true, None) if c == '"' || c == '\'' => {
                q = Some(c);
                keep_value = TEXT_ATTRS.iter().any(|a| attr.eq_ignore_ascii_case(a));
                false
            }
            (true, None) => {
                // `alt = "…"`: a space before `=` keeps the name; a space
                // before another name starts a new one.
                if c == '>' {
                    in_tag = false;
                } else if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                    if gap {
                        attr.clear();
                        gap = false;
                    }
                    attr.push(c);
                } else if c == '=' {
                    gap = false;
                } else if c.is_whitespace() {
                    gap = true;
                } else {
                    attr.clear();
                }
                false
            }
        };
        if keep {
            out.push(c);
        } else {
            out.extend(std::iter::repeat_n(' ', c.len_utf8()));
        }
    }
    out
}
