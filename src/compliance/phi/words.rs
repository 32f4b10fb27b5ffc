//! Word lists used by the name detector. All lowercase.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

/// FNV-1a: the word sets are looked up for every capitalised word of every
/// page, with short keys and no untrusted-input concern, so a simple hash
/// beats the default SipHash.
pub(super) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0;
        for b in bytes {
            h = (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A set of lowercase words.
pub(super) type WordSet = HashSet<&'static str, BuildHasherDefault<Fnv>>;

fn set(s: &'static str) -> WordSet {
    s.split_whitespace().collect()
}

/// Common English words: a capitalised one (sentence start, heading, title
/// case) is not a name, unless it is also a known first name in first position.
pub(super) static COMMON: LazyLock<WordSet> = LazyLock::new(|| {
    set("a i'm i’m i've i’ve i'll i’ll i'd i’d about above after again against all almost also although always am among an and another any
    anyone anything are around as ask at away back be because become been before being below best better
    between both but by call can cannot care come could day days dear did do does doing done down during each
    early either else even ever every everyone everything few first for from get give go going good great
    had has have having he her here hers herself him himself his home hope how however i if in into is it
    its just keep know last later least less let like little long look made make many may me meet more most
    much must my never new next no nor not now of off often old on once one only or other our ours out over
    own please plus read ready really right same see she should since so some soon start still such sure
    take than thank thanks that the their them then there these they this those though through to today
    together too under until up upon us use very wait want was we well were what when where whether which
    while who whom whose why will with within without would yes yet you your yours yourself
    congratulations congrats welcome happy hi hello hey note tip tips step steps learn find join bring arrive
    plan stay avoid schedule tell remember check ring way thank dear sincerely best regards cheers warmly
    our team staff patient patients family families friends community parents kids children adults women
    men people everyone anyone someone nobody neighbors thanksgiving christmas easter holiday holidays
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december spring summer fall autumn winter morning afternoon evening
    night week weekend month year years today tomorrow yesterday tonight news update updates story stories
    question questions answer answers faq contact us about services service hours location locations
    appointment appointments visit visits office phone fax email address directions parking insurance
    billing payment payments forms form policy policies privacy notice terms accessibility resources
    getting ready before after during walk-in walk in free new more read full learn about why what how
    who where when which important reminder reminders announcement announcing introducing meet celebrating
    celebrate celebrates proud persistence good great big small quick easy simple safe healthy healthier
    heart-healthy wellness raffle winner winners prize tech corner inside outside open closed closing
    nurse nurses doctor doctors physician physicians provider providers surgeon pharmacist front desk
    manager practice clinic medical medicine family primary care urgent emergency telehealth portal online
    flu covid vaccine vaccines shot shots screening screenings test tests testing results lab labs
    cancer heart blood pressure diabetes asthma health wellbeing mental dental vision hearing skin
    breast colon colorectal cervical lung prostate kidney liver bone joint knee hip back pain sleep
    weight nutrition diet exercise fitness stress anxiety depression allergy allergies cold sick sickness
    prior authorization wins win former late beloved in memoriam outbreak county city state national local public general
    psicologa psicologo psicologia psicoterapia psicoterapeuta fisioterapeuta fisioterapia dentista clinica centro terapia
    nutricionista psychologue psychotherapeute kinesitherapeute osteopathe naturopathe sophrologue psychologe physiotherapeut
    liebe lieber liebes grüße grüsse gruesse gruß herzliche herzlichen freunde patienten patientinnen chers chères amis
    salutations cordialement queridos queridas saludos atentamente cari saluti cordiali beste geachte groeten")
});

/// Organisation, place, medical and role words: a capitalised sequence that
/// contains one is an organisation, place or program, not a person.
pub(super) static ORG: LazyLock<WordSet> = LazyLock::new(|| {
    set("hospital hospitals clinic clinics center centre centers medical medicine health healthcare care
    plan plans mutual insurance assurance life group groups network partners associates association
    society foundation institute university college school academy board department dept agency office
    services service program programs project fund trust company inc llc corp corporation co ltd pllc pc
    county city town village state states national federal american united united states america u.s
    halau hālau general memorial regional community children's childrens st saint mercy baptist methodist presbyterian
    lutheran catholic adventist kaiser permanente aetna cigna humana anthem blue cross shield
    unitedhealthcare tricare medicare medicaid advantage chip cdc fda nih who hhs cms ocr hipaa oregon
    street avenue road lane drive boulevard court way place terrace circle parkway highway trail loop
    square park river lake mount mountain valley creek hill hills heights north south east west northern
    southern eastern western upper lower central downtown uptown fair festival walk run marathon race day
    week month awareness campaign drive clinic pharmacy lab laboratory labs imaging radiology urgent
    emergency family pediatrics pediatric obstetrics gynecology cardiology oncology orthopedics dermatology
    neurology psychiatry dental dentistry vision eye ear nose throat women's womens men's mens senior
    seniors heart cancer diabetes stroke lung kidney breast prostate colon disease syndrome disorder
    vaccine vaccines covid covid-19 influenza flu hpv rsv mmr tdap shingles pneumonia measles
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december christmas thanksgiving easter halloween memorial labor
    independence veterans new year's years eve google yelp facebook instagram healthgrades zocdoc vitals
    twitter linkedin youtube tiktok apple android iphone epic mychart cerner portal telehealth zoom
    doctor doctors nurse nurses team staff award awards prize raffle committee council commission
    coalition alliance initiative guide guidelines handbook report survey study journal times post
    tribune gazette herald news press radio tv channel magazine book chapter section part unit wing
    floor suite room building campus klinik klinikum kliniken spital krankenhaus praxis zentrum institut
    universität universitaet hochschule clinique hôpital hopital hospital clínica clinica hospitais")
});

/// Public roles: a name right after one of these is an official, not a patient.
pub(super) static ROLES: LazyLock<WordSet> = LazyLock::new(|| {
    set("officer director mayor commissioner senator governor secretary president chair chairman
    chairwoman chairperson chief professor representative rep councilmember councilman councilwoman
    spokesperson spokesman spokeswoman coordinator ceo cfo coo cmo superintendent sheriff judge
    administrator epidemiologist researcher author reporter editor minister pastor reverend rev
    congressman congresswoman speaker surgeon-general dean principal founder")
});

/// Honorifics that introduce a (possibly patient) surname ("Mdm Tan",
/// "Puan Rohani", "Encik Salleh" in Singapore and Malaysia).
pub(super) static HONORIFICS: LazyLock<WordSet> = LazyLock::new(|| set(HONORIFIC_WORDS));
const HONORIFIC_WORDS: &str = "mr mrs ms miss mx master mnr mev mej mdm madam puan encik cik";

/// [`HONORIFICS`] as a regex alternation, for patterns that allow a title
/// before a name ("fitting a mask on Mr …", "my mother, Mdm …").
pub(super) fn honorific_alternation() -> String {
    HONORIFIC_WORDS.split_whitespace().collect::<Vec<_>>().join("|")
}

/// Family titles before a first name ("Uncle Baldev", "Lola Conching",
/// "Koro Wī", "Papaw Cecil"): how a community names one elder, as "Mr."
/// does. One list for the name runs, file names and nicknames.
pub(super) const KIN_TITLES: &[&str] = &[
    "uncle", "auntie", "aunty", "grandma", "grandpa", "granny", "lola", "lolo", "tita", "tito", "koro", "kui", "whaea", "nana", "papa",
    "oom", "tannie", "ntate", "mme", "baba", "gogo", "mkhulu", "mamaw", "papaw", "memaw", "meemaw", "pawpaw",
];

/// Placeholder surnames (Jane Doe, John Roe) that are never real people.
pub(super) static PLACEHOLDER_NAMES: LazyLock<WordSet> = LazyLock::new(|| set("doe roe smith-doe public sample example placeholder"));

/// Common first names (US, mixed origins): a capitalised token here is a
/// name even if it is also a common word (Grace, Mark, Will, Rose, June).
pub(super) static FIRST_NAMES: LazyLock<WordSet> = LazyLock::new(|| {
    set("aaron abigail adam adrian aisha alan albert alex alexander alexandra alice alicia allison amanda
    amber amelia amy ana andrea andrew angela anna anne annie anthony april arthur ashley austin ava
    barbara benjamin beth betty beverly bill billy bob bobby brandon brenda brian brittany bruce bryan
    carl carlos carmen carol caroline carolyn catherine charles charlie charlotte cheryl chloe chris
    christina christine christopher cindy claire cody connor craig crystal cynthia dale daniel danielle
    david dawn debbie deborah debra denise dennis derek diana diane donald donna doris dorothy douglas
    dylan earl edith edna edward eileen elaine eleanor elena elijah elizabeth ella ellen emily emma eric
    erica ethan eugene evelyn frances frank fred gabriel gary george gerald gina gladys gloria grace greg
    gregory hannah harold harry heather helen henry holly howard ian isaac isabella jack jacob jacqueline
    james jamie jane janet janice jason jean jeff jeffrey jennifer jeremy jerry jesse jessica jill jim
    jimmy joan joe joel john johnny jon jonathan jordan jose joseph joshua joy joyce juan judith judy
    julia julie june justin karen kate katherine kathleen kathy katie keith kelly ken kenneth kevin kim
    kimberly kyle larry laura lauren lawrence leah lee leo leslie lillian linda lisa liam logan lori
    louis louise lucas lucy luis madison margaret maria marie marilyn mark martha martin mary mason
    matthew megan melissa michael michelle mike mildred nancy natalie nathan nicholas nicole noah norma
    olivia oscar pamela pat patricia patrick paul paula peggy peter philip phyllis rachel ralph randy
    ray raymond rebecca richard rick rita robert robin roger ron ronald rose roy ruby russell ruth ryan
    sally samantha samuel sandra sara sarah scott sean sharon shirley sophia stephanie stephen steve
    steven susan tammy teresa terry theresa thomas tiffany tim timothy tina todd tom tony tracy tyler
    victor victoria vincent virginia walter wanda wayne wendy william willie will zachary zoe
    ahmed ali fatima mohammed muhammad omar priya raj ravi anil sanjay deepa arjun mei wei li jun yuki
    hiroshi kenji sofia mateo diego camila valentina lucia javier alejandro miguel rosa guadalupe
    jamal darnell latoya keisha tyrone malik aaliyah imani dana marcus tom gerald walter")
});

/// Is this (lowercase) word one a capitalised token should not be taken as a name for?
pub(super) fn is_common(w: &str) -> bool {
    COMMON.contains(w) || ORG.contains(w) || JOURNAL.contains(w)
}

/// Words of journals' abbreviated titles in reference lists ("Acta
/// Ophthalmol", "Clin Exp Optom"): no English word, never a name.
static JOURNAL: LazyLock<WordSet> = LazyLock::new(|| {
    set("ophthalmol optom otolaryngol neurol cardiol oncol dermatol gynecol gynaecol obstet pediatr paediatr orthop rheumatol \
         gastroenterol endocrinol psychol physiother rehabil epidemiol immunol radiol urol nephrol hematol haematol anesth anaesth \
         surg clin exp invest vis sci biol physiol pharmacol ther neurosci pract nurs dent orthod periodontol phys assoc acad arch \
         ann curr opin eur jpn scand acta refract optic optics ophthalmic cochrane bmj jama nejm pubmed")
});

/// English dictionary words (see english.txt): stems plus the proper nouns
/// that look like inflected common words ("Brooks", "Banks").
struct Dict {
    words: WordSet,
    proper: WordSet,
}

static DICT: LazyLock<Dict> = LazyLock::new(|| {
    let mut d = Dict { words: WordSet::default(), proper: WordSet::default() };
    for l in include_str!("english.txt").lines() {
        if let Some(p) = l.strip_prefix('!') {
            d.proper.insert(p);
        } else if !l.starts_with('#') && !l.is_empty() {
            d.words.insert(l);
        }
    }
    d
});

const SUFFIXES: &[(&str, &str)] = &[
    ("ies", "y"),
    ("es", ""),
    ("s", ""),
    ("ed", ""),
    ("ed", "e"),
    ("ing", ""),
    ("ing", "e"),
    ("ly", ""),
    ("ier", "y"),
    ("iest", "y"),
    ("er", ""),
    ("est", ""),
    ("ied", "y"),
];

/// A word of the dictionary, also one that is a name too ("short",
/// "rose", "bill"): at the start of a sentence its capital says nothing.
pub(super) fn is_word_any_case(w: &str) -> bool {
    DICT.proper.contains(w) || dict_lookup(w, 0)
}

fn dict_lookup(w: &str, depth: usize) -> bool {
    if DICT.words.contains(w) {
        return true;
    }
    depth < 2
        && SUFFIXES.iter().any(|(suf, rep)| {
            w.len() >= suf.len() + 3 && w.ends_with(suf) && dict_lookup(&format!("{}{rep}", &w[..w.len() - suf.len()]), depth + 1)
        })
}

/// A word the dictionary has in lower case, inflected or not, also when it
/// is a name or place too ("winters", "key", "joy"): in a title-cased line
/// or after "the" its capital says nothing.
pub(super) fn reads_as_word(w: &str) -> bool {
    is_word_any_case(w) || super::lexicon::is_dual(w)
}

/// The word before is the article "a" or "an" ("Crowns: A Royal Pain?",
/// "an RD from the US"): what follows is a noun, not a person's name.
pub(super) fn after_article(before: &str) -> bool {
    let last = before.trim_end().rsplit(char::is_whitespace).next().unwrap_or("").trim_matches(|c: char| !c.is_alphanumeric());
    last.eq_ignore_ascii_case("a") || last.eq_ignore_ascii_case("an")
}

/// `w.trim_end_matches("'s").trim_end_matches("’s")`, without the
/// substring searcher `trim_end_matches` builds for a `&str` pattern on
/// every call: the name passes trim every capitalised word of every page.
pub(super) fn trim_possessive(w: &str) -> &str {
    let mut w = w;
    while let Some(t) = w.strip_suffix("'s") {
        w = t;
    }
    while let Some(t) = w.strip_suffix("’s") {
        w = t;
    }
    w
}

/// Is this (lowercase) word an ordinary English word that is not also a
/// name ("immunity", "checkup", "language" yes; "rose", "baker", "brooks" no)?
pub(super) fn is_dict(w: &str) -> bool {
    let w = trim_possessive(w);
    if w.len() < 2 || !w.chars().all(|c| c.is_ascii_alphabetic() || c == '-') || DICT.proper.contains(w) || FIRST_NAMES.contains(w) {
        return false;
    }
    if w.contains('-') {
        return w.split('-').all(|p| p.is_empty() || COMMON.contains(p) || dict_lookup(p, 0));
    }
    // British spellings of American dictionary words: "counselling",
    // "centre", "behaviour", "organise".
    dict_lookup(w, 0) || british(w).is_some_and(|a| dict_lookup(&a, 0))
}

/// A verb or plural form of a dictionary word that the dictionary lists
/// only through its stem ("coming", "chooses", "healed"): after a first
/// name it is the sentence going on ("Page Coming Soon", "Why Victoria
/// Chooses …"), not a surname. Surnames that look so ("Fields", "Manning")
/// are left to the caller's surname list.
pub(super) fn is_inflected_word(w: &str) -> bool {
    let w = trim_possessive(w);
    (w.ends_with("ing") || w.ends_with("ed") || w.ends_with('s')) && !DICT.words.contains(w) && !DICT.proper.contains(w) && is_dict(w)
}

/// The American spelling of a British one, when the word has a British mark.
fn british(w: &str) -> Option<String> {
    // Every rewrite below needs one of these in the word: without any, the
    // word is unchanged, and building its candidate spellings (a dozen
    // small strings) for every dictionary miss is wasted.
    if !["ll", "our", "tre", "ise", "isation", "yse"].iter().any(|m| w.contains(m)) {
        return None;
    }
    let mut a = w.to_string();
    if a.contains("ll") && (a.ends_with("lling") || a.ends_with("lled") || a.ends_with("llor")) {
        a = a.replacen("ll", "l", 1);
    }
    for (b, am) in [("our", "or"), ("tre", "ter"), ("ise", "ize"), ("isation", "ization"), ("yse", "yze")] {
        if let Some(stem) = a.strip_suffix(b) {
            a = format!("{stem}{am}");
        } else if a.contains(&format!("{b}s")) || a.contains(&format!("{b}ed")) {
            a = a.replacen(b, am, 1);
        }
    }
    (a != w).then_some(a)
}

/// Proper nouns that are things, not people: languages and nationalities,
/// holidays and observances, eponymous conditions, drug and vaccine brands,
/// insurers and programs, movement and therapy disciplines (Tai Chi,
/// Pilates, Feldenkrais) and treatment brands (Invisalign, Botox). A
/// capitalised run containing one is not a person.
pub(super) static THINGS: LazyLock<WordSet> = LazyLock::new(|| {
    let mut things = set(DRUG_BRAND_WORDS);
    things.extend(set("english spanish french german italian portuguese russian ukrainian polish arabic hebrew farsi persian
    dari pashto urdu hindi punjabi bengali gujarati tamil telugu marathi nepali mandarin cantonese chinese
    japanese korean vietnamese tagalog filipino thai lao laotian khmer hmong burmese somali amharic
    tigrinya oromo swahili yoruba igbo hausa haitian creole kreyol navajo lakota cherokee ojibwe samoan
    tongan chuukese marshallese bosnian serbian croatian romanian greek turkish armenian albanian asl sign
    american african asian hispanic latino latina latinx native indigenous european canadian mexican
    irish welsh scottish british cornish gaelic manx cymraeg gaeilge stage
    chirurgia chirurgie cirugía cirugia cirurgia orale medicina médecine medizin zahnmedizin odontoiatria
    odontología odontologia implantologia implantología implantologie ortodonzia ortodoncia ortodontia
    parodontologia periodoncia parodontologie protesi prótesis gnatologia posturologia estetica estética
    ästhetische kieferorthopädie oralchirurgie
    juneteenth kwanzaa hanukkah chanukah diwali ramadan eid passover rosh hashanah yom kippur lunar
    cinco mayo mardi gras halloween thanksgiving christmas easter
    alzheimer's alzheimers parkinson's parkinsons crohn's crohns huntington's hashimoto's graves' addison's
    cushing's raynaud's asperger's tourette's tourette hodgkin's hodgkin non-hodgkin lyme sjogren's ryle's ryles
    sjögren's meniere's kawasaki guillain-barre guillain barré gehrig's mako gemini
    medicare medicaid medi-cal tricare obamacare marketplace cobra
    cigna aetna humana anthem kaiser unitedhealthcare optum centene molina wellcare ambetter
    highmark regence premera moda providence pacificsource
    tai chi qi qigong gong reiki shiatsu pilates ayurveda ayurvedic feldenkrais hatha vinyasa ashtanga iyengar
    kundalini bikram yin yang zumba kinesio bobath invisalign herbst botox juvederm restylane achilles"));
    things
});

/// Drug and vaccine brands (and a few generics people write like brands):
/// things on a page, and in a file name beside a person's name, that
/// person's prescription ("ozempic-pens-for-loretta-sue-blevins.png").
const DRUG_BRAND_WORDS: &str = "ozempic wegovy mounjaro zepbound trulicity jardiance farxiga eliquis xarelto lipitor crestor zocor
    synthroid tylenol advil motrin aleve aspirin benadryl zyrtec claritin allegra flonase sudafed mucinex
    narcan humira keytruda enbrel dupixent paxlovid tamiflu xofluza prevnar shingrix gardasil arexvy
    abrysvo beyfortus comirnaty spikevax novavax fluzone flublok flumist afluria metformin lantus humalog
    novolog ventolin albuterol symbicort advair epipen auvi-q plan-b suboxone sublocade subutex zubsolv vivitrol
    plavix";

/// The words of [`DRUG_BRAND_WORDS`].
pub(super) static DRUG_BRANDS: LazyLock<WordSet> = LazyLock::new(|| set(DRUG_BRAND_WORDS));

/// A word before a capitalised run that makes it a place, not a person ("St. Mary's",
/// "Key Largo", "Cape Coral").
pub(super) static PLACE_PREFIX: LazyLock<WordSet> = LazyLock::new(|| {
    // Malay, Indonesian and Romance names put the kind of place first:
    // "Hospital Sultanah Aminah", "Kampung Melayu Majidee", "Jalan
    // Wong Ah Fook", "Rua Augusta", "Hôpital Saint-Louis"; Irish schools
    // and saints ("Scoil Naomh Breacáin"; round 64).
    set("st saint ste mt mount ft fort lake port san santa los las el la key cape hospital hôpital hospitais klinik
        kampung kg jalan jln taman masjid surau sekolah sk smk pasar bukit lorong lebuh persiaran pulau sungai kota bandar
        darul rumah pusat universiti clínica clinica colegio escola escuela école rua avenida calle rue
        via viale piazza piazzale corso vicolo carrer avinguda plaça passeig paseo plaza praça travessa boulevard allée chemin quai
        scoil gaelscoil gaelcholáiste coláiste meánscoil naomh")
});

/// Staff and community roles: a name right after one is not a patient.
pub(super) static STAFF_ROLES: LazyLock<WordSet> = LazyLock::new(|| {
    set("nurse nurses physician doctor hygienist receptionist assistant technician therapist pharmacist midwife
    dietitian nutritionist counselor volunteer colleague colleagues coach teacher chef owner manager
    practitioner scribe intern interns resident residents fellow scholar partner partners associate associates handler")
});

/// Nouns that, right after a name-shaped run, make it the name of a thing
/// (a fund, a building, a language, an event) rather than a person.
pub(super) static THING_NOUNS: LazyLock<WordSet> = LazyLock::new(|| {
    set("language languages bank house fund scholarship scholarships library hall lecture pavilion garden gardens
    home homes shelter pantry kitchen league club cup games series classic trophy prize award awards
    cafe café restaurant bakery diner grill fitness
    foundation center centre clinic hospital institute school academy church temple mosque synagogue
    bridge tower plaza mall market museum theater theatre arena stadium field fields gym studio
    method technique protocol diet plan index scale score test trial study act law rule bill syndrome
    disease disorder month week day festival fair walk run ride gala drive auction marathon
    campus initiative network project programme program alliance coalition consortium trust society
    association council collaborative partnership podiatry dentistry dental orthodontics chiropractic
    physiotherapy physio osteopathy optometry audiology dermatology pediatrics paediatrics
    wellness bay creek heights valley mountain mountains harbour harbor beach springs falls ridge
    island islands peninsula")
});

pub(super) use super::diminutives::{full_forms, pet_form_of, pet_stems};

/// The base letter of a lowercase Latin letter with a diacritic.
pub(super) fn fold_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ğ' | 'ĝ' | 'ġ' | 'ģ' => 'g',
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
        'ł' | 'ľ' | 'ĺ' | 'ļ' => 'l',
        'ñ' | 'ń' | 'ň' | 'ņ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ŕ' | 'ř' => 'r',
        'ś' | 'š' | 'ş' | 'ș' => 's',
        'ť' | 'ţ' | 'ț' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ů' | 'ű' | 'ų' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        // Vietnamese: "Hương Trần" is written "Huong Tran" as often.
        'ơ' => 'o',
        'ư' => 'u',
        '\u{1EA0}'..='\u{1EB7}' => 'a',
        '\u{1EB8}'..='\u{1EC7}' => 'e',
        '\u{1EC8}'..='\u{1ECB}' => 'i',
        '\u{1ECC}'..='\u{1EE3}' => 'o',
        '\u{1EE4}'..='\u{1EF1}' => 'u',
        '\u{1EF2}'..='\u{1EF9}' => 'y',
        _ => c,
    }
}

/// Two dictionary words written as one ("bootcamp", "checkin",
/// "webpage"), neither half shorter than three letters: a coined word, not
/// a name. Given names and surnames are asked about first by the caller
/// ("Goodwin", "Newman" are both).
pub(super) fn is_compound(w: &str) -> bool {
    w.len() >= 7
        && w.is_ascii()
        && w.bytes().all(|b| b.is_ascii_lowercase())
        // "Bongani" is no "bong" + "ani", "Lindani" no "lind" + "ani":
        // English compounds seldom end in a, i, o or u, names of many
        // languages do.
        && !w.ends_with(['a', 'i', 'o', 'u'])
        // "Barkhad" is no "bark" + "had": an English compound does not end
        // in a pronoun, an article or an auxiliary, a name may ("Zealand" does
        // end in "and", so that one stays).
        && (3..=w.len() - 3).any(|i| DICT.words.contains(&w[..i]) && !GRAMMAR_TAIL.contains(&&w[i..]) && dict_lookup(&w[i..], 0))
}

/// Grammatical words no English compound ends with.
const GRAMMAR_TAIL: &[&str] = &[
    "had", "has", "was", "her", "his", "him", "the", "for", "are", "its", "our", "you", "who", "she", "not", "but", "can", "did", "may",
    "were", "they", "them", "their", "with", "from", "than", "that", "this",
];

/// A word that ends the name of a place or an institution ("Faris
/// Elementary", "Kettle Lake", "Mercy Hospital"), lower case.
pub(super) fn is_institution_word(w: &str) -> bool {
    matches!(
        w,
        "elementary"
            | "school"
            | "high"
            | "middle"
            | "college"
            | "university"
            | "academy"
            | "hospital"
            | "clinic"
            | "center"
            | "centre"
            | "church"
            | "park"
            | "street"
            | "road"
            | "lane"
            | "avenue"
            | "lake"
            | "county"
            | "city"
            | "township"
            | "library"
            | "foundation"
            | "house"
            | "home"
            | "institute"
            | "department"
            | "station"
            | "company"
            | "inc"
            | "llc"
    )
}

/// Patronymic connectors of Malay, Arabic and Indian names.
pub(super) const CONNECTORS: &str = "bin|binti|bte|bt|ibn|s/o|d/o|a/l|a/p";

/// A patronymic connector inside a name run ("bin" in "Salleh bin Jamil").
pub(super) fn is_connector(tok: &str) -> bool {
    CONNECTORS.split('|').any(|c| c == tok)
}
