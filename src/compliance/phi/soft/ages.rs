//! Ages over 89 of one person (Safe Harbor: ages over 89 identify): by
//! number ("a 94-year-old", "turned 101"), in apposition ("Kenji, 92,"),
//! in words ("ninety-four and still riding") or by word ("a nonagenarian");
//! not populations ("adults over 90", "people aged 90 and older").

use std::sync::LazyLock;

use regex::Regex;

use super::{Seg, ctx, quote};
use crate::compliance::phi::Severity;

static AGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(\d{2,3})[- ]years?[- ]old(s?)\b|aged?\s+(\d{2,3})\b|(\d{2,3})(?:st|nd|rd|th)\s+birthday|turn(?:ed|s|ing)\s+(\d{2,3})\b|(\d{2,3})\s*(?:yo|y/o|y\.o\.)(?:\s|$|[,.;])|\bat\s+(?:the\s+age\s+of\s+)?(\d{2,3})(?:\s*[.,;!)]|\s*$)|\bwho\s+at\s+(\d{2,3})\s+[a-z])").unwrap()
});
/// "Kenji Watanabe, 92, came in…": an age in apposition to a name.
/// "Olive (101)": the same in brackets, as birthday lists write it.
static APPOS_AGE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\p{Lu}[\p{L}'’-]*\p{Ll}\.?(?:,\s+(\d{2,3}),|\s+\((\d{2,3})\))").unwrap());
static POP_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:\+|and\s+(?:older|over|up|above)|or\s+(?:older|over|more)|to\s+\d|-\s*\d|through|and\s+\d)").unwrap()
});
static POP_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:people|adults|patients|those|anyone|everyone|women|men|individuals|seniors|residents|children|persons|ages|over|above|beyond|past|until|after|before)\s+(?:\w+\s+)?$").unwrap()
});
/// An age over 89 in words, of one person: "ninety-four-year-old",
/// "ninety-two years old", "Ninety-four and still …", "Edna, ninety-one,".
static WORD_AGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:ninety[- ](?:one|two|three|four|five|six|seven|eight|nine)|(?:one|a)\s+hundred(?:[- ](?:and[- ])?(?:one|two|three|four|five))?)(?:[- ]years?[- ]old\b(?:s\b)?|\s+years\s+old\b|\s+and\s+still\b|,\s)").unwrap()
});
/// What stands before an age in words followed by a comma when it is an
/// age: "Edna, ninety-one,", "(ninety-two, …", "At ninety-three,", or a
/// sentence opening with it; not the doctor's "say ninety-nine, …".
static APPOSED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)(?:^|[,(.!?:;—–]|\bat|\baged?)\s*$").unwrap());
/// One person called by an age word over 89 (not "nonagenarians").
static NONAGENARIAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:a|an|our|the|this|one)\s+(?:[\w'-]+\s+)?(?:nonagenarian|centenarian|supercentenarian)\b").unwrap()
});
/// "a 102-year-old", "an 81-year-old retired …": the age describes
/// someone new to the text.
static INDEFINITE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\b(?:a|an)\s+$").unwrap());

/// A place of care where a person stays ("our geriatric unit", "the
/// memory care unit", "our nursing-home residents", a ward such as "4 West"
/// or "3 North"): an age over 89 told there is a patient's or a resident's.
/// Not "our residents" alone: a teaching practice's residents are doctors.
fn care_place(window: &str) -> bool {
    static PLACE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:geriatric|memory[- ]care|dementia|hospice|palliative|skilled[- ]nursing|nursing[- ]home|long[- ]term[- ]care|assisted[- ]living|inpatient|intensive[- ]care|icu|rehab(?:ilitation)?|behavioral[- ]health|psychiatric|medical|surgical|trauma|orthopa?edic|cardiac|oncology|maternity)\s+(?:unit|ward|floor|wing)\b|\b(?:our|the)\s+(?:memory[- ]care|nursing[- ]home|care[- ]home|assisted[- ]living|hospice)\s+residents\b|\b(?:on|in|to|from)\s+\d{1,2}\s+(?:north|south|east|west)\b|\b(?:person|customer|patient|client|resident|lady|gentleman|man|woman)\s+we\s+(?:supply|serve|look\s+after|deliver\s+to|care\s+for|dispense\s+(?:to|for)|treat|see)\b").unwrap()
    });
    PLACE.is_match(window)
}

/// A clinical event or a place of care in `window`: an age over 89 told
/// there is a patient's.
fn in_care_here(window: &str) -> bool {
    crate::compliance::phi::frame::has_event(window) || care_place(window)
}

/// One person described by an age after an article ("a 58-year-old
/// welder", "the 44-year-old foreman"), not a staff member's "at 91".
pub(super) fn described_by_age(window: &str) -> bool {
    static BY_AGE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)\b(?:a|an|the)\s+(?:[\w-]+\s+)?\d{1,3}[- ]years?[- ]old\s+\w").unwrap());
    // "Paul Kalanithi wrote it as a 36-year-old neurosurgeon": a named
    // person's age then, not someone new.
    BY_AGE.find_iter(window).any(|m| !window[..m.start()].to_lowercase().trim_end().ends_with(" as"))
}

/// A sentence about anyone of an age, in the present of general truths:
/// "A 90-year-old's skin heals more slowly", "a 92-year-old can still have
/// Mohs surgery". One person's story tells what happened ("broke her hip")
/// or what they have ("has a new hip"), which this leaves out.
static GENERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*(?:an?|any|every)\s+\d{2,3}[- ]year[- ]old(?:'s|’s)?\s+(?:[a-z]+\s+){0,2}?(?:heals|needs|may|can|could|should|tends|must|often|usually|typically|generally|bruises|recovers|deserves|benefits|is\s+(?:more|less|no|not|just|still|often|usually))\b").unwrap()
});

/// "our oldest Mohs patient this year was 98", "the oldest resident, at 101".
static OLDEST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\boldest\s+(?:[\w-]+\s+){0,2}?(?:patient|client|resident|member|participant|survivor)\b[^.!?]{0,40}?\b(?:was|is|turned|turns|at|aged?)\s+(\d{2,3})\b").unwrap()
});

/// "Our oldest Mohs patient this year was 98": a record holder is one
/// person, told by their age alone.
fn oldest(t: &str, d: usize, team: bool, emit: &mut impl FnMut(&str, Severity, usize, &str, String)) {
    for c in OLDEST.captures_iter(if d >= 2 && t.contains("oldest") { t } else { "" }) {
        let Some(age) = c.get(1) else { continue };
        if age.as_str().parse::<u32>().is_ok_and(|a| (90..=125).contains(&a)) && !team {
            emit(
                "phi/age",
                Severity::Error,
                age.start(),
                age.as_str(),
                format!("age over 89 {} of an individual: ages over 89 identify; write \"over 90\" or leave it out", quote(age.as_str())),
            );
        }
    }
}

/// Ages over 89 of one person (by number, in apposition, or by word).
/// Not on a page retelling a news story: "94 Year Old With No Cavities"
/// about a record holder in the papers is no patient's age.
pub(super) fn ages(g: &Seg, emit: &mut impl FnMut(&str, Severity, usize, &str, String)) {
    let Seg { s, si, names, team, .. } = *g;
    if names.news_story {
        return;
    }
    let t = &s.text;
    let d = s.digits;
    for c in AGE.captures_iter(if d >= 2 { t } else { "" }) {
        let m = c.get(0).unwrap();
        let Some(n) = [1, 3, 4, 5, 6, 7, 8].iter().find_map(|i| c.get(*i)) else { continue };
        let age: u32 = n.as_str().parse().unwrap_or(0);
        let plural = c.get(2).is_some_and(|p| !p.as_str().is_empty());
        if !(90..=125).contains(&age) || plural || POP_AFTER.is_match(&t[m.end()..]) || POP_BEFORE.is_match(&t[..m.start()]) {
            continue;
        }
        if GENERIC.is_match(s.sentence(m.start())) {
            continue;
        }
        // "Edna Prewitt, who at 92 is our oldest volunteer": a giver to
        // the care, told with no clinical event (round 64).
        if c.get(8).is_some()
            && crate::compliance::phi::not_people::VOLUNTEER.is_match(s.sentence(m.start()))
            && !crate::compliance::phi::frame::has_event(s.sentence(m.start()))
        {
            continue;
        }
        let cx = ctx(names, si, s, m.start(), team);
        // "A 94-year-old woman broke her hip": one person's age beside a
        // clinical event is a patient's, named or not.
        // Not a staff member's ("Dr. Penhallow, who delivered 6,000 babies,
        // has died at 91").
        // "a 102-year-old great-grandmother … told Dr. Sam": an age after
        // "a" describes someone unnamed, whoever else the window names.
        // "At 94, Ruth still walks to her Tuesday massage with Kofi": the
        // age of the person named right after it, not of the staff nearby.
        // "Well done to Doreen, who at 96 walked up … and told Bernie off":
        // the age of the person named right before "who" (round 64).
        let named_before =
            || c.get(8).is_some() && named_next(g, t[..m.start()].trim_end().trim_end_matches(',').rsplit(' ').next().unwrap_or(""));
        let unnamed = !team
            && (!names.has_staff(si, &s.window(m.start()))
                || INDEFINITE.is_match(&t[..m.start()])
                || named_next(g, &t[m.end()..])
                || named_before());
        let w = s.window_text(m.start());
        // "a 101-year-old great-grandmother … at Saturday's flu clinic":
        // someone new, in any health word's company.
        let someone_in_care = INDEFINITE.is_match(&t[..m.start()]) && crate::compliance::phi::event::health(w);
        let sev = if cx.patient || (unnamed && (in_care_here(w) || someone_in_care)) {
            Severity::Error
        } else if cx.person_sentence {
            Severity::Warning
        } else {
            continue;
        };
        emit(
            "phi/age",
            sev,
            m.start(),
            n.as_str(),
            format!("age over 89 {} of an individual: ages over 89 identify; write \"over 90\" or leave it out", quote(n.as_str())),
        );
    }
    appositive_ages(g, emit);
    foreign_ages(g, emit);
    ages_in_words(g, emit);
    oldest(t, d, team, emit);
}

/// Ages over 89 in words ("Ninety-four and still riding") and by word ("a
/// nonagenarian from Pinecrest").
fn ages_in_words(g: &Seg, emit: &mut impl FnMut(&str, Severity, usize, &str, String)) {
    let Seg { s, si, names, team, .. } = *g;
    let t = &s.text;
    // "Ninety-four and still riding", "a ninety-one-year-old": in words.
    for c in WORD_AGE.captures_iter(if t.contains("inety") || t.contains("undred") { t } else { "" }) {
        let m = c.get(0).unwrap();
        if POP_BEFORE.is_match(&t[..m.start()]) || team || (m.as_str().ends_with(char::is_whitespace) && !APPOSED.is_match(&t[..m.start()]))
        {
            continue;
        }
        let cx = ctx(names, si, s, m.start(), team);
        if cx.patient || cx.person_sentence || crate::compliance::phi::frame::has_event(s.window_text(m.start())) {
            emit(
                "phi/age",
                Severity::Error,
                m.start(),
                m.as_str(),
                format!("age over 89 {} of an individual: ages over 89 identify; write \"over 90\" or leave it out", quote(m.as_str())),
            );
        }
    }
    // "A nonagenarian from Pinecrest": one person over 89, by word.
    for m in NONAGENARIAN.find_iter(if t.contains("genarian") || t.contains("centenarian") { t } else { "" }) {
        let cx = ctx(names, si, s, m.start(), team);
        let w = s.window_text(m.start());
        if cx.patient || cx.person_sentence || crate::compliance::phi::frame::has_event(w) || crate::compliance::phi::context::cue_b(w) {
            emit(
                "phi/age",
                Severity::Error,
                m.start(),
                m.as_str(),
                format!("age over 89 {} of an individual: ages over 89 identify; leave it out", quote(m.as_str())),
            );
        }
    }
}

/// An age over 89 and the word for "years (old)" of another language:
/// Bengali "৯৪ বছরে", Urdu "93 سال", Somali "92 sano", Polish "97 lat",
/// Lithuanian "95 metų", Afrikaans "92 jaar", French "91 ans", Welsh
/// "92 oed", Vietnamese "93 tuổi", Chinese "95岁"… and a birthday's ordinal
/// ("ihren 101. Geburtstag", "il suo 100° compleanno", round 68). Digits of other
/// scripts are ASCII by now (see `segments`).
static FOREIGN_AGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[^\d.,/:-])((?:9\d|1[01]\d|12[0-5]))(?:\.|°|º|e|ste|de|ème)?(?:\s*|-)(?:geburtstag\w*|verjaardag|compleanno|anniversaire|cumpleaños|aniversário|বছর|সাল|سال|साल|वर्ष|வயது|ปี|岁|歲|歳|세|살|sano|lat(?:a|ek)?|metų|metus|metai|eri|erių|bosor|bochor|saal|jaar|jare|jahre|jahren|jährige\w*|ans|años|anys|anos|anni|ani|yaşında|yaş|tuổi|tahun|taong\s+gulang|oed|mbliana|bliain|ετών|χρονών|лет|года|éves|godina|let)(?:[^\p{L}]|$)").unwrap()
});
/// Words around such an age that make it a population's ("powyżej 90 lat",
/// "personas de 95 años", "90 ans et plus", "৯০ বছরের বেশি"), and the
/// top of a range ("dai 58 ai 91 anni", round 60).
static FOREIGN_POP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:powyżej|ponad|więcej\s+niż|over|above|más\s+de|mayores\s+de|més\s+de|majors\s+de|plus\s+de|über|boven|oltre|acima\s+de|mais\s+de|virš|daugiau\s+nei|ka\s+badan|trên|personas|pessoas|personnes|menschen|mensen|persone|osób|osoby|ludzi|žmonės|žmonių|dadka|people|più\s+di|sopra\s+i)\s+(?:\p{L}+\s+){0,2}$|\d{1,3}\s*(?:-|–|a|ai|al|à|y|e|bis|tot|to|and)\s+$").unwrap()
});
static FOREIGN_POP_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\p{L}*\s*(?:y\s+más|o\s+más|o\s+més|i\s+més|et\s+plus|und\s+älter|und\s+mehr|i\s+więcej|i\s+starsi|en\s+ouder|e\s+più|ou\s+mais|ir\s+vyresni|iyo\s+ka\s+weyn|ka\s+weyn|এর\s+বেশি|বা\s+তার\s+বেশি|র\s+বেশি|ের\s+বেশি|سے\s+زیادہ|یا\s+زیادہ|বেশি|زیادہ|या\s+(?:उससे\s+)?(?:अधिक|ज़्यादा|ज्यादा)|से\s+(?:अधिक|ऊपर)|以上|trở\s+lên|plus|and\s+over|\+)").unwrap()
});

/// A death told, or a volunteer's work ("morreu … aos 95 anos", "est venue
/// lire des histoires", "ha letto fiabe").
static NOT_IN_CARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:morreu|faleceu|murió|falleció|va\s+morir|fallecida|est\s+(?:morte?|décédée?)|décédée?|è\s+mort[oa]|scomparsa|scomparso|starb|verstorben|gestorben|overleden|stierf|zmarł[a]?|ci\s+ha\s+lasciat[oai]|(?:è|é)\s+venut[oa]\s+a\s+mancare|si\s+è\s+spent[oa]|nous\s+a\s+quitt[ée]s?|nos\s+(?:dejó|ha\s+dejado)|nos\s+deixou|entschlafen|heimgegangen|overleed)\b|\blire\s+des\s+histoires|\bleer\s+cuentos|\bler\s+histórias").unwrap()
});

/// A grandparent's birthday in a paragraph with no care: family news
/// ("os 95 anos da avó", "l'anniversaire de sa grand-mère").
static KIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:avó|avô|abuela|abuelo|àvia|avi|iaia|iaio|nonna|nonno|grand-mère|grand-père|grand-mere|oma|opa|grootmoeder|grootvader|babcia|dziadek)\b",
    )
    .unwrap()
});

/// One person's age over 89 in another language (see [`FOREIGN_AGE`]):
/// no English frame reads these pages, and a population is told with a
/// word of "over" or "people" beside the age.
fn foreign_ages(g: &Seg, emit: &mut impl FnMut(&str, Severity, usize, &str, String)) {
    let Seg { s, si, names, team, .. } = *g;
    let t = &s.text;
    if team || s.digits < 2 {
        return;
    }
    for c in FOREIGN_AGE.captures_iter(t) {
        let (n, m) = (c.get(1).unwrap(), c.get(0).unwrap());
        let before = &t[..n.start()];
        // English sentences have their own rules ("95 lat" is no age there).
        // A singer's death, a volunteer's retirement (round 61: these
        // sentences read as English before "no" and "a" stopped counting
        // beside accented letters).
        if crate::compliance::phi::frame::english_strict(s.sentence(n.start()))
            || NOT_IN_CARE.is_match(t)
            || crate::compliance::phi::event::public_frame_intl(t)
            || crate::compliance::phi::not_people::VOLUNTEER.is_match(t)
            || (KIN.is_match(s.sentence(n.start())) && !crate::compliance::phi::foreign_story::care_in(t))
            || FOREIGN_POP.is_match(before)
            || FOREIGN_POP_AFTER.is_match(&t[m.end().min(t.len())..])
            || names.has_staff(si, &own_sentence(s, n.start()))
        {
            continue;
        }
        emit(
            "phi/age",
            Severity::Error,
            n.start(),
            n.as_str(),
            format!("age over 89 {} of an individual: ages over 89 identify; write \"over 90\" or leave it out", quote(n.as_str())),
        );
    }
}

/// The sentence around `off`: a team member named in the next sentence
/// ("Es paciente del doctor Ashby desde 1980") is not the one whose age
/// this is.
fn own_sentence(s: &crate::compliance::phi::segments::Segment, off: usize) -> std::ops::Range<usize> {
    s.sentences.get(s.sentence_at(off)).cloned().unwrap_or(0..s.text.len())
}

/// The text after an age opens with a given name that is not staff's.
fn named_next(g: &Seg, after: &str) -> bool {
    let word = after.trim_start_matches([',', ' ']).split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    word.starts_with(char::is_uppercase)
        && crate::compliance::phi::names::is_given_name(&word.to_lowercase())
        && !g.allow.is_staff(&[word])
        && !g.names.page_staff.contains(&word.to_lowercase())
}

/// `word` (right before an appositive age) is a person's name who is no
/// staff member of this page, no public figure and no volunteer giving to
/// the care (`after`: the text after the age), and no dictionary word
/// ("Pain, 106, 1-2": a journal's volume in a reference).
fn named_outside_care(g: &Seg, word: &str, window: &str, after: &str) -> bool {
    use crate::compliance::phi::{event, frame, lexicon, names, words};
    let w = word.to_lowercase();
    !g.names.page_staff.contains(&w)
        && !words::is_dict(&w)
        && (names::is_given_name(&w) || lexicon::is_surname(&w))
        && !event::public_frame(window)
        && !frame::gives_to_care(after)
}

/// "Kenji Watanabe, 92, came in…": an age over 89 in apposition to a name.
fn appositive_ages(g: &Seg, emit: &mut impl FnMut(&str, Severity, usize, &str, String)) {
    let Seg { s, si, names, team, .. } = *g;
    let t = &s.text;
    let d = s.digits;
    for c in APPOS_AGE.captures_iter(if d >= 2 { t } else { "" }) {
        let Some(m) = c.get(1).or_else(|| c.get(2)) else { continue };
        let age: u32 = m.as_str().parse().unwrap_or(0);
        // "Clarence Teague, 94, who served in Korea in 1952 … came to the
        // hospice house with end-stage heart failure": an old year makes the
        // sentence read as history, but a present age and a clinical event
        // beside it make it a patient's, as for an unnamed age above.
        // The name is the one right before the age: staff elsewhere in the
        // paragraph (the chaplain who read the citation) do not make it theirs.
        let m0 = c.get(0).unwrap();
        let word = t[m0.start()..m0.end()].split([',', ' ']).next().unwrap_or("").trim_end_matches('.');
        let staff_here = g.allow.is_staff(&[word]);
        let in_care = || !team && !staff_here && in_care_here(&s.text);
        if !(90..=125).contains(&age) {
            continue;
        }
        if ctx(names, si, s, m.start(), team).patient || in_care() {
            emit(
                "phi/age",
                Severity::Error,
                m.start(),
                m.as_str(),
                format!("age over 89 {} of a patient: ages over 89 identify; write \"over 90\" or leave it out", quote(m.as_str())),
            );
        } else if !team && !staff_here && named_outside_care(g, word, s.window_text(m.start()), &t[m0.end()..]) {
            // "Ivy Barnes, 90, tests the new hoist": a named person's age
            // over 89 on a practice's page, with no care told beside it, is
            // still an identifier (Safe Harbor), if less surely a patient's.
            emit(
                "phi/age",
                Severity::Warning,
                m.start(),
                m.as_str(),
                format!("age over 89 {} of a named person: ages over 89 identify; write \"over 90\" or leave it out", quote(m.as_str())),
            );
        }
    }
}
