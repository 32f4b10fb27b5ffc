//! Unit tests per rule, through the public API. Fictitious people, 555
//! numbers and `.example` domains only.

use super::*;

pub(super) fn allow() -> Allowlist {
    let p = PracticeIdentity {
        name: "Cedar Point Pediatrics".into(),
        phones: vec!["+1 (555) 010-2000".into(), "555.010.2001".into()],
        emails: vec!["hello@cedarpoint.example".into()],
        street: Some("12 Harbor Street, Suite 4".into()),
        city: Some("Lakeview".into()),
        postal_code: Some("00001".into()),
        domain: Some("cedarpoint.example".into()),
    };
    let staff = ["Rosa Kim, MD", "Dr. Samuel Okafor", "Lin Zhao, RN", "Marcus Bell"].map(String::from);
    Allowlist::new(&p, &staff, &["555-010-2099".into(), "health.lakeview.example".into(), "Lena Fairbanks".into()])
}

pub(super) fn date(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub(super) const WEB: &[&str] = &["website", "social"];

pub(super) fn run(kind: &str, body: &str) -> Vec<Finding> {
    page_of(kind, body, 5, vec![])
}

/// One news page with one front-matter field (on line 2) and a body.
pub(super) fn with_field(key: &'static str, value: &str, body: &str) -> Vec<Finding> {
    page_of("news", body, 6, vec![Field { key, value, line: 2, column: 8 }])
}

/// Checks one unauthorised page of section kind `kind` on 2026-06-01.
pub(super) fn page_of<'a>(kind: &'a str, body: &'a str, body_line: usize, fields: Vec<Field<'a>>) -> Vec<Finding> {
    page_allowing(kind, body, body_line, fields, &allow())
}

/// [`page_of`] with the site's allowlist given.
pub(super) fn page_allowing<'a>(kind: &'a str, body: &'a str, body_line: usize, fields: Vec<Field<'a>>, allow: &Allowlist) -> Vec<Finding> {
    let page = PageInput {
        section_kind: kind,
        body,
        body_line,
        fields,
        authorization: None,
        authorization_line: 1,
        review_reply: None,
        channels: WEB,
        now: date(2026, 6, 1),
    };
    check_page(&page, allow)
}

/// Runs every (kind, flagged text, clean text) triple with `flagged` as the
/// verdict and lists every wrong one at once.
pub(super) fn check_pairs(flagged: fn(&[Finding]) -> bool, cases: &[(&str, &str, &str)]) {
    let mut bad = Vec::new();
    for (kind, leak, clean) in cases {
        for (text, want) in [(leak, true), (clean, false)] {
            let f = run(kind, text);
            if flagged(&f) != want {
                bad.push(format!("want flag={want} [{kind}] {text}\n   got {:?}", rules(&f)));
            }
        }
    }
    assert!(bad.is_empty(), "{} wrong:\n{}", bad.len(), bad.join("\n"));
}

pub(super) fn rules(f: &[Finding]) -> Vec<String> {
    f.iter().map(|x| format!("{}:{:?}", x.rule, x.severity)).collect()
}

/// Is anything reported as an error or a warning (what a practice sees)?
pub(super) fn flagged(f: &[Finding]) -> bool {
    f.iter().any(|x| matches!(x.severity, Severity::Error | Severity::Warning))
}

/// Does any finding come from the guard's families (phi/, consent/,
/// reply/), whatever its severity? The case sets count these.
pub(super) fn guard_flagged(f: &[Finding]) -> bool {
    f.iter().any(|x| x.rule.starts_with("phi/") || x.rule.starts_with("consent/") || x.rule.starts_with("reply/"))
}

/// The test allowlist on a site in `language`.
pub(super) fn site_in(language: &str) -> Allowlist {
    let mut a = allow();
    a.set_language(language);
    a
}

/// Whether `body`, alone on a news page of a site in `language`, gets a
/// finding of the guard (every frame runs, the other languages' too).
pub(super) fn in_language(language: &str, body: &str) -> bool {
    guard_flagged(&page_allowing("news", body, 1, Vec::new(), &site_in(language)))
}

/// Every (language, body) pair, alone on a news page of a site in that
/// language, gets a finding.
pub(super) fn assert_flagged_in(cases: &[(&str, &str)]) {
    for (lang, body) in cases {
        assert!(in_language(lang, body), "{body}");
    }
}

/// No (language, body) pair gets a finding.
pub(super) fn assert_quiet_in(cases: &[(&str, &str)]) {
    for (lang, body) in cases {
        assert!(!in_language(lang, body), "{body}");
    }
}

/// Does the guard report anything on a news page with this body?
pub(super) fn caught(body: &str) -> bool {
    guard_flagged(&run("news", body))
}

/// Every body, alone on a news page, gets a finding.
pub(super) fn assert_caught(bodies: &[&str]) {
    for body in bodies {
        assert!(caught(body), "{body:?}: {:?}", rules(&run("news", body)));
    }
}

/// No body, alone on a news page, gets a finding.
pub(super) fn assert_clean(bodies: &[&str]) {
    for body in bodies {
        assert!(!caught(body), "{body:?}: {:?}", rules(&run("news", body)));
    }
}

/// Every (reply body, reviewer) gets a `reply/` finding.
pub(super) fn assert_replies_confirm(cases: &[(&str, &str)]) {
    for (body, who) in cases {
        let f = reply(body, who);
        assert!(f.iter().any(|x| x.rule.starts_with("reply/")), "{body:?}: {:?}", rules(&f));
    }
}

/// No reply, to its reviewer, gets a `reply/` finding.
pub(super) fn assert_replies_quiet(cases: &[(&str, &str)]) {
    for (body, who) in cases {
        let f = reply(body, who);
        assert!(!f.iter().any(|x| x.rule.starts_with("reply/")), "{body:?}: {:?}", rules(&f));
    }
}

/// Does any finding have this rule (any severity)?
pub(super) fn has_rule(f: &[Finding], rule: &str) -> bool {
    f.iter().any(|x| x.rule == rule)
}

fn has(f: &[Finding], rule: &str, sev: Severity) -> bool {
    f.iter().any(|x| x.rule == rule && x.severity == sev)
}

#[test]
fn ssn_labeled_invalid_area_and_placeholders() {
    let f = run("news", "Her SSN: 912-48-3307 was on the form.");
    assert!(has(&f, "phi/ssn", Severity::Error), "{:?}", rules(&f));
    assert!(!f[0].message.contains("912-48-3307"));
    for clean in ["SSN: XXX-XX-XXXX", "SSN 000-00-0000", "Never e-mail your SSN or social security number.", "SSN 123-45-6789"] {
        assert!(run("news", clean).is_empty(), "{clean}: {:?}", rules(&run("news", clean)));
    }
    assert!(has(&run("news", "ref 912-48-3307"), "phi/ssn", Severity::Warning));
}

#[test]
fn record_account_and_plan_numbers() {
    for (t, r) in [
        ("Chart note, MRN: 5531907, reviewed.", "phi/record-number"),
        ("Please pay account #88-12044 today.", "phi/record-number"),
        ("Medicare number 1EG4-TE5-MK73 on file.", "phi/plan-id"),
        ("subscriber ID: ZQK77120455", "phi/plan-id"),
        ("driver's license number D4821-90317", "phi/licence"),
        ("license plate 7KQX219 in the lot", "phi/vehicle"),
        ("implant serial number SN-44918-B", "phi/device"),
    ] {
        let f = run("news", t);
        assert!(has(&f, r, Severity::Error), "{t}: {:?}", rules(&f));
    }
    for t in [
        "MRN-000000 is a placeholder.",
        "Your member ID and group number are on the card.",
        "We accept Medicare and Medicaid plans.",
        "Take into account 2024 guidelines.",
        "Dr. Kim, medical license #MD-48213, is board certified.",
        "Bring your insurance card and a photo ID.",
        "The serial no. 000000 is a test value.",
    ] {
        assert!(run("pages", t).is_empty(), "{t}: {:?}", rules(&run("pages", t)));
    }
}

#[test]
fn ip_addresses() {
    assert!(has(&run("news", "Login from IP address 100.64.12.7 blocked."), "phi/ip-address", Severity::Error));
    assert!(run("news", "The test server is 198.51.100.7 or 192.168.1.1.").is_empty());
}

#[test]
fn names_need_patient_context() {
    let f = run("news", "Our patient Nadia Okonkwo was diagnosed with asthma in 2019.");
    assert!(has(&f, "phi/name", Severity::Error) && has(&f, "consent/missing", Severity::Error), "{:?}", rules(&f));
    for t in [
        "Rosa Kim, MD, and Dr. Okafor welcome new patients.",
        "Nadia Okonkwo won the county chili cook-off.",
        "\"Wash your hands,\" said County Health Officer Lena Fairbanks.",
        "Dr. Priya Raman of Lakeview General explained the new screening guidance.",
        "Jane Doe is the name on our sample forms.",
    ] {
        assert!(run("news", t).is_empty(), "{t}: {:?}", rules(&run("news", t)));
    }
    let f = run("news", "Mr. Hollis's new pacemaker is working well.");
    assert!(has(&f, "phi/name", Severity::Error), "{:?}", rules(&f));
}

#[test]
fn dates_only_tied_to_a_patient() {
    let f = run("news", "Omar Haddad was admitted on May 3 and discharged on May 6.");
    assert!(has(&f, "phi/date", Severity::Error), "{:?}", rules(&f));
    assert!(has(&run("news", "DOB: 04/12/1961"), "phi/date", Severity::Error));
    for t in [
        "Our office is closed on May 3 for staff training.",
        "Flu clinic: Saturday, October 10, 9 a.m. to noon.",
        "Dr. Okafor opened the clinic on June 1, 1999.",
    ] {
        assert!(run("news", t).is_empty(), "{t}: {:?}", rules(&run("news", t)));
    }
    assert!(run("team", "Dr. Samuel Okafor was born on May 2, 1975 in Lakeview. He treated patients in Ghana.").is_empty());
}

#[test]
fn ages_over_89() {
    assert!(has(&run("news", "Our 94-year-old patient came in for her flu shot."), "phi/age", Severity::Error));
    for t in ["Adults 90 and older need a high-dose flu shot.", "Falls are common in 90-year-olds.", "People aged 92 or older should ask."]
    {
        assert!(run("tips", t).is_empty(), "{t}: {:?}", rules(&run("tips", t)));
    }
}

#[test]
fn phones_normalised_and_severity() {
    let clean = "Call (555) 010-2000, fax 555.010.2001, nurse line +1 555-010-2099, toll-free 1-800-555-0199. Emergencies: 911; crisis: 988; services: 211.";
    assert!(run("pages", clean).is_empty(), "{:?}", rules(&run("pages", clean)));
    // Outside a patient context a number is an organisation's or a clinician's: silent.
    assert!(run("pages", "The food bank's number is 555-014-7788.").is_empty());
    let f = run("news", "Nia Brooks underwent knee surgery; reach her at 555-014-7788.");
    assert!(has(&f, "phi/phone", Severity::Error), "{:?}", rules(&f));
    assert!(run("pages", "[Call](tel:+15550147788)").is_empty());
}

#[test]
fn emails_compared_whole() {
    assert!(run("pages", "Write to hello@cedarpoint.example or rosa.kim@cedarpoint.example.").is_empty());
    assert!(run("pages", "Sign up with you@example.com on the portal.").is_empty());
    assert!(run("pages", "Questions: billing-team@cedarpoint.example or jobs@cedarpoint.example").is_empty());
    assert!(run("pages", "Questions: billing@mail.example").is_empty());
    let f = run("news", "Raffle winner Nia Brooks can be reached at jdoe1980@cedarpoint.example.");
    assert!(has(&f, "phi/email", Severity::Error), "{:?}", rules(&f));
    let f = run("news", "Our patient Ada Lin (ada.lin@mail.example) sent thanks after her surgery.");
    assert!(has(&f, "phi/email", Severity::Error), "{:?}", rules(&f));
}

#[test]
fn street_addresses() {
    let f = run("news", "Dr. Okafor visited Ruth Adler at her home at 42 Alder Court to check her wound.");
    assert!(has(&f, "phi/address", Severity::Error), "{:?}", rules(&f));
    for t in ["Visit us at 12 Harbor Street, Suite 4.", "The county fair is at 300 Main Street this weekend."] {
        assert!(run("news", t).is_empty(), "{t}: {:?}", rules(&run("news", t)));
    }
}

#[test]
fn personal_urls() {
    assert!(has(&run("news", "Donate at https://www.gofundme.com/f/help-a-neighbor"), "phi/url", Severity::Warning));
    let f = run("news", "Our patient Leo Grant is recovering from a stroke; follow him at https://instagram.com/leogrant.example.");
    assert!(has(&f, "phi/url", Severity::Error), "{:?}", rules(&f));
    assert!(run("tips", "After surgery, read https://health.lakeview.example/recovery and https://www.cdc.gov/flu/.").is_empty());
}

#[test]
fn code_is_skipped_html_and_alt_are_scanned() {
    let code = "Example:\n\n```\nMRN 5531907, SSN 912-48-3307\n```\n\n    DOB 04/12/1961\n\nInline `MRN 5531907` too.\n";
    assert!(run("news", code).is_empty(), "{:?}", rules(&run("news", code)));
    let html = "<p>Our patient <b>Omar Haddad</b> was discharged today.</p>\n";
    assert!(has(&run("news", html), "phi/name", Severity::Error));
    let alt = "![Our patient Nia Brooks after her surgery](/img/nia.jpg)\n";
    let f = run("news", alt);
    assert!(has(&f, "phi/name", Severity::Error), "{:?}", rules(&f));
    assert!(f.iter().any(|x| x.rule == "phi/name" && (x.line, x.column) == (5, 15)), "{f:#?}");
}

#[test]
fn fields_and_slugs_are_scanned() {
    let fields = vec![
        Field { key: "description", value: "Our patient Ivy Moreau underwent a kidney transplant.", line: 3, column: 16 },
        Field { key: "slug", value: "ivy-moreau-transplant", line: 4, column: 9 },
    ];
    let page = PageInput {
        section_kind: "news",
        body: "A great week.",
        body_line: 7,
        fields,
        authorization: None,
        authorization_line: 1,
        review_reply: None,
        channels: WEB,
        now: date(2026, 6, 1),
    };
    let f = check_page(&page, &allow());
    assert!(f.iter().any(|x| x.rule == "phi/name" && x.line == 3 && x.column == 28), "{f:#?}");
    assert!(f.iter().any(|x| x.rule == "phi/name" && x.line == 4), "{f:#?}");
}

#[test]
fn redaction_never_leaks() {
    let f = run("news", "Our patient Nadia Okonkwo (555-014-7788, nadia@mail.example, MRN 5531907) was discharged.");
    assert!(f.len() >= 4);
    for x in &f {
        for secret in ["Okonkwo", "014-7788", "nadia@", "5531907"] {
            assert!(!x.message.contains(secret), "{}", x.message);
        }
    }
}

/// Runs the page rules on a review reply to `reviewer` (shared by the test files).
pub(super) fn reply(body: &str, reviewer: &str) -> Vec<Finding> {
    let rr = ReviewReply { platform: "google".into(), reviewer: reviewer.into() };
    let page = PageInput {
        section_kind: "pages",
        body,
        body_line: 6,
        fields: vec![],
        authorization: None,
        authorization_line: 1,
        review_reply: Some(&rr),
        channels: WEB,
        now: date(2026, 6, 1),
    };
    check_page(&page, &allow())
}
