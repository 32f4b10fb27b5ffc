//! Hard identifiers (principle 4): reported wherever their label word is
//! followed by a real-looking value, with or without a patient context.
//! A label with no value ("bring your member ID card") and placeholders
//! (`XXX-XX-XXXX`, all-zero groups, `MRN-000000`, `123-45-6789`) are fine.
//!
//! * `phi/ssn` (error): SSN / Social Security number + a 9-digit value,
//!   including never-issued areas (9xx, 666); a masked value showing real
//!   digits (`XXX-XX-1234`) and an unlabeled `123-45-6789`-shaped number are
//!   warnings.
//! * `phi/record-number` (error): MRN, medical record, chart, patient ID,
//!   client, resident, employee or student ID, French IPP,
//!   account, claim, case, encounter, invoice number + value.
//! * `phi/id-number` (error): passport, national ID, NHS/CHI, health card,
//!   social insurance, PESEL, French NIR, ID card number + value (not "DNI"/"NIE":
//!   Polish words).
//! * `phi/plan-id` (error): member/subscriber/beneficiary/group/policy ID,
//!   Medicare/Medicaid number, MBI + value.
//! * `phi/licence` (error): driver's licence number + value; a bare "license
//!   number" is a warning (skipped for professional licences: medical,
//!   nursing, dental, state board, NPI/DEA, and on team pages).
//! * `phi/vehicle` (error): licence plate, plate/tag number, VIN + value.
//! * `phi/device` (error): serial number, S/N, device ID, UDI, IMEI + value.
//! * `phi/ip-address` (warning; error when labeled "IP"): a public IPv4
//!   address (private, loopback and documentation ranges are skipped).

use std::sync::LazyLock;

use regex::{Regex, RegexSet};

use super::redact::quote;
use super::segments::Segments;
use super::{Allowlist, Finding, Severity, finding};

struct Rule {
    id: &'static str,
    what: &'static str,
    re: Regex,
    /// (min digits, needs a letter too) for a bare label without "number"/"#"/":".
    bare_min_digits: usize,
}

const SEP: &str = r"(?P<sep>\s*(?:(?:number|n[úu]m\.?|no\.?|n\.?\s?[º°]\.?|#|id|identifier|card\s+number|card|नंबर|संख्या)\s*)?(?:(?:of|for|de|du|von|di|van)\s+(?-i:\p{Lu}\p{Ll}+),?\s*)?(?:(?:dele|dela|del|della|sein|seine|ihr|ihre)\s+)?(?:(?:is|was|were)\s+(?:entered|written|typed|listed|recorded|given|printed|shown)\s+as|ist|is|was|of|é|est|es|è|:|：|#|=|-|–|\(|,)?\s*(?:#\s*)?)";
const VAL: &str = r"(?P<val>[A-Za-z0-9*#](?:[A-Za-z0-9*#]|[-./ ](?:[A-Za-z0-9*#])){3,24})";

/// (id, what, label pattern, bare_min_digits) of each labelled rule.
const SPECS: [(&str, &str, &str, usize); 7] = [
    ("phi/ssn", "Social Security number", r"ssn|ss\#|soc(?:ial)?\.?\s+sec(?:urity)?\.?(?:\s+(?:number|no\.?|\#|card))?", 9),
    (
        "phi/record-number",
        "medical record or account number",
        r"mrn|m\.r\.n\.?|medical\s+record(?:\s+(?:number|no\.?|\#))?|(?:health\s+)?record\s+(?:number|no\.?|\#)|chart(?:\s+(?:number|no\.?|\#|id))?|patient\s+(?:id|number|no\.?|\#|account(?:\s+number)?|ref(?:erence)?(?:\s+(?:number|no\.?))?)|account(?:\s+(?:number|no\.?|\#))?|acct\.?|claim(?:\s+(?:number|no\.?|\#|id))?|case\s+(?:number|no\.?|\#)|encounter\s+(?:number|no\.?|\#|id)|visit\s+(?:id|number)|invoice|statement\s+(?:number|no\.?|\#)|billing\s+(?:id|number)|urn|u\.?r\.?\s+(?:number|no\.?)|(?-i:UR)|unit\s+record(?:\s+(?:number|no\.?))?|(?:client|resident|employee|student)\s+(?:id|number|no\.?)|client(?:\s+ref(?:erence)?(?:\s+(?:number|no\.?))?)?|file\s+(?:number|no\.?)|num[ée]ro\s+(?:de\s+)?dossier|(?:no\.?\s+)?dossier|dossier\s+(?:n[°º]|no\.?|num[ée]ro)|n[°º]\s*de\s+dossier|n[úu]mero\s+(?:de\s+)?(?:processo|utente|historia|expediente|paciente)|n\.?[ºo°]\s+(?:de\s+)?(?:processo|utente)|historia\s+cl[íi]nica|prontu[áa]rio|(?-i:Rx)|prescription\s+(?:number|no\.?|\#)|(?:study|subject|participant|enrollee|randomi[sz]ation)\s+(?:id|number|no\.?|\#|code)|subject|hosp(?:ital)?\.?\s*(?:number|no\.?|\#)|patientennr\.?|patienten-?(?:nummer|id)|fallnummer|folder(?:\s+(?:number|no\.?|\#))?|uhid|u\.h\.i\.d\.?|processo\s+(?:cl[íi]nico\s+)?n\.?\s?[º°]\.?|(?:ipd|mrd)\s+(?:number|no\.?|\#)|ipp|identifiant\s+permanent\s+du\s+patient|kartei-?\s?(?:nr\.?|nummer)|karteinummer|pat\.?-?\s?nr\.?|patienten-?nr\.?|akten-?(?:nr\.?|nummer)|pati[ëe]ntnummer|dossiernummer|dossiernr\.?|numero\s+(?:di\s+)?cartella|cartella(?:\s+clinica)?(?:\s+n\.?)?|hasta\s+(?:no|numaras[ıi]|kay[ıi]t\s+no)|dosya\s+(?:no|numaras[ıi])|protokol\s+(?:no|numaras[ıi])|broj\s+(?:pacijenta|kartona|kartoteke|protokola)|numer\s+(?:pacjenta|karty|kartoteki)|nhc|n\.?\s?[º°]\s*(?:de\s+)?historia|matricola|specimen\s+(?:id|number|no\.?|\#)|accession\s+(?:id|number|no\.?|\#)|expedient(?:\s+cl[íi]nic)?|n[úu]m(?:ero)?\.?\s+d['’]expedient|(?:suva-?)?(?:schaden|unfall)-?(?:nummer|nr\.?)|suva|n\.?\s+paziente|(?:numero\s+(?:di\s+)?)?pratica\s+inail(?:\s+n\.?)?|n\.?\s+infortunio",
        5,
    ),
    (
        "phi/plan-id",
        "health plan member or policy ID",
        r"(?:member|subscriber|beneficiary|enrollee|insured(?:'s)?|insurance|health\s+plan|plan|policy|group|medicare|medicaid|medi-cal)\s+(?:id|identifier|number|no\.?|\#|card\s+number)|medicare|medicaid|mbi|hicn|cin|membership\s+(?:number|no\.?)|lidnommer|member|mitgliedsnummer|versichertenkarte|num[ée]ro\s+(?:de\s+)?mutuelle|num[ée]ro\s+d['’]affiliation|ziekenfondsnummer|polisnummer|sigorta\s+(?:no|numaras[ıi])|broj\s+osigura(?:nja|nika)|(?:n\.?\s?[º°o]\.?\s*(?:de\s+)?|n[úu]mero\s+de\s+)?p[óo]liza|(?:numero\s+(?:di\s+)?)?polizza|ap[óo]lice|(?:num[ée]ro\s+de\s+)?police\s+d['’]assurance|(?:n\.?\s?[º°o]\.?\s*(?:de\s+)?|n[úu]mero\s+de\s+)asegurad[oa]|n[úu]m(?:ero)?\.?\s+d['’]assegurat|targeta\s+sanit[àa]ria|(?-i:TSI)",
        4,
    ),
    (
        "phi/licence",
        "driver's licence number",
        r"driver'?s'?\s+licen[cs]e(?:\s+(?:number|no\.?|\#))?|driving\s+licen[cs]e|dl\s*\#|dl\s+(?:number|no\.?)|cdl(?:\s+(?:number|no\.?|\#))?",
        4,
    ),
    (
        // HIPAA's "any other unique identifying number": travel clinics quote
        // passports, UK and Canadian pages health-card and NHS numbers.
        "phi/id-number",
        "passport, national ID or health card number",
        r"passport|id\s+(?:number|no\.?)|id-nommer|identiteitsnommer|national\s+(?:id|identity|insurance)(?:\s+card)?|nhs\s+(?:number|no\.?|\#)|ni\s+(?:number|no\.?)|chi\s+(?:number|no\.?)|health\s+card|ohip|social\s+insurance\s+(?:number|no\.?)|sin\s+(?:number|\#)|id\s+card|identity\s+card|pesel|personalausweis(?:nummer)?|ausweisnummer|ihi|nhi|dva(?:\s+(?:file|gold\s+card|white\s+card|card))?|ndis(?:\s+participant)?|phin|ramq|(?:provincial\s+)?health\s+(?:insurance\s+)?(?:number|no\.?)|carte\s+(?:vitale|d'assurance\s+maladie|soleil)|num[ée]ro\s+d'assurance\s+maladie|aadhaar|(?:(?:maternity|medical|prescription)\s+)?exemption\s+(?:certificate|card)(?:\s+(?:number|no\.?))?|matex|medex|hc2(?:\s+certificate)?|prepayment\s+certificate|abha|nric|ppsn?(?:\s+(?:number|no\.?))?|h&c\s+(?:number|no\.?)|(?:status|treaty)\s+(?:card\s+)?(?:number|no\.?)|cnic|emirates\s+id|iqama|curp|personnummer|codice\s+fiscale|(?-i:C\.F\.)|tessera\s+sanitaria|(?:kranken)?versichertennummer|medicare\s+card(?:\s+(?:number|no\.?))?|(?-i:NAM|SIN|NAS)|num[ée]ro\s+d'assurance\s+sociale|cart[ãa]o\s+(?:de\s+sa[úu]de|(?:do\s+)?sus|de\s+cidad[ãa]o|nacional\s+de\s+sa[úu]de)|tarjeta\s+sanitaria|n[úu]mero\s+(?:de\s+)?(?:seguridad|seguro)\s+social|cpf|dni|(?-i:UCI)|kvnr|(?:kranken)?versicherungsnr\.?|carte\s+(?:de\s+)?sant[ée]|passeport|pasaporte|passaporte|pasaport|n\.?\s?[º°]\.?\s*(?:de\s+)?(?:utente|sns)|n[úu]mero\s+(?:de\s+)?(?:utente|sns)|cart[ãa]o\s+sns|cns|reisepass(?:nummer)?|паспорт\w*|(?-i:NIR)|num[ée]ro\s+de\s+s[ée]curit[ée]\s+sociale|n[°º]\s*(?:de\s+)?s[ée]cu(?:rit[ée]\s+sociale)?|svnr|sv-?(?:nr\.?|nummer)|sozialversicherungs-?(?:nr\.?|nummer)|versicherungs-?nummer|e-card(?:-?nummer)?|num[ée]ro\s+(?:de\s+|du\s+)?registre\s+national|num[ée]ro\s+national|registre\s+national|niss|inss|rijksregister(?:nummer)?|bsn|burgerservicenummer|t\.?\s?c\.?\s+kimlik(?:\s+(?:no|numaras[ıi]))?|kimlik\s+(?:no|numaras[ıi])|jmbg|oib|mbo|nss|n[úu]mero\s+de\s+afiliaci[óo]n|(?:n[úu]mero\s+|tarjeta\s+)?(?-i:SIP|CIP|CNP|NIE)|cod(?:ul)?\s+numeric\s+personal|kod\w*\s+fiskal\w*|ahv(?:-?\s?(?:nr\.?|nummer))?|(?:n[°º]\s*)?avs(?:\s+n[°º])?|(?-i:RUT|R\.U\.T\.?|Rut)",
        4,
    ),
    (
        "phi/vehicle",
        "vehicle identifier",
        r"licen[cs]e\s+plate(?:\s+(?:number|no\.?|\#))?|plate\s+(?:number|no\.?|\#)|tag\s+number|vin|vehicle\s+identification\s+number|rego|(?:car|vehicle)\s+registration(?:\s+(?:number|no\.?))?|number\s+plate|registration\s+plate|(?:kfz-|auto)?kennzeichen|kontrollschild|nummernschild|plaque\s+d['’]immatriculation|immatriculation|matr[íi]cula|targa|kenteken|nummerplaat|plaka|registarsk\w*\s+(?:oznak\w*|tablic\w*)|tablica\s+rejestracyjn\w*",
        1,
    ),
    (
        "phi/device",
        "device serial number",
        r"serial(?:\s+(?:number|num|no\.?|\#))?(?:\s*[:,]?\s*(?:sn|s/n)\b)?|s/n|sn\s*[:\#]|(?-i:SN)|device\s+(?:id|identifier|serial(?:\s+number)?)|udi|imei|mac\s+address|seriennummer|serien-?nr\.?|num[ée]ro\s+de\s+s[ée]rie|n[úu]mero\s+de\s+serie|numero\s+di\s+serie|serienummer|seri\s+(?:no|numaras[ıi])|serijski\s+broj|numer\s+seryjny",
        2,
    ),
];

/// The same labels in Chinese, Japanese and Korean (and, since round 34,
/// Arabic, Punjabi and Tamil), by rule id. They take no `\b`: a Han or
/// Hangul label follows other letters without a space ("の診察券番号004471"),
/// and Indic vowel signs are no word characters to every engine.
const CJK_LABELS: [(&str, &str); 2] = [
    (
        "phi/record-number",
        r"診察券番号|診察券|患者番号|患者ID|カルテ番号|病历号|病歷號|病案号|病人编号|病人編號|환자\s?번호|등록\s?번호|차트\s?번호|رقم\s+الملف(?:\s+الطبي)?|رقم\s+المريض|ਮਰੀਜ਼\s+ਨੰਬਰ|ਫਾਈਲ\s+ਨੰਬਰ|ਫ਼ਾਈਲ\s+ਨੰਬਰ|மருத்துவ\s+பதிவு\s+எண்|நோயாளி\s+எண்",
    ),
    (
        "phi/id-number",
        r"マイナンバー|保険証番号|被保険者番号|身份证号码|身份证号|身份證|身分證字號|身分證|주민등록번호|외국인등록번호|건강보험증?\s?번호|ਸਿਹਤ\s+ਕਾਰਡ(?:\s+ਨੰਬਰ)?|(?:رقم\s+)?البطاقة\s+الصحية|رقم\s+الهوية|சுகாதார\s+அட்டை(?:\s+எண்)?",
    ),
];

/// The label pattern of a rule: its English (and European) labels at a
/// word boundary, or its CJK labels anywhere.
fn label_pattern(id: &str, label: &str) -> String {
    match CJK_LABELS.iter().find(|c| c.0 == id) {
        Some((_, cjk)) => format!(r"\b(?:{label})|{cjk}"),
        None => format!(r"\b(?:{label})"),
    }
}

static RULES: LazyLock<Vec<Rule>> = LazyLock::new(|| {
    SPECS
        .iter()
        .map(|&(id, what, label, bare_min_digits)| {
            let re = Regex::new(&format!(r"(?i)(?P<label>{}){SEP}{VAL}", label_pattern(id, label))).unwrap();
            Rule { id, what, re, bare_min_digits }
        })
        .collect()
});

/// Prefilter: one pass per segment telling which rules' labels occur at all
/// (pattern i = label of `RULES[i]`; the last one = the licence label of
/// [`PRO_LICENCE`]). Every match of a rule contains a match of its label
/// pattern, so a rule whose label is absent cannot match and is skipped.
/// No `\b` here, so the set is a superset and stays on the fast DFA.
static LABELS: LazyLock<RegexSet> = LazyLock::new(|| {
    let mut pats: Vec<String> = SPECS.iter().map(|s| format!("(?i){}", label_pattern(s.0, s.2).replace(r"\b", ""))).collect();
    pats.push(r"(?i)licen[cs]e\s+(?:number|no\.?|\#)".to_string());
    RegexSet::new(pats).unwrap()
});

/// Fewest digits a value needs to be reported by any labelled rule (and by
/// the licence warning): segments with fewer are skipped.
const MIN_DIGITS: usize = 3;

static PRO_LICENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?P<label>(?:medical|nursing|dental|pharmacy|state|board|professional)?\s*licen[cs]e\s+(?:number|no\.?|\#))\s*[:#]?\s*(?P<val>[A-Za-z0-9-]{5,15})").unwrap()
});
/// A plate named by its state or country ("Oregon plate 4KR-229", "WA
/// plate BKX7713"): the label rules need "licence plate" or "plate number",
/// people write the state instead. Case-sensitive: plates are upper case,
/// and a bone plate ("a titanium plate 3.5 mm wide") has no state.
static STATE_PLATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?P<state>\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?|[A-Z]{2})\s+(?:(?i:licen[cs]e)\s+)?(?i:plates?)(?:\s+(?i:number|no\.?))?\s*[:#]?\s*(?P<val>[A-Z0-9](?:[A-Z0-9]|[- ][A-Z0-9]){3,9})\b").unwrap()
});
static SSN_SHAPE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?:^|[^\d-])(\d{3}-\d{2}-\d{4})(?:$|[^\d-])").unwrap());
static IPV4: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|[^\d.])((\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3}))(?:$|[^\d.]|\.(?:\s|$))").unwrap());
static PRO_CONTEXT: LazyLock<Regex> = LazyLock::new(|| {
    // A licence held by the practice itself ("a Florida Home Health Agency,
    // License No. 299994622") is the business's, not a person's.
    Regex::new(r"(?i)\b(?:medical|nursing|dental|pharmacy|state|board|professional|npi|dea|md|do|rn|np|dds|dmd|agency|facility|clinic|hospital|business|provider|laboratory|centre|center|company)\b").unwrap()
});

/// Is this value a placeholder (X masks, all zeros, 123456…, repeated digit)?
pub(super) fn placeholder(v: &str) -> bool {
    let core: String = v.chars().filter(|c| c.is_alphanumeric() || *c == '*' || *c == '#').collect();
    let up = core.to_ascii_uppercase();
    if up.chars().all(|c| matches!(c, '0' | 'X' | '*' | '#' | 'N' | 'Y' | 'M' | 'D')) {
        return true;
    }
    let digits: String = up.chars().filter(|c| c.is_ascii_digit()).collect();
    if up.contains("XXX") || up.contains("***") {
        return true;
    }
    if !digits.is_empty() && digits.chars().all(|c| c == digits.chars().next().unwrap()) && digits.len() >= 4 {
        return true;
    }
    "01234567890".contains(&digits) && digits.len() >= 4
        || "98765432109876".contains(&digits) && digits.len() >= 4
        || (digits.len() == 9 && (&digits[..3] == "000" || &digits[3..5] == "00" || &digits[5..] == "0000"))
}

/// Run the hard-identifier rules over every segment.
pub(super) fn check(segs: &Segments, allow: &Allowlist, team: bool, out: &mut Vec<Finding>) {
    for s in &segs.segs {
        // Every rule below needs at least MIN_DIGITS digits in the value.
        let t = &s.text;
        if s.digits < MIN_DIGITS {
            // A British plate has two digits ("reg YF15 KXP"; round 64).
            if s.digits == 2 && (t.contains("reg") || t.contains("Reg")) {
                shaped(segs, s, &mut Vec::new(), out);
            }
            continue;
        }
        let present = LABELS.matches(t);
        let mut labeled: Vec<std::ops::Range<usize>> = Vec::new();
        for (ri, r) in RULES.iter().enumerate() {
            if !present.matched(ri) {
                continue;
            }
            let mut at = 0;
            while let Some(c) = r.re.captures_at(t, at) {
                let (label, sep, val) = (c.name("label").unwrap(), c.name("sep").unwrap(), c.name("val").unwrap());
                // A match let go resumes right after its label: in "claim
                // (claim # 2209-55817)" the bracket takes the second label
                // for a value, and the second label has the number.
                at = label.end();
                let word_end = label.as_str().chars().last().is_some_and(|ch| ch.is_ascii_alphanumeric());
                if word_end && t[label.end()..].chars().next().is_some_and(|ch| ch.is_alphanumeric()) {
                    continue;
                }
                // "sound-meter-chart-v4-300x183.jpg", "…/ovulation-chart-1960284":
                // a label word inside a file name or a link's address.
                if super::segments::in_path(t, label.range()) {
                    continue;
                }
                let v = cut_value(val.as_str());
                let Some(sev) = judge_value(r, label.as_str(), sep.as_str(), v) else { continue };
                // Two labels of one value ("DVA file no. NX 523416"): one finding.
                if labeled.iter().any(|r| r.contains(&val.start())) {
                    continue;
                }
                labeled.push(label.start()..val.end());
                at = val.end();
                let pos = segs.pos(s, label.start());
                out.push(finding(
                    r.id,
                    sev,
                    pos,
                    format!(
                        "{} {} after the label {}: this identifies a person wherever it appears; remove it or replace it with a placeholder",
                        r.what,
                        quote(v),
                        quote_label(label.as_str())
                    ),
                )
                .about(v));
            }
        }
        if t.contains("plate") {
            state_plates(segs, s, &mut labeled, out);
        }
        if t.contains("UVCI") || t.contains("reg") || t.contains("Reg") {
            shaped(segs, s, &mut labeled, out);
        }
        if present.matched(RULES.len()) && !team {
            bare_licences(segs, s, &labeled, out);
        }
        unlabeled(segs, s, &labeled, allow, out);
        if s.digits >= 9 {
            foreign_numbers(segs, s, &labeled, allow, out);
        }
    }
}

/// "এনএইচএস নম্বর ৯৪৩ ৪৭৬ ৫৯১৯", "asmens kodas 38703151234", "numer
/// 87031512345": in a sentence of another language, the word for "number"
/// or "code" before nine digits or more labels a person's number, whatever
/// the scheme is called there. Not a phone ("মোবাইল নম্বর", "numer
/// telefonu", "contatta l'Assistenza al numero 800 …"), a bank account or
/// a practitioner's or company's register, which those sentences name
/// beside it.
static FOREIGN_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[^\p{L}])(?:nummer|numer(?:u|em)?|numero|número|numéro|numărul|numarası|numara|nr\.?|nº|n°|kodas|kod|kode|código|codice|lambarka|số|নম্বর|নং|কোড|نمبر|کوڈ|नंबर|नम्बर|संख्या|कोड|எண்)\s*[:#.]?\s*((?:\d[\s.-]?){8,15}\d)\b").unwrap()
});
static NOT_A_PERSONS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[^\p{L}])(?:tel|phone|fono|fon|gọi|điện\s+thoại|mobil|móvil|movil|cell|whats\s?app|fax|ফোন|মোবাইল|فون|موبائل|फ़ोन|फोन|मोबाइल|konto|konta|cuenta|compte|conto|rekening|sąskait|iban|bank|ব্যাংক|بینک|colegiad|rpps|adeli|ordre|siret|siren|regon|nip|krs|kvk|cif|nif|tva|vat|gmc|nmc|hcpc|gphc|ods|cqc|company|empresa|firma|société|registr|licen|tax|iva|ust|chiam|contatt|llam|appel|ligue|anruf|al\s+numero|al\s+número|au\s+numéro|pelo\s+número|unter\s+der\s+nummer|numero\s+verde)").unwrap()
});

/// A phone dialled with its trunk prefix and area code: "07125-947971",
/// "020 7946 0123", "07700 900318".
static TRUNK_PHONE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^0\d{1,4}[\s/-]\d{3,8}(?:[\s-]\d{2,6})?$").unwrap());

fn foreign_numbers(
    segs: &Segments,
    s: &super::segments::Segment,
    labeled: &[std::ops::Range<usize>],
    allow: &Allowlist,
    out: &mut Vec<Finding>,
) {
    let t = &s.text;
    for c in FOREIGN_NUMBER.captures_iter(t) {
        let v = c.get(1).unwrap();
        let sentence = s.sentence(v.start());
        if labeled.iter().any(|r| r.contains(&v.start()))
            || super::frame::english_strict(sentence)
            || placeholder(v.as_str())
            // The practice's own line, written after "số" or "নম্বর", and
            // phones with a trunk prefix ("unter der Nummer 07125-947971"):
            // the phone rule judges those, with their context.
            || allow.is_allowed_phone(v.as_str())
            || TRUNK_PHONE.is_match(v.as_str())
            || NOT_A_PERSONS.is_match(&t[floor(t, v.start().saturating_sub(100))..v.start()])
        {
            continue;
        }
        out.push(
            finding(
                "phi/id-number",
                Severity::Error,
                segs.pos(s, v.start()),
                format!(
                    "a person's number {} after the word for \"number\" or \"code\": this identifies a person wherever it appears; remove it or replace it with a placeholder",
                    quote(v.as_str())
                ),
            )
            .about(v.as_str()),
        );
    }
}

/// The severity of a labelled value, or `None` when it is too short, a
/// year, a placeholder or not the shape the rule reports.
fn judge_value(r: &Rule, label: &str, sep: &str, v: &str) -> Option<Severity> {
    let digits = v.chars().filter(|c| c.is_ascii_digit()).count();
    let letters = v.chars().filter(|c| c.is_ascii_alphabetic()).count();
    let masked = v.chars().filter(|c| matches!(c, 'X' | 'x' | '*' | '#')).count();
    let sl = sep.to_lowercase();
    let explicit = label.split_whitespace().count() > 1
        || !label.is_ascii()
        || ["num", "no", "#", ":", "id"].iter().any(|k| sl.contains(k))
        || matches!(label.to_lowercase().as_str(), "mrn" | "ssn" | "vin" | "mbi" | "udi" | "imei" | "matricola");
    let year = digits == 4 && letters == 0 && (v.starts_with("19") || v.starts_with("20"));
    let min = if r.id == "phi/vehicle" && letters >= 2 && v.len() >= 5 {
        2
    } else if explicit {
        3
    } else {
        r.bare_min_digits.max(3)
    };
    let mut sev = Severity::Error;
    if r.id == "phi/ssn" {
        if digits == 4 && masked >= 5 {
            sev = Severity::Warning;
        } else if digits != 9 {
            return None;
        }
    } else if digits < min || year || v.len() < 4 {
        return None;
    }
    if placeholder(v) && sev == Severity::Error {
        return None;
    }
    if r.id == "phi/vehicle" && label.eq_ignore_ascii_case("vin") && v.len() < 11 {
        return None;
    }
    Some(sev)
}

/// "License number 12345" with no driver's/plate word: a warning, unless a
/// professional context says it is a clinician's licence.
fn bare_licences(segs: &Segments, s: &super::segments::Segment, labeled: &[std::ops::Range<usize>], out: &mut Vec<Finding>) {
    let t = &s.text;
    for c in PRO_LICENCE.captures_iter(t) {
        let (label, val) = (c.name("label").unwrap(), c.name("val").unwrap());
        let v = val.as_str();
        if labeled.iter().any(|r| r.contains(&label.start()) || r.contains(&val.start())) {
            continue;
        }
        let ctx_start = label.start().saturating_sub(60);
        let ctx = &t[floor(t, ctx_start)..label.end()];
        if PRO_CONTEXT.is_match(ctx) || v.chars().filter(|c| c.is_ascii_digit()).count() < 3 || placeholder(v) {
            continue;
        }
        out.push(
            finding(
                "phi/licence",
                Severity::Warning,
                segs.pos(s, label.start()),
                format!(
                    "licence number {} : if this is a patient's licence, remove it; a clinician's professional licence is fine",
                    quote(v)
                ),
            )
            .about(v),
        );
    }
}

/// Identifiers whose shape says what they are once a short word names
/// them: an EU vaccination certificate ("URN:UVCI:01:DE:A83KL29X#7") and an
/// Irish or British registration plate after "reg" ("reg 221-C-4471",
/// "reg. KX21 ABC"), where the labelled rules' values stop at the colon or
/// "reg" alone would read every regulation number as a plate.
static SHAPED: LazyLock<[(&str, &str, Regex); 2]> = LazyLock::new(|| {
    [
        (
            "phi/id-number",
            "vaccination certificate identifier",
            Regex::new(r"\b(?P<val>URN:UVCI:\d{2}:[A-Z]{2}:[A-Z0-9]{4,}(?:[#/][A-Z0-9]+)*)").unwrap(),
        ),
        (
            "phi/vehicle",
            "vehicle registration",
            Regex::new(r"(?i:\breg(?:\.|istration)?(?:\s+(?:no\.?|number|plate))?)\s*[:#]?\s*(?P<val>\d{2,3}-[A-Z]{1,2}-\d{1,6}|[A-Z]{2}\d{2}\s?[A-Z]{3})\b").unwrap(),
        ),
    ]
});

fn shaped(segs: &Segments, s: &super::segments::Segment, labeled: &mut Vec<std::ops::Range<usize>>, out: &mut Vec<Finding>) {
    // "the practice now has its own minibus (registration SV71 KDE)": the
    // practice's vehicle, as its equipment's serials are (round 64).
    static OWN_VEHICLE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:our|its|the\s+practice['’]s)\s+(?:own\s+)?(?:new\s+)?(?:mini-?)?(?:bus|van|car|ambulance|vehicle|coach)\b")
            .unwrap()
    });
    let own_vehicle = OWN_VEHICLE.is_match(&s.text);
    for (id, what, re) in SHAPED.iter() {
        if own_vehicle && *id == "phi/vehicle" {
            continue;
        }
        for c in re.captures_iter(&s.text) {
            let v = c.name("val").unwrap();
            if labeled.iter().any(|r| r.contains(&v.start())) || placeholder(v.as_str()) {
                continue;
            }
            labeled.push(v.range());
            out.push(
                finding(
                    id,
                    Severity::Error,
                    segs.pos(s, v.start()),
                    format!("{what} {}: this identifies a person wherever it appears; remove it", quote(v.as_str())),
                )
                .about(v.as_str()),
            );
        }
    }
}

/// Identifiers by shape alone: an SSN-shaped number, a public IPv4
/// address and the check-digit identifiers of [`super::check_digits`],
/// outside the spans the labelled rules reported.
fn unlabeled(segs: &Segments, s: &super::segments::Segment, labeled: &[std::ops::Range<usize>], allow: &Allowlist, out: &mut Vec<Finding>) {
    let t = &s.text;
    // An SSN shape has 9 digits, an IPv4 address at least 4.
    let ssn_shapes = if s.digits >= 9 { Some(SSN_SHAPE.captures_iter(t)) } else { None };
    for c in ssn_shapes.into_iter().flatten() {
        let m = c.get(1).unwrap();
        if labeled.iter().any(|r| r.contains(&m.start())) || placeholder(m.as_str()) {
            continue;
        }
        out.push(
            finding(
                "phi/ssn",
                Severity::Warning,
                segs.pos(s, m.start()),
                format!("SSN-shaped number {} without a label: if it is a Social Security number, remove it", quote(m.as_str())),
            )
            .about(m.as_str()),
        );
    }
    // An NHI has four digits, an MBI five, the other schemes seven or more.
    if s.digits >= 4 {
        super::check_digits::check(segs, s, labeled, allow.country(), out);
    }
    let ips = if s.digits >= 4 { Some(IPV4.captures_iter(t)) } else { None };
    for c in ips.into_iter().flatten() {
        let m = c.get(1).unwrap();
        let o: Vec<u32> = (2..=5).map(|i| c[i].parse().unwrap_or(999)).collect();
        if o.iter().any(|x| *x > 255) || non_public(&o) {
            continue;
        }
        let pre = &t[floor(t, m.start().saturating_sub(24))..m.start()].to_lowercase();
        if pre.contains("version") || pre.trim_end().ends_with('v') {
            continue;
        }
        let sev = if pre.split(|c: char| !c.is_alphanumeric()).any(|w| w == "ip") { Severity::Error } else { Severity::Warning };
        out.push(
            finding(
                "phi/ip-address",
                sev,
                segs.pos(s, m.start()),
                format!("IP address {}: an IP address can identify a person; remove it", quote(m.as_str())),
            )
            .about(m.as_str()),
        );
    }
}

/// Plates named by their state or country ("Oregon plate 4KR-229"): see
/// [`STATE_PLATE`]. `labeled` holds the spans other rules reported.
fn state_plates(segs: &Segments, s: &super::segments::Segment, labeled: &mut Vec<std::ops::Range<usize>>, out: &mut Vec<Finding>) {
    let t = &s.text;
    for c in STATE_PLATE.captures_iter(t) {
        let (state, val) = (c.name("state").unwrap(), c.name("val").unwrap());
        let v = val.as_str();
        let alnum = v.chars().filter(|c| c.is_ascii_alphanumeric()).count();
        let has_digit = v.chars().any(|c| c.is_ascii_digit());
        let shaped = v.chars().any(|c| c.is_ascii_alphabetic() || c == '-');
        let st = state.as_str();
        let is_state = st.len() == 2 || super::lexicon::is_place(&st.to_lowercase());
        if !is_state || !has_digit || !shaped || !(4..=8).contains(&alnum) || placeholder(v) {
            continue;
        }
        if labeled.iter().any(|r| r.contains(&val.start())) {
            continue;
        }
        labeled.push(state.start()..val.end());
        out.push(
            finding(
                "phi/vehicle",
                Severity::Error,
                segs.pos(s, state.start()),
                format!(
                    "vehicle identifier {} after \"{} plate\": a licence plate identifies a person wherever it appears; remove it",
                    quote(v),
                    st
                ),
            )
            .about(v),
        );
    }
}

/// Keep the value up to the first word without a digit ("00482913 and" → "00482913").
fn cut_value(v: &str) -> &str {
    let v = v.trim_end_matches(['.', '-', '/', ' ']);
    let mut end = 0;
    let words: Vec<&str> = v.split(' ').collect();
    for (i, w) in words.iter().enumerate() {
        let mask = !w.is_empty() && w.chars().all(|c| matches!(c, 'X' | 'x' | '*' | '#' | '-'));
        // A letter prefix before the digits: a plate ("DFR 42K"), a DVA
        // file number ("NX 123456").
        // German plates join the district and the letters ("FR-JK 555").
        let prefix = i == 0
            && (1..=6).contains(&w.len())
            && w.chars().any(|c| c.is_ascii_uppercase())
            && w.chars().all(|c| c.is_ascii_uppercase() || c == '-')
            && words.get(1).is_some_and(|n| n.chars().any(|c| c.is_ascii_digit()));
        if !(mask || prefix || w.chars().any(|c| c.is_ascii_digit())) {
            break;
        }
        end = if i == 0 { w.len() } else { end + 1 + w.len() };
    }
    v[..end].trim_end_matches(['.', '-', '/'])
}

fn non_public(o: &[u32]) -> bool {
    matches!(o[0], 0 | 10 | 127 | 224..=255)
        || (o[0] == 169 && o[1] == 254)
        || (o[0] == 172 && (16..=31).contains(&o[1]))
        || (o[0] == 192 && o[1] == 168)
        || (o[0] == 192 && o[1] == 0 && o[2] == 2)
        || (o[0] == 198 && o[1] == 51 && o[2] == 100)
        || (o[0] == 203 && o[1] == 0 && o[2] == 113)
}

fn floor(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn quote_label(l: &str) -> String {
    format!("\"{}\"", l.split_whitespace().collect::<Vec<_>>().join(" "))
}
