//! The live-reload browser client and its injection into HTML.

/// Served at `/__carepress/reload.js`. Listens on `/__carepress/events`:
/// `hello` (server tag; reloads if it differs from the page's), `reload`,
/// `css` (URL path of a stylesheet to swap), `error` (overlay JSON),
/// `cleared`. Reconnects by itself if the server goes away.
pub(crate) const RELOAD_JS: &str = include_str!("reload.js");

pub(crate) const SCRIPT_PATH: &str = "/__carepress/reload.js";
pub(crate) const EVENTS_PATH: &str = "/__carepress/events";
pub(crate) const STATUS_PATH: &str = "/__carepress/status";

/// Inserts the reload script just before the last `</body>` (any case), or
/// at the end when there is none. `tag` is the state the page was served
/// from, so a tab that missed a rebuild reloads when it connects. With
/// `share` (the page's URL path), a link to the page's share preview comes
/// first: a labelled landmark of its own, so it stays out of the page's
/// regions and passes axe.
pub(crate) fn inject(html: &[u8], tag: &str, share: Option<&str>) -> Vec<u8> {
    let mut script = String::new();
    if let Some(path) = share {
        script.push_str(&format!(
            "<aside aria-label=\"carepress watch tools\" style=\"position:fixed;right:.75rem;bottom:.75rem;z-index:2147483646;margin:0\">\
             <a href=\"{}\" style=\"display:inline-block;padding:.4rem .75rem;border-radius:6px;background:#0b4f8a;color:#fff;\
             font:600 14px/1.4 system-ui,sans-serif;text-decoration:underline\">Share preview</a></aside>",
            crate::escape::html_attr(&super::share::share_path(path))
        ));
    }
    script.push_str(&format!("<script src=\"{SCRIPT_PATH}\" data-tag=\"{tag}\" defer></script>"));
    let at = rfind_ci(html, b"</body>").unwrap_or(html.len());
    let mut out = Vec::with_capacity(html.len() + script.len());
    out.extend_from_slice(&html[..at]);
    out.extend_from_slice(script.as_bytes());
    out.extend_from_slice(&html[at..]);
    out
}

fn rfind_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if hay.len() < needle.len() {
        return None;
    }
    (0..=hay.len() - needle.len()).rev().find(|&i| hay[i..i + needle.len()].eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_is_small() {
        assert!(RELOAD_JS.len() < 2048, "reload.js is {} bytes", RELOAD_JS.len());
        assert!(!RELOAD_JS.contains("innerHTML"));
    }

    #[test]
    fn injects_before_last_body_close() {
        let out = inject(b"<html><body><p>&lt;/body&gt;</p></BODY></html>", "t-1", None);
        let s = String::from_utf8(out).unwrap();
        assert!(s.ends_with("defer></script></BODY></html>"), "{s}");
        assert!(s.contains("data-tag=\"t-1\""));
        let out = inject(b"<p>fragment", "t", None);
        assert!(String::from_utf8(out).unwrap().starts_with("<p>fragment<script"));
        let out = String::from_utf8(inject(b"<body></body>", "t", Some("/tips/a/"))).unwrap();
        assert!(out.contains("<a href=\"/__carepress/social/tips/a/\"") && out.contains("Share preview</a></aside><script"), "{out}");
    }
}
