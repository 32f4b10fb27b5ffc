//! A phone number given as one person's own in another language (round
//! 60, from sets BV and BX): "su móvil es el 666 555 318", "l'abbiamo
//! cercata al 348 555 0612", "o seu telemóvel é o 912 555 301", "son
//! portable : 06 55 55 01 23", "seine Handynummer 0171 5550123", "we
//! konden je niet bereiken op 06-5559 2231" (round 67). Phones in
//! these countries are not shaped as [`super::PHONE`] reads them (three
//! groups of three, pairs), so the number is read after the words. Not on
//! team pages, where a clinician's own line is theirs to print.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::Seg;
use crate::compliance::phi::Severity;
use crate::compliance::phi::redact::quote;

/// The words that make a number someone's own, then the number.
static OWN_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:\b(?:su|tu|il\s+suo|il\s+tuo|o\s+seu|a\s+sua|son|sa|seine?|ihre?)\s+(?:n[úu]mero\s+de\s+)?(?:m[óo]vil|tel[ée]fono|cellulare|telefono|numero|n[úu]mero|telem[óo]vel|celular|telefone|portable|t[ée]l[ée]phone|handy(?:nummer)?|telefonnummer|mobil(?:nummer)?)(?:\s+(?:personal|privado|privato|pessoal|personnel|priv[ée]))?\s*(?:es\s+(?:el\s+)?|è\s+(?:il\s+)?|é\s+(?:o\s+)?|est\s+(?:le\s+)?|ist\s+)?|\b(?:l['’]|la\s+|lo\s+|gli\s+|le\s+)?abbiamo\s+(?:cercat[oa]|chiamat[oa]|telefonato)\s+al|\b(?:la|lo|le)\s+(?:llamamos|hemos\s+llamado|llamé)\s+al|\bligámos(?:-lhe)?\s+para\s+o|\b(?:nous\s+l['’]avons|on\s+l['’]a)\s+appel[ée]e?\s+au|\b(?:j[áa]\s+)?(?:ligamos|liguei|tentamos\s+ligar)\s+(?:no|para\s+o|pro)\s+(?:celular|telefone|n[úu]mero|whats(?:app)?)(?:\s+(?:cadastrado|dela|dele|que\s+(?:ela|ele)\s+deixou))?,?|\b(?:niet\s+)?(?:bereiken|bereikt|gebeld|bellen|belden|geappt|appen)\s+op|\b(?:haar|zijn|je|jouw)\s+(?:mobiele\s+|eigen\s+)?(?:nummer|telefoonnummer|mobiel|06)(?:\s+is)?|(?-i:\b(?:mevr\.?|dhr\.?|[Mm]eneer|[Mm]evrouw|Herr|Frau|[Ss]ig\.(?:ra)?|[Ss]ignora|[Ss]ignor|Mme|Madame|Monsieur|[Ss]eñora|[Ss]eñor|Sra\.|Sr\.)\s+\p{Lu}[\p{L}-]+),?\s*(?:(?i:tel|mob|gsm|handy)\.?:?\s*)?)\s*[:=]?\s*(\+?(?:\(\d{2,3}\)\s?)?\d(?:[\s.-]?\d){7,13})\b").unwrap()
});

/// Report each number the words before it give as one person's own.
pub(super) fn own_lines(g: &Seg, emit: &mut impl FnMut(&str, Severity, usize, &str, String)) {
    let Seg { s, team, allow, .. } = *g;
    if team || s.digits < 8 {
        return;
    }
    for c in OWN_LINE.captures_iter(&s.text) {
        let m = c.get(1).expect("the number is captured");
        if allow.is_allowed_phone(m.as_str()) || super::super::hard::placeholder(m.as_str()) {
            continue;
        }
        emit(
            "phi/phone",
            Severity::Error,
            m.start(),
            m.as_str(),
            format!("phone number {} given as one person's own: a patient's number is an identifier; remove it", quote(m.as_str())),
        );
    }
}

/// "07700 900517", "0113 496 0517", "021 555 1234": the trunk forms of
/// Britain, Ireland, Australia and New Zealand (round 64: only the North
/// American and international forms were read), judged as those are in
/// [`super::phones`]: a number given as someone's own, or one beside a
/// patient, unless a staff member is named right before it or it is an
/// organisation's, a role's, a booking or a freephone line.
pub(super) fn trunk_phones(
    g: &Seg,
    date_spans: &[Range<usize>],
    phone_spans: &mut Vec<Range<usize>>,
    emit: &mut impl FnMut(&str, Severity, usize, &str, String),
) {
    static TRUNK: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?:^|[^\p{L}\d+./-])(0\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4})(?:$|[^\p{L}\d/-])").unwrap());
    // Freephone, shared-cost and premium lines are services' ("0800 810 013").
    const SERVICE: [&str; 10] = ["0800", "0808", "0500", "0843", "0844", "0845", "0870", "0871", "0900", "0909"];
    let Seg { s, si, names, team, allow } = *g;
    let t = &s.text;
    for c in TRUNK.captures_iter(if s.digits >= 10 { t } else { "" }) {
        let m = c.get(1).expect("the number is captured");
        let n = super::normalize_phone(m.as_str());
        if !(10..=11).contains(&n.len())
            || SERVICE.iter().any(|p| n.starts_with(p))
            || phone_spans.iter().any(|p| p.contains(&m.start()))
            || allow.is_allowed_phone(m.as_str())
            || date_spans.iter().any(|d| d.contains(&m.start()))
        {
            continue;
        }
        phone_spans.push(m.range());
        let before = &t[super::floor(t, m.start().saturating_sub(60))..m.start()];
        let personal = !team && super::PERSONAL_LINE.is_match(before);
        // "To talk to us, call Nasrin Akhtar on 020 7946 0100": a team
        // member's line, named right before it.
        let staff_line = || names.has_staff(si, &(m.start().saturating_sub(40)..m.start()));
        if !(personal || (super::contact_of_patient(g, m.start()) && !staff_line()))
            || super::ORG_LINE.is_match(before)
            || super::STAFF_LINE.is_match(before)
            || super::BOOKING_LINE.is_match(before)
        {
            continue;
        }
        super::not_the_practices(emit, m.start(), m.as_str());
    }
}

#[cfg(test)]
mod tests {
    use super::OWN_LINE;

    #[test]
    fn own_lines_in_other_languages() {
        for t in [
            "Si alguien quiere contactarle, su móvil es el 666 555 318.",
            "l'abbiamo cercata al 348 555 0612 ma non risponde",
            "o seu telemóvel é o 912 555 301",
            "son portable : 06 55 55 01 23",
            "Já ligamos no celular cadastrado, (11) 95555-3187, mas não atende.",
        ] {
            assert!(OWN_LINE.is_match(t), "{t}");
        }
        for t in ["Llámanos al 963 555 100.", "Il nostro numero è 051 555 0199.", "Notre téléphone : 02 555 01 23"] {
            assert!(!OWN_LINE.is_match(t), "{t}");
        }
    }
}
