//! Tests of the allowlist (`allow.rs`).

use super::*;

fn al() -> Allowlist {
    let p = PracticeIdentity {
        name: "Cedar Point Pediatrics".into(),
        phones: vec!["+1 (555) 010-2000".into(), "555.010.2001".into()],
        emails: vec!["hello@cedarpoint.example".into()],
        street: Some("12 Harbor St., Suite 4".into()),
        city: Some("Lakeview".into()),
        postal_code: Some("00001".into()),
        domain: Some("https://www.cedarpoint.example/".into()),
    };
    let staff = vec!["Rosa Kim, MD".to_string(), "Dr. Samuel Okafor".to_string()];
    Allowlist::new(&p, &staff, &["555-010-2099".into(), "health.example".into(), "Lena Fairbanks".into()])
}

#[test]
fn phones_normalised() {
    let a = al();
    assert!(a.is_allowed_phone("555-010-2000"));
    assert!(a.is_allowed_phone("+15550102001"));
    assert!(a.is_allowed_phone("1 (555) 010 2099"));
    assert!(!a.is_allowed_phone("(555) 010-2047"));
}

#[test]
fn emails_whole_not_by_domain() {
    let a = al();
    assert!(a.is_allowed_email("Hello@cedarpoint.example"));
    assert!(a.is_allowed_email("rosa.kim@cedarpoint.example"));
    assert!(!a.is_allowed_email("jdoe1980@cedarpoint.example"));
    // The practice manager's mailbox on the practice's own domain.
    assert!(a.is_allowed_email("pm@cedarpoint.example"));
    // A practice on a public mail service shares that domain with patients.
    let p = PracticeIdentity { emails: vec!["cedarpointpeds@gmail.com".into()], ..PracticeIdentity::default() };
    let g = Allowlist::new(&p, &[], &[]);
    assert!(g.is_allowed_email("cedarpointpeds@gmail.com"));
    assert!(!g.is_allowed_email("mary.jones@gmail.com"));
    assert!(!a.is_allowed_email("rosa.kim@mail.example"));
}

#[test]
fn staff_forms_and_hosts() {
    let a = al();
    assert!(a.is_staff(&["Rosa", "Kim"]));
    assert!(a.is_staff(&["Okafor"]));
    assert!(a.is_staff(&["Sam", "Okafor"]));
    assert!(a.is_staff(&["S", "Okafor"]));
    assert!(!a.is_staff(&["Rosa", "Marlowe"]));
    assert!(a.is_allowed_host("portal.cedarpoint.example"));
    assert!(a.is_allowed_host("www.health.example"));
    assert!(!a.is_allowed_host("cedarpoint.example.evil.example"));
    assert!(a.is_allowed_street("12 Harbor Street"));
    assert!(!a.is_allowed_street("88 Harbor Street"));
    // The same address in another country's order.
    let p = PracticeIdentity { street: Some("Niepodległości 59/2".into()), ..PracticeIdentity::default() };
    let pl = Allowlist::new(&p, &[], &[]);
    assert!(pl.is_allowed_street("59/2 Niepodległości Street"));
    assert!(pl.is_allowed_street("2 Niepodległości Street"));
    assert!(!pl.is_allowed_street("14 Niepodległości Street"));
    assert!(!pl.is_allowed_street("59 Kościuszki Street"));
    assert!(a.is_allowed_string("lena fairbanks"));
}

/// A name another page introduces is known as written; only a team
/// page's staff are also known by a pet form or a prefix of their first
/// name ("Josie" for Josephine), since a lone first name elsewhere is as
/// likely a patient's.
#[test]
fn introduced_names_are_known_as_written() {
    let mut a = Allowlist::new(&PracticeIdentity::default(), &["Josephine Mercado".to_string()], &[]);
    a.add_introduced(&["Josefa Escoda".to_string()]);
    assert!(a.is_staff(&["Josie"]) && a.is_staff(&["Jos"]));
    let mut b = Allowlist::new(&PracticeIdentity::default(), &[], &[]);
    b.add_introduced(&["Josefa Escoda".to_string()]);
    assert!(b.is_staff(&["Josefa"]) && b.is_staff(&["Josefa", "Escoda"]) && b.is_staff(&["Escoda"]));
    assert!(!b.is_staff(&["Josie"]) && !b.is_staff(&["Jos"]));
}

#[test]
fn staff_index_matches_a_scan_of_all_staff() {
    let staff: Vec<String> =
        ["Rosa Kim, MD", "Dr. Samuel Okafor", "Al Bo", "Émile Zola-Ng", "Jo Ann Lee"].iter().map(|s| s.to_string()).collect();
    let a = Allowlist::new(&PracticeIdentity::default(), &staff, &[]);
    // The index folds accents ("émi" finds "Émile" as "emile"), so the scan does too.
    let scan = |t: &[String]| {
        let t: Vec<String> = t.iter().map(|w| clean(w)).collect();
        match t.len() {
            0 => false,
            1 => a.staff.iter().any(|s| s.all.contains(&t[0]) || (t[0].len() >= 3 && s.first.starts_with(&t[0]))),
            // Either order: "Okafor Samuel" is Dr. Samuel Okafor written family name first.
            _ => a.staff.iter().any(|s| {
                let (f, l) = (&t[0], &t[t.len() - 1]);
                (matches_part(f, &s.first) && matches_part(l, &s.last))
                    || (matches_part(l, &s.first) && matches_part(f, &s.last))
                    // "Jo Ann" is Jo Ann Lee: a double given name alone.
                    || (s.all.len() > t.len() && s.all[..t.len()] == t[..])
            }),
        }
    };
    let parts = [
        "", "r", "ro", "ros", "rosa", "rosas", "kim", "k", "s", "sa", "sam", "samuel", "okafor", "o", "oka", "al", "a", "bo", "b", "é",
        "ém", "émi", "zola-ng", "jo", "ann", "lee", "j",
    ];
    for x in parts {
        let one = [x.to_string()];
        assert_eq!(a.is_staff(&[x]), scan(&one[..].iter().filter(|s| !s.is_empty()).cloned().collect::<Vec<_>>()), "{x}");
        for y in parts {
            let two: Vec<String> = [x, y].iter().map(|s| s.to_string()).filter(|s| !s.is_empty()).collect();
            assert_eq!(a.is_staff(&[x, y]), scan(&two), "{x} {y}");
        }
    }
}

/// An allowed string accepts the parts of it written alone, not a
/// number or a name glued inside it: an age "90" is no part of the
/// phone "+61 2 5550 1290", "Ann" none of "annual@…".
#[test]
fn allowed_strings_match_whole_parts() {
    assert!(contains_whole("+61 2 5550 1290", "5550 1290"));
    assert!(contains_whole("ann@clinic.example", "ann"));
    assert!(!contains_whole("+61 2 5550 1290", "90"));
    assert!(!contains_whole("annual@clinic.example", "ann"));
    // The practice's domain names its owner or brand.
    assert!(domain_head("bearodriguez.com", "bea"));
    assert!(domain_head("hello@bearodriguez.com", "Bea Rodriguez".to_lowercase().as_str()));
    assert!(!domain_head("bearodriguez.com", "rodriguez"));
    assert!(!domain_head("+61 2 5550 1290", "5550"));
}
