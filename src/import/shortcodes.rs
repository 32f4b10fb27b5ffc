//! Shortcodes and includes: figures, images, YouTube/Vimeo videos and
//! buttons become Markdown (or HTML in an HTML body); everything else is
//! left in place as a visible `TODO(import)` marker for a person to redo.

use super::model::Kind;
use regex::{Captures, Regex};
use std::collections::HashMap;
use std::sync::LazyLock;

/// The marker text a person searches for.
pub const TODO: &str = "TODO(import)";

/// A shortcode's arguments: named (`src="a"`) and positional.
#[derive(Debug, Default)]
pub struct Args {
    pub named: HashMap<String, String>,
    pub positional: Vec<String>,
}

impl Args {
    fn get(&self, keys: &[&str]) -> Option<&str> {
        keys.iter().find_map(|k| self.named.get(*k)).map(String::as_str).filter(|s| !s.is_empty())
    }
}

static ARG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?:([A-Za-z_][\w-]*)\s*[=:]\s*)?(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|“([^”]*)”|([^\s"',()]+))"#).expect("valid regex")
});

/// Parses `a="x" b='y' c=z positional` (Liquid, Hugo, WordPress) or `a="x", b=1` (Zola).
pub fn parse_args(s: &str) -> Args {
    let mut a = Args::default();
    for c in ARG.captures_iter(s) {
        let v = c.get(2).or(c.get(3)).or(c.get(4)).or(c.get(5)).map(|m| m.as_str().replace("\\\"", "\"")).unwrap_or_default();
        match c.get(1) {
            Some(k) => {
                a.named.insert(k.as_str().to_lowercase(), v);
            }
            None => a.positional.push(v),
        }
    }
    a
}

/// Whether converted pieces are written as Markdown or as HTML (for a body converted afterwards).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Out {
    Markdown,
    Html,
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A visible marker keeping the original text (shortened) for a person to redo by hand.
pub fn todo(original: &str, out: Out) -> String {
    let flat: String = original.split_whitespace().collect::<Vec<_>>().join(" ");
    let short: String = if flat.chars().count() > 140 { flat.chars().take(137).collect::<String>() + "…" } else { flat };
    match out {
        Out::Html => format!("<code>{TODO}: {}</code>", esc(&short)),
        Out::Markdown if short.contains('`') => format!("``{TODO}: {} ``", short.replace("``", "` `")),
        Out::Markdown => format!("`{TODO}: {short}`"),
    }
}

fn figure(src: &str, alt: &str, caption: Option<&str>, out: Out) -> String {
    match out {
        Out::Markdown => {
            let mut s = format!("![{}]({})", alt.replace(['[', ']'], ""), src.replace(' ', "%20"));
            if let Some(c) = caption.filter(|c| !c.trim().is_empty()) {
                s.push_str(&format!("\n*{}*", c.trim()));
            }
            s
        }
        Out::Html => {
            let cap = caption.map(|c| format!("<br><em>{}</em>", esc(c))).unwrap_or_default();
            format!("<p><img src=\"{}\" alt=\"{}\">{cap}</p>", esc(src), esc(alt))
        }
    }
}

fn link(text: &str, href: &str, out: Out) -> String {
    match out {
        Out::Markdown => format!("[{}]({})", text.replace(['[', ']'], ""), href.replace(' ', "%20")),
        Out::Html => format!("<a href=\"{}\">{}</a>", esc(href), esc(text)),
    }
}

fn youtube_id(a: &Args) -> Option<String> {
    let raw = a.get(&["id", "video", "url", "src"]).map(String::from).or_else(|| a.positional.first().cloned())?;
    let id = raw.rsplit(['/', '=']).next().unwrap_or(&raw).split(['?', '&']).next().unwrap_or("").to_string();
    (!id.is_empty()).then_some(id)
}

/// Converts one shortcode by name, or `None` when it has no equivalent.
pub fn convert(name: &str, a: &Args, inner: Option<&str>, out: Out) -> Option<String> {
    let name = name.trim_end_matches(".html").trim_end_matches(".liquid").to_lowercase();
    let name = name.rsplit('/').next().unwrap_or(&name);
    match name {
        "figure" | "image" | "img" | "picture" | "photo" | "caption" => {
            let src = a.get(&["src", "image", "url", "path", "file", "image_path", "link"]).or(a.positional.first().map(String::as_str))?;
            let alt = a.get(&["alt", "alt_text", "image_alt", "description"]).unwrap_or("");
            let caption = a.get(&["caption", "title", "text"]).or(inner);
            Some(figure(src, alt, caption, out))
        }
        "youtube" | "youtube-video" | "youtube_video" | "video" if a.get(&["provider"]).is_none_or(|p| p == "youtube") => {
            let id = youtube_id(a)?;
            let title = a.get(&["title", "caption"]).unwrap_or("this video");
            Some(link(&format!("Watch {title} on YouTube"), &format!("https://www.youtube.com/watch?v={id}"), out))
        }
        "vimeo" => {
            let id = youtube_id(a)?;
            Some(link("Watch this video on Vimeo", &format!("https://vimeo.com/{id}"), out))
        }
        "button" | "btn" | "cta" | "link-button" | "button-link" => {
            let href = a.get(&["href", "url", "link", "target_url"]).or(a.positional.first().map(String::as_str))?;
            let text = a
                .get(&["text", "label", "title", "name"])
                .or(inner.map(str::trim))
                .or(a.positional.get(1).map(String::as_str))
                .unwrap_or(href);
            Some(link(text, href, out))
        }
        _ => None,
    }
}

/// A converted body and the number of TODO markers it gained.
pub struct Converted {
    pub text: String,
    pub todos: usize,
}

static LIQUID: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?s)\{%-?\s*(\w+)\s*(.*?)\s*-?%\}|\{\{-?\s*(.*?)\s*-?\}\}").expect("valid regex"));
static HUGO: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?s)\{\{([<%])\s*(/?)\s*([\w./-]+)(.*?)\s*[>%]\}\}").expect("valid regex"));
static ZOLA: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?s)\{\{\s*(\w+)\((.*?)\)\s*\}\}|\{%\s*(\w+)\((.*?)\)\s*%\}(.*?)\{%\s*end\s*%\}").expect("valid regex"));
static WP: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\[(/?)([a-z][a-z0-9_-]*)((?:\s[^\]]*)?)\]").expect("valid regex"));
static URL_FILTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^["']([^"']*)["']\s*\|\s*(?:relative_url|absolute_url|prepend:\s*site\.baseurl|prepend:\s*site\.url)\s*$"#)
        .expect("valid regex")
});

/// Converts the shortcodes/includes of `kind` in `body`.
pub fn run(kind: Kind, body: &str, out: Out) -> Converted {
    let mut todos = 0;
    let text = match kind {
        Kind::Jekyll => liquid(body, out, &mut todos),
        Kind::Hugo => hugo(body, out, &mut todos),
        Kind::Zola => zola(body, out, &mut todos),
        Kind::Wordpress => wordpress(body, out, &mut todos),
    };
    Converted { text, todos }
}

/// Applies `f` to the text of `body` outside the matches of `re`, and
/// `keep` to each match (text a generator was told to show as written).
fn outside(body: &str, re: &Regex, keep: impl Fn(&Captures) -> String, mut f: impl FnMut(&str) -> String) -> String {
    let mut s = String::with_capacity(body.len());
    let mut last = 0;
    for c in re.captures_iter(body) {
        let Some(m) = c.get(0) else { continue };
        s.push_str(&f(&body[last..m.start()]));
        s.push_str(&keep(&c));
        last = m.end();
    }
    s.push_str(&f(&body[last..]));
    s
}

/// `{% raw %}…{% endraw %}`: Jekyll shows what is inside as written.
static RAW: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?s)\{%-?\s*raw\s*-?%\}(.*?)\{%-?\s*endraw\s*-?%\}").expect("valid regex"));

fn liquid(body: &str, out: Out, todos: &mut usize) -> String {
    // What `{% raw %}` shows as written stays as written (carepress does not
    // read `{{ }}` in Markdown); a `{% raw %}` left open is a marker.
    outside(body, &RAW, |c| c[1].to_string(), |part| liquid_tags(part, out, todos))
}

fn liquid_tags(body: &str, out: Out, todos: &mut usize) -> String {
    // Code fences first: {% highlight x %}…{% endhighlight %}.
    let body = body.replace("{% endhighlight %}", "```");
    let hl = Regex::new(r"\{%\s*highlight\s+(\w+)[^%]*%\}").expect("valid regex");
    let body = hl.replace_all(&body, "```$1");
    LIQUID
        .replace_all(&body, |c: &Captures| {
            if let Some(expr) = c.get(3) {
                let e = expr.as_str().trim();
                if e == "site.baseurl" || e == "site.url" || e == "site.url }}{{ site.baseurl" {
                    return String::new();
                }
                if let Some(u) = URL_FILTER.captures(e) {
                    return u[1].to_string();
                }
                *todos += 1;
                return todo(&c[0], out);
            }
            let tag = &c[1];
            let rest = c.get(2).map(|m| m.as_str()).unwrap_or("");
            let converted = match tag {
                "include" | "include_relative" | "render" => {
                    let mut parts = rest.splitn(2, char::is_whitespace);
                    let name = parts.next().unwrap_or("").trim_matches(['"', '\'']);
                    convert(name, &parse_args(parts.next().unwrap_or("")), None, out)
                }
                "youtube" | "vimeo" => convert(tag, &parse_args(rest), None, out),
                _ => None,
            };
            converted.unwrap_or_else(|| {
                *todos += 1;
                todo(&c[0], out)
            })
        })
        .into_owned()
}

/// `{{</* name */>}}`: Hugo shows the shortcode itself, as written.
static HUGO_ESCAPED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?s)\{\{([<%])/\*(.*?)\*/([>%])\}\}").expect("valid regex"));

fn hugo(body: &str, out: Out, todos: &mut usize) -> String {
    outside(body, &HUGO_ESCAPED, |c| format!("{{{{{}{}{}}}}}", &c[1], &c[2], &c[3]), |part| hugo_shortcodes(part, out, todos))
}

/// Hugo's `ref`/`relref` target as a carepress internal link (`@/posts/flu.md#when`);
/// the converter points it at the page's new file, or marks it when that page was not imported.
fn hugo_ref(a: &Args) -> Option<String> {
    let target = a.get(&["path", "page"]).or(a.positional.first().map(String::as_str))?;
    let (path, frag) = match target.split_once('#') {
        Some((p, f)) => (p, format!("#{f}")),
        None => (target, String::new()),
    };
    let path = path.trim_start_matches('/').trim_end_matches('/');
    if path.is_empty() || path.contains("://") || path.split('/').any(|p| p == "..") {
        return None;
    }
    let file = if path.ends_with(".md") || path.ends_with(".html") { path.to_string() } else { format!("{path}.md") };
    Some(format!("@/{file}{frag}"))
}

fn hugo_shortcodes(body: &str, out: Out, todos: &mut usize) -> String {
    // Paired buttons first, so their inner text becomes the link text.
    let paired = Regex::new(r"(?s)\{\{[<%]\s*(button|btn|cta)\b(.*?)[>%]\}\}(.*?)\{\{[<%]\s*/\s*(?:button|btn|cta)\s*[>%]\}\}")
        .expect("valid regex");
    let body =
        paired.replace_all(body, |c: &Captures| convert(&c[1], &parse_args(&c[2]), Some(&c[3]), out).unwrap_or_else(|| c[0].to_string()));
    HUGO.replace_all(&body, |c: &Captures| {
        if &c[2] == "/" {
            *todos += 1;
            return todo(&c[0], out);
        }
        let name = &c[3];
        if matches!(name, "ref" | "relref")
            && let Some(link) = hugo_ref(&parse_args(&c[4]))
        {
            return link;
        }
        convert(name, &parse_args(&c[4]), None, out).unwrap_or_else(|| {
            *todos += 1;
            todo(&c[0], out)
        })
    })
    .into_owned()
}

fn zola(body: &str, out: Out, todos: &mut usize) -> String {
    ZOLA.replace_all(body, |c: &Captures| {
        let (name, args, inner) = match c.get(1) {
            Some(n) => (n.as_str(), &c[2], None),
            None => (&c[3], &c[4], c.get(5).map(|m| m.as_str())),
        };
        convert(name, &parse_args(args), inner, out).unwrap_or_else(|| {
            *todos += 1;
            todo(&c[0], out)
        })
    })
    .into_owned()
}

/// WordPress shortcode names that are shortcodes even without attributes or a closing tag.
const WP_KNOWN: &[&str] = &[
    "gallery",
    "audio",
    "video",
    "playlist",
    "embed",
    "caption",
    "youtube",
    "vimeo",
    "button",
    "contact-form-7",
    "contact-form",
    "wpforms",
    "gravityform",
    "su_button",
];

fn wordpress(body: &str, out: Out, todos: &mut usize) -> String {
    // Paired: [caption …]<img …> text[/caption], [embed]url[/embed], [button url=…]text[/button].
    let paired =
        Regex::new(r"(?s)\[(caption|embed|button|su_button|youtube)((?:\s[^\]]*)?)\](.*?)\[/(?:caption|embed|button|su_button|youtube)\]")
            .expect("valid regex");
    let body = paired.replace_all(body, |c: &Captures| {
        let (name, args, inner) = (&c[1], parse_args(&c[2]), &c[3]);
        match name {
            "caption" => {
                let img_end = inner.find('>').map(|i| i + 1).unwrap_or(0);
                let (img, text) = inner.split_at(img_end);
                let text = args.get(&["caption"]).map(String::from).unwrap_or_else(|| text.trim().to_string());
                match out {
                    Out::Html => format!("<p>{img}<br><em>{}</em></p>", text.trim()),
                    Out::Markdown => format!("{img}\n*{}*", text.trim()),
                }
            }
            "embed" | "youtube" if inner.contains("youtu") => {
                let mut a = Args::default();
                a.positional.push(inner.trim().to_string());
                convert("youtube", &a, None, out).unwrap_or_else(|| todo(&c[0], out))
            }
            "embed" => link(inner.trim(), inner.trim(), out),
            _ => convert(name, &args, Some(inner), out).unwrap_or_else(|| {
                *todos += 1;
                todo(&c[0], out)
            }),
        }
    });
    let closers: Vec<String> = WP.captures_iter(&body).filter(|c| &c[1] == "/").map(|c| c[2].to_string()).collect();
    WP.replace_all(&body, |c: &Captures| {
        let name = &c[2];
        let args = &c[3];
        let is_shortcode = WP_KNOWN.contains(&name)
            || closers.iter().any(|x| x == name)
            || args.contains('=')
            || name.starts_with("et_pb_")
            || name.starts_with("vc_");
        if !is_shortcode {
            return c[0].to_string();
        }
        if &c[1] != "/"
            && let Some(s) = convert(name, &parse_args(args), None, out)
        {
            return s;
        }
        *todos += 1;
        todo(&c[0], out)
    })
    .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hugo_figure_youtube_and_unknown() {
        let c = run(Kind::Hugo, "{{< figure src=\"/a.jpg\" alt=\"A\" >}}\n{{< youtube abc >}}\n{{< gallery dir=\"x\" >}}", Out::Markdown);
        assert!(c.text.contains("![A](/a.jpg)"), "{}", c.text);
        assert!(c.text.contains("https://www.youtube.com/watch?v=abc"));
        assert!(c.text.contains("`TODO(import): {{< gallery dir=\"x\" >}}`"));
        assert_eq!(c.todos, 1);
    }

    #[test]
    fn liquid_include_and_url_filter() {
        let c = run(
            Kind::Jekyll,
            "{% include button.html url=\"/book\" text=\"Book\" %} ![x]({{ '/img/a.png' | relative_url }}) {% for p in site.posts %}",
            Out::Markdown,
        );
        assert!(c.text.contains("[Book](/book)"), "{}", c.text);
        assert!(c.text.contains("![x](/img/a.png)"));
        assert_eq!(c.todos, 1);
    }

    #[test]
    fn zola_and_wordpress() {
        let z = run(Kind::Zola, "{{ youtube(id=\"q1\") }} {% note(kind=\"x\") %}hi{% end %}", Out::Markdown);
        assert!(z.text.contains("watch?v=q1") && z.todos == 1, "{}", z.text);
        let w = run(Kind::Wordpress, "[gallery ids=\"1,2\"] [1] [button url=\"/go\"]Go[/button]", Out::Html);
        assert!(w.text.contains("<a href=\"/go\">Go</a>") && w.text.contains("[1]") && w.todos == 1, "{}", w.text);
    }
}
