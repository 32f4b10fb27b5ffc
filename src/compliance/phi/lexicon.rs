//! Public word lists the name resolver consults (see data/phi/LICENCES.md):
//! given names (US Census 1990 and SSA baby names 1960-2016, and the
//! Faker package's 70 locales), surnames (US Census 1990, Faker), places (GeoNames: countries,
//! US states and counties, cities over 15,000) and medical vocabulary (CMS
//! ICD-10-CM/PCS descriptions), famous people (Pantheon 1.0), other languages' function words (stopwords-iso) and
//! nouns that name a person (WordNet 3.0's noun.person). They are plain sorted text embedded in the
//! binary and loaded into a set on first use, once per process; nothing is
//! mutable after that. Each list is loaded only when a rule first asks it.
//!
//! Post-nominal credentials (MD, MBBS, MCh, FRCS, FRACP, FIAGES, PA-C…) are
//! recognised by [`is_post_nominal`]: a list of the mixed-case ones plus the
//! shape of the rest (all capitals, 2 to 7 letters, optional dots, hyphen or
//! bracketed institution).

use std::sync::LazyLock;

use super::words::WordSet;

fn load(text: &'static str) -> WordSet {
    text.lines().filter(|l| !l.is_empty()).collect()
}

/// A world list less the languages, nationalities, holidays and eponyms
/// the guard knows as things ("Ramadan" is a given name in Arabic lists; a
/// slug's "ramadan-diabetes" is the fast), left out once at load.
fn load_world(text: &'static str) -> WordSet {
    text.lines().filter(|l| !l.is_empty() && !super::words::THINGS.contains(l)).collect()
}

/// The lists' text, shared with the page model ([`super::story`]), which
/// reads them its own way (first word of each line) and must not embed
/// them a second time.
pub(super) const GIVEN_TXT: &str = include_str!("../../../data/phi/given.txt");
pub(super) const GIVEN_WORLD_TXT: &str = include_str!("../../../data/phi/given_world.txt");
pub(super) const PLACES_TXT: &str = include_str!("../../../data/phi/places.txt");
pub(super) const MEDICAL_TXT: &str = include_str!("../../../data/phi/medical.txt");
pub(super) const FUNCTION_TXT: &str = include_str!("../../../data/phi/function.txt");
pub(super) const PERSON_NOUNS_TXT: &str = include_str!("../../../data/phi/person_nouns.txt");
pub(super) const CONDITIONS_TXT: &str = include_str!("../../../data/phi/conditions.txt");

static GIVEN: LazyLock<WordSet> = LazyLock::new(|| load(GIVEN_TXT));
static GIVEN_SSA: LazyLock<WordSet> = LazyLock::new(|| load_world(include_str!("../../../data/phi/given_ssa.txt")));
static GIVEN_WORLD: LazyLock<WordSet> = LazyLock::new(|| load_world(GIVEN_WORLD_TXT));
static SURNAMES: LazyLock<WordSet> = LazyLock::new(|| load(include_str!("../../../data/phi/surnames.txt")));
static SURNAMES_WORLD: LazyLock<WordSet> = LazyLock::new(|| load_world(include_str!("../../../data/phi/surnames_world.txt")));
static PLACES: LazyLock<WordSet> = LazyLock::new(|| load(PLACES_TXT));
static DUAL: LazyLock<WordSet> = LazyLock::new(|| load(include_str!("../../../data/phi/dual.txt")));
static MEDICAL: LazyLock<WordSet> = LazyLock::new(|| load(MEDICAL_TXT));
static FAMOUS: LazyLock<WordSet> = LazyLock::new(|| load(include_str!("../../../data/phi/famous.txt")));
static FUNCTION: LazyLock<WordSet> = LazyLock::new(|| load(FUNCTION_TXT));
static PERSON_NOUNS: LazyLock<WordSet> = LazyLock::new(|| load(PERSON_NOUNS_TXT));
static CONDITIONS: LazyLock<WordSet> = LazyLock::new(|| load(CONDITIONS_TXT));

/// Whether a word (lowercase) names a condition, a finding or a symptom:
/// the ICD-10-CM head nouns of `conditions.txt` (which leave out everyday
/// words) and the everyday ones people write about themselves. Used where
/// any condition named is a disclosure (a testimonial whose authorisation
/// does not cover `condition`), not to find patients: as events these
/// words gave as many false alarms as catches (round 54).
pub(super) fn is_condition(w: &str) -> bool {
    const EVERYDAY: &[&str] = &[
        "depression",
        "anxiety",
        "diabetes",
        "cancer",
        "asthma",
        "arthritis",
        "thyroid",
        "migraine",
        "migraines",
        "hypertension",
        "infection",
        "injury",
        "tumour",
        "tumor",
        "stroke",
        "pneumonia",
        "eczema",
        "psoriasis",
        "insomnia",
        "addiction",
        "alcoholism",
        "epilepsy",
        "seizures",
        "dementia",
        "obesity",
        "cholesterol",
        "postpartum",
        "miscarriage",
        "infertility",
        "endometriosis",
        "hepatitis",
        "hiv",
        "copd",
        "adhd",
        "autism",
        "ptsd",
        "ocd",
        "gout",
        "sciatica",
        "hernia",
        "melanoma",
        "fracture",
        "concussion",
    ];
    CONDITIONS.contains(w) || EVERYDAY.contains(&w)
}

/// A given name of the US Census list or of the SSA baby names (lowercase
/// input): the census list of 1990 lacks the names of today's children
/// ("brantley", "nevaeh"); the SSA list leaves out English words ("case",
/// "summer"), see data/phi/derive.py.
pub(super) fn is_given(w: &str) -> bool {
    let listed = |w: &str| GIVEN.contains(w) || GIVEN_SSA.contains(w) || GIVEN_WORLD.contains(w);
    // The lists are ASCII: "Amélie", "Nicolò", "Lucía", "Inês" are found by
    // their letters without accents (round 61; before it no accented given
    // name was known, so the other-language frames missed them all).
    // Not the words for baby, mum and dad, whose letters are given names.
    listed(w)
        || (!w.is_ascii()
            && !matches!(w, "bébé" | "bebé" | "mamá" | "mamã" | "papá" | "papà" | "nené")
            && listed(&w.chars().map(super::words::fold_accent).collect::<String>()))
}

/// A given name of the US Census 1990 list alone (lowercase input): the
/// names common among adults ("sarah", "carter"), not the rarer SSA and
/// world names that are also surnames ("romero").
pub(super) fn is_census_given(w: &str) -> bool {
    GIVEN.contains(w)
}

/// A function word of another language a practice site is written in
/// ("sie", "ihr", "vous", "nuestra"; stopwords-iso, less names, places and
/// name particles; lowercase input): capitalised at a sentence's start or
/// as German's formal "you", it is no name, whatever `language` says.
pub(super) fn is_function_word(w: &str) -> bool {
    FUNCTION.contains(w) || POLYNESIAN.contains(&w) || CATALAN.contains(&w)
}

/// Catalan function words, which stopwords-iso's lists of the other
/// languages lack (round 62, from set CD): without them a Catalan
/// sentence with one English-looking word read as English. Words that
/// are names or English words too ("les", "van", "us", "hi") stay out.
const CATALAN: [&str; 40] = [
    "amb",
    "els",
    "dels",
    "als",
    "pels",
    "perquè",
    "aquest",
    "aquesta",
    "aquests",
    "aquestes",
    "també",
    "molt",
    "molta",
    "molts",
    "moltes",
    "fins",
    "quan",
    "seu",
    "seva",
    "seus",
    "seves",
    "teu",
    "teva",
    "vostre",
    "vostra",
    "vostres",
    "nosaltres",
    "vosaltres",
    "ells",
    "elles",
    "ens",
    "hem",
    "vam",
    "vau",
    "doncs",
    "això",
    "allò",
    "mateix",
    "sense",
    "després",
];

/// Particles of te reo Māori, Samoan and Tongan that open a sentence with a
/// capital ("Ko Koro Wī Tamihana …", "Na maliu …"), which stopwords-iso
/// has no lists for (round 35, from set Z). "Le" and "te" stay out: they
/// open titles and names ("Le Afioga", "Te Puea Hērangi").
const POLYNESIAN: [&str; 14] = ["ko", "ngā", "nga", "kua", "kei", "ka", "ki", "mō", "nō", "na", "sa", "ua", "ʻoku", "naʻa"];

/// An English noun that names a person ("foreman", "goalkeeper", "bosun",
/// "principal"; WordNet's noun.person, see data/phi/derive_persons.py;
/// lowercase input, singular): the head of a description of someone.
pub(super) fn is_person_noun(w: &str) -> bool {
    PERSON_NOUNS.contains(w)
}

/// A surname of the US Census list (lowercase input).
pub(super) fn is_surname(w: &str) -> bool {
    SURNAMES.contains(w) || SURNAMES_WORLD.contains(w)
}

/// A place name (country, US state or county, city): lowercase, whole name.
pub(super) fn is_place(name: &str) -> bool {
    PLACES.contains(name) || REGIONS.contains(&name)
}

/// Continents and regions GeoNames' city and country lists lack ("sub-
/// Saharan Africa", "South America"; round 64). Kept out of `places.txt`,
/// which the page model's features also read.
const REGIONS: [&str; 14] = [
    "africa",
    "america",
    "americas",
    "europe",
    "oceania",
    "antarctica",
    "arctic",
    "caribbean",
    "balkans",
    "scandinavia",
    "sahara",
    "saharan",
    "mediterranean",
    "patagonia",
];

/// An English word the dictionary also writes capitalised, as a name or a
/// place ("key"/"Key", "joy"/"Joy", "head"/"Head"; lowercase input): in a
/// title-cased heading, where every word has a capital, it is no evidence
/// of a person on its own.
pub(super) fn is_dual(w: &str) -> bool {
    DUAL.contains(w)
}

/// A globally famous person's full name (Pantheon 1.0: a biography in more
/// than 25 Wikipedia languages), given as the run's words without
/// initials, lowercase ("robin", "williams"). A possessive misspelt as
/// "Robin William's" is read as "Williams" too.
pub(super) fn is_famous(words: &[String]) -> bool {
    if words.len() < 2 {
        return false;
    }
    let mut full = words.iter().map(|w| w.trim_end_matches(['\'', '’'])).collect::<Vec<_>>().join(" ");
    if FAMOUS.contains(full.as_str()) {
        return true;
    }
    full.push('s');
    FAMOUS.contains(full.as_str())
}

/// A word of medical vocabulary (procedure, condition, anatomy) that is not
/// also a person's name (lowercase input).
/// Words the list lacks but whose ending is medical ("Endotoxins",
/// "cytokines", "gingivitis") count too: no name ends so.
pub(super) fn is_medical(w: &str) -> bool {
    const ENDINGS: [&str; 14] =
        ["toxin", "toxins", "kine", "kines", "itis", "osis", "ectomy", "otomy", "plasty", "oscopy", "pathy", "algia", "cytes", "bacteria"];
    MEDICAL.contains(w)
        || (w.len() >= 7 && ENDINGS.iter().any(|e| w.ends_with(e)))
        || american(w).is_some_and(|a| MEDICAL.contains(a.as_str()))
}

/// The American spelling of a British, Irish, Australian or New Zealand
/// medical word, which the US-derived list holds: "praevia" → "previa",
/// "oedema" → "edema", "haemorrhage" → "hemorrhage", "anaemia" → "anemia",
/// "oesophagus" → "esophagus", "paediatric" → "pediatric". None when the
/// word has no such digraph.
fn american(w: &str) -> Option<String> {
    // "Michael", "Chloe", "Rae": a given name is never respelt.
    if w.len() < 6 || !(w.contains("ae") || w.contains("oe")) || is_given(w) {
        return None;
    }
    Some(w.replace("ae", "e").replace("oe", "e"))
}

/// Mixed-case degrees and fellowships that the all-capitals shape misses.
const MIXED_CASE: &[&str] = &[
    "MCh",
    "MSc",
    "BSc",
    "MPhil",
    "DPhil",
    "PhD",
    "MBChB",
    "ChB",
    "BChir",
    "MChir",
    "MChOrth",
    "DrPH",
    "PharmD",
    "PsyD",
    "EdD",
    "DSc",
    "MMed",
    "MMSc",
    "BMed",
    "MBBCh",
    "BCh",
    "BAO",
    "MedSci",
    "DipNB",
    "FRCSEd",
    "FRCSEng",
    "FRCSGlasg",
    "MRCPsych",
    "MSt",
    "OTR/L",
    "Dip",
    "Cert",
    "Hons",
];

/// Is this token a post-nominal credential ("MD", "M.D.", "MBBS", "MCh",
/// "FRCS(Ed)", "PA-C", "FNP-BC")? Trailing punctuation is ignored.
pub(super) fn is_post_nominal(tok: &str) -> bool {
    let t = tok.trim_end_matches([',', ';', ')', '.']).trim_start_matches('(');
    let core = t.split('(').next().unwrap_or(t);
    // Called for every word of every capitalised run: no allocation, and
    // the mixed-case list only for short words that start with a capital.
    let b = core.as_bytes();
    if b.len() > 12 || !b.first().is_some_and(u8::is_ascii_uppercase) {
        return false;
    }
    if MIXED_CASE.contains(&core) {
        return true;
    }
    let letters = b.iter().filter(|c| c.is_ascii_alphabetic()).count();
    (2..=7).contains(&letters) && b.iter().all(|&c| c.is_ascii_uppercase() || matches!(c, b'.' | b'-' | b'/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load_and_answer() {
        assert!(is_given("mary") && is_given("james"));
        assert!(is_surname("johnson") && !is_surname("cholecystectomy"));
        assert!(is_place("chandigarh") && is_place("washington") && is_place("germany"));
        assert!(is_medical("cholecystectomy") && is_medical("laparoscopic") && is_medical("nephrolithotomy"));
        // Eponyms and names are never "medical": the list only ever says "not a person".
        assert!(!is_medical("parkinson") && !is_medical("bell") && !is_medical("hunter"));
    }

    #[test]
    fn world_lists_know_other_countries_names_but_not_their_words() {
        assert!(is_given("siyabonga") && is_given("abiodun") && is_surname("mkhabela") && is_surname("nxumalo"));
        // A holiday, a frequent Spanish word, a place, a care acronym.
        assert!(!is_given("ramadan") && !is_given("salud") && !is_given("melbourne") && !is_given("nicu"));
    }

    #[test]
    fn post_nominals_of_many_countries() {
        for t in ["MD", "M.D.", "MBBS", "MS", "MCh", "DNB", "FRCS", "FRCS(Ed)", "FRACP", "FIAGES", "DDS", "DMD", "PA-C", "FNP-BC", "PhD,"] {
            assert!(is_post_nominal(t), "{t}");
        }
        for t in ["Karthik", "McKay", "Ann", "I", "ABCDEFGH"] {
            assert!(!is_post_nominal(t), "{t}");
        }
    }
}
