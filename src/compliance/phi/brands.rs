//! Brands a page names in a commercial frame: products compared ("Rouge
//! vs Kala"), reviewed ("Kala Red Light Therapy Review"), discounted ("15%
//! Off Kala"), sold by a maker ("Probiotic Kit by Phyla") or named with
//! their product kind ("the Echo Hydrogen Pitcher", "the Phortify serum").
//!
//! Why: small practices' blogs carry affiliate roundups of devices and
//! supplements whose makers have people's names (Kala, Orion, Echo, Hooga).
//! Next to "therapy" and "treatment" every mention read as a patient named
//! beside their care. A person is never compared "vs" another product or
//! sold at a discount, so a word once seen in such a frame is a brand on
//! the whole page.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::{Regex, RegexSet};

use super::segments::Segments;

/// A capitalised run of up to three words (a brand and its model).
const RUN: &str = r"[A-Z][\w'’-]*(?:[ \t]+[A-Z0-9][\w'’-]*){0,2}";

/// What makes a frame commercial: a comparison, a review title, a
/// discount, a maker, a product kind.
static PATTERNS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let product = "Pro|Ultra|Mini|Max|Plus|Panels?|Devices?|Bottles?|Pitchers?|Machines?|Kits?|Serums?|Lamps?|Wands?|Generators?|Series|Bundle|Probiotics?|Prebiotics?|Supplements?|Gummies|Capsules|Tablets|Powder";
    let lower = "serum|cream|device|panel|bottle|pitcher|machine|kit|app|brand|lamp|wand|supplement|gummies|capsules|lineup|range";
    vec![
        format!(r"(?P<a>{RUN})[ \t]+(?:vs\.?|versus)[ \t]+(?P<b>{RUN})"),
        format!(r"(?P<a>{RUN}(?:[ \t]+[A-Z][\w'’-]*){{0,2}})[ \t]+Reviews?\b"),
        format!(r"\d[ \t]?%[ \t]+[Oo]ff[ \t]+(?:the[ \t]+|your[ \t]+)?(?P<a>{RUN})"),
        format!(r"(?i:kit|serum|cream|panel|device|bottle|system|set|line)[ \t]+by[ \t]+(?P<a>{RUN})"),
        format!(r"(?:(?:The|This|Our|An?|Get|Buy|Try)[ \t]+)?(?P<a>[A-Z][\w'’-]*)(?:[ \t]+[A-Z][\w'’-]*){{0,3}}[ \t]+(?:{product})\b"),
        format!(r"\b(?:[Tt]he|[Tt]his|[Oo]ur|[Aa])[ \t]+(?P<a>[A-Z][\w'’-]*)[ \t]+(?:{lower})\b"),
    ]
});
// Constant patterns (the tests compile them): the set's indices are these regexes'.
static FRAMES: LazyLock<Vec<Regex>> = LazyLock::new(|| PATTERNS.iter().map(|p| Regex::new(p).unwrap()).collect());
/// The same frames in one automaton: every paragraph of every page is
/// asked once which frames it holds, and only those are run for their
/// captures (most paragraphs hold none).
static ANY_FRAME: LazyLock<RegexSet> = LazyLock::new(|| RegexSet::new(PATTERNS.iter()).unwrap());

/// The words of every brand named in a commercial frame on the page (as
/// [`super::names::bare`] writes them, the form name lookups use): each
/// word of a compared run, the first word of any other.
pub(super) fn commercial_brands(segs: &Segments) -> HashSet<String> {
    let mut found = HashSet::new();
    for s in segs.segs.iter().filter(|s| !s.ident) {
        for i in ANY_FRAME.matches(&s.text).iter() {
            for c in FRAMES[i].captures_iter(&s.text) {
                // "Kim Kardashian's Secret Hydrogen Water Bottle": the
                // product of a person, who is no brand.
                if c.get(0).is_some_and(|m| m.as_str().contains("'s ") || m.as_str().contains("’s ")) {
                    continue;
                }
                let compared = c.name("b").is_some();
                for m in [c.name("a"), c.name("b")].into_iter().flatten() {
                    for w in m.as_str().split_whitespace().take(if compared { 3 } else { 1 }) {
                        let w = super::names::bare(w);
                        if !super::lexicon::is_function_word(&w) {
                            found.insert(w);
                        }
                    }
                }
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn brands(text: &str) -> HashSet<String> {
        commercial_brands(&super::super::segments::collect(text, 1, &[]))
    }

    #[test]
    fn commercial_frames_name_brands() {
        let b = brands(
            "Rouge G4 vs Kala Pro compared.\n\nGet 15% Off Orion today.\n\nThe 3-Step Kit by Phyla works. The Phortify serum too.\n\nThe Echo Hydrogen Pitcher is cheap.\n",
        );
        for w in ["rouge", "g4", "kala", "orion", "phyla", "phortify", "echo"] {
            assert!(b.contains(w), "{w} in {b:?}");
        }
        let b = brands("# Hooga Red Light Therapy Review 2026\n\n## Kim Kardashian's Secret Hydrogen Water Bottle\n");
        assert!(b.contains("hooga") && !b.contains("kim"), "{b:?}");
    }

    #[test]
    fn people_in_care_are_no_brands() {
        let b = brands(
            "Maria Lopez came to us with sciatica. After six visits Maria was back at work.\n\nOur patient Tom said the team was kind.\n",
        );
        assert!(b.is_empty(), "{b:?}");
    }
}
