//! Round 31 of issue 9 (eighteenth session): from the misses of case set
//! V, seen after its blind score: identifiers under French, Canadian and
//! research labels, dates of birth in other languages, starting or being
//! on dialysis as care, a rural-route address, review replies in dialysis
//! words or in French, a clinical record "for" a named person, and the
//! relatives a consented story names with care of their own. Each rule has
//! a counterpart that must stay as it was; every person and number is
//! fictitious. A hyphenated given name read as one signer ("Marie-Claude
//! Dubé" and her slug's "marie claude") is held by set V's clean-flagged
//! ceiling: no unit page reproduced that finding.

use super::tests::{reply, rules, run};
use super::tests_round4::story;

fn has(body: &str, rule: &str) -> bool {
    run("news", body).iter().any(|x| x.rule == rule)
}

fn clean(body: &str) -> bool {
    !run("news", body).iter().any(|x| x.rule.starts_with("phi/") || x.rule.starts_with("consent/"))
}

/// French record numbers, a Quebec health insurance number (NAM), a
/// Canadian SIN, a prescription's Rx number and a study ID column.
#[test]
fn identifiers_under_french_canadian_and_research_labels() {
    for (body, rule) in [
        ("Le suivi de M. Armand Beaulieu (numéro de dossier 778214) est déplacé au mardi.\n", "phi/record-number"),
        ("Sa facturation (NAM BOUR 4503 1219) a été acceptée sans problème.\n", "phi/id-number"),
        ("One application, for Leonard Pelly (SIN 946 218 375), was approved.\n", "phi/id-number"),
        ("> **Rx 4418830** · D. Morrisseau · Tacrolimus 1 mg capsules\n", "phi/record-number"),
        ("| Study ID | Initials | Site |\n| --- | --- | --- |\n| BRK-DKD-0117 | A.W. | Bracken River |\n", "phi/record-number"),
    ] {
        assert!(has(body, rule), "{body:?}: {:?}", rules(&run("news", body)));
    }
}

/// The counterparts: the words in lower case or without a value, a
/// placeholder, and a year.
#[test]
fn the_same_labels_without_an_identifier_stay_clean() {
    for body in [
        "Apportez votre numéro de dossier et votre carte d'assurance maladie.\n",
        "Every sin of omission counts: nam and sin are words too, 4503 of them.\n",
        "The Rx number is what you give us when you call for a refill.\n",
        "Viet Nam 1975 is the title of the exhibit in the lobby.\n",
        "Your study ID looks like BRK-XXX-0000; write it on every form.\n",
    ] {
        assert!(clean(body), "{body:?}: {:?}", rules(&run("news", body)));
    }
}

/// A birth date in French, Spanish or German is an identifier; history
/// and a date that is not a birth are not.
#[test]
fn birth_dates_in_other_languages() {
    for body in [
        "Mme Yvette Pelletier, née le 4 juin 1931, a reçu son vaccin à la clinique.\n",
        "Doña Carmen, nacida el 3 de mayo de 1942, celebró su cumpleaños con nosotros.\n",
        "Herr Brandt, geboren am 12. März 1938, kommt jeden Dienstag zur Dialyse.\n",
    ] {
        assert!(has(body, "phi/date"), "{body:?}: {:?}", rules(&run("news", body)));
    }
    for body in [
        "Louis Pasteur, né le 27 décembre 1822, a changé la médecine.\n",
        "La clinique est née en 1998 à Saint-Rémi.\n",
        "La clinique sera fermée le 4 juin pour la formation.\n",
    ] {
        assert!(clean(body), "{body:?}: {:?}", rules(&run("news", body)));
    }
}

/// Starting, training for or being on dialysis is care: with an age over
/// 89 or a name it is a patient's; the service described for everyone is
/// not.
#[test]
fn dialysis_as_care() {
    for (body, rule) in [
        ("Last spring a 91-year-old man from Cedar Portage started home PD with our team.\n", "phi/age"),
        ("Louis Paquette, 68, of Cedar Portage becomes the 100th person to train for home haemodialysis with us.\n", "phi/name"),
    ] {
        assert!(has(body, rule), "{body:?}: {:?}", rules(&run("news", body)));
    }
    for body in [
        "Anyone who starts home PD gets a nurse visit in the first week.\n",
        "Information on dialysis: our nurses teach home haemodialysis in six to ten weeks.\n",
        "Willem Kolff, who built the first artificial kidney in 1943, would be amazed by home dialysis today.\n",
    ] {
        assert!(clean(body), "{body:?}: {:?}", rules(&run("news", body)));
    }
}

/// A rural-route address of a named person's farm, but not the practice's
/// own mailing address without a person.
#[test]
fn rural_route_addresses() {
    assert!(has(
        "The last stop was Mrs. Ironstand's farm at RR 2, Site 14, Box 9, Cedar Portage, where she does four exchanges a day.\n",
        "phi/address"
    ));
    assert!(clean("Mail the form to our Cedar Portage satellite, RR 2, Site 14, Box 1.\n"));
}

/// Replies that confirm care in the unit's own words or in French.
#[test]
fn review_replies_in_unit_words_and_french() {
    for body in [
        "Hi Bev, we know how cold it gets in chair 14 by the window. We hope your Tuesday-Thursday-Saturday runs are more comfortable now.\n",
        "Tony, we hope the new recliner is easier on your back during your runs.\n",
        "Bonjour Réjean, nous avons vérifié votre dossier et nous sommes désolés du délai.\n",
    ] {
        assert!(!reply(body, "Bev T.").is_empty(), "{body:?}");
    }
    for body in [
        "Thank you for the kind words about our unit. We pass every compliment to the team.\n",
        "Merci de votre commentaire. Nous transmettons chaque compliment à toute l'équipe.\n",
    ] {
        assert!(reply(body, "Bev T.").is_empty(), "{body:?}: {:?}", rules(&reply(body, "Bev T.")));
    }
}

/// A clinical record shown "for" a named person names its patient; a
/// report for a group or by a clinician does not.
#[test]
fn a_record_for_a_named_person() {
    assert!(has("Ambulatory glucose profile for Lorraine Okemow: 14-day average 9.2 mmol/L.\n", "phi/name"));
    assert!(clean("Annual report for Bracken River Kidney Care: 1,240 people on dialysis.\n"));
}

/// A consented story covers its signer, not the relative it introduces by
/// first name with care of their own.
#[test]
fn a_consented_story_names_a_relative_with_care() {
    let covers = ["name", "condition", "quote"];
    let told = "Ray Tourangeau has dialysed at home since 2024 with his wife Linda as his care partner.\n\nCaring for Ray hasn't been easy on Linda. Last year Linda was diagnosed with type 2 diabetes herself and started insulin.\n";
    assert!(story(&covers, false, told).iter().any(|f| f.rule == "phi/name"), "{:?}", rules(&story(&covers, false, told)));
    let helper = "Ray Tourangeau has dialysed at home since 2024 with his wife Linda as his care partner.\n\nLinda sets up the machine every evening and keeps the log book.\n";
    assert!(!story(&covers, false, helper).iter().any(|f| f.rule == "phi/name"), "{:?}", rules(&story(&covers, false, helper)));
}

/// An e-mail address given as someone's own ("her e-mail:") is a person's
/// contact; a staff member the page introduces keeps theirs.
#[test]
fn an_e_mail_given_as_someones_own() {
    assert!(has("Want to send her a note? Norma has asked us to share her e-mail: norma.kipling@lakemail.example.\n", "phi/email"));
    assert!(clean("Our new clinic manager, Dana Wu, starts Monday. Her e-mail is dana.wu@mail.example.\n"));
}

/// "The cleaning staff" in a thank-you reply names the practice's people;
/// "the cleaning" of the reviewer is still their care.
#[test]
fn the_cleaning_staff_is_no_care_detail() {
    assert!(
        reply("Thank you! We'll share this with the front desk and the cleaning staff who keep every unit spotless.\n", "Bev T.")
            .is_empty()
    );
    assert!(!reply("We are sorry the cleaning took longer than planned last week.\n", "Bev T.").is_empty());
}

/// "As a result of Rogan's mention": an idiom, no record of a person.
#[test]
fn a_result_of_a_named_person_is_no_record() {
    assert!(clean("As a result of Rogan's mention, searches for hydrogen water and related products increased.\n"));
    assert!(has("Lab results for Tom Reed came back last week.\n", "phi/name"));
}
