//! Turns a page into scan segments: runs of published text (a paragraph, a
//! heading, a list item, a table cell, a blockquote, an HTML block, image alt
//! text, a link or image target, one front-matter field), each with a map
//! back to 1-based file line/column. Code (fenced, indented, inline) is
//! never part of a segment.

use crate::markdown::comments::blank_html_comments;
use std::ops::Range;

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

use super::Field;

mod builder;
mod html_text;
use builder::Builder;
pub(super) use html_text::strip_tags;

/// What a segment holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// Running text (body prose, HTML text, alt text, title, description…).
    Prose,
    /// A link/image target, a slug or an image file name.
    Target,
}

#[derive(Debug)]
struct Origin<'a> {
    text: &'a str,
    line: usize,
    col: usize,
}

#[derive(Debug)]
pub(super) struct Segment {
    pub text: String,
    pub kind: Kind,
    /// A blockquote: the whole segment is one context window.
    pub whole_window: bool,
    pub sentences: Vec<Range<usize>>,
    /// How many characters could be digits (ASCII digits, and any numeric
    /// character a Unicode `\d` might match): rules whose patterns need
    /// digits skip segments with too few.
    pub digits: usize,
    /// An identifier-like string (a slug, a file name or URL, tags,
    /// hashtags): words there are lowercase or run together, so names are
    /// looked for by list, not by capitals.
    pub ident: bool,
    /// A field that credits someone (`author`, `photographer`, `extra.byline`):
    /// the name there is who made the page, never its subject.
    pub credit: bool,
    /// (offset in `text`, offset in origin, exact?) piece starts.
    map: Vec<(usize, usize, bool)>,
    origin: usize,
}

impl Segment {
    /// A front-matter field (title, description, image_alt…), not the body.
    pub fn is_field(&self) -> bool {
        self.origin > 0
    }
    /// Which front-matter field (index into `PageInput::fields`) this is.
    pub fn field_index(&self) -> Option<usize> {
        self.origin.checked_sub(1)
    }
    /// Index of the sentence holding byte offset `off`.
    pub fn sentence_at(&self, off: usize) -> usize {
        self.sentences.iter().position(|r| off < r.end).unwrap_or(self.sentences.len().saturating_sub(1))
    }
    /// Text of the sentence holding `off`.
    pub fn sentence(&self, off: usize) -> &str {
        self.sentences.get(self.sentence_at(off)).map(|r| &self.text[r.clone()]).unwrap_or("")
    }
    /// The context window around `off`: its sentence and the ones on
    /// either side (the whole segment for a blockquote).
    pub fn window(&self, off: usize) -> Range<usize> {
        if self.whole_window || self.sentences.is_empty() {
            return 0..self.text.len();
        }
        let i = self.sentence_at(off);
        let a = self.sentences[i.saturating_sub(1)].start;
        let b = self.sentences[(i + 1).min(self.sentences.len() - 1)].end;
        a..b
    }
    pub fn window_text(&self, off: usize) -> &str {
        &self.text[self.window(off)]
    }
}

#[derive(Debug)]
pub(super) struct Segments<'a> {
    origins: Vec<Origin<'a>>,
    pub segs: Vec<Segment>,
}

impl Segments<'_> {
    /// 1-based (line, column) in the file of byte `off` of segment `s`.
    pub fn pos(&self, s: &Segment, off: usize) -> (usize, usize) {
        let o = &self.origins[s.origin];
        let piece = s.map.iter().rev().find(|p| p.0 <= off).copied().unwrap_or((0, 0, false));
        let src = if piece.2 { piece.1 + (off - piece.0) } else { piece.1 };
        let src = src.min(o.text.len());
        let before = &o.text[..floor_char(o.text, src)];
        let nl = before.matches('\n').count();
        match before.rfind('\n') {
            None => (o.line, o.col + before.chars().count()),
            Some(i) => (o.line + nl, before[i + 1..].chars().count() + 1),
        }
    }
}

fn floor_char(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Words of keys that credit someone: their names are the page's makers.
pub(super) const CREDIT_KEYS: &[&str] =
    &["author", "credit", "byline", "photographer", "reviewer", "editor", "speaker", "host", "presenter"];

const TARGET_KEYS: &[&str] = &["slug", "image", "path", "aliases", "alias", "file", "url", "filename"];

/// Collect all segments of a Markdown body and the published fields.
pub(super) fn collect<'a>(body: &'a str, body_line: usize, fields: &[Field<'a>]) -> Segments<'a> {
    let mut out = Segments { origins: vec![Origin { text: body, line: body_line, col: 1 }], segs: Vec::new() };
    walk_markdown(body, &mut out);
    for f in fields {
        out.origins.push(Origin { text: f.value, line: f.line, col: f.column });
        let key = f.key.rsplit('.').next().unwrap_or(f.key).to_ascii_lowercase();
        let kind = if TARGET_KEYS.contains(&key.as_str()) { Kind::Target } else { Kind::Prose };
        // "Cohérence cardiaque | Nicolas Devaux": after a title's last pipe
        // stands the site's or the author's name, the page's signature.
        let brand = if key.contains("title") {
            f.value.rfind(" | ").or_else(|| f.value.rfind(" · ")).or_else(|| super::bylines::byline_after(f.value))
        } else {
            None
        };
        let cut = brand.unwrap_or(f.value.len());
        if let Some(s) = push_piece(&mut out, f.value, 0..cut, kind) {
            // Tags become tag pages and feeds in whatever case they were typed.
            s.ident |= matches!(key.as_str(), "tags" | "hashtags");
            s.credit = super::is_credit_key(&key) || (key == "description" && super::bylines::name_only(f.value));
        }
        if cut < f.value.len()
            && let Some(s) = push_piece(&mut out, f.value, cut..f.value.len(), kind)
        {
            s.credit = true;
        }
    }
    out
}

/// One piece (`range`) of a field's `value` as a segment of its own, which
/// is returned (none when the piece is blank).
fn push_piece<'o>(out: &'o mut Segments<'_>, value: &str, range: Range<usize>, kind: Kind) -> Option<&'o mut Segment> {
    let mut b = Builder::new();
    b.push(&value[range.clone()], range.start, range.len());
    let n = out.segs.len();
    push_seg(out, b, kind, false);
    out.segs.get_mut(n)
}

fn push_seg(out: &mut Segments, b: Builder, kind: Kind, whole_window: bool) {
    if b.text.trim().is_empty() {
        return;
    }
    let sentences = if kind == Kind::Prose { split_sentences(&b.text) } else { std::iter::once(0..b.text.len()).collect() };
    let origin = out.origins.len() - 1;
    let ascii_digits = b.text.bytes().filter(u8::is_ascii_digit).count();
    let other_digits = if b.text.is_ascii() { 0 } else { b.text.chars().filter(|c| !c.is_ascii() && c.is_numeric()).count() };
    let digits = ascii_digits + other_digits;
    out.segs.push(Segment {
        text: b.text,
        kind,
        whole_window,
        sentences,
        digits,
        ident: kind == Kind::Target,
        credit: false,
        map: b.map,
        origin,
    });
}

fn walk_markdown(body: &str, out: &mut Segments) {
    let opts = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_FOOTNOTES | Options::ENABLE_TASKLISTS;
    let mut cur = Builder::new();
    let (mut code, mut quote) = (0usize, 0usize);
    // Tables: a header cell labels its column, so each body row becomes one
    // segment "Header: cell; Header: cell" ("MRN: 5531907; DOB: 3/4/1950")
    // and every rule reads the cells as labelled values of one record.
    let mut table = TableState::default();
    let mut sources = Sources::default();
    // HTML comments are not published (`markdown::comments`), so not read.
    let mut in_comment = false;
    for (ev, r) in Parser::new_ext(body, opts).into_offset_iter() {
        match ev {
            Event::Start(Tag::FootnoteDefinition(_)) | Event::End(TagEnd::FootnoteDefinition) if code == 0 => {
                push_seg(out, cur.take(), Kind::Prose, false);
                sources.event(&ev, false, out);
            }
            Event::Start(Tag::CodeBlock(_)) => {
                code += 1;
            }
            Event::End(TagEnd::CodeBlock) => code = code.saturating_sub(1),
            _ if code > 0 => {}
            Event::Start(Tag::BlockQuote(_)) => {
                if quote == 0 {
                    push_seg(out, cur.take(), Kind::Prose, false);
                }
                quote += 1;
            }
            Event::End(TagEnd::BlockQuote(_)) => {
                quote = quote.saturating_sub(1);
                if quote == 0 {
                    push_seg(out, cur.take(), Kind::Prose, true);
                }
            }
            Event::Start(Tag::TableHead | Tag::TableRow | Tag::TableCell)
            | Event::End(TagEnd::TableHead | TagEnd::TableRow | TagEnd::TableCell)
                if table.event(&ev, &r, &mut cur, out) => {}
            Event::Start(Tag::Paragraph | Tag::Heading { .. } | Tag::Item | Tag::TableCell | Tag::HtmlBlock)
            | Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::HtmlBlock) => {
                let opens_refs = matches!(ev, Event::End(TagEnd::Heading(_))) && references_heading(&cur.text);
                if quote > 0 {
                    cur.push("\n", r.start, 0);
                } else {
                    push_seg(out, cur.take(), Kind::Prose, false);
                }
                sources.event(&ev, opens_refs, out);
            }
            Event::Start(Tag::Image { dest_url, title, .. }) => {
                if quote == 0 {
                    push_seg(out, cur.take(), Kind::Prose, false);
                }
                target(out, &dest_url, r.start);
                if !title.is_empty() {
                    cur.push(&format!("{title} "), r.start, 0);
                }
            }
            Event::End(TagEnd::Image) if quote == 0 => push_seg(out, cur.take(), Kind::Prose, false),
            // A link target joins the sentence so it is judged in context;
            // autolinks already show it as text.
            // A link title (the tooltip) is published text too.
            Event::Start(Tag::Link { link_type, dest_url, title, .. }) if !matches!(link_type, LinkType::Autolink | LinkType::Email) => {
                cur.push(&format!(" {dest_url} {title} "), r.start, 0);
            }
            Event::Text(t) => cur.push(&t, r.start, r.len()),
            Event::Code(_) | Event::InlineMath(_) | Event::DisplayMath(_) => cur.push(" ", r.start, 1),
            Event::Html(t) | Event::InlineHtml(t) => html(out, &mut cur, &blank_html_comments(&t, &mut in_comment), r),
            Event::SoftBreak | Event::HardBreak => cur.push(" ", r.start, 1),
            _ => {}
        }
    }
    push_seg(out, cur.take(), Kind::Prose, quote > 0);
    if let Some((_, from)) = sources.refs {
        cite(out, from);
    }
}

/// Where a walk is inside a list of sources: a "References" section (until
/// a heading of its level or above) or a footnote definition, each with the
/// first segment it holds.
#[derive(Default)]
struct Sources {
    refs: Option<(pulldown_cmark::HeadingLevel, usize)>,
    notes: Option<usize>,
}

impl Sources {
    /// Opens or closes a list of sources at `ev` (after the segment before
    /// it was pushed); `opens_refs`: the heading just ended names one.
    fn event(&mut self, ev: &Event, opens_refs: bool, out: &mut Segments) {
        match ev {
            Event::Start(Tag::FootnoteDefinition(_)) => self.notes = Some(out.segs.len()),
            Event::End(TagEnd::FootnoteDefinition) => {
                if let Some(from) = self.notes.take() {
                    cite(out, from);
                }
            }
            Event::Start(Tag::Heading { level, .. }) if self.refs.is_some_and(|(l, _)| *level <= l) => {
                cite(out, self.refs.take().map_or(0, |(_, from)| from));
            }
            Event::End(TagEnd::Heading(level)) if opens_refs => self.refs = Some((*level, out.segs.len())),
            _ => {}
        }
    }
}

/// Marks the segments from `from` on as citations: the names in a
/// reference list or a footnote are a work's authors, never its subject.
fn cite(out: &mut Segments, from: usize) {
    for s in out.segs.iter_mut().skip(from) {
        s.credit = true;
    }
}

/// A heading that opens a list of sources, in the languages practices
/// write in ("References", "Bibliografía", "Références", "Fonti").
fn references_heading(text: &str) -> bool {
    let t = text.trim().trim_end_matches(':').trim().to_lowercase();
    [
        "references",
        "reference",
        "bibliography",
        "sources",
        "citations",
        "works cited",
        "further reading",
        "literature",
        "referencias",
        "bibliografía",
        "bibliografia",
        "fuentes",
        "références",
        "bibliographie",
        "sources et références",
        "riferimenti",
        "riferimenti bibliografici",
        "fonti",
        "literatur",
        "literaturverzeichnis",
        "quellen",
        "referências",
        "参考文献",
        "出典",
    ]
    .contains(&t.as_str())
}

/// Where a walk is inside a Markdown table.
#[derive(Default)]
struct TableState {
    in_head: bool,
    headers: Vec<String>,
    col: usize,
}

impl TableState {
    /// Two columns under generic headers ("Field | Value", "Item |
    /// Details"): each row is a label and its value.
    fn key_value(&self) -> bool {
        // In the site languages too ("Feld | Eintrag", "Campo | Valor";
        // round 65, from set CM's filled-in emergency plan).
        const KEYS: &str = "field item label key what category information info detail feld angabe merkmal kategorie champ rubrique élément campo dato datos concepto rubro veld";
        let key = self.headers.first().map(|h| h.trim().to_lowercase()).unwrap_or_default();
        self.headers.len() == 2 && (key.is_empty() || KEYS.split_whitespace().any(|k| k == key))
    }

    /// Handles a table event; false when it is a header-less cell start,
    /// which the walk treats as any block start.
    fn event(&mut self, ev: &Event, r: &Range<usize>, cur: &mut Builder, out: &mut Segments) -> bool {
        match ev {
            Event::Start(Tag::TableHead) => {
                push_seg(out, cur.take(), Kind::Prose, false);
                *self = TableState { in_head: true, ..TableState::default() };
            }
            Event::End(TagEnd::TableHead) => self.in_head = false,
            Event::Start(Tag::TableRow) => {
                push_seg(out, cur.take(), Kind::Prose, false);
                self.col = 0;
            }
            Event::End(TagEnd::TableRow) => push_seg(out, cur.take(), Kind::Prose, false),
            Event::Start(Tag::TableCell) if !self.in_head => {
                if let Some(h) = self.headers.get(self.col).filter(|h| !h.is_empty() && !self.key_value()) {
                    cur.push(&format!("{h}: "), r.start, 0);
                }
            }
            Event::End(TagEnd::TableCell) if !self.in_head => {
                // A key-value table ("Field | Value", "MRN | 77120455"):
                // the first cell labels the second, as a colon would.
                cur.push(if self.col == 0 && self.key_value() { ": " } else { "; " }, r.end, 0);
                self.col += 1;
            }
            Event::End(TagEnd::TableCell) => {
                self.headers.push(cur.text.trim().to_string());
                push_seg(out, cur.take(), Kind::Prose, false);
            }
            _ => return false,
        }
        true
    }
}

static VIDEO_THUMB: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?i)^(?:https?:)?//(?:[\w-]+\.)*(?:ytimg\.com/|vimeocdn\.com/|youtube\.com/vi/)").unwrap()
});

static HTML_SRC: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| regex::Regex::new(r#"(?i)<img\b[^>]*?\bsrc\s*=\s*["']([^"']{1,300})["']"#).unwrap());

/// Raw HTML: its text and quoted attribute values join the sentence, and
/// an image's file name ("<img src=\"/images/jane-doe-before.jpg\">") is
/// read as a Markdown image's is.
fn html(out: &mut Segments, cur: &mut Builder, t: &str, r: Range<usize>) {
    cur.push(&strip_tags(t), r.start, r.len());
    if t.contains("src=") {
        for c in HTML_SRC.captures_iter(t) {
            target(out, &c[1], r.start);
        }
    }
}

fn target(out: &mut Segments, url: &str, src: usize) {
    // "data:image/png;base64,iVBORw0…": the image itself, not its name;
    // a video site's thumbnail ("i.ytimg.com/vi/pjQBXZswOGI/…",
    // "img.youtube.com/vi/br953TUGKxs/0.jpg") is named by
    // the video's random id.
    if url.starts_with("data:") || VIDEO_THUMB.is_match(url) {
        return;
    }
    let mut b = Builder::new();
    b.push(&blank_random_ids(url), src, 0);
    push_seg(out, b, Kind::Target, false);
}

/// A CDN's or uploader's random id ("hhFBsBoXSAaWSpyZNptg.webp",
/// "1s7ynWDKT52wE3D6EdBv") blanked out, same length: its letters make no
/// name. A run of 12+ letters and digits with three or more switches from
/// small to capital letters is such an id; "JaneDoe" and "IMG_2034" are not.
fn blank_random_ids(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for part in url.split_inclusive(|c: char| !c.is_ascii_alphanumeric()) {
        let (word, sep) = match part.char_indices().last() {
            Some((i, c)) if !c.is_ascii_alphanumeric() => (&part[..i], &part[i..]),
            _ => (part, ""),
        };
        let b = word.as_bytes();
        let switches = b.windows(2).filter(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase()).count();
        if word.len() >= 12 && switches >= 3 {
            out.extend(std::iter::repeat_n(' ', word.len()));
        } else {
            out.push_str(word);
        }
        out.push_str(sep);
    }
    out
}

const ABBREV: &[&str] = &[
    "dr", "mr", "mrs", "ms", "mx", "st", "ave", "no", "vs", "etc", "jr", "sr", "prof", "inc", "co", "lt", "mt", "ft", "e.g", "i.e", "a.m",
    "p.m", "approx", "dept", "rev", "gen", "sgt", "capt", "fig", "blvd", "ex", "cf", "incl", "viz",
    // Italian and Spanish titles (round 64): "il sig. Luigi Pozzoli", "la dra. Ruiz".
    "sig", "dott", "dra", "sra", "avv", "ing",
];

/// Split text into sentences (byte ranges): at newlines and at `.`, `!`, `?`
/// followed by space and a capital, digit or quote, not after an
/// abbreviation or an initial.
pub(super) fn split_sentences(t: &str) -> Vec<Range<usize>> {
    let b = t.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    // Only newlines and `.`, `!`, `?` can end a sentence: jump from one to the
    // next (SIMD search, the next of each kind kept) instead of visiting
    // every byte of every page.
    let (mut nl, mut mark) = (memchr::memchr(b'\n', b), memchr::memchr3(b'.', b'!', b'?', b));
    while i < b.len() {
        if nl.is_some_and(|x| x < i) {
            nl = memchr::memchr(b'\n', &b[i..]).map(|x| x + i);
        }
        if mark.is_some_and(|x| x < i) {
            mark = memchr::memchr3(b'.', b'!', b'?', &b[i..]).map(|x| x + i);
        }
        i = match (nl, mark) {
            (Some(x), Some(y)) => x.min(y),
            (Some(x), None) | (None, Some(x)) => x,
            (None, None) => break,
        };
        let c = b[i];
        let mut end = None;
        if c == b'\n' {
            end = Some(i + 1);
        } else if matches!(c, b'.' | b'!' | b'?') {
            let mut j = i + 1;
            while j < b.len() && matches!(b[j], b'.' | b'!' | b'?' | b'"' | b'\'' | b')' | b'*' | b'_') {
                j += 1;
            }
            let ws = j < b.len() && (b[j] == b' ' || b[j] == b'\n' || b[j] == b'\t');
            let mut k = j;
            while k < b.len() && b[k] == b' ' {
                k += 1;
            }
            let next_ok = k >= b.len() || !(b[k] as char).is_ascii_lowercase();
            // The word before the mark, looked at only where it decides.
            let abbrev = || {
                // Whitespace can be wider than a byte (a no-break space).
                let word_start = t[..i]
                    .char_indices()
                    .rev()
                    .find(|&(_, ch)| ch.is_whitespace() || ch == '(')
                    .map(|(p, ch)| p + ch.len_utf8())
                    .unwrap_or(0);
                let word = t[word_start..i].to_ascii_lowercase();
                // "M.-P. L.", "J.-F.": hyphenated initials (round 64).
                let initials =
                    word.split(['.', '-']).filter(|p| !p.is_empty()).all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic));
                // (Only with a hyphen: "T.J. Dillashaw" still ends a sentence
                // at "T.J.", as the frames were written for.)
                ABBREV.contains(&word.as_str())
                    || (word.chars().count() == 1 && word.chars().all(char::is_alphabetic))
                    || (word.contains('-') && word.chars().count() <= 5 && initials)
            };
            if (ws || j >= b.len()) && next_ok && !(c == b'.' && abbrev()) {
                end = Some(j);
                i = j - 1;
            }
        }
        if let Some(e) = end {
            if e > start {
                out.push(start..e);
            }
            start = e;
        }
        i += 1;
    }
    if start < t.len() {
        out.push(start..t.len());
    }
    out
}

/// Is `r` of `text` part of a link's address or a file name
/// ("/2017/12/31/water-element", "https://…/ovulation-chart-1960284",
/// "sound-meter-chart-v4-300x183.jpg")? Numbers there are a blog's
/// permalink dates and a site's file names, not a patient's.
pub(super) fn in_path(text: &str, r: Range<usize>) -> bool {
    let stop = |c: char| c.is_whitespace() || "()[]<>\"'".contains(c);
    let start = text[..r.start].rfind(stop).map_or(0, |i| i + 1);
    let end = text[r.end..].find(stop).map_or(text.len(), |i| r.end + i);
    let tok = &text[start..end];
    let file = [".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".pdf", ".html", ".htm"]
        .iter()
        .any(|e| tok.to_ascii_lowercase().trim_end_matches(['.', ',', ';']).ends_with(e));
    tok.contains("://")
        || tok.starts_with('/')
        || tok.starts_with("www.")
        || text[..r.start].ends_with('/')
        || text[r.end..].starts_with('/')
        || file
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skips_code_and_maps_positions() {
        let body = "Intro line.\n\n```\nMRN 123456\n```\n\nSee `x` and **Jane Roe** here.\n";
        let s = collect(body, 10, &[]);
        let texts: Vec<&str> = s.segs.iter().map(|g| g.text.as_str()).collect();
        assert_eq!(texts, vec!["Intro line.", "See   and Jane Roe here."]);
        let g = &s.segs[1];
        let off = g.text.find("Jane").unwrap();
        assert_eq!(s.pos(g, off), (16, 15));
    }

    #[test]
    fn fields_alt_and_html() {
        let f = [Field { key: "title", value: "Hello Jo", line: 2, column: 10 }];
        let body = "![Ann Lee smiling](/img/ann-lee.jpg)\n\n<p title=\"Bob\">Hi <b>there</b></p>\n";
        let s = collect(body, 5, &f);
        let texts: Vec<&str> = s.segs.iter().map(|g| g.text.trim()).collect();
        assert!(texts.contains(&"/img/ann-lee.jpg"));
        assert!(texts.contains(&"Ann Lee smiling"));
        assert!(texts.iter().any(|t| t.contains("Bob") && t.contains("there")));
        let last = s.segs.last().unwrap();
        assert_eq!(s.pos(last, 6), (2, 16));
    }

    #[test]
    fn random_ids_are_no_names() {
        assert_eq!(blank_random_ids("/uploads/hhFBsBoXSAaWSpyZNptg.webp"), "/uploads/                    .webp");
        assert_eq!(blank_random_ids("https://cdn.x.com/1s7ynWDKT52wE3D6EdBv"), "https://cdn.x.com/                    ");
        assert_eq!(blank_random_ids("/images/JaneDoe-before.jpg"), "/images/JaneDoe-before.jpg");
    }

    #[test]
    fn sentences() {
        let t = "Mr. Ed Lee was seen. He is fine! Call Dr. Okafor at 5 p.m. Thanks";
        let v: Vec<&str> = split_sentences(t).into_iter().map(|r| t[r].trim()).collect();
        assert_eq!(v, vec!["Mr. Ed Lee was seen.", "He is fine!", "Call Dr. Okafor at 5 p.m. Thanks"]);
    }
}
