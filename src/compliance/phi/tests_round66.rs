//! Round 66 of issue 9 (forty-first session, from the misses of the blind
//! sets CO, a Curitiba paediatric and vaccination clinic, and CP, a
//! Rosario kinesiology centre, once scored): babies' ages in days, weeks
//! and months, a role with its article after a name, a company's worker
//! by initials, replies that check the practice's system or remember the
//! reviewer, and the care words of these practices. Every person is
//! fictitious; no sentence is taken from a case set.

use super::tests::in_language;

#[test]
fn people_in_care_in_spanish_and_portuguese() {
    super::tests::assert_flagged_in(&[
        ("pt", "Um exemplo desta semana: a Lívia, de 9 dias, chegou perdendo peso. Fizemos a frenotomia aqui mesmo, em dois minutos."),
        ("pt", "A pequena Luana, de 2 meses, recebeu as vacinas em casa; a mãe ainda se recupera de uma cesárea."),
        (
            "es",
            "Joaquín, el arquero de la Cuarta de Atlético Ribera, volvió a atajar después de la cirugía de hombro que le hicimos en junio.",
        ),
        (
            "es",
            "Este año apareció un caso: Bruno, el abanderado de sexto grado de la Escuela N° 512, tenía una escoliosis que nadie había visto.",
        ),
        ("pt", "A colaboradora T.S.R., da expedição do turno da tarde, teve um desmaio logo depois da vacina e foi atendida no local."),
        ("pt", "O Caetano, filho do pastor da Igreja Batista do Ahú, terminou o laser para retinopatia e já enxerga bem."),
    ]);
    super::tests::assert_quiet_in(&[
        ("es", "María, la directora de la Escuela N° 512, nos abrió las puertas para el relevamiento de columna de todo el grado."),
        ("pt", "A Vacina Móvel vacinou 86 crianças de 2 meses a 5 anos no CMEI Jardim das Flores."),
    ]);
}

/// Replies that check the practice's system, remember the reviewer or
/// tell their sessions; replies about opening hours or e-mail do not.
#[test]
fn replies_that_check_the_system_or_remember_the_reviewer() {
    super::tests::assert_replies_confirm(&[
        ("Tânia, verificamos no nosso sistema: a consulta do Rafael foi remarcada para segunda às 9h.", "Tânia R."),
        ("Edu, que bom ter você de volta! A equipe toda lembrou de você.", "Edu"),
        ("Pili, revisamos tu cuenta: el coseguro de tus ocho sesiones fue bien cobrado.", "Pili"),
        ("Cris, diferente do que foi escrito, a criança foi atendida em dez minutos.", "Cris M."),
    ]);
    super::tests::assert_replies_quiet(&[
        ("Obrigada pela avaliação, Tânia! Nosso horário de atendimento é de segunda a sexta, das 8h às 18h.", "Tânia R."),
        ("¡Gracias, Pili! Para cualquier duda, escribinos al correo de la recepción.", "Pili"),
    ]);
}

/// English (from set CN): a town's role told before it, with an
/// emergency; a reply naming the hospital as a place is no one's care,
/// but one about the reviewer's new aids still confirms them.
#[test]
fn town_roles_and_replies_about_the_hospital() {
    assert!(in_language(
        "en",
        "The call came in Friday night about the Lodgepole rural mail carrier's rollover. We stayed with him through the CT and the splinting."
    ));
    assert!(in_language("en", "Harlan's town marshal was stung in July; two EpiPens and a ride to our ER later, he carries his own now."));
    assert!(!in_language("en", "The Lodgepole rural mail carrier delivers our newsletter every month, and he always stops for coffee."));
    super::tests::assert_replies_quiet(&[
        ("Randy and Sue, thank you for supporting your hometown hospital!", "Randy & Sue K."),
        ("Free helmet fittings continue every Saturday in August at the Hobart Clinic, no appointment needed.", "Ranch Mom"),
    ]);
    super::tests::assert_replies_confirm(&[("Hi Nora, sorry the new aids are whistling; drop in and we'll refit them.", "Nora P.")]);
}
