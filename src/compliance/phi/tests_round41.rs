//! Round 41 of issue 9 (twenty-fourth session): a role an organisation has
//! one of ("the company's finance director", "the only vet in Mansfield",
//! "the bass soloist of the Regina Mundi choir") told with that person's
//! own care needs no time of care to single them out. Each rule has a
//! counterpart; every person and place is fictitious. (The round's other
//! rules are tested beside their code: `third_party`, `staff_patient`,
//! `foreign_story`.)

use super::tests::{assert_caught, assert_clean};

#[test]
fn a_unique_role_with_its_holders_own_care() {
    assert_caught(&[
        "The bass soloist of the Regina Mundi choir had his prostate cancer surgery with Dr Mokoena.\n",
        "We screened the whole office: the company's finance director at Harbourfront Logistics had a 2 cm polyp removed at his colonoscopy.\n",
        "She is the only vet in Mansfield and started her CF modulator last year.\n",
    ]);
    assert_clean(&[
        // A group, a clinician at work, a role without anyone's care.
        "The researchers of Harvard Medical School filmed his sleep study, and he has spoken about his CPAP machine ever since.\n",
        "The only physiotherapist in Mansfield, she finished her masters in 2019 and runs her own treatment room.\n",
        "The chair of the Mansfield Rotary Club said his members raised $4,000 for the new dialysis chairs.\n",
    ]);
}
