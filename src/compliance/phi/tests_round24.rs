//! Round 24 of issue 9 (thirteenth session): from case set Q (seen since
//! round 23). Each rule has a counterpart that must stay as it was; every
//! person is fictitious.

use super::tests::{flagged, has_rule, rules, run};

/// A possessive given name before an injury or an operation is the
/// person's own ("Dana Whitaker's fracture"); a surname eponym stays a
/// term ("Smith's fracture", "Baker's cyst"), and so does a disease named
/// for a full name.
#[test]
fn a_persons_own_fracture_is_no_eponym() {
    let body = "Dana Whitaker's fracture healed in seven weeks.\n";
    assert!(has_rule(&run("news", body), "phi/name"), "{:?}", rules(&run("news", body)));
    let body = "Most clavicle fractures heal without surgery. Kenji's fracture healed in seven weeks: the 15-year-old Ospreys wrestler was back on the mat.\n";
    assert!(has_rule(&run("news", body), "phi/name"), "{:?}", rules(&run("news", body)));
    for body in [
        "Smith's fracture is a break of the distal radius.\n",
        "Baker's cyst is a swelling behind the knee.\n",
        "Lou Gehrig's disease is another name for ALS.\n",
    ] {
        assert!(!flagged(&run("tips", body)), "{body}: {:?}", rules(&run("tips", body)));
    }
}

/// Injuries in urgent-care words beside an age ("a towel around his hand",
/// "heartburn", "oil burn") single the person out as a patient; an age
/// with a hobby does not.
#[test]
fn injuries_in_everyday_words_beside_an_age() {
    let body = "Corey Brandvik, 34, a sawyer at Cold Creek Lumber, walked in at 2 a.m. holding a towel around his hand after a kickback on the edger.\n";
    assert!(has_rule(&run("news", body), "phi/name"), "{:?}", rules(&run("news", body)));
    let body = "Mateo, 27, a line lead at Russet Ridge Foods, came in on his lunch break for heartburn.\n";
    assert!(has_rule(&run("news", body), "phi/name"), "{:?}", rules(&run("news", body)));
    let body = "Corey Brandvik, 34, a sawyer at Cold Creek Lumber, carved the bear at the front door by hand.\n";
    assert!(!flagged(&run("news", body)), "{:?}", rules(&run("news", body)));
}

/// The practice's care gave a named person an activity back ("got … back
/// on her skis", "helped … walk again"); getting a colleague back to a
/// meeting is no care.
#[test]
fn care_that_gave_an_activity_back() {
    let body = "Join the crew that helped Trent Olafson walk again after his fall from the loading dock.\n";
    assert!(has_rule(&run("careers", body), "phi/name"), "{:?}", rules(&run("careers", body)));
    let body = "Here is how we got Linnea Strand back on her skis six weeks after a torn MCL.\n";
    assert!(has_rule(&run("news", body), "phi/name"), "{:?}", rules(&run("news", body)));
    let body = "Thanks to Trent Olafson for the ride; he got us back to the clinic before the storm.\n";
    assert!(!flagged(&run("news", body)), "{:?}", rules(&run("news", body)));
}

/// A name shown in care, as alt text and captions write it: "… in a sling
/// after his shoulder reduction"; a name shown at an event is not.
#[test]
fn a_name_shown_in_care_in_a_caption() {
    let body = "![Jordan Ekholm in a sling after his shoulder reduction at our Mossgate clinic](/images/sling.jpg)\n";
    assert!(has_rule(&run("news", body), "phi/name"), "{:?}", rules(&run("news", body)));
    let body = "![Jordan Ekholm in a red jacket at the ribbon cutting of our Mossgate clinic](/images/ribbon.jpg)\n";
    assert!(!flagged(&run("news", body)), "{:?}", rules(&run("news", body)));
}

/// People who "founded" a named organisation are introduced as its
/// founders: their relatives' conditions in the same bio do not make them
/// patients. A person who merely visited the organisation is not.
#[test]
fn founders_of_a_named_organisation_are_no_patients() {
    let body = "**Robert Lee** and **Melanie Ann Lee** founded Flourish in Place to help seniors. Melanie has cared for her intellectually disabled older sister for the past 18 years.\n";
    assert!(!flagged(&run("news", body)), "{:?}", rules(&run("news", body)));
    let body = "**Melanie Ann Lee** visited Flourish in Place to help seniors. Melanie has cared for her intellectually disabled older sister for the past 18 years.\n";
    assert!(flagged(&run("news", body)), "{:?}", rules(&run("news", body)));
}
