//! Names on a page that are no person the practice could have treated
//! (round 27, from case set T): a therapy dog or a clinic cat ("Bryn, our
//! therapy dog", "Bryn the golden retriever") and a composite case the page
//! says is invented ("Alex is not a real person: this is a composite").
//! Their names are known on the page, as staff are. Also (round 60) the
//! places named after people: a school, a hospital or a street ("au
//! collège Jean Moulin", "in via Santo Stefano 48").

use std::sync::LazyLock;

use regex::Regex;

use super::PageInput;

/// A page that says its case is invented (read by [`super::names`]), in
/// English and, since round 59, in the other languages practices write in
/// ("„Frau Berger“ ist erfunden", "cas fictif").
pub(super) static HYPOTHETICAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bimagine\s+(?:this|the\s+following|a|the)\s+(?:scenario|situation|case)\b|\bhypothetical(?:ly)?\b|\b(?:a|this)\s+(?:fictional|fictitious|made-up|composite)\s+(?:patient|case|example|story|scenario)\b|\b(?:isn['’]t|is\s+not|aren['’]t|are\s+not)\s+(?:a\s+)?real\s+(?:person|people|patients?)\b|\ba\s+composite\s+of\b|\b(?:every|all)\s+(?:the\s+)?details?\s+(?:below|here|above)\s+(?:is|are)\s+invented\b|\b(?:this|it)\s+is\s+a\s+composite\b|\b(?:none|neither)\s+of\s+them\s+(?:is|are)\s+(?:a\s+)?real\b|\b(?:names|details|patients|people|characters)\s+(?:[\w-]+\s+){0,4}?(?:are|were)\s+(?:all\s+)?(?:invented|made\s+up|fictional|fictitious)\b|\bcase\s+(?:is|was)\s+(?:\*\*|_)?(?:fictional|fictitious|invented|made[- ]up)\b|\bdoes\s+not\s+describe\s+(?:a|any)\s+real\b|\b(?:no\s+existen|não\s+existem|non\s+esistono|n['’]existent\s+pas|existieren\s+nicht|bestaan\s+niet)\b|(?-i:\p{Lu}\p{Ll}+)[\x22”»'’]?\s+(?:no\s+existe|não\s+existe|non\s+esiste|n['’]existe\s+pas|existiert\s+nicht|bestaat\s+niet)\b|\b(?:storia|historia|história|histoire|verhaal|storie|geschichte)\s+(?:(?:is|ist|è|es|est|é)\s+)?(?:composita|compuesta|composta|composite|composée|samengesteld|saamgestel\w*|zusammengesetzt)\b|\bsaamgestelde\s+storie\b|\bnie\s+['’]n\s+regte\s+persoon\b|\b(?:relato|historia|história|texto|racconto|récit)\s+(?:compuesto|composto|composite)\b|\bcasos?\s+ficticios?\b|\bno\s+es\s+una\s+persona\s+real\b|\bcas\s+fictifs?\b|\bn['’]est\s+pas\s+une\s+personne\s+r[ée]elle\b|\b(?:ist|sind)\s+(?:frei\s+)?erfunden\b|\berfundene[rns]?\s+(?:\w+\s+)?(?:fall|geschichte|person|zusammenfassung|beispiel|figur|patient\w*)\b|\bfiktive[rns]?\s+(?:fall|geschichte|person|patient\w*|beispiel)\b|\bmontage\s+aus\b|\b(?:personnage|patient|patiente|histoire|cas|exemple)s?\s+(?:fictif|fictive|inventée?)s?\b|\b(?:est|sont)\s+(?:inventée?s?|fictifs?|fictives?)\b|\b(?:es|son|é|são|è|sono)\s+(?:inventad[oa]s?|fictici[oa]s?|fictíci[oa]s?|fittizi[oa]?|inventat[oaie])\b|\bcaso\s+(?:ficticio|fictício|fittizio|compuesto|composto)\b|\b(?:is|zijn)\s+(?:verzonnen|fictief)\b|\bfictieve?\s+(?:casus|patiënt|persoon|verhaal)\b|\b(?:een|ein|eine|un|une|una|um|uma|uno)\s+\**(?:fictief|fictieve|fiktive[sr]?|fictif|fictive|ficticio|ficticia|fictício|fictícia|fittizio|fittizia|erfundene[sr]?|inventado|inventada|verzonnen)\**\s+(?:voorbeeld|verhaal|casus|beispiel|fall|exemple|cas|ejemplo|caso|exemplo|esempio|geschichte|histoire|historia|história|storia)\b|\bkurgusal\b|\bhayali\s+(?:bir\s+)?(?:vaka|hasta|hikaye)\b|\bizmišljen\w*|\bfikcyjn\w*|\bzmyślon\w*").unwrap()
});

/// An animal a practice keeps or visits with ("therapy dog", "clinic cat",
/// "golden retriever"); also read by `soft` for an animal's birthday.
pub(super) const ANIMAL: &str = r"(?:therapy\s+|assistance\s+|guide\s+|hearing\s+|clinic\s+|office\s+|resident\s+|ward\s+)?(?:dog|puppy|pup|cat|kitten|horse|pony|rabbit|bunny|hamster|guinea\s+pig|parrot|tortoise|retriever|labrador|spaniel|poodle|terrier|collie|labradoodle|cockapoo|doodle|beagle|dachshund|greyhound|whippet|alsatian|husky|pug|shih\s+tzu)";

/// "Bryn the golden retriever", "Bryn, our therapy dog", "Bryn is a
/// golden retriever", "our therapy dog, Bryn", "a clinic cat called Miso".
static ANIMAL_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i:\b)(\p{{Lu}}\p{{Ll}}+)(?:,\s*|\s+)(?i:(?:the|our|a|an|is\s+(?:a|an|our)|was\s+(?:a|an|our))\s+(?:[\w-]+\s+){{0,2}}?{ANIMAL}s?)\b|(?i:\b{ANIMAL},?\s+(?:called\s+|named\s+)?)(\p{{Lu}}\p{{Ll}}+)\b"
    ))
    .unwrap()
});

/// "Alex is not a real person", "'Alex', a composite of many young
/// people", "a fictional family, the Morgans", "\"Kai\" is a composite we
/// made up".
static INVENTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(\p{Lu}\p{Ll}+)['’"”]?,?\s+(?i:(?:is|was)\s+not\s+a\s+real\s+(?:person|patient|child|teenager|young\s+person)|(?:is\s+)?a\s+(?:composite|fictional|fictitious|made-up|invented|hypothetical)\b)"#).unwrap()
});

/// Names this page gives to animals and to people it says it invented.
pub(super) fn not_people(page: &PageInput) -> Vec<String> {
    let texts = std::iter::once(page.body).chain(page.fields.iter().filter(|f| matches!(f.key, "title" | "description")).map(|f| f.value));
    let mut out: Vec<String> = Vec::new();
    for t in texts {
        for c in ANIMAL_NAME.captures_iter(t).chain(INVENTED.captures_iter(t)) {
            if let Some(name) = c.get(1).or_else(|| c.get(2)).map(|m| m.as_str().to_string())
                && !out.contains(&name)
            {
                out.push(name);
            }
        }
    }
    out
}

/// "L’art, 9, comma 4": an article run into a noun; "vive a Roma": a place
/// after a preposition of place.
pub(super) fn no_person_here(before: &str, name: &str) -> bool {
    let locative = before
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .is_some_and(|w| matches!(w, "a" | "à" | "in" | "en" | "em" | "au" | "aux" | "nach" | "nel" | "nella" | "im" | "zu"));
    // "am 25. April", "le 3 Mai": a month after a day; "au collège Jean
    // Moulin", "Gymnasium Wasagasse": a school or a street named after
    // someone.
    let last = before.trim_end();
    let date = last.trim_end_matches('.').ends_with(|c: char| c.is_ascii_digit());
    let named_after = last.rsplit(char::is_whitespace).next().is_some_and(|w| INSTITUTION.is_match(w));
    locative || date || named_after || ["L'", "L’", "D'", "D’"].iter().any(|p| name.starts_with(p))
}

/// A school or a street, which bear people's names.
static INSTITUTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:\w*schule|gymnasium|collège|college|lycée|école|ecole|athénée|escuela|colegio|escola|liceo|scuola|instituto|istituto|rue|avenue|boulevard|place|quai|straße|strasse|gasse|platz|calle|avenida|rua|via|piazza|straat|laan|plein|sokak|caddesi|ulica|hôpital|hospital|spital|klinikum|clinique|clínica|clinica|centre|centro|zentrum)$").unwrap()
});

/// "ci trova in via Santo Stefano 48", "calle San Vicente", "rue Jean
/// Jaurès": a street named after someone is no person (round 60, from
/// set BX). "via" is also an English word ("via Royal Mail"): on an
/// English site it counts only before a house number.
pub(super) fn street_named(text: &str, start: usize, seq: &str, english_site: bool) -> bool {
    let prev = text[..start].trim_end().rsplit(char::is_whitespace).next().unwrap_or("").to_lowercase();
    let numbered = || text[start + seq.len()..].trim_start().starts_with(|c: char| c.is_ascii_digit());
    match prev.as_str() {
        "via" => !english_site || numbered(),
        "viale" | "piazza" | "piazzale" | "corso" | "vicolo" | "carrer" | "avinguda" | "plaça" | "passeig" | "paseo" | "calle"
        | "avenida" | "praça" | "travessa" | "rue" | "boulevard" | "allée" | "chemin" | "impasse" | "quai" | "ulica" | "aleja" => true,
        _ => false,
    }
}

// What makes a person named in another language no patient (moved from
// `foreign_story` in round 62).

/// Colleagues' training and conferences, where clinicians studied or met
/// ("en el Colegio de Psicólogos", "presso la scuola Studi Cognitivi").
pub(super) static TRAINING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)conferen|congr[eè]s|kongress|tagung|seminar|s[ée]minaire|formation|fortbildung|weiterbildung|ausbildung|laure[aá]|universit|diplom|master|workshop|ponente|referent|vortrag|colegio\s+(?:oficial\s+)?de\s+\p{L}|ordre\s+des|kammer|studium|studied|estudi[oó]|studiert|speciali[sz]z|spezialis|spécialis|especializ").unwrap()
});

/// A volunteer, in the languages of `foreign_story`'s cues.
pub(super) static VOLUNTEER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)b[ée]n[ée]vol|ehrenamt|freiwillig|volunt[aá]ri|vrijwillig|gönüllü|volonter|wolontariu|volunteer").unwrap()
});

/// The practice's team on an outing ("Unser Team war auf der Rax
/// wandern", "notre équipe en sortie"): the people hurt there are staff
/// (round 62), as the English staff anecdote is.
pub(super) static TEAM_OUTING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:unser(?:e)?\s+(?:praxis)?team|notre\s+équipe|nuestro\s+equipo|el\s+nostre\s+equip|il\s+nostro\s+team|ons\s+team|a\s+nossa\s+equipa)\b[^.!?]{0,80}?(?:ausflug|wander|sortie|randonn|excursi|sortida|gita|uitje|wandel|passeio|caminhada|skitag|weekend|wochenende)").unwrap()
});

/// A German preposition fused with an article ("ins", "zum", "vom").
pub(super) static FUSED_ARTICLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:ins|im|zum|zur|vom|ans|aufs|übers|durchs|fürs)\s+$").unwrap());

#[cfg(test)]
mod tests {
    use super::super::Field;
    use super::super::tests::page_of;

    fn named(kind: &str, body: &str, title: &str) -> bool {
        page_of(kind, body, 6, vec![Field { key: "title", value: title, line: 2, column: 9 }]).iter().any(|f| f.rule == "phi/name")
    }

    #[test]
    fn a_therapy_dog_is_no_patient() {
        let body =
            "Bryn, 6, is a golden retriever who had his own cruciate ligament operation last year, so he knows all about bandages.\n";
        assert!(!named("news", body, "Meet Bryn, our therapy dog"));
        // The same sentence of a boy is a patient's.
        let boy = "Bryn, 6, is a cheerful boy who had his own cruciate ligament operation last year, so he knows all about bandages.\n";
        assert!(named("news", boy, "Meet Bryn"));
    }

    #[test]
    fn a_composite_the_page_says_is_invented() {
        let body = "*Alex is not a real person: this is a composite of many young people.*\n\nAlex, 14, has stopped going to school and was diagnosed with anxiety after a first appointment.\n";
        assert!(!named("tips", body, "A first CAMHS appointment"));
        let real = "Alex, 14, has stopped going to school and was diagnosed with anxiety after a first appointment.\n";
        assert!(named("tips", real, "A first CAMHS appointment"));
    }
}
