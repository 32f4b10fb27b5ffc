//! The share preview `watch` serves at `/__carepress/social/<page path>`:
//! the page's link card as Facebook, X, LinkedIn, Mastodon and Bluesky draw
//! it ([`crate::social::card`]), the post a scheduler sends (caption,
//! hashtags, link, image, its length on each platform) and the `social/*`
//! findings ([`super::Desk`]). It lives in `watch`, the only thing that
//! serves it, above both the posts of [`crate::social`] and the rules of
//! [`crate::compliance`] it shows side by side.
//!
//! One self-contained document: inline CSS, images only from the local
//! site, no script of its own (`watch` adds its reload script), so it
//! works offline and makes no third-party request. It is drawn from the
//! page's served HTML (its emitted card metadata) and the desk the last
//! build published.

use super::desk::ShareEntry;
use super::state::WatchState;
use crate::escape::{html_attr, html_text};
use crate::social::Platform;
use crate::social::card::{CARD_PLATFORMS, CardMeta, CardView, view};
use std::fmt::Write;

/// URL path prefix of the share preview.
pub const PREFIX: &str = "/__carepress/social";

/// Everything one share preview page is drawn from.
#[derive(Debug, Clone, Copy)]
pub struct ShareInput<'a> {
    /// The shared page's URL path ("/tips/flu-shot/").
    pub path: &'a str,
    /// The card metadata its served HTML carries.
    pub meta: &'a CardMeta,
    /// The published site's domain ("cedarhollow.example").
    pub domain: &'a str,
    /// The page's post and findings; `None` for listings (no post of their own).
    pub entry: Option<&'a ShareEntry>,
}

/// The share preview's own address for the page at URL path `path`.
pub fn share_path(path: &str) -> String {
    format!("{PREFIX}{path}")
}

/// The local path of an image URL the share preview may load: a root-relative
/// path, or an absolute URL on this machine. Anything else would be a
/// third-party request, and is not loaded.
pub fn local_src(url: &str) -> Option<String> {
    if url.starts_with('/') && !url.starts_with("//") {
        return Some(url.to_string());
    }
    let rest = url.strip_prefix("http://").or_else(|| url.strip_prefix("https://"))?;
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let name = if host.starts_with('[') {
        host.split(']').next().unwrap_or("").trim_start_matches('[')
    } else {
        host.split(':').next().unwrap_or("")
    };
    let local = name == "localhost" || name.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback());
    local.then(|| format!("/{path}"))
}

/// The share preview of the page at `rest` (the path after the prefix: "" or
/// "/" for the home page, "/tips/flu-shot/"), or `None` when the site
/// serves no HTML page there. `base` ("/site", or "") is the path the
/// site is served under: the share preview links to the page there.
pub(crate) fn page(state: &WatchState, rest: &str, base: &str) -> Option<String> {
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
    let input = ShareInput { path: &served_at, meta: &meta, domain: &domain, entry: desk.pages.get(&page_path).map(|e| &**e) };
    Some(render(&input))
}

/// The share preview page's HTML.
pub fn render(input: &ShareInput) -> String {
    let m = input.meta;
    let mut o = String::with_capacity(16 * 1024);
    let title = if m.title.is_empty() { input.path } else { &m.title };
    let _ = write!(
        o,
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>Share preview: {t}</title><style>{CSS}</style></head><body>\n<main id=\"main\">\n\
         <h1>Share preview: {t}</h1>\n<p class=\"lede\">How <a href=\"{href}\">{path}</a> looks when it is shared or posted, drawn from the \
         metadata the page emits. Addresses are shown as on {domain}. This preview updates when you save.",
        t = html_text(title),
        href = html_attr(input.path),
        path = html_text(input.path),
        domain = html_text(input.domain),
    );
    if let Some(e) = input.entry {
        let _ = write!(o, " Source: <code>{}</code>.", html_text(&e.file.display().to_string()));
    }
    o.push_str("</p>\n<nav aria-label=\"Sections of this preview\"><ul class=\"toc\">");
    o.push_str("<li><a href=\"#warnings\">Warnings</a></li><li><a href=\"#post\">Scheduler post</a></li>");
    for p in CARD_PLATFORMS {
        let _ = write!(o, "<li><a href=\"#{}\">{}</a></li>", slug(p), p.name());
    }
    o.push_str("</ul></nav>\n");
    warnings(&mut o, input.entry);
    post(&mut o, input.entry);
    for p in CARD_PLATFORMS {
        card(&mut o, &view(p, m, input.domain), m);
    }
    emitted(&mut o, m);
    o.push_str("</main>\n</body></html>\n");
    o
}

fn slug(p: Platform) -> &'static str {
    match p {
        Platform::X => "x",
        Platform::Bluesky => "bluesky",
        Platform::Mastodon => "mastodon",
        Platform::LinkedIn => "linkedin",
        Platform::Instagram => "instagram",
        Platform::Facebook => "facebook",
    }
}

fn warnings(o: &mut String, entry: Option<&ShareEntry>) {
    o.push_str("<section id=\"warnings\" aria-labelledby=\"warnings-h\"><h2 id=\"warnings-h\">Warnings</h2>\n");
    let findings = entry.map(|e| e.findings.as_slice()).unwrap_or_default();
    if findings.is_empty() {
        let what = if entry.is_some() {
            "No <code>social/*</code> findings for this page."
        } else {
            "A listing page: no post of its own to check."
        };
        let _ = writeln!(o, "<p class=\"ok\">{what}</p>");
    } else {
        o.push_str("<ul class=\"findings\">");
        for d in findings {
            let _ = write!(
                o,
                "<li data-rule=\"{rule}\"><span class=\"sev {sev}\">{sev}</span> <code>{rule}</code> {file}:{line}: {msg}",
                rule = html_attr(&d.rule),
                sev = if d.is_error() { "error" } else { "warning" },
                file = html_text(&d.file.display().to_string()),
                line = d.line,
                msg = html_text(&d.message),
            );
            if let Some(h) = &d.hint {
                let _ = write!(o, "<br><span class=\"hint\">Hint: {}</span>", html_text(h));
            }
            o.push_str("</li>");
        }
        o.push_str("</ul>\n");
    }
    o.push_str("</section>\n");
}

fn post(o: &mut String, entry: Option<&ShareEntry>) {
    o.push_str("<section id=\"post\" aria-labelledby=\"post-h\"><h2 id=\"post-h\">Scheduler post</h2>\n");
    let Some(e) = entry else {
        o.push_str("<p>Schedulers post pages from the feeds; a listing page is not one of them.</p></section>\n");
        return;
    };
    let p = &e.post;
    let how = match (p.on_social, p.in_feed, p.from_caption) {
        (false, _, _) => {
            "The page is left out of the <code>social</code> channel: feeds offer no caption for it, and schedulers post its description."
        }
        (true, true, true) => "The feeds offer this post; schedulers (Buffer, Hootsuite, dlvr.it, IFTTT, Zapier) send it as it stands.",
        (true, true, false) => "The page has no <code>social.caption</code>: the feeds offer its description as the post text.",
        (true, false, _) => "No feed lists this page, so no scheduler posts it by itself; this is the post if it is shared by hand.",
    };
    let _ = writeln!(o, "<p>{how}</p>");
    let _ = write!(o, "<div class=\"feed-item\" data-in-feed=\"{}\"><p class=\"caption\">", p.in_feed);
    for (k, word) in p.text.split(' ').enumerate() {
        if k > 0 {
            o.push(' ');
        }
        if word.starts_with('#') && word.len() > 1 {
            let _ = write!(o, "<span class=\"tag\">{}</span>", html_text(word));
        } else {
            o.push_str(&html_text(word));
        }
    }
    let _ = write!(o, "</p>\n<p class=\"link\">{}</p>", html_text(&p.link));
    if let Some(img) = &p.image {
        image(o, &img.url, img.width, img.height, &img.alt, "1.91 / 1");
    }
    o.push_str("</div>\n<table><caption>Length of the post on each platform</caption><thead><tr><th scope=\"col\">Platform</th>\
                <th scope=\"col\">Length</th><th scope=\"col\">Limit</th><th scope=\"col\">Counted as</th><th scope=\"col\">Fits</th></tr></thead><tbody>");
    for pf in Platform::LIMITED {
        let (used, limit) = p.measure(pf);
        let over = used > limit;
        let _ = write!(
            o,
            "<tr data-platform=\"{}\" data-over=\"{over}\"><th scope=\"row\">{}</th><td>{used}</td><td>{limit}</td><td>{}</td><td class=\"{}\">{}</td></tr>",
            slug(pf),
            pf.name(),
            pf.unit(),
            if over { "over" } else { "fits" },
            if over { "No: too long" } else { "Yes" },
        );
    }
    o.push_str("</tbody></table>\n</section>\n");
}

/// An image from the local site, cropped to `aspect` as the platform crops
/// it; a labelled box instead when the URL is not local (no third-party
/// request).
fn image(o: &mut String, url: &str, w: u32, h: u32, alt: &str, aspect: &str) {
    match local_src(url) {
        Some(src) => {
            let _ = write!(
                o,
                "<img class=\"crop\" src=\"{}\" alt=\"{}\" width=\"{w}\" height=\"{h}\" style=\"aspect-ratio: {aspect}\">",
                html_attr(&src),
                html_attr(alt)
            );
        }
        None => {
            let _ = write!(
                o,
                "<p class=\"noimg\" style=\"aspect-ratio: {aspect}\">Image not loaded (not on this site): {}</p>",
                html_text(url)
            );
        }
    }
}

fn card(o: &mut String, v: &CardView, m: &CardMeta) {
    let id = slug(v.platform);
    let size = if v.large { "large" } else { "small" };
    let _ = write!(
        o,
        "<section id=\"{id}\" class=\"platform\" data-platform=\"{id}\" data-card=\"{size}\" aria-labelledby=\"{id}-h\">\
         <h2 id=\"{id}-h\">{}</h2>\n<div class=\"card {id} {size}\">",
        v.platform.name()
    );
    let domain = format!("<p class=\"domain\">{}</p>", html_text(&v.domain));
    let title = format!("<p class=\"title\" data-cut=\"{}\">{}</p>", v.title_cut, html_text(&v.title));
    let desc = v.description.as_ref().map(|d| format!("<p class=\"desc\" data-cut=\"{}\">{}</p>", v.description_cut, html_text(d)));
    let desc = desc.as_deref().unwrap_or("");
    if let Some(img) = &m.image {
        o.push_str("<div class=\"media\">");
        image(o, &img.url, img.width, img.height, &img.alt, v.aspect);
        if v.platform == Platform::X && v.large {
            o.push_str(&title.replace("class=\"title\"", "class=\"title overlay\""));
        }
        o.push_str("</div>");
    }
    o.push_str("<div class=\"text\">");
    match v.platform {
        Platform::X if v.large => {}
        Platform::X => o.push_str(&format!("{domain}{title}{desc}")),
        Platform::LinkedIn => o.push_str(&format!("{title}{domain}")),
        Platform::Bluesky => o.push_str(&format!("{title}{desc}<hr>{domain}")),
        _ => o.push_str(&format!("{domain}{title}{desc}")),
    }
    if v.platform == Platform::Mastodon
        && let Some(c) = &m.fediverse_creator
    {
        let _ = write!(o, "<p class=\"domain\">More from {}</p>", html_text(c));
    }
    o.push_str("</div></div>");
    if v.platform == Platform::X && v.large {
        o.push_str(&domain.replace("class=\"domain\"", "class=\"domain below\""));
    }
    let mut notes = vec![format!("{} card, image cropped to {}", if v.large { "Large" } else { "Small" }, v.aspect.replace(" / ", ":"))];
    if v.title_cut {
        notes.push("title cut".into());
    }
    if v.description_cut {
        notes.push("description cut".into());
    }
    if v.description.is_none() {
        notes.push("no description shown".into());
    }
    let _ = writeln!(o, "<p class=\"note\">{}.</p></section>", notes.join("; "));
}

fn emitted(o: &mut String, m: &CardMeta) {
    o.push_str("<section id=\"tags\" aria-labelledby=\"tags-h\"><h2 id=\"tags-h\">What the page tells the platforms</h2><dl>");
    let mut row = |k: &str, v: &str| {
        let _ = write!(o, "<dt><code>{k}</code></dt><dd>{}</dd>", if v.is_empty() { "(none)".to_string() } else { html_text(v) });
    };
    row("og:title", &m.title);
    row("og:description", &m.description);
    row("og:site_name", &m.site_name);
    row("twitter:card", &m.twitter_card);
    if let Some(i) = &m.image {
        row("og:image", &i.url);
        row("og:image:width × height", &format!("{} × {}", i.width, i.height));
        row("og:image:alt", &i.alt);
    }
    o.push_str("</dl></section>\n");
}

/// The page's style: system fonts only, colours at AA contrast or better.
const CSS: &str = "body{margin:0;font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;background:#f4f5f7;color:#1c1e21}\
main{max-width:46rem;margin:0 auto;padding:1.5rem 1rem 3rem}h1{font-size:1.6rem;line-height:1.25}h2{font-size:1.25rem;margin-top:2.2rem}\
a{color:#0b5cad}code{font-size:.9em}.toc{display:flex;flex-wrap:wrap;gap:.4rem 1rem;padding:0;list-style:none}\
.findings{padding-left:1.2rem}.findings li{margin:.5rem 0}.sev{font-weight:700;text-transform:uppercase;font-size:.8em}.sev.error{color:#a4161a}\
.sev.warning{color:#7a4b00}.hint{color:#404650}.ok{color:#1d6b35}\
.feed-item{background:#fff;border:1px solid #c9ccd1;border-radius:8px;padding:1rem;max-width:32rem}.caption{margin-top:0;white-space:pre-wrap}\
.tag{color:#0b5cad;font-weight:600}.link{color:#0b5cad;word-break:break-all}\
table{border-collapse:collapse;margin-top:1rem}caption{text-align:left;font-weight:600;padding-bottom:.3rem}th,td{border:1px solid #c9ccd1;padding:.3rem .6rem;text-align:left}\
td.over{color:#a4161a;font-weight:700}td.fits{color:#1d6b35}\
img.crop{display:block;width:100%;height:auto;object-fit:cover;background:#d8dadf}.noimg{display:grid;place-items:center;background:#d8dadf;margin:0;padding:.5rem;font-size:.85rem}\
.card{border:1px solid #c9ccd1;overflow:hidden;max-width:32rem;background:#fff}.card p{margin:0}.card .text{padding:.6rem .8rem}\
.card.small{display:flex;align-items:stretch}.card.small .media{flex:0 0 8rem}.card.small .text{flex:1;min-width:0}\
.title{font-weight:700}.domain,.desc{color:#53595f;font-size:.9rem}.note{font-size:.85rem;color:#53595f}\
.card.facebook{background:#f0f2f5;border-radius:0}.card.facebook .domain{font-size:.8rem;color:#50535a;letter-spacing:.02em}.card.facebook .title{color:#050505}\
.card.x{border-radius:16px;border-color:#cfd9de}.card.x .media{position:relative}.card.x .overlay{position:absolute;left:.7rem;bottom:.7rem;right:.7rem;\
background:rgba(0,0,0,.77);color:#fff;border-radius:4px;padding:0 .35rem;font-weight:400;width:max-content;max-width:calc(100% - 1.4rem);white-space:nowrap;overflow:hidden;text-overflow:ellipsis}\
.card.x.large .text{display:none}.domain.below{color:#536471;font-size:.85rem;margin:.25rem 0 0}.card.x .domain,.card.x .desc{color:#536471}\
.card.linkedin{border-radius:0;background:#eef3f8}.card.linkedin .title{color:#1d2226;font-weight:600}.card.linkedin .domain{color:#56687a}\
.card.mastodon{background:#282c37;border-color:#393f4f;border-radius:8px}.card.mastodon .title{color:#fff}.card.mastodon .domain,.card.mastodon .desc{color:#c3cfe0}\
.card.bluesky{border-radius:12px;border-color:#d4dbe2}.card.bluesky .title{color:#0b0f14}.card.bluesky .desc,.card.bluesky .domain{color:#42576c}\
.card.bluesky hr{border:0;border-top:1px solid #d4dbe2;margin:.5rem 0 .4rem}\
dl{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem}dd{margin:0;word-break:break-word}";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_local_images_load() {
        assert_eq!(local_src("http://127.0.0.1:1111/cards/a.png").as_deref(), Some("/cards/a.png"));
        assert_eq!(local_src("http://localhost:8080/x.jpg").as_deref(), Some("/x.jpg"));
        assert_eq!(local_src("http://[::1]:8080/x.jpg").as_deref(), Some("/x.jpg"));
        assert_eq!(local_src("/images/a.jpg").as_deref(), Some("/images/a.jpg"));
        assert_eq!(local_src("https://cdn.example/a.jpg"), None);
        assert_eq!(local_src("//cdn.example/a.jpg"), None);
    }
}
