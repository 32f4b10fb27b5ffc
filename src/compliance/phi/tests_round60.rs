//! Round 60 of issue 9 (thirty-eighth session, from the misses of sets BV,
//! a Valencia health centre, and BX, a Bologna physiotherapy studio, both
//! scored blind first): a worker singled out by an occupation after their
//! name or initials, a role of a named place in Italian and Spanish, the
//! injuries of a sports practice, a phone given as someone's own, the
//! identifiers of Spain, Italy and Romania under their labels, and review
//! replies that confirm care in Spanish, Italian and Romanian. Every
//! person is fictitious; no sentence is taken from a case set.

use super::tests::{assert_caught, assert_clean, assert_replies_confirm, reply, rules};
use super::*;

/// An occupation after a given name or initials, and a role of a named
/// place, in a sentence of care that happened.
#[test]
fn workers_and_local_roles_with_their_injuries_in_other_languages() {
    assert_caught(&[
        "Ottavio, il fornaio di via Mascarella, ha il polso ingessato per una frattura: lo seguiamo due volte a settimana.",
        "Graziella Monti, cassiera alla Conad di Borgo Panigale, dopo la lussazione della spalla è tornata al lavoro.",
        "L.B.P., autista della linea 27, è arrivato da noi con una lombosciatalgia che non passava.",
        "Remei, la camarera del bar Tonet, se rompió el tobillo en la mudanza y ya camina sin muletas.",
        "El sacristán de la parroquia de San Roque vino con una hernia discal; tras la cirugía camina sin dolor.",
        "Il capitano dei Leoni di Casalecchio ha una tendinopatia rotulea: l'abbiamo operato noi a marzo.",
        "La presidenta de la penya Els Fondos acabó ingresada por una neumonía en febrero.",
    ]);
}

/// A teacher of medicine at a university, a role that hosts a campaign, a
/// worker with no care told, and a prescription in a consented quote.
#[test]
fn teachers_hosts_and_workers_without_care_are_not() {
    assert_clean(&[
        "Il professore di ortopedia dell'Università di Ferrara terrà un incontro sulle fratture da fragilità.",
        "La maestra della scuola Carducci organizza con noi la giornata della postura per le classi terze.",
        "Ramón, el cartero de Benimaclet, nos trae cada mañana el correo y una sonrisa.",
        "El dueño del bar Tonet nos cede la terraza para la jornada de prevención de caídas.",
    ]);
}

/// The labels of Spain, Italy and Romania, and a phone given as one
/// person's own.
#[test]
fn identifiers_and_own_phones_in_other_languages() {
    assert_caught(&[
        "Presupuesto enviado: n.º de póliza 7720-4411-90, dos coronas.",
        "Resultados de la analítica con NHC 31-88207 disponibles.",
        "Pratica INAIL n. 2026/44/0193 per la lesione al polso.",
        "Matricola 0000812240, frattura del radio.",
        "CNP 2900512123456, programare la ecografie.",
        "Para quedar con él, su móvil es el 611 555 902.",
        "La signora della seduta delle 9 ha dimenticato la sciarpa: l'abbiamo chiamata al 339 555 7781.",
    ]);
    assert_clean(&[
        "Llámanos al 963 555 100 para pedir cita.",
        "Il nostro numero è 051 555 0199, dal lunedì al venerdì.",
        "Trae tu número de póliza a la primera visita.",
    ]);
}

/// Replies in Spanish, Italian and Romanian that tell the reviewer's own
/// visit, invoice or recovery, and a refusal that does not undo them.
#[test]
fn replies_that_confirm_care_in_other_languages() {
    assert_replies_confirm(&[
        ("Inma, sentimos que tu visita del jueves con el Dr. Soler empezara tarde.", "Inma R."),
        ("Según nuestros registros acudiste a todas las sesiones, así que no podemos anular el pago.", "Pepe L."),
        ("Ciao Marta, la fattura per le 6 sedute è stata emessa a maggio.", "Marta G."),
        ("Gentile Franco, dai nostri archivi risulta l'appuntamento del 12 marzo.", "Franco B."),
        ("Ne pare rău că rezultatele dumneavoastră au întârziat.", "Ioana P."),
    ]);
    for (body, who) in [
        ("¡Gracias por tu reseña, Lola! Nos alegra que la sala de espera te guste.", "Lola M."),
        ("Por privacidad no podemos comentar tu visita; llámanos y lo vemos.", "Paco T."),
    ] {
        let f = reply(body, who);
        assert!(!f.iter().any(|x| x.rule.starts_with("reply/")), "{body:?}: {:?}", rules(&f));
    }
}

/// A page that carries an authorisation is its signer's story: what it
/// tells beyond `covers` is an error even where no name rule saw a patient.
#[test]
fn an_authorised_page_must_cover_the_condition_and_the_name_it_tells() {
    use super::tests::date;
    use super::tests_more::auth;
    let body =
        "Two years after her stroke, Odalys Ferrante Quiroga, 61, of Pharr, gardens every morning. \"I learned to walk twice,\" she says.";
    let run = |covers: &[&str]| {
        let a = auth(Some((2026, 1, 5)), Some((2027, 1, 5)), &["website"], covers);
        let page = PageInput {
            section_kind: "pages",
            body,
            body_line: 6,
            fields: vec![],
            authorization: Some(&a),
            authorization_line: 4,
            review_reply: None,
            channels: &["website"],
            now: date(2026, 6, 1),
        };
        check_page(&page, &super::tests::allow())
    };
    let covered = |f: &[Finding], what: &str| f.iter().any(|x| x.rule == "consent/covers" && x.message.contains(what));
    let f = run(&["name", "quote"]);
    assert!(covered(&f, "\"condition\""), "{:?}", rules(&f));
    let f = run(&["quote", "condition"]);
    assert!(covered(&f, "\"name\""), "{:?}", rules(&f));
    let f = run(&["name", "quote", "condition"]);
    assert!(!f.iter().any(|x| x.rule.starts_with("consent/")), "{:?}", rules(&f));
}

/// A street named after someone is no person, and the top of an age range
/// or "more than 95" is a population's.
#[test]
fn streets_and_age_ranges_in_other_languages_are_not_people() {
    assert_clean(&[
        "Nel nostro gruppo di ginnastica dolce l'età va dai 62 ai 93 anni.",
        "Nella residenza 9 ospiti su 70 hanno più di 95 anni: con loro lavoriamo sull'equilibrio.",
    ]);
    let f = reply("Gentile Ottavia, grazie. Ci trova in via San Vitale 12 o al telefono.", "Ottavia B.");
    assert!(!f.iter().any(|x| x.rule == "reply/names-reviewer"), "{:?}", rules(&f));
}
