//! HTML bodies to Markdown with `htmd` (WordPress posts, `.html` pages, and
//! simple raw HTML blocks inside Markdown); scripts, styles, forms and
//! embeds are not carried over silently: each leaves a TODO marker.

use super::shortcodes::{Out, TODO, todo};
use regex::Regex;
use std::sync::LazyLock;

static RISKY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?is)<(script|style|form|iframe|object|embed)\b[^>]*>.*?</\s*(?:script|style|form|iframe|object|embed)\s*>|<(?:iframe|embed|input|select|textarea)\b[^>]*/?>").expect("valid regex")
});
static YT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)youtube(?:-nocookie)?\.com/embed/([A-Za-z0-9_-]+)|youtu\.be/([A-Za-z0-9_-]+)"#).expect("valid regex")
});
static BLOCK_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^<(p|div|section|article|figure|img|h[1-6]|ul|ol|table|blockquote|center|span|a|strong|em|br|hr)\b")
        .expect("valid regex")
});

/// A line that only closes containers (`</section>`, `</div></div>`): what is
/// left of a raw HTML block that blank lines cut in two.
static CLOSE_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:</(?:div|section|article|main|header|footer|aside|nav|figure|center|span|blockquote)\s*>\s*)+(?:<!--.*?-->\s*)*$")
        .expect("valid regex")
});

/// Replaces scripts, styles, forms and embeds (YouTube iframes become a link) before conversion.
fn defuse(html: &str, todos: &mut usize) -> String {
    RISKY
        .replace_all(html, |c: &regex::Captures| {
            let m = &c[0];
            if let Some(y) = YT.captures(m) {
                let id = y.get(1).or(y.get(2)).map(|x| x.as_str()).unwrap_or("");
                return format!("<p><a href=\"https://www.youtube.com/watch?v={id}\">Watch this video on YouTube</a></p>");
            }
            let tag = c.get(1).map(|t| t.as_str().to_lowercase()).unwrap_or_else(|| "form field".into());
            *todos += 1;
            match tag.as_str() {
                "script" | "style" => format!(
                    "<p><code>{TODO}: a &lt;{tag}&gt; was removed; add its function back with a template if it is needed</code></p>"
                ),
                _ => format!("<p>{}</p>", todo(&format!("<{tag}> (redo this {tag} by hand) {}", strip_tags(m)), Out::Html)),
            }
        })
        .into_owned()
}

fn strip_tags(s: &str) -> String {
    let re = Regex::new(r"(?s)<[^>]*>").expect("valid regex");
    re.replace_all(s, " ").split_whitespace().collect::<Vec<_>>().join(" ")
}

/// WordPress's `wpautop`: blank-line separated text becomes paragraphs.
fn autop(html: &str) -> String {
    let mut out = String::new();
    for chunk in html.replace("\r\n", "\n").split("\n\n") {
        let t = chunk.trim();
        if t.is_empty() {
            continue;
        }
        if BLOCK_START.is_match(t)
            && !t.starts_with("<a")
            && !t.starts_with("<strong")
            && !t.starts_with("<em")
            && !t.starts_with("<span")
            && !t.starts_with("<img")
        {
            out.push_str(t);
        } else {
            out.push_str("<p>");
            out.push_str(&t.replace('\n', "<br>\n"));
            out.push_str("</p>");
        }
        out.push('\n');
    }
    out
}

/// Converts an HTML body to Markdown; returns the text and the TODO markers added.
pub fn to_markdown(html: &str, wordpress: bool) -> (String, usize) {
    let mut todos = 0;
    let html = defuse(html, &mut todos);
    let html = if wordpress { autop(&html) } else { html };
    let conv = htmd::HtmlToMarkdown::builder().skip_tags(vec!["head", "noscript"]).build();
    let md = conv.convert(&html).unwrap_or_else(|_| strip_tags(&html));
    (tidy(&md), todos)
}

/// At most one blank line in a row, no trailing spaces.
fn tidy(md: &str) -> String {
    let mut out = String::new();
    let mut blank = 0;
    for line in md.lines() {
        let l = line.trim_end();
        if l.is_empty() {
            blank += 1;
            if blank > 1 {
                continue;
            }
        } else {
            blank = 0;
        }
        out.push_str(l);
        out.push('\n');
    }
    out.trim().to_string() + "\n"
}

/// Converts the simple raw HTML blocks of a Markdown body (paragraphs,
/// headings, images, lists); fenced code is left alone.
pub fn markdown_blocks(md: &str) -> (String, usize) {
    let mut out = String::new();
    let mut todos = 0;
    let mut in_fence = false;
    let mut block: Vec<&str> = Vec::new();
    let flush = |block: &mut Vec<&str>, out: &mut String, todos: &mut usize| {
        if block.is_empty() {
            return;
        }
        let text = block.join("\n");
        let (md, n) = to_markdown(&text, false);
        *todos += n;
        out.push_str(md.trim_end());
        out.push('\n');
        block.clear();
    };
    for line in md.lines() {
        let t = line.trim_start();
        if t.starts_with("```") || t.starts_with("~~~") {
            flush(&mut block, &mut out, &mut todos);
            in_fence = !in_fence;
        }
        if in_fence || t.starts_with("```") || t.starts_with("~~~") {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        let starts_block = block.is_empty()
            && (BLOCK_START.is_match(t)
                || CLOSE_ONLY.is_match(t)
                || RISKY.is_match(t)
                || t.starts_with("<iframe")
                || t.starts_with("<script"));
        if starts_block || (!block.is_empty() && !t.is_empty()) {
            block.push(line);
            continue;
        }
        flush(&mut block, &mut out, &mut todos);
        out.push_str(line);
        out.push('\n');
    }
    flush(&mut block, &mut out, &mut todos);
    (out, todos)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wordpress_paragraphs_and_iframes() {
        let (md, todos) = to_markdown(
            "Hello <strong>there</strong>\n\nSecond\n\n<iframe src=\"https://www.youtube.com/embed/xyz\"></iframe>\n\n<form><input></form>",
            true,
        );
        assert!(md.contains("Hello **there**\n\nSecond"), "{md}");
        assert!(md.contains("watch?v=xyz"), "{md}");
        assert!(md.contains("TODO(import)") && todos == 1, "{md}");
    }

    #[test]
    fn raw_html_blocks_in_markdown() {
        let (md, _) = markdown_blocks("# T\n\n<p>Some <em>html</em></p>\n\n```\n<p>code</p>\n```\n");
        assert!(md.contains("Some *html*") || md.contains("Some _html_"), "{md}");
        assert!(md.contains("<p>code</p>"));
    }
}
