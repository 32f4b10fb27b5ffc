//! Pet forms of given names ("Dave" for David, "Allie" for Allison): how a
//! bio, staff news and the staff index know one person by several names.

/// Common English diminutives and the given names they shorten ("Dave" for
/// David, "Maggie" for Margaret): a bio or staff news calls a clinician
/// both.
const DIMINUTIVES: &[(&str, &str)] = &[
    ("dave", "david"),
    ("davey", "david"),
    ("nick", "nicholas"),
    ("nicky", "nicholas"),
    ("mike", "michael"),
    ("mick", "michael"),
    ("bob", "robert"),
    ("rob", "robert"),
    ("bobby", "robert"),
    ("bill", "william"),
    ("will", "william"),
    ("billy", "william"),
    ("liam", "william"),
    ("jim", "james"),
    ("jimmy", "james"),
    ("jamie", "james"),
    ("tom", "thomas"),
    ("tommy", "thomas"),
    ("joe", "joseph"),
    ("joey", "joseph"),
    ("dan", "daniel"),
    ("danny", "daniel"),
    ("chris", "christopher"),
    ("matt", "matthew"),
    ("andy", "andrew"),
    ("drew", "andrew"),
    ("tony", "anthony"),
    ("steve", "steven"),
    ("steve", "stephen"),
    ("ben", "benjamin"),
    ("sam", "samuel"),
    ("ed", "edward"),
    ("ted", "edward"),
    ("ned", "edward"),
    ("pete", "peter"),
    ("greg", "gregory"),
    ("jeff", "jeffrey"),
    ("alex", "alexander"),
    ("alex", "alexandra"),
    ("ken", "kenneth"),
    ("rick", "richard"),
    ("rich", "richard"),
    ("dick", "richard"),
    ("charlie", "charles"),
    ("chuck", "charles"),
    ("hank", "henry"),
    ("harry", "henry"),
    ("jack", "john"),
    ("johnny", "john"),
    ("larry", "lawrence"),
    ("ron", "ronald"),
    ("don", "donald"),
    ("jerry", "gerald"),
    ("frank", "francis"),
    ("fran", "frances"),
    ("maggie", "margaret"),
    ("meg", "margaret"),
    ("peggy", "margaret"),
    ("liz", "elizabeth"),
    ("beth", "elizabeth"),
    ("betty", "elizabeth"),
    ("lizzie", "elizabeth"),
    ("kate", "katherine"),
    ("katie", "katherine"),
    ("kathy", "katherine"),
    ("kate", "catherine"),
    ("cathy", "catherine"),
    ("jenny", "jennifer"),
    ("jen", "jennifer"),
    ("sue", "susan"),
    ("susie", "susan"),
    ("patty", "patricia"),
    ("pat", "patricia"),
    ("pat", "patrick"),
    ("debbie", "deborah"),
    ("deb", "deborah"),
    ("barb", "barbara"),
    ("annie", "anne"),
    ("becky", "rebecca"),
    ("vicky", "victoria"),
    ("abby", "abigail"),
    ("mandy", "amanda"),
    ("sandy", "sandra"),
    ("cindy", "cynthia"),
    ("terry", "teresa"),
    ("tess", "teresa"),
    ("nan", "nancy"),
];

/// Is `short` a pet form of `full` built the usual English way, a stem of
/// at least three letters and -ie/-y/-i/-ey ("allie" for "allison", "jonny"
/// for "jonathan")? For names no list holds.
pub(super) fn pet_form_of(short: &str, full: &str) -> bool {
    pet_stems(short).any(|stem| full.len() > stem.len() + 1 && full.starts_with(stem))
}

/// The stems (three letters or more) a pet form `short` may be cut from: a
/// full name is one of its pet forms when it starts with a stem and is at
/// least two bytes longer (see [`pet_form_of`]). Apart, so that the staff
/// index can look the stems up instead of trying every name.
pub(super) fn pet_stems(short: &str) -> impl Iterator<Item = &str> {
    ["ie", "y", "i", "ey"].into_iter().filter_map(move |end| {
        let stem = short.strip_suffix(end)?;
        // "jonny": a doubled last letter of the stem ("jonn") is one.
        let b = stem.as_bytes();
        let stem = if b.len() > 3 && b[b.len() - 1] == b[b.len() - 2] { &stem[..stem.len() - 1] } else { stem };
        (stem.len() >= 3).then_some(stem)
    })
}

/// The full given names a diminutive stands for ("dave" → ["david"]).
pub(super) fn full_forms(short: &str) -> impl Iterator<Item = &'static str> + '_ {
    DIMINUTIVES.iter().filter(move |(s, _)| *s == short).map(|(_, f)| *f)
}
