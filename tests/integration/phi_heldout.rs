//! Held-out evaluation of the PHI guard (issue 9): sixty-seven fictitious
//! practice sites of cases written by people who never saw the guard's code, each
//! with `expected.json` (`flag` or `clean`, and why).
//!
//! Each set runs `carepress check --only phi,consent,reply` once and is
//! scored: a `flag` file is caught when it has a finding of severity
//! `error` or `warning`; a `clean` file is wrongly flagged when it has one
//! (`note` findings, the allow entries in force, are ignored). A set must
//! load without any `build/*` finding, and every file `expected.json` names
//! must exist.
//!
//! The floors are the scores measured when the set was last scored, so a
//! change can only improve them. History (caught / clean flagged; issue 9's
//! targets are >= 95 % / <= 5 %): each set was scored once on the guard of
//! its time, then used to brief the next round, so only its first score is
//! an unseen figure.
//! - A (80 cases, family clinic): 69.0 % / 5.3 % after round 1.
//! - B (93 cases, family medicine): 52.2 % / 12.8 % after round 2.
//! - C (84 cases, physiotherapy and sports): 66.7 % / 2.4 % after round 3.
//! - D (85 cases, rural hospital): 69.0 % / 9.3 % on the final guard of
//!   that session, scored once: the honest unseen figure.
//! - Round 5 (2026-12-02, A–D as dev sets): A 95.2 / 5.3, B 73.9 / 6.4,
//!   C 78.6 / 2.4, D 78.6 / 4.7.
//! - E (90 cases, pediatric/family dental group, 2026-12-02): 71.1 % /
//!   11.1 % on the round-5 guard, scored once after the last guard change:
//!   the honest unseen figure (the start-of-session guard, 7ee11fb, scores
//!   62.2 % / 4.4 % on it: more caught, more clean pages flagged).
//! - F (108 cases, women's health practice, 2026-12-02): 79.6 % / 13.0 %,
//!   scored once on the final guard of that session (commit 7775681): the
//!   honest unseen figure (the start-of-session guard scores 75.9 / 14.8).
//! - Round 6 (after F was written, before it was scored; A–E as dev sets):
//!   A 95.2 / 5.3, B 80.4 / 4.3, C 90.5 / 2.4, D 90.5 / 2.3, E 82.2 / 0.0.
//! - Round 7 (after F was scored; real-site fixes): A 95.2 / 2.6, the
//!   others unchanged (F 79.6 / 13.0 is now a seen set too).
//!
//! - G (136 cases, behavioral health practice, 2026-12-02, second session):
//!   **57.4 % / 10.3 %**, scored once on the frozen guard of round 8 (commit
//!   d719577): the honest unseen figure. The start-of-session guard
//!   (aafacf1) scored 57.4 / 11.8 on it: round 8's rules, written from the
//!   seen sets A–F, caught no more of an unseen practice type.
//! - Round 8 (A–F as dev sets, before G was scored): A 97.6 / 0.0,
//!   B 93.5 / 2.1, C 97.6 / 0.0, D 95.2 / 0.0, E 91.1 / 0.0, F 96.3 / 5.6.
//!   After G was scored (behavioral-health vocabulary, pseudonyms): G 69.1 /
//!   10.3 (a seen figure), the others unchanged. Then authors in a list,
//!   a work's characters, organisations' phone lines and a sentence's first
//!   word in a field ("Short days …"): G 67.6 / 4.4, C 95.2. The catches
//!   lost were accidental: "Case" and "House" in two titles had been read as
//!   names on pages whose real problem (a chart's dates in list items, a
//!   teacher's unique role) no rule reports; they are misses now, honestly.
//! - Round 9 (2026-12-02, third session; A–G as dev sets): members of care
//!   groups, clinicians' relatives in care, greetings and addresses about
//!   one person's care, multilingual cues, aliases and tags: G 95.6 / 4.4,
//!   the others unchanged.
//! - H (164 cases, community cancer and heart centre with hospice and
//!   cardiac rehab, 2026-12-02, third session): **69.5 % / 12.2 %**, scored
//!   once on the frozen guard of round 9 (commit 3102375): the honest unseen
//!   figure. The start-of-session guard (d424d54) scores 65.9 / 11.0 on it.
//!   After scoring (seen since): tables and inline lists of a care group's
//!   members, a care group's contact list, one's own named drug: 76.8 / 12.2.
//! - Round 10 (2026-12-02, fourth session; H seen): families by surname,
//!   "you know <Name>:", home-care nouns: H 81.7 / 12.2, the others unchanged.
//!   Rounds 10-11 otherwise worked on real sites (signed testimonials).
//! - I (112 cases: 50 flag, 62 clean; orthopaedic and sports-surgery centre
//!   with eye and hearing clinics, 2026-12-02, fifth session): **80.0 % /
//!   6.5 %**, scored once on the frozen guard of round 12 (commit b2c3e26):
//!   the honest unseen figure. The start-of-session guard (b2deb7d) scores
//!   the same on it: round 12's rules came from real sites' false alarms.
//!   Round 13 (I seen): a staff member's namesake or relative with an age
//!   and an event, a titled non-staff patient, contacts beside "who had …
//!   replaced", a member ID "entered as": I 90.0 / 6.5, the others unchanged;
//!   then a nickname in parentheses in a bio ("Dr. Takahara (Wendy, …)"):
//!   I 90.0 / 4.8.
//! - Round 16 (2026-12-03, seventh session; all sets seen): famous people,
//!   an occupation that is not staff when the person has the event, "Mrs. P"
//!   and "Coach K", "their …" appositives, weeks of radiation: A 100.0 / 0.0,
//!   G 95.6 / 2.9, H 84.1 / 11.0, I 92.0 / 4.8, the others unchanged (F's
//!   remembrance-walk case is now caught at its patient, not at the school
//!   named after a famous person it had hit by accident).
//! - J (126 cases: 61 flag, 65 clean; primary-care and urgent-care group
//!   with travel medicine, dermatology and a sleep lab, 2026-12-03, eighth
//!   session, written blind on branch set-j): **72.1 % / 7.7 %**, scored
//!   once on the guard of round 17 (commit ad2780a, whose rules came from
//!   real sites, plus the two crash fixes of a3d0584: the set's Spanish
//!   review reply had made every earlier guard panic): the honest unseen
//!   figure. Round 18 (J seen): words that are given names described as a
//!   person ("Summer, a 19-year-old lifeguard at …"), review replies that
//!   tell the practice's own change on a date or policy for everyone, a
//!   page title that names what a review was about, Spanish and French care
//!   words in replies: J 77.0 / 3.1, the others unchanged. Then pages whose
//!   front matter says they are about public or historical figures
//!   ("talked publicly", "famous", a year before 1990): J 77.0 / 0.0.
//!
//! - K (149 cases: rural critical-access hospital with rehab, birth center
//!   and hospice, ninth session): 72.2 % / 5.2 % unseen; 79.2 / 5.2 after
//!   round 19.
//! - L (152 cases: community health center, tenth session): **73.3 % /
//!   3.9 %**, scored once on the session-start guard (694ca8a). Round 20
//!   (L seen; also H, J, K's misses): a second patient in a consented
//!   story, nicknames and first names described by a role or an age with
//!   their care after them, a unique local role with the time of care,
//!   dated cases beside their clinician, Swahili and Creole ages, program
//!   participants, care vocabulary (sleep studies, screenings, ulcers,
//!   dentures, shots): B 95.7, E 93.3, G 97.1, H 89.0 / 11.0, J 90.2 /
//!   0.0, K 86.1 / 5.2, L 90.7 / 3.9, the others unchanged.
//!
//! - M (154 cases: dermatology, plastic surgery, med spa and IVF, tenth
//!   session, written after round 20's first commits): **63.2 % / 9.0 %**
//!   scored once on the frozen round-20 guard (8327333); 73.7 / 7.7 after.
//!   Round 21 (eleventh session): 75.0 / 7.7, the others unchanged.
//! - N (189 cases: a small integrative practice with chiropractic, massage,
//!   acupuncture, podiatry, speech therapy and audiology, a chatty blog,
//!   Polish and Portuguese pages; 93 flag of which 72 HARD, 96 clean;
//!   eleventh session, build date 2026-12-01): **51.6 % / 4.2 %** scored
//!   once on the frozen round-21 guard (6cfbc60): the honest unseen figure.
//!   The session-start guard (8e59f99) scores 51.6 / 3.1 on it.
//! - Round 22 (after N and real-site set 14 were scored; seen since): the
//!   care words of integrative practices, an age before the name it is
//!   told of, valedictions and blockquote footers as signatures, replies
//!   confirming devices and visits, researchers who led a trial,
//!   contractions: N 63.4 / 4.2, I 96.0 / 4.8, the others unchanged.
//! - O (173 cases: a pediatric practice with NICU follow-up, school
//!   clinics, teen health, foster-care medicine, a parent blog, Spanish and
//!   Somali pages; 84 flag of which 67 HARD, 89 clean; eleventh session,
//!   build date 2026-12-03): **67.9 % / 6.7 %** scored once on the frozen
//!   round-22 guard (e0ff8ad): the honest unseen figure. The session-start
//!   guard (8e59f99) scores the same, 67.9 / 6.7: rounds 21 and 22 caught
//!   nothing more of it.
//!
//! - Round 55 (thirty-first session): the page model (`phi/story`) raised
//!   most sets (floors raised to its scores; some clean ceilings too, the
//!   price of its catches). It then stopped reading pages with an
//!   `authorization` (consented stories are the consent rules'), which
//!   lowered three seen sets' catch floors by one case each (K, U, Z: an
//!   authorised page that names someone else) and cleared six clean pages.
//!
//! - Round 56 (thirty-second session): the page model's second version
//!   (the words of the page beside its 33 features, fitted on all 45 sets
//!   and the real sites' pages, threshold 0.90; `story/mod.rs`). Every
//!   set is now a fitted set, so its figures are optimistic. Most floors
//!   rose; three seen sets lost catches the first model made between 0.70
//!   and 0.90 (M 81.5 → 80.2, Q 78.7 → 75.0, X 95.0 → 94.1: a forklift
//!   driver's drug screen, a child named through his mother, a sawyer's
//!   nickname, a donor's surgery, a coach's initials). AT and AU, kept
//!   unscored for it, and AV and AW, written while it was built, are its
//!   blind sets (scores in their tests).
//!
//! - Blind sets since (AX onwards): each was written by a helper while the
//!   guard was frozen, scored once on it, and its blind scores are in its
//!   test's doc comment; the floor is the score of the guard that moved it
//!   here, and later changes only raise it.
//!
//! `cargo test --test integration phi_heldout -- --nocapture` prints every score and miss.

use crate::support;
use std::collections::BTreeMap;

/// One held-out set: its fixture folder (under tests/fixtures/) and its
/// regression floors (percent).
struct Set {
    fixture: &'static str,
    catch_floor: f64,
    clean_ceiling: f64,
}

#[test]
fn set_a_family_clinic() {
    score(Set { fixture: "phi-heldout", catch_floor: 100.0, clean_ceiling: 0.0 });
}

#[test]
fn set_b_family_medicine() {
    score(Set { fixture: "phi-heldout-b", catch_floor: 100.0, clean_ceiling: 2.2 });
}

#[test]
fn set_c_physiotherapy() {
    score(Set { fixture: "phi-heldout-c", catch_floor: 97.6, clean_ceiling: 0.0 });
}

#[test]
fn set_d_rural_hospital() {
    score(Set { fixture: "phi-heldout-d", catch_floor: 100.0, clean_ceiling: 0.0 });
}

#[test]
fn set_e_pediatric_family_dental() {
    // 95.5 since the page model's third version (thirty-third session): one
    // case the rules missed and the second version caught is under its
    // threshold now.
    score(Set { fixture: "phi-heldout-e", catch_floor: 93.3, clean_ceiling: 2.3 });
}

#[test]
fn set_f_womens_health() {
    // Ceiling 7.5 since round 68: the set labels clean a testimonial whose
    // authorisation leaves out `rss` (its section has no feed), and
    // `consent/scope` now reads every page as on all three channels unless
    // its `channels` says otherwise, as 133 of the 135 such cases of the
    // other sets expect (README "Decisions of round 68").
    score(Set { fixture: "phi-heldout-f", catch_floor: 98.1, clean_ceiling: 7.5 });
}

/// Site-relative `content/...` path of a finding's file.
#[test]
fn set_g_behavioral_health() {
    score(Set { fixture: "phi-heldout-g", catch_floor: 100.0, clean_ceiling: 1.5 });
}

#[test]
fn set_h_cancer_and_heart_center() {
    score(Set { fixture: "phi-heldout-h", catch_floor: 97.5, clean_ceiling: 8.6 });
}

fn content_path(file: &str) -> String {
    let s = file.replace('\\', "/");
    match s.find("content/") {
        Some(i) => s[i..].to_string(),
        None => s,
    }
}

/// Runs the guard on one set (`fixture`, relative to the crate folder it
/// runs in); returns the rules found per file (errors and warnings only),
/// after checking the set loads cleanly.
fn findings(fixture: &str, now: &str) -> BTreeMap<String, Vec<String>> {
    let out = support::run(&["check", "--root", fixture, "--now", now, "--format", "json", "--only", "phi,consent,reply"]);
    let all: Vec<serde_json::Value> =
        serde_json::from_str(out.stdout.trim()).unwrap_or_else(|e| panic!("{fixture}: no JSON array ({e})\nstderr:\n{}", out.stderr));
    // An authorisation missing a required key is refused by the loader
    // itself (`build/missing-key`): the strongest verdict a flag case can
    // get (set AA has one). Any other loading error is a broken set.
    let broken: Vec<&serde_json::Value> = all
        .iter()
        .filter(|f| f["rule"].as_str().unwrap_or("").starts_with("build/") && f["rule"].as_str() != Some("build/missing-key"))
        .collect();
    assert!(broken.is_empty(), "{fixture} does not load cleanly: {broken:#?}");
    let mut by_file: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for f in all.iter().filter(|f| matches!(f["severity"].as_str(), Some("error" | "warning"))) {
        by_file.entry(content_path(f["file"].as_str().unwrap_or(""))).or_default().push(f["rule"].as_str().unwrap_or("?").into());
    }
    by_file
}

fn score(set: Set) {
    let root = support::fixture(set.fixture);
    let fixture = format!("tests/fixtures/{}", set.fixture);
    let text = std::fs::read_to_string(root.join("expected.json")).unwrap_or_else(|e| panic!("{fixture}: expected.json: {e}"));
    let expected: serde_json::Value = serde_json::from_str(&text).expect("expected.json is JSON");
    let cases = expected["files"].as_object().expect("expected.json has `files`");
    let missing: Vec<&String> = cases.keys().filter(|name| !root.join(name).is_file()).collect();
    assert!(missing.is_empty(), "{fixture}: expected.json names missing files: {missing:?}");
    // The build date the set was written for (`now` in expected.json; sets
    // A to M were all written for 2026-11-27).
    let now = expected["now"].as_str().unwrap_or("2026-11-27");
    let found = findings(&fixture, now);
    let (mut flags, mut caught, mut cleans, mut wrong) = (0usize, 0usize, 0usize, 0usize);
    let mut report = Vec::new();
    for (name, case) in cases {
        let why = case["why"].as_str().unwrap_or("");
        match (case["expect"].as_str(), found.get(name)) {
            (Some("flag"), hit) => {
                flags += 1;
                match hit {
                    Some(_) => caught += 1,
                    None => report.push(format!("  MISSED  {name}\n          why: {why}")),
                }
            }
            (Some("clean"), hit) => {
                cleans += 1;
                if let Some(rules) = hit {
                    assert!(!rules.iter().any(|r| r.starts_with("build/")), "{fixture}: clean case {name} does not load: {rules:?}");
                    wrong += 1;
                    report.push(format!("  FLAGGED {name} [{}]\n          why clean: {why}", rules.join(", ")));
                }
            }
            (other, _) => panic!("{name}: `expect` is {other:?}, not flag or clean"),
        }
    }
    let catch = 100.0 * caught as f64 / flags.max(1) as f64;
    let clean = 100.0 * wrong as f64 / cleans.max(1) as f64;
    println!("{fixture} ({} cases)", flags + cleans);
    println!("  caught:        {caught}/{flags} = {catch:.1} %  (floor {} %)", set.catch_floor);
    println!("  clean flagged: {wrong}/{cleans} = {clean:.1} %  (ceiling {} %)", set.clean_ceiling);
    println!("{}", report.join("\n"));
    assert!(catch >= set.catch_floor, "{fixture}: caught {catch:.1} % < floor {} %", set.catch_floor);
    assert!(clean <= set.clean_ceiling, "{fixture}: clean flagged {clean:.1} % > ceiling {} %", set.clean_ceiling);
}

#[test]
fn set_i_orthopaedic_eye_and_hearing_center() {
    score(Set { fixture: "phi-heldout-i", catch_floor: 98.0, clean_ceiling: 3.3 });
}

#[test]
fn set_j_primary_urgent_travel_skin_and_sleep() {
    score(Set { fixture: "phi-heldout-j", catch_floor: 91.8, clean_ceiling: 0.0 });
}

/// Set K (149 cases, a rural critical-access hospital with rehab, a birth
/// center and a hospice), written blind; scored once on the session-start
/// guard (107d084): 72.2 % caught, 5.2 % clean flagged. Floors at the score
/// after round 20 (79.2 after round 19).
#[test]
fn set_k_rural_hospital_rehab_birth_center_and_hospice() {
    score(Set { fixture: "phi-heldout-k", catch_floor: 94.4, clean_ceiling: 5.2 });
}

/// Set L (152 cases: 75 flag, 77 clean; a federally qualified community
/// health center with school clinics, a mobile van, refugee health,
/// dental, behavioral health and MAT, a pharmacy, WIC and street medicine),
/// written blind on branch set-l; scored once on the session-start guard
/// (694ca8a): **73.3 % caught, 3.9 % clean flagged**, the honest unseen
/// figure. Floors at the score after round 20 (tenth session).
#[test]
fn set_l_community_health_center() {
    score(Set { fixture: "phi-heldout-l", catch_floor: 97.3, clean_ceiling: 3.9 });
}

/// Set M (154 cases: 76 flag, 78 clean; a dermatology, Mohs, plastic
/// surgery, med spa and IVF practice), written blind on branch set-m after
/// round 20's first commits; scored once on the frozen round-20 guard
/// (8327333): **63.2 % caught, 9.0 % clean flagged**, the honest unseen
/// figure (the session-start guard 694ca8a: 63.2 / 7.7). Floors at the
/// score after the fixes that followed (aesthetic and fertility care
/// words, care at the practice told after a name, a sister with the same
/// surname in a consented story, plural acronyms in slugs).
#[test]
fn set_m_dermatology_plastic_surgery_and_ivf() {
    score(Set { fixture: "phi-heldout-m", catch_floor: 89.4, clean_ceiling: 5.2 });
}

#[test]
fn set_n_integrative_practice() {
    score(Set { fixture: "phi-heldout-n", catch_floor: 80.6, clean_ceiling: 4.2 });
}

/// Set O scored 67.9 % / 6.7 % once on the frozen round-22 guard; the floor
/// is the score after round 23 (an age or the practice's care with
/// everyday health words, "on our asthma plan" no staff introduction,
/// patients' care in other languages; 78.6 % after round 27).
#[test]
fn set_o_pediatric_practice() {
    score(Set { fixture: "phi-heldout-o", catch_floor: 92.8, clean_ceiling: 5.7 });
}

/// Set P (a hospital system's newsroom, 200 cases) was scored once, blind,
/// on the session-start guard and on the round-23 guard: 69.5 % caught,
/// 6.7 % clean flagged on both (the first count, 71.6 / 12.4, included 14
/// `build/missing-image` errors: the set's author referenced photos without
/// writing them; one stand-in JPEG now sits at each path). The floor is the
/// score after round 23, which was written from its misses (82.1 %).
#[test]
fn set_p_hospital_newsroom() {
    score(Set { fixture: "phi-heldout-p", catch_floor: 90.5, clean_ceiling: 5.8 });
}

/// Set Q (an urgent care and occupational health group, 166 cases) was
/// scored once, blind, on the session-start guard and on the final
/// round-23 guard: 62.5 % caught, 1.2 % clean flagged on both (after its
/// six front-matter images were written from static/, as the build's hint
/// says). The floor is the score after round 24, which was written from
/// its misses (70.0 %).
#[test]
fn set_q_urgent_care_and_occupational_health() {
    score(Set { fixture: "phi-heldout-q", catch_floor: 87.5, clean_ceiling: 1.2 });
}

/// Set R (an OB/GYN, midwifery and fertility practice, 197 cases, pages in
/// German, Arabic and Russian) was scored once, blind, on the
/// session-start guard and on the final round-24 guard: 57.7 % caught,
/// 4.0 % clean flagged on both. The floor is the score after round 25,
/// which was written from its misses (61.9 %).
#[test]
fn set_r_womens_health_and_birth_center() {
    score(Set { fixture: "phi-heldout-r", catch_floor: 83.5, clean_ceiling: 4.0 });
}

/// Set S (a community health centre network in New Mexico, 201 cases,
/// pages in Spanish, Navajo and Vietnamese) was scored once, blind, on the
/// session-start guard and on the final round-25 guard: 63.6 % caught,
/// 9.8 % clean flagged on both. The floor is the score after round 27
/// (round 26 was written from its misses: 70.7 %; round 27 71.7 %).
#[test]
fn set_s_community_health_centre() {
    score(Set { fixture: "phi-heldout-s", catch_floor: 84.8, clean_ceiling: 7.9 });
}

/// Set T (a children's and family outpatient group in Wales, England and
/// Ireland, 209 cases, pages in Welsh, Irish, Polish and Urdu) was scored
/// once, blind, on the session-start guard (b57bea1) and on the final
/// round-26 guard (c554550): 41.0 % caught (41/100), 6.4 % clean flagged
/// (7/109) on both. (The first count, 47.0 / 18.3, included 25
/// `build/missing-image` errors: its pages write front-matter images as
/// Hugo users do, "images/team/x.jpg" for a file under static/, which
/// carepress now reads so; no file of the set was changed.) The floor and
/// ceiling are the scores after round 27, which was written from its
/// misses and false alarms: 48.0 % caught, 4.6 % clean flagged; round 29
/// (an age beside a condition in plain words) raised it to 53.0 %.
#[test]
fn set_t_childrens_and_family_outpatients() {
    score(Set { fixture: "phi-heldout-t", catch_floor: 72.0, clean_ceiling: 3.7 });
}

/// Set U (an orthopaedic, rehabilitation and aged-care group in Australia
/// and New Zealand, 254 cases, pages in te reo Māori, Samoan, simplified
/// Chinese, Greek and Vietnamese) was scored once, blind, on the
/// session-start guard (a036f88) and the round-29 guard: 61.5 % caught
/// (75/122), 7.6 % clean flagged (10/132) on both. Round 30 (seventeenth
/// session) was written from its misses: other countries' identifier
/// labels, members of a care group, a named age over 89, Chinese forms of
/// address, ages in Greek, Samoan and Māori: 71.3 % caught (87/122), 7.6 %
/// clean flagged, a seen figure.
#[test]
fn set_u_orthopaedic_rehab_and_aged_care() {
    score(Set { fixture: "phi-heldout-u", catch_floor: 87.7, clean_ceiling: 5.4 });
}

/// Set V (a Canadian kidney, dialysis, transplant and diabetes network in
/// Ontario and Manitoba, 214 cases, pages in French, Punjabi, Tagalog and
/// Ojibwe/Cree) was written blind by a helper while round 30 was written
/// from set U, and scored once after it: 58.6 % caught (58/99), 7.0 % clean
/// flagged (8/115); the session-start guard (ed3a347) scores 56.6 / 7.0.
/// Round 31 was written from its misses: 76.8 % caught, 5.2 % clean flagged.
#[test]
fn set_v_kidney_and_diabetes_network() {
    score(Set { fixture: "phi-heldout-v", catch_floor: 90.9, clean_ceiling: 2.7 });
}

/// Set W (an eye and ear institute in Honolulu and Hilo, 225 cases, pages
/// in Japanese, Tagalog, Ilocano and Korean) was written blind by a helper
/// while round 31 was written from set V, and scored once after it: 62.4 %
/// caught (63/101), 9.7 % clean flagged (12/124), the same on the
/// session-start guard (caf846d). Round 32 (nineteenth session) was
/// written from its misses and false alarms: Japanese and Korean names and
/// labels, Tagalog and Ilocano care words, image file names, raw HTML's
/// text attributes, another patient in a consented story: 84.2 % caught,
/// 5.6 % clean flagged, a seen figure.
#[test]
fn set_w_eye_and_ear_institute() {
    score(Set { fixture: "phi-heldout-w", catch_floor: 90.0, clean_ceiling: 4.9 });
}

/// Set X (a dermatology and Mohs surgery practice in Miami and Hialeah,
/// 230 cases, pages in Spanish and Haitian Creole with Vietnamese
/// snippets) was written blind by a helper while round 32 was written from
/// set W, and scored once after it: 75.7 % caught (78/103), 7.1 % clean
/// flagged (9/127), the same on the session-start guard (fce415e); two
/// pages without the `date` their sections sort by were then given one.
/// Round 33 (twentieth session) was written from its misses and false
/// alarms: patients by a possessive, in apposition ("my very first Mohs
/// patient"), after "grateful patient" or "a bus driver named", in a list
/// of those who rang the bell, in Haitian Creole and Spanish; a number the
/// practice called; pages of the testimonials section that quote no patient;
/// an acronym's plural; a general truth about 90-year-olds; review replies
/// about the building or the website: 93.2 % caught, 0.0 % clean flagged,
/// a seen figure.
#[test]
fn set_x_dermatology_and_mohs_surgery() {
    score(Set { fixture: "phi-heldout-x", catch_floor: 97.0, clean_ceiling: 0.0 });
}

/// Set Y (a neurology and memory centre in Brampton and Mississauga,
/// Ontario, 271 cases; pages in Punjabi (Gurmukhi), Portuguese and Arabic,
/// snippets of Tamil and Tagalog) was written blind by a helper of the
/// twentieth session while round 33 was written from set X, and scored
/// once after it: 57.3 % caught (71/124), 4.1 % clean flagged (6/147); the
/// session-start guard (d95073e) scores 57.3 / 4.8. Round 34 (twenty-first
/// session) was written from its misses and false alarms: patients named
/// in Gurmukhi, Arabic and Tamil; labels of those languages and of
/// Portuguese; people enrolled in a memory clinic; a relative whose own
/// clause tells our care; file names and slugs joining a name to a test or
/// a condition; review replies in four languages: 90.3 % caught, 3.4 %
/// clean flagged, a seen figure.
#[test]
fn set_y_neurology_and_memory_centre() {
    score(Set { fixture: "phi-heldout-y", catch_floor: 95.1, clean_ceiling: 2.8 });
}

/// Set Z (a hospice and palliative care service in Papatoetoe, Auckland,
/// 272 cases; pages in te reo Māori, Samoan, Simplified Chinese and Hindi,
/// Tongan passages) was written blind by a helper of the twenty-first
/// session while round 34 was written from set Y, and scored once after
/// it: 42.4 % caught (53/125), 8.8 % clean flagged (13/147); the
/// session-start guard (9f6c486) scores 40.8 / 8.8. Round 35 (the same
/// session) was written from its misses and false alarms: a stay or a
/// death in our care, a hospice room with one person in it, lists of those
/// "cared for by us", Māori, Samoan, Tongan and Hindi care words, a
/// historic birth date, a volunteer or trustee the title names: 76.0 %
/// caught, 6.1 % clean flagged, a seen figure.
#[test]
fn set_z_hospice_and_palliative_care() {
    score(Set { fixture: "phi-heldout-z", catch_floor: 84.8, clean_ceiling: 6.9 });
}

/// Set AA (an allergy, asthma, respiratory and sleep clinic in Melbourne,
/// 272 cases; pages in Greek, Italian and Nepali, Vietnamese passages) was
/// written blind by a helper of the twenty-first session while round 35
/// was written from set Z, and scored once after it: 63.8 % caught
/// (81/127), 6.2 % clean flagged (9/145); the session-start guard (9f6c486)
/// scores 60.6 / 6.2. One flag page (an authorisation without an `id`) is
/// refused by `build` itself. Round 36 (twenty-second session) was written
/// from it: 75.6 % caught, 4.8 % clean flagged, a seen figure.
#[test]
fn set_aa_allergy_respiratory_and_sleep() {
    // 88.1 since the page model's third version: one case the second
    // version caught is under its threshold now.
    score(Set { fixture: "phi-heldout-aa", catch_floor: 89.7, clean_ceiling: 4.9 });
}

/// Set AB (written blind in the twenty-second session): a fertility, IVF
/// and reproductive-medicine clinic in Montréal and Laval, a third of its
/// pages in Québec French, with Haitian Creole and Spanish passages; donor
/// anonymity, RAMQ numbers and embryo straw IDs. Its blind score (round
/// 36's guard, and the same with the session-start guard): 74.8 % caught,
/// 6.5 % clean flagged. Round 37 was written from it: 86.7 % caught, 6.5 %
/// clean flagged, a seen figure.
#[test]
fn set_ab_fertility_and_ivf() {
    score(Set { fixture: "phi-heldout-ab", catch_floor: 92.5, clean_ceiling: 6.5 });
}

/// Set AC (written blind in the twenty-second session while rounds 36 and
/// 37 were written): a urology and men's health clinic in Johannesburg
/// and Soweto, 270 cases, with Afrikaans pages and isiZulu and Sesotho
/// passages; SA ID numbers, medical-aid numbers, outreach screening days.
/// Its blind score (round 37's guard, and the same with the session-start
/// guard 9fc26b4): 55.8 % caught (72/129), 8.5 % clean flagged (12/141);
/// round 38 (a short one) was then written from it: 59.7 % caught, 8.5 %
/// clean flagged, a seen figure.
#[test]
fn set_ac_urology_and_mens_health() {
    score(Set { fixture: "phi-heldout-ac", catch_floor: 88.3, clean_ceiling: 5.7 });
}

/// Set AD (written blind in the twenty-third session while round 39 was
/// written): an NHS GP surgery with a community pharmacy and a travel
/// clinic in Tower Hamlets, East London, 272 cases, with Bengali (Bangla
/// script and Sylheti in Latin letters), Urdu, Polish, Somali and
/// Lithuanian pages and replies; NHS numbers, NI numbers, UK postcodes
/// and plates. Its blind score (round 39's guard): 58.8 % caught (80/136),
/// 5.9 % clean flagged (8/136); the session-start guard (11ec3f8) scored
/// 56.6 % and 5.9 % on it, the first blind set a round's general rules
/// moved. Round 40 was then written from it: 65.4 % caught, 5.9 % clean
/// flagged, a seen figure.
#[test]
fn set_ad_gp_surgery_and_pharmacy_east_london() {
    score(Set { fixture: "phi-heldout-ad", catch_floor: 83.8, clean_ceiling: 5.9 });
}

/// Set AE (written blind in the twenty-third session while round 40 was
/// written): a gastroenterology, liver and endoscopy centre with a
/// bariatric programme in Singapore and Johor Bahru, 275 cases, with
/// Malay, Simplified Chinese, Tamil, Tagalog and Indonesian pages and
/// Singlish; NRIC and MyKad numbers, HDB addresses, CHAS cards. Its blind
/// score (round 40's guard): 52.2 % caught (70/134), 5.7 % clean flagged
/// (8/141); the session-start guard (11ec3f8) scored 51.5 % and 5.7 %.
/// One rule was then written from it (a staff surname inside someone
/// else's full name): 53.0 % caught, a seen figure.
#[test]
fn set_ae_gastro_liver_and_bariatric_singapore() {
    score(Set { fixture: "phi-heldout-ae", catch_floor: 79.8, clean_ceiling: 5.7 });
}

/// Set AF (written blind in the twenty-fourth session while round 41 was
/// written): a community addiction, recovery and harm-reduction service
/// with a sports medicine and physiotherapy clinic in Cork, an outreach
/// van in West Cork and a partner drop-in in Limerick, 271 cases, with
/// Irish and Polish pages and replies; PPS numbers, Eircodes, IHI and
/// medical card numbers, GAA and rugby clubs. Its blind score (round 41's
/// final guard, d11f4db): 61.8 % caught (81/131), 9.3 % clean flagged
/// (13/140); the session-start guard (38d76f1) scored 59.5 % and 10.0 %.
/// Round 41's rules were written from sets AA-AE, not from it; the three
/// cases they added are an unseen relative's care under an authorisation,
/// a club role with a minor's concussions, and a first name with an age.
#[test]
fn set_af_addiction_recovery_and_sports_medicine_cork() {
    score(Set { fixture: "phi-heldout-af", catch_floor: 77.8, clean_ceiling: 5.8 });
}

/// Set AG (written blind in the twenty-fifth session while rounds 42 and 43
/// were written): an ENT, sleep and hearing clinic in Singapore and Johor
/// Bahru, 271 cases, with family-name-first Chinese names, Malay bin/binti
/// and Tamil s/o names, masked NRIC and MyKad numbers, Malay and Chinese
/// pages. Its blind score, the same on the session-start guard (b7c106f)
/// and on round 43's final guard: 64.4 % caught (87/135), 8.8 % clean
/// flagged (12/136). Rounds 42 and 43 were written from the real sites'
/// false alarms and held-out set 20, not from it. Seen since: the
/// national identity numbers by shape (NRIC/FIN check letter, MyKad date)
/// and the lay honorifics (Mdm, Puan, Encik, Cik, in prose and in
/// identifiers) were written from its misses (67.4 %); rounds 44 to 46
/// (twenty-sixth session) were written from its misses and set AF's and
/// AE's (77.8 %, clean flagged 5.9 %).
#[test]
fn set_ag_ent_sleep_and_hearing_singapore_johor() {
    // Round 53 lowered the floor by one case: a factory supervisor's
    // hearing-loss page had been caught only because "Mutiara Elektronik
    // Sdn Bhd" read as a person's name; after "at" two unknown words are a
    // place now, and the supervisor's own description is not found.
    score(Set { fixture: "phi-heldout-ag", catch_floor: 85.9, clean_ceiling: 4.5 });
}

/// Set AH (written blind in the twenty-sixth session while rounds 44 to 46
/// were written): a paediatric and adolescent practice in Ōtāhuhu,
/// Auckland, with a youth hub in Manukau, school clinics, visiting
/// midwives and a child-development service, 273 cases, with Māori,
/// Samoan, Tongan and Cook Islands names, pages in te reo Māori and
/// Pacific languages, NHI and Well Child numbers. Its blind score, the
/// same on the session-start guard (06d1208) and on round 46's final
/// guard: 71.9 % caught (97/135), 5.8 % clean flagged (8/138). Rounds 44
/// to 46 were written from sets AE-AG and the real sites, not from it.
/// Seen since: two words no name list knows beside an identifier's own
/// condition word (72.6 %). One fixture edit after scoring: the clean
/// case `development/ritalin-shortage.md` carried an `alert` outside a
/// news section (a build error, not a guard finding); the key is removed.
#[test]
fn set_ah_paediatrics_and_youth_health_auckland() {
    score(Set { fixture: "phi-heldout-ah", catch_floor: 85.9, clean_ceiling: 4.4 });
}

/// Set AI (twenty-seventh session, written blind by a helper from the
/// rules alone): a Toronto community health centre for refugees and
/// newcomers (family medicine, prenatal, trauma counselling, TB screening,
/// a dental bus), with Arabic kunyas and patronymics, Tigrinya, Dari,
/// Somali, Tamil, Spanish and Ukrainian names, Ontario health card, UCI and
/// IFHP numbers, pages in French and Arabic, and a CSV visit log in a
/// bundle (which the guard did not read until round 50). Its blind score: 68.1 % caught
/// (92/135), 6.9 % clean flagged (10/144) on the session-start guard
/// (8611bf7); 69.6 % and 7.6 % on round 49's guard (4a730f7). Seen since:
/// a consented story's form reference names whom it covers (7.6 → 6.9 %);
/// round 50 (twenty-eighth session) reads bundle CSV files and knows the
/// SSA names given to 100-999 babies (71.9 %); round 51 reads health
/// card numbers by their check digit and stopping drinking as an event
/// (74.1 %).
#[test]
fn set_ai_newcomer_health_centre_toronto() {
    score(Set { fixture: "phi-heldout-ai", catch_floor: 89.6, clean_ceiling: 6.3 });
}

/// Set AJ (twenty-eighth session, written blind by a helper from the rules
/// alone): a rural federally qualified health centre in the Appalachian
/// coalfields (Kentucky/Virginia border: family medicine, obstetrics, a
/// buprenorphine program, a black-lung clinic, a school-based health
/// centre, a mobile unit, dental, a 340B pharmacy), 281 cases, with
/// Appalachian nicknames and kin names, Mexican and Guatemalan names,
/// label-free MBI and Medicaid numbers, Spanish pages and four bundle CSV
/// files. Its blind score: 63.0 % caught (85/135), 4.8 % clean flagged
/// (7/146) on the session-start guard (3656aed); 64.4 % (87/135) and 4.8 %
/// on round 50's guard (a349c72); 65.2 % (88/135) and 4.8 % on round 51's
/// final guard (ea939f9). Rounds 50 and 51 were written from set AI's
/// misses and the real sites, not from it.
/// Round 52 (twenty-ninth session) was written from its misses (a seen set
/// since): 80.0 % (108/135), 2.1 % (3/146).
#[test]
fn set_aj_rural_appalachian_health_centre() {
    score(Set { fixture: "phi-heldout-aj", catch_floor: 91.1, clean_ceiling: 2.1 });
}

/// Set AK (twenty-ninth session, written blind by a helper from the rules
/// alone): a family practice in Cape Town with a Khayelitsha HIV/TB and
/// chronic-care clinic, antenatal care, sports medicine for rugby, netball
/// and cricket clubs, a travel clinic and occupational health for harbour
/// workers; 291 cases (137 flag, 154 clean, 205 hard) with isiXhosa,
/// isiZulu, Afrikaans, Cape Malay, Indian South African and migrant
/// names, South African ID numbers with their Luhn digit, medical-aid and
/// folder numbers, isiXhosa and Afrikaans pages and bundle CSV files. Its
/// blind score: 63.5 % caught (87/137), 7.1 % clean flagged (11/154) on the
/// session-start guard (6086f06), and the same on the session's final guard
/// (round 52): round 52's rules, written from set AJ, caught nothing more
/// of it. Seen from the thirtieth session on: round 53 was written from
/// its misses.
#[test]
fn set_ak_cape_town_family_practice_and_hiv_tb_clinic() {
    score(Set { fixture: "phi-heldout-ak", catch_floor: 89.0, clean_ceiling: 5.9 });
}

/// Set AL (thirtieth session, written blind by a helper from the rules
/// alone): a US university's student health and counseling centre
/// (primary care, women's health, counseling and psychiatry, sports
/// medicine for varsity teams, travel and study-abroad immunisation, a
/// sexual-health clinic, an international student desk, peer educators and
/// interns); 277 cases (135 flag, 142 clean, 188 hard) with unique campus
/// roles (a coxswain, a drum major, the mascot's performer), SEVIS IDs,
/// residence halls and rooms, Spanish, Portuguese, Chinese and Korean
/// pages, tables, raw-HTML figures and bundle CSV files. Its blind score:
/// 60.7 % caught (82/135), 10.6 % clean flagged (15/142) on the
/// session-start guard (6e0b35b), and the same on the session's final
/// guard (round 53): round 53's rules, written from set AK, caught nothing
/// more of it. Only the helper's one-line reasons for its misses were
/// read, to describe them in the closing note; no rule came from them.
#[test]
fn set_al_university_student_health_and_counseling() {
    score(Set { fixture: "phi-heldout-al", catch_floor: 77.7, clean_ceiling: 9.9 });
}

/// Set AM (thirtieth session, written blind by a helper from the rules
/// alone, after round 53): a street-medicine and shelter-clinic programme
/// for people experiencing homelessness (outreach vans at encampments,
/// wound and foot care, hepatitis C and HIV treatment, buprenorphine, harm
/// reduction, a respite unit, peer navigators, a memorial wall); 226 cases
/// (97 flag, 129 clean, 161 hard) with street names and nicknames, unique
/// local people described without names, ProviderOne, Medicare and client
/// IDs, Spanish pages, tables and bundle CSV files (one page's `alert`
/// was moved out of a non-news section, a build error, before scoring).
/// Its blind score: 60.8 % caught (59/97), 4.2 % clean flagged (6/144, 15
/// of them section index pages) on the session-start guard (6e0b35b) and
/// the same on round 53's final guard (49e21a3). A trial round 54 (a
/// vocabulary of ICD-10-CM condition nouns read beside described persons)
/// left it at 60.8 % and raised one clean page, and was not kept. Nothing
/// has been written from it and its misses have not been read. Thirty-first
/// session: the page model (`phi/story`, fitted on the 39 sets with AM
/// among them, so no longer a blind figure) raises it to 68.0 % / 4.2 %.
#[test]
fn set_am_street_medicine_and_shelter_clinic() {
    score(Set { fixture: "phi-heldout-am", catch_floor: 81.4, clean_ceiling: 4.2 });
}

/// Set AN (thirty-first session, written blind by a helper from the rules
/// alone): a rural Irish general practice and dispensing pharmacy in Co.
/// Clare with a branch surgery (GAA clubs, the mart, the creamery, a Men's
/// Shed, medical and GP visit cards, Irish-language pages); 269 cases (106
/// flag, 163 clean) with nicknames, townlands, initials with an employer,
/// unique village roles, PPS and medical-card numbers, Eircodes, review
/// replies in English and Irish. (The helper saw about 40 lines of the
/// README on how the guard reads names and fields before writing; it said
/// so.) Blind scores: 65.1 % caught (69/106), 5.5 % clean flagged (9/163)
/// on the session-start guard (cca50a1); 67.9 % / 7.4 % with the page
/// model, which was frozen before the set existed and scored once. The
/// model then stopped reading authorised pages: 67.9 % / 6.1 %.
#[test]
fn set_an_rural_irish_gp_and_pharmacy() {
    score(Set { fixture: "phi-heldout-an", catch_floor: 83.9, clean_ceiling: 5.0 });
}

/// Set AO (thirty-first session, written blind by a helper from the rules
/// alone): a children's development and therapy centre in Ontario (speech,
/// OT, physio, autism diagnosis, feeding clinic, camps; English and
/// French); 269 cases (99 flag, 170 clean) with children by first name and
/// school, class, team or daycare, unique roles (the mayor's son, the only
/// triplets), health-card and chart numbers, rosters and progress CSVs,
/// consent given by the wrong person or for a child now adult. Blind
/// scores: 54.5 % caught (54/99), 4.1 % clean flagged (7/170) on the
/// session-start guard (cca50a1); 61.6 % / 4.7 % with the page model,
/// frozen before the set existed and scored once. One team page's
/// `education` was written as text instead of a list (a build error) and
/// was made a list before any scoring.
#[test]
fn set_ao_childrens_development_and_therapy_centre() {
    score(Set { fixture: "phi-heldout-ao", catch_floor: 80.8, clean_ceiling: 3.6 });
}

/// Set AP (thirty-first session, written blind by a helper from the rules
/// alone, after the page model was built): a family dental, orthodontic
/// and oral-surgery practice in a Melbourne suburb with Greek, Vietnamese,
/// Italian and Sudanese patients, a mobile van for aged-care homes and
/// schools, mouthguards for footy clubs; 270 cases (103 flag, 167 clean)
/// with Medicare, DVA and health-fund numbers, unique local roles, pages
/// in Greek, Vietnamese and Italian. Blind scores: 65.0 % caught (67/103),
/// 3.6 % clean flagged (6/167) on the session-start guard (cca50a1), and
/// the same with the page model: it added nothing here. (The helper marks
/// three of the practice's own device serials clean; the rules report a
/// serial after its label wherever it is, as phi-rules.md says.)
#[test]
fn set_ap_melbourne_family_dental_and_orthodontics() {
    score(Set { fixture: "phi-heldout-ap", catch_floor: 79.6, clean_ceiling: 3.6 });
}

/// Set AQ (thirty-first session, written blind by a helper from the rules
/// alone, after the page model was built): a bilingual Welsh/English
/// physiotherapy, sports-injury and podiatry clinic in a former mining
/// town (rugby and netball clubs, falls classes, hydrotherapy, a
/// work-injury service); 249 cases (99 flag, 150 clean) with trade
/// nicknames ("Dai the Post"), unique club and town roles, NHS numbers in
/// English and Welsh, class registers and return-to-play boards. Blind
/// scores: 57.6 % caught (57/99), 3.3 % clean flagged (5/150) on the
/// session-start guard (cca50a1); 60.6 % / 5.3 % with the page model; 60.6
/// % / 4.0 % once it stopped reading authorised pages.
#[test]
fn set_aq_welsh_valleys_physiotherapy_and_podiatry() {
    score(Set { fixture: "phi-heldout-aq", catch_floor: 75.7, clean_ceiling: 3.4 });
}

/// Set AR (thirty-first session, written blind by a helper from the rules
/// alone, after the page model was committed): a multi-specialty clinic
/// group in Kowloon and the New Territories (family medicine, TCM and
/// acupuncture, executive checks, a domestic-helper programme, outreach to
/// public housing estates; English, Traditional Chinese, Tagalog and
/// Indonesian pages); 268 cases (104 flag, 164 clean) with names in
/// characters and romanisation, nicknames, helpers named by their
/// employer's flat, HKIDs with check digits. Blind scores: 60.6 % caught
/// (63/104), 5.5 % clean flagged (9/164) on the session-start guard
/// (cca50a1); 63.5 % / 5.5 % with the page model (660d44b).
#[test]
fn set_ar_hong_kong_clinic_group() {
    score(Set { fixture: "phi-heldout-ar", catch_floor: 76.9, clean_ceiling: 5.5 });
}

/// Set AS (thirty-first session, written blind by a helper from the rules
/// alone, after the page model was committed): a rural Nebraska family
/// practice with a clinic at a meatpacking plant (farm injuries, diabetes
/// and hypertension, Guatemalan, Somali and Vietnamese families; English,
/// Spanish and Somali pages); 262 cases (101 flag, 161 clean) with plant
/// lines and shifts, badge numbers, Medicaid IDs, unique county roles.
/// Blind scores: 67.3 % caught (68/101), 6.8 % clean flagged (11/161) on
/// the session-start guard (cca50a1); 73.3 % / 6.8 % with the page model
/// (660d44b).
#[test]
fn set_as_rural_nebraska_family_practice_and_plant_clinic() {
    score(Set { fixture: "phi-heldout-as", catch_floor: 82.1, clean_ceiling: 6.3 });
}

/// Set AT (written at the end of the thirty-first session, blind, by a
/// helper from the rules alone, after the first page model was committed):
/// a community mental-health and GP practice in Glasgow (recovery café,
/// addiction services, perinatal mental health, Polish and Ukrainian
/// pages, CHI numbers); 265 cases (101 flag, 164 clean). Kept unscored
/// until the thirty-second session froze the second page model (words and
/// real sites, `story/mod.rs`), then scored once on each guard:
/// rules alone (cca50a1) 58.4 % caught / 4.3 % clean flagged; the first
/// page model (7f4da53) 65.3 / 4.9; the second 70.3 / 4.9.
#[test]
fn set_at_glasgow_mental_health_and_gp_practice() {
    score(Set { fixture: "phi-heldout-at", catch_floor: 77.2, clean_ceiling: 4.3 });
}

/// Set AU (as AT): a mission hospital with outreach clinics in western
/// Kenya (maternity, HIV and TB, cleft and eye camps, donor updates;
/// English, Swahili and Luo pages); 265 cases (101 flag, 164 clean).
/// Scored once on each guard: rules alone (cca50a1) 51.5 % / 4.3 %; the
/// first page model (7f4da53) 57.4 / 5.5; the second 58.4 / 4.3.
#[test]
fn set_au_kenyan_mission_hospital() {
    score(Set { fixture: "phi-heldout-au", catch_floor: 67.3, clean_ceiling: 4.9 });
}

/// Set AV (thirty-second session, written blind by a helper from the rules
/// alone while the page model's second version was built, and scored once
/// after it was frozen): a kaupapa Māori rural health provider in
/// Northland (GP clinic, whānau ora navigators, a nurse van, rongoā,
/// tamariki and kaumātua programmes; English, te reo Māori, Samoan and
/// Tongan pages); 263 cases (103 flag, 160 clean). Blind scores: rules
/// alone (cca50a1) 71.8 % caught / 4.4 % clean flagged; the first page
/// model (7f4da53) 78.6 / 7.5; the second 75.7 / 4.4.
#[test]
fn set_av_northland_maori_health_provider() {
    score(Set { fixture: "phi-heldout-av", catch_floor: 83.4, clean_ceiling: 3.8 });
}

/// Set AW (as AV): a Filipino-American home health, palliative care and
/// hospice agency on the San Francisco peninsula (home nursing, wound
/// care, caregiver training, bereavement groups, a Tagalog dementia
/// group, chaplaincy; English, Tagalog, Spanish and Ilocano pages); 268
/// cases (100 flag, 168 clean). Blind scores: rules alone (cca50a1) 72.0 /
/// 8.3; the first page model (7f4da53) 76.0 / 9.5; the second 76.0 / 8.3.
#[test]
fn set_aw_peninsula_home_health_and_hospice() {
    score(Set { fixture: "phi-heldout-aw", catch_floor: 81.0, clean_ceiling: 8.4 });
}

/// Set AX (thirty-third session, written blind by a helper from the rules
/// alone while the page model's third version was built, and scored once
/// after it was frozen): a family dental and orthodontic practice in the
/// North Carolina mountains (children's dentistry, braces, sedation, a
/// school sealant van, a free dental day; English and Spanish pages); 267
/// cases (100 flag, 167 clean). Blind scores: rules alone (cca50a1) 73.0 %
/// caught / 3.0 % clean flagged; the second page model (af997e5) 76.0 /
/// 3.0; the third 83.0 / 3.6.
#[test]
fn set_ax_blue_ridge_family_dental() {
    score(Set { fixture: "phi-heldout-ax", catch_floor: 89.0, clean_ceiling: 2.4 });
}

/// Set AY (as AX): a bilingual paediatric and adolescent clinic in east
/// Toronto (developmental paediatrics, a newcomer clinic with interpreters,
/// youth mental health drop-in, an eating-disorder programme; English and
/// French pages); 273 cases (100 flag, 173 clean). Blind scores: rules
/// alone 70.0 / 1.7; the second page model 73.0 / 1.7; the third 78.0 / 1.7.
#[test]
fn set_ay_toronto_childrens_and_teen_health() {
    score(Set { fixture: "phi-heldout-ay", catch_floor: 90.0, clean_ceiling: 1.8 });
}

/// Set AZ (as AX): a physiotherapy and sports medicine clinic in Cork
/// (hurling, camogie, rowing and rugby clubs, falls prevention, pelvic
/// health, concussion; English, Irish and Polish pages); 265 cases (102
/// flag, 163 clean). Blind scores: rules alone 75.5 / 6.1; the second page
/// model 78.4 / 6.1; the third 79.4 / 6.1.
#[test]
fn set_az_cork_physiotherapy_and_sports_medicine() {
    score(Set { fixture: "phi-heldout-az", catch_floor: 86.2, clean_ceiling: 6.2 });
}

/// Set BA (thirty-third session, written blind by a helper from the rules
/// alone after the page model's third version was frozen, scored once):
/// an OB/GYN and fertility practice in Houston (obstetrics, IVF and egg
/// freezing, a birth suite, lactation, a teen clinic; English, Spanish and
/// Vietnamese pages); 269 cases (100 flag, 169 clean). Blind scores: rules
/// alone (cca50a1) 72.0 % caught / 4.7 % clean flagged; the second page
/// model (af997e5) 76.0 / 4.7; the third 80.0 / 4.7.
#[test]
fn set_ba_houston_womens_health_and_fertility() {
    score(Set { fixture: "phi-heldout-ba", catch_floor: 89.0, clean_ceiling: 4.8 });
}

/// Set BB (as BA): an English-speaking family practice for expats and
/// refugees in Berlin-Kreuzberg (GP care, travel medicine, a women's
/// clinic, interpreters; English, German, Ukrainian and Arabic pages); 267
/// cases (102 flag, 165 clean). Blind scores: rules alone 66.7 / 1.8; the
/// second page model 72.5 / 1.8; the third 75.5 / 1.8.
#[test]
fn set_bb_berlin_family_practice() {
    score(Set { fixture: "phi-heldout-bb", catch_floor: 93.1, clean_ceiling: 1.9 });
}

/// Set BC (as BA): a GP, travel and minor-surgery practice in Cape Town
/// with a farm workers' mobile clinic, an HIV and TB programme and a sports
/// injury service (English, Afrikaans and isiXhosa pages); 273 cases (100
/// flag, 173 clean). Blind scores: rules alone 73.0 / 4.6; the second page
/// model 78.0 / 4.6; the third 81.0 / 5.8.
#[test]
fn set_bc_cape_town_family_and_travel_clinic() {
    score(Set { fixture: "phi-heldout-bc", catch_floor: 87.0, clean_ceiling: 4.7 });
}

/// Set BD (thirty-third session, written blind by a helper from the rules
/// alone after the page model's third version; kept unscored until the
/// thirty-fourth session froze round 56, then scored once): a community
/// health centre on the Navajo Nation near Window Rock (family medicine,
/// diabetes and kidney care, prenatal care, dental, behavioural health,
/// community health representatives, a mobile clinic; English, Diné and
/// Spanish pages); 269 cases (99 flag, 170 clean). Blind scores: rules
/// alone (cca50a1) 86.9 % caught / 3.5 % clean flagged; the third page
/// model (79394d9) 93.9 / 3.5; round 56 (1da9075) 93.9 / 3.5.
#[test]
fn set_bd_navajo_nation_community_health_centre() {
    score(Set { fixture: "phi-heldout-bd", catch_floor: 95.9, clean_ceiling: 3.6 });
}

/// Set BE (as BD): an eye hospital in Pune (cataract surgery, diabetic
/// retinopathy camps in villages, a paediatric squint clinic, low vision,
/// an eye bank; English, Hindi and Marathi pages); 274 cases (101 flag, 173
/// clean). Blind scores: rules alone 61.4 / 4.0; the third page model
/// 67.3 / 4.0; round 56 67.3 / 4.0.
#[test]
fn set_be_pune_eye_hospital() {
    score(Set { fixture: "phi-heldout-be", catch_floor: 89.1, clean_ceiling: 3.5 });
}

/// Set BF (as BD): an addiction medicine and medication-assisted treatment
/// clinic in Nashville (intensive outpatient programme, peer recovery
/// coaches, a sober-living partner house, naloxone outreach, family groups;
/// English and Spanish pages); 267 cases (101 flag, 166 clean). Blind
/// scores: rules alone 69.3 / 4.2; the third page model 76.2 / 4.2; round
/// 56 76.2 / 4.2.
#[test]
fn set_bf_nashville_addiction_medicine() {
    score(Set { fixture: "phi-heldout-bf", catch_floor: 81.1, clean_ceiling: 4.3 });
}

/// Set BG (written blind in the thirty-fourth session by a helper who read
/// only the spec and the rules, scored once in the thirty-fifth): a rural
/// GP surgery with a dispensary and a dental wing in Gwynedd (chronic
/// disease clinics, farm injuries, a mountain-rescue partnership, school
/// dental checks; English and Welsh pages); 262 cases (100 flag, 162
/// clean). Blind scores: rules alone 67.0 / 1.9; round 56 with the third
/// page model 73.0 / 2.5; round 57 with the refitted model 75.0 / 2.5.
#[test]
fn set_bg_gwynedd_rural_surgery() {
    score(Set { fixture: "phi-heldout-bg", catch_floor: 80.0, clean_ceiling: 2.5 });
}

/// Set BH (as BG): a community pharmacy with a travel and primary-care
/// clinic in Lisbon (vaccines, medication reviews, HIV PrEP, migrant
/// outreach, home delivery; Portuguese, English, Cape Verdean Kriolu and
/// Nepali pages); 263 cases (101 flag, 162 clean). Blind scores: rules
/// alone 43.6 / 5.6; round 56 with the third page model 45.5 / 5.6; round
/// 57 with the refitted model 45.5 / 5.6.
#[test]
fn set_bh_lisbon_pharmacy() {
    score(Set { fixture: "phi-heldout-bh", catch_floor: 68.3, clean_ceiling: 5.6 });
}

/// Set BI (as BG): a nephrology and haemodialysis centre in Lagos
/// (dialysis, transplant work-up, hypertension and diabetes clinics,
/// screening at markets and churches; English, Yoruba and Nigerian Pidgin
/// pages); 269 cases (100 flag, 169 clean). Blind scores: rules alone
/// 70.0 / 3.0; round 56 with the third page model 85.0 / 3.0; round 57
/// with the refitted model 83.0 / 3.0.
#[test]
fn set_bi_lagos_dialysis_centre() {
    score(Set { fixture: "phi-heldout-bi", catch_floor: 85.0, clean_ceiling: 2.4 });
}

/// Set BJ (written blind in the thirty-fifth session by a helper who read
/// only the spec and the rules, scored once in the thirty-sixth): a
/// community health centre in Minneapolis serving Somali, Oromo and East
/// African families (prenatal care and doulas, paediatrics, diabetes and
/// hypertension, mental health with interpreters, a mobile clinic; English,
/// Somali and Oromo pages); 261 cases (99 flag, 162 clean). Blind scores:
/// rules alone 76.8 / 3.7; round 56 with the third page model 82.8 / 3.7;
/// round 57 with the refitted model 82.8 / 4.3.
#[test]
fn set_bj_minneapolis_community_health() {
    score(Set { fixture: "phi-heldout-bj", catch_floor: 83.8, clean_ceiling: 4.4 });
}

/// Set BK (as BJ): a family medicine and dermatology clinic in Daly City,
/// California, serving a Filipino-American community (skin cancer checks,
/// nurse and caregiver health, diabetes and gout, travel vaccines, senior
/// centre outreach; English and Tagalog/Taglish pages); 264 cases (100
/// flag, 164 clean). Blind scores: rules alone 81.0 / 4.3; round 56 with
/// the third page model 87.0 / 4.3; round 57 with the refitted model
/// 86.0 / 4.3.
#[test]
fn set_bk_daly_city_family_and_skin() {
    score(Set { fixture: "phi-heldout-bk", catch_floor: 90.0, clean_ceiling: 4.3 });
}

/// Set BL (as BJ): a primary care and women's health clinic in Osaka for
/// residents and visitors (travel medicine, prenatal checks, work-visa
/// health checks, mental health in English, a paediatric corner; English,
/// Japanese and Korean pages); 269 cases (100 flag, 169 clean). Blind
/// scores: rules alone 74.0 / 4.1; round 56 with the third page model
/// 81.0 / 4.1; round 57 with the refitted model 81.0 / 4.1.
#[test]
fn set_bl_osaka_international_clinic() {
    score(Set { fixture: "phi-heldout-bl", catch_floor: 87.0, clean_ceiling: 4.2 });
}

/// Set BM (written blind in the thirty-sixth session by a helper who read
/// only the spec and the rules, scored once at its end): a physiotherapy,
/// sports medicine and concussion clinic in South Auckland (hand therapy,
/// falls prevention for kaumātua, pelvic-health physio; English pages with
/// some te reo Māori, Samoan and Tongan); 267 cases (99 flag, 168 clean).
/// Blind scores: rules alone 64.6 / 3.6; round 57 with the refitted page
/// model 78.8 / 3.6; round 58 78.8 / 3.6.
#[test]
fn set_bm_south_auckland_physio() {
    score(Set { fixture: "phi-heldout-bm", catch_floor: 81.8, clean_ceiling: 3.0 });
}

/// Set BN (as BM): a general practice with a fertility and IVF unit, a
/// sleep clinic and a vaccination centre in Lyon (French pages mostly, some
/// English and Italian); 266 cases (101 flag, 165 clean). Blind scores:
/// rules alone 42.6 / 2.4; round 57 with the refitted page model
/// 45.5 / 3.0; round 58 45.5 / 3.0.
#[test]
fn set_bn_lyon_general_practice() {
    score(Set { fixture: "phi-heldout-bn", catch_floor: 64.3, clean_ceiling: 3.1 });
}

/// Set BO (as BM): an addiction recovery, psychiatry and general practice
/// service in Glasgow (recovery cafés, perinatal mental health, homeless
/// outreach, a men's shed; English pages with some Scots and Polish); 261
/// cases (105 flag, 156 clean). Blind scores: rules alone 65.7 / 5.1;
/// round 57 with the refitted page model 74.3 / 5.1; round 58 74.3 / 5.1.
#[test]
fn set_bo_glasgow_recovery_service() {
    score(Set { fixture: "phi-heldout-bo", catch_floor: 75.2, clean_ceiling: 4.5 });
}

/// Set BP (written blind in the thirty-sixth session by a helper who read
/// only the spec and the rules, scored once at the start of the
/// thirty-seventh on the frozen round-58 guard, 481c7f6): a paediatric and
/// adolescent practice in Cape Town (immunisations, asthma, ADHD, teen
/// health, school sports injuries, a TB and HIV programme; English pages
/// with some Afrikaans and isiXhosa); 260 cases (98 flag, 162 clean).
/// Blind scores: rules alone 56.1 / 6.2; with the page model 67.3 / 6.2.
#[test]
fn set_bp_cape_town_paediatrics() {
    score(Set { fixture: "phi-heldout-bp", catch_floor: 69.3, clean_ceiling: 6.2 });
}

/// Set BQ (as BP): an orthopaedic, spine and sports medicine practice in
/// Houston (joint replacement, workers' compensation, an ortho walk-in;
/// English pages with some Spanish and Vietnamese); 269 cases (99 flag,
/// 170 clean). Blind scores: rules alone 75.8 / 5.9; with the page model
/// 77.8 / 5.9.
#[test]
fn set_bq_houston_orthopaedics() {
    score(Set { fixture: "phi-heldout-bq", catch_floor: 81.8, clean_ceiling: 5.3 });
}

/// Set BR (as BP): a dental and oral surgery practice in Vienna (implants,
/// orthodontics, sedation, a care-home service; German pages mostly, some
/// English, Turkish and Bosnian/Croatian/Serbian); 282 cases (96 flag, 186
/// clean). Blind scores: rules alone 37.5 / 2.7; with the page model
/// 39.6 / 2.7. Round 59 was written from its misses (care words of
/// dentistry in nine languages, other-language cues and roles): 63.5 / 2.7,
/// in-sample.
#[test]
fn set_br_vienna_dental() {
    score(Set { fixture: "phi-heldout-br", catch_floor: 72.9, clean_ceiling: 2.7 });
}

/// Set BS (written blind at the start of the thirty-seventh session by a
/// helper who read only the spec and the rules, scored once at its end):
/// a general practice with a diabetes clinic, travel vaccinations, sports
/// medicine and care-home visits in Munich (German pages mostly, some
/// English, Italian and Croatian); 279 cases (102 flag, 177 clean). Blind
/// scores: the session-start guard (481c7f6) 46.1 / 6.8 (rules alone
/// 44.1); round 59 (c8eb448) 50.0 / 6.2 (rules alone 48.0).
#[test]
fn set_bs_munich_general_practice() {
    score(Set { fixture: "phi-heldout-bs", catch_floor: 65.6, clean_ceiling: 2.3 });
}

/// Set BT (as BS): a rural family medicine practice with obstetrics, a
/// farmworker programme and a school-based clinic in the Rio Grande
/// Valley, Texas (English, much Spanish, some Vietnamese); 270 cases (100
/// flag, 170 clean). Blind scores: 83.0 / 6.5 on both guards (rules alone
/// 82.0).
#[test]
fn set_bt_rio_grande_valley_family_medicine() {
    score(Set { fixture: "phi-heldout-bt", catch_floor: 90.0, clean_ceiling: 5.9 });
}

/// Set BU (as BS): a paediatric and dermatology group practice with an
/// allergy clinic and a teen service in Brussels (French mostly, much
/// Dutch, some English); 273 cases (102 flag, 171 clean). Blind scores:
/// the session-start guard 55.9 / 7.0 (rules alone 53.9); round 59
/// 61.8 / 6.4 (rules alone 61.8). After it was scored, "een fictief
/// voorbeeld" marks an invented case: 61.8 / 5.8.
#[test]
fn set_bu_brussels_paediatrics_and_dermatology() {
    score(Set { fixture: "phi-heldout-bu", catch_floor: 71.5, clean_ceiling: 4.7 });
}

/// Set BV (written blind at the end of the thirty-seventh session by a
/// helper who read only the spec and the rules, scored once at the start
/// of the thirty-eighth on the frozen guard 0e09eec): a family medicine,
/// paediatrics, physiotherapy and dental health centre in Valencia
/// (Spanish mostly, some Valencian, English and Romanian); 220 cases (80
/// flag, 140 clean). Blind score: 46.2 / 2.1 (rules alone 46.2); round
/// 60, written from its misses and BX's: 75.0 / 2.1.
#[test]
fn set_bv_valencia_health_centre() {
    score(Set { fixture: "phi-heldout-bv", catch_floor: 85.0, clean_ceiling: 2.2 });
}

/// Set BW (as BV): a suburban dermatology, Mohs surgery and cosmetic
/// practice with a paediatric eczema clinic in Columbus, Ohio (English
/// only); 210 cases (79 flag, 131 clean). Blind score: 89.9 / 3.8 (rules
/// alone 82.3); after round 60: 92.4 / 3.8.
#[test]
fn set_bw_columbus_dermatology() {
    score(Set { fixture: "phi-heldout-bw", catch_floor: 92.4, clean_ceiling: 3.9 });
}

/// Set BX (as BV): a physiotherapy and sports rehabilitation studio in
/// Bologna working with amateur clubs, a dance school and a care home
/// (Italian mostly, some English and Albanian); 204 cases (75 flag, 129
/// clean). Blind score: 42.7 / 6.2 (rules alone 41.3); round 60, written
/// from its misses and BV's: 73.3 / 3.1.
#[test]
fn set_bx_bologna_physiotherapy() {
    score(Set { fixture: "phi-heldout-bx", catch_floor: 81.3, clean_ceiling: 3.2 });
}

/// Set BY (written blind at the start of the thirty-eighth session by a
/// helper who read only the spec and the rules, scored once at its end):
/// a family health unit with dental and nursing care in Porto and Vila
/// Nova de Gaia (European Portuguese mostly, some English and Brazilian
/// Portuguese); 280 cases (103 flag, 177 clean). Blind scores: the
/// session-start guard (0e09eec) 58.3 / 6.8 (rules alone 57.3); rounds 60
/// and 61 (frozen) 64.1 / 7.9 (rules alone 63.1).
#[test]
fn set_by_porto_family_health_unit() {
    score(Set { fixture: "phi-heldout-by", catch_floor: 71.8, clean_ceiling: 6.8 });
}

/// Set BZ (as BY): a family medicine group with physiotherapy and a
/// walk-in clinic in the Saguenay and Quebec City region (Quebec French
/// mostly, some English); 275 cases (102 flag, 173 clean). Blind scores:
/// the session-start guard 53.9 / 4.0 (rules alone 52.9); rounds 60 and
/// 61 59.8 / 7.5 (rules alone 58.8). After it was scored, a slug naming
/// someone the prose names (a public figure) is judged with the prose,
/// accents folded: 58.8 / 5.2.
#[test]
fn set_bz_saguenay_family_medicine() {
    score(Set { fixture: "phi-heldout-bz", catch_floor: 64.7, clean_ceiling: 4.7 });
}

/// Set CA (as BY): a rural general practice and district hospital clinic
/// in a New South Wales country town (Australian English only); 277 cases
/// (100 flag, 177 clean). Blind scores: the session-start guard 83.0 / 7.3
/// (rules alone 69.0); rounds 60 and 61 84.0 / 7.3 (rules alone 70.0).
#[test]
fn set_ca_rural_new_south_wales() {
    score(Set { fixture: "phi-heldout-ca", catch_floor: 85.0, clean_ceiling: 7.4 });
}

/// Set CB, written blind at the end of the thirty-eighth session by a
/// helper who read only the spec, the rules and one set's layout: a
/// physiotherapy, sports medicine and occupational-health practice in Bern
/// and Biel/Bienne (Swiss German mostly, some French and Italian); 206
/// cases (72 flag, 134 clean). Blind score on the guard frozen at the
/// start of the thirty-ninth session (68aa863): 47.2 / 4.5 (rules alone
/// 47.2). Round 62 was written from its misses: 69.4 / 3.0.
#[test]
fn set_cb_bern_physiotherapy() {
    score(Set { fixture: "phi-heldout-cb", catch_floor: 80.5, clean_ceiling: 2.3 });
}

/// Set CC (as CB): an urgent care and occupational medicine clinic in
/// Pittsburgh serving steel and warehouse workers, a hockey club, a
/// university and a union local (English only); 217 cases (78 flag, 139
/// clean). Blind score on 68aa863: 83.3 / 7.2 (rules alone 78.2). Round
/// 62 was written from its misses: 87.2 / 7.2.
#[test]
fn set_cc_pittsburgh_urgent_care() {
    score(Set { fixture: "phi-heldout-cc", catch_floor: 87.1, clean_ceiling: 6.5 });
}

/// Set CD (as CB): a paediatric dentistry and orthodontics clinic in
/// Barcelona working with schools, casals, castellers and a youth football
/// club (Catalan mostly, some Spanish and English); 206 cases (76 flag,
/// 130 clean). Blind score on 68aa863: 40.8 / 3.8 (rules alone 39.5).
/// Round 62 was written from its misses: 76.3 / 1.5.
#[test]
fn set_cd_barcelona_paediatric_dentistry() {
    score(Set { fixture: "phi-heldout-cd", catch_floor: 77.6, clean_ceiling: 1.6 });
}

/// Set CE, written blind at the start of the thirty-ninth session (before
/// round 62 was begun) by a helper who read only the spec, the rules and
/// one set's layout: a huisartsenpraktijk with mental-health support,
/// physiotherapy and midwifery next door in Utrecht (Dutch mostly, some
/// English); 203 cases (75 flag, 128 clean). Blind scores: round 62,
/// frozen (efe717f), 53.3 / 8.6 (rules alone 50.7); the session-start
/// guard (68aa863) 50.7 / 8.6.
#[test]
fn set_ce_utrecht_general_practice() {
    score(Set { fixture: "phi-heldout-ce", catch_floor: 69.3, clean_ceiling: 5.5 });
}

/// Set CF (as CE): a cardiology, heart-failure and cardiac rehabilitation
/// practice in Milwaukee (English only); 203 cases (74 flag, 129 clean).
/// Blind scores: round 62 86.5 / 8.5 (rules alone 75.7); the
/// session-start guard 85.1 / 8.5.
#[test]
fn set_cf_milwaukee_cardiology() {
    score(Set { fixture: "phi-heldout-cf", catch_floor: 87.8, clean_ceiling: 7.8 });
}

/// Set CG (as CE): an ophthalmology and optometry clinic in Guadalajara
/// with vision campaigns, school screening and medical tourists (Mexican
/// Spanish mostly, some English); 203 cases (74 flag, 129 clean). Blind
/// scores: round 62 73.0 / 14.7 (rules alone 68.9); the session-start
/// guard 73.0 / 14.7.
#[test]
fn set_cg_guadalajara_ophthalmology() {
    score(Set { fixture: "phi-heldout-cg", catch_floor: 77.0, clean_ceiling: 13.2 });
}

/// Set CH, written blind at the end of the thirty-ninth session (after
/// round 62 was frozen) by a helper who read only the spec, the rules and
/// one set's layout: a community pharmacy with a travel clinic,
/// vaccinations, a minor ailments service and opioid substitution
/// dispensing in Leeds (English only); 214 cases (76 flag, 138 clean).
/// Blind score at the start of the fortieth session on the frozen guard
/// (0bda344, the same verdicts as 9aaf810): 75.0 / 5.1 (rules alone 57.9 / 3.6).
#[test]
fn set_ch_leeds_pharmacy() {
    score(Set { fixture: "phi-heldout-ch", catch_floor: 89.4, clean_ceiling: 5.1 });
}

/// Set CI (as CH): a paediatric and adolescent mental health and speech
/// therapy practice in Montréal working with schools, a hockey
/// association and newcomer families (Quebec French mostly, some English);
/// 200 cases (73 flag, 127 clean). Blind score: 75.3 / 5.5 (rules alone
/// 69.9 / 4.7).
#[test]
fn set_ci_montreal_child_mental_health() {
    score(Set { fixture: "phi-heldout-ci", catch_floor: 91.7, clean_ceiling: 5.6 });
}

/// Set CJ (as CH): a private orthopaedic and sports surgery hospital in
/// Milan with physiotherapy, club partnerships and occupational health
/// (Italian mostly, some English); 202 cases (73 flag, 129 clean). Blind
/// score: 63.0 / 2.3 (rules alone the same).
#[test]
fn set_cj_milan_orthopaedics() {
    score(Set { fixture: "phi-heldout-cj", catch_floor: 91.7, clean_ceiling: 2.4 });
}

/// Set CK, written blind at the start of the fortieth session (after CH,
/// CI and CJ were scored, before round 64 was made from them) by a helper
/// who read only the spec, the rules and one set's layout: an audiology,
/// hearing-aid and ENT practice in Cork with a tinnitus clinic, school
/// hearing screening and West Cork outreach (Irish English, some Irish);
/// 206 cases (76 flag, 130 clean). Blind score on the frozen round-64
/// guard (69b6663): 81.6 / 7.7 (rules alone 69.7 / 7.7). The
/// session-start guard (0bda344) could not check it at all: it panicked
/// on an accented name in one review reply (fixed in round 64).
#[test]
fn set_ck_cork_audiology() {
    score(Set { fixture: "phi-heldout-ck", catch_floor: 82.8, clean_ceiling: 7.7 });
}

/// Set CL (as CK): a dermatology, aesthetic dermatology and plastic
/// surgery clinic in São Paulo with skin-cancer screening, a hair clinic,
/// a samba school and a community association (Brazilian Portuguese
/// mostly, some English); 209 cases (77 flag, 132 clean). Blind scores:
/// round 64 62.3 / 5.3 (rules alone 61.0 / 5.3); the session-start guard
/// 61.0 / 5.3.
#[test]
fn set_cl_sao_paulo_dermatology() {
    score(Set { fixture: "phi-heldout-cl", catch_floor: 76.6, clean_ceiling: 5.4 });
}

/// Set CM (as CK): a Kinderarztpraxis with midwives, a lactation
/// consultant and a paediatric allergy clinic in Hamburg-Altona (German
/// mostly, some English and Turkish); 202 cases (74 flag, 128 clean).
/// Blind scores: round 64 62.2 / 5.5 (rules alone the same); the
/// session-start guard 62.2 / 4.7.
#[test]
fn set_cm_hamburg_paediatrics() {
    score(Set { fixture: "phi-heldout-cm", catch_floor: 85.1, clean_ceiling: 5.5 });
}

/// Set CN, written blind at the start of the forty-first session (while
/// round 65 was being made from CK, CL and CM) by a helper who read only
/// the spec, the rules and one set's layout: a 25-bed critical-access
/// hospital in central Montana with EMS, three town clinics, rodeo
/// sports medicine, a swing-bed unit and outreach to a Hutterite colony
/// and a reservation (US English); 206 cases (77 flag, 129 clean). Blind
/// score on the frozen round-65 guard (dfc1090): 84.4 / 10.1 (rules alone
/// 71.4 / 9.3); the session-start guard (b98aaae) 84.4 / 10.1.
#[test]
fn set_cn_montana_critical_access() {
    score(Set { fixture: "phi-heldout-cn", catch_floor: 87.0, clean_ceiling: 7.8 });
}

/// Set CO (as CN): a paediatric and vaccination clinic in Curitiba with
/// neonatal follow-up, breastfeeding support, child allergy and a vaccine
/// room that visits schools and companies (Brazilian Portuguese, some
/// English); 211 cases (77 flag, 134 clean). Blind scores: round 65
/// 61.0 / 6.0 (rules alone 59.7 / 6.0); the session-start guard 59.7 /
/// 6.0.
#[test]
fn set_co_curitiba_paediatrics() {
    score(Set { fixture: "phi-heldout-co", catch_floor: 74.0, clean_ceiling: 5.3 });
}

/// Set CP (as CN): a kinesiology, physiotherapy and sports-medicine
/// centre in Rosario with football, hockey and rowing clubs, schools and
/// pelvic-floor rehabilitation (Rioplatense Spanish, some English); 200
/// cases (74 flag, 126 clean). Blind scores: round 65 59.5 / 5.6 (rules
/// alone 56.8 / 5.6); the session-start guard the same 59.5 / 5.6.
#[test]
fn set_cp_rosario_kinesiology() {
    score(Set { fixture: "phi-heldout-cp", catch_floor: 74.3, clean_ceiling: 5.6 });
}

/// Set CQ, written blind in the forty-first session (after round 65 was
/// frozen, while round 66 was being made from CN, CO and CP) by a helper
/// who read only the spec, the rules and one set's layout: a dental,
/// implant and maxillofacial surgery centre in Marseille with an Aubagne
/// site, paediatric dentistry, orthodontics and day surgery (French, some
/// English); 210 cases (77 flag, 133 clean). Blind scores: round 66
/// (3e65b58) 74.0 / 3.0 (rules alone 72.7 / 3.0); round 65 (dfc1090)
/// the same.
#[test]
fn set_cq_marseille_dental_surgery() {
    score(Set { fixture: "phi-heldout-cq", catch_floor: 80.5, clean_ceiling: 3.1 });
}

/// Set CR (as CQ): a physiotherapy, sports and pelvic-floor practice in
/// Ghent with a cycling and running clinic, youth football and home
/// visits (Flemish Dutch, some French and English); 211 cases (77 flag,
/// 134 clean). Blind scores: round 66 51.9 / 5.2 (rules alone 50.6 /
/// 5.2); round 65 the same.
#[test]
fn set_cr_ghent_physiotherapy() {
    score(Set { fixture: "phi-heldout-cr", catch_floor: 58.4, clean_ceiling: 5.3 });
}

/// Set CS (as CQ): a Highland GP practice in Wester Ross with an island
/// branch, a dispensary, district nurses and a minor-injuries room
/// (Scottish English, some Gaelic); 213 cases (78 flag, 135 clean). Blind
/// scores: round 66 76.9 / 5.2 (rules alone 67.9 / 5.2); round 65 the
/// same.
#[test]
fn set_cs_wester_ross_general_practice() {
    score(Set { fixture: "phi-heldout-cs", catch_floor: 76.9, clean_ceiling: 5.2 });
}

/// Set CT (written at the start of the forty-second session, before round
/// 67 was begun; scored once on the session-start guard 986fb61): a family
/// practice and walk-in clinic on Nova Scotia's South Shore with a fishing
/// village satellite (Canadian English, 15 % Acadian French); 212 cases (77
/// flag, 135 clean). Blind score 80.5 / 3.7 (rules alone 75.3 / 3.0).
#[test]
fn set_ct_nova_scotia_family_practice() {
    score(Set { fixture: "phi-heldout-ct", catch_floor: 88.3, clean_ceiling: 3.8 });
}

/// Set CU (as CT): a traumatology and sports-medicine clinic in
/// Concepción, Chile, with a kinesiology unit, club agreements and a mining
/// company's occupational health (Chilean Spanish, a few English pages);
/// 201 cases (75 flag, 126 clean). Blind score 73.3 / 4.0 (rules alone
/// 70.7 / 4.0).
#[test]
fn set_cu_concepcion_traumatology() {
    score(Set { fixture: "phi-heldout-cu", catch_floor: 85.3, clean_ceiling: 4.0 });
}

/// Set CV (as CT): a midwifery practice with an ultrasound centre in
/// Rotterdam-Zuid (Netherlands Dutch, 20 % English for expat parents); 204
/// cases (74 flag, 130 clean). Blind score 50.0 / 6.2 (rules alone 43.2 /
/// 6.2).
#[test]
fn set_cv_rotterdam_midwifery() {
    score(Set { fixture: "phi-heldout-cv", catch_floor: 70.2, clean_ceiling: 6.2 });
}

/// Set CW (written at the start of the forty-second session while round 67
/// was being made from CT, CU and CV; scored once on the frozen round-67
/// guard a4e68f23 and on the session-start guard 986fb61): a community
/// health centre in Antwerp-Borgerhout (Flemish Dutch, 15 % French and
/// English); 210 cases (77 flag, 133 clean). Blind scores: round 67 70.1 /
/// 3.8 (rules alone 70.1 / 3.8); session start 68.8 / 3.8.
#[test]
fn set_cw_antwerp_community_health_centre() {
    score(Set { fixture: "phi-heldout-cw", catch_floor: 77.9, clean_ceiling: 3.8 });
}

/// Set CX (as CW): a paediatric dentistry and orthodontics practice in
/// suburban Atlanta with a hospital-dentistry programme (US English, 15 %
/// Spanish); 203 cases (75 flag, 128 clean). Blind scores: round 67 93.3 /
/// 7.0 (rules alone 89.3 / 7.0); session start the same.
#[test]
fn set_cx_atlanta_paediatric_dentistry() {
    score(Set { fixture: "phi-heldout-cx", catch_floor: 93.3, clean_ceiling: 7.1 });
}

/// Set CY (as CW): a physiotherapy, osteopathy and sports-rehabilitation
/// practice in Graz (Austrian German, some English and Bosnian/Croatian/
/// Serbian); 212 cases (79 flag, 133 clean). Blind scores: round 67 62.0 /
/// 3.8 (rules alone 59.5 / 3.8); session start the same.
#[test]
fn set_cy_graz_physiotherapy() {
    score(Set { fixture: "phi-heldout-cy", catch_floor: 67.0, clean_ceiling: 3.8 });
}

/// Set CZ (written at the end of the forty-second session after round 67
/// was frozen; scored once at the start of the forty-third on the round-67
/// guard c7b8b04e, before round 68 was begun): a rural general practice
/// in the Black Forest with a branch practice, home visits to farms and a
/// care home (German, some English and Turkish); 209 cases (78 flag, 131 clean). Blind
/// score 60.3 / 3.8 (rules alone the same).
#[test]
fn set_cz_black_forest_general_practice() {
    score(Set { fixture: "phi-heldout-cz", catch_floor: 87.1, clean_ceiling: 3.9 });
}

/// Set DA (as CZ): a dispensing village GP practice in Groningen province
/// (Netherlands Dutch with Gronings touches, some English and Polish for
/// seasonal workers); 200 cases (75 flag, 125 clean). Blind score 52.0 /
/// 3.2 (rules alone the same).
#[test]
fn set_da_groningen_village_practice() {
    score(Set { fixture: "phi-heldout-da", catch_floor: 70.6, clean_ceiling: 3.2 });
}

/// Set DB (as CZ): a paediatric practice in Palermo with an allergy clinic,
/// speech therapy and nutrition (Italian, some English and French); 201
/// cases (75 flag, 126 clean). Blind score 65.3 / 7.1 (rules alone the
/// same).
#[test]
fn set_db_palermo_paediatrics() {
    score(Set { fixture: "phi-heldout-db", catch_floor: 74.6, clean_ceiling: 7.2 });
}

/// Set DC (written at the start of the forty-third session while round 68
/// was made from CZ, DA and DB; scored once on the frozen round-68 guard
/// fa02ad61 and on the round-67 guard c7b8b04e): an orthopaedic and
/// sports-medicine group practice in Winterthur with a hand-therapy unit
/// (Swiss German, some French and English); 201 cases (74 flag, 127
/// clean). Blind scores: round 68 71.6 / 4.7 (rules alone the same); round
/// 67 67.6 / 4.7.
#[test]
fn set_dc_winterthur_orthopaedics() {
    score(Set { fixture: "phi-heldout-dc", catch_floor: 71.6, clean_ceiling: 4.8 });
}

/// Set DD (as DC): the web team of a community hospital and rural clinic
/// network in eastern Kentucky (US English, some Spanish); 210 cases (78
/// flag, 132 clean). Blind scores: round 68 91.0 / 8.3 (rules alone 89.7 /
/// 8.3); round 67 89.7 / 8.3.
#[test]
fn set_dd_eastern_kentucky_hospital() {
    score(Set { fixture: "phi-heldout-dd", catch_floor: 91.0, clean_ceiling: 8.4 });
}

/// Set DE (as DC): a primary-care and dental practice in Marbella
/// (Andalusian Spanish, a third British English, some French); 214 cases
/// (79 flag, 135 clean). Blind scores: round 68 72.2 / 7.4 (rules alone
/// 68.4 / 7.4); round 67 69.6 / 7.4.
#[test]
fn set_de_marbella_primary_care_and_dentistry() {
    score(Set { fixture: "phi-heldout-de", catch_floor: 72.1, clean_ceiling: 7.5 });
}
