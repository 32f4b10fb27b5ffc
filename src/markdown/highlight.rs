//! Code highlighting with syntect, emitting CSS classes (not inline styles)
//! so one stylesheet themes every block. The syntax set is loaded on first
//! use only, keeping its start-up cost out of sites without code blocks.

use std::sync::OnceLock;
use syntect::html::{ClassStyle, ClassedHTMLGenerator};
use syntect::parsing::SyntaxSet;
use syntect::util::LinesWithEndings;

const STYLE: ClassStyle = ClassStyle::SpacedPrefixed { prefix: "hl-" };

fn syntaxes() -> &'static SyntaxSet {
    static SET: OnceLock<SyntaxSet> = OnceLock::new();
    SET.get_or_init(SyntaxSet::load_defaults_newlines)
}

/// Highlighted blocks already produced in this build, by language and code.
/// Sites repeat snippets (and syntect is the slowest stage per block), so a
/// build highlights each distinct block once.
#[derive(Default)]
pub struct CodeCache(std::sync::Mutex<std::collections::HashMap<(String, String), String>>);

impl CodeCache {
    /// The highlighted block, from the cache or freshly made.
    pub fn get(&self, code: &str, lang: &str) -> String {
        let key = (lang.to_string(), code.to_string());
        if let Some(hit) = self.0.lock().unwrap_or_else(|p| p.into_inner()).get(&key) {
            return hit.clone();
        }
        let html = highlight(code, lang);
        self.0.lock().unwrap_or_else(|p| p.into_inner()).insert(key, html.clone());
        html
    }
}

/// Highlights `code` written in `lang` into a `<pre><code>` block.
pub fn highlight(code: &str, lang: &str) -> String {
    let lang = lang.split([' ', ',', '{']).next().unwrap_or("").trim();
    let esc_lang = crate::escape::html_attr(lang);
    if lang.is_empty() {
        return format!("<pre class=\"code\"><code>{}</code></pre>\n", crate::escape::html_text(code));
    }
    let ss = syntaxes();
    let Some(syntax) = ss.find_syntax_by_token(lang) else {
        return format!("<pre class=\"code\" data-lang=\"{esc_lang}\"><code>{}</code></pre>\n", crate::escape::html_text(code));
    };
    let mut g = ClassedHTMLGenerator::new_with_class_style(syntax, ss, STYLE);
    for line in LinesWithEndings::from(code) {
        if g.parse_html_for_line_which_includes_newline(line).is_err() {
            return format!("<pre class=\"code\" data-lang=\"{esc_lang}\"><code>{}</code></pre>\n", crate::escape::html_text(code));
        }
    }
    format!("<pre class=\"code hl-code\" data-lang=\"{esc_lang}\"><code>{}</code></pre>\n", g.finalize())
}

/// Stylesheet for the highlight classes. Colours come from a light theme
/// whose token colours keep at least 4.5:1 contrast on its background.
pub fn css() -> String {
    let themes = syntect::highlighting::ThemeSet::load_defaults();
    let theme = &themes.themes["InspiredGitHub"];
    syntect::html::css_for_theme_with_class_style(theme, STYLE).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlights_known_languages_with_classes() {
        let h = highlight("let x = 1;\n", "rust");
        assert!(h.contains("class=\"hl-"), "{h}");
        assert!(!h.contains("style="));
        let plain = highlight("<b>\n", "nosuchlang");
        assert!(plain.contains("&lt;b&gt;"));
    }
}
