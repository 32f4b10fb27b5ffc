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
use super::state::{PreviewState, ReloadEvent, json_str, overlay_json};

pub(crate) struct Ctx {
    pub state: Arc<PreviewState>,
    /// Bound to a loopback address: refuse other `Host` names (DNS rebinding).
    pub loopback_only: bool,
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
        return text(StatusCode::FORBIDDEN, "carepress preview: this server answers only to localhost, 127.0.0.1 and [::1]\n");
    }
    let raw = req.uri().path();
    let Some(path) = clean_path(raw) else {
        return text(StatusCode::BAD_REQUEST, "bad request: path outside the site\n");
    };
    let state = &ctx.state;
    match path.as_str() {
        SCRIPT_PATH => {
            return file_response(StatusCode::OK, "/reload.js", Bytes::from_static(RELOAD_JS.as_bytes()), state, None);
        }
        EVENTS_PATH => return events(state.clone()),
        STATUS_PATH => return status(state),
        _ => {}
    }
    if let Some(rest) = path.strip_prefix(crate::social::preview::PREFIX)
        && (rest.is_empty() || rest.starts_with('/'))
    {
        return match super::share::page(state, rest) {
            Some(html) => file_response(StatusCode::OK, "/index.html", Bytes::from(html), state, None),
            None => text(StatusCode::NOT_FOUND, "carepress share preview: no HTML page at that path\n"),
        };
    }
    let files = state.files();
    let key = if path.ends_with('/') { format!("{path}index.html") } else { path.clone() };
    if let Some(body) = files.get(&key) {
        // Every page served links to its share preview (SPEC §11).
        let share = key.strip_suffix("index.html").or_else(|| key.ends_with(".html").then_some(key.as_str()));
        return file_response(StatusCode::OK, &key, body.clone(), state, share);
    }
    if !path.ends_with('/') && files.contains_key(&format!("{path}/index.html")) {
        let mut location = format!("{raw}/");
        if let Some(q) = req.uri().query() {
            location.push('?');
            location.push_str(q);
        }
        let mut r = text(StatusCode::MOVED_PERMANENTLY, "moved\n");
        if let Ok(v) = HeaderValue::from_str(&location) {
            r.headers_mut().insert(header::LOCATION, v);
        }
        return r;
    }
    if let Some(body) = files.get("/404.html") {
        return file_response(StatusCode::NOT_FOUND, "/404.html", body.clone(), state, None);
    }
    let msg = if files.is_empty() { "The site is being built…" } else { "Not found" };
    let page = format!("<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>{msg}</title><body><h1>{msg}</h1></body></html>");
    file_response(StatusCode::NOT_FOUND, "/404.html", Bytes::from(page), state, None)
}

/// `share`: the URL path of the page whose share preview an HTML
/// response links to.
fn file_response(status: StatusCode, path: &str, body: Bytes, state: &PreviewState, share: Option<&str>) -> Response {
    let ct = content_type(path);
    let body = if ct.starts_with("text/html") { Bytes::from(inject(&body, &state.tag(), share)) } else { body };
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

/// `Host` names a loopback-bound preview answers to. A missing header
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

fn status(state: &PreviewState) -> Response {
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

fn sse_event(ev: &ReloadEvent) -> Event {
    match ev {
        ReloadEvent::Full => Event::default().event("reload").data("full"),
        ReloadEvent::Css { path } => Event::default().event("css").data(path),
        ReloadEvent::Error(o) => Event::default().event("error").data(overlay_json(o)),
        ReloadEvent::Cleared => Event::default().event("cleared").data("cleared"),
    }
}

/// Server-Sent Events: `hello` with the current tag, the current error if
/// any, then every `ReloadEvent` as it is published.
fn events(state: Arc<PreviewState>) -> Response {
    let rx = state.subscribe();
    let mut first = vec![Event::default().event("hello").retry(Duration::from_secs(1)).data(state.tag())];
    if let Some(o) = state.error() {
        first.push(sse_event(&ReloadEvent::Error((*o).clone())));
    }
    let live = futures_util::stream::unfold(rx, |mut rx| async move {
        let ev = match rx.recv().await {
            Ok(ev) => sse_event(&ev),
            // Missed events: the page is stale, reload it.
            Err(RecvError::Lagged(_)) => Event::default().event("reload").data("lagged"),
            Err(RecvError::Closed) => return None,
        };
        Some((ev, rx))
    });
    let stream = futures_util::stream::iter(first).chain(live).map(Ok::<_, Infallible>);
    Sse::new(stream).keep_alive(KeepAlive::default()).into_response()
}
