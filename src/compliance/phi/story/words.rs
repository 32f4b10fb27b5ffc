//! The page model's words: the presence of each word of its vocabulary
//! (`data/phi/story_words.tsv`, written by `bench/page-model/
//! words_model.py fit`) adds that word's weight to the page's score.
//! Tokens are read as the fitting script reads them (scikit-learn's
//! `CountVectorizer` with `token_pattern=r"(?u)\b[A-Za-z][A-Za-z]+\b"` on
//! the lowercased text): letters only, so no date or number is a word;
//! from the page without its front matter's keys, HTML tags or web
//! addresses (the script's `body()`): converted real sites say `extra:` and
//! `kind:`, the case sets do not, and a file format is no evidence.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use regex::Regex;

static WEIGHTS: LazyLock<HashMap<&'static str, f64>> = LazyLock::new(|| {
    include_str!("../../../../data/phi/story_words.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let (w, v) = l.split_once('\t')?;
            Some((w, v.trim().parse().ok()?))
        })
        .collect()
});

static KEY: LazyLock<Regex> = LazyLock::new(|| Regex::new(r#"(?m)^[ \t]*[-\w"'.\[\]]+[ \t]*[:=]"#).expect("key pattern"));
static MARKUP: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"<[^>]*>|https?://\S+").expect("markup pattern"));
static TOKEN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b[A-Za-z][A-Za-z]+\b").expect("token pattern"));

/// The vocabulary's words the page's source has, each once, with their
/// weights; and how many words (two letters or more, letters only) it has
/// in all, outside front matter keys, HTML tags and web addresses.
pub(super) fn present(text: &str) -> (Vec<(&'static str, f64)>, usize) {
    let without_keys = KEY.replace_all(text, " ");
    let lower = MARKUP.replace_all(&without_keys, " ").to_lowercase();
    let mut seen = HashSet::new();
    let (mut out, mut count) = (Vec::new(), 0);
    for m in TOKEN.find_iter(&lower) {
        count += 1;
        if let Some((&w, &v)) = WEIGHTS.get_key_value(m.as_str())
            && seen.insert(w)
        {
            out.push((w, v));
        }
    }
    (out, count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_vocabulary_is_read_and_words_count_once() {
        assert!(WEIGHTS.len() > 1000, "{} words", WEIGHTS.len());
        // Numbers and dates are never words; a repeated word counts once.
        let p = present("Admitted admitted ADMITTED on 2026-11-03").0;
        // A front matter key is no word; its value is.
        let keyed = present("visit_reason: admitted\n<div class=\"admitted\">x</div>").0;
        assert_eq!(keyed.iter().filter(|(w, _)| *w == "visit").count(), 0);
        assert_eq!(keyed.iter().filter(|(w, _)| *w == "admitted").count(), usize::from(WEIGHTS.contains_key("admitted")));
        let markup = present("<a href=\"/admitted\">x</a> https://example.org/admitted").0;
        assert!(!markup.iter().any(|(w, _)| *w == "admitted"), "{markup:?}");
        assert_eq!(present("kind: pages\n<div class=\"price-row\"><span>Цены 5 200 ₽</span></div> two words").1, 3);
        assert!(p.iter().all(|(w, _)| w.chars().all(|c| c.is_ascii_lowercase())));
        let n = p.iter().filter(|(w, _)| *w == "admitted").count();
        assert_eq!(n, usize::from(WEIGHTS.contains_key("admitted")));
    }
}
