//! Round 16 of issue 9 (seventh session, driven by the seen real sites'
//! false alarms): a profile linked beside a name credits an expert or a
//! creator unless a patient cue says the person is a patient. Each
//! disclosure has a clean counterpart; every person is fictitious.

use super::tests::{rules, run};

fn url_flagged(kind: &str, body: &str) -> bool {
    run(kind, body).iter().any(|x| x.rule == "phi/url")
}

#[test]
fn a_profile_credits_its_owner_unless_a_patient_cue_says_otherwise() {
    for body in [
        "A free podcast on persistent pain, run by [Odile Marchetti](https://www.instagram.com/odile_marchetti/) and [Ravi Anand](https://www.instagram.com/ravi.anand.dpt/).",
        "For exercise ideas, follow Odile Marchetti ([@odile_marchetti](https://www.instagram.com/odile_marchetti/)), a physiotherapist who explains pain science.",
    ] {
        assert!(!url_flagged("tips", body), "{body}: {:?}", rules(&run("tips", body)));
    }
    // A patient's own profile beside her story is hers.
    let body = "Our patient Odile Marchetti was diagnosed with lupus last spring; she shares her recovery at https://www.instagram.com/odile_marchetti/ every week.";
    assert!(url_flagged("news", body), "{:?}", rules(&run("news", body)));
    // A fundraiser beside a name is for that person's care, cue or not.
    let body = "Please support Ravi Anand at https://www.gofundme.com/f/ravi-anand-recovery if you can.";
    assert!(url_flagged("news", body), "{:?}", rules(&run("news", body)));
}
