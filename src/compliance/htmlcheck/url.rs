//! Classifying `href`/`src` values: ignored, external, same-page anchor, or a
//! site path to look up in the [`OutputIndex`](super::OutputIndex).

/// The site's own origin, from `CheckOptions::base_url`.
#[derive(Debug, Clone)]
pub(super) struct Base {
    /// Lower-cased host[:port] (default ports dropped); `None` if base_url
    /// is not an absolute http(s) URL.
    authority: Option<String>,
    /// Path of the base URL, always ending in `/` (usually just `/`).
    prefix: String,
}

/// What a URL in the page points at.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Target {
    /// `mailto:`, `tel:`, `data:`, `javascript:`, empty, `#` alone, or a
    /// relative URL that cannot be resolved (external `<base href>`).
    Ignore,
    /// Another host, or this host outside the site's base path.
    External,
    /// `#fragment` on the same page (raw, not decoded).
    SamePage(String),
    /// A path within the site (dot segments removed, query dropped, still
    /// percent-encoded) and an optional non-empty fragment.
    Internal { path: String, fragment: Option<String> },
}

impl Base {
    pub(super) fn parse(base_url: &str) -> Base {
        match split_absolute(base_url.trim()) {
            Some((scheme, authority, rest)) if scheme == "http" || scheme == "https" => {
                let mut prefix = strip_query_fragment(rest).to_string();
                if !prefix.starts_with('/') {
                    prefix.insert(0, '/');
                }
                if !prefix.ends_with('/') {
                    prefix.push('/');
                }
                Base { authority: Some(authority), prefix }
            }
            _ => Base { authority: None, prefix: "/".to_string() },
        }
    }

    /// Strips a scheme+host of this site from `href`, for needles:
    /// `https://example.com/tips/` → `/tips/` (a substring of either form).
    pub(super) fn needle<'a>(&self, href: &'a str) -> &'a str {
        let t = href.trim();
        match (split_absolute(t), &self.authority) {
            (Some((_, auth, rest)), Some(mine)) if &auth == mine && !rest.is_empty() => rest,
            _ => t,
        }
    }
}

/// `scheme://authority/rest` → (lower scheme, normalised authority, rest).
fn split_absolute(s: &str) -> Option<(String, String, &str)> {
    let scheme = scheme_of(s)?;
    let rest = s[scheme.len() + 1..].strip_prefix("//")?;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    Some((scheme.to_ascii_lowercase(), norm_authority(&rest[..end]), &rest[end..]))
}

/// The scheme of an absolute URL (`mailto`, `https`, …), if any.
fn scheme_of(s: &str) -> Option<&str> {
    let colon = s.find(':')?;
    let scheme = &s[..colon];
    let mut chars = scheme.chars();
    let ok =
        chars.next().is_some_and(|c| c.is_ascii_alphabetic()) && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    ok.then_some(scheme)
}

fn norm_authority(a: &str) -> String {
    let a = a.rsplit('@').next().unwrap_or(a).to_ascii_lowercase();
    let a = a.strip_suffix(":443").or_else(|| a.strip_suffix(":80")).unwrap_or(&a);
    a.trim_end_matches('.').to_string()
}

fn strip_query_fragment(s: &str) -> &str {
    let end = s.find(['?', '#']).unwrap_or(s.len());
    &s[..end]
}

/// Resolves `raw` (an attribute value) found on a page. `page` is the site
/// path relative URLs resolve against (the page's own path, or its internal
/// `<base href>`); `None` makes relative URLs unverifiable.
pub(super) fn classify(raw: &str, page: Option<&str>, base: &Base) -> Target {
    let s = raw.trim();
    if s.is_empty() {
        return Target::Ignore;
    }
    if let Some(frag) = s.strip_prefix('#') {
        return if frag.is_empty() { Target::Ignore } else { Target::SamePage(frag.to_string()) };
    }
    let site_path: String = if s.starts_with("//") || scheme_of(s).is_some() {
        let full = if s.starts_with("//") { format!("https:{s}") } else { s.to_string() };
        let Some((scheme, auth, rest)) = split_absolute(&full) else {
            return Target::Ignore; // mailto:, tel:, data:, javascript:, …
        };
        if scheme != "http" && scheme != "https" {
            return Target::Ignore;
        }
        if base.authority.as_deref() != Some(auth.as_str()) {
            return Target::External;
        }
        let path = if rest.starts_with('/') { rest.to_string() } else { format!("/{rest}") };
        match path.strip_prefix(base.prefix.as_str()) {
            Some(inner) => format!("/{inner}"),
            None if path == base.prefix.trim_end_matches('/') => "/".to_string(),
            None => return Target::External,
        }
    } else if s.starts_with('/') {
        // Root-relative: under a sub-path base, strip the prefix when present;
        // otherwise assume the link is site-rooted.
        match s.strip_prefix(base.prefix.as_str()) {
            Some(inner) if base.prefix != "/" => format!("/{inner}"),
            _ => s.to_string(),
        }
    } else {
        let Some(page) = page else {
            return Target::Ignore;
        };
        join(page, s)
    };
    let (before, fragment) = match site_path.split_once('#') {
        Some((b, f)) => (b, Some(f.to_string()).filter(|f| !f.is_empty())),
        None => (site_path.as_str(), None),
    };
    let path = remove_dots(strip_query_fragment(before));
    Target::Internal { path, fragment }
}

/// Joins a relative reference onto the directory of `page`.
fn join(page: &str, rel: &str) -> String {
    let page_path = strip_query_fragment(page);
    if rel.starts_with('?') {
        return format!("{page_path}{rel}");
    }
    let dir = match page_path.rfind('/') {
        Some(i) => &page_path[..=i],
        None => "/",
    };
    format!("{dir}{rel}")
}

/// Removes `.`/`..` segments and empty segments; keeps a trailing slash.
pub(super) fn remove_dots(p: &str) -> String {
    // Nearly every link a build writes is already clean: copy it as is
    // (this runs for every link of every page in `check`).
    let clean =
        p.starts_with('/') && !p.contains("//") && !p.contains("/./") && !p.contains("/../") && !p.ends_with("/.") && !p.ends_with("/..");
    if clean {
        return p.to_string();
    }
    let trailing = p.ends_with('/') || p.ends_with("/.") || p.ends_with("/..") || p == "." || p == "..";
    let mut out: Vec<&str> = Vec::new();
    for seg in p.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                out.pop();
            }
            s => out.push(s),
        }
    }
    let mut r = format!("/{}", out.join("/"));
    if trailing && !out.is_empty() {
        r.push('/');
    }
    r
}
