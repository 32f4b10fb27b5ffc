//! Care told in the everyday words of the languages practices write in
//! (round 56, from the misses of sets AX–BC): "tenía un absceso", "son
//! otite", "eine Oberschenkelhalsfraktur", "поставили стент", "khám thai",
//! "'n erge asma-aanval", "tar éis na hobráide". The Greco-Latin stems of
//! [`super::foreign_story`] read "diabetes" and "operación" in any
//! language; a molar pulled, a birth, a hospital or a scarlet fever are
//! words of each language. Spanish, French, German, Portuguese, Italian,
//! Dutch and Afrikaans, Polish, Ukrainian and Russian, Irish, isiXhosa and
//! Vietnamese: the languages of the sets' communities, not of any one set;
//! Welsh since round 57.
//!
//! Each word says care happened to someone (a diagnosis, an operation, a
//! birth, a hospital, pain, a vaccine); words of a practice's services in
//! general ("consulta", "Praxis", "clinique") are left out, as they are
//! in English.

use std::sync::LazyLock;

use regex::Regex;

/// Whole words (short ones would be inside too many others).
const EXACT: &[&str] = &[
    "dolor",
    "parto",
    "parió",
    "diu",
    "asma",
    "otite",
    "tdah",
    "vaccin",
    "reha",
    "stent",
    "rak",
    "ból",
    "біль",
    "болем",
    "боль",
    "pian",
    "pyn",
    "dor",
    "mổ",
    "ptsd",
    "ictus",
    "рак",
    "рака",
    "раку",
    "раком",
    // Welsh (round 57, from set BG): a stroke, cancer (and its mutations).
    "strôc",
    "canser",
    "ganser",
    "nghanser",
];

/// Stems a word starts with.
const START: &[&str] = &[
    // Spanish
    "absceso",
    "caries",
    "muela",
    "extracci",
    "radiograf",
    "embaraz",
    "cesáre",
    "papanicol",
    "conizaci",
    "cáncer",
    "mamograf",
    "vacun",
    "tratamient",
    "quimio",
    "cirug",
    "sangrad",
    "anticonceptiv",
    "infart",
    "hinchad",
    "hospitaliz",
    "hospital",
    "urgencia",
    "aborto",
    "nacimient",
    "nació",
    "internad",
    // French
    "méningit",
    "leucém",
    "commotion",
    "grossesse",
    "accouch",
    "naissance",
    "hôpital",
    "hospitalis",
    "douleur",
    "enceinte",
    "plâtre",
    "urgences",
    "ordonnance",
    "médicament",
    "traitement",
    "fausse-couche",
    "césarienne",
    "vaccination",
    // German
    "krankenhaus",
    "behandl",
    "scharlach",
    "geburt",
    "schwanger",
    "krebs",
    "schlaganfall",
    "entbind",
    "kaiserschnitt",
    "impfung",
    "notaufnahme",
    "schmerz",
    "eingeliefert",
    "fehlgeburt",
    // Portuguese and Italian
    "gravidez",
    "câncer",
    "tratamento",
    "internaç",
    "ospedal",
    "gravidanza",
    "ricover",
    // Dutch and Afrikaans
    "kanker",
    "hospitaal",
    "ziekenhuis",
    "inspuiting",
    "swanger",
    "zwanger",
    "geboorte",
    "bevall",
    "mammogr",
    "siekte",
    "ziekte",
    // Polish
    "kręgosłup",
    "szpital",
    "ciąż",
    "poród",
    "złamani",
    "nowotw",
    "leczeni",
    "zawał",
    "udar",
    // Ukrainian and Russian
    "операц",
    "лікарн",
    "больниц",
    "діагноз",
    "диагноз",
    "епілепс",
    "эпилепс",
    "кардіолог",
    "кардиолог",
    "вагітн",
    "беремен",
    "пологи",
    "лікуван",
    "лечени",
    "перелом",
    "інсульт",
    "инсульт",
    "інфаркт",
    "инфаркт",
    "діабет",
    "диабет",
    "цукров",
    "милиц",
    "хірург",
    "хирург",
    "онколог",
    "щитоподібн",
    "щитовидн",
    "госпітал",
    "госпитал",
    "стент",
    // Irish
    "obráid",
    "hobráid",
    "ospidéal",
    "comhshuaith",
    "meadhrán",
    "gortú",
    "ailse",
    "athshlánai",
    // Welsh: treatment, surgery, hospital, medicine, stitching, an
    // injury, with the mutated forms a word takes after "ei", "am", "yn".
    "triniaeth",
    "driniaeth",
    "thriniaeth",
    "llawdriniaeth",
    "ysbyty",
    "meddyginiaeth",
    "feddyginiaeth",
    "pwyth",
    "bwyth",
    "mhwyth",
    "anafiad",
    // isiXhosa
    "iswekile",
    "isilonda",
    "isifo",
];

/// Stems found inside a word: compounds ("Oberschenkelhalsfraktur",
/// "Brustkrebs", "asma-aanval", "blaasontsteking", "neswekile").
const INSIDE: &[&str] = &["fraktur", "infarkt", "krebs", "entzünd", "kanker", "ontsteking", "swekile", "silonda", "obráid", "geburt"];

/// Vietnamese care is told in words of several syllables.
static VI_PHRASES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:ung\s+thư|sảy\s+thai|khám\s+thai|bệnh\s+viện|tiểu\s+đường|huyết\s+áp|nhũ\s+ảnh|sinh\s+non|chào\s+đời|mang\s+thai|có\s+thai|điều\s+trị|phẫu\s+thuật|mổ\s+xong)\b").unwrap()
});

/// Arabic care, for replies: the care words of the names rules for Arabic
/// ([`super::caseless`]) and medicine and childbirth.
static AR_PHRASES: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!("{}|الدواء|دواء|الولادة", super::caseless::AR_CARE_WORDS)).unwrap());

/// The stems of [`START`] and of [`super::care_words`] by their first letter: a word is compared with
/// the few stems that can open it (`check` reads every word of a page in
/// another language, and fields in any).
static START_BY_FIRST: LazyLock<std::collections::HashMap<char, Vec<&'static str>>> = LazyLock::new(|| {
    let mut m: std::collections::HashMap<char, Vec<&'static str>> = std::collections::HashMap::new();
    for s in START.iter().copied().chain(super::care_words::START.split_whitespace()) {
        if let Some(c) = s.chars().next() {
            m.entry(c).or_default().push(s);
        }
    }
    m
});

/// Every stem [`care_word`] can find in a word, whole words included: a
/// word none of them occurs in is no care here (the prefilter of
/// [`super::care_stems::care_in`]).
pub(super) fn stems() -> impl Iterator<Item = &'static str> {
    EXACT
        .iter()
        .copied()
        .chain(START.iter().copied())
        .chain(INSIDE.iter().copied())
        .chain(super::care_words::INSIDE.iter().copied())
        .chain(super::care_words::START.split_whitespace())
        .chain(super::care_words::EXACT_SET.iter().copied())
        .chain(["itis"])
}

/// Is this word (in lower case) care in one of the languages above?
pub(super) fn care_word(w: &str) -> bool {
    let n = w.chars().count();
    EXACT.contains(&w)
        || super::care_words::EXACT_SET.contains(w)
        || (n >= 4 && w.chars().next().and_then(|c| START_BY_FIRST.get(&c)).is_some_and(|stems| stems.iter().any(|s| w.starts_with(s))))
        // "Mastitis", "Sinusitis", "Konjunktivitis": an inflammation in
        // any language that writes it so (not the Lithuanian surnames in
        // "-aitis" and "-eitis"; round 65).
        || (n >= 7 && w.ends_with("itis") && !w.ends_with("aitis") && !w.ends_with("eitis"))
        // "Haarspange" is a hair clip, "Kooperation" a partnership.
        || (n >= 7
            && INSIDE.iter().chain(super::care_words::INSIDE).any(|s| w.contains(s))
            && !w.starts_with("haarspange")
            && !w.contains("ooperation")
            // "coöperatie" is a partnership, "Desinfektion" hygiene.
            && !w.contains("ooperati")
            && !w.starts_with("desinf"))
}

/// Care told in several words in the languages of Europe (round 68, from
/// the same list of concepts as `care_words`): intensive care, the
/// emergency department, a heart murmur, panic attacks, a wheelchair, a
/// blood test, heart or kidney failure, an artificial joint, a cataract or
/// glaucoma ("grauer Star"), German "OP" after a body part ("Hüft-OP",
/// "nach der OP"; in capitals, which Dutch "op" is not), a burn-out and a
/// bone broken ("brak haar heup", "brach sich den Arm", "si è rotto").
static CARE_PHRASES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(?:terapia|unità)\s+intensiva|soins\s+intensifs|cuidados\s+intensivos|(?:unidad|unidade)\s+de\s+(?:cuidados|terapia)\s+intensiv[ao]s?|pronto\s+soccorso|spoedeisende\s+hulp|soffio\s+al\s+cuore|souffle\s+au\s+c(?:œ|oe)ur|soplo\s+(?:en\s+el\s+corazón|card[ií]aco)|attacc\w+\s+di\s+panico|crisi\s+di\s+panico|(?:attaques?|crises?)\s+de\s+panique|ataques?\s+de\s+p[áâ]nico|fauteuil\s+roulant|silla\s+de\s+ruedas|cadeira\s+de\s+rodas|sedia\s+a\s+rotelle|prise\s+de\s+sang|an[áa]lisis\s+de\s+sangre|(?:analisi|esami)\s+del\s+sangue|exames?\s+de\s+sangue|insufi?ci?[eê]n\w*\s+(?:card|ren|resp|hep)\w*|insufficienza\s+(?:card|ren|resp|epat)\w*|insuffisance\s+(?:card|rén|resp|hép)\w*|künstlich\w*\s+(?:hüft|knie|gelenk|darm)\w*|neue[nrs]?\s+(?:hüfte|knie|hüftgelenk|kniegelenk)\b|nieuwe\s+(?:heup|knie)\b|(?:grau|grün)e[nr]?\s+star\b|fuoco\s+di\s+sant.antonio|burn-out|brak\s+(?:\w+\s+){0,2}?(?:zijn|haar)\s+\w+|brach\s+sich\s+(?:\w+\s+){0,2}?(?:den|die|das)\s+\w+|si\s+è\s+rott[oa]|s['’]est\s+cass[ée]e?|se\s+fractur[óo]|partiu\s+(?:o|a)\s+\w+)\b|(?-i:\p{L}-OP\b|\b(?:der|die|einer|seiner|ihrer|nach|vor|zur|eine|seine|ihre)\s+OP\b)").unwrap()
});

/// Care told in several words (Vietnamese) or in Arabic script.
pub(super) fn care_phrase(text: &str) -> bool {
    // A pregnancy's week ("bij 38 weken", "à 32 semaines", "con 30
    // semanas", "at 38 weeks"): the stage of someone's pregnancy (round 67).
    static GESTATION: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:bij|op|met|tot|van|à|a\s+las|con|com|às|at|alla|a|mit|in\s+der)\s+(?:[1-4]?\d)(?:\+\d)?(?:\.|a|ª)?\s+(?:weken|semaines|semanas|weeks|settimane|settimana|wochen|woche)\b|zwangerschapsweek|schwangerschaftswoche|\bssw\b").unwrap()
    });
    text.bytes().any(|b| b.is_ascii_digit()) && GESTATION.is_match(text)
        // Every phrase has a space or a hyphen: the single words
        // `foreign_roles::happened` asks about skip the scan.
        || (text.contains([' ', '-']) && CARE_PHRASES.is_match(text))
        || text.contains(' ') && VI_PHRASES.is_match(text)
        || (text.chars().any(|c| ('\u{0600}'..='\u{06ff}').contains(&c)) && AR_PHRASES.is_match(text))
}

/// Someone addressed as "you" in these languages: the reviewer a reply is
/// written to ("votre fils", "su cita", "jou knie", "do ghlúin", "ви вже
/// ходите", "của chị").
pub(super) fn second_person(sentence: &str) -> bool {
    static YOU: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:^|[^\p{L}])(?:votre|vos|vous|eich|ton|ta|tes|tu|su|sus|usted|tus|seu|sua|você|suo|tuo|tua|ihr|ihre|ihren|ihrem|ihrer|sie|dein|deine|deinen|du|teu|teva|teus|teves|vostre|vostra|vostres|vau|jou|jy|uw|jij|do|thú|tú|agat|leat|ви|вас|вам|ваш|ваша|ваше|вашої|вашого|ти|тебе|твій|твоя|вы|chị|anh|bạn|em|cô|chú|bác|che\s+ha\s+avuto|ci\s+richiami|le\s+consigliamo)(?:[^\p{L}]|$)|\p{Arabic}{2,}ك(?:[^\p{Arabic}]|$)|(?:^|[^\p{L}\p{M}])(?:आप|आपके|आपकी|आपका|आपको|आपने|आपसे|तुम्हारे|तुम्हारी|तुम्ही|तुम्हाला|तुमच्या|तुमचे|तुमची|तुमचा|आपल्या)(?:[^\p{L}\p{M}]|$)").unwrap()
    });
    YOU.is_match(sentence)
}

/// "Nous ne pouvons pas parler de …": the reply declines to discuss care.
pub(super) fn declines(sentence: &str) -> bool {
    static NOT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)ne\s+pouvons\s+pas|no\s+podemos|não\s+podemos|können\s+(?:wir\s+)?(?:keine|nicht)|dürfen\s+(?:wir\s+)?(?:keine|nicht)|kan\s+(?:ons\s+)?nie|kunnen\s+(?:we\s+)?niet|no\s+podem|ní\s+féidir|не\s+можемо|не\s+можем|không\s+thể|bảo\s+mật|لا\s+يمكننا|nie\s+możemy|गोपनीय|नहीं\s+(?:कर|बता)\s+सकते|शकत\s+नाही|confidential|vertraulich|confidenti|privacidad|privacy|datenschutz").unwrap()
    });
    NOT.is_match(sentence)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn everyday_care_words_of_other_languages() {
        for w in ["absceso", "oberschenkelhalsfraktur", "otite", "стент", "asma-aanval", "hobráide", "muelas", "brustkrebs", "leucémie"]
        {
            let any = w.split('-').any(care_word) || care_word(w);
            assert!(any, "{w}");
        }
        assert!(care_phrase("lần khám thai 20 tuần của chị"));
        for w in ["consulta", "praxis", "clinique", "doctor", "montag", "raccoon", "dorado", "rakete"] {
            assert!(!care_word(w), "{w}");
        }
    }

    #[test]
    fn the_reviewer_addressed() {
        assert!(second_person("nous regrettons que la visite de votre fils pour son otite ait été longue"));
        assert!(second_person("Ons is bly jou knie voel beter"));
        assert!(!second_person("Merci à toutes les familles venues célébrer avec nous"));
        assert!(second_person("سعداء أن ضغط الدم عندك صار أفضل"));
        assert!(care_phrase("سعداء أن ضغط الدم عندك صار أفضل"));
    }
}
