//! Round 68 of issue 9 (forty-third session, from the misses of the blind
//! sets CZ, a Black Forest general practice, DA, a Groningen village
//! practice, and DB, a Palermo paediatric practice, once scored): the
//! conditions and events of a general practice in six languages, German
//! possessives and ages, a birthday's ordinal, continental street
//! addresses, a death told after a name, a person's own care told with a
//! possessive, unique local offices, replies about a file, a home visit or
//! a bill, German plates, a bio's anecdote of a patient. Every person is
//! fictitious; no sentence is taken from a case set.

use super::tests::{assert_flagged_in, assert_quiet_in, assert_replies_confirm, assert_replies_quiet, guard_flagged, run};

/// The list of concepts in the languages of the round, and words that
/// only look like them.
#[test]
fn care_words_of_a_general_practice() {
    for w in [
        "amputiert",
        "Neuropathie",
        "Herzinsuffizienz",
        "Oberschenkelhalsbruch",
        "Lungenembolie",
        "gordelroos",
        "eetstoornis",
        "scompenso",
        "leucemia",
        "infezione",
        "Harnwegsinfekt",
        "furosemide",
        "stents",
    ] {
        assert!(super::care_stems::care_in(w), "{w}");
    }
    for w in ["Kooperation", "cooperatie", "Desinfektion", "febbraio", "Scarlatti", "Gastro", "Defibrillator", "orthophoniste"] {
        assert!(!super::care_stems::care_in(w), "{w}");
    }
    for t in ["nach der Hüft-OP", "tre giorni in terapia intensiva", "hij brak vorige week zijn pols", "si è rotto il braccio"] {
        assert!(super::foreign_care::care_phrase(t), "{t}");
    }
    // Dutch "op" is a preposition, not an operation.
    assert!(!super::foreign_care::care_phrase("we zijn op maandag open"));
}

#[test]
fn people_and_their_care_in_german_dutch_and_italian() {
    assert_flagged_in(&[
        ("de", "Unser Patient Herr Wolfsberger, 69, wurde im Oktober an der Galle operiert."),
        ("de", "Im Haus Sonnhalde feierte Walburga Zipfel gestern ihren 102. Geburtstag, trotz Herzschwäche."),
        ("de", "Frau Ottilie aus der Mühlenstraße 14 kam nach ihrem Hüftbruch zurück nach Hause."),
        ("de", "Sebastian ist 58 und hat seit dem Frühjahr eine Neuropathie in beiden Füßen."),
        ("de", "Anselm, Zimmermeister in Oberried, arbeitet nach seinem Schlaganfall wieder halbtags."),
        ("de", "Das Team wünscht unserem Ortsvorsteher gute Besserung! Nach seinem Herzinfarkt liegt er noch auf der Intensivstation."),
        ("de", "Wie Rosalinde Aichele ihre Depression überwand"),
        ("it", "Gabriele ci ha lasciato a marzo, a 9 anni, dopo due anni di leucemia."),
        ("nl", "Anna Dijkhuizen, 71, kreeg haar chemo in het ziekenhuis in Assen."),
        ("nl", "Trijn (86) van de Brink brak vorige maand haar heup."),
        ("nl", "Terugbellen mevr. Wubbena 06-55519384 over de uitslag van het bloedonderzoek."),
        ("nl", "De schildklierwaarden van dhr. Ellens, geboren 04-09-1948, waren te laag."),
        ("de", "Bitte nicht vor dem Wagen mit dem Kennzeichen KN-RT 582 parken, er bringt Frau Z. zur Dialyse."),
        ("it", "Il codice fiscale di Matilde è DLRMLD14C45G273K, come da certificato."),
    ]);
    assert_quiet_in(&[
        // A public figure's own account, and a partnership.
        ("fr", "Le champion de ski Bastien Roux a parlé publiquement de sa dépression en 2019."),
        ("de", "Die Kooperation mit dem Turnverein läuft seit 2019."),
        // An invented case, said so.
        (
            "nl",
            "Dit verhaal is samengesteld uit de ervaringen van meerdere cliënten; 'Lotte' bestaat niet. Lotte is 31 en bevalt bij 38 weken.",
        ),
        // A clinic's address, and no one's care.
        ("de", "Das Kreisklinikum, Waldstraße 12, hat eine neue Intensivstation."),
    ]);
}

/// A reply about the reviewer's file, a home visit, a bill or a care
/// that went well confirms them; thanks alone do not.
#[test]
fn replies_about_a_file_a_visit_or_a_bill() {
    assert_replies_confirm(&[
        ("Danke! Als wir im März bei Ihnen auf dem Hof waren, um den Verband zu wechseln, lag noch Schnee.", "Hofbäuerin"),
        ("Wir haben in Ihrer Akte nachgesehen: zwei Termine wurden nicht abgesagt.", "Patient aus Tal"),
        ("Fijn dat de schouder weer goed is na de injectie, Gerrit!", "Gerrit"),
        ("Siamo contenti che la bronchite di Pietro sia passata!", "Laura M."),
        ("Lieber Herr Korbinian Wetzel vom Sonnenhof, danke für die fünf Sterne!", "Schwarzwälder"),
        ("Beste Ria, de rekening van € 42,00 was voor het verwijderen van de wrat.", "Ria Bos"),
    ]);
    assert_replies_quiet(&[
        ("Schön, dass Sie sich bei uns wohlgefühlt haben! Bis bald.", "Hofbäuerin"),
        ("Fijn dat u tevreden bent over onze telefonische bereikbaarheid.", "Gerrit"),
    ]);
}

/// A team member's bio telling of a patient by name and age, beside care;
/// the bio's family and the team member's own life are left alone.
#[test]
fn a_bios_anecdote_of_a_patient() {
    assert!(guard_flagged(&run(
        "team",
        "Her proudest moment: Ernesto, 88, who came to his first review with a bag of pills and now takes four."
    )));
    assert!(!guard_flagged(&run("team", "She lives in Dunmore with her husband Bruno, 61, and two cats.")));
}
