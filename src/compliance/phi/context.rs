//! Patient-context cues (principle 3: soft identifiers need a patient context).
//!
//! * **Strong cues** ([`cue_a`]) say that one individual is a patient:
//!   "our patient", "was diagnosed", "came in for", "underwent",
//!   "recovering", "admitted", "discharged", "born on", "treated for",
//!   "date of service", chart shorthand ("Pt seen", "s/p", "post-op"), a
//!   third- or first-person possessive before a care noun ("her
//!   chemotherapy", "my hip replacement"). They are looked for in the
//!   identifier's sentence and the sentences on either side.
//! * **Weak cues** ([`cue_b`]) are clinical words ("surgery", "pacemaker",
//!   "annual physical", "patients who…") in the *same sentence* as a name;
//!   they make a name a warning, not an error.
//!
//! Second-person wording ("your procedure") and plural statements ("our
//! patients", "adults 45 to 75") are deliberately not cues.

use std::sync::LazyLock;

use regex::Regex;

/// Care nouns that, after "his/her/my" or "Name's", point at one person's care.
pub(super) const CARE: &str = r"(?:surgery|surgeries|operation|chemo(?:therapy)?|radiation|therapy|treatments?|diagnosis|prognosis|condition|cancer|tumou?r|stroke|heart\s+attack|cardiac\s+arrest|morphine|(?:chest\s+)?port|feeding\s+tube|catheter|ostomy|stoma|heart\s+rhythm|bypass|replacement|transplant|infusions?|dialysis|pacemaker|defibrillator|implant|prescriptions?|medications?|meds|insulin|physical|check-?up|follow-?up|appointment|visit|procedure|recovery|rehab(?:ilitation)?|biopsy|scans?|mri|x-?rays?|test\s+results|lab\s+results|labs|pregnancy|delivery|illness|injury|fracture|symptoms|hospital\s+stay|admission|discharge|colonoscopy|mammogram|oxygen|copd|diabetes|asthma|hypertension|blood\s+pressure|blood\s+sugar|a1c|cholesterol|oncologist|cardiologist|surgeon|care\s+team|stitches|wound|incision|dementia|alzheimer'?s|depression|addiction|overdose|miscarriage|pre-?eclampsia|relapse|sobriety|session|counsel(?:l)?ing|psychotherapy|emdr|dbt|cbt|iop|inpatient\s+stay|partial\s+hospitali[sz]ation|manic\s+episode|psychosis|anorexia|bulimia|eating\s+disorder|self-harm|ptsd|bipolar\s+disorder|anxiety|panic\s+attacks|grief|trauma|(?:sexual\s+)?assault|hiv|hepatitis|leukemia|lymphoma|covid(?:-19)?|pneumonia|eeg|emg|dbs|oit|ivf|icsi|iui|embryo\s+transfer|egg\s+freezing|immunotherapy|food\s+challenge|desensiti[sz]ation|skin\s+prick|spirometry|cpap|bipap|epipen|anaphyla\w+)(?:e?s)?";

/// A drug by its name's ending (donepezil, natalizumab, lamotrigine,
/// levetiracetam, levodopa, memantine, rivastigmine, sumatriptan…).
pub(super) const DRUG: &str = r"[a-z]+(?:pezil|mab|nib|platin|taxel|rubicin|ciclib|trigine|racetam|dopa|mantine|stigmine|triptan|gliflozin|gliptin|glutide|statin|sartan|azepam|oxetine|tiapine|peridone)";

static CUE_A: LazyLock<Regex> = LazyLock::new(|| {
    let pats = [
        r"\b(?:our|a|the|this|that|former|longtime|long-time|new|young|elderly|oldest|youngest|favou?rite|dear|sweet)\s+(?:[a-z0-9'-]+\s+){0,2}patient\b",
        r"\bpatient\s+(?:of\s+ours|since|named)\b",
        // Afrikaans: "ons oudste pasiënt", "het verlede maand 'n TURP ondergaan".
        r"\bons\s+(?:[\p{L}-]+\s+){0,2}pasi[ëe]nte?\b|\bhet\s+(?:[\p{L}'’-]+\s+){0,6}?ondergaan\b",
        // "the daughter she conceived here on her fourth frozen transfer".
        r"\bconceived\s+(?:here|with\s+us|at\s+(?:our|the)\s+(?:clinic|centre|center))\b|\b(?:her|his|their)\s+(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+(?:frozen\s+|fresh\s+)?(?:ivf\s+|embryo\s+)?(?:transfer|cycle|retrieval|round\s+of\s+ivf)\b",
        // "with her kidney patient Ambrose K…": a clinician's patient,
        // named. Without a name after it, "her patient manner" is a bio's.
        r"\b(?:her|his|their|with)\s+(?:[a-z0-9'-]+\s+){0,2}patient,?\s+(?-i:\p{Lu}\p{Ll})",
        // "our caseload includes the Chischilly twins", "a high-risk
        // pregnancy that we managed": named people on a clinician's list,
        // one person's care done by us (past tense; "every pregnancy we
        // manage" is the practice's work in general).
        r"\bcaseloads?\s+(?:includes|included|has\s+included)\b",
        // A record that is one named person's: "a letter with cholesterol
        // test results for Mr. Tranquilino Apodaca", "the prescription for
        // Ana Ruiz". The name right after it (a title or two capitalised
        // words) keeps "results for adults" out.
        r"\b(?:(?:test|lab|blood|biopsy|pathology|imaging|scan|x-?ray|mri|screening)\s+results?|records?|chart|prescriptions?|referrals?|refills?)\s+(?:for|of|belonging\s+to)\s+(?:(?:mr|mrs|ms|miss)\.?\s+\p{Lu}|(?-i:\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}))",
        // "Healed heel of Lucinda Platero after six weeks in our wound
        // clinic": a stretch of one person's care with us.
        r"\bafter\s+(?:[a-z0-9-]+\s+){0,2}(?:days?|weeks?|months?|sessions?|visits?|treatments?)\s+(?:in|at|with|of)\s+our\s+(?:[a-z-]+\s+){0,2}(?:clinic|program|programme|unit|ward|care|team|centre|center|therapy|treatment)\b",
        r"\b(?:pregnancy|delivery|birth|surgery|operation|treatment|recovery|labou?r|care)\s+(?:that|which)\s+(?:we|our\s+[a-z-]+)\s+(?:managed|handled|delivered|performed|did|oversaw|followed|coordinated)\b",
        r"\bpatient\s+(?:spotlight|of\s+the\s+(?:month|week|year)|story|profile|feature|highlight|success)\b",
        r"\bsuccess\s+story\b",
        r"\b(?:welcom\w*|arrived|born|delivered)\b[^.!?]{0,40}\b(?:baby|newborn)\b|\b(?:baby|newborn)\b[^.!?]{0,40}\b(?:arrived|born|delivered|weigh\w*)\b",
        r"\bone\s+of\s+our\s+(?:[a-z-]+\s+)?(?:patients|clients)\b",
        // A hospital room number ("Mrs. Pearson in Room 214"): where one
        // patient lies; meeting rooms are named or numbered in one digit.
        r"\broom\s+\d{3,4}[a-z]?\b",
        // A birth announcement: a newborn's weight ("arrived at 12:14 a.m.
        // … weighing 7 pounds, 3 ounces") is a birth at the practice. Times
        // and dates hold full stops ("a.m.", "Jan."), so the gap may too.
        r"\b(?:arrived|born|delivered)\b[^!?\n]{0,80}?\bweigh(?:ing|ed)\s+\d{1,2}\s+(?:pounds?|lbs?\b|kg\b|kilos?)",
        // Behavioral health says "client" and "group member" for patient.
        r"\b(?:our|a|the|this|that|former|longtime|long-time|new|young|first)\s+(?:[a-z0-9'-]+\s+){0,2}client\b",
        r"\b(?:members?|graduates?|attendees?|participants?)\s+of\s+(?:our|the)\s+(?:[a-z0-9'-]+\s+){0,4}(?:group|programme|program|circle|iop|php)\b",
        r"\b(?:completed|finished|graduated\s+from|went\s+through)\s+(?:our|the)\s+(?:[a-z0-9'-]+\s+){0,4}(?:programme|program|iop|php)\b",
        r"\b(?:relapsed|sober\s+(?:for|since)|(?:days|months|years)\s+sober|in\s+recovery\s+(?:for|since))\b",
        r"\bpt\.?\s+(?:seen|was|is|presents?|presented|reports?|c/o|with|had|underwent|states|denies|tolerated|returns?|returned|ambulat\w*)\b",
        r"(?:^|[\s(])(?:s/p|h/o|c/o|f/u)\b",
        r"\bpost-?op\b",
        // "Tamara J. before and after her gastric sleeve": one person's result.
        r"\bbefore\s+(?:and|&|/)\s+after\s+(?:her|his|their)\b",
        r"\b(?:was|were|is|been|being|got|get|gets|newly|recently|first|both|when\s+(?:she|he|i)\s+was)\s+diagnosed\b",
        r"\bdiagnosed\s+(?:her|him|me)\b",
        // "came in first", "the band came back for a show": not a visit.
        r"\bcame\s+(?:in|by)(?:\s+(?:for|with|after|because|complaining|on|last|this|yesterday|today|early|late|again)\b|\s*(?:[.,;!?)]|$))|\bcame\s+(?:back\s+(?:in|to\s+(?:see\s+)?(?:us|dr\b|our|the\s+clinic))|to\s+(?:see\s+)?(?:us|dr\b|our|the\s+clinic))",
        r"\bcomes?\s+in\s+(?:for|with)\b",
        // A clinician's own patient: "when Jess first came to see me",
        // "she was referred to us by her GP".
        r"\bfirst\s+came\s+to\s+see\s+me\b|\b(?:was|were|been|got|being)\s+referred\s+to\s+(?:me|us|our)\b",
        r"\bunder(?:went|going|goes)\b",
        r"\brecover(?:ing|ed)\b",
        r"\b(?:re)?admitted\s+(?:to|on|for|in|at|with)\b",
        r"\b(?:was|were|been|got|being)\s+(?:re)?admitted\b",
        r"\bdischarged\b",
        r"\bhospitali[sz]ed\b",
        r"\bborn\s+on\b",
        r"\b(?:was|were)\s+delivered\b",
        r"\b(?:date\s+of\s+(?:birth|service|admission|discharge|death|visit|surgery)|d\.?o\.?b\.?|dos)\b",
        r"\btreated\s+(?:for|him|her|me)\b",
        r"\b(?:was|were|is|been|being|got)\s+treated\b",
        r"\b(?:was|were|been|is)\s+seen\s+(?:by|in|at|for|on)\b",
        &format!(r"\b(?:his|her|my)\s+(?:[a-z0-9'-]+\s+){{0,3}}{CARE}\b"),
        &format!(r"\bi\s+(?:had|needed|got|received|underwent)\s+(?:a|an|my)\s+(?:[a-z0-9'-]+\s+){{0,2}}{CARE}\b"),
        r"\bi\s+(?:was|am|have\s+been|had\s+been|got)\s+(?:diagnosed|treated|admitted|discharged|seen|hospitali[sz]ed)\b",
        r"\bpassed\s+away\b",
        // Round 34 (memory clinics, from set Y): one person enrolled in the
        // practice's care, "who sees Dr. Baptiste", "has been coming to our
        // memory clinic since 2022", "(memory clinic, Tuesdays)", "since
        // starting treatment in our MS clinic".
        r"\b(?:attends|attending|attended|been\s+attending|comes\s+to|coming\s+to|been\s+coming\s+to|goes\s+to|(?:has|have|had)\s+(?:come|been)\s+to)\s+our\s+(?:[a-z'’-]+\s+){0,2}(?:clinic|programme|program|infusion\s+suite|unit|ward)\b|\bwhose\s+(?:[a-z-]+\s+){0,2}attend\s+our\b",
        r"\b(?:sees|has\s+been\s+seeing|is\s+seeing|started\s+seeing)\s+(?:dr\.?|doctor)\s+(?-i:\p{Lu})|\(\s*(?:[a-z-]+\s+){0,2}clinic\s*,",
        // Round 57 (from sets BG and BI; "who has come to our warfarin
        // clinic" joined the round-34 pattern above): "who we diagnosed in
        // 2024", "is now under Dr. Obi's care", "the people who began
        // haemodialysis with us".
        r"\b(?:who|whom)\s+(?:we|i|dr\.?\s+(?-i:\p{Lu})[\p{L}'’-]+)\s+(?:first\s+)?(?:diagnosed|treated|operated\s+on|admitted|delivered|referred)\b",
        r"\bunder\s+(?:dr\.?\s+(?-i:\p{Lu})[\p{L}'’-]+['’]s?|our\s+(?:[a-z-]+\s+){0,2}(?:team['’]s?|clinic['’]s?))\s+care\b|\bunder\s+the\s+care\s+of\s+(?:dr\.?\s+(?-i:\p{Lu})|our\b)",
        r"\b(?:began|started|starting|beginning)\s+(?:[a-z-]+\s+){0,2}?(?:dialysis|haemodialysis|hemodialysis|treatment|chemo\w*|insulin|rehab\w*)\s+(?:with\s+us|here)\b",
        r"\b(?:since|after)\s+(?:starting|beginning|finishing)\s+(?:treatment|therapy|infusions?|rehab\w*)\s+(?:in|at|with)\s+(?:our|us)\b",
        // "Gurnam Singh Bains, 68, who has Parkinson's": a named age with
        // the person's own condition (without the age, a public figure's
        // "Michael J. Fox, who has Parkinson's" is public knowledge).
        r"\b\d{1,3},\s+who\s+(?:has|had|lives\s+with|is\s+living\s+with)\s+(?:[a-z'-]+\s+){0,2}?(?:parkinson'?s|dementia|alzheimer'?s|epilepsy|multiple\s+sclerosis|ms|als|cancer|diabetes|copd|huntington'?s|a\s+brain\s+tumou?r)",
        // Round 35 (hospice, from set Z): one person's stay or death in
        // our care: "died here", "before he died in our care", "was in our
        // unit in May", "cared for at home by our Howick team", "with us
        // for 11 days", "from his bed in room 5", "outside room 3".
        r"\bdied\s+(?:peacefully\s+)?(?:here|with\s+us|in\s+our\s+(?:[a-z-]+\s+)?(?:unit|care|hospice|ward|house|home))\b|\b(?:was|were|is|been|stayed)\s+(?:here\s+)?in\s+our\s+(?:inpatient\s+)?(?:unit|ward|hospice)\b|\b(?:was|were|been|being|is)\s+(?:in\s+our\s+care|cared\s+for\s+(?:by\s+us|here|at\s+home\s+by\s+(?:our|your|the)|in\s+our))\b|\bcared\s+for\s+at\s+home\s+by\s+(?:our|your)\b",
        r"\bwith\s+us\s+for\s+(?:\d{1,3}|a\s+few|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:days|weeks|nights)\b|\b(?:bed|bedside)\s+in\s+room\s+\d{1,2}\b|\boutside\s+room\s+\d{1,2}\b|\b(?:her|his|their)\s+(?:time|stay|last\s+days|final\s+days|last\s+weeks)\s+(?:in\s+our\s+(?:care|unit|hospice|ward)|with\s+us|here)\b|\b(?:last|final)\s+(?:[a-z-]+\s+)?(?:days|weeks|nights)\s+(?:in\s+our\s+(?:care|unit|hospice|ward)|with\s+us|here)\b|\b(?:in|during|through)\s+(?:his|her|their)\s+(?:final|last)\s+(?:days|weeks?|hours|nights)\b|\bpeacefully\s+at\s+(?:\p{Lu}[\p{L}'’-]+\s+){0,4}(?:hospice|hospital)\b|\b(?:thank\s+you|thanks)\s+for\s+(?:caring\s+for|looking\s+after|nursing)\s+(?:(?:our|my)\s+)?(?-i:\p{Lu})|\b(?:is|was)\s+in\s+(?:the|our)\s+(?:inpatient\s+)?unit\b",
        // A hospice room with one person in it: "Mrs Vaifale in room 2",
        // "Aunty Vai (room 2, September)", "their father in room 11",
        // "written in room 6", a plaque's "room 3 — 2026". Meeting rooms
        // are "held in Room 3", with no person or year beside them.
        r"\b(?-i:Mr|Mrs|Ms|Miss|Koro|Nana|Aunty|Uncle|Papa)\.?\s+(?-i:\p{Lu}[\p{L}'’-]+)(?:\s+(?-i:\p{Lu}[\p{L}'’-]+)){0,2}\s+in\s+room\s+\d{1,2}\b|(?-i:\p{Lu}[\p{L}'’-]+)\s*\(\s*rooms?\s+\d{1,2}\b|\b(?:father|mother|dad|mum|mom|husband|wife|son|daughter|nana|koro)\s+in\s+room\s+\d{1,2}\b|\b(?:written|painted|made|drawn|sung|recorded)\s+in\s+room\s+\d{1,2}\b|\broom\s+\d{1,2}\s*[—–-]\s*(?:19|20)\d{2}\b",
        // Māori, Samoan and Tongan: "cared for by us", "died in our house",
        // "room 5", "in room 3", "being cared for in our hospital", "died",
        // "he is sick", "lying in our unit", cancer, diabetes, kidney and
        // heart disease, "(I went) to the home of".
        r"\bi\s+tiakina\s+e\s+mātou\b|\bki\s+tō\s+mātou\s+whare\b|\brūma\s+\d{1,2}\b|\bi\s+le\s+potu\s+\d{1,2}\b|\btausia\s+(?:nei\s+)?i\s+lo\s+matou\b|\bmaliu\b|\bmaʻi\s+o\s+ia\b|ʻi\s+homau\s+ʻiuniti\b|\bʻoku\s+puke\b|\bmate\s+(?:pukupuku|huka|tākihi|manawa)\b|\bki\s+te\s+kāinga\s+o\b",
        // "a prescription bottle labelled for Nirmala Chetty": one person's.
        r"\b(?:prescriptions?|pills?|medications?|medicines?|bottles?)\b[^.!?]{0,40}\b(?:labell?ed|marked|made\s+out)\s+(?:for|to|with)\s+(?:(?:mr|mrs|ms|miss)\.?\s+\p{Lu}|(?-i:\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}))",
        // "whose own DBS surgery in 2024 inspired his gift".
        &format!(r"\bwhose\s+own\s+(?:[a-z0-9'-]+\s+){{0,3}}{CARE}\b"),
        // "since he started donepezil", "on lamotrigine": one person's drug.
        &format!(
            r"\b(?:he|she)\s+(?:started|began|stopped|switched\s+to|is\s+(?:now\s+)?on|was\s+(?:put\s+)?on|has\s+been\s+on)\s+(?:taking\s+)?{DRUG}\b"
        ),
        // "receiving his Herceptin", "got her second dose": one person's
        // own treatment, drugs known by their name endings.
        r"\b(?:receiv(?:es|ed|ing)|gets|got|getting|finished|finishing|started|starting)\s+(?:his|her)\s+(?:[a-z0-9-]+\s+){0,2}?(?:doses?|infusions?|treatments?|chemo\w*|radiation|transfusions?|medications?|[a-z]+(?:mab|nib|platin|taxel|rubicin|ceptin|tinib|ciclib))\b",
        // Why someone's care began: "started with us after her assault".
        r"\b(?:started|began)\s+(?:with\s+us|(?:coming|seeing\s+us)(?:\s+here)?|(?:therapy|treatment|counsell?ing)\s+(?:with\s+us|here))\s+(?:after|because|when|following)\b",
        r"\b(?:was|were|been|is)\s+prescribed\b",
        r"\b(?:cancer\s+)?survivor\b",
        r"\bin\s+remission\b",
        r"\b(?:visited|visiting|saw|treating)\s+(?:him|her)\b",
        // A clinician's "Last Tuesday I saw Mrs. Ueki, who …": a consultation.
        r"\b(?:I|we)\s+(?:saw|treated|examined|fitted|operated\s+on)\s+(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+\p{Lu}",
        r"\bat\s+(?:his|her)\s+(?:home|house|apartment|bedside)\b",
        // Practices write in their patients' languages too (Spanish,
        // French, German, Dutch): one patient, singular, or one person's
        // own care in the passive. Plurals ("nuestros pacientes", "unsere
        // Patienten") are the practice's patients in general and pass.
        r"\bpaciente\s+de\s+nuestr[oa]\b|\bnuestr[oa]\s+(?:[\p{L}-]+\s+)?paciente\b|\b(?:fue|ha\s+sido|está\s+siendo)\s+(?:diagnosticad[oa]|operad[oa]|hospitalizad[oa]|ingresad[oa]|tratad[oa])\b|\bsu\s+(?:tratamiento|cirugía|diagnóstico|cáncer|operación|recuperación|alcoholismo|adicción|depresión|embarazo|parto)\b|\b(?:le|la|lo)\s+(?:operó|operamos|tratamos|trató|diagnosticamos|diagnosticó|extirpó|extirpamos|quitó|quitamos)\b",
        // Spanish, Portuguese, Polish, Somali, Tagalog and Hmong, as the pages of
        // practices serving those communities tell one patient's care.
        r"\bfoi\s+(?:diagnosticad[oa]|operad[oa]|internad[oa]|tratad[oa])\b|\bnasceu\s+(?:a|em|no)\s+\d|\bnacid[oa]\s+el\s+\d|\b(?:viene|vino|acude)\s+a\s+nuestr[oa]\s+(?:cl[ií]nica|consulta|centro|programa)\b|\b(?:vem|vinha|veio|frequenta)\s+(?:[\p{L}]+\s+){0,2}?(?:à|a|ao)\s+nossa\s+(?:cl[íi]nica|consulta|unidade)\b|\bvisit(?:ámos|amos|ei)\s+(?:a|o)\s+(?:sra?\.|dona|senhora?)\s|\bnasz(?:a|ą|ego|emu|ym|ej)?\s+pacjent(?:a|owi|em|ka|ki|ce|ką|kę)?\b|\b(?:został|została)\s+(?:zdiagnozowan|zoperowan|przyjęt)\w*|\btrafił[a]?\s+do\s+(?:nas|\p{Lu}\w+)|\blaga\s+helay\b|\bna-admit\b|\binoperahan\b|\b(?:aming|ating)\s+pasyente\b|\btau\s+txais\s+kev\s+phais\b",
        // Tagalog and Ilocano: "your check-up", "had laser done", "comes to
        // our glaucoma clinic", "(he) injected my eye", "was operated on".
        r"\b(?:inyong|iyong|kanyang|niyang|ninyong)\s+(?:check-?up|operasyon|gamutan|konsulta|therapy)\b|\bnagpa-?(?:laser|opera|check-?up|konsulta|gamot|tingin)\w*\b|\bpumupunta\s+sa\s+aming\b|\btinurok\w*\b|\bnaopera\w*\b|\bmaopera\w*\b",
        // Haitian Creole: "her last melasma treatment" (tretman … li), "his
        // operation", "our patient".
        r"\b(?:tretman|operasyon|konsiltasyon|randevou|biyopsi|medikaman|dyagnostik)\s+(?:[\p{L}-]+\s+){0,2}?li\b|\bpasyan\s+nou\b|\bnou\s+(?:te\s+)?(?:trete|opere)\s+(?:li|\p{Lu})",
        r"\bnotre\s+(?:jeune\s+|ancienne?\s+)?patiente?\b|\ba\s+été\s+(?:opérée?|diagnostiquée?|hospitalisée?)\b",
        r"\bunser(?:e|er)?\s+(?:junge[rn]?\s+)?(?:Patient|Patientin)\b|\bwurde\s+(?:operiert|diagnostiziert|eingeliefert)\b",
        r"\bonze\s+(?:jonge\s+)?(?:patiënt|patiënte|patient|patiente)\b|\b(?:werd|is)\s+(?:geopereerd|gediagnosticeerd|opgenomen\s+in)\b",
    ];
    Regex::new(&format!("(?i)(?:{})", pats.join("|"))).unwrap()
});

static CUE_B: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?:{CARE}|patients?\s+(?:who|that|with)\b|annual\s+physical|hospital|hospice|icu|emergency\s+room|wheelchair|walker|cane|chemo|oncology|prior\s+authori[sz]ation|claim)\b"
    ))
    .unwrap()
});

static INDIVIDUAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:he|she|him|his|her|hers|patient|pt\.?)\b|\b(?:I|my|me)\b|\b(?:this|our)\s+(?:(?:little|young|brave|tiny|sweet|tough)\s+)?(?:one|baby|newborn|infant|toddler|boy|girl|guy|man|woman|lady|gentleman|teen|teenager|youngster|child|kid|fighter|warrior)\b|\b(?:a|an|one|the)\s+(?:[\w-]+\s+)?\d{1,3}[- ]years?[- ]old\b|\bone\s+of\s+them\b|\b\d{1,3}\s*(?:y/o|y\.o\.|yo)\b|\bone\s+(?:resident|patient|client|man|woman|child)\b|\b(?:the|this)\s+client\s+(?:who|whose)\b").unwrap()
});

/// "One of our patients" singles one out as surely as "our patient".
static PATIENT_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:patient|pt\.?|s/p|post-?op)\b|\b(?:the|this)\s+client\s+(?:who|whose)\b|\bone\s+of\s+(?:our|my)\s+(?:patients|clients)\b").unwrap()
});

static ATTRIBUTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:said|says|told|according\s+to|explained|explains|noted|notes|added|stated|warned|urged|announced)\b").unwrap()
});

/// "Patient" as a modifier of a job, place or thing ("patient coordinator",
/// "patient portal") says nothing about one patient.
static PATIENT_COMPOUND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bpatients?(?:['’]s?)?(\s+)(coordinator|advocate|advocacy|services|service|portal|navigator|navigation|experience|liaison|relations|access|representative|rep|safety|education|educator|forms?|intake|satisfaction|registration|privacy|rights|financial|billing|care\s+coordinator|care\s+team|engagement|outreach|resources|handbook|lounge|parking|entrance|room|rooms|information|info)\b").unwrap()
});

/// A birth before 1900 ("Florence Nightingale was born on 12 May 1820"):
/// history, not a patient's date of birth.
static HISTORIC_BIRTH: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\bborn\s+on\s+(?:\d{1,2}\s+[a-z]+|[a-z]+\s+\d{1,2}),?\s+1[0-8]\d\d\b").unwrap());

fn mask(text: &str) -> std::borrow::Cow<'_, str> {
    let historic = (text.contains("born") || text.contains("Born")) && HISTORIC_BIRTH.is_match(text);
    let text = match historic {
        true => std::borrow::Cow::Owned(HISTORIC_BIRTH.replace_all(text, "born long ago").into_owned()),
        false => std::borrow::Cow::Borrowed(text),
    };
    match PATIENT_COMPOUND.replace_all(&text, "staffing$1$2") {
        std::borrow::Cow::Borrowed(_) => text,
        std::borrow::Cow::Owned(o) => std::borrow::Cow::Owned(o),
    }
}

/// Strong patient cue in `text`.
pub(super) fn cue_a(text: &str) -> bool {
    CUE_A.is_match(&mask(text))
}

/// Weak (clinical) cue in `text`.
pub(super) fn cue_b(text: &str) -> bool {
    CUE_B.is_match(&mask(text))
}

/// A pronoun, "patient"/"Pt", a first-person word or one person pointed at
/// ("this little one", "our young man", "a 15-year-old", "one of them"):
/// the window is about one person.
pub(super) fn individual(text: &str) -> bool {
    INDIVIDUAL.is_match(&mask(text))
}

/// One unnamed person singled out without a pronoun ("a 34-year-old
/// hiker", "41 y/o F", "one resident", "this little one", "our patient"):
/// the subject of a case, where "she" or "I" can be any staff story.
pub(super) fn one_unnamed(text: &str) -> bool {
    static ONE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:this|our)\s+(?:(?:little|young|brave|tiny|sweet|tough)\s+)?(?:one|baby|newborn|infant|toddler|boy|girl|guy|man|woman|lady|gentleman|teen|teenager|youngster|child|kid|fighter|warrior|patient)\b|\b(?:a|an|one|the)\s+(?:[\w-]+\s+)?\d{1,3}[- ]years?[- ]old\b|\b\d{1,3}\s*(?:y/o|y\.o\.|yo)\b|\bone\s+(?:resident|patient|client|man|woman|child)\b").unwrap()
    });
    ONE.is_match(&mask(text))
}

/// The window explicitly mentions a patient (singular) or chart shorthand.
pub(super) fn patient_word(text: &str) -> bool {
    PATIENT_WORD.is_match(&mask(text))
}

/// The sentence attributes a quote ("…," said X).
pub(super) fn attribution(text: &str) -> bool {
    ATTRIBUTION.is_match(text)
}

/// A verb of saying in `sentence` that belongs to the person at `at`: no
/// clinician's title stands between them ("After Anselmo Pereira's bout of
/// shingles, Dr. Ibarra explains …" is the doctor speaking, not Anselmo).
pub(super) fn attributed_to(sentence: &str, at: usize) -> bool {
    static CLINICIAN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b(?:Dr|Doctor|Prof|Professor|Nurse|NP|PA)\b").unwrap());
    // "told us", "told a reporter" report speech; "told jokes through both
    // stages" does not.
    static TOLD_WHOM: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)^\s+(?:us|me|him|her|them|you|the|a|an|our|local|reporters?|everyone|staff)\b").unwrap());
    ATTRIBUTION.find_iter(sentence).any(|m| {
        let between = if m.start() >= at { &sentence[at..m.start()] } else { &sentence[m.end()..at.max(m.end())] };
        let speech = !m.as_str().eq_ignore_ascii_case("told") || TOLD_WHOM.is_match(&sentence[m.end()..]);
        // "Mrs Rohani Said": capitalised inside a sentence, a surname.
        let lead = sentence[..m.start()].trim_end();
        let surname = m.as_str().starts_with(char::is_uppercase) && lead.ends_with(char::is_alphabetic);
        speech && !surname && !CLINICIAN.is_match(between)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strong_cues() {
        for t in [
            "We are proud of our patient Jane.",
            "She was diagnosed in May.",
            "He came in for a checkup.",
            "Pt seen 2/11 for a check.",
            "After my hip replacement I walked.",
            "her final round of chemotherapy",
            "admitted to General on March 4",
            "one of our longtime patients",
            "Ed, a patient since 2019",
            "paciente de nuestro grupo de recuperación desde enero",
            "Hij werd geopereerd in maart.",
        ] {
            assert!(cue_a(t), "{t}");
        }
    }

    #[test]
    fn not_cues() {
        for t in [
            "Bring your insurance card to your appointment.",
            "Most adults 45 to 75 should be screened.",
            "He is accepting new adult patients.",
            "Dr. Okafor was born and raised in Fairhaven.",
            "Our patients come first.",
            "Recovery takes patience.",
            "Privacy laws don't allow us to discuss anyone's care.",
            "Walk-in flu shots Saturday, January 25.",
            "Atendemos a nuestros pacientes en español.",
            "Wir freuen uns auf unsere Patienten.",
        ] {
            assert!(!cue_a(t), "{t}");
        }
        assert!(cue_b("winner among patients who completed their annual physical"));
        assert!(!cue_b("Our office will be closed Thursday."));
    }
}
