//! Which parts of a front-matter field credit the page's makers rather
//! than tell about anyone (split from [`super::segments`], round 51): names
//! after a title's question, a description that is only a name.

/// "DO WE OWE TO OUR AGED PARENTS? Roshan Jacob and Soumya Nair": after a
/// title's question or exclamation, names and nothing else (capitalised
/// words joined by "and", "&" or commas) are its authors' byline. Where
/// it starts, when it is one.
pub(super) fn byline_after(title: &str) -> Option<usize> {
    let at = title.rfind(['?', '!'])? + 1;
    let rest = title[at..].trim();
    let words: Vec<&str> = rest.split_whitespace().collect();
    let names = words.iter().filter(|w| w.starts_with(char::is_uppercase)).count();
    let joined = words.iter().all(|w| {
        let w = w.trim_end_matches(',');
        matches!(w, "and" | "&" | "by")
            || (w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.')))
    });
    (names >= 2 && joined).then_some(at)
}

/// A description that is a name and nothing else: two or three
/// capitalised words, the first a given name, none an ordinary word
/// ("Soumya Lakshmi", not "Meet Harriet"): the page's byline where a theme
/// shows the description under the title, not a sentence about anyone.
pub(super) fn name_only(value: &str) -> bool {
    let words: Vec<&str> = value.split_whitespace().collect();
    (2..=3).contains(&words.len())
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.')))
        && super::names::is_given_name(&super::names::bare(words[0]))
        && !words.iter().any(|w| super::words::is_common(&super::names::bare(w)))
}
