//! `reply/*` (principle 7): replies to online reviews, the source of most
//! OCR penalties. Only for pages with `review_reply` (or `check_text` with
//! `as_review_reply`). A reply that thanks, says privacy rules prevent
//! discussing anyone's care, and offers to talk offline (practice phone,
//! staff name) is clean.
//!
//! * `reply/confirms-patient` (error): wording that confirms a patient
//!   relationship — "our records/chart", "your appointment/visit/treatment/
//!   results/bill…", "when you came in", "we saw/treated/called you", "left
//!   you voicemails", "you missed…"; warning for softer "see you again",
//!   "your next visit".
//! * `reply/care-detail` (error): care or billing specifics — lab tests
//!   (A1C), imaging, procedures, medications, diagnoses, balances,
//!   collections, dollar amounts — outside a sentence that says the practice
//!   *cannot* discuss them.
//! * `reply/date` (error): a specific date (day or month) in the reply.
//! * `reply/names-reviewer` (error): naming the reviewer beyond their public
//!   display name: a surname after their first name ("Karen Peterson" for
//!   "Karen P."), an honorific + surname, or a first name in a greeting when
//!   the display name only has initials. With no known display name, any
//!   non-staff full name is a warning.

use std::sync::LazyLock;

use regex::Regex;

use super::redact::quote;
use super::segments::{Kind, Segments};
use super::soft::DATE;
use super::words::{COMMON, FIRST_NAMES, HONORIFICS, ORG, is_common};
use super::{Allowlist, Finding, Severity, finding};

static CONFIRM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(?:our|my)\s+(?:records?|charts?|files|notes|system)\s+(?:show|indicate|say|reflect)s?|as\s+(?:our|my)\s+(?:records?|charts?|notes|files)|according\s+to\s+(?:our|my)\s+(?:records?|charts?|notes|files)|in\s+(?:our|my)\s+(?:records?|charts?|notes|files)|your\s+(?:[a-z'’-]+\s+){0,2}?(?:doses?|methadone|blister\s+packs?|appointments?|visits?|treatments?|results?|charts?|records?|file|procedures?|surgery|diagnosis|prescriptions?|medications?|care|exams?|tests?|labs?|bills?|balance|account|invoices?|statements?|claims?|insurance|copay|co-pay|deductible|payments?|provider|doctor|dentist|nurse|hygienist|therapist|condition|x-?rays?|scans?|cleaning|crown|filling|implant|stay|admission|discharge|check-?up|checks?|follow-?up|physical|vaccin\w*|shots?|referral|prior\s+authori[sz]ation|recovery|symptoms|health\s+history|medical\s+history|hearing\s+aids?|earmolds?|ear\s+molds?|orthotics?|custom\s+inserts?|(?:oxygen\s+)?concentrator(?:\s+log)?|oxygen|dentures?|partials?|nebuli[sz]er|walker|adjustments?|massages?|acupuncture|glasses|contact\s+lenses|lenses|facials?|peels?|botox|fillers?|laser|biops(?:y|ies)|stitches|excision|mole\s+checks?|skin\s+checks?|eegs?|emgs?|mri|infusions?|(?:memory|cognitive|neuropsych\w*|driving)\s+(?:assessments?|evaluations?)|nerve\s+conduction\s+stud(?:y|ies)|sleep\s+stud(?:y|ies)|pregnancy|cycles?|transfers?|embryos?|ultrasounds?|egg\s+retrieval)|part\s+of\s+your\s+(?:[\w-]+\s+)?journey|congratulations\s+on\s+your\s+(?:little\s+one|baby|pregnancy|bump|twins|bfp)|votre\s+(?:prochaine?\s+)?(?:échographie|grossesse|cycle|transfert|rendez-vous|traitement|ponction|insémination)|(?:thank\s+you|thanks)\s+(?:so\s+much\s+)?for\s+coming\s+(?:in|by|to)\b|when\s+you\s+(?:came|were\s+(?:here|in|seen)|visited|saw\s+(?:dr|us|our)|checked\s+in|called\s+(?:us|our))|you\s+(?:were|are)\s+(?:seen|treated|examined|our\s+patient|a\s+patient)|you\s+(?:missed|cancell?ed|rescheduled|no-showed|arrived\s+late|came\s+in|visited\s+us)|we\s+(?:saw|treated|examined|called|contacted|billed|charged|referred|prescribed|discharged|admitted|scheduled)\s+you|(?:left|sent)\s+you\s+(?:an?\s+|two\s+|three\s+|several\s+|multiple\s+|\d+\s+)?(?:voicemails?|messages?|letters?|reminders?|texts?|bills?|statements?|invoices?)|as\s+our\s+patient|your\s+(?:son|daughter|child|kids?|children|wife|husband|mother|father|mom|mum|dad|partner|grand\w+|baby|twins)['’]s?\s+(?:[a-z-]+\s+)?(?:counsell?or|therapist|doctor|psychiatrist|psychologist|surgeon|nurse|care|treatment|appointments?|visits?|sessions?|provider|dentist|hygienist|oncologist|cardiologist|pediatrician|paediatrician|group|assessments?|evaluations?|diagnosis|medications?|meds|eeg|mri|infusions?|tests?|results?|scans?|surgery|procedure|circumcision|wound|stent|catheter|biopsy|psa)|(?:bringing|brought)\s+your\s+(?:son|daughter|child|kids?|children|wife|husband|mother|father|mom|mum|dad|partner|grand\w+|baby|twins)\s+(?:to|in|for)\b|(?:asked\s+(?:you\s+)?for|scanned|took|copied)\s+your\s+(?:health|insurance|ohip|medicare|id)\s+cards?|(?:since|while)\s+you\s+(?:were|have\s+been)\s+(?:a|our)\s+patient|\bin\s+room\s+\d{1,3}|(?:car(?:e|ed|ing)\s+for|look(?:ed|ing)?\s+after|nurs(?:e|ed|ing))\s+your\s+(?:son|daughter|child|wife|husband|mother|father|mom|mum|dad|partner|grand\w+|baby|nana|koro|brother|sister)|(?:mum|mom|dad|mother|father|husband|wife|nana|koro)['’]s\s+(?:last|final)\s+(?:days|weeks|hours)|te\s+tiaki\s+i\s+tō\s+(?:māmā|pāpā|koroua|kuia|tāne|wahine)|naʻa\s+mau\s+tauhi\s+ho|your\s+(?:[a-z0-9’-]+\s+){0,2}?(?:runs?|needles?|chair|dialysis|fistula|catheter|exchanges?)|\bchair\s+\d{1,2}|votre\s+(?:dossier|traitement|rendez-vous|visite|formation|dialyse|s[ée]ance|ordonnance|chirurgie|hospitalisation)|su\s+(?:expediente|historial|tratamiento|cita|consulta)|sua\s+(?:consulta|infus[ãa]o|cirurgia|tratamento|exame|resson[âa]ncia|resultados?|receita|medica[çc][ãa]o|opera[çc][ãa]o|sess[ãa]o|visita)|ihre[nm]?\s+(?:akte|behandlung|termin)|(?:operasyon|tretman|randevou|konsiltasyon|vizit|biyopsi|rezilta|dosye|medikaman)\s+(?:[\p{L}-]+\s+){0,2}?ou\b|nou\s+(?:te\s+)?(?:wè|trete|opere|resevwa)\s+ou)\b").unwrap()
});
/// A relationship confirmed without a care word: having the reviewer
/// "here" for years, a next meeting on a weekday, "part of our family",
/// meeting their child, "your usual" room or chair. General policy written
/// in the abstract matches none of these.
static RELATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(?:have|having|had)\s+you\s+(?:here|with\s+us|in\s+(?:our|the)\s+(?:practice|office|clinic|chair|care))|see\s+you\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next\s+(?:week|month|time)|soon|in\s+(?:a|two|three|six)\s+\w+)|part\s+of\s+(?:our|the)\s+(?:\w+\s+)?family|one\s+of\s+our\s+(?:\w+\s+)?(?:patients|clients|families|regulars)|(?:loved|enjoyed|love|enjoy|was\s+(?:great|lovely|nice|a\s+(?:joy|pleasure)))\s+(?:meeting|seeing|having|treating|caring\s+for|looking\s+after|working\s+with)\s+(?:you|your)\b|(?:great|good|nice|lovely|wonderful|a\s+joy|a\s+pleasure)\s+to\s+(?:see|have)\s+you\s+(?:back|again|here|in)|your\s+usual\s+\w+|see\s+you\s+(?:at|for|in|on)\s+(?:the\s+|your\s+|her\s+|his\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:check\w*|check-?up|appointment|visit|cleaning|exam|recall|follow-?up|adjustment|session|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|fall|autumn|winter)|remember\s+(?:you|your)\b|your\s+(?:son|daughter|child|children|kids?|little\s+one|boy|girl|mom|mother|mum|dad|father|husband|wife|partner|baby|grandson|granddaughter|family)(?:'s|’s)?\s+(?:did|was|were|is|looked|seemed|handled|felt|(?:[\w-]+\s+)?(?:stay|visit|care|recovery|discharge|treatment|appointment|cleaning|checkup|check-up))\b|(?:all|these)\s+(?:these\s+)?(?:past\s+)?(?:\w+\s+)?years\s+(?:with|at)\s+us|congratulations\s+(?:again\s+)?on\s+(?:the|your)\s+(?:(?:good|great|wonderful|happy|exciting|big)\s+)?news|(?:glad|happy|thrilled|pleased|relieved)\s+(?:that\s+)?(?:the|your)\s+(?:[\w-]+\s+){0,2}(?:is|are|was|were)\s+(?:finally\s+|now\s+|feeling\s+|so\s+much\s+)?(?:better|comfortable|improving|healing|healed|working|gone|no\s+longer)|still\s+(?:there|open|available|held|yours)\s+for\s+you|(?:glad|happy|thrilled|pleased|relieved|great|good)\s+(?:to\s+(?:hear|know|see|read)\s+)?(?:that\s+)?you(?:'re|’re|\s+are)\s+(?:now\s+|finally\s+|already\s+|back\s+on\s+your\s+feet\s+and\s+)?(?:feeling|doing|getting|sleeping|walking|eating)\s+(?:much\s+|so\s+much\s+|a\s+lot\s+|a\s+bit\s+)?better|(?:you(?:'re|’re|\s+are)|you\s+were)\s+(?:now\s+|already\s+)?on\s+the\s+mend)").unwrap()
});
/// The reviewer's relative with a body part, a device or a part of care
/// in the same sentence: "your dad's leg is healing", "congratulations to
/// your daughter on finishing the program"; since round 64 also a
/// relative by name ("the oxygen order round to your Alan") and the
/// next sentence ("to see your mum too. … her new blister packs").
static FAMILY_CARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\byour\s+(?:little\s+|baby\s+|elderly\s+)?(?:dad|father|mum|mom|mother|son|daughter|husband|wife|partner|child|kids?|baby|boy|girl|grandmother|grandfather|grandma|grandpa|nan|gran|nana|grandad|hubby|(?-i:\p{Lu}\p{Ll}{2,}))(?:['’]s)?\b[^!?]{0,80}?\b(?:oxygen|blister\s+packs?|prescriptions?|meds|medicines?|repeats?|leg|knee|hip|back|shoulder|foot|feet|ankle|wrist|hand|arm|eyes?|ears?|teeth|tooth|skin|chest|heart|lungs?|stitches|wound|dressings?|scar|cast|plaster|cpap|inhaler|program|programme|treatment|recovery|healing|surgery|operation|appointments?|check-?up|tests?|results?|medication|tablets|dose|jab|vaccines?|injections?|sleep\s+study)\b|\b(?:oxygen|blister\s+packs?|prescriptions?|meds|medicines?|tablets|inhalers?|dressings)\b[^.!?]{0,60}?\b(?:to|for)\s+your\s+(?:mum|mom|mother|dad|father|husband|wife|partner|son|daughter|nan|gran|grandma|grandad|(?-i:\p{Lu}\p{Ll}{2,}))\b").unwrap()
});
static SOFT_CONFIRM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(?:one|it|denture|plate|partial|brace|insert|aid)\s+still\s+(?:rubs|hurts|pinches|slips|whistles|squeaks)|(?:aids|dentures|braces|insoles|inserts)\s+(?:are|keep)\s+(?:still\s+)?(?:whistling|squeaking|rubbing|hurting|pinching|slipping)|see\s+you\s+again|serve\s+you\s+again|welcome\s+you\s+back|see\s+you\s+back|your\s+next\s+(?:visit|appointment)|next\s+time\s+you\s+(?:come|visit))\b").unwrap()
});
static DETAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:\b(?:a1c|hba1c|blood\s*work|lab\s+(?:work|results?|tests?)|test\s+results|x-?rays?|mri|ct\s+scan|ultrasound|biopsy|colonoscopy|mammogram|root\s+canal|crown|filling|extraction|prescriptions?|refills?|medications?|dosage|diagnos(?:is|ed)|surgery|injections?|infusions?|vaccin\w+|copay|co-pay|deductible|outstanding\s+balance|balance\s+due|collections|past\s+due|overcharged|refund(?:ed)?|out-of-network|prior\s+authori[sz]ation|cholesterol|blood\s+pressure|insulin|antibiotics?|stitches|cavity|cavities|biopsias?|biopsies?|su\s+(?:consulta|cita|visita|tratamiento)|radiograf[ií]as?|resonancias?|an[aá]lisis|recetas?|cirug[ií]as?|operaci[oó]n|diagn[oó]stico|diagnostic|ordonnance|chirurgie|radiographies?|Befund|Diagnose|Rezept|Röntgen\w*|Operation)\b|\$\s?\d)").unwrap()
});
/// Care and billing words that are ordinary in general policy ("we accept
/// most insurance claims") and a disclosure when the sentence is about this
/// reviewer's own (see [`SPECIFIC`]).
static ABOUT_THEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:injections?|infusions?|sessions?|therapy|treatment\s+plan|plan\s+of\s+care|refunds?|credits?|adjustments?|claims?|balances?|bills?|charges?|invoices?|statements?|tests?|scans?|results?|dosage|dose|referrals?|procedures?|exam|cleaning|wait)\b").unwrap()
});
/// A sentence about one particular case: a definite reference ("the knee
/// injections", "the balance") or something done to it ("applied",
/// "resubmitted"), or a clock time with a past tense.
static SPECIFIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(?:the|this|that|those|these|your)\s+(?:[\w-]+\s+){0,3}?(?:injections?|infusions?|sessions?|therapy|treatment\s+plan|plan\s+of\s+care|refunds?|credits?|adjustments?|claims?|balances?|bills?|charges?|invoices?|statements?|tests?|scans?|results?|dosage|dose|referrals?|procedures?|exam|cleaning)|applied|issued|processed|posted|resubmitted|refunded|waived|reversed|credited|helped|went\s+out|as\s+promised|after\s+we\s+spoke)\b|\b\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?:[^.!?]*\b(?:was|were)\b)").unwrap()
});
static PRIVACY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:can(?:no|')t|cannot|unable|not\s+able|not\s+allowed|don'?t\s+allow|do\s+not|won'?t|never|privacy|hipaa|laws?|confidential|anyone'?s|privacidad|privacidade|confidencialidad|confidencialidade|no\s+podemos|não\s+podemos|nous\s+ne\s+pouvons|vie\s+privée|confidentialité|pa\s+ka|vi\s+privasyon|lei|la\s+ley|n[ãa]o\s+nos\s+permite|no\s+nos\s+permite|ningu[ée]m|nadie)\b").unwrap()
});
/// "Glad the knee is holding up", "the new inhaler is working": any health
/// event in a reply is about this reviewer, unless the sentence says the
/// practice cannot discuss it, invites contact, or another rule reports it.
fn health_detail(sent: &str) -> Option<usize> {
    let quiet = PRIVACY.is_match(sent)
        || INVITE.is_match(sent)
        || DETAIL.is_match(sent)
        || CONFIRM.is_match(sent)
        || GENERAL.is_match(sent)
        || FACILITY.is_match(sent);
    if quiet { None } else { super::event::reply_health_at(sent) }
}

/// The building and its services, which everyone uses: "the garage
/// elevator … was repaired on Monday" is no one's care.
static FACILITY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:elevators?|lifts?|escalators?|garage|parking|car\s+park|lot|ramp|door|doors|restrooms?|bathrooms?|toilets?|air\s+conditioning|a/c|heating|wi-?fi|website|phone\s+(?:system|lines?)|portal|café|cafe|vending|signs?|signage|carpet|roof)\b").unwrap()
});

/// A sentence that states policy for everyone: "In general, we bill your
/// insurer first", "Most plans cover prenatal ultrasounds", "As a rule …".
static GENERAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*(?:in\s+general|generally|as\s+a\s+(?:rule|general\s+rule)|typically|usually|most\s+(?:plans|insurers|insurance|patients|people|families)|many\s+(?:plans|insurers|patients|people|families)|our\s+(?:general\s+)?policy|for\s+(?:all|every)\s+(?:patients|families|visits)|(?:people|patients|everyone|everybody|anyone|someone|callers|visitors|children|kids|adults)\s+(?:are|is|who|with|can|may|should|get|go|wait)|(?:our|the)\s+(?:[\w-]+\s+){0,3}(?:page|website|article|guide|video|leaflet|brochure|faq|blog\s+post)\s+(?:explains|describes|covers|lists|walks))\b").unwrap()
});

/// A person the sentence is about: the reviewer or someone's own.
static PERSONAL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\b(?:you|your|yours|her|his|their|my|she|he)\b").unwrap());

/// The practice changing its own service: "we changed", "we added two
/// people on the phones", "we opened", "we moved".
static PRACTICE_CHANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bwe(?:'ve|\s+have)?\s+(?:\w+\s+)?(?:changed|updated|added|opened|moved|started|launched|hired|introduced|extended|switched|installed|upgraded|fixed|replaced|expanded|closed|renovated)\b").unwrap()
});

/// An invitation to get in touch ("call us to book a visit"): general.
static INVITE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:call|contact|reach|book|schedule|e-?mail|message|welcome\s+to)\b").unwrap());
static WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:last|on|this\s+past|that)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b").unwrap()
});
static SEQ: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b\p{Lu}[\p{L}'’-]*\p{Ll}(?:[ \t]+(?:\p{Lu}[\p{L}'’-]*\p{Ll}|\p{Lu}\.)){0,3}").unwrap());
static GREETING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?:^|\b)(?:hi|hello|hey|dear|thanks|thank\s+you|sorry)\s*,?\s*$").unwrap());

/// A reply in Japanese, Korean or Chinese that speaks of the reviewer's
/// surgery, check-up, test results, treatment, next booking or visit
/// ("先日の緑内障レーザー手術", "검사 결과", "次回の検診", "ご来院"). Unlike
/// English, these words need no "your": the languages leave it out.
/// Punjabi and Arabic say "your" (ਤੁਹਾਡੇ … ਦਵਾਈ, "نتيجة … الخاص بك",
/// the suffix of "موعدك") and are matched with it.
static CJK_CONFIRM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"手術|術後|検診|検査結果|治療|診察|通院|ご来院|ご受診|処方|眼圧|次回の(?:ご予約|予約)|수술|치료|검사\s?결과|진료|처방|내원|예약되어|手术|治疗|检查结果|檢查結果|复诊|複診|就诊|就診|来院|來院|ਤੁਹਾਡ[ਾੇੀ]\s+(?:\S+\s+){0,4}?(?:ਦਵਾਈ|ਇਲਾਜ|ਰਿਪੋਰਟ|ਅਪੁਆਇੰਟਮੈਂਟ|ਮੁਲਾਕਾਤ|ਟੈਸਟ|ਜਾਂਚ|ਐਮ\.ਆਰ\.ਆਈ)|(?:نتيجة|نتائج|موعد|علاج|فحص|تخطيط|جلسة|دواء|عملية)(?:\s+\S+){0,2}?\s+الخاصة?\s+بك|موعدك|علاجك|نتيجتك|نتائجك|فحصك|جلستك|عمليتك|आपक[ीे]\s+(?:\S+\s+){0,4}?(?:देखभाल|इलाज|दवा|रिपोर्ट|अपॉइंटमेंट|जाँच)|您(?:的)?(?:父亲|母亲|丈夫|妻子|孩子|儿子|女儿)[^。！？]{0,20}照顾|上门照顾").unwrap()
});
/// A CJK sentence that says the practice cannot discuss anyone's care.
static CJK_PRIVACY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"個人情報|プライバシー|お答えでき|お答えしかね|申し上げられ|개인정보|말씀드릴\s?수\s?없|답변드리기\s?어렵|隐私|隱私|个人信息|個人資料|无法|無法|ਕਾਨੂੰਨ|ਨਿੱਜਤਾ|الخصوصية|القانون|لا\s+يمكننا|தனியுரிமை|गोपनीयता|कानून").unwrap()
});
fn confirms_cjk(p: &str) -> String {
    format!(
        "{p} tells the reviewer's own care: do not confirm or deny a patient relationship; thank them and invite them to contact the office"
    )
}
/// The CJK sentence around `off`: up to the full stops (。！？) either side.
fn cjk_sentence(t: &str, off: usize) -> &str {
    let ends = |c: char| matches!(c, '。' | '！' | '？' | '!' | '?' | '।' | '\n');
    let a = t[..off].rfind(ends).map_or(0, |i| i + t[i..].chars().next().map_or(1, char::len_utf8));
    let b = t[off..].find(ends).map_or(t.len(), |i| off + i);
    &t[a..b]
}

/// A confirming phrase's pattern, severity and message (given the phrase).
type Confirming = (&'static Regex, Severity, fn(&str) -> String);

pub(super) fn check(segs: &Segments, allow: &Allowlist, reviewer: Option<&str>, out: &mut Vec<Finding>) {
    // Phrases that confirm a patient relationship, each with its severity
    // and what to say about it.
    let confirming: [Confirming; 4] = [
        (&FAMILY_CARE, Severity::Error, |p| {
            format!(
                "{p} tells the care of the reviewer's family member: a reply must not show that anyone in their family is a patient; thank them and invite them to contact the office"
            )
        }),
        (&CONFIRM, Severity::Error, |p| {
            format!(
                "{p} confirms the reviewer is a patient: do not confirm or deny a patient relationship; thank them and invite them to contact the office"
            )
        }),
        (&RELATION, Severity::Error, |p| {
            format!("{p} confirms a relationship with the reviewer: a reply may thank them, not show that they come here")
        }),
        (&SOFT_CONFIRM, Severity::Warning, |p| format!("{p} implies the reviewer is a patient: prefer \"please contact our office\"")),
    ];
    for s in segs.segs.iter().filter(|s| s.kind == Kind::Prose) {
        let t = &s.text;
        let mut push = |rule: &str, sev: Severity, off: usize, msg: String| out.push(finding(rule, sev, segs.pos(s, off), msg));
        for (re, sev, say) in &confirming {
            for m in re.find_iter(t) {
                push("reply/confirms-patient", *sev, m.start(), say(&quote_phrase(m.as_str())));
            }
        }
        foreign_confirms(s, &mut push);
        for m in DETAIL.find_iter(t) {
            let sent = s.sentence(m.start());
            // A page title or description that says what the review was
            // about ("Reply to a review about a diagnosis") tells no one's
            // care unless it ties the detail to a person ("her biopsy").
            if PRIVACY.is_match(sent) || GENERAL.is_match(sent) || (s.is_field() && !PERSONAL.is_match(sent)) {
                continue;
            }
            push(
                "reply/care-detail",
                Severity::Error,
                m.start(),
                format!(
                    "care or billing detail {} in a review reply: never discuss care, tests or bills publicly",
                    quote_phrase(m.as_str())
                ),
            );
        }
        sentence_details(s, &mut push);
        // "on Monday mornings": a weekly schedule, not a day of care.
        let weekly = |m: &regex::Match| {
            let next = t[m.end()..].trim_start().to_lowercase();
            ["mornings", "afternoons", "evenings", "nights"].iter().any(|w| next.starts_with(w))
        };
        // "Here is what we changed on November 2", "replacing the roof over
        // the garage through July 24": the practice's own change or its
        // building's, in a sentence that speaks of no one's care.
        let own_change = |m: &regex::Match| {
            let sent = s.sentence(m.start());
            (PRACTICE_CHANGE.is_match(sent) && !PERSONAL.is_match(sent))
                || (FACILITY.is_match(sent) && super::event::health_at(sent).is_none() && !DETAIL.is_match(sent))
        };
        for m in DATE.find_iter(t).chain(WEEKDAY.find_iter(t).filter(|m| !weekly(m))).filter(|m| !own_change(m)) {
            push(
                "reply/date",
                Severity::Error,
                m.start(),
                format!("date {} in a review reply: dates of care confirm a patient relationship; remove it", quote(m.as_str())),
            );
        }
        for m in SEQ.find_iter(t) {
            if let Some((off, sev, what)) = names_reviewer(t, m.start(), m.as_str(), allow, reviewer) {
                let msg = format!("{what} {}: use only the reviewer's public display name, or none", quote(m.as_str()));
                out.push(finding("reply/names-reviewer", sev, segs.pos(s, off), msg).about(m.as_str()));
            }
        }
    }
}

/// "Liebe Frau Dr. Kerstin Haslinger": a doctor addressed with a courtesy
/// title is the reviewer, not the practice's (round 62). `before` ends
/// with "Dr." or "Dr".
fn titled_before_doctor(before: &str) -> bool {
    static COURTESY: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"(?i)^(?:{})$", super::foreign_story::TITLES)).unwrap());
    let b = before.trim_end().trim_end_matches('.').trim_end();
    let b = b.strip_suffix("Dr").or_else(|| b.strip_suffix("dr")).unwrap_or(b);
    let w = b.trim_end().rsplit(char::is_whitespace).next().unwrap_or("").trim_end_matches('.').to_lowercase();
    HONORIFICS.contains(w.as_str()) || COURTESY.is_match(&w)
}

/// The reviewer's own visit or record, in the languages of
/// [`super::foreign_care`] (round 59): "laut unserer Kartei", "bei Ihrem
/// letzten Termin", "lors de votre visite", "durante su cita", "tijdens
/// uw afspraak", "son randevunuzda". A visit to come confirms one too
/// ("bei Ihrem nächsten Termin"); an invitation to book one does not
/// ("Ihren Termin können Sie online buchen").
static FOREIGN_VISIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\blaut\s+unsere[rn]?\s+(?:kartei|unterlagen|akte|daten)|\bin\s+unsere[rn]?\s+(?:kartei|unterlagen)\b|\bselon\s+nos\s+(?:dossiers|données|registres)|\bd['’]après\s+nos\s+dossiers|\bseg[uú]n\s+nuestros\s+(?:registros|expedientes|datos)|\bvolgens\s+onze\s+(?:gegevens|administratie|dossiers)|\bkayıtlarımıza\s+göre|\bsegundo\s+os\s+nossos\s+registos|\b(?:ihr(?:e[mnrs]?)?|dein(?:e[mnrs]?)?)\s+(?:letzte[nmrs]?|gestrige[nmrs]?|vorige[nmrs]?|heutige[nmrs]?|nächste[nmrs]?)\s+(?:besuch|termin|behandlung|kontrolle|sitzung)|\b(?:bei|während|nach|seit)\s+(?:ihre[mr]|deine[mr])\s+(?:besuch|termin|behandlung|kontrolle|operation|sitzung)\b|\blors\s+de\s+(?:votre|ta)\s+(?:visite|consultation|rendez-vous|séance|dernière|prochaine)|\b(?:votre|ta)\s+(?:dernière\s+|prochaine\s+)?(?:visite|consultation|séance)\s+(?:du|de\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|hier))\b|\b(?:durante|en)\s+su\s+(?:última\s+|próxima\s+)?(?:visita|cita|consulta)\b|\b(?:tijdens|bij|na)\s+(?:uw|je)\s+(?:laatste\s+|volgende\s+)?(?:bezoek|afspraak|behandeling|controle)\b|\b(?:son|geçen|bir\s+sonraki)\s+(?:randevunuz\w*|ziyaretiniz\w*|muayeneniz\w*)|\b(?:na|durante\s+a)\s+(?:sua|tua)\s+(?:última\s+|próxima\s+)?(?:consulta|visita)\b|\b(?:durante\s+la|nella)\s+sua\s+(?:ultima\s+|prossima\s+)?(?:visita|seduta)\b|\b(?:tu|su)\s+(?:última\s+|próxima\s+)?(?:visita|cita|consulta)\s+(?:del|de\s+(?:ayer|hoy|la\s+semana)|con\s+(?:el|la)\s+(?:dr|dra|doctor|doctora)\b)|\brevis(?:amos|é)\s+(?:tu|su)\s+(?:historia|expediente|historial)|\b(?:la|tu|su)\s+factura\s+(?:de|del|por)\s+(?:la|el|los|las)\s+\w+\s+(?:se\s+te|se\s+le|te|le)\s|\bla\s+fattura\s+(?:per|del|della|di)\s+\S+\s+(?:\S+\s+){0,4}?(?:è\s+stata|ti\s+è|le\s+è)|\b(?:nella|nell['’])\s*(?:tua|sua)\s+area\s+pazienti|\b(?:tu|su)\s+(?:recuperación|rehabilitación|operación|lesión|fractura)\b|\b(?:la\s+tua|la\s+sua|tua|sua)\s+(?:guarigione|riabilitazione|seduta|frattura|operazione)\b|\b(?:tu|il\s+tuo|la\s+tua)\s+(?:rodilla|espalda|hombro|tobillo|cadera|muñeca|ginocchio|schiena|spalla|caviglia|anca|polso)\b|\b(?:la|sua|tua)\s+seduta\s+(?:di\s+\w+\s+)?(?:di|del)\s+(?:luned|marted|mercoled|gioved|venerd|sabato|domenica|\d)|\b(?:dai|secondo\s+i)\s+nostri\s+(?:archivi|registri|dati)\b|\bl['’]appuntamento\s+del\s+\d|\b(?:analizele|rezultatele|vizita|programarea|tratamentul|consultația)\s+(?:dumneavoastră|dvs\.?|tale)\b|\bgem[äa]ss?\s+unsere[rn]?\s+(?:kartei|unterlagen|akte|daten|aufzeichnungen)\b|(?-i:\b[Aa]ls\s+Sie\s)(?:[^.!?]|\d\.){0,60}?\b(?:kamen|waren|vorbeikamen|vorbeigekommen\s+sind|da\s+waren)\b|\bsegons\s+(?:el\s+|els\s+)?nostres?\s+(?:historial|registres?|dades|expedients?)\b|\bhem\s+revisat\s+(?:el\s+)?(?:nostre|vostre|teu)\s+(?:historial|expedient)\b|\b(?:la|el)\s+(?:cita|visita|revisió|tractament|factura)\s+(?:del\s+(?:teu|vostre)|de\s+la\s+(?:teva|vostra))\b|\b(?:la\s+teva|la\s+vostra|el\s+teu|el\s+vostre)\s+(?:cita|visita|revisió|tractament|factura)\b|\bquan\s+(?:vau|vas)\s+venir\b|\b(?:et|us)\s+recordem\b|\bla\s+factura\s+de\s+l['’]|\bla\s+propera\s+revisió\b|\b(?:verificamos|conferimos|checamos|consultamos|revisamos|vimos)\s+(?:no|em|en|nel)\s+(?:nosso|nuestro|nostro)\s+(?:sistema|cadastro|registro|prontuário|agenda)|\b(?:nosso|nuestro|nostro)\s+sistema\s+(?:registra|registr[oó]|mostra|muestra)\b|\brevis(?:amos|é)\s+(?:tu|su)\s+(?:cuenta|ficha)\b|\brevis(?:ou|amos|ó)\s+(?:o|el|tu|su)\s+caso\b|(?-i:\b(?:[Aa]|[Ll]a)\s+(?:consulta|sesión|sessão|cita)\s+d(?:[oa]|el|e)\s+\p{Lu}\p{Ll})|\bte\s+esperamos\s+(?:en|para|no|na)\s+(?:el|la|tu|o|a)\s+(?:control|próxim[oa]|sesión|turno|retorno|revisão)\b|\b(?:tus|sus|suas|tuas)\s+(?:\w+\s+)?(?:sesiones|sessões|consultas)\b|\b(?:foi|fue)\s+atendid[oa]\b").unwrap()
});

/// More of the reviewer's own file, visit, bill or appointment in other
/// languages (round 68, from sets CZ, DA and DB): "in Ihrer Akte", "als
/// wir … bei Ihnen … waren", "bij jullie op de boerderij", "je vader te
/// zien", "il suo appuntamento di martedì", "la fattura n. … per", "de
/// rekening van € 37,50 die u kreeg", "ci ricordiamo benissimo di voi".
static FOREIGN_VISIT_MORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bin\s+(?:ihrer|deiner)\s+(?:patienten)?(?:akte|kartei|unterlagen)\b|\b(?:ihre|deine)\s+(?:patienten)?akte\b|\b(?:in\s+)?(?:uw|je)\s+(?:medisch\s+)?dossier\b|\bvotre\s+dossier\s+(?:médical|patient)\b|\b(?:nella\s+)?(?:sua|tua)\s+cartella(?:\s+clinica)?\b|\b(?:en\s+)?su\s+(?:historia\s+clínica|expediente|historial)\b|(?-i:\b[Aa]ls\s+wir\s)[^.!?]{0,60}?\bbei\s+(?:Ihnen|dir|euch)\b|\bbei\s+(?:Ihnen|euch|dir)\s+(?:zu\s+hause|daheim|auf\s+dem\s+\w+|vorbei)|\bbij\s+(?:u|jullie|je)\s+(?:thuis|op\s+de\s+\w+|langs)\b|\b(?:je|uw)\s+(?:vader|moeder|zoon|dochter|man|vrouw|kind)\s+te\s+(?:zien|bezoeken|onderzoeken|helpen)\b|\b(?:il\s+suo|il\s+tuo)\s+appuntamento\s+(?:di|del)\s+(?:luned|marted|mercoled|gioved|venerd|sabato|domenica|ieri|stamattina|\d)|\bla\s+fattura\s+n\.?\s*\S+\s+(?:per|del|della|di)\b|\b(?:de|uw|je)\s+(?:rekening|factuur|nota)\s+(?:van|voor)\s+(?:€|eur)?\s*\d|\b(?:ihre|die)\s+rechnung\s+(?:über|von|vom|für)\s+(?:€|eur)?\s*\d|\bvotre\s+facture\s+(?:de|du|pour)\b|\bci\s+ricordiamo\s+(?:benissimo\s+|bene\s+|ancora\s+)?di\s+(?:voi|te)\b").unwrap()
});

/// A wish that a named care has passed or gone well, in other languages
/// ("Schön, dass die Wunde jetzt zu ist", "Fijn dat de knie weer goed is
/// na de injectie", "Siamo contenti che l'orticaria sia passata"): read
/// with a care word in the sentence, as [`RECOVERY_WISH`] is.
static GLAD_THAT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(?:schön|gut|toll|freut\s+uns),?\s+dass|fijn\s+dat|goed\s+(?:om\s+te\s+horen|dat)|blij\s+dat|siamo\s+(?:content|felic)i\s+che|che\s+bello\s+che|(?:contents?|heureux|ravis?)\s+que|nos\s+alegra\s+que|qué\s+bien\s+que|que\s+bom\s+que|ficamos\s+felizes)\b").unwrap()
});

/// The reviewer's child or relative with a session, an assessment, a
/// waiting list or a therapy in other languages ("la séance d'orthophonie
/// de votre fils", "votre fils est toujours sur notre liste d'attente",
/// "suo figlio … dopo le sedute con Giulia"), the reviewer's own claim
/// ("la sua pratica INAIL"), or being remembered on the ward ("ci
/// ricordiamo benissimo di lei"; round 64). Services count here: they
/// were the relative's.
static FOREIGN_FAMILY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:votre|ton|ta|vos|su|sus|tu|suo|sua|tuo|tua|seu|teu|ihre?[mnrs]?|deine?[mnrs]?|uw|je)\s+(?:fils|fille|enfants?|mère|père|mari|femme|conjoint|bébé|hij[oa]s?|madre|padre|marido|esposa|bebé|figli[oa]?|marito|moglie|bambin[oa]|filh[oa]|mãe|pai|bebê|sohn|tochter|kinder?|mutter|vater|mann|baby|zoon|dochter|moeder|vader|vaters|sohnes|sohns|mannes|kindes|babys)\b").unwrap()
});
static FOREIGN_SERVICE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:séances?|évaluation\w*|ergothérapie|orthophonie|liste\s+d['’]attente|suivi|thérapie|sedut[ae]|ciclo|terapi[ae]|fisioterapia|logopedia|visit[ae]|controllo|lista\s+d['’]attesa|citas?|consultas?|sesi[oó]n(?:es)?|tratamiento|lista\s+de\s+espera|sess(?:ão|ões)|tratamento|termin|behandlung|therapie|sitzung(?:en)?|warteliste|afspraak|behandeling|wachtlijst|betreuung|pflege|verzorging|zorg|assistenza|cure|soins|cuidados?)\b").unwrap()
});
static FOREIGN_OWN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:la\s+sua|la\s+tua)\s+pratica\s+inail\b|\bci\s+ricordiamo\s+(?:benissimo\s+|bene\s+|ancora\s+)?di\s+lei\b|\bnous\s+nous\s+souvenons\s+(?:très\s+)?(?:bien\s+)?de\s+vous\b|\bnos\s+acordamos\s+(?:muy\s+)?(?:bien\s+)?de\s+(?:usted|ti)\b|\bwir\s+erinnern\s+uns\s+(?:sehr\s+)?(?:gut\s+)?an\s+(?:sie|dich)\b|\bwe\s+herinneren\s+ons\s+(?:u|jou)\b|\b(?:ter\s+você|tenerte|te\s+tener)\s+de\s+(?:volta|vuelta)\b|\blembr(?:ou|amos|aram)\s+de\s+(?:você|vc)\b").unwrap()
});

/// A privacy notice, which may name the visit it declines to discuss.
static DECLINES_TALK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)confidenti|privacidad|privacy|datenschutz|vertraulich|bảo\s+mật|गोपनीय|secreto\s+(?:profesional|médico)|segreto|riservat|sigilo|discre|hablar|comentar|parler|commenter|falar|parlare|besprechen").unwrap()
});

/// A wish for the reviewer's recovery in the other languages.
static RECOVERY_WISH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bsigas?\s+mejorando|\bpronta\s+recuperaci|\bse\s+recupere|\bte\s+recuperes|\bque\s+se\s+mejore|\bmelhoras\b|\b(?:boa|rápida)\s+recupera|\b(?:bon|prompt)\s+rétablissement|\bbonne\s+guérison|\bgute\s+besserung|\b(?:schnelle|baldige)\s+genesung|\bbeterschap|\b(?:goed|spoedig|voorspoedig)\s+herstel|\b(?:buona|pronta)\s+guarigione|\b(?:pronto|buon)\s+recupero").unwrap()
});

/// Replies in other languages: the Chinese, Japanese and Korean phrases
/// that confirm a visit, and a sentence to the reviewer about care
/// ("la visite de votre fils pour son otite", "jou knie … ná die
/// kortisoon-inspuiting", "ضغط الدم عندك").
fn foreign_confirms(s: &super::segments::Segment, push: &mut impl FnMut(&str, Severity, usize, String)) {
    let t = &s.text;
    for m in CJK_CONFIRM.find_iter(t) {
        if !CJK_PRIVACY.is_match(cjk_sentence(t, m.start())) {
            push("reply/confirms-patient", Severity::Error, m.start(), confirms_cjk(&quote_phrase(m.as_str())));
        }
    }
    for r in s.sentences.iter().filter(|r| !super::frame::english_strict(&t[(*r).clone()])) {
        let sent = &t[r.clone()];
        let care = super::foreign_story::care_in(sent) || super::devanagari::CARE.is_match(sent);
        // "Según nuestros registros no faltaste a ninguna cita, así que no
        // podemos devolver el bono": a refusal that is no privacy notice
        // does not undo a visit confirmed.
        let declined = super::foreign_care::declines(sent);
        let family = || FOREIGN_FAMILY.is_match(sent) && (care || FOREIGN_SERVICE.is_match(sent));
        if ((FOREIGN_VISIT.is_match(sent) || FOREIGN_VISIT_MORE.is_match(sent)) && !(declined && DECLINES_TALK.is_match(sent)))
            || (super::foreign_care::second_person(sent) && care && !declined)
            // "Esperamos que la rodilla siga mejorando después de la
            // artroscopía": a wish for recovery from named care (round 67).
            || (care && !declined && (RECOVERY_WISH.is_match(sent) || GLAD_THAT.is_match(sent)))
            || (!declined && (family() || FOREIGN_OWN.is_match(sent)))
        {
            push(
                "reply/confirms-patient",
                Severity::Error,
                r.start,
                "a sentence to the reviewer about their care or their family's confirms they are a patient: thank them and invite them to contact the office".to_string(),
            );
        }
    }
}

/// Per sentence: a health detail, or something specific about this
/// reviewer's care or bill ("your crown", "the $240 charge").
fn sentence_details(s: &super::segments::Segment, push: &mut impl FnMut(&str, Severity, usize, String)) {
    let t = &s.text;
    for r in &s.sentences {
        let sent = &t[r.clone()];
        if let Some(off) = health_detail(sent) {
            push(
                "reply/care-detail",
                Severity::Error,
                r.start + off,
                "a health detail in a review reply is about this reviewer's care: reply only with thanks and an offer to talk offline"
                    .to_string(),
            );
        }
        // "the cleaning staff who keep every unit spotless", "the exam
        // rooms": the word names the practice's people or places, not care.
        let of_practice = |m: &regex::Match| {
            let next = sent[m.end()..].trim_start().split(|c: char| !c.is_alphabetic()).next().unwrap_or("").to_lowercase();
            ["staff", "crew", "crews", "team", "company", "service", "services", "rooms", "room", "schedule", "supplies"]
                .contains(&next.as_str())
        };
        let specific = SPECIFIC
            .find(sent)
            .filter(|m| !of_practice(m))
            .filter(|_| ABOUT_THEM.is_match(sent) || sent.contains(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']));
        if let Some(m) =
            specific.filter(|_| !PRIVACY.is_match(sent) && !DETAIL.is_match(sent) && !CONFIRM.is_match(sent) && !GENERAL.is_match(sent))
        {
            push(
                "reply/care-detail",
                Severity::Error,
                r.start + m.start(),
                format!(
                    "{} in a review reply is about this reviewer's care or bill: reply only with general policy and an offer to talk offline",
                    quote_phrase(m.as_str())
                ),
            );
        }
    }
}

/// Redaction is for identifiers; a confirming phrase is shown as is.
fn quote_phrase(p: &str) -> String {
    format!("\"{}\"", p.split_whitespace().collect::<Vec<_>>().join(" "))
}

fn bare(w: &str) -> String {
    w.trim_end_matches("'s").trim_end_matches("’s").trim_end_matches('.').to_lowercase()
}

/// Greetings of other languages that open a reply before the name
/// ("Lieber Herr …", "Beste Marian", "Gentile signora …"; round 68).
const FOREIGN_SALUTE: &[&str] = &[
    "lieber",
    "liebe",
    "hallo",
    "beste",
    "geachte",
    "cara",
    "caro",
    "gentile",
    "gentilissima",
    "gentilissimo",
    "chère",
    "cher",
    "bonjour",
    "querida",
    "querido",
    "estimada",
    "estimado",
    "hola",
    "moi",
];
/// Lay titles of other languages before a reviewer's name.
const FOREIGN_HON: &[&str] = &[
    "herr", "frau", "meneer", "mevrouw", "dhr", "mevr", "signor", "signora", "sig", "monsieur", "madame", "mme", "señor", "señora", "sr",
    "sra", "senhor", "senhora",
];

fn names_reviewer(t: &str, start: usize, seq: &str, allow: &Allowlist, reviewer: Option<&str>) -> Option<(usize, Severity, &'static str)> {
    // Drop leading common words ("Hi Jenna" → "Jenna").
    let mut start = start;
    let mut seq = seq;
    while let Some((w, rest)) = seq.split_once([' ', '\t']) {
        let b = bare(w);
        if !(is_common(&b) || HONORIFICS.contains(b.as_str()) || FOREIGN_SALUTE.contains(&b.as_str()) || FOREIGN_HON.contains(&b.as_str()))
            || FIRST_NAMES.contains(b.as_str())
        {
            break;
        }
        let rest = rest.trim_start();
        start += seq.len() - rest.len();
        seq = rest;
    }
    if is_common(&bare(seq)) {
        return None;
    }
    let toks: Vec<&str> = seq.split_whitespace().collect();
    let before = &t[..start];
    let prev = before.trim_end().rsplit(char::is_whitespace).next().unwrap_or("").trim_end_matches('.').to_lowercase();
    let titled_doctor = prev == "dr" && titled_before_doctor(before);
    let hon = HONORIFICS.contains(prev.as_str()) || FOREIGN_HON.contains(&prev.as_str()) || titled_doctor;
    let words: Vec<String> = toks.iter().map(|w| bare(w)).collect();
    let refs: Vec<&str> = words.iter().map(String::as_str).collect();
    if allow.is_staff(&refs) || allow.is_allowed_string(seq) || words.iter().any(|w| ORG.contains(w.as_str()) || allow.is_known_word(w)) {
        return None;
    }
    // "ci trova in via Santo Stefano 48": a street named after someone.
    if (prev == "dr" && !titled_doctor) || super::not_people::street_named(t, start, seq, true) {
        return None;
    }
    let Some(display) = reviewer.filter(|r| !r.trim().is_empty()) else {
        let full: Vec<&String> = words.iter().filter(|w| w.len() > 1 && !COMMON.contains(w.as_str())).collect();
        return ((full.len() >= 2 && !is_common(&words[0])) || (hon && !full.is_empty())).then_some((
            start,
            Severity::Warning,
            "reply names a person",
        ));
    };
    let parts: Vec<String> = display.split_whitespace().map(|p| p.trim_end_matches('.').to_lowercase()).collect();
    let full_parts: Vec<&String> = parts.iter().filter(|p| p.chars().count() > 1).collect();
    let initials: Vec<char> = parts.iter().filter(|p| p.chars().count() == 1).filter_map(|p| p.chars().next()).collect();
    let extra = |w: &String| w.chars().count() > 1 && !full_parts.contains(&w) && !is_common(w) && !allow.is_staff(&[w.as_str()]);
    // "Karen Peterson" for "Karen P.": a display part followed by more name.
    if words.iter().any(|w| full_parts.contains(&w)) && words.iter().skip(1).any(extra) {
        return Some((start, Severity::Error, "names the reviewer beyond the display name"));
    }
    // "Deborah Lindgren" for "Deb L.": a fuller form of a display part
    // (same first three letters, or the same initial) with more name after it.
    let fuller = |w: &String| {
        parts.iter().any(|p| {
            p.chars().count() >= 3 && w != p && (w.starts_with(p.as_str()) || p.starts_with(w.as_str()) || w.ends_with(p.as_str()))
        })
    };
    if words.len() >= 2 && fuller(&words[0]) && words.iter().skip(1).any(extra) {
        return Some((start, Severity::Error, "names the reviewer beyond the display name"));
    }
    // "Ms. Peterson", or "Hi Jane" when the display name is "J. R.".
    let first = &words[0];
    let init_match = first.chars().next().is_some_and(|c| initials.contains(&c));
    if extra(first) && init_match && (hon || GREETING.is_match(before)) {
        return Some((start, Severity::Error, "names the reviewer beyond the display name"));
    }
    if hon && extra(first) {
        return Some((start, Severity::Error, "addresses a person by honorific and surname"));
    }
    // "Tara Lindquist" in a reply to "BigSkyMom": any other full name is the
    // reviewer's real name or a third person's, and a public reply names
    // neither (staff, and the person to ask for, are fine).
    let lead = before[super::frame::floor(before, before.len().saturating_sub(24))..].to_lowercase();
    let referral = ["ask for", "contact", "call", "our ", "with ", "speak to", "reach"].iter().any(|k| lead.contains(k));
    let named =
        words.len() >= 2 && super::names::is_given_name(first) && words.iter().skip(1).all(|w| w.chars().count() > 1 && !is_common(w));
    if named && !referral && words.iter().any(extra) {
        return Some((start, Severity::Error, "names a person beyond the reviewer's display name"));
    }
    None
}
