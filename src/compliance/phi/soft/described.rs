//! One person described by a named place and what they are there, with
//! any noun that names a person as the head: "the Kalk Bay harbour master",
//! "the Wynberg Girls' High first-team hockey goalkeeper", "the night-shift
//! foreman at Table Bay Stevedores", "the skipper of the MFV Sea Sprite".
//!
//! Round 53. The role lists of the earlier rounds (`frame::WHO`, the
//! sports positions of `unique::UNIQUE_ROLE`) were written from each case
//! set's trades, and every new kind of practice brought trades they lacked
//! (a harbour master, a bosun, a DJ). The head noun here is looked up in
//! WordNet's list of nouns that name a person
//! ([`lexicon::is_person_noun`]), so the description is recognised by its
//! shape, not by its words. Whether it is a patient's is judged by the
//! caller ([`super::unique::unique_person`]): a time of care or the
//! person's own care, and no public frame.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::compliance::phi::lexicon;

/// A word of the text: letters or digits, with inner apostrophes, dots and
/// hyphens ("Girls'", "U16A", "night-shift", "St.").
static TOKEN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[\p{L}\p{N}][\p{L}\p{N}'’.-]*").unwrap());

/// People words that describe anyone, not one person: "the Khayelitsha
/// woman", "the Rylands resident".
const ANYONE: [&str; 24] = [
    "man",
    "woman",
    "person",
    "patient",
    "people",
    "individual",
    "adult",
    "child",
    "kid",
    "boy",
    "girl",
    "baby",
    "resident",
    "native",
    "member",
    "citizen",
    "customer",
    "client",
    "visitor",
    "guest",
    "user",
    "friend",
    "neighbour",
    "neighbor",
];

/// Words that end a noun phrase: "the Cape Town office called a driver"
/// describes no driver.
const GRAMMAR: [&str; 40] = [
    "a", "an", "the", "and", "or", "but", "is", "was", "were", "are", "be", "been", "has", "had", "have", "to", "in", "on", "at", "of",
    "for", "with", "by", "from", "who", "that", "which", "he", "she", "it", "they", "we", "his", "her", "its", "their", "our", "will",
    "would", "as",
];

/// Prepositions that tie a role to a named place: "the principal of …".
const TIES: [&str; 5] = ["of", "at", "on", "for", "from"];

/// "the" where a description may start: before a capitalised word, or
/// before a tie word ("of", "at") within five words. Only these are read
/// word by word (the pattern alone rules out most of a page's "the").
static THE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b[Tt][Hh][Ee][\s*_]+(?:\p{Lu}|(?:[\p{Ll}\d][\w'’.-]*[\s*_]+){1,4}(?:of|at|on|for|from)[\s*_])").unwrap()
});

/// The spans of [this module](self)'s descriptions in `t`. Only the few
/// words after each "the" are read: tokenising whole segments made every
/// page's gate a quarter slower.
pub(super) fn descriptions(t: &str) -> Vec<Range<usize>> {
    THE.find_iter(t)
        .filter_map(|m| {
            let end = crate::compliance::phi::frame::floor(t, (m.start() + 300).min(t.len()));
            describe_at(&t[m.start()..end]).map(|r| r.start + m.start()..r.end + m.start())
        })
        .collect()
}

/// The description opening `t` (which starts with "the"), if there is one.
fn describe_at(t: &str) -> Option<Range<usize>> {
    let toks: Vec<(usize, &str)> =
        TOKEN.find_iter(t).take(14).map(|m| (m.start(), m.as_str().trim_end_matches(['.', '\'', '’']))).collect();
    // Tokens i and i + 1 are next to each other: only spaces or emphasis
    // marks between them ("the MFV *Sea Sprite*").
    let joined = |i: usize| {
        toks.get(i + 1).is_some_and(|n| {
            t[toks[i].0 + toks[i].1.len()..n.0].chars().all(|c| c.is_whitespace() || matches!(c, '*' | '_' | '.' | '\'' | '’'))
        })
    };
    let upper = |w: &str| w.starts_with(char::is_uppercase);
    let lower = |w: &str| w.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit());
    let head = |w: &str| lower(w) && !ANYONE.contains(&w) && lexicon::is_person_noun(w);
    if toks.first().is_none_or(|f| !f.1.eq_ignore_ascii_case("the")) || !joined(0) {
        return None;
    }
    // "the <Proper…> [modifiers] <person>": the first person noun of a run
    // of up to four lower-case words after the names, before any word of
    // grammar.
    let mut j = 1;
    while j < toks.len() && j <= 4 && upper(toks[j].1) && joined(j) {
        j += 1;
    }
    let end = |k: usize| toks[k].0 + toks[k].1.len();
    if j > 1 {
        let mut k = j;
        while k < toks.len() && k < j + 4 && lower(toks[k].1) && !GRAMMAR.contains(&toks[k].1) {
            if head(toks[k].1) {
                // "the American television journalist Katie Couric": a
                // name follows, and the name rules judge it; "the UPS
                // driver", "the American journalist": a company's acronym
                // or a nationality describes anyone of many.
                let named = toks.get(k + 1).is_some_and(|n| upper(n.1)) && joined(k);
                let many = toks[1..j].iter().all(|x| {
                    (x.1.len() > 1 && x.1.chars().all(|c| c.is_uppercase()))
                        || super::super::words::THINGS.contains(x.1.to_lowercase().as_str())
                });
                if !named && !many {
                    return Some(0..end(k));
                }
                break;
            }
            if !joined(k) {
                break;
            }
            k += 1;
        }
    }
    // "the [modifiers] <person> of/at/on/for/from [the] <Proper>".
    for k in 1..5.min(toks.len()) {
        if !lower(toks[k].1) {
            break;
        }
        let tie = toks.get(k + 1).is_some_and(|n| TIES.contains(&n.1));
        let mut p = k + 2;
        let article = toks.get(p).is_some_and(|n| n.1 == "the") && joined(p);
        if article {
            p += 1;
        }
        // "the skipper on the Sea Sprite", not "a guide on Red Light
        // Therapy": "on" ties a role to a place only with its article.
        let tie = tie && (article || toks[k + 1].1 != "on");
        if head(toks[k].1) && joined(k) && tie && joined(k + 1) && toks.get(p).is_some_and(|n| upper(n.1)) {
            return Some(0..end(p));
        }
        if !joined(k) {
            break;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::descriptions;

    fn found(t: &str) -> Vec<&str> {
        descriptions(t).into_iter().map(|r| &t[r]).collect()
    }

    #[test]
    fn a_person_noun_after_a_named_place_or_before_one_is_a_description() {
        assert_eq!(found("Even the Kalk Bay harbour master came in."), ["the Kalk Bay harbour master"]);
        assert_eq!(
            found("in the Wynberg Girls' High first-team hockey goalkeeper, aged 16"),
            ["the Wynberg Girls' High first-team hockey goalkeeper"]
        );
        assert_eq!(found("The night-shift foreman at Table Bay Stevedores blew 0.09."), ["The night-shift foreman at Table"]);
        assert_eq!(found("the skipper of the MFV *Sea Sprite* and"), ["the skipper of the MFV"]);
    }

    #[test]
    fn things_anyone_and_broken_phrases_are_not() {
        assert!(found("the Cape Town flu season").is_empty());
        assert!(found("the Khayelitsha woman and the Rylands resident").is_empty());
        assert!(found("the Rondebosch Boys' High U16A chess team").is_empty());
        assert!(found("the resident DJ, Bongani").is_empty());
        assert!(found("the Mitchells Plain clinic, where nurses").is_empty());
        assert!(found("the Cape Town office called a driver").is_empty());
        assert!(found("the American television journalist Katie Couric").is_empty());
        assert!(found("about the UPS driver").is_empty());
    }
}
