//! Care in the words medicine shares across languages (split from
//! [`super::foreign_story`] in round 64): Greco-Latin stems found inside
//! or opening a word ("gastroskopi", "diabetą", "operacja"), drugs'
//! international names, the abbreviations used untranslated (TURP, PSA,
//! CPAP), and the everyday words of [`super::foreign_care`] and
//! [`super::care_words`].

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
const INN: [&str; 26] = [
    "formin",
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
/// languages ("gastroskopi", "fibroscan"; see [`care_word`]).
pub(super) fn care_in(text: &str) -> bool {
    // Each word is lowercased once, for both vocabularies.
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| w.len() >= 3).any(|w| {
        let w = w.to_lowercase();
        care_word(&w) || super::foreign_care::care_word(&w)
    }) || super::foreign_care::care_phrase(text)
}
