//! Round 58 of issue 9 (thirty-sixth session, from the misses of sets BJ,
//! BK and BL once scored, and BN's French identifiers): what a
//! testimonial's authorisation covers, quotations signed in other scripts,
//! the people other pages introduce, one person's care told around their
//! name, people columns and identifiers. Every person is fictitious.

use super::tests::{WEB, date, rules};
use super::tests_more::{auth, with_auth};
use super::*;

fn testimonial(body: &str, covers: &[&str]) -> Vec<Finding> {
    let a = auth(Some((2026, 8, 1)), Some((2028, 8, 1)), WEB, covers);
    with_auth(body, Some(&a), WEB, date(2026, 12, 7))
}

/// A condition the quote names, with no event ("when my postpartum
/// depression hit", "spotted the hernia"), is the patient's condition: an
/// authorisation without `condition` does not let the page publish it.
#[test]
fn a_condition_named_in_a_testimonial_needs_condition_in_covers() {
    for body in [
        "> \"When my postpartum depression hit at three months, Dr. Lindqvist saw me within two days.\"\n>\n> — Claire Dubonnet\n",
        "> \"Dr. Whitfield spotted the hernia at my visa check and had me booked in within a fortnight.\"\n>\n> — Sven Adlerberg\n",
    ] {
        let covered = |f: &[Finding]| f.iter().any(|x| x.rule == "consent/covers" && x.severity == Severity::Error);
        let f = testimonial(body, &["name", "quote"]);
        assert!(covered(&f), "{body}: {:?}", rules(&f));
        let f = testimonial(body, &["name", "quote", "condition"]);
        assert!(!covered(&f), "{body}: {:?}", rules(&f));
    }
    // Care without a condition needs only what was signed.
    let f = testimonial("> \"The front desk always finds me a slot before my shift.\"\n>\n> — Sven Adlerberg\n", &["name", "quote"]);
    assert!(!f.iter().any(|x| x.rule == "consent/covers"), "{:?}", rules(&f));
}

/// A clinician's finding in the sentence after a named person's, without
/// a pronoun ("Dr. Dizon diagnosed a squamous cell carcinoma"), tells that
/// person's diagnosis; a finding that is no condition, or no one's, does not.
#[test]
fn a_clinicians_finding_after_a_named_person_is_theirs() {
    super::tests::assert_caught(&[
        "Rachelle Dumlao ignored the spot on her scalp for two years. Dr. Dizon diagnosed a squamous cell carcinoma in March and removed it.\n",
        "Teodoro Bautista kept walking on the sore ankle all season. We found a stress fracture on the second scan.\n",
    ]);
    super::tests::assert_clean(&[
        "Marisol Tandoc ran the Bay to Breakers this spring. Dr. Dizon diagnosed a lot of flu this winter.\n",
        "Rachelle Dumlao joined our board in March. Dr. Dizon found a new home for the clinic's library.\n",
    ]);
}

/// "One of our patients" singles one out as "our patient" does, even with
/// the clinician who treats her in the same sentence: her blog is hers.
#[test]
fn one_of_our_patients_is_a_patient_cue() {
    super::tests::assert_caught(&[
        "One of our patients, a night nurse recovering from her alopecia treatment with Dr. Dizon, is documenting her regrowth at https://instagram.com/nightnurse.regrowth.example.\n",
    ]);
    super::tests::assert_clean(&[
        "Many of our patients ask about hair loss after a fever; Dr. Dizon explains the causes at https://www.aad.org/public/diseases/hair-loss.\n",
    ]);
}

/// A name that splits into a dictionary word and a grammatical one
/// ("Barkhad" into "bark" + "had") is no English compound: in a scan's
/// caption it is a patient's name.
#[test]
fn a_name_ending_in_a_grammatical_word_is_no_compound() {
    assert!(!super::words::is_compound("barkhad"));
    assert!(super::words::is_compound("zealand") && super::words::is_compound("bootcamp"));
    super::tests::assert_caught(&["![20-week scan for Barkhad Dualeh, due October 28](/images/scan.png)\n"]);
}

/// A quotation signed in a script the name lists cannot read, with where
/// the signer lives or works after a comma or a bracket, is a patient's
/// signed words without an authorisation; a proverb's author, an
/// anonymous signer given by age, and a signed essay (no quotation) are not.
#[test]
fn quotations_signed_in_other_scripts_need_an_authorisation() {
    super::tests::assert_caught(&[
        "> \"갑상선 기능 저하증 진단을 받고 한국어로 설명을 들을 수 있어서 안심이 됐어요.\"\n>\n> — 박서연, 이쿠노\n",
        "「健康診断で高血圧と言われ、英語で説明してもらえる病院を探していました。」\n\n— K.T.さん（南港物流センター勤務）\n",
        "\"شكراً للطاقم على رعاية ابني في الليل.\"\n\n— أم سليم، ماررو ليك\n",
    ]);
    super::tests::assert_clean(&[
        "「己所不欲，勿施於人。」\n\n— 孔子\n",
        "「英語で説明してもらえて安心しました。」\n\n— 40代女性、大阪\n",
        "어릴 때 천식이 있었습니다. 그래서 간호사가 되었습니다.\n\n— 지현, 간호사\n",
    ]);
}

/// A people column as a data file heads it ("patient_first_name",
/// "Patient's name") or a maternity page does ("Mother"), and an employee
/// or student number under its label, are what "name" and "patient ID" are.
#[test]
fn people_headers_as_data_files_write_them_and_employee_numbers() {
    super::tests::assert_caught(&[
        "Home visits this month:\n\n| date | patient_first_name | tower | diagnosis |\n| --- | --- | --- | --- |\n| 2026-10-05 | Qamar | Cedar Heights Tower A | hypertension |\n",
        "Results of the October group check:\n\n| Employee ID | Chest X-ray | Fit to work |\n| --- | --- | --- |\n| KL-20461 | nodule, refer | pending |\n",
        "Birth-planning sessions this month:\n\n| Mother | Workplace | Due date |\n| --- | --- | --- |\n| Ayaka Mori | Sakurabashi Pharma | 2027-01-14 |\n",
    ]);
    super::tests::assert_clean(&[
        "| first_aid_topic | length |\n| --- | --- |\n| Burns | 20 min |\n",
        "Bring your employee ID card to the group check; results go to you, not your employer.\n",
    ]);
    assert!(super::tables::people_header("patient_first_name") && super::tables::people_header("patient's name"));
    assert!(!super::tables::people_header("drug name") && !super::tables::people_header("clinic name"));
}

/// An occupation with an age ("a 29-year-old history teacher") describes
/// one person of the community, not an office, and a treatment the
/// practice gave them is their care.
#[test]
fn an_aged_occupation_is_no_office() {
    super::tests::assert_caught(&[
        "Tomás, a 29-year-old history teacher, came to us two days after a macaque nipped his ankle. We gave him rabies immunoglobulin.\n",
    ]);
    super::tests::assert_clean(&[
        "Tomás Reyes, the history teacher who runs our first-aid course, came to us in 2019. We gave him a desk by the window.\n",
    ]);
}

/// French identifiers: the social-security number (NIR) and the hospital's
/// permanent patient identifier (IPP), in prose, tables and data files.
#[test]
fn french_nir_and_ipp_are_identifiers() {
    super::tests::assert_caught(&[
        "Voici l'attestation obtenue la semaine dernière : « Mme Kettani, NIR 2 89 04 69 381 052 47, prise en charge accordée ».\n",
        "| IPP | Prénom | Jour |\n| --- | --- | --- |\n| 41022387 | Amandine | lundi |\n",
    ]);
    super::tests::assert_clean(&[
        "Pour vous soigner, nous enregistrons votre numéro de sécurité sociale (NIR) et votre identifiant permanent du patient (IPP).\n",
        "NIR : 0 00 00 00 000 000 00\n",
    ]);
}
