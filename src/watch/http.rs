//! Request handling: path checks, index/redirect mapping, content types,
//! script injection, the SSE endpoint.

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use futures_util::StreamExt;
use tokio::sync::broadcast::error::RecvError;

use super::client::{EVENTS_PATH, RELOAD_JS, SCRIPT_PATH, STATUS_PATH, inject};
use super::state::{ReloadEvent, WatchState, json_str, overlay_json};

pub(crate) struct Ctx {
    pub state: Arc<WatchState>,
    /// Bound to a loopback address: refuse other `Host` names (DNS rebinding).
    pub loopback_only: bool,
    /// The decoded path the site is served under ("/site"), or "" for the
    /// root (see [`super::WatchOptions::base_path`]). The server's own
    /// routes (`/__carepress/…`) stay at the root.
    pub base: String,
}

pub(crate) fn router(ctx: Ctx) -> Router {
    Router::new().fallback(handle).with_state(Arc::new(ctx))
}

async fn handle(State(ctx): State<Arc<Ctx>>, req: Request) -> Response {
    let mut resp = respond(&ctx, &req);
    let h = resp.headers_mut();
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    resp
}

fn respond(ctx: &Ctx, req: &Request) -> Response {
    if req.method() != Method::GET && req.method() != Method::HEAD {
        let mut r = text(StatusCode::METHOD_NOT_ALLOWED, "only GET and HEAD are allowed\n");
        r.headers_mut().insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return r;
    }
    if ctx.loopback_only && !host_allowed(req.headers().get(header::HOST)) {
        return text(StatusCode::FORBIDDEN, "carepress watch: this server answers only to localhost, 127.0.0.1 and [::1]\n");
    }
    let raw = req.uri().path();
    let Some(path) = clean_path(raw) else {
        return text(StatusCode::BAD_REQUEST, "bad request: path outside the site\n");
    };
    let state = &ctx.state;
    match path.as_str() {
        SCRIPT_PATH => {
            return file_response(StatusCode::OK, "/reload.js", Bytes::from_static(RELOAD_JS.as_bytes()), ctx, None);
        }
        EVENTS_PATH => return events(state.clone(), ctx.base.clone()),
        STATUS_PATH => return status(state),
        _ => {}
    }
    if let Some(rest) = path.strip_prefix(super::share::PREFIX)
        && (rest.is_empty() || rest.starts_with('/'))
    {
        return match super::share::page(state, rest, &ctx.base) {
            // Its links already carry the base path: served as it is.
            Some(html) => file_response(StatusCode::OK, "/index.html", Bytes::from(html), &Ctx::root(ctx), None),
            None => text(StatusCode::NOT_FOUND, "carepress share preview: no HTML page at that path\n"),
        };
    }
    let files = state.files();
    let path = match under_base(&path, &ctx.base) {
        Under::Site(p) => p,
        Under::BaseItself => return redirect(StatusCode::MOVED_PERMANENTLY, format!("{raw}/"), req),
        Under::Outside if path == "/" || path == "/index.html" => {
            // 302, not 301: browsers keep a 301, and the base path may change.
            return redirect(StatusCode::FOUND, format!("{}/", ctx.base), req);
        }
        Under::Outside => return outside_base(ctx, &path, &files),
    };
    let key = if path.ends_with('/') { format!("{path}index.html") } else { path.clone() };
    if let Some(body) = files.get(&key) {
        // Every page served links to its share preview (SPEC §11).
        let share = key.strip_suffix("index.html").or_else(|| key.ends_with(".html").then_some(key.as_str()));
        return file_response(StatusCode::OK, &key, body.clone(), ctx, share);
    }
    if !path.ends_with('/') && files.contains_key(&format!("{path}/index.html")) {
        return redirect(StatusCode::MOVED_PERMANENTLY, format!("{raw}/"), req);
    }
    if let Some(body) = files.get("/404.html") {
        return file_response(StatusCode::NOT_FOUND, "/404.html", body.clone(), ctx, None);
    }
    let msg = if files.is_empty() { "The site is being built…" } else { "Not found" };
    let page = format!("<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>{msg}</title><body><h1>{msg}</h1></body></html>");
    file_response(StatusCode::NOT_FOUND, "/404.html", Bytes::from(page), ctx, None)
}

/// Where a request path is with respect to the base path.
enum Under {
    /// Inside it: the path within the site ("/tips/flu/").
    Site(String),
    /// The base path without its trailing slash ("/site").
    BaseItself,
    /// Outside it.
    Outside,
}

fn under_base(path: &str, base: &str) -> Under {
    if base.is_empty() {
        return Under::Site(path.to_string());
    }
    match path.strip_prefix(base) {
        Some("") => Under::BaseItself,
        Some(rest) if rest.starts_with('/') => Under::Site(rest.to_string()),
        _ => Under::Outside,
    }
}

/// A redirect to `location`, the request's query kept.
fn redirect(status: StatusCode, mut location: String, req: &Request) -> Response {
    if let Some(q) = req.uri().query() {
        location.push('?');
        location.push_str(q);
    }
    let mut r = text(status, "moved\n");
    if let Ok(v) = HeaderValue::from_str(&location) {
        r.headers_mut().insert(header::LOCATION, v);
    }
    r
}

/// A path outside the base path: not found, as on the host, with a link
/// to the site and, when the path is one of the site's pages, to where
/// that page really is (a root-relative link written by hand that the
/// published site would break too).
fn outside_base(ctx: &Ctx, path: &str, files: &std::collections::HashMap<String, Bytes>) -> Response {
    use crate::escape::{html_attr, html_text};
    let base = &ctx.base;
    let key = if path.ends_with('/') { format!("{path}index.html") } else { path.to_string() };
    let moved = files.contains_key(&key) || files.contains_key(&format!("{path}/index.html"));
    let mut page = format!(
        "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Not found</title><body><main><h1>Not found</h1>\
         <p><code>carepress watch</code> serves the site under <a href=\"{home}/\">{home_text}/</a>, the path of <code>base_url</code> in site.toml, \
         as the published site will be.</p>",
        home = html_attr(base),
        home_text = html_text(base),
    );
    if moved {
        page.push_str(&format!(
            "<p>The page you asked for is at <a href=\"{0}{1}\">{2}{3}</a>. A link written as <code>{3}</code> \
             (with a leading slash) in a template or raw HTML would break on the published site too; \
             links in Markdown and the theme get the path added by themselves.</p>",
            html_attr(base),
            html_attr(path),
            html_text(base),
            html_text(path),
        ));
    }
    page.push_str("</main></body></html>");
    file_response(StatusCode::NOT_FOUND, "/404.html", Bytes::from(page), &Ctx::root(ctx), None)
}

impl Ctx {
    /// The same server state with no base path: for pages whose links
    /// already carry it.
    fn root(ctx: &Ctx) -> Ctx {
        Ctx { state: ctx.state.clone(), loopback_only: ctx.loopback_only, base: String::new() }
    }
}

/// `share`: the URL path of the page whose share preview an HTML
/// response links to. HTML gets the base path in front of its
/// site-relative URLs, as `build` writes it, then the reload client.
fn file_response(status: StatusCode, path: &str, body: Bytes, ctx: &Ctx, share: Option<&str>) -> Response {
    let ct = content_type(path);
    let body = if ct.starts_with("text/html") {
        let prefixed;
        let html: &[u8] = match std::str::from_utf8(&body) {
            Ok(s) if !ctx.base.is_empty() => {
                prefixed = crate::render::base_path::apply(s, &ctx.base);
                prefixed.as_bytes()
            }
            _ => &body,
        };
        Bytes::from(inject(html, &ctx.state.tag(), share))
    } else {
        body
    };
    let mut r = Response::new(Body::from(body));
    *r.status_mut() = status;
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(ct));
    r
}

fn text(status: StatusCode, msg: &'static str) -> Response {
    let mut r = Response::new(Body::from(msg));
    *r.status_mut() = status;
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"));
    r
}

/// Decodes the request path and refuses anything that could name a file
/// outside the site: `.`/`..` segments (raw or percent-encoded), encoded
/// slashes, backslashes, NUL and other control bytes, invalid UTF-8.
pub(crate) fn clean_path(raw: &str) -> Option<String> {
    if !raw.starts_with('/') || raw.contains('\\') {
        return None;
    }
    let lower = raw.to_ascii_lowercase();
    if lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00") {
        return None;
    }
    let decoded = percent_encoding::percent_decode_str(raw).decode_utf8().ok()?;
    if decoded.chars().any(|c| c.is_control() || c == '\\') {
        return None;
    }
    if decoded.split('/').any(|seg| seg == ".." || seg == ".") {
        return None;
    }
    Some(decoded.into_owned())
}

/// `Host` names a loopback-bound `watch` server answers to. A missing header
/// (HTTP/1.0) is allowed.
fn host_allowed(host: Option<&HeaderValue>) -> bool {
    let Some(host) = host.and_then(|h| h.to_str().ok()) else {
        return host.is_none();
    };
    let host = host.to_ascii_lowercase();
    let name = if let Some(rest) = host.strip_prefix('[') {
        rest.split(']').next().unwrap_or("")
    } else {
        host.rsplit_once(':').map_or(host.as_str(), |(h, _)| h)
    };
    name == "localhost" || name.ends_with(".localhost") || name.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// Content-Type by file name.
pub fn content_type(path: &str) -> &'static str {
    let name = path.rsplit('/').next().unwrap_or(path).to_ascii_lowercase();
    match name.as_str() {
        "rss.xml" => return "application/rss+xml; charset=utf-8",
        "atom.xml" => return "application/atom+xml; charset=utf-8",
        "feed.json" => return "application/feed+json; charset=utf-8",
        _ => {}
    }
    let ext = name.rsplit_once('.').map_or("", |(_, e)| e);
    match ext {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "xml" | "xsl" => "application/xml; charset=utf-8",
        "json" | "map" => "application/json",
        "webmanifest" => "application/manifest+json",
        "txt" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "gif" => "image/gif",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        "ttf" => "font/ttf",
        "otf" => "font/otf",
        "pdf" => "application/pdf",
        "mp4" => "video/mp4",
        "webm" => "video/webm",
        "mp3" => "audio/mpeg",
        "vtt" => "text/vtt; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn status(state: &WatchState) -> Response {
    let mut json = String::from("{\"tag\":");
    json_str(&mut json, &state.tag());
    json.push_str(",\"error\":");
    match state.error() {
        Some(o) => json.push_str(&overlay_json(&o)),
        None => json.push_str("null"),
    }
    json.push('}');
    let mut r = Response::new(Body::from(json));
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    r
}

/// `base`: the base path, put in front of a stylesheet's path so the
/// client finds its `<link>`.
fn sse_event(ev: &ReloadEvent, base: &str) -> Event {
    match ev {
        ReloadEvent::Full => Event::default().event("reload").data("full"),
        ReloadEvent::Css { path } => Event::default().event("css").data(format!("{base}{path}")),
        ReloadEvent::Error(o) => Event::default().event("error").data(overlay_json(o)),
        ReloadEvent::Cleared => Event::default().event("cleared").data("cleared"),
    }
}

/// Server-Sent Events: `hello` with the current tag, the current error if
/// any, then every `ReloadEvent` as it is published.
fn events(state: Arc<WatchState>, base: String) -> Response {
    let rx = state.subscribe();
    let mut first = vec![Event::default().event("hello").retry(Duration::from_secs(1)).data(state.tag())];
    if let Some(o) = state.error() {
        first.push(sse_event(&ReloadEvent::Error((*o).clone()), &base));
    }
    let live = futures_util::stream::unfold((rx, base), |(mut rx, base)| async move {
        let ev = match rx.recv().await {
            Ok(ev) => sse_event(&ev, &base),
            // Missed events: the page is stale, reload it.
            Err(RecvError::Lagged(_)) => Event::default().event("reload").data("lagged"),
            Err(RecvError::Closed) => return None,
        };
        Some((ev, (rx, base)))
    });
    let stream = futures_util::stream::iter(first).chain(live).map(Ok::<_, Infallible>);
    Sse::new(stream).keep_alive(KeepAlive::default()).into_response()
}
