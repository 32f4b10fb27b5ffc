//! The content block of the built-in `page.html`, written in Rust.
//!
//! Tera looks up every dotted name (`page.author.url`) by splitting it and
//! allocating a copy of each part, and the page's whole view (body, cards
//! of related tips) was first copied into a JSON value for it: together
//! about a fifth of a build. When the site renders a page with the built-in
//! `page.html`, `base.html` and `alerts.html` (checked by [`BuiltinPage`]),
//! this writes the same bytes the template would from the same
//! [`PageView`]: every `{{ }}` escaped as the template set's escape
//! function escapes it, each branch and each trimmed newline as the
//! template has them. `page.html` prints the result as `page_html`; a site
//! that overrides any of the three templates renders through Tera as
//! before. Likewise the built-in `section.html` and `tag.html` print only
//! each card's drawn `html2`, so they are given that alone instead of a
//! copy of every card ([`BuiltinPage::list_cards`]); and with the built-in
//! `card.html`, a card other than a team member's is written here too
//! ([`BuiltinPage::card_html`]; the cards were a tenth of a build through
//! Tera). The rest of such a page (`base.html`) is rendered once, with
//! markers for the values that change, and filled in ([`Skeleton`]). `tests/integration/build/page_body.rs` compares both ways on every page and
//! listing of the example site and the fixtures.

use super::views::{Card, ImageView, ListCard, PageView, PersonView};
use crate::escape::html_attr_into as esc;
use crate::view::PageKind;

/// Which of the built-in page templates a template set renders with
/// (`page.html`, `section.html`, `tag.html`, each with the built-in
/// `base.html` and `alerts.html` around it): their parsed trees equal the
/// built-in ones, whichever folder they were loaded from.
pub struct BuiltinPage {
    page: bool,
    /// `card.html`, for every card but a team member's.
    card: bool,
    /// `section.html` and `tag.html`, which print only a card's `html2`.
    lists: [bool; 2],
}

impl BuiltinPage {
    pub fn of(tera: &tera::Tera) -> BuiltinPage {
        let same = |name: &str| {
            let builtin = super::templates::BUILTIN.iter().find(|(n, _)| *n == name).map(|(_, t)| *t);
            match (tera.get_template(name), builtin.map(|t| tera::Template::new(name, None, t))) {
                (Ok(used), Some(Ok(own))) => used.ast == own.ast && used.parent == own.parent,
                _ => false,
            }
        };
        let frame = same("base.html") && same("alerts.html");
        BuiltinPage {
            page: frame && same("page.html"),
            card: same("card.html"),
            lists: [frame && same("section.html"), frame && same("tag.html")],
        }
    }

    /// Whether pages rendered with `page.html` get their block from here.
    pub fn applies(&self) -> bool {
        self.page
    }

    /// The block for `page` rendered with `template`, when this module can
    /// write it: the built-in set, and every related tip's card drawn.
    pub fn render(&self, template: &str, page: &PageView) -> Option<String> {
        let drawn = page.related.iter().all(|c| c.html3.as_deref().is_some_and(|h| !h.is_empty()));
        (self.page && template == "page.html" && drawn).then(|| content(page))
    }

    /// A card's HTML with an `<h2>` and with an `<h3>` title, as the
    /// built-in `card.html` draws it, when the set has it and the card is
    /// not a team member's (those are drawn by a macro).
    pub fn card_html(&self, card: &Card) -> Option<(String, String)> {
        (self.card && card.person.is_none()).then(|| (card_at(card, "h2"), card_at(card, "h3")))
    }

    /// The cards of a listing as `template` needs them: the built-in
    /// `section.html` and `tag.html` print only a drawn card's `html2`, so
    /// they get that alone instead of a copy of every field of every card.
    pub fn list_cards<'a>(&self, template: &str, cards: Vec<&'a Card<'a>>) -> Vec<ListCard<'a>> {
        let builtin = match template {
            "section.html" => self.lists[0],
            "tag.html" => self.lists[1],
            _ => false,
        };
        if builtin && cards.iter().all(|c| c.html2.as_deref().is_some_and(|h| !h.is_empty())) {
            cards.into_iter().map(|c| ListCard::Drawn { html2: c.html2.as_deref().unwrap_or_default() }).collect()
        } else {
            cards.into_iter().map(ListCard::Full).collect()
        }
    }
}

/// Tera's truth of an optional string: present and not empty.
fn set(s: Option<&str>) -> bool {
    s.is_some_and(|s| !s.is_empty())
}

const TICK: &str = r#"<svg class="ico" aria-hidden="true" focusable="false" viewBox="0 0 20 20" width="16" height="16"><path d="M7.6 14.2 3.4 10l1.4-1.4 2.8 2.8 7.6-7.6 1.4 1.4z" fill="currentColor"/></svg>"#;
const TIP_NOTE: &str = "This article is general health information, not a diagnosis or personal medical advice. Talk with your clinician about your own situation.";

/// `{% block content %}` of `page.html`.
fn content(page: &PageView) -> String {
    let mut o = String::with_capacity(page.content.len() + 4096);
    o.push_str("\n<div class=\"wrap\">\n<article class=\"entry k-");
    o.push_str(kind_name(page.kind));
    o.push_str("\">\n<nav class=\"crumbs\" aria-label=\"Breadcrumb\"><ol><li><a href=\"/\">Home</a></li>");
    if let (Some(url), Some(title)) = (page.section_url.filter(|s| !s.is_empty()), page.section_title.filter(|s| !s.is_empty())) {
        link_item(&mut o, url, title);
    }
    o.push_str("<li><span aria-current=\"page\">");
    esc(&mut o, page.title);
    o.push_str("</span></li></ol></nav>\n<header class=\"page-head\">\n<h1>");
    esc(&mut o, page.title);
    o.push_str("</h1>");
    review(&mut o, page);
    byline(&mut o, page);
    o.push_str("\n</header>");
    if let Some(img) = &page.image {
        o.push_str("\n<figure class=\"hero-img\">");
        picture(&mut o, img, "(min-width: 50rem) 48rem, calc(100vw - 2rem)", " decoding=\"async\">");
        o.push_str("</figure>");
    }
    o.push_str(if page.kind == PageKind::Testimonial { "\n<div class=\"prose quote\">" } else { "\n<div class=\"prose\">" });
    o.push_str(page.content);
    o.push_str("</div>");
    match page.kind {
        PageKind::Tip => o.push_str(&format!("\n<p class=\"note\">{TIP_NOTE}</p>")),
        PageKind::Testimonial => o.push_str("\n<p class=\"note\">Individual experiences vary.</p>"),
        _ => {}
    }
    lists(&mut o, page);
    o.push_str("\n</div>\n");
    o
}

/// "Medically reviewed by …", with the date when there is one.
fn review(o: &mut String, page: &PageView) {
    let Some(r) = &page.reviewed_by else { return };
    o.push_str("\n<p class=\"review\">");
    o.push_str(TICK);
    o.push_str("Medically reviewed by ");
    person_link(o, r);
    o.push_str("</a>");
    if let Some(day) = page.last_reviewed.as_deref().filter(|d| !d.is_empty()) {
        match page.last_reviewed_iso.as_deref().filter(|d| !d.is_empty()) {
            Some(iso) => {
                o.push_str(" on <time datetime=\"");
                esc(o, iso);
                o.push_str("\">");
                esc(o, day);
                o.push_str("</time>");
            }
            None => {
                o.push_str(" on ");
                esc(o, day);
            }
        }
    }
    o.push_str("</p>");
}

/// `<a href="url">Name, credentials` (the caller closes the link).
fn person_link(o: &mut String, p: &PersonView) {
    o.push_str("<a href=\"");
    esc(o, &p.url);
    o.push_str("\">");
    esc(o, p.name);
    if let Some(c) = p.credentials.filter(|c| !c.is_empty()) {
        o.push_str(", ");
        esc(o, c);
    }
}

/// A `<time>` element: `<span>Label <time datetime="iso">day</time></span>`
/// or, for policies, the same in a `<p class="meta">`.
fn time(o: &mut String, open: &str, iso: &str, day: &str, close: &str) {
    o.push_str(open);
    o.push_str(" <time datetime=\"");
    esc(o, iso);
    o.push_str("\">");
    esc(o, day);
    o.push_str("</time>");
    o.push_str(close);
}

/// The byline (author, dates, reading time), or a policy's date.
fn byline(o: &mut String, page: &PageView) {
    let (date, date_iso) = (page.date.as_deref(), page.date_iso.as_deref());
    let (updated, updated_iso) = (page.updated.as_deref(), page.updated_iso.as_deref());
    if page.kind != PageKind::Policy && (page.author.is_some() || set(date)) {
        o.push_str("\n<p class=\"meta byline\">");
        if let Some(a) = &page.author {
            o.push_str("<span>By ");
            person_link(o, a);
            o.push_str("</a>");
            if let Some(j) = a.job_title.filter(|j| !j.is_empty()) {
                o.push_str(", ");
                esc(o, j);
            }
            o.push_str("</span>");
        }
        if let (true, true, Some(d), Some(iso)) = (set(date), set(date_iso), date, date_iso) {
            time(o, "<span>Published", iso, d, "</span>");
        }
        if let (true, true, Some(u), Some(iso)) = (set(updated), set(updated_iso), updated, updated_iso)
            && updated_iso != date_iso
        {
            time(o, "<span>Updated", iso, u, "</span>");
        }
        if page.reading_minutes != 0 && page.kind == PageKind::Tip {
            o.push_str(&format!("<span>{} min read</span>", page.reading_minutes));
        }
        o.push_str("\n</p>");
    } else if page.kind == PageKind::Policy {
        if let (true, true, Some(u), Some(iso)) = (set(updated), set(updated_iso), updated, updated_iso) {
            time(o, "<p class=\"meta\">Last updated", iso, u, "</p>");
        } else if let (true, true, Some(d), Some(iso)) = (set(date), set(date_iso), date, date_iso) {
            time(o, "<p class=\"meta\">Effective", iso, d, "</p>");
        }
    }
}

/// Sources, topics (closing the article) and related tips.
fn lists(o: &mut String, page: &PageView) {
    if !page.sources.is_empty() {
        o.push_str("\n<section class=\"sources\" aria-labelledby=\"h-sources\">\n<h2 id=\"h-sources\">Sources</h2>\n<ol>");
        for s in page.sources {
            link_item(o, &s.url, &s.title);
        }
        o.push_str("</ol>\n</section>");
    }
    if !page.tags.is_empty() {
        o.push_str("\n<section class=\"tagbox\" aria-labelledby=\"h-topics\">\n<h2 id=\"h-topics\">Topics</h2>\n<ul class=\"tags\">");
        for t in &page.tags {
            link_item(o, &t.url, t.name);
        }
        o.push_str("</ul>\n</section>");
    }
    o.push_str("\n</article>");
    if !page.related.is_empty() {
        o.push_str("\n<section class=\"block related\" aria-labelledby=\"h-related\">\n<h2 id=\"h-related\">Related health tips</h2>\n<div class=\"grid\">");
        for c in &page.related {
            o.push_str(c.html3.as_deref().unwrap_or_default());
        }
        o.push_str("</div>\n</section>");
    }
}

/// An image as the built-in templates print it: a `<picture>` with its
/// WebP `srcset` for `sizes` when there is one, then the `<img>` with its
/// size and `tail` (the attributes after them and the closing `>`).
fn picture(o: &mut String, img: &ImageView, sizes: &str, tail: &str) {
    let webp = img.webp.as_deref().filter(|w| !w.is_empty());
    if let Some(w) = webp {
        o.push_str("<picture><source type=\"image/webp\" srcset=\"");
        esc(o, w);
        o.push_str("\" sizes=\"");
        o.push_str(sizes);
        o.push_str("\">");
    }
    o.push_str("<img src=\"");
    esc(o, &img.url);
    o.push_str("\" alt=\"");
    esc(o, &img.alt);
    o.push('"');
    if img.width != 0 && img.height != 0 {
        o.push_str(&format!(" width=\"{}\" height=\"{}\"", img.width, img.height));
    }
    o.push_str(tail);
    if webp.is_some() {
        o.push_str("</picture>");
    }
}

/// `<li><a href="url">text</a></li>`, both escaped.
fn link_item(o: &mut String, url: &str, text: &str) {
    o.push_str("<li><a href=\"");
    esc(o, url);
    o.push_str("\">");
    esc(o, text);
    o.push_str("</a></li>");
}

/// `card.html` for a card that is not a team member's, with its title in
/// a `level` heading.
fn card_at(p: &Card, level: &str) -> String {
    let mut o = String::with_capacity(512 + p.description.len());
    o.push_str(if p.image.is_some() { "<article class=\"card has-img\">" } else { "<article class=\"card\">" });
    if let Some(img) = &p.image {
        let sizes = "(min-width: 72rem) 23rem, (min-width: 40rem) 50vw, 100vw";
        picture(&mut o, img, sizes, " class=\"card-img\" loading=\"lazy\" decoding=\"async\">");
    }
    o.push_str("\n<div class=\"card-body\">\n<");
    o.push_str(level);
    o.push_str(" class=\"card-title\"><a href=\"");
    esc(&mut o, p.url);
    o.push_str("\">");
    esc(&mut o, p.title);
    o.push_str("</a></");
    o.push_str(level);
    o.push('>');
    if let (Some(d), Some(iso)) = (p.date.as_deref().filter(|d| !d.is_empty()), p.date_iso.as_deref().filter(|d| !d.is_empty())) {
        o.push_str("<p class=\"meta\"><time datetime=\"");
        esc(&mut o, iso);
        o.push_str("\">");
        esc(&mut o, d);
        o.push_str("</time></p>");
    }
    if !p.description.is_empty() {
        o.push_str("<p>");
        esc(&mut o, p.description);
        o.push_str("</p>");
    }
    o.push('\n');
    if !p.tags.is_empty() {
        o.push_str("<ul class=\"tags\">");
        for t in &p.tags {
            link_item(&mut o, &t.url, t.name);
        }
        o.push_str("</ul>");
    }
    o.push_str("\n</div>\n</article>\n");
    o
}

/// A page kind as templates see it (its serde name).
pub fn kind_name(kind: PageKind) -> &'static str {
    match kind {
        PageKind::Home => "home",
        PageKind::Section => "section",
        PageKind::Tip => "tip",
        PageKind::News => "news",
        PageKind::Bio => "bio",
        PageKind::Policy => "policy",
        PageKind::Testimonial => "testimonial",
        PageKind::Page => "page",
        PageKind::TagList => "tag_list",
        PageKind::Tag => "tag",
        PageKind::NotFound => "not_found",
        PageKind::Offline => "offline",
    }
}

/// The built-in `page.html` around its content block (`base.html`, the
/// alerts, the footer), rendered once through Tera with a marker in place of
/// each value that changes from page to page, then cut at the markers:
/// a page is the pieces with its own values between them. Built only with
/// the built-in templates ([`BuiltinPage::applies`]), whose output depends
/// on these values only by printing them.
pub struct Skeleton {
    /// The text between the values; one more than `slots`.
    pieces: Vec<String>,
    slots: Vec<Slot>,
}

/// A value printed into the skeleton.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Slot {
    /// The `<title>`, escaped.
    Title,
    /// The head's metadata, as is.
    Head,
    /// The page kind's name, escaped (it needs none).
    Kind,
    /// The header for the page's navigation state, as is.
    Header,
    /// The content block, as is.
    Body,
}

const SLOTS: [(Slot, &str, &str); 5] = [
    (Slot::Title, "title", "\u{E000}title\u{E000}"),
    (Slot::Head, "head", "\u{E000}head\u{E000}"),
    (Slot::Kind, "kind", "\u{E000}kind\u{E000}"),
    (Slot::Header, "header", "\u{E000}header\u{E000}"),
    (Slot::Body, "page_html", "\u{E000}body\u{E000}"),
];

impl Skeleton {
    /// The skeleton of `page.html` with `common` (the context every page
    /// shares), or `None` when a marker does not come out exactly once.
    pub fn of(tera: &tera::Tera, common: &tera::Context) -> Option<Skeleton> {
        let mut ctx = common.clone();
        for (_, name, marker) in SLOTS {
            ctx.insert(name, marker);
        }
        ctx.insert("nav", &Vec::<String>::new());
        ctx.insert("current_path", "");
        let text = tera.render("page.html", &ctx).ok()?;
        let mut at: Vec<(usize, Slot, usize)> = Vec::new();
        for (slot, _, marker) in SLOTS {
            let mut found = text.match_indices(marker);
            let (i, _) = found.next()?;
            if found.next().is_some() {
                return None;
            }
            at.push((i, slot, marker.len()));
        }
        at.sort_by_key(|a| a.0);
        let (mut pieces, mut from) = (Vec::new(), 0);
        for &(i, _, len) in &at {
            pieces.push(text[from..i].to_string());
            from = i + len;
        }
        pieces.push(text[from..].to_string());
        Some(Skeleton { pieces, slots: at.into_iter().map(|a| a.1).collect() })
    }

    /// A whole page: the pieces with the page's values between them.
    pub fn fill(&self, title: &str, head: &str, kind: PageKind, header: &str, body: &str) -> String {
        let size = self.pieces.iter().map(String::len).sum::<usize>() + title.len() + head.len() + header.len() + body.len();
        let mut o = String::with_capacity(size + 64);
        for (piece, slot) in self.pieces.iter().zip(&self.slots) {
            o.push_str(piece);
            match slot {
                Slot::Title => esc(&mut o, title),
                Slot::Head => o.push_str(head),
                Slot::Kind => esc(&mut o, kind_name(kind)),
                Slot::Header => o.push_str(header),
                Slot::Body => o.push_str(body),
            }
        }
        o.push_str(self.pieces.last().map(String::as_str).unwrap_or_default());
        o
    }
}
