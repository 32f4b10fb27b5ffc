//! `phi/name` in other languages: one person's care told in a language the
//! English frames cannot read ("Pasien kami, Siti Wulandari, 31, … Hasil
//! gastroskopi …", "Oom Gert Nel (78) van Brakpan het … 'n TURP …
//! ondergaan", "Mūsų pacientas Audrius, 38 metų … diabetą").
//!
//! Practices write for their communities in their languages, and the
//! blind case sets showed that half of the patients the guard missed were
//! told in them (decision, round 41). No per-language grammar is needed
//! for the frame that matters most: a person (a given name from the world
//! lists, or any capitalised name after a title of respect or kinship),
//! singled out by an age right after the name, a title, or the word
//! "patient", in a paragraph whose words name care. Care is recognised by
//! the Greco-Latin stems medicine shares across languages ("gastroskopi",
//! "diabetą", "operacja", "insulin"), plus the abbreviations
//! (TURP, PSA, ERCP, CPAP). Staff, places and public figures resolve as
//! everywhere else. In English only the age counts ("Thandiwe Nkosi (63)
//! rang the bell after her last radiotherapy"): a title or the word
//! "patient" there is the English frames' to judge.

use std::sync::LazyLock;

use regex::Regex;

use super::allow::Allowlist;
use super::names::{Names, is_given_name};
use super::segments::{Kind, Segment, Segments};
use super::{Finding, Severity, finding, frame, lexicon};

/// Titles of respect and kinship that stand before a given name in many
/// languages ("Encik Ramli", "Oom Gert", "Ayeeyo Faadumo", "Ntate Letsie",
/// "Mak Cik Rosnah"). Not "Dr": a title-led doctor gives the care.
pub(super) const TITLES: &str = r"Mr\.?|Mrs\.?|Ms\.?|Miss|Encik|Puan|Cik|Pak\s+Cik|Mak\s+Cik|Pakcik|Makcik|Pak|Ibu|Bapak|Datuk|Haji|Hajah|Aling|Mang|Ate|Kuya|Lola|Lolo|Tita|Tito|Oom|Tannie|Tante|Tant|Ouma|Oupa|Don|(?:u|no|ku)?(?:Mama|Tata|Makhulu|Sisi|Bhuti)|Meneer|Mevrou|Mnr\.?|Mev\.?|Mevrouw|Dhr\.?|Senyora|Senyor|Ntate|Mme|Gogo|Ayeeyo|Abo|Hooyo|Nani|Dadi|Chacha|Khala|Auntie|Aunty|Uncle|Señor|Señora|Sra\.?|Sr\.?|Doña|Dona|Senhor|Senhora|Tia|Tio|Tía|Tío|Ti|Nain|Taid|Anti|Yncl|Signor|Signora|Sig\.ra|signora|signor|sig\.ra|Sig\.|sig\.|señora|señor|senhora|senhor|Herr|Frau|Monsieur|Madame|Mdm|Madam|Babcia|Dziadek|Kyrios|Kyria|Ông|Bà|Cô|Chú|Amma|Appa|Paati|Thatha|Akka|Thambi|chị|Chị|anh";

/// Titles that name a child or a family (read after [`TITLES`]).
const FAMILY_TITLES: &[&str] = &[
    "familia", "famille", "Familie", "famiglia", "família", "familie", "petite", "petit", "pequeña", "pequeño", "Klein", "kleine", "bé",
    "Bé",
];

/// A person: an optional title, then initials ("J.T.") or one to four
/// capitalised words (particles of Malay, Filipino, Dutch and Romance
/// names between them), perhaps with a surname's initial ("Franziska R.").
static PERSON: LazyLock<Regex> = LazyLock::new(|| {
    let family = FAMILY_TITLES.join("|");
    Regex::new(&format!(
        r"(?:\b(?P<title>{TITLES}|{family})\s+)?(?P<name>\b(?:\p{{Lu}}\.[\s-]?){{2,3}}|\p{{Lu}}[\p{{Ll}}'’-]+(?:\s+(?:(?:bin|binti|bt|d/o|s/o|a/l|a/p|van|de|der|dela|del|da|dos|di)\s+)?\p{{Lu}}[\p{{Ll}}'’-]+){{0,3}}(?:\s\p{{Lu}}\.)?|\b\p{{Lu}}\.)"
    ))
    .unwrap()
});

/// A worker of a company, right before their initials.
static EMPLOYEE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:colaborador|colaboradora|funcionári[oa]|funcionari[oa]|empleado|empleada|dipendente|mitarbeiter(?:in)?|salariée?|employée?|operári[oa]|operari[oa])\s+$").unwrap()
});

/// One word that is a title of [`PERSON`].
static TITLE_WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"^(?:{TITLES}|{})$", FAMILY_TITLES.join("|"))).unwrap());

/// An age right after the name: ", 31,", " (78)", ", 38 metų"; not the
/// decimal comma of "No Brasil, 5,8% da população".
static AGE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:,\s*(?:\d{1,3})\s*(?:,(?:\s|$)|\s+(?:bliain|oed|metų|metai|lat|lata|sano|tahun|taon|jaar|jare|jahre|ans|años|anys|anos|anni|ani|yaş\w*|tuổi|ετών|лет|года|роки|років|рік|éves|godina|let|evs|yrs?)\b)|\s*\(\s*\d{1,3}\s*(?:\)|[,;]\s*\p{L})|\s+(?:tiene|tenía|té|tenia|tem|tinha|ha|aveva)\s+\d{1,3}\s+(?:años|anys|anos|anni)\b|\s+\p{Ll}+\s+(?:con|amb|com|a\s+los|als|aos)\s+\d{1,3}\s+(?:años|anys|anos)\b|\s*,\s*(?:a\s+sus|aos\s+seus|ai\s+suoi|à\s+ses|a|à|con|com|met|mit)\s+\d{1,3}\s+(?:años|anos|anni|ans|jaar|jahren)\b|\s*,\s*d[eia]\s+\d{1,3}\s+(?:dias|días|semanas|meses|giorni|settimane|mesi|jours|semaines|mois|anos|años|anni|ans)\b|\s+(?:ist|wird|is|wordt)\s+\d{1,3}(?:\s+(?:jahre|jaar)(?:\s+(?:alt|oud))?)?\s*(?:[,.;!]|und\b|en\b|$))").unwrap()
});

/// An age appositive anywhere in a sentence (", 31,", "(78)", "Marta tiene
/// 38 años"): the cheap test that lets most English sentences go first.
static AGE_SOMEWHERE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r",\s*\d{1,3}\s*[,\p{L}]|,\s*(?:d[eia]|a|à|con|com|met|mit)\s+\d{1,3}\s+\p{L}|\(\s*\d{1,3}\s*\)|\s(?:tiene|tenía|té|tenia|tem|tinha|ha|aveva|sus|seus|suoi|ses)\s+\d{1,3}\s+(?:años|anys|anos|anni|ans)\b|\s(?:ist|wird|is|wordt)\s+\d{1,3}(?:\s+(?:jahre|jaar))?\s*(?:[,.;!]|und\b|en\b|alt\b|oud\b|$)").unwrap()
});

/// What singles out a child or a worker in other languages when no age
/// follows the name (round 59): a class or school, a team's position, an
/// employer ("aus der 2B der Mittelschule …", "3A sınıfından",
/// "kapetanica školskog tima", "travaille chez …"). Read only with a
/// given name from the world lists and care in the same sentence or the
/// next, as the English frames read "first name + school + surgery".
static CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b\d{1,2}[a-e](?:[\s,.;:)]|$)|\b(?:klasse|klas|classe|clase|turma|razred\w*|sınıf\w*|klas[ay]|cm[12]|ce[12])\b|\w*(?:schule|gymnasium|gimnazij|kindergarten|école|ecole|collège|lycée|athénée|escuela|colegio|escola|liceo|scuola|basisschool|okul|lisesi|škol|vrtić|crèche|creche|guardería|kita\b)\w*|(?-i:\s)aus\s+(?-i:\p{Lu})\p{Ll}|\b(?:steuerfrau|steuermann|schlagfrau|schlagmann|ruderer|ruderin|turner(?:in)?|schwimmer(?:in)?|zagueir[oa]|atacante|lateral-(?:esquerd|direit)[oa]|arquer[oa]|delanter[oa]|kapitän\w*|captain|\w*torwart\w*|\w*torhüter\w*|tormann|lernende[rn]?|lehrling|stürmer\w*|capitaine|gardien\w*|capit[aá]n\w*|capitão|portero|portera|goleir[oa]|portiere|capitano|kaptan\w*|kaleci\w*|kapetan\w*|golman\w*|aanvoerder\w*|spits|çalış\w+|zaposlen\w*)\b|\b(?:arbeitet|beschäftigt|angestellt|travaille|trabaja|trabalha|lavora|werkt)\s+(?:\w+\s+){0,4}?(?:bei|chez|à|au|en|na|no|em|presso|bij|für|pour|para|per|voor)\s+(?:\w+\s+)?(?-i:\p{Lu})").unwrap()
});

/// A doctor named by title in any language ("Dr. Hadžić", "Prof. Weber").
static DOCTOR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b(?:Dr|Dra|Dott|Doktor|Prof)\.?\s+\p{Lu}").unwrap());
/// Before a name: a clinician's title ("Dr. Marcus Obi", "Sr Marike"), or
/// a titled clinician and a comma ("Dr. Marcus Obi, Stanford": where
/// they work).
static DOCTOR_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:Dr|Dra|Dott|Doktor|Prof|Sr|Sister|Schwester|Nurse)\.?\s+(?:\p{Lu}[\p{L}'’.-]*\s*){0,2}(?:\p{Lu}[\p{L}'’.-]*\s*,\s*)?$",
    )
    .unwrap()
});

/// A name that opens with a clinician's title ("Dr Emmanuelle Antonetti").
static DOCTOR_OPENS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?:Dr|Dra|Dott|Doktor|Prof|Sr)\.?\s").unwrap());

/// A clinician's profession right after a name ("Michèle Dangréau-Mussat
/// ostéopathe D.O., Dr Emmanuelle Antonetti …", round 61).
static CLINICIAN_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[\p{L}'’-]*,?\s*(?:\(\s*)?(?:ost[ée]op\w*|gyn[ée]colog\w*|p[ée]diat\w*|m[ée]dec\w*|m[ée]dic[oa]|kin[ée]\w*|sage-femme|psycholog\w*|psic[oó]log\w*|fisioterap\w*|physioth\w*|enfermer[oa]|infirmi[eè]re?|dentist[ea]|odontolog\w*|orthodont\w*|ortodon\w*|logoped\w*|orthophon\w*|pod[oó]log\w*|nutricionist\w*|di[ée]t[ée]ti\w*|sophrolog\w*|ergoth\w*|docteure?|dott(?:\.|oressa|ore))\b").unwrap()
});

/// Articles of Romance languages that are also given names somewhere.
const ARTICLES: [&str; 9] = ["le", "la", "les", "el", "il", "lo", "de", "du", "un"];

/// Weekdays that are given names somewhere ("Tuesday", "Domingo").
const WEEKDAYS: [&str; 9] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "domingo", "sabato"];

/// A year right after a word ("Juli 2023").
static YEAR_AFTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s+(?:19|20)\d\d\b").unwrap());

/// An age told before the name: "der 12-jährige Lukas", "8 yaşındaki
/// Defne", "12-godišnja Lejla", "de 9-jarige Daan".
static AGE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b\d{1,2}(?:-|\s)?(?:jährige[nrms]?|yaşındaki|godišnj\w+|letni\w*|jarige)\s+$|(?:^|[.!?]\s+)(?:à|a|aos|ai|mit|met)\s+\d{1,2}\s+(?:ans|años|anys|anos|anni|jahren|jaar)\s*,\s*$|\b(?:di|de)\s+\d{1,2}\s+(?:anni|ans|años|anys|anos)\s*,\s*$").unwrap()
});

/// "Patient" in the languages practices write in, singular (a plural is
/// the practice's patients in general).
static PATIENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:patient|pesakit|pasien|pasyente|pasyente|pasiënt|pasiënte|pacientas|pacientė|pacient|pacienta|pacjent|pacjentka|paciente|paziente|utente|claf|glaf|chlaf|cleifion|patiënt|patiënte|patiente|patientin|bệnh\s+nhân|ασθενής|bukaan|bukaanka|mokuli|isiguli|hasta|potilas|beteg|bolnik|bolnica|pacientka)\b").unwrap()
});

/// "Ana llegó a mi consulta …", "è arrivata nel mio studio": she came to
/// the practice as a patient; since round 59 also "kam 2020 zu uns", "kwam
/// bij ons", "kliniğimize geldi", "došla je kod nas", "przyszła do nas".
static CAME_TO_CONSULT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s+(?:lleg[oó]|vino|acudi[oó])\s+a\s+(?:mi|nuestra)\s+consulta|^\s+(?:chegou|veio)\s+(?:ao|a)\s+(?:meu|nosso)\s+consult[oó]rio|^\s+(?:est\s+venue?|est\s+arrivée?|s'est\s+pr[ée]sent[ée]e?)\s+(?:en\s+consultation|au\s+cabinet|me\s+voir|(?:à|a)\s+(?:la|notre)\s+clinique)|^\s+(?:lleg[oó]|vino)\s+a\s+(?:la|nuestra)\s+cl[ií]nica|^\s+(?:[èe]\s+arrivat[oa]|[èe]\s+venut[oa])\s+(?:in|alla|nella\s+nostra)\s+clinica|^\s+(?:chegou|veio)\s+(?:à|a)\s+(?:nossa\s+)?cl[ií]nica|^\s+(?:[èe]\s+arrivat[oa]|[èe]\s+venut[oa])\s+(?:in|nel\s+mio|nel\s+nostro)\s+studio|^\s+(?:[èe]\s+venut[oa]|vino|lleg[oó]|est\s+venue?|est\s+arrivée?|veio|chegou)\s+(?:a\s+|à\s+)?(?:da\s+noi|a\s+vernos|nous\s+voir|chez\s+nous|nos\s+ver|até\s+nós)|^\s+(?:kam|kommt)\s+(?:\S+\s+){0,3}?(?:zu\s+uns|in\s+(?:die|unsere)\s+(?:Praxis|Ordination|Sprechstunde))|^\s+(?:kwam|komt)\s+(?:\S+\s+){0,3}?bij\s+ons|^[^.!?]{0,80}?\b(?:bize|kliniğimize|muayenehanemize)\s+geldi|^\s+(?:je\s+)?(?:došao|došla|dolazi)\s+(?:\S+\s+){0,3}?(?:kod\s+nas|u\s+(?:našu\s+)?ordinaciju)|^\s+(?:przyszedł|przyszła|trafił|trafiła)\s+(?:\S+\s+){0,3}?do\s+(?:nas|naszej\s+(?:przychodni|poradni)|naszego\s+gabinetu)").unwrap()
});

pub(super) use super::care_stems::care_in;

/// A given name no word of the practice, or a staff member's given name
/// before another surname ("Beat Streit aus Wabern" beside "Dr. med. Beat
/// Wüthrich" is someone else; round 62).
fn given_person(tokens: &[&str], first: &str, allow: &Allowlist) -> bool {
    is_given_name(first)
        && (!allow.is_known_word(tokens[0]) || (tokens.len() >= 2 && !allow.is_staff(tokens) && !allow.is_known_word(tokens[1])))
        && !lexicon::is_function_word(first)
}

/// Report each person singled out in a paragraph of care in another language.
pub(super) fn check(segs: &Segments, allow: &Allowlist, names: &Names, out: &mut Vec<Finding>) {
    // "Historias reales (nombres cambiados)": the names are pseudonyms.
    // "Este es un caso ficticio": an invented case.
    if names.pseudonymous || names.hypothetical {
        return;
    }
    let mut page_care: Option<bool> = None;
    for s in &segs.segs {
        if s.kind != Kind::Prose || s.ident || s.credit {
            continue;
        }
        // What every finding needs somewhere in the paragraph: an age
        // appositive (English and other languages) or a word of care
        // (other languages).
        let aged = s.digits > 0 && AGE_SOMEWHERE.is_match(&s.text);
        // (English first: reading every word for care is the dearer test.)
        // A paragraph with no care of its own is read when the page tells
        // care elsewhere (someone who "came to the clinic"; round 64).
        if !aged
            && (frame::english_strict(&s.text)
                || !(care_in(&s.text)
                    || super::foreign_roles::bracketed_body(&s.text)
                    || super::foreign_roles::followed(&s.text)
                    || page_care_of(segs, &mut page_care)))
        {
            continue;
        }
        let mut para_english: Option<bool> = None;
        for (i, r) in s.sentences.iter().enumerate() {
            let sentence = &s.text[r.clone()];
            // A short sentence reads as its paragraph does ("Khaled, 45, kan
            // muhandis fi Halab." is no English).
            let english = if sentence.split_whitespace().count() < 6 {
                *para_english.get_or_insert_with(|| frame::english_strict(&s.text))
            } else {
                frame::english_strict(sentence)
            };
            // In English only an age counts, and an age needs a digit: most
            // sentences end here, before any care word is looked for.
            if english && !(sentence.bytes().any(|b| b.is_ascii_digit()) && AGE_SOMEWHERE.is_match(sentence)) {
                continue;
            }
            // "## El caso de Marta / Marta tiene 38 años, trabaja en
            // recursos humanos.", the EMDR sessions told further down: an
            // aged person's story goes on past the paragraph.
            let page_care = || page_care_of(segs, &mut page_care);
            if let Some((at, who)) = singled_out(s, i, allow, names, english, page_care) {
                out.push(
                    finding(
                        "phi/name",
                        Severity::Error,
                        segs.pos(s, at),
                        "a person singled out by their age, a title or the word for patient, in a paragraph about care: naming a patient discloses PHI; remove or anonymise it, or add a signed `authorization` covering `name`".to_string(),
                    )
                    .about(who),
                );
                break;
            }
        }
    }
}

/// Whether any prose of the page names care (computed once per page).
fn page_care_of(segs: &Segments, cache: &mut Option<bool>) -> bool {
    *cache.get_or_insert_with(|| segs.segs.iter().any(|x| x.kind == Kind::Prose && !x.ident && care_in(&x.text)))
}

/// History ("On 13 September 1848, railway foreman Phineas Gage, 25,")
/// and public figures' own accounts are told the same way as patients'.
fn history_or_public(window: &str, english: bool) -> bool {
    static HISTORIC: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b(?:1[0-8]\d\d|19[0-4]\d)\b").unwrap());
    HISTORIC.is_match(window) || (english && super::event::public_frame(window))
}

/// Words that open a sentence before a name: questions, greetings, thanks.
const OPENERS: &[&str] = &[
    "comment",
    "pourquoi",
    "quand",
    "cómo",
    "como",
    "cuando",
    "cuándo",
    "porque",
    "warum",
    "wann",
    "waarom",
    "wanneer",
    "come",
    "perché",
    "quando",
    "voilà",
    "welkom",
    "bienvenue",
    "bienvenida",
    "bienvenido",
    "willkommen",
    "benvenuta",
    "benvenuto",
    "bem-vinda",
    "bem-vindo",
    "merci",
    "gracias",
    "obrigada",
    "obrigado",
    "danke",
    "grazie",
    "bedankt",
    "proficiat",
    "gefeliciteerd",
    "félicitations",
    "felicidades",
    "parabéns",
    "auguri",
    "hallo",
    "bonjour",
    "hola",
    "olá",
    "ciao",
    "dankjewel",
    "bravo",
];

/// The words of a run of capitals that can be a name, and whether the
/// word for patient opened it.
fn name_tokens(name: &str) -> (Vec<&str>, bool) {
    let mut tokens: Vec<&str> = name.split_whitespace().collect();
    // "In Francia …": a short word opening the sentence is no name.
    if tokens.len() > 1 && tokens[0].len() <= 3 && super::words::reads_as_word(&tokens[0].to_lowercase()) {
        tokens.remove(0);
    }
    // "Comment Mélanie …", "Welkom Mees!", "Gracias Benja": a question
    // word, a greeting or thanks opening the run is no part of the name
    // (round 67).
    if tokens.len() > 1 && OPENERS.contains(&tokens[0].to_lowercase().as_str()) {
        tokens.remove(0);
    }
    // "Die van Chantal": a particle left opening the run once the word
    // before it is gone is no part of the name.
    while tokens.len() > 1 && tokens[0].starts_with(char::is_lowercase) {
        tokens.remove(0);
    }
    // "Patientin Renate Weber": German capitalises the noun, so the word
    // for patient opens the run of capitals; "Unsere Patientin …": a
    // determiner before it too.
    let mut lead_patient = false;
    while tokens.len() > 1 && (PATIENT.is_match(tokens[0]) || (!lead_patient && lexicon::is_function_word(&tokens[0].to_lowercase()))) {
        lead_patient |= PATIENT.is_match(tokens[0]);
        tokens.remove(0);
    }
    // "Marathonläuferin Simone Kästli": any German noun opens the run
    // before the given name (round 62); a noun of eight letters or more,
    // so that short given names stay ("Jan Kowalski").
    while tokens.len() > 1
        && tokens[0].chars().count() >= 8
        && !is_given_name(&tokens[0].to_lowercase())
        && is_given_name(&tokens[1].to_lowercase())
    {
        tokens.remove(0);
    }
    (tokens, lead_patient)
}

/// An age of at most 120 right after a name ("Marshallese (702)" counts
/// speakers).
fn aged_after(after: &str) -> bool {
    AGE_AFTER
        .find(after)
        .and_then(|m| m.as_str().chars().filter(char::is_ascii_digit).collect::<String>().parse::<u32>().ok())
        .is_some_and(|a| a <= 120)
}

/// "Lejla, učenica 4B razreda …": a given name with a class, a team or an
/// employer in the sentence or the next (`window`); or a doctor caring for
/// them in the sentence ("Gerald Schwaiger, dem Dr. Yıldırım … drei
/// Implantate gesetzt hat"), when the name is not the doctor's own. A
/// volunteer gives care ("Brigitte, bénévole depuis 2012, … ancienne
/// institutrice de l'école …"); "Le", "In", "Mi" opening a sentence are
/// words, though also given names; a given name must not read as a word.
fn cued(first: &str, name: &str, sentence: &str, start: usize, window: &str) -> bool {
    // "Tal vez …": one capitalised word opening a sentence is a person
    // only when set off ("Lejla, učenica …", "Emir (13)").
    let opening = !sentence[..start].contains(char::is_alphanumeric) && !name.contains(' ');
    // "Emma aus der Kita Regenbogen hat …": where a child is from sets the
    // name off as a comma does (round 65).
    let rest = &sentence[start + name.len()..];
    // "Andrea ci ha lasciato il 9 febbraio, … dopo tre anni di leucemia":
    // a death told right after a given name sets it off too (round 68).
    let died = super::foreign_cues::died_after(rest);
    let set_off = rest.trim_start().starts_with([',', '(']) || rest.starts_with(" aus ") || rest.starts_with(" uit ") || died;
    (!opening || set_off)
        && is_given_name(first)
        && !ARTICLES.contains(&first)
        && first.chars().count() >= 3
        // "Beat Streit": a given name that is an English word, before a
        // surname that is none, is a name (round 62).
        && (!super::words::reads_as_word(first)
            || name.split_whitespace().nth(1).is_some_and(|s| !super::words::reads_as_word(&s.to_lowercase())))
        && !DOCTOR_OPENS.is_match(name)
        && !CLINICIAN_AFTER.is_match(&sentence[start + name.len()..])
        && !super::not_people::TRAINING.is_match(window)
        && !DOCTOR_BEFORE.is_match(&sentence[frame::floor(sentence, start.saturating_sub(48))..start])
        // "ins Tal begleitet": after a German preposition fused with its
        // article a capitalised word is a noun, whatever name it is too.
        && !super::not_people::FUSED_ARTICLE.is_match(&sentence[frame::floor(sentence, start.saturating_sub(8))..start])
        && (CUE.is_match(window)
            || super::foreign_roles::annotated(&sentence[start + name.len()..])
            || (DOCTOR.is_match(sentence) && care_in(sentence))
            || (died && care_in(window))
            || super::foreign_cues::own_care(rest)
            || (super::foreign_roles::occupied(&sentence[start + name.len()..]) && super::foreign_roles::happened(window)))
        && !super::not_people::VOLUNTEER.is_match(window)
        && !super::not_people::TEAM_OUTING.is_match(window)
}

/// A person the page or the site knows: staff (but see below), a place, a
/// medical word, a famous person or an allowed string. "Mrs Pillay, 84,
/// from Lenasia" (`aged_titled_one`): one word of a staff member's name
/// with a lay title and an age is someone else; the team's ages are not
/// told so. "la petite Grâce", "Klein Ruben", "la famille Diallo"
/// (`family`): a child or a family, never the team member who shares the
/// name. With `person_cue` (a lay title, or an age or an occupation after
/// a given name) a place's name is a person's ("Madame Florence, la
/// cuisinière du foyer …", "Florencia, alumna del 3° medio B …"; round 67).
fn known_person(
    tokens: &[&str],
    name: &str,
    allow: &Allowlist,
    names: &Names,
    aged_titled_one: bool,
    family: bool,
    person_cue: bool,
) -> bool {
    let first = tokens[0].to_lowercase();
    let staff =
        (allow.is_staff(tokens) || tokens.iter().any(|t| names.page_staff.contains(&t.to_lowercase()))) && !aged_titled_one && !family;
    staff
        || (!person_cue && lexicon::is_place(&first))
        || lexicon::is_medical(&first)
        || lexicon::is_famous(&tokens.iter().map(|t| t.to_string()).collect::<Vec<_>>())
        || allow.is_allowed_string(name)
}

/// An age right after the name (not of a giver to the care or someone
/// acting on it: "Maud Penhallow, 88, who has knitted four hundred caps
/// for the oncology ward"), or, outside English, right before it.
fn aged_around(sentence: &str, start: usize, after: &str, english: bool) -> bool {
    (aged_after(after) && !(english && (frame::gives_to_care(after) || frame::acts(after))))
        || (!english && AGE_BEFORE.is_match(&sentence[frame::floor(sentence, start.saturating_sub(24))..start]))
}

/// "Siti Wulandari, 31,", "Kamohelo (6)": a name of no words, with an
/// age, is a person even when the name lists lack it, and so is a given
/// name that is a word before a surname that is none ("Gift Mokoena, 41,").
fn unlisted_full(tokens: &[&str], allow: &Allowlist) -> bool {
    let no_word = |t: &&str| {
        let w = t.to_lowercase();
        !super::words::reads_as_word(&w) && !lexicon::is_place(&w) && !lexicon::is_medical(&w) && !allow.is_known_word(t)
    };
    tokens.iter().all(no_word) || (tokens.len() == 2 && no_word(&tokens[1]))
}

/// The words of a run of capitals that can be a name, with what opened
/// it.
struct Prepared<'a> {
    tokens: Vec<&'a str>,
    lead_patient: bool,
    titled: bool,
    one_initial: bool,
}

/// The name of a [`PERSON`] match made ready to judge, or `None` when the
/// capitals are no person (a month, an article, a weekday, a lone initial).
fn prepare<'a>(c: &regex::Captures<'a>, sentence: &'a str) -> Option<Prepared<'a>> {
    let name = c.name("name")?;
    // "Frau K., Erzieherin in der Kita …": one initial is a person only
    // after a title (round 65).
    let one_initial = name.as_str().ends_with('.') && name.as_str().chars().count() == 2;
    if one_initial && c.name("title").is_none() {
        return None;
    }
    let (mut tokens, lead_patient) = name_tokens(name.as_str());
    // "ab diesem Monat Emma M.": after a determiner, a capitalised word
    // before a given name is a German noun (round 65).
    let determiner = sentence[..name.start()]
        .split_whitespace()
        .next_back()
        .is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase) && lexicon::is_function_word(w));
    if determiner && tokens.len() > 1 && !is_given_name(&tokens[0].to_lowercase()) && is_given_name(&tokens[1].to_lowercase()) {
        tokens.remove(0);
    }
    // "a" is also the Portuguese article before a first name: "a Lívia,
    // de 9 dias", "a Bruna, professora …" (but "vive a Roma, il cui …").
    let after = &sentence[name.end()..];
    let article = sentence[..name.start()].ends_with(" a ") && (aged_after(after) || super::foreign_roles::occupied(after));
    // "Bon retour à Josette, l'animatrice du Foyer …": a given name or an
    // occupation set off after it makes a person of what a preposition
    // would make a place (round 67).
    let role = || {
        super::foreign_roles::occupation(after) || (is_given_name(&tokens[0].to_lowercase()) && super::foreign_roles::role_of_named(after))
    };
    if super::not_people::no_person_here(&sentence[..name.start()], name.as_str()) && !article && !role() {
        return None;
    }
    let first = tokens[0].to_lowercase();
    // "ab Juli 2023": a month, not a person; "Le médecin …": an article
    // alone, though "Le" is also a given name.
    // "Tuesday, 8 December, 7 p.m. Dr. … explains Botox": a weekday is
    // no person, though "Tuesday" is a given name too (round 65).
    if tokens.len() == 1
        && (YEAR_AFTER.is_match(&sentence[name.end()..]) || ARTICLES.contains(&first.as_str()) || WEEKDAYS.contains(&first.as_str()))
    {
        return None;
    }
    // "Si Ate Marivic": a title inside the run of capitals (round 65).
    // (after a short word opening the sentence: "Si", "La").
    let at_title = (0..tokens.len().saturating_sub(1).min(2)).find(|&k| (k == 0 || tokens[0].len() <= 3) && TITLE_WORD.is_match(tokens[k]));
    let (tokens, inner_title) = match at_title {
        Some(k) if c.name("title").is_none() => (tokens[k + 1..].to_vec(), true),
        _ => (tokens, false),
    };
    let titled = c.name("title").is_some() || inner_title;
    Some(Prepared { tokens, lead_patient, titled, one_initial })
}

/// "O Tadeu, chef do bistrô …": Portuguese, Catalan and Spanish put an
/// article before a first name; one name no list knows after it (round 65;
/// set off by an occupation, it is a person's). "Pierrot, le chauffeur
/// d'autobus de l'École …": such a name set off by a role a named place has
/// one of is a person's without the article (round 67, from set CT).
fn articled(sentence: &str, start: usize, tokens: &[&str], allow: &Allowlist, after: &str) -> bool {
    tokens.len() == 1
        && unlisted_full(tokens, allow)
        && (matches!(sentence[..start].split_whitespace().next_back(), Some("o" | "a" | "O" | "A" | "la" | "La" | "en" | "En"))
            || super::foreign_roles::role_of_named(after))
}

/// The first person of sentence `i` singled out in care: where and who.
fn singled_out<'a>(
    s: &'a Segment,
    i: usize,
    allow: &Allowlist,
    names: &Names,
    english: bool,
    mut page_care: impl FnMut() -> bool,
) -> Option<(usize, &'a str)> {
    let r = s.sentences.get(i)?.clone();
    let sentence = &s.text[r.clone()];
    // The care may be told in the next sentence ("… Hasil gastroskopi …").
    let window = &s.text[r.start..s.sentences.get(i + 1).map_or(r.end, |n| n.end)];
    if history_or_public(window, english) {
        return None;
    }
    // English care words are read in every language ("inséminations"); a
    // reply's privacy statement names care without anyone's.
    let care_here = (care_in(window) || super::third_party::care(window) || super::foreign_roles::followed(window))
        && !super::foreign_care::declines(window);
    // Only an aged person outside English carries the care told elsewhere
    // on the page; a body part in brackets is care enough ("il sig.
    // Cesare Arosio (ginocchio)", round 64).
    let bracketed = !english && super::foreign_roles::bracketed_body(sentence);
    if !care_here && !bracketed && (english || !page_care()) {
        return None;
    }
    PERSON.captures_iter(sentence).find_map(|c| {
        let name = c.name("name")?;
        let Prepared { tokens, lead_patient, titled, one_initial } = prepare(&c, sentence)?;
        let first = tokens[0].to_lowercase();
        let after = &sentence[name.end()..];
        let aged = aged_around(sentence, name.start(), after, english);
        let family = c.name("title").is_some_and(|t| FAMILY_TITLES.contains(&t.as_str()));
        let namesake = aged && !english && super::foreign_cues::namesake(&tokens, window, allow);
        let occupied_after = super::foreign_roles::occupied(after);
        let person_cue = titled || super::foreign_cues::set_off_given(&tokens, &first, aged || occupied_after);
        let known =
            known_person(&tokens, name.as_str(), allow, names, aged && tokens.len() == 1 && (titled || namesake), family, person_cue);
        // Initials with an age ("J.T., 34, …") or an occupation (below).
        // ("Franziska R. (45)" is a given name with a surname's initial.)
        let initials = name.as_str().ends_with('.') && tokens[0].ends_with('.');
        let articled = !english && articled(sentence, name.start(), &tokens, allow, after);
        // "a colaboradora R.M.P., …": a company's word for its worker (round 66).
        let employee = initials && EMPLOYEE.is_match(&sentence[frame::floor(sentence, name.start().saturating_sub(24))..name.start()]);
        let occupied = occupied_after || employee;
        let occupied_initials = (initials || articled) && !english && occupied && super::foreign_roles::happened(window);
        // "Pasien kami, Siti Wulandari", "Mūsų pacientas Audrius": the word
        // "patient" right beside the name, not a generic "il paziente" later.
        let near = |a: usize, b: usize| PATIENT.is_match(&sentence[frame::floor(sentence, a)..frame::floor(sentence, b)]);
        let came = CAME_TO_CONSULT.is_match(after);
        let patient = lead_patient
            || near(name.start().saturating_sub(30), name.start())
            || near(name.end(), (name.end() + 30).min(sentence.len()))
            || came;
        // "Frau B. am Empfang": a titled initial needs an occupation, an
        // age or the word for patient ("Frau K., Erzieherin …").
        if one_initial && !(aged || patient || occupied_after) {
            return None;
        }
        // "A paciente R.M.T., …": initials after "patient" (round 65).
        let person = titled
            || given_person(&tokens, &first, allow)
            || (aged && (initials || unlisted_full(&tokens, allow)))
            || occupied_initials
            || (initials && !english && near(name.start().saturating_sub(16), name.start()));
        let at = r.start + c.get(0).map_or(name.start(), |m| m.start());
        (!known
            && person
            && (aged
                // "Quand Léo est arrivé à la clinique …": someone who came
                // to us, on a page about care (round 64).
                || ((care_here || bracketed || (came && !english && page_care()))
                    && !english
                    && (titled || patient || occupied_initials || cued(&first, name.as_str(), sentence, name.start(), window)))))
        .then_some((at, name.as_str()))
    })
}

#[cfg(test)]
#[path = "foreign_story_tests.rs"]
mod tests;
