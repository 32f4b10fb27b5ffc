//! Round 44 of issue 9 (twenty-sixth session): Malay and Indian patronymic
//! names, tests and fittings as care events, a relative's own account of
//! their care, and three kinds of staff that real sites of held-out set 21
//! wrote (a role after the practice's possessive, a team card's headshot, a
//! degree). Every person is fictitious.

use super::tests::{assert_caught, assert_clean};

/// "bin", "binti", "s/o" join a name; after an honorific a capitalised
/// word that is also English ("Said") is the surname.
#[test]
fn patronymic_names_and_surnames_that_are_words() {
    assert_caught(&[
        "Last month Encik Salleh bin Jamil had his gallbladder removed at our clinic, and he is recovering well at home.\n",
        "We were glad to see that Mrs Rohani Said had her tonsils out without any bleeding afterwards.\n",
    ]);
    assert_clean(&[
        "Encik Salleh bin Jamil chairs the residents' committee and opened our community health fair this year.\n",
        "Last month one man had his gallbladder removed at our clinic, and he is recovering well at home.\n",
    ]);
}

/// A hearing test, ears checked, a mask fitted on someone: care events of
/// an ENT, audiology or sleep practice, not only of a surgeon's.
#[test]
fn tests_checks_and_fittings_are_care() {
    assert_caught(&[
        "Mary Walsh had a hearing test at our clinic last month and now wears aids in both ears.\n",
        "Mary Walsh had her ears checked at our clinic after the concert.\n",
        "Our technologist is fitting a CPAP mask on Mr John Walsh in the sleep clinic.\n",
    ]);
    assert_clean(&[
        "Mary Walsh passed her driving test last month and drove the team to the fun run.\n",
        "Book a hearing test at our clinic if the television seems too quiet.\n",
    ]);
}

/// A relative named by the writer ("My mother, Mdm …", "My husband
/// Dennis") whose care the next paragraphs tell is the patient.
#[test]
fn a_relatives_own_account_names_the_patient() {
    assert_caught(&[
        "My mother, Mdm Lee Siew Kim, ran a provision shop for forty years. She is 79.\n\nLast March I brought her to Joanne at our hearing centre.\n",
        "My husband Dennis runs the pharmacy on the high street.\n\nLast year his sleep study showed severe sleep apnoea, and our doctor put him on CPAP.\n",
    ]);
    assert_clean(&[
        "My mother, Lee Siew Kim, ran a provision shop for forty years. She taught me to count change before I could read.\n",
        "My husband Dennis runs the pharmacy on the high street, and he bakes the best bread in town.\n",
    ]);
}

/// Staff that real practice sites write without a team page: a role after
/// the practice's own name, a team card's headshot, a degree's name.
#[test]
fn staff_in_cards_roles_and_degrees() {
    assert_clean(&[
        "Cathleen, Hillside’s physiotherapist, has a special interest in facial pain and treats jaw pain with exercises.\n",
        "<div>\n<img src=\"/a.jpg\" alt=\"Aashna's headshot\">\n<h3>Aashna</h3>\n<p>Aashna was introduced to yoga twenty years ago after a back injury took her off the sports field, and yoga became her therapy.</p>\n</div>\n",
        "Scott received his Masters of Science in Physician Assistant Studies in 2017 and spent six years serving patients in Emergency Medicine.\n",
    ]);
    assert_caught(&["Cathleen, a retired teacher, had her knee replaced at our clinic in May and is walking again.\n"]);
}

/// One person's story told over two paragraphs: a test result of "his"
/// after the sentence that named him, a name with an age opening the page
/// (a Chinese given name with "Ah" kept whole), a child whose one-word name
/// is also a famous one, and "episodes" of an illness (not of a show).
#[test]
fn one_persons_story_over_paragraphs() {
    assert_caught(&[
        "Desmond Rozario, who has led a church choir for twenty years, noticed last year that he could no longer hear the altos. His hearing test showed a moderate loss at the high frequencies.\n",
        "Goh Ah Bee, 68, has sold chwee kueh at the market since 1979. Over ten years her hearing faded.\n\nOur surgeon implanted a cochlear device in her right ear in January.\n",
        "Dylan, 9, is the goalkeeper of his school football team. Last year he missed eleven matches with tonsillitis, seven episodes in twelve months.\n",
    ]);
    assert_clean(&[
        "One choir leader noticed last year that he could no longer hear the altos. His hearing test showed a moderate loss at the high frequencies.\n",
        "Bob Dylan wrote songs about losing things; two episodes of his radio show were about memory.\n",
    ]);
}

/// A nickname after a trade ("the teh tarik king") is no monarch, a
/// "Chef" is a patient's trade too, and a clinician's act on "his" body in
/// the next sentence tells the person's care.
#[test]
fn trade_nicknames_and_a_clinicians_act_next() {
    assert_caught(&[
        "Everyone in the neighbourhood knows Abang Lan, the teh tarik king of the corner coffee shop, who has pulled tea since 1990. In July he lost his voice; Dr Lau found a small bleed in his vocal cord.\n",
        "Chef Rahmat, who has run the kitchen at a restaurant on Kandahar Street for thirty years, told us he had been cooking by memory for two years. Four weeks after Dr Goh removed his polyps, he could smell the lemongrass again.\n",
    ]);
    assert_clean(&[
        "Everyone in the neighbourhood knows Abang Lan, the teh tarik king of the corner coffee shop, who has pulled tea since 1990 and sponsors our charity walk.\n",
        "King George VI had a stammer; his speech therapist Lionel Logue helped him through the coronation broadcast in 1937.\n",
    ]);
}

/// Unique roles without a name: a record holder of a club, a caretaker
/// "who" starts treatment next week, a named team's full-back out with an
/// injury, the island's only person on a treatment.
#[test]
fn unique_roles_without_a_name() {
    assert_caught(&[
        "The club's M70 10K record holder is back running this summer after his atrial fibrillation diagnosis and ablation in the spring.\n",
        "We tested 22 people at the community centre. Three tested positive, including the centre's own caretaker, who has agreed to start treatment with us next week.\n",
        "Our first convert was the Cnoc Rua senior hurling full-back, who had missed most of the season with groin pain.\n",
    ]);
    assert_clean(&[
        "The club's record holders train on Tuesdays; many runners start treatment for injuries too late.\n",
        "The Cnoc Rua senior hurling full-back presented the medals at our open day.\n",
    ]);
}

/// A tag naming a person with their own health word is a disclosure on a
/// page that tells no care ("siobhan-ni-bhriain-acl-comeback"); recovery
/// told as time ("2 years alcohol-free") is care.
#[test]
fn identifiers_and_recovery_time() {
    use super::tests::{flagged, rules, with_field};
    let body = "Twelve under-14 camogie teams played in the blitz on Saturday. Cnoc Rua won the cup final.\n";
    let f = with_field("tags", "siobhan-ni-bhriain-acl-comeback", body);
    assert!(flagged(&f), "{:?}", rules(&f));
    let g = with_field("tags", "camogie-acl-prevention", body);
    assert!(!flagged(&g), "{:?}", rules(&g));
    // "sister-mary-agnes": a title word is no health word of the identifier.
    let h = with_field("tags", "sister-mary-agnes", "Sister Mary Agnes directed our school of nursing from 1962 until 1983.\n");
    assert!(!flagged(&h), "{:?}", rules(&h));
    assert_caught(&["Extra cake at the Thursday group for Noeleen, 2 years alcohol-free today!\n"]);
    assert_clean(&["Extra cake at the Thursday group for everyone who is 2 years alcohol-free today!\n"]);
}

/// Malay, Indonesian and Romance place and institution names put the
/// kind of place first: the personal name after it names the place.
#[test]
fn institutions_named_kind_first() {
    assert_clean(&[
        "Dr Faizal trained at Hospital Sultanah Aminah and worked in its ENT clinic, where he treated children with glue ear, for six years.\n",
        "Kak Ros grew up in Kampung Melayu Majidee, and she now runs our clinic's front desk and the hearing test bookings.\n",
    ]);
    assert_caught(&["At Hospital Sultanah Aminah, Encik Roslan bin Jaafar had his sinus surgery last month and is recovering at home.\n"]);
}

/// An allowed address ("18 Jalan Wong Ah Fook") is accepted whole; its
/// words stay people's names elsewhere on the site ("Mdm Wong, 67, …").
#[test]
fn an_allowed_address_does_not_make_its_words_ordinary() {
    use super::tests::page_allowing;
    use super::*;
    let p = PracticeIdentity { name: "Harbourside Gut Clinic".into(), ..Default::default() };
    let with_address = Allowlist::new(&p, &[], &["18 Jalan Wong Ah Fook, 80000 Johor Bahru".into()]);
    let with_name = Allowlist::new(&p, &[], &["Wong".into()]);
    let body = "Take Mdm Wong, 67, a retired school canteen vendor from Tampines, who came in last month with heartburn. Her gastroscopy showed a Barrett's segment, which we now survey every three years.\n\nOur clinic is at 18 Jalan Wong Ah Fook.\n";
    let f = page_allowing("news", body, 5, vec![], &with_address);
    assert!(f.iter().any(|x| x.rule == "phi/name" && x.line == 5), "{:?}", super::tests::rules(&f));
    assert!(!f.iter().any(|x| x.line == 7), "the allowed address itself is flagged: {:?}", f);
    // An allow entry that is the name itself still accepts it.
    let g = page_allowing("news", body, 5, vec![], &with_name);
    assert!(!g.iter().any(|x| x.rule == "phi/name"), "{:?}", super::tests::rules(&g));
}

/// Two words no name list knows, beside the identifier's own health word,
/// are a name the lists lack ("losana-fifita-grommets-story"); without a
/// health word, or with a staff member's name, they are not.
#[test]
fn unknown_names_in_identifiers_beside_a_health_word() {
    use super::tests::{flagged, rules, with_field};
    let body = "Glue ear is common in young children. Grommets let air into the middle ear.\n";
    let f = with_field("aliases", "/news/losana-fifita-grommets-story/", body);
    assert!(flagged(&f), "{:?}", rules(&f));
    for clean in ["/news/tevita-mahe-fundraiser/", "/news/glue-ear-grommets-story/", "/news/rosa-kim-grommets-talk/"] {
        let g = with_field("aliases", clean, body);
        assert!(!flagged(&g), "{clean}: {:?}", rules(&g));
    }
}
