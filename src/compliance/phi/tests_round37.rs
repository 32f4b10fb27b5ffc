//! Round 37 of issue 9 (twenty-second session): from case set AB (a
//! fertility and IVF clinic in Montréal, seen after its blind score) and
//! the real sites' next false alarms. French chart labels ("Dossier", "No
//! dossier"), a label's value in brackets or after a comma ("a RAMQ card
//! (…)", "his SIN (…)", "son NAS, …"), fertility care words, replies that
//! speak of a cycle, a transfer, "your little one" or "votre échographie";
//! and the false alarms: a Spanish heading opened by "Una", a file name of
//! two short abbreviations, a stock photo's photographer. Each rule has a
//! counterpart; every person and number is fictitious.

use super::Field;
use super::tests::{assert_caught, assert_clean, assert_replies_confirm, caught, guard_flagged as flagged, page_of, reply, rules};

#[test]
fn french_chart_labels_and_values_in_brackets() {
    assert_caught(&[
        "> Bellerive Andrology — Patient: D. Charles · Dossier 2026-004417 · Collected 14/03/2026\n",
        "> Pt seen 14/05. No dossier 0045123. Plan: trigger tonight.\n",
        "Left in our waiting room: a RAMQ card (LEBM 8703 2219) found on 24 November.\n",
        "The insurer sent back the claim because his SIN (527 384 911) was missing.\n",
        "Le reçu de François Bellavance portait par erreur son NAS, 419 620 356.\n",
    ]);
    assert_clean(&[
        // Labels without a value, a year after "dossier".
        "Bring your SIN, your RAMQ card and your referral to the first visit.\n",
        "Notre dossier spécial 2026 sur la fertilité est en ligne.\n",
    ]);
}

#[test]
fn fertility_care_and_replies_about_a_cycle() {
    assert_caught(&[
        "Julie-Anne Thibodeau, 33, froze 18 eggs at our clinic in August.\n",
        "Ashley Dubé came to Laval for 11 monitoring ultrasounds before her positive test in May.\n",
        "Priscilla, 38, a gym teacher, conceived here on her fourth frozen transfer.\n",
        "![A newborn's hand](/images/babies/naissance-lea-bergeron-fiv-2026-07-02.png)\n\nAnother IVF baby joined our family this month.\n",
    ]);
    assert_clean(&[
        "Dr. Samuel Okafor leads our IVF programme and the ICSI lab.\n",
        "Louise Joy Brown was conceived in a laboratory dish in 1977; in 2025 our lab did its 4,000th transfer.\n",
        "![Flowers](/images/gallery/printemps-2026-fleurs-fiv.png)\n\nSpring flowers at reception for our IVF families.\n",
    ]);
    assert_replies_confirm(&[
        ("Congratulations on your little one! It was a joy to be part of your journey.\n", "Amélie & Tom"),
        ("Jess, we are so sorry. Dr. Okafor would be glad to plan your next cycle with you.\n", "Jess R."),
        ("Merci! Au plaisir de voir votre bedon à votre prochaine échographie!\n", "Geneviève L."),
    ]);
    let f = reply("Thank you for the kind words about our new waiting room. Our fees are on our website.\n", "Jess R.");
    assert!(!flagged(&f), "{:?}", rules(&f));
}

#[test]
fn spanish_headings_short_file_names_and_stock_photos() {
    let f = page_of(
        "news",
        "El proceso es muy sencillo. Una vez que le hayamos evaluado, el paciente recibe su plan de tratamiento.\n",
        6,
        vec![Field { key: "extra:title", value: "¡Una Especialidad para cada Tratamiento!", line: 2, column: 8 }],
    );
    assert!(!flagged(&f), "{:?}", rules(&f));
    assert_clean(&[
        "![](/uploads/al-ok.jpg)\n\n*Figure 3: A short-sighted patient with an above average axial length.*\n",
        "<img src=\"/img/cristian-newman-141895-unsplash.jpg\" alt=\"image\">\n\nEating disorders are treated by our team; one patient was admitted last year.\n",
    ]);
    // A patient's name in a file name still counts.
    assert!(caught("![](/uploads/maria-lopez-before-surgery.jpg)\n\nMaria had her knee replaced here in May.\n"));
}

/// Round 38 (same session, from case set AC after its blind score): South
/// African labels, Afrikaans titles, ages and care words, replies about a
/// child's circumcision. Fictitious people and numbers.
#[test]
fn south_african_labels_and_afrikaans_cues() {
    assert_caught(&[
        "The patient's ID number, 5803149505085, had been typed with two digits swapped.\n",
        "Discovery finally approved the robotic prostatectomy for member 412558903, dependant 01.\n",
        "Oom Gert Nel (78) van Brakpan het verlede maand 'n TURP ondergaan.\n",
    ]);
    assert_clean(&[
        "Check your ID number, membership number and dependant code before you sign.\n",
        "Oom Piet bak elke Saterdag pannekoek vir die kerkbasaar.\n",
    ]);
    let f = reply("We hope your son's circumcision wound has healed well.\n", "Thandi M.");
    assert!(f.iter().any(|x| x.rule.starts_with("reply/")), "{:?}", rules(&f));
}
