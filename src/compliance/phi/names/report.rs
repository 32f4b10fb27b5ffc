//! `phi/name` findings from the names a page's detection judged: every
//! strong hit, or, under a valid authorisation that covers names, the
//! other people a consented story names.

use super::{Hit, Level, Names, bare, is_initial};
use crate::compliance::phi::redact::quote;
use crate::compliance::phi::{Finding, Severity, finding};

/// The words of a hit's name, lower case, initials left out.
fn hit_words(h: &Hit) -> Vec<String> {
    h.text.split_whitespace().filter(|t| !is_initial(t)).map(|t| fold_accents(&bare(t))).collect()
}

/// "inés" and "ines" (a slug drops the accent) are one word.
fn fold_accents(w: &str) -> String {
    w.chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            c => c,
        })
        .collect()
}

/// A consented story's authorisation covers its signer only: another
/// person named in full with their own care ("my neighbour Lorraine
/// Guttormsen … had her own sleep study") gave none. The signer is the
/// person most of the page's patient mentions name; a full name sharing no
/// word with theirs is someone else.
fn others_in_consented_story(n: &Names, out: &mut Vec<Finding>) {
    let strong: Vec<(&Hit, Vec<String>)> = n.hits.iter().filter(|h| h.level == Level::Strong).map(|h| (h, hit_words(h))).collect();
    let shares = |a: &[String], b: &[String]| a.iter().any(|w| b.contains(w));
    let Some((_, signer)) = strong.iter().max_by_key(|(_, w)| strong.iter().filter(|(_, o)| shares(w, o)).count()) else { return };
    for (h, words) in &strong {
        // "Faris Elementary": a place the signer named, no one else.
        let place = words.iter().any(|w| crate::compliance::phi::words::is_institution_word(w));
        // "her sister Corinne Vale" in Tamsin Vale's story: one surname, two
        // people.
        // "Δέσποινα Αλεξίου" beside "Despina Alexiou": one name in two
        // scripts, which no word comparison can tell apart; only names in
        // the signer's script are compared.
        let latin = |ws: &[String]| ws.iter().all(|w| w.chars().all(|c| c.is_ascii() || ('\u{00c0}'..='\u{024f}').contains(&c)));
        if latin(words) != latin(signer) {
            continue;
        }
        let other = !shares(words, signer) || (signer.len() >= 2 && words[0] != signer[0] && words.last() == signer.last());
        if words.len() >= 2 && !place && other {
            out.push(
                finding(
                    "phi/name",
                    Severity::Error,
                    h.pos,
                    format!(
                        "person name {} next to a patient cue in a consented story: the `authorization` covers the person who signed it, not another patient the story names; remove the name or record their own authorisation",
                        quote(&h.text)
                    ),
                )
                .about(&h.text),
            );
        }
    }
}

/// Emit `phi/name` findings (none when a valid authorization covers names).
pub(in crate::compliance::phi) fn report(n: &Names, names_authorized: bool, out: &mut Vec<Finding>) {
    if names_authorized {
        others_in_consented_story(n, out);
        return;
    }
    // Weak hits (a name and a clinical word, no patient frame) are not
    // reported: on real practice sites they are staff, authors and places.
    for h in n.hits.iter().filter(|h| h.level == Level::Strong) {
        let (sev, why) = match h.level {
            Level::Strong => (Severity::Error, "next to a patient cue"),
            Level::Weak => (Severity::Warning, "in the same sentence as clinical details"),
        };
        out.push(finding(
            "phi/name",
            sev,
            h.pos,
            format!(
                "person name {} {why}: naming a patient discloses PHI; remove or anonymise it, or add a signed `authorization` covering `name` if this is a consented story",
                quote(&h.text)
            ),
        )
        .about(&h.text));
    }
}
