//! Round 21 of issue 9 (eleventh session): from the false alarms and
//! missed reviews of real-site sets 12 and 13 and set M's misses, before
//! the unseen set N and real-site set 14 were scored. Each rule has a
//! counterpart that must stay as it was; every person is fictitious.

use super::tests::{has_rule, rules, run};

/// A page builder's review card: the quote, then the reviewer's name in an
/// element of its own. A quotation of a theme's demo (lorem ipsum) is no
/// review, and a name under a plain paragraph signs nothing.
#[test]
fn a_name_under_a_quoted_review_signs_it() {
    let card = |quote: &str, name: &str| {
        format!(
            "<div class=\"review\">\n<p class=\"quote\">\"{quote}\"</p>\n<div class=\"author\">\n<span class=\"avatar\">MT</span>\n<p class=\"name\">{name}</p>\n</div>\n</div>\n"
        )
    };
    let body = card(
        "Following my car accident Orla worked on my agonizing pains and helped me get back to work sooner than I expected.",
        "Maureen T.",
    );
    let f = run("pages", &body);
    assert!(f.iter().any(|x| x.rule == "consent/missing" && x.message.contains("signed")), "{:?}", rules(&f));
    let body = card("Lorem ipsum dolor sit amet, consectetur adipiscing elit. Etiam scelerisque justo a imperdiet.", "Maureen T.");
    assert!(!has_rule(&run("pages", &body), "consent/missing"), "{:?}", rules(&run("pages", &body)));
    let body = card("Integer ac pretium dui. Aliquam rutrum justo lorem, in efficitur odio efficitur vel. Integer mattis.", "Maureen T.");
    assert!(!has_rule(&run("pages", &body), "consent/missing"), "{:?}", rules(&run("pages", &body)));
    let body = "<p>Our clinic opened in 2019 and has grown to four therapists and a front-desk team since then.</p>\n<p>Maureen T.</p>\n";
    assert!(!has_rule(&run("pages", body), "consent/missing"), "{:?}", rules(&run("pages", body)));
}

/// A number introduced as one person's own ("we tried your cell at") is a
/// personal identifier next to their name; the practice's desk line in the
/// same words about the desk is not reported.
#[test]
fn a_number_introduced_as_a_persons_own() {
    let body = "Found in the Mohs waiting room on Tuesday: a brown wallet belonging to Teodor Wilk. Teodor, we tried your cell at 360-555-0191. Please pick it up at the front desk.\n";
    assert!(has_rule(&run("news", body), "phi/phone"), "{:?}", rules(&run("news", body)));
    let body = "Lost something in the waiting room? Call the front desk at 360-555-0199 and we will keep it for a month.\n";
    assert!(!has_rule(&run("news", body), "phi/phone"), "{:?}", rules(&run("news", body)));
}

/// Brands of an affiliate roundup, compared, reviewed or discounted, are no
/// people; a person's product ("Kim Kardashian's bottle") leaves the
/// person a person.
#[test]
fn brands_in_commercial_frames_are_not_patients() {
    let body = "# Kala Red Light Therapy Review\n\nWe compared Rouge vs Kala for a month. Get 15% Off Kala with our code. Kala helped my patients' joint pain after treatment in the clinic.\n";
    assert!(!has_rule(&run("tips", body), "phi/name"), "{:?}", rules(&run("tips", body)));
    let body = "Noreen Kala came to us with sciatica. After six treatments Noreen was back at work.\n";
    assert!(has_rule(&run("tips", body), "phi/name"), "{:?}", rules(&run("tips", body)));
}

/// After a first name, a verb form of a dictionary word is the sentence
/// going on ("Page Coming Soon"), not a surname; a known surname that looks
/// like one ("Manning") still is.
#[test]
fn a_verb_form_after_a_first_name_is_no_surname() {
    let body = "<title>Page Coming Soon - Alder Therapy</title>\n\nOur massage therapy page is coming soon.\n";
    assert!(!has_rule(&run("pages", body), "phi/name"), "{:?}", rules(&run("pages", body)));
    let body = "Grace Manning came to us after her knee surgery, and our therapists treated her for six weeks.\n";
    assert!(has_rule(&run("news", body), "phi/name"), "{:?}", rules(&run("news", body)));
}
