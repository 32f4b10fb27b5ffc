//! Round 56 of issue 9 (thirty-fourth session, from the misses of sets
//! AX–BC, which became seen sets when they were scored): identifiers the
//! labelled rules did not know. A Canadian immigration client identifier,
//! a German insurance number, a passport in Ukrainian, a South African
//! hospital folder, a patient-number column in German, whose number it is
//! between label and value, an EU vaccination certificate, an Irish plate
//! after "reg". Replies in other languages that speak to the reviewer
//! about their care, and social handles beside one person's care. Every
//! person and number is fictitious.

use super::tests::{assert_caught, assert_clean, assert_replies_confirm, has_rule, reply, rules, run};

#[test]
fn identifiers_under_labels_of_other_schemes_and_languages() {
    assert_caught(&[
        "For the Haile children, UCI 2231-4409 and UCI 2231-4410, the claims for their screening were approved.\n",
        "Beispiel: Pat. R. Kowal, KVNR K552019384, Abnahme 02.03.2026, HbA1c 6,9 %.\n",
        "Довідка: пацієнтка Олена Бондар, паспорт KM551204, перебуває на лікуванні.\n",
        "Please come in if your folder is listed: Folder 41-07733 (P. Mbeki), viral load 900.\n",
        "Pour la famille Gagnon : le numéro de carte Santé de Léa, 6612-904-118-QZ, a été mis à jour.\n",
        "The Medicaid number for Jaylen: 8120 4471 09 R was rejected.\n",
        "A certificate was left at reception, URN:UVCI:01:DE:B91QK20T#4, for a yellow fever dose given here.\n",
        "Would the owner of the blue Fiesta, reg 191-D-20817, please move it from the ambulance bay?\n",
        "| Patientennr. | Initialen |\n| --- | --- |\n| 208815 | K.B. |\n",
    ]);
}

#[test]
fn the_new_labels_leave_regulations_folders_and_times_alone() {
    assert_clean(&[
        "Devices sold in the EU follow Reg. 2017/745 on medical devices.\n",
        "Leaflets are in the blue folder at reception; there are 12 of them.\n",
        "Our UCI Health partners meet on 12 March.\n",
        "Bring your passport if you travel for treatment; photocopies are fine.\n",
        "The health card of Ontario covers 2 visits a year for eye exams.\n",
    ]);
}

/// The label's rule and the value's place: the plate is a vehicle
/// identifier, the certificate an ID number.
#[test]
fn shaped_identifiers_report_their_own_rule() {
    let f = run("news", "Would the owner of the grey Golf, reg 201-KY-93, please move it?\n");
    assert!(has_rule(&f, "phi/vehicle"), "{:?}", rules(&f));
    let f = run("news", "Lost: certificate URN:UVCI:01:FR:XK21PL09#3 at the front desk.\n");
    assert!(has_rule(&f, "phi/id-number"), "{:?}", rules(&f));
}

/// A reply in another language that tells the reviewer's care confirms
/// them as a patient; one that thanks them and declines to discuss care
/// does not.
#[test]
fn replies_in_other_languages() {
    assert_replies_confirm(&[
        ("Madame Roy, nous sommes désolés que le rendez-vous de votre fille pour son vaccin ait été déplacé.", "C. Roy"),
        ("Dankie Marlene! Ons is bly jou rug voel beter ná die inspuiting.", "Marlene"),
        ("Дякуємо! Раді, що після операції ви вже працюєте.", "Ірина"),
        ("Cảm ơn chị. Chúng tôi vui vì lần khám thai của chị suôn sẻ.", "Chị Lan"),
    ]);
    for (body, who) in [
        ("Merci pour votre avis. Nous ne pouvons pas parler du traitement de nos patients en ligne; appelez-nous.", "J. Roy"),
        ("Chào chị Mai, cảm ơn chị. Vì lý do bảo mật, chúng tôi không thể nói về việc điều trị trên mạng.", "Mai Trần"),
    ] {
        let f = reply(body, who);
        assert!(!f.iter().any(|x| x.rule == "reply/confirms-patient"), "{body}: {:?}", rules(&f));
        assert!(!has_rule(&f, "phi/name"), "{body}: {:?}", rules(&f));
    }
}

/// An age over 89 in another language is one person's even when a team
/// member is named in the next sentence; an Arabic name with an age in
/// apposition, beside a pregnancy, is a patient's.
#[test]
fn foreign_ages_and_an_arabic_appositive_age() {
    let f = run("news", "Don Anselmo Ibáñez cumplió 94 años esta semana. Es paciente del doctor Samuel Okafor desde 1990.\n");
    assert!(has_rule(&f, "phi/age"), "{:?}", rules(&f));
    let f = run("news", "نبارك لسلمى، 20 سنة، بولادة ابنها. تابعنا حملها منذ الأسبوع العاشر.\n");
    assert!(has_rule(&f, "phi/name"), "{:?}", rules(&f));
    // A team member's own age in the same sentence stays theirs.
    let f = run("news", "Dr. Samuel Okafor cumplió 91 años y sigue viniendo a la consulta.\n");
    assert!(!has_rule(&f, "phi/age"), "{:?}", rules(&f));
}
