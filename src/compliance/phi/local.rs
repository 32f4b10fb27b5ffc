//! Patients named without a capitalised full name (issue 9, items 2 and 3):
//!
//! * **initials** ("J.R., a welder at Harbor Steelworks, underwent …",
//!   "JR from Harbor Feed & Seed had his rotator cuff repaired");
//! * **quoted nicknames** ("\"Tank,\" the Lakeview Lions linebacker, tore
//!   his ACL");
//! * **unique local roles** ("the crossing guard at Maple Elementary",
//!   "our mail carrier"): one person everybody in town can name;
//! * **names inside identifiers**: slugs, image file names and URLs, tags
//!   and hashtags, where hyphens, lowercase or camel case hide the capitals
//!   the prose rules rely on (`congrats-carla-voss-acl-recovery`,
//!   `#CarlaVoss`). A given name followed by a surname there counts when
//!   the same string or the page tells one person's clinical events.
//!
//! Each is a finding only in a patient frame (see [`frame`]): a description
//! that singles the person out next to a clinical event, or a clinical event
//! the person undergoes. Initials and nicknames join the page's reported
//! names (their other mentions are reported too); roles and identifiers do
//! not (their words are ordinary).

use std::sync::LazyLock;

use regex::Regex;

use super::Allowlist;
use super::context::{cue_a, individual};
use super::frame;
use super::idents::ident_names;
pub(super) use super::idents::{ident_words, plain_word};
use super::names::{Hit, Level, Names};
use super::segments::{Kind, Segment, Segments};
use super::words::{is_common, is_dict};

/// "J.R.", "T. M.", "JR": two or three initials standing alone.
static INITIALS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|[^\p{L}\p{N}.&/-])((?:\p{Lu}\.\s?){2,3}|\p{Lu}{2})(?:[,;:)\s]|$)").unwrap());

/// Capitals that are abbreviations, not initials: places, degrees, units
/// and common medical abbreviations (OA, RA, TB).
const NOT_INITIALS: &[&str] = &[
    "us", "uk", "dc", "am", "pm", "md", "do", "rn", "np", "pa", "er", "or", "pt", "ot", "ok", "tv", "ii", "iv", "vi", "ct", "ed", "hr",
    "it", "id", "la", "ny", "eu", "un", "bc", "ad", "ai", "ms", "ma", "ba", "bs", "gp", "ob", "gi", "pe", "fm", "ce", "ap", "mr", "dr",
    "st", "no", "vs", "cd", "dj", "ip", "pc", "uv", "vr", "ar", "rx", "dx", "hx", "tx", "sx", "fx", "cv", "qa", "pr", "ux", "ui", "ga",
    "ca", "fl", "nj", "nc", "sc", "va", "wa", "nh", "oh", "in", "ia", "ks", "ky", "mn", "mo", "nd", "sd", "ne", "nm", "nv", "ut", "wi",
    "wv", "az", "co", "ct", "de", "hi", "il", "me", "mi", "mt", "ri", "vt", "wy", "ak", "al", "ot", "ic", "cc", "et", "ps", "re", "go",
    "eg", "oa", "ra", "bp", "mi", "uk", "ms", "hd", "ld", "cf", "tb", "hpv", "hiv", "uti", "acl", "mcl", "pcl", "ivf", "ibs", "ptsd",
    "ocd", "tmj", "tmd", "bmi", "dvt", "tia", "cva", "cad", "ckd", "gerd", "copd", "chf", "adhd", "rsv", "std", "sti", "ent", "icu", "mri",
];

/// A title or "Coach" and one capital letter: "Mrs. P", "Coach K".
static LETTER_NAME: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b(?:Mrs?|Ms|Miss|Coach|Mister)\.?\s\p{Lu}").unwrap());

/// A quoted capitalised nickname of one or two words.
static QUOTED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r#"["“](\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)(,?)["”]"#).unwrap());

/// A role one person holds in a community. The noun is searched first (a
/// literal set the regex engine finds fast); [`ROLE_BEFORE`] and
/// [`ROLE_AT`] then decide whether it is unique: "our mail carrier", "the
/// crossing guard at Maple Elementary".
static ROLE: LazyLock<Regex> = LazyLock::new(|| {
    // Plain literals (lowercase and capitalised), so the regex engine scans
    // with its SIMD literal search instead of an automaton: this runs on
    // every paragraph of every page. Word boundaries are checked after.
    let nouns = [
        "crossing guard",
        "lollipop lady",
        "lollipop man",
        "mail carrier",
        "mailman",
        "mail man",
        "mailwoman",
        "postman",
        "postwoman",
        "postmaster",
        "letter carrier",
        "paperboy",
        "paper boy",
        "bus driver",
        "school nurse",
        "janitor",
        "custodian",
        "lunch lady",
        "librarian",
        "barber",
        "fire chief",
        "head coach",
        "athletic director",
        "police chief",
        "sheriff",
        "mayor",
        "principal",
        "pastor",
        "priest",
        "rabbi",
        "imam",
        "town clerk",
        "grocer",
        "goalie",
        "goalkeeper",
        "quarterback",
        "pitcher",
        "point guard",
        "team captain",
        "farrier",
        "blacksmith",
        "game warden",
        "park ranger",
        "judge",
        "coroner",
        "zookeeper",
        "lighthouse keeper",
        "rideshare driver",
        "tow truck driver",
    ];
    let mut alts = Vec::new();
    for n in nouns {
        let mut cap = n.to_string();
        cap[..1].make_ascii_uppercase();
        alts.push(regex::escape(n));
        alts.push(regex::escape(&cap));
    }
    Regex::new(&alts.join("|")).unwrap()
});
/// The determiner of a role, and a community it belongs to ("the town's
/// fire chief", "the high school's head coach"): that makes it one person.
static ROLE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(our|my|the)\s+((?:town|city|village|county|school|high\s+school|team|club|parish|church|township|district|league)['’]s\s+)?(?:(?:local|favou?rite|beloved|longtime|neighbou?rhood|town|village|friendly|only|starting|head|star|veteran)\s+)?$").unwrap()
});
/// A named community right before the role: "the Larch Falls fire chief",
/// "the Tamsworth North head coach" (case-sensitive: the capitals matter).
static PROPER_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:the|The)\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:(?:starting|head|only|longtime|veteran|star)\s+)?$").unwrap()
});
/// A relative of the role holder or of a titled person ("the mayor's
/// daughter", "Sheriff Oakes's grandson"): one person, named through another.
static RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\s+\p{Lu}[\p{L}'’-]*\p{Ll})?['’]s?\s+(?:(?:little|baby|young|eldest|oldest|youngest|teenage|\d{1,2}-year-old)\s+)?(?:son|daughter|boy|girl|kid|child|wife|husband|grandson|granddaughter|mother|father|mom|mum|dad|niece|nephew|twins?|baby|toddler|partner)\b").unwrap()
});
/// "the only large-animal vet in Yoder": a person noun after "only".
static ONLY_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?:the|our|their)\s+(?:[\w'’-]+['’]s\s+)?only\s+(?:[\w'’-]+\s+){{0,3}}?(?:{who}|vet|veterinarian|captain|chief|sheriff|mayor|judge|pastor|priest|rabbi|imam|principal|dentist|pharmacist|baker|blacksmith|farrier|auctioneer|announcer|umpire|referee|mechanic|postmaster)\b(?:\s+(?:in|at|of|for|on)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?\p{{Lu}}[\w'’-]*)?",
        who = frame::WHO
    ))
    .unwrap()
});
static ROLE_AT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s+(?:at|of|for|in)\s+(?:the\s+)?\p{Lu}[\w'’-]*(?:\s+\p{Lu}[\w'’-]*){0,3}").unwrap());

/// Initials and quoted nicknames in a patient frame: run before the pass
/// that reports every other mention of a reported name.
pub(super) fn people(segs: &Segments, allow: &Allowlist, n: &mut Names) {
    let mut page_event: Option<bool> = None;
    for (si, s) in segs.segs.iter().enumerate().filter(|(_, s)| s.kind == Kind::Prose && !s.ident) {
        // Only texts with two capitals in a row or a capital and a dot can
        // hold initials; most paragraphs have neither pair near a name.
        let b = s.text.as_bytes();
        let maybe_initials = b.windows(2).any(|w| w[0].is_ascii_uppercase() && (w[1].is_ascii_uppercase() || w[1] == b'.'));
        for c in INITIALS.captures_iter(if maybe_initials { &s.text } else { "" }) {
            let Some(m) = c.get(1) else { continue };
            let tok = m.as_str().trim_end();
            let letters: String = tok.chars().filter(|c| c.is_alphabetic()).collect::<String>().to_lowercase();
            let after = &s.text[m.start() + tok.len()..];
            // "J.R. Tolkien": initials of a longer name, judged as that name.
            let named_on = after.trim_start().starts_with(|c: char| c.is_uppercase()) && !after.starts_with(',');
            // "(95% CI, 0.07-0.24)": a statistic's abbreviation after a percentage.
            let statistic = s.text[..m.start()].trim_end().ends_with('%');
            // "my friend Ms. Flipse, an RD from the United States": after
            // an article the capitals are a credential used as a noun.
            let article = super::words::after_article(&s.text[..m.start()]);
            if NOT_INITIALS.contains(&letters.as_str()) || named_on || statistic || article || allow.is_allowed_string(tok) {
                continue;
            }
            if in_frame(s, m.start(), after) {
                push(segs, si, m.start(), tok, n);
            }
        }
        // "Mrs. P, their chemistry teacher, … had triple bypass surgery",
        // "Coach K underwent rotator cuff repair": a title and one letter
        // is how a town names one person.
        let titled = ["Mr", "Ms", "Miss", "Mister", "Coach"].iter().any(|t| s.text.contains(t));
        for m in LETTER_NAME.find_iter(if titled { &s.text } else { "" }) {
            let after = &s.text[m.end()..];
            // "Mr. K. Reid": a letter with a dot and a surname is a name run.
            if after.starts_with(['.', '\'', '’']) || after.starts_with(char::is_alphanumeric) || allow.is_allowed_string(m.as_str()) {
                continue;
            }
            if in_frame(s, m.start(), after) || frame::undergoes_next(after) {
                push(segs, si, m.start(), m.as_str(), n);
            }
        }
        let quoted = s.text.contains('"') || s.text.contains('“');
        for c in QUOTED.captures_iter(if quoted { &s.text } else { "" }) {
            let (Some(m), Some(whole)) = (c.get(1), c.get(0)) else { continue };
            let words: Vec<String> = m.as_str().split_whitespace().map(str::to_lowercase).collect();
            let refs: Vec<&str> = words.iter().map(String::as_str).collect();
            // "“Classical Medicine”", "“Chronic Fatigue”": quoted dictionary
            // words with no given name among them are a term, not a nickname
            // (but "Coach Bear", "Big Red" are nicknames).
            let term = words.len() >= 2
                && !frame::nickname_prefix(&words[0])
                && words.iter().all(|w| is_common(w) || super::words::is_dict(w))
                && !words.iter().any(|w| super::names::is_given_name(w));
            // "a project called “Swawalabhini”": a thing so named.
            let thing = || super::names_thing::thing_called(&s.text[..m.start()]);
            if allow.is_staff(&refs) || allow.is_allowed_string(m.as_str()) || words.iter().all(|w| is_common(w)) || term || thing() {
                continue;
            }
            // The comma inside the quotes ("Tank,") still opens an appositive.
            let comma = if c.get(2).is_some_and(|x| !x.as_str().is_empty()) { "," } else { "" };
            let after = format!("{comma}{}", &s.text[whole.end()..]);
            // "you know \"Big Mike\", the crossing guard at …", "\"Mama
            // Jo,\" the rideshare driver who …": a nickname introduced as
            // one person of the community, on a page telling one person's
            // clinical events.
            let introduced = || {
                let before = s.text[..whole.start()].trim_end_matches(['*', '_', ' ']).to_lowercase();
                let english = frame::english(s.window_text(m.start()));
                english && !before.ends_with("so-called") && NICK_APPOSITIVE.is_match(&after)
                    || ["know", "knows", "known as", "called", "nicknamed", "call him", "call her"].iter().any(|k| before.ends_with(k))
            };
            // "our “Classics” of Chinese medicine": one quoted dictionary
            // word is a term unless the text introduces it as a nickname.
            let one_word_term = words.len() == 1 && super::words::is_word_any_case(&words[0]) && !super::names::is_given_name(&words[0]);
            if (in_frame(s, m.start(), &after) && !one_word_term) || (introduced() && *page_event.get_or_insert_with(|| tells_event(segs)))
            {
                push(segs, si, m.start(), m.as_str(), n);
            }
        }
    }
}

/// An appositive that makes a quoted nickname one person of the community.
/// "\"Tank\", as the guys on the green chain call him": who calls them so.
static NICK_APPOSITIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[*_]*,\s*(?:the|our|a|an)\s+\w|^[*_]*,?\s*as\s+(?:[\w'’.-]+\s+){1,12}?call(?:s|ed)?\s+(?:him|her|them)\b").unwrap()
});

/// Initials tied to one patient ("our patient RT") or to an employer,
/// school or team ("RT works the night shift at Halvorsen Freight", "R.T.
/// has climbed poles for Northfork Electric").
static TIED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:,\s*)?(?:[\w-]+\s+){0,2}?(?:works?|worked|plays?|played|studies|studied|attends?|attended|teaches|taught|coaches|coached|drives|drove|runs|ran|owns|serves|served|\w+ed)\b[^.;!?]{0,60}?\b(?:at|for|in|on|with)\s+(?:the\s+)?\p{Lu}").unwrap()
});
static PATIENT_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:our|a|the|this|one)\s+(?:[\w-]+\s+){0,2}patient,?\s*$").unwrap());

/// Described as one person next to a clinical event, or undergoing one; or
/// tied to a patient or a workplace while the paragraph tells a pronoun's
/// clinical event ("Last spring he was diagnosed with sleep apnea").
fn in_frame(s: &Segment, start: usize, after: &str) -> bool {
    let window = s.window_text(start);
    let before = &s.text[frame::floor(&s.text, start.saturating_sub(40))..start];
    // The event may come in the next sentence without "he"/"she" as its
    // subject ("a fall left him with a fractured scaphoid").
    let tied = || (PATIENT_BEFORE.is_match(before) || TIED.is_match(after)) && (frame::carried_event(after) || frame::has_event(window));
    frame::described_patient(&s.text[..start], after, window) || frame::personal_event(after) || tied()
}

pub(super) fn push(segs: &Segments, si: usize, start: usize, text: &str, n: &mut Names) {
    let s = &segs.segs[si];
    // A mention judged weak before (a name beside a clinical word) is now
    // in a patient frame: it becomes strong.
    if let Some(h) = n.hits.iter_mut().find(|h| h.seg == si && h.start <= start && start < h.start + h.text.len()) {
        h.level = Level::Strong;
        return;
    }
    n.persons.push((si, start, start + text.len()));
    n.hits.push(Hit { seg: si, start, level: Level::Strong, text: text.to_string(), pos: segs.pos(s, start) });
}

/// Names inside one identifier segment (a slug, a file name, a tag) told
/// with care on the page (`seen`: whether the page tells a clinical event
/// and whether it is a photo page, each found once).
fn idents(segs: &Segments, si: usize, allow: &Allowlist, team: bool, n: &mut Names, seen: (&mut Option<bool>, &mut Option<bool>)) {
    let (page_event, photo_page) = seen;
    let s = &segs.segs[si];
    let spaced = s.text.replace(['-', '_', '.', '/'], " ");
    // `siobhan-ni-bhriain-acl-comeback`: the identifier's own health word,
    // outside the name ("sister-mary-agnes" has none).
    let outside = |start: usize, end: usize| format!("{} {}", &spaced[..start], &spaced[end..]);
    let own_word = |start: usize, end: usize| super::event::everyday_health(&outside(start, end));
    // `mele-kaufana-scabies`: two words no list knows are a name the lists
    // lack when the identifier gives its own reason, a condition in
    // dictionary words ("grommets", "scabies") counting too.
    let own_condition = |a: usize, b: usize| {
        let rest = outside(a, b);
        super::event::everyday_health(&rest) || super::event::condition(&rest)
    };
    let loose: Vec<(usize, usize)> =
        super::idents::unknown_pairs(&s.text, allow).into_iter().filter(|&(a, b)| allow.english() && own_condition(a, b)).collect();
    let strict = ident_names(&s.text, allow);
    for (start, end) in strict.iter().copied().chain(loose.iter().copied()) {
        // `kala-red-light-therapy-review`: a brand the page reviews.
        if names_brand(&s.text[start..end], n) {
            continue;
        }
        // `uma-pessoa-acomodada` on a Portuguese site: a word its page
        // writes in lower case is a word (see `lower_duals`).
        if !allow.english()
            && ident_words(&s.text[start..end]).iter().any(|&(a, b)| n.lower_duals.contains(&s.text[start + a..start + b].to_lowercase()))
        {
            continue;
        }
        let judged = || team || in_prose(segs, &s.text[start..end]);
        let here = frame::has_event(&spaced)
            || own_word(start, end)
            || loose.contains(&(start, end))
            // A condition in its own words ("…-rosacea-before", round 60).
            || (allow.english() && super::event::condition(&outside(start, end)))
            || (!allow.english() && super::foreign_story::care_in(&outside(start, end)) && !judged())
            || BODY_PHOTO.is_match(&spaced)
            || *photo_page.get_or_insert_with(|| segs.segs.iter().any(|x| !x.ident && PHOTO_PAGE.is_match(&x.text)));
        // A page about public figures shows them in its pictures.
        if !team && !n.public_page && (here || (!judged() && *page_event.get_or_insert_with(|| tells_event(segs)))) {
            push(segs, si, start, &s.text[start..end], n);
        }
    }
}

/// Unique local roles and names inside identifiers: run after the
/// registry pass (their words must not be looked for elsewhere).
/// On a team page the slug and portrait name the team member; elsewhere a
/// name the prose mentions was judged there (an author's own photo).
pub(super) fn roles_and_idents(segs: &Segments, allow: &Allowlist, team: bool, n: &mut Names) {
    let mut page_event: Option<bool> = None;
    let mut photo_page: Option<bool> = None;
    for (si, s) in segs.segs.iter().enumerate() {
        if s.ident {
            idents(segs, si, allow, team, n, (&mut page_event, &mut photo_page));
            continue;
        }
        if s.kind != Kind::Prose {
            continue;
        }
        // "the only music teacher at the town's school", "our town's only
        // woman fire captain": uniqueness said outright singles one out.
        if s.text.contains("only") {
            for m in ONLY_ROLE.find_iter(&s.text) {
                let (start, end) = (m.start(), m.end());
                if only_a_way(m.as_str()) {
                    continue;
                }
                let win = s.window(start);
                let rest_win = &s.text[end..win.end.max(end)];
                if frame::personal_event(&s.text[end..])
                    || frame::carried_event(rest_win)
                    || super::event::person_event_at(s, start, end, &s.text[win.clone()])
                    || *page_event.get_or_insert_with(|| tells_event(segs))
                {
                    push(segs, si, start, &s.text[start..end], n);
                }
            }
        }
        for m in ROLE.find_iter(&s.text) {
            let word_edge = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
            if !word_edge(s.text[..m.start()].chars().next_back()) || !word_edge(s.text[m.end()..].chars().next()) {
                continue;
            }
            let Some((start, end, strong)) = role_span(&s.text, m.start(), m.end()) else { continue };
            // "The Echo Hydrogen Pitcher": a brand's product, no team's pitcher.
            if names_brand(&s.text[start..end], n) {
                continue;
            }
            let rest = &s.text[end..];
            let win = s.window(start);
            let rest_win = &s.text[end..win.end.max(end)];
            let undergoes = || super::event::person_event_at(s, start, end, &s.text[win.clone()]);
            // A role tied to a named place or team is one person whom the
            // whole town knows: the page telling one person's clinical
            // events anywhere is enough ("the crossing guard at Picadome
            // Elementary … She underwent a hysterectomy").
            // "Tommy John surgery is named after the Los Angeles Dodgers
            // pitcher who first had it": the namesake of an eponym.
            let eponym = || {
                let w = s.window_text(start).to_lowercase();
                w.contains("named after") || w.contains("named for")
            };
            // "attributed by the Los Angeles County coroner": the agent of
            // a passive acts on someone; they are not the one treated.
            let agent = s.text[..start].trim_end().to_lowercase().ends_with(" by");
            let mut page = || strong && !eponym() && !agent && *page_event.get_or_insert_with(|| tells_event(segs));
            if frame::personal_event(rest) || frame::carried_event(rest_win) || undergoes() || page() {
                push(segs, si, start, &s.text[start..end], n);
            }
        }
    }
}

/// A file name or slug that says it shows someone's body or care
/// ("wendell-okamura-heel-blister-day3.png", "…-before.jpg",
/// "cupping-back-tyler-brandt.png", "… hearing test"): a photo of a
/// patient, named.
static BODY_PHOTO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:blisters?|wounds?|rash|lesions?|moles?|scars?|burns?|bruis\w*|swelling|ulcers?|sores?|stitches|sutures?|incisions?|x-?rays?|xrays?|scans?|before|after|post-?op|pre-?op|day\s?\d{1,3}|week\s?\d{1,2}|healing|infected|infection|cupping|acupuncture|needling|massage|adjustment|taping|kinesio\w*|cast|brace|sling|crutches|hearing[\s-]?(?:tests?|aids?)|fitting|treatment|therapy|session|back|neck|spine|shoulder|knee|hip|ankle|foot|feet|smile|teeth)\b").unwrap()
});

/// A page that shows patients' photos ("Before and After Patient
/// Profiles", "Smile gallery", "Success stories"): a person's name in an
/// image file there names the patient in the picture.
static PHOTO_PAGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bbefore\s*(?:and|&|-|/)\s*after\b|\bsmile\s+gallery\b|\bpatient\s+(?:profiles?|photos?|gallery|galleries|results|success\s+stories)\b|\bsuccess\s+stories\b").unwrap()
});

/// The span of a role that singles out one person, from its determiner to
/// its place or relative: "our mail carrier", "the crossing guard at Maple
/// Elementary", "the town's fire chief", "the mayor's daughter". "The
/// librarian" alone is anyone's; "the mayor" alone is a public office.
fn role_span(text: &str, m_start: usize, m_end: usize) -> Option<(usize, usize, bool)> {
    let before = &text[frame::floor(text, m_start.saturating_sub(60))..m_start];
    let caps = ROLE_BEFORE.captures(before);
    let relative = RELATIVE.find(&text[m_end..]).map(|r| r.end());
    let at = ROLE_AT.find(&text[m_end..]).map_or(0, |a| a.end());
    let only = before.to_lowercase().trim_end().ends_with("only");
    let (start, strong) = match caps.as_ref().and_then(|c| c.get(1)) {
        Some(det) => {
            let community = caps.as_ref().and_then(|c| c.get(2)).is_some();
            let the = det.as_str().eq_ignore_ascii_case("the");
            if the && at == 0 && !community && relative.is_none() && !only {
                return None;
            }
            (m_start - (before.len() - det.start()), the || at > 0 || community)
        }
        None => match PROPER_BEFORE.find(before) {
            Some(p) => (m_start - (before.len() - p.start()), true),
            // A titled person's relative: "Sheriff Oakes's grandson".
            None if relative.is_some() && text[m_start..].starts_with(char::is_uppercase) => (m_start, true),
            None => return None,
        },
    };
    Some((start, m_end + relative.unwrap_or(at), strong))
}

/// Does the prose of the page mention this name (any case, any separator)?
pub(super) fn in_prose(segs: &Segments, name: &str) -> bool {
    let words: Vec<String> = ident_words(name).into_iter().map(|(a, b)| name[a..b].to_lowercase()).collect();
    let needle = words.join(" ");
    // "georges-vezina" is "Georges Vézina" in the prose: compare without accents.
    let fold = |t: &str| t.to_lowercase().chars().map(super::words::fold_accent).collect::<String>();
    let needle = fold(&needle);
    segs.segs.iter().filter(|s| s.kind == Kind::Prose && !s.ident).any(|s| fold(&s.text).contains(&needle))
}

/// Does the page tell one person's clinical events (a strong patient cue,
/// or a pronoun and a clinical event in one passage)?
pub(super) fn tells_event(segs: &Segments) -> bool {
    segs.segs
        .iter()
        .filter(|s| s.kind == Kind::Prose && !s.ident)
        .any(|s| cue_a(&s.text) || (individual(&s.text) && frame::has_event(&s.text)))
}

/// A word of `text` is a brand the page names in a commercial frame.
fn names_brand(text: &str, n: &Names) -> bool {
    text.split(|c: char| !c.is_alphanumeric()).any(|w| !w.is_empty() && n.brands.contains(&w.to_lowercase()))
}

/// "the only successful path forward": a way, not a player.
fn only_a_way(role: &str) -> bool {
    role.split_whitespace().any(|w| matches!(w, "path" | "way" | "route" | "option" | "choice" | "thing" | "solution" | "answer" | "step"))
}

/// A kinship word ("Wife", "DAUGHTER"): one length test and one
/// lowercase comparison per word, as every paragraph of every page is
/// scanned with it.
fn is_kin(w: &str) -> bool {
    let mut buf = [0u8; 8];
    if !(3..=8).contains(&w.len()) {
        return false;
    }
    for (b, c) in buf.iter_mut().zip(w.bytes()) {
        *b = c.to_ascii_lowercase();
    }
    matches!(
        &buf[..w.len()],
        b"wife"
            | b"husband"
            | b"son"
            | b"daughter"
            | b"mother"
            | b"father"
            | b"baby"
            | b"child"
            | b"partner"
            | b"brother"
            | b"sister"
            | b"mom"
            | b"dad"
            | b"mum"
    )
}

/// A relative's care told through a named person ("Thank you to Marcus
/// Treadway, whose wife spent eight weeks on bed rest before delivering
/// their triplets", "Mayor Dwight Oyelowo-Banks stopped by … His daughter
/// delivered her first baby with our midwives"): the named person
/// identifies the patient. A team member's own family news is theirs.
pub(super) fn relatives(segs: &Segments, allow: &Allowlist, n: &mut Names) {
    static REL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"(?i)\b(whose|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?(?:wife|husband|partner|son|daughter|mother|father|mom|mum|dad|baby|child|grandson|granddaughter|brother|sister)\b[^.;!?]{{0,90}}?(?:{}|\b(?:delivering|bed\s+rest|was\s+born|gave\s+birth|labou?r\b))",
            frame::PERSONAL_EVENT
        ))
        .unwrap()
    });
    for (si, s) in segs.segs.iter().enumerate().filter(|(_, s)| s.kind == Kind::Prose && !s.ident) {
        // Every paragraph of every page comes here: a word scan without
        // allocation before the regex.
        if !s.text.split(|c: char| !c.is_alphabetic()).any(is_kin) {
            continue;
        }
        for c in REL.captures_iter(&s.text) {
            let (Some(m), Some(pro)) = (c.get(0), c.get(1)) else { continue };
            if !frame::english(s.window_text(m.start())) {
                continue;
            }
            // "whose": the name right before; "his"/"her": a name earlier in
            // the paragraph.
            let before = &s.text[..m.start()];
            let scope = if pro.as_str().eq_ignore_ascii_case("whose") {
                &before[frame::floor(before, before.len().saturating_sub(50))..]
            } else {
                before
            };
            let base = before.len() - scope.len();
            // A full name (a title such as "Mayor" dropped): a given name and
            // a surname, no ordinary word, no team member.
            let anchor = super::names::SEQ_RUNS.find_iter(scope).filter_map(|r| {
                let words: Vec<&str> = r.as_str().split_whitespace().collect();
                let k = words.iter().position(|w| super::names::is_given_name(&super::names::bare(w)))?;
                let name = &words[k..];
                let bare: Vec<String> = name.iter().map(|w| super::names::bare(w)).collect();
                let refs: Vec<&str> = bare.iter().map(String::as_str).collect();
                let ordinary_word = bare[1..].iter().any(|w| is_common(w) || is_dict(w));
                let off = r.as_str().find(name[0])?;
                let text = name.join(" ");
                (name.len() >= 2 && !ordinary_word && !allow.is_staff(&refs) && !allow.is_allowed_string(&text))
                    .then_some((r.start() + off, text))
            });
            if let Some((at, text)) = anchor.last() {
                push(segs, si, base + at, &text, n);
            }
        }
    }
}

/// A relative's own account: "My mother, Mdm Lee Siew Kim, ran a shop …",
/// "My husband Dennis runs the pharmacy …", then the relative's care in
/// that paragraph or the next two ("I brought her to our hearing
/// centre", "His study showed severe sleep apnoea"). The writer names the
/// patient; a guest post needs no "patient" word to disclose one.
pub(super) fn relatives_account(segs: &Segments, allow: &Allowlist, n: &mut Names) {
    static MY_KIN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(r"(?i)\b(?:my|our)\s+(?:late\s+|dear\s+|elderly\s+)?(?:mother|father|husband|wife|son|daughter|mom|mum|dad|grandmother|grandfather|grandma|grandpa|granny|nan|nana|partner|brother|sister|aunt|uncle)\s*,?\s+(?:(?:{}|haji|hajah)\.?\s+)?(?-i:(\p{{Lu}}[\p{{L}}'’-]*\p{{Ll}}(?:\s+(?:{}\s+)?\p{{Lu}}[\p{{L}}'’-]*\p{{Ll}}){{0,3}}))", super::words::honorific_alternation(), super::words::CONNECTORS)).unwrap()
    });
    static PRONOUN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\b(?:he|she|him|her|his)\b").unwrap());
    // "I brought her to Joanne at the hearing centre": taken to a carer.
    static BROUGHT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:brought|took|drove|sent|referred)\s+(?:her|him)\s+(?:back\s+)?(?:in\s+)?to\s+(?:see\s+)?(?:Dr\b|our\b|your\b|the\s+clinic\b|\p{Lu})").unwrap()
    });
    let prose: Vec<usize> = segs.segs.iter().enumerate().filter(|(_, s)| s.kind == Kind::Prose && !s.ident).map(|(i, _)| i).collect();
    for (k, &si) in prose.iter().enumerate() {
        let s = &segs.segs[si];
        if !s.text.split(|c: char| !c.is_alphabetic()).any(is_kin) {
            continue;
        }
        for c in MY_KIN.captures_iter(&s.text) {
            let Some(name) = c.get(1) else { continue };
            let words: Vec<String> =
                name.as_str().split_whitespace().map(super::names::bare).filter(|w| !super::words::is_connector(w)).collect();
            let refs: Vec<&str> = words.iter().map(String::as_str).collect();
            let named = words.iter().any(|w| super::names::is_given_name(w) || !super::names::ordinary(w, allow));
            if !named || allow.is_staff(&refs) || n.page_staff.iter().any(|p| words.contains(p)) || !frame::english(&s.text) {
                continue;
            }
            // The relative's care: told of "he/she/him/her/his" after the
            // name, in this paragraph or the next two.
            let told =
                std::iter::once(&s.text[name.end()..]).chain(prose[k + 1..].iter().take(2).map(|&j| segs.segs[j].text.as_str())).any(|t| {
                    t.split_inclusive(['.', '!', '?'])
                        .any(|sent| BROUGHT.is_match(sent) || (PRONOUN.is_match(sent) && super::event::health(sent)))
                });
            if told {
                push(segs, si, name.start(), name.as_str(), n);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifier_words_split_at_separators_and_humps() {
        let t = "#CarlaVoss post-op_2026.jpg";
        let w: Vec<&str> = ident_words(t).into_iter().map(|(a, b)| &t[a..b]).collect();
        assert_eq!(w, vec!["Carla", "Voss", "post", "op", "jpg"]);
    }
}
