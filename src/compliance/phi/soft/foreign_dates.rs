//! Dates of birth written in another language: "née le 4 juin 1931",
//! "nacida el 3 de mayo de 1942", "geboren am 12. März 1938", "nata il
//! 9 aprile 1935", "date de naissance : 04/06/1931". A birth date is an
//! identifier of whoever it belongs to (Safe Harbor), whatever the
//! language; the English "born on" is judged in `dates`.
//!
//! Not reported: a team page (a clinician's own birthday), a year before
//! 1930 (history: "Louis Pasteur, né le 27 décembre 1822") or a date
//! without a day. Unlike `dates`, a name
//! beside it is not asked to be no staff's: on a page in another language
//! the name resolver takes "Mme Yvette Pelletier" for a known person, and a
//! clinician's birth date on a news page is as personal as a patient's.

use std::sync::LazyLock;

use regex::Regex;

use super::{Seg, old_year, quote};
use crate::compliance::phi::Severity;
use crate::compliance::phi::segments::Kind;

/// Month names of French, Spanish, Italian, Portuguese, German, Dutch and
/// Catalan (round 62; the Catalan months the other languages share,
/// "abril", "setembre", "octubre", "novembre", are theirs already).
const MONTHS: &str = r"(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?ptiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|novembro|dezembro|januar|februar|m[äa]rz|april|juni|juli|august|oktober|dezember|januari|februari|maart|mei|augustus|september|november|december|gener|febrer|març|maig|juny|juliol|agost|desembre)";

/// Tagalog month names, and English ones, which Tagalog and Vietnamese
/// pages write in the English order ("Marso 3, 1950").
/// Weekdays before a date ("geboren op donderdag 19 november").
const WEEKDAYS: &str = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|luned[ìi]|marted[ìi]|mercoled[ìi]|gioved[ìi]|venerd[ìi]|sabato|domenica|segunda-feira|ter[çc]a-feira|quarta-feira|quinta-feira|sexta-feira)";
const MONTHS_MDY: &str = r"(?:enero|pebrero|marso|abril|mayo|hunyo|hulyo|agosto|setyembre|oktubre|nobyembre|disyembre|january|february|march|april|may|june|july|august|september|october|november|december)";

/// A birth label of one of those languages (or Tagalog, Vietnamese,
/// Japanese, Chinese, Korean), then a day, a month (by name or number) and
/// an optional year; in CJK, year, month and day ("1950年3月3日",
/// "昭和25年3月3日", "1950년 3월 3일").
static BIRTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?:\b(?:n[ée]e?s?\s+(?:à\s+[^,.;]{{1,30}}?\s+)?le|date\s+de\s+naissance\s*:?|nacid[oa]\s+(?:en\s+[^,.;]{{1,30}}?\s+)?el|naci[óo]\s+el|fecha\s+de\s+nacimiento\s*:?|nat[oa]\s+(?:a\s+[^,.;]{{1,30}}?\s+)?il|data\s+di\s+nascita\s*:?|nascid[oa]\s+(?:em|a)|nasceu\s+(?:em|no\s+dia|a)|data\s+de\s+nascimento\s*:?|geboren(?:\s+(?:am|op|in\s+[^,.;]{{1,30}}?\s+(?:am|op)))?|geb\.|va\s+néixer\s+el|nascud?[ao]?\s+el|data\s+de\s+naixement\s*:?|geburtsdatum\s*:?|geboortedatum\s*:?|petsa\s+ng\s+kapanganakan\s*:?|ipinanganak\s+(?:noong|sa|nung)|ngày\s+sinh\s*:?|sinh\s+ngày)\s+|(?:生年月日|出生日期|出生年月日|생년월일|ਜਨਮ\s+ਮਿਤੀ|تاريخ\s+الميلاد|பிறந்த\s+தேதி)\s*[:：]?\s*|(?:出生於|出生于))(?:{WEEKDAYS},?\s+)?(?P<date>(?:1er|\d{{1,2}})\.?\s+(?:de\s+|d['’])?{MONTHS}(?:\s+(?:de\s+)?\d{{4}})?|{MONTHS_MDY}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|(?:\d{{4}}|(?:昭和|平成|大正|令和)\d{{1,2}})\s*[年년./-]\s*\d{{1,2}}\s*[月월./-]\s*\d{{1,2}}\s*[日일]?)"
    ))
    .unwrap()
});

/// The day told before the birth ("Am 3. November um 4:12 Uhr ist Ida zur
/// Welt gekommen", "Le 3 novembre, Léa est née", "El 3 de noviembre nació
/// Lucía"; round 65, from set CM's birth notice).
static BIRTH_AFTER_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?:am|le|el|il|em|no\s+dia|op)\s+(?:{WEEKDAYS},?\s+)?(?P<date>(?:1er|\d{{1,2}})\.?\s+(?:de\s+)?{MONTHS}(?:\s+(?:de\s+)?\d{{4}})?|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}})\b[^.!?]{{0,80}}?\b(?:zur\s+Welt\s+gekommen|geboren|est\s+n[ée]e?|nasceu|naci[óo]|[èe]\s+nat[oa]|werd\s+geboren|is\s+geboren)\b"
    ))
    .unwrap()
});

/// A child of "our" colleague: the team's family news.
static STAFF_CHILD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:zoon(?:tje)?|dochter(?:tje)?|sohn|tochter|fils|fille|filh[oa]|hij[oa]|figli[oa]|baby|bébé|bebê|bebé)\s+(?:van|von|de|di|do|da|del|der|des|dell[ao])\s+(?:onze|unsere[rs]?|notre|nossa|nosso|nuestr[oa]|nostr[oa])\b").unwrap()
});

/// Royalty, whose births are public record.
static ROYAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:prinses|prins|koning|koningin|kroonprinses|princesse|prince|roi|reine|infanta|infante|pr[ií]ncipe|princesa|rey|reina|k[öo]nigin|k[öo]nig|prinzessin|prinz|principessa|principe|regina|re|rainha|rei)\s+(?-i:\p{Lu})").unwrap()
});

/// Report foreign-language birth dates of one person.
pub(super) fn birth_dates(g: &Seg, emit: &mut impl FnMut(&str, Severity, usize, &str, String)) {
    let Seg { s, team, allow, .. } = *g;
    if team || s.kind != Kind::Prose || !may_have(&s.text) {
        return;
    }
    for c in BIRTH.captures_iter(&s.text).chain(BIRTH_AFTER_DAY.captures_iter(&s.text)) {
        let d = c.name("date").map_or("", |m| m.as_str());
        let at = c.get(0).map_or(0, |m| m.start());
        // "Op 2 oktober is Mats geboren, het zoontje van onze assistente":
        // a staff member's baby is no patient (round 65).
        // "Zij werd op 7 december 2003 geboren …, als eerste kind van
        // koning Willem-Alexander": a royal birth is public (round 67).
        if old_year(d) || STAFF_CHILD.is_match(s.sentence(at)) || ROYAL.is_match(s.sentence(at)) || staff_born(&s.text[..at], allow) {
            continue;
        }
        emit(
            "phi/date",
            Severity::Error,
            at,
            d,
            format!(
                "date of birth {} of a person: a birth date is an identifier in any language; leave it out or give only the year",
                quote(d)
            ),
        );
    }
}

/// "Mathieu Desrochers est né à Sudbury le 3 février 1989": a team
/// member's own birth, told on a profile outside the team section, is
/// theirs to publish (round 68): the name right before the birth word (and
/// its verb) is a staff member's.
fn staff_born(before: &str, allow: &crate::compliance::phi::Allowlist) -> bool {
    let words: Vec<&str> = before
        .split_whitespace()
        .rev()
        .skip_while(|w| ["est", "ist", "is", "è", "es", "é", "was", "werd", "wurde", "war"].contains(w))
        .take(3)
        .collect();
    let names: Vec<&str> =
        words.into_iter().take_while(|w| w.starts_with(char::is_uppercase)).collect::<Vec<_>>().into_iter().rev().collect();
    !names.is_empty() && allow.is_staff(&names)
}

/// Every match has a birth word: skip the regex on segments without one.
/// The words are the labels' own ("nato il", not "nat", which English
/// "natural" and "national" would pass on most segments).
fn may_have(t: &str) -> bool {
    let l = t.to_lowercase();
    [
        "né",
        "ne le",
        "nee le",
        "nes le",
        "nees le",
        "naissance",
        "naci",
        "néixer",
        "nascut el",
        "nascuda el",
        "naixement",
        "nato il",
        "nata il",
        "nato a ",
        "nata a ",
        "nasc",
        "geb",
        "zur welt",
        "nació",
        "nacio",
        "è nat",
        "kapanganakan",
        "ipinanganak",
        "sinh",
        "生年月日",
        "出生",
        "생년월일",
        "ਜਨਮ",
        "الميلاد",
        "பிறந்த",
    ]
    .iter()
    .any(|w| l.contains(w))
}

#[cfg(test)]
mod tests {
    use super::BIRTH;

    #[test]
    fn birth_dates_of_several_languages_match_and_other_dates_do_not() {
        for t in [
            "Mme Pelletier, née le 4 juin 1931, a reçu son vaccin.",
            "nacida el 3 de mayo de 1942 en Oaxaca",
            "geboren am 12. März 1938",
            "nata il 9 aprile 1935",
            "date de naissance : 04/06/1931",
            "G. Danilo Macaraeg (petsa ng kapanganakan: Marso 3, 1950)",
            "生年月日：1950年3月3日",
            "生年月日 昭和25年3月3日",
            "생년월일: 1950년 3월 3일",
            "ngày sinh 12/04/1941",
            "ਪ੍ਰੀਤਮ ਕੌਰ (ਜਨਮ ਮਿਤੀ: 12-03-1951)",
            "تاريخ الميلاد: 04/06/1951",
        ] {
            assert!(BIRTH.is_match(t), "{t}");
        }
        for t in
            ["La clinique est née en 1998.", "fermé le 4 juin", "rendez-vous le 4 juin 1931", "生年月日をご記入ください", "Marso 3, 1950"]
        {
            assert!(!BIRTH.is_match(t), "{t}");
        }
    }
}
