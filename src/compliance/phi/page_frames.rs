//! What a whole page says about the people on it, before any one name is
//! judged: the methods it names after their authors ("la méthode
//! Fischmann") and whether its front matter presents it as a page about
//! public or historical figures ("Famous faces of sleep apnea", "Randy
//! Gardner's 1964 record"). [`super::names`] reads both.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use super::Allowlist;
use super::names::{is_given_name, ordinary};
use super::segments::Segments;

/// Front-matter words of a page about public or historical figures.
static PUBLIC_PAGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:famous|celebrit(?:y|ies)|public\s+figures?|(?:talked|spoke|spoken|speaks?|went|gone)\s+public(?:ly)?|publicly\s+(?:about|shared|disclosed|announced|reported)|hall\s+of\s+fame|podcast(?:er|s)?|influencers?|youtubers?|tv\s+(?:hosts?|stars?|personalit(?:y|ies))|reality\s+(?:tv|stars?)|prominent\s+figures?|social\s+media\s+(?:stars?|personalit(?:y|ies)|influencers?)|wellness\s+(?:personalit(?:y|ies)|gurus?|influencers?)|biohackers?|billionaires?)\b").unwrap()
});
/// A year before 1990 ("Randy Gardner's 1964 record").
static OLD_YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b(?:1[0-8]\d{2}|19[0-8]\d)\b").unwrap());

/// A front-matter text of a page about public or historical figures: the
/// words above, or a year before 1990 that is no one's birth year ("born
/// 1948" is a patient's date of birth, PHI itself).
/// A tag "history" counts too; "history" in prose does not ("her history
/// of migraines").
fn public_field(text: &str) -> bool {
    // Only the word before the year: "born 1948", "b. 1948".
    let birth = |before: &str| {
        let last = before.split_whitespace().next_back().unwrap_or("").trim_start_matches(|c: char| !c.is_alphanumeric());
        last.eq_ignore_ascii_case("born") || last.eq_ignore_ascii_case("b.")
    };
    PUBLIC_PAGE.is_match(text)
        || text.trim().eq_ignore_ascii_case("history")
        || OLD_YEAR.find_iter(text).any(|m| !birth(&text[..m.start()]))
}

/// A method named after its author, the name after the method word
/// ("méthode Fischmann", "Methode nach Dorn", "method of Feldenkrais")…
static METHOD_NAMED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i:\b(?:m[ée]thode|methods?|m[ée]todo|metodo|techniques?|technik|t[ée]cnica|concept|konzept|concepto|concetto|approche|protocole|protocol|protocolo|th[ée]rapie|therapie|terapia)\s+(?:de\s+|d['’]\s*|du\s+|von\s+|nach\s+|of\s+|di\s+|do\s+|da\s+)?)(\p{Lu}[\p{Ll}-]+)\b").unwrap()
});
/// … or before it ("the McKenzie method", "Dorn-Methode", "Bobath concept").
static METHOD_NAMED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\p{Lu}[\p{L}-]*\p{Ll})[\s-](?i:method|methode|m[ée]thode|technique|technik|maneuver|manoeuvre|concept|konzept|protocol|therapy|therapie|th[ée]rapie|(?:genetic|dna|blood)\s+testing)\b").unwrap()
});

/// The surnames of methods a page names after their authors (see
/// [`Names::eponyms`]); ordinary words ("the Physical therapy") are not.
pub(super) fn eponyms(segs: &Segments, allow: &Allowlist) -> HashSet<String> {
    // Every paragraph of every page comes here, and the second pattern
    // starts at any capital: only paragraphs with a method word run them.
    static METHOD_WORD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)m[ée]thod|m[ée]todo|metodo|techni|t[ée]cnica|concept|konzept|concetto|approche|protocol|th[ée]rap|terapia|maneuver|manoeuvre").unwrap()
    });
    let mut out = HashSet::new();
    for s in segs.segs.iter().filter(|s| METHOD_WORD.is_match(&s.text)) {
        for re in [&*METHOD_NAMED_BEFORE, &*METHOD_NAMED_AFTER] {
            for c in re.captures_iter(&s.text) {
                let w = c[1].to_lowercase();
                if !ordinary(&w, allow) && !is_given_name(&w) {
                    out.insert(w);
                }
            }
        }
    }
    out
}

/// Does the page's front matter (title, description, tags) present it as
/// about public or historical figures? See [`super::names::Names::public_page`].
pub(super) fn public_page(segs: &Segments) -> bool {
    // Not a file name: "van-1000.png" holds no year.
    segs.segs.iter().any(|s| s.is_field() && !s.ident && public_field(&s.text))
}

/// A story retold from the news ("According to New York Post, Adam's wife
/// said …", "Ripley's Believe it or Not calls him …", "Read the full story
/// at …"), with no word of the practice's own care ("our patient", "we
/// treated", "came to us"): its people are in the news, not patients. See
/// [`super::names::Names::news_story`].
pub(super) fn news_story(segs: &Segments) -> bool {
    static SOURCE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:according\s+to|reported\s+(?:by|in)|told|as\s+reported\s+by|via|source:)\s+(?:the\s+)?(?:[\w.'’]+\s+){0,3}?(?:post|times|news|journal|tribune|herald|guardian|telegraph|mail|today|gazette|chronicle|cnn|bbc|nbc|abc|cbs|fox|npr|reuters|associated\s+press|people\s+magazine|ripley'?’?s|guinness)\b|\bripley'?’?s\s+believe\s+it\s+or\s+not\b|\bguinness\s+(?:book|world\s+records?)\b|\bread\s+the\s+(?:full|whole|original)\s+(?:story|article)\b").unwrap()
    });
    static OWN_CARE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\bour\s+(?:[\w-]+\s+)?(?:patients?|clients?)\b|\bwe\s+(?:treated|saw|diagnosed|operated|fitted|placed|removed|extracted|restored)\b|\bcame\s+(?:to\s+us|in\s+to\s+(?:see\s+us|our))\b|\bat\s+our\s+(?:office|practice|clinic)\b").unwrap()
    });
    let prose = || segs.segs.iter().filter(|s| !s.ident && !s.is_field());
    prose().any(|s| SOURCE.is_match(&s.text)) && !prose().any(|s| OWN_CARE.is_match(&s.text))
}
