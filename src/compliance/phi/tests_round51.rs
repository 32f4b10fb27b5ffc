//! Round 51 of issue 9 (twenty-eighth session): identifiers by their check
//! digit with no label (gated by the practice's country where the digits
//! could be a phone), a time phrase opening a clause before a lone name,
//! and substance-use events. Every person and number is fictitious.

use super::tests::{allow, assert_caught, assert_clean, has_rule, page_allowing, rules, run};

fn in_country(country: &str, body: &str) -> Vec<super::Finding> {
    let mut a = allow();
    a.set_country(country);
    page_allowing("news", body, 5, vec![], &a)
}

/// A Medicare Beneficiary Identifier and an Ontario card with its version
/// code are found anywhere; CMS's sample MBI and a wrong Luhn digit are not.
#[test]
fn identifiers_by_shape_and_check_digit() {
    for body in ["Her card says 2EG4-TE5-MK73 and she needs a refill.\n", "Bashir came with his old card, 6182-735-404-MX.\n"] {
        let f = run("news", body);
        assert!(has_rule(&f, "phi/id-number"), "{body}: {:?}", rules(&f));
    }
    for body in ["The sample card shows 1EG4-TE5-MK73 in the top corner.\n", "Bashir came with his old card, 6182-735-405-MX.\n"] {
        let f = run("news", body);
        assert!(!has_rule(&f, "phi/id-number"), "{body}: {:?}", rules(&f));
    }
}

/// The same ten digits are an NHS number on a British practice's page and
/// a phone number on an American one; an NHI on a New Zealand practice's.
#[test]
fn national_numbers_of_the_practices_country() {
    let nhs = "The letter was for 943 476 5919 and went to the wrong house.\n";
    assert!(has_rule(&in_country("GB", nhs), "phi/id-number"));
    assert!(!has_rule(&in_country("US", nhs), "phi/id-number"));
    let nhi = "The form for ZAC5361 was scanned into the wrong file.\n";
    assert!(has_rule(&in_country("NZ", nhi), "phi/id-number"));
    assert!(!has_rule(&in_country("GB", nhi), "phi/id-number"));
    let medicare = "Card 2123 45670 1 was left at the front desk.\n";
    assert!(has_rule(&in_country("AU", medicare), "phi/id-number"));
}

/// "Last week Sarah came …" with "her diabetes appointment" next: the
/// time phrase opens the clause, so the name is its subject.
#[test]
fn a_time_phrase_opens_the_clause() {
    assert_caught(&[
        "For example, last week Bashir came to the front desk with his old card. We had to reschedule his diabetes appointment.\n",
    ]);
    assert_clean(&["Last week Dr. Samuel Okafor gave a talk at the library. His slides on diabetes are on our website.\n"]);
}

/// Stopping drinking and overdosing are a person's own health events.
#[test]
fn substance_use_events() {
    assert_caught(&["Olena's Thursday group helped Andriy Savchuk stop drinking after the war.\n", "Maria Lopez overdosed in March.\n"]);
    assert_clean(&["Our nurse Lin Zhao gave up smoking in 2010 and now runs the quit clinic.\n"]);
}

/// Names after a title's question are its authors' byline; a name before
/// it is the title's subject.
#[test]
fn a_byline_after_a_titles_question() {
    let body = "Our patient was bedridden after a stroke and needed tube feeding and dialysis at home.\n";
    let f = super::tests::with_field("title", "DO WE OWE TO OUR AGED PARENTS? Roshan Jacob and Soumya Nair", body);
    assert!(!has_rule(&f, "phi/name"), "{:?}", rules(&f));
    let f = super::tests::with_field("title", "Roshan Jacob: can he walk again after his stroke?", body);
    assert!(has_rule(&f, "phi/name"), "{:?}", rules(&f));
}
