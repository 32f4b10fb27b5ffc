//! Round 43 of issue 9 (twenty-fifth session): Irish family-name particles,
//! treatment events of addiction and infection services told in the next
//! sentence, and the "names changed" notices of other languages. Every
//! person is fictitious.

use super::tests::{assert_caught, assert_clean};
use super::tests_round16::{page_in, run_in};

/// "Ó" inside a name ("Tomás Ó Faoláin") joins its parts; a staff
/// member's name with the particle is still staff-free text here, so the
/// counterpart is the same story without any name.
#[test]
fn an_irish_particle_inside_a_name() {
    assert_caught(&[
        "Tomás Ó Faoláin started methadone at Ardán House in March 2016, aged 38. He's now on 35 mg and works as a groundsman.\n",
        "Ciarán Ó Donnchadha, from Dunmanway, is a regular on the van's Thursday stop. He tested positive for hepatitis C in January.\n",
    ]);
    assert_clean(&[
        "One man started methadone at Ardán House in 2016. He's now on 35 mg and works as a groundsman.\n",
        "Seán Ó Riada wrote the music for Mise Éire in 1959.\n",
    ]);
}

/// Treatment events of addiction and infection services: testing
/// positive, starting methadone, a home detox, told of the person the
/// previous sentence named.
#[test]
fn treatment_events_in_the_next_sentence() {
    assert_caught(&[
        "Aoife Brennan, from Macroom, joined our family group last winter. She started on buprenorphine in February.\n",
        "Declan Furlong drives the community bus in Bantry. He went through a home detox with our nurse in May.\n",
    ]);
    assert_clean(&[
        "Aoife Brennan, from Macroom, chairs our family group. Many members started on buprenorphine this year.\n",
        "Declan Furlong drives the community bus in Bantry. People who went through a home detox often ride with him.\n",
    ]);
}

/// "nombres cambiados", "nomes alterados": a notice that the names are not
/// real makes the stories under it pseudonymous in Spanish and Portuguese
/// too; a story without it still names its patient.
#[test]
fn names_changed_in_other_languages() {
    let changed = "## Historias reales (nombres cambiados)\n\nLucía, de 14 años, llegó a consulta por acoso escolar y ansiedad social; después de diez sesiones volvió a clase.\n";
    let plain = "## Historias reales\n\nLucía, de 14 años, llegó a consulta por acoso escolar y ansiedad social; después de diez sesiones volvió a clase.\n";
    let name = |f: &[super::Finding]| f.iter().any(|x| x.rule == "phi/name");
    assert!(!name(&run_in("es", "tips", changed)), "{:?}", super::tests::rules(&run_in("es", "tips", changed)));
    assert!(name(&run_in("es", "tips", plain)), "{:?}", super::tests::rules(&run_in("es", "tips", plain)));
}

fn named(f: &[super::Finding]) -> bool {
    f.iter().any(|x| x.rule == "phi/name")
}

/// On a site in another language, a slug word the page writes in lower
/// case is a word ("uma", "pessoa"), and "Leia mais" calls to read on; a
/// slug that names the patient the body names is still reported.
#[test]
fn words_of_the_sites_language_in_slugs_and_descriptions() {
    let body = "Você é uma pessoa acomodada? Muitos pacientes chegam ao consultório com ansiedade e medo de mudar.\n";
    let slug = super::Field { key: "slug", value: "voce-e-uma-pessoa-acomodada", line: 2, column: 7 };
    let f = page_in("pt", "tips", body, vec![slug]);
    assert!(!named(&f), "{:?}", super::tests::rules(&f));
    let desc = super::Field {
        key: "description",
        value: "Como pedir o reembolso da terapia ao seu plano de saúde. Leia mais aqui",
        line: 2,
        column: 14,
    };
    let f = page_in("pt", "tips", body, vec![desc]);
    assert!(!named(&f), "{:?}", super::tests::rules(&f));
    let story = "Nossa paciente Marisa Albuquerque, de Braga, fez cirurgia à coluna em maio e já voltou a trabalhar.\n";
    let slug = super::Field { key: "slug", value: "marisa-albuquerque-cirurgia-coluna", line: 2, column: 7 };
    assert!(named(&page_in("pt", "news", story, vec![slug])));
}

/// Institutions, named conditions and cited scholars in Portuguese; a
/// patient named in Portuguese is still one.
#[test]
fn institutions_conditions_and_scholars_in_portuguese() {
    for body in [
        "No Brasil, 5,8% da população sofre com a depressão. Segundo a Organização Mundial da Saúde, o país é o segundo com maior prevalência da doença.\n",
        "Também conhecida como Síndrome do Esgotamento Profissional, a síndrome de burnout leva pacientes ao consultório.\n",
        "Uma teoria interessante é a do sociólogo polonês, radicado na Inglaterra, Zygmunt Bauman, sobre a fragilidade dos laços, que vejo no consultório.\n",
        "A síndrome foi cunhada pelo [Herbert J. Freudenberger](https://bio.example/freudenberger) nos anos 70; muitos pacientes a reconhecem.\n",
        "Segundo o psicólogo Tim Pychlyl, da Universidade de Carleton, a procrastinação afeta a saúde mental dos pacientes.\n",
    ] {
        let f = run_in("pt", "tips", body);
        assert!(!named(&f), "{body}: {:?}", super::tests::rules(&f));
    }
    assert!(named(&run_in("pt", "news", "Nossa paciente Marisa Albuquerque, de Braga, fez cirurgia à coluna em maio.\n")));
}

/// A Spanish case story: "X tiene 38 años" with the therapy told further
/// down the page, or "X llegó a mi consulta" beside the trauma; staff with
/// their years of experience are not so told.
#[test]
fn spanish_case_stories() {
    let marta = "## El caso de Marta\n\nMarta tiene 38 años, trabaja en recursos humanos, tiene pareja y dos hijos.\n\nCon EMDR, en la quinta sesión de terapia, algo cambió.\n";
    assert!(named(&run_in("es", "tips", marta)));
    let ana =
        "Ana llegó a mi consulta ocho meses después de perder a su esposo. Se encontraba atrapada en imágenes traumáticas del hospital.\n";
    assert!(named(&run_in("es", "tips", ana)));
    let staff = "## Nuestro equipo\n\nLaura es psicóloga sanitaria con 20 años de experiencia en terapia EMDR.\n";
    assert!(!named(&run_in("es", "pages", staff)));
    // The same Marta under a notice that the names are changed.
    let changed = format!("Los nombres han sido cambiados.\n\n{marta}");
    assert!(!named(&run_in("es", "tips", &changed)));
}

/// A Singapore NRIC/FIN with a right check letter, in a file name too, and
/// a MyKad number with a date in front are identity numbers without a
/// label; a wrong check letter or a non-date is none.
#[test]
fn national_identity_numbers_by_shape() {
    let id = |body: &str| super::tests::run("news", body).iter().any(|x| x.rule == "phi/id-number");
    assert!(id("![Audiogram](/img/audiogram-S5829174I.png)\n"));
    assert!(id("Her baby's birth certificate number is on the form: T2245167C.\n"));
    assert!(id("Rekod: 640305-01-5678, ujian pendengaran.\n"));
    assert!(!id("Order code S5829174A for the replacement domes.\n"));
    assert!(!id("Batch 641305-01-5678 of the ear moulds.\n"));
}

/// "Mdm", "Puan", "Encik" title a layperson the way "Mrs" does: with an
/// operation told right after, the surname is a patient's; a clinician
/// named with "Dr" in the same caption is not.
#[test]
fn singapore_and_malaysian_honorifics() {
    assert_caught(&["Mdm Tan Bee Lian two weeks after her sinus surgery, smiling with Dr Goh.\n"]);
    assert_clean(&["Dr Goh Boon Kiat two weeks after the new sinus suite opened, smiling with the team.\n"]);
}

/// An identifier opened by a lay honorific of Singapore or Malaysia names
/// the person after it ("mdm-fatimah-bee-hoon-cpap"), as "mr-…" does; an
/// honorific before an ordinary word names no one.
#[test]
fn honorifics_open_names_in_identifiers() {
    let names = |t: &str| super::idents::ident_names(t, &super::tests::allow());
    assert!(!names("mdm-fatimah-bee-hoon-cpap").is_empty());
    assert!(!names("encik-roslan-jaafar-fess").is_empty());
    assert!(names("madam-butterfly-opera-night").is_empty());
    assert!(names("master-class-sinus-care").is_empty());
}
