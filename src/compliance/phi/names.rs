//! `phi/name`: a person's name in a patient context.
//!
//! Candidates are runs of capitalised words. Leading ordinary words (common
//! words, organisation words, English dictionary words from english.txt,
//! the practice's name and city), roles and honorifics are dropped; the name
//! is the next run of name-shaped words (known first names, words that are
//! not ordinary English, initials), plus one surname-like word after a bare
//! first name ("Evelyn Strand"). Not people: runs with a language, holiday,
//! eponymous condition, drug brand or insurer ("American Sign Language",
//! "Crohn's disease", "Ozempic"), runs continued by an institution noun
//! ("Ana Ruiz Memorial Scholarship", "Fairhaven General"), places after
//! St./Mount/Lake. Never names: staff in any written form, `allow` strings,
//! clinicians ("Dr. X", "X, MD"), people introduced by a role ("Mayor X",
//! "X, our office manager", "retired nurse X") unless the text calls them a
//! patient, people quoted ("…, said X") unless a strong patient cue is near,
//! placeholders (Jane Doe). Clinicians and role holders count as known
//! non-patients for the date/age/contact rules.
//!
//! * error: a candidate with a strong patient cue in its window, or
//!   followed by a possessive care noun ("Dana Whitaker's infusion therapy").
//! * warning: only a weak clinical cue in the same sentence.
//! * A lone first name counts only as "our patient Jane", "Jane was
//!   admitted", a greeting ("Thank you, Priya!") in a patient context, or
//!   when it repeats a name already reported on the page (which is also
//!   looked for in slugs and image file names, case-insensitively).

mod candidate;
mod own_clause;
mod report;
mod shape;
mod staff_name;
use candidate::candidate;
pub(super) use report::report;

use std::sync::LazyLock;

use regex::Regex;

use super::context::{CARE, cue_a, cue_b, patient_word};
use super::event::{addressed, person_event_at, stay_or_cheer};
use super::frame;
use super::lexicon;
use super::names_thing::{
    foreign_article, listed_with_things, names_a_thing, namesake, place_adjective, place_or_vendor, publicly_known, run_is_thing,
    spelt_out, told_in_passing,
};

use super::Allowlist;
use super::segments::{Kind, Segment, Segments};
use super::words::{FIRST_NAMES, HONORIFICS, KIN_TITLES, ORG, PLACE_PREFIX, ROLES, STAFF_ROLES, THING_NOUNS, is_common, is_dict};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Level {
    Weak,
    Strong,
}

#[derive(Debug, Clone)]
pub(super) struct Hit {
    pub seg: usize,
    pub start: usize,
    pub level: Level,
    pub text: String,
    pub pos: (usize, usize),
}

/// Names found on a page.
#[derive(Debug, Default)]
pub(super) struct Names {
    /// The page is a team page (a bio): its relatives and colleagues are
    /// told about, not treated.
    pub team: bool,
    /// Names to report.
    pub hits: Vec<Hit>,
    /// (segment, start, end) of every non-staff person mention.
    pub persons: Vec<(usize, usize, usize)>,
    /// (segment, start) of staff mentions.
    pub staff: Vec<(usize, usize)>,
    /// Name words (lowercase) of people this page introduces as the
    /// practice's staff ("our ER nurse Kayla Brandt", "Kayla Brandt, RN",
    /// "Doreen Pike has worked in our lab since 1986"): every other mention
    /// of them on the page is staff too ("Kayla married Marcus").
    pub page_staff: std::collections::HashSet<String>,
    /// The page retells a published news story about people who are not
    /// the practice's patients (see `page_frames::news_story`).
    pub news_story: bool,
    /// Words the page writes in capitals ("ABCDEs", "EMDR"): the same
    /// word in a slug or file name is that abbreviation, not a name.
    pub acronyms: std::collections::HashSet<String>,
    /// The page tells an invented scenario ("Imagine this scenario: Mr.
    /// Watson arrives …"): its people are examples, not patients.
    pub hypothetical: bool,
    /// Surnames of the people the page names in a public frame or as
    /// famous ("Rosie O’Donnell"): a later "Rose O’Donnell" is the same
    /// public person, misspelt.
    pub famous_surnames: std::collections::HashSet<String>,
    /// The page says its case names are invented ("not her real name",
    /// "names have been changed", "a client I'll call Maya"): a lone first
    /// name there is a pseudonym, not an identifier.
    pub pseudonymous: bool,
    /// Words the page writes in camel case somewhere ("DonJoy UltraSling"):
    /// a brand, however else the page spells it ("Donjoy Ultrasling").
    pub brands: std::collections::HashSet<String>,
    /// Surnames (lowercase) of methods the page describes ("la méthode
    /// Fischmann", "the McKenzie method", "Dorn-Methode"): the person who
    /// carries one is the method's author, told about, not treated.
    pub eponyms: std::collections::HashSet<String>,
    /// The page's title, description or tags say it is about public or
    /// historical figures ("Famous faces of sleep apnea", "talked publicly",
    /// "Randy Gardner's 1964 record"): a full name on it is told about
    /// unless a strong patient cue stands beside it.
    pub public_page: bool,
    /// Someone not on staff is named but told about in passing (quoted,
    /// "…, says Philippa Marchbanks"): no patient cue for the name rules,
    /// but on a testimonial the person quoted is its subject.
    pub told_about: bool,
    /// Words that are English words and names alike ("mercury", "hope")
    /// which this page also writes in lower case: there, the capitalised
    /// one opens a title or a sentence ("Mercury-Free Fillings"). On a
    /// site in another language, every word the page writes in lower case
    /// (see `names_pass::page_words`).
    pub lower_duals: std::collections::HashSet<String>,
}

/// Words by which a page marks its case names as invented.
static PSEUDONYM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:not\s+(?:her|his|their|the\s+client'?s|the\s+patient'?s)\s+real\s+name|names?\s+(?:and\s+(?:identifying\s+)?details\s+)?(?:have|has)\s+been\s+changed|pseudonyms?|(?:i|we)'?(?:ll|\s+will)\s+(?:call|refer\s+to)\s+(?:her|him|them|as)|refer\s+to\s+(?:her|him|them)\s+as|let'?s\s+call\s+(?:her|him|them)|composite\s+(?:case|story|character|of\s+several)|names\s+changed|nombres\s+(?:(?:han\s+sido|fueron)\s+)?(?:cambiados|modificados|ficticios)|nomes\s+(?:(?:foram|são)\s+)?(?:alterados|trocados|mudados|fictícios)|(?:pré)?noms\s+(?:(?:ont\s+été|sont)\s+)?(?:changés|modifiés|fictifs)|namen\s+(?:wurden\s+)?(?:geändert|verändert))\b").unwrap()
});

/// "For confidentiality, I'll just call this patient Jan": kept apart from
/// [`PSEUDONYM`] so that each starts with words rare enough for the regex
/// engine's literal prefilter (a leading "for" made every page slower).
static STAND_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:confidentiality|privacy)(?:\s+reasons)?,\s+(?:i|we)\b|\bcall\s+this\s+(?:patient|client|person|woman|man|girl|boy|lady|gentleman)\b").unwrap()
});

/// Whether `text` may match [`PSEUDONYM`] or [`STAND_IN`]: every
/// alternative of theirs holds one of these words, or "refer" before a
/// space ("referral" is common on health pages; "refer to" is the cue). Their case-insensitive
/// searches cost more than all the rest of a page's name pass (no literal
/// prefilter fits "i" or "we"); these plain searches are a tenth of that.
/// ASCII text is compared folded to lower case, which is exact: the
/// non-ASCII letters that fold to ASCII ones ("ſ", the Kelvin sign) cannot
/// occur in it; other text goes to the regexes.
fn may_say_pseudonym(text: &str) -> bool {
    static NEEDLES: LazyLock<Vec<memchr::memmem::Finder<'static>>> = LazyLock::new(|| {
        ["real", "changed", "pseudonym", "call", "composite", "confidentiality", "privacy", "nombres", "nomes", "noms", "namen"]
            .iter()
            .map(|w| memchr::memmem::Finder::new(w.as_bytes()))
            .collect()
    });
    if !text.is_ascii() {
        return true;
    }
    let lower = text.to_ascii_lowercase();
    let b = lower.as_bytes();
    // `\s` in ASCII text: tab, line feed, vertical tab, form feed, carriage return, space.
    let refer_to = memchr::memmem::find_iter(b, "refer").any(|i| matches!(b.get(i + 5), Some(b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ')));
    refer_to || NEEDLES.iter().any(|f| f.find(b).is_some())
}

impl Names {
    /// A named individual in a strong patient context: a patient story.
    pub fn is_story(&self) -> bool {
        self.hits.iter().any(|h| h.level == Level::Strong)
    }
    pub fn has_person(&self, seg: usize, r: &std::ops::Range<usize>) -> bool {
        self.persons.iter().any(|p| p.0 == seg && p.1 < r.end && p.2 > r.start)
    }
    pub fn has_staff(&self, seg: usize, r: &std::ops::Range<usize>) -> bool {
        self.staff.iter().any(|p| p.0 == seg && r.contains(&p.1))
    }
}

const W: &str = r"\p{Lu}[\p{L}'’-]*\p{Ll}";
/// A capitalised run of up to four words; a patronymic connector ("bin",
/// "binti", "s/o") between two of them keeps the name whole ("Salleh bin
/// Jamil", "Arjun s/o Pillai").
static SEQ: LazyLock<Regex> = LazyLock::new(|| {
    let c = super::words::CONNECTORS;
    Regex::new(&format!(r"\b{W}(?:[ \t]+(?:{W}|Ó|\p{{Lu}}\.(?:[ \t]?\p{{Lu}}\.)?|(?:{c})[ \t]+{W})){{0,3}}")).unwrap()
});
/// Authors of a cited work: "Surname AB," twice, "et al.", or a journal's
/// "2004;70(4):466".
pub(super) static CITATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:\b\p{Lu}[\p{L}'’-]+\s+\p{Lu}{1,3}[,.]\s*(?:and\s+|&\s+)?){2,}|\bet\s+al\b|\b(?:19|20)\d{2}(?:\s+\p{L}{3,9}\.?(?:\s+\d{1,2})?)?\s*;\s*\d+\s*(?:\(\d+\))?\s*:\s*\d+",
    )
    .unwrap()
});
pub(super) static SEQ_RUNS: &LazyLock<Regex> = &SEQ;
pub(super) static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"\b{W}")).unwrap());
static CRED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^,?\s*(?:MD|DO|RN|NP|PA-C|PA|FNP-C|FNP|DNP|APRN|CNM|DDS|DMD|OD|PhD|PsyD|LCSW|LPC|RD|PharmD|MPH)\b").unwrap()
});
static CARE_AFTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"(?i)^\s+(?:[a-z0-9'-]+\s+){{0,3}}{CARE}\b")).unwrap());
static SINGLE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:our|a|the|my|this|her|his|their)\s+(?:[\w-]+\s+){0,2}(?:patient|client),?\s*$|\b(?:baby|newborn|infant)\s*$|\bpasyente\s+(?:na\s+)?si\s+(?:(?:lola|lolo|aling|mang|tita|tito|nanay|tatay)\s+)?$|\b(?:my|our|a|the)\s+(?:first\s+|last\s+|next\s+|home\s+)?visit\s+(?:on\s+\w+\s+|this\s+morning\s+|today\s+)?(?:was\s+)?to\s+(?:see\s+)?$")
        .unwrap()
});
/// "Mr. Castellanos, my very first Mohs patient, …", "Gwen, a retired Pan
/// Am flight attendant and one of our Mohs patients": called a patient in
/// apposition. "…, our patient coordinator" ends on another noun.
pub(super) static PATIENT_APPOSITIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^,\s+(?:(?:a|an|our|my)\s+(?:[\w'’-]+\s+){0,3}?|(?:[^,.;]{0,60}?\band\s+)?one\s+of\s+(?:our|my)\s+(?:[\w'’-]+\s+){0,2}?)(?:patients?|clients?)(?:[,.;:)!?]|\s+(?:who|whose|since|for|of|at|and|from|with|in)\b|\s*$)").unwrap()
});
/// "Phototherapy patient Gina Marsh", "Patient: Gina Marsh": the name's
/// label, with or without "our" (round 60, from set BW).
static PATIENT_RIGHT_BEFORE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\bpatient:?\s*$").unwrap());
static SINGLE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:,?\s+who)?\s+(?:was|is|has\s+been|had|just|recently|got)\s+(?:diagnosed|admitted|discharged|treated|seen|hospitali[sz]ed|recovering|undergoing|underwent|operated)\b|^,\s+(?:a|an|our)\s+(?:[\w-]+\s+){0,3}(?:patient|client)\b|^\s*\(\s*(?:[\w-]+\s+){0,2}clinic\b|^\s*\(\s*rooms?\s+\d{1,2}\b|^\s+(?:has\s+been|was|is)\s+in\s+our\s+(?:inpatient\s+)?(?:unit|ward|hospice|care)\b|^\s+(?:went\s+through|completed|finished|graduated\s+from|is\s+in|was\s+in|joined)\s+our\s+(?:[\w'-]+\s+){0,4}?(?:programme|program|iop|php|treatment|recovery\s+group|support\s+group)\b").unwrap()
});
/// The person is addressed about their own care: "Mr. Haskins, your
/// psychiatric intake with Dr. Rhodri is on Thursday".
static YOUR_CARE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)^,\s+your\s+(?:[\w-]+\s+){{0,2}}?(?:intake|{CARE}|results?|refill|lab\s+work|bloodwork|blood\s+draw)\b"))
        .unwrap()
});
/// "the Wiebe twins", "the Okafor sisters": one family by its surname.
static FAMILY_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s+(?:twins|triplets|quadruplets|sisters|brothers|siblings|girls|boys|kids|family)\b").unwrap());
/// "the Sisneros brothers, both on dialysis", "the Chischilly twins, who
/// have been in weekly counseling": the family's own care, told at once.
static FAMILY_CARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^\s+(?:twins|triplets|quadruplets|sisters|brothers|siblings|girls|boys|kids)(?:['’]s?)?(?:\s+(?:mom|mum|dad|mother|father|parents))?,?\s+(?:both|who|whose|each|all)\b[^.;!?]{{0,60}}?\b{CARE}\b"
    ))
    .unwrap()
});
/// "you know Ray:", "everyone knows Dot": one person of the community.
static KNOW_BEFORE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\b(?:you(?:\s+all)?|everyone|everybody)\s+knows?\s+$").unwrap());
static GET_WELL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\bget\s+well(?:\s+soon)?\s*,?\s*$").unwrap());
static VOCATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:\b(?:hi|hello|hey|dear|thanks|thank\s+you|congratulations|congrats|welcome\s+back|way\s+to\s+go|go|bravo|cheers)),?\s*$",
    )
    .unwrap()
});

/// An ordinary word (common, organisation, dictionary, the practice's own
/// name or city): capitalised, it does not make a run a person's name.
pub(super) fn ordinary(w: &str, allow: &Allowlist) -> bool {
    // "Don'ts", "Won't", "Can't": a contraction, whatever its stem.
    w.ends_with("n't")
        || w.ends_with("n'ts")
        || w.ends_with("n’t")
        || w.ends_with("n’ts")
        || is_common(w)
        || is_dict(w)
        || allow.is_known_word(w)
        // "… Leia mais aqui", "Confira!": a call to read on, in a site's
        // own language; the name lists know "Leia".
        || (!allow.english() && matches!(w.to_lowercase().as_str(), "leia" | "confira" | "saiba" | "veja" | "descubra" | "conheça" | "acesse" | "lee" | "descubre" | "conoce" | "lisez" | "découvrez"))
        || lexicon::is_medical(w)
        || (lexicon::is_place(w) && !is_given_name(w))
        // "Irish data law", "Welsh-language": a nationality or language.
        || (super::words::THINGS.contains(w.to_lowercase().as_str()) && !is_given_name(w))
        // "28 million Americans": a nationality's people.
        || (w.ends_with('s') && w.to_lowercase().strip_suffix('s').is_some_and(|x| super::words::THINGS.contains(x) && !is_given_name(w)))
        || lexicon::is_function_word(w)
        || (super::words::is_compound(w) && !is_given_name(w) && !lexicon::is_surname(w))
}

/// A lone word that is a place and a given name ("Virginia", "Georgia")
/// used as a place: after "of/in/from/at/near/to", or before a place noun
/// ("a Virginia native", "Georgia-based") or an institution word ("Virginia
/// Commonwealth University"). Real bios are full of them.
static PLACE_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:of|in|from|at|near|to|across|around|outside)\s+(?:the\s+)?$").unwrap());
static PLACE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\s+(?:native|natives|resident|residents|area|based|suburbs?|countryside|coast|border|state|county|city|town|region)\b|-(?:based|area|born|raised)\b|\s+(?:University|College|Commonwealth|Tech|State|County|City|Beach|Hospital|Medical|Health|Clinic|Institute|Academy|Board|Department)|\s+(?:practices?|clinics?|offices?|branch(?:es)?|locations?|surgery|surgeries|sites?|rooms|dentists?|doctors?|physicians?|chiropractors?|orthodontists?|pediatricians?|dermatologists?|surgeons?)\b|\s+(?:or|and|&)\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:practices|clinics|offices|branches|locations|surgeries|sites)\b|^(?:['’]s)?\s+(?:population|people|government|history|economy|capital|culture|coast|cities|largest|oldest|health\s*care|healthcare|hospitals|universities|schools|national|state|public|rural|urban)\b)").unwrap()
});

/// Where someone grew up, was born or lives: the word after is a place.
static HOMETOWN_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:grew\s+up|raised|born|lives|lived|living|settled|moved|based|resides|resided)\s+(?:\w+\s+)?(?:in|to|at|on)\s+(?:the\s+)?$").unwrap()
});

/// A place word used as a place: after "in/of/from…", before a place noun
/// or "’s population", or after another place and a comma ("Atlanta,
/// Georgia", "Fort Collins, Colorado").
pub(super) fn place_context(before: &str, after: &str) -> bool {
    PLACE_BEFORE.is_match(before) || PLACE_AFTER.is_match(after) || after_place_comma(before)
}

/// The text before ends with a place the gazetteer knows (one or two
/// words) and a comma: "Atlanta, ", "Fort Collins, ".
pub(super) fn after_place_comma(before: &str) -> bool {
    let Some(head) = before.trim_end().strip_suffix(',') else { return false };
    let mut words = head.rsplit(|c: char| !c.is_alphanumeric() && c != '-' && c != '.').filter(|w| !w.is_empty());
    let Some(last) = words.next() else { return false };
    if !last.starts_with(char::is_uppercase) {
        return false;
    }
    let last = last.to_lowercase();
    lexicon::is_place(&last)
        || words.next().is_some_and(|w| w.starts_with(char::is_uppercase) && lexicon::is_place(&format!("{} {last}", w.to_lowercase())))
}

/// A given name: the built-in list (names of many origins) or the Census list.
pub(super) fn is_given_name(w: &str) -> bool {
    FIRST_NAMES.contains(w) || lexicon::is_given(w)
}

/// A place word that is also a surname, used as a forename before a word
/// that is no ordinary word ("Bartholomew Okeke", "Austin Adeyemi").
fn place_forename(w: &str, next: Option<&str>, allow: &Allowlist) -> bool {
    lexicon::is_place(w) && lexicon::is_surname(w) && !is_common(w) && !is_dict(w) && next.is_some_and(|n| !ordinary(&bare(n), allow))
}

/// Record labels that have the shape of a post-nominal (all capitals).
const LABELS: &[&str] = &["DOB", "DOS", "MRN", "SSN", "ID", "RE", "ACCT", "DX", "RX", "HX", "AGE", "SEX"];

/// Credentials right after a name ("Anil Rao, MBBS, MS", "Kim Lee PA-C"):
/// the person is a clinician.
pub(super) fn cred_after(after: &str) -> bool {
    let t = after.trim_start_matches([',', ' ', '\t']);
    let tok = t.split([' ', ',', '\t', '|']).next().unwrap_or("");
    // "Carla Voss, DOB …", "J. Roe, MRN …": a record label, not a degree.
    let label =
        LABELS.contains(&tok.trim_start_matches('(').trim_end_matches([':', '.', ')']).replace('.', "").to_ascii_uppercase().as_str());
    CRED_AFTER.is_match(after) || DASH_ROLE_AFTER.is_match(after) || (!tok.is_empty() && !label && lexicon::is_post_nominal(tok))
}

/// "Portrait de Thibaud Colombel - Ostéopathe D.O.", "Ana Ruiz | Dentist":
/// a caption's dash or bar before a clinical role makes the name a
/// clinician's (a real osteopath's alt texts, heldout5).
static DASH_ROLE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*[-–—|]\s*(?:ost[ée]opath\w*|kin[ée]sith[ée]rapeute|physiotherap\w+|chiropract\w+|dentist\w*|m[ée]decin|doctor|nurse|infirmi[eè]re?|sage-femme|midwife|psycholog\w+|th[ée]rapeute|therapist|massoth[ée]rapeute|podiatrist|podologue|orthodontist\w*|hygienist|optometrist|audiolog\w+|dietitian|di[ée]t[ée]ticien\w*|naturopath\w*|acupunct\w+|founder|fondat\w+)\b").unwrap()
});

/// Most words of the segment capitalised (a Title Case heading or title):
/// capitals say nothing there, so a name needs list evidence.
pub(super) fn title_case(text: &str) -> bool {
    // Counted in one pass, without collecting the words: the field rules
    // ask this of a field once per word.
    let (mut words, mut caps) = (0usize, 0usize);
    for w in text.split_whitespace().filter(|w| w.chars().count() >= 4 && w.chars().all(char::is_alphabetic)) {
        words += 1;
        caps += usize::from(w.starts_with(char::is_uppercase));
    }
    words >= 3 && caps * 10 >= words * 7
}

/// A researcher's affiliation right after the name: "Jiang-Fan Chen from
/// Boston University", "Ana Ruiz of the National Institute of …", "X at
/// Harvard Medical School".
pub(super) static AFFILIATION_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^,?\s+(?:from|of|at|da|de|do|del|de\s+la|di|della)\s+(?:the\s+)?(?:\p{Lu}[\p{L}&'’.-]*\s+){0,4}(?:University|Universidad|Universidade|Università|Université|Institute|Instituto|Institut|College|School|Laboratory|Laboratories|Foundation|Academy|Hospital|Clinic)\b").unwrap()
});
/// The one who gives the care a review tells: "my appointment with X",
/// "treated by X", "pris RDV chez X", "una cita con X", "Termin bei X".
pub(super) static PRACTITIONER_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(?:appointments?|appts?|sessions?|consultations?|visits?|treatments?|adjustments?)\s+with|(?:treated|seen|adjusted|examined|helped|looked\s+after|cared\s+for)\s+by|(?:rdv|rendez-vous|séances?|consultations?)\s+(?:avec|chez)|chez|(?:citas?|consultas?|sesi[oó]n|sesiones|tratamiento)\s+con|tratad[oa]\s+por|termin\s+bei|behandelt\s+von|(?:seduta|sedute|visita|appuntamento)\s+con)\s+$").unwrap()
});
/// "Ana Ruiz, mayor of Lakeview", "Bea Lund, our office manager".
pub(super) static ROLE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^,?\s+who\s+(?:runs|manages|owns|founded|co-?founded|heads|leads|directs)\s+(?:the|this|our)\s+(?:[\w-]+\s+)?(?:home|clinic|practice|cent(?:re|er)|facility|team|place|office|business|company|programm?e?)\b|^,\s+(?:the|our|a|an|who\s+(?:is|was)\s+(?:the|our|a|an))?\s*(?:[\w'’-]+\s+){0,3}?(?:physio\w*|\w*therapist|dentist|surgeon|mayor|director|officer|commissioner|senator|governor|president|chair\w*|ceo|founder|manager|administrator|nurse|physician|doctor|pharmacist|hygienist|receptionist|assistant|technician|therapist|midwife|dietitian|coordinator|volunteer|spokes\w+|epidemiologist|superintendent|councilmember|council\s+member|representative|pastor|principal|coach|teacher|owner|chef|author)\b").unwrap()
});

pub(super) fn bare(tok: &str) -> String {
    super::words::trim_possessive(tok).trim_end_matches('.').to_lowercase()
}

pub(super) fn is_initial(tok: &str) -> bool {
    tok.ends_with('.') && tok.chars().filter(|c| c.is_alphabetic()).count() <= 2
}

fn last_word(s: &str) -> String {
    let t = s.trim_end();
    let w = t.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
    w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()
}

/// A word in capitals, perhaps plural: "ABCDEs", "EMDR", "TMJs".
pub(super) fn is_acronym_word(w: &str) -> bool {
    let core = w.strip_suffix('s').unwrap_or(w);
    core.chars().count() >= 2 && core.chars().all(|c| c.is_uppercase())
}

/// Find person names and decide which are in a patient context.
pub(super) fn detect(segs: &Segments, allow: &Allowlist, team: bool) -> Names {
    let mut n = Names { page_staff: super::staff_intro::introduced(segs, allow, team), team, ..Names::default() };
    n.pseudonymous = segs
        .segs
        .iter()
        .any(|s| !s.is_field() && may_say_pseudonym(&s.text) && (PSEUDONYM.is_match(&s.text) || STAND_IN.is_match(&s.text)));
    n.eponyms = super::page_frames::eponyms(segs, allow);
    n.hypothetical = segs.segs.iter().any(|s| !s.is_field() && s.text.len() > 40 && super::not_people::HYPOTHETICAL.is_match(&s.text));
    n.public_page = super::page_frames::public_page(segs);
    n.news_story = super::page_frames::news_story(segs);
    n.brands = super::brands::commercial_brands(segs);
    super::names_pass::page_words(segs, allow.english(), &mut n);
    for (si, s) in segs.segs.iter().enumerate() {
        if s.kind != Kind::Prose || s.credit {
            continue;
        }
        for m in SEQ.find_iter(&s.text) {
            // "Black-and-white photo", "Follow-up care": one capitalised
            // word that opens a hyphenated compound is no name.
            let compound = s.text[m.end()..].strip_prefix('-').is_some_and(|r| r.starts_with(char::is_lowercase));
            if compound && !m.as_str().contains([' ', '\t']) {
                continue;
            }
            candidate(segs, si, m.start(), m.as_str(), allow, team, &mut n);
        }
    }
    super::names_pass::cross_field(segs, &mut n);
    super::local::people(segs, allow, &mut n);
    super::names_pass::registry_pass(segs, allow, &mut n);
    super::local::roles_and_idents(segs, allow, team, &mut n);
    if !team {
        super::tables::people_rows(segs, allow, &mut n);
        super::members::members(segs, allow, &mut n);
        super::local::relatives(segs, allow, &mut n);
        super::local::relatives_account(segs, allow, &mut n);
    }
    super::names_thing::institutions_elsewhere(segs, &mut n);
    super::names_thing::reviewed_authors(segs, &mut n);
    n
}

/// A relative named as family: on a team page, the clinician's own ("with
/// her husband Tariq", "their son Ibrahim, 12"); elsewhere, in staff news
/// beside a staff member, outside a first-person account ("Lucía … her
/// twins, Mateo and Elena").
fn relative_of_staff(text: &str, si: usize, rest: &[(usize, &str)], team: bool, n: &Names) -> bool {
    let before = &text[..c_start_of(rest)];
    let staff_paragraph = n.staff.iter().any(|st| st.0 == si) && !before.trim_end().to_lowercase().ends_with("my");
    // "Her son Mateo went through our adolescent programme": a clinician's
    // relative who is a patient is a patient.
    let c = c_start_of(rest);
    let from = text[..c].rfind(['.', '!', '?']).map_or(0, |i| i + 1);
    let to = text[c..].find(['.', '!', '?']).map_or(text.len(), |i| c + i);
    if cue_a(&text[from..to])
        || (!team && frame::aged_in_care(&text[rest[rest.len() - 1].0 + rest[rest.len() - 1].1.len()..], &text[from..to]))
    {
        return false;
    }
    (team || (staff_paragraph && !super::staff_intro::testimonial_like(text))) && super::staff_intro::FAMILY_BEFORE.is_match(before)
}

/// Byte offset where the name run starts.
fn c_start_of(rest: &[(usize, &str)]) -> usize {
    rest[0].0
}

/// "NCCIH", "NHS": acronyms in mixed-case text are organisations, not
/// people (in a shouted all-caps line every word looks like one).
fn acronyms(seq: &str, text: &str) -> bool {
    // "NCCIH’s fact sheet": the possessive does not make it a name.
    let acronym = |w: &str| {
        let w = w.strip_suffix("'s").or(w.strip_suffix("’s")).unwrap_or(w);
        // "ITCs", "I3C": plurals and chemical or product codes are acronyms too.
        let w = w.strip_suffix('s').filter(|c| c.chars().filter(|c| c.is_uppercase()).count() >= 2).unwrap_or(w);
        let caps = w.chars().filter(|c| c.is_uppercase()).count();
        let letters_only = w.chars().all(|c| c.is_uppercase() || c == '.' || c == '&');
        let with_digits = w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit()) && w.chars().any(|c| c.is_ascii_digit());
        caps >= 1 && w.chars().count() >= 2 && (letters_only || with_digits)
    };
    seq.split_whitespace().all(acronym) && text.chars().any(char::is_lowercase)
}

/// The words of a capitalised run with their offsets, cut before a
/// post-nominal ("Karthik MCh" ends at "Karthik" and makes its bearer a
/// clinician: the flag). None when nothing is left.
fn run_tokens(seq: &str, start: usize) -> Option<(Vec<(usize, &str)>, bool)> {
    let mut toks: Vec<(usize, &str)> = Vec::new();
    let mut off = 0;
    for t in seq.split([' ', '\t']) {
        if !t.is_empty() {
            toks.push((start + off, t));
        }
        off += t.len() + 1;
    }
    // "Mr. Yusuf Adeyemi's Mohs surgery": a person's name (a title or a
    // given name first) ends at its possessive; what follows is what the
    // person has. "São Paulo's Japanese neighbourhood" is left whole.
    let first = toks.first().map(|t| bare(t.1)).unwrap_or_default();
    if (HONORIFICS.contains(first.as_str()) || is_given_name(&first))
        && let Some(k) = toks.iter().position(|t| t.1.ends_with("'s") || t.1.ends_with("’s"))
    {
        toks.truncate(k + 1);
    }
    let mut cred_in_run = false;
    if let Some(k) = toks.iter().position(|t| lexicon::is_post_nominal(t.1)) {
        toks.truncate(k);
        cred_in_run = true;
    }
    (!toks.is_empty()).then_some((toks, cred_in_run))
}

/// Introduced on this page as staff, by this name or a diminutive ("Dave"
/// for "his father David Gilman"; "I'm Bronwyn" introduces "Bronwyn Wrobel"
/// too: a known first name with any surname).
fn introduced_here(rest: &[(usize, &str)], n: &Names) -> bool {
    let known = |w: &String| {
        n.page_staff.contains(w)
            || super::words::full_forms(w).any(|f| n.page_staff.contains(f))
            || n.page_staff.iter().any(|f| super::words::pet_form_of(w, f))
    };
    !n.page_staff.is_empty()
        && (rest.iter().filter(|t| !is_initial(t.1)).all(|t| known(&bare(t.1))) || (rest.len() >= 2 && known(&bare(rest[0].1))))
}

/// One person mention: its segment, span and surroundings.
struct Mention<'a> {
    s: &'a Segment,
    start: usize,
    end: usize,
    after: &'a str,
    window: &'a str,
    sentence: &'a str,
    /// The name carries an age ("Yashoda, 72") on a page that tells one
    /// person's clinical events: the story is hers, wherever in the page
    /// the events are told.
    aged_story: bool,
}

/// How surely a person mention is a patient: `None` when it is no person
/// at all (an ordinary word, a place, a month, a lone first name with no
/// cue), `Some(None)` a person with no patient cue, else the cue's level.
fn patient_level(
    m: &Mention,
    words: &[String],
    single: bool,
    strong: bool,
    possessive_care: bool,
    allow: &Allowlist,
) -> Option<Option<Level>> {
    let Mention { s, start: c_start, end: c_end, after, window, sentence, aged_story } = *m;
    let level = if single {
        let w = &words[0];
        let before_name = &s.text[..c_start];
        // "the Montoya triplets": a surname that is also a town names a
        // family when a family word follows it.
        let family = FAMILY_AFTER.is_match(after)
            && before_name.trim_end().rsplit(char::is_whitespace).next().is_some_and(|b| b.eq_ignore_ascii_case("the"))
            && lexicon::is_surname(w)
            && !is_dict(w);
        if (ordinary(w, allow) && !family)
            || (allow.is_staff(&[w.as_str()]) && !frame::aged_in_care(after, window))
            // "went to Harlan, an 81-year-old logger": a place has no age.
            || (lexicon::is_place(w) && place_context(before_name, after) && !frame::aged(after))
            // "grew up in Keaukaha", "raised in Kalihi": a place the
            // gazetteer lacks, where someone grew up or lives.
            || (HOMETOWN_BEFORE.is_match(before_name) && !is_given_name(w) && !frame::aged(after))
            || (s.ident && super::crossfield::is_month(&w.to_lowercase()))
        {
            return None;
        }
        let explicit = SINGLE_BEFORE.is_match(before_name)
            || SINGLE_AFTER.is_match(after) || PATIENT_APPOSITIVE.is_match(after)
            || ((FAMILY_AFTER.is_match(after) || KNOW_BEFORE.is_match(before_name) || super::event::own_noun_before(before_name, after)) && strong)
            || (family && FAMILY_CARE.is_match(after))
            || YOUR_CARE_AFTER.is_match(after)
            || possessive_care
            || aged_story
            || own_clause::own_clause_care(before_name, after, w) || stay_or_cheer(before_name, after)
            // "Zuzia (5 lat)", "Sadhbh, naoi mbliana d'aois": an age in
            // another language, which the English frames cannot read.
            || frame::aged_foreign(after)
            || (allow.english() && frame::described_patient(before_name, after, window))
            || (allow.english() && frame::singled_out_in_care(before_name, after, window))
            || (allow.english() && shape::lone_name_event(m, w));
        // "Get well soon, Rory!": the greeting itself says they are ill.
        if explicit || GET_WELL.is_match(before_name) {
            Some(Level::Strong)
        } else if VOCATIVE.is_match(before_name) || after.trim_start().starts_with('!') {
            // A lone first name is only a finding next to a strong cue.
            if strong { Some(Level::Strong) } else { None }
        } else {
            return None;
        }
    } else if strong
        || possessive_care
        || PATIENT_RIGHT_BEFORE.is_match(&s.text[..c_start])
        || stay_or_cheer(&s.text[..c_start], after)
        || aged_story
        || frame::aged_foreign(after)
        || YOUR_CARE_AFTER.is_match(after)
        || (allow.english() && frame::described_patient(&s.text[..c_start], after, window))
        || (allow.english() && frame::singled_out_in_care(&s.text[..c_start], after, window))
        || (allow.english() && frame::shown_in_care(after))
        || (allow.english()
            && !title_case(&s.text)
            && frame::subject_of_event(&s.text[c_end..s.sentences.get(s.sentence_at(c_start)).map_or(s.text.len(), |r| r.end)]))
        || (allow.english()
            && !title_case(&s.text)
            && (person_event_at(s, c_start, c_end, window) || addressed(&s.text[..c_start], after, window)))
        || (allow.english() && frame::carried_event(&s.text[s.sentences.get(s.sentence_at(c_start)).map_or(s.text.len(), |r| r.end)..]))
    {
        Some(Level::Strong)
    } else if cue_b(if s.whole_window { window } else { sentence }) {
        Some(Level::Weak)
    } else {
        None
    };
    Some(level)
}
