//! `phi/name` findings from the names a page's detection judged: every
//! strong hit, or, under a valid authorisation that covers names, the
//! other people a consented story names.

use super::{Hit, Level, Names, bare, is_initial};
use crate::compliance::phi::redact::quote;
use crate::compliance::phi::words::pet_form_of;
use crate::compliance::phi::{Finding, Severity, finding};

/// The words of a hit's name, lower case, initials left out; a hyphenated
/// given name gives its parts ("Marie-Claude Dubé" and the slug's "marie
/// claude" are one person), a hyphenated surname does not ("Carmen
/// Farrugia-Boyd" is not Leonie Farrugia).
fn hit_words(h: &Hit) -> Vec<String> {
    let mut out = Vec::new();
    for (k, t) in h.text.split_whitespace().filter(|t| !is_initial(t)).enumerate() {
        if k == 0 {
            out.extend(bare(t).split('-').filter(|w| !w.is_empty()).map(fold_accents));
        } else {
            out.push(fold_accents(&bare(t)));
        }
    }
    out
}

/// "inés" and "ines" (a slug drops the accent) are one word.
fn fold_accents(w: &str) -> String {
    w.chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            c => c,
        })
        .collect()
}

/// "Guadalupe \"Lupita\" Tzoc Ajanel" signs Lupita Tzoc Ajanel's story: a
/// given name and its pet form, or the nickname the story quotes, are one
/// person.
fn same_given(body: &str, a: &str, b: &str) -> bool {
    let lower = body.to_lowercase();
    pet_form_of(a, b)
        || pet_form_of(b, a)
        || [format!("{a} \"{b}\""), format!("{b} \"{a}\""), format!("{a} “{b}”"), format!("{b} “{a}”")]
            .iter()
            .any(|p| lower.contains(p.as_str()))
}

/// A consented story's authorisation covers its signer only: another
/// person named in full with their own care ("my neighbour Lorraine
/// Guttormsen … had her own sleep study") gave none. The signer is the
/// person most of the page's patient mentions name; a full name sharing no
/// word with theirs is someone else.
fn others_in_consented_story(n: &Names, body: &str, form: &str, out: &mut Vec<Finding>) {
    let form_words: Vec<String> =
        form.split(|c: char| !c.is_alphabetic()).filter(|w| w.len() >= 2).map(|w| fold_accents(&w.to_lowercase())).collect();
    let strong: Vec<(&Hit, Vec<String>)> = n.hits.iter().filter(|h| h.level == Level::Strong).map(|h| (h, hit_words(h))).collect();
    let shares = |a: &[String], b: &[String]| a.iter().any(|w| b.contains(w));
    let Some((_, likeliest)) = strong.iter().max_by_key(|(_, w)| strong.iter().filter(|(_, o)| shares(w, o)).count()) else { return };
    // The story opens with its subject ("Joseph Kaʻawa, 70, had never …")
    // or is signed by them ("— Teresita Galang"). When the likeliest hit is
    // neither, the subject was no hit at all and the hit is someone else:
    // "my old friend Uncle Sam Kealamakia, who'd had the same surgery".
    let (subject, signed) = subject_words(body);
    let signer = if subject.len() >= 2 && !shares(likeliest, &subject) { &subject } else { likeliest };
    for (h, words) in &strong {
        // "Faris Elementary": a place the signer named, no one else.
        let place = words.iter().any(|w| crate::compliance::phi::words::is_institution_word(w));
        // "her sister Corinne Vale" in Tamsin Vale's story: one surname, two
        // people.
        // "Δέσποινα Αλεξίου" beside "Despina Alexiou": one name in two
        // scripts, which no word comparison can tell apart; only names in
        // the signer's script are compared.
        // Hawaiian's ʻokina (U+02BB) and other modifier letters are Latin.
        let latin = |ws: &[String]| {
            ws.iter().all(|w| {
                w.chars().all(|c| c.is_ascii() || ('\u{00c0}'..='\u{024f}').contains(&c) || ('\u{02b0}'..='\u{02ff}').contains(&c))
            })
        };
        if latin(words) != latin(signer) {
            continue;
        }
        let other = !shares(words, signer)
            || (signer.len() >= 2
                && words[0] != signer[0]
                && words.last() == signer.last()
                && !words.iter().all(|w| signer.contains(w))
                && !same_given(body, &words[0], &signer[0]));
        // A relative the story introduces by kinship and names by first name
        // beside a patient cue ("her son Caleb, 19, who is autistic") is
        // someone else than the signer; one who undergoes care of their own
        // ("his wife Linda … she was diagnosed with type 2 diabetes herself")
        // is, even when the story's other names are no hits and the relative
        // is then the likeliest signer. A full name has two words apart from
        // hyphens ("Jean-Marc" is one).
        let full = h.text.split_whitespace().filter(|t| !is_initial(t)).count() >= 2;
        let kin = !full && words.len() == 1 && kin_named(body, &words[0]) && (!shares(words, signer) || kin_with_own_care(body, &words[0]));
        // "my chemo buddy Darlene" in Priscilla Vandermolen's signed story:
        // once the story's own lines name its subject in full, a given name
        // beside a patient cue that is none of theirs is someone else.
        let named_other = !full
            && words.len() == 1
            && signed
            && shares(signer, &subject)
            && !subject.contains(&words[0])
            && !signature_has(body, &words[0])
            && super::is_given_name(&words[0]);
        // "Shared with Annie and Samuel's signed consent": the page says
        // who signed; a baby's parents sign for the baby (round 61).
        let in_form = words.iter().any(|w| form_words.contains(w)) || consented_by(body, &words[0]);
        if ((full && other) || kin || named_other) && !place && !in_form {
            out.push(
                finding(
                    "phi/name",
                    Severity::Error,
                    h.pos,
                    format!(
                        "person name {} next to a patient cue in a consented story: the `authorization` covers the person who signed it, not another patient the story names; remove the name or record their own authorisation",
                        quote(&h.text)
                    ),
                )
                .about(&h.text),
            );
        }
    }
}

static KIN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?i)\b(?:his|her|their|my|our)\s+(?:(?:older|younger|twin|late|best|little|big)\s+)?(?:wife|husband|partner|son|daughter|mother|father|mom|mum|dad|brother|sister|cousin|aunt|auntie|uncle|niece|nephew|grandson|granddaughter|grandmother|grandfather|friend|neighbou?r|fianc[ée]e?)\s+(\p{Lu}[\p{L}'’-]+)").unwrap()
});

/// The body introduces `word` (lower case) as someone's relative or
/// friend: "his wife Linda", "her cousin Amrit Dhaliwal".
fn kin_named(body: &str, word: &str) -> bool {
    KIN.captures_iter(body).any(|c| fold_accents(&c[1].to_lowercase()) == *word)
}

/// Whom a story says it is about, lower case and accents folded, and
/// whether its signature line says so: the name that opens the story
/// ("Joseph \"Uncle Joe\" Kaʻawa, 70, had never …") or signs it ("—
/// Priscilla Vandermolen, Hutchinson"). A name is a run of two or more
/// title-case words starting with a given name, less forms of address and
/// dictionary words.
fn subject_words(body: &str) -> (Vec<String>, bool) {
    let signed = signature_line(body).map(name_run).unwrap_or_default();
    if !signed.is_empty() {
        return (signed, true);
    }
    let text = body.trim_start().trim_start_matches(['>', ' ', '"', '“', '*', '_']);
    (name_run(text.split_inclusive(['.', '!', '?', '\n']).next().unwrap_or("")), false)
}

/// The text of a story's last signature line ("> — Priscilla Vandermolen,
/// Hutchinson" → "Priscilla Vandermolen, Hutchinson").
fn signature_line(body: &str) -> Option<&str> {
    body.lines()
        .rev()
        .map(|l| l.trim_start_matches(['>', ' ']))
        .find(|l| l.starts_with('—') || l.starts_with("--") || l.starts_with("– "))
        .map(|l| l.trim_start_matches(['—', '-', '–', ' ']))
}

/// The page says `word` (a given name, lower case) signed the consent:
/// "Samuel's signed consent", "with Samuel's permission".
fn consented_by(body: &str, word: &str) -> bool {
    static SIGNED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?i)(\p{L}+)['’]s\s+(?:signed\s+|written\s+)?(?:consent|permission|authori[sz]ation)\b").unwrap()
    });
    SIGNED.captures_iter(body).any(|c| fold_accents(&c[1].to_lowercase()) == word)
}

/// The signature line names `word` (lower case): the signer's school,
/// employer or town ("— Danielle Okafor-Strand, teacher, Faris Elementary").
fn signature_has(body: &str, word: &str) -> bool {
    signature_line(body).is_some_and(|l| l.split(|c: char| !c.is_alphabetic()).any(|w| fold_accents(&w.to_lowercase()) == word))
}

/// The words of the run of title-case words that opens `line`, when it has
/// two or more and starts with a given name.
fn name_run(line: &str) -> Vec<String> {
    let mut run: Vec<&str> = Vec::new();
    for tok in line.split_whitespace() {
        let w = tok.trim_matches(|c: char| !c.is_alphabetic());
        if !(w.chars().next().is_some_and(char::is_uppercase) && w.chars().skip(1).any(char::is_lowercase)) {
            break;
        }
        run.push(w);
        if tok.ends_with([',', ';', ':', '.', ')']) {
            break;
        }
    }
    let first = run.first().map(|w| bare(w).to_lowercase()).unwrap_or_default();
    if run.len() < 2 || !super::is_given_name(&first) || crate::compliance::phi::words::reads_as_word(&first) {
        return Vec::new();
    }
    run.iter()
        .flat_map(|w| bare(w).to_lowercase().split('-').map(str::to_string).collect::<Vec<_>>())
        .filter(|p| !p.is_empty() && (super::is_given_name(p) || !crate::compliance::phi::words::reads_as_word(p)))
        .map(|p| fold_accents(&p))
        .collect()
}

/// The relative `word` undergoes care of their own: the name's sentence,
/// or the next one by "she/he", has them undergo it ("Amrit … had her left
/// kidney removed"; "… on Linda. Last year she was diagnosed with type 2
/// diabetes herself"). A relative who only helps with the signer's care is
/// covered by the story.
fn kin_with_own_care(body: &str, word: &str) -> bool {
    use crate::compliance::phi::frame::PERSONAL_EVENT;
    use std::sync::LazyLock;
    static OWN: LazyLock<regex::Regex> =
        LazyLock::new(|| regex::Regex::new(&format!(r"(?i)^[^.;!?]{{0,140}}?\b{PERSONAL_EVENT}")).unwrap());
    static NEXT: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(&format!(r"(?i)^[^.;!?]*[.!?]\s+(?:[^.;!?]{{0,40}}?\b)?(?:she|he)\s+(?:[\w'-]+\s+){{0,2}}?{PERSONAL_EVENT}"))
            .unwrap()
    });
    body.match_indices(|c: char| c.is_uppercase()).any(|(i, _)| {
        let rest = &body[i..];
        let w: String = rest.chars().take_while(|c| c.is_alphabetic() || *c == '\'' || *c == '’' || *c == '-').collect();
        let after = &rest[w.len()..];
        fold_accents(&w.to_lowercase()) == *word
            && !after.starts_with(|c: char| c.is_alphanumeric())
            && (OWN.is_match(after) || NEXT.is_match(after))
    })
}

/// Emit `phi/name` findings (none when a valid authorization covers names;
/// then only the other people the story names, read from `body`).
/// `form` is the authorisation's form reference: a person it names ("signed
/// by Oksana for herself and as parent of Danylo") is covered by it.
pub(in crate::compliance::phi) fn report(n: &Names, names_authorized: bool, body: &str, form: &str, out: &mut Vec<Finding>) {
    if names_authorized {
        others_in_consented_story(n, body, form, out);
        return;
    }
    // Weak hits (a name and a clinical word, no patient frame) are not
    // reported: on real practice sites they are staff, authors and places.
    for h in n.hits.iter().filter(|h| h.level == Level::Strong) {
        let (sev, why) = match h.level {
            Level::Strong => (Severity::Error, "next to a patient cue"),
            Level::Weak => (Severity::Warning, "in the same sentence as clinical details"),
        };
        out.push(finding(
            "phi/name",
            sev,
            h.pos,
            format!(
                "person name {} {why}: naming a patient discloses PHI; remove or anonymise it, or add a signed `authorization` covering `name` if this is a consented story",
                quote(&h.text)
            ),
        )
        .about(&h.text));
    }
}
