//! Which language a sentence or paragraph is in, as far as the frames
//! need to know (split from [`super::frame`]): the English frames read
//! English text, the other-language frames and replies the rest.

use std::collections::HashSet;
use std::sync::LazyLock;

/// Function words only English has (not German "in", "was", "an", "die"):
/// the frames are English patterns, and a site's `language` is not
/// always right (pages get pasted from elsewhere).
const ENGLISH: &[&str] = &[
    "the", "and", "of", "to", "with", "her", "his", "she", "he", "is", "for", "after", "their", "this", "that", "from", "has", "had",
    "were", "been", "who", "our", "your", "you", "my", "on", "at", "back", "into", "a", "year", "old", "same", "its", "it",
    // "So glad Wendell Fairweather's surgery went well."
    "went", "glad", "came", "got", "we", "us", "would", "just", "very", "thanks", "which", "there", "when", "they", "them", "him", "these",
    "those", "what", "well",
];

/// [`ENGLISH`] for lookups word by word.
static ENGLISH_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| ENGLISH.iter().copied().collect());

/// Is `text` English? A text of five words or fewer always is (a caption);
/// longer, it needs one English-only function word.
pub(super) fn english(text: &str) -> bool {
    let words = lower_words(text);
    words.len() <= 5 || words.iter().any(|w| ENGLISH_SET.contains(w.as_str()))
}

/// [`english`], but weighed: the English function words must be more than
/// half as many as other languages' ("Maak seker jou kind se pompie is
/// altyd in sy skooltas" has an English "is" among Afrikaans words), and
/// "a", which is Spanish, Portuguese and Italian too ("Ana llegó a mi
/// consulta"), counts only when the text has fewer than two function
/// words of other languages. For the other-language story frames, whose
/// English counterparts are judged elsewhere.
pub(super) fn english_strict(text: &str) -> bool {
    let words = lower_words(text);
    if words.len() <= 5 {
        return true;
    }
    // One pass: English words, "a" apart, and other languages' function words.
    let (mut english, mut a, mut foreign) = (0usize, 0usize, Vec::new());
    for w in words.iter().map(String::as_str) {
        // "no" is Portuguese, Spanish and Italian too ("fez 97 anos no
        // sábado"; round 61).
        if w == "a" || w == "no" {
            a += 1;
        } else if ENGLISH_SET.contains(w) {
            english += 1;
        } else if super::lexicon::is_function_word(w) {
            foreign.push(w);
        }
    }
    let n_foreign = foreign.len();
    foreign.sort_unstable();
    foreign.dedup();
    // Beside letters outside ASCII those two words alone make no English:
    // "A Dona Amélia fez 97 anos no sábado" has no other function word
    // the lexicon knows.
    let ascii = text.chars().all(|c| c.is_ascii() || !c.is_alphabetic());
    if foreign.len() < 2 && (english > 0 || ascii) {
        english += a;
    }
    // "Okulun 3A sınıfından 8 yaşındaki Defne …": one "a" of a school
    // class among thirteen words of a language whose function words the
    // lexicon lacks is no English; English prose has one of these words
    // in every eight at least (round 59). Forms and titles in English
    // ("Patient: Jane Q. Sample · DOB: …") have fewer, but no letters
    // outside ASCII.
    english > 0 && 2 * english > n_foreign && (english * 8 >= words.len() || ascii)
}

/// A text, however short, whose function words are all another
/// language's ("Danke für die 5 Sterne!": German "die" is no English
/// death; round 62). [`english`] takes every text of five words or fewer
/// for a caption in English.
pub(super) fn other_language(text: &str) -> bool {
    let words = lower_words(text);
    words.iter().any(|w| super::lexicon::is_function_word(w)) && !words.iter().any(|w| ENGLISH_SET.contains(w.as_str()))
}

fn lower_words(text: &str) -> Vec<String> {
    // "3A", a school class, is no English "a".
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !w.bytes().any(|b| b.is_ascii_digit()))
        .map(str::to_lowercase)
        .collect()
}
