//! Patient frames (issue 9, "patient frames, not keywords"): who is the
//! subject of the clinical events in a sentence.
//!
//! A person mention that resolved to nothing known (not staff, not a place,
//! not a medical term) is described as a patient when
//! * it carries an **appositive description** that singles one person out —
//!   an age ("Ayesha, 22,", "Ayesha (22)", "a 22-year-old … Ayesha",
//!   "Ayesha, a 22-year-old student"), an occupation, school, team or
//!   employer ("Ayesha, a nursing student at Lakeview College", "Dev, who
//!   plays for the Harbor Hawks", "J.R., a welder at Acme Steel"), and
//! * the window around it (its sentence and the ones on either side) holds a
//!   **clinical event**: a diagnosis, surgery or procedure, an admission or
//!   discharge, a recovery, treatment or an injury.
//!
//! Either alone is not enough: "Ayesha, a 22-year-old student, won the
//! essay prize" and "Tom ran the clinic's surgery schedule" pass. The first
//! name, nickname or initials with both is a finding (phi/name, error) as
//! surely as a full name with a surname.

use std::sync::LazyLock;

use regex::Regex;

/// Nouns that describe who someone is in the community.
pub(super) const WHO: &str = r"(?:student|freshman|sophomore|junior|senior|graduate|grad|pupil|teacher|professor|coach|player|athlete|runner|swimmer|golfer|dancer|gymnast|quarterback|pitcher|goalie|striker|captain|cheerleader|engineer|nurse|farmer|rancher|welder|mechanic|electrician|plumber|carpenter|driver|trucker|pilot|firefighter|officer|deputy|soldier|veteran|marine|sailor|retiree|pensioner|grandmother|grandfather|grandma|grandpa|mother|father|mom|dad|mum|wife|husband|widow|widower|toddler|boy|girl|son|daughter|baby|infant|newborn|twin|accountant|lawyer|attorney|banker|cashier|clerk|barista|chef|cook|waiter|waitress|server|baker|butcher|librarian|pastor|priest|rabbi|imam|musician|singer|artist|painter|writer|author|photographer|designer|developer|programmer|manager|owner|employee|worker|labou?rer|volunteer|resident|homemaker|housewife|entrepreneur|businessman|businesswoman|contractor|janitor|custodian|lifeguard|ranger|miner|logger|fisherman|technician|analyst|consultant|salesman|saleswoman|realtor|scientist|researcher|intern|apprentice|guard|linebacker|lineman|midfielder|defender|forward|catcher|shortstop|receiver|wrestler|boxer|skater|skier|cyclist|rower|(?:[\w]+[- ])?grader|kindergartner|preschooler|carrier|cashier|stocker|bartender|hairdresser|barber|stylist|operator|foreman|forewoman|machinist|roofer|landscaper|nanny|caregiver|dispatcher|paramedic|teller|housekeeper|courier|hiker|climber|hunter|camper|biker|motorcyclist|jogger|surfer|diver|kayaker|snowboarder|rider|jockey)s?";

/// An age in figures or words ("16", "sixteen").
pub(super) const NUM: &str = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?";

/// An appositive right after the name.
static AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^(?:'s)?\s*(?:,\s*(?:(?:then|now|at\s+the\s+time)\s+)?(?:a|an|our|the)?\s*\d{{1,3}}(?:[- ]years?[- ]old|\s*(?:yo|y/o|years?|yrs?))?\b|\(\s*(?:aged?\s+)?\d{{1,3}}\s*[),;]|,\s*aged?\s+\d{{1,3}}\b|\s+(?:from|of)\s+(?:the\s+)?\p{{Lu}}[\w'-]+|,\s*(?:(?:then|now|at\s+the\s+time)\s+)?(?:a|an|our|the|their|his|her)\s+(?:[\w'-]+\s+){{0,4}}?{WHO}\b|,\s*(?:who|whose)\s+(?:[\w'-]+\s+){{0,2}}?(?:works?|worked|plays?|played|studies|studied|attends?|attended|teaches|taught|coaches|coached|runs|ran|owns|drives|farms|serves|served|is\s+(?:a|an|the))\b|\s+from\s+(?:the\s+)?\p{{Lu}}[\w'-]+\s+(?:High|Middle|Elementary|School|College|University|Academy)\b|,?\s+(?:in\s+|o\s+)?(?:Year|Blwyddyn|Flwyddyn)\s+\d{{1,2}}\b|,\s*(?:a|an|our|the)\s+(?:[\w'’-]+\s+){{0,4}}?{NUM}[- ]years?[- ]old\b|\s+(?:is|was|turned|turns|just\s+turned)\s+(?:now\s+)?{NUM}\b(?:\s+years?\s+old)?(?:\s+and|\s*[,.;])|\s+(?:[\w'’.-]+\s+){{1,8}}?(?:he|she)\s+was\s+{NUM}\s*[,.;]|\s+(?:is|was)\s+(?:a|an)\s+(?:[\w'’-]+\s+){{0,2}}?{NUM}[- ]years?[- ]old\b)"
    ))
    .unwrap()
});

/// A description just before the name ("22-year-old Ayesha", "local
/// welder Dev", "Lakeview High senior Mia", "our Year 11 leavers, Hollie":
/// a UK school year is a grade).
static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?:\b\d{{1,3}}[- ]years?[- ]old(?:\s+[\w'-]+){{0,3}}|\b{WHO}|\byear\s+\d{{1,2}}(?:\s+[\w'-]+){{0,2}}|\b(?:a|an)\s+(?:[\w'’-]+\s+){{0,5}}?(?:named|called))\s*,?\s*$"
    ))
    .unwrap()
});

/// Care that the general lists below lack: newborn and emergency care,
/// imaging, and dentistry and orthodontics (a dental
/// practice tells a child's braces or root canal as a hospital tells a
/// surgery). Shared by [`EVENT`] and the health words of `event`. Not here:
/// CPR (a class staff teach), dialysis and infusions (rooms and rides
/// volunteers give): an event only in the care words of `event`.
pub(super) const CARE_EXTRA: &str = r"ivf|fiv|icsi|transfert\s+positif|ponction\s+ovocytaire|ins[ée]minations?|monitoring\s+ultrasounds?|positive\s+(?:pregnancy\s+)?tests?|froze\s+\d+\s+eggs|oit|(?:oral\s+)?food\s+challenges?|desensiti[sz]\w+|skin\s+prick\s+tests?|spirometry|anaphyla\w+|epipen|lazy\s+eye|nicu|picu|incubator|premature|preemie|airlifted|life[- ]?flight|cardiac\s+arrest|ventilator|intubat\w+|mri|ct\s+scan|x-?rays?|(?:in|went\s+into)\s+labou?r|braces|retainers?|aligners?|invisalign|(?:palatal\s+)?expander|crowns|fillings?|cavit(?:y|ies)|root\s+canals?|extractions?|extracted|wisdom\s+teeth|sealants?|orthodontic\s+treatment|veneers?|dentures|abscess\w*|toothache|chipped\s+(?:a|his|her|their|two|front)|knocked[- ]out|sedation|sedated|nitrous|laughing\s+gas|an(?:a)?esthe\w+|numbing|frenectomy|tongue[- ]tie|cleft|lasik|prk|cataract\s+surgery|sleep\s+(?:stud(?:y|ies)|tests?)|overnight\s+study|(?:on|started|starting|using|uses|began)\s+(?:a\s+)?(?:cpap|bipap)|polysomno\w+|(?:lipid|metabolic|thyroid)\s+panel|dislocat\w+|frostbit\w*|hypotherm\w+|hyperbaric|carbon\s+monoxide\s+poisoning|vertigo|bppv|epley|dix-hallpike|psoriasis|eczema|dentures?|partial\s+denture|(?:flu|covid|rsv|shingles|tetanus|pneumonia|allergy|b12|cortisone|steroid)(?:\s+(?:and|&)\s+\w+)?\s+(?:shots?|injections?|vaccines?|jabs?)|blood[- ]pressure\s+(?:checks?|readings?)|(?:kidneys?|liver|lungs?)\s+(?:failed|failure)|renal\s+failure|ulcers?|wound\s+care|tuberculosis|latent\s+tb|(?:tested|came\s+back)\s+positive|lacerations?|hypertension|gestational\s+diabetes|low\s+birth\s+weight|birth\s+weight|addiction|(?:vision|hearing|dental|diabetes|cancer|tb|lead)\s+screening|face-?lifts?|tummy\s+tucks?|abdominoplasty|liposuction|lipo|breast\s+(?:augmentation|reduction|lift|implants?|reconstruction)|diep\s+flap|flap|botox|fillers?|coolsculpting|hydrafacial|microneedling|chemical\s+peel|laser\s+(?:treatments?|sessions?|resurfacing)|tattoo\s+removal|egg[- ]freezing|froze\s+(?:her|his)\s+eggs|(?:frozen\s+)?embryo\s+transfer|iui|egg\s+retrieval|new\s+(?:glasses|eyeglasses|lens(?:es)?|hearing\s+aids?|partial|crown|knee|hip)|eye\s+drops|(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?accident|treating\s+(?:him\b|(?:his|her|their)\s+(?:[\w-]+\s+)?(?:back|neck|shoulders?|knees?|hips?|feet|foot|ankles?|achilles|jaw|pain|injur\w+|condition|tendin\w+|sciatica|arthritis|headaches?|migraines?))|hurt\s+(?:his|her|their)\s+\w+|(?:his|her|their)\s+(?:[\w-]+\s+)?(?:back|neck|shoulders?|knees?|hips?|jaw|ankles?|wrists?|elbows?|feet|foot|heels?)\s+(?:pain|injury|problems?)|carpal\s+tunnel|(?:his|her|their)\s+(?:[\w-]+\s+)?(?:massages?|acupuncture|adjustments?|(?:massage|acupuncture|therapy|treatment|physio|chiropractic|rehab|speech)\s+sessions?|hearing[- ]aid\s+fittings?)|(?:come|came|comes|coming)\s+(?:[\w-]+\s+){0,5}?for\s+(?:his|her|their)\s+(?:\w+\s+)?(?:shoulders?|back|neck|knees?|hips?|feet|foot|jaw|sleep|headaches?|migraines?|pain|sciatica|arthritis|hearing|anxiety|treatments?|care|therapy|adjustments?|massages?|sessions?)|adjustments?\s+(?:on|for)\s+(?:his|her|their)|(?:fitted|fit)\s+with\s+(?:his|her|their|new|a|hearing)|hearing\s+aids?|(?:his|her|their)\s+new\s+aids|follow-up\s+fitting|earmolds?|shockwave|tendinopathy|dry\s+needling|(?:speech|massage|physical|occupational)\s+therapy|(?:positive|negative)\s+for|fev1|\d+\s*%\s+of\s+predicted";

/// Starting, training for or being on dialysis, and taking part in a
/// study: care told in a kidney or research programme's own words ("started
/// home PD", "ten years on peritoneal dialysis", "his runs", "enrolled its
/// first participant"), or a case report's "presented in August with". A regex of its own, ASCII-only: added to [`EVENT`]
/// its common first words ("is", "was", "her", "your") made the lazy DFA
/// of that large pattern give up and `check` 40 % slower.
static CARE_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i-u)\b(?:(?:start(?:ed|ing|s)?|began|begins?|beginning|trained\s+for|training\s+for|train\s+for|went\s+on(?:to)?|put\s+on)\s+(?:on\s+)?(?:home\s+|nocturnal\s+|in-centre\s+|in-center\s+)?(?:haemo|hemo|peritoneal\s+)?(?:dialysis|hhd|capd|apd|pd)|(?:is|was|been|be|being|years?|months?|weeks?)\s+(?:on|of)\s+(?:home\s+|nocturnal\s+)?(?:haemo|hemo|peritoneal\s+)?(?:dialysis|hhd|capd|pd)|(?:her|his|their|your)\s+(?:dialysis\s+)?(?:runs?|dialysis|fistula|pd\s+catheter)|enroll?(?:ed|ing)\s+(?:in\s+(?:the|our|a)\s+(?:[\w-]+\s+){0,3}?(?:study|trial)|(?:its|our|the)\s+(?:first\s+|\d+\w*\s+)?participant)|(?:study|trial)\s+participant|(?:who|she|he|patient|woman|man|girl|boy|child|infant)\s+presented\s+(?:[\w,]+\s+){0,4}?with)\b").unwrap()
});

/// A clinical event of [`EVENT`] or [`CARE_START`] in `t`.
fn event_in(t: &str) -> bool {
    // Stopping drinking or using is kept out of EVENT: "stop" is common
    // enough that inside the big alternation it slowed every page by a
    // third (round 51, benches/phi_gate.sh).
    static QUIT: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)\b(?:quit|stopped|stop|gave\s+up)\s+(?:drinking|using|heroin|meth|opioids)\b").unwrap());
    // "We gave him rabies immunoglobulin", "Dr. Ito gave her two shots": a
    // treatment given to one person (a regex of its own, as QUIT).
    static GAVE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:we|dr\.?\s+\w+|doctor\s+\w+)\s+gave\s+(?:him|her|them)\s+(?:[\w-]+\s+){0,3}?(?:vaccines?|vaccinations?|shots?|jabs?|injections?|immunoglobulin|antibiotics?|antivirals?|fluids|oxygen|stitches|steroids?|infusions?|(?:an?\s+)?(?:iv|drip|cast|splint|nebuli[sz]er|tetanus\s+booster))\b").unwrap()
    });
    // The vaccines of a travel clinic ("her rabies and typhoid jabs", "a
    // rabies course"; round 64), a regex of its own as QUIT: inside the
    // big alternation they slowed every page by a fifth.
    static VACCINE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:rabies|typhoid|hep(?:atitis)?\s+[ab]|yellow\s+fever|cholera|mmr|hpv|polio|meningitis(?:\s+[abcwy]+)?|menacwy|japanese\s+encephalitis|chickenpox|whooping\s+cough)(?:\s+(?:and|&)\s+(?:[\w-]+|hep(?:atitis)?\s+[ab]))?\s+(?:shots?|injections?|vaccines?|vaccinations?|jabs?|boosters?|course)\b").unwrap()
    });
    let has = |needle: &[u8]| t.as_bytes().windows(needle.len()).any(|w| w.eq_ignore_ascii_case(needle));
    // Only a text with "gave" in it can match: most windows skip the regex.
    let gave = || has(b"gave") && GAVE.is_match(t);
    let vaccine =
        || (has(b"jab") || has(b"vacc") || has(b"shot") || has(b"booster") || has(b"course") || has(b"inject")) && VACCINE.is_match(t);
    EVENT.is_match(t) || CARE_START.is_match(t) || QUIT.is_match(t) || PHRASE_EVENT.is_match(t) || gave() || vaccine()
}

/// Events told in phrases that open on common words ("was referred", "due
/// in March", "lost their son", "tearing his hamstring"; round 53), kept out
/// of [`EVENT`]: common words at the start of its alternatives slow the
/// whole pattern (see `QUIT`).
static PHRASE_EVENT: LazyLock<Regex> = LazyLock::new(|| {
    let m = "(?:january|february|march|april|may|june|july|august|september|october|november|december)";
    Regex::new(&format!(
        r"(?i)\b(?:due\s+(?:date|on\s+\d{{1,2}}|in\s+{m}|\d{{1,2}}\s+{m}|{m}\s+\d{{1,2}})|(?:with|expecting)\s+twins|(?:tearing|breaking|fracturing|spraining|rupturing|dislocating|injuring)\s+(?:his|her|their|a|an)|dislocat\w+|ruptured|lost\s+(?:their|her|his|our)\s+(?:\w+\s+)?(?:baby|son|daughter|twins?)|(?:outpatient|alcohol|drug|addiction|detox)\s+(?:programme|program)|(?:was|been|were|got|being)\s+referred)\b"
    ))
    .unwrap()
});

/// A clinical event: something that happens to a patient.
static EVENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&(r"(?i)\b(?:".to_string() + CARE_EXTRA + "|" + r"diagnos\w+|heart\s+failure|hospice|palliative|end[- ]of[- ]life|immunotherapy|metasta\w+|panic\s+attacks?|cbt|sertraline|arrhythmia|atrial\s+fibrillation|a-?fib|pacemaker|defibrillator|heart\s+valve|catheteri[sz]ation|stillbirth|stillborn|inpatient|(?:cardio|cardiomyo|neuro|retino|nephro|myo|encephalo)pathy|partial\s+hospitali[sz]ation|manic\s+episode|psychosis|psychotic\s+episode|anorexia|bulimia|binge[- ]eating|eating\s+disorder|self-harm\w*|suicide\s+attempt|attempted\s+suicide|ptsd|emdr|dbt|iop|esketamine|ketamine|lithium|antidepressants?|alcoholism|withdrawal|treatment\s+(?:centre|center|programme|program)|brought\s+(?:in|to\s+us|to\s+our)|carried\s+in(?:to)?|crushed|antivenom|snakebite|bitten|bit\s+(?:him|her)|allergy\s+shots|(?:flu|allergy|b12|cortisone|steroid)\s+(?:shots?|injections?)|a1c|nodules?|buprenorphine|methadone|suboxone|sublocade|vivitrol|naltrexone|opioid\s+use|alcohol\s+use\s+disorder|sober|sobriety|detox|relapsed?|insulin|inhalers?|stents?|cardiac\s+rehab|prosthe\w+|ivf|embryos?|mammogram|colonoscopy|thyroid-free|cancer-free|in\s+remission|gave\s+birth|gait\s+training|(?:through|between|during|after|before|missed)\s+(?:every\s+|each\s+|his\s+|her\s+|their\s+)?dialysis|seizures|deep\s+brain\s+stimulat\w+|was\s+referred|surger(?:y|ies)|surgical|operat(?:ed|ion)|procedure|underw(?:ent|ent)|undergo\w*|admitted|admission|discharged|hospitali[sz]\w+|icu|intensive\s+care|emergency\s+room|recover\w*|rehab\w*|treated|treatment|therapy|chemo\w*|radiation|transplant\w*|biopsy|implant\w*|replacement|repair(?:ed)?|removed|removal|amputat\w+|fractur\w+|broke|broken|torn|tore|sprain\w*|injur\w+|concussion|stroke|heart\s+attack|seizure|overdose|overdosed|overdosing|cancer|tumou?r|leukemia|lymphoma|diabetes|infection|pneumonia|covid|pregnan\w+|deliver(?:ed|y)|c-section|miscarriage|prescribed|stitches|cast|graft\w*|burns|burned\s+(?:his|her)|reconstruct\w*|fusion|bypass|release|replaced|melanoma|post[- ]?op|\w+ectomy|\w+otomy|\w+plasty|\w+oscopy|\w+itis)\b")).unwrap()
});

/// Is the name (text before it `before`, after it `after`) described as one
/// person of the community, in a window (`window`) with a clinical event?
pub(super) fn described_patient(before: &str, after: &str, window: &str) -> bool {
    if !english(window) {
        return false;
    }
    let tail = &before[floor(before, before.len().saturating_sub(60))..];
    (AFTER.is_match(after) || BEFORE.is_match(tail)) && event_in(window)
}

/// Words before a name that make a local nickname ("Coach Dempsey", "Big
/// Mike"), not an office: the bearer can still be a patient.
pub(super) fn nickname_prefix(w: &str) -> bool {
    matches!(w, "coach" | "chef" | "big" | "little" | "lil" | "aunt" | "pops") || super::words::KIN_TITLES.contains(&w)
}

/// One person's own clinical event told with a subject pronoun ("he
/// underwent", "she was diagnosed", "he had a hip replacement"): used for
/// the sentences after a person is introduced in the same paragraph.
static PRONOUN_EVENT: LazyLock<Regex> = LazyLock::new(|| subject_event("he|she"));

/// `subjects` (a regex alternation) followed, within two words, by a
/// [`PERSONAL`] event: the subject undergoes it.
fn subject_event(subjects: &str) -> Regex {
    Regex::new(&format!(r"(?i)\b(?:{subjects})\s+(?:[\w'-]+\s+){{0,2}}?{PERSONAL}")).unwrap()
}

/// A clinical event that happens to its subject (not one a clinician does
/// or a topic an article covers).
const PERSONAL: &str = r"(?:(?:was|were|got|has\s+been|had\s+been)\s+(?:diagnosed|admitted|hospitali[sz]ed|operated|discharged|rushed|airlifted)|underwent\s+\w+|tested\s+positive|relapsed|overdosed|(?:started|began|is\s+on|was\s+on|has\s+been\s+on|restarted)\s+(?:on\s+)?(?:methadone|buprenorphine|suboxone|sublocade|vivitrol|naltrexone|antabuse|insulin|dialysis|chemo\w*|radiotherapy|antidepressants|(?:pulmonary\s+|cardiac\s+)?rehab(?:ilitation)?)|(?:went\s+through|completed|finished)\s+(?:a\s+|his\s+|her\s+)?(?:home\s+)?detox|(?:delivered|gave\s+birth\s+to|was\s+delivered\s+of)\s+(?:her|their|a|twins|triplets)|is\s+(?:recovering|undergoing|in\s+remission)|(?:had|has|needed|got)\s+(?:(?:a|an|his|her|both|two|the)\s+)?(?:[\w'-]+\s+){0,2}?(?:surgery|\w+ectomy|\w+plasty|\w+otomy|\w+oscopy|lasik|prk|reconstruction|replacement|replaced|removed|repaired|transplant|bypass|stroke|heart\s+attack|seizure|fracture|amputation|filling|fillings|crowns?|extraction|root\s+canal|stitches|c-section|caesarean|cesarean|miscarriage|(?:wide\s+)?(?:local\s+)?excision|resection|ablation|mohs(?:\s+surgery)?|debridement)|(?:broke|tore|fractured|dislocated)\s+(?:his|her)|(?:finished|completed|after|through)\s+(?:[\w-]+\s+){0,2}?(?:weeks?|months?|rounds?|courses?|cycles?)\s+of\s+(?:radiation|chemo\w*|dialysis|immunotherapy|infusions?)|spent\s+(?:[\w-]+\s+){0,3}?(?:in|at)\s+(?:a|an|the)?\s*(?:[\w-]+\s+){0,3}?(?:hospital|icu|intensive\s+care|rehab|treatment|hospitali[sz]ation|inpatient|unit|ward|hospice|detox|residential|sleep\s+lab|emergency\s+room|er))\b";

/// A pronoun in the rest of the paragraph (`rest`, after the sentence that
/// introduced a person) tells that person's clinical event.
pub(super) fn carried_event(rest: &str) -> bool {
    // Only the next few hundred bytes, and only with a subject pronoun:
    // this runs once per unresolved name, so it must stay cheap.
    let rest = &rest[..floor(rest, rest.len().min(400))];
    let pronoun = rest.split(|c: char| !c.is_alphabetic()).any(|w| w.eq_ignore_ascii_case("he") || w.eq_ignore_ascii_case("she"));
    ((pronoun && PRONOUN_EVENT.is_match(rest)) || RESULT.is_match(rest) || CLINICIAN_ON.is_match(rest) || clinician_found(rest))
        && english(rest)
}

/// A clinician's finding in the next sentence, without a pronoun: "Dr.
/// Dizon diagnosed a squamous cell carcinoma in March and removed it",
/// "we found a hernia". In a paragraph about one named person, whose it is
/// goes without saying. Only a condition word counts (not "diagnosed a
/// lot of flu this winter", which is no one's).
fn clinician_found(rest: &str) -> bool {
    static FOUND: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[^.;!?]{0,40}?\b(?:Dr\.?|Doctor|[Ww]e)\s+(?:\p{Lu}[\p{L}'’-]+\s+){0,2}(?i:diagnosed|found|spotted|confirmed|detected|removed|excised|treated)\s+(?:an?|the)\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+)").unwrap()
    });
    FOUND
        .captures(rest)
        .is_some_and(|c| c[1].split_whitespace().map(str::to_lowercase).any(|w| super::lexicon::is_condition(&w) || w.ends_with("oma")))
}

/// A clinician's act on "him"/"her" in the next sentences: "Dr Lau found a
/// small bleed in his vocal cord", "after Dr Goh removed his polyps".
static CLINICIAN_ON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:Dr\.?|Doctor|[Ww]e)\s+(?:\p{Lu}[\p{L}'’-]+\s+){0,2}(?i:found|diagnosed|removed|operated\s+on|implanted|treated|repaired|fitted|prescribed|referred|admitted|scoped|drained|stitched|injected|straightened|took\s+out|started|put|examined|vaccinated|immuni[sz]ed)\s+(?:[\w'’-]+\s+){0,6}?(?i:him|her|his)\b").unwrap()
});

/// The next sentence gives one test's result ("The biopsy showed an early
/// melanoma", "her sleep study confirmed narcolepsy"): a paragraph about one
/// named person tells that person's diagnosis.
static RESULT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W{0,3}(?:[^.;!?]{0,40}?\b)?(?:the|her|his)\s+(?:[\w-]+\s+)?(?:biopsy|scan|mri|x-?rays?|ct|ultrasound|mammogram|colonoscopy|sleep\s+study|blood\s+tests?|bloodwork|labs|lab\s+results|test\s+results|pathology(?:\s+report)?|(?:hearing|eye|vision|allergy|lung|breathing|skin|patch|urine|pregnancy|covid|stress|balance)\s+tests?|audiograms?|tympanogram|echo(?:cardiogram)?|ecg|ekg|eeg|endoscopy|assessment|tests?)\s+(?:showed|shows|revealed|confirmed|found|came\s+back)\b").unwrap()
});

/// The subject of `rest` undergoes a clinical event ("was diagnosed with",
/// "had her hip replaced"): for unique local roles and initials.
/// The pattern of [`PERSONAL`] for other modules.
pub(super) const PERSONAL_EVENT: &str = PERSONAL;

pub(super) fn personal_event(rest: &str) -> bool {
    static P: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"(?i)^[^.;!?]{{0,80}}?\b{PERSONAL}")).unwrap());
    english(rest) && P.is_match(rest)
}

/// An age right after a name ("Mateo, a 16-year-old pitcher", "Arne
/// Solvang, 81,", "Ana (7)") with a clinical event in `window`: a patient,
/// even where the name is also a staff member's first name or surname (a
/// namesake, or a clinician's relative in care).
/// A school year stands for an age: "Mereana from the college's netball
/// team, Year 13, who tore her ACL" is a pupil, not the staff member who
/// shares her first name.
pub(super) fn aged_in_care(after: &str, window: &str) -> bool {
    static SCHOOL_YEAR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[^.;!?]{0,80}?\b(?:(?:Year|Grade|Room|Form|Yr)\s+\d{1,2}\b|\d{1,2}(?:st|nd|rd|th)[- ]grader?\b)").unwrap()
    });
    (aged(after) || SCHOOL_YEAR.is_match(after)) && english(window) && event_in(window) && !gives_to_care(after)
}

/// A person singled out in the practice's care around their name (`before`
/// and `after` it, in `window`): by an age beside everyday health words, or
/// by the practice taking them into its care (see [`aged_with_health`] and
/// [`taken_into_care`]).
pub(super) fn singled_out_in_care(before: &str, after: &str, window: &str) -> bool {
    aged_with_health(before, after, window)
        || taken_into_care(before, after, window)
        || restored_by_care(before, after, window)
        || in_care_group(before, after, window)
        || record_of(before)
}

/// The name is whose clinical record is shown: "Ambulatory glucose profile
/// for Lorraine Okemow", "lab results for Tom Reed", "the X-ray of Ana
/// Ruiz's knee" (alt text and captions of teaching images write them so).
/// A document of one named person is their care, whatever the prose says.
/// Only "for" after words that also name public things ("as a result of
/// Rogan's mention", "reports of Dr. Snow's work" are no records).
fn record_of(before: &str) -> bool {
    static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:(?:reports?|results|profile|charts?|readings|labs|prescriptions?|records|spirometry|pathology)\s+for|(?:x-?rays?|scans?|mri|ecg|ekg|labs|audiograms?|biopsy|radiographs?|ultrasound|mammogram|angiogram|echocardiogram)\s+(?:for|of))\s+(?:(?:mr|mrs|ms|miss|mx)\.?\s+)?(?:\*\*|__)?$").unwrap()
    });
    BEFORE.is_match(&before[floor(before, before.len().saturating_sub(50))..])
}

/// The groups a practice runs as care: a hydro or balance class, a cardiac
/// rehab group, a grief support circle. Not a program or a team (staff are
/// "Sarah from our diabetes program"), nor walking or gym clubs (community).
const CARE_GROUP: &str = r"(?:hydro(?:therapy)?|aqua(?:\s+(?:therapy|fit|aerobics|exercise))?|pool|warm[- ]water|balance|falls(?:\s+prevention)?|strength(?:\s+(?:and|&)\s+balance)?|stepping\s+on|cardiac(?:\s+rehab(?:ilitation)?)?|heart\s+health|pulmonary(?:\s+rehab(?:ilitation)?)?|lung\s+health|rehab(?:ilitation)?|pre-?hab|arthritis|osteoporosis|diabetes|weight[- ]loss|(?:\w+\s+)?support|bereavement|grief|recovery|parkinson['’]?s|stroke|memory|dementia|cancer|chemo|dialysis|(?:chronic\s+)?pain|pelvic\s+floor|continence|antenatal|prenatal|postnatal|breastfeeding|new\s+mums?|quit(?:\s+smoking)?|smoking\s+cessation|clinical\s+pilates|joint\s+(?:school|class)|(?:knee|hip)\s+(?:school|replacement))";

/// The person belongs to a group the practice runs as care ("Dulcie from
/// the Thursday hydro group", "Val, Reg and Norma from the Tuesday strength
/// class", "a regular in our balance class, Peg"): its members are the
/// practice's patients, whatever else the sentence says. The one who runs
/// the group ("Jo, who leads our hydro class") is no member: the pattern
/// needs "from/in/of" the group right after the name.
fn in_care_group(before: &str, after: &str, window: &str) -> bool {
    static AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"(?i)^(?:\*\*|__)?(?:,\s+(?:and\s+)?\p{{Lu}}[\w'’-]+){{0,4}}(?:,?\s+(?:and|&)\s+\p{{Lu}}[\w'’-]+)?,?\s+(?:(?:a|one|both)\s+(?:of\s+)?(?:the\s+)?(?:regulars?|members?|stalwarts?)\s+)?(?:from|in|of|at)\s+(?:our|the)\s+(?:(?:\w+day|morning|afternoon|evening|early|weekly|twice-weekly|\d{{1,2}}(?:[.:]\d\d)?\s*(?:am|pm)|new|regular|popular)\s+){{0,3}}{CARE_GROUP}\s+(?:\w+\s+)?(?:class(?:es)?|group|circle|club|squad|cohort|crew|gang)\b"
        ))
        .unwrap()
    });
    static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"(?i)\b{CARE_GROUP}\s+(?:class(?:es)?|group|circle|club|squad)(?:['’]s)?\s+(?:own\s+|member\s+|regular\s+|graduate\s+|stalwart\s+)?(?:\*\*|__)?$"
        ))
        .unwrap()
    });
    let tail = &before[floor(before, before.len().saturating_sub(60))..];
    english(window) && (AFTER.is_match(after) || BEFORE.is_match(tail))
}

/// The practice's care gave the person back an activity: "How We Got
/// Linnea Strand Back on Her Skis", "the team that helped Trent Olafson
/// walk again". Said of a named person on a practice's page, it tells
/// their care, with or without a health word in the sentence.
fn restored_by_care(before: &str, after: &str, window: &str) -> bool {
    static BEFORE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)\b(?:got|get|gets|getting|helped|helping|help|helps)\s+(?:\*\*|__)?$").unwrap());
    static AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:\*\*|__)?\s+(?:(?:get\s+)?back\s+(?:on|to|in|into|at)\s|(?:walk|walking|run|running|ski|skiing|work|working|play|playing|dance|dancing|swim|swimming|climb|climbing|compete|competing|hear|breathe|sleep|drive|driving)\s+again\b)").unwrap()
    });
    let tail = &before[floor(before, before.len().saturating_sub(30))..];
    BEFORE.is_match(tail) && AFTER.is_match(after) && english(window)
}

/// A name shown in care, as a photo's alt text or caption writes it:
/// "Jordan Ekholm in a sling after his shoulder reduction", "Ava Lind
/// during her infusion". The phrase right after the name holds the health
/// word; no verb is needed.
pub(super) fn shown_in_care(after: &str) -> bool {
    static SHOWN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\s*(?:in\s+(?:a|an|the|his|her)|after\s+(?:a|an|his|her)|during\s+(?:a|an|his|her)|recovering\s+(?:from|after)|getting\s+(?:a|an|his|her)|receiving\s+(?:a|an|his|her))\s+[^.;!?]{0,60}").unwrap()
    });
    SHOWN.find(after).is_some_and(|m| english(m.as_str()) && super::event::everyday_health(m.as_str()))
}

/// Right after a name and its age, the person gives to the care: "Harriet
/// Gustafson, 84, who has knitted six hundred hats for babies born in our
/// birthing centre". Someone who knits, donates or drives for the care is
/// no patient of it, whatever medical word the window holds.
pub(super) fn gives_to_care(after: &str) -> bool {
    static GIVES: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^[^.!?;]{0,30}?\b(?:who\s+)?(?:has\s+|had\s+|have\s+)?(?:\w+ly\s+)?(?:knit\w*|volunteer\w*|donat\w+|taught|teach\w*|organi[sz]\w+|rais\w+|founded|led|leads|writ\w+|wrote|buil\w+|made|makes|bak\w+|coach\w*|runs|ran|sew\w*|sewn|craft\w*|collect\w*|drove|drives|serve[sd]|gave|gives|sings|sang)\b").unwrap()
    });
    GIVES.is_match(after)
}

/// An age told with the name, after it ("Theo, age 4", "Dariusz Nowak,
/// 11,") or before it ("4-month-old Ezekiel", "3-year-old Amara"), in a
/// window with any health word, everyday ones included ("asthma plan",
/// "weight checks", "RSV"): a child or an elder singled out by age on a
/// practice's page is the subject of the care told beside them. The
/// clinical events of [`EVENT`] are too narrow here: an age is rare enough
/// in a person's description that the broader health words suffice, but
/// not the specialised lexicon (a staff member's daughter, 21, "majoring
/// in Integrated Physiology").
fn aged_with_health(before: &str, after: &str, window: &str) -> bool {
    // A child's care in the words parents use: a screening, glasses, an eye exam.
    static CHILD_CARE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:screenings?|(?:got|new|first|free)\s+(?:pair\s+of\s+)?glasses|eye\s+exams?|well[- ]child|vaccinations?)\b")
            .unwrap()
    });
    static AGE_BEFORE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)\b\d{1,3}[- ](?:years?|months?|weeks?|days?)[- ]old\s*(?:\*\*|__)?\s*$").unwrap());
    let tail = &before[floor(before, before.len().saturating_sub(40))..];
    (aged(after) || AGE_BEFORE.is_match(tail))
        && english(window)
        && (super::event::everyday_health(window) || CHILD_CARE.is_match(window) || super::event::condition(window))
        && !gives_to_care(after)
}

/// The practice takes the person into its care, told around the name: they
/// "came to us" or "came to Dr. …", "joined our asthma program", "now come
/// to our follow-up clinic", are the ones "whom we saw", or "we saw" / "we
/// fitted" them. With an everyday health word in the window, the person is
/// the practice's patient, whatever the care is called. ("Came to Spokane
/// for graduate school" is a staff member's own move: a place is no care.)
fn taken_into_care(before: &str, after: &str, window: &str) -> bool {
    static AFTER_CARE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:\*\*|__)?[^.!?;]{0,90}?\b(?:(?:came|comes|come|coming)\s+(?:in\s+)?to\s+(?:us\b|see\s+us\b|our\s|dr\.?\s)|(?:now\s+)?(?:comes?|came|go|goes|went)\s+to\s+our\s|(?:joined|joins|enrolled\s+in|signed\s+up\s+for|graduated\s+from|has\s+been\s+on|have\s+been\s+on)\s+our\s|(?:whom|who)\s+we\s+(?:saw|see|treated|treat|fitted|fit|examined|diagnosed|referred|admitted|followed)\b)").unwrap()
    });
    static BEFORE_CARE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)\bwe\s+(?:saw|see|treated|fitted|examined|diagnosed|referred|admitted|followed)\s+(?:little\s+|baby\s+)?(?:\*\*|__)?$",
        )
        .unwrap()
    });
    let tail = &before[floor(before, before.len().saturating_sub(40))..];
    english(window) && (AFTER_CARE.is_match(after) || BEFORE_CARE.is_match(tail)) && super::event::everyday_health(window)
}

/// A role or an occupation set off right after a word used as a name
/// ("Sarge, the Army veteran who …", "Dusty, the Stampede's rodeo clown",
/// "\"Cap\", who has piloted the ferry for 27 years"): the word is
/// someone's name or nickname, whatever the dictionary says it is.
pub(super) fn role_appositive(after: &str) -> bool {
    static ROLE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r#"^(?:\*\*|__)?["'’”]?(?:\*\*|__)?,\s+(?:(?:the|a|an|our)\s+(?:[\w'’-]+\s+){{0,5}}?(?:{WHO}|[a-z]+(?:er|or|ist|ian|man|woman)|clown|chief|mayor|sheriff|chaplain)\b|who\s+(?:has\s+|had\s+|have\s+)?(?:[a-z]+ly\s+)?[a-z]+ed\b)"#
        ))
        .unwrap()
    });
    ROLE.is_match(after)
}

/// The person's own care at this practice is told right after their name
/// (to the end of the next sentence): "… the night shift, who set her
/// broken right wrist", "after her left hip replacement here", "did her
/// own rehab in our gym", "… and came in with a rust ring" (round 62:
/// coming in is coming here). A title, a credential or a place on the team
/// does not make them any less a patient (SPEC: staff and officials are
/// patients too when the practice treats them).
pub(super) fn cared_for_here(after: &str) -> bool {
    static HERE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\bset\s+(?:her|his)\s+(?:broken\s+)?(?:\w+\s+)?(?:wrist|arm|leg|ankle|finger|bone|nose|shoulder|hip|collarbone|fracture)\b|\b(?:treated|stitched\s+up|stitched|operated\s+on|admitted|discharged|x-?rayed|casted)\s+(?:her|him)\b|\b(?:her|his)\s+(?:own\s+)?(?:[\w-]+\s+){0,3}?(?:replacement|surgery|operation|fracture|stroke|heart\s+attack|diagnosis|treatment|chemo\w*|delivery|c-section|reconstruction|augmentation|facelift|tummy\s+tuck|procedure|mohs)\b[^.!?]{0,60}?\b(?:here|at\s+(?:our|this)\b|in\s+our\b|with\s+us\b|(?:by|with)\s+dr\b)|\b(?:did|does|finished|completed)\s+(?:her|his)\s+own\s+(?:rehab|therapy|physio\w*)\b|\b(?:froze|freezes)\s+(?:her|his)\s+eggs\s+(?:here|at|with)\b|\bdied\s+[^!?]{0,40}?\bin\s+(?:our\s+|the\s+)?(?:[\w-]+\s+){0,3}?hospice\b|\b(?:was|were)\s+cared\s+for\s+by\s+(?:[\w-]+\s+){0,4}?(?:nurses|staff|team|doctors)\b|\btrust(?:ed|s)\s+(?:dr\.?\s+\w+|us|our\s+\w+)\s+with\s+(?:her|his)\b|\b(?:rebuilt|reconstructed|removed|repaired|replaced)\s+(?:her|his)\s+(?:[\w-]+\s+){0,2}?(?:breast|nose|hip|knee|eyelids?|face|skin\s+cancer|melanoma|tumou?r|scar)\b|\b(?:he|she|and)\s+(?:came|walked|limped|was\s+brought|was\s+rushed)\s+in(?:\s+here)?\s+(?:with|for|after|complaining)\b|\bwalked\s+in\s+here\b").unwrap()
    });
    let mut end = 0;
    let mut stops = 0;
    for (i, c) in after.char_indices() {
        if matches!(c, '.' | '!' | '?') {
            stops += 1;
            if stops == 2 {
                end = i;
                break;
            }
        }
        end = i + c.len_utf8();
        if end > 500 {
            break;
        }
    }
    english(after) && HERE.is_match(&after[..end])
}

/// An age set off after a name, in the forms [`aged`] reads and "is 16
/// and …" / "is 16." ("Abdirahman is 16 and a sophomore at …").
pub(super) fn age_told(after: &str) -> bool {
    static IS_AGE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\s+(?:is|was|turned|turns)\s+(?:now\s+)?\d{1,3}(?:\s+years?\s+old)?(?:\s+and\b|\s*[,.;])").unwrap());
    aged(after) || IS_AGE.is_match(after)
}

/// An age in another language right after a name ("Zbigniew Kowalski, 67
/// lat", "Nguyễn Thị Lan, 72 tuổi", "Faadumo Cali, oo 32 jir ah", "María
/// López, de 81 años", "Herr Braun, 74 Jahre", "Zuzia (5 lat)", "Hamza (10
/// anys, Casal La Baldufa)", "Elis, 6
/// oed", "Sadhbh, naoi mbliana d'aois", "عائشہ، عمر 8 سال"): on a practice's site a
/// person so described is the subject of a story, whatever words follow,
/// which the English frames cannot read.
pub(super) fn aged_foreign(after: &str) -> bool {
    static AGED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:\*\*|__)?\s*,\s*(?:oo\s+|de\s+|di\s+|e\s+|âgée?\s+de\s+|im\s+alter\s+von\s+|['’]n\s+|oneminyaka\s+engu-?)?\d{1,3}[ -]?(?:lat|lata|roku|tuổi|jir|años|anys|anos|ans|an|jahre|jährige[rnms]?|jarige|anni|jaar|yaş|yaşında|sano|taong\s+gulang|xyoo|xyoos|ετών|χρονών|χρόνων|tausaga|ōna\s+tau|ona\s+tau|лет|года|років|tahun|éves|rokov|ani|år|vuotta|vuotias|godina|godine|ta['’]u|yabaki|세|살|عاما|عامًا|سنة|साल|वर्ष)\b|(?i)^(?:\*\*|__)?\s*,\s*muaj\s+hnub\s+nyoog\s+\d{1,3}\b|(?i)^(?:\*\*|__)?\s*,\s*oneminyaka\s+engu-?\d{1,3}\b|(?i)^(?:\*\*|__)?\s*,\s*(?:mwenye\s+umri\s+wa\s+)?miaka\s+\d{1,3}\b|^(?:\*\*|__)?\s*[,،]\s*[0-9۰-۹]{1,3}\s*ساله|(?i)^(?:\*\*|__)?\s*\(\s*\d{1,3}[ -]?(?:lat|lata|latka|rok|oed|tuổi|años|anys|anos|ans|jahre|anni|jaar|yaş|saal)\s*[),;]|(?i)^(?:\*\*|__)?\s*,\s*(?:\d{1,3}|[\p{L}]+(?:\s+[\p{L}]+)?)\s+(?:(?:blwydd|mlwydd)\s+)?oed\b|(?i)^(?:\*\*|__)?\s*,\s*(?:\d{1,3}|[\p{L}]+)\s+m?bh?liana?\s+d['’]aois\b|^(?:\*\*|__)?\s*[,،]\s*(?:عمر\s*)?[0-9۰-۹]{1,3}\s*سال").unwrap()
    });
    AGED.is_match(after)
}

/// An age right after a name: "Yashoda, 72", "Ravi (64)", "Meena, aged 80",
/// "Aiden (8, peanut, Merri Creek Primary)" (not a citation's "(4, 5)").
pub(super) fn aged(after: &str) -> bool {
    static AGED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:'s)?\s*(?:,\s*(?:(?:then|now)\s+)?(?:a|an)?\s*\d{1,3}(?:[- ]years?[- ]old)?\b|\(\s*\d{1,3}\s*\)|\(\s*(?:age\s+|aged\s+)?\d{1,3}(?:\s*(?:yrs?|years?(?:\s+old)?))?\s*[,;]\s*\p{L}|,\s*aged?\s+\d{1,3}\b)").unwrap()
    });
    // "Clayton, the nineteen-year-old former linebacker": an age in words
    // needs its "-year-old" and "the" (a film's "Riley, an eleven-year-old
    // who moves" introduces a character).
    static AGED_WORDS: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(&format!(r"(?i)^(?:'s)?\s*,\s*(?:then\s+|now\s+)?the\s+{NUM}[- ]years?[- ]old\b")).unwrap());
    // "Dorothy Smith, 783,936 people": a longer number is no age.
    AGED_WORDS.is_match(after)
        || AGED.find(after).is_some_and(|m| {
            let rest = &after[m.end()..];
            // "Assembly of God, 88 Hollister Street": a house number is no age
            // ("Ana (7) On Monday" keeps its bracketed age).
            let house_number = !m.as_str().contains('(') && rest.starts_with(' ') && rest.trim_start().starts_with(char::is_uppercase);
            let longer_number = rest.starts_with([',', '.']) && rest[1..].starts_with(|c: char| c.is_ascii_digit());
            !(longer_number || house_number)
        })
}

/// Right after a name, past one comma-closed description, the person
/// undergoes a clinical event ("Dr. Lionel Vasquez-Hart, the large-animal
/// veterinarian everyone calls at 2 a.m., had both knees replaced here"): a
/// title does not make a patient a clinician of this practice.
pub(super) fn undergoes_next(after: &str) -> bool {
    static NEXT: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(&format!(r"(?i)^(?:\s*,[^;!?]{{0,160}}?,)?\s+(?:[\w'-]+\s+)?{PERSONAL}")).unwrap());
    english(after) && NEXT.is_match(after)
}

/// Someone in `text` undergoes a clinical event, told with a pronoun or a
/// relative clause ("who had both hips replaced here", "she underwent"):
/// a patient context for the contact details beside it.
pub(super) fn someone_undergoes(text: &str) -> bool {
    static WHO: LazyLock<Regex> = LazyLock::new(|| subject_event("he|she|who"));
    WHO.is_match(text) && english(text)
}

/// A clinical event anywhere in `text`.
pub(super) fn has_event(text: &str) -> bool {
    event_in(text)
}

/// The rest of a sentence after a full name or "Mrs. Surname" (a person
/// who resolved to nothing known) tells a clinical event of which the name
/// is the subject: "Mrs. Quinlan back on her feet after hip surgery".
///
/// Only the name's own clause counts: the text up to a parenthesis that
/// closes around the name ("(cookbooks by Ella Mills) or food delivery")
/// and at most [`CLAUSE_WORDS`] words on. An event further on belongs to
/// someone or something else ("… the unfair treatment of black British
/// subjects" thirty words after a character of a novel).
pub(super) fn subject_of_event(rest_of_sentence: &str) -> bool {
    // What says the name acts on others may come later in the sentence
    // ("… gave us the classification of cavities … he studied"): only the
    // event must be near.
    let clause = own_clause(rest_of_sentence);
    english(clause)
        && event_in(clause)
        && (!super::event::acts_on_topic(rest_of_sentence) || own_event(clause) || undergone(clause))
        && !ACTOR.is_match(rest_of_sentence)
}

/// The clause's verb is one of undergoing ("…, a 24-year-old teacher from
/// Marten Crossing, had heat stroke"): an occupation in the appositive
/// ("teacher", "coach") describes the person, it is no action on a topic.
fn undergone(clause: &str) -> bool {
    static P: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"(?i)\b{PERSONAL}")).unwrap());
    P.is_match(clause)
}

/// A clinical event the clause gives to the person with "her/his/their"
/// ("a teacher who shared the story of her stillbirth"): teaching or
/// sharing does not make it a topic when the event is the person's own.
fn own_event(clause: &str) -> bool {
    static OWNER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\b(?:her|his|their)\s+(?:[a-z-]+\s+)?$").unwrap());
    EVENT.find_iter(clause).any(|m| OWNER.is_match(&clause[floor(clause, m.start().saturating_sub(40))..m.start()]))
}

/// How many words after a name its clause may run for [`subject_of_event`]:
/// long enough for an appositive before the verb ("Lyle Vanderpool, the
/// voice of Salthawks football on KPRL for thirty years, who finished six
/// months of chemotherapy" is 16).
const CLAUSE_WORDS: usize = 20;

/// `rest` up to an unmatched closing parenthesis, and its first
/// [`CLAUSE_WORDS`] words.
fn own_clause(rest: &str) -> &str {
    let mut depth = 0i32;
    let mut end = rest.len();
    for (i, c) in rest.char_indices() {
        match c {
            '(' => depth += 1,
            ')' if depth == 0 => {
                end = i;
                break;
            }
            ')' => depth -= 1,
            _ => {}
        }
    }
    let clipped = &rest[..end];
    match clipped.split_whitespace().nth(CLAUSE_WORDS) {
        Some(w) => &clipped[..w.as_ptr() as usize - clipped.as_ptr() as usize],
        None => clipped,
    }
}

/// The name right before `rest` acts on others (says, writes, performs,
/// is a surgeon): not a patient.
pub(super) fn acts(rest: &str) -> bool {
    ACTOR.is_match(rest)
}

pub(super) use super::language::{english, english_strict};

/// The name is the one acting on others (an author, a speaker, a clinician
/// whose credentials were not given): not a patient.
static ACTOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W{0,3}(?:,\s*)?(?:said|says|explains|explained|writes|wrote|notes|noted|performs|performed|implanted\s+(?:the|a|an)|operated\s+on|specializ\w+|specialis\w+|leads|led|teaches|offers|provides|recommends|recommended|treats|has\s+been\s+treating|(?:developed|invented|devised|pioneered|founded|created|designed)\s+(?:the|a|an|this|his|her)\s+(?:[\w-]+\s+){0,2}?(?:technique|method|approach|test|system|device|brace|lens|lenses|programme|program|protocol|procedure|treatment|therapy|concept|model|theory|scale|classification|exercises?|clinic|practice|company|institute)|is\s+(?:a|an|our|the)\s+(?:[\w-]+\s+){0,3}(?:surgeon|physician|doctor|therapist|nurse|specialist|consultant|director|advocate|campaigner|ambassador|spokes(?:man|woman|person)|author|researcher|expert|champion|founder|speaker|presenter|writer))\b").unwrap()
});

/// The text up to the end of its first sentence: a full stop, "!", "?" or
/// ";", not the full stop of a title ("sees Dr. Baptiste in our clinic")
/// or an initial ("Mariam H., age 8").
pub(super) fn to_stop(after: &str) -> &str {
    const TITLES: [&str; 7] = ["dr", "mr", "mrs", "ms", "st", "prof", "mt"];
    for (i, c) in after.char_indices() {
        if matches!(c, '!' | '?' | ';') {
            return &after[..i];
        }
        if c == '.' {
            let word = after[..i].rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
            let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
            if !initial && !TITLES.contains(&word.to_lowercase().as_str()) {
                return &after[..i];
            }
        }
    }
    after
}

pub(super) fn floor(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn to_stop_passes_titles_and_initials() {
        assert_eq!(to_stop(" sees Dr. Baptiste in our clinic. Then"), " sees Dr. Baptiste in our clinic");
        assert_eq!(to_stop(", Mariam H., age 8. Next"), ", Mariam H., age 8");
        assert_eq!(to_stop(" went home; later"), " went home");
        assert_eq!(to_stop(" no stop"), " no stop");
    }

    #[test]
    fn description_and_event_together() {
        let w = "Ayesha, a 22-year-old student, underwent a laparoscopic appendectomy.";
        assert!(described_patient("", ", a 22-year-old student, underwent", w));
        assert!(described_patient("Our 22-year-old ", " had knee surgery", "Our 22-year-old Mia had knee surgery."));
        assert!(described_patient(
            "",
            ", who plays for the Harbor Hawks, tore her ACL",
            "Dev, who plays for the Harbor Hawks, tore her ACL."
        ));
        // A description without an event, or an event without a description.
        assert!(!described_patient(
            "",
            ", a 22-year-old student, won the essay prize",
            "Ayesha, a 22-year-old student, won the essay prize."
        ));
        assert!(!described_patient("", " ran the surgery schedule", "Tom ran the surgery schedule."));
    }
}
