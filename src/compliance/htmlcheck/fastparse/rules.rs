//! Where each tag goes: html5ever 0.29's tree-building rules for the
//! subset [`super`] accepts. Every rule here either does what html5ever
//! does for the token or returns `None` (the caller then uses html5ever).
//!
//! With every element closed by its own end tag, in order, the list of
//! active formatting elements never holds an element that is not open, so
//! "reconstruct the active formatting elements" never adds anything and the
//! adoption agency for `</b>` closes the current `<b>`; the subset keeps it
//! that way by refusing an `<a>` while one is open.

use std::borrow::Cow;

use ego_tree::NodeId;
use html5ever::tendril::StrTendril;
use html5ever::{Attribute, LocalName, Namespace, Prefix, QualName, namespace_prefix, namespace_url, ns};
use scraper::node::{Element, Node};

use super::{Mode, Open, Parser, Tag};

/// How the tree builder treats a start tag in body.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Closes an open `<p>` first: refused when one is open.
    ClosesP,
    Heading,
    /// `pre`, `listing`: a newline right after the tag is dropped.
    Pre,
    /// `li`, `dd`, `dt`: may close an open item.
    Item,
    A,
    /// Formatting elements and the rest without rules of their own.
    Plain,
    /// Inserted and closed at once.
    Void,
    /// `hr`: void, and closes an open `<p>`.
    Hr,
    /// Content up to its end tag is text (`title` decodes references).
    Raw,
    Table,
    Svg,
}

fn kind(name: &str) -> Option<Kind> {
    Some(match name {
        "address" | "article" | "aside" | "blockquote" | "center" | "details" | "dialog" | "dir" | "div" | "dl" | "fieldset"
        | "figcaption" | "figure" | "footer" | "header" | "hgroup" | "main" | "menu" | "nav" | "ol" | "p" | "search" | "section"
        | "summary" | "ul" => Kind::ClosesP,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => Kind::Heading,
        "pre" | "listing" => Kind::Pre,
        "li" | "dd" | "dt" => Kind::Item,
        "a" => Kind::A,
        "b" | "big" | "code" | "em" | "font" | "i" | "s" | "small" | "strike" | "strong" | "tt" | "u" | "span" | "time" | "abbr"
        | "cite" | "dfn" | "kbd" | "mark" | "q" | "samp" | "sub" | "sup" | "var" | "bdi" | "bdo" | "data" | "label" | "del" | "ins"
        | "picture" | "audio" | "video" | "canvas" | "output" | "meter" | "progress" => Kind::Plain,
        "area" | "br" | "embed" | "img" | "wbr" | "param" | "source" | "track" | "link" | "meta" | "base" => Kind::Void,
        "hr" => Kind::Hr,
        "title" | "style" | "script" => Kind::Raw,
        "table" => Kind::Table,
        "svg" => Kind::Svg,
        _ => return None,
    })
}

/// html5ever's "special" elements: they stop the search for an open item
/// when a new `li`/`dd`/`dt` starts (except `address`, `div` and `p`).
/// Sorted, for [`special`]'s binary search (a test keeps it sorted).
const SPECIAL: &[&str] = &[
    "address",
    "applet",
    "area",
    "article",
    "aside",
    "base",
    "basefont",
    "bgsound",
    "blockquote",
    "body",
    "br",
    "button",
    "caption",
    "center",
    "col",
    "colgroup",
    "dd",
    "details",
    "dir",
    "div",
    "dl",
    "dt",
    "embed",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "frame",
    "frameset",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hgroup",
    "hr",
    "html",
    "iframe",
    "img",
    "input",
    "isindex",
    "li",
    "link",
    "listing",
    "main",
    "marquee",
    "menu",
    "meta",
    "nav",
    "noembed",
    "noframes",
    "noscript",
    "object",
    "ol",
    "p",
    "param",
    "plaintext",
    "pre",
    "script",
    "section",
    "select",
    "source",
    "style",
    "summary",
    "table",
    "tbody",
    "td",
    "template",
    "textarea",
    "tfoot",
    "th",
    "thead",
    "title",
    "tr",
    "track",
    "ul",
    "wbr",
    "xmp",
];

/// Whether `name` is one of html5ever's [`SPECIAL`] elements.
fn special(name: &str) -> bool {
    SPECIAL.binary_search(&name).is_ok()
}

/// SVG content this subset places: shapes (their names need no case
/// adjustment) and `title`, whose text is the icon's accessible name.
const SVG_CHILDREN: &[&str] = &["path", "g", "circle", "rect", "line", "polyline", "polygon", "ellipse", "title"];

/// html5ever's case adjustment of SVG attribute names.
const SVG_ATTRS: &[&str] = &[
    "attributeName",
    "attributeType",
    "baseFrequency",
    "baseProfile",
    "calcMode",
    "clipPathUnits",
    "diffuseConstant",
    "edgeMode",
    "filterUnits",
    "glyphRef",
    "gradientTransform",
    "gradientUnits",
    "kernelMatrix",
    "kernelUnitLength",
    "keyPoints",
    "keySplines",
    "keyTimes",
    "lengthAdjust",
    "limitingConeAngle",
    "markerHeight",
    "markerUnits",
    "markerWidth",
    "maskContentUnits",
    "maskUnits",
    "numOctaves",
    "pathLength",
    "patternContentUnits",
    "patternTransform",
    "patternUnits",
    "pointsAtX",
    "pointsAtY",
    "pointsAtZ",
    "preserveAlpha",
    "preserveAspectRatio",
    "primitiveUnits",
    "refX",
    "refY",
    "repeatCount",
    "repeatDur",
    "requiredExtensions",
    "requiredFeatures",
    "specularConstant",
    "specularExponent",
    "spreadMethod",
    "startOffset",
    "stdDeviation",
    "stitchTiles",
    "surfaceScale",
    "systemLanguage",
    "tableValues",
    "targetX",
    "targetY",
    "textLength",
    "viewBox",
    "viewTarget",
    "xChannelSelector",
    "yChannelSelector",
    "zoomAndPan",
];

/// The attributes of an element as html5ever names them (`svg`: SVG case
/// and `xmlns`); `None` for other namespaced attributes (`xlink:href`).
fn attributes(attrs: &[(Cow<str>, Cow<str>)], svg: bool) -> Option<Vec<Attribute>> {
    attrs
        .iter()
        .map(|(name, value)| {
            let name = match &**name {
                "xmlns" if svg => QualName { prefix: Some(namespace_prefix!("")), ns: ns!(xmlns), local: LocalName::from("xmlns") },
                n if svg && n.contains(':') => return None,
                n if svg => {
                    let adjusted = SVG_ATTRS.iter().find(|a| a.eq_ignore_ascii_case(n)).copied().unwrap_or(n);
                    QualName::new(None, ns!(), LocalName::from(adjusted))
                }
                n => QualName::new(None, ns!(), LocalName::from(n)),
            };
            Some(Attribute { name, value: StrTendril::from_slice(value) })
        })
        .collect()
}

impl<'a> Parser<'a> {
    pub(super) fn start_tag(&mut self, tag: Tag<'a>) -> Option<()> {
        if tag.self_closing && matches!(&*tag.name, "html" | "head" | "body") {
            return None;
        }
        match (self.mode, &*tag.name) {
            (Mode::BeforeHtml, "html") => {
                self.insert(None, tag, false)?;
                self.mode = Mode::BeforeHead;
            }
            (Mode::BeforeHead, "head") => {
                self.insert(self.current_id(), tag, false)?;
                self.mode = Mode::InHead;
            }
            (Mode::InHead, "meta" | "link" | "base" | "title" | "style" | "script") => self.body_start(tag)?,
            (Mode::AfterHead, "body") => {
                self.insert(self.current_id(), tag, false)?;
                self.mode = Mode::InBody;
            }
            (Mode::InTable, "tbody" | "thead" | "tfoot") => self.open(tag, Mode::InTableBody)?,
            (Mode::InTableBody, "tr") => self.open(tag, Mode::InRow)?,
            (Mode::InRow, "td" | "th") => self.open(tag, Mode::InCell)?,
            (Mode::InCell, "caption" | "col" | "colgroup" | "tbody" | "td" | "tfoot" | "th" | "thead" | "tr") => return None,
            (Mode::InBody | Mode::InCell, _) => match self.stack.last()? {
                // Inside SVG's `title` tags are HTML again: not in the subset.
                Open { svg: true, name, .. } if name == "title" => return None,
                Open { svg: true, .. } => self.svg_child(tag)?,
                _ => self.body_start(tag)?,
            },
            _ => return None,
        }
        Some(())
    }

    /// Opens a table part and moves to its mode.
    fn open(&mut self, tag: Tag<'a>, mode: Mode) -> Option<()> {
        if tag.self_closing {
            return None;
        }
        self.insert(self.current_id(), tag, false)?;
        self.mode = mode;
        Some(())
    }

    /// A start tag in body (or one of the head elements in head).
    fn body_start(&mut self, tag: Tag<'a>) -> Option<()> {
        let k = kind(&tag.name)?;
        if tag.self_closing && !matches!(k, Kind::Void | Kind::Hr | Kind::Svg) {
            return None;
        }
        let p_open = self.p_in_button_scope();
        match k {
            Kind::ClosesP | Kind::Pre | Kind::Hr | Kind::Table if p_open => return None,
            Kind::Heading if p_open || self.stack.last().and_then(|o| kind(&o.name)) == Some(Kind::Heading) => return None,
            Kind::Item => {
                let closes = |n: &str| if tag.name == "li" { n == "li" } else { n == "dd" || n == "dt" };
                for o in self.stack.iter().rev() {
                    if closes(&o.name) {
                        return None;
                    }
                    if special(&o.name) && !matches!(&*o.name, "address" | "div" | "p") {
                        break;
                    }
                }
                if p_open {
                    return None;
                }
            }
            Kind::A if self.stack.iter().any(|o| o.name == "a" && !o.svg) => return None,
            _ => {}
        }
        let name = tag.name.clone();
        let self_closing = tag.self_closing;
        self.insert(self.current_id(), tag, k == Kind::Svg)?;
        match k {
            Kind::Void | Kind::Hr => {
                self.stack.pop();
            }
            Kind::Svg if self_closing => {
                self.stack.pop();
            }
            Kind::Pre => self.ignore_lf = true,
            Kind::Raw => self.raw_text(&name)?,
            Kind::Table => self.mode = Mode::InTable,
            _ => {}
        }
        Some(())
    }

    /// A start tag inside SVG: shapes and `title` (a self-closing one is
    /// closed at once).
    fn svg_child(&mut self, tag: Tag<'a>) -> Option<()> {
        if !SVG_CHILDREN.contains(&&*tag.name) {
            return None;
        }
        let self_closing = tag.self_closing;
        self.insert(self.current_id(), tag, true)?;
        if self_closing {
            self.stack.pop();
        }
        Some(())
    }

    pub(super) fn end_tag(&mut self, name: &str) -> Option<()> {
        let cur = self.stack.last()?;
        // `</body>` and `</html>` leave `<body>` open, as the parser does.
        match (self.mode, name) {
            (Mode::InBody, "body") if cur.name == "body" => {
                self.mode = Mode::AfterBody;
                return Some(());
            }
            (Mode::InBody | Mode::AfterBody, "html") if cur.name == "body" => {
                self.mode = Mode::AfterAfterBody;
                return Some(());
            }
            // Otherwise only the current element may be closed.
            _ if cur.name != name => return None,
            _ => {}
        }
        let next = match (self.mode, name) {
            (Mode::InHead, "head") => Mode::AfterHead,
            (Mode::InBody | Mode::InCell, "body" | "html" | "br" | "table" | "tbody" | "thead" | "tfoot" | "tr") => return None,
            (Mode::InBody, _) => Mode::InBody,
            (Mode::InCell, "td" | "th") => Mode::InRow,
            (Mode::InCell, _) => Mode::InCell,
            (Mode::InRow, "tr") => Mode::InTableBody,
            (Mode::InTableBody, "tbody" | "thead" | "tfoot") => Mode::InTable,
            (Mode::InTable, "table") => {
                self.stack.pop();
                self.mode = self.reset_mode()?;
                return Some(());
            }
            _ => return None,
        };
        if !cur.svg && kind(name).is_none() && !matches!(name, "head" | "td" | "th" | "tr" | "tbody" | "thead" | "tfoot") {
            return None;
        }
        self.stack.pop();
        self.mode = next;
        Some(())
    }

    /// The mode after a table closes, from the elements still open (the
    /// parser's "reset the insertion mode appropriately").
    fn reset_mode(&self) -> Option<Mode> {
        for o in self.stack.iter().rev().filter(|o| !o.svg) {
            match &*o.name {
                "td" | "th" => return Some(Mode::InCell),
                "tr" => return Some(Mode::InRow),
                "tbody" | "thead" | "tfoot" => return Some(Mode::InTableBody),
                "table" => return Some(Mode::InTable),
                "body" => return Some(Mode::InBody),
                "html" | "head" | "caption" | "colgroup" | "select" | "template" | "frameset" => return None,
                _ => {}
            }
        }
        None
    }

    fn current_id(&self) -> Option<NodeId> {
        self.stack.last().map(|o| o.id)
    }

    /// Whether a `<p>` is open up to the nearest button-scope boundary.
    fn p_in_button_scope(&self) -> bool {
        for o in self.stack.iter().rev() {
            if o.svg {
                // SVG `title` is a scope boundary; other SVG elements are not.
                if o.name == "title" {
                    return false;
                }
                continue;
            }
            if o.name == "p" {
                return true;
            }
            if matches!(&*o.name, "html" | "button" | "applet" | "caption" | "table" | "td" | "th" | "marquee" | "object" | "template") {
                return false;
            }
        }
        false
    }

    /// Creates the element of `tag` as the last child of `parent` (the
    /// document when `None`) and opens it.
    fn insert(&mut self, parent: Option<NodeId>, tag: Tag<'a>, svg: bool) -> Option<()> {
        let ns: Namespace = if svg { ns!(svg) } else { ns!(html) };
        let qn = QualName::new(None::<Prefix>, ns, LocalName::from(&*tag.name));
        let node = Node::Element(Element::new(qn, attributes(&tag.attrs, svg)?));
        let mut parent = match parent {
            Some(id) => self.html.tree.get_mut(id)?,
            None => self.html.tree.root_mut(),
        };
        let id = parent.append(node).id();
        self.stack.push(Open { id, name: tag.name, svg });
        Some(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `special` binary-searches SPECIAL: an entry out of order would be
    /// silently missed, and the fast path would then build a different tree
    /// from html5ever's.
    #[test]
    fn special_names_are_sorted_and_found() {
        assert!(SPECIAL.windows(2).all(|w| w[0] < w[1]), "SPECIAL must be sorted and without duplicates");
        for name in SPECIAL {
            assert!(special(name), "{name}");
        }
        for name in ["span", "a", "b", "svg", "", "h7", "Div"] {
            assert!(!special(name), "{name}");
        }
    }
}
