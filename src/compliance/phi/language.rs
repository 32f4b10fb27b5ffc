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

/// Articles and prepositions of Italian, Spanish, French and Portuguese
/// that the function-word list leaves out because they are also names
/// somewhere ("Della", "Le", "De"; round 64: "Auguri al \"Moro\" …
/// della Cartiera …, operato … a settembre" read as English on its "a").
/// Read only to tell a sentence's language, never to judge a name. Not
/// "al", which opens Arabic surnames in English text ("Dr. F. Al-Khatib").
const ROMANCE: [&str; 48] = [
    "il", "della", "dello", "delle", "degli", "dei", "del", "nella", "nello", "nelle", "negli", "nel", "dal", "dalla", "dallo", "dalle",
    "dai", "alla", "allo", "alle", "agli", "ai", "sul", "sulla", "sui", "di", "gli", "uno", "una", "el", "los", "las", "y", "le", "les",
    "du", "des", "et", "est", "la", "de", "os", "das", "dos", "ao", "aos", "às", "è",
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
        } else if super::lexicon::is_function_word(w) || ROMANCE.contains(&w) {
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

/// A page in English on a site whose `language` is another (the "In
/// English" pages of a Montréal or Milan practice; round 64, from sets CI
/// and CJ): its body and published fields together, twelve words or
/// more, read English by [`english_strict`]. The English frames judge it
/// as they judge an English site's pages.
pub(super) fn page_in_english(body: &str, fields: &[super::Field]) -> bool {
    let mut text = String::with_capacity(body.len() + 256);
    for f in fields.iter().filter(|f| matches!(f.key, "title" | "description" | "image_alt" | "caption")) {
        text.push_str(f.value);
        text.push_str(". ");
    }
    text.push_str(body);
    lower_words(&text).len() >= 12 && english_strict(&text)
}

fn lower_words(text: &str) -> Vec<String> {
    // "3A", a school class, is no English "a"; "US Valmadrera", an Italian
    // club (Unione Sportiva), no English "us" (round 64): "US" in capitals
    // is never the pronoun. It still counts as a word, kept in capitals so
    // that the English list misses it. (Other words in capitals stay
    // English: "AFTER-VISIT SUMMARY" heads an English form.)
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !w.bytes().any(|b| b.is_ascii_digit()))
        .map(|w| if w == "US" { w.to_string() } else { w.to_lowercase() })
        .collect()
}
