//! Patients named in Gurmukhi (Punjabi), Arabic and Tamil text (round 34,
//! from case set Y) and Devanagari (Hindi and Marathi, whose forms are in
//! [`super::devanagari`]). Like Chinese, Japanese and Korean ([`super::cjk`]),
//! these scripts have no capitals, so the name rules never see "ਹਰਜੀਤ ਕੌਰ"
//! or "سلمى الخطيب". A person is found by what each language puts around a
//! name:
//!
//! * Punjabi: every Sikh name carries Singh or Kaur ("ਅਵਤਾਰ ਸਿੰਘ ਸੰਘਾ");
//!   "our patient" (ਸਾਡੀ/ਸਾਡੇ ਮਰੀਜ਼) before a name.
//! * Arabic: "our/my patient" (مريضتنا, مريضنا, مريضي), "the child"
//!   (الطفل), Mr/Mrs (السيد, السيدة) and the kunya "father of" (أبو) before
//!   a name ("mother of", أم, is also the word "or", and is left out); a
//!   name with an age in apposition ("ريم، 19 سنة،").
//! * Tamil: "our patient" (எங்கள் நோயாளி), Mr/Mrs (திரு., திருமதி).
//! * Any of the three: a word before an age in brackets ("சிவராஜா (81)").
//!
//! Beside an age in years or a care word of the same language in the
//! paragraph, on a page that is no bio, that person is a patient, unless a
//! clinician's title stands before the name ("ਡਾ.", "د.", "டாக்டர்") or
//! their role follows it. Staff whose names are written in these scripts
//! cannot be matched to the team's Latin names, so the title or role is
//! what tells them apart; a public figure ("محمد علي") has neither a form
//! of address nor a bracketed age.

use std::sync::LazyLock;

use regex::Regex;

use super::devanagari;
use super::redact::quote;
use super::segments::Segments;
use super::{Finding, Severity, finding};

/// One language's forms of a person, its staff markers and its care words
/// (shared with [`super::cjk`]).
pub(super) struct Lang {
    /// The text is in this language (its script).
    pub(super) is: fn(&str) -> bool,
    /// A person; the first group that took part is the name (the whole
    /// match when the pattern has none).
    pub(super) person: &'static LazyLock<Regex>,
    /// Right before the person: a clinician's title or role.
    pub(super) staff_before: &'static LazyLock<Regex>,
    /// Right after the name: their role at the practice.
    pub(super) staff_after: &'static LazyLock<Regex>,
    /// An age in years, or care, in the same paragraph.
    pub(super) care: &'static LazyLock<Regex>,
    /// Function words that can follow "our patient" where a name would
    /// ("ਕੋਈ ਸਾਡਾ ਮਰੀਜ਼ ਹੈ": whether someone "is our patient").
    pub(super) stop: &'static [&'static str],
    pub(super) what: &'static str,
}

static PA_PERSON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^\p{Gurmukhi}])((?:ਸਰਦਾਰ\s+|ਬੀਬੀ\s+|ਸ੍ਰੀਮਤੀ\s+|ਸ੍ਰੀ\s+)?\p{Gurmukhi}+\s+(?:ਸਿੰਘ|ਕੌਰ))(?:[\s,.()।]|$)|ਸਾਡ[ੀੇਾ]\s+(?:\p{Gurmukhi}+\s+)?ਮਰੀਜ਼\s+(\p{Gurmukhi}+)|(?:^|\s)(\p{Gurmukhi}+)\s*\(\s*\d{1,3}\s*(?:ਸਾਲ)?\s*[,)]").unwrap()
});
static PA_STAFF_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:ਡਾ\.|ਡਾਕਟਰ|ਨਰਸ|ਪ੍ਰੈਕਟੀਸ਼ਨਰ|ਥੈਰੇਪਿਸਟ|ਟੈਕਨੋਲੋਜਿਸਟ)\s*(?:\*\*)?\s*$").unwrap());
static PA_STAFF_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:\p{Gurmukhi}+\s*)?(?:\*\*)?\s*(?:ਜੀ\s*)?[,—–-]?\s*(?:ਸਾਡ[ੀੇਾ]\s+)?(?:\p{Gurmukhi}+\s+)?(?:ਡਾਕਟਰ|ਨਰਸ|ਮੈਨੇਜਰ|ਡਾਇਰੈਕਟਰ|ਕੋਆਰਡੀਨੇਟਰ|ਥੈਰੇਪਿਸਟ|ਟੈਕਨੋਲੋਜਿਸਟ|ਵਲੰਟੀਅਰ|ਨਿਊਰੋਲੋਜਿਸਟ|ਸਟਾਫ਼)").unwrap()
});
/// An age in years, or care: treatment, dementia, Alzheimer's,
/// Parkinson's, a report, an MRI, a stroke, medicine, epilepsy, DBS,
/// rehab, diabetes, insulin, cancer, an operation, a hospital.
static PA_CARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\d{1,3}\s*ਸਾਲ|ਇਲਾਜ|ਡਿਮੈਂਸ਼ੀਆ|ਅਲਜ਼ਾਈਮਰ|ਪਾਰਕਿੰਸਨ|ਰਿਪੋਰਟ|ਐਮ\.ਆਰ\.ਆਈ|ਸਟ੍ਰੋਕ|ਦਵਾਈ|ਮਿਰਗੀ|ਡੀ\.ਬੀ\.ਐੱਸ|ਰੀਹੈਬ|ਸ਼ੂਗਰ|ਇੰਸੁਲਿਨ|ਕੈਂਸਰ|ਅਪਰੇਸ਼ਨ|ਓਪਰੇਸ਼ਨ|ਹਸਪਤਾਲ|ਮਰੀਜ਼",
    )
    .unwrap()
});

static AR_PERSON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^\p{Arabic}])(?:مريض(?:ت)?(?:نا|ي)|الطفلة?|السيدة?|الحاجة?|أبو)\s+(\p{Arabic}+)|(?:^|\s)(\p{Arabic}+)\s*\(\s*\d{1,3}\s*(?:عامًا|عاما|سنة|سنوات)?\s*[,،)]|(?:^|\s)(\p{Arabic}+)[،,]\s*\d{1,3}\s*(?:عامًا|عاما|سنة|سنوات)\s*[,،]").unwrap()
});
static AR_STAFF_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:الدكتورة?|د\.|دكتورة?|الممرضة?|الأخصائية?)\s*(?:\*\*)?\s*$").unwrap());
static AR_STAFF_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:\p{Arabic}+\s*)?(?:\*\*)?\s*[،,—–-]?\s*(?:طبيبة?|ممرضة?|أخصائية?|فنية?|منسقة?|مديرة?|جراح|متطوعة?)").unwrap()
});
/// An age in years, or care: a diagnosis, dementia, Alzheimer's, MS,
/// a seizure, epilepsy, an MRI, an infusion, treatment, an EEG, a stroke,
/// Parkinson's, the memory clinic; since round 56 kidney failure and
/// dialysis, pregnancy and birth, diabetes, blood pressure, cancer, a
/// hospital.
static AR_CARE: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"\d{{1,3}}\s*(?:عامًا|عاما|سنة|سنوات)|{AR_CARE_WORDS}")).unwrap());
/// The care words of [`AR_CARE`] (shared with the replies' Arabic care).
pub(super) const AR_CARE_WORDS: &str = r"تشخيص|الخرف|الزهايمر|التصلب|نوبة|نوبته|الصرع|الرنين|التسريب|العلاج|علاج|تخطيط|السكتة|باركنسون|عيادة\s+الذاكرة|الجراحة|عملية|الكلوي|الكلى|غسيل|يغسل|حملها|الحمل|ولادة|بولادة|السكري|ضغط\s+الدم|سرطان|المستشفى|مستشفى";

static TA_PERSON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:எங்கள்\s+நோயாளி|திரு\.?|திருமதி)\s+(\p{Tamil}+)|(?:^|\s)(\p{Tamil}+)\s*\(\s*\d{1,3}\s*(?:வயது)?\s*[,)]").unwrap()
});
static TA_STAFF_BEFORE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?:டாக்டர்|டாக்டர்\.|மருத்துவர்|செவிலியர்)\s*(?:\*\*)?\s*$").unwrap());
static TA_STAFF_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(?:\p{Tamil}+\s*)?[,—–-]?\s*(?:மருத்துவர்|செவிலியர்|டாக்டர்|ஒருங்கிணைப்பாளர்|தன்னார்வலர்)").unwrap());
/// An age in years, or care: treatment, a seizure, medicine, the memory
/// clinic, a stroke, surgery.
static TA_CARE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\d{1,3}\s*வயது|சிகிச்சை|வலிப்பு|மருந்த|நினைவாற்றல்|பக்கவாத|அறுவை|நோயாளி|DBS|EEG|MRI").unwrap());

static LANGS: [Lang; 4] = [
    Lang {
        is: |t| t.chars().any(|c| ('\u{0a00}'..='\u{0a7f}').contains(&c)),
        person: &PA_PERSON,
        staff_before: &PA_STAFF_BEFORE,
        staff_after: &PA_STAFF_AFTER,
        care: &PA_CARE,
        stop: &["ਹੈ", "ਹਨ", "ਸੀ", "ਸਨ", "ਨੂੰ", "ਦਾ", "ਦੀ", "ਦੇ", "ਜਾਂ", "ਅਤੇ", "ਵੀ", "ਨੇ", "ਲਈ", "ਤੋਂ", "ਵਿੱਚ", "ਕੋਲ", "ਬਣ", "ਬਣੇ"],
        what: "Punjabi",
    },
    Lang {
        is: |t| t.chars().any(|c| ('\u{0600}'..='\u{06ff}').contains(&c)),
        person: &AR_PERSON,
        staff_before: &AR_STAFF_BEFORE,
        staff_after: &AR_STAFF_AFTER,
        care: &AR_CARE,
        stop: &["في", "من", "على", "أن", "عن", "إلى", "هو", "هي", "لدينا", "الذي", "التي", "أو", "و"],
        what: "Arabic",
    },
    Lang {
        is: |t| t.chars().any(|c| ('\u{0b80}'..='\u{0bff}').contains(&c)),
        person: &TA_PERSON,
        staff_before: &TA_STAFF_BEFORE,
        staff_after: &TA_STAFF_AFTER,
        care: &TA_CARE,
        stop: &["ஆவார்", "இருக்கிறார்", "மற்றும்", "அல்லது"],
        what: "Tamil",
    },
    Lang {
        is: |t| t.chars().any(|c| ('\u{0900}'..='\u{097f}').contains(&c)),
        person: &devanagari::PERSON,
        staff_before: &devanagari::STAFF_BEFORE,
        staff_after: &devanagari::STAFF_AFTER,
        care: &devanagari::CARE,
        stop: devanagari::STOP,
        what: "Hindi, Marathi or Nepali",
    },
];

/// Report each person of these languages in a paragraph that tells an age
/// or care, unless a clinician's title or role goes with the name.
pub(super) fn check(segs: &Segments, out: &mut Vec<Finding>) {
    report(segs, &LANGS, out);
}

/// Report each person of `langs` in a paragraph of that language that
/// tells an age or care, unless a title or a role goes with the name. A
/// front-matter field (a title, a description) reads the care of the
/// page's body: "सुनीता बाई को मिली नई रोशनी" names her above an article
/// about her operation.
pub(super) fn report(segs: &Segments, langs: &[Lang], out: &mut Vec<Finding>) {
    for l in langs {
        let mut body_care = None;
        for s in &segs.segs {
            let t = &s.text;
            if t.is_ascii() || !(l.is)(t) {
                continue;
            }
            let care = tells_care(l, t)
                || (s.is_field()
                    && *body_care
                        .get_or_insert_with(|| segs.segs.iter().any(|b| !b.is_field() && !b.text.is_ascii() && tells_care(l, &b.text))));
            if !care {
                continue;
            }
            for m in people(l, t) {
                out.push(
                    finding(
                        "phi/name",
                        Severity::Error,
                        segs.pos(s, m.start()),
                        format!(
                            "person name {} beside an age or care in {}: naming a patient discloses PHI; remove or anonymise it, or add a signed `authorization` covering `name` if this is a consented story",
                            quote(m.as_str()),
                            l.what
                        ),
                    )
                    .about(m.as_str()),
                );
            }
        }
    }
}

/// Some sentence of `t` tells an age or care in language `l`; a sentence
/// that declines to discuss care for privacy ("गोपनीयताका कारण … उपचारबारे
/// कुरा गर्न सक्दैनौँ") does not.
fn tells_care(l: &Lang, t: &str) -> bool {
    l.care.is_match(t) && t.split(['।', '.', '?', '!']).any(|p| l.care.is_match(p) && !super::foreign_care::declines(p))
}

/// The people of language `l` in `t` that are not staff: no title or role
/// goes with the name, and no word of it is a function word or a care word.
fn people<'t>(l: &Lang, t: &'t str) -> Vec<regex::Match<'t>> {
    let mut found = Vec::new();
    for c in l.person.captures_iter(t) {
        let (Some(whole), Some(m)) = (c.get(0), c.iter().skip(1).flatten().next().or_else(|| c.get(0))) else { continue };
        if m.as_str().split_whitespace().any(|w| l.stop.contains(&w))
            || l.care.is_match(m.as_str())
            || l.staff_before.is_match(&t[..whole.start().min(m.start())])
            || l.staff_after.is_match(&t[m.end()..])
        {
            continue;
        }
        found.push(m);
    }
    found
}

#[cfg(test)]
pub(super) mod tests {
    use super::LANGS;

    /// The names each language's person pattern finds in `t` when it
    /// tells care.
    fn people(lang: usize, t: &str) -> Vec<String> {
        let l = &LANGS[lang];
        if !l.care.is_match(t) {
            return vec![];
        }
        super::people(l, t).iter().map(|m| m.as_str().to_string()).collect()
    }

    /// [`people`] of the language called `what`.
    pub(in super::super) fn people_of(what: &str, t: &str) -> Vec<String> {
        people(LANGS.iter().position(|l| l.what == what).expect("a language of that name"), t)
    }

    #[test]
    fn punjabi_people_beside_care_and_staff_apart() {
        assert_eq!(people(0, "ਸਾਡੇ ਮਰੀਜ਼ ਗੁਰਮੀਤ ਸਿੰਘ ਬਰਾੜ (71 ਸਾਲ) ਦਾ ਸਟ੍ਰੋਕ ਤੋਂ ਬਾਅਦ ਇਲਾਜ ਹੋਇਆ।").len(), 2);
        assert_eq!(people(0, "ਜਸਪ੍ਰੀਤ ਕੌਰ ਨੂੰ ਪਿਛਲੇ ਸਾਲ ਮਿਰਗੀ ਦੀ ਦਵਾਈ ਸ਼ੁਰੂ ਹੋਈ।"), vec!["ਜਸਪ੍ਰੀਤ ਕੌਰ"]);
        // A doctor by title, a nurse by role, Singapore, and no care at all.
        assert!(people(0, "ਡਾ. ਹਰਪ੍ਰੀਤ ਸਿੰਘ ਸਟ੍ਰੋਕ ਦਾ ਇਲਾਜ ਕਰਦੇ ਹਨ।").is_empty());
        assert!(people(0, "ਮਨਦੀਪ ਕੌਰ, ਸਾਡੀ ਨਰਸ, ਦਵਾਈ ਬਾਰੇ ਦੱਸੇਗੀ।").is_empty());
        assert!(people(0, "ਸਿੰਘਾਪੁਰ ਵਿੱਚ ਦਵਾਈ ਸਸਤੀ ਹੈ।").is_empty());
        assert!(people(0, "ਅਸੀਂ ਇਹ ਵੀ ਨਹੀਂ ਦੱਸ ਸਕਦੇ ਕਿ ਕੋਈ ਸਾਡਾ ਮਰੀਜ਼ ਹੈ ਜਾਂ ਨਹੀਂ।").is_empty());
        assert!(people(0, "ਬਲਦੇਵ ਸਿੰਘ ਗੁਰਦੁਆਰੇ ਵਿੱਚ ਲੰਗਰ ਦੀ ਸੇਵਾ ਕਰਦੇ ਹਨ।").is_empty());
    }

    #[test]
    fn arabic_and_tamil_people_beside_care_and_staff_apart() {
        assert_eq!(people(1, "مريضنا كريم، 61 عامًا، يتلقى العلاج في عيادتنا."), vec!["كريم"]);
        assert_eq!(people(1, "السيدة هدى تحضر عيادة الذاكرة منذ تشخيصها."), vec!["هدى"]);
        assert!(people(1, "د. يوسف حداد يشرح علاج الصرع.").is_empty());
        assert!(people(1, "شُخّص الملاكم الشهير محمد علي بمتلازمة باركنسون عام 1984.").is_empty());
        assert_eq!(people(2, "எங்கள் நோயாளி முருகன் (64) சிகிச்சை பெறுகிறார்."), vec!["முருகன்"]);
        assert!(people(2, "டாக்டர் பிரியா வெங்கடராமன் தமிழில் பேசுவார்கள்; வலிப்பு பற்றி.").is_empty());
    }
}
