//! People a page introduces as the practice's own staff, though they have no
//! team page: staff news is full of them ("our ER nurse Kayla Brandt
//! married…", "Lab manager Doreen Pike celebrates forty years", "Bev
//! Ostrander, RN, walks the survivor lap"). Once introduced, every other
//! mention on the page ("Kayla has worked in our ER since 2019") is staff,
//! not a candidate patient.
//!
//! A role a patient can hold too is not enough: "Mia, a teacher at Lincoln
//! Elementary, broke her arm" is a patient. Such a role must be ours ("our"
//! before it, a qualification, "registered nutritional therapist", or a
//! department, "emergency department nurse"); a care profession right before
//! or after the name ("osteopath Jo Reid", "Holly Miles - Nutritional
//! Therapist"), a credential (", RN"), a class led by the person ("Tai Chi
//! with Catherine") or a sentence that says the person works here ("has
//! worked in our lab", "will be running the sessions") or founded or owns
//! the place ("with her husband bought the building") is enough.
//!
//! [`introduced_names`] gives the full names so introduced for the site's
//! allowlist: a practitioner spotlight on one page resolves them on all.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use super::Allowlist;
use super::names::{SEQ_RUNS, bare, cred_after, is_given_name, is_initial, ordinary};
use super::segments::{Kind, Segments};

/// Care and office roles of a practice's staff: professions, so that even
/// without "our" a name next to one is a practitioner.
const PRO: &str = r"(?:nurses?|rn|lpn|cna|physicians?|doctors?|hygienists?|receptionists?|assistants?|aides?|techs?|technicians?|technologists?|therapists?|physios?|physiotherapists?|pharmacists?|midwi(?:fe|ves)|dietitians?|nutritionists?|counsell?ors?|practitioners?|scribes?|paramedics?|emts?|sonographers?|phlebotomists?|radiographers?|radiologists?|dentists?|orthodontists?|surgeons?|chiropractors?|psychologists?|psychiatrists?|psychotherapists?|hypnotherapists?|osteopaths?|acupuncturists?|naturopaths?|homeopaths?|herbalists?|reflexologists?|podiatrists?|optometrists?|audiologists?|kinesiologists?|clinicians?|founder|co-founder|cofounder|psic[oó]log[ao]s?|psychologue|psycholog(?:e|in)|psicoterapeuta|psychoth[ée]rapeute|fisioterapeuta|kin[ée]sith[ée]rapeute|ost[ée]opathe|oste[oó]pata|logopeda|orthophoniste|matrona|sage-femme|hebamme|heilpraktiker(?:in)?|physiotherapeut(?:in)?|zahn[aä]rzt(?:in)?|[aä]rztin|nutricionista|di[ée]t[ée]ticienne?|dietista)";

/// Roles a patient can hold too ("a teacher at Lincoln Elementary"): ours
/// only with "our", a qualification or a department before them.
const ROLE: &str = r"(?:nurses?|rn|lpn|cna|physicians?|doctors?|hygienists?|receptionists?|assistants?|aides?|techs?|technicians?|technologists?|therapists?|physios?|physiotherapists?|pharmacists?|midwi(?:fe|ves)|dietitians?|nutritionists?|counsell?ors?|practitioners?|scribes?|paramedics?|emts?|sonographers?|phlebotomists?|radiographers?|radiologists?|dentists?|orthodontists?|surgeons?|chiropractors?|psychologists?|psychiatrists?|psychotherapists?|hypnotherapists?|osteopaths?|acupuncturists?|naturopaths?|homeopaths?|herbalists?|reflexologists?|podiatrists?|optometrists?|audiologists?|kinesiologists?|clinicians?|founder|co-founder|cofounder|manager|supervisor|coordinator|scheduler|director|administrator|clerk|secretary|coach|instructor|teacher|trainer|tutor|leader|owner)";

/// A qualification, "our", or a department of the practice.
const OURS: &str = r"(?:our|our\s+own|registered|certified|qualified|licensed|chartered|accredited|senior|consultant|specialist|experienced|emergency(?:\s+department|\s+room)?|er|ed|icu|nicu|lab(?:oratory)?|radiology|x-ray|imaging|surgical|surgery|or|obstetric|labou?r\s+and\s+delivery|birthing(?:\s+cent(?:er|re))?|front[- ]desk|billing|pharmacy|dental|hygiene|rehab|physical\s+therapy|clinic|office|practice|night[- ]shift|day[- ]shift|charge|head|lead|chief|staff|float|ward|floor|unit|hospital)";

/// Right before the name: "our [ER] nurse", "emergency department nurse",
/// "Radiology tech", "registered nutritional therapist and health coach",
/// "certified Pilates practitioner", "Yoga with", "another RMT named".
static ROLE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?:\b{OURS}\s+(?:[\w&'-]+\s+){{0,5}}?{ROLE}|\b{PRO}|\b(?:{PRO}|rmts?)\s+(?:named|called)|\b(?:class(?:es)?|sessions?|yoga|pilates|tai[- ]chi|qi[- ]?gong|zumba|dance|fitness|mindfulness|breathwork|reiki|meditation|workshops?|course|programme|program|clinics?|consultations?|appointments?|massage|acupuncture|treatments?)\s+with)\s*,?\s*$"
    ))
    .unwrap()
});

/// Every word one of the patterns here needs (roles, professions, the
/// verbs of working, founding and offering, "with", self-introductions,
/// relatives): a text without any is skipped, but for credentials. A word
/// set, not a regex: this looks at every paragraph of every page.
static TRIGGER_WORDS: LazyLock<std::collections::HashSet<&'static str>> = LazyLock::new(|| {
    "nurse nurses rn lpn cna physician physicians doctor doctors hygienist hygienists receptionist receptionists
    assistant assistants aide aides tech techs technician technicians technologist technologists therapist therapists
    physio physios physiotherapist physiotherapists pharmacist pharmacists midwife midwives dietitian dietitians
    nutritionist nutritionists counselor counselors counsellor counsellors practitioner practitioners scribe scribes
    paramedic paramedics emt emts sonographer sonographers phlebotomist phlebotomists radiographer radiographers
    radiologist radiologists dentist dentists orthodontist orthodontists surgeon surgeons chiropractor chiropractors
    psychologist psychologists psychiatrist psychiatrists psychotherapist psychotherapists hypnotherapist
    hypnotherapists osteopath osteopaths acupuncturist acupuncturists naturopath naturopaths homeopath homeopaths
    herbalist herbalists reflexologist reflexologists podiatrist podiatrists optometrist optometrists audiologist
    audiologists kinesiologist kinesiologists clinician clinicians founder co-founder cofounder manager supervisor
    coordinator scheduler director administrator clerk secretary coach instructor teacher trainer tutor leader owner
    with i'm i’m am name work works worked joined started manages runs leads heads supervises has founded
    co-founded established opened set bought built owns owned provides offers specializes specialises teach teaches
    teaching taught running leading holding offering husband wife partner spouse son sons daughter daughters children
    kids twins father mother dad mom mum parents brother sister stepson stepdaughter dog cat puppy fiance fiancé welcome
    fiancée siblings grandson granddaughter grandchildren grandmother grandfather rmt rmts headshot bio"
        .split_whitespace()
        .collect()
});

fn triggered(text: &str) -> bool {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
        .filter(|w| !w.is_empty())
        .any(|w| TRIGGER_WORDS.contains(w) || TRIGGER_WORDS.contains(w.to_lowercase().as_str()))
}

/// A portrait of a team member, as team cards label it.
static HEADSHOT_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\s+(?:headshot|head\s+shot|staff\s+photo|team\s+photo|bio\b)").unwrap());

/// The writer introduces themself: "I'm Bronwyn", "my name is Jo Reid".
static SELF_INTRO: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\b(?:I'm|I’m|I\s+am|my\s+name\s+is)\s+$").unwrap());

/// A clinician by title in the paragraph.
static CLINICIAN_HERE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b(?:Dr\.?|Doctor|Prof\.?)\s+\p{Lu}").unwrap());

/// Right after the name: "Holly Miles - Nutritional Therapist", ", RN",
/// "is a registered osteopath", "has worked in our lab", "will be running
/// the sessions", "… and Melanie Lee founded Flourish in Place" (founders
/// of a named organisation, the practice or another: no patient frame).
static ROLE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^(?:'s)?(?:\s*[-–—,|:(]\s*(?:(?:a|an|the|our)\s+)?(?:[\w&'-]+\s+){{0,5}}?{PRO}\b|\s*[-–—,|:(]\s*(?:(?:a|an|the)\s+)?{OURS}\s+(?:[\w&'-]+\s+){{0,5}}?{ROLE}\b|,?\s+(?:is|was)\s+(?:a|an|our|the)\s+(?:[\w&'-]+\s+){{0,5}}?{PRO}\b|,?\s+(?:who\s+)?(?:has\s+(?:worked|been|served)|works|worked|joined|started|manages|runs|leads|heads|supervises)\s+(?:[\w'-]+\s+){{0,3}}?(?:in|at|on|with|for)?\s*(?:our|the\s+(?:practice|clinic|hospital|office|centre|center))\b|[^.;!?]{{0,80}}?\b(?:founded|co-founded|established|opened|set\s+up|bought|built|owns|owned)\s+(?:the|our|this|a|her|his|their)\s+(?:[\w-]+\s+){{0,2}}?(?:centre|center|clinic|practice|building|surgery|hospital|office|agency|company)\b|[^.;!?]{{0,80}}?\b(?:founded|co-founded|established)\s+(?-i:\p{{Lu}})|,?\s+(?:provides|offers|specializes\s+in|specialises\s+in)\s+(?:[\w&'-]+\s+){{0,6}}?(?:services|sessions|treatments?|therapy|care|readings|consultations)\b|,?\s+(?:(?:will\s+be|is|was|are)\s+(?:now\s+|also\s+|currently\s+)?)?(?:teach\w*|run(?:s|ning)?|lead\w*|hold\w*|offer\w*)\s+(?:(?:our|the|a|an|these|this|her|his|weekly|free|regular|monthly)\s+)?(?:[\w-]+\s+){{0,2}}?(?:class(?:es)?|sessions?|course|programme|program|workshops?|talks?|consultations?|appointments?|treatments?|clinics?)\b)"
    ))
    .unwrap()
});

/// Lowercase name words of the people this page introduces as staff, and
/// of staff members' relatives a paragraph about a clinician names in the
/// third person ("Dr. Gilman joined his father David Gilman"), or any a
/// team page names.
pub(super) fn introduced(segs: &Segments, allow: &Allowlist, team: bool) -> HashSet<String> {
    let mut out = HashSet::new();
    for s in segs.segs.iter().filter(|s| s.kind == Kind::Prose && !s.ident) {
        let about_staff = || {
            team || (CLINICIAN_HERE.is_match(&s.text) && !testimonial_like(&s.text))
                || SEQ_RUNS.find_iter(&s.text).any(|m| {
                    let w: Vec<String> = m.as_str().split_whitespace().map(bare).collect();
                    let r: Vec<&str> = w.iter().map(String::as_str).collect();
                    allow.is_staff(&r)
                }) && !testimonial_like(&s.text)
        };
        let mut staff_para: Option<bool> = None;
        // Most paragraphs hold no role, verb or relative word of these
        // patterns: then only a credential after a name can introduce one.
        let mut trigger: Option<bool> = None;
        for m in SEQ_RUNS.find_iter(&s.text) {
            // Most runs are one capitalised ordinary word ("The", "Call"):
            // never a name, so no pattern needs to look at them.
            if !m.as_str().contains([' ', '\t']) {
                let w = bare(m.as_str());
                if !is_given_name(&w) && ordinary(&w, allow) {
                    continue;
                }
            }
            let before = &s.text[..m.start()];
            let after = &s.text[m.end()..];
            // "Wendell Fairweather's MRI": a test after a possessive, not a degree.
            let possessive = m.as_str().ends_with("'s") || m.as_str().ends_with("’s");
            if !*trigger.get_or_insert_with(|| triggered(&s.text)) && (possessive || !cred_after(after)) {
                continue;
            }
            let tail = &before[super::frame::floor(before, before.len().saturating_sub(60))..];
            // "I'm Bronwyn", "Hi I’m Rus": the run holds the capitalised "I'm".
            let self_intro = SELF_INTRO.is_match(tail) || m.as_str().contains("I'm ") || m.as_str().contains("I’m ");
            // "Aashna's headshot": a theme's team card names its portrait so.
            let headshot = possessive && HEADSHOT_AFTER.is_match(after);
            let role = by_role(tail, possessive, after) || self_intro || headshot;
            // "Her son Mateo went through our programme": family, but a patient.
            let own_care = || super::context::cue_a(super::frame::to_stop(after));
            let family = !role && FAMILY_BEFORE.is_match(tail) && *staff_para.get_or_insert_with(about_staff) && !own_care();
            if !(role || family) {
                continue;
            }
            for tok in m.as_str().split([' ', '\t']).filter(|t| !t.is_empty() && !is_initial(t) && !matches!(*t, "I'm" | "I’m")) {
                let w = bare(tok);
                if is_given_name(&w) || !ordinary(&w, allow) {
                    out.insert(w);
                }
            }
        }
    }
    out
}

/// A role introduces the name: before it (`tail`), a credential right
/// after it (not after a possessive: "Fairweather's MRI"), or after it.
fn by_role(tail: &str, possessive: bool, after: &str) -> bool {
    // "welcome Allison Deery to the team": a new colleague.
    static JOINS: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\s+(?:to|into)\s+(?:the|our)\s+(?:[\w-]+\s+)?(?:team|practice|clinic|staff)\b").unwrap());
    let welcomed = || tail.to_lowercase().trim_end().ends_with("welcome") && JOINS.is_match(after);
    // "<h2>About Jeremy Bissonnette</h2>\n<i>Registered Massage
    // Therapist</i>": the role on the line after the name, past its tags.
    static NEXT_LINE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?:\s*</?[a-zA-Z][^>]*>)*\s*\n(?:\s*<[a-zA-Z][^>]*>)*\s*").unwrap());
    let next_line = || NEXT_LINE.find(after).is_some_and(|m| ROLE_AFTER.is_match(&format!(", {}", &after[m.end()..])));
    ROLE_BEFORE.is_match(tail)
        || (!possessive && cred_after(after))
        || (ROLE_AFTER.is_match(after) && !MEMBER_AFTER.is_match(after))
        || (!possessive && next_line())
        || welcomed()
}

/// "Wes, who has been in our Thursday recovery group", "who has been
/// coming to our memory clinic": a member of a group or programme of
/// care, not a colleague "who has been with our practice".
static MEMBER_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^,?\s+(?:who\s+)?(?:has|had)\s+been\s+(?:[\w'-]+\s+){0,2}?(?:in|with|on|through)\s+(?:our|the)\s+(?:[\w'’-]+\s+){0,4}?(?:groups?|programmes?|programs?|iop|php|care|treatment|recovery|circle|waitlist|wait\s+list|caseload|(?:[\w-]+\s+)?plans?|regimens?|registry|medications?|meds|inhalers?|insulin|pump|follow-?up)\b|^,?\s+(?:who\s+)?(?:has|had)\s+been\s+(?:coming|attending|going|visiting)\s+(?:to\s+)?(?:our|the)\b").unwrap()
});

/// Full names (two words or more) a page introduces as staff, for the
/// site's allowlist: `title` and `body` of any page.
pub fn introduced_names(title: &str, body: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    // A bio outside the team section: the title is a person's name and the
    // body tells their training ("Allison completed her degree…").
    if let Some(name) = bio_title(title, body) {
        out.push(name);
    }
    for text in std::iter::once(title).chain(body.split("\n\n")) {
        let mut trigger: Option<bool> = None;
        for m in SEQ_RUNS.find_iter(text) {
            let run = m.as_str();
            if !run.contains(' ') || (!cred_after(&text[m.end()..]) && !*trigger.get_or_insert_with(|| triggered(text))) {
                continue;
            }
            let before = &text[..m.start()];
            let tail = &before[super::frame::floor(before, before.len().saturating_sub(80))..];
            let after = &text[m.end()..];
            let possessive = run.ends_with("'s") || run.ends_with("’s");
            if !by_role(tail, possessive, after) {
                continue;
            }
            let words: Vec<&str> =
                run.split([' ', '\t']).filter(|t| !t.is_empty() && !is_initial(t)).map(super::words::trim_possessive).collect();
            // "Registered Nutritional Therapist Holly Miles": keep the name,
            // the last two or three words that are names.
            let k = words.iter().rposition(|w| !is_given_name(&bare(w)) && super::words::is_common(&bare(w))).map_or(0, |k| k + 1);
            let name = words[k..].join(" ");
            if name.contains(' ') && !out.contains(&name) {
                out.push(name);
            }
        }
    }
    out
}

/// Training and career words of a bio.
static BIO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:graduated|graduate\s+of|degree|diploma|trained|qualified|speciali[sz]\w*|joined\s+(?:our|the)\s+(?:team|practice|clinic)|years\s+of\s+experience|our\s+newest|welcome\s+(?:[\w'’-]+\s+){1,3}to\s+(?:the|our)\s+team|certified|licensed|registered|residency|fellowship|post-secondary|practis\w+|practicing\s+since)\b").unwrap()
});

/// How many different training and career words a bio uses.
pub(super) fn bio_words(body: &str) -> usize {
    let found: HashSet<String> = BIO.find_iter(body).map(|m| m.as_str().to_lowercase()).collect();
    found.len()
}

/// The person a bio page is about: its title is a name ("Allison Deery",
/// "Jo Reid, DPM") whose first name the body uses with training words.
pub(super) fn bio_title(title: &str, body: &str) -> Option<String> {
    let (name, uses_first) = title_person(title, body)?;
    // A first name alone makes the page a bio, but is too little to allow
    // that name on every page of the site.
    (uses_first && name.contains(' ') && BIO.is_match(body)).then_some(name)
}

/// The practitioner a bio page outside a team section is about, as the
/// title names them. A page is such a bio when its title names a person the
/// body talks about, and either a label says it is about a practitioner
/// ("Practitioner Spotlight: Robert Peter", "Meet the team: …") or the
/// body tells training in at least two ways (three when it also speaks of
/// patients, as a clinician's own page does; one after a label such as
/// "More about"). `patient_cue` says whether
/// the body speaks of patients: asked only when it decides, since it reads
/// the whole body and most titles name no person.
pub(super) fn bio_subject(title: &str, body: &str, patient_cue: impl FnOnce() -> bool) -> Option<String> {
    static LABEL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)\b(?:spotlight|practitioners?|meet|team|staff|clinicians?|therapists?|profile|our\s+(?:doctors|dentists|people))\b[^:]*:",
        )
        .unwrap()
    });
    // "Meet Sunil, volunteer driver", "Vale Margaret Ellery, founding
    // trustee", "… is our volunteer of the year": the title gives the
    // person a role that is no patient's (round 35, from set Z).
    static ROLE_TITLE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:volunteer|trustee|founder|co-founder|board\s+member|treasurer|patron|chair(?:man|woman|person)?)\b").unwrap()
    });
    let person = title_person(title, body);
    // Such a page is read as a bio, whatever else it tells: "… who drives
    // patients to their post-op appointments" is the volunteer's work. A
    // patient named on it as well would go unseen (not met on real sites).
    if ROLE_TITLE.is_match(title)
        && let Some(name) = person.as_ref().filter(|p| p.1).map(|p| p.0.clone()).or_else(|| role_titled(title, body))
    {
        return Some(name);
    }
    let (name, uses_first) = person?;
    let words = bio_words(body);
    // "More about Alison", "Meet Jo": the title says it is about a person,
    // so one training word confirms a practitioner.
    let labelled = PERSON_LABELS.iter().any(|p| title.trim_start().starts_with(p)) && words >= 1;
    (uses_first && (LABEL.is_match(title) || words >= 3 || ((labelled || words >= 2) && !patient_cue()))).then_some(name)
}

/// Labels and greetings before the name a bio's title gives.
const PERSON_LABELS: [&str; 8] = ["Meet ", "Welcome ", "Introducing ", "Welcoming ", "About ", "More about ", "More About ", "All about "];

/// The person a title gives a role ("Meet Sunil, volunteer driver",
/// "Vale Margaret Ellery, founding trustee", "Marlene Ouwehand is our
/// volunteer of the year"): its first run of capitalised words, less a
/// greeting, whose first word the body uses.
fn role_titled(title: &str, body: &str) -> Option<String> {
    static RUN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}").unwrap());
    const GREETINGS: [&str; 7] = ["Meet", "Vale", "Farewell", "Thank", "Thanks", "Welcome", "Congratulations"];
    RUN.find_iter(title).find_map(|run| {
        let words: Vec<&str> = run.as_str().split_whitespace().skip_while(|w| GREETINGS.contains(w)).collect();
        let first = *words.first()?;
        (first.len() >= 3 && !super::words::is_common(&bare(first)) && body.contains(first)).then(|| words.join(" "))
    })
}

/// The name a title gives (after a label or a greeting, before credentials
/// or a role) and whether the body uses its first name.
fn title_person(title: &str, body: &str) -> Option<(String, bool)> {
    let head = title.split([',', '|', '(']).next()?.split(" - ").next()?.trim();
    // "Practitioner Spotlight: Helena Nilsson-Ghosh", "Meet Allison Deery!":
    // a label or a greeting before the name.
    let head = head.rsplit(':').next()?.trim().trim_end_matches(['!', '.']);
    let labelled = PERSON_LABELS.iter().find_map(|p| head.strip_prefix(p));
    let head = labelled.unwrap_or(head).trim();
    let words: Vec<&str> =
        head.split_whitespace().filter(|w| !matches!(w.trim_end_matches('.'), "Dr" | "Prof" | "Mr" | "Mrs" | "Ms")).collect();
    // "More about Alison": after a label, a first name alone is a person too.
    let least = if labelled.is_some() { 1 } else { 2 };
    if !(least..=4).contains(&words.len()) || !words.iter().all(|w| w.starts_with(char::is_uppercase)) {
        return None;
    }
    let first = words[0];
    if !is_given_name(&bare(first)) || words.iter().skip(1).any(|w| super::words::is_common(&bare(w))) {
        return None;
    }
    // The body may spell the first name differently from the title
    // ("Jaime" over a bio of "Jamie"): the same letters do.
    let letters = |w: &str| {
        let mut l: Vec<char> = w.to_lowercase().chars().collect();
        l.sort_unstable();
        l
    };
    let first_letters = letters(first);
    let uses_first =
        body.split(|c: char| !c.is_alphanumeric()).any(|w| w == first || (w.len() == first.len() && letters(w) == first_letters));
    Some((words.join(" "), uses_first))
}

/// After a possessive name: the person's own practice.
pub(super) static OWN_PRACTICE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+(?:(?:dental|medical|orthodontic|family|private|physio\w*|chiropractic|old|former|busy|small)\s+)?(?:practice|clinic|office|surgery|consulting\s+rooms|rooms)\b").unwrap()
});

/// "her husband", "their son", "my wife": a relative of the bio's subject.
pub(super) static FAMILY_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:her|his|their|my|our)\s+(?:[\w-]+\s+){0,4}?(?:husband|wife|partner|spouse|fianc[ée]e?|sons?|daughters?|children|kids|twins|father|mother|dad|mom|mum|parents|brother|sister|siblings|grandsons?|granddaughters?|grandchildren|stepson|stepdaughter|dog|cat|puppy|pup|kitten|pets?|fur-?bab(?:y|ies)|horse)(?:\s*,)?\s+(?:(?:[\w'-]+\s+(?:\(\d{1,2}\)\s+)?)?and\s+)?$|\b(?:had|has|have|having)\s+(?:two|three|four|five|\d)\s+(?:kids|children|sons|daughters|boys|girls|grandchildren)\s*,?\s+(?:(?:[\w'-]+\s+(?:\(\d{1,2}\)\s+)?)?and\s+)?$").unwrap()
});

/// A first-person account ("my husband", "I"): a testimonial's voice,
/// where a named relative can be a second patient.
pub(super) fn testimonial_like(text: &str) -> bool {
    static FIRST: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b(?:I|my|My|me)\b").unwrap());
    FIRST.is_match(text)
}

/// Capitalised words of a testimonial that could be a person's given name
/// (no English, medical or place word, three letters or more), lowercase
/// and each once. A word that several different reviews use is whom the
/// reviewers thank, the practitioner ([`praised_in_reviews`]).
pub fn review_names(body: &str) -> Vec<String> {
    let mut out: Vec<String> = body
        .split(|c: char| !c.is_alphabetic() && c != '\'' && c != '’')
        .map(super::words::trim_possessive)
        .filter(|w| w.chars().count() >= 3 && w.starts_with(char::is_uppercase) && w.chars().skip(1).all(char::is_lowercase))
        .map(str::to_lowercase)
        .filter(|w| !super::local::plain_word(w) && !super::words::is_word_any_case(w))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Given names that three or more different testimonials use
/// (`review_names` of each): the practitioner the reviewers thank ("Soumya
/// and her team…"), a member of staff even without a team page. A patient
/// is not named in three different people's reviews.
pub fn praised_in_reviews<'a>(per_review: impl IntoIterator<Item = &'a Vec<String>>) -> Vec<String> {
    // Reviewers spell a name as they hear it ("Soumya", "Sowmya"): the
    // spellings of one name count together, and each is staff. Per key:
    // how many reviews use it, and its spellings.
    let mut by_key: std::collections::HashMap<String, (usize, Vec<&str>)> = std::collections::HashMap::new();
    for names in per_review {
        let mut seen: Vec<String> = Vec::new();
        for n in names {
            let k = spelling_key(n);
            let entry = by_key.entry(k.clone()).or_default();
            entry.1.push(n.as_str());
            if !seen.contains(&k) {
                entry.0 += 1;
                seen.push(k);
            }
        }
    }
    let mut out: Vec<String> =
        by_key.into_values().filter(|(c, _)| *c >= 3).flat_map(|(_, spellings)| spellings).map(str::to_string).collect();
    out.sort();
    out.dedup();
    out
}

/// One key for the spellings of a name heard and written down by different
/// people: "ow" as "ou", "ee" as "i", "oo" as "u", an "h" after a consonant
/// dropped ("Shwetha", "Swetha"), doubled letters as one ("Anna", "Ana").
fn spelling_key(name: &str) -> String {
    let s = name.to_lowercase().replace("ow", "ou").replace("ee", "i").replace("oo", "u").replace("ph", "f");
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let prev = out.chars().next_back();
        if c == 'h' && prev.is_some_and(|p| !"aeiou".contains(p)) || prev == Some(c) {
            continue;
        }
        out.push(c);
    }
    out
}
