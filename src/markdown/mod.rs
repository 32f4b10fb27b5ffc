//! Markdown to HTML: CommonMark plus tables, footnotes, strikethrough and
//! task lists; heading ids; `@/section/page.md` internal links; images with
//! their real size; syntect code blocks. A pure function of its inputs.

pub mod comments;
pub mod highlight;

use crate::error::{Diagnostic, line_col};
use pulldown_cmark::{CodeBlockKind, CowStr, Event, HeadingLevel, LinkType, OffsetIter, Options, Parser, Tag, TagEnd};
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// What a Markdown body needs from the rest of the site.
pub struct Env<'a> {
    /// Content-relative source path ("tips/flu.md") -> root-relative URL ("/tips/flu/").
    pub pages: &'a HashMap<String, String>,
    /// What the site knows of a local image by its root-relative URL.
    pub image_size: &'a (dyn Fn(&str) -> ImageLookup + Sync),
    /// Root-relative URL of the page being rendered, for relative links.
    pub page_path: &'a str,
    /// Highlighted code blocks shared across the pages of one build.
    pub code: Option<&'a highlight::CodeCache>,
    /// Widths of the WebP variants of a local image (see
    /// [`crate::graphics::variants`]), offered before the original.
    pub variants: Option<&'a VariantWidths<'a>>,
}

/// Widths of the WebP variants of a local image by its root-relative URL.
pub type VariantWidths<'a> = dyn Fn(&str) -> Vec<u32> + Sync + 'a;

/// `sizes` of an image in the body: the text column (72ch, about 42rem)
/// or the viewport less the page margins.
pub const PROSE_SIZES: &str = "(min-width: 45rem) 42rem, calc(100vw - 2rem)";

/// A local image as the site knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImageLookup {
    /// No such file.
    Missing,
    /// The file exists but cannot be published as an image: why.
    Broken(String),
    /// The file exists; its pixel size when it is a measurable image.
    Found(Option<(u32, u32)>),
}

/// The HTML of a body and the facts other stages need from it.
#[derive(Debug, Clone, Default)]
pub struct Rendered {
    pub html: String,
    /// The first paragraph as plain text.
    pub first_paragraph: String,
    pub word_count: usize,
    /// (level, id, text) of each heading.
    pub headings: Vec<(u8, String, String)>,
}

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_SMART_PUNCTUATION
}

/// Renders `body` (whose first line is file line `body_line` of `file`).
/// Broken internal links and missing images are returned as diagnostics
/// together with the HTML, so a build can report them all.
pub fn render(body: &str, body_line: usize, file: &Path, env: &Env) -> (Rendered, Vec<Diagnostic>) {
    let mut pass = Pass {
        body,
        body_line,
        file,
        env,
        out: Vec::new(),
        problems: Vec::new(),
        used_ids: UsedIds::default(),
        r: Rendered::default(),
        first_para: None,
        in_first_para: false,
        in_comment: false,
    };
    let mut events = Parser::new_ext(body, options()).into_offset_iter();
    while let Some((ev, range)) = events.next() {
        match ev {
            Event::Start(Tag::Heading { level, id, classes, attrs }) => pass.heading(level, id, classes, attrs, &mut events),
            Event::Start(Tag::CodeBlock(kind)) => pass.code_block(&kind, &mut events),
            Event::Start(Tag::Link { link_type, dest_url, title, id }) => pass.link(link_type, dest_url, title, id, range.start),
            Event::Start(Tag::Image { dest_url, title, .. }) => pass.image(&dest_url, &title, range.start, &mut events),
            Event::Start(Tag::Paragraph) if pass.first_para.is_none() && !pass.in_first_para => {
                pass.in_first_para = true;
                pass.first_para = Some(String::new());
                pass.out.push(Event::Start(Tag::Paragraph));
            }
            Event::End(TagEnd::Paragraph) if pass.in_first_para => {
                pass.in_first_para = false;
                pass.out.push(Event::End(TagEnd::Paragraph));
            }
            Event::Text(t) => {
                pass.r.word_count += word_count(&t);
                pass.first_para_push(&t);
                pass.out.push(Event::Text(t));
            }
            Event::Code(t) => {
                pass.first_para_push(&t);
                pass.out.push(Event::Code(t));
            }
            Event::Html(t) => {
                let kept = pass.uncommented(t);
                pass.out.push(Event::Html(kept));
            }
            Event::InlineHtml(t) => {
                let kept = pass.uncommented(t);
                pass.out.push(Event::InlineHtml(kept));
            }
            Event::SoftBreak | Event::HardBreak if pass.in_first_para => {
                if let Some(p) = pass.first_para.as_mut() {
                    p.push(' ');
                }
                pass.out.push(ev);
            }
            other => pass.out.push(other),
        }
    }
    let Pass { out, problems, mut r, first_para, .. } = pass;
    let mut html = String::with_capacity(body.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, out.into_iter());
    r.html = html;
    r.first_paragraph = first_para.unwrap_or_default().split_whitespace().collect::<Vec<_>>().join(" ");
    (r, problems)
}

/// `t.split_whitespace().count()`, a byte at a time for ASCII text (the
/// usual text event), where the whitespace characters are tab to carriage
/// return and space.
fn word_count(t: &str) -> usize {
    let mut words = 0;
    let mut in_word = false;
    for &b in t.as_bytes() {
        if b >= 0x80 {
            return t.split_whitespace().count();
        }
        let space = matches!(b, b'\t'..=b'\r' | b' ');
        words += usize::from(!space && !in_word);
        in_word = !space;
    }
    words
}

/// One pass of [`render`] over a body: the events to write, the facts other
/// stages need, and the problems found so far. The event adapters (heading
/// ids, code blocks, internal links, images) are its methods.
struct Pass<'a, 'e> {
    body: &'a str,
    /// The file line of the body's first line.
    body_line: usize,
    file: &'e Path,
    env: &'e Env<'e>,
    out: Vec<Event<'a>>,
    problems: Vec<Diagnostic>,
    used_ids: UsedIds,
    r: Rendered,
    /// The text of the first paragraph, once it has started.
    first_para: Option<String>,
    in_first_para: bool,
    /// Inside an HTML comment begun in an earlier raw-HTML event (see
    /// [`comments`]): comments are not published.
    in_comment: bool,
}

impl<'a> Pass<'a, '_> {
    /// Raw HTML without its comments (see [`comments`]).
    fn uncommented(&mut self, t: CowStr<'a>) -> CowStr<'a> {
        let kept = match comments::strip_html_comments(&t, &mut self.in_comment) {
            std::borrow::Cow::Borrowed(_) => None,
            std::borrow::Cow::Owned(s) => Some(s),
        };
        kept.map_or(t, CowStr::from)
    }

    /// File line and column of a byte offset into the body.
    fn at(&self, offset: usize) -> (usize, usize) {
        let (l, c) = line_col(self.body, offset);
        (l + self.body_line - 1, c)
    }

    /// Adds text to the first paragraph while it is being read.
    fn first_para_push(&mut self, t: &str) {
        if self.in_first_para
            && let Some(p) = self.first_para.as_mut()
        {
            p.push_str(t);
        }
    }

    /// A heading with a unique id (its own `{#id}` or its text's slug),
    /// recorded for the table of contents.
    fn heading(
        &mut self,
        level: HeadingLevel,
        id: Option<CowStr<'a>>,
        classes: Vec<CowStr<'a>>,
        attrs: Vec<(CowStr<'a>, Option<CowStr<'a>>)>,
        events: &mut OffsetIter<'a>,
    ) {
        let mut inner = Vec::new();
        let mut text = String::new();
        for (e, range) in events.by_ref() {
            if matches!(e, Event::End(TagEnd::Heading(_))) {
                break;
            }
            if let Event::Text(t) | Event::Code(t) = &e {
                text.push_str(t);
            }
            inner.push(match e {
                Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
                    self.resolved_link(link_type, dest_url, title, id, range.start)
                }
                e => e,
            });
        }
        let id = unique_id(id.map(|s| s.to_string()).unwrap_or_else(|| crate::content::slugify(&text)), &mut self.used_ids);
        self.r.headings.push((level as u8, id.clone(), text));
        self.out.push(Event::Start(Tag::Heading { level, id: Some(CowStr::from(id)), classes, attrs }));
        self.out.extend(inner);
        self.out.push(Event::End(TagEnd::Heading(level)));
    }

    /// A code block, highlighted (through the build's cache when it has one).
    fn code_block(&mut self, kind: &CodeBlockKind, events: &mut OffsetIter<'a>) {
        let lang = match kind {
            CodeBlockKind::Fenced(l) => l.to_string(),
            CodeBlockKind::Indented => String::new(),
        };
        let mut code = String::new();
        for (e, _) in events.by_ref() {
            match e {
                Event::End(TagEnd::CodeBlock) => break,
                Event::Text(t) => code.push_str(&t),
                _ => {}
            }
        }
        let html = match self.env.code {
            Some(cache) => cache.get(&code, &lang),
            None => highlight::highlight(&code, &lang),
        };
        self.out.push(Event::Html(html.into()));
    }

    /// A link with its `@/` or relative target resolved; a target that
    /// does not resolve is kept as written and reported.
    fn link(&mut self, link_type: LinkType, dest_url: CowStr<'a>, title: CowStr<'a>, id: CowStr<'a>, offset: usize) {
        let link = self.resolved_link(link_type, dest_url, title, id, offset);
        self.out.push(link);
    }

    /// The start of a link (in running text or in a heading) with its target resolved.
    fn resolved_link(&mut self, link_type: LinkType, dest_url: CowStr<'a>, title: CowStr<'a>, id: CowStr<'a>, offset: usize) -> Event<'a> {
        let dest = match resolve_link(&dest_url, self.env) {
            Ok(d) => d,
            Err(msg) => {
                let (l, c) = self.at(offset);
                self.problems.push(Diagnostic::error("build/internal-link", self.file, l, c, msg).with_hint(
                    "internal links name the target's file: [text](@/tips/flu-shots.md); check the path and that the page is not a draft",
                ));
                dest_url.to_string()
            }
        };
        Event::Start(Tag::Link { link_type, dest_url: dest.into(), title, id })
    }

    /// An image as an `<img>` tag with its size and WebP variants; a local
    /// image that is missing or broken is reported.
    fn image(&mut self, dest_url: &str, title: &str, offset: usize, events: &mut OffsetIter<'a>) {
        let mut alt = String::new();
        for (e, _) in events.by_ref() {
            match e {
                Event::End(TagEnd::Image) => break,
                Event::Text(t) | Event::Code(t) => alt.push_str(&t),
                _ => {}
            }
        }
        let src = resolve_relative(dest_url, self.env.page_path);
        let size = if is_local(&src) { self.local_image_size(&src, dest_url, offset) } else { None };
        let widths = match (self.env.variants, size) {
            (Some(v), Some(_)) => v(&src),
            _ => Vec::new(),
        };
        self.out.push(Event::Html(img_tag(&src, &alt, title, size, &widths).into()));
    }

    /// The pixel size of the local image `src` (written `dest_url`), when
    /// the site knows it; a missing or unpublishable file is reported.
    fn local_image_size(&mut self, src: &str, dest_url: &str, offset: usize) -> Option<(u32, u32)> {
        let (l, c) = self.at(offset);
        match (self.env.image_size)(src) {
            ImageLookup::Found(size) => size,
            ImageLookup::Missing => {
                self.problems.push(
                    Diagnostic::error("build/missing-image", self.file, l, c, format!("image `{dest_url}` does not exist"))
                        .with_hint("put the file under static/ (linked as /images/x.jpg) or beside a bundle's index.md"),
                );
                None
            }
            ImageLookup::Broken(why) => {
                self.problems.push(
                    Diagnostic::error("build/image", self.file, l, c, format!("image `{dest_url}` cannot be published: {why}"))
                        .with_hint("replace the file with a working image, or remove the image from the page"),
                );
                None
            }
        }
    }
}

/// Ids handed out on one page, and for each base the next suffix to try.
#[derive(Default)]
struct UsedIds {
    ids: HashSet<String>,
    next: HashMap<String, usize>,
}

/// `base`, or `base-N` with the smallest N not yet used. Remembering the
/// next N per base keeps a page with thousands of identical headings linear
/// (trying 1, 2, 3… again for each one was quadratic).
fn unique_id(base: String, used: &mut UsedIds) -> String {
    let base = if base.is_empty() { "section".to_string() } else { base };
    if used.ids.insert(base.clone()) {
        return base;
    }
    let n = used.next.entry(base.clone()).or_insert(1);
    loop {
        let id = format!("{base}-{n}");
        *n += 1;
        if used.ids.insert(id.clone()) {
            return id;
        }
    }
}

fn is_local(url: &str) -> bool {
    url.starts_with('/') && !url.starts_with("//")
}

fn has_scheme(url: &str) -> bool {
    url.split_once(':').is_some_and(|(s, _)| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c)))
}

/// Makes a relative URL root-relative against the page's own path; leaves
/// absolute, root-relative, fragment-only and scheme URLs alone.
pub fn resolve_relative(url: &str, page_path: &str) -> String {
    if url.is_empty() || url.starts_with('/') || url.starts_with('#') || url.starts_with('?') || has_scheme(url) {
        return url.to_string();
    }
    let mut parts: Vec<&str> = page_path.trim_matches('/').split('/').filter(|s| !s.is_empty()).collect();
    for seg in url.split('/') {
        match seg {
            "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    format!("/{}", parts.join("/"))
}

fn resolve_link(url: &str, env: &Env) -> Result<String, String> {
    let Some(target) = url.strip_prefix("@/") else {
        return Ok(resolve_relative(url, env.page_path));
    };
    let (file, anchor) = match target.split_once('#') {
        Some((f, a)) => (f, Some(a)),
        None => (target, None),
    };
    let path =
        env.pages.get(file).ok_or_else(|| format!("internal link `{url}` points to a page that does not exist or is not published"))?;
    Ok(match anchor {
        Some(a) => format!("{path}#{a}"),
        None => path.clone(),
    })
}

fn img_tag(src: &str, alt: &str, title: &str, size: Option<(u32, u32)>, webp: &[u32]) -> String {
    use crate::escape::html_attr;
    let mut s = String::new();
    if !webp.is_empty() {
        s.push_str(&format!(
            "<picture><source type=\"image/webp\" srcset=\"{}\" sizes=\"{PROSE_SIZES}\">",
            html_attr(&crate::graphics::variants::srcset(src, webp))
        ));
    }
    s.push_str(&format!("<img src=\"{}\" alt=\"{}\"", html_attr(src), html_attr(alt)));
    if !title.is_empty() {
        s.push_str(&format!(" title=\"{}\"", html_attr(title)));
    }
    if let Some((w, h)) = size {
        s.push_str(&format!(" width=\"{w}\" height=\"{h}\""));
    }
    s.push_str(" loading=\"lazy\" decoding=\"async\">");
    if !webp.is_empty() {
        s.push_str("</picture>");
    }
    s
}

/// Plain text cut at a word boundary to at most `max` characters, with an
/// ellipsis when cut.
pub fn truncate_words(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut out = String::new();
    for word in text.split_whitespace() {
        if out.chars().count() + word.chars().count() + 2 > max {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    let trimmed = out.trim_end_matches([',', ';', ':', '.', '-']);
    format!("{trimmed}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env_render(md: &str) -> (Rendered, Vec<Diagnostic>) {
        let mut pages = HashMap::new();
        pages.insert("tips/flu.md".to_string(), "/tips/flu/".to_string());
        let sizes = |u: &str| match u {
            "/images/a.png" => ImageLookup::Found(Some((640, 480))),
            "/images/broken.png" => ImageLookup::Broken("the file is empty (0 bytes)".into()),
            _ => ImageLookup::Missing,
        };
        let env = Env { pages: &pages, image_size: &sizes, page_path: "/tips/sleep/", code: None, variants: None };
        render(md, 5, Path::new("content/tips/sleep.md"), &env)
    }

    #[test]
    fn word_count_matches_split_whitespace() {
        for t in [
            "",
            " ",
            "one",
            " two  words ",
            "a\tb\nc\u{b}d\u{c}e\rf",
            "trailing ",
            "non\u{a0}breaking",
            "caf\u{e9} au lait",
            "x\u{2003}y z",
        ] {
            assert_eq!(word_count(t), t.split_whitespace().count(), "{t:?}");
        }
    }

    #[test]
    fn extensions_and_heading_ids() {
        let (r, d) = env_render(
            "Intro *text*.\n\n## Why it matters\n\n## Why it matters\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n\n~~old~~ and a note[^1].\n\n[^1]: The note.\n",
        );
        assert!(d.is_empty());
        assert!(r.html.contains("<h2 id=\"why-it-matters\">"));
        assert!(r.html.contains("<h2 id=\"why-it-matters-1\">"));
        assert!(r.html.contains("<table>"));
        assert!(r.html.contains("type=\"checkbox\""));
        assert!(r.html.contains("<del>old</del>"));
        assert!(r.html.contains("footnote"));
        assert_eq!(r.first_paragraph, "Intro text.");
    }

    #[test]
    fn repeated_headings_get_distinct_ids_even_around_natural_suffixes() {
        let (r, _) = env_render("## A\n\n## A 1\n\n## A\n\n## A\n");
        let ids: Vec<&str> = r.headings.iter().map(|h| h.1.as_str()).collect();
        assert_eq!(ids, ["a", "a-1", "a-2", "a-3"]);
    }

    #[test]
    fn internal_links_resolve_or_report_their_line() {
        let (r, d) = env_render("See [flu](@/tips/flu.md#dose).\n\nAnd [gone](@/tips/nope.md).\n");
        assert!(r.html.contains("href=\"/tips/flu/#dose\""));
        assert_eq!(d.len(), 1);
        assert_eq!((d[0].line, d[0].column), (7, 5));
        let (r, d) = env_render("## About [flu](@/tips/flu.md)\n\n### [Gone](@/tips/nope.md)\n");
        assert!(r.html.contains("<h2 id=\"about-flu\">About <a href=\"/tips/flu/\">"), "{}", r.html);
        assert_eq!(r.headings[0].2, "About flu");
        assert_eq!((d.len(), d[0].line, d[0].column), (1, 7, 5), "{d:?}");
    }

    #[test]
    fn html_comments_are_not_published_but_code_about_them_is() {
        let md = "Kept.\n\n<!--\n> Fixed my knee! (Jane Q., nurse)\n-->\n\nA <!-- note --> b. <div>x<!-- y --></div>\n\n`<!-- code -->`\n";
        let (r, _) = env_render(md);
        assert!(!r.html.contains("Jane") && !r.html.contains("note") && !r.html.contains("y -->"), "{}", r.html);
        assert!(r.html.contains("<p>Kept.</p>") && r.html.contains("<code>&lt;!-- code --&gt;</code>"), "{}", r.html);
    }

    #[test]
    fn images_get_sizes_and_missing_ones_are_reported() {
        let (r, d) = env_render("![A chart](/images/a.png)\n\n![Gone](missing.png)\n");
        assert!(r.html.contains("<img src=\"/images/a.png\" alt=\"A chart\" width=\"640\" height=\"480\""), "{}", r.html);
        assert_eq!(d.len(), 1);
        assert!(d[0].message.contains("missing.png"));
        assert!(r.html.contains("src=\"/tips/sleep/missing.png\""));
        let (r, d) = env_render("Intro\n\n![Empty](/images/broken.png)\n");
        assert_eq!((d.len(), d[0].rule.as_str(), d[0].line), (1, "build/image", 7), "{d:?}");
        assert!(d[0].message.contains("0 bytes") && !r.html.contains("width=\"0\""));
    }

    #[test]
    fn truncation_respects_words() {
        let t = truncate_words("one two three four", 12);
        assert_eq!(t, "one two…");
        assert!(t.chars().count() <= 12);
        assert_eq!(truncate_words("short", 160), "short");
    }
}
