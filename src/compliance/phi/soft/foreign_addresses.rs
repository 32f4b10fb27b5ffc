//! A street address in the shape of continental Europe beside one
//! person's care (round 68, from sets CZ, DA and DB): "Frau Mathilde aus
//! der Hauptstraße 31 … nach ihrem Oberschenkelhalsbruch", "mevrouw … aan
//! de Dorpsstraat 12 … met dementie", "in via Alloro 45 … la frattura",
//! "au 12 rue des Lilas … sa chimiothérapie". [`super::ADDR`] reads the
//! English shape, a number before a street word; here the street word
//! ends the street's name or opens it, and the number follows. Not on team
//! pages, not the practice's own or an allowed address, and not an
//! institution's ("Kreisklinikum, Hauptstraße 5").

use std::sync::LazyLock;

use regex::Regex;

use super::{Seg, ctx};
use crate::compliance::phi::Severity;
use crate::compliance::phi::redact::quote;

/// "Hauptstraße 31", "Dorpsstraat 12a", "Kirchgasse 4", "via Alloro 45",
/// "Calle Mayor, 5", "12 rue des Lilas", "rua das Flores, 120".
static STREET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b\p{Lu}[\p{L}-]*(?:straße|strasse|str\.|gasse|weg|allee|platz|damm|ufer|graben|steig|straat|laan|plein|gracht|kade|singel|dijk|dreef|steeg)\s+\d{1,4}\s?[a-zA-Z]?\b|\b(?i:via|viale|vicolo|piazza|corso|largo|calle|c/|avenida|avda\.|plaza|paseo|carrer|rua|travessa)\s+(?:(?:del|della|delle|dei|degli|dello|dell['’]|di|de|la|las|los|el|do|da|dos|das|d['’])\s*)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3},?\s+(?:n\.?\s?|nº\s?|núm\.\s?)?\d{1,4}[a-zA-Z]?\b|\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?i:rue|avenue|boulevard|chemin|impasse|allée|ruelle)\s+(?:(?:de\s+la|de\s+l['’]|des|du|de)\s*)?\p{Lu}[\p{L}'’-]*").unwrap()
});

/// Someone's home, or one person's whereabouts, just before the address.
static HOME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:wohnt|wohnte|wohnen|aus\s+der|aus\s+dem|woont|woonde|aan\s+de|abita|abitava|vive|vivía|vivia|habite|habitait|mora|morava|domicili\w*|zuhause|thuis|casa|maison)\b[^.;!?]{0,24}$").unwrap()
});

/// An institution's address: a hospital, a practice, a school, a shop.
static INSTITUTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:klinik\w*|krankenhaus|spital|praxis|apotheke|schule|rathaus|ospedale|studio|farmacia|scuola|centro|ziekenhuis|apotheek|huisarts\w*|school|gemeente|clinique|cabinet|pharmacie|école|mairie|hospital|clínica|colegio|ayuntamiento|escola)\b[^.;!?]{0,30}$").unwrap()
});

/// Report each such address beside one person's care.
pub(super) fn foreign_addresses(g: &Seg, emit: &mut impl FnMut(&str, Severity, usize, &str, String)) {
    let Seg { s, si, names, team, allow } = *g;
    let t = &s.text;
    if team || s.digits == 0 {
        return;
    }
    for m in STREET.find_iter(t) {
        let a = m.as_str();
        if allow.is_allowed_street(a) || allow.is_allowed_string(a) {
            continue;
        }
        let pre = &t[crate::compliance::phi::frame::floor(t, m.start().saturating_sub(40))..m.start()];
        if INSTITUTION.is_match(pre) {
            continue;
        }
        let sentence = s.sentence(m.start());
        // "sent via Email 2 times": English sentences have their own shape.
        if crate::compliance::phi::frame::english_strict(sentence) {
            continue;
        }
        let window = s.window_text(m.start());
        let cx = ctx(names, si, s, m.start(), team);
        let someone = cx.person_sentence || HOME.is_match(pre);
        let care = crate::compliance::phi::foreign_story::care_in(window) || crate::compliance::phi::frame::has_event(sentence);
        if !(cx.patient || (someone && care)) {
            continue;
        }
        emit(
            "phi/address",
            Severity::Error,
            m.start(),
            a,
            format!(
                "street address {} is not the practice's and sits next to a patient: addresses smaller than a state identify; remove it",
                quote(a)
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::STREET;

    #[test]
    fn european_street_shapes() {
        for t in [
            "aus der Hauptstraße 31 in",
            "an der Dorpsstraat 12a",
            "in via Alloro 45,",
            "Calle Mayor, 5",
            "au 12 rue des Lilas",
            "Kirchgasse 4",
        ] {
            assert!(STREET.is_match(t), "{t}");
        }
        for t in ["sent via email 24 hours", "Hauptstraße in 1990", "die Straße 3"] {
            assert!(!STREET.is_match(t), "{t}");
        }
    }
}
