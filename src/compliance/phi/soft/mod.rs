//! Soft identifiers (principle 3) and contact details.
//!
//! "Patient context" below = a strong patient cue (see `context`) in the
//! window *and* a reference to one individual (a non-staff person name, a
//! singular "patient"/"Pt", or he/she/his/her outside staff-only text).
//!
//! * `phi/date` (error; warning on a page with a valid authorization): a
//!   date with a day or month (not a bare year) in a patient context, or
//!   right after a label (DOB, date of birth/service, born on, admitted …
//!   on). Event dates and closures carry no patient cue and pass.
//! * `phi/age` (error in a patient context, warning next to a person's
//!   name): an individual's age over 89 ("a 94-year-old", "turned 101",
//!   "aged 92"); population wording ("adults 90 and older", "90-year-olds",
//!   "people aged 90+") passes.
//! * `phi/phone` (error in a patient context or in a sentence naming a
//!   non-staff person; silent elsewhere: real practice sites print the
//!   numbers of their locations, clinicians and agencies everywhere): a phone number that is not the
//!   practice's or allowlisted (compared after normalising; toll-free
//!   numbers and 911/988/211-style service codes are never flagged).
//! * `phi/email` (same): an e-mail address not allowlisted
//!   (compared whole, not by domain; `you@example.com`-style placeholders pass).
//! * `phi/address` (error in a patient context or after "lives at / her
//!   home at", warning in a sentence naming a person): a street address or
//!   PO box that is not the practice's.
//! * `phi/url` (error in a patient context; warning anywhere for
//!   crowdfunding/patient-journal sites): a personal URL — a social profile,
//!   blog or fundraiser, or a URL containing the name of a person on the
//!   page — not on an allowlisted domain.

mod ages;
mod dated_list;
mod described;
mod emails;
mod foreign_addresses;
mod foreign_dates;
mod foreign_phones;
mod handles;
mod numeric_dates;
mod own_contact;
mod unique;

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use numeric_dates::{fraction, valid_date};

use super::consent::AuthState;
use super::contact_forms::{host_of, normalize_phone};
use super::context::{cue_a, individual, patient_word};
use super::names::Names;
use super::redact::quote;
use super::segments::{Kind, Segment, Segments};
use super::{Allowlist, Finding, Severity, finding};

pub(super) const MONTHS: &str = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";
pub(super) static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?:{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTHS}(?:,?\s+\d{{4}})?|{MONTHS},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?|\d{{1,2}}-\d{{1,2}}-\d{{2,4}})\b"
    ))
    .unwrap()
});
static BARE_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:[Ii]n|[Ss]ince|[Ll]ast|[Ee]arly|[Ll]ate|[Mm]id-?|[Uu]ntil|[Bb]y|[Tt]his)\s+(January|February|March|April|June|July|August|September|October|November|December)\b").unwrap()
});
static DATE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:\bdob|\bd\.o\.b\.?|date\s+of\s+(?:birth|service|admission|discharge|death|visit|surgery|injury)|\bborn(?:\s+on)?|birth\s*date|\bdos|\b(?:admitted|discharged|hospitali[sz]ed|operated\s+on|died|passed\s+away|delivered)\b(?:(?:dr|mr|mrs|ms|st)\.|[^.;!?]){0,40}?\b(?:on|since))\s*[:#-]?\s*(?:\w+day,?\s+)?$").unwrap()
});
/// An organisation's name right before a number: "… Warm Line (", "…
/// Crisis Center: ", "Poison Control at ".
static ORG_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b\p{Lu}[\p{L}'’-]*\s+(?:Line|Lifeline|Hotline|Helpline|Warmline|Center|Centre|Services|Foundation|Association|Alliance|Network|Coalition|Control|Department|Program|Programme)\s*(?:\(|:|,|at|on|-|–)?\s*$").unwrap()
});

/// A number given as a role's at the practice: "call our recruiter,
/// Shayna Kahalekai, at", "contact the clinic coordinator on".
static STAFF_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:call|text|phone|ring|reach|contact)\s+(?:our|the)\s+(?:[\w-]+\s+){0,2}?(?:recruiter|hiring\s+manager|manager|coordinator|director|administrator|navigator|liaison|officer|scheduler|receptionist|front\s+desk|desk)\b[^.;!?]{0,40}$").unwrap()
});

/// A number given for booking ("all appointments are to be made through
/// his mobile number on …"): a practitioner's line, whoever's phone it is
/// (round 64, from a real site).
static BOOKING_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:appointments?|bookings?|to\s+book)\b[^.;!?]{0,70}$").unwrap());

/// A number introduced as one person's own ("we tried your cell at",
/// "call him at", "her mobile:"): never the practice's or an agency's line.
static PERSONAL_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(?:your|his|her|their)\s+(?:own\s+)?(?:cell|mobile|home|personal|private)?\s*(?:phone|cell|mobile|number)(?:\s+number)?|(?:call|text|ring|phone)(?:ing)?\s+(?:him|her|them)|(?:you|she|he|they)\s+(?:left|gave\s+us|wrote(?:\s+down)?|put\s+down)|(?:you|she|he|they)\s+(?:left\s+(?:us\s+)?(?:a|an)\s+(?:voicemail|voice\s+mail|message)|called|texted|rang)\s+(?:[\w-]+\s+){0,5}?from|we(?:'ve|\s+have)?\s+(?:called|phoned|rung|rang|texted|tried\s+to\s+(?:call|reach|text|ring|phone)|left\s+(?:[\w-]+\s+){0,3}?messages?\s+(?:on|at))(?:\s+(?:you|him|her|them))?|(?:la|lo|le|les)\s+(?:llamamos|hemos\s+llamado|he\s+llamado|llamé)\s+(?:al|a)|we(?:'ve|’ve|\s+have)?\s+tried\s+(?:calling|phoning|texting|ringing)(?:\s+(?:you|him|her|them))?|(?:حاولنا\s+الاتصال|اتصلنا)\s+(?:بك|به|بها)\s+على|ਅਸੀਂ\s+ਤੁਹਾਨੂੰ)\s*(?:at|is|on|:|-|–)?\s*$").unwrap()
});

/// A therapy dog's or a clinic cat's birthday is no one's identifier.
static ANIMAL: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"(?i)\b{}s?\b", super::not_people::ANIMAL)).unwrap());
/// A birth date's label right before the date.
static BORN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:\bborn(?:\s+on)?|\bdob|\bd\.o\.b\.?|date\s+of\s+birth|birth\s*date|birthday\s+(?:is|was|on))\s*[:#-]?\s*(?:\w+day,?\s+)?$",
    )
    .unwrap()
});
/// The first end of a span of dates: "between February and |May 2027",
/// "from June 3 to |June 9".
static RANGE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)\b(?:between|from)\s+(?:{MONTHS}|\d{{1,2}})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+\d{{4}})?\s+(?:and|to|through|until|thru)\s+$|[–-]\s*$")).unwrap()
});
/// The start of a span of dates: "|February 2 – March 9", "|June 3 to June 9".
static RANGE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^\s*(?:[–-]|to|through|until|thru|and)\s*(?:{MONTHS}\s+)?\d{{1,2}}\b|^\s*(?:[–-]|to|through|until|thru|and)\s+{MONTHS}"
    ))
    .unwrap()
});

/// A year before 1930 in a date: history, not a patient's birth.
fn old_year(d: &str) -> bool {
    year_before(d, 1930)
}

fn year_before(d: &str, limit: u32) -> bool {
    d.split(|c: char| !c.is_ascii_digit()).filter(|p| p.len() == 4).filter_map(|p| p.parse::<u32>().ok()).any(|y| y < limit)
}

/// Chart shorthand of one case: an evaluation, a discharge, a follow-up.
static CHART: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:initial\s+eval\w*|re-?eval\w*|d/c|f/u|s/p|discharged|admitted|seen\s+(?:on|for))\b|\bd/c\b").unwrap()
});

pub(super) static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^\d\w])((?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}|(?:tel:|\+)1?\d{10}|\+[2-9]\d{0,2}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4})(?:$|[^\d])").unwrap()
});
static LOCAL_PHONE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?:^|[^\d-])(\d{3}-\d{4})(?:$|[^\d-])").unwrap());
pub(super) static EMAIL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}").unwrap());
static ADDR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b\d{1,6}[A-Za-z]?\s+(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?\s+)?(?:(?:\d{1,3}(?:st|nd|rd|th)|\p{Lu}[\p{L}'’-]*)\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Way|Place|Pl|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Trail|Trl|Loop|Square|Sq|Alley|Row|Pike|Crescent|Close|Plaza)\b\.?|\bP\.?\s?O\.?\s+Box\s+\d+|\b(?:RR|R\.R\.|Rural\s+Route)\s*#?\s*\d{1,2}\b(?:,?\s+(?:Site|Comp|Box)\s+\d+)*").unwrap()
});
static HOME_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:lives?|living|resides?|residence|home|house|apartment|farm|ranch|cottage|cabin|address(?:\s+is)?)\b[^.;!?]{0,20}$",
    )
    .unwrap()
});
static URL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r#"(?i)\b(?:https?://|www\.)[^\s<>()"'\[\]]+"#).unwrap());

const TOLL_FREE: &[&str] = &["800", "888", "877", "866", "855", "844", "833", "822"];
const FUNDRAISER: &[&str] = &[
    "gofundme.com",
    "caringbridge.org",
    "givesendgo.com",
    "mealtrain.com",
    "lotsahelpinghands.com",
    "fundly.com",
    "gogetfunding.com",
    "youcaring.com",
    "spot.fund",
    "giveforward.com",
    "helphopelive.org",
    "fundrazr.com",
];
const PERSONAL: &[&str] = &[
    "facebook.com",
    "fb.com",
    "instagram.com",
    "tiktok.com",
    "x.com",
    "twitter.com",
    "linkedin.com",
    "youtube.com",
    "threads.net",
    "bsky.app",
    "blogspot.com",
    "wordpress.com",
    "substack.com",
    "medium.com",
    "tumblr.com",
    "venmo.com",
    "cash.app",
    "paypal.me",
];

/// Where an identifier sits: is it in a patient context, next to a person?
struct Ctx {
    patient: bool,
    person_sentence: bool,
}

fn ctx(names: &Names, si: usize, s: &Segment, off: usize, team: bool) -> Ctx {
    if s.kind == Kind::Target {
        return Ctx { patient: false, person_sentence: false };
    }
    let win = s.window(off);
    let wt = &s.text[win.clone()];
    let sent: Range<usize> = s.sentences.get(s.sentence_at(off)).cloned().unwrap_or(0..s.text.len());
    let person = names.has_person(si, &win);
    // The strong cue first: most windows have none, and then who they are
    // about does not matter (each cue test runs a regex over the window).
    let patient = (cue_a(wt) || super::frame::someone_undergoes(wt)) && {
        let staff_only = names.has_staff(si, &win) && !person;
        person || patient_word(wt) || (!team && !staff_only && individual(wt))
    };
    Ctx { patient, person_sentence: names.has_person(si, &sent) }
}

/// What the rules of one segment need.
#[derive(Clone, Copy)]
struct Seg<'a> {
    s: &'a Segment,
    si: usize,
    names: &'a Names,
    team: bool,
    allow: &'a Allowlist,
}

/// Run the soft-identifier and contact rules. Each pattern is only run when
/// the segment has what every match needs (digits, an `@`, a URL start):
/// same findings, fewer scans.
pub(super) fn check(segs: &Segments, allow: &Allowlist, names: &Names, team: bool, auth: AuthState, out: &mut Vec<Finding>) {
    let name_tokens: Vec<String> = names
        .hits
        .iter()
        .flat_map(|h| h.text.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()))
        .filter(|w| w.len() >= 3)
        .collect();
    dated_list::check(segs, allow, team, auth, out);
    dated_list::care_list(segs, allow, team, auth, out);
    for (si, s) in segs.segs.iter().enumerate() {
        let mut emit = |rule: &str, sev: Severity, off: usize, subject: &str, msg: String| {
            out.push(finding(rule, sev, segs.pos(s, off), msg).about(subject))
        };
        let g = Seg { s, si, names, team, allow };
        let date_spans = dates(&g, auth, &mut emit);
        unique::unique_person(&g, &mut emit);
        unique::family_group(&g, &mut emit);
        ages::ages(&g, &mut emit);
        foreign_dates::birth_dates(&g, &mut emit);
        phones(&g, &date_spans, &mut emit);
        foreign_phones::own_lines(&g, &mut emit);
        emails::emails(&g, &mut emit);
        addresses(&g, &mut emit);
        foreign_addresses::foreign_addresses(&g, &mut emit);
        urls(&g, &name_tokens, &mut emit);
        bare_urls(s, si, names, team, allow, &mut emit);
        handles::handles(&g, &mut emit);
    }
}

/// Dates tied to a patient (or under a date label beside a person); returns
/// the spans of every date so phone numbers inside them are skipped.
fn dates(g: &Seg, auth: AuthState, emit: &mut impl FnMut(&str, Severity, usize, &str, String)) -> Vec<Range<usize>> {
    let Seg { s, si, names, team, .. } = *g;
    let t = &s.text;
    let d = s.digits;
    let mut date_spans: Vec<Range<usize>> = Vec::new();
    let dates = DATE.find_iter(if d >= 1 { t } else { "" }).map(|m| (m.range(), m.as_str().to_string()));
    let bare = BARE_MONTH.captures_iter(t).map(|c| (c.get(1).unwrap().range(), c[1].to_string()));
    for (r, d) in dates.chain(bare).collect::<Vec<_>>() {
        if !valid_date(&d) || date_spans.iter().any(|x| x.start <= r.start && r.start < x.end) {
            continue;
        }
        date_spans.push(r.clone());
        if super::segments::in_path(t, r.clone()) || fraction(t, &r, &d) {
            continue;
        }
        let c = ctx(names, si, s, r.start, team);
        let pre = &t[..r.start];
        let pre = &pre[floor(pre, pre.len().saturating_sub(70))..];
        let labeled = DATE_LABEL.is_match(pre) && s.kind == Kind::Prose && {
            let win = s.window(r.start);
            names.has_person(si, &win) || patient_word(&t[win.clone()]) || !(team || names.has_staff(si, &win))
        };
        // "On the evening of August 14, a 34-year-old hiker … was carried
        // in", "Initial eval 08/14 … D/C 10/09" (41 y/o F): a date of one
        // unnamed person's care is an identifier too (Safe Harbor).
        let one_case = !team && s.kind == Kind::Prose && {
            let win = s.window(r.start);
            let w = &t[win.clone()];
            // A staff member beside the case treats it ("Dr. Lindqvist
            // dressed three toes"); "a 58-year-old welder" is not them.
            super::context::one_unnamed(w)
                && (!names.has_staff(si, &win) || ages::described_by_age(w))
                && (super::frame::has_event(w) || CHART.is_match(w))
        };
        // "born on February 29, 2024": a date of birth is an identifier of
        // whoever it belongs to, unless it is history (a year before 1930)
        // or a team member's own page.
        // A staff member's own news in the same sentence ("Lin Zhao, RN, whose
        // daughter was born on April 4") is theirs to share.
        let sent = s.sentences.get(s.sentence_at(r.start)).cloned().unwrap_or(0..t.len());
        let born = BORN.is_match(pre);
        if born && ANIMAL.is_match(&t[sent.clone()]) {
            continue;
        }
        let birth = !team && s.kind == Kind::Prose && (born || beside_name(g, &r, &d)) && !old_year(&d) && !names.has_staff(si, &sent);
        // "everyone due between February and May 2027": a span of dates
        // for a whole group, not one patient's day.
        let span = RANGE_BEFORE.is_match(pre) || RANGE_AFTER.is_match(&t[r.end..]);
        // "He died in Miami in May 1981" on a page about public figures
        // (the same line as [`super::page_frames`]: a year before 1990).
        let history = names.public_page && year_before(&d, 1990);
        // An authorised story's dates are part of what the patient
        // consented to publish (decision, README "PHI guard").
        if (((c.patient || labeled || one_case) && !span && !history) || birth) && !auth.dates_ok() {
            let sev = if auth.valid { Severity::Warning } else { Severity::Error };
            emit(
                "phi/date",
                sev,
                r.start,
                &d,
                format!(
                    "date {} tied to a patient: dates (other than the year) about a patient are identifiers; give only the year or say \"recently\"",
                    quote(&d)
                ),
            );
        }
    }
    date_spans
}

/// "Harlan Gene Cornett — 08/30/1961 —", "Rhoda Mae Fields (3/2/1958)":
/// a whole date of an adult's birth year set right after a person's name,
/// with nothing but punctuation between, is how a chart or an intake list
/// writes a date of birth; no label is needed.
fn beside_name(g: &Seg, r: &Range<usize>, d: &str) -> bool {
    let groups = d.split(|c: char| !c.is_ascii_digit()).filter(|p| !p.is_empty()).count();
    let adult = year_before(d, 2016) && !year_before(d, 1930);
    let separators = |gap: &str| gap.chars().all(|c| c.is_whitespace() || matches!(c, '—' | '–' | '-' | ',' | '(' | ':'));
    // "welcomed back Kenny (2/9/1990)": a lone given name before the date
    // in brackets, no staff member's.
    let lone_given = || {
        let before = g.s.text[..r.start].trim_end_matches([' ', '(']);
        g.s.text[..r.start].trim_end().ends_with('(') && {
            let w = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
            w.starts_with(char::is_uppercase)
                && super::lexicon::is_given(&w.to_lowercase())
                && !g.allow.is_staff(&[w])
                && !g.names.has_staff(g.si, &(r.start.saturating_sub(w.len() + 3)..r.start))
        }
    };
    adult
        && groups >= 2
        && (g
            .names
            .persons
            .iter()
            .any(|&(seg, _, end)| seg == g.si && end <= r.start && r.start - end <= 6 && separators(&g.s.text[end..r.start]))
            || lone_given())
}

/// Phone numbers that are not the practice's, in a patient context.
fn phones(g: &Seg, date_spans: &[Range<usize>], emit: &mut impl FnMut(&str, Severity, usize, &str, String)) {
    let Seg { s, si, names, team, allow } = *g;
    let t = &s.text;
    let d = s.digits;
    let mut phone_spans: Vec<Range<usize>> = Vec::new();
    for c in PHONE.captures_iter(if d >= 6 { t } else { "" }) {
        let m = c.get(1).unwrap();
        let raw = m.as_str().trim_start_matches("tel:");
        phone_spans.push(m.range());
        let n = normalize_phone(raw);
        if n.len() < 7
            || allow.is_allowed_phone(raw)
            || (n.len() == 10 && TOLL_FREE.contains(&&n[..3]))
            || date_spans.iter().any(|d| d.contains(&m.start()))
        {
            continue;
        }
        // "The Montana Warm Line (+1-406-555-0152)": an organisation's line.
        let before = &t[floor(t, m.start().saturating_sub(60))..m.start()];
        let personal = !team && PERSONAL_LINE.is_match(before);
        if !(personal || contact_of_patient(g, m.start()))
            || ORG_LINE.is_match(before)
            || STAFF_LINE.is_match(before)
            || BOOKING_LINE.is_match(before)
        {
            continue;
        }
        not_the_practices(emit, m.start(), raw);
    }
    foreign_phones::trunk_phones(g, date_spans, &mut phone_spans, emit);
    for c in LOCAL_PHONE.captures_iter(if d >= 7 { t } else { "" }) {
        let m = c.get(1).unwrap();
        if phone_spans.iter().any(|p| p.contains(&m.start())) || allow.is_allowed_phone(m.as_str()) {
            continue;
        }
        let cx = ctx(names, si, s, m.start(), team);
        // "Pat, you left 07700 900517 on your ticket": someone's own line,
        // told so (round 64; the local forms too).
        let personal = || !team && PERSONAL_LINE.is_match(&t[floor(t, m.start().saturating_sub(60))..m.start()]);
        if cx.patient || cx.person_sentence || personal() {
            emit(
                "phi/phone",
                Severity::Error,
                m.start(),
                m.as_str(),
                format!("phone number {} next to a patient: remove it", quote(m.as_str())),
            );
        }
    }
}

/// Reports the phone number `raw` at `at` as no line of the practice's.
fn not_the_practices(emit: &mut impl FnMut(&str, Severity, usize, &str, String), at: usize, raw: &str) {
    emit(
        "phi/phone",
        Severity::Error,
        at,
        raw,
        format!(
            "phone number {} is not the practice's: a patient's number is an identifier; remove it, or add it to [compliance] allow if it is a public line",
            quote(raw)
        ),
    );
}

/// Is a phone number or e-mail address at `at` a patient's? Outside a
/// patient context it is the practice's, a clinician's or an agency's (real
/// sites print dozens); on a team page the contacts beside a person are the
/// clinician's own (scoped to their page), so only a patient context counts.
fn contact_of_patient(g: &Seg, at: usize) -> bool {
    let cx = ctx(g.names, g.si, g.s, at, g.team);
    cx.patient || (cx.person_sentence && !g.team)
}

/// Street addresses beside a patient, or labelled as someone's home.
fn addresses(g: &Seg, emit: &mut impl FnMut(&str, Severity, usize, &str, String)) {
    let Seg { s, si, names, team, allow } = *g;
    let t = &s.text;
    let d = s.digits;
    for m in ADDR.find_iter(if d >= 1 { t } else { "" }) {
        if allow.is_allowed_street(m.as_str()) || allow.is_allowed_string(m.as_str()) {
            continue;
        }
        let cx = ctx(names, si, s, m.start(), team);
        let pre = &t[floor(t, m.start().saturating_sub(40))..m.start()];
        // "one of our patients, who lives at …, had a stroke": where
        // someone lives, in a sentence telling a clinical event.
        let lives = || pre.contains("live") && super::frame::has_event(s.sentence(m.start()));
        let home = HOME_LABEL.is_match(pre) && (cx.person_sentence || individual(s.sentence(m.start())) || lives());
        // "dispatched to 27 Coulee Road, where a man in his sixties had
        // collapsed", "on August 30 at 1187 Tates Creek Road … helped a
        // first-time mom deliver": the scene of one person's care.
        // "The family at 14 Alder Court … their son was born in the back
        // seat": a household's home, beside its care.
        static FAMILY_AT: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"(?i)\b(?:family|couple|household|parents|mom|mother|mum|dad|father|woman|man|boy|girl)\s+(?:at|on|from)\s+$")
                .unwrap()
        });
        let scene = !team && s.kind == Kind::Prose && {
            let w = s.window_text(m.start());
            let sent = s.sentence(m.start());
            ((super::context::one_unnamed(w) || individual(sent)) && super::frame::has_event(sent))
                || (FAMILY_AT.is_match(pre) && super::event::everyday_health(sent))
        };
        // "hosted by the Kauhane ʻohana, whose twins received their
        // implants here, at their home, 45-118 Lilipuna Road": someone's own
        // home beside care ("our new home" is the practice's).
        static OWN_HOME: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"(?i)\b(?:his|her|their|my)\s+(?:own\s+)?(?:home|house|apartment|farm|ranch)\b[^.;!?]{0,20}$").unwrap()
        });
        let own = !team && OWN_HOME.is_match(pre) && super::frame::has_event(s.window_text(m.start()));
        let home = home || scene || own;
        // Beside a person but with no patient cue it is a clinic's or a
        // location's address (real sites print them in front matter too).
        let sev = if cx.patient || home {
            Severity::Error
        } else {
            continue;
        };
        emit(
            "phi/address",
            sev,
            m.start(),
            m.as_str(),
            format!(
                "street address {} is not the practice's and sits next to a patient: addresses smaller than a state identify; remove it",
                quote(m.as_str())
            ),
        );
    }
}

/// Hosts of public institutions (`on` matches them and their subdomains).
const INSTITUTIONAL: &[&str] = &["gov", "edu", "mil", "int", "nhs.uk", "nhs.net", "gc.ca", "europa.eu", "who.int"];

/// Personal URLs (profiles, blogs, fundraisers, or naming the person) beside a patient.
fn urls(g: &Seg, name_tokens: &[String], emit: &mut impl FnMut(&str, Severity, usize, &str, String)) {
    let Seg { s, si, names, team, allow } = *g;
    let t = &s.text;
    for m in URL.find_iter(if may_have_url(t) { t } else { "" }) {
        let u = m.as_str().trim_end_matches(['.', ',', ';', ':', '!', '?']);
        let host = host_of(u);
        let on = |list: &[&str]| list.iter().any(|d| host == *d || host.ends_with(&format!(".{d}")));
        // A government, university or health-service site is nobody's profile.
        if allow.is_allowed_host(&host) || on(INSTITUTIONAL) || host.contains(".gov.") || host.contains(".edu.") || host.contains(".ac.") {
            continue;
        }
        let lu = u.to_lowercase();
        let named = name_tokens.iter().any(|w| lu.contains(w.as_str()));
        let cx = ctx(names, si, s, m.start(), team);
        // A fundraiser beside a person is for that person's care; a profile
        // or a page naming someone is theirs, and only a patient cue makes
        // it a patient's: beside a name alone it is how articles credit
        // experts and creators ("run by [Ana Ruiz](instagram…)").
        let sev = if cx.patient && (on(PERSONAL) || named) || cx.person_sentence && on(FUNDRAISER) || named && s.kind == Kind::Target {
            Severity::Error
        } else if on(FUNDRAISER) {
            Severity::Warning
        } else {
            continue;
        };
        emit(
            "phi/url",
            sev,
            m.start(),
            u,
            format!("personal URL {} next to a patient: a patient's profile, blog or fundraiser identifies them; remove it", quote(u)),
        );
    }
}

/// A bare personal address in a patient's own words ("writes about her
/// recovery at lupusdiary.example/blog"): with no scheme, only where the
/// sentence says it is one person's blog, page or fundraiser.
fn bare_urls(
    s: &Segment,
    si: usize,
    names: &Names,
    team: bool,
    allow: &Allowlist,
    emit: &mut impl FnMut(&str, Severity, usize, &str, String),
) {
    let t = &s.text;
    for m in BARE_URL.find_iter(if t.contains('.') { t } else { "" }) {
        let prev = t[..m.start()].chars().next_back();
        let u = m.as_str().trim_end_matches(['.', ',', ';', ':', '!', '?']);
        if prev.is_some_and(|c| matches!(c, '/' | '@' | '.')) || allow.is_allowed_host(&host_of(u)) {
            continue;
        }
        if OWN_PAGE.is_match(s.sentence(m.start())) && ctx(names, si, s, m.start(), team).patient {
            let msg =
                format!("personal URL {} next to a patient: a patient's profile, blog or fundraiser identifies them; remove it", quote(u));
            emit("phi/url", Severity::Error, m.start(), u, msg);
        }
    }
}

/// A domain with a path and no scheme ("lupusdiary.example/blog"), or a
/// lowercase domain alone under a common top-level domain
/// ("caden-climbs-out.example.net").
static BARE_URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,10}/[^\s<>()\[\]]*|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|blog|me|io|info|example|test)\b").unwrap()
});

/// One person's own page: "her blog", "writes at", "his fundraiser".
static OWN_PAGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(?:her|his|their|my)\s+(?:[\w-]+\s+)?(?:blog|page|site|website|fundraiser|journal|diary|channel|profile)|writes|blogs|posts|shares|follow\s+(?:her|him))\b").unwrap()
});

/// Could `URL` match in `t` (an `://` or a `www.` in any case)?
fn may_have_url(t: &str) -> bool {
    t.contains("://") || t.match_indices('.').any(|(i, _)| i >= 3 && t.as_bytes()[i - 3..i].eq_ignore_ascii_case(b"www"))
}

fn floor(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}
