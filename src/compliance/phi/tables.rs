//! People listed in a Markdown table (issue 9, item 3: "a header labels its
//! column"). The walk turns each body row into one segment, "Name: Mia
//! Castellanos; Grade: 2nd; School: Fulton Heights Elementary; ". A column
//! whose header says it holds people (name, patient, child, family, client,
//! member…) lists patients when the page is about care (a checkup, an
//! appointment, a visit): every such cell that is a person and no team
//! member is a finding. A staff directory resolves to staff; a table of
//! speakers or donors has no such header.

use std::sync::LazyLock;

use regex::Regex;

use super::Allowlist;
use super::local::push;
use super::names::{Names, bare, is_given_name, ordinary};
use super::segments::{Kind, Segments};

/// Headers of columns that hold the people a page is about.
const PEOPLE: &[&str] = &[
    "name",
    "names",
    "patient",
    "patients",
    "child",
    "children",
    "kid",
    "kids",
    "family",
    "families",
    "client",
    "clients",
    "member",
    "members",
    "student",
    "students",
    "winner",
    "winners",
    "baby",
    "babies",
    "parent",
    "parents",
    "guardian",
    "resident",
    "residents",
    "first name",
    "last name",
    "surname",
    "participant",
    "participants",
    "initials",
    "patient initials",
    "person",
    "learner",
    "learners",
    "pupil",
    "pupils",
    "attendee",
    "graduate",
    "graduates",
    // The people of a maternity or family page ("| Mother | Due date |").
    "mother",
    "mothers",
    "mum",
    "mom",
    "father",
    "fathers",
    "couple",
    "couples",
    // The same header in the languages practices write in.
    "nama",
    "nom",
    "nombre",
    "nome",
    "imię",
    "imię i nazwisko",
    "ainm",
    "ingoa",
    "naam",
    "navn",
    "namn",
    "pangalan",
    "姓名",
    "名字",
    "이름",
    // Patients, pupils, players and children of the other languages'
    // headers ("| Alumne | Resultat |", "pacient,edat,telefon"; round 62).
    "paciente",
    "pacientes",
    "pacient",
    "pacients",
    "patientin",
    "patienten",
    "paziente",
    "pazienti",
    "utente",
    "utentes",
    "alumno",
    "alumna",
    "alumnos",
    "alumne",
    "alumnes",
    "aluno",
    "alunos",
    "élève",
    "élèves",
    "schüler",
    "schülerin",
    "leerling",
    "leerlingen",
    "jugador",
    "jugadora",
    "jugadores",
    "jugadors",
    "joueur",
    "joueuse",
    "spieler",
    "spielerin",
    "speler",
    "giocatore",
    // Athletes, a club's members and a firm's workers (round 64: an
    // occupational-health or sports-medicine list, "| Atleta | Nato il |").
    "atleta",
    "atleti",
    "atletas",
    "athlète",
    "athlètes",
    "athlete",
    "athletes",
    "tesserato",
    "tesserati",
    "lavoratore",
    "lavoratori",
    "dipendente",
    "dipendenti",
    "trabajador",
    "trabajadores",
    "salarié",
    "salariés",
    "mitarbeiter",
    "employee",
    "employees",
    "worker",
    "workers",
    "player",
    "players",
    "niño",
    "niña",
    "nen",
    "nena",
    "enfant",
    "kind",
    "bambino",
    "bambina",
    "criança",
    "cliente",
    "klient",
    "klientin",
    "prénom",
    "vorname",
    "nachname",
    "voornaam",
    "achternaam",
    "apellidos",
    "cognoms",
    "nom i cognoms",
    "nombre y apellidos",
];

/// Headers of columns that hold people who are no patients: the table is a
/// programme, a roster or a list of thanks.
const NOT_PATIENTS: &[&str] = &[
    "speaker",
    "speakers",
    "presenter",
    "host",
    "doctor",
    "clinician",
    "physician",
    "provider",
    "staff",
    "coach",
    "volunteer",
    "volunteers",
    "donor",
    "donors",
    "sponsor",
    "author",
    "contact",
    "therapist",
    "nurse",
    "dentist",
    "lead",
    "facilitator",
];

/// A header of a column of people: one of [`PEOPLE`], also as a data
/// file writes it ("patient_first_name", "Patient's name"): a name word
/// last, a people word or "first"/"full"/"given" before it.
pub(super) fn people_header(h: &str) -> bool {
    if PEOPLE.contains(&h) {
        return true;
    }
    let h = h.replace(['_', '-'], " ").replace("'s", "").replace("’s", "");
    if PEOPLE.contains(&h.as_str()) {
        return true;
    }
    let words: Vec<&str> = h.split_whitespace().collect();
    matches!(words.last(), Some(&("name" | "names" | "initials")))
        && words.len() >= 2
        && words[..words.len() - 1].iter().all(|w| PEOPLE.contains(w) || matches!(*w, "first" | "full" | "given" | "last" | "family"))
}

/// Headers of cells whose health words are a topic, not a person's care.
const TOPIC: &[&str] =
    &["topic", "talk", "session", "title", "subject", "role", "specialty", "speciality", "position", "qualification", "interests", "focus"];

/// Names in people columns of table rows, on a page about care.
pub(super) fn people_rows(segs: &Segments, allow: &Allowlist, n: &mut Names) {
    let mut care: Option<bool> = None;
    let shaped = people_shaped(segs, allow);
    for (si, s) in segs.segs.iter().enumerate() {
        if !is_row(s) {
            continue;
        }
        let mut off = 0;
        for cell in s.text.split("; ") {
            let start = off;
            off += cell.len() + 2;
            let Some((header, value)) = cell.split_once(": ") else { continue };
            let h = header.trim().to_lowercase();
            // "| Player | Injury | Status |": a column of names under any
            // header, beside the row's own health cell, lists patients.
            let by_content = || shaped.contains(&h) && !NOT_PATIENTS.contains(&h.as_str()) && row_health(&s.text, &h);
            if !(people_header(&h) || by_content()) || !person(value, allow) {
                continue;
            }
            // "| Initials | Age | Suburb | Study date | AHI |": the row's own
            // headers may say it is about care when the prose does not.
            if !measured_row(&s.text) && !*care.get_or_insert_with(|| about_care(segs)) {
                return;
            }
            let at = start + header.len() + 2;
            // A mention already judged weak (a name beside "treatment") is
            // upgraded by `push`.
            push(segs, si, at, value.trim_end(), n);
        }
    }
}

/// A table row segment ("Header: cell; Header: cell; ").
fn is_row(s: &super::segments::Segment) -> bool {
    s.kind == Kind::Prose && !s.is_field() && s.text.ends_with("; ") && s.text.contains(": ")
}

/// Headers whose every cell, over two rows or more, is a person: the
/// column lists people whatever its header says, in any language.
fn people_shaped(segs: &Segments, allow: &Allowlist) -> std::collections::HashSet<String> {
    // Per header: rows, cells shaped as a person's name, cells with a known given name.
    let mut count: std::collections::HashMap<String, (usize, usize, usize)> = std::collections::HashMap::new();
    for s in segs.segs.iter().filter(|s| is_row(s)) {
        for (header, value) in s.text.split("; ").filter_map(|c| c.split_once(": ")) {
            let e = count.entry(header.trim().to_lowercase()).or_default();
            e.0 += 1;
            e.1 += usize::from(full_name(value) && person(value, allow));
            e.2 += usize::from(value.split_whitespace().any(|w| is_given_name(&bare(w))));
        }
    }
    count.into_iter().filter(|(_, (rows, people, given))| *rows >= 2 && rows == people && 2 * given >= *rows).map(|(h, _)| h).collect()
}

/// A cell that reads as a full name: two to four capitalised words, no
/// digits or commas ("Ernst Fuchs, Vienna (1851–1930)" is a citation). A
/// brand or a trial's acronym is one word.
fn full_name(value: &str) -> bool {
    let words: Vec<&str> = value.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && !value.contains(|c: char| c.is_ascii_digit() || matches!(c, ',' | '(' | '/'))
        && words.iter().all(|w| w.starts_with(char::is_uppercase))
}

/// Another cell of the row, not a topic, tells a health matter ("Injury:
/// Hamstring strain", "Status: Out, 4 more weeks" beside it).
fn row_health(row: &str, name_header: &str) -> bool {
    // "| HALO-AMD | wet AMD | Dr. Rommel Agustin |": a clinician in the row
    // makes it a study's or a service's, not a patient's.
    let clinician = row.contains("Dr ") || row.contains("Dr. ") || row.contains("Prof");
    !clinician
        && (measured_row(row)
            || row.split("; ").filter_map(|c| c.split_once(": ")).any(|(h, v)| {
                let h = h.trim().to_lowercase();
                h != name_header && !TOPIC.contains(&h.as_str()) && (super::event::health(v) || super::event::condition(v))
            }))
}

/// A row whose headers name a measurement or an event of care: an age
/// with a date, or a result ("AHI", "PSA (ng/mL)", "Stiffness (kPa)",
/// "Lost so far (kg)").
fn measured_row(row: &str) -> bool {
    static MEASURE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:^|; )[^:;]*\b(?:ahi|psa|hba1c|a1c|bmi|inr|egfr|cap|kpa|kg|mmol|mg/dl|ng/ml|db/m|weight|result|reading|diagnosis|procedure|operation|surgery|treatment|programme|program|condition|allergy|allergies|dose|doses[\s_]+given|vaccines?[\s_]+given|vaccinations?|vaccination[\s_]+date|immuni[sz]ations?|date[\s_]+of[\s_]+birth|dob|score|study\s+date|test\s+date|visit\s+date|admitted|discharged|bp|resultat|resultado|résultat|ergebnis|befund|uitslag|risultato|motiu|motivo|motif|esito|idoneit[àa]|nat[oa](?:/a)?\s+il|data\s+di\s+nascita|fecha\s+de\s+nacimiento|date\s+de\s+naissance|n[ée]e?\s+le|geburtsdatum|geboren(?:\s+am)?|geboortedatum|data\s+de\s+nascimento|diagn[òó]stic[oa]?|diagnostic|diagnose|diagnosi|tractament|tratamiento|traitement|behandlung|behandeling|trattamento|tratamento)\b[^:;]*: ").unwrap()
    });
    static AGE_AND_DATE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:^|; )(?:age|edat|edad|âge|alter|leeftijd|età|idade): [^;]*;.*\b(?:date|due|since|until|returned|data|fecha|datum|hora|heure|uhr|tijd|telefon|tel[eé]fono|t[eé]l[eé]phone|telefoon|tractament|tratamiento)\b[^:;]*: ").unwrap()
    });
    MEASURE.is_match(row) || AGE_AND_DATE.is_match(row)
}

/// Initials alone: "G.P.", "T.W.L.".
static INITIALS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?:\p{Lu}\.\s?){1,3}$").unwrap());

/// A cell that is a person: capitalised words, one of them a given name or
/// a word that is no ordinary one, or initials, and not a team member. A
/// place in parentheses after it ("T.W.L. (Bedok)") is no part of the name.
fn person(value: &str, allow: &Allowlist) -> bool {
    let value = value.split(" (").next().unwrap_or(value).trim();
    if INITIALS.is_match(value) {
        return true;
    }
    let words: Vec<&str> = value.split_whitespace().collect();
    if words.is_empty() || words.len() > 4 || !words.iter().all(|w| w.starts_with(char::is_uppercase)) {
        return false;
    }
    let bare_words: Vec<String> = words.iter().map(|w| bare(w)).collect();
    let refs: Vec<&str> = bare_words.iter().map(String::as_str).collect();
    if allow.is_staff(&refs) || allow.is_allowed_string(value.trim()) {
        return false;
    }
    bare_words.iter().any(|w| is_given_name(w) || !ordinary(w, allow))
}

/// The page speaks of care: a visit, a checkup, an appointment, treatment.
fn about_care(segs: &Segments) -> bool {
    static VISITS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:appointments?|visits?|check-?ups?|cleanings?|patients?|treatments?|sessions?|exams?)\b").unwrap()
    });
    // "Cal visita: 2 càries", "motiu: abscés molar": a visit or care in
    // another language (round 62).
    static VISITS_INTL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)\b(?:visitas?|visites?|revisió|revisión|revisões|consultas?|citas?|rendez-vous|termine?|afspraak|afspraken|controles?)\b",
        )
        .unwrap()
    });
    segs.segs.iter().filter(|s| s.kind == Kind::Prose).any(|s| {
        VISITS.is_match(&s.text)
            || super::event::health(&s.text)
            || super::context::patient_word(&s.text)
            || VISITS_INTL.is_match(&s.text)
            || super::foreign_story::care_in(&s.text)
    })
}

/// The names of a staff table ("| Name | Title |" with rows such as
/// "| Julie | Registered Dental Hygienist |"): a site without a team section
/// lists its people this way on its about page; they are staff there.
pub(super) fn staff_table_names(body: &str) -> Vec<String> {
    let cells = |l: &str| -> Vec<String> { l.trim().trim_matches('|').split('|').map(|c| c.trim().to_lowercase()).collect() };
    let mut out = Vec::new();
    let mut name_col: Option<usize> = None;
    for l in body.lines() {
        let t = l.trim();
        if !t.starts_with('|') {
            name_col = None;
            continue;
        }
        let row = cells(t);
        match name_col {
            None => {
                let role = row.iter().any(|c| {
                    matches!(
                        c.as_str(),
                        "title" | "role" | "position" | "job" | "job title" | "function" | "fonction" | "funktion" | "rôle" | "poste"
                    )
                });
                name_col = row.iter().position(|c| matches!(c.as_str(), "name" | "nom" | "naam" | "nombre")).filter(|_| role);
            }
            Some(i) if !row.iter().all(|c| c.chars().all(|ch| matches!(ch, '-' | ':' | ' '))) => {
                let raw: Vec<&str> = t.trim_matches('|').split('|').collect();
                if let Some(n) = raw.get(i).map(|c| c.trim().trim_matches('*')).filter(|c| !c.is_empty()) {
                    out.push(n.to_string());
                }
            }
            Some(_) => {}
        }
    }
    out
}
