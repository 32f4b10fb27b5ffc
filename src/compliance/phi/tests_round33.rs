//! Round 33 of issue 9 (twentieth session): from the misses and false
//! alarms of case set X (seen after its blind score) and of real sites.
//! Patients told by a possessive ("… Fairweather's surgery went well"), in
//! apposition ("Mr. Castellanos, my very first Mohs patient"), after
//! "grateful patient", after "a bus driver named", in a list of those who
//! rang the bell, in Haitian Creole and Spanish; a phone number the practice
//! "called" someone at. And the false alarms: an acronym's plural, a
//! general truth about 90-year-olds, dates of building work and "our page
//! explains" in review replies, a Spanish privacy sentence, pages of the
//! testimonials section that quote no one or only staff, "Tuesday, 10 am",
//! a sentence opened by "Rich in …", "Key Largo", a CDN's random file
//! id, a therapist introduced over two lines of HTML, "a project called …",
//! the practice's own voice signed by its co-founder. Each rule has a
//! counterpart; every person and number is fictitious.

use super::tests::{caught, guard_flagged as flagged, page_of, reply, rules, run};

#[test]
fn possessive_and_appositive_patients() {
    for body in [
        "We are so happy that Wendell Fairweather's surgery went well and that he is back at the shop.\n",
        "So glad Wendell Fairweather's shingles cleared up.\n",
        "After Anselmo Pereira's painful bout of shingles last spring, Dr. Ibarra explains who should get the vaccine and when.\n",
        "My best day here was when Mr. Castellanos, my very first Mohs patient, came back a year later to show us his healed ear.\n",
        "Thank you to Gwen, a retired flight attendant and one of our Mohs patients, who shared how she coped with her diagnosis.\n",
        "A gift from grateful patient Leonard Fishbein, whose melanoma was caught early, will fund two screening days.\n",
        "I assisted Dr. Okafor with a forehead flap on a bus driver named Leroy, who told jokes through both stages.\n",
        "Yesenia Paredes, 34, showing regrowth at month six of oral minoxidil.\n",
        // "our client" before a first name, as "our patient" is.
        "Like many musicians, our client Ingrid noticed high notes vanishing first; she now teaches with hearing aids.\n",
    ] {
        assert!(caught(body), "{body:?}: {:?}", rules(&run("news", body)));
    }
}

#[test]
fn practices_staff_and_things_are_no_patients() {
    for body in [
        // A doctor's "surgery" is the practice; a coordinator is staff.
        "Dr. Ames's surgery is open on Saturday mornings for flu shots.\n",
        "Dana Whitfield, our patient coordinator, will call you about your appointment.\n",
        "The ABCDEs of melanoma: check your moles once a month and call us about any change.\n",
        "A 90-year-old's skin heals more slowly after surgery, so we plan shorter sessions.\n",
        "Early recovery group: Tuesday, 10 am, in the annex.\n",
        "Rich in antioxidants, the tea is believed to help recovery after exercise.\n",
        "He fishes out of Key Largo, and his clinic sees many patients after surgery.\n",
        "We have started a project called “Swawalabhini” to train caregivers for our residents after surgery.\n",
        "“We listen to each family and, drawing on our resources, help them choose the best care for the patient.” – Soumya Lakshmi.\n",
    ] {
        assert!(!caught(body), "{body:?}: {:?}", rules(&run("news", body)));
    }
    // A patient's own words signed the same way still count.
    assert!(caught("“The nurses got me through my surgery and my recovery.” – Ann Lee.\n"));
}

#[test]
fn a_number_the_practice_called_and_those_who_rang_the_bell() {
    let phone = "We still cannot reach one participant referred for a biopsy: Mr. A. Alvarez, we have called 305-555-0193 four times.\n";
    assert!(run("news", phone).iter().any(|f| f.rule == "phi/phone"), "{:?}", rules(&run("news", phone)));
    let es = "La ganadora entre las pacientes de junio es Yamilé Cárdenas. Yamilé, la llamamos al (305) 555-0129 sin éxito.\n";
    assert!(run("news", es).iter().any(|f| f.rule == "phi/phone"), "{:?}", rules(&run("news", es)));
    // The practice's number, asked to be called, is no one's.
    assert!(!caught("Please call our front desk at 555-010-2001 to book your skin check.\n"));
    let bell = "Our bell rings when someone finishes cancer treatment. This year it rang for: Ernesto Valdés · Graciela Montaner · Dwayne Ritchie.\n";
    assert_eq!(run("news", bell).iter().filter(|f| f.rule == "phi/name").count(), 3, "{:?}", rules(&run("news", bell)));
    assert!(!caught("Our bell rings when someone finishes cancer treatment. Thank you to our volunteers this year.\n"));
}

#[test]
fn haitian_creole_and_spanish_care() {
    assert!(caught("Madan Clotilde Bastien ak pitit fi li apre dènye tretman melasma li.\n"));
    assert!(caught("Todo el mundo conoce a Don Chucho, el barbero. El mes pasado la doctora le operó un carcinoma en la oreja.\n"));
    assert!(!caught("Mèsi a tout moun ki te vini samdi! Nou te tcheke 187 moun.\n"));
    let confirm = reply("Mèsi anpil, Jacques! Nou kontan tande ke operasyon ou a te pase byen.\n", "Jacques Lafleur");
    assert!(confirm.iter().any(|f| f.rule == "reply/confirms-patient"), "{:?}", rules(&confirm));
}

#[test]
fn review_replies_about_the_building_the_website_or_privacy() {
    for (body, who) in [
        (
            "Thank you, K. L., and we are sorry about the noise. The building's owner is replacing the roof over the garage through July 24, weekdays from 8 a.m. to 3 p.m. We have passed your comment on.\n",
            "K. L.",
        ),
        (
            "Thank you for the feedback. We can't talk about anyone's care here, but in general: Mohs surgery days are long. Our Mohs page explains the day step by step.\n",
            "Dermfan22",
        ),
        (
            "¡Muchas gracias, Abuela Chela! Por ley de privacidad no podemos comentar sobre la atención de ninguna persona, ni confirmar si es paciente.\n",
            "Abuela Chela",
        ),
    ] {
        let f = reply(body, who);
        assert!(!flagged(&f), "{body:?}: {:?}", rules(&f));
    }
    // A date of the reviewer's own visit is still one.
    let f = reply("Thank you! We are glad your visit on July 24 went well.\n", "K. L.");
    assert!(f.iter().any(|x| x.rule == "reply/date"), "{:?}", rules(&f));
}

fn testimonial(body: &str) -> Vec<super::Finding> {
    page_of("testimonials", body, 5, vec![])
}

#[test]
fn testimonials_pages_that_quote_no_patient() {
    for body in [
        "Many of you ask how to share your experience. We publish it only with your written permission: ask the front desk for the form.\n",
        "In our 2025 survey, 94 % of 1,118 respondents said they would recommend us to a friend. Top complaint: the garage. We hear you.\n",
        "> \"The surgeons wait for the lab, not the other way around.\" — Rosa Kim, MD\n\n> \"Every day is different here.\" — Dr. Samuel Okafor\n",
    ] {
        let f = testimonial(body);
        assert!(!flagged(&f), "{body:?}: {:?}", rules(&f));
    }
    // Real testimonials often have no "I" and no quotation marks.
    for body in [
        "Efficient, friendly staff make this clinic top-notch. Highly recommend for foot issues.\n",
        "> Lovely people, always on time.\n>\n> -- M. B.\n",
        "Walt Jessup drove his granddaughter to every retrieval, and her transfer in September worked.\n",
    ] {
        let f = testimonial(body);
        assert!(flagged(&f), "{body:?}: {:?}", rules(&f));
    }
}

#[test]
fn the_oldest_patient_and_a_service_done_for_the_reviewer() {
    let f = run("news", "Our oldest Mohs patient this year was 98, and she sailed through two stages.\n");
    assert!(f.iter().any(|x| x.rule == "phi/age"), "{:?}", rules(&f));
    assert!(!caught("Our oldest Mohs patient this year was 88, and she sailed through two stages.\n"));
    let f = reply("Thank you! Tuyết loved doing your facial and will save the same room for you.\n", "Thao N.");
    assert!(f.iter().any(|x| x.rule == "reply/confirms-patient"), "{:?}", rules(&f));
    let f = reply("Thank you! We are glad you like our new facial menu.\n", "Thao N.");
    assert!(!flagged(&f), "{:?}", rules(&f));
}

#[test]
fn an_anonymous_testimonial_needs_no_authorisation() {
    let anon = "# Отзыв анонимного пациента\n\n> Прошел курс реабилитации. Очень доволен результатом.\n";
    let f = page_of("testimonials", anon, 5, vec![super::Field { key: "title", value: "Анонимно", line: 2, column: 8 }]);
    assert!(!flagged(&f), "{:?}", rules(&f));
    // Called anonymous, but naming someone: the page still needs one.
    let named = "> Lovely staff, thank you from Mara Quill and her family.\n";
    let f = page_of("testimonials", named, 5, vec![super::Field { key: "title", value: "Anonymous", line: 2, column: 8 }]);
    assert!(f.iter().any(|x| x.rule == "consent/missing"), "{:?}", rules(&f));
    assert!(flagged(&testimonial("> Great care after my surgery.\n")));
}
