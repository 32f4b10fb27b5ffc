//! Turns TOML and YAML deserialisation errors into [`Diagnostic`]s with the
//! file's own line and column, and a "did you mean" for unknown keys.

use crate::error::{Diagnostic, did_you_mean, line_col};
use std::path::Path;

/// Parses `text` as TOML into `T`; `first_line` is the file line of `text`'s first line.
pub fn from_toml<T: serde::de::DeserializeOwned>(text: &str, file: &Path, first_line: usize) -> Result<T, Diagnostic> {
    toml::from_str(text).map_err(|e| {
        let at = e.span().map(|s| s.start).unwrap_or(0);
        // The parser notices an unclosed list, table or string only where
        // the front matter ends, which is the closing `+++`: point at the
        // opening bracket instead, where the fix goes.
        if at >= text.trim_end().len()
            && let Some((open, pos)) = unclosed(text)
        {
            let (line, col) = line_col(text, pos);
            return Diagnostic::error(
                "build/syntax",
                file,
                line + first_line - 1,
                col,
                format!("invalid TOML: this `{open}` is never closed"),
            )
            .with_hint(format!("close it with `{}`: the front matter ends before it is closed", closer(open)));
        }
        let (line, col) = line_col(text, at);
        describe(e.message(), file, line + first_line - 1, col, "TOML")
    })
}

/// The innermost bracket or quote of `text` left open at its end, with its
/// byte offset (TOML's `[`, `{`, `"` and `'`; strings hide brackets, and a
/// `#` outside a string starts a comment).
fn unclosed(text: &str) -> Option<(char, usize)> {
    // Multi-line strings are rare in front matter; leave them to the parser.
    if text.contains("\"\"\"") || text.contains("\'\'\'") {
        return None;
    }
    let mut stack: Vec<(char, usize)> = Vec::new();
    for (lstart, line) in text.split_inclusive('\n').scan(0, |o, l| {
        let s = *o;
        *o += l.len();
        Some((s, l))
    }) {
        let mut chars = line.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            match (stack.last().map(|t| t.0), c) {
                (Some('"'), '\\') => {
                    chars.next();
                }
                (Some('"'), '"') | (Some('\''), '\'') => {
                    stack.pop();
                }
                (Some('"' | '\''), _) => {}
                (_, '#') => break,
                (_, '[' | '{' | '"' | '\'') => stack.push((c, lstart + i)),
                (Some('['), ']') | (Some('{'), '}') => {
                    stack.pop();
                }
                _ => {}
            }
        }
        // A basic or literal string cannot run over a line end.
        if matches!(stack.last(), Some(('"' | '\'', _))) {
            return stack.pop();
        }
    }
    stack.pop()
}

fn closer(open: char) -> char {
    match open {
        '[' => ']',
        '{' => '}',
        c => c,
    }
}

/// Parses `text` as YAML into `T`; `first_line` is the file line of `text`'s first line.
pub fn from_yaml<T: serde::de::DeserializeOwned>(text: &str, file: &Path, first_line: usize) -> Result<T, Diagnostic> {
    // An empty YAML document is null, which serde_norway will not turn into a struct.
    let text_or_empty = if text.trim().is_empty() { "{}" } else { text };
    serde_norway::from_str(text_or_empty).map_err(|e| {
        let (line, col) = e.location().map(|l| (l.line(), l.column())).unwrap_or((1, 1));
        let msg = e.to_string();
        // serde_norway appends " at line X column Y"; we print our own position.
        let msg = msg.split(" at line ").next().unwrap_or(&msg).to_string();
        describe(&msg, file, line + first_line - 1, col, "YAML")
    })
}

/// What other generators' page keys are called here, and what to do
/// (`carepress import` does all of this for a whole site).
const MIGRATION: &[(&str, &str)] = &[
    ("excerpt", "carepress calls it `description`: rename the key"),
    ("summary", "carepress calls it `description`: rename the key"),
    ("meta_description", "carepress calls it `description`: rename the key"),
    (
        "layout",
        "not needed: carepress picks the template from the section (set `template` only for a page of your own design); delete the line",
    ),
    (
        "permalink",
        "carepress builds the address from the section and `slug`: set `slug` to the last part of the address, and `aliases = [\"<old address>\"]` so old links keep working",
    ),
    (
        "url",
        "carepress builds the address from the section and `slug`: set `slug` to the last part of the address, and `aliases = [\"<old address>\"]` so old links keep working",
    ),
    ("path", "carepress builds the address from the section and `slug`: set `slug`, and keep the old address in `aliases`"),
    ("categories", "carepress has one list for this: rename it to `tags` (merge it with `tags` if both are set)"),
    ("category", "carepress has one list for this: `tags = [\"…\"]`"),
    ("thumbnail", "carepress calls it `image`, with `image_alt` describing it"),
    ("featured_image", "carepress calls it `image`, with `image_alt` describing it"),
    ("featuredImage", "carepress calls it `image`, with `image_alt` describing it"),
    ("feature_image", "carepress calls it `image`, with `image_alt` describing it"),
    ("cover", "carepress calls it `image`, with `image_alt` describing it"),
    ("lastmod", "carepress calls it `updated`: rename the key"),
    ("last_modified_at", "carepress calls it `updated`: rename the key"),
    ("publishDate", "carepress calls it `date`: rename the key"),
    ("expiryDate", "carepress calls it `expires`: rename the key"),
    ("redirect_from", "carepress calls it `aliases`: rename the key"),
    ("authors", "carepress takes one `author`: the slug of a team page (its file name under content/team/)"),
    ("published", "carepress uses `draft = true` for an unpublished page; delete `published`"),
    ("nav_order", "carepress calls it `weight`: rename the key"),
    ("order", "carepress calls it `weight`: rename the key"),
];

/// The hint for an unknown key: what another generator's key is called
/// here, else the nearest known key, else where free data goes.
pub fn unknown_key_hint(key: &str, expected: &[&str]) -> String {
    if let Some((_, what)) = MIGRATION.iter().find(|(k, _)| *k == key)
        && (expected.is_empty() || expected.contains(&"title"))
    {
        return format!("`{key}` is another generator's key; {what}.");
    }
    match did_you_mean(key, expected.iter().copied()) {
        Some(k) => format!("did you mean `{k}`? Free data belongs under `extra`."),
        None if !expected.is_empty() => format!("known keys here: {}. Free data belongs under `extra`.", expected.join(", ")),
        None => "remove it, or put free data under `extra`.".to_string(),
    }
}

fn describe(raw: &str, file: &Path, line: usize, column: usize, lang: &str) -> Diagnostic {
    // Parsers wrap long messages over lines; one diagnostic is one line.
    let flat = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    let raw = flat.as_str();
    if let Some(rest) = raw.strip_prefix("unknown field `") {
        let key = rest.split('`').next().unwrap_or("");
        let expected: Vec<&str> = rest.split('`').skip(1).filter(|s| is_key(s)).collect();
        let mut d = Diagnostic::error("build/unknown-key", file, line, column, format!("unknown key `{key}`"));
        d.hint = Some(unknown_key_hint(key, &expected));
        return d;
    }
    if let Some(rest) = raw.strip_prefix("missing field `") {
        let key = rest.split('`').next().unwrap_or("");
        return Diagnostic::error("build/missing-key", file, line, column, format!("missing required key `{key}`"))
            .with_hint(format!("add `{key}` to this table"));
    }
    if let Some(rest) = raw.strip_prefix("invalid type: ").or_else(|| raw.strip_prefix("invalid value: ")) {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, "another kind of value"));
        return Diagnostic::error(
            "build/type",
            file,
            line,
            column,
            format!("type error: this value is {}, but {} is expected here", plain_type(found), plain_type(expected)),
        )
        .with_hint(
            "write the value in the expected form: numbers without quotes (limit = 20), text in quotes, dates as YYYY-MM-DD, lists in [ ]",
        );
    }
    Diagnostic::error("build/syntax", file, line, column, format!("invalid {lang}: {raw}"))
        .with_hint(format!("fix the {lang} syntax at this position; strings need quotes, dates are YYYY-MM-DD"))
}

/// serde's type words as a site author reads them.
fn plain_type(t: &str) -> String {
    let t = t.trim();
    for (serde, plain) in [
        ("usize", "a whole number"),
        ("u64", "a whole number"),
        ("u32", "a whole number"),
        ("i64", "a whole number"),
        ("i32", "a whole number"),
        ("f64", "a number"),
        ("a boolean", "true or false"),
        ("boolean", "true or false"),
        ("a string", "text in quotes"),
        ("string", "text"),
        ("a sequence", "a list [ … ]"),
        ("sequence", "a list"),
        ("a map", "a table"),
        ("map", "a table"),
    ] {
        if t == serde {
            return plain.to_string();
        }
        if let Some(v) = t.strip_prefix(serde).map(str::trim).filter(|v| !v.is_empty()) {
            return format!("{plain} ({v})");
        }
    }
    t.to_string()
}

fn is_key(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// 1-based (line, column) in `text` of the first line that assigns `key`
/// (TOML `key =`, YAML `key:`, or inside an inline table); (1, 1) when absent.
pub fn key_position(text: &str, key: &str) -> (usize, usize) {
    for (i, line) in text.lines().enumerate() {
        let t = line.trim_start();
        if let Some(rest) = t.strip_prefix(key) {
            let rest = rest.trim_start();
            if rest.starts_with('=') || rest.starts_with(':') {
                return (i + 1, line.len() - t.len() + 1);
            }
        }
    }
    // Built once, not per line: the PHI guard asks for the position of every
    // published field of every page, most of them absent from the front matter.
    let patterns = [" =", "=", ":"].map(|sep| format!("{key}{sep}"));
    for (i, line) in text.lines().enumerate() {
        for pat in &patterns {
            if let Some(p) = memchr::memmem::find(line.as_bytes(), pat.as_bytes()) {
                let before = line[..p].chars().last();
                if before.is_none_or(|c| !c.is_alphanumeric() && c != '_') {
                    return (i + 1, p + 1);
                }
            }
        }
    }
    (1, 1)
}

/// 1-based (line, column) in `text` of a string value, searched from
/// `from` (line, column) on, just past the previous item of the same list:
/// an array's items each get their own place, on one line or many. `None`
/// when the value's first line is not found as written (an escape, a
/// folded block).
pub fn value_position(text: &str, value: &str, from: (usize, usize)) -> Option<(usize, usize)> {
    let first = value.lines().next().unwrap_or("").trim();
    let probe: String = first.chars().take(40).collect();
    if probe.is_empty() {
        return None;
    }
    text.lines().enumerate().skip(from.0.saturating_sub(1)).find_map(|(i, line)| {
        let skip = if i + 1 == from.0 { line.char_indices().nth(from.1.saturating_sub(1)).map_or(line.len(), |(b, _)| b) } else { 0 };
        line[skip..].find(&probe).map(|p| (i + 1, line[..skip + p].chars().count() + 1))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_position_finds_keys() {
        let t = "title = \"a\"\n  date = 1\nsocial = { caption = \"x\" }\n";
        assert_eq!(key_position(t, "date"), (2, 3));
        assert_eq!(key_position(t, "caption"), (3, 12));
    }

    #[test]
    fn value_position_gives_each_list_item_its_line() {
        let t = "title: x\nextra:\n  boys:\n  - Ada 1/2/25\n  - Ada 1/2/25\n";
        assert_eq!(value_position(t, "Ada 1/2/25", (3, 1)), Some((4, 5)));
        assert_eq!(value_position(t, "Ada 1/2/25", (4, 6)), Some((5, 5)));
        assert_eq!(value_position(t, "Bea", (1, 1)), None);
        let inline = "babies = [\"Ada 1/2/25\", \"Ada 1/2/25\"]\n";
        assert_eq!(value_position(inline, "Ada 1/2/25", (1, 1)), Some((1, 12)));
        assert_eq!(value_position(inline, "Ada 1/2/25", (1, 13)), Some((1, 26)));
    }

    use serde::Deserialize;

    #[derive(Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct T {
        title: String,
        reviewed_by: Option<String>,
    }

    #[test]
    fn toml_unknown_key_has_line_and_suggestion() {
        let d = from_toml::<T>("title = \"x\"\nreviewd_by = \"a\"\n", Path::new("a.md"), 2).unwrap_err();
        assert_eq!(d.line, 3);
        assert_eq!(d.column, 1);
        assert!(d.message.contains("reviewd_by"));
        assert!(d.hint.unwrap().contains("`reviewed_by`"));
    }

    #[test]
    fn yaml_unknown_key_has_line_and_suggestion() {
        let d = from_yaml::<T>("title: x\nreviewd_by: a\n", Path::new("a.md"), 2).unwrap_err();
        assert_eq!(d.line, 3, "{d}");
        assert!(d.hint.unwrap().contains("`reviewed_by`"));
    }

    #[test]
    fn toml_unclosed_list_points_at_its_bracket() {
        let d = from_toml::<toml::Table>("title = \"x\"\ntags = [\"a\", \"b\"\n", Path::new("a.md"), 2).unwrap_err();
        assert_eq!((d.line, d.column), (3, 8), "{d}");
        assert!(d.message.contains("`[` is never closed"), "{d}");
        assert!(d.hint.as_deref().is_some_and(|h| h.contains("`]`")), "{d}");
        // A quote left open is reported at its own line, not at the closing +++.
        let d = from_toml::<toml::Table>("title = \"x\ndate = 2026-01-01\n", Path::new("a.md"), 2).unwrap_err();
        assert_eq!(d.line, 2, "{d}");
        // Brackets inside strings and comments do not count.
        assert_eq!(unclosed("a = \"[\" # {\nb = ['x'\n"), Some(('[', 16)));
    }

    #[test]
    fn yaml_missing_title() {
        let d = from_yaml::<T>("reviewed_by: a\n", Path::new("a.md"), 2).unwrap_err();
        assert!(d.message.contains("missing required key `title`"), "{d}");
    }
}
