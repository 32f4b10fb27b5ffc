//! A relative, a given name or a nickname whose own clause tells our care
//! (split from [`super::candidate`]).

use super::*;

/// "her mother Harjit, who sees Dr. Baptiste in our memory clinic": a
/// relative whose own clause tells our care ("his daughter Ravneet" beside
/// it is the one who brings him). The clause is a relative clause or a
/// span of time ("Ana, two years relapse-free since …"), not the next verb
/// of the sentence ("rugby for Marquette, had it repaired").
static OWN_CLAUSE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^,\s+(?:who\s|whose\s|(?:[\w-]+\s+){0,2}(?:years?|months?|weeks?)\b)").unwrap());
static NICKNAME_BEFORE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r#"["“]\p{Lu}\p{Ll}+["”]\s*$"#).unwrap());
/// A relative's own verb right after the name: "her husband Pete died in
/// our unit in May" ("his wife Akosua welcomed …" is no care of hers).
static KIN_VERB: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s+(?:died|passed|was|is|has|had|spent|stayed|came)\b").unwrap());
static KIN_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:her|his|my|their|whose)\s+(?:mother|father|husband|wife|son|daughter|mom|dad|mum|grandmother|grandfather|grandma|grandpa|partner)\s+$").unwrap()
});

/// A relative, a given name or a nickname whose own clause tells our care:
/// "cheering on Ana, two years relapse-free since starting treatment in
/// our MS clinic".
pub(super) fn own_clause_care(before_name: &str, after: &str, w: &str) -> bool {
    let kin = KIN_BEFORE.is_match(before_name);
    (OWN_CLAUSE.is_match(after) || (kin && KIN_VERB.is_match(after)))
        && (kin || is_given_name(w) || NICKNAME_BEFORE.is_match(before_name))
        && cue_a(frame::to_stop(after))
}
