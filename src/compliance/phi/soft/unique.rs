//! `phi/unique-person`: one unnamed person singled out by a unique local
//! role ("Calder Springs' only woman tow-truck operator", "the night
//! manager of the Haven co-op grain elevator") with a time of their care
//! ("last week", "last January", "on October 9") and a clinical event in
//! the same window. No name is needed: in a small town the role is the
//! name, and Safe Harbor counts any unique characteristic as an
//! identifier. A role alone ("the director of the CDC said"), or a role
//! with no time of care, is not reported.

use std::sync::LazyLock;

use regex::Regex;

use super::{Seg, quote};
use crate::compliance::phi::Severity;
use crate::compliance::phi::event::public_frame;
use crate::compliance::phi::frame::{NUM, WHO, has_event};
use crate::compliance::phi::segments::Kind;

/// A role held by one person in a named place: "<Place>'s only <role>",
/// "the <role> of/at the <Proper Name>".
static UNIQUE_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    let role = format!(
        r"(?:{WHO}|manager|owner|director|principal|mayor|chief|pastor|clown|marshal|sheriff|postmaster|postman|[a-z]+(?:er|or|ist|ian))"
    );
    // "the Winifred rural mail carrier's rollover", "Denton's town
    // marshal": a town's role told before it (round 66, from set CN).
    let town_role = format!(
        r"\b[Tt]he\s+(?:\p{{Lu}}[\w'’-]+\s+){{1,2}}(?:[a-z][\w-]*\s+){{1,2}}{role}(?:'s|’s)|\b\p{{Lu}}[\w-]+(?:'s|’s)\s+(?:[a-z][\w-]*\s+){{1,2}}(?:marshal|sheriff|postmaster|postman|mail\s+carrier|mayor|pastor|priest|minister|barber|blacksmith|undertaker|auctioneer|announcer|librarian|dentist|vet)\b"
    );
    Regex::new(&format!(
        r"{town_role}|\p{{Lu}}[\w'’-]*(?:\s+\p{{Lu}}[\w'’-]*){{0,3}}(?:'s|’s|'|’)\s+only\s+(?:[\w-]+\s+){{0,3}}?{role}\b|\b[Tt]he\s+(?:[\w-]+\s+){{0,2}}?{role}\s+(?:of|at)\s+(?:the\s+)?(?:\d{{1,2}}(?:[:.]\d\d)?\s*(?:o['’]clock\s+|am\s+|pm\s+)?)?\p{{Lu}}[\w'’-]+|\b[Tt]he\s+only\s+(?:[\w-]+\s+){{0,5}}?(?:{role}|woman|man|person|vet)\s+(?:[\w-]+\s+){{0,4}}?(?:in|on|at|of|out\s+of|for)\s+(?:the\s+)?\p{{Lu}}[\w'’-]+|\b[Tt]he\s+(?:\p{{Lu}}[\w'’-]+\s+){{1,3}}(?:(?:senior|junior|minor|under-?\d+|u-?\d+|first|second|reserve|ladies|men's|women's|hurling|football|rugby|camogie|netball|hockey|cricket|basketball|school|club|team)\s+){{0,3}}(?:captain|goalkeeper|keeper|goalie|full-back|half-back|centre-back|fullback|halfback|wing|winger|hooker|prop|striker|midfielder|defender|forward|pitcher|catcher|quarterback|point\s+guard|centre|center|coxswain|cox|skipper)\b"
    ))
    .unwrap()
});

/// One person described by what sets them apart in a named place, with no
/// role of the lists above: an age with a local anchor ("a 17-year-old
/// cheerleader at Laurel Fork High School", "a 52-year-old from Viper"), a
/// title held one year ("this year's homecoming queen", "the FFA chapter
/// president"), what they do somewhere ("the woman who runs the bait shop
/// at the Carr Fork Lake marina"), or being the only or last one ("the new
/// freshman who arrived in August from Huehuetenango"). Round 52, from set
/// AJ's misses (a rural health centre's news, where everyone knows who the
/// cheerleader is).
static DESCRIBED: LazyLock<Regex> = LazyLock::new(|| {
    let anchor = r"(?:at|on|of|for|from|in|with|outside)\s+(?:the\s+)?\p{Lu}[\w'’-]+(?:\s+\p{Lu}[\w'’-]+)*";
    let role = format!(r"(?:{WHO}|[a-z]+(?:er|or|ist|ian))");
    let people = r"(?:woman|man|lady|gentleman|girl|boy|fellow|fella|bloke|lad|lass|chap|guy|teen|teenager|person|freshman|student|pupil|kid|child|resident|arrival|family)";
    Regex::new(&format!(
        r"\b[Aa]n?\s+{NUM}-year-old\s+(?:[\w-]+\s+){{0,3}}?{anchor}|\b(?:[Tt]his|[Ll]ast|[Nn]ext)\s+year['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:queen|king|valedictorian|salutatorian|president|vice-president|captain|champion|mvp|winner|(?:\w+\s+)?of\s+the\s+year)\b|\b[Tt]he\s+(?:\p{{Lu}}[\w-]*\s+){{0,3}}(?:class|chapter|student\s+council|club|team|band|squad)\s+(?:president|vice-president|treasurer|secretary|captain)\b|\b[Tt]he\s+(?:(?:new|young|old|older|last|first|only|oldest|youngest|big|little|lovely|tall)\s+){{0,2}}{people}\s+(?:alive\s+)?who\s+[^.;!?]{{0,80}}?{anchor}|\b(?i:caring\s+for|cared\s+for|treated|treating)\s+an?\s+(?:[\w-]+\s+){{0,3}}?{role}\s+{anchor}"
    ))
    .unwrap()
});

/// The practice's care of someone just before the description: "we're
/// caring for a junior setter on the Lady Miners volleyball team", "several
/// cases this month, including this year's homecoming queen".
static CARED_FOR_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:caring\s+for|cared\s+for|care\s+of|treat(?:ed|ing)|(?:we|we've|we\s+have|we\s+had)\s+(?:seen|saw|diagnosed|pulled|operated\s+on|admitted|delivered)|cases?\b[^.;!?]{0,60}\bincluding)\s+(?:[^.;!?]{0,40}?\s)?$").unwrap()
});

/// A role an organisation has one of, told with its possessive: "the
/// company's finance director", "the mosque's own caretaker", "the
/// school's chess champion".
static OWN_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    let role = format!(
        r"(?:{WHO}|manager|owner|director|principal|caretaker|soloist|organist|champion|treasurer|secretary|chair|chairman|chairwoman|president|head\s+teacher|headteacher|marshal|trader|[a-z]+(?:er|or|ist|ian))"
    );
    Regex::new(&format!(r"\b[Tt]he\s+(?:\p{{Lu}}[\w'’-]+\s+){{0,3}}?[\w-]+(?:'s|’s)\s+(?:own\s+|only\s+|longtime\s+|long-serving\s+)?(?:[\w-]+\s+){{0,3}}?{role}\b|\b[Tt]he\s+[\w-]+(?:'s|’s)\s+only\s+(?:[\w-]+\s+){{0,2}}?(?:person|woman|man|girl|boy|one)\b")).unwrap()
});

/// Care that is the role holder's own, after the role: "had his prostate
/// cancer surgery", "her CF modulator", "he now sees our hepatologist".
static THEIR_CARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(?:was|were|got)\s+(?:taken|rushed|airlifted|flown|admitted)\s+to|ended\s+up\s+in\s+(?:the\s+)?(?:icu|hospital|er)|(?:is|was)\s+out\s+of\s+(?:the\s+)?icu|came\s+back\s+positive|(?:is|was)\s+(?:\w+\s+){0,2}?pregnant)\b|\b(?:missed|out|sidelined)\s+(?:[\w-]+\s+){0,5}?with\s+(?:an?\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,3}?(?:pain|injury|fracture|tear|concussion|infection|illness)|(?:(?:is|was|now)\s+(?:now\s+)?(?:[\w-]+\s+){0,3}?(?:sober|alcohol-free|drug-free|in\s+remission|in\s+recovery|cancer-free)|(?:start|starts|starting)\s+(?:his\s+|her\s+)?treatment)\b|\b(?:had|has\s+had|underwent|was\s+diagnosed\s+with|started|finished|his|her)\s+(?:(?:a|an|his|her)\s+)?(?:[\w-]+\s+){0,3}?(?:surgery|operation|diagnosis|cancer|tumou?r|polyps?|biopsy|scan|results?|reading|treatment|chemo\w*|radiotherapy|transplant|stroke|diabetes|asthma|copd|dialysis|colonoscopy|gastroscopy|fibroscan|psa|cpap|modulator|inhaler|insulin|medication|prescription|removed)\b").unwrap()
});

/// An emergency told as a crew or an ER tells it ("through the CT and the
/// splinting", "two EpiPens and a ride to our ER", "in the cath lab by
/// 4:05"; round 66, from set CN): care enough for a role's holder.
static EMERGENCY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:the\s+ct|ct\s+scan|splint(?:ing|ed)?|epipens?|epinephrine|helicopter|life\s*flight|air\s+ambulance|cath\s+lab|stemi|airlifted|intubat\w+|(?:ride|rushed|taken|brought)\s+to\s+(?:our|the)\s+(?:er|e\.r\.|emergency\s+(?:room|department)))\b").unwrap()
});

/// Roles whose work is care: a clinician singled out is at work, not in care.
static CLINICAL_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:doctor|physician|surgeon|nurse|gp|physio\w*|therapist|dentist|hygienist|midwife|pharmacist|paramedic|clinician|practitioner|counsell?or|psychologist|psychiatrist|optometrist|audiologist|dietitian|nutritionist|chiropractor|osteopath|podiatrist|radiographer|sonographer|technician|specialist|consultant|registrar|coordinator|receptionist)\b").unwrap()
});

/// When the care happened, to the week or month: "last week", "last
/// January", "this spring", "on Tuesday", "October 9".
static WHEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:last|next|this\s+past|earlier\s+this)\s+(?:week|month|weekend|spring|summer|fall|autumn|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b|\b(?:on|in)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:night|morning|afternoon|evening)\b|\b(?:in|this|since|until)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|this\s+(?:week|month|fall|autumn|spring|summer|winter|term|season))\b|\bthis\s+(?:week|month|fall|autumn|spring|summer|winter|term|season)\b|\bright\s+now\b|\b(?:january|february|march|april|june|july|august|september|october|november|december)\s+\d{1,2}\b").unwrap()
});

/// A relative clause right after a role, a few words on at most.
static WHO_AFTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[,\s]*(?:[\w'’-]+,?\s+){0,3}?who\s").unwrap());

/// One person told about by a third-person pronoun: "his chemo", "she left".
static PRONOUN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\b(?:he|she|his|her|him)\b").unwrap());

/// The roles of `t`: (span, told with a possessive, found by its person
/// noun). One found by its noun ([`super::described`]) may have its care
/// told in any of the event words, not only THEIR_CARE's.
fn roles(t: &str) -> Vec<(std::ops::Range<usize>, bool, bool)> {
    // A possessive role needs an apostrophe: skip the large pattern without one.
    let possessive = if t.contains("'s") || t.contains("’s") { t } else { "" };
    let described = DESCRIBED.find_iter(t).map(|m| (m.range(), false, false));
    let mut roles: Vec<_> = UNIQUE_ROLE
        .find_iter(t)
        .map(|m| (m.range(), false, false))
        .chain(OWN_ROLE.find_iter(possessive).map(|m| (m.range(), true, false)))
        .chain(described)
        .collect();
    for r in super::described::descriptions(t) {
        if !roles.iter().any(|(q, ..)| q.start < r.end && r.start < q.end) {
            roles.push((r, false, true));
        }
    }
    roles
}

/// Report each unique role told with a time of care (in its window) and a
/// clinical event of "he/she" (in its paragraph).
pub(super) fn unique_person(g: &Seg, emit: &mut impl FnMut(&str, Severity, usize, &str, String)) {
    let Seg { s, si, names, team, .. } = *g;
    if team || s.kind != Kind::Prose || s.ident {
        return;
    }
    let t = &s.text;
    if !(t.contains(" only ") || t.contains("he ") || t.contains("year")) {
        return;
    }
    for (range, owned, described) in roles(t) {
        let (start, end, text) = (range.start, range.end, &t[range]);
        let win = s.window(start);
        let w = &t[win.clone()];
        // A named person in the window is the story's subject: the name
        // rules judge them.
        // "the centre's own caretaker, who has agreed to start treatment":
        // a relative clause speaks of the role holder as a pronoun would.
        // "a junior setter on the Lady Miners volleyball team who is …": the
        // clause may follow the team's kind.
        let who = WHO_AFTER.is_match(&t[end..]);
        let r = &s.sentences[s.sentence_at(start)];
        let cared = CARED_FOR_BEFORE.is_match(&t[r.start.min(start)..start]);
        // "the skipper of the MFV Sea Sprite and its chief engineer both
        // showed … hearing loss": the role opens its sentence and the care
        // follows in it; no pronoun is needed to tie them.
        let subject = t[r.start.min(start)..start].split_whitespace().count() <= 3
            && (THEIR_CARE.is_match(&t[end.clamp(r.start, r.end)..r.end])
                || (described && has_event(&t[end.clamp(r.start, r.end)..r.end])));
        // (The town inside "the Winifred rural mail carrier" is no person.)
        if names.has_person(si, &(win.start..start))
            || names.has_person(si, &(end..win.end))
            || !(who || subject || PRONOUN.is_match(t))
            || !(cared || has_event(t) || THEIR_CARE.is_match(t) || EMERGENCY.is_match(t))
        {
            continue;
        }
        // Without a time of care, the event must be the role holder's own
        // ("had his prostate cancer surgery"), and the role no clinician's
        // (their work is care) or public figure's.
        let rest = &t[end.clamp(r.start, r.end)..r.end];
        let own = cared || THEIR_CARE.is_match(rest) || (described && has_event(rest));
        let singled = own && !CLINICAL_ROLE.is_match(text) && !public_frame(w);
        if !WHEN.is_match(w) && !singled {
            continue;
        }
        // "the world's first IVF baby, born in July 1978": a record the
        // whole world knows, or a year of history, is no local role.
        let lower = text.to_lowercase();
        if ["world's", "world’s", "nation's", "nation’s", "country's", "country’s"].iter().any(|p| lower.contains(p))
            || YEAR_BEFORE_1990.find_iter(w).any(|y| !w[..y.start()].trim_end().ends_with("since"))
        {
            continue;
        }
        // "the researchers of Harvard Medical School": a group, no one person.
        let plural = text.split_whitespace().any(|w| ["ers", "ors", "ists", "ians"].iter().any(|e| w.ends_with(e)));
        if plural || (owned && CLINICAL_ROLE.is_match(text)) {
            continue;
        }
        emit(
            "phi/unique-person",
            Severity::Error,
            start,
            text,
            format!(
                "one person singled out by a unique role {} with the time of their care: in a small community the role names them; describe the role generically (\"a local driver\") or leave out when it happened",
                quote(text)
            ),
        );
    }
}

/// "the Kowalski twins", "the Khoza boys": a family by its surname.
static FAMILY_GROUP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b[Tt]he\s+(\p{Lu}[\p{Ll}'’-]+)\s+(?:twins|triplets|brothers|sisters|siblings|boys|girls|kids|children)\b").unwrap()
});

/// `phi/name` for a family named by its surname with its own care in the
/// sentence ("the Kowalski twins from Fawkner finished egg OIT together"):
/// the surname and the family fact identify the children. A staff
/// member's family, a place or a public frame ("the Wright brothers") is
/// not reported.
pub(super) fn family_group(g: &Seg, emit: &mut impl FnMut(&str, Severity, usize, &str, String)) {
    let Seg { s, team, allow, .. } = *g;
    if team || s.kind != Kind::Prose || s.ident || !(s.text.contains("he ") || s.text.contains("The ")) {
        return;
    }
    for c in FAMILY_GROUP.captures_iter(&s.text) {
        let (m, surname) = (c.get(0).expect("match"), c.get(1).expect("surname"));
        let w = s.window_text(m.start());
        let sentence = s.sentence(m.start());
        let lower = surname.as_str().to_lowercase();
        if allow.is_staff(&[surname.as_str()])
            || allow.is_known_word(surname.as_str())
            || crate::compliance::phi::lexicon::is_place(&lower)
            || public_frame(w)
            || !crate::compliance::phi::third_party::care(sentence)
            || YEAR_BEFORE_1950.is_match(w)
        {
            continue;
        }
        emit(
            "phi/name",
            Severity::Error,
            surname.start(),
            m.as_str(),
            format!(
                "a family named by its surname {} with their care: the surname and the family fact identify them; write \"two brothers\" or leave the care out",
                quote(m.as_str())
            ),
        );
    }
}

/// A year long past: a role held then is history, not this year's care
/// (but "has played there since 1971" is a role held still; round 65).
static YEAR_BEFORE_1990: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b(?:1[0-8]\d\d|19[0-8]\d)\b").unwrap());

/// A year of history: the family is in the history books.
static YEAR_BEFORE_1950: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b(?:1[0-8]\d\d|19[0-4]\d)\b").unwrap());
