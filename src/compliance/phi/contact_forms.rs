//! How contact details are written: phone numbers, hosts and street
//! addresses normalised for comparison, the street-name words that survive
//! a translation, public mail services and role mailboxes. The allowlist
//! ([`super::allow`]) compares a page's details with the practice's in these
//! forms.

/// Digits only; a leading `1` of an 11-digit North American number is dropped.
pub fn normalize_phone(raw: &str) -> String {
    let d: String = raw.chars().filter(|c| c.is_ascii_digit()).collect();
    if d.len() == 11 && d.starts_with('1') { d[1..].to_string() } else { d }
}

/// Lowercase host of a URL or domain, without `www.` and port.
pub fn host_of(s: &str) -> String {
    let s = s.trim().to_lowercase();
    let s = s.split_once("://").map(|x| x.1.to_string()).unwrap_or(s);
    let h = s.split(['/', '?', '#', ':']).next().unwrap_or("").trim_end_matches('.');
    h.strip_prefix("www.").unwrap_or(h).to_string()
}

/// Lowercase street without punctuation, suffixes and directions spelled out,
/// cut at the first comma ("410 Birchwood Ave." → "410 birchwood avenue").
pub fn norm_street(s: &str) -> String {
    let head = s.split(',').next().unwrap_or("");
    head.split_whitespace()
        .map(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
            let full = match w.as_str() {
                "st" => "street",
                "ave" | "av" => "avenue",
                "rd" => "road",
                "ln" => "lane",
                "dr" => "drive",
                "blvd" => "boulevard",
                "ct" => "court",
                "pl" => "place",
                "hwy" => "highway",
                "pkwy" => "parkway",
                "ter" => "terrace",
                "cir" => "circle",
                "n" => "north",
                "s" => "south",
                "e" => "east",
                "w" => "west",
                "sq" => "square",
                "trl" => "trail",
                _ => return w,
            };
            full.to_string()
        })
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The words of a normalised street address that name it (number parts
/// and name words), without the street-type words a translation adds or
/// drops ("street", "ul.", "Straße", "rue", "calle").
pub(super) fn street_words(norm: &str) -> Vec<String> {
    const TYPES: &[&str] = &[
        "street",
        "road",
        "avenue",
        "lane",
        "ul",
        "ulica",
        "al",
        "aleja",
        "str",
        "strasse",
        "straße",
        "rue",
        "calle",
        "c",
        "via",
        "viale",
        "rua",
        "av",
        "avenida",
        "straat",
        "weg",
        "gasse",
        "platz",
        "plac",
        "pl",
        "bd",
        "boulevard",
    ];
    norm.split(|c: char| c.is_whitespace() || c == '/')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
        .filter(|w| !w.is_empty() && !TYPES.contains(&w.as_str()))
        .collect()
}

/// Public mail services: a practice whose own address is on one of them
/// shares the domain with its patients.
pub(super) fn public_mail_service(domain: &str) -> bool {
    const SERVICES: &[&str] = &[
        "gmail",
        "googlemail",
        "yahoo",
        "ymail",
        "hotmail",
        "outlook",
        "live",
        "msn",
        "icloud",
        "me",
        "mac",
        "aol",
        "gmx",
        "web",
        "t-online",
        "freenet",
        "orange",
        "free",
        "wanadoo",
        "laposte",
        "sfr",
        "libero",
        "virgilio",
        "tiscali",
        "alice",
        "proton",
        "protonmail",
        "mail",
        "yandex",
        "wp",
        "o2",
        "onet",
        "interia",
        "seznam",
        "zoho",
        "comcast",
        "verizon",
        "att",
        "sbcglobal",
        "bigpond",
        "optusnet",
        "btinternet",
        "sky",
        "telenet",
        "skynet",
        "ziggo",
        "kpnmail",
        "bluewin",
        "terra",
        "uol",
        "bol",
        "naver",
        "daum",
        "qq",
        "163",
        "126",
        "rediffmail",
        "fastmail",
        "hey",
        "tutanota",
        "posteo",
        "mailbox",
    ];
    let first = domain.split('.').next().unwrap_or("");
    SERVICES.contains(&first)
}

pub(super) const ROLE_MAILBOXES: &[&str] = &[
    "info",
    "hello",
    "contact",
    "office",
    "team",
    "staff",
    "jobs",
    "careers",
    "hr",
    "hiring",
    "billing",
    "accounts",
    "appointments",
    "appts",
    "scheduling",
    "schedule",
    "frontdesk",
    "front",
    "desk",
    "reception",
    "records",
    "medical",
    "referrals",
    "pharmacy",
    "refills",
    "nurse",
    "nurses",
    "triage",
    "privacy",
    "compliance",
    "support",
    "help",
    "admin",
    "webmaster",
    "marketing",
    "press",
    "media",
    "news",
    "newsletter",
    "feedback",
    "reviews",
    "portal",
    "noreply",
    "no",
    "reply",
    "donotreply",
    "events",
    "volunteer",
    "volunteers",
    "community",
    "outreach",
    "care",
    "patients",
    "patient",
    "services",
    "clinic",
    "lab",
    "labs",
    "imaging",
    "forms",
    "insurance",
    "finance",
    "payments",
    "manager",
    "practice",
    "dental",
    "vision",
    "wellness",
    "health",
    "telehealth",
];

/// A person's or a family's own mailbox: a free-mail provider, or a local
/// part that starts with a given name, with a name the passage (`window`)
/// writes capitalised ("Colm … colm.mcgarry@…"), or says "family".
pub(super) fn personal_mailbox(e: &str, window: &str) -> bool {
    const FREE: &[&str] = &[
        "gmail.com",
        "googlemail.com",
        "yahoo.com",
        "hotmail.com",
        "outlook.com",
        "live.com",
        "msn.com",
        "aol.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "proton.me",
        "protonmail.com",
        "gmx.com",
        "gmx.de",
        "web.de",
        "mail.com",
        "yandex.ru",
        "comcast.net",
    ];
    let (local, domain) = e.rsplit_once('@').unwrap_or((e, ""));
    let local = local.to_lowercase();
    let first = local.split(['.', '_', '-', '+']).next().unwrap_or("");
    let named_here = first.len() >= 3 && {
        let mut cap = first.to_string();
        cap[..1].make_ascii_uppercase();
        window.split(|c: char| !c.is_alphanumeric()).any(|w| w == cap)
    };
    // "sunflowerdoula88@mail.example, a mom who had a planned home birth":
    // the words after the address say whose it is.
    static OWNER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?i)^\.?,?\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:mom|mother|mum|dad|father|parent|patient|client|woman|man|grandmother|grandfather|wife|husband|teen|student)\b").unwrap()
    });
    let owner = window.find(e).is_some_and(|i| OWNER.is_match(&window[i + e.len()..]));
    FREE.contains(&domain.to_lowercase().as_str())
        || owner
        || local.contains("family")
        || (first.len() >= 3 && super::names::is_given_name(first))
        || named_here
}
