//! The source's configuration to `site.toml`: title, description, base
//! URL, language, time zone, the practice's name and contact details, social
//! profiles from common theme parameters, the logo and the share image.

use super::model::{Kind, Source, get_str};
use serde_json::{Map, Value};
use toml::Table;

/// What became of the configuration, for the report.
#[derive(Debug, Default)]
pub struct ConfigOutcome {
    pub text: String,
    /// Things a person still has to set in site.toml.
    pub todo: Vec<String>,
}

/// Every (key, text) pair of the configuration, depth first, keys lower-cased.
fn leaves(v: &Value, key: &str, out: &mut Vec<(String, String)>) {
    match v {
        Value::Object(m) => m.iter().for_each(|(k, v)| leaves(v, &k.to_lowercase(), out)),
        Value::Array(a) => a.iter().for_each(|v| leaves(v, key, out)),
        Value::String(s) => out.push((key.to_string(), s.trim().to_string())),
        Value::Number(n) => out.push((key.to_string(), n.to_string())),
        _ => {}
    }
}

fn find<'a>(all: &'a [(String, String)], keys: &[&str]) -> Option<&'a str> {
    keys.iter().find_map(|k| all.iter().find(|(key, v)| key == k && !v.is_empty()).map(|(_, v)| v.as_str()))
}

fn path_str<'a>(cfg: &'a Map<String, Value>, path: &[&str]) -> Option<&'a str> {
    let mut v = cfg.get(path[0])?;
    for p in &path[1..] {
        v = v.get(p)?;
    }
    v.as_str().map(str::trim).filter(|s| !s.is_empty())
}

/// A usable absolute base URL, or `None`.
fn base_url(src: &Source, kind: Kind) -> Option<String> {
    let c = &src.config;
    let url = match kind {
        Kind::Jekyll => get_str(c, "url").map(|u| format!("{}{}", u.trim_end_matches('/'), get_str(c, "baseurl").unwrap_or(""))),
        Kind::Hugo => get_str(c, "baseURL").or_else(|| get_str(c, "baseurl")).map(String::from),
        Kind::Zola => get_str(c, "base_url").map(String::from),
        Kind::Wordpress => get_str(c, "link").map(String::from),
    }?;
    let ok = (url.starts_with("https://") || url.starts_with("http://"))
        && url.split("://").nth(1).is_some_and(|r| !r.is_empty() && !r.starts_with('/'))
        && !url.contains(char::is_whitespace);
    ok.then(|| if url.ends_with('/') { url } else { format!("{url}/") })
}

/// A profile URL from a link or a user name.
fn profile(v: &str, host: &str) -> String {
    if v.starts_with("http") { v.to_string() } else { format!("https://{host}/{}", v.trim_start_matches('@')) }
}

fn social(all: &[(String, String)]) -> Table {
    let mut t = Table::new();
    let by_host = [
        ("facebook", "facebook.com", &["facebook", "facebook_username", "fb"][..]),
        ("instagram", "instagram.com", &["instagram", "instagram_username"][..]),
        ("linkedin", "linkedin.com", &["linkedin", "linkedin_username"][..]),
        ("youtube", "youtube.com", &["youtube", "youtube_username", "youtube_channel"][..]),
        ("x", "twitter.com", &["twitter", "twitter_username", "x"][..]),
        ("bluesky", "bsky.app", &["bluesky"][..]),
        ("mastodon", "", &["mastodon"][..]),
    ];
    for (name, host, keys) in by_host {
        let from_url = all
            .iter()
            .map(|(_, v)| v)
            .find(|v| !host.is_empty() && v.starts_with("http") && (v.contains(host) || (name == "x" && v.contains("://x.com/"))));
        let v = match (find(all, keys), from_url) {
            (_, Some(u)) => u.clone(),
            (Some(k), None) if !host.is_empty() => profile(k, host),
            (Some(k), None) => k.to_string(),
            (None, None) => continue,
        };
        let v = match name {
            "x" => format!("@{}", v.trim_end_matches('/').rsplit('/').next().unwrap_or(&v).trim_start_matches('@')),
            "bluesky" => v.trim_end_matches('/').rsplit('/').next().unwrap_or(&v).to_string(),
            _ => v,
        };
        t.insert(name.into(), toml::Value::String(v));
    }
    t
}

/// `[practice]`: name, phone, fax, e-mail and address where the source has them.
fn practice(all: &[(String, String)], title: &str, emergency: &str, todo: &mut Vec<String>) -> Table {
    let s = |v: &str| toml::Value::String(v.to_string());
    let mut practice = Table::new();
    let name =
        find(all, &["practice_name", "business_name", "practice", "company", "organization", "organisation", "clinic", "clinic_name"])
            .unwrap_or(title);
    practice.insert("name".into(), s(name));
    for (key, keys) in [
        ("phone", &["phone", "telephone", "tel", "phone_number", "phonenumber", "mobile"][..]),
        ("fax", &["fax"][..]),
        ("email", &["email", "mail", "contact_email", "e-mail"][..]),
    ] {
        if let Some(v) = find(all, keys) {
            practice.insert(key.into(), s(v.trim_start_matches("tel:").trim_start_matches("mailto:")));
        }
    }
    let street = find(all, &["street", "street_address", "streetaddress", "address1", "address_line1"]);
    let city = find(all, &["city", "locality", "addresslocality", "town"]);
    match (street, city) {
        (Some(st), Some(ci)) => {
            let mut a = Table::new();
            a.insert("street".into(), s(st));
            a.insert("city".into(), s(ci));
            for (k, keys) in [
                ("region", &["region", "state", "addressregion", "province"][..]),
                ("postal_code", &["postal_code", "zip", "zipcode", "postcode", "postalcode"][..]),
                ("country", &["country", "addresscountry"][..]),
            ] {
                if let Some(v) = find(all, keys) {
                    a.insert(k.into(), s(v));
                }
            }
            practice.insert("address".into(), toml::Value::Table(a));
        }
        _ => {
            let hint = find(all, &["address", "location"]).map(|a| format!(" (the source says \"{a}\")")).unwrap_or_default();
            todo.push(format!("site.toml: `[practice] address` — write the street, city, region and postal code{hint}"));
        }
    }
    if !practice.contains_key("phone") {
        todo.push("site.toml: `[practice] phone` — the source gives none".into());
    }
    practice.insert("emergency_notice".into(), s(&format!("If you have a medical emergency, call {emergency}.")));
    todo.push("site.toml: `[practice] emergency_notice` — check the emergency number is right for your country".into());
    practice
}

/// The emergency number of the practice's country: the country of its web
/// address (`.co.uk`, `.nz`), else the region of the site's language
/// (`en-GB`; often left at a theme's `en-us`, so second); 911 (North
/// America) when neither tells.
fn emergency_number(lang: &str, base_url: &str) -> &'static str {
    let region = lang.split(['-', '_']).nth(1).filter(|r| r.len() == 2).map(str::to_ascii_lowercase);
    let host = base_url.split("://").nth(1).unwrap_or("").split(['/', ':']).next().unwrap_or("");
    let tld = host.rsplit('.').next().filter(|t| t.len() == 2 && host.contains('.')).map(str::to_ascii_lowercase);
    const EU112: &[&str] = &[
        "at", "be", "bg", "ch", "cy", "cz", "de", "dk", "ee", "es", "fi", "fr", "gr", "hr", "hu", "ie", "is", "it", "li", "lt", "lu", "lv",
        "mt", "nl", "no", "pl", "pt", "ro", "se", "si", "sk", "in",
    ];
    for c in tld.iter().chain(region.iter()) {
        match c.as_str() {
            "us" | "ca" | "mx" | "pr" => return "911",
            "gb" | "uk" => return "999",
            "au" => return "000",
            "nz" => return "111",
            c if EU112.contains(&c) => return "112",
            _ => {}
        }
    }
    "911"
}

/// Writes site.toml; `assets` are the static files that will exist (for the logo and share image).
pub fn site_toml(src: &Source, kind: Kind, assets: &dyn Fn(&str) -> Option<String>) -> ConfigOutcome {
    let mut o = ConfigOutcome::default();
    let c = &src.config;
    let mut all = Vec::new();
    leaves(&Value::Object(c.clone()), "", &mut all);
    let mut t = Table::new();
    let s = |v: &str| toml::Value::String(v.to_string());
    let base = base_url(src, kind).unwrap_or_else(|| {
        o.todo
            .push(format!("site.toml: `base_url` — {} gives no absolute address; set your site's real https:// address", src.config_file));
        "https://www.example.com/".into()
    });
    t.insert("base_url".into(), s(&base));
    let title = get_str(c, "title").or_else(|| path_str(c, &["params", "title"])).unwrap_or("My practice").to_string();
    t.insert("title".into(), s(&title));
    let description = get_str(c, "description")
        .or_else(|| path_str(c, &["params", "description"]))
        .or_else(|| path_str(c, &["extra", "description"]))
        .or_else(|| get_str(c, "tagline"))
        .or_else(|| get_str(c, "subtitle"));
    if let Some(d) = description {
        t.insert("description".into(), s(&super::front::plain(d)));
    }
    let lang = ["lang", "language", "languageCode", "languagecode", "default_language", "defaultContentLanguage", "locale"]
        .iter()
        .find_map(|k| get_str(c, k))
        .map(|l| l.replace('_', "-"))
        .filter(|l| l.len() >= 2 && l.len() <= 10 && l.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '-'));
    t.insert("language".into(), s(lang.as_deref().unwrap_or("en")));
    let tz = ["timezone", "timeZone", "time_zone"].iter().find_map(|k| get_str(c, k)).filter(|z| z.parse::<chrono_tz::Tz>().is_ok());
    match tz {
        Some(z) => {
            t.insert("timezone".into(), s(z));
        }
        None => o.todo.push(
            "site.toml: `timezone` — set the practice's time zone (e.g. \"America/Chicago\"); dates without one are read as UTC".into(),
        ),
    }
    let emergency = emergency_number(lang.as_deref().unwrap_or(""), &base);
    let practice = practice(&all, &title, emergency, &mut o.todo);
    t.insert("practice".into(), toml::Value::Table(practice));
    let mut soc = social(&all);
    let image = find(&all, &["og_image", "default_image", "share_image", "social_image", "image", "images", "banner"]);
    if let Some(img) = image.and_then(assets) {
        soc.insert("default_image".into(), s(&img));
        soc.insert("default_image_alt".into(), s(&format!("{} (TODO(import): describe this image)", title)));
        o.todo.push("site.toml: `[social] default_image_alt` — describe the share image in words".into());
    }
    if !soc.is_empty() {
        t.insert("social".into(), toml::Value::Table(soc));
    }
    let mut theme = Table::new();
    if let Some(logo) = find(&all, &["logo", "site_logo", "logo_image", "logo_url", "brand_logo"]).and_then(assets) {
        theme.insert("logo".into(), s(&logo));
    } else {
        o.todo.push("site.toml: `[theme] logo` — put your logo under static/ and name it here".into());
    }
    if let Some(acc) = find(&all, &["accent", "primary_color", "primarycolor", "theme_color", "brand_color", "main_color"])
        .filter(|a| crate::color::parse_hex(a).is_some())
    {
        theme.insert("accent".into(), s(acc));
    }
    if !theme.is_empty() {
        t.insert("theme".into(), toml::Value::Table(theme));
    }
    let mut comp = Table::new();
    comp.insert("phi".into(), s("warn"));
    t.insert("compliance".into(), toml::Value::Table(comp));
    o.todo.push(
        "site.toml: `[compliance] phi` is \"warn\" while you review this import; set it to \"error\" once `carepress check` is clean"
            .into(),
    );
    let body = toml::to_string(&t).unwrap_or_default();
    o.text = format!(
        "# Written by `carepress import {}` from {}. IMPORT-REPORT.md lists what is left to do.\n{body}",
        format!("{kind:?}").to_lowercase(),
        src.config_file
    );
    o
}

#[cfg(test)]
mod tests {
    use super::emergency_number;

    #[test]
    fn emergency_number_from_address_then_language() {
        assert_eq!(emergency_number("en-us", "https://www.clinic.co.uk/"), "999");
        assert_eq!(emergency_number("en-gb", "https://clinic.github.io/"), "999");
        assert_eq!(emergency_number("en", "https://physio.example.nz/"), "111");
        assert_eq!(emergency_number("de-DE", "https://praxis.example/"), "112");
        assert_eq!(emergency_number("en", "https://www.clinic.com/"), "911");
    }
}
