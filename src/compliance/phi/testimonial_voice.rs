//! Testimonials that need no authorisation because they quote no patient
//! (rounds 62 and 63, split from [`super::consent`]): signed by someone in
//! a role no patient of the page has, or by an unnamed patient or parent,
//! and telling no care. [`super::signatures`] asks the same of a signed
//! testimonial before it reports its signature.

use std::sync::LazyLock;

use regex::Regex;

use super::PageInput;
use super::consent::{ACCOUNT, FIRST_PERSON_CARE};
use super::names::Names;

/// A signer's role no patient of the page has: "— Rosa Pallarès,
/// directora de l'Escola …", "— Mustafa Aydın, jeugdtrainer bij …".
static ROLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[^,]{2,60},\s*(?:\w+\s+)?\w*?(?:jef[ea]|head\s+of|chief|nurse|enfermer[oa]|enfermería|infirmi[eè]re|verpleegkundige|director[a]?|directrice|direktor(?:in)?|diretor[a]?|direttore|direttrice|head(?:teacher|\s+teacher)?|principal|rector[a]?|schulleiter(?:in)?|coach|trainer(?:in)?|cheftrainer(?:in)?|entrenador[a]?|entraîneur|entraineur|allenatore|allenatrice|treinador[a]?|coordinador[a]?|coordinat(?:or|eur|rice)|koordinator(?:in)?|president[ea]?|présidente?|präsident(?:in)?|secretary|secretari[oa]?|secrétaire|sekretär(?:in)?|chair(?:person|woman|man)?|volunteer|voluntari[oa]?|bénévole|freiwillige[r]?|vrijwilliger|teacher|maestr[oa]|mestr[ea]|enseignante?|lehrer(?:in)?|hygienist|higienista|hygiéniste|dentalhygieniker(?:in)?|pharmacist|farmac[eè]utic[oa]|pharmacien(?:ne)?|apotheker(?:in)?|social\s+worker|hr\s+manager|manager|gerente|leiter(?:in)?|responsable|donor|sponsor)\b").unwrap()
});

/// Care told anywhere on the page: "Cured of hep C" may be the title's
/// alone, and a review's words an `extra` field's.
fn tells_care(page: &PageInput) -> bool {
    let fields = page.fields.iter().filter(|f| matches!(f.key, "title" | "description") || f.key.starts_with("extra")).map(|f| f.value);
    std::iter::once(page.body).chain(fields).any(|t| {
        super::event::health(t)
            || super::frame::has_event(t)
            || super::foreign_story::care_in(t)
            || FIRST_PERSON_CARE.is_match(t)
            || ACCOUNT.is_match(t)
    })
}

/// The attribution: what follows the dash of the last line that has one,
/// opening it (read as [`super::signatures`] reads signatures) or after
/// the quotation ("> "…" — Xavi Font, …").
fn signer(body: &str) -> Option<String> {
    body.lines().rev().map(super::signatures::plain).find_map(|l| match super::signatures::dashed(&l) {
        Some(text) => Some(text.to_string()),
        None => l.rfind(" — ").or_else(|| l.rfind(" – ")).map(|i| l[i..].trim_start_matches([' ', '—', '–']).to_string()),
    })
}

/// Signed by someone in a role no patient of the page has, telling no
/// care: the signature is no patient's.
pub(super) fn role_signed(page: &PageInput) -> bool {
    signer(page.body).is_some_and(|l| ROLE.is_match(&l)) && !tells_care(page)
}

/// A testimonial whose words identify no patient and tell no care (round
/// 62; the blind sets' writers, reading the same rules, did not ask an
/// authorisation of these): signed by a patient or a parent who is not
/// named ("— eine Patientin, 52", "— A South Side patient"), or signed by
/// someone in a role no patient of the page has (a school's director, a
/// club's coach, a union's president, a volunteer, a hygienist of the
/// team). A testimonial that tells anyone's care, names someone without
/// such a role, or is not signed at all still needs its authorisation.
pub(super) fn no_patient_voice(page: &PageInput, names: &Names) -> bool {
    // "— A South Side patient", "— eine Patientin, 52", "— Mare d'un
    // pacient": a signature by a patient or a parent that names no one.
    // "— La mamma di Greta", "— Jimoh, Ikota okada park", "— the only
    // woman farrier in Ganado" name or single out someone.
    static GENERIC: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:pati[eë]nt(?:in|e)?|pacient[ea]?|paziente|doente|utente|mum|mom|mother|father|dad|parent|mamma|mare|m[èe]re|maman|m[ãa]e|mutter|vater|papa|pare|padre|famil(?:y|le|ia|ie|ía|ia))\b").unwrap()
    });
    // A title names someone: "Testemunho do Sr. Gaspar".
    static TITLED: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"\b(?:{})\s+\p{{Lu}}", super::foreign_story::TITLES)).unwrap());
    let generic = |l: &str| {
        GENERIC.is_match(l)
            && !l.to_lowercase().contains("only")
            && !l.split(|c: char| !c.is_alphanumeric()).any(|w| {
                let lw = w.to_lowercase();
                w.starts_with(char::is_uppercase) && super::names::is_given_name(&lw) && !super::lexicon::is_function_word(&lw)
            })
    };
    // The signature first, the care test (several vocabularies over the
    // whole page) last.
    let Some(signer) = signer(page.body) else { return false };
    let no_one = names.hits.is_empty() && names.persons.is_empty();
    let quotes_no_patient = if no_one {
        // An unsigned quote (above) stays a testimonial to authorise (fail
        // closed: the quote may be a named review pasted without its name).
        let titled = page.fields.iter().any(|f| matches!(f.key, "title" | "description") && TITLED.is_match(f.value));
        !titled && (generic(&signer) || ROLE.is_match(&signer))
    } else {
        ROLE.is_match(&signer)
    };
    quotes_no_patient && !tells_care(page)
}
