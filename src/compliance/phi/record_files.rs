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
use super::words::reads_as_word;
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
];

const IMAGE_EXT: &[&str] = &["png", "jpg", "jpeg", "gif", "webp", "avif", "heic", "tif", "tiff", "bmp"];

/// A date in the file name: "2025-11-03", "2025-03", "20251103".
static DATE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?:19|20)\d\d[-_]?(?:0[1-9]|1[0-2])(?:[-_]?\d\d)?").unwrap());

/// A form of address before a given name in a file name ("baby-noa",
/// "grandma-hattie"): one person, as a name pair is.
const KIN: &[&str] = &["baby", "grandma", "grandpa", "granny", "nana", "lolo", "lola", "auntie", "aunty", "uncle", "mrs", "mr", "miss"];

/// Report image file names that join a person's name with a clinical
/// record, a care event or a date of care.
pub(super) fn check(segs: &Segments, allow: &Allowlist, out: &mut Vec<Finding>) {
    for s in segs.segs.iter().filter(|s| s.kind == Kind::Target) {
        // Images only: a page's slug or a link's address is judged with
        // the page's text (`crossfield`).
        let path = s.text.rsplit('/').next().unwrap_or("").split(['?', '#']).next().unwrap_or("");
        let Some((stem, ext)) = path.rsplit_once('.') else { continue };
        if !IMAGE_EXT.contains(&ext.to_ascii_lowercase().as_str()) {
            continue;
        }
        let stem = stem.to_lowercase();
        let words: Vec<&str> = stem.split(['-', '_', '.', ' ', '+']).filter(|w| !w.is_empty()).collect();
        if words.len() < 3 {
            continue;
        }
        let dated = DATE.is_match(&stem);
        let record = words.iter().any(|w| RECORDS.contains(w));
        let care = super::frame::has_event(&words.join(" "));
        if !((record && dated) || care || (dated && words.contains(&"baby"))) {
            continue;
        }
        let namey = |w: &str| w.len() >= 3 && w.chars().all(|c| c.is_ascii_alphabetic()) && !reads_as_word(w) && !RECORDS.contains(&w);
        // "tomasi-fifita", or a given name that is no word before any word
        // ("maureen-kettle", "amelia-chemo").
        // Beside a record and a date, a surname alone marks the pair; beside
        // care alone the first word must be a given name: real sites name
        // their images after towns and products ("colwood-langford",
        // "currentbody-led-red-light-therapy-mask"), and a given name right
        // before the care word is a brand ("terra-therapy-grounding-sheet").
        let loose = record && dated;
        let pair = words.windows(2).find(|p| {
            namey(p[0])
                && ((namey(p[1]) && (lexicon::is_given(p[0]) || (loose && (lexicon::is_surname(p[1]) || lexicon::is_surname(p[0])))))
                    || (lexicon::is_given(p[0])
                        && p[1].len() >= 3
                        && p[1].chars().all(|c| c.is_ascii_alphabetic())
                        && !super::frame::has_event(p[1])))
                && !allow.is_staff(&[p[0], p[1]])
                && !allow.is_staff(&[p[0]])
        });
        let addressed = words.windows(2).find(|p| KIN.contains(&p[0]) && namey(p[1]) && !allow.is_staff(&[p[1]]));
        let Some(found) = pair.or(addressed) else { continue };
        let name = format!("{} {}", found[0], found[1]);
        let off = s.text.to_lowercase().find(found[0]).unwrap_or(0);
        out.push(
            finding(
                "phi/name",
                Severity::Error,
                segs.pos(s, off),
                format!(
                    "image file name joins the name {} with care or a date of care: the file name is published with the image; rename the file",
                    quote(&name)
                ),
            )
            .about(&name),
        );
    }
}
