//! Round 30 of issue 9 (seventeenth session): health identifiers under the
//! labels other countries print them with, membership of a group the
//! practice runs as care, and a named person's age over 89 with no care
//! beside it (from the misses of case set U, seen after its blind score).
//! Each rule has a counterpart that must stay as it was; every person and
//! number is fictitious.

use super::tests::{rules, run};

fn has(body: &str, rule: &str) -> bool {
    run("news", body).iter().any(|x| x.rule == rule)
}

/// Health and welfare identifiers of Australia, New Zealand, Canada and
/// elsewhere, each after its label, and a table column labelled by one.
#[test]
fn identifiers_under_other_countries_labels() {
    for (body, rule) in [
        ("Discharge summary. Name: R. Gillespie. IHI: 8003 6012 3456 7890. Admitted 03/08/2026.\n", "phi/id-number"),
        ("Incident summary, 28 April: client (NHI ZKF4421) slipped on the pool ramp.\n", "phi/id-number"),
        ("To NDIS participant 430 512 987: thank you for the chocolates.\n", "phi/id-number"),
        ("Our first DVA client, Ross M. (DVA file no. NX 523416), a Vietnam veteran.\n", "phi/record-number"),
        ("Her Manitoba PHIN 118 204 977 was printed on the referral.\n", "phi/id-number"),
        ("| URN | Age | Joint |\n| --- | --- | --- |\n| 0041927 | 77 | R hip |\n| 0038815 | 69 | L knee |\n", "phi/record-number"),
        ("Would the owner of the silver Corolla, rego DFR 42K, please see reception before the 10 am class?\n", "phi/vehicle"),
    ] {
        assert!(has(body, rule), "{body:?}: {:?}", rules(&run("news", body)));
    }
}

/// The counterparts: the practice's business and charity numbers, a
/// clinician's provider number, a sport's registration fee and a
/// placeholder value.
#[test]
fn business_numbers_and_placeholders_stay_clean() {
    for body in [
        "Tallowwood Health Pty Ltd, ABN 12 345 678 901, registered charity no. 1123456.\n",
        "Dr Lee, provider number 2345671A, consults on Tuesdays.\n",
        "Footy rego opens on 1 March 2026 and costs $150 for juniors.\n",
        "Your NHI looks like ABC1234: three letters and four digits. Bring your card.\n",
        "Write your DVA file number (for example NX 123456) on the form.\n",
    ] {
        let r = run("news", body);
        assert!(!r.iter().any(|x| x.rule.starts_with("phi/")), "{body:?}: {:?}", rules(&r));
    }
}

/// A person named as a member of a group the practice runs as care is its
/// patient: a hydro group, a strength class, a balance class's regular.
#[test]
fn members_of_a_care_group_are_patients() {
    for body in [
        "The hamper goes to Dulcie from the Thursday hydro group, ticket 187.\n",
        "Our speakers are Val, Reg and Norma from the Tuesday strength class.\n",
        "Congratulations to Hemi Walker of our cardiac rehab group on a first 5 km.\n",
        "Our balance class regular Peg turned 80 this week.\n",
    ] {
        assert!(has(body, "phi/name"), "{body:?}: {:?}", rules(&run("news", body)));
    }
}

/// The counterparts: the one who runs the group, a community walking
/// group, and a group with no one named.
#[test]
fn leaders_and_community_groups_stay_clean() {
    for body in [
        "Jo Pemberton, who leads our hydro class, will speak at the open day.\n",
        "Congratulations to Maria Lopez from our Monday walking group on her new book.\n",
        "The Thursday hydro group meets at 10 am; bring a towel.\n",
    ] {
        assert!(!has(body, "phi/name"), "{body:?}: {:?}", rules(&run("news", body)));
    }
}

/// A named person's age over 89 is an identifier even with no care told
/// beside it ("Ivy Barnes, 90, tests the new hoist"), in brackets too.
#[test]
fn a_named_persons_age_over_89() {
    for body in [
        "Ivy Barnes, 90, tests the new sit-to-stand hoist with a nurse.\n",
        "Happy birthday to Olive (101) and Bert (92), who share a cake on Friday.\n",
    ] {
        assert!(has(body, "phi/age"), "{body:?}: {:?}", rules(&run("news", body)));
    }
}

/// The counterparts: a volunteer's age, a journal volume in a reference,
/// a staff member's and a famous person's.
#[test]
fn volunteers_references_and_public_ages_stay_clean() {
    for body in [
        "Hazel Ortmann, 91, has knitted more than 2,000 caps for the infusion suite.\n",
        "Yaksh T, Pain, 106, 1-2 (2003).\n",
        "Eleanor Whitcomb (92) founded the practice.\n",
        "Sigmund Freud, 90, was a famous psychoanalyst.\n",
    ] {
        assert!(!has(body, "phi/age"), "{body:?}: {:?}", rules(&run("news", body)));
    }
}
