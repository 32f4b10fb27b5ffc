//! HTML comments in a Markdown body are the author's notes, never meant for
//! readers, so they are not published.
//!
//! Why: a comment is invisible on the page but sits in its source, in every
//! feed item and in every copy a scheduler or aggregator keeps. Real
//! practice sites use comments to "turn off" blocks they no longer want
//! shown (one site hid a whole page of named client testimonials that way),
//! which publishes exactly what the author meant to withdraw. Zola keeps
//! such comments and Hugo's default renderer drops all raw HTML; carepress
//! keeps the raw HTML and drops only the comments. Comments inside code
//! (fenced, indented or inline) are text, not comments, and stay.

use std::borrow::Cow;
use std::ops::Range;

/// Byte ranges of the HTML comments of one raw-HTML event, delimiters
/// included. `open` carries a comment that started in an earlier event of
/// the same body (an HTML block arrives a line at a time) and is left set
/// when this one ends inside a comment.
pub fn comment_ranges(t: &str, open: &mut bool) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut at = 0;
    let mut from = 0;
    loop {
        if *open {
            match t[at..].find("-->") {
                Some(i) => {
                    at += i + 3;
                    found.push(from..at);
                    *open = false;
                }
                None => {
                    found.push(from..t.len());
                    return found;
                }
            }
        } else {
            match t[at..].find("<!--") {
                Some(i) => {
                    from = at + i;
                    at = from + 4;
                    *open = true;
                }
                None => return found,
            }
        }
    }
}

/// `t` without its HTML comments (see [`comment_ranges`]).
pub fn strip_html_comments<'t>(t: &'t str, open: &mut bool) -> Cow<'t, str> {
    if !*open && !t.contains("<!--") {
        return Cow::Borrowed(t);
    }
    let mut out = String::with_capacity(t.len());
    let mut kept_from = 0;
    for r in comment_ranges(t, open) {
        out.push_str(&t[kept_from..r.start]);
        kept_from = r.end;
    }
    out.push_str(&t[kept_from..]);
    Cow::Owned(out)
}

/// `t` with its HTML comments blanked out byte for byte (line breaks kept),
/// for a scanner that reports byte offsets into the source.
pub fn blank_html_comments<'t>(t: &'t str, open: &mut bool) -> Cow<'t, str> {
    if !*open && !t.contains("<!--") {
        return Cow::Borrowed(t);
    }
    let mut out = t.as_bytes().to_vec();
    for r in comment_ranges(t, open) {
        for b in &mut out[r] {
            if *b != b'\n' {
                *b = b' ';
            }
        }
    }
    // Whole UTF-8 sequences are replaced (a comment's delimiters are ASCII),
    // so the result is valid UTF-8.
    Cow::Owned(String::from_utf8(out).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strip_all(parts: &[&str]) -> (String, bool) {
        let mut open = false;
        let out = parts.iter().map(|p| strip_html_comments(p, &mut open).into_owned()).collect();
        (out, open)
    }

    #[test]
    fn comments_go_and_the_markup_around_them_stays() {
        assert_eq!(strip_all(&["<div>a<!-- note -->b</div>"]), ("<div>ab</div>".to_string(), false));
        assert_eq!(strip_all(&["<p>x</p>"]), ("<p>x</p>".to_string(), false));
        assert_eq!(strip_all(&["<!-- a --><!-- b -->c"]), ("c".to_string(), false));
    }

    #[test]
    fn a_comment_spanning_lines_of_a_block_is_removed_whole() {
        let (out, open) = strip_all(&["<!--\n", "<p>Jane, 34: my knee surgery</p>\n", "-->\n", "<p>kept</p>\n"]);
        assert_eq!(out, "\n<p>kept</p>\n");
        assert!(!open);
        let (out, open) = strip_all(&["<p>kept</p><!-- never closed\n", "hidden\n"]);
        assert_eq!(out, "<p>kept</p>");
        assert!(open, "an unclosed comment runs to the end of the body, as in a browser");
    }

    #[test]
    fn blanking_keeps_every_offset_and_line() {
        let mut open = false;
        let t = "<p>a</p><!-- Zoë,\n92 --><p>b</p>";
        let blanked = blank_html_comments(t, &mut open);
        assert_eq!(blanked.len(), t.len());
        assert_eq!(blanked.find("<p>b"), t.find("<p>b"));
        assert!(!blanked.contains("Zo") && !blanked.contains("92") && blanked.contains('\n'));
    }
}
