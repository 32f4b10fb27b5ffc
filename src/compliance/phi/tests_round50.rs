//! Round 50 of issue 9 (twenty-eighth session): given names of immigrant
//! families (the SSA names given to 100 to 999 babies), buildings named
//! after someone and a byline in the description. Every person is
//! fictitious.

use super::tests::{assert_caught, assert_clean, has_rule, rules, with_field};

/// Given names the 1,000-baby list lacked (Amanuel, Dawit, Bashir) are
/// names; an eponymous tube, a robotic arm and an AI image tool are not.
#[test]
fn rarer_given_names_are_names() {
    assert_caught(&[
        "Shout-out to little Amanuel (bed 14, Sojourn House) who was so brave for his 4 fillings today!\n",
        "Bashir was admitted with a heart attack on Tuesday and had a stent placed.\n",
    ]);
    assert_clean(&[
        "Training covers PEG feeding, Ryle's tube feeding and catheter care for our patients.\n",
        "Our surgeons replace knees with the Mako robotic arm; patients go home the next day.\n",
        "![cover](/uploads/Gemini_Generated_Image_abc.png)\n\nHow autistic children and their parents find calm after a diagnosis.\n",
    ]);
}

/// "Romero House" is a shelter, not Mr Romero: an address beside it in a
/// clinic timetable is the shelter's.
#[test]
fn a_house_named_after_someone_is_a_building() {
    assert_clean(&[
        "| day | site | address | dentist |\n| --- | --- | --- | --- |\n| Friday | Romero House | 1558 Bloor Street West | Dr. Kevin Tran |\n",
    ]);
    // A given name before "House" is still a person.
    assert_caught(&[
        "Sarah House, 54, had her hip replaced here on March 3.\n",
        "We saw Sarah House last week: she has diabetes and started insulin.\n",
    ]);
}

/// A description that is only a name is the page's byline; a description
/// that tells the person's care is not.
#[test]
fn a_name_only_description_is_a_byline() {
    let body = "Our patient was bedridden after a stroke and needed tube feeding and dialysis at home.\n";
    let f = with_field("description", "Soumya Lakshmi", body);
    assert!(!has_rule(&f, "phi/name"), "{:?}", rules(&f));
    let f = with_field("description", "Soumya Lakshmi was bedridden after her stroke.", body);
    assert!(has_rule(&f, "phi/name"), "{:?}", rules(&f));
}

/// A score out of ten or five closing a review is no date of a visit; a
/// date word before it makes it one.
#[test]
fn a_score_out_of_ten_is_no_date() {
    let f = super::tests::run("testimonials", "I came in with unhealthy gums and left with them healthy. 10/10 !\n");
    assert!(!has_rule(&f, "phi/date"), "{:?}", rules(&f));
    let f = super::tests::run("news", "Our patient Mrs. Ortiz was admitted on 10/10 after her fall.\n");
    assert!(has_rule(&f, "phi/date"), "{:?}", rules(&f));
}
