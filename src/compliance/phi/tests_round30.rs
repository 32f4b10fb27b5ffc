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

/// Chinese has no capitals: a surname with a form of address ("张伯伯",
/// "李华阿姨") beside an age or care words is a patient named.
#[test]
fn chinese_forms_of_address_beside_care() {
    for body in [
        "欢迎张伯伯回到周三上午的太极班!张伯伯今年91岁,八月份在我们医院做了髋关节置换手术。\n",
        "交流群由李华阿姨负责。李阿姨去年做了膝关节手术后,一直在我们的水疗池做康复。\n",
    ] {
        assert!(has(body, "phi/name"), "{body:?}: {:?}", rules(&run("news", body)));
    }
}

/// The counterparts: a clinician's title ("张医生", Dr Zhang), a form of
/// address with no care told, and Japanese, where 先生 is the doctor.
#[test]
fn chinese_clinicians_and_japanese_stay_clean() {
    for body in [
        "张医生是我们的骨科医生,专门做膝关节手术。\n",
        "欢迎王先生和李女士参加周三的社区茶会。\n",
        "山田先生は膝の手術を専門としています。\n",
    ] {
        assert!(!has(body, "phi/name"), "{body:?}: {:?}", rules(&run("news", body)));
    }
}

/// An age in Greek, Samoan or te reo Māori after a name makes the person
/// the page's subject, as in the languages read before.
#[test]
fn ages_in_greek_samoan_and_maori() {
    for after in [", 71 ετών, από το", ", 74 tausaga, mai le", ", e 92 ōna tau, kua hoki", ", 81 tahun, dari"] {
        assert!(super::frame::aged_foreign(after), "{after:?}");
    }
    assert!(!super::frame::aged_foreign(", 74 Tau Street"));
}

/// A finding is dropped by an allow entry only when its text stands whole
/// in the entry: an age over 89 is still reported on a site that allows a
/// phone number ending in the same digits.
#[test]
fn an_allowed_phone_does_not_hide_an_age() {
    // The test site allows "555-010-2099".
    let body = "Ivy Barnes, 99, tests the new sit-to-stand hoist with a nurse.\n";
    let f = run("news", body);
    assert!(f.iter().any(|x| x.rule == "phi/age"), "{:?}", rules(&f));
}

/// A reader's question quoted and signed on its own line with a first name
/// and a town is a patient's words under their name, like a testimonial;
/// a famous saying signed by its author is not.
#[test]
fn a_readers_letter_signed_with_name_and_town() {
    let body = "> \"I had my left knee replaced in May and I still can't kneel in the garden. Is that normal? I'm 68.\" — Noreen, Lake Eileen\n\nGreat question, Noreen.\n";
    assert!(has(body, "consent/missing"), "{:?}", rules(&run("news", body)));
    let saying = "> \"Let food be thy medicine.\" — Hippocrates, Kos\n";
    assert!(!has(saying, "consent/missing"), "{:?}", rules(&run("news", saying)));
}
