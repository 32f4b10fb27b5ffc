//! `phi/unique-person` in other languages (round 59): one unnamed person
//! singled out by a role a named place has one of ("der Wirt vom Gasthaus
//! Wickerl", "la boulangère de la rue Dumenge", "o pastor da Igreja
//! Maná", "el dueño del bar Chato", "de eigenaar van café De Zwaan",
//! "Fatih Camii'nin imamı"), with something done to them or found in them
//! in the same sentence or the next. The English frame ([`super::soft`])
//! reads "the landlord of the Red Lion"; a small community knows who runs
//! its inn in any language.
//!
//! The care must be an operation, a finding or a procedure: campaigns
//! and services ("Impfaktion", "campagne de vaccination", "Behandlung")
//! are what a role's holder organises or hosts, not what happened to them.
//! Mayors and presidents are public figures and are left out (a club's
//! or a festival commission's president is not, since round 60), as are
//! volunteers and training (the words of [`super::foreign_story`]).

use std::sync::LazyLock;

use regex::Regex;

use super::segments::{Kind, Segments};
use super::{Finding, Severity, finding, frame};

/// The role nouns, by language (masculine and feminine).
const ROLES_DE: &str = "kassenwart|kassenwartin|schatzmeister|schatzmeisterin|schriftführer|schriftführerin|steuermann|steuerfrau|wirt|wirtin|besitzer|besitzerin|inhaber|inhaberin|pfarrer|pfarrerin|mesner|mesnerin|messner|küster|küsterin|imam|rabbiner|direktor|direktorin|leiter|leiterin|kapitän|kapitänin|trainer|trainerin|torwart|tormann|torhüterin|hausmeister|hausmeisterin|hausbesorger|hausbesorgerin|obmann|obfrau|chorleiter|chorleiterin|trafikant|trafikantin|bäcker|bäckerin|metzger|metzgerin|fleischhauer|fleischhauerin|chef|chefin|schuster|friseur|friseurin|moderator|moderatorin|kellner|kellnerin|schaffner|schaffnerin|kommandant|kommandantin|feuerwehrkommandant|feuerwehrkommandantin|ortsvorsteher|ortsvorsteherin|förster|försterin|revierförster|revierförsterin|jäger|jägerin|oberhexe|zunftmeister|narrenvater|dirigent|dirigentin|kapellmeister|kapellmeisterin|vorsitzende|vorsitzender|jungbauer|jungbäuerin|altbauer|altbäuerin|bauer|bäuerin|seniorchef|seniorchefin|stürmer|stürmerin|torjäger|torjägerin|mittelstürmer|altbürgermeister|altbürgermeisterin";
const ROLES_FR: &str = "trésorier|trésorière|boulanger|boulangère|patron|patronne|gérant|gérante|propriétaire|sacristain|curé|pasteur|pasteure|imam|rabbin|directeur|directrice|capitaine|entraîneur|entraîneuse|gardien|gardienne|concierge|facteur|factrice|serveur|serveuse|fromager|fromagère|boucher|bouchère|cordonnier|cordonnière|fleuriste|coiffeur|coiffeuse|chef|cheffe|aumônier|prêtre|animateur|animatrice|professeur|professeure|institutrice|instituteur|maîtresse|caissier|caissière|vendeur|vendeuse|pompier|policier|policière|chauffeur|sacristine|organiste|cuisinier|cuisinière|enseignant|enseignante|pêcheur|matelot|secrétaire|brigadier|brigadière";
const ROLES_PT_ES_IT: &str = "tesoureiro|tesoureira|tesorero|tesorera|tesoriere|merendeira|merendeiro|cozinheira|cozinheiro|cocinero|cocinera|cuoco|cuoca|dono|dona|dueño|dueña|proprietário|proprietária|propietario|propietaria|proprietario|titolare|padre|pároco|párroco|parroco|cura|pastor|pastora|pastore|sacerdote|imã|imán|capitão|capitã|capitán|capitana|capitano|treinador|treinadora|entrenador|entrenadora|allenatore|guarda-redes|goleiro|goleira|portero|portera|portiere|sapateiro|zapatero|calzolaio|taberneiro|tabernero|oste|porteiro|porteira|conserje|custode|gerente|gestore|diretor|diretora|director|directora|direttore|direttrice|líder|panadero|panadera|fornaio|padeiro|padeira|carnicero|carnicera|macellaio|talhante|barbeiro|barbero|encargado|encargada|cartero|cartera|carteiro|carteira|postino|postina|barista|camarero|camarera|cameriere|cameriera|empregado|empregada|cajero|cajera|cassiere|cassiera|vigile|policía|poliziotto|sacrestano|sacristán|sacristà|sagrestano|campanero|campanaro|rector|maestro|maestra|profesor|profesora|professore|professoressa|professor|professora|insegnante|delegado|delegada|rappresentante|monitor|monitora|sarta|sarto|costurera|costureira|panettiere|fornaia|dolçainer|fallera|magazziniere|carrellista|mulettista|capoturno|caporeparto|capocantiere|verniciatore|saldatore|tornitore|libero|centrale|palleggiatrice|palleggiatore|schiacciatrice|schiacciatore|alzatore|mediano|terzino|attaccante|bomber|mister|repartidor|repartidora|operador|operadora|kiosquero|kiosquera|almacenero|almacenera|jugador|jugadora|arquero|arquera|matrona|enxaneta|acotxador|acotxadora|forner|fornera|cambrer|cambrera|carter|mestre|mestra|capità|delegat|porter|chierichetto|chierichetta|edicolante|tabaccaio|tabaccaia|pescivendolo|fruttivendolo|pizzaiolo|pasticcere|meccanico|bidello|bidella|preside|maresciallo|comandante";
const ROLES_NL: &str = "penningmeester|eigenaar|eigenares|eigenaresse|uitbater|uitbaatster|pastoor|dominee|imam|directeur|directrice|aanvoerder|aanvoerster|kapitein|trainer|trainster|keeper|keepster|conciërge|bakker|slager|kastelein|kapper|kapster|conducteur|chauffeur|buschauffeur|juf|meester|kok|koster|organist|postbode|voorzitter|beheerder|beheerster|groenteboer|visboer|bloemist|verkoopster|kassière|ijsmeester|loonwerker|bedrijfsleider|bedrijfsleidster|dj|boer|boerin|melkveehouder|veehouder|schoolhoofd|dirigent|molenaar|smid|schipper|sluiswachter|brugwachter|havenmeester|spits|doelman";

/// "<article> <role> <of/at> <Proper Name>" in German, French, Portuguese,
/// Spanish, Italian and Dutch; Turkish puts the role after the place
/// with a possessive ("Fatih Camii'nin imamı", "Kebap Sarayı'nın sahibi").
static ROLE_OF_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?:der|die|den|dem|unsere[nmr]?)\s+(?:\w+\s+)?(?:{ROLES_DE})\s+(?:des|der|vom|von\s+der|von|im|am|beim|in\s+der|auf\s+dem)\s+(?:\w+\s+)?(?-i:\p{{Lu}})|\b(?:le|la|l['’]|notre)\s*(?:{ROLES_FR})\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’]|au|à\s+la|chez)\s*(?:\w+\s+)?(?-i:\p{{Lu}})|\b(?:o|a|el|la|il|lo|l['’]|nosso|nossa|nuestro|nuestra|nostro|nostra|do|da|del|della|dello)\s*(?:{ROLES_PT_ES_IT})\s+(?:(?:de|di|da)\s+\w+\s+|(?:titolare|titular|suplente|riserva|storico|storica|histórico|histórica)\s+|(?-i:\p{{Lu}})\w+\s+|(?:\p{{Lu}}\.){{1,3}}\s+)?(?:d[oa]s?|de(?:l|\s+la|\s+los|\s+las|\s+l['’])?|na|no|en\s+(?:el|la)|della|dello|delle|degli|dei|dell['’]|del|di|dal|dalla|al|alla|all['’])\s*(?:\w+\s+){{0,3}}(?-i:\p{{Lu}})|\b(?:unsere[mnrs]?|unser)\s+(?:feuerwehrkommandant\w*|kommandant\w*|ortsvorsteher\w*|dorfpfarrer\w*|pfarrer\w*|mesner\w*|revierförster\w*|förster\w*|oberhexe|zunftmeister\w*|narrenvater|dorfwirt\w*|postbot\w*|dorfbäcker\w*|altbürgermeister\w*)\b|\b(?:onze|ons)\s+(?:koster|dominee|pastoor|ijsmeester|bakker|slager|postbode|loonwerker|molenaar|smid|veearts)\b|\b(?:il\s+nostro|la\s+nostra)\s+(?:parroco|sagrestano|sacrestano|chierichetto|fornaio|panettiere|edicolante|tabaccaio|barbiere|postino|postina|vigile|maresciallo|bidello|bidella)\b|\b(?:de|het|onze)\s+(?:{ROLES_NL})\s+(?:van\s+(?:de|het)\s+|van\s+|bij\s+|op\s+)(?:\w+\s+)?(?-i:\p{{Lu}})|\b(?:el|la|il|o|a)\s+president[ea]?\s+(?:de\s+la|del|della|dei|degli|do|da|de)\s+(?:\w+\s+)?(?:peña|penya|falla|club|polisportiva|associazione|asociación|associació|associação|contrada|comparsa|cofradía|ciclisti|società|sociedad)\b|(?-i:\p{{Lu}})\w*['’](?:n[ıiuü]n|[ıiuü]n)\s+(?:imamı|sahibi|muhtarı|kaptanı|kalecisi|müdürü|hocası|antrenörü|şoförü|ustası|aşçısı)\b"
    ))
    .unwrap()
});

/// A nickname in quotation marks with a role of a named place or team
/// after it (round 64, from sets CJ and CI): 'il "Baffo", custode storico
/// dell'impianto', '« Ti-Mousse », le gardien partant des Castors'. The
/// nickname and the role name one person to everyone around them.
static NICKNAME_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"["“«„]\s?\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?\s?["”»“]\s*,\s+(?:(?:il|la|le|el|lo|o|a|der|die|de|het|l['’])\s*)?(?:\p{Ll}[\p{L}'’-]*\s+|(?-i:\p{Lu})\p{Ll}+,?\s+(?:den|die|das|dem)?\s*){1,4}?(?:del|della|dell['’]|dello|dei|degli|de|des|du|da|do|dos|das|van|von|vom|der|of|at)\b"#).unwrap()
});

/// A town's mayor or a body's president (public figures, left out of
/// [`ROLE_OF_PLACE`]), when the care told is the practice's own: "il
/// sindaco di Giussano, … la protesi d'anca eseguita dal prof. Sala". A
/// public figure's care is still a patient's when the practice tells it.
static OFFICE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:il|la|el|le|o|a|der|die|de|het|al|del|au|du|dem)\s+(?:sindac[oa]|alcalde(?:sa)?|maire|prefeit[oa]|bürgermeister(?:in)?|burgemeester)\s+(?:di|de|do|da|del|della|du|von|van)\s+(?-i:\p{Lu})").unwrap()
});
static OUR_CARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:da\s+noi|qui\s+da\s+noi|eseguit[oa]\s+(?:qui|da(?:l|lla)?\b)|operat[oa]\s+(?:qui|da(?:l|lla)?\s+(?:prof|dott|noi))|dal\s+(?:prof|dott)\.?|dalla\s+dott|chez\s+nous|(?:opéré|opérée)\s+par\s+(?:le\s+)?(?:dr|pr)\b|con\s+nosotros|en\s+nuestra\s+cl[ií]nica|por\s+(?:el|la)\s+(?:dr|dra)\.?|bei\s+uns|in\s+unserer\s+(?:praxis|klinik)|bij\s+ons|(?:aqui|conosco)\s+na\s+cl[ií]nica|pel[oa]\s+(?:dr|dra)\.?)").unwrap()
});

/// A university, a hospital or a research institute after a role.
static ACADEMIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)univers|hospital|ospedal|hôpital|clínic|clinic|policlinic|istituto|instituto\s+de\s+investig|facolt|facultad|faculdade|faculté").unwrap()
});

/// Campaigns and services, which a role's holder organises or hosts.
const SERVICES: [&str; 28] = [
    "vacc",
    "vakz",
    "vacun",
    "vacin",
    "impf",
    "aşı",
    "cijep",
    "szczep",
    "behandl",
    "traitement",
    "tratamient",
    "tratament",
    "trattament",
    "behandel",
    "tedavi",
    "therap",
    "terap",
    "prophyla",
    "dépist",
    "screening",
    "vorsorge",
    "kontroll",
    // A prescription is no operation or finding ("pas seulement une
    // ordonnance").
    "ordonn",
    "recet",
    "ricett",
    "receit",
    "rezept",
    "prescri",
];

/// "Gino, il barista del bar sotto i portici", "J. M. R., agente de la
/// Policía Local", "Nadia Ferri, cassiera al supermercato": an occupation
/// right after a name, set off by a comma (round 60); since round 62 also
/// a pupil, a castells role or a school class ("la Txell, de P5 de
/// l'Escola …", "Emma, uit groep 7").
pub(super) fn occupied(after: &str) -> bool {
    occupation(after) || ROLE_APPOSITIVE.is_match(after)
}

/// An occupation of the list below right after a name (see [`occupied`]).
pub(super) fn occupation(after: &str) -> bool {
    static OCCUPIED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)^,\s+(?:el|la|il|lo|l['’]|o|a|le|nuestr[oa]|nostr[oa]|noss[oa]|notre)?\s*(?:cartero|cartera|carteiro|carteira|postino|postina|facteur|factrice|barista|camarero|camarera|cameriere|cameriera|serveur|serveuse|cajero|cajera|cassiere|cassiera|caissier|caissière|caixa|vigile|policía|poliziotto|policier|policière|agente|sacrestano|sacristán|sacristain|maestro|maestra|profesor|profesora|professore|professoressa|professor|professora|professeur|professeure|insegnante|institutrice|instituteur|delegado|delegada|rappresentante|capitán|capitana|capitano|capitaine|capitão|capitã|portero|portera|portiere|goleiro|goleira|gardien|gardienne|sarta|sarto|costurera|costureira|panadero|panadera|panettiere|fornaio|fornaia|padeiro|padeira|boulanger|boulangère|carnicero|carnicera|macellaio|boucher|bouchère|peluquero|peluquera|parrucchiere|parrucchiera|coiffeur|coiffeuse|magazziniere|carrellista|mulettista|capoturno|caporeparto|verniciatore|saldatore|tornitore|impiegat[oa]|empleado|empleada|muratore|albañil|pedreiro|maçon|camionero|camionista|autista|taxista|chauffeur|mecánico|meccanico|mecânico|mécanicien|operaio|operaia|obrero|obrera|ouvrier|ouvrière|estudiante|studente|studentessa|étudiante?|estudante|conserje|custode|concierge|pompier|bombero|bombera|pompiere|bombeiro|repartidor|repartidora|fattorino|livreur|team\s+manager|monitor|monitora|enxaneta|acotxador|acotxadora|forner|fornera|cambrer|cambrera|carter|mestre|mestra|capità|delegat|alumn[oae]|élève|schüler(?:in)?|leerling|conducteur|conductrice|buschauffeur|vrachtwagenchauffeur|taxichauffeur|juf|juffrouw|kapster|kapper|lerares|leraar|docente?|kassière|postbode|bezorg(?:er|ster)|brandweer(?:man|vrouw)|schoonma(?:ker|akster)|monteur|timmerman|keeper|aanvoerd(?:er|ster)|eigena(?:ar|res|resse)|uitba(?:ter|atster)|verko(?:per|opster)|kapitein|havenwerker|enseignante?|organiste|pêcheu(?:r|se)|matelot|secrétaire|chauffeuse|operador[a]?|operari[oa]|miner[oa]|soldador[a]?|chofer|chófer|kiosquer[oa]|jugador[a]?|arquer[oa]|guardia|vigilante|temporer[oa]|almacener[oa]|chef|motoboy|entregador[a]?|feirante|cozinheir[oa]|merendeir[oa]|cociner[oa]|cuoc[oa]|cuisini[eè]re?|vendedor[a]?|vendeuse|vendeur|commess[oa]|nutricionista|nutrizionista|erzieher(?:in)?|lehrer(?:in)?|verkäufer(?:in)?|apotheker(?:in)?|kassierer(?:in)?|busfahrer(?:in)?|briefträger(?:in)?|polizist(?:in)?|\p{L}*(?:meister(?:in)?|arbeiter(?:in)?|fahrer(?:in)?|händler(?:in)?|mechaniker(?:in)?|techniker(?:in)?|elektriker(?:in)?|schreiner(?:in)?|tischler(?:in)?|zimmerer|zimmermann|landwirt(?:in)?|bäuerin|bauer|metzger(?:in)?|bäcker(?:in)?|maurer(?:in)?|förster(?:in)?|friseur(?:in)?|kellner(?:in)?|gärtner(?:in)?|winzer(?:in)?|maler(?:in)?|dachdecker(?:in)?|schlosser(?:in)?|installateur(?:in)?)|rentner(?:in)?|pensionär(?:in)?|hausfrau|azubi|auszubildende[r]?|lernende[r]?|lehrling|student(?:in)?|köchin|koch|fischer(?:in)?|imker(?:in)?|pfarrer(?:in)?|boer|boerin|melkveehouder|veehouder|loonwerker|bakker|slager|loodgieter|elektricien|metselaar|visser|gepensioneerd|huisvrouw|studente?|\p{L}*chauffeur|heftruckchauffeur|agricoltore|agricoltrice|pescatore|contadin[oa]|pensionat[oa]|casalinga|idraulico|elettricista|falegname|commerciante|barbiere|pizzaiolo|pasticcere|fruttivendol[oa]|edicolante|tabaccai[oa]|agriculteur|agricultrice|retraitée?|menuisier|plombier|électricien(?:ne)?|agricultor[a]?|jubilad[oa]|pescador[a]?|fontanero|electricista|carpinter[oa]|jornaler[oa]|conductor|conductora|entrenador|entrenadora|allenatore|allenatrice|treinador|treinadora|entraîneur|entraîneuse|president[ea]\s+(?:de\s+la|del|della|dei|degli|do|da|de)\s+(?:\w+\s+)?(?:peña|penya|falla|club|polisportiva|associazione|asociación|associació|associação|contrada|comparsa|cofradía|ciclisti|società|sociedad)|de\s+(?:P[345]|I[345]|[1-6](?:r|n|t|è|º|ª|o|a)\s*[A-D]?)|(?:uit|van)\s+groep\s+[1-8])\b",
        )
        .unwrap()
    });
    OCCUPIED.is_match(after)
}

/// A role with its article that a named place or team has one of, right
/// after a name (see [`ROLE_NAMED`]).
pub(super) fn role_of_named(after: &str) -> bool {
    ROLE_NAMED.is_match(after)
}

/// "Nahuel, el arquero de la Reserva de Puerto Norte", "Ramiro, el
/// abanderado de séptimo grado de la Escuela …": any role with its article
/// that a named place or team has one of (round 66, from sets CO and CP).
/// Since round 67 (sets CT, CU, CV) also with an elided article and words
/// between ("Mélanie, l'enseignante de 4e année à l'École …", "Pierrot, le
/// chauffeur d'autobus de l'École …"), an adjective before the role ("la
/// única matrona del Cesfam de …"), a role told by its place ("la Vale, la
/// del kiosco de la plaza de …") and Dutch ("Jolanda, de eigenaresse van
/// bakkerij De Korenschoof").
static ROLE_APPOSITIVE: LazyLock<Regex> = LazyLock::new(|| Regex::new(&role_appositive("el|la|o|a|il|le|de|het")).unwrap());

/// [`ROLE_APPOSITIVE`] without the Portuguese articles "o" and "a", which
/// are also verbs and prepositions elsewhere ("…-Comté, a été membre du
/// bureau du GI …"): what sets off a name no list has.
static ROLE_NAMED: LazyLock<Regex> = LazyLock::new(|| Regex::new(&role_appositive("el|la|il|le|de|het")).unwrap());

/// The pattern of a role of a named place after a name, with `articles`.
fn role_appositive(articles: &str) -> String {
    format!(
        r"^,\s+(?:(?:{articles})\s+|l['’])(?:(?:del?|da|do)\s+)?(?:(?-i:\p{{Ll}})[\p{{L}}-]+\s+)?(?-i:\p{{Ll}})[\p{{L}}-]{{3,}}(?:\s+d['’][\p{{Ll}}-]+)?\s+(?:de|del|da|do|della|dello|des|du|van|bij|op)\s+(?:la\s+|las\s+|los\s+|l['’]|het\s+|de\s+)?(?:[\p{{Ll}}\d°º-]+\s+){{0,4}}(?:l['’]|d['’])?(?-i:\p{{Lu}})"
    )
}

/// Body parts in the languages of the other-language frames: in brackets
/// right after a name they say whose knee or shoulder a list is about.
const BODY: &str = r"knee|shoulder|hip|ankle|wrist|elbow|back|neck|spine|foot|hamstring|achilles|acl|meniscus|ginocchio|spalla|anca|caviglia|polso|gomito|schiena|collo|piede|tibia|femore|perone|crociato|menisco|tendine|clavicola|rodilla|hombro|cadera|tobillo|muñeca|codo|espalda|cuello|pie|genou|épaule|hanche|cheville|poignet|coude|dos|cou|pied|knie|schulter|hüfte|sprunggelenk|handgelenk|ellbogen|rücken|nacken|fuß|joelho|ombro|quadril|tornozelo|pulso|cotovelo|costas|pescoço|schouder|heup|enkel|pols|elleboog|rug|nek|voet";

/// A body part in brackets anywhere in `text` (the cheap test before
/// [`annotated`] is asked name by name).
pub(super) fn bracketed_body(text: &str) -> bool {
    static BRACKET: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"(?i)\([^()]{{0,40}}?\b(?:{BODY})\b[^()]{{0,40}}\)")).unwrap());
    text.contains('(') && BRACKET.is_match(text)
}

/// Right after a name, its own care (round 64, from set CJ): a bracket
/// telling a body part or a care word ("il sig. Cesare Arosio
/// (ginocchio)", "Davide Sormani (crociato, Aurora Desio)"), or a
/// participle of care set off by a comma ("Elisa Motta, operata al
/// crociato"). A list of names annotated so is a list of patients.
pub(super) fn annotated(after: &str) -> bool {
    static AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)^\s*\((?P<inside>[^()]{1,60})\)|^\s*,\s*(?:operat[oaie]|operad[oa]s?|opérée?s?|operiert|geopereerd|fratturat[oa]|lussat[oa]|ricoverat[oa]|ingresad[oa]|hospitalisée?|internad[oa]|infortunat[oa]|lesionad[oa]|verletzt|blessée?|accidentad[oa])\b"
        )
        .unwrap()
    });
    static BODY_WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"(?i)\b(?:{BODY})\b")).unwrap());
    AFTER.captures(after).is_some_and(|c| {
        c.name("inside")
            .is_none_or(|i| BODY_WORD.is_match(i.as_str()) || (happened(i.as_str()) && !i.as_str().bytes().any(|b| b.is_ascii_digit())))
    })
}

/// "que nous suivons depuis septembre", "seguita da noi", "den wir
/// betreuen": a person the practice follows clinically (round 64).
pub(super) fn followed(text: &str) -> bool {
    static FOLLOWED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:que\s+nous\s+suivons|nous\s+(?:le|la|les)\s+suivons|suivie?s?\s+(?:chez|par)\s+nous|che\s+seguiamo|(?:lo|la|li)\s+seguiamo|seguit[oaie]\s+da\s+noi|(?:al|a\s+la)\s+que\s+seguimos|que\s+seguimos|(?:den|die)\s+wir\s+(?:seit\s+\w+\s+)?betreuen|die\s+we\s+(?:sinds\s+\w+\s+)?begeleiden)\b").unwrap()
    });
    FOLLOWED.is_match(text)
}

/// Care that happened to someone in `text`: a care word of the other
/// languages that is no campaign or service.
pub(super) fn happened(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| w.len() >= 3).any(|w| {
        let w = w.to_lowercase();
        super::foreign_story::care_in(&w) && !SERVICES.iter().any(|s| w.starts_with(s))
    }) || super::foreign_care::care_phrase(text)
}

/// Report each person singled out by a role of a named place, in a
/// sentence in another language whose window tells their care.
pub(super) fn check(segs: &Segments, out: &mut Vec<Finding>) {
    for s in segs.segs.iter().filter(|s| s.kind == Kind::Prose && !s.ident && !s.credit) {
        for (i, r) in s.sentences.iter().enumerate() {
            let sentence = &s.text[r.clone()];
            let end = s.sentences.get(i + 1).map_or(r.end, |n| n.end);
            let window = &s.text[r.start..end];
            let office = || OFFICE.find(sentence).filter(|_| OUR_CARE.is_match(window));
            let Some(m) = ROLE_OF_PLACE.find(sentence).or_else(|| NICKNAME_ROLE.find(sentence)).or_else(office) else { continue };
            if frame::english_strict(sentence) {
                continue;
            }
            // "el profesor de cirugía de la Universidad …": a teacher of
            // medicine, whose subject is the care word.
            let role = &sentence[m.start()..frame::floor(sentence, (m.end() + 40).min(sentence.len()))];
            if ACADEMIC.is_match(role) {
                continue;
            }
            if !happened(window)
                || super::foreign_care::declines(window)
                || super::not_people::VOLUNTEER.is_match(window)
                || super::not_people::TRAINING.is_match(window)
            {
                continue;
            }
            out.push(finding(
                "phi/unique-person",
                Severity::Error,
                segs.pos(s, r.start + m.start()),
                "one person singled out by a role a named place has one of, with their care: in a small community the role names them; describe the role generically or leave the care out".to_string(),
            ));
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compliance::phi::segments;

    fn found(body: &str) -> bool {
        let segs = segments::collect(body, 1, &[]);
        let mut out = Vec::new();
        check(&segs, &mut out);
        !out.is_empty()
    }

    #[test]
    fn a_role_of_a_named_place_with_care_in_other_languages() {
        for body in [
            "Im März hat sich der Wirt vom Gasthaus Zur Linde endlich getraut: drei Füllungen und eine Extraktion in Vollnarkose.",
            "La fleuriste de la place Carnot a eu une fracture du poignet ; elle est repartie avec un plâtre.",
            "O sapateiro da Rua das Flores teve um AVC em maio e foi internado.",
            "El dueño del bar Pepín se rompió dos dientes y le pusimos dos implantes.",
            "De eigenaar van café De Zwaan kreeg vorige maand twee vullingen onder narcose.",
            "Yıldız Camii'nin imamı geçen hafta kanal tedavisi için geldi; iki dolgu yaptık.",
        ] {
            assert!(found(body), "{body}");
        }
    }

    #[test]
    fn roles_that_organise_host_or_train_are_not() {
        for body in [
            "Der Direktor der Volksschule Am Hof hat die Impfaktion für alle Klassen organisiert.",
            "La directrice de l'école Jean Jaurès accueille notre campagne de vaccination en mars.",
            "El dueño del bar Pepín nos deja su terraza para la jornada de prevención.",
            "Der Wirt vom Gasthaus Zur Linde spendete den Erlös des Sommerfests.",
            "The landlord of the Red Lion had two fillings.",
        ] {
            assert!(!found(body), "{body}");
        }
    }
}
