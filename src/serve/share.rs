//! The share preview route: `/__carepress/social/<page path>` drawn from
//! the page's served HTML (its emitted card metadata) and the social desk
//! the last build published (see [`crate::social::preview`]).

use super::state::PreviewState;
use crate::social::card::CardMeta;
use crate::social::preview::{PreviewInput, render};

/// The preview of the page at `rest` (the path after the prefix: "" or
/// "/" for the home page, "/tips/flu-shot/"), or `None` when the site
/// serves no HTML page there. `base` ("/site", or "") is the path the
/// site is served under: the preview links to the page there.
pub(crate) fn page(state: &PreviewState, rest: &str, base: &str) -> Option<String> {
    let path = if rest.is_empty() { "/" } else { rest };
    let files = state.files();
    let (key, page_path) = if path.ends_with('/') {
        (format!("{path}index.html"), path.to_string())
    } else if path.ends_with(".html") {
        (path.to_string(), path.to_string())
    } else {
        (format!("{path}/index.html"), format!("{path}/"))
    };
    let html = std::str::from_utf8(files.get(&key)?).ok()?;
    let meta = CardMeta::read(html);
    let desk = state.desk();
    // Before the first build, or on a site without base_url, fall back to
    // the address the page says it has.
    let domain = if desk.public_base.is_empty() {
        meta.image.as_ref().map(|i| crate::social::domain_of(&i.url).to_string()).unwrap_or_default()
    } else {
        crate::social::domain_of(&desk.public_base).to_string()
    };
    let served_at = format!("{base}{page_path}");
    let input = PreviewInput { path: &served_at, meta: &meta, domain: &domain, entry: desk.pages.get(&page_path).map(|e| &**e) };
    Some(render(&input))
}
