//! Round 67 of issue 9 (forty-second session, from the misses of the blind
//! sets CT, a Nova Scotia family practice with Acadian French pages, CU, a
//! Concepción traumatology clinic, and CV, a Rotterdam midwifery practice,
//! once scored): a role of a named place after a name with an elided
//! article, an adjective or Dutch words; a name no list has, set off by
//! such a role; a place's name after a lay title or before an occupation;
//! a pregnancy's week; Dutch birth dates with a weekday; Dutch own phone
//! lines; a question or greeting before a name. Every person is
//! fictitious; no sentence is taken from a case set.

use super::tests::in_language;

#[test]
fn people_singled_out_by_a_role_of_a_named_place() {
    super::tests::assert_flagged_in(&[
        ("fr", "Bon retour à Josette, l'animatrice de loisirs du Foyer Beauséjour, après son opération de la hanche en octobre."),
        ("fr", "Merci à Gaspardou, le chauffeur d'autobus de l'École Belle-Anse, de retour après sa crise cardiaque de septembre."),
        ("es", "Marisol, la nueva cajera del Almacén El Roble, volvió a trabajar tras la cirugía de rodilla que le hicimos en agosto."),
        ("nl", "Het taartje kwam van Wendy, de eigenaresse van lunchroom De Zoete Inval, die vorige maand bij ons beviel van een dochter."),
        ("nl", "Deze herfst verloor J.K., conducteur bij de Waterbus op lijn 3, haar dochter bij 37 weken."),
        ("fr", "Madame Lourdes, la cuisinière du Foyer des Pins, avec le plâtre de son poignet."),
        ("es", "Florencia, alumna de 2° medio A del Liceo Los Aromos, llegó en abril con una fractura de escafoides."),
    ]);
    super::tests::assert_quiet_in(&[
        // A staff-free role with no care, and care with no one singled out.
        ("nl", "Wendy, de eigenaresse van lunchroom De Zoete Inval, trakteerde het hele team op taart."),
        ("es", "La cirugía de rodilla que hacemos en el Almacén de Salud dura una hora y el alta es el mismo día."),
        // An invented case, said so in Italian.
        ("it", "Storia composita: la signora Lina non esiste; abbiamo unito i percorsi di diverse pazienti dopo una frattura di femore."),
    ]);
}

#[test]
fn births_pregnancy_weeks_and_own_lines_in_dutch() {
    for body in [
        "Welkom Pepijn! Geboren op zaterdag 14 november 2026 om 02.15 uur, 3400 gram.",
        "Op dinsdag 3 november werd hun zoon Boaz thuis geboren, na een vlotte bevalling.",
        "Kiki, buschauffeur op lijn 40, lag bij 8 weken aan het infuus in het ziekenhuis.",
        "Mirjam, we konden je niet bereiken op 06-5550 1234. Bel je ons even terug over de uitslag?",
    ] {
        assert!(in_language("nl", body), "{body}");
    }
    for body in [
        // A royal birth is public record.
        "Zij werd op 7 december 2003 geboren, als eerste kind van koning Willem-Alexander en koningin Máxima.",
        // Weeks of a course, not of a pregnancy.
        "De cursus duurt zes weken en begint op donderdag 14 januari; opgeven kan via de website.",
    ] {
        assert!(!in_language("nl", body), "{body}");
    }
}

/// Care words of the sets' practices, read through the prefilter.
#[test]
fn care_words_of_midwifery_and_the_clinics() {
    for w in
        ["spoedkeizersnede", "thuisbevalling", "pre-eclampsie", "miskraam", "hypothermie", "cardiaque", "mammographie", "rotador", "weeën"]
    {
        assert!(super::care_stems::care_in(w), "{w}");
    }
    assert!(super::foreign_care::care_phrase("lag bij 9 weken aan het infuus"));
    assert!(!super::foreign_care::care_phrase("de cursus duurt 6 weken"));
}

/// A reply wishing the reviewer well after named care confirms it; a
/// wish alone does not.
#[test]
fn replies_that_wish_recovery_from_named_care() {
    super::tests::assert_replies_confirm(&[
        ("¡Gracias, Tomás! Esperamos que el hombro siga mejorando después de la artroscopía.", "Tomás R."),
        ("Bedankt Sanne! Veel beterschap na de keizersnede, en geniet van je kraamweek.", "Sanne"),
    ]);
    super::tests::assert_replies_quiet(&[
        ("¡Gracias, Tomás! Le deseamos una pronta recuperación y un buen fin de semana.", "Tomás R."),
        ("Bedankt Sanne! Veel beterschap en tot ziens.", "Sanne"),
    ]);
}

/// The Chilean RUT with its value, in prose and as a table's column.
#[test]
fn chilean_rut_with_its_value() {
    assert!(in_language("es", "Paciente: C. A. M. V. — RUT 34.555.021-6 — Fecha del examen: 28/10/2026."));
    assert!(in_language("es", "| Jugadora | RUT |\n| --- | --- |\n| Amanda Ríos Leal | 39.555.640-1 |\n"));
    assert!(!in_language("es", "Para comprar el bono necesita el RUT del paciente y su previsión."));
}
