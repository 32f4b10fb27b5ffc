//! How each platform counts a post, and which hashtags it links.
//!
//! A scheduler posts the caption (with its hashtags), then a space and the
//! page's link. The platforms count that differently:
//! - **X**: 280, weighted as twitter-text v3 does: every link is 23 whatever
//!   its length; Latin, Greek, Cyrillic and common punctuation weigh 1, other
//!   scripts (CJK…) and each emoji 2.
//! - **Bluesky**: 300 grapheme clusters of the text as posted, the link in
//!   full (API posts from schedulers carry the whole URL in the text).
//! - **Mastodon**: 500 grapheme clusters, every link counted as 23.
//! - **LinkedIn**: 3,000 characters.
//! - **Instagram**: 2,200 characters of the caption alone: links in a
//!   caption are not clickable there, so schedulers leave them out.

use unicode_segmentation::UnicodeSegmentation;

/// A platform the social desk posts to or previews for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Platform {
    X,
    Bluesky,
    Mastodon,
    LinkedIn,
    Instagram,
    Facebook,
}

impl Platform {
    /// The platforms whose caption length `check` measures, in report order.
    pub const LIMITED: [Platform; 5] = [Platform::X, Platform::Bluesky, Platform::Mastodon, Platform::LinkedIn, Platform::Instagram];

    /// The longest post the platform accepts, in its own units. Facebook
    /// takes tens of thousands of characters: effectively no limit.
    pub fn limit(self) -> usize {
        match self {
            Platform::X => 280,
            Platform::Bluesky => 300,
            Platform::Mastodon => 500,
            Platform::LinkedIn => 3000,
            Platform::Instagram => 2200,
            Platform::Facebook => 63_206,
        }
    }

    /// Display name.
    pub fn name(self) -> &'static str {
        match self {
            Platform::X => "X",
            Platform::Bluesky => "Bluesky",
            Platform::Mastodon => "Mastodon",
            Platform::LinkedIn => "LinkedIn",
            Platform::Instagram => "Instagram",
            Platform::Facebook => "Facebook",
        }
    }

    /// What the limit counts, for messages ("graphemes", "characters").
    pub fn unit(self) -> &'static str {
        match self {
            Platform::X => "weighted characters (each link 23)",
            Platform::Bluesky => "graphemes",
            Platform::Mastodon => "characters (each link 23)",
            _ => "characters",
        }
    }
}

/// Length of `caption` posted with `link` on `platform`, in the unit its
/// limit counts.
pub fn length(platform: Platform, caption: &str, link: &str) -> usize {
    let caption = caption.trim();
    let full = if link.is_empty() {
        caption.to_string()
    } else if caption.is_empty() {
        link.to_string()
    } else {
        format!("{caption} {link}")
    };
    match platform {
        Platform::X => x_weighted(&full),
        Platform::Bluesky => full.graphemes(true).count(),
        Platform::Mastodon => with_links_as_23(&full, |s| s.graphemes(true).count()),
        Platform::LinkedIn | Platform::Facebook => full.chars().count(),
        Platform::Instagram => caption.chars().count(),
    }
}

/// Counts `text` with every http(s) link as 23 and the rest by `count`.
fn with_links_as_23(text: &str, count: impl Fn(&str) -> usize) -> usize {
    let mut n = 0;
    let mut rest = text;
    while let Some(at) = find_link(rest) {
        n += count(&rest[..at]) + 23;
        let end = rest[at..].find(char::is_whitespace).map_or(rest.len(), |e| at + e);
        rest = &rest[end..];
    }
    n + count(rest)
}

fn find_link(s: &str) -> Option<usize> {
    match (s.find("http://"), s.find("https://")) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// twitter-text v3's weighted length (without its NFC step: captions are
/// typed text, already composed).
fn x_weighted(text: &str) -> usize {
    with_links_as_23(text, |s| {
        s.graphemes(true).map(|g| if is_emoji(g) { 2 } else { g.chars().map(|c| if light(c) { 1 } else { 2 }).sum() }).sum()
    })
}

/// The code points twitter-text v3 weighs 1 (the rest weigh 2).
fn light(c: char) -> bool {
    matches!(c as u32, 0..=4351 | 8192..=8205 | 8208..=8223 | 8242..=8247)
}

/// An emoji grapheme (twitter-text counts each as 2, however many code
/// points it joins): pictographs, or a symbol turned emoji by U+FE0F.
fn is_emoji(g: &str) -> bool {
    g.chars().any(|c| matches!(c as u32, 0x1F000..=0x1FAFF) || c == '\u{FE0F}')
}

/// A hashtag as written (in the caption or the `hashtags` list), and what
/// the platforms would make of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hashtag {
    /// The tag as written, without the `#`.
    pub written: String,
    /// The part the platforms link (letters, digits, `_`, up to the first
    /// other character); empty when nothing links.
    pub linked: String,
}

impl Hashtag {
    /// Reads one tag (with or without its leading `#`).
    pub fn parse(written: &str) -> Hashtag {
        let written = written.trim().trim_start_matches('#').to_string();
        let linked: String = written.chars().take_while(|&c| tag_char(c)).collect();
        // X, Mastodon and Bluesky link no tag that is only digits.
        let linked = if linked.chars().all(|c| c.is_ascii_digit()) { String::new() } else { linked };
        Hashtag { written, linked }
    }

    /// The platforms link the whole tag as written.
    pub fn is_well_formed(&self) -> bool {
        !self.linked.is_empty() && self.linked == self.written
    }
}

/// Characters hashtags are made of on X, Mastodon and Bluesky: letters
/// (with their combining marks), digits and the underscore.
fn tag_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || is_mark(c)
}

fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x0900..=0x0DFF | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x200C | 0x200D)
}

/// The hashtags typed into a caption: a `#` at the start or after a space,
/// up to the next space, less the sentence's closing punctuation. A `#`
/// followed by a digit only ("#1 in care") is left alone: it is no tag.
pub fn hashtags_in(caption: &str) -> Vec<Hashtag> {
    caption
        .split_whitespace()
        .filter_map(|w| w.strip_prefix('#'))
        .map(|w| w.trim_end_matches(['.', ',', '!', '?', ':', ';', ')', ']', '"', '\'', '…', '’', '”']))
        .filter(|w| !w.is_empty() && !w.chars().all(|c| c.is_ascii_digit() || c == '#'))
        .map(Hashtag::parse)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn x_counts_links_as_23_and_wide_scripts_double() {
        let link = "https://cedarhollow.example/tips/a-very-long-address-for-a-tip/";
        assert_eq!(length(Platform::X, "Hello", link), 5 + 1 + 23);
        assert_eq!(length(Platform::X, "See http://a.example/x too", ""), 4 + 23 + 4);
        assert_eq!(length(Platform::X, "日本", ""), 4);
        assert_eq!(length(Platform::X, "👩‍⚕️", ""), 2);
        assert_eq!(length(Platform::X, "café", ""), 4);
    }

    #[test]
    fn bluesky_counts_graphemes_with_the_whole_link() {
        assert_eq!(length(Platform::Bluesky, "👩‍⚕️ é", "https://a.example/"), 3 + 1 + 18);
        assert_eq!(length(Platform::Mastodon, "👩‍⚕️", "https://a.example/very/long/"), 1 + 1 + 23);
        assert_eq!(length(Platform::Instagram, "Caption", "https://a.example/"), 7);
        assert_eq!(length(Platform::LinkedIn, "ab", "https://a.example/"), 2 + 1 + 18);
    }

    #[test]
    fn hashtags_link_letters_digits_and_underscores() {
        assert!(Hashtag::parse("#FluShot").is_well_formed());
        assert!(Hashtag::parse("Grippe_Impfung2026").is_well_formed());
        assert!(Hashtag::parse("vacunación").is_well_formed());
        let h = Hashtag::parse("flu-shot");
        assert_eq!((h.linked.as_str(), h.is_well_formed()), ("flu", false));
        assert!(!Hashtag::parse("2026").is_well_formed());
        assert!(!Hashtag::parse("flu shot").is_well_formed());
        assert!(!Hashtag::parse("").is_well_formed());
        let found = hashtags_in("Get your #FluShot. Ask about #flu-shots, we are #1 #health)!");
        let written: Vec<&str> = found.iter().map(|h| h.written.as_str()).collect();
        assert_eq!(written, ["FluShot", "flu-shots", "health"]);
    }
}
