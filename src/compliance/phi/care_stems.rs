//! Care in the words medicine shares across languages (split from
//! [`super::foreign_story`] in round 64): Greco-Latin stems found inside
//! or opening a word ("gastroskopi", "diabetą", "operacja"), drugs'
//! international names, the abbreviations used untranslated (TURP, PSA,
//! CPAP), and the everyday words of [`super::foreign_care`] and
//! [`super::care_words`].

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

/// Words of care used untranslated, stems found inside a word, and stems
/// that open one (see [`care_word`]).
const EXACT: [&str; 20] = [
    "hiv",
    "arv",
    "arvs",
    "tb",
    "turp",
    "psa",
    "ercp",
    "cpap",
    "ivf",
    "hba1c",
    "fibroscan",
    "mri",
    "ekg",
    "ecg",
    "pylori",
    "sirosis",
    "ulkus",
    "stroke",
    "kemo",
    "pembedahan",
];
const INSIDE: [&str; 11] = ["skopi", "skopy", "skopie", "scopy", "scopie", "scopia", "scopi", "ektom", "ectom", "otomi", "skopij"];
const START: [&str; 62] = [
    "diabet",
    "insulin",
    "hepati",
    "cirrho",
    "chemo",
    "dializ",
    "dialys",
    "dialis",
    "tumor",
    "tumour",
    "kanser",
    "cancer",
    "karsinom",
    "carcinom",
    "biops",
    "kolesterol",
    "cholesterol",
    "hipertens",
    "hypertens",
    "tuberkul",
    "tubercul",
    "pneumon",
    "infark",
    "infarct",
    "alzheim",
    "demenc",
    "dement",
    "parkinson",
    "epilep",
    "artritis",
    "arthrit",
    "osteopor",
    "fraktur",
    "fractur",
    "prosta",
    "ulcer",
    "polip",
    "polyp",
    "hernia",
    "katarak",
    "catarac",
    "glaukom",
    "glaucom",
    "anemi",
    "anaemi",
    "leukem",
    "leukaem",
    "limfom",
    "lymphom",
    "metasta",
    "operac",
    "operasi",
    "operasy",
    "operation",
    "operazion",
    "opereer",
    "geopereer",
    "operier",
    "diagnos",
    "hemoglobin",
    "haemoglobin",
    "metformin",
];
const START2: [&str; 13] = [
    "statins",
    "antibiot",
    "inhaler",
    "insult",
    "gastri",
    "asthma",
    "astma",
    "statin",
    "bloeddruk",
    "hartaanval",
    "beroerte",
    "suikersiek",
    "uxinzelelo",
];
/// Stems of drugs' international non-proprietary names (WHO INN), the same
/// in every language ("metformina", "lisinopril", "atorvastatine",
/// "dolutegravir"); "pril" and "statin" alone would read "April" and
/// "statins" the class, so the stems are longer.
const INN: [&str; 34] = [
    "formin",
    // Round 68: loop diuretics, digoxin, the -xabans, dihydropyridines
    // spelt without the final e, salbutamol, the profens, paracetamol,
    // gabapentin and pregabalin.
    "semid",
    "digox",
    "xaban",
    "dipin",
    "butamol",
    "profen",
    "cetamol",
    "gabalin",
    "nopril",
    "lapril",
    "mipril",
    "dopril",
    "topril",
    "sartan",
    "vastatin",
    "olol",
    "dipine",
    "cillin",
    "mycin",
    "floxacin",
    "prazol",
    "gliptin",
    "gliflozin",
    "glutide",
    "tidine",
    "azepam",
    "oxetine",
    "sertralin",
    "thyrox",
    "prednis",
    "tegravir",
    "navir",
    "fovir",
];
/// Surgery, and the mental-health care psychology practices write about,
/// in every language ("cirurgia", "imágenes traumáticas", "depressão").
const SURGERY_AND_MIND: [&str; 17] = [
    "cirurg",
    "chirurg",
    "emdr",
    "traum",
    "depres",
    "dépres",
    "ansiedad",
    "ansiedade",
    "anxiét",
    "psicoterap",
    "psychotherap",
    "psychoterap",
    "anorexi",
    "bulimi",
    "esquizofren",
    "schizophren",
    "bipolar",
];

/// Care in the words medicine shares across languages: Greco-Latin stems
/// and the abbreviations used untranslated (`w` in lower case). Read word
/// by word (a regex
/// with word-internal stems over Unicode text made `check` four times
/// slower; see README "Speed after round 41").
fn care_word(w: &str) -> bool {
    if EXACT.contains(&w)
        || INSIDE.iter().any(|x| w.contains(x))
        || (w.len() >= 7 && INN.iter().any(|x| w.contains(x)))
        || START.iter().chain(START2.iter()).chain(SURGERY_AND_MIND.iter()).any(|x| w.starts_with(x))
    {
        return !(w.starts_with("statin") && w != "statin" && w != "statins");
    }
    // "radiotherapy", "kemoterapi", "fizjoterapia"; not "therapist".
    let rest = [
        "radio", "chemo", "immuno", "physio", "kemo", "fisio", "fizjo", "fizio", "foto", "photo", "ergo", "logo", "sprach", "hormon",
        "laser", "crio", "kryo", "cryo",
    ]
    .iter()
    .find_map(|p| w.strip_prefix(p))
    .unwrap_or(w);
    let rest = rest.strip_prefix("th").or_else(|| rest.strip_prefix('t')).unwrap_or("");
    rest.strip_prefix("erap").is_some_and(|e| ["y", "ie", "ia", "ii", "i", "ija", "iją", "eutic"].contains(&e))
}

/// Any word of `text` names care by a stem medicine shares across
/// languages ("gastroskopi", "fibroscan"; see [`care_word`]) or by a word
/// of [`super::foreign_care`].
pub(super) fn care_in(text: &str) -> bool {
    // One pass of an automaton of every stem over the text in lower case
    // finds the few words worth judging: the word tests compare each word
    // with some hundreds of stems, which made this the dearest step of the
    // guard on pages that read as no English (a third of `check`'s time on
    // the 10,000-page bench). Every test of a word needs one of the stems
    // inside it, so a word with none is no care and verdicts are unchanged.
    static ANY_STEM: LazyLock<AhoCorasick> = LazyLock::new(|| {
        let stems = EXACT
            .iter()
            .chain(INSIDE.iter())
            .chain(START.iter())
            .chain(START2.iter())
            .chain(INN.iter())
            .chain(SURGERY_AND_MIND.iter())
            .chain(["erap"].iter())
            .copied()
            .chain(super::foreign_care::stems())
            // A stem with a space or a hyphen is in no word: words are
            // split at them.
            .filter(|s| !s.is_empty() && s.chars().all(char::is_alphanumeric));
        AhoCorasick::new(stems).expect("the care stems build an automaton")
    });
    let lower = text.to_lowercase();
    let mut judged_to = 0;
    for m in ANY_STEM.find_iter(&lower) {
        if m.start() < judged_to {
            continue;
        }
        let (start, end) = word_around(&lower, m.start(), m.end());
        judged_to = end;
        let w = &lower[start..end];
        if w.len() >= 3 && (care_word(w) || super::foreign_care::care_word(w)) {
            return true;
        }
    }
    super::foreign_care::care_phrase(text)
}

/// The word of `text` around the bytes `start..end` (a run of letters and
/// digits).
fn word_around(text: &str, start: usize, end: usize) -> (usize, usize) {
    let before = text[..start].char_indices().rev().take_while(|(_, c)| c.is_alphanumeric()).last().map_or(start, |(i, _)| i);
    let after = text[end..].char_indices().find(|(_, c)| !c.is_alphanumeric()).map_or(text.len(), |(i, _)| end + i);
    (before, after)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The automaton only chooses which words to judge: each of these is
    /// care by a different word test, found in capitals, after another
    /// stem in the same word or at the end of the text.
    #[test]
    fn care_found_through_the_prefilter() {
        for t in ["Na de GASTROSKOPIE", "Ihre Sinusitis", "INSULINE prescrite", "dopo la fisioterapia", "started metformin", "a TURP"] {
            assert!(care_in(t), "{t}");
        }
        // A stem inside a longer word that no test accepts is no care.
        for t in ["the therapist's office", "Haarspange kaufen", "La Kooperation", "statinfo"] {
            assert!(!care_in(t), "{t}");
        }
    }

    #[test]
    fn the_word_around_a_match() {
        let t = "vor der gastroskopie-termin";
        let at = t.find("skopi").unwrap();
        assert_eq!(&t[word_around(t, at, at + 5).0..word_around(t, at, at + 5).1], "gastroskopie");
        assert_eq!(word_around("ab", 0, 2), (0, 2));
    }
}
