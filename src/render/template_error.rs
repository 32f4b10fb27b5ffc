//! Runtime template errors that name the template and line that failed.
//!
//! Tera gives a line only for syntax errors. A runtime error (an undefined
//! variable, a filter given the wrong type, a missing macro or include) is a
//! chain of messages that quotes the failing name and, at best, the
//! template that was *active*: for a template that extends another, that is
//! the child even when the failing expression is in the parent. So the
//! name Tera quotes is looked for in the sources of the templates involved,
//! the ones Tera names first, then those they extend, include and import,
//! and the first use found is reported, saying so when there are several.

use super::templates::Source;
use crate::error::{Diagnostic, line_col};
use std::collections::HashMap;

/// The expression Tera's error quotes, as it is written in a template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Culprit {
    /// A variable path (`site.foo`, `page.tags[0]`).
    Variable(String),
    /// A filter name (`upper`).
    Filter(String),
    /// A function name (`get_url`).
    Function(String),
    /// A test name (`divisibleby`).
    Test(String),
    /// A macro call, `ns::name`, or a namespace alone (`ns`) when the
    /// namespace is what is missing.
    Macro(String),
    /// A template name given to `include`.
    Template(String),
}

impl Culprit {
    /// The name as Tera quoted it.
    fn name(&self) -> &str {
        match self {
            Culprit::Variable(n) | Culprit::Filter(n) | Culprit::Function(n) | Culprit::Test(n) | Culprit::Macro(n) => n,
            Culprit::Template(n) => n,
        }
    }

    /// A pattern for the culprit inside a template tag; group 1 is where
    /// the column points.
    fn pattern(&self) -> regex::Regex {
        let n = regex::escape(self.name());
        let p = match self {
            // The whole path, not a longer one (`site.foo` is not `site.foobar`).
            Culprit::Variable(_) => format!(r"(?:^|[^\w.])({n})(?:[^\w.\[]|$)"),
            Culprit::Filter(_) => format!(r"(?:\||\bfilter\s)\s*({n})\b"),
            Culprit::Function(_) => format!(r"(?:^|[^\w.:])({n})\s*\("),
            Culprit::Test(_) => format!(r"\bis\s+(?:not\s+)?({n})\b"),
            Culprit::Macro(m) if m.contains("::") => format!(r"({n})\s*\("),
            Culprit::Macro(_) => format!(r"(?:^|[^\w.])({n})::"),
            Culprit::Template(_) => format!(r#"\binclude\s[^%]*?["']({n})["']"#),
        };
        regex::Regex::new(&p).unwrap_or_else(|_| regex::Regex::new(r"[^\s\S]").expect("a pattern that matches nothing"))
    }
}

/// What a Tera runtime error says, read from its chain of causes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    /// The problem in carepress's words, without a place.
    pub message: String,
    /// The expression to look for, when the error quotes one.
    pub culprit: Option<Culprit>,
    /// Templates the error names, the most specific first (the one active
    /// when it failed, then the one being rendered).
    pub named: Vec<String>,
    /// The macro (`ns::name`) that was running, if one was.
    pub in_macro: Option<String>,
}

/// Reads a Tera runtime error: what failed, and where Tera says it was.
pub fn read(e: &tera::Error) -> Reading {
    let mut links: Vec<(String, Option<&tera::ErrorKind>)> = Vec::new();
    let mut at: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(x) = at {
        let kind = x.downcast_ref::<tera::Error>().map(|t| &t.kind);
        links.push((x.to_string(), kind));
        at = x.source();
    }
    let all = links.iter().map(|(m, _)| m.as_str()).collect::<Vec<_>>().join(": ");
    let quoted = |re: &str| -> Vec<String> {
        let re = regex::Regex::new(re).expect("a valid pattern");
        re.captures_iter(&all).filter_map(|c| c.get(1)).map(|m| m.as_str().to_string()).collect()
    };
    // Innermost first: the names of an inner message are the most specific.
    let mut named: Vec<String> = Vec::new();
    for re in [r"while rendering '([^']+)'", r"in template `([^`]+)`", r"error happened in '([^']+)'", r"Failed to render '([^']+)'"] {
        for n in quoted(re).into_iter().rev() {
            if !named.contains(&n) {
                named.push(n);
            }
        }
    }
    let in_macro = quoted(r"error while rendering macro `([^`]+)`").pop();
    let (message, culprit) =
        links.iter().rev().find_map(|(m, k)| culprit_of(m, *k, links.last().map(|l| l.0.as_str()))).unwrap_or_else(|| {
            let innermost = links.last().map(|l| l.0.as_str()).unwrap_or_default();
            (plain(innermost), None)
        });
    Reading { message, culprit, named, in_macro }
}

/// The culprit one link of the chain quotes, with the problem worded;
/// `innermost` is the last link, which says why a call failed.
fn culprit_of(msg: &str, kind: Option<&tera::ErrorKind>, innermost: Option<&str>) -> Option<(String, Option<Culprit>)> {
    // "filter `upper` failed: filter `upper` was called on..." says it twice.
    let why = |what: &str| match innermost.filter(|i| *i != msg).map(plain) {
        Some(i) if i.starts_with(what) => i,
        Some(i) => format!("{what} failed: {i}"),
        None => format!("{what} failed"),
    };
    match kind {
        Some(tera::ErrorKind::CallFilter(n)) => return Some((why(&format!("filter `{n}`")), Some(Culprit::Filter(n.clone())))),
        Some(tera::ErrorKind::CallFunction(n)) => return Some((why(&format!("function `{n}`")), Some(Culprit::Function(n.clone())))),
        Some(tera::ErrorKind::CallTest(n)) => return Some((why(&format!("test `{n}`")), Some(Culprit::Test(n.clone())))),
        Some(tera::ErrorKind::FilterNotFound(n)) => return Some((format!("there is no filter `{n}`"), Some(Culprit::Filter(n.clone())))),
        Some(tera::ErrorKind::FunctionNotFound(n)) => {
            return Some((format!("there is no function `{n}`"), Some(Culprit::Function(n.clone()))));
        }
        Some(tera::ErrorKind::TestNotFound(n)) => return Some((format!("there is no test `{n}`"), Some(Culprit::Test(n.clone())))),
        Some(tera::ErrorKind::TemplateNotFound(n)) => {
            // An include names its candidates as `[a.html, b.html]`.
            let first = n.trim_start_matches('[').trim_end_matches(']').split(", ").next().unwrap_or(n).to_string();
            return Some((format!("template `{first}` does not exist"), Some(Culprit::Template(first))));
        }
        _ => {}
    }
    let cap = |re: &str| {
        regex::Regex::new(re)
            .ok()?
            .captures(msg)
            .and_then(|c| Some((c.get(1)?.as_str().to_string(), c.get(2).map(|g| g.as_str().to_string()))))
    };
    // An index that is itself undefined is quoted inside the message about
    // the whole path: the last variable named is the one that is missing.
    if let Some(last) = regex::Regex::new(r"Variable `([^`]+)` not found").ok()?.captures_iter(msg).last() {
        let name = last[1].to_string();
        let message = match cap(r"the evaluated version was `([^`]+)`") {
            Some((evaluated, _)) => format!("`{name}` is not defined (it evaluated to `{evaluated}`: is the index out of range?)"),
            None => format!("variable `{name}` is not defined"),
        };
        return Some((message, Some(Culprit::Variable(name))));
    }
    if let Some((m, _)) = cap(r"Macro `([^`]+::[^`]+)` not found") {
        return Some((format!("there is no macro `{m}`"), Some(Culprit::Macro(m))));
    }
    if let Some((ns, _)) = cap(r"Macro namespace `([^`]+)` was not found") {
        return Some((format!("no macros are imported as `{ns}`"), Some(Culprit::Macro(ns))));
    }
    if let Some((m, Some(arg))) = cap(r"Macro `([^`]+)` is missing the argument `([^`]+)`") {
        return Some((format!("macro `{m}` is called without its argument `{arg}`"), Some(Culprit::Macro(m))));
    }
    let variable = cap(r"(?:on variable|Variable) `([^`]+)`").or_else(|| cap(r"container \(`([^`]+)`\)"));
    if let Some((v, _)) = variable {
        return Some((plain(msg), Some(Culprit::Variable(v))));
    }
    if let Some((f, _)) = cap(r"Function `([^`]+)` was used") {
        return Some((plain(msg), Some(Culprit::Function(f))));
    }
    None
}

/// A Tera message as a carepress one: lower-case first word, no trailing
/// full stop, no "while rendering" (the place is said separately), and
/// quoted values cut short (a filter given the wrong value quotes all of
/// it, which can be the whole site).
fn plain(msg: &str) -> String {
    let msg = msg.split(" while rendering '").next().unwrap_or(msg).trim().trim_end_matches('.');
    let long = regex::Regex::new(r"`([^`]{60,})`").expect("a valid pattern");
    let msg = long.replace_all(msg, |c: &regex::Captures| format!("`{}…`", c[1].chars().take(40).collect::<String>()));
    let mut c = msg.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Where a culprit was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The template's name.
    pub template: String,
    pub line: usize,
    pub column: usize,
    /// Uses of the culprit in all the templates searched (1 when the
    /// place is certain as far as the text can tell).
    pub uses: usize,
}

/// The templates to search, in order: those the error names, each followed
/// by the templates it extends (nearest first), then every template those
/// include or import. The macro that was running, if any, goes first.
pub fn candidates(tera: &tera::Tera, sources: &HashMap<String, &str>, reading: &Reading) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let push = |n: &str, out: &mut Vec<String>| {
        if !out.iter().any(|o| o == n) && sources.contains_key(n) {
            out.push(n.to_string());
        }
    };
    for n in &reading.named {
        push(n, &mut out);
        for p in tera.get_template(n).map(|t| t.parents.clone()).unwrap_or_default() {
            push(&p, &mut out);
        }
    }
    let mut k = 0;
    while k < out.len() {
        let text = sources.get(out[k].as_str()).copied().unwrap_or_default();
        for used in referenced(text) {
            push(&used, &mut out);
        }
        k += 1;
    }
    if let Some(ns) = reading.in_macro.as_deref().and_then(|m| m.split("::").next()) {
        let file = out.iter().find_map(|n| {
            let t = tera.get_template(n).ok()?;
            t.imported_macro_files.iter().find(|(_, space)| space == ns).map(|(file, _)| file.clone())
        });
        if let Some(at) = file.and_then(|f| out.iter().position(|n| *n == f)) {
            let f = out.remove(at);
            out.insert(0, f);
        }
    }
    out
}

/// Templates a template's text includes, imports or extends, in order.
fn referenced(text: &str) -> Vec<String> {
    let re =
        regex::Regex::new(r#"\{%-?\s*(?:include|import|extends)\s+((?:["'][^"']+["']\s*,?\s*)+|\[[^\]]*\])"#).expect("a valid pattern");
    let name = regex::Regex::new(r#"["']([^"']+)["']"#).expect("a valid pattern");
    re.captures_iter(text).flat_map(|c| name.captures_iter(&c[1]).map(|n| n[1].to_string()).collect::<Vec<_>>()).collect()
}

/// A stretch of a template's text to search: (name, text, start, end).
pub type Piece<'a> = (&'a str, &'a str, usize, usize);

/// The first use of `culprit` inside a tag of the pieces, in order, with
/// the number of uses in all of them (a place is counted once however
/// many pieces hold it).
pub fn locate(culprit: &Culprit, pieces: &[Piece]) -> Option<Found> {
    let re = culprit.pattern();
    let mut first: Option<Found> = None;
    let mut seen = std::collections::HashSet::new();
    for &(name, text, from, to) in pieces {
        for (start, end) in tag_spans(text) {
            if start < from || end > to {
                continue;
            }
            for c in re.captures_iter(&text[start..end]) {
                let Some(m) = c.get(1) else { continue };
                if !seen.insert((name, start + m.start())) {
                    continue;
                }
                if first.is_none() {
                    let (line, column) = line_col(text, start + m.start());
                    first = Some(Found { template: name.to_string(), line, column, uses: 0 });
                }
            }
        }
    }
    first.map(|f| Found { uses: seen.len(), ..f })
}

/// The pieces of a template that extends others in the order Tera renders
/// them: the outermost parent's text, each block in it replaced by the
/// body of the nearest template that defines it. `chain` is the template
/// and its parents, nearest first. (`super()` and includes are not
/// followed: the caller searches whole templates after these pieces.)
pub fn render_order<'a>(chain: &[(&'a str, &'a str)]) -> Vec<Piece<'a>> {
    let mut out = Vec::new();
    if let Some(&(_, root)) = chain.last() {
        flatten(chain, chain.len() - 1, 0, root.len(), 0, &mut out);
    }
    out
}

/// `block NAME` and `endblock` tags of a text: (start, end, Some(NAME) for an opening tag).
fn block_tags(text: &str) -> Vec<(usize, usize, Option<&str>)> {
    let re = regex::Regex::new(r"\{%-?\s*(?:block\s+(\w+)|endblock\b[^%]*?)\s*-?%\}").expect("a valid pattern");
    re.captures_iter(text).filter_map(|c| Some((c.get(0)?.start(), c.get(0)?.end(), c.get(1).map(|n| n.as_str())))).collect()
}

/// The byte range of the body of the block opened by `tags[at]`, and the
/// index of its `endblock`.
fn block_body(tags: &[(usize, usize, Option<&str>)], at: usize) -> Option<(usize, usize, usize)> {
    let mut depth = 0usize;
    for (k, t) in tags.iter().enumerate().skip(at) {
        match t.2 {
            Some(_) => depth += 1,
            None if depth == 1 => return Some((tags[at].1, t.0, k)),
            None => depth -= 1,
        }
    }
    None
}

fn flatten<'a>(chain: &[(&'a str, &'a str)], ti: usize, from: usize, to: usize, depth: usize, out: &mut Vec<Piece<'a>>) {
    let (name, text) = chain[ti];
    let tags = block_tags(text);
    let mut cursor = from;
    let mut k = 0;
    while k < tags.len() {
        let (start, _, Some(block)) = tags[k] else {
            k += 1;
            continue;
        };
        let Some((_, body_end, close)) = block_body(&tags, k) else { break };
        if start < cursor || body_end > to {
            k += 1;
            continue;
        }
        out.push((name, text, cursor, start));
        // The nearest template that defines the block renders its body.
        let definer = chain.iter().position(|(_, t)| {
            let tags = block_tags(t);
            tags.iter().any(|b| b.2 == Some(block))
        });
        match definer {
            Some(d) if depth < 32 => {
                let tags_d = block_tags(chain[d].1);
                let open = tags_d.iter().position(|b| b.2 == Some(block));
                if let Some((bs, be, _)) = open.and_then(|o| block_body(&tags_d, o)) {
                    flatten(chain, d, bs, be, depth + 1, out);
                }
            }
            _ => out.push((name, text, start, body_end)),
        }
        cursor = tags[close].1;
        k = close + 1;
    }
    out.push((name, text, cursor, to));
}

/// Byte ranges of the insides of `{{ }}` and `{% %}` tags: text, comments
/// and `raw` blocks are not template code.
pub fn tag_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut raw = false;
    while let Some(off) = text[i..].find('{') {
        let open = i + off;
        let close = match text.get(open + 1..open + 2) {
            Some("{") => "}}",
            Some("%") => "%}",
            Some("#") => "#}",
            _ => {
                i = open + 1;
                continue;
            }
        };
        let Some(len) = text[open + 2..].find(close) else { break };
        let (start, end) = (open + 2, open + 2 + len);
        let inner = text[start..end].trim_matches(|c: char| c == '-' || c.is_whitespace());
        if close == "%}" && inner == "endraw" {
            raw = false;
        } else if close == "%}" && inner == "raw" {
            raw = true;
        } else if close != "#}" && !raw {
            out.push((start, end));
        }
        i = end + 2;
    }
    out
}

/// A runtime error of `template`, rendered for `what` (a content file or
/// URL), at the template and line that failed when the sources tell.
pub fn diagnose(tera: &tera::Tera, sources: &[Source], template: &str, what: &str, e: &tera::Error) -> Diagnostic {
    let reading = read(e);
    let texts: HashMap<String, &str> = sources.iter().map(|s| (s.name.clone(), s.text.as_str())).collect();
    let order = candidates(tera, &texts, &reading);
    // A template that extends others is searched in the order Tera renders
    // it first, then every candidate whole.
    let active = reading.named.first().map_or(template, String::as_str);
    let parents = tera.get_template(active).map(|t| t.parents.clone()).unwrap_or_default();
    let chain: Vec<(&str, &str)> =
        std::iter::once(active).chain(parents.iter().map(String::as_str)).filter_map(|n| Some((n, *texts.get(n)?))).collect();
    let mut pieces = if parents.is_empty() { Vec::new() } else { render_order(&chain) };
    pieces.extend(order.iter().filter_map(|n| texts.get(n).map(|t| (n.as_str(), *t, 0, t.len()))));
    let found = reading.culprit.as_ref().and_then(|c| locate(c, &pieces));
    let file_of = |name: &str| sources.iter().find(|s| s.name == name).map_or_else(|| name.into(), |s| s.file.clone());
    let first_use = match &found {
        Some(f) if f.uses > 1 => format!("first of {} uses; ", f.uses),
        _ => String::new(),
    };
    let message = format!("{} ({first_use}while rendering {what} with {template})", reading.message);
    let (file, line, column) = match &found {
        Some(f) => (file_of(&f.template), f.line, f.column),
        None => (file_of(reading.named.first().map_or(template, String::as_str)), 0, 0),
    };
    Diagnostic::error("build/template", file, line, column, message).with_hint(hint(reading.culprit.as_ref()))
}

/// [`diagnose`] for an error met rendering the page at `current_path`,
/// named by its content file when it has one, with the site's templates
/// read again (only now, on the error path).
pub fn at_render(site: &crate::site::Site, tera: &tera::Tera, template: &str, current_path: &str, e: &tera::Error) -> Diagnostic {
    let sources = super::templates::sources(&site.root, &site.config.theme.name).unwrap_or_default();
    let page = site.published().map(|i| &site.content.pages[i].page).find(|p| p.path == current_path);
    let what = page.map_or_else(|| current_path.to_string(), |p| p.file.display().to_string());
    diagnose(tera, &sources, template, &what, e)
}

fn hint(culprit: Option<&Culprit>) -> String {
    match culprit {
        Some(Culprit::Variable(v)) => format!(
            "check `{v}` for a typo (values of your own are `site.extra.*` from site.toml's [extra] and `page.extra.*` from front matter), or give it a fallback: `{v} | default(value=\"\")`"
        ),
        Some(Culprit::Filter(_)) => {
            "check the filter's name and the value it is given (Tera's filters: https://keats.github.io/tera/docs/#built-in-filters)".into()
        }
        Some(Culprit::Macro(_)) => {
            "check the macro's name, and that this template imports its file: {% import \"macros.html\" as m %}".into()
        }
        Some(Culprit::Template(t)) => format!("create templates/{t}, or fix the name in the include"),
        _ => "fix the template, or delete the override to use the built-in theme".into(),
    }
}

/// Merges the same template error met on many pages into one, at its first
/// page, saying on how many others it happened: the page named differs,
/// so [`crate::error::once_per_site`] would keep them all.
pub fn once_per_template(found: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let key = |d: &Diagnostic| {
        // The problem without its place in the build ("(first of 2 uses;
        // while rendering ...)"), which differs from page to page.
        let base = d.message.rsplit_once(" (").filter(|(_, tail)| tail.contains("while rendering ")).map_or(d.message.as_str(), |(b, _)| b);
        let base = base.to_string();
        (d.rule.clone(), d.file.clone(), d.line, d.column, base)
    };
    let mut first: HashMap<_, (usize, usize)> = HashMap::new();
    let mut out: Vec<Diagnostic> = Vec::with_capacity(found.len());
    for d in found {
        if d.rule != "build/template" || !d.message.contains("while rendering ") {
            out.push(d);
            continue;
        }
        match first.get_mut(&key(&d)) {
            Some((_, more)) => *more += 1,
            None => {
                first.insert(key(&d), (out.len(), 0));
                out.push(d);
            }
        }
    }
    for (at, more) in first.into_values().filter(|(_, more)| *more > 0) {
        let d = &mut out[at];
        if d.message.ends_with(')') {
            d.message.pop();
            let s = if more == 1 { "" } else { "s" };
            d.message.push_str(&format!(", and on {more} other page{s})"));
        }
        // Already one report: nothing for once_per_site to merge.
        d.site_wide = false;
    }
    out
}

#[cfg(test)]
mod tests;
