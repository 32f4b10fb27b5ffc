//! Round 62 of issue 9 (thirty-ninth session, from the misses of the seen
//! sets CB, a Bern physiotherapy practice, CC, a Pittsburgh urgent care,
//! and CD, a Barcelona paediatric dentistry): Catalan (an article before
//! a given name, "anys", its care words, months and replies), the
//! patients' columns of tables and data files in other languages, Swiss
//! and Spanish identifiers, German replies. Every person is fictitious;
//! no sentence is taken from a case set.

use super::tests::{assert_caught, assert_clean, caught, rules};
use super::{Allowlist, check_text};

/// The findings of `body` on a site in `language`.
fn in_language(language: &str, body: &str) -> bool {
    let mut allow: Allowlist = super::tests::allow();
    allow.set_language(language);
    !check_text(body, &allow, false).is_empty()
}

/// Catalan and Spanish put an article before a given name; the name is
/// still a child in care.
#[test]
fn an_article_before_a_given_name_on_a_catalan_site() {
    for body in [
        "La Martina, de 9 anys, de l'Escola del Bosc, es va trencar una dent al pati i li vam fer una reconstrucció.",
        "L'Arnau Pujol, de 6 anys, té càries a tres molars i el vam tractar amb sedació.",
        "Ahir el Jordi, de 12 anys, va començar l'ortodòncia amb brackets.",
    ] {
        assert!(in_language("ca", body), "{body}");
    }
    for body in ["La Mercè és la festa major de Barcelona, amb castells a la plaça.", "Cada dimarts la Dra. Vidal fa revisions a l'escola."]
    {
        assert!(!in_language("ca", body), "{body}");
    }
}

/// Ages, birth dates and care in Catalan, Swiss German and Spanish.
#[test]
fn catalan_swiss_and_spanish_details() {
    assert!(in_language("ca", "En Hamza (7 anys, Casal Les Oliveres) ja no porta fèrula després de la luxació."));
    assert_caught(&[
        "Avui la Clàudia fa dos anys: va néixer el 3 de febrer de 2024 i ja ha vingut a la primera revisió.",
        "*Ruedi (geb. 14.08.1958) trainiert nach der Knieoperation wieder bei uns.*",
        "Ona llegó con 8 años y una mordida cruzada; tras el tratamiento sonríe sin miedo.",
        "Per exemple, a l'expedient núm. 2025-0917 hi vam veure una càries oculta.",
        "La autorización salió con el nº de asegurado 5550 1234 9876 y el tratamiento aprobado.",
        "Versicherte Person: Gerber, AHV-Nr. 756.5550.1234.56, Schadennummer 55.98765.24.3.",
        "Unser Patient mit dem Kontrollschild BE 555 123 kommt jeden Montag zur Reha.",
    ]);
    assert_clean(&[
        "Die SUVA übernimmt die Kosten der Physiotherapie nach einem Arbeitsunfall; bringen Sie die Schadennummer mit.",
        "Unser Team war auf dem Gurten wandern. Reto Amstutz hat sich den Fuss verstaucht und wurde ins Tal begleitet.",
        "Danke für die 5 Sterne und bis bald im Kraftraum!",
    ]);
}

/// A table or data file in another language whose header names its
/// patients, pupils or players.
#[test]
fn patients_columns_in_other_languages() {
    assert_caught(&[
        "| Alumne | Resultat |\n| --- | --- |\n| Arlet | Cal visita: 2 càries |\n| Biel | Bé |\n",
        "| Paciente | Edad | Teléfono | Tratamiento |\n| --- | --- | --- | --- |\n| Noa Ferrer | 7 | 600 555 123 | empaste |\n",
    ]);
}

/// Replies in Catalan and German that tell the reviewer's visit or care,
/// and one that declines to discuss anything.
#[test]
fn catalan_and_german_replies() {
    let confirms = |body: &str| {
        let f = check_text(body, &super::tests::allow(), true);
        f.iter().any(|x| x.rule.starts_with("reply/"))
    };
    for body in [
        "Hola Laia, ja hem canviat la cita del teu fill al dimecres, com demanaves.",
        "Jordi, hem revisat el nostre historial i la visita es va cobrar correctament.",
        "Liebe Frau Wyss, gemäss unseren Unterlagen wurden alle Sitzungen korrekt abgerechnet.",
        "Als Sie am 3. März bei uns zur Therapie waren, war der Lift defekt.",
        "Hallo Urs, schade, dass die Stosswellentherapie bei Ihrer Kalkschulter noch nicht wirkt.",
        "Liebe Frau Dr. Margrit Zbinden, danke für Ihre Treue seit so vielen Jahren.",
    ] {
        assert!(confirms(body), "{body}");
    }
    for body in
        ["Gràcies per les vostres paraules! Per privacitat no podem parlar de cap tractament aquí; truqueu-nos.", "Danke für die 5 Sterne!"]
    {
        assert!(!confirms(body), "{body}: {:?}", rules(&check_text(body, &super::tests::allow(), true)));
    }
    assert!(!caught("Danke für die 5 Sterne!"));
}

/// German compounds of care, a noun before the name, a staff member's
/// given name before another surname; an English lost-and-found notice
/// e-mailing the patient, and a specimen's ID.
#[test]
fn german_compounds_and_english_notices() {
    assert_caught(&[
        "Patientin Erika Zbinden aus Köniz, zwei Monate nach ihrer Hüftprothese, beim Sommerfest.",
        "Triathletin Simone Aebi aus Münsingen bei der Kontrolle ihres Ermüdungsbruchs.",
        "Der Captain der Junioren des SC Langenthal, Yannick, spielt nach seiner Schulteroperation wieder.",
        "Someone left a scarf in Exam 2 after a knee-sprain visit on Friday night; we sent a note to dana.kowal.1990@mailbox.example but heard nothing.",
        "Last week's results included specimen ID 0412-558812 (verified positive, no valid prescription).",
    ]);
    assert_clean(&[
        "Die Kooperation mit dem Turnverein Bümpliz läuft seit 2019.",
        "Questions about the lost and found? Write to frontdesk@cedarpoint.example.",
    ]);
}

/// Round 63 (from the seen sets CE, CF and CG): a professional athlete
/// named with a team or a nationality before the position is a public
/// figure; a school's player is not. A testimonial signed by a club's
/// youth coach or a head nurse, or by an unnamed "patiënt", needs no
/// authorisation when it tells no care.
#[test]
fn athletes_and_signed_testimonials_of_round_63() {
    assert_clean(&[
        "In 2021 millions watched Danish midfielder Anders Holmgaard collapse on the pitch; he was defibrillated and played again a year later.",
    ]);
    assert_caught(&["Last spring Pinecrest High quarterback Tyler Brandt had his spinal fusion here after a hit in the final."]);
    for body in [
        "> \"Sinds de les weet elke trainer waar het apparaat hangt.\"\n>\n> — Mustafa Yıldız, jeugdtrainer bij SV De Vaart\n",
        "> \"Ik voel me hier nooit een nummer.\"\n>\n> — een patiënt uit Lombok\n",
    ] {
        let f = super::tests::page_of("testimonials", body, 5, vec![]);
        assert!(!f.iter().any(|x| x.rule == "consent/missing"), "{body}: {:?}", rules(&f));
    }
}
