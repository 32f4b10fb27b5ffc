//! The fast path builds exactly html5ever's tree, or declines.

use std::collections::HashMap;

use proptest::prelude::*;
use scraper::{ElementRef, Html, Node, Selector};

use super::fastparse::parse;

/// Every node in creation order (the order `Html::select` walks), with its
/// parent's position, so both the shape and the order are compared.
fn dump(h: &Html) -> Vec<String> {
    let pos: HashMap<_, usize> = h.tree.nodes().enumerate().map(|(i, n)| (n.id(), i)).collect();
    h.tree
        .nodes()
        .map(|n| {
            let parent = n.parent().map(|p| pos[&p.id()] as i64).unwrap_or(-1);
            let what = match n.value() {
                Node::Document => "document".to_string(),
                Node::Fragment => "fragment".to_string(),
                Node::Doctype(d) => format!("doctype {:?} {:?} {:?}", &*d.name, &*d.public_id, &*d.system_id),
                Node::Comment(c) => format!("comment {:?}", &*c.comment),
                Node::Text(t) => format!("text {:?}", &*t.text),
                Node::Element(e) => {
                    let attrs: Vec<String> = e.attrs().map(|(k, v)| format!("{k}={v:?}")).collect();
                    format!("element {:?} {:?} {}", e.name.ns, e.name.local, attrs.join(" "))
                }
                Node::ProcessingInstruction(p) => format!("pi {:?}", &*p.target),
            };
            format!("{parent} {what}")
        })
        .collect()
}

/// Whether the fast path accepted `doc`; panics if its tree differs.
fn same_tree(doc: &str) -> bool {
    let Some(fast) = parse(doc) else { return false };
    assert_eq!(dump(&fast), dump(&Html::parse_document(doc)), "document: {doc:?}");
    true
}

const PAGE: &str = "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Flu &amp; you</title>\n\
<script type=\"application/ld+json\">{\"a\":1}</script>\n<style>p{color:red}</style>\n</head>\n<body class=\"k\">\n\
<main id=\"main\" tabindex=\"-1\">\n<h1>Flu</h1>\n<p>Text with <a href=\"/tips/\">a link</a>, <em>stress</em> &amp; \
<code>x &lt; y</code>.</p>\n<ul>\n<li><strong>a</strong>: b</li>\n<li>c<br>d</li>\n</ul>\n<pre><code>\nline\n</code></pre>\n\
<figure><img src=\"/a.png\" alt=\"\" width=\"10\" height=\"10\"><figcaption>Cap&#39;s</figcaption></figure>\n\
<!-- note -->\n<dl><dt>t</dt><dd>d</dd></dl><hr/>\n\
<p class=\"review\"><svg class=\"ico\" aria-hidden=\"true\" viewBox=\"0 0 20 20\"><path d=\"M7 14z\" fill=\"currentColor\"/></svg>Reviewed</p>\n\
<table><thead><tr><th>Day</th><th>Hours</th></tr></thead><tbody>\n<tr><td>Mon</td><td><a href=\"/x/\">8&#8211;5</a></td></tr>\n</tbody></table>\n\
</main>\n</body>\n</html>\n";

#[test]
fn a_rendered_page_takes_the_fast_path_with_the_same_tree() {
    assert!(same_tree(PAGE));
    assert!(same_tree("<!doctype html><html lang=\"en\"><head><title>T</title></head><body><main><h1>A</h1></main></body></html>"));
}

#[test]
fn input_outside_the_subset_is_declined() {
    let body = |b: &str| format!("<!doctype html><html><head></head><body>{b}</body></html>");
    for b in [
        "<p>a<div>b</div></p>",
        "<a href=x>1<a href=y>2</a></a>",
        "<table><tr><td>x</td></tr></table>",
        "<p>&copy;</p>",
        "<svg><use xlink:href=\"#a\"/></svg>",
        "<svg><title><b>x</b></title></svg>",
        "<table><td>x</td></table>",
        "<table>text<tr></tr></table>",
        "<b>x</i>",
        "<li>a<li>b",
        "<div/>",
        "<!-- a -- b -->",
        "<p>\r\n</p>",
        "<span>x</span",
    ] {
        let doc = body(b);
        assert!(parse(&doc).is_none(), "{doc}");
    }
    assert!(parse("<html><body>no doctype</body></html>").is_none());
}

const HEAD: &[&str] = &[
    "<meta charset=utf-8>",
    "<link rel=x href=\"/y\">",
    "<title>T &lt; U</title>",
    "<title></title>",
    "\n",
    " ",
    "<!-- h -->",
    "<base href=/>",
    "<script>1</script>",
    "<style>a{}</style>",
    "<noscript>n</noscript>",
    "x",
    "<p>",
];

const BODY: &[&str] = &[
    "<p>",
    "</p>",
    "<div>",
    "</div>",
    "<div class=\"a b\">",
    "<a href=\"/x/#y\">",
    "<a href=x>",
    "</a>",
    "<b>",
    "</b>",
    "<em>",
    "</em>",
    "<ul>",
    "</ul>",
    "<li>",
    "</li>",
    "<ol>",
    "</ol>",
    "<dl>",
    "<dt>",
    "</dt>",
    "<dd>",
    "</dd>",
    "</dl>",
    "<h1>",
    "</h1>",
    "<h2 id=\"s\">",
    "</h2>",
    "<h3>",
    "</h3>",
    "<pre>",
    "</pre>",
    "<code>",
    "</code>",
    "<span>",
    "</span>",
    "<img src=\"a.png\" alt=\"\">",
    "<img src=a.png alt='x'/>",
    "<br>",
    "<br/>",
    "<hr>",
    "<table>",
    "</table>",
    "<tr>",
    "<td>",
    "</td>",
    "<svg><title>t</title></svg>",
    "<main>",
    "</main>",
    "<section>",
    "</section>",
    "<nav aria-label=\"n\">",
    "</nav>",
    "<script>var a=1;</script>",
    "<script>x</SCRIPT>",
    "<script><!--x--></script>",
    "<style>p{}</style>",
    "<title>T &amp; x</title>",
    "<!-- c -->",
    "<!---->",
    "<!-- a -- b -->",
    "<!-->",
    "text",
    " ",
    "\n",
    "\n\n",
    "&amp;",
    "&lt;",
    "&#39;",
    "&#x27;",
    "&#10;",
    "&#128;",
    "&#0;",
    "&nbsp;",
    "&copy;",
    "&",
    "& ",
    "AT&T;",
    "&#;",
    "<",
    "a < b",
    "<3",
    "</>",
    "</ p>",
    "<p/>",
    "<div/>",
    "<input type=hidden>",
    "<form>",
    "</form>",
    "<button>",
    "</button>",
    "<image src=x>",
    "<textarea>\nx</textarea>",
    "<listing>",
    "</listing>",
    "<noscript>n</noscript>",
    "<template>t</template>",
    "<A HREF=\"/Y\">",
    "</A>",
    "<p title=\"a\"title=\"b\">",
    "<p a=\"1\" a=\"2\">",
    "<p a = \"1\">",
    "<p hidden>",
    "<time datetime=\"2024\">",
    "</time>",
    "\u{e9}",
    "<a name=top>",
    "<label>",
    "</label>",
    "<math>",
    "\r\n",
    "\0",
    "<p id=a&amp;b>",
    "<p data-x=\"&#0;\">",
    "<b><b><b><b>",
    "</b></b></b></b>",
    "<nobr>",
    "<font>",
    "</font>",
    "<body>",
    "<html>",
    "<head>",
    "</body>",
    "</html>",
    "<meta charset=utf-8>",
    "<link rel=x href=y>",
    "<p>x<div>y</div></p>",
    "<a><a>",
    "<h2><h3>",
    "</h3></h2>",
    "<li><ul><li>",
    "</li></ul></li>",
    "<dd><div><dt>",
    "<p><li>",
    "<p><hr>",
    "<p><pre>",
    "<span/>",
    "<my-el>",
    "<p x=a\"b>",
    "<p x=`a`>",
    "<p =x>",
    "<p x='a'y='b'>",
    "<p/ >",
    "</p x>",
    "<?pi?>",
    "<!DOCTYPE html>",
    "<![CDATA[x]]>",
    "\t",
    "<figure>",
    "</figure>",
    "<picture>",
    "<source srcset=\"a.png 2x\">",
    "</picture>",
    "<blockquote>",
    "</blockquote>",
    "<ins>",
    "</ins>",
    "<area href=/a>",
    "<wbr>",
];

/// A document from fragment indices, in one of a few page shapes.
fn document(shape: u8, head: &[usize], body: &[usize], tail: &str) -> String {
    let h: String = head.iter().map(|&i| HEAD[i % HEAD.len()]).collect();
    let b: String = body.iter().map(|&i| BODY[i % BODY.len()]).collect();
    match shape % 4 {
        0 => format!("<!doctype html><html lang=\"en\"><head>{h}</head><body>{b}</body></html>{tail}"),
        1 => format!("<!doctype html>\n<html lang=en>\n<head>\n{h}\n</head>\n<body>\n{b}\n</body>\n</html>\n{tail}"),
        2 => format!("<!DOCTYPE html><html><head>{h}</head><body class=x>{b}{tail}"),
        _ => format!("<!doctype html>{h}{b}{tail}"),
    }
}

const TAILS: &[&str] = &["", "\n", "<!-- end -->", "x", "<p>", "</body>", " \n"];

/// A tiny deterministic random source (xorshift), so a failure repeats.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[self.below(from.len())]
    }
}

const CONTAINERS: &[&str] = &[
    "p",
    "div",
    "a",
    "b",
    "em",
    "strong",
    "code",
    "span",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "h1",
    "h2",
    "h3",
    "pre",
    "section",
    "nav",
    "header",
    "footer",
    "article",
    "figure",
    "figcaption",
    "blockquote",
    "time",
    "label",
    "i",
    "small",
    "main",
    "aside",
    "q",
];
const ATTRS: &[&str] =
    &["", " class=\"a\"", " id=x", " href=\"/t/#y\"", " aria-label='L'", " title=\"a &amp; b\"", " hidden", " data-n=\"1\""];
const TEXTS: &[&str] = &["word", " ", "\n", "a &amp; b", "x &lt; y", "it&#39;s", "caf\u{e9}", "a < b", "5 & 6", "&nbsp;", "&#x2014;"];
const LEAVES: &[&str] = &[
    "<img src=\"a.png\" alt=\"\">",
    "<br>",
    "<hr>",
    "<wbr>",
    "<img src=a.png/>",
    "<!-- c -->",
    "<script>1</script>",
    "<style>p{}</style>",
    "<svg class=\"ico\" aria-hidden=\"true\" viewBox=\"0 0 20 20\" width=\"16\"><path d=\"M7 14z\" fill=\"currentColor\"/></svg>",
    "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"><title>Call &amp; ask</title><g><circle r=\"2\"></circle></g></svg>",
    "<svg/>",
    "<svg><rect preserveaspectratio=x /></svg>",
    "<svg><title>a<b>b</b></title></svg>",
    "<svg><p>x</p></svg>",
    "<svg><a href=\"/s\"><path/></a></svg>",
    "<base href=/b/>",
    "<area href=/a>",
    "<a>no href</a>",
    "<picture><source srcset=\"a.png 2x\"><source media=x><img src=a.png alt=\"\"></picture>",
    "<a href=\"/x\"><svg><title>Phone</title><path d=\"M1\"/></svg></a>",
];

/// Well-nested markup: elements closed in order, though not always allowed
/// where they stand (a `div` in a `p`, an `a` in an `a`).
fn nested(r: &mut Rng, depth: usize, out: &mut String) {
    for _ in 0..r.below(4) {
        match r.below(5) {
            0 | 1 => out.push_str(r.pick(TEXTS)),
            2 => out.push_str(r.pick(LEAVES)),
            _ if depth < 4 && r.below(6) == 0 => table(r, depth, out),
            _ if depth < 4 => {
                let tag = r.pick(CONTAINERS);
                out.push_str(&format!("<{tag}{}>", r.pick(ATTRS)));
                nested(r, depth + 1, out);
                out.push_str(&format!("</{tag}>"));
            }
            _ => out.push_str(r.pick(TEXTS)),
        }
    }
}

/// A table as Markdown renders one (sometimes with blank text between the
/// parts), cells holding nested markup.
fn table(r: &mut Rng, depth: usize, out: &mut String) {
    let ws = |r: &mut Rng| if r.below(2) == 0 { "" } else { "\n" };
    out.push_str("<table>");
    for (part, cell) in [("thead", "th"), ("tbody", "td")] {
        out.push_str(&format!("{}<{part}>", ws(r)));
        for _ in 0..r.below(3) {
            out.push_str(&format!("{}<tr>", ws(r)));
            for _ in 0..r.below(3) {
                out.push_str(&format!("<{cell}{}>", r.pick(ATTRS)));
                nested(r, depth + 1, out);
                out.push_str(&format!("</{cell}>"));
            }
            out.push_str("</tr>");
        }
        out.push_str(&format!("</{part}>"));
    }
    out.push_str(&format!("{}</table>", ws(r)));
}

/// A small document: nested markup, sometimes with a stray fragment from
/// the wider vocabulary, in one of three page shapes.
fn sweep_document(r: &mut Rng) -> String {
    let head: Vec<usize> = (0..r.below(4)).map(|_| r.below(HEAD.len() - 2)).collect();
    let mut body = String::new();
    nested(r, 0, &mut body);
    if r.below(4) == 0 {
        let at = r.below(body.len() + 1);
        if body.is_char_boundary(at) {
            body.insert_str(at, r.pick(BODY));
        }
    }
    let h: String = head.iter().map(|&i| HEAD[i]).collect();
    match r.below(3) {
        0 => format!("<!doctype html><html lang=\"en\"><head>{h}</head><body>{body}</body></html>"),
        1 => format!("<!doctype html>\n<html lang=en>\n<head>\n{h}\n</head>\n<body>\n{body}\n</body>\n</html>\n"),
        _ => format!("<!doctype html><html><head>{h}</head><body>{body}{}", r.pick(TAILS)),
    }
}

/// Whatever the fast path accepts, html5ever builds the same tree for; and
/// it accepts enough of the documents for the comparison to mean something.
#[test]
fn the_fast_path_agrees_with_html5ever_on_a_sweep_of_documents() {
    let mut r = Rng(0x9E37_79B9_7F4A_7C15);
    let (mut accepted, total) = (0, 20_000);
    for _ in 0..total {
        accepted += usize::from(same_tree(&sweep_document(&mut r)));
    }
    assert!(accepted * 4 > total, "only {accepted} of {total} documents took the fast path");
}

/// `dom::find` yields what the CSS selectors it replaces yield, in order.
#[test]
fn found_elements_are_the_selectors_matches() {
    let sel = |css: &str| Selector::parse(css).unwrap();
    let (headings, img, links, base, sources) =
        (sel("h1, h2, h3, h4, h5, h6"), sel("img"), sel("a[href], area[href]"), sel("head base[href]"), sel("picture > source[srcset]"));
    let mut r = Rng(0x2545_F491_4F6C_DD1D);
    for _ in 0..5_000 {
        let doc = Html::parse_document(&sweep_document(&mut r));
        // Half the time the checked region is the first `main` or `div`.
        let scope = if r.below(2) == 0 { doc.select(&sel("main, div")).next() } else { None };
        let in_scope = |e: &ElementRef| super::in_scope(scope, e);
        let f = super::dom::find(&doc, in_scope);
        let ids = |v: &[ElementRef]| v.iter().map(|e| e.id()).collect::<Vec<_>>();
        let scoped = |s: &Selector| doc.select(s).filter(|e| in_scope(e)).map(|e| e.id()).collect::<Vec<_>>();
        assert_eq!(ids(&f.headings), doc.select(&headings).map(|e| e.id()).collect::<Vec<_>>());
        assert_eq!(ids(&f.images), scoped(&img));
        assert_eq!(ids(&f.links), scoped(&links));
        assert_eq!(f.base.map(|e| e.id()), doc.select(&base).next().map(|e| e.id()));
        assert_eq!(ids(&f.picture_sources), scoped(&sources));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]
    #[test]
    fn fast_path_trees_are_html5evers(
        shape in 0u8..4,
        head in prop::collection::vec(0usize..HEAD.len(), 0..4),
        body in prop::collection::vec(0usize..BODY.len(), 0..14),
        tail in 0usize..TAILS.len(),
    ) {
        same_tree(&document(shape, &head, &body, TAILS[tail]));
    }
}
