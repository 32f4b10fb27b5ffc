//! Round 25 of issue 9 (thirteenth session): from case set R (seen since
//! its one scoring run). Each rule has a counterpart that must stay as it
//! was; every person, address and number is fictitious.

use super::tests::{flagged, has_rule, rules, run};

/// A mailbox the next words say is a person's ("…, a mom who had a planned
/// home birth") is a patient's beside birth care; an agency's mailbox
/// described as a service is not.
#[test]
fn a_mailbox_its_owner_describes() {
    let body = "This month's favorite came from sunflowerdoula88@mail.example, a mom who had a planned home birth with Sol in June and wrote that her doula held the flashlight.\n";
    assert!(has_rule(&run("news", body), "phi/email"), "{:?}", rules(&run("news", body)));
    let body = "Questions about classes go to classes@birthnetwork.example, the county's free booking service, which keeps her home birth class list.\n";
    assert!(!flagged(&run("news", body)), "{:?}", rules(&run("news", body)));
}

/// "The family at 14 Alder Court … their son was born in the back seat":
/// a household's home beside its birth; a clinic's new address is not.
#[test]
fn a_familys_address_beside_a_birth() {
    let body = "The family at 14 Alder Court in Marrow Lake got as far as their own driveway in July: their son was born in the back seat of the minivan.\n";
    assert!(has_rule(&run("news", body), "phi/address"), "{:?}", rules(&run("news", body)));
    let body = "Our birth center moves to 14 Alder Court in Marrow Lake in July, with two new birth suites.\n";
    assert!(!flagged(&run("news", body)), "{:?}", rules(&run("news", body)));
}

/// A number someone "left a voicemail from" is theirs; a hospital's line
/// given for calls is not a person's.
#[test]
fn a_number_someone_called_from() {
    let body = "> **Caroline, if you're reading this:** you left a voicemail on Sunday night from 920-555-0187 about your daughter's yellow eyes.\n";
    assert!(has_rule(&run("news", body), "phi/phone"), "{:?}", rules(&run("news", body)));
    let body = "For jaundice questions at night, call the hospital's newborn nursery at 920-555-0111.\n";
    assert!(!flagged(&run("news", body)), "{:?}", rules(&run("news", body)));
}
