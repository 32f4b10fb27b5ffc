//! Round 64 of issue 9 (fortieth session, from the misses and clean flags
//! of the blind sets CH, a Leeds pharmacy, CI, a Montréal child
//! mental-health practice, and CJ, a Milan orthopaedic hospital, once
//! scored): English pages of a site in another language, Italian titles
//! and work roles, names annotated with a body part, quoted nicknames,
//! developmental conditions, UK trunk phones and plates, and a crash on
//! an accented name. Every person is fictitious; no sentence is taken
//! from a case set.

use super::tests::{allow, assert_caught, assert_clean, guard_flagged, in_language, page_allowing, site_in};
use super::{Field, check_text};

/// An English page of an Italian or French site is read by the English
/// frames; its other-language pages are not.
#[test]
fn an_english_page_on_a_site_in_another_language() {
    let it = site_in("it");
    let caption = "So proud of Wesley, 10, from Harbour Primary, who read his speech about his stutter to the whole school!";
    let fields = vec![Field { key: "caption", value: caption, line: 3, column: 1 }];
    let body =
        "October is stuttering awareness month. Stuttering affects about one in a hundred adults; be patient and let the person finish.";
    assert!(guard_flagged(&page_allowing("news", body, 6, fields.clone(), &it)));
    // The same caption beside an Italian body is left to the Italian frames.
    let italiano = "Ottobre è il mese della consapevolezza sulla balbuzie. Ne soffre circa un adulto su cento: siate pazienti e lasciate finire la frase.";
    let fields_it = vec![Field { key: "title", value: "La balbuzie", line: 2, column: 1 }];
    assert!(!guard_flagged(&page_allowing("news", italiano, 6, fields_it, &it)));
}

/// Italian titles ("sig.", "sig.ra") do not end a sentence, and a name
/// with a body part in brackets or a participle of care is a patient.
#[test]
fn italian_titles_brackets_and_participles() {
    for body in [
        "A marzo il sig. Ottavio Brenna è stato operato per una tendinopatia di spalla.",
        "Per un guasto tecnico stiamo richiamando i pazienti: il sig. Ottavio Brenna (ginocchio) e la sig.ra Ines Capra (spalla).",
        "Premiamo Gualtiero Sangalli (crociato, US Valmadrera) e Ines Capra (spalla, Volley Lecco).",
        "Un applauso per Ines Capra, operata al menisco, del Volley Lecco.",
    ] {
        assert!(in_language("it", body), "{body}");
    }
    for body in [
        "Il sig. Ottavio Brenna, presidente della bocciofila, ha consegnato le medaglie.",
        "Premiamo Gualtiero Sangalli (allenatore, US Valmadrera) per i vent'anni in panchina.",
    ] {
        assert!(!in_language("it", body), "{body}");
    }
}

/// A staff member's given name alone, with an age and care that happened,
/// is a namesake in our care (the staff here: Rosa, Samuel, Lin, Marcus).
#[test]
fn a_staff_members_given_name_with_an_age_and_care() {
    assert!(in_language("it", "Marcus, 17 anni, centrale dell'Under 18 del Volley Lecco, si è fratturato il polso in partita."));
    assert!(!in_language("it", "Marcus segue ogni settimana i ragazzi dell'Under 18 del Volley Lecco."));
}

/// A quoted nickname with a role of a named place, and a mayor whose care
/// the practice tells as its own.
#[test]
fn quoted_nicknames_and_a_mayor_in_our_care() {
    super::tests::assert_flagged_in(&[
        ("it", "Auguri al \"Riccio\", magazziniere storico della Cartiera Brusa, operato di ernia discale a settembre."),
        (
            "fr",
            "Tout le quartier le connaît : « Gros-Jean », le gardien de but des Faucons de Limoilou, revient après sa commotion cérébrale.",
        ),
        ("it", "Bentornato al sindaco di Cernusco, dopo la protesi di ginocchio eseguita dal prof. Ronchi a ottobre."),
    ]);
    super::tests::assert_quiet_in(&[
        ("it", "Il \"Riccio\", magazziniere storico della Cartiera Brusa, ha organizzato la castagnata di ottobre."),
        ("it", "Il sindaco di Cernusco ha inaugurato la nuova palestra di riabilitazione."),
    ]);
}

/// A developmental or mental-health condition of a named child at a named
/// school, in French; hyphenated initials and "À 16 ans, …".
#[test]
fn child_mental_health_words_and_initials_in_french() {
    for body in [
        "Anatole, en 2e année à l'école Sainte-Odile, a une dyslexie que nous suivons depuis l'automne.",
        "Anatole, de l'école Sainte-Odile, a reçu un diagnostic de TDAH cet hiver.",
        "J.-P. R., 16 ans, caissier au marché de la rue Fleury, a été suivi chez nous pour une boulimie.",
        "À 15 ans, Gaëlle Tremblay ne sortait plus de sa chambre; son médecin l'a dirigée vers nous pour une dépression.",
    ] {
        assert!(in_language("fr", body), "{body}");
    }
    assert!(!in_language("fr", "La dyslexie touche environ un enfant sur dix; voici les signes à surveiller à l'école."));
}

/// British trunk phones, plates with two digits, and pharmacy identifiers.
#[test]
fn british_phones_plates_and_certificates() {
    assert_caught(&[
        "Alf, you left 07700 900123 on your raffle ticket when you collected your prescription; please ring us.",
        "To the driver of the blue Fiesta, reg YK17 LMN, who parks across the hatch while you're in for your dose: please use the car park.",
        "Found: a maternity exemption certificate, MatEx no. 5511 2233 44, behind the counter.",
        "Dispensing for client ref FL-55120 (Keith) is paused until his key worker calls.",
        "Well done to Ivy, who at 97 walked up from Mill Lane for her flu jab.",
        "Nasreen Aziz, 44, had her rabies and typhoid jabs with us before her trip.",
    ]);
    assert_clean(&[
        "The practice now has its own minibus (registration YK17 LMN) for the walking group.",
        "Call us on 0113 496 0999 to book a travel consultation.",
        "Special thanks to Edith Crowe, who at 93 is our oldest volunteer and knitted sixty hats.",
        "Yellow fever vaccine is given only at designated centres; travellers to sub-Saharan Africa may need the certificate.",
    ]);
}

/// "your Páidí…": the words after "your" were cut forty bytes on, inside
/// a two-byte letter, and the whole check panicked (found by set CK's
/// helper). Both offsets of a run of accented letters are tried.
#[test]
fn an_accented_name_after_your_does_not_panic() {
    for pad in ["", "x"] {
        let body = format!("Thanks, Nóirín! {pad}We loved your Páidíííííííííííííííííííííííí story about the hearing aids.");
        let _ = check_text(&body, &allow(), true);
    }
}

/// Replies that tell a relative's or the reviewer's own care, in English
/// and other languages; a reply about hiring or parking does not.
#[test]
fn replies_about_a_relatives_care_or_a_dose() {
    super::tests::assert_replies_confirm(&[
        ("Thanks Jean. Our driver was glad to take the oxygen order round to your Clive in the storm.", "Jean P"),
        ("Lovely to see your nan last week. Her new blister packs should make mornings easier.", "Kim R"),
        ("As you know, your dose can't be collected by someone else.", "anon55"),
        ("Bonjour, la séance d'ergothérapie de votre fille a été déplacée à jeudi.", "M. Roy"),
        ("Gentile signora, siamo felici che suo figlio stia meglio dopo le sedute di fisioterapia.", "Laura B."),
        ("Signor Piero, la sua pratica INAIL è stata inviata ieri.", "Piero T."),
        ("Cara signora, ci ricordiamo benissimo di lei in reparto!", "Nonna Lia"),
    ]);
    super::tests::assert_replies_quiet(&[
        ("Merci Hugo d'avoir postulé chez nous; nous répondons à toutes les candidatures en deux semaines.", "Hugo V."),
        ("Thanks Jean, the new car park opens in March.", "Jean P"),
    ]);
}

/// Addresses: a slug, an alias or an image named after a child and a
/// condition in another language; a continent, an Irish school, a pet and
/// a public office are no patients.
#[test]
fn addresses_places_pets_and_offices() {
    for (key, value) in [
        ("slug", "lucas begaiement expose oral"),
        ("aliases", "/nouvelles/camp-ete-lina-tsa-8-ans/"),
        ("image", "intervento-menisco-ottavio-brenna-3-aprile.png"),
    ] {
        let f = super::tests::with_field(key, value, "Une belle réussite cette année. Bravo à tous!");
        assert!(guard_flagged(&f), "{key} = {value}");
    }
    assert_clean(&[
        "Travellers to sub-Saharan Africa or South America may need a yellow fever vaccine certificate.",
        "The HSE team visits Scoil Naomh Breacáin on 6 October for the MMR boosters.",
        "The star was Pickles, a one-eyed terrier mix who sat still for his rabies shot.",
        "\"We can reach the stairs the bus never reaches,\" said the mayor of Lakeview, Olga Ferris, at the vaccination day.",
    ]);
}
