//! Round 59 of issue 9 (thirty-seventh session, from the misses of set BR,
//! a Vienna dental practice writing in German, Turkish and
//! Bosnian/Croatian/Serbian): care in the everyday words of dentistry and
//! childhood illness in other languages, a child or a worker singled out
//! by a class, a team, an employer or a doctor's care, invented cases and
//! identifiers under their labels in these languages. Every person is
//! fictitious; no sentence is taken from a case set.

use super::tests::{assert_caught, assert_clean};

/// A given name with a class, a school, a team position or an employer,
/// or an age told before the name, in a paragraph of dental or everyday
/// care, in German, French, Dutch, Turkish, BCS and Polish.
#[test]
fn a_child_or_worker_singled_out_in_other_languages() {
    assert_caught(&[
        "Gestern bekam Jonas aus der 4C der Volksschule Am Anger seine erste feste Zahnspange.",
        "Die 9-jährige Amelie hatte Karies an drei Milchzähnen; wir haben sie mit Lachgas behandelt.",
        "Annika, Torhüterin beim SV Lindenhof, hat sich beim Training den Schneidezahn gebrochen und bekam eine Füllung.",
        "Noah, élève de CM2 à l'école des Tilleuls, a eu deux caries soignées par plombage la semaine dernière.",
        "Daan, aanvoerder van de D1 bij VV Zuiderpark, kreeg vorige week twee vullingen.",
        "Kaleci Yusuf, 14 yaşında değil ama takımın en genci; dün kırık dişine dolgu yaptık. 12 yaşındaki Elif de kanal tedavisi oldu.",
        "Milica, učenica 3B razreda osnovne škole, nosila je aparatić dvije godine.",
        "W zeszłym tygodniu Zofia z klasy 2A przyszła do nas z próchnicą; dostała trzy plomby.",
        // A doctor's care in the sentence, the patient named before or after.
        "Matthias Auer, dem Dr. Lindqvist im März zwei Implantate gesetzt hat, läuft wieder Marathon.",
        // Came to the practice: German, Dutch, Turkish.
        "Theresa Gruber kam 2021 zu uns, mit einer Kieferentzündung nach einer Chemotherapie.",
        "Sanne Visser kwam in mei bij ons met een ontstoken verstandskies.",
    ]);
}

/// What those frames must not take for a patient: a volunteer, a school
/// or street named after someone, a month after a day, a doctor named by
/// title or their affiliation, "Le" opening a French sentence, a story
/// said to be invented, and a reply stating prices.
#[test]
fn volunteers_places_dates_doctors_and_invented_cases_are_not() {
    assert_clean(&[
        "Ingrid Weiß, ehrenamtlich seit 2015, begleitet Kinder der Volksschule bei der Impfung.",
        "Marie, bénévole depuis 2019 et ancienne institutrice de l'école du Parc, accueille les familles au centre de vaccination.",
        "Die Informationsveranstaltung zur HPV-Impfung findet im Gymnasium Bertha von Suttner statt, für die 3A und 3B.",
        "Réunion d'information au collège Victor Hugo avant la campagne de vaccination en classe de 5e.",
        "Am 12. April zeigen wir von 10 bis 15 Uhr das 3D-Röntgen und den Sedierungsraum.",
        "Le Dr Tran répondra aux questions des parents au lycée Jean Monnet avant la vaccination.",
        "09:30 | Prof. Hannah Weller, Universität Basel | Implantate bei Diabetes",
        "*Diese Geschichte ist eine erfundene Zusammenfassung aus vielen Erstgesprächen.*\n\nLena, Mitte 30, hat Angst vor dem Bohren; beim zweiten Termin gibt es Lachgas und eine kleine Füllung.",
        "*Dit is een **fictief** voorbeeld: Noor bestaat niet, haar verhaal is samengesteld.*\n\nNoor (8) is allergisch voor noten; haar ouders maken met de dokter een actieplan voor school.",
    ]);
}

/// The identifiers of German-, Dutch-, French-, Turkish- and BCS-speaking
/// practices under their labels.
#[test]
fn identifiers_under_their_labels_in_other_languages() {
    assert_caught(&[
        "Die Befunde zu Kartei-Nr. 51 877 liegen vor.",
        "Pat.-Nr. 30918, Zimmer 4.",
        "Bitte die SVNR 4821 120379 mitbringen.",
        "Numéro national : 79.02.11-123.45",
        "Rijksregisternummer 85.07.30-033.61 op het formulier.",
        "TC Kimlik No: 10000000146 ile kayıt yapıldı.",
        "Broj kartona 88213, kontrola u petak.",
    ]);
    // A label with no value, and a number that is no one's.
    assert_clean(&["Bitte die Kartei-Nr. bei jeder Anfrage angeben.", "Die Seriennummer steht auf der Rückseite jedes Geräts."]);
}
