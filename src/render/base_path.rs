//! Sites that live under a path (`https://name.github.io/site/`): every
//! site-relative URL in the HTML a build writes gets the path in front.
//!
//! Decision: the site model, the templates and the Markdown keep
//! site-relative paths ("/tips/flu/"), and the prefix is added to each
//! written HTML file in one pass. That way the theme, site templates, and
//! links authors write themselves (`[book](/appointments/)`, raw
//! `<img src="/images/x.jpg">`) all follow the base URL, and nothing
//! changes for a site at the root of its host. URLs that are already
//! absolute (metadata, feeds, the sitemap) carry the path through
//! `base_url` itself. `check` renders without the prefix, so its link
//! checks compare like with like. `watch` serves the site under the same
//! path on its local address (`http://127.0.0.1:1111/site/`) and adds the
//! prefix to each HTML file as it serves it (see `watch::http`).

/// The path part of a base URL without its trailing slash ("/site"), or
/// `None` for a site at the root of its host.
pub fn prefix_of(base_url: &str) -> Option<String> {
    let rest = base_url.split_once("://")?.1;
    let path = rest.find('/').map(|i| &rest[i..]).unwrap_or("/");
    let path = path.trim_end_matches('/');
    (!path.is_empty()).then(|| path.to_string())
}

/// Attributes whose value is a URL (or, for `srcset`, a list of them).
const URL_ATTRS: [&[u8]; 6] = [b"href", b"src", b"srcset", b"action", b"poster", b"data"];

/// Puts `prefix` ("/site") in front of every site-relative URL (one `/`,
/// not `//`) in the URL attributes of `html`, `srcset` candidates included.
pub fn apply(html: &str, prefix: &str) -> String {
    let b = html.as_bytes();
    let mut out = String::with_capacity(html.len() + 256);
    let mut copied = 0;
    let mut i = 0;
    while let Some(off) = memchr::memchr(b'=', &b[i..]) {
        let eq = i + off;
        i = eq + 1;
        let quote = match b.get(eq + 1) {
            Some(&q @ (b'"' | b'\'')) => q,
            _ => continue,
        };
        let name_start = b[..eq].iter().rposition(|c| !(c.is_ascii_alphanumeric() || *c == b'-')).map_or(0, |p| p + 1);
        let name = &b[name_start..eq];
        let is_url = URL_ATTRS.iter().any(|a| name.eq_ignore_ascii_case(a));
        if !is_url || name_start == 0 || !b[name_start - 1].is_ascii_whitespace() {
            continue;
        }
        let start = eq + 2;
        let Some(len) = memchr::memchr(quote, &b[start..]) else { break };
        let value = &html[start..start + len];
        out.push_str(&html[copied..start]);
        if name.eq_ignore_ascii_case(b"srcset") {
            let parts: Vec<String> = value.split(',').map(|c| prefixed(c.trim_start(), prefix, c.len() - c.trim_start().len())).collect();
            out.push_str(&parts.join(","));
        } else {
            out.push_str(&prefixed(value, prefix, 0));
        }
        copied = start + len;
        i = copied;
    }
    out.push_str(&html[copied..]);
    out
}

/// `value` with the prefix when it is site-relative; `lead` spaces kept.
fn prefixed(value: &str, prefix: &str, lead: usize) -> String {
    let pad = " ".repeat(lead);
    if value.starts_with('/') && !value.starts_with("//") { format!("{pad}{prefix}{value}") } else { format!("{pad}{value}") }
}

/// Writes into `inner` with the base URL's path in front of every
/// site-relative URL of each HTML file. It wraps the sink `build` writes
/// to, after every stage, so templates and the site model stay
/// prefix-free (see the module doc).
pub struct PrefixSink<'a> {
    /// Where the files go.
    pub inner: &'a dyn crate::output::Sink,
    /// The base path ("/site", from [`prefix_of`]).
    pub prefix: &'a str,
}

impl crate::output::Sink for PrefixSink<'_> {
    fn draws_images(&self) -> bool {
        self.inner.draws_images()
    }

    fn copy_from(&self, rel: &str, src: &std::path::Path) -> crate::error::Result<()> {
        self.inner.copy_from(rel, src)
    }

    fn copy_content_named(&self, rel: &str, src: &std::path::Path, len: u64) -> crate::error::Result<()> {
        self.inner.copy_content_named(rel, src, len)
    }

    fn write(&self, rel: &str, bytes: &[u8]) -> crate::error::Result<()> {
        match std::str::from_utf8(bytes) {
            Ok(html) if rel.ends_with(".html") => self.inner.write(rel, apply(html, self.prefix).as_bytes()),
            _ => self.inner.write(rel, bytes),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefix_of_base_urls() {
        assert_eq!(prefix_of("https://name.github.io/site/").as_deref(), Some("/site"));
        assert_eq!(prefix_of("https://x.example/a/b/").as_deref(), Some("/a/b"));
        assert_eq!(prefix_of("https://x.example/"), None);
        assert_eq!(prefix_of("https://x.example"), None);
    }

    #[test]
    fn site_relative_urls_get_the_prefix() {
        let h = "<link rel=\"stylesheet\" href=\"/carepress.css\"><a href=\"/tips/a/#x\">a</a> <img src='/i.png' srcset=\"/i-480.webp 480w, /i.png 800w\" alt=\"\">\
                 <a href=\"//cdn.example/y\">c</a><a href=\"https://o.example/\">o</a><a href=\"#main\">skip</a><a href=\"tel:+1\">t</a>\
                 <p>href=\"/not-an-attribute\"</p><a data-x=\"/y\" title=\"/z\">q</a>";
        let a = apply(h, "/site");
        assert!(a.contains("href=\"/site/carepress.css\""), "{a}");
        assert!(a.contains("href=\"/site/tips/a/#x\""));
        assert!(a.contains("src='/site/i.png'"));
        assert!(a.contains("srcset=\"/site/i-480.webp 480w, /site/i.png 800w\""), "{a}");
        assert!(a.contains("href=\"//cdn.example/y\"") && a.contains("href=\"https://o.example/\""));
        assert!(a.contains("href=\"#main\"") && a.contains("href=\"tel:+1\""));
        assert!(a.contains("<p>href=\"/not-an-attribute\"</p>"), "text is not an attribute: {a}");
        assert!(a.contains("data-x=\"/y\"") && a.contains("title=\"/z\""), "{a}");
    }
}
