//! A fast path for [`scraper::Html::parse_document`] on well-formed pages.
//!
//! `check` parses every rendered page; html5ever's tokenizer and tree
//! builder were most of the HTML rules' time. Pages carepress renders are
//! well-formed: a doctype, `<html><head>…</head><body>…</body></html>`,
//! every element closed in order. For such input the tree the HTML parsing
//! algorithm builds is the obvious one, so this module builds it directly,
//! node for node in the same creation order (scraper's `Html::select` walks
//! nodes in that order), with the same names, namespaces, attributes and
//! merged text. This file reads the markup; [`rules`] places the elements
//! as html5ever 0.29's tree builder does.
//!
//! Anything outside that subset returns `None` and the caller parses with
//! html5ever: a character reference other than a few plain ones, a tag the
//! algorithm treats specially (forms, `template`, `math`, most of SVG…), an
//! end tag that does not close the current element, a block that would
//! close an open `<p>`, an `<a>` inside an `<a>`, text where a table wants
//! rows, comments with `--` inside, CR, NUL or form feed anywhere.
//! `tests_fastparse` checks the trees are html5ever's on generated documents.

mod rules;

use std::borrow::Cow;

use ego_tree::NodeId;
use html5ever::tendril::StrTendril;
use memchr::memmem;
use scraper::Html;
use scraper::node::{Comment, Doctype, Node, Text};

/// Where the parser is in the document (the HTML insertion modes this
/// subset needs).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Mode {
    BeforeHtml,
    BeforeHead,
    InHead,
    AfterHead,
    InBody,
    InTable,
    InTableBody,
    InRow,
    InCell,
    AfterBody,
    AfterAfterBody,
}

/// One start or end tag, names lowercased, repeated attributes dropped,
/// references decoded. Borrowed from the page where nothing changes (almost
/// always): one allocation less per tag and attribute.
struct Tag<'a> {
    end: bool,
    name: Cow<'a, str>,
    attrs: Vec<(Cow<'a, str>, Cow<'a, str>)>,
    self_closing: bool,
}

/// An open element.
struct Open<'a> {
    id: NodeId,
    name: Cow<'a, str>,
    /// In the SVG namespace.
    svg: bool,
}

struct Parser<'a> {
    src: &'a str,
    pos: usize,
    html: Html,
    stack: Vec<Open<'a>>,
    mode: Mode,
    /// A `pre`/`listing` start tag was the last token.
    ignore_lf: bool,
}

/// The tree html5ever would build for `src`, or `None` when `src` is not
/// in the subset this parser knows to build the same tree for.
pub(super) fn parse(src: &str) -> Option<Html> {
    if memchr::memchr3(b'\0', b'\r', 0x0C, src.as_bytes()).is_some() || !src.get(..15)?.eq_ignore_ascii_case("<!doctype html>") {
        return None;
    }
    let mut html = Html::new_document();
    let doctype = Doctype { name: StrTendril::from_slice("html"), public_id: StrTendril::new(), system_id: StrTendril::new() };
    html.tree.root_mut().append(Node::Doctype(doctype));
    let mut p = Parser { src, pos: 15, html, stack: Vec::new(), mode: Mode::BeforeHtml, ignore_lf: false };
    p.run()?;
    Some(p.html)
}

impl<'a> Parser<'a> {
    fn run(&mut self) -> Option<()> {
        let mut text = String::new();
        loop {
            let rest = &self.src[self.pos..];
            let Some(i) = memchr::memchr2(b'<', b'&', rest.as_bytes()) else {
                text.push_str(rest);
                self.text(&text)?;
                // End of input: only the body modes stop without inventing
                // or closing elements.
                return matches!(self.mode, Mode::InBody | Mode::AfterBody | Mode::AfterAfterBody).then_some(());
            };
            text.push_str(&rest[..i]);
            self.pos += i;
            if rest.as_bytes()[i] == b'&' {
                self.pos += decode_ref(&self.src[self.pos..], &mut text)?;
                continue;
            }
            match rest.as_bytes().get(i + 1) {
                Some(c) if c.is_ascii_alphabetic() || matches!(c, b'/' | b'!' | b'?') => {}
                // `<` not starting markup is text ("a < b").
                Some(_) => {
                    text.push('<');
                    self.pos += 1;
                    continue;
                }
                None => return None,
            }
            self.text(&text)?;
            text.clear();
            if self.src[self.pos..].starts_with("<!--") {
                self.comment()?;
            } else {
                let tag = self.tag()?;
                self.ignore_lf = false;
                if tag.end { self.end_tag(&tag.name)? } else { self.start_tag(tag)? }
            }
        }
    }

    /// A run of text between markup (references already decoded).
    fn text(&mut self, t: &str) -> Option<()> {
        let t = if std::mem::take(&mut self.ignore_lf) { t.strip_prefix('\n').unwrap_or(t) } else { t };
        if t.is_empty() {
            return Some(());
        }
        let blank = t.bytes().all(|b| matches!(b, b' ' | b'\t' | b'\n'));
        match self.mode {
            Mode::InBody | Mode::InCell => self.append_text(t),
            Mode::BeforeHtml | Mode::BeforeHead if blank => {}
            // Blank text in a table outside cells stays where it is; any
            // other text there would be moved before the table.
            Mode::InHead | Mode::AfterHead | Mode::InTable | Mode::InTableBody | Mode::InRow | Mode::AfterBody | Mode::AfterAfterBody
                if blank =>
            {
                self.append_text(t)
            }
            _ => return None,
        }
        Some(())
    }

    fn comment(&mut self) -> Option<()> {
        let body = &self.src[self.pos + 4..];
        let end = memmem::find(body.as_bytes(), b"-->")?;
        let c = &body[..end];
        if c.starts_with('>') || c.starts_with('-') || c.ends_with('-') || c.contains("--") || c.contains("<!") {
            return None;
        }
        self.pos += 4 + end + 3;
        self.ignore_lf = false;
        let node = Node::Comment(Comment { comment: StrTendril::from_slice(c) });
        let parent = match self.mode {
            Mode::BeforeHtml | Mode::AfterAfterBody => None,
            // After `</body>` comments go to the `<html>` element.
            Mode::AfterBody => Some(self.stack.first()?.id),
            _ => Some(self.stack.last()?.id),
        };
        match parent {
            Some(id) => self.html.tree.get_mut(id)?.append(node),
            None => self.html.tree.root_mut().append(node),
        };
        Some(())
    }

    /// Reads a tag at `pos` (on `<`): `<name attr="v" …>`, `<name/>` or `</name>`.
    fn tag(&mut self) -> Option<Tag<'a>> {
        let b = self.src.as_bytes();
        let mut i = self.pos + 1;
        let end = b[i] == b'/';
        if end {
            i += 1;
        }
        let name_start = i;
        while i < b.len() && b[i].is_ascii_alphanumeric() {
            i += 1;
        }
        if i == name_start || !b[name_start].is_ascii_alphabetic() {
            return None;
        }
        let name = lowercase(&self.src[name_start..i]);
        let mut tag = Tag { end, name, attrs: Vec::new(), self_closing: false };
        // An attribute starts only after whitespace.
        let mut spaced = false;
        loop {
            match *b.get(i)? {
                b'>' => break,
                b' ' | b'\t' | b'\n' if !end => {
                    spaced = true;
                    i += 1;
                }
                b'/' if !end && b.get(i + 1) == Some(&b'>') => {
                    tag.self_closing = true;
                    i += 1;
                }
                c if spaced && (c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b':' | b'.')) => {
                    i = self.attribute(i, &mut tag.attrs)?;
                    spaced = false;
                }
                _ => return None,
            }
        }
        self.pos = i + 1;
        Some(tag)
    }

    /// Reads one attribute starting at byte `i`; returns where it ends.
    fn attribute(&self, mut i: usize, attrs: &mut Vec<(Cow<'a, str>, Cow<'a, str>)>) -> Option<usize> {
        let b = self.src.as_bytes();
        let start = i;
        while i < b.len() && (b[i].is_ascii_alphanumeric() || matches!(b[i], b'-' | b'_' | b':' | b'.')) {
            i += 1;
        }
        let src = self.src;
        let name = lowercase(&src[start..i]);
        let mut j = i;
        while matches!(b.get(j), Some(b' ' | b'\t' | b'\n')) {
            j += 1;
        }
        let mut value = Cow::Borrowed("");
        if b.get(j) == Some(&b'=') {
            j += 1;
            while matches!(b.get(j), Some(b' ' | b'\t' | b'\n')) {
                j += 1;
            }
            let (raw, next) = match *b.get(j)? {
                q @ (b'"' | b'\'') => {
                    let close = memchr::memchr(q, &b[j + 1..])? + j + 1;
                    // After a quoted value: space, `/` or `>` (anything else is
                    // a parse error the tokenizer recovers from).
                    if !matches!(b.get(close + 1), Some(b' ' | b'\t' | b'\n' | b'/' | b'>')) {
                        return None;
                    }
                    (&src[j + 1..close], close + 1)
                }
                b'>' => return None,
                _ => {
                    let len = b[j..].iter().position(|c| matches!(c, b' ' | b'\t' | b'\n' | b'>'))?;
                    let raw = &src[j..j + len];
                    if raw.bytes().any(|c| matches!(c, b'"' | b'\'' | b'<' | b'=' | b'`')) {
                        return None;
                    }
                    (raw, j + len)
                }
            };
            value = if raw.contains('&') {
                let mut decoded = String::new();
                decode_into(raw, &mut decoded)?;
                Cow::Owned(decoded)
            } else {
                Cow::Borrowed(raw)
            };
            i = next;
        }
        // A repeated attribute is dropped: the first one counts.
        if !attrs.iter().any(|(n, _)| *n == name) {
            attrs.push((name, value));
        }
        Some(i)
    }

    /// The content of a `title`, `style` or `script` just opened, up to its
    /// end tag, as one text node; then the element is closed.
    fn raw_text(&mut self, name: &str) -> Option<()> {
        let rest = &self.src[self.pos..];
        let end = memmem::find(rest.as_bytes(), b"</")?;
        let close = format!("</{name}>");
        if !rest[end..].starts_with(&close) || (name == "script" && rest[..end].contains("<!--")) {
            return None;
        }
        let mut text = String::new();
        if name == "title" {
            decode_into(&rest[..end], &mut text)?;
        } else {
            text.push_str(&rest[..end]);
        }
        if !text.is_empty() {
            self.append_text(&text);
        }
        self.stack.pop();
        self.pos += end + close.len();
        Some(())
    }

    /// Appends text to the current node, merged into a text node there.
    fn append_text(&mut self, t: &str) {
        let Some(cur) = self.stack.last().map(|o| o.id) else { return };
        let Some(mut node) = self.html.tree.get_mut(cur) else { return };
        if let Some(mut last) = node.last_child()
            && let Node::Text(text) = last.value()
        {
            text.text.push_slice(t);
            return;
        }
        node.append(Node::Text(Text { text: StrTendril::from_slice(t) }));
    }
}

/// `s` in ASCII lower case, borrowed when it already is.
fn lowercase(s: &str) -> Cow<'_, str> {
    if s.bytes().any(|b| b.is_ascii_uppercase()) { Cow::Owned(s.to_ascii_lowercase()) } else { Cow::Borrowed(s) }
}

/// `raw` with its character references decoded, appended to `out`.
fn decode_into(raw: &str, out: &mut String) -> Option<()> {
    let mut k = 0;
    while let Some(a) = memchr::memchr(b'&', &raw.as_bytes()[k..]) {
        out.push_str(&raw[k..k + a]);
        k += a + decode_ref(&raw[k + a..], out)?;
    }
    out.push_str(&raw[k..]);
    Some(())
}

/// Decodes the character reference at the start of `s` (on `&`) into
/// `out`; returns how many bytes it took, or `None` for a reference outside
/// the plain set (the named references `amp lt gt quot apos nbsp` with
/// `;`, and numeric references to ordinary characters).
fn decode_ref(s: &str, out: &mut String) -> Option<usize> {
    let b = s.as_bytes();
    // Not a reference: the `&` is text.
    if b.get(1).is_none_or(|c| !c.is_ascii_alphanumeric() && *c != b'#') {
        out.push('&');
        return Some(1);
    }
    let semi = b.iter().take(12).position(|&c| c == b';')?;
    let body = &s[1..semi];
    let c = match body {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        _ => {
            let n = match body.strip_prefix('#')? {
                h if h.starts_with(['x', 'X']) => u32::from_str_radix(&h[1..], 16).ok()?,
                d => d.parse::<u32>().ok()?,
            };
            // Ordinary characters only: no controls, C1 (remapped), surrogates
            // or non-characters, which the parser replaces or reports.
            let ok = matches!(n, 0x09 | 0x0A | 0x20..=0x7E | 0xA0..=0xD7FF | 0xE000..=0xFDCF | 0xFDF0..=0xFFFD | 0x10000..=0x10FFFD)
                && (n & 0xFFFE) != 0xFFFE;
            if !ok || body[1..].bytes().any(|c| !c.is_ascii_alphanumeric()) {
                return None;
            }
            char::from_u32(n)?
        }
    };
    out.push(c);
    Some(semi + 1)
}
