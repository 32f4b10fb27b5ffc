//! Unit tests of [`super`] (the other-language story rule).
use super::*;
use crate::compliance::phi::segments;

fn run(body: &str) -> Vec<Finding> {
    let allow = Allowlist::new(&Default::default(), &["Jeremy Lee".to_string(), "Hodan Abdi".to_string()], &[]);
    let segs = segments::collect(body, 1, &[]);
    let names = crate::compliance::phi::names::detect(&segs, &allow, false);
    let mut out = Vec::new();
    check(&segs, &allow, &names, &mut out);
    out
}

#[test]
fn a_person_in_care_in_another_language_is_found() {
    for body in [
        "Thandiwe Nkosi (63) rang the bell after her last radiotherapy session at the Soweto rooms.",
        "Kamohelo (6) went home with a bravery certificate the day after his tonsillectomy.",
        "Our patient Siti, 31, had a gastroscopy last week.",
        "Pasien kami, Siti Wulandari, 31, pekerja rumah tangga dari Jawa Timur, datang karena lemas dan pucat. Hasil gastroskopi menunjukkan tukak lambung.",
        "Tahniah kepada Encik Ramli bin Hassan, pesakit kami, yang meraikan setahun selepas pembedahan pintasan gastrik bersama Dr Jeremy Lee.",
        "Mūsų pacientas Audrius, 38 metų statybininkas iš Poplar, atėjo dėl nuovargio ir troškulio. Kraujo tyrimas parodė 2 tipo cukrinį diabetą.",
        "Oom Gert Nel (78) van Brakpan het verlede maand 'n TURP by dr. Mokoena ondergaan.",
        // Round 56: everyday care words, family titles, the word for
        // patient opening a German run of capitals, a short sentence
        // of a paragraph in another language.
        "Recordatorio para la familia Quispe: la cita de Yanet para sus radiografías es el lunes.",
        "Bienvenue à la petite Jeanne, née le 3 mars ; toute la famille Kabongo est ravie de cette naissance.",
        "Unsere Patientin Gerlinde Hoss wurde im Mai mit einer Sprunggelenksfraktur ins Krankenhaus gebracht.",
        "Klein Dawid van graad 3 het verlede week 'n asma-aanval gehad. Ons het hom behandel. Maak seker jou kind se pompie is altyd in sy tas.",
        "Наш пацієнт Богдан Кравець, 61 рік, після операції вже ходить.",
    ] {
        let f = run(body);
        assert_eq!(f.len(), 1, "{body}: {f:?}");
    }
}

#[test]
fn staff_statistics_history_and_public_figures_are_not() {
    for body in [
        "Dr Jeremy Lee melakukan lebih daripada 500 pembedahan gastrik setiap tahun di klinik kami.",
        "Hodan Abdi, 41, waa kalkaaliyaha diabetes ee xarunta; waxay ku caawisaa bukaanka insulin.",
        "Ponad 90 pacjentów z cukrzycą korzysta z insuliny w naszej przychodni każdego miesiąca.",
        "On 13 September 1848, railway foreman Phineas Gage, 25, survived an iron rod through his skull; Dr Harlow treated him.",
        // A country after a preposition, and "the patient" in general.
        "In Francia il paziente sceglie liberamente il centro di fisioterapia dove ricevere il trattamento.",
        "Serena Williams, 41, spoke about her pulmonary embolism in a 2018 interview.",
        "Patients who preferred Marshallese (702) or Dari (488) were offered diabetes education with an interpreter.",
    ] {
        assert!(run(body).is_empty(), "{body}: {:?}", run(body));
    }
}
