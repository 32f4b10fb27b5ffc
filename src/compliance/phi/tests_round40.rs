//! Round 40 of issue 9 (twenty-third session): numbers and ages in the
//! languages practices serve, from case set AD (an East London GP surgery,
//! seen after its blind score) but written for every language: digits of
//! other scripts read as digits, an age over 89 with another language's
//! word for "years", the word for "number" or "code" before a long number,
//! the UK's "NI number", and someone new described by an age over 89
//! beside any health word; and a staff surname that a title and the next
//! words make someone else's full name ("Mr Ng Boon Huat", set AE). Each
//! rule has a counterpart; every person and number is fictitious.

use super::tests::{assert_caught, assert_clean};

#[test]
fn digits_of_other_scripts_are_digits() {
    assert_caught(&["সালমা বেগম: এনএইচএস নম্বর ৯৪৩ ৪৭৬ ৫৯১৯, কিডনি পরীক্ষা।\n"]);
    // The practice's phone after the word for "phone".
    assert_clean(&["আমাদের ফোন নম্বর ০২০ ৭৯৪৬ ০০০০, সোমবার থেকে শুক্রবার।\n"]);
}

#[test]
fn ages_over_89_in_other_languages() {
    assert_caught(&[
        "Ayeeyo Faadumo, oo ku nool Lansbury Estate, ayaa toddobaadkii hore gaartay 92 sano.\n",
        "Babcia Stasia z ulicy Ogrodowej skończyła 97 lat i co miesiąc przychodzi na zastrzyk.\n",
        "Mūsų visų močiutė Aldona iš Bow, kuriai praėjusią savaitę sukako 95-eri, ateina pas Rūtą.\n",
        "Amrar sobar Nani, Bow Common Lane-or, ei mash-e 91 bosor hoiche.\n",
    ]);
    assert_clean(&[
        // Populations, and an English sentence.
        "Osoby powyżej 90 lat mogą się zaszczepić w domu.\n",
        "Les personnes de 92 ans et plus peuvent recevoir le vaccin à domicile.\n",
        "पिछले साल 90 वर्ष या उससे अधिक आयु के 14 लोग आए।\n",
        "The temperature reached 95 lat noon today in the town.\n",
    ]);
}

#[test]
fn the_word_for_number_before_a_long_number() {
    assert_caught(&[
        "Jonas Petraitis, asmens kodas 38703151234, širdies operacija.\n",
        "Last week she helped Mr Emeka Obi (NI number KN 44 19 80 A) describe how his heart failure affects his day.\n",
    ]);
    assert_clean(&[
        // A bank account; a phone after "call … at the number".
        "Numer konta: 12 3456 7890 1234 5678 9012 3456\n",
        "Bei Problemen melden Sie sich bitte unter der Nummer 07125-947971 direkt bei der Ärztin.\n",
        "Xin vui lòng gọi cho quản lý phòng khám theo số 208-555-0140 để chúng tôi lắng nghe.\n",
    ]);
}

#[test]
fn someone_new_described_by_an_age_over_89() {
    assert_caught(&[
        "The oldest person at Saturday's flu clinic was a 101-year-old great-grandmother from Poplar, who came in on the arm of her grandson.\n",
    ]);
    assert_clean(&["A 92-year-old can still have a flu jab safely.\n", "People aged 90 and over can get the flu jab at home.\n"]);
}

#[test]
fn a_staff_surname_inside_someone_elses_full_name() {
    // Lin Zhao, RN is staff in the test allowlist.
    assert_caught(&["Congratulations to Mr Zhao Boon Huat, our first screening colonoscopy patient of 2026, seen on 02/01/2026.\n"]);
    assert_clean(&["Mr Zhao runs our screening clinic on Fridays.\n"]);
}
