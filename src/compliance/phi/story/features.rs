//! The page model's 33 features, computed exactly as the script that fitted
//! its weights computes them (`bench/page-model/feats.py`, `feats2.py`):
//! the same patterns, the same word lists read the same way (first word of
//! each line, lowercase), on the page's whole source (front matter and
//! body). A change here is a change of the model: refit it (see `mod.rs`).

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use super::super::lexicon::{CONDITIONS_TXT, FUNCTION_TXT, GIVEN_TXT, GIVEN_WORLD_TXT, MEDICAL_TXT, PERSON_NOUNS_TXT, PLACES_TXT};

/// Number of features, in the order of [`super::WEIGHTS`].
pub(super) const COUNT: usize = 33;

type Set = HashSet<&'static str>;

/// The script's `words()`: the first word of each line that is not empty
/// or a comment (the lists are lowercase already).
fn first_words(texts: &[&'static str]) -> Set {
    texts
        .iter()
        .flat_map(|t| t.lines())
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_whitespace().next())
        .collect()
}

static GIVEN: LazyLock<Set> = LazyLock::new(|| first_words(&[GIVEN_TXT, GIVEN_WORLD_TXT]));
static FUNC: LazyLock<Set> = LazyLock::new(|| first_words(&[FUNCTION_TXT]));
static PLACES: LazyLock<Set> = LazyLock::new(|| first_words(&[PLACES_TXT]));
static MED: LazyLock<Set> = LazyLock::new(|| first_words(&[MEDICAL_TXT]));
static PERSON: LazyLock<Set> = LazyLock::new(|| first_words(&[PERSON_NOUNS_TXT]));
static COND: LazyLock<Set> = LazyLock::new(|| first_words(&[CONDITIONS_TXT]));

fn re(p: &str) -> Regex {
    Regex::new(p).expect("page model pattern")
}
macro_rules! pattern {
    ($name:ident, $p:expr) => {
        static $name: LazyLock<Regex> = LazyLock::new(|| re($p));
    };
}
pattern!(
    CARE,
    r"(?i)\b(surgery|operation|diagnos\w*|treat\w*|recover\w*|hospital\w*|admitted|discharged|therapy|appointment|prescri\w*|medication|cancer|diabet\w*|stroke|fracture\w*|broke|injur\w*|pain|sick|ill|illness|infection|heart|hip|knee|scan|x-ray|biopsy|chemo\w*|symptom\w*|vaccin\w*|jab|clinic|visit\w*|physio\w*|rehab\w*|pregnan\w*|baby|born|birth|test\w*|results?|all-clear|procedure|stitches|cast|wheelchair|walker|crutches)\b"
);
pattern!(PRON, r"(?i)\b(he|she|his|her|him|hers)\b");
pattern!(FIRST, r"\b(I|my|me|I'm|I've)\b");
pattern!(
    RECENT,
    r"(?i)\b(last (week|month|year|spring|summer|autumn|fall|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|this (morning|week|month)|recently|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|a few weeks ago|weeks ago|days ago)\b"
);
pattern!(AGE, r"(?i)\b(\d{1,3}[- ]year[- ]old|aged \d{1,3}|\d{1,3} years old|age \d{1,3})\b");
pattern!(PATIENT, r"(?i)\b(patients?|clients?|resident|our (lady|man|gentleman|friend))\b");
pattern!(
    HYPO,
    r"(?i)\b(imagine|for example|e\.g\.|suppose|hypothetical|composite|fictional|fictitious|names? (have|has) been changed|not (a )?real|for illustration|illustrative)\b"
);
pattern!(STATS, r"(?i)(\d+ ?%|\bper ?cent\b|\b\d+ in \d+\b|\bstatistics?\b|\bsurvey\b|\bnational\b)");
pattern!(CONSENT, r"(?i)consent");
pattern!(HIST, r"\b1[5-9]\d\d\b");
pattern!(TITLE, r"\b(Mr|Mrs|Ms|Miss|Mx)\.? [A-Z][a-z]+");
pattern!(DR, r"\b(Dr|Doctor|Prof|Nurse)\.? [A-Z][a-z]+");
pattern!(CAP, r"\b[A-Z][a-z]{2,}\b");
pattern!(TOK, r"[A-Za-z][A-Za-z'-]+");
pattern!(
    STORY_SECT,
    r"(?i)^content/(stories|story|testimonials?|reviews?|news|blog|posts?|gallery|events?|memorials?|community|patients?)/"
);
pattern!(INFO_SECT, r"(?i)^content/(tips|team|staff|policies|policy|services|providers|doctors|health|conditions|treatments|faq|about)");
pattern!(INIT, r"\b(?:[A-Z]\.\s?[A-Z]\.|[A-Z]{2})");
pattern!(INIT_AFTER, r"^(?:[,.)]|\s(?:from|of|at|in|who|,))");
pattern!(ROLE, r"\bthe ((?:[A-Za-z'-]+ ){0,4})([a-z]+)\b");
pattern!(
    KIN,
    r"(?i)\b(his|her|their)\s+(wife|husband|son|daughter|mother|father|mum|mom|dad|brother|sister|grand\w+|partner|baby|twins)\b"
);
pattern!(FIELD, r"(?m)^\s*(image_alt|alt|description|caption|summary|social_caption|title)\s*[:=]\s*(.+)$");

/// Capitalised words of three letters or more, but not the text's first
/// word nor one right after a sentence's end and a space: (start, word).
pub(super) fn capitalised(t: &str) -> impl Iterator<Item = (usize, &str)> {
    CAP.find_iter(t)
        .filter(|m| {
            let mut before = t[..m.start()].chars().rev();
            let (c1, c2) = (before.next(), before.next());
            m.start() > 0 && !(c1.is_some_and(char::is_whitespace) && c2.is_some_and(|c| matches!(c, '.' | '!' | '?')))
        })
        .map(|m| (m.start(), m.as_str()))
}

/// Where the first he, she, his, her… is.
pub(super) fn pronoun(t: &str) -> Option<usize> {
    PRON.find(t).map(|m| m.start())
}

/// `f` of the word in lower case, without allocating for the ASCII words
/// the patterns here match (`TOK`, `CAP`).
fn lower<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 48];
    if w.is_ascii() && w.len() <= buf.len() {
        let b = &mut buf[..w.len()];
        b.copy_from_slice(w.as_bytes());
        b.make_ascii_lowercase();
        f(std::str::from_utf8(b).unwrap_or(""))
    } else {
        f(&w.to_lowercase())
    }
}

/// A given name of the lists that is no staff word, function word or place.
pub(super) fn unresolved(w: &str, staff: &HashSet<String>) -> bool {
    lower(w, |l| GIVEN.contains(l) && !staff.contains(l) && !FUNC.contains(l) && !PLACES.contains(l))
}

/// The words of the titles of a site's staff pages, lowercase: the pages
/// whose path has a `team`, `staff`, `providers`, `doctors`, `our-team` or
/// `people` folder.
pub fn staff_words<'a>(pages: impl Iterator<Item = (&'a str, &'a str)>) -> HashSet<String> {
    static STAFF_PATH: LazyLock<Regex> = LazyLock::new(|| re(r"/(team|staff|providers|doctors|our-team|people)/"));
    pages
        .filter(|(path, _)| STAFF_PATH.is_match(&format!("/{}", path)))
        .flat_map(|(_, title)| TOK.find_iter(title).map(|m| m.as_str().to_lowercase()).collect::<Vec<_>>())
        .collect()
}

/// The script's sentence split: after . ! ? and white space, at a blank
/// line, and before a line that opens a list, table or heading.
fn sentences(t: &str) -> Vec<&str> {
    let b = t.as_bytes();
    let (mut out, mut start, mut i) = (Vec::new(), 0, 0);
    while i < b.len() {
        let ws = |j: usize| j < b.len() && (b[j] as char).is_ascii_whitespace();
        let end = if i > 0 && matches!(b[i - 1], b'.' | b'!' | b'?') && ws(i) {
            let mut j = i;
            while ws(j) {
                j += 1;
            }
            Some(j)
        } else if b[i] == b'\n' {
            let mut j = i + 1;
            let mut last_nl = None;
            while ws(j) {
                if b[j] == b'\n' {
                    last_nl = Some(j);
                }
                j += 1;
            }
            match last_nl {
                Some(n) => Some(n + 1),
                None if i + 1 < b.len() && matches!(b[i + 1], b'-' | b'*' | b'|' | b'#') => Some(i + 1),
                None => None,
            }
        } else {
            None
        };
        match end {
            Some(j) => {
                out.push(&t[start..i]);
                start = j;
                i = j;
            }
            None => i += 1,
        }
    }
    out.push(&t[start..]);
    out.into_iter().filter(|s| !s.trim().is_empty()).collect()
}

fn has_given(s: &str, staff: &HashSet<String>) -> bool {
    capitalised(s).any(|(_, w)| unresolved(w, staff))
}
fn care(s: &str) -> bool {
    CARE.is_match(s) || TOK.find_iter(s).any(|m| lower(m.as_str(), |l| COND.contains(l)))
}
fn roles(s: &str) -> usize {
    const NOT: [&str; 7] = ["patient", "doctor", "nurse", "staff", "team", "people", "person"];
    ROLE.captures_iter(s).filter(|c| PERSON.contains(&c[2]) && !NOT.contains(&&c[2]) && &c[2] != "family").count()
}
fn initials(s: &str) -> usize {
    INIT.find_iter(s).filter(|m| m.as_str().contains('.') || INIT_AFTER.is_match(&s[m.end()..])).count()
}
fn ln1p(n: usize) -> f64 {
    (n as f64).ln_1p()
}

/// The features of one page: `path` is "content/…", `text` its source.
pub(super) fn of(path: &str, text: &str, staff: &HashSet<String>) -> [f64; COUNT] {
    let (mut n_toks, mut cond, mut med, mut func) = (0usize, 0usize, 0usize, 0usize);
    for m in TOK.find_iter(text) {
        n_toks += 1;
        lower(m.as_str(), |w| {
            cond += usize::from(COND.contains(w));
            let f = FUNC.contains(w);
            func += usize::from(f);
            med += usize::from(!f && MED.contains(w));
        });
    }
    let n = n_toks.max(1) as f64;
    let count = |r: &Regex| r.find_iter(text).count();
    let (mut gu, mut gs) = (0, 0);
    for (_, w) in capitalised(text) {
        gu += usize::from(unresolved(w, staff));
        gs += usize::from(lower(w, |l| staff.contains(l)));
    }
    let care_n = count(&CARE);
    let quotes = text.matches('"').count() + text.matches('“').count();
    // One pass over the sentences: each test at most once per sentence
    // (care, the costliest, only when another test needs it).
    // Sentences with: a name and care, he/she and care, initials and care,
    // a role and care, a name and an age.
    let mut s = [0usize; 5];
    for sentence in sentences(text) {
        let given = has_given(sentence, staff);
        let (pron, init, role) = (PRON.is_match(sentence), initials(sentence) > 0, roles(sentence) > 0);
        if (given || pron || init || role) && care(sentence) {
            s[0] += usize::from(given);
            s[1] += usize::from(pron);
            s[2] += usize::from(init);
            s[3] += usize::from(role);
        }
        s[4] += usize::from(given && AGE.is_match(sentence));
    }
    let field_given = FIELD.captures_iter(text).filter(|c| has_given(&c[2], staff)).count();
    [
        n.ln(),
        ln1p(gu),
        ln1p(gs),
        ln1p(care_n),
        ln1p(cond),
        count(&PRON) as f64 / n * 100.0,
        count(&FIRST) as f64 / n * 100.0,
        ln1p(count(&RECENT)),
        ln1p(count(&AGE)),
        ln1p(count(&PATIENT)),
        ln1p(count(&HYPO)),
        ln1p(count(&STATS)),
        ln1p(count(&HIST)),
        ln1p(count(&TITLE)),
        ln1p(count(&DR)),
        f64::from(u8::from(CONSENT.is_match(text))),
        f64::from(u8::from(STORY_SECT.is_match(path))),
        f64::from(u8::from(INFO_SECT.is_match(path))),
        ln1p(quotes),
        // "fired": the model runs only where no rule found anything
        0.0,
        ln1p(gu) * ln1p(care_n + cond),
        ln1p(med),
        ln1p(s[0]),
        ln1p(s[1]),
        ln1p(initials(text)),
        ln1p(s[2]),
        ln1p(roles(text)),
        ln1p(s[3]),
        ln1p(count(&KIN)),
        ln1p(field_given),
        f64::from(u8::from(path.ends_with(".csv"))),
        func as f64 / n,
        ln1p(s[4]),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_split_like_the_script() {
        let s = sentences("Ann had a fall. She is home.\n\nNext para\n- item one\n# Head");
        assert_eq!(s, vec!["Ann had a fall.", "She is home.", "Next para", "- item one", "# Head"]);
    }

    #[test]
    fn capitalised_words_skip_sentence_openers() {
        let w: Vec<&str> = capitalised("Maeve went. Then Sean came with Mr Bell").map(|(_, w)| w).collect();
        assert_eq!(w, vec!["Sean", "Bell"]);
    }

    #[test]
    fn initials_need_a_dot_or_what_follows_them() {
        assert_eq!(initials("P.J. from the creamery"), 1);
        assert_eq!(initials("MK from Derrylough"), 1);
        assert_eq!(initials("the HSE scheme"), 0);
    }
}
