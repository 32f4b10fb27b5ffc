//! An image whose file name is a clinical record of a named person
//! ("audiogram-tomasi-fifita-2025-11-03.png", "before-after-ptosis-makanani-
//! akana-2025-03.png"): the record and the name are published together
//! wherever the image is, whatever the page around it says (issue 9,
//! item 3: image file names are published). Round 32, from case set W.
//!
//! A finding needs a person: two name-like words in a row that are no
//! dictionary words, one of them a known given name or surname, a given
//! name that is no word before another word, or a form
//! of address and a name ("baby-noa", "grandma-hattie"); and care: a
//! record word (audiogram, x-ray, MRI, scan, before and after…) with a
//! date, a care event ("maureen-kettle-hip-rehab-pool.jpg"), or a baby
//! with a date. A file named "audiogram-example-left-ear.png" or
//! "dr-nakoa-headshot.jpg" has neither.

use std::sync::LazyLock;

use regex::Regex;

use super::lexicon;
use super::redact::quote;
use super::segments::{Kind, Segments};
use super::words::{DRUG_BRANDS, KIN_TITLES, reads_as_word};
use super::{Allowlist, Finding, Severity, finding};

/// A record word of the file name's words. The name is split at hyphens,
/// so only one-word forms are listed ("xray", not "x-ray").
const RECORDS: &[&str] = &[
    "audiogram",
    "audiograms",
    "tympanogram",
    "xray",
    "radiograph",
    "mri",
    "ct",
    "scan",
    "scans",
    "ultrasound",
    "ecg",
    "ekg",
    "echo",
    "oct",
    "fundus",
    "angiogram",
    "topography",
    "field",
    "biopsy",
    "pathology",
    "labs",
    "results",
    "report",
    "chart",
    "before",
    "after",
    "beforeafter",
    "preop",
    "postop",
    "retina",
    "retinal",
    "wound",
    "rash",
    "lesion",
    "eeg",
    "emg",
    "dbs",
    "infusion",
    "mammogram",
    "colonoscopy",
];

/// Conditions a page's slug may join to a name ("marcia-fonseca-ms-fatigue-
/// diary"): the address of a page about one person's illness.
const CONDITIONS: &[&str] = &[
    "ms",
    "parkinsons",
    "dementia",
    "alzheimers",
    "epilepsy",
    "seizure",
    "seizures",
    "stroke",
    "cancer",
    "diabetes",
    "migraine",
    "migraines",
    "als",
    "copd",
    "lupus",
    "leukemia",
    "lymphoma",
    "melanoma",
    "autism",
    "adhd",
    "depression",
    "hiv",
];

const IMAGE_EXT: &[&str] = &["png", "jpg", "jpeg", "gif", "webp", "avif", "heic", "tif", "tiff", "bmp"];

/// A date in the file name: "2025-11-03", "2025-03", "20251103".
static DATE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?:19|20)\d\d[-_]?(?:0[1-9]|1[0-2])(?:[-_]?\d\d)?").unwrap());

/// A form of address before a given name in a file name ("baby-noa",
/// "grandma-hattie"): one person, as a name pair is.
fn addresses_one(w: &str) -> bool {
    matches!(w, "baby" | "mrs" | "mr" | "miss") || KIN_TITLES.contains(&w)
}

/// Two-word names of things whose second word is also a given name.
const COMPOUNDS: &[(&str, &str)] = &[("aloe", "vera"), ("santa", "claus"), ("saint", "john"), ("st", "john")];

/// Record words no product or blog photo is named after.
const CLINICAL: &[&str] = &[
    "mri",
    "eeg",
    "emg",
    "dbs",
    "xray",
    "radiograph",
    "audiogram",
    "tympanogram",
    "angiogram",
    "biopsy",
    "mammogram",
    "colonoscopy",
    "ecg",
    "ekg",
    "infusion",
];

/// The stem of an image's file name, or a page's own slug (a bare word,
/// no address around it; since round 34: it is the published address),
/// and whether it is the slug. A link's address is judged with the page's
/// text (`crossfield`).
fn stem_of(text: &str) -> Option<(&str, bool)> {
    // An alias ("/nouvelles/camp-ete-mia-tsa-7-ans/") is an address the
    // page is published at, as its slug is (round 64).
    let trimmed = text.trim().trim_end_matches('/');
    let path = trimmed.rsplit('/').next().unwrap_or("").split(['?', '#']).next().unwrap_or("");
    let slug = !text.contains(['/', '.', ':']) || (text.trim_start().starts_with('/') && !path.contains('.') && !text.contains(' '));
    match path.rsplit_once('.') {
        Some((stem, ext)) if IMAGE_EXT.contains(&ext.to_ascii_lowercase().as_str()) => Some((stem, false)),
        None if slug => Some((path, true)),
        _ => None,
    }
}

/// Report image file names and slugs that join a person's name with a
/// clinical record, a care event, a condition or a date of care.
pub(super) fn check(segs: &Segments, allow: &Allowlist, out: &mut Vec<Finding>) {
    for s in segs.segs.iter().filter(|s| s.kind == Kind::Target) {
        let Some((stem, slug)) = stem_of(&s.text) else { continue };
        let stem = stem.to_lowercase();
        let words: Vec<&str> = stem.split(['-', '_', '.', ' ', '+']).filter(|w| !w.is_empty()).collect();
        if words.len() < 3 {
            continue;
        }
        let dated = DATE.is_match(&stem);
        let record = words.iter().any(|w| RECORDS.contains(w));
        // In other languages too ("intervento-menisco-daniele-sala",
        // "emile-begaiement-expose-oral", "mia-tsa-7-ans"; round 64).
        let care = super::frame::has_event(&words.join(" ")) || words.iter().any(|w| w.len() >= 3 && super::care_stems::care_in(w));
        let condition = slug && words.iter().any(|w| CONDITIONS.contains(w));
        // "derek-hollis-rosacea-before.png": an image named after a given
        // name, a surname and a condition (round 60, from set BW).
        let image_condition = !slug && words.iter().any(|w| CONDITIONS.contains(w) || (w.len() >= 4 && lexicon::is_condition(w)));
        // Without a date, only a test no product is named after: "echo",
        // "scan", "before" and "results" name bottles and blog photos.
        let clinical = words.iter().any(|w| CLINICAL.contains(w));
        // Without a date, a record word or a condition needs a full name
        // ("jaswinder-toor-mri-flair.png"): see `needs_pair` below.
        // A drug brand in an image's name with a full name is that person's
        // prescription ("ozempic-pens-for-loretta-sue-blevins.png").
        let drug = !slug && words.iter().any(|w| DRUG_BRANDS.contains(w));
        if !((record && dated) || care || (dated && words.contains(&"baby")) || clinical || condition || drug || image_condition) {
            continue;
        }
        let needs_pair = !(care || (record && dated) || (dated && words.contains(&"baby")));
        let loose = (record && dated) || needs_pair;
        let pair = name_pair(&words, allow, clinical, loose, needs_pair);
        // A slug's "grandpa-walt" may be a story's character; an image's is
        // a photographed person.
        let addressed = words.windows(2).find(|p| !slug && addresses_one(p[0]) && namey(p[1]) && !allow.is_staff(&[p[1]]));
        let Some(found) = pair.or(addressed).or_else(|| drug.then(|| drug_pair(&words, allow)).flatten()) else { continue };
        let only_image_condition = image_condition && !((record && dated) || care || clinical || drug);
        if only_image_condition && !lexicon::is_given(found[0]) {
            continue;
        }
        // A slug naming someone the page itself tells about ("lou-gehrig-
        // and-als", "story-grandpa-walt-…") is judged with that text; one
        // the page never names is the address's own disclosure.
        let told_on_page = || segs.segs.iter().any(|x| x.kind == Kind::Prose && found.iter().any(|w| x.text.to_lowercase().contains(w)));
        if lexicon::is_famous(&[found[0].to_string(), found[1].to_string()]) || (slug && told_on_page()) {
            continue;
        }
        out.push(named_file(segs, s, found, slug));
    }
}

/// A word of a file name that can be part of a name: letters only, no
/// word of the dictionary, of a record or of a condition.
fn namey(w: &str) -> bool {
    w.len() >= 3 && w.chars().all(|c| c.is_ascii_alphabetic()) && !reads_as_word(w) && !RECORDS.contains(&w) && !CONDITIONS.contains(&w)
}

/// The two words of a file name that read as a person's name: "tomasi-
/// fifita", or a given name that is no word before any word
/// ("maureen-kettle", "amelia-chemo"); `loose` beside a record and a date
/// or when a pair is needed, `clinical` beside a test no product is named
/// after.
fn name_pair<'w, 's>(words: &'w [&'s str], allow: &Allowlist, clinical: bool, loose: bool, needs_pair: bool) -> Option<&'w [&'s str]> {
    // "dawson-fingers-mri": a plural of a word is no surname.
    let plural_word = |w: &str| w.strip_suffix('s').is_some_and(reads_as_word);
    // "tomasi-fifita", or a given name that is no word before any word
    // ("maureen-kettle", "amelia-chemo").
    // Beside a record and a date, a surname alone marks the pair; beside
    // care alone the first word must be a given name: real sites name
    // their images after towns and products ("colwood-langford",
    // "currentbody-led-red-light-therapy-mask"), and a given name right
    // before the care word is a brand ("terra-therapy-grounding-sheet").
    // "aloe-vera-juice": a given name that ends a plant's or a thing's
    // two-word name is no person's (round 68, a real site's stock
    // photo beside acne).
    let compound = |i: usize| i > 0 && COMPOUNDS.contains(&(words[i - 1], words[i]));
    words
        .windows(2)
        .enumerate()
        .find(|&(i, p)| {
            !compound(i)
                && namey(p[0])
                && ((namey(p[1])
                    && (lexicon::is_given(p[0]) || clinical || (loose && (lexicon::is_surname(p[1]) || lexicon::is_surname(p[0])))))
                    || (lexicon::is_given(p[0])
                        && !needs_pair
                        && p[1].len() >= 3
                        && p[1].chars().all(|c| c.is_ascii_alphabetic())
                        && !super::frame::has_event(p[1])))
                && !plural_word(p[0])
                && !plural_word(p[1])
                && !allow.is_staff(&[p[0], p[1]])
                && !allow.is_staff(&[p[0]])
        })
        .map(|(_, p)| p)
}

/// Given names and surnames that are also words ("Brenda Couch", "Loretta
/// Sue") count beside a drug brand: no product is named so. A staff
/// member's first name may start a patient's full name
/// ("loretta-sue-blevins"); a staff member's own full name may not.
fn drug_pair<'w, 's>(words: &'w [&'s str], allow: &Allowlist) -> Option<&'w [&'s str]> {
    words.windows(2).find(|p| {
        lexicon::is_given(p[0])
            && p[0].len() >= 3
            && (lexicon::is_surname(p[1]) || lexicon::is_given(p[1]))
            && !DRUG_BRANDS.contains(p[1])
            && !allow.is_staff(&[p[0], p[1]])
            && !allow.is_staff(&[p[1]])
    })
}

/// The finding for a file name or slug that joins the name `found` to care.
fn named_file(segs: &Segments, s: &super::segments::Segment, found: &[&str], slug: bool) -> Finding {
    let name = format!("{} {}", found[0], found[1]);
    let off = s.text.to_lowercase().find(found[0]).unwrap_or(0);
    finding(
        "phi/name",
        Severity::Error,
        segs.pos(s, off),
        format!(
            "{} joins the name {} with care or a date of care: it is published with the {}; rename it",
            if slug { "the page's slug" } else { "image file name" },
            quote(&name),
            if slug { "page's address" } else { "image" }
        ),
    )
    .about(&name)
}
