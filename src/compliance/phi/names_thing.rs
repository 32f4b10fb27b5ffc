//! What a capitalised run names when it is not a person (split from
//! [`super::names`]): a thing (a brand, a discipline in a list, an eponym, an
//! event, an organisation), or a person told in passing (an author, a
//! namesake, a public figure, a quoted speaker), never a patient.

use std::sync::LazyLock;

use regex::Regex;

use super::Allowlist;
use super::context::attribution;
use super::frame;
use super::lexicon;
use super::names::{CITATION, Names, bare, is_given_name, ordinary};
use super::segments::{Kind, Segment, Segments};
use super::words::{ORG, PLACEHOLDER_NAMES, THING_NOUNS, THINGS};

/// Eponymous conditions and named tests, procedures and scales.
pub(super) static EPONYM_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s+(?:disease|syndrome|disorder|surgery|procedure|operation|technique|maneuver|manoeuvre|fracture|palsy|sarcoma|lymphoma|ataxia|chorea|dystrophy|anomaly|phenomenon|thyroiditis|neuroma|ulcer|contracture|cyst|deformity|tendon|tendinitis|tendonitis|bursitis|disease|phenomenon|(?:'s\s+)?(?:law|sign))\b").unwrap()
});
pub(super) static TRADE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s+(?:maneuver|manoeuvre|procedure|score|scale|test|criteria|method|technique|classification|fracture|repair|shot|vaccine|injection|tablets?|pills?|pen|systems?|implants?|devices?|processors?|app|(?:half[- ])?marathon|5k|10k|fun\s+run|relay|triathlon|regatta|festival|gala|tournament|parade|pie|pudding|cake|soup|stew|chowder|bread|salad|sauce|muffins?|cookies?|recipe)\b").unwrap()
});

/// A product after a brand ("Echo Hydrogen Pitcher", "Kala Red Light
/// Therapy", "Rouge G4 vs Kala Pro", "Ion Bottles lineup"): buying guides
/// name brands as people are named. Not after a possessive ("Ana's mask"
/// is hers).
static PRODUCT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s+(?:hydrogen|red\s+light|infrared|bottles?|pitchers?|panels?|devices?|machines?|mats?|saunas?|lamps?|wands?|generators?|filters?|serums?|lineup|line-up|(?-i:Pro|Mini|Max|Plus)|[a-z]\d{1,4}[a-z]?)(?:\s|[,.;:!?)]|$)").unwrap()
});

/// The run names a thing, not a person: an eponym inside it ("Morton's
/// Neuroma", "Haglund's Deformity"), capitalised words after it that reach
/// an organisation or place noun ("Strong Star Training Initiative",
/// "Robert B. Green Campus"), or an eponym or trade noun after it.
pub(super) fn names_a_thing(rest: &[(usize, &str)], after: &str, hon: bool) -> bool {
    let eponym_inside = rest.len() >= 2 && rest[..rest.len() - 1].iter().any(|t| t.1.ends_with("'s") || t.1.ends_with("’s")) && {
        let last_word = format!(" {}", bare(rest[rest.len() - 1].1));
        EPONYM_AFTER.is_match(&last_word) || TRADE_AFTER.is_match(&last_word) || lexicon::is_medical(last_word.trim())
    };
    let eponym_after = (EPONYM_AFTER.is_match(after) || (!hon && TRADE_AFTER.is_match(after))) && !own_injury(rest, after);
    let possessive = rest.last().is_some_and(|t| t.1.ends_with("'s") || t.1.ends_with("’s"));
    eponym_inside || org_continues(after) || eponym_after || (!hon && !possessive && PRODUCT_AFTER.is_match(after))
}

/// "Dana Whitaker's fracture", "Kenji's surgery": a possessive given name
/// before an injury or an operation is a person's own, not an eponym.
/// Eponyms are surnames ("Smith's fracture", "Baker's cyst"), so a lone
/// word that is also a surname stays one; diseases and syndromes named for
/// a full name ("Lou Gehrig's disease") are not among these nouns.
fn own_injury(rest: &[(usize, &str)], after: &str) -> bool {
    static OWN: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)^\s+(?:fracture|surgery|operation|procedure|tendon|ulcer|cyst)s?\b").unwrap());
    let (Some(first), Some(last)) = (rest.first(), rest.last()) else { return false };
    let possessive = last.1.ends_with("'s") || last.1.ends_with("’s");
    let first = bare(first.1);
    possessive && OWN.is_match(after) && is_given_name(&first) && (rest.len() >= 2 || !lexicon::is_surname(&first))
}

/// A name that is no patient by how the passage tells it: an author in a
/// reference list ("Gross LS, Li L, Ford ES. … 2004;70(4):466–73"), a public
/// figure or historical person told without the practice's "we/our" (a
/// published diagnosis is not the practice's disclosure), or a person
/// quoted ("…, said X") with no strong patient cue.
pub(super) fn told_in_passing(s: &Segment, c_start: usize, window: &str, sentence: &str, strong: bool, allow: &Allowlist) -> bool {
    let citation = CITATION.is_match(sentence) || CITATION.is_match(&s.text[c_start..]) && s.text[..c_start].trim().is_empty();
    let public = if allow.english() {
        super::event::public_frame(window) || super::event::in_work_title(&s.text[..c_start])
    } else {
        super::event::public_frame_intl(window)
    };
    citation
        || public
        || super::event::author_of_work(&s.text[..c_start])
        || super::event::named_by_profession(&s.text[..c_start])
        || (!strong && attribution(sentence) && {
            let r = s.sentences.get(s.sentence_at(c_start)).map_or(0, |r| r.start);
            super::context::attributed_to(sentence, c_start.saturating_sub(r))
        })
        || (allow.english() && (credited(&s.text[..c_start]) || about_a_work(&s.text[..c_start])))
}

/// The name credits a work: "When Breath Becomes Air by Paul Kalanithi",
/// "a memoir by …", "photo by …". A title in title case (or a work noun)
/// right before "by" makes the name its author, whatever the author's own
/// story; the practice discloses nothing by citing a published book.
pub(super) fn credited(before: &str) -> bool {
    // "Other authors from Rochester include Qiwu Xu; medical student …": a
    // sentence that introduces its names as a study's authors credits them all.
    static AUTHORS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:(?:authors?|co-?authors?|researchers|investigators|contributors|contributing)\s+(?:[\w-]+\s+){0,4}?(?:include|included|were|are)\b|(?:authors?|co-?authors?)\s*:)[^.!?]*$").unwrap()
    });
    if AUTHORS.is_match(&before[frame::floor(before, before.len().saturating_sub(400))..]) {
        return true;
    }
    // "published in 2001 by Kurt Kroenke, Robert Spitzer and |Janet": the
    // later names of a list of authors are credited as the first is.
    let mut before = before;
    loop {
        let t = before.trim_end();
        let Some(rest) = t.strip_suffix(',').or_else(|| t.strip_suffix(" and")).or_else(|| t.strip_suffix(", and")) else { break };
        let words: Vec<&str> = rest.rsplitn(4, ' ').collect();
        let k = words.iter().take(3).take_while(|w| w.starts_with(char::is_uppercase)).count();
        if k == 0 {
            break;
        }
        let cut = words[..k].iter().map(|w| w.len() + 1).sum::<usize>();
        before = &rest[..rest.len().saturating_sub(cut)];
        if !before.ends_with(' ') && !before.is_empty() {
            before = rest;
            break;
        }
    }
    static MADE_BY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:published|developed|created|designed|devised|founded|described|invented|discovered|introduced|validated|co-founded)\b[^.;!?]{0,40}?\bby\s*$").unwrap()
    });
    let tail = &before[frame::floor(before, before.len().saturating_sub(120))..];
    if MADE_BY.is_match(tail) {
        return true;
    }
    // "co-author Jürgen Schnermann", "lead author Ana Ruiz", "the theory of
    // Jan Chozen", "un cuento de Jorge Bucay", "présentée par Camille …",
    // "the book [Breath by James Nestor": a work's author or presenter.
    static AUTHOR_OF: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:\b(?:co-?authors?|(?:first|lead|senior|last|corresponding)\s+authors?|(?:theory|theories|model|method|teachings?|writings?)\s+of)\s+|\b(?:libro|cuento|cuentos|teoría|teorías|obra|novela|artículo|estudio|método|livre|théorie|conte|ouvrage|étude|méthode|roman)\s+(?:de|del|d['’])\s*|\b(?:présentée?s?|écrite?s?|réalisée?s?|publiée?s?|presentad[oa]s?|escrit[oa]s?|dirigid[oa]s?|publicad[oa]s?)\s+(?:par|por)\s+|\b(?:book|memoir|novel|film|documentary|podcast|article|essay)\s+[\[\x22“*_]*\p{Lu}[^.!?]{0,80}?\s+by\s+)$").unwrap()
    });
    if AUTHOR_OF.is_match(&before[frame::floor(before, before.len().saturating_sub(160))..]) {
        return true;
    }
    static WORK_BY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:book|memoir|novel|essay|article|poem|study|paper|podcast|film|documentary|written|edited|illustrated|directed|narrated|hosted|photo|photograph|image|painting|song|album|talk|lecture|(?:trial|study|research|team|project|survey|review|lab)\s+(?:led|run|conducted|directed|headed|coordinated)|(?:led|conducted|directed|headed|coordinated)\s+(?:[\w-]+\s+){0,2}?)\s+by\s*$").unwrap()
    });
    let tail = &before[frame::floor(before, before.len().saturating_sub(120))..];
    if WORK_BY.is_match(tail) {
        return true;
    }
    let Some(head) = tail.trim_end().strip_suffix(" by") else { return false };
    // The title runs from the start of the line or sentence (a list item,
    // "1. Being Mortal by …") to "by": every word capitalised or small.
    let start = head.rfind(['.', '!', '?', '\n', ':', ';']).map_or(0, |i| i + 1);
    let words: Vec<&str> = head[start..].split_whitespace().collect();
    let small = |w: &str| {
        matches!(w, "a" | "an" | "the" | "of" | "for" | "and" | "or" | "to" | "in" | "on" | "with" | "at" | "from" | "his" | "her" | "my")
    };
    let caps = words.iter().filter(|w| w.starts_with(char::is_uppercase)).count();
    caps >= 2 && words.len() <= 12 && words.iter().all(|w| w.starts_with(char::is_uppercase) || small(w))
}

/// The passage opens by crediting a work ("*The Bell Jar* by Sylvia
/// Plath. Esther Greenwood's summer …"): the people it names next are the
/// work's author and characters.
fn about_a_work(before: &str) -> bool {
    before.match_indices(" by ").any(|(i, _)| credited(&before[..i + 4]))
}

/// The person is the namesake of an eponym in the same passage: "Virginia
/// Apgar, 1952" under "The Apgar score", "Henry Heimlich" beside "the
/// Heimlich manoeuvre". The page explains a term, not a patient. The
/// mention itself (`own`, its byte range) is no other occurrence: "Dana
/// Whitaker's fracture" is hers.
pub(super) fn namesake(s: &Segment, surname: &str, own: std::ops::Range<usize>) -> bool {
    if surname.chars().count() < 3 {
        return false;
    }
    let lower = s.text.to_lowercase();
    // Offsets in the lowercase copy index the text itself only where
    // lowering kept each letter's length ("Ⱥ" grows by a byte): `get`
    // skips an offset that falls inside a letter instead of panicking.
    lower.match_indices(surname).any(|(i, _)| {
        let (Some(head), Some(at), Some(after)) = (s.text.get(..i), s.text.get(i..), s.text.get(i + surname.len()..)) else {
            return false;
        };
        let edge = head.chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let after = after.strip_prefix("'s").or(after.strip_prefix("’s")).unwrap_or(after);
        edge && !own.contains(&i) && at.starts_with(char::is_uppercase) && (EPONYM_AFTER.is_match(after) || TRADE_AFTER.is_match(after))
    })
}

/// A capital after a small letter inside a word ("DonJoy", "WhatsApp"),
/// not a name prefix (McDonald, DeShawn, LaToya, O'Brien).
pub(super) fn camel(t: &str) -> bool {
    // Runs on every word of every page: no allocation, and most words fail
    // on their first letter.
    if t.len() < 4 || !t.starts_with(char::is_uppercase) {
        return false;
    }
    let prefix = ["Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van", "Von", "O'", "O’"].iter().any(|p| t.starts_with(p));
    let mut prev_lower = false;
    !prefix
        && t.chars().skip(1).any(|c| {
            let hump = prev_lower && c.is_uppercase();
            prev_lower = c.is_lowercase();
            hump
        })
}

/// A word of the run makes it a thing: a brand ("WhatsApp", a capital after
/// a small letter; Mc/Mac/De/La/Van/O' names excepted), a hyphenated
/// organisation part ("Franz-Hospital"), a known thing (a language, a drug,
/// an insurer), the practice's own words, or a placeholder name.
pub(super) fn run_is_thing(rest: &[(usize, &str)], allow: &Allowlist) -> bool {
    let brand = |t: &str| {
        let b: Vec<char> = t.chars().collect();
        let prefix = ["Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van", "Von", "O'", "O’"].iter().any(|p| t.starts_with(p));
        !prefix && b.windows(2).skip(1).any(|w| w[0].is_lowercase() && w[1].is_uppercase())
    };
    let thing = |t: &str| {
        let raw = t.trim_end_matches('.').to_lowercase().replace('’', "'");
        // "Franz-Hospital", "Mathias-Spital": a hyphenated part names a place.
        let part_org = raw.contains('-') && raw.split('-').any(|p| ORG.contains(p) || THING_NOUNS.contains(p));
        part_org
            || brand(t)
            || THINGS.contains(raw.as_str())
            || THINGS.contains(bare(t).as_str())
            || german_institution(&raw)
            || ROMANCE_ORG.contains(&raw.as_str())
    };
    // "Romero House", "Lindqvist Lodge": a shelter or residence named after
    // someone, whose first word is no common given name ("Sarah House" and
    // "Carter Lodge" stay people).
    let building = rest.len() == 2 && matches!(bare(rest[1].1).as_str(), "house" | "lodge") && !lexicon::is_census_given(&bare(rest[0].1));
    building || rest.iter().any(|t| thing(t.1) || allow.is_known_word(&bare(t.1)) || PLACEHOLDER_NAMES.contains(bare(t.1).as_str()))
}

/// Institution nouns of the Romance languages, which open the name they
/// are part of ("Organização Mundial da Saúde", "Asociación Española de
/// …", "Université de Montréal"): no one is called so.
const ROMANCE_ORG: [&str; 44] = [
    "organização",
    "organización",
    "organisation",
    "organizzazione",
    "associação",
    "asociación",
    "associazione",
    "agência",
    "agencia",
    "agence",
    "agenzia",
    "universidade",
    "universidad",
    "université",
    "università",
    "fundação",
    "fundación",
    "fondation",
    "fondazione",
    "sociedade",
    "sociedad",
    "société",
    "società",
    "conselho",
    "consejo",
    "conseil",
    "consiglio",
    "ministério",
    "ministerio",
    "ministère",
    "ministero",
    "secretaria",
    "secretaría",
    "instituto",
    "istituto",
    "federação",
    "federación",
    "fédération",
    "federazione",
    "faculdade",
    "facultad",
    "faculté",
    "facoltà",
    "hôpital",
];

/// "Síndrome do Esgotamento Profissional", "Manual … de Transtornos
/// Mentais", "la théorie de …": after a Romance noun of a condition, a
/// manual or a method and its "of", a capitalised run is that thing's name.
static ROMANCE_THING_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:s[ií]ndrome|syndrome|transtornos?|trastornos?|troubles?|doen[cç]a|enfermedad|maladie|malattia|manual|manuel|teoria|teor[ií]a|th[ée]orie|m[ée]todo|m[ée]thode|escala|[ée]chelle|programa|programme|projeto|proyecto|projet|progetto|estat[ií]stico|statistique)\s+(?:de|do|da|dos|das|del|de\s+la|des|du|di|della|dei)\s+$").unwrap()
});

/// A German compound that names an institution by its last part
/// ("Landeszahnärztekammer", "Gesundheitsamt", "Universitätsklinikum"):
/// German writes these as one word, so the organisation words above miss them.
fn german_institution(raw: &str) -> bool {
    const PARTS: &[&str] = &[
        "kammer",
        "verband",
        "verein",
        "ministerium",
        "klinik",
        "klinikum",
        "krankenhaus",
        "zentrum",
        "praxis",
        "gesellschaft",
        "stiftung",
        "institut",
        "universität",
        "hochschule",
        "krankenkasse",
        "versicherung",
        "behörde",
        "gesundheitsamt",
        "akademie",
        "spital",
    ];
    PARTS.iter().any(|p| raw.len() >= p.len() + 4 && raw.ends_with(p))
}

/// One word in a list of things ("Yoga, Pilates, Tai-chi, Qi-Gong, Nia and
/// Zumba"): when every neighbour in the list is a thing, so is the word.
pub(super) fn listed_with_things(text: &str, start: usize, end: usize, allow: &Allowlist) -> bool {
    static PREV: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(\p{L}[\p{L}'’-]*)\s*(?:,|\band\b|\bor\b|/)\s*$").unwrap());
    static NEXT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*(?:,|\band\b|\bor\b|/)\s*(\p{L}[\p{L}'’-]*)").unwrap());
    let before = &text[frame::floor(text, start.saturating_sub(40))..start];
    let neighbours: Vec<&str> =
        PREV.captures(before).into_iter().chain(NEXT.captures(&text[end..])).filter_map(|c| c.get(1)).map(|m| m.as_str()).collect();
    // Both neighbours capitalised things ("Thank you, Sarah" has a lowercase
    // word before the name), one of them a known discipline, drug or brand.
    let known = |w: &str| {
        let l = w.to_lowercase();
        l.split('-').all(|p| THINGS.contains(p)) || lexicon::is_medical(&l)
    };
    let thing = |w: &str| {
        let l = w.to_lowercase();
        w.starts_with(char::is_uppercase) && !is_given_name(&bare(w)) && (known(w) || l.split('-').all(|p| ordinary(p, allow)))
    };
    neighbours.len() == 2 && neighbours.iter().all(|w| thing(w)) && neighbours.iter().any(|w| known(w))
}

/// The capitalised words right after a name run reach an organisation or
/// place noun within three words ("… Training Initiative", "… Campus").
pub(super) fn org_continues(after: &str) -> bool {
    for w in after.split_whitespace().take(3) {
        let b = w.trim_matches(|c: char| !c.is_alphanumeric());
        if !b.starts_with(char::is_uppercase) {
            return false;
        }
        let l = b.to_lowercase();
        if ORG.contains(l.as_str()) || THING_NOUNS.contains(l.as_str()) {
            return true;
        }
        if b.len() != w.len() {
            return false;
        }
    }
    false
}

/// The next word names an institution: "… University", "… Hospital".
fn institution_next(after: &str) -> bool {
    let next = after.strip_prefix(' ').and_then(|r| r.split(|c: char| !c.is_alphabetic()).next()).unwrap_or("");
    matches!(
        next,
        "University"
            | "Hospital"
            | "Hospitals"
            | "College"
            | "Institute"
            | "Medical"
            | "Health"
            | "Clinic"
            | "Foundation"
            | "School"
            | "Academy"
    )
}

/// "Johns Hopkins is the number one hospital": a name the same page writes
/// elsewhere as the start of an institution's ("Johns Hopkins University")
/// is that institution, and so are its words alone.
pub(super) fn institutions_elsewhere(segs: &Segments, n: &mut Names) {
    if n.hits.is_empty() {
        return;
    }
    let prose: Vec<&str> = segs.segs.iter().filter(|s| s.kind == Kind::Prose && !s.ident).map(|s| s.text.as_str()).collect();
    let orgs: Vec<String> = n
        .hits
        .iter()
        .map(|h| h.text.trim_end_matches("'s").trim_end_matches("’s").to_string())
        .filter(|name| {
            name.contains(' ') && prose.iter().any(|t| t.match_indices(name.as_str()).any(|(i, _)| institution_next(&t[i + name.len()..])))
        })
        .collect();
    if orgs.is_empty() {
        return;
    }
    n.hits.retain(|h| {
        !orgs.iter().any(|o| o.split(' ').any(|w| h.text.trim_end_matches("'s") == w) || o.as_str() == h.text.trim_end_matches("'s"))
    });
}

/// "Book Review: Body, James Davies": the author of a reviewed book, and
/// every later mention of them by first name or surname ("James' mission").
pub(super) fn reviewed_authors(segs: &Segments, n: &mut Names) {
    static REVIEW: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\bbook\s+review\s*[:–-]\s*[^,\n]{1,80}?(?:,|\s+by)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})").unwrap()
    });
    if n.hits.is_empty() {
        return;
    }
    let authors: Vec<Vec<String>> = segs
        .segs
        .iter()
        .filter(|s| s.kind == Kind::Prose)
        .flat_map(|s| {
            REVIEW
                .captures_iter(&s.text)
                .filter_map(|c| c.get(1))
                .map(|m| m.as_str().split_whitespace().map(bare).collect())
                .collect::<Vec<Vec<String>>>()
        })
        .collect();
    if authors.is_empty() {
        return;
    }
    n.hits.retain(|h| {
        let words: Vec<String> = h.text.split_whitespace().map(bare).collect();
        !authors
            .iter()
            .any(|a| words.first().is_some_and(|w| a.first() == Some(w)) || words.iter().any(|w| a.len() > 1 && a.last() == Some(w)))
    });
}

/// Last words of place names that are no surnames.
const PLACE_LAST: &[&str] = &[
    "beach", "heights", "hills", "springs", "falls", "creek", "harbour", "harbor", "valley", "gardens", "junction", "crossing", "township",
    "county",
];
static VENDOR_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:thanks?\s+(?:you\s+)?to|thank\s+you,?|credit\s+to|designed\s+by|built\s+by|fitted\s+out\s+by|photos?\s+by|courtesy\s+of)\s*$").unwrap()
});
static AT_ORG: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s+(?:at|of|from)\s+\p{Lu}[\p{L}'’-]*(?:\s+(?:&|and|\p{Lu}[\p{L}'’-]*))*").unwrap());

/// A run that names a place ("Ann Arbor"; "Henley Beach" by its last word)
/// or a business's person thanked for work for the practice ("Many thanks
/// to Sue Barber at Decor & Design").
pub(super) fn place_or_vendor(text: &str, rest: &[(usize, &str)], words: &[String]) -> bool {
    let place = words.len() >= 2 && (lexicon::is_place(&words.join(" ")) || PLACE_LAST.contains(&words[words.len() - 1].as_str()));
    let last = &rest[rest.len() - 1];
    let after = &text[last.0 + last.1.len()..];
    // "Victoria's Chief Health Officer", "Victoria's new pollen app": a
    // place's possessive before what a place has.
    let place_has = || {
        rest.len() == 1 && (last.1.ends_with("'s") || last.1.ends_with("’s")) && lexicon::is_place(&words[0]) && PLACE_HAS.is_match(after)
    };
    place
        || place_has()
        || (VENDOR_BEFORE.is_match(&text[..rest[0].0]) && AT_ORG.is_match(after))
        || thing_called(&text[..rest[0].0])
        || ROMANCE_THING_BEFORE.is_match(&text[frame::floor(text, rest[0].0.saturating_sub(40))..rest[0].0])
}

/// Is what follows `before` a thing so named ("a project called “…”")?
pub(super) fn thing_called(before: &str) -> bool {
    THING_CALLED.is_match(before)
}

static PLACE_HAS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s+(?:[\w-]+\s+){0,6}?(?:apps?|program(?:me)?s?|strateg(?:y|ies)|government|department|health\s+system|hospitals|schools|polic(?:y|ies)|laws?|forecasts?|services|network|population|residents|chief|minister|premier|officer|economy|capital|coast|border|weather|climate|roads?|suburbs?|councils?)\b").unwrap()
});

/// "a project called “Swawalabhini”", "an app named Calmly": what is so
/// named is a thing, not a person.
static THING_CALLED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)\b(?:project|programme|program|initiative|scheme|campaign|brand|app|product|company|foundation|charity|device|kit|course|podcast|newsletter|series)\s+(?:called|named|titled|dubbed)\s*["“‘']?$"#).unwrap()
});

/// "Son site historique", "Una vez que", "¡Una Especialidad para cada
/// Tratamiento!": a French possessive or a Spanish article opening a
/// sentence or a heading of its own language (the function-word list
/// leaves them out: Son, Sa and Una are names too).
/// `site_foreign`: the site is written in another language, whose "Son
/// site historique …" a sentence of English loan words does not hide.
pub(super) fn foreign_article(text: &str, start: usize, seq: &str, site_foreign: bool) -> bool {
    // "Comprendre Son Dos": on a site in another language a capitalised
    // possessive inside a run makes it a title ("Understanding Your Back").
    let possessive = |w: &str| matches!(w, "Son" | "Sa" | "Ses" | "Leur" | "Leurs" | "Notre" | "Votre" | "Nos" | "Vos");
    if site_foreign && seq.split([' ', '\t']).skip(1).any(possessive) {
        return true;
    }
    let first = seq.split([' ', '\t']).next().unwrap_or("");
    if !matches!(first, "Son" | "Sa" | "Una") {
        return false;
    }
    let next = text[start + seq.len()..].split_whitespace().next().unwrap_or("");
    let foreign = || site_foreign || !frame::english(text) || text.contains(['¡', '¿']) || lexicon::is_function_word(&next.to_lowercase());
    (seq.contains([' ', '\t']) || next.starts_with(char::is_lowercase)) && foreign()
}

/// "Victoria-area RMTs", "Toronto-based", "Boston-born": a place made an
/// adjective by its hyphenated tail; a name never takes one.
pub(super) fn place_adjective(seq: &str) -> bool {
    let first = seq.split([' ', '\t']).next().unwrap_or("");
    first.split_once('-').is_some_and(|(_, tail)| {
        matches!(tail, "area" | "based" | "born" | "bred" | "raised" | "wide" | "region" | "headquartered" | "grown" | "made")
    })
}

/// "la TM (*Thérapie Manuelle*)", "MT (Manual Therapy)": the run in
/// brackets right after an abbreviation whose letters are its initials.
pub(super) fn spelt_out(before: &str, seq: &str) -> bool {
    let Some(t) = before.trim_end_matches(['*', '_', ' ']).strip_suffix('(') else { return false };
    let abbr = t.trim_end().rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    let initials: String = seq.split([' ', '\t', '-']).filter_map(|w| w.chars().next()).filter(|c| c.is_uppercase()).collect();
    abbr.len() >= 2 && abbr.chars().all(|c| c.is_uppercase()) && initials == abbr
}

/// A person told about, not treated, by who they are: a writer named with
/// their own work (`own_work`: "Michael Kummer's blog"), a globally famous
/// person ("the fantastic Robin Williams and Bruce Willis"; a generic "the
/// patient" beside them still leaves them told about, the practice's "our
/// patient" does not), anyone on a page about celebrities ("Niall Horan
/// underwent orthodontics"), or a method's author ("les recherches de Sonia
/// Fischmann" on a page about "la méthode Fischmann"). Later mentions of a
/// part of the name ("Williams's death") are the same person.
pub(super) fn publicly_known(n: &Names, words: &[String], own_work: bool, strong: bool, window: &str) -> bool {
    let not_our_patient = !strong || !super::event::practice_voice(window);
    let author_of_method = || words.last().is_some_and(|l| n.eponyms.contains(l.trim_end_matches(['\'', '’'])));
    (own_work && !strong)
        || (n.public_page && words.len() >= 2 && not_our_patient)
        || (lexicon::is_famous(words) && not_our_patient)
        || (!strong && author_of_method())
}
