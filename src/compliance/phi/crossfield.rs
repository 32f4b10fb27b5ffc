//! Cross-field disclosures (issue 9, round 4): the body tells one person's
//! health events without naming them ("this young athlete tore her ACL",
//! "one of our patients spent two weeks in the ICU", "he had open-heart
//! surgery") while a published front-matter field names or singles out that
//! person: a given name in the title ("Congratulations, Marisol!"), the
//! image alt text, a caption, a hashtag (`#TeamNoor`), a tag, the slug, the
//! image file name or an `extra` string; or an identifier there — an age
//! over 89, an exact date, a personal e-mail address or phone number.
//!
//! The page and its fields reach readers together (a feed item carries the
//! title and description, a social post the caption and the image), so the
//! anonymity of the body is undone by the field. Not reported: team pages,
//! fields that credit someone (author, photographer, reviewer), names the
//! prose itself mentions outside a patient frame (judged there), the page's
//! own publication dates, and the practice's contacts.

use std::sync::LazyLock;

use regex::Regex;

use super::consent::AuthState;
use super::context::individual;
use super::frame;
use super::lexicon;
use super::local::{ident_words, plain_word, tells_event};
use super::names::{Level, Names, is_given_name, ordinary};
use super::segments::{Kind, Segment, Segments};
use super::soft::{DATE, EMAIL, PHONE};
use super::{Allowlist, Field, Finding, Severity, finding};

/// An age over 89 ("a 93-year-old", "aged 94", "her 101st birthday").
static OLD_AGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(?:9\d|1[01]\d)[- ]years?[- ]old|aged?\s+(?:9\d|1[01]\d)|(?:9\d|1[01]\d)(?:st|nd|rd|th)\s+birthday)\b").unwrap()
});

/// A house number, words and a street suffix: "4440 Arapahoe Ave.".
static STREET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b\d+\s+(?:[\p{L}'’.-]+\s+){1,3}(?:ave|avenue|st|street|rd|road|blvd|boulevard|lane|ln|dr|drive|way|court|ct|pl|place|parkway|pkwy|hwy|highway|circle|terrace|trail|square)\b").unwrap()
});

/// Keys of fields that credit someone or say where the practice is (an
/// office's street can be a surname: "Arapahoe Ave.").
fn credit_or_place(key: &str) -> bool {
    let k = key.to_ascii_lowercase();
    super::is_credit_key(&k)
        // A place, or the outlet a press link names (`press: Jovem Pan`).
        || [
            "address", "street", "city", "location", "map", "venue", "direction", "zip", "postal", "state", "country", "region", "press",
            "publisher", "outlet", "publication", "newspaper", "magazine", "journal",
        ]
        .iter()
        .any(|w| k.contains(w))
}

/// A key that says its value is a patient ("featured_patient", "client",
/// "case_name", "survivor"): a name there names a patient, whatever the
/// body says.
fn patient_key(key: &str) -> bool {
    let k = key.to_ascii_lowercase();
    // And in the languages practices write in ("paziente", "paciente").
    ["patient", "client", "case", "survivor", "honoree", "resident", "pacient", "pazient", "patiënt", "utente"]
        .iter()
        .any(|w| k.contains(w))
}

/// A key that labels a date of care ("surgery_date", "admitted", "dob"):
/// other dates in front matter date the page or an event of the practice.
fn care_date_key(key: &str) -> bool {
    let k = key.to_ascii_lowercase();
    [
        "surg",
        "admi",
        "discharg",
        "visit",
        "birth",
        "dob",
        "injur",
        "diagnos",
        "procedure",
        "treat",
        "session",
        "seen",
        "dos",
        "operat",
        "deliver",
    ]
    .iter()
    .any(|w| k.contains(w))
}

/// Report fields that identify the person whose care the body tells.
pub(super) fn check(
    segs: &Segments,
    fields: &[Field],
    allow: &Allowlist,
    names: &Names,
    team: bool,
    auth: AuthState,
    out: &mut Vec<Finding>,
) {
    if team || !segs.segs.iter().any(|s| s.is_field()) {
        return;
    }
    // Whether the body tells a story is a scan of every paragraph: look at
    // the fields first (cheap, and almost always clean) and only then ask.
    let mut found = Vec::new();
    for (si, s) in segs.segs.iter().enumerate() {
        let Some(field) = s.field_index().and_then(|i| fields.get(i)) else { continue };
        if s.credit || credit_or_place(field.key) || names.hits.iter().any(|h| h.seg == si && h.level == Level::Strong) {
            continue;
        }
        // A featured testimonial's text names the clinician it praises; its
        // patient is the signer, whom `signatures` reports.
        let quote_key = ["testimonial", "review", "quote"].iter().any(|k| field.key.to_lowercase().contains(k));
        if !auth.names_ok()
            && !quote_key
            && let Some((off, name)) = field_name(s, allow, names).filter(|(_, n)| !in_body(segs, n))
            && !credit_only(field.key, &s.text)
        {
            let msg = format!(
                "person name {} in `{}` while the page tells one person's health events: together they identify the patient; remove the name or add a signed `authorization` covering `name`",
                super::redact::quote(&name),
                field.key
            );
            let f = finding("phi/name", Severity::Error, segs.pos(s, off), msg).about(&name);
            // `featured_patient = "…"`: the key says who the name is; so
            // does a slug, file name or tag list that tells the care too.
            if patient_key(field.key) || (s.ident && !names.news_story && ident_tells_care(&s.text, &name)) {
                out.push(f)
            } else {
                found.push(f)
            }
        }
        if !auth.dates_ok() {
            identifiers(segs, s, field.key, allow, &mut found);
        }
    }
    // A retold news story's people are not patients (see `Names::news_story`).
    if !found.is_empty() && !names.news_story && told(segs) {
        out.extend(found);
    }
}

static PERSON_NOUN_NEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+(?:girl|boy|woman|man|women|men|child|children|kids?|couple|family|mother|father|mom|mum|dad|lady|gentleman|people|patient|athlete|runner|student|baby|toddler|teen(?:ager)?)s?\b").unwrap()
});
static CLINICIAN_TITLE_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?:^|[\s(])(?:dr\.?|dra\.?|doctor|prof\.?|professor)\s+(?:\p{Lu}\.?\s+)?$").unwrap());

/// A short heading in title case ("A la Carte Package", "Tier One Service").
fn title_cased(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (3..=8).contains(&words.len())
        && words.iter().filter(|w| w.chars().count() >= 4).all(|w| w.starts_with(char::is_uppercase))
        && !text.contains(['.', ',', ';'])
}

/// Is the word after `b` a capitalised surname that is no English word
/// ("Grace Okonkwo")?
fn surname_after(s: &Segment, b: usize) -> bool {
    let next = s.text[b..].strip_prefix(' ').and_then(|r| r.split(|c: char| !c.is_alphabetic()).next()).unwrap_or("");
    let n = next.to_lowercase();
    next.starts_with(char::is_uppercase) && lexicon::is_surname(&n) && !super::words::reads_as_word(&n)
}

/// A word cut out of a longer token at an inner capital that is no name of
/// its own: in prose a brand's part ("DonJoy UltraSling"), or part of a
/// name written with an inner capital ("MacKenzie", "LaToya") whose staff
/// member is found by the whole name ("McAllister"), not the piece
/// ("Allister"). "#TeamBrantley": a hashtag joins words with capitals.
fn camel_piece(s: &Segment, a: usize, b: usize, allow: &Allowlist) -> bool {
    let rest = &s.text[b..];
    if s.ident || !(s.text[..a].ends_with(char::is_alphabetic) || rest.starts_with(char::is_alphabetic)) {
        return false;
    }
    let start = s.text[..a].rfind(|c: char| !c.is_alphabetic()).map_or(0, |i| i + s.text[i..].chars().next().map_or(1, char::len_utf8));
    let end = rest.find(|c: char| !c.is_alphabetic()).map_or(s.text.len(), |i| b + i);
    let whole = s.text[start..end].to_lowercase();
    (!s.text[..start].ends_with('#') && !is_given_name(&whole) && !lexicon::is_surname(&whole)) || allow.is_staff(&[whole.as_str()])
}

/// The first name in a field: in prose a capitalised given name or surname
/// that is no ordinary word; in identifiers (slugs, tags, hashtags, file
/// names), where capitals are gone, a given name that is no plain word.
fn field_name(s: &Segment, allow: &Allowlist, names: &Names) -> Option<(usize, String)> {
    // An address ("4440 Arapahoe Ave."): its words are a street's.
    if STREET.is_match(&s.text) {
        return None;
    }
    let words = ident_words(&s.text);
    let place_or_thing = place_or_thing(s, &words);
    for (i, &(a, b)) in words.iter().enumerate() {
        let raw = &s.text[a..b];
        let w = raw.to_lowercase();
        // "Don't try this": a contraction. "DonJoy UltraSling": in prose a
        // word cut out of a camel-case token is part of a brand.
        let rest = &s.text[b..];
        let camel = camel_piece(s, a, b, allow);
        if rest.starts_with("'t") || rest.starts_with("’t") || camel {
            continue;
        }
        if w.chars().count() < 3
            || names.acronyms.contains(&w)
            || place_or_thing[i]
            || allow.is_staff(&[w.as_str()])
            || allow.is_known_word(&w)
            || (!allow.english() && names.lower_duals.contains(&w))
            || (is_month(&w) && (s.ident || s.text[b..].starts_with(|c: char| c.is_ascii_digit())))
        {
            continue;
        }
        if !s.ident && (read_as_no_name(s, a, b, &w) || clinician_caption(&s.text[b..])) {
            continue;
        }
        // "oliver-nakamura": a given name that is also a county or a word
        // still opens a name when a surname that is no word follows.
        let surname_next = words.get(i + 1).is_some_and(|&(c, d)| {
            let n = s.text[c..d].to_lowercase();
            // Tags are joined by ", ": two tags are no first and last name.
            !s.text[b..c].contains(',') && lexicon::is_surname(&n) && !super::words::is_dict(&n) && !super::words::is_common(&n)
        });
        let ok = if s.ident {
            // "anouk-visser": a given name no list knows, before a surname.
            // "state-of-the-art": a given name that is also a word ("art",
            // "joy", "grace") opens a name only before a surname.
            (is_given_name(&w)
                && (!plain_word(&w) || (surname_next && !super::words::is_dict(&w)))
                && (surname_next || !lexicon::is_dual(&w)))
                // On a site written in another language an unknown word
                // before a surname is a word of that language ("4
                // interessantissimi consigli": "Consigli" is a surname too).
                || (surname_next
                    && allow.english()
                    && w.chars().count() >= 4
                    && words.get(i + 1).is_some_and(|&(c, d)| s.text[c..d].chars().count() >= 4)
                    && !plain_word(&w)
                    && !ordinary(&w, allow)
                    && !super::words::is_word_any_case(&w))
        } else {
            // In prose a capital marks a name, so a surname-list word that is
            // no ordinary word counts too ("Noor", "Ferreira").
            raw.starts_with(char::is_uppercase)
                && (is_given_name(&w) || lexicon::is_surname(&w))
                && !ordinary(&w, allow)
                && (!names.lower_duals.contains(&w) || surname_after(s, b))
                && !(lexicon::is_place(&w) && super::names::place_context(&s.text[..a], rest))
                && !acronym(raw, &s.text)
                && !defined_term(raw, rest)
        };
        if ok {
            return Some((a, raw.to_string()));
        }
    }
    None
}

/// Per word of a field: is it part of a two-word place the gazetteer knows
/// ("Fort Collins", "fort-collins", the practice's own town without
/// `[practice] city`) or of a run ending in a thing ("Key Stage 2")? Then
/// it is no name.
fn place_or_thing(s: &Segment, words: &[(usize, usize)]) -> Vec<bool> {
    let pair: Vec<bool> = words
        .windows(2)
        .map(|p| lexicon::is_place(&format!("{} {}", s.text[p[0].0..p[0].1].to_lowercase(), s.text[p[1].0..p[1].1].to_lowercase())))
        .collect();
    (0..words.len()).map(|i| pair.get(i) == Some(&true) || (i > 0 && pair[i - 1]) || thing_next(s, words.get(i + 1), words[i].1)).collect()
}

/// "Key Stage 2", "Welsh Language": the next word (not after a comma) is a
/// thing, so the run names no person.
fn thing_next(s: &Segment, next: Option<&(usize, usize)>, end: usize) -> bool {
    next.is_some_and(|&(c, d)| !s.text[end..c].contains(',') && super::words::THINGS.contains(s.text[c..d].to_lowercase().as_str()))
}

/// "ENG/VNG", "the ENG test": a word in capitals is an abbreviation, unless
/// the whole text is in capitals.
fn acronym(raw: &str, text: &str) -> bool {
    raw.chars().count() >= 2 && raw.chars().all(|c| c.is_uppercase()) && text.chars().any(|c| c.is_lowercase())
}

/// "Hertz (Hz)", "(Hertz or Hz)": a term given with its abbreviation is
/// being defined, not a person.
fn defined_term(raw: &str, rest: &str) -> bool {
    // "(Hertz or Hz)" too: the abbreviation after "or" inside the brackets.
    let Some(inner) = rest.strip_prefix(" (").or(rest.strip_prefix(" or ")).and_then(|r| r.split_once(')')).map(|(i, _)| i) else {
        return false;
    };
    (1..=6).contains(&inner.chars().count())
        && inner.chars().all(|c| c.is_alphanumeric())
        && inner.starts_with(char::is_uppercase)
        && inner.chars().next() == raw.chars().next()
}

/// In prose, why the capitalised word at `a..b` (lowercase `w`) of a
/// field is no name: a compound's first half, a product, a sentence's first
/// word, an alt text's adjective, a heading's capital, a clinician's
/// surname after a title, the first word of an institution.
fn read_as_no_name(s: &Segment, a: usize, b: usize, w: &str) -> bool {
    // "Black-and-white photo", "Bourbon Chase half-marathon": a word
    // opening a hyphenated compound, or naming an event or a product.
    let rest = &s.text[b..];
    if rest.strip_prefix('-').is_some_and(|r| r.starts_with(char::is_lowercase)) || super::names_thing::TRADE_AFTER.is_match(rest) {
        return true;
    }
    // "Short days in a Montana winter": a sentence's first word is
    // capitalised whatever it is.
    let opens = s.text[..a].trim_end().is_empty() || s.text[..a].trim_end().ends_with(['.', '!', '?', ':']);
    let next_lower = s.text[b..].trim_start().starts_with(char::is_lowercase);
    if opens && (super::words::is_word_any_case(w) || (next_lower && !is_given_name(w))) {
        return true;
    }
    // "Young girl during a session", "Happy couple at …": an alt text's
    // opening adjective before a person noun, not a name.
    if opens && PERSON_NOUN_NEXT.is_match(&s.text[b..]) {
        return true;
    }
    // "Man taking physiotherapy of the knee": the alt text's subject is a
    // person noun, which the dictionary leaves out for being a name too.
    if opens && next_lower && matches!(w, "man" | "woman" | "girl" | "boy" | "lady" | "guy" | "person" | "senior") {
        return true;
    }
    // "Crowns: A Royal Pain?": after an article, a word the dictionary has.
    if super::words::after_article(&s.text[..a]) && super::words::reads_as_word(w) {
        return true;
    }
    // "A la Carte Package": in a title-cased heading every word has a
    // capital, so only a given name still reads as a person.
    if title_cased(&s.text) && !is_given_name(w) {
        return true;
    }
    // "Spend Time Near Water … During Dry Winters", "The Key to Feeding
    // Yourself": in a title-cased line of any length a word the dictionary
    // also has in lower case is that word, unless a surname follows it.
    if super::names::title_case(&s.text) && super::words::reads_as_word(w) && !surname_after(s, b) {
        return true;
    }
    // "Atlanta, Georgia", "born in Virginia": a place word used as a place.
    if lexicon::is_place(w) && super::names::place_context(&s.text[..a], &s.text[b..]) {
        return true;
    }
    // "Dr. Corbett performing a hearing test": a title marks the clinician.
    if CLINICIAN_TITLE_BEFORE.is_match(&s.text[..a]) {
        return true;
    }
    // "Jamaica Hospital", "Brantley County": a name-word that opens an
    // institution's or a place's name.
    let next = s.text[b..].strip_prefix(' ').and_then(|r| r.split(|c: char| !c.is_alphanumeric()).next()).unwrap_or("");
    let n = next.to_lowercase();
    next.starts_with(char::is_uppercase) && (super::words::ORG.contains(n.as_str()) || super::words::THING_NOUNS.contains(n.as_str()))
}

/// Month names and abbreviations: in file names and slugs ("banner_Jun2021",
/// "april-update") they are dates, not the given names they can also be.
pub(super) fn is_month(w: &str) -> bool {
    const MONTHS: &[&str] = &[
        "jan",
        "feb",
        "mar",
        "apr",
        "may",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    MONTHS.contains(&w)
}

/// Does the body tell one person's health events: a strong patient cue, or
/// a pronoun ("she", "he") and a clinical event or health word ("had a
/// pacemaker fitted") in one paragraph?
fn told(segs: &Segments) -> bool {
    tells_event(segs)
        || segs.segs.iter().filter(|s| !s.is_field() && s.kind == Kind::Prose).any(|s| {
            s.sentences.iter().any(|r| {
                let t = &s.text[r.clone()];
                individual(t) && frame::english(t) && super::event::health(t)
            })
        })
}

/// "ultrasound-lindani-mkhabela-2026-08-03.png", "how-we-treated-…-ureteric-
/// stone", tags ["…-journey", "kidney-stones"]: besides the name, the
/// identifier's own words tell a health event, so it identifies a
/// patient whatever the body says. Not an eponym ("osgood-schlatter-
/// disease"); a page retelling a news story is left to the caller.
fn ident_tells_care(text: &str, name: &str) -> bool {
    let spaced: String = text.chars().map(|c| if c.is_alphanumeric() { c.to_ascii_lowercase() } else { ' ' }).collect();
    let name: String = name.chars().map(|c| if c.is_alphanumeric() { c.to_ascii_lowercase() } else { ' ' }).collect();
    // Both the name and the word after it must be no word, place or
    // medical term: a full name ("lindani-mkhabela"). A lone first name
    // ("kirk-shoulder-surgery") or a word that is also a name ("stroke-
    // case-joto", "supplements-for-candida") needs the body's story.
    let no_word = |w: &str| {
        w.chars().count() >= 3
            && w.chars().all(char::is_alphabetic)
            && !super::words::reads_as_word(w)
            && !lexicon::is_medical(w)
            && !lexicon::is_place(w)
            && !lexicon::is_function_word(w)
            // "flore-intestinale": a French feminine of an English word.
            && !w.strip_suffix('e').is_some_and(|m| super::words::reads_as_word(m) || lexicon::is_medical(m))
    };
    let name = name.trim();
    let Some(at) = spaced.find(name) else { return false };
    let after = &spaced[at + name.len()..];
    if !no_word(name) || !after.split_whitespace().next().is_some_and(no_word) || super::names_thing::EPONYM_AFTER.is_match(after) {
        return false;
    }
    let rest = format!("{} {}", &spaced[..at], after);
    super::event::health(&rest) || super::foreign_story::care_in(&rest) || SURGICAL_IDENT.is_match(&rest)
}

/// Words of an identifier that tell an operation or its photographs:
/// "…-before-bypass.png", "…-sleeve-before-after.png".
static SURGICAL_IDENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:before|after)\s+(?:(?:the|her|his|gastric|surgery|op)\s+)?(?:bypass|sleeve|surgery|op|operation|transplant|implants?|liposuction|rhinoplasty|facelift|lift|augmentation|reduction|tummy\s+tuck)\b|\b(?:bypass|sleeve|surgery|operation|transplant|liposuction|rhinoplasty|facelift)\s+(?:before|after)\b|\bbefore\s+and\s+after\b|\bbefore\s+after\b").unwrap()
});

/// `description = "Soumya Lakshmi"`: a description that is a name and
/// nothing else credits the page's artist or author (an illustrated care
/// guide of a real care home); a patient's name comes with what happened.
fn credit_only(key: &str, text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    key.eq_ignore_ascii_case("description")
        && (2..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.')
                && !super::words::reads_as_word(&w.to_lowercase())
        })
}

/// "Portrait de Thibaud Colombel - Ostéopathe D.O.": the rest of the name
/// and then a credential or a dash and a clinical role; the caption
/// names the clinician.
fn clinician_caption(after: &str) -> bool {
    static REST_OF_NAME: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?:\s+\p{Lu}[\p{L}'’-]*)*").unwrap());
    let end = REST_OF_NAME.find(after).map_or(0, |m| m.end());
    super::names::cred_after(&after[end..])
}

/// Does the body mention this name? Then it was judged where it stands
/// (an author's portrait, a thank-you to a donor).
/// Accents are folded on both sides: a slug writes "Oisín" as "oisin".
fn in_body(segs: &Segments, name: &str) -> bool {
    let fold = |t: &str| t.to_lowercase().chars().map(super::words::fold_accent).collect::<String>();
    let name = fold(name);
    segs.segs.iter().filter(|s| !s.is_field()).any(|s| {
        let t = fold(&s.text);
        ident_words(&t).iter().any(|&(a, b)| t[a..b] == name)
    })
}

/// "COVID-19 Statement Updated 6th April 2021": the date a notice was
/// updated, published or takes effect dates the document, not anyone's care.
fn notice_date(before: &str) -> bool {
    static NOTICE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:updated|revised|reviewed|effective|published|posted|issued|as\s+(?:of|at))(?:\s+on)?[\s:,-]*$").unwrap()
    });
    NOTICE.is_match(before)
}

/// An age over 89, an exact date or a personal contact in a field.
fn identifiers(segs: &Segments, s: &Segment, key: &str, allow: &Allowlist, out: &mut Vec<Finding>) {
    let t = &s.text;
    let mut emit = |rule: &str, off: usize, what: &str, subject: &str| {
        let msg =
            format!("{what} in `{key}` while the page tells one person's health events: together they identify the patient; remove it");
        out.push(finding(rule, Severity::Error, segs.pos(s, off), msg).about(subject));
    };
    if let Some(m) = OLD_AGE.find(t) {
        emit("phi/age", m.start(), "an age over 89", m.as_str());
    }
    // A date in a file name or URL dates the post (even one named after a
    // condition); in a sentence of care or under a key of care it dates one
    // person's care.
    let sentence = t.split_whitespace().count() >= 3 && frame::has_event(t);
    let care = s.kind == Kind::Prose && (care_date_key(key) || sentence);
    // "Access to midwives 24/7": round the clock, not the 24th of July.
    let round_the_clock = |m: &regex::Match| m.as_str() == "24/7" || t[m.end()..].starts_with("/365");
    if let Some(m) = DATE
        .find_iter(if care { t } else { "" })
        .find(|m| m.as_str().chars().filter(char::is_ascii_digit).count() >= 3 && !round_the_clock(m) && !notice_date(&t[..m.start()]))
    {
        emit("phi/date", m.start(), "an exact date", m.as_str());
    }
    if let Some(m) = EMAIL.find(t).filter(|m| !allow.is_allowed_email(m.as_str())) {
        emit("phi/email", m.start(), "an e-mail address", m.as_str());
    }
    if let Some(m) = PHONE.captures(t).and_then(|c| c.get(1)).filter(|m| !allow.is_allowed_phone(m.as_str())) {
        emit("phi/phone", m.start(), "a phone number", m.as_str());
    }
}
