//! What sets a given name off as a person's in the other-language frames
//! of [`super::foreign_story`] (split from it in round 68): a death told
//! right after the name, the person's own care told with a possessive,
//! and a given name with an age or an occupation.

use std::sync::LazyLock;

use regex::Regex;

use super::allow::Allowlist;
use super::lexicon;
use super::names::is_given_name;

/// The person's own care later in their sentence, told with a possessive
/// of the third person ("Wie Marlene Jäckle ihre Depression besiegte",
/// "Hoe Wietske haar eetstoornis te lijf ging", "Giulia e la sua
/// leucemia"; round 68): whose illness it is needs no age or title.
pub(super) fn own_care(rest: &str) -> bool {
    static POSSESSIVE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)\b(?:ihre[mnrs]?|seine[mnrs]?|ihr|sein|haar|zijn|la\s+sua|il\s+suo|le\s+sue|i\s+suoi|sa|son|ses|su|sus|seu|sua)\s+",
        )
        .unwrap()
    });
    // "Simone Biles a parlé publiquement de sa médication": a public
    // figure's own account.
    static PUBLICLY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:öffentlich|publiquement|públicamente|publicamente|pubblicamente|openlijk|in\s+(?:einem|un|een)\s+interview|en\s+(?:una\s+)?entrevista|dans\s+une\s+interview|in\s+un['’]intervista)\b").unwrap()
    });
    !PUBLICLY.is_match(rest)
        && POSSESSIVE.find_iter(rest).any(|m| {
            let next: String = rest[m.end()..].split_whitespace().take(2).collect::<Vec<_>>().join(" ");
            super::foreign_roles::happened(&next)
        })
}

/// A death told right after a name: "ci ha lasciato", "nous a quittés",
/// "ist verstorben", "is overleden", "nos dejó", "faleceu". With an
/// illness in the window it is a patient's memorial (round 68, set DB).
static DIED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s+(?:ci\s+ha\s+lasciat[oi]|ci\s+ha\s+lasciata|è\s+mort[oa]|è\s+scompars[oa]|è\s+volat[oa]\s+in\s+cielo|nous\s+a\s+quitt[ée]e?s?|est\s+décédée?|est\s+partie?|nos\s+dej[óo]|falleció|murió|faleceu|morreu|nos\s+deixou|ist\s+(?:verstorben|gestorben|eingeschlafen)|starb|verstarb|is\s+overleden|overleed|is\s+gestorven|stierf)\b").unwrap()
});

/// Whether a death is told right after a name (see [`DIED_AFTER`]).
pub(super) fn died_after(rest: &str) -> bool {
    DIED_AFTER.is_match(rest)
}

/// A given name alone, or before a surname that is no place, set off by
/// an age or an occupation (`cue`): a person, even when the given name is
/// also a town's ("Anna Oldenhuis, 67, …": Anna, Illinois; round 68).
pub(super) fn set_off_given(tokens: &[&str], first: &str, cue: bool) -> bool {
    let surname_after = tokens.len() == 2 && {
        let last = tokens[1].to_lowercase();
        !lexicon::is_place(&last) && (lexicon::is_surname(&last) || !super::words::reads_as_word(&last))
    };
    cue && (tokens.len() == 1 || surname_after) && is_given_name(first)
}

/// A staff member's given name alone, with an age (the caller's), that is
/// someone else: "Andrea, 19 anni, portiere … si è fratturato lo scafoide"
/// where Dr Andrea Mauri is staff, with care that happened in `window`, is
/// a namesake in our care, as the English frames read it (round 64; the
/// team's ages are not told); and "Geert (58)" where only Geertje is staff
/// is someone else whatever the window tells (round 68).
pub(super) fn namesake(tokens: &[&str], window: &str, allow: &Allowlist) -> bool {
    tokens.len() == 1 && (super::foreign_roles::happened(window) || allow.is_staff_prefix_only(tokens[0]))
}
