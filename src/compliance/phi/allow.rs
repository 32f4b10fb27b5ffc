//! The allowlist: strings that are never PHI (principle 2, "the practice is
//! the allowlist"): the practice's own name, phones, e-mail addresses, street
//! and domain, every staff member's name in the forms people write it, and
//! the `[compliance] allow` strings.

use super::contact_forms::{ROLE_MAILBOXES, host_of, norm_street, normalize_phone, public_mail_service, street_words};
use std::collections::{HashMap, HashSet};

/// The practice's own identity, from `site.toml` `[practice]` and `base_url`.
#[derive(Debug, Clone, Default)]
pub struct PracticeIdentity {
    pub name: String,
    /// Phone, fax and any other listed numbers, in any format.
    pub phones: Vec<String>,
    pub emails: Vec<String>,
    pub street: Option<String>,
    pub city: Option<String>,
    pub postal_code: Option<String>,
    /// Host of `base_url`.
    pub domain: Option<String>,
}

#[derive(Debug, Clone)]
struct Staff {
    first: String,
    last: String,
    all: Vec<String>,
    /// Introduced on some other page ("Josefa Llanes Escoda, founder of
    /// the Girl Scouts"), not by a team page: a lone first name is them
    /// only as written, never as a pet form or a prefix ("Josie" signing a
    /// testimonial is no Josefa).
    introduced: bool,
}

/// Strings that are never PHI: the practice's own NAP and staff.
#[derive(Debug, Clone, Default)]
pub struct Allowlist {
    phones: HashSet<String>,
    phone_tails: HashSet<String>,
    emails: HashSet<String>,
    domains: Vec<String>,
    practice_domains: Vec<String>,
    streets: Vec<String>,
    staff: Vec<Staff>,
    staff_index: StaffIndex,
    words: HashSet<String>,
    strings: Vec<String>,
    /// The site's language is not English: the English patient frames
    /// (descriptions, clinical events) say nothing about its sentences.
    not_english: bool,
    /// Guest writers' own children, by the credited writer's name: a child
    /// introduced as "my son Arthur" on one of the writer's accounts is
    /// hers on all of them (see `guest.rs`).
    guest_children: HashMap<String, Vec<String>>,
    /// The practice's country (`[practice] address.country`): the national
    /// identifiers read by shape alone are that country's.
    country: Option<String>,
    /// Words of the staff pages' titles, for the page model (`story`).
    pub(super) story_staff: std::sync::Arc<HashSet<String>>,
}

impl Allowlist {
    /// `staff_names`: team members' `name`/`title` values (credentials and
    /// honorifics are stripped); `allow`: `[compliance] allow` strings, each
    /// sorted by shape into phones, e-mails, domains/URLs, streets or plain
    /// strings (e.g. a quoted official's name).
    pub fn new(practice: &PracticeIdentity, staff_names: &[String], allow: &[String]) -> Self {
        let mut a = Allowlist::default();
        for p in &practice.phones {
            a.add_phone(p);
        }
        for e in &practice.emails {
            a.emails.insert(e.trim().to_lowercase());
        }
        if let Some(d) = &practice.domain {
            let h = host_of(d);
            a.domains.push(h.clone());
            a.practice_domains.push(h);
        }
        for e in &practice.emails {
            if let Some((_, d)) = e.trim().to_lowercase().split_once('@') {
                a.practice_domains.push(d.to_string());
            }
        }
        if let Some(s) = &practice.street {
            a.streets.push(norm_street(s));
        }
        // Stored as `is_known_word` looks them up, accents folded: "María"
        // of "Carmen María Martín – Psicóloga" (round 61).
        for w in practice.name.split(|c: char| !c.is_alphanumeric() && c != '\'') {
            if !w.is_empty() {
                a.words.insert(clean(w));
            }
        }
        if let Some(c) = &practice.city {
            for w in c.split_whitespace() {
                a.words.insert(clean(w));
            }
        }
        for s in staff_names {
            if let Some(st) = parse_staff(s) {
                a.staff.push(st);
            }
        }
        // "Danielle@MaisonDoula.ca" as the practice's own address: the
        // person it is named after answers it, so she is the practice's,
        // on every page (a one-person practice often has no team page).
        for e in &practice.emails {
            if let Some(st) = mailbox_person(e) {
                a.staff.push(st);
            }
        }
        for s in allow {
            a.add_allow(s);
        }
        a.staff_index = StaffIndex::new(&a.staff);
        a
    }

    fn add_phone(&mut self, p: &str) {
        let n = normalize_phone(p);
        if n.len() >= 7 {
            self.phone_tails.insert(n[n.len() - 7..].to_string());
            self.phones.insert(n);
        }
    }

    fn add_allow(&mut self, s: &str) {
        let t = s.trim();
        // Every entry also accepts a finding whose flagged text it contains
        // (a record number, a date, a name): see `is_allowed_string`.
        if !t.is_empty() {
            self.strings.push(t.to_lowercase());
        }
        let digits = t.chars().filter(|c| c.is_ascii_digit()).count();
        let phoneish = t.chars().all(|c| c.is_ascii_digit() || " +-().".contains(c));
        if t.contains('@') && !t.contains(' ') {
            self.emails.insert(t.to_lowercase());
        } else if phoneish && digits >= 7 {
            self.add_phone(t);
        } else if !t.contains(' ') && t.contains('.') {
            self.domains.push(host_of(t));
        } else {
            if t.chars().next().is_some_and(|c| c.is_ascii_digit()) {
                self.streets.push(norm_street(t));
            }
            // An address ("18 Jalan Wong Ah Fook", "Blk 71 Seng Poh Road")
            // is accepted whole; its words, often people's names, must not
            // become ordinary words on every page ("Mdm Wong, 67, …").
            if digits == 0 {
                for w in t.split_whitespace() {
                    self.words.insert(clean(w.trim_matches(|c: char| !c.is_alphanumeric())));
                }
            }
        }
    }

    /// Practice or allowlisted phone (compared after normalising).
    pub fn is_allowed_phone(&self, raw: &str) -> bool {
        let n = normalize_phone(raw);
        if n.len() == 7 {
            return self.phone_tails.contains(&n);
        }
        // "01632 960103" and "+44 1632 960103", "0664 555 0140" and
        // "+43-664-555-0140": a number dialled at home and from abroad is
        // one number (the trunk 0 against the country code; round 64).
        let national = |d: &str| d.strip_prefix('0').filter(|x| x.len() >= 8).map(str::to_string);
        self.phones.contains(&n)
            || national(&n).is_some_and(|x| self.phones.iter().any(|p| p.len() > x.len() && p.ends_with(&x)))
            || self.phones.iter().filter_map(|p| national(p)).any(|x| n.len() > x.len() && n.ends_with(&x))
    }

    /// Practice or allowlisted e-mail (compared whole), or a staff member's
    /// address on the practice's own domain (`amy.lindqvist@`, `alindqvist@`).
    pub fn is_allowed_email(&self, raw: &str) -> bool {
        let e = raw.trim().trim_end_matches('.').to_lowercase();
        if self.emails.contains(&e) {
            return true;
        }
        let Some((local, dom)) = e.split_once('@') else { return false };
        if !self.practice_domains.iter().any(|d| d == dom) {
            // "audiology@capitaloto.com" where the site is served from a
            // preview host: a clinic department's desk on an organisation's
            // domain is no patient's own address, whoever owns the domain.
            return !public_mail_service(dom) && local.split(['.', '-', '_']).all(department_mailbox);
        }
        // Role mailboxes on the practice's own domain (jobs@, billing-team@).
        if local.split(['.', '-', '_', '+']).all(|w| ROLE_MAILBOXES.contains(&w)) {
            return true;
        }
        // Any other mailbox without digits on a domain the practice owns
        // ("pm@", its practice manager's): a practice hands out addresses
        // on its own domain to its people and desks, never to patients. Not
        // on a public mail service the practice happens to use, and not
        // one with digits ("jdoe1980@"), which reads as a person's own.
        if !local.chars().any(|c| c.is_ascii_digit()) && !public_mail_service(dom) {
            return true;
        }
        let local: String = local.chars().filter(|c| c.is_alphanumeric()).collect();
        self.staff.iter().any(|s| {
            let f0 = s.first.chars().next().map(String::from).unwrap_or_default();
            let l0 = s.last.chars().next().map(String::from).unwrap_or_default();
            [
                s.first.clone(),
                s.last.clone(),
                format!("{}{}", s.first, s.last),
                format!("{}{}", f0, s.last),
                format!("{}{}", s.first, l0),
                format!("dr{}", s.last),
            ]
            .contains(&local)
        })
    }

    /// Host equal to, or a subdomain of, the practice's or an allowlisted domain.
    pub fn is_allowed_host(&self, host: &str) -> bool {
        let h = host_of(host);
        self.domains.iter().any(|d| h == *d || h.ends_with(&format!(".{d}")))
    }

    /// The practice's (or an allowlisted) street address.
    pub fn is_allowed_street(&self, addr: &str) -> bool {
        let n = norm_street(addr);
        if n.is_empty() {
            return false;
        }
        // "59/2 Niepodległości Street" on the English page of a practice at
        // "Niepodległości 59/2": the same number and street name in another
        // country's order, with or without the street-type word.
        let words = street_words(&n);
        let own_order = |s: &String| s.starts_with(&n) || n.starts_with(s.as_str());
        let other_order = |s: &String| {
            let own = street_words(s);
            words.iter().any(|w| w.starts_with(|c: char| c.is_ascii_digit()))
                && words.iter().any(|w| w.chars().any(char::is_alphabetic))
                && words.iter().all(|w| own.contains(w))
        };
        self.streets.iter().any(|s| own_order(s) || other_order(s))
    }

    /// Is this name (tokens without honorific; initials as one letter) a
    /// staff member, in any written form: full, first, last, nickname
    /// prefix ("Sam"), with initials ("S. Okafor", "Samuel O.").
    pub fn is_staff(&self, tokens: &[&str]) -> bool {
        // "Dr. JB Hyppolite": a title is no part of the name.
        let title = |s: &String| matches!(s.as_str(), "dr" | "doctor" | "prof" | "professor" | "mr" | "mrs" | "ms" | "mx");
        let t: Vec<String> = tokens.iter().map(|s| clean(s)).filter(|s| !s.is_empty()).collect();
        let t: Vec<String> = if t.len() > 1 { t.into_iter().filter(|s| !title(s)).collect() } else { t };
        let ix = &self.staff_index;
        match t.len() {
            0 => false,
            1 => self.staff_word(&t[0]) || (t[0].len() >= 3 && ix.first_prefixes.contains(&t[0])),
            _ => {
                let (f, l) = (&t[0], &t[t.len() - 1]);
                let named = |given: &String, family: &String| {
                    ix.by_first.get(given).is_some_and(|v| v.iter().any(|&i| matches_part(family, &self.staff[i].last)))
                };
                // "Lachie Birtles" is Lachlan Birtles: a pet form of the
                // first name with the surname.
                let pet = || {
                    self.staff.iter().any(|st| {
                        matches_part(l, &st.last)
                            && (super::words::pet_stems(f).any(|stem| st.first.starts_with(stem) && st.first.len() > stem.len() + 1)
                                || super::words::full_forms(f).any(|full| st.first == full))
                    })
                };
                // "Nguyễn Thị Lan" is Dr Lan Nguyen: Vietnamese, Chinese and
                // Hungarian names put the family name first.
                // "Ronnie Joe" is Ronnie Joe Halcomb: a double given name
                // written without the surname (Appalachian and Southern
                // names: Peggy Sue, Billy Ray).
                let double_given = || {
                    ix.by_first
                        .get(f)
                        .is_some_and(|v| v.iter().any(|&i| self.staff[i].all.len() > t.len() && self.staff[i].all[..t.len()] == t[..]))
                };
                named(f, l) || named(l, f) || pet() || double_given()
            }
        }
    }

    /// A lone word that is staff only as the start of a staff member's
    /// given name ("Geert" of Geertje Buist): a short form for the team's
    /// own pages, but with an age of its own it is someone else (round 68).
    pub fn is_staff_prefix_only(&self, token: &str) -> bool {
        let t = clean(token);
        t.len() >= 3 && self.staff_index.first_prefixes.contains(&t) && !self.staff_word(&t)
    }

    /// One cleaned word that is a staff member's name word, the full form
    /// of a short one ("Dave" for David) or a pet form of their given name.
    fn staff_word(&self, t: &str) -> bool {
        let ix = &self.staff_index;
        ix.tokens.contains(t)
            || super::words::full_forms(t).any(|f| ix.by_first.contains_key(f))
            || (t.ends_with(['y', 'i', 'e']) && ix.pet_of_staff(t))
    }

    /// Adds the people pages outside the team section introduce as staff
    /// ([`super::introduced_names`]): known by their names as written, not
    /// by pet forms of their first name elsewhere on the site.
    pub fn add_introduced(&mut self, names: &[String]) {
        for s in names {
            if let Some(mut st) = parse_staff(s) {
                st.introduced = true;
                self.staff.push(st);
            }
        }
        self.staff_index = StaffIndex::new(&self.staff);
    }

    /// This allowlist plus a page's own `compliance.allow` entries.
    pub fn extended(&self, extra: &[String]) -> Allowlist {
        let mut a = self.clone();
        for s in extra {
            a.add_allow(s);
        }
        a
    }

    /// This allowlist for a page in English on a site in another language
    /// ([`super::language::page_in_english`]).
    pub(super) fn in_english(&self) -> Allowlist {
        let mut a = self.clone();
        a.not_english = false;
        a
    }

    /// Records the children a credited guest writer calls her own.
    pub fn add_guest_children(&mut self, writer: &str, children: &[String]) {
        let known = self.guest_children.entry(writer.to_string()).or_default();
        for c in children {
            if !known.contains(c) {
                known.push(c.clone());
            }
        }
    }

    /// The children `writer` calls her own on any of her accounts.
    pub(super) fn guest_children_of(&self, writer: &str) -> &[String] {
        self.guest_children.get(writer).map_or(&[], Vec::as_slice)
    }

    /// Marks the site's language (`site.toml` `language`, e.g. "en", "de").
    pub fn set_language(&mut self, language: &str) {
        let l = language.trim().to_ascii_lowercase();
        self.not_english = !(l.is_empty() || l == "en" || l.starts_with("en-") || l.starts_with("en_"));
    }

    /// Marks the practice's country (ISO 3166 code, e.g. "GB", "NZ").
    pub fn set_country(&mut self, country: &str) {
        self.country = Some(country.trim().to_ascii_uppercase()).filter(|c| !c.is_empty());
    }

    /// The practice's country, when `site.toml` gives one.
    pub(super) fn country(&self) -> Option<&str> {
        self.country.as_deref()
    }

    /// Is the site written in English (the default)?
    pub fn english(&self) -> bool {
        !self.not_english
    }

    /// Is this single word (lowercase compare) part of the practice's name,
    /// city or an allow string?
    pub fn is_known_word(&self, w: &str) -> bool {
        self.words.contains(&clean(w))
    }

    /// A name accepted by an allow entry that is not an address: "Wong" is
    /// no practice name because "18 Jalan Wong Ah Fook" is allowed.
    pub fn is_allowed_name(&self, s: &str) -> bool {
        let l = s.trim().to_lowercase();
        !l.is_empty()
            && self.strings.iter().any(|a| (!a.contains(|c: char| c.is_ascii_digit()) && contains_whole(a, &l)) || domain_head(a, &l))
    }

    /// Does an allow string contain this text (case-insensitive)?
    pub fn is_allowed_string(&self, s: &str) -> bool {
        let l = s.trim().to_lowercase();
        !l.is_empty() && self.strings.iter().any(|a| contains_whole(a, &l) || domain_head(a, &l))
    }
}

/// `part` occurs in `entry` with no letter or digit glued to either end:
/// the entry "+61 2 5550 1290" accepts "5550 1290", not an age "90"; the
/// e-mail "ann@…" accepts "Ann", "annual@…" does not.
fn contains_whole(entry: &str, part: &str) -> bool {
    entry.match_indices(part).any(|(i, m)| {
        let before = entry[..i].chars().next_back();
        let after = entry[i + m.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// `part` (its letters and digits run together) opens the first label of
/// the domain in `entry`: a practice names its domain after itself or its
/// owner ("bearodriguez.com" for Bea Rodriguez, "mdimaui.com" for MDi), so
/// that name is the practice's own, not a patient's.
fn domain_head(entry: &str, part: &str) -> bool {
    let compact: String = part.chars().filter(|c| c.is_alphanumeric()).collect();
    if compact.chars().count() < 3 || !entry.contains('.') || entry.contains(char::is_whitespace) {
        return false;
    }
    let host = entry.rsplit('@').next().unwrap_or(entry);
    let host = host.split("//").last().unwrap_or(host).trim_start_matches("www.");
    host.split('.').next().is_some_and(|label| label.starts_with(&compact))
}

/// Lookups for [`Allowlist::is_staff`] without a pass over all staff:
/// every written form a name part may take (see [`matches_part`]).
#[derive(Debug, Clone, Default)]
struct StaffIndex {
    /// Every token of every staff name.
    tokens: HashSet<String>,
    /// Prefixes of 3+ bytes of first names.
    first_prefixes: HashSet<String>,
    /// Each form a first name may be written in (whole, initial, 3+ byte
    /// prefix) → the staff with that first name.
    by_first: HashMap<String, Vec<usize>>,
    /// Each 3+ byte prefix of a first name (the whole name too) → the
    /// length of the longest first name with that prefix: a pet form's stem
    /// is looked up here instead of being tried on every `by_first` key.
    longest_first: HashMap<String, usize>,
}

impl StaffIndex {
    fn new(staff: &[Staff]) -> Self {
        let mut ix = StaffIndex::default();
        for (i, s) in staff.iter().enumerate() {
            ix.tokens.extend(s.all.iter().cloned());
            // "Meggers-Wright": a field's word scan sees each half alone.
            ix.tokens
                .extend(s.all.iter().filter(|t| t.contains('-')).flat_map(|t| t.split('-')).filter(|p| p.len() >= 3).map(str::to_string));
            let f = &s.first;
            let mut forms: Vec<&str> = vec![f.as_str()];
            forms.extend(f.get(..1));
            for end in f.char_indices().map(|(k, _)| k).skip(1).chain(std::iter::once(f.len())) {
                if end >= 3 {
                    forms.push(&f[..end]);
                    if s.introduced {
                        continue;
                    }
                    ix.first_prefixes.insert(f[..end].to_string());
                    let longest = ix.longest_first.entry(f[..end].to_string()).or_default();
                    *longest = (*longest).max(f.len());
                }
            }
            // "Dr. JB Hyppolite" for Jean-Baptiste: a hyphenated first name
            // is written by its initials.
            let initials: String = f.split('-').filter_map(|p| p.chars().next()).collect();
            if f.contains('-') && initials.len() >= 2 {
                forms.push(&initials);
            }
            forms.sort_unstable();
            forms.dedup();
            for form in forms {
                ix.by_first.entry(form.to_string()).or_default().push(i);
            }
        }
        ix
    }
}

impl StaffIndex {
    /// Is `short` a pet form ([`super::words::pet_form_of`]) of any key of
    /// `by_first`? A key that qualifies is a prefix of a first name that
    /// qualifies too (same stem, longer), so the longest first name under
    /// each stem decides.
    fn pet_of_staff(&self, short: &str) -> bool {
        super::words::pet_stems(short).any(|stem| self.longest_first.get(stem).is_some_and(|&n| n > stem.len() + 1))
    }
}

fn matches_part(cand: &str, part: &str) -> bool {
    cand == part || (cand.len() == 1 && part.starts_with(cand)) || (cand.len() >= 3 && part.starts_with(cand))
}

/// Lowercase letters, digits and hyphens, accents folded: a slug or an
/// image file name writes "Lucía" as "lucia", and people type "Siobhan"
/// for "Siobhán".
fn clean(s: &str) -> String {
    let s = super::words::trim_possessive(s);
    if s.is_ascii() {
        // The same string in one pass: ASCII lowercases byte for byte and
        // has no accents to fold.
        return s.bytes().filter(|b| b.is_ascii_alphanumeric() || *b == b'-').map(|b| char::from(b.to_ascii_lowercase())).collect();
    }
    s.chars().filter(|c| c.is_alphanumeric() || *c == '-').flat_map(char::to_lowercase).map(super::words::fold_accent).collect()
}

fn parse_staff(s: &str) -> Option<Staff> {
    let head = s.split(',').next().unwrap_or("");
    let toks: Vec<String> = head
        .split_whitespace()
        .filter(|w| {
            let l = w.trim_end_matches('.').to_lowercase();
            let honorific = matches!(l.as_str(), "dr" | "mr" | "mrs" | "ms" | "miss" | "mx" | "prof" | "jr" | "sr" | "ii" | "iii");
            let credential = w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase() || c == '-' || c == '.');
            !(honorific || credential)
        })
        .map(clean)
        .filter(|w| !w.is_empty())
        .collect();
    if toks.is_empty() {
        return None;
    }
    Some(Staff { first: toks[0].clone(), last: toks[toks.len() - 1].clone(), all: toks, introduced: false })
}

/// The person a practice mailbox is named after: "danielle@", "rosa.kim@",
/// "amy_lindqvist@" when its first part is a given name; none for role
/// mailboxes ("info@", "hello@").
fn mailbox_person(email: &str) -> Option<Staff> {
    let local = email.trim().split_once('@')?.0.to_lowercase();
    let parts: Vec<&str> = local.split(['.', '_', '-']).filter(|w| !w.is_empty()).collect();
    let plausible = (1..=2).contains(&parts.len()) && parts.iter().all(|w| w.len() >= 2 && w.chars().all(char::is_alphabetic));
    if !plausible || ROLE_MAILBOXES.contains(&parts[0]) || !super::lexicon::is_given(parts[0]) {
        return None;
    }
    parse_staff(&parts.join(" "))
}

/// A clinical department's mailbox word: "audiology", "cardiology",
/// "physio", "radiology", "pediatrics".
fn department_mailbox(w: &str) -> bool {
    const ENDS: [&str; 8] = ["ology", "ologie", "iatrics", "therapy", "physio", "surgery", "dentistry", "imaging"];
    w.len() >= 6 && ENDS.iter().any(|e| w.ends_with(e))
}

#[cfg(test)]
#[path = "allow_tests.rs"]
mod tests;
