//! One capitalised run of a page: is it a person, who (staff, a credited
//! author, someone unknown), and is there a patient cue (split from
//! [`super`] so each stage reads on its own: titles, the name, resolution).

use super::*;

pub(super) fn candidate(segs: &Segments, si: usize, start: usize, seq: &str, allow: &Allowlist, team: bool, n: &mut Names) {
    // "L'Ivet Casas, de 4 anys": the elided article of Catalan, French and
    // Italian is no part of the name that follows it (round 62).
    match seq.strip_prefix("L'").or_else(|| seq.strip_prefix("L’")).filter(|r| r.starts_with(char::is_uppercase)) {
        Some(rest) => run(segs, si, start + (seq.len() - rest.len()), rest, allow, team, n),
        None => run(segs, si, start, seq, allow, team, n),
    }
}

/// [`candidate`] without a leading elided article.
fn run(segs: &Segments, si: usize, start: usize, seq: &str, allow: &Allowlist, team: bool, n: &mut Names) {
    // Most runs are one capitalised ordinary word ("The", "Diet", "Call"):
    // such a run is never a name (the walk below drops it and returns), so skip
    // the work. A first name ("Grace", "Will") goes the long way.
    if foreign_article(&segs.segs[si].text, start, seq, !allow.english())
        || super::super::not_people::street_named(&segs.segs[si].text, start, seq, allow.english())
    {
        return;
    }
    if !seq.contains([' ', '\t']) {
        let w = bare(seq);
        // "Rich in hydrogen, the water …": a word that is also a given
        // name, opening a sentence with a preposition after it.
        let text = &segs.segs[si].text;
        let next = text[start + seq.len()..].split_whitespace().next().unwrap_or("");
        // "Inspite of starting early": before "of", a word no list knows
        // as a name is a word, however it is spelt.
        let unknown = || next == "of" && !is_given_name(&w) && !lexicon::is_surname(&w);
        // "Seed uses Punicalagins from …": what is used or contained is
        // an ingredient, not a person.
        let prev = text[..start].trim_end().rsplit(char::is_whitespace).next().unwrap_or("");
        if matches!(prev, "uses" | "use" | "using" | "contains" | "containing" | "contain") && !is_given_name(&w) {
            return;
        }
        // "his Masters of Science": a degree.
        if DEGREE_WORDS.contains(&w.as_str()) && matches!(next, "of" | "in" | "degree" | "degrees") {
            return;
        }
        if matches!(next, "in" | "of" | "with" | "for" | "to" | "on" | "at" | "as" | "from" | "by" | "than")
            && (super::super::words::reads_as_word(&w) || unknown())
            && !mid_sentence(&text[..start])
        {
            return;
        }
        // Runs on every capitalised word of every page: look the word up once.
        if ordinary(&w, allow) {
            // Only a word the walk below would drop as ordinary: a plain
            // given name ("Maria, 8, …") takes the walk, whose frames decide.
            if (super::shape::described_given_name(segs, si, start, seq, &w) || (!team && described_nickname(segs, si, start, seq)))
                && !known_here(allow, n, &w, seq)
            {
                let s = &segs.segs[si];
                n.persons.push((si, start, start + seq.len()));
                n.hits.push(Hit { seg: si, start, level: Level::Strong, text: seq.to_string(), pos: segs.pos(s, start) });
                return;
            }
            // "Mrs. Smith": a surname that is also a word, after Mr/Mrs.
            // Written as a title ("Ms.", not the "MS" of multiple sclerosis).
            let after_hon = || {
                let prev = segs.segs[si].text[..start].trim_end().rsplit(char::is_whitespace).next().unwrap_or("");
                matches!(prev.trim_end_matches('.'), "Mr" | "Mrs" | "Ms" | "Mx" | "Miss")
                    && w.chars().count() >= 3
                    && !lexicon::is_function_word(&w)
                    && lexicon::is_surname(&w)
            };
            if !FIRST_NAMES.contains(w.as_str()) && !after_hon() {
                return;
            }
        }
    }
    let s = &segs.segs[si];
    if acronyms(seq, &s.text)
        || expands_acronym(&s.text[..start])
        || spelt_out(&s.text[..start], seq)
        || roman_ordinal(seq)
        || place_adjective(seq)
    {
        return;
    }
    let Some((toks, cred_in_run)) = run_tokens(seq, start) else { return };
    let Some(run) = strip_titles(&s.text[..start], &toks, allow) else { return };
    // "The ABCDEs of melanoma": what is left after "The" is an acronym.
    // The run first: most runs fail it, and the text scan is the segment's length.
    if run.rest.iter().all(|t| is_acronym_word(t.1)) && s.text.chars().any(char::is_lowercase) {
        return;
    }
    let Some((rest, words)) = person_span(s, si, &run, allow, team, n) else { return };
    resolve(segs, si, &Run { rest, ..run }, &words, cred_in_run, allow, n);
}

/// The degrees that open "Bachelor of …", "Masters in …".
const DEGREE_WORDS: [&str; 8] = ["bachelor", "bachelors", "master", "masters", "doctorate", "diploma", "associate", "associates"];

/// A closing quotation mark and a dash right before the name.
static QUOTE_SIGNED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r#"[”"][.,]?\s*[–—-]{1,2}\s*$"#).unwrap());
/// The practice describing its own service: "we help", "our residents".
static PRACTICE_SERVICE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bwe\s+(?:help|offer|provide|listen|treat|care\s+for|work\s+with|support|serve|believe|aim|strive|ensure)\b|\bour\s+(?:[\w-]+\s+)?(?:clients|residents|patients|caregivers|nurses|resources|approach|services?|philosophy|mission)\b").unwrap()
});

static PATIENT_NOUN_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:our|wic|program|programme|clinic|group|van|study|grateful|former|longtime|long-time|loyal|beloved|fellow)\s+(?:patient|client|participant)s?\s*,?\s*$").unwrap()
});

/// A dictionary word used as a nickname mid-sentence and described by a
/// role ("knows Sarge, the Army veteran who …", "\"Cap\", who has piloted
/// …") on a page that tells one person's clinical events.
fn described_nickname(segs: &Segments, si: usize, start: usize, seq: &str) -> bool {
    let s = &segs.segs[si];
    frame::role_appositive(&s.text[start + seq.len()..])
        && mid_sentence(&s.text[..start])
        && super::super::local::tells_event(segs)
        && super::super::context::individual(s.window_text(start))
}

/// The text before a word does not end a sentence: the word's capital is
/// its own, not the sentence's.
/// Nor does a capitalised word end it: "Irve Le Moyne" is one name, not
/// a lone "Moyne".
fn mid_sentence(before: &str) -> bool {
    let t = before.trim_end().trim_end_matches(['"', '\'', '‘', '“', '*', '_']).trim_end();
    // "Last Tuesday, Jack …": a comma closes the word before.
    let last_word_capital = !t.ends_with(',')
        && t.rsplit(char::is_whitespace)
            .next()
            .is_some_and(|w| w.starts_with(char::is_uppercase) && !super::super::words::is_common(&w.to_lowercase()));
    !t.is_empty() && !t.ends_with(['.', '!', '?', ':', ';', '|', '#']) && !last_word_capital
}

/// "Au XIXe siècle", "XVIIIe", "XXIº": a run ending in a century in Roman
/// numerals with a French, Spanish or Italian ordinal ending, never a name.
fn roman_ordinal(seq: &str) -> bool {
    seq.split_whitespace().last().is_some_and(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        let stem = ["ème", "eme", "er", "e", "è", "º", "°", "o"].iter().find_map(|suf| w.strip_suffix(suf)).unwrap_or("");
        !stem.is_empty() && stem.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'))
    })
}

/// "SLAP … stands for Superior Labrum from Anterior to Posterior": the run
/// spells out an abbreviation, so its capitals are the letters' words.
fn expands_acronym(before: &str) -> bool {
    let t = before.trim_end().to_lowercase();
    ["stands for", "short for", "abbreviation for", "abbreviation of", "acronym for", "acronym of"].iter().any(|k| t.ends_with(k))
}

/// The text before a run ends with a determiner and a space ("the ",
/// "your "). Looks at the last word only: this runs for every capitalised
/// run, and a regex anchored at the end would scan the whole segment.
fn determiner_before(before: &str) -> bool {
    let t = before.trim_end_matches(' ');
    if t.len() == before.len() {
        return false;
    }
    let last = t.rsplit(|c: char| c.is_whitespace() || matches!(c, '(' | '“' | '"')).next().unwrap_or("");
    matches!(last.to_lowercase().as_str(), "the" | "your" | "our" | "their" | "its" | "this" | "that" | "these" | "those")
}

/// Words of a run with their byte offsets in the segment.
type Tokens<'r, 't> = &'r [(usize, &'t str)];

/// A capitalised run with the titles and roles before the name dropped.
pub(super) struct Run<'r, 't> {
    pub(super) rest: &'r [(usize, &'t str)],
    /// An honorific ("Mrs", "Mr") stood before the name.
    pub(super) hon: bool,
    /// "Dr", "Doctor", "Prof", "Professor".
    pub(super) clinician: bool,
    /// A role or office ("Mayor", "Coach" as an office, "Nurse").
    pub(super) official: bool,
}

/// A staff member of the site or the page, or an allowed string (a pet
/// the page names: "Biscuit, a three-legged terrier mix"; round 64).
fn known_here(allow: &Allowlist, n: &Names, w: &str, seq: &str) -> bool {
    allow.is_staff(&[w]) || n.page_staff.contains(w) || allow.is_allowed_string(seq)
}

/// A public office and its place before a comma and the name: "the
/// mayor of Giussano, …", "disse a presidente da Junta, Olga Mesquita"
/// (round 64). The office holder speaks for the office.
fn office_before(before: &str) -> bool {
    static OFFICE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:mayor|presidente?|presidenta|sindac[oa]|alcaldes?a?|maire|bürgermeister(?:in)?|burgemeester|prefeit[oa]|governor|councillor|vereador[a]?|assessore|chair(?:man|woman)?)\s+(?:(?:of|da|de|do|del|della|di|du|de\s+la|of\s+the|van|von)\s+)?(?:\p{Lu}[\w'’-]*\s+){0,4}?\p{Lu}[\w'’-]*,\s*(?:(?:dr|dra|dott|dott\.ssa|prof|mr|mrs|ms|sr|sra|sig|sig\.ra)\.?\s+)?$").unwrap()
    });
    // Cheap first: a comma right before the name or its title.
    let b = before.trim_end().trim_end_matches(|c: char| c.is_alphabetic() || c == '.').trim_end();
    b.ends_with(',') && OFFICE.is_match(&before[frame::floor(before, before.len().saturating_sub(90))..])
}

/// Drops the titles and roles that open a run (`toks`, after the text
/// `before`); None when the run is a place ("St. Mary's", "Lake Tahoe").
fn strip_titles<'r, 't>(before: &str, toks: &'r [(usize, &'t str)], allow: &Allowlist) -> Option<Run<'r, 't>> {
    let prev = last_word(before);
    // "St. Mary's", "Lake Tahoe", "Mount Ida": a capitalised prefix right
    // before; a dot only after an abbreviation ("at the lake. Kenzie, 12,"
    // starts a sentence).
    let raw_prev = before.trim_end().rsplit(char::is_whitespace).next().unwrap_or("");
    let abbrev = matches!(prev.as_str(), "st" | "ste" | "mt" | "ft");
    if PLACE_PREFIX.contains(prev.as_str())
        && raw_prev.starts_with(char::is_uppercase)
        && before.trim_end().ends_with(|c: char| (c == '.' && abbrev) || c.is_alphabetic())
    {
        return None;
    }
    let kin_title = |w: &str| KIN_TITLES.contains(&w);
    let mut hon = HONORIFICS.contains(prev.as_str()) || (kin_title(&prev) && raw_prev.starts_with(char::is_uppercase));
    // "Drs. Edward Hallowell and John Ratey": a plural title covers every
    // name it lists.
    static PLURAL_TITLE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\b(?:Drs\.?|Doctors|Professors|Profs\.?)\s+(?:\p{Lu}[\w.'’-]*,?\s+){1,4}(?:and|&)\s*$").unwrap());
    let mut clinician = matches!(prev.as_str(), "dr" | "drs" | "prof" | "professor" | "doctor")
        || ((prev == "and" || before.trim_end().ends_with('&'))
            && PLURAL_TITLE.is_match(&before[frame::floor(before, before.len().saturating_sub(120))..]));
    // "Coach Dempsey", "Big Mike": a local nickname, not an office.
    let mut official =
        (ROLES.contains(prev.as_str()) || STAFF_ROLES.contains(prev.as_str())) && !frame::nickname_prefix(&prev) || office_before(before);
    let mut i = 0;
    while i < toks.len() {
        let w = bare(toks[i].1);
        if HONORIFICS.contains(w.as_str()) || (kin_title(&w) && i + 1 < toks.len()) {
            hon = true;
        } else if matches!(w.as_str(), "dr" | "doctor" | "prof" | "professor") {
            clinician = true;
        } else if ROLES.contains(w.as_str()) || STAFF_ROLES.contains(w.as_str()) {
            official |= !frame::nickname_prefix(&w);
        } else if !allow.english()
            && matches!(w.as_str(), "la" | "el" | "en" | "na")
            && toks.get(i + 1).is_some_and(|t| is_given_name(&bare(t.1)))
        {
            // "La Jana, de 13 anys", "El Pau": Catalan, and Spanish as it
            // is spoken, put an article before a given name; on a site in
            // another language it is no "La Jolla" (round 62).
        } else if PLACE_PREFIX.contains(w.as_str()) && i + 1 < toks.len() {
            return None;
        } else if !ordinary(&w, allow)
            || FIRST_NAMES.contains(w.as_str())
            || place_forename(&w, toks.get(i + 1).map(|t| t.1), allow)
            // "Mrs. Smith", "Mr. Quintana": after Mr/Mrs a surname that is
            // also a word or a town is the name.
            || (hon && lexicon::is_surname(&w))
        {
            break;
        }
        i += 1;
    }
    let mut rest = &toks[i..];
    // "Former President Jimmy Carter": a role inside the run introduces an official.
    if let Some(k) = rest.iter().rposition(|t| {
        let w = bare(t.1);
        ROLES.contains(w.as_str()) || STAFF_ROLES.contains(w.as_str())
    }) {
        official = true;
        rest = &rest[k + 1..];
    }
    (!rest.is_empty()).then_some(Run { rest, hon, clinician, official })
}

/// The person's name inside the run and its words (lowercase, initials
/// left out); None when the run names a thing, a place, a vendor or a staff
/// member's relative (recorded as staff), or is no name in a heading.
fn person_span<'r, 't>(
    s: &Segment,
    si: usize,
    run: &Run<'r, 't>,
    allow: &Allowlist,
    team: bool,
    n: &mut Names,
) -> Option<(Tokens<'r, 't>, Vec<String>)> {
    let rest = run.rest;
    if run_is_thing(rest, allow)
        || rest.iter().any(|t| n.brands.contains(&bare(t.1)))
        || (rest.len() == 1 && listed_with_things(&s.text, rest[0].0, rest[0].0 + rest[0].1.len(), allow))
    {
        return None;
    }
    let rest = name_span(rest, &s.text, run.hon, allow, &n.lower_duals)?;
    // "the Dan Tian", "your Chronic Fatigue": a determiner right before a
    // run of two or more words makes it a thing; people are not "the Jane
    // Doe" (honorifics aside: "the Mrs. Quinlan we all know").
    // "the Joy of Eating Again": so is one word the dictionary also has in
    // lower case.
    // "so happy that Wendell Fairweather's surgery went well": after
    // "that" a given name opens a clause; it is no determiner there.
    let clause_that = || last_word(&s.text[..rest[0].0]) == "that" && rest.len() >= 2 && is_given_name(&bare(rest[0].1));
    if !run.hon
        && determiner_before(&s.text[..rest[0].0])
        && (rest.len() >= 2 || super::super::words::reads_as_word(&bare(rest[0].1)))
        && !clause_that()
    {
        return None;
    }
    // "Crowns: A Royal Pain?": after "a" one word the dictionary has is
    // that word ("a Mrs. Quinlan" keeps its honorific).
    if !run.hon
        && rest.len() == 1
        && super::super::words::after_article(&s.text[..rest[0].0])
        && super::super::words::reads_as_word(&bare(rest[0].1))
    {
        return None;
    }
    let words: Vec<String> =
        rest.iter().filter(|t| !is_initial(t.1)).map(|t| bare(t.1)).filter(|w| !super::super::words::is_connector(w)).collect();
    // "No Brasil", "En España": a preposition of another language before
    // a place.
    let into_place = words.len() == 2 && words[0].chars().count() <= 3 && lexicon::is_place(&words[1]) && !allow.english();
    if words.is_empty() || into_place || place_or_vendor(&s.text, rest, &words) {
        return None;
    }
    if relative_of_staff(&s.text, si, rest, team, n) {
        n.staff.push((si, rest[0].0));
        n.page_staff.extend(words);
        return None;
    }
    // In a Title Case heading every word is capitalised: only a known given
    // name (with a known surname if there is more) or an honorific is a name.
    // A quote is one segment, its headings lines of it: judge such a line
    // alone, but not a signature ("— Apo Lakay Feliciano Ramil, Kalihi").
    let at = rest[0].0;
    let line = &s.text[s.text[..at].rfind('\n').map_or(0, |i| i + 1)..s.text[at..].find('\n').map_or(s.text.len(), |i| at + i)];
    let heading_line = !line.contains(',') && !line.trim_start().starts_with(['—', '–', '-', '~']) && title_case(line);
    if !run.hon && (heading_line || title_case(&s.text)) {
        // "Experience the Joy of …": a lone given name that is also an
        // English word is that word in a heading.
        let word = words.len() == 1 && super::super::words::reads_as_word(&words[0]);
        let listed = !word && is_given_name(&words[0]) && words[1..].iter().all(|w| lexicon::is_surname(w) || !ordinary(w, allow));
        if !listed {
            return None;
        }
    }
    Some((rest, words))
}

/// A clinician, an official, a credential or a role after the name: a
/// known non-patient, unless the text calls them a patient too.
fn in_a_role(s: &Segment, c_start: usize, run: &Run, cred: bool, after: &str, listed_staff: bool) -> bool {
    if !(run.clinician || run.official || cred || ROLE_AFTER.is_match(after) || AFFILIATION_AFTER.is_match(after)) {
        return false;
    }
    let titled_patient = run.clinician && !cred && !listed_staff && frame::undergoes_next(after);
    // "Heather M., a kindergarten teacher at …, who shared the story of
    // her stillbirth": an occupation that is not "our …" describes a
    // person; it does not make them staff when their clause tells their
    // own clinical event.
    let ours = after.trim_start_matches([',', ' ']).to_lowercase().starts_with("our ");
    let described_patient = !(run.clinician || run.official || cred || ours) && frame::subject_of_event(after);
    // "Tomás, a 29-year-old English teacher at …": an age in the
    // appositive describes one person of the community, not an office
    // (round 58); the care told around them decides.
    let aged = !(run.clinician || run.official || cred || ours) && frame::aged(after);
    (run.clinician || cred || !patient_word(s.window_text(c_start))) && !titled_patient && !described_patient && !aged
}

/// The words of a famous person's name as later mentions write them:
/// without a trailing apostrophe, and the last one also without its "s"
/// ("Robin Williams" is also written "William's" by the same author).
fn name_parts(words: &[String]) -> impl Iterator<Item = String> + '_ {
    let parts = words.iter().map(|w| w.trim_end_matches(['\'', '’']).to_string());
    parts.chain(words.last().and_then(|w| w.strip_suffix('s')).map(str::to_string))
}

/// "Professor Lanfranchi's practice", "Dr Ames's clinic": its owner. A
/// "surgery" is a doctor's practice only after "Dr": "Wendell
/// Fairweather's surgery went well" is his operation.
fn owns_practice(run: &Run, possessive_name: bool, after: &str) -> bool {
    let surgery = after.trim_start().to_lowercase().starts_with("surgery");
    possessive_name && super::super::staff_intro::OWN_PRACTICE.is_match(after) && (run.clinician || !surgery)
}

/// "“… We listen with an open agenda and, drawing on our broad resources,
/// help each family …” – Soumya Lakshmi": a quotation in which the
/// practice describes its own service is signed by its staff.
fn signs_practice_voice(text: &str, before: &str, c_start: usize) -> bool {
    if !QUOTE_SIGNED.is_match(before) {
        return false;
    }
    let quote = &text[frame::floor(text, c_start.saturating_sub(500))..c_start];
    // Up to the closing mark, back to the opening one.
    let quote = QUOTE_SIGNED.find(quote).map_or(quote, |m| &quote[..m.start()]);
    let open = quote.rfind(['“', '"']).map_or(0, |i| i + quote[i..].chars().next().map_or(1, char::len_utf8));
    let q = &quote[open..];
    PRACTICE_SERVICE.is_match(q) && !super::super::consent::ACCOUNT.is_match(q)
}

/// Resolves a person's name (`run.rest`) against what is known (staff,
/// allow entries, clinicians, credits) and records it as staff, a person,
/// or a person with a patient cue (a hit).
fn resolve(segs: &Segments, si: usize, run: &Run, words: &[String], cred_in_run: bool, allow: &Allowlist, n: &mut Names) {
    let (s, rest, hon) = (&segs.segs[si], run.rest, run.hon);
    let c_start = rest[0].0;
    let last = rest[rest.len() - 1];
    let c_end = last.0 + last.1.len();
    let raw = &s.text[c_start..c_end];
    let text = raw.strip_suffix("'s").or(raw.strip_suffix("’s")).unwrap_or(raw).to_string();
    let parts: Vec<String> = rest.iter().map(|t| bare(t.1)).collect();
    let part_refs: Vec<&str> = parts.iter().map(String::as_str).collect();
    let after = &s.text[c_end..];
    if allow.is_allowed_name(&text) || super::staff_name::staff_by_name(s, run, &parts, allow, n) {
        n.staff.push((si, c_start));
        return;
    }
    // A misspelt public person ("Rose O’Donnell" after "Rosie O’Donnell"),
    // or anyone in an invented scenario.
    if n.hypothetical || n.news_story || (words.len() >= 2 && words.last().is_some_and(|l| n.famous_surnames.contains(l))) {
        n.staff.push((si, c_start));
        return;
    }
    if names_a_thing(rest, after, hon) || super::shape::unknown_place(&s.text[..c_start], words, hon) {
        return;
    }
    // "Wendell Fairweather's MRI": a test after a possessive, not a degree.
    let possessive_name = last.1.ends_with("'s") || last.1.ends_with("’s");
    let cred = cred_in_run || (!possessive_name && cred_after(after));
    let before = &s.text[frame::floor(&s.text, c_start.saturating_sub(60))..c_start];
    if owns_practice(run, possessive_name, after)
        || (PRACTITIONER_BEFORE.is_match(before) && !frame::undergoes_next(after))
        || signs_practice_voice(&s.text, before, c_start)
    {
        n.staff.push((si, c_start));
        return;
    }
    let cared_here = frame::cared_for_here(after);
    if !cared_here && in_a_role(s, c_start, run, cred, after, allow.is_staff(&part_refs)) {
        n.staff.push((si, c_start));
        return;
    }
    let window = s.window_text(c_start);
    let sentence = s.sentence(c_start);
    // "WIC participant Sofía Rentería says …": the noun before the name
    // makes her one of the practice's patients, quoted or not.
    // "… told us he had been cooking by memory. After Dr Goh removed his
    // polyps …": care told of the person in the next sentences.
    let next_sentences = || frame::carried_event(&s.text[s.sentences.get(s.sentence_at(c_start)).map_or(s.text.len(), |r| r.end)..]);
    let strong = cue_a(window)
        || PATIENT_NOUN_BEFORE.is_match(before)
        || cared_here
        || PATIENT_APPOSITIVE.is_match(after)
        || next_sentences()
        || (hon
            && words.len() == 1
            && allow.english()
            && super::shape::courtesy_title(before)
            && super::super::event::honorific_in_care(sentence, after));
    if told_in_passing(s, c_start, window, sentence, strong, allow) || namesake(s, bare(last.1).as_str(), c_start..c_end) {
        n.told_about = true;
        return told_about(n, (si, c_start), words, false);
    }
    // "Dylan, 9, in 3 Courage": a famous one-word name with an age is a child.
    let aged_one = words.len() == 1 && frame::aged(after);
    if !aged_one && publicly_known(n, words, possessive_name && super::super::event::WORK_AFTER.is_match(after), strong, window) {
        return told_about(n, (si, c_start), words, true);
    }
    let aged_story = allow.english() && aged_story(segs, s, rest, hon, n);
    let m = Mention { s, start: c_start, end: c_end, after, window, sentence, aged_story };
    let possessive_care = possessive_name && CARE_AFTER.is_match(after);
    let single = rest.len() == 1 && !hon;
    if single && n.pseudonymous {
        return;
    }
    let Some(level) = patient_level(&m, words, single, strong, possessive_care, allow) else { return };
    n.persons.push((si, c_start, c_end));
    if let Some(level) = level {
        let pos = segs.pos(s, c_start);
        n.hits.push(Hit { seg: si, start: c_start, level, text, pos });
    }
}

/// A person told about, not treated (a public figure, an author): not a
/// patient, and a later misspelt mention of their surname is them too.
/// `every_mention`: later mentions of any part of the name are them
/// ("Williams's death" after "Robin Williams").
fn told_about(n: &mut Names, at: (usize, usize), words: &[String], every_mention: bool) {
    n.staff.push(at);
    if every_mention {
        n.page_staff.extend(name_parts(words));
    }
    if words.len() >= 2 {
        n.famous_surnames.extend(words.last().cloned());
    }
}

/// The person (`rest`, a run of `s`) is the subject of a one-person story:
/// named three times or more with an age ("Yashoda, 72, … Yashoda's stroke
/// …"; the events may be anywhere on the page), or described by an age or
/// a role with their care following in the same paragraph ("Abdirahman is
/// 16 and a sophomore at …", "Sarge, the Army veteran who …"). A role is
/// said of public people too ("Irve Le Moyne, a Navy SEAL pioneer"), so
/// only a lone name (a first name, a nickname) counts with one; "Josh, 23,
/// a 2013 graduate" in a surgeon's About page, or "Tobiah, 23" after "He
/// has performed 3,000 surgeries", is a relative.
fn aged_story(segs: &Segments, s: &Segment, rest: Tokens, hon: bool, n: &Names) -> bool {
    let c_start = rest[0].0;
    let last = rest[rest.len() - 1];
    let after = &s.text[last.0 + last.1.len()..];
    let subject = || {
        let first = rest[0].1.trim_end_matches("'s").trim_end_matches("’s");
        segs.segs.iter().map(|x| x.text.matches(first).count()).sum::<usize>() >= 3
    };
    let lone = rest.len() == 1 && !hon;
    let described = frame::age_told(after) || (lone && frame::role_appositive(after) && mid_sentence(&s.text[..c_start]));
    // "Goh Ah Bee, 68, has sold chwee kueh …" opening a paragraph: the
    // page is about that person, and the events later on are hers.
    let opens = !lone && frame::age_told(after) && s.text[..c_start].trim().is_empty();
    !n.team
        && ((frame::aged(after) && subject()) || (described && frame::has_event(after)) || opens)
        && super::super::local::tells_event(segs)
}

/// The name inside a run (titles already dropped): the leading
/// name-shaped words (first names, words that are not ordinary English,
/// initials). What follows decides whether the whole run names a thing
/// ("American Sign Language", "Ana Ruiz Scholarship Fund", "Fairhaven
/// General": None) or the name ends a headline ("Jane Marlowe Beats Cancer").
fn name_span<'r, 't>(
    rest: &'r [(usize, &'t str)],
    text: &str,
    hon: bool,
    allow: &Allowlist,
    lower_duals: &std::collections::HashSet<String>,
) -> Option<&'r [(usize, &'t str)]> {
    // "Robin Williams" on a page that also writes "robin": a word the page
    // writes in lower case is still a forename before a surname.
    let surname_at = |i: usize| rest.get(i).is_some_and(|t| lexicon::is_surname(&bare(t.1)) && !ordinary(&bare(t.1), allow));
    let namey = |i: usize, t: &str| {
        let w = bare(t);
        // "Love Dr. Li": a title opens the next name, it ends this one.
        if title_word(&w) {
            return false;
        }
        is_initial(t)
            // "Goh Ah Bee", "Lim Ah Huat": "Ah" opens a Chinese given name.
            || ((super::super::words::is_connector(&w) || w == "ah") && i + 1 < rest.len())
            || is_given_name(&w)
            || (!ordinary(&w, allow) && (!lower_duals.contains(&w) || surname_at(i + 1)))
            || place_forename(&w, Some("Zq"), allow)
    };
    let k = rest.iter().enumerate().position(|(i, t)| !namey(i, t.1)).unwrap_or(rest.len());
    if k == 0 && !hon {
        return None;
    }
    let mut k = k.max(1);
    // "Evelyn Strand", "Grace Hill": after a first name, a capitalised
    // ordinary word that is not an organisation word is a surname.
    // In a Title Case heading the word must be a known surname: "Will Help"
    // is no name there.
    // After an honorific in running text any capitalised word but a title
    // or an organisation's is the surname: "Mrs Rohani Said", "Mr Tom Young".
    let hon_surname = hon && !title_case(text);
    if (hon_surname || rest[..k].iter().all(|t| is_initial(t.1) || is_given_name(&bare(t.1))))
        && let Some(next) = rest.get(k)
    {
        let w = bare(next.1);
        let other = title_word(&w)
            || THING_NOUNS.contains(w.as_str())
            || ROLES.contains(w.as_str())
            || STAFF_ROLES.contains(w.as_str())
            || (!hon_surname && (is_common(&w) || (super::super::words::is_inflected_word(&w) && !lexicon::is_surname(&w))));
        if !other && (lexicon::is_surname(&w) || !title_case(text)) {
            k += 1;
        }
    }
    if let Some(next) = rest.get(k) {
        let w = bare(next.1);
        if ORG.contains(w.as_str()) || THING_NOUNS.contains(w.as_str()) || ROLES.contains(w.as_str()) || STAFF_ROLES.contains(w.as_str()) {
            return None;
        }
    }
    Some(&rest[..k])
}

/// A title that opens a name ("Dr", "Mrs"), never a part of one.
fn title_word(w: &str) -> bool {
    matches!(w, "dr" | "mr" | "mrs" | "ms" | "prof" | "dra")
}
