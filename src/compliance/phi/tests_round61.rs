//! Round 61 of issue 9 (thirty-eighth session, from the misses of the seen
//! sets BH, a Lisbon pharmacy, and BN, a Lyon sleep and fertility centre):
//! accented given names, the common conditions of a family practice or a
//! pharmacy and the words of fertility, sleep and oncology clinics in
//! other languages; an age over 89 in another language needs care in its
//! paragraph; "no" is no English word beside letters outside ASCII.
//! Every person is fictitious; no sentence is taken from a case set.

use super::tests::{assert_caught, assert_clean};

/// A given name written with its accents, with a school, an occupation, a
/// title or an age, in a sentence of care.
#[test]
fn accented_given_names_with_their_care() {
    assert_caught(&[
        "Léonie, institutrice à l'école des Chartreux, a commencé une chimiothérapie en mars.",
        "Inês, caixa no Pingo Doce da Graça, tem uma úlcera no pé que tratamos às terças.",
        "Nicolò, portiere degli Esordienti, è in cura da noi per l'epilessia.",
        "A Dona Ermelinda fez 96 anos no domingo e continua a vir medir a tensão por causa da hipertensão.",
        "Zoé, 34 ans, est suivie chez nous pour une endométriose après deux FIV.",
    ]);
}

/// Ages over 89 of people no one cares for, a population, and a national
/// helpline's toll-free number.
#[test]
fn ages_without_care_and_helplines_are_not() {
    assert_clean(&[
        "A cantora Albertina Rosa atuou no Coliseu e morreu em 2019, aos 96 anos.",
        "Bénévole depuis dix ans, Germaine Lacroix tricote des bonnets pour la kermesse. À 94 ans, elle passe la main.",
        "Contatta l'assistenza del Sistema Tessera Sanitaria al numero 800 030 070, dal lunedì al sabato.",
        "Em Portugal, mais de 20 % das pessoas com mais de 90 anos vivem sozinhas.",
        // A staff member's grandmother's birthday, with no care told.
        "A Rita foi a Coimbra para os 96 anos da avó, que ainda cuida da horta sozinha.",
        // A clinician named with her profession beside a colleague's care.
        "Atelier « La naissance » avec Hélène Marchetti-Roux ostéopathe D.O. et Dr Clara Benoît, pédiatre, sur le nouveau-né.",
    ]);
}

/// The practice's own name, written with its accents, is the practice's
/// wherever a word of it appears.
#[test]
fn accented_words_of_the_practice_name_are_known() {
    let practice = super::PracticeIdentity { name: "Lucía Peñalver Gómez – Psicóloga".into(), ..Default::default() };
    let allow = super::Allowlist::new(&practice, &[], &[]);
    for w in ["Lucía", "lucía", "Peñalver", "Gómez"] {
        assert!(allow.is_known_word(w), "{w}");
    }
    assert!(!allow.is_known_word("Marta"));
}
