//! consent/* and reply/* tests, and unseen-style cases (flag and clean)
//! written independently of the shared samples.

use super::tests::{WEB, allow, date, reply, rules, run};
use super::*;

pub(super) fn auth(signed: Option<(i32, u32, u32)>, expires: Option<(i32, u32, u32)>, scope: &[&str], covers: &[&str]) -> Authorization {
    Authorization {
        id: "AUTH-9".into(),
        form: None,
        signed: signed.map(|(y, m, d)| date(y, m, d)),
        expires: expires.map(|(y, m, d)| date(y, m, d)),
        scope: scope.iter().map(|s| s.to_string()).collect(),
        covers: covers.iter().map(|s| s.to_string()).collect(),
    }
}

pub(super) fn with_auth(body: &str, a: Option<&Authorization>, channels: &[&str], now: chrono::NaiveDate) -> Vec<Finding> {
    let page = PageInput {
        section_kind: "testimonials",
        body,
        body_line: 9,
        fields: vec![],
        authorization: a,
        authorization_line: 4,
        review_reply: None,
        channels,
        now,
    };
    check_page(&page, &allow())
}

const STORY: &str = "> \"After my knee replacement I was hiking again in two months.\"\n>\n> -- Theo V., patient since 2021\n";
const ALL: &[&str] = &["name", "quote", "condition", "photo"];

#[test]
fn consent_rules() {
    let now = date(2026, 6, 1);
    let ok = auth(Some((2026, 1, 5)), Some((2027, 1, 5)), &["website", "rss", "social"], ALL);
    assert!(with_auth(STORY, Some(&ok), &["website", "rss", "social"], now).is_empty());
    let f = with_auth(STORY, None, WEB, now);
    assert!(f.iter().any(|x| x.rule == "consent/missing"), "{:?}", rules(&f));
    let f = with_auth(STORY, Some(&ok), WEB, date(2027, 1, 6));
    assert!(f.iter().any(|x| x.rule == "consent/expired" && x.line == 4), "{:?}", rules(&f));
    let narrow = auth(Some((2026, 1, 5)), Some((2027, 1, 5)), &["website"], ALL);
    let f = with_auth(STORY, Some(&narrow), &["website", "rss"], now);
    assert!(f.iter().any(|x| x.rule == "consent/scope" && x.message.contains("rss")), "{:?}", rules(&f));
    let unsigned = auth(None, Some((2027, 1, 5)), &["website", "social"], ALL);
    assert!(with_auth(STORY, Some(&unsigned), WEB, now).iter().any(|x| x.rule == "consent/unsigned"));
    let future = auth(Some((2026, 7, 1)), Some((2027, 1, 5)), &["website", "social"], ALL);
    assert!(with_auth(STORY, Some(&future), WEB, now).iter().any(|x| x.rule == "consent/unsigned"));
    let no_name = auth(Some((2026, 1, 5)), Some((2027, 1, 5)), &["website", "social"], &["quote", "condition"]);
    let f = with_auth(STORY, Some(&no_name), WEB, now);
    assert!(f.iter().any(|x| x.rule == "consent/covers" && x.severity == Severity::Error), "{:?}", rules(&f));
    assert!(f.iter().any(|x| x.rule == "phi/name"), "names stay flagged without `name` cover");
    let open = auth(Some((2026, 1, 5)), None, &["website", "social"], ALL);
    let f = with_auth(STORY, Some(&open), WEB, now);
    assert_eq!(rules(&f), vec!["consent/no-expiry:Warning"]);
}

#[test]
fn unnamed_quote_in_testimonials_still_needs_consent_but_news_does_not() {
    let body = "> \"The staff were kind and the wait was short.\"\n";
    assert!(with_auth(body, None, WEB, date(2026, 6, 1)).iter().any(|x| x.rule == "consent/missing"));
    assert!(run("news", "One of our patients, who asked not to be named, finished chemotherapy this spring.").is_empty());
}

#[test]
fn reply_rules() {
    let clean = "Thank you for your feedback. Privacy laws do not allow us to discuss anyone's care or confirm whether someone is a patient. Please call our practice manager, Marcus Bell, at 555-010-2000 so we can help.";
    assert!(reply(clean, "Sam T.").is_empty(), "{:?}", rules(&reply(clean, "Sam T.")));
    let f = reply("Hi Sam, when you came in on March 3 your X-ray was normal and your balance is $40.", "Sam T.");
    for r in ["reply/confirms-patient", "reply/date", "reply/care-detail"] {
        assert!(f.iter().any(|x| x.rule == r), "{r}: {:?}", rules(&f));
    }
    let f = reply("Karen Pruitt, we are sorry to hear this. Please call us at 555-010-2000.", "Karen P.");
    assert!(f.iter().any(|x| x.rule == "reply/names-reviewer"), "{:?}", rules(&f));
    assert!(!f[0].message.contains("Pruitt"));
    let f = reply("Hi Jenna, thank you for the kind words! Rosa Kim was glad to read them.", "J. R.");
    assert!(f.iter().any(|x| x.rule == "reply/names-reviewer"), "{:?}", rules(&f));
    assert!(reply("Hi Karen, thank you for sharing. Please contact our office at hello@cedarpoint.example.", "Karen P.").is_empty());
    // Second-person wording outside a reply is ordinary instructions.
    assert!(run("pages", "Bring your insurance card to your appointment and your results will be in the portal.").is_empty());
}

#[test]
fn check_text_for_drafts() {
    let a = allow();
    let f = check_text("Dear Ms. Whitley, our records show your copay is overdue.", &a, true);
    assert!(f.iter().any(|x| x.rule == "reply/confirms-patient"));
    assert!(f.iter().any(|x| x.rule == "reply/names-reviewer"), "{:?}", rules(&f));
    assert!(check_text("We appreciate every review. Please call 555-010-2000 and ask for Rosa Kim.", &a, true).is_empty());
    let f = check_text("Huge congrats to our patient Bea Lund on finishing radiation! #proud", &a, false);
    assert!(f.iter().any(|x| x.rule == "phi/name") && f.iter().any(|x| x.rule == "consent/missing"), "{:?}", rules(&f));
}

/// Sentence splitting looks at the word before each dot: whitespace wider
/// than a byte (no-break, thin, ideographic, zero-width next to it) must not
/// split a character (a real clinic's event pages crashed `build`).
#[test]
fn wide_whitespace_before_an_abbreviation() {
    let a = allow();
    let text =
        "Doors open at 7\u{a0}p.m.\u{200b} Bring\u{a0}water.\u{a0}Dr.\u{2009}Lee\u{3000}a. Our patient Jane Q.\u{a0}Doe was admitted.";
    let f = check_text(text, &a, false);
    assert!(f.iter().any(|x| x.rule == "phi/name"), "{:?}", rules(&f));
}

/// Unseen-style cases: (section, body, should flag).
const CASES: &[(&str, &str, bool)] = &[
    ("news", "Welcome back, Gus! Gus Ferreira returned to work three weeks after his hip replacement.", true),
    ("news", "A big thank-you to Mrs. Oduya, who at 97 still walks to every one of her appointments. She turned 97 on June 2.", true),
    ("tips", "A patient asked us last week about sunscreen. Here is what we told her: use SPF 30.", false),
    ("news", "Baby Mila Tran was delivered by Dr. Kim on April 4 at 3:12 a.m., weighing 7 lb 2 oz.", true),
    ("news", "Pt is a 91 y/o female s/p fall, seen 3/14, follow-up in 2 weeks.", true),
    ("news", "Dr. Okafor will speak at the Lakeview Library on March 12 about heart health.", false),
    ("news", "Lin Zhao, RN, was named Nurse of the Year on May 9. Congratulations, Lin!", false),
    ("news", "Our flu clinic runs October 3 to October 31; adults 65 and older can get the high-dose vaccine.", false),
    ("pages", "Our patient portal is at https://portal.cedarpoint.example and our address is 12 Harbor Street.", false),
    ("news", "Meet Harold Banks, 93, our longest-serving volunteer at the Lakeview food bank.", false),
    ("news", "Harold Banks, 93, was treated for pneumonia and is back home.", true),
    ("news", "Lakeview County reported 40 measles cases; Health Director Ana Ruiz urged vaccination.", false),
    ("news", "Thank you to Devon Price for the donation of two wheelchairs to our clinic!", false),
    ("news", "Help our patient Ray Olsen with his transplant costs: https://www.gofundme.com/f/ray-olsen-transplant", true),
    ("tips", "Call the poison control line at 1-800-222-1222 or 911 if a child swallows medicine.", false),
    ("news", "Congratulations to Dr. Priya Raman on her new practice in Lakeview!", false),
    ("news", "We said goodbye to Ellen Marsh, who passed away on February 2 after 30 years as our patient.", true),
    ("news", "Sam Ortiz's insurance claim (claim # 2209-55817) was finally approved.", true),
    ("pages", "<div class=\"card\"><img src=\"/img/team.jpg\" alt=\"Rosa Kim, MD, with Marcus Bell at the front desk\"></div>", false),
    ("news", "<p>Congrats to <em>Tara Voss</em>, who was discharged yesterday after her heart surgery!</p>", true),
];

#[test]
fn unseen_style_cases() {
    let mut bad = Vec::new();
    for (kind, body, want) in CASES {
        let f = run(kind, body);
        let got = f.iter().any(|x| x.rule.starts_with("phi/") || x.rule.starts_with("consent/"));
        if got != *want {
            bad.push(format!("want flag={want}: {body}\n   got {:?}", rules(&f)));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn memoriam_age_and_date() {
    let f = run("news", "In Memoriam: Walter Gray, a beloved patient of ours for 40 years, died on March 9 at 96.");
    for r in ["phi/name", "phi/date", "phi/age", "consent/missing"] {
        assert!(f.iter().any(|x| x.rule == r), "{r}: {:?}", rules(&f));
    }
    assert!(run("news", "Former President Ada Moss spoke at the Lakeview library about vaccines.").is_empty());
}
