//! Patients named in Hindi and Marathi (Devanagari; Hindi since round 35,
//! from set Z; Marathi and the forms below since round 57, from set BE).
//! The script has no capitals, so a person is found by what the languages
//! put around a name ([`super::caseless`] does the reporting):
//!
//! * a form of address before it: श्री / श्री. / श्रीमती / सौ. / कु. /
//!   स्वर्गीय / कै., "our patient" (हमारे मरीज़, आमच्या रुग्ण);
//! * a word for patient or pupil before it (मरीज़, रुग्ण, छात्रा,
//!   विद्यार्थी), when a case ending, a bracket or a colon follows the
//!   name: "मरीज़ शांताराम भोसले (मोबाइल …)", "छात्रा अनन्या की आँख";
//!   "रुग्ण सेवा" (patient service) is a compound, not a name;
//! * an honorific after it: Singh, जी, भाई, बाई, ताई, भाऊ, alone
//!   ("इक़बाल भाई") or joined to the name ("सखुबाई", "मंदाताई"), and
//!   Nepali's दिदी/दाइ after a full name ("मीना गुरुङ दिदी");
//! * a bracketed age, with or without a unit ("रमेश (58)", "ओंकार (२२)";
//!   Devanagari digits are read as ASCII by the segment builder), or an
//!   appositive age with one;
//! * Marathi's honorific and personal case endings as separate words
//!   ("शंकर गुरव यांना काचबिंदू", "सोहम याला तिरळेपणा"): a full name
//!   before यांना/यांची/यांचे, one word before याला/हिला;
//! * a nickname "everyone calls" ("ज्यांना "बाबा" म्हणतात");
//! * the attribution of a quote ("…" — मीनाक्षी पाटील, हडपसर).
//!
//! A clinician's title or role before the name (डॉ., परिचारिका…) or after
//! it makes them staff; a public office before it (मंत्री, आमदार,
//! जिल्हाधिकारी…) makes them a public figure. Marathi's agentive यांनी
//! ("X did") is left out: it is what organisers and speakers do.

use std::sync::LazyLock;

use regex::Regex;

/// A Devanagari person (see the module comment); the first group that
/// took part is the name.
pub(super) static PERSON: LazyLock<Regex> = LazyLock::new(|| {
    let w = r"\p{Devanagari}+";
    let forms = [
        // A form of address, or "our patient".
        format!(r"(?:श्रीमती|श्री\.?|सौ\.|कु\.|स्वर्गीय|कै\.|हमार[ेी]\s+मरीज़?|आमच्या\s+रुग्णा?)\s+({w}(?:\s+{w})?)"),
        // Patient or pupil, then a name closed by a bracket, comma, colon or case ending.
        format!(
            r"(?:^|[^\p{{Devanagari}}])(?:मरीज़?|रुग्णा?|बिरामी|छात्रा|छात्र|विद्यार्थिनी|विद्यार्थी)\s*:?\s+({w}(?:\s+{w})?)\s*(?:[(,:।]|\s(?:को|ने|का|की|के|यांना|यांची|यांचे|यांच्या|याला|हिला)(?:\s|$))"
        ),
        // An honorific after the name, alone or joined.
        format!(r"(?:^|[^\p{{Devanagari}}])(?:(?:नमस्ते|नमस्कार|प्रिय|आदरणीय)\s+)?({w}\s+(?:{w}\s+)?(?:सिंह|जी))(?:[\s,.()।]|$)"),
        format!(r"(?:^|[^\p{{Devanagari}}])({w}\s+(?:भाई|बाई|ताई|भाऊ)|{w}\s+(?:{w}\s+)?(?:दिदी|दाइ))(?:[\s,.()।]|$)"),
        // Joined, after three letters or more that do not end in a virama:
        // "बताई" (told) and "लम्बाई" (length) are words.
        format!(
            r"(?:^|[^\p{{Devanagari}}])(\p{{Devanagari}}{{2,}}[\p{{Devanagari}}&&[^\x{{094D}}]](?:बाई|ताई|भाऊ)(?:\s+{w})?)(?:[\s,.()।]|$)"
        ),
        // An age: bracketed (unit optional) or appositive (unit needed).
        // An area code in brackets is not an age: "(03) 5550 4100".
        format!(r"(?:^|\s)({w})\s*\(\s*\d{{1,3}}\s*(?:वर्ष|वर्षे|साल)?\s*[,)](?:\s*[^\s\d]|\s*$)"),
        format!(r"(?:^|\s)({w})\s*,\s*\d{{1,3}}\s*(?:वर्ष|साल)"),
        // Marathi case endings written apart.
        format!(r"(?:^|[^\p{{Devanagari}}])({w}\s+{w})\s+(?:यांना|यांची|यांचे|यांच्या|यांचा)(?:[\s,.।]|$)"),
        format!(r"(?:^|[^\p{{Devanagari}}])({w})\s+(?:याला|हिला)(?:[\s,.।]|$)"),
        // A table row's name column ("रुग्णाचे नाव: बबन शेळके; वय: 69; ").
        format!(r"(?:^|;\s)(?:रुग्णाचे\s+नाव|रुग्णाचे\s+नाम|मरीज़?\s+का\s+नाम|नाव|नाम|रुग्ण|मरीज़?)\s*:\s+({w}(?:\s+{w})?)\s*;"),
        // A nickname everyone uses.
        format!(r#"["“]({w})["”]\s*(?:म्हणतात|कहते)"#),
        // The attribution of a quote.
        format!(r#"["”]\s*[—–]\s*({w}(?:\s+{w})?)\s*(?:,|$)"#),
    ];
    Regex::new(&forms.join("|")).unwrap()
});

/// Right before the name: a clinician's title or role, or a public office.
pub(super) static STAFF_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:डॉ\.|डॉक्टर|डा\.|नर्स|परिचारिका|परामर्शदाता|सलाहकार|समुपदेशक|तंत्रज्ञ|नेत्ररोगतज्ज्ञ|नेत्र\s+रोग\s+विशेषज्ञ|ऑप्टोमेट्रिस्ट|सर्जन|मंत्री|मुख्यमंत्री|पंतप्रधान|प्रधानमंत्री|आमदार|खासदार|विधायक|सांसद|राज्यपाल|जिल्हाधिकारी|ज़िलाधिकारी|कलेक्टर|महापौर|नगराध्यक्ष)\s*(?:\*\*)?\s*$").unwrap()
});

/// Right after the name: their role at the practice, or a table's role
/// column (a staff list).
pub(super) static STAFF_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*;\s*(?:पद|पदनाम|भूमिका)\s*:|^\s*(?:\*\*)?\s*[,—–-]?\s*(?:हमार[ेी]\s+|आमच्या\s+|आमचे\s+)?(?:डॉक्टर|नर्स|परिचारिका|परामर्शदाता|समुपदेशक|स्वयंसेवक|समन्वयक|प्रबंधक|व्यवस्थापक|तंत्रज्ञ|नेत्ररोगतज्ज्ञ|ऑप्टोमेट्रिस्ट)").unwrap()
});

/// An age in years, or care, as word stems so that inflected forms match
/// ("शस्त्रक्रियेनंतर", "डोळ्यांच्या"): cancer, illness, dialysis, care,
/// death, the hospice, medicine, treatment, a patient, a room number
/// (Hindi, round 35); an operation, cataract, glaucoma, surgery, a
/// diagnosis, admission, infection, squint, retinopathy, keratoconus,
/// diabetes, laser, stitches, an injection, a hospital, childbirth and
/// pregnancy (Hindi and Marathi, round 57); Nepali's patient, blood
/// pressure, blood test and tuberculosis.
pub(super) static CARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\d{1,3}\s*(?:वर्ष|साल)|कैंसर|कर्करोग|बीमारी|आजार|रोग|डायलिसिस|देखभाल|निधन|हॉस्पिस|दवा|औषध|इलाज|उपचार|मरीज़|रुग्ण|कमरा\s+नंबर|ऑपरेशन|मोतियाबिंद|मोतीबिंद|काचबिंद|ग्लूकोमा|शस्त्रक्रि|निदान|भर्ती|संक्रमण|भेंगापन|तिरळे|रेटिनोपॅथी|केराटोकोनस|मधुमेह|लेसर|टांके|इंजेक्शन|अस्पताल|रुग्णालय|दवाखान|प्रसूत|गर्भ|बिरामी|रक्तचाप|रगत\s+जाँच|क्षयरोग").unwrap()
});

/// Words that stand where a name would and are not one: function words,
/// possessives, and the nouns that form compounds with "patient"
/// ("रुग्ण सेवा", "मरीज़ सुरक्षा"). Care words ("मरीज़ देखभाल") need not
/// be here: a name that holds one is none.
pub(super) const STOP: &[&str] = &[
    "है",
    "हैं",
    "था",
    "थी",
    "थे",
    "को",
    "का",
    "की",
    "के",
    "और",
    "या",
    "से",
    "में",
    "ने",
    "पर",
    "भी",
    "तो",
    "यह",
    "वह",
    "ये",
    "वे",
    "इस",
    "उस",
    "एक",
    "सभी",
    "सब",
    "हर",
    "कोई",
    "अपने",
    "अपनी",
    "अपना",
    "मेरे",
    "मेरी",
    "मेरा",
    "उनके",
    "उनकी",
    "उनका",
    "उसके",
    "उसकी",
    "उसका",
    "आपके",
    "आपकी",
    "आपका",
    "हमारे",
    "हमारी",
    "हमारा",
    "बड़े",
    "बड़ी",
    "छोटे",
    "छोटी",
    "आहे",
    "आहेत",
    "आणि",
    "व",
    "हे",
    "ही",
    "हा",
    "ते",
    "ती",
    "त्या",
    "माझे",
    "माझी",
    "माझा",
    "त्यांचे",
    "त्यांची",
    "त्यांच्या",
    "आमचे",
    "आमची",
    "आमच्या",
    "तुमचे",
    "तुमची",
    "तुमच्या",
    "सर्व",
    "प्रत्येक",
    "कोणी",
    "सेवा",
    "कल्याण",
    "सुरक्षा",
    "शिक्षा",
    "शिक्षण",
    "संख्या",
    "तपासणी",
    "जाँच",
    "जांच",
    "नोंदणी",
    "पंजीकरण",
    "कक्ष",
    "सहायता",
    "सहाय्य",
    "अधिकार",
    "मित्र",
    "समिति",
    "समिती",
    "संघ",
    "परिवार",
    "कुटुंब",
    "नातेवाईक",
    "रिश्तेदार",
    "गोपनीयता",
    "माहिती",
    "जानकारी",
    "अनुभव",
    "प्रतिक्रिया",
    "सूची",
    "यादी",
    "नाव",
    "नाम",
    "वय",
    "उम्र",
    "सहमति",
    "संमती",
];

#[cfg(test)]
mod tests {
    use super::super::caseless::tests::people_of;

    const HI: &str = "Hindi, Marathi or Nepali";

    #[test]
    fn hindi_and_marathi_people_beside_care() {
        assert_eq!(people_of(HI, "दौंड शिविर के मरीज़ शांताराम भोसले (मोबाइल 94233 61087) ऑपरेशन के लिए नहीं आए।"), vec!["शांताराम भोसले"]);
        assert_eq!(people_of(HI, "पिंपरी ऑटो स्टैंड के यूनियन अध्यक्ष इक़बाल भाई की आँख में ग्लूकोमा पाया गया।"), vec!["इक़बाल भाई"]);
        assert_eq!(people_of(HI, "चाय की टपरी चलाने वाले रमेश (58) को मोतियाबिंद निकला।"), vec!["रमेश"]);
        assert_eq!(people_of(HI, "मंदिराचे पुजारी शंकर गुरव यांना काचबिंदू असल्याचे निदान झाले."), vec!["शंकर गुरव"]);
        assert_eq!(people_of(HI, "इयत्ता 4 मधील सोहम याला तिरळेपणा आढळला."), vec!["सोहम"]);
        assert_eq!(people_of(HI, "भाजीविक्रेत्या मंदाताई जाधव यांनी शस्त्रक्रियेनंतर काळजी घेतली."), vec!["मंदाताई जाधव"]);
        assert_eq!(people_of(HI, "सगळे ज्यांना \"बाबा\" म्हणतात, त्यांचे मोतीबिंदू ऑपरेशन झाले."), vec!["बाबा"]);
        assert_eq!(people_of(HI, "\"मेरी माँ का मोतियाबिंद का ऑपरेशन अच्छे से हुआ।\" — मीनाक्षी पाटील, हडपसर"), vec!["मीनाक्षी पाटील"]);
        assert_eq!(people_of(HI, "वेल्हे येथील श्री. नामदेव ढेबे यांची मोतीबिंदू शस्त्रक्रिया यशस्वी झाली."), vec!["नामदेव ढेबे"]);
    }

    #[test]
    fn hindi_and_marathi_staff_officials_and_compounds_pass() {
        // A surgeon by title, a nurse by role, an official opening a camp.
        assert!(people_of(HI, "डॉ. अमित देशपांडे यांना मोतीबिंदू शस्त्रक्रियेचा वीस वर्षांचा अनुभव आहे.").is_empty());
        assert!(people_of(HI, "परिचारिका सुनीता पवार यांची रुग्णांशी चांगली ओळख आहे.").is_empty());
        assert!(people_of(HI, "आमदार सुनील शेळके यांच्या हस्ते शिबिराचे उद्घाटन झाले; 300 रुग्णांची तपासणी झाली.").is_empty());
        // "Patient" in compounds and before function words.
        assert!(people_of(HI, "मरीज़ की देखभाल के लिए हमारी टीम हमेशा तैयार है।").is_empty());
        assert!(people_of(HI, "रुग्ण सेवा केंद्र, रुग्ण नोंदणी: सकाळी 9 ते 1. मोतीबिंदू तपासणी मोफत.").is_empty());
        // A count in brackets after a plural noun is not an age of someone named.
        assert!(people_of(HI, "मरीज़ों के लिए मुफ़्त दवा और चश्मा दिया गया।").is_empty());
        // A phone number's area code; a greeting before a name in a reply that declines to discuss care.
        assert!(people_of(HI, "कृपया (03) 5550 4100 मा फोन गर्नुहोला; उपचारबारे पनि।").is_empty());
        // Words that end like a joined honorific: "told", "length".
        assert!(people_of(HI, "डॉक्टर ने दवा बताई। आँख की लम्बाई नापी गई, फिर मोतियाबिंद ऑपरेशन हुआ।").is_empty());
        // No care at all.
        assert!(people_of(HI, "श्री गणेश मंदिर के पास नया केंद्र खुला है।").is_empty());
    }
}
