//! Round 57 of issue 9 (thirty-fifth session, from the misses of set BE,
//! a Pune eye hospital, and then of BG, BH and BI, each a seen set once
//! scored): patients named in Hindi and Marathi ([`super::devanagari`]),
//! replies in Hindi and Marathi, a patient table with Marathi headers, the
//! Indian hospital number (UHID); Portuguese identifiers (passaporte,
//! processo n.º, N.º SNS) and titles, Nepali honorifics; English cues of
//! one person's care with us. Every person and number is fictitious.

use super::tests::{assert_caught, assert_clean, assert_replies_confirm, has_rule, rules, run, with_field};

#[test]
fn hindi_and_marathi_patients_are_caught() {
    assert_caught(&[
        "लोणी के श्री हरिभाऊ गायकवाड को 3 नवंबर को आँख में गंभीर संक्रमण के साथ भर्ती किया गया।\n",
        "दौंड शिविर के मरीज़ शांताराम भोसले (मोबाइल 94233 61087) दूसरी आँख के ऑपरेशन के लिए नहीं आए हैं।\n",
        "ओतूर येथील मंदिराचे पुजारी शंकर गुरव यांना काचबिंदू असल्याचे निदान झाले.\n",
        "नारायणगाव संघाचा कर्णधार ओंकार (२२) याला केराटोकोनस आढळला.\n",
        "| रुग्णाचे नाव | वय | गाव | निदान |\n| --- | --- | --- | --- |\n| बबन शेळके | ६९ | पाबळ | मोतीबिंदू |\n",
        "\"मेरी माँ का मोतियाबिंद का ऑपरेशन बहुत अच्छे से हुआ।\" — मीनाक्षी पाटील, हडपसर\n",
    ]);
}

#[test]
fn hindi_and_marathi_staff_officials_and_notices_pass() {
    assert_clean(&[
        "डॉ. अमित देशपांडे यांना मोतीबिंदू शस्त्रक्रियेचा वीस वर्षांचा अनुभव आहे.\n",
        "आमदार सुनील शेळके यांच्या हस्ते शिबिराचे उद्घाटन झाले; 300 रुग्णांची तपासणी झाली.\n",
        "मरीज़ की देखभाल के लिए हमारी टीम हमेशा तैयार है। मोतियाबिंद का ऑपरेशन अब 20 मिनट का काम है।\n",
        "| नाव | पद | विभाग |\n| --- | --- | --- |\n| सुनीता पवार | परिचारिका | मोतीबिंदू |\n",
        "नेत्रदान के लिए कृपया (020) 2553 1000 पर फ़ोन करें; मोतियाबिंद शिविर हर शनिवार।\n",
    ]);
}

#[test]
fn a_title_names_the_patient_of_the_article_below() {
    let title = "सुनीता बाई को मिली नई रोशनी";
    let f = with_field("title", title, "मोतियाबिंद का ऑपरेशन अब 20 मिनट का काम है।\n");
    assert!(has_rule(&f, "phi/name"), "{:?}", rules(&f));
    // The same title over an article with no care at all.
    let f = with_field("title", title, "गाँव में नया सौर दीपक लगा है।\n");
    assert!(!has_rule(&f, "phi/name"), "{:?}", rules(&f));
}

#[test]
fn replies_in_hindi_and_marathi_that_confirm_care() {
    assert_replies_confirm(&[
        ("विनोद जी, आपके पिताजी का मोतियाबिंद ऑपरेशन ठीक से हुआ था। कृपया उन्हें अगले सोमवार ले आइए।\n", "Vinod K."),
        ("तुमच्या डोळ्यांच्या तपासणीच्या वेळी लेसरची गरज सांगितली होती. पुढील भेटीसाठी कृपया फोन करा.\n", "Savita"),
    ]);
    // Declining to discuss anyone's care is no confirmation.
    let f = super::tests::reply("आपके शब्दों के लिए धन्यवाद। गोपनीयता के कारण हम किसी के इलाज के बारे में बात नहीं कर सकते।\n", "Anil T.");
    assert!(!f.iter().any(|x| x.rule.starts_with("reply/")), "{:?}", rules(&f));
}

#[test]
fn the_indian_hospital_number_is_a_record_number() {
    let f = run("news", "Case note (example): patient G. L., UHID DEH-2026-55120, admitted 2 September for vitrectomy.\n");
    assert!(has_rule(&f, "phi/record-number"), "{:?}", rules(&f));
    let f = run("news", "Your UHID is printed on every receipt; bring it to each visit.\n");
    assert!(!has_rule(&f, "phi/record-number"), "{:?}", rules(&f));
}

#[test]
fn english_cues_of_one_persons_care_with_us() {
    assert_caught(&[
        "First prize, a hamper from the village shop, went to Glenys Parry, who has come to our warfarin clinic every month for twelve years.\n",
        "Mr Alwyn Hughes of Cefn Coch, who we diagnosed in 2024, now wears a mask for every bale and his breathing tests have improved.\n",
        "A warm welcome to the people who began haemodialysis with us in November: Mr. Ayodeji Falade and Mrs. Patience Okoro.\n",
        "| Patient ref | Tooth | Treatment |\n| --- | --- | --- |\n| DE-20417 | UR6 | Root canal |\n",
    ]);
    assert_clean(&[
        "Patients who began dialysis with us this year: 41, up from 33; most come three times a week.\n",
        "Dr. Rhian Hughes, who we welcomed in 2024, runs the warfarin clinic on Tuesdays.\n",
        "Ask for your patient reference at reception if you want a copy of your plan.\n",
    ]);
}

#[test]
fn portuguese_and_nepali_identifiers_and_people() {
    assert_caught(&[
        "A Sra. Edite Marçal (passaporte n.º CB418852) pode levantar o certificado da febre-amarela.\n",
        "No processo dela (processo n.º FCI-2019-04417) estava a sinvastatina de 40 mg.\n",
        "| N.º SNS | Iniciais | INR |\n| --- | --- | --- |\n| 284 771 903 | M. A. | 3,4 |\n",
        "A Ti Lurdes esteve fechada três meses a fazer quimioterapia para o cancro da mama no IPO.\n",
        "मीना गुरुङ दिदी, तपाईंको रगत जाँचको नतिजा आयो। कृपया ९६७ ३३१ ५०८ मा फोन गर्नुहोला।\n",
    ]);
    assert_clean(&[
        "Linha SNS 24: 808 24 24 24, todos os dias. Traga o cartão de cidadão e o passaporte se vier para a consulta do viajante.\n",
        "O processo de vacinação demora 15 minutos; o número de utente está no cartão.\n",
    ]);
}
