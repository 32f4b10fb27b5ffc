//! Social cards: the 1200×630 PNG a page shares when it has no image of its own.
//!
//! A card is drawn from the SVG template `social-card.svg` (the theme's, or
//! one a site puts in `templates/` or `themes/<name>/templates/`, as any
//! other template). carepress lays out the title itself, because SVG text
//! does not wrap: [`layout_title`] measures words with the embedded bold
//! font, picks the largest size at which the whole title fits, wraps at
//! spaces only, and when even the smallest size needs more lines it drops
//! whole words from the end and adds an ellipsis. The template receives the
//! lines with their positions and only places them.

use super::{FONT_BOLD, FONT_FAMILY, FONT_REGULAR, GraphicsError};
use serde::Serialize;
use std::sync::OnceLock;

/// Card width in pixels (Open Graph's recommended 1.91:1).
pub const WIDTH: u32 = 1200;
/// Card height in pixels.
pub const HEIGHT: u32 = 630;

/// The theme's card template.
pub const BUILTIN_TEMPLATE: &str = include_str!("../../theme/templates/social-card.svg");
/// The template's name, as a site overrides it (`templates/social-card.svg`).
pub const TEMPLATE_NAME: &str = "social-card.svg";

/// Left edge of the text, and the width titles wrap to.
const TEXT_X: f32 = 80.0;
const TEXT_WIDTH: f32 = 1040.0;
/// The band the title is centred in (between the label and the footer).
const TITLE_TOP: f32 = 168.0;
const TITLE_BOTTOM: f32 = 478.0;
/// Title sizes tried, largest first; the last is used (with an ellipsis)
/// when the title fits at none.
const SIZES: [f32; 5] = [76.0, 68.0, 60.0, 52.0, 46.0];
const LINE_HEIGHT: f32 = 1.18;
/// Part of the em box above the baseline that capitals and most
/// lower-case letters use in DejaVu Sans (cap height 0.73).
const ASCENT: f32 = 0.74;

/// What a card shows besides the fixed brand (practice, logo, colours).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CardText {
    /// The page's title.
    pub title: String,
    /// The section's label ("Health tips"); empty for none.
    pub label: String,
}

/// The brand every card of a site shares.
#[derive(Debug, Clone, Serialize)]
pub struct Brand {
    /// The practice's name.
    pub practice: String,
    /// The site's host without `www.` ("cedarhollowhealth.example").
    pub domain: String,
    /// Text-safe accent (white text on it reaches 4.5:1).
    pub accent: String,
    /// Darker accent.
    pub accent_dark: String,
    /// Light tint of the accent.
    pub accent_soft: String,
    /// The logo as a `data:` URL, when the site has one.
    pub logo: Option<String>,
}

impl Brand {
    /// The brand of a site; the domain is left out when it would run into
    /// the practice's name.
    pub fn new(practice: &str, host: &str, palette: &crate::color::Palette, logo: Option<String>) -> Brand {
        let domain = host.strip_prefix("www.").unwrap_or(host).to_string();
        let name_x = if logo.is_some() { 170.0 } else { TEXT_X };
        let room = TEXT_X + TEXT_WIDTH - name_x - 40.0;
        let fits = text_width(practice, 32.0, true) + text_width(&domain, 24.0, false) <= room;
        Brand {
            practice: practice.to_string(),
            domain: if fits { domain } else { String::new() },
            accent: palette.accent.clone(),
            accent_dark: palette.accent_dark.clone(),
            accent_soft: palette.accent_soft.clone(),
            logo,
        }
    }
}

/// The title as laid out on a card.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TitleLayout {
    /// The lines, each a run of whole words; the last may end with "…".
    pub lines: Vec<String>,
    /// Font size in pixels.
    pub size: f32,
    /// Distance between baselines.
    pub line_height: f32,
    /// Baseline of the first line.
    pub y: f32,
    /// Left edge.
    pub x: f32,
    /// True when words were dropped to fit.
    pub shortened: bool,
}

fn face(bold: bool) -> &'static ttf_parser::Face<'static> {
    static REGULAR: OnceLock<ttf_parser::Face<'static>> = OnceLock::new();
    static BOLD: OnceLock<ttf_parser::Face<'static>> = OnceLock::new();
    let (cell, data) = if bold { (&BOLD, FONT_BOLD) } else { (&REGULAR, FONT_REGULAR) };
    // The embedded fonts are fixed at compile time; a test parses both.
    cell.get_or_init(|| ttf_parser::Face::parse(data, 0).expect("embedded font parses"))
}

/// Advance width of `text` at `size` pixels in the embedded font (kerning
/// ignored: it only ever narrows DejaVu's text, so the measure is safe).
pub fn text_width(text: &str, size: f32, bold: bool) -> f32 {
    let f = face(bold);
    let units: u32 = text
        .chars()
        .map(|c| {
            let g = f.glyph_index(c).unwrap_or(ttf_parser::GlyphId(0));
            u32::from(f.glyph_hor_advance(g).unwrap_or(0))
        })
        .sum();
    units as f32 * size / f32::from(f.units_per_em())
}

/// True when the embedded font has a glyph for every character of `text`.
pub fn has_glyphs(text: &str, bold: bool) -> bool {
    let f = face(bold);
    text.chars().all(|c| f.glyph_index(c).is_some())
}

/// Greedy wrap of `words` to `width` at `size`; a word wider than the line
/// gets a line of its own.
fn wrap(words: &[&str], size: f32, width: f32) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut cur = String::new();
    for w in words {
        let candidate = if cur.is_empty() { (*w).to_string() } else { format!("{cur} {w}") };
        if cur.is_empty() || text_width(&candidate, size, true) <= width {
            cur = candidate;
        } else {
            lines.push(std::mem::take(&mut cur));
            cur = (*w).to_string();
        }
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    lines
}

/// Lays out a title in the card's title band: the largest size at which it
/// fits whole, else the smallest size with whole words dropped from the end
/// and "…" added. Words are never split (a single word wider than the card
/// is the one exception: it is cut with "…", since it cannot be shown whole).
pub fn layout_title(title: &str) -> TitleLayout {
    let words: Vec<&str> = title.split_whitespace().collect();
    let band = TITLE_BOTTOM - TITLE_TOP;
    let max_lines = |size: f32| ((band / (size * LINE_HEIGHT)).floor() as usize).max(1);
    let fits = |lines: &[String], size: f32| lines.iter().all(|l| text_width(l, size, true) <= TEXT_WIDTH);
    let mut chosen = None;
    for size in SIZES {
        let lines = wrap(&words, size, TEXT_WIDTH);
        if lines.len() <= max_lines(size) && fits(&lines, size) {
            chosen = Some((lines, size, false));
            break;
        }
    }
    let (lines, size, shortened) = chosen.unwrap_or_else(|| {
        let size = SIZES[SIZES.len() - 1];
        let mut lines = wrap(&words, size, TEXT_WIDTH);
        lines.truncate(max_lines(size));
        let last = lines.pop().unwrap_or_default();
        lines.push(ellipsize(&last, size));
        for l in lines.iter_mut() {
            if text_width(l, size, true) > TEXT_WIDTH {
                *l = cut_word(l, size);
            }
        }
        (lines, size, true)
    });
    let line_height = (size * LINE_HEIGHT).round();
    let block = line_height * (lines.len() as f32 - 1.0) + size * ASCENT;
    let y = (TITLE_TOP + (band - block) / 2.0 + size * ASCENT).round();
    TitleLayout { lines, size, line_height, y, x: TEXT_X, shortened }
}

/// The last line of a shortened title: whole words that fit with "…" after them.
fn ellipsize(line: &str, size: f32) -> String {
    let mut words: Vec<&str> = line.split(' ').collect();
    while words.len() > 1 && text_width(&format!("{}…", words.join(" ")), size, true) > TEXT_WIDTH {
        words.pop();
    }
    let mut s = words.join(" ");
    // "Flu, colds and…" not "Flu, colds and,…": trailing punctuation goes.
    while s.ends_with([',', ';', ':', '-', '–', '—']) {
        s.pop();
    }
    s.push('…');
    s
}

/// A single word too wide for the card: as many characters as fit, then "…".
fn cut_word(word: &str, size: f32) -> String {
    let mut out = String::new();
    for c in word.trim_end_matches('…').chars() {
        let next = format!("{out}{c}…");
        if text_width(&next, size, true) > TEXT_WIDTH {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

/// The section label as drawn (upper case) and its pill's width.
#[derive(Debug, Clone, Serialize)]
struct Label {
    text: String,
    width: f32,
}

const LABEL_SIZE: f32 = 24.0;
const LABEL_TRACKING: f32 = 2.0;

fn label(text: &str) -> Option<Label> {
    let text = text.trim().to_uppercase();
    if text.is_empty() {
        return None;
    }
    let chars = text.chars().count() as f32;
    let width = (text_width(&text, LABEL_SIZE, true) + LABEL_TRACKING * (chars - 1.0) + 2.0 * 22.0).round();
    Some(Label { text, width })
}

/// Loads the card template for a site: `templates/social-card.svg`, else
/// `themes/<theme>/templates/social-card.svg`, else the built-in one.
pub fn load_template(root: &std::path::Path, theme: &str) -> std::io::Result<String> {
    for p in [root.join("templates").join(TEMPLATE_NAME), root.join("themes").join(theme).join("templates").join(TEMPLATE_NAME)] {
        match std::fs::read_to_string(&p) {
            Ok(t) => return Ok(t),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(e),
        }
    }
    Ok(BUILTIN_TEMPLATE.to_string())
}

/// A compiled card template.
pub struct Template {
    tera: tera::Tera,
}

impl Template {
    /// Compiles the template text.
    pub fn new(text: &str) -> Result<Template, tera::Error> {
        let mut tera = tera::Tera::default();
        tera.autoescape_on(vec![TEMPLATE_NAME]);
        // XML needs exactly HTML's five characters escaped.
        tera.set_escape_fn(crate::escape::html_attr);
        tera.add_raw_template(TEMPLATE_NAME, text)?;
        Ok(Template { tera })
    }

    /// The SVG of one card.
    pub fn svg(&self, brand: &Brand, text: &CardText) -> Result<String, tera::Error> {
        let mut cx = tera::Context::new();
        cx.insert("width", &WIDTH);
        cx.insert("height", &HEIGHT);
        cx.insert("font", FONT_FAMILY);
        cx.insert("brand", brand);
        cx.insert("title", &layout_title(&text.title));
        cx.insert("label", &label(&text.label));
        self.tera.render(TEMPLATE_NAME, &cx)
    }
}

/// Draws a card's SVG as a 1200×630 PNG.
pub fn draw(svg: &str) -> Result<Vec<u8>, GraphicsError> {
    let tree = super::parse_svg(svg.as_bytes())?;
    let pixmap = super::rasterize(&tree, WIDTH, HEIGHT, Some([255, 255, 255]))?;
    super::encode_png(&pixmap)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_titles_use_the_largest_size_on_one_line() {
        let l = layout_title("Flu shots");
        assert_eq!(l.lines, vec!["Flu shots"]);
        assert_eq!(l.size, SIZES[0]);
        assert!(!l.shortened);
    }

    #[test]
    fn wrapping_keeps_every_word_whole_and_in_order() {
        let t = "When to keep your child home from school or daycare with a fever, cough or stomach bug";
        let l = layout_title(t);
        assert!(l.lines.len() > 1);
        assert!(!l.shortened);
        assert_eq!(l.lines.join(" "), t);
        for line in &l.lines {
            assert!(text_width(line, l.size, true) <= TEXT_WIDTH, "{line}");
        }
    }

    #[test]
    fn very_long_titles_end_in_an_ellipsis_after_a_whole_word() {
        let t = "An unusually long title ".repeat(12);
        let l = layout_title(&t);
        assert!(l.shortened);
        let last = l.lines.last().expect("lines");
        assert!(last.ends_with('…'));
        let shown = l.lines.join(" ");
        let shown = shown.trim_end_matches('…');
        // Every shown word is a whole word of the title, in order.
        let words: Vec<&str> = t.split_whitespace().collect();
        for (k, w) in shown.split(' ').enumerate() {
            assert_eq!(w, words[k]);
        }
        assert!((TITLE_BOTTOM - TITLE_TOP) >= l.line_height * (l.lines.len() as f32 - 1.0) + l.size * ASCENT);
    }

    #[test]
    fn both_faces_parse_and_bold_is_wider() {
        assert!(text_width("Cedar Hollow", 40.0, true) > text_width("Cedar Hollow", 40.0, false));
    }
}
