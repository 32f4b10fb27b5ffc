//! Round 35 of issue 9 (twenty-first session): from the misses and false
//! alarms of case set Z (a hospice in Auckland, seen after its blind
//! score). A stay or a death in our care ("died in our unit", "was in our
//! unit in May", "cared for at home by our … team", "with us for 11 days",
//! "peacefully at … Hospice"), a hospice room with one person in it, lists
//! of those "cared for by us", a relative's own verb, Māori, Samoan and
//! Tongan care words and sentence particles, Hindi names, a Chinese
//! relative's full name, replies that speak of a room or a parent's last
//! days. And the false alarms: a historic birth date, a volunteer or a
//! trustee the title gives that role. Each rule has a counterpart; every
//! person and number is fictitious.

use super::tests::{assert_caught, assert_clean, assert_replies_confirm, caught, guard_flagged as flagged, page_of, reply, rules};

#[test]
fn a_stay_or_a_death_in_our_care() {
    assert_caught(&[
        "Noelene's Nurses was organised by the daughters of Noelene Farrow, who was cared for at home by our Howick team until August.\n",
        "The seven sons of Wiremu Pōtae performed a haka outside room 3, two days before he died in our care.\n",
        "Owner Barry Kettle, whose mother Joy was in our unit in May, handed over the keys.\n",
        "Our raffle was drawn by Trevor Maddock from his bed in room 5.\n",
        "Lynette shared how she's coping since her husband Stu died in our unit in May.\n",
        "We visited Mrs Faleolo in room 2, who kept a biscuit tin for the nurses.\n",
        "— Dianne, daughter of Merv (room 10, July 2026)\n",
        "> TUIASOSOPO, Malia Fetu. Peacefully at Kōwhai Ridge Hospice on Friday, aged 79.\n",
        "Thank you for caring for Papa Rērekura in his final days — from all his mokopuna.\n",
        "At the service we read the names of people cared for by us this year whose families asked:\n\n- Alwyn Brierly\n- Ngaire Hopa\n",
    ]);
    assert_clean(&[
        // A meeting room, a staff member's own service, a death elsewhere.
        "The grief group meets in Room 3 on Mondays at 7 pm; Jan Morrow facilitates.\n",
        "Nurse Ellen Tapsell has worked in our unit since 2004 and trains our new graduates.\n",
        "Our founder, Dr Wynne Hollis, died in Wellington in 2019, aged 88.\n",
    ]);
}

#[test]
fn maori_samoan_tongan_and_hindi_care() {
    assert_caught(&[
        "Ko Koro Pita Hēnare, i tiakina e mātou i ngā wiki whakamutunga, kua wehe atu.\n",
        "Na maliu filemu Lagi Fuimaono i le potu 7 o lo matou falemaʻi.\n",
        "Kātaki ʻo lotu maʻa Sione Fonua ʻoku tokoto ʻi homau ʻiuniti.\n",
        "श्रीमती सावित्री देवी, 81 वर्ष, कमरा नंबर 4 में हमारे साथ हैं; उन्हें कैंसर है।\n",
        "感谢你们在父亲陈国华最后的两个星期里对他的照顾。他住在9号房。\n",
    ]);
    assert_clean(&[
        // Myths, a public greeting, a doctor by title.
        "Ko Ranginui te rangi, ko Papatūānuku te whenua.\n",
        "डॉ. अनिल शर्मा जी हॉस्पिस देखभाल के बारे में बात करेंगे।\n",
    ]);
}

#[test]
fn history_volunteers_and_trustees_are_no_patients() {
    assert!(!caught(
        "Florence Nightingale was born on 12 May 1820, and International Nurses Day is held on her birthday. She nursed soldiers at Scutari.\n"
    ));
    let vol = "Marlene Oosterhuis, 78, of Papatoetoe, has sorted donations at our shop every Tuesday since 2004. On Thursdays she pushes the tea trolley in the inpatient unit.\n";
    let f = page_of(
        "news",
        vol,
        5,
        vec![super::Field { key: "title", value: "Marlene Oosterhuis is our volunteer of the year", line: 2, column: 8 }],
    );
    assert!(!flagged(&f), "{:?}", rules(&f));
    // Without the role in the title, the same page is a story about her.
    let f = page_of("news", vol, 5, vec![super::Field { key: "title", value: "Tuesday at the shop", line: 2, column: 8 }]);
    assert!(flagged(&f), "{:?}", rules(&f));
}

#[test]
fn replies_about_a_room_or_last_days() {
    assert_replies_confirm(&[
        ("We were honoured to care for your mum in room 4. Arohanui.\n", "Sina T."),
        ("Thank you, Wendy. Our night nurse remembers Dad's last days with your family.\n", "Wendy H."),
        ("He hōnore nui ki a mātou te tiaki i tō māmā i ōna rā whakamutunga.\n", "Tāne H."),
        ("नमस्ते जी, आपकी माताजी की हमारे यहाँ देखभाल करना सम्मान की बात थी।\n", "Raj P."),
    ]);
    let f = reply("Thank you for your kind words. Please call our office on (09) 555 0100 any time.\n", "Sina T.");
    assert!(!flagged(&f), "{:?}", rules(&f));
}
