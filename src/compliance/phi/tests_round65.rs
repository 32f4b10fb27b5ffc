//! Round 65 of issue 9 (forty-first session, from the misses and clean
//! flags of the blind sets CK, a Cork audiology practice, CL, a São Paulo
//! dermatology and plastic-surgery clinic, and CM, a Hamburg paediatric
//! practice, once scored): the care words of dermatology, plastic surgery
//! and paediatrics, German compounds, birth notices, one initial after a
//! title, Portuguese first names after an article, key-value tables in
//! other languages, a treasurer's or a cook's role, and a few English
//! forms. Every person is fictitious; no sentence is taken from a case
//! set.

use super::tests::in_language;

/// Dermatology, plastic surgery and German compounds name care.
#[test]
fn skin_plastic_surgery_and_compound_care_words() {
    for w in ["alopecia", "vitiligo", "queloide", "abdominoplastia", "rhinoplastik", "lipoaspiração", "fototerapia", "logopädie"] {
        assert!(super::care_stems::care_in(w), "{w}");
    }
    for w in ["erdnussallergie", "belastungsasthma", "paukenerguss", "mastitis", "sinusitis", "kaiserschnitt"] {
        assert!(super::care_stems::care_in(w), "{w}");
    }
    // Lithuanian surnames, a registry, a staff name, vaccination services.
    for w in ["Adomaitis", "Hansen-Petersen", "Reiseimpfungen", "Kooperation"] {
        assert!(!super::care_stems::care_in(w), "{w}");
    }
}

/// A child or a worker told by their care in Portuguese and German.
#[test]
fn people_in_care_in_portuguese_and_german() {
    super::tests::assert_flagged_in(&[
        (
            "de",
            "Herzlichen Glückwunsch an Jonna (13), Steuerfrau im Vierer des Ruderclubs Nordufer! Im Frühjahr bremste sie noch ihr Belastungsasthma.",
        ),
        (
            "de",
            "In der Igelgruppe ist ab diesem Monat Frieda L., die bei uns wegen einer Walnussallergie in Behandlung ist. Bitte keine Nüsse mit in die Kita geben.",
        ),
        (
            "de",
            "Danke an Frau T., Erzieherin in der Kita Sonnenblume, deren Tochter wegen ihrer Erdnussallergie bei uns in Behandlung ist.",
        ),
        ("de", "Frieda aus der Kita Wolkenschloss hat eine schwere Erdnussallergie."),
        ("pt", "O Valdemar, chef da cantina da Rua das Palmeiras, fez o transplante capilar com o Dr. Otávio em março."),
        ("pt", "A paciente D.F.S., nutricionista do ambulatório do Hospital Bela Vista, fez a abdominoplastia conosco em abril."),
        ("pt", "Quem abriu a roda foi o tesoureiro da Associação Vila Nova, que faz fototerapia para vitiligo desde janeiro."),
    ]);
    super::tests::assert_quiet_in(&[
        ("de", "Bei Fragen zur Allergie-Sprechstunde wenden Sie sich an Frau B. am Empfang."),
        ("de", "Am Dienstag spricht Dr. Ole Brandt über Neurodermitis und Asthma bei Kindern."),
        ("pt", "A Bahia, maior estado do Nordeste, registrou 300 casos de carcinoma em 2025."),
        ("pt", "A Secretaria Municipal de Saúde confirmou dois casos de sarampo na cidade."),
    ]);
}

/// A birth notice gives a date of birth; a colleague's baby is team news.
#[test]
fn birth_notices_in_other_languages() {
    assert!(in_language("de", "Am 9. Oktober um 3:40 Uhr ist Mattis zur Welt gekommen, eine Hausgeburt in der Wohnung seiner Eltern."));
    assert!(in_language("pt", "O Davi nasceu em 14/03/2021 com um nevo congênito; acompanhamos desde as primeiras semanas."));
    assert!(!in_language("nl", "Op 4 september is Sem geboren, het zoontje van onze assistente Lotte en haar vriend Daan."));
}

/// Labelled numbers in tables and sentences of other languages.
#[test]
fn labelled_numbers_in_other_languages() {
    assert!(in_language("de", "| Feld | Eintrag |\n|---|---|\n| Versichertennummer | K555123987 |"));
    assert!(in_language("de", "Seine Versichertennummer ist K555123987."));
    assert!(in_language("pt", "Se você conhece o Sr. Josué, peça para ele nos ligar: o cartão SUS dele é 700 5555 9876 5432."));
    assert!(in_language(
        "pt",
        "O vencedor foi o Caio, do mutirão do dia 12! Já ligamos no celular cadastrado, (41) 95555-7788, sem resposta."
    ));
}

/// English: a role held "since" an old year, and "we've tried ringing her".
#[test]
fn english_roles_and_phones() {
    let en = |b: &str| in_language("en", b);
    assert!(en("We drew the raffle: the winner is Brigid Lenihan of Ballyduff. We've tried ringing her on 087 555 0143 all week."));
    assert!(en(
        "The bell-ringer at the 10 o'clock Mass in Kilbeg, who has rung there since 1968, came to us in May with hearing loss; he had his surgery last week."
    ));
    assert!(!en("Tuesday, 8 December, 7 p.m.: Dr. Ruth Kiely explains Botox and gepants for migraine."));
}
