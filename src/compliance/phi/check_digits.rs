//! National and health identifiers found by their shape and check digit,
//! with no label (split from [`super::hard`], round 51): a page that prints
//! "6182-735-404-MX" or "ZAC5361" after a first name has published a
//! health card or an NHI number whether or not it says so.
//!
//! A shape alone is too weak where it is also a phone's or a product
//! code's, so each scheme takes its own evidence:
//! - everywhere: a Singapore NRIC/FIN with its check letter, a South
//!   African identity number (a birth date, a citizenship digit and a Luhn
//!   digit: thirteen digits that are rarely anything else), a Malaysian
//!   MyKad whose first six digits are a date, a US Medicare Beneficiary
//!   Identifier (its letter and digit positions are unlike any other
//!   code's; the CMS sample "1EG4-TE5-MK73" is no one's), an Ontario
//!   health card written 4-3-3 with its two-letter version code and a
//!   valid Luhn digit;
//! - on a practice in that country only (`[practice] address.country`):
//!   the Ontario card without its version code (CA), an NHS number written
//!   3-3-4 with its modulus-11 digit (GB), an NHI number (NZ), a Medicare
//!   card number (AU). Elsewhere the same digits are more often a phone.

use std::sync::LazyLock;

use regex::Regex;

use super::redact::quote;
use super::segments::{Segment, Segments};
use super::{Finding, Severity, finding};

static NRIC: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)(?:^|[^a-z0-9])([stfg]\d{7}[a-z])(?:$|[^a-z0-9])").unwrap());
static MYKAD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|[^\d-])(\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])-\d{2}-\d{4})(?:$|[^\d-])").unwrap());
/// CMS's MBI: digit, letter, letter or digit, digit, letter, letter or
/// digit, digit, letter, letter, digit, digit; no S, L, O, I, B or Z.
static MBI: LazyLock<Regex> = LazyLock::new(|| {
    let a = "[AC-HJKMNP-RT-Y]";
    let an = "[AC-HJKMNP-RT-Y0-9]";
    Regex::new(&format!(r"(?:^|[^A-Za-z0-9-])([1-9]{a}{an}\d-?{a}{an}\d-?{a}{a}\d\d)(?:$|[^A-Za-z0-9-])")).unwrap()
});
/// A South African identity number: birth date YYMMDD, four digits, the
/// citizenship digit (0 citizen, 1 permanent resident, 2 refugee), an 8 or
/// 9, and a Luhn digit; written whole or 6-4-3.
static ZA_ID: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|[^\d])(\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]) ?\d{4} ?[012][89]\d)(?:$|[^\d])").unwrap());
/// Ontario's card: ten digits as 4-3-3, then (optionally) two letters.
static ONTARIO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|[^\d-])(\d{4}[- ]\d{3}[- ]\d{3}(?:[- ]?([A-Z]{2}))?)(?:$|[^\dA-Za-z-])").unwrap());
static NHS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?:^|[^\d+-])([1-9]\d{2}[ -]\d{3}[ -]\d{4})(?:$|[^\d-])").unwrap());
static NHI: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?:^|[^A-Za-z0-9])([A-HJ-NP-Z]{3}\d{4})(?:$|[^A-Za-z0-9])").unwrap());
static MEDICARE_AU: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|[^\d-])([2-6]\d{3} ?\d{5} ?\d(?:[ -/]?\d)?)(?:$|[^\d-])").unwrap());

/// Reports the identifiers of [this module](self) in segment `s`, outside
/// the spans the labelled rules reported (`labeled`). `country` is the
/// practice's (ISO code, any case).
pub(super) fn check(segs: &Segments, s: &Segment, labeled: &[std::ops::Range<usize>], country: Option<&str>, out: &mut Vec<Finding>) {
    let t = &s.text;
    let country = country.map(str::to_ascii_uppercase);
    let here = |c: &str| country.as_deref() == Some(c);
    let mut found: Vec<(regex::Match, &str, &str)> = Vec::new();
    let mut scan = |re: &Regex, what: &'static str, valid: &dyn Fn(&regex::Captures) -> bool| {
        let why =
            if what.contains("Beneficiary") || what.contains("MyKad") { "it has the shape of one" } else { "its check digit is right" };
        for c in re.captures_iter(t) {
            if let Some(m) = c.get(1)
                && valid(&c)
            {
                found.push((m, what, why));
            }
        }
    };
    // Each scheme is scanned only where the segment has its digits (an
    // NHI four, an MBI five, the others seven or more).
    let d = s.digits;
    if d >= 7 {
        scan(&NRIC, "national identity number (NRIC/FIN)", &|c| nric_valid(&c[1]));
        scan(&MYKAD, "national identity number (MyKad)", &|_| true);
        scan(&ZA_ID, "South African identity number", &|c| luhn_any(&c[1]) && !c[1].starts_with("8001015009"));
        scan(&ONTARIO, "Ontario health card number", &|c| (c.get(2).is_some() || here("CA")) && luhn(&c[1]));
    }
    if d >= 5 {
        scan(&MBI, "Medicare Beneficiary Identifier", &|c| !c[1].replace('-', "").starts_with("1EG4TE5MK7"));
    }
    if here("GB") && d >= 10 {
        scan(&NHS, "NHS number", &|c| nhs_valid(&c[1]));
    }
    if here("NZ") {
        scan(&NHI, "NHI number", &|c| nhi_valid(&c[1]));
    }
    if here("AU") && d >= 10 {
        scan(&MEDICARE_AU, "Medicare card number", &|c| medicare_au_valid(&c[1]));
    }
    for (m, what, why) in found {
        if labeled.iter().any(|r| r.contains(&m.start())) || super::hard::placeholder(m.as_str()) {
            continue;
        }
        out.push(
            finding(
                "phi/id-number",
                Severity::Error,
                segs.pos(s, m.start()),
                format!("{what} {}: {why}, and it identifies a person wherever it appears; remove it", quote(m.as_str())),
            )
            .about(m.as_str()),
        );
    }
}

fn digits(v: &str) -> Vec<u32> {
    v.chars().filter_map(|c| c.to_digit(10)).collect()
}

/// The NRIC/FIN check letter: weights 2765432 on the digits, 4 more for
/// the T and G series, one table for S/T and one for F/G.
fn nric_valid(v: &str) -> bool {
    let b = v.to_ascii_uppercase().into_bytes();
    const W: [u32; 7] = [2, 7, 6, 5, 4, 3, 2];
    let mut sum: u32 = (0..7).map(|i| u32::from(b[i + 1] - b'0') * W[i]).sum();
    if matches!(b[0], b'T' | b'G') {
        sum += 4;
    }
    let table: &[u8] = if matches!(b[0], b'S' | b'T') { b"JZIHGFEDCBA" } else { b"XWUTRQPNMLK" };
    table[(sum % 11) as usize] == b[8]
}

/// The Luhn check over the ten digits of an Ontario health card number.
fn luhn(v: &str) -> bool {
    digits(v).len() == 10 && luhn_any(v)
}

/// The Luhn check over all the digits of `v`.
fn luhn_any(v: &str) -> bool {
    let d = digits(v);
    !d.is_empty()
        && d.iter().rev().enumerate().map(|(i, &x)| if i % 2 == 1 { if x * 2 > 9 { x * 2 - 9 } else { x * 2 } } else { x }).sum::<u32>()
            % 10
            == 0
}

/// The NHS number's modulus 11: weights 10 to 2 on the first nine digits.
fn nhs_valid(v: &str) -> bool {
    let d = digits(v);
    if d.len() != 10 {
        return false;
    }
    let sum: u32 = d[..9].iter().zip((2..=10).rev()).map(|(x, w)| x * w).sum();
    let check = (11 - sum % 11) % 11;
    check != 10 && check == d[9]
}

/// The NHI's modulus 11 (the format of three letters and four digits):
/// letters count from A = 1 without I and O, weights 7 to 2.
fn nhi_valid(v: &str) -> bool {
    let b = v.as_bytes();
    let letter = |c: u8| {
        let n = u32::from(c - b'A') + 1;
        n - u32::from(c > b'I') - u32::from(c > b'O')
    };
    let vals: Vec<u32> = b[..3].iter().map(|&c| letter(c)).chain(b[3..6].iter().map(|&c| u32::from(c - b'0'))).collect();
    let sum: u32 = vals.iter().zip([7, 6, 5, 4, 3, 2]).map(|(x, w)| x * w).sum();
    let check = (11 - sum % 11) % 11;
    check != 10 && check == u32::from(b[6] - b'0')
}

/// An Australian Medicare card number: the ninth digit is the first
/// eight's weighted sum (1, 3, 7, 9, 1, 3, 7, 9) modulo 10.
fn medicare_au_valid(v: &str) -> bool {
    let d = digits(v);
    (10..=11).contains(&d.len()) && d[..8].iter().zip([1, 3, 7, 9, 1, 3, 7, 9]).map(|(x, w)| x * w).sum::<u32>() % 10 == d[8]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_digits_of_each_scheme() {
        assert!(nric_valid("S1234567D") && !nric_valid("S1234567A"));
        assert!(luhn("9876-543-217") && !luhn("9876-543-218"));
        // The NHS's own published example, and one digit off.
        assert!(nhs_valid("943 476 5919") && !nhs_valid("943 476 5918"));
        // The NHI test numbers of the NZ Ministry of Health's specification.
        assert!(nhi_valid("ZAC5361") && !nhi_valid("ZAC5362"));
        assert!(medicare_au_valid("2123 45670 1") && !medicare_au_valid("2123 45671 1"));
        // The Department of Home Affairs' sample layout, and one digit off.
        assert!(luhn_any("8001015009087") && !luhn_any("8001015009088"));
    }
}
