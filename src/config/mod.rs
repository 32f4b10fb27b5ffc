//! `site.toml`: strict (unknown keys are errors with a suggestion), one
//! source for the practice's name, address and phone on every page.

pub mod hours;
pub mod schema_types;

use crate::error::{Diagnostic, Error, Result};
use crate::serde_diag::from_toml;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// The whole site configuration.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Absolute production URL; every URL in metadata and feeds starts with it.
    pub base_url: String,
    pub title: String,
    #[serde(default)]
    pub description: String,
    #[serde(default = "default_language")]
    pub language: String,
    /// IANA time zone; dates without an offset are in it.
    #[serde(default = "default_timezone")]
    pub timezone: String,
    pub practice: Practice,
    #[serde(default)]
    pub social: Social,
    #[serde(default)]
    pub theme: Theme,
    #[serde(default)]
    pub feeds: Feeds,
    #[serde(default)]
    pub compliance: Compliance,
    #[serde(default)]
    pub build: Build,
    /// Free data for templates.
    #[serde(default)]
    pub extra: toml::Table,
    /// The host site.toml's `base_url` names, kept when `watch` serves the
    /// site from a local address: social cards print the practice's real
    /// domain, and a preview then shares the cached cards of `build`
    /// instead of drawing every card again for "127.0.0.1".
    #[serde(skip)]
    pub site_toml_host: Option<String>,
}

fn default_language() -> String {
    "en".into()
}
fn default_timezone() -> String {
    "UTC".into()
}

/// The practice: name, address and phone for every page and JSON-LD.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Practice {
    pub name: String,
    #[serde(rename = "type", default = "default_type")]
    pub schema_type: String,
    pub phone: Option<String>,
    pub fax: Option<String>,
    pub email: Option<String>,
    pub address: Option<Address>,
    #[serde(default)]
    pub hours: Vec<String>,
    pub accepting_new_patients: Option<bool>,
    pub emergency_notice: Option<String>,
    pub appointment_url: Option<String>,
    pub portal_url: Option<String>,
    pub telehealth_url: Option<String>,
    #[serde(default)]
    pub specialties: Vec<String>,
    pub geo: Option<Geo>,
}

fn default_type() -> String {
    "MedicalClinic".into()
}

/// Postal address.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Address {
    pub street: String,
    pub city: String,
    #[serde(default)]
    pub region: String,
    #[serde(default)]
    pub postal_code: String,
    #[serde(default = "default_country")]
    pub country: String,
}

fn default_country() -> String {
    "US".into()
}

/// Map position for JSON-LD `geo`.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Geo {
    pub latitude: f64,
    pub longitude: f64,
}

/// Social profiles and the default share image.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Social {
    pub facebook: Option<String>,
    pub instagram: Option<String>,
    pub x: Option<String>,
    pub linkedin: Option<String>,
    pub youtube: Option<String>,
    pub mastodon: Option<String>,
    pub bluesky: Option<String>,
    /// Path under `static/` of the image used where a page has none.
    pub default_image: Option<String>,
    pub default_image_alt: Option<String>,
}

/// Theme choice and brand.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    #[serde(default = "default_theme")]
    pub name: String,
    #[serde(default = "default_accent")]
    pub accent: String,
    pub logo: Option<String>,
    /// Emit a service worker (`sw.js`) and `offline.html` so the home page,
    /// contact pages, policies and latest tips stay readable offline; every
    /// page registers the worker. Off by default (no script on any page).
    #[serde(default)]
    pub offline: bool,
}

fn default_theme() -> String {
    "default".into()
}
fn default_accent() -> String {
    "#0b6e4f".into()
}

impl Default for Theme {
    fn default() -> Self {
        Theme { name: default_theme(), accent: default_accent(), logo: None, offline: false }
    }
}

/// A feed format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FeedFormat {
    Rss,
    Atom,
    Json,
}

/// Feed settings.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Feeds {
    #[serde(default = "default_formats")]
    pub formats: Vec<FeedFormat>,
    #[serde(default = "default_limit")]
    pub limit: usize,
    #[serde(default = "yes")]
    pub full_content: bool,
}

fn default_formats() -> Vec<FeedFormat> {
    vec![FeedFormat::Rss, FeedFormat::Atom, FeedFormat::Json]
}
fn default_limit() -> usize {
    20
}
fn yes() -> bool {
    true
}

impl Default for Feeds {
    fn default() -> Self {
        Feeds { formats: default_formats(), limit: default_limit(), full_content: true }
    }
}

/// What the PHI guard does during `build`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum PhiMode {
    /// Findings fail the build and `check`.
    #[default]
    Error,
    /// Findings are printed; the build goes on.
    Warn,
    /// The guard does not run during `build` (`check` still reports).
    Off,
}

/// Compliance settings.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Compliance {
    #[serde(default)]
    pub phi: PhiMode,
    /// Extra strings the PHI rules accept (phones, e-mails, domains, names).
    #[serde(default)]
    pub allow: Vec<String>,
    #[serde(default = "default_review_age")]
    pub review_max_age_days: i64,
}

fn default_review_age() -> i64 {
    365
}

impl Default for Compliance {
    fn default() -> Self {
        Compliance { phi: PhiMode::Error, allow: Vec::new(), review_max_age_days: default_review_age() }
    }
}

/// Build settings.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Build {
    #[serde(default = "default_output")]
    pub output_dir: PathBuf,
}

fn default_output() -> PathBuf {
    PathBuf::from("public")
}

impl Default for Build {
    fn default() -> Self {
        Build { output_dir: default_output() }
    }
}

/// Checks a base URL: absolute http(s), a host, and no character that
/// would need escaping in HTML, XML or a URL (spaces, quotes, `<>`, `&`,
/// non-ASCII: write those percent-encoded or in punycode), no query or
/// fragment. Every URL carepress writes starts with it.
pub fn check_base_url(url: &str) -> std::result::Result<(), String> {
    let Some(rest) = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://")) else {
        return Err("is not an absolute http:// or https:// URL".into());
    };
    if let Some(bad) = url.chars().find(|c| !(c.is_ascii_alphanumeric() || "-._~:/@!$()*+,;=%".contains(*c))) {
        return Err(format!("contains `{}`, which a URL cannot hold as it is", bad.escape_debug()));
    }
    let host = rest.split('/').next().unwrap_or("");
    if host.is_empty() || host.starts_with(':') {
        return Err("has no host name".into());
    }
    Ok(())
}

impl Config {
    /// Reads and validates `<root>/site.toml`.
    pub fn load(root: &Path) -> Result<Config> {
        let path = root.join("site.toml");
        if !path.exists() {
            return Err(Error::one(
                Diagnostic::error("build/config", "site.toml", 0, 0, format!("no site.toml in {}", root.display()))
                    .with_hint("run the command inside a site folder, pass --root DIR, or create one with `carepress init`"),
            ));
        }
        // Stray control characters are removed silently here: the config is
        // read by every command, and its values are checked below anyway.
        let (text, _) = crate::textfile::read(&path, Path::new("site.toml")).map_err(Error::one)?;
        Config::parse(&text)
    }

    /// Parses and validates the text of a `site.toml`.
    pub fn parse(text: &str) -> Result<Config> {
        let file = Path::new("site.toml");
        if let Some(d) = crate::textfile::check_escapes(text, file, 1) {
            return Err(Error::one(d));
        }
        let mut cfg: Config = from_toml(text, file, 1).map_err(Error::one)?;
        let mut problems = Vec::new();
        let at = |key: &str| crate::serde_diag::key_position(text, key);
        if let Err(why) = check_base_url(&cfg.base_url) {
            let (l, c) = at("base_url");
            problems.push(
                Diagnostic::error("build/config", file, l, c, format!("base_url `{}` {why}", cfg.base_url.escape_debug()))
                    .with_hint("write the production address, e.g. base_url = \"https://www.example-practice.com\""),
            );
        }
        if !cfg.base_url.ends_with('/') {
            cfg.base_url.push('/');
        }
        if cfg.timezone.parse::<chrono_tz::Tz>().is_err() {
            let (l, c) = at("timezone");
            problems.push(
                Diagnostic::error("build/config", file, l, c, format!("unknown time zone `{}`", cfg.timezone))
                    .with_hint("use an IANA name such as \"America/Chicago\" or \"Europe/London\""),
            );
        }
        if crate::color::parse_hex(&cfg.theme.accent).is_none() {
            let (l, c) = at("accent");
            problems.push(
                Diagnostic::error("build/config", file, l, c, format!("accent `{}` is not a colour", cfg.theme.accent))
                    .with_hint("write a hex colour such as \"#0b6e4f\""),
            );
        }
        if cfg.social.default_image.is_some() && cfg.social.default_image_alt.as_deref().unwrap_or("").trim().is_empty() {
            let (l, c) = at("default_image");
            problems.push(
                Diagnostic::error("build/config", file, l, c, "default_image has no default_image_alt")
                    .with_hint("describe the image for people who cannot see it: default_image_alt = \"…\""),
            );
        }
        if problems.is_empty() { Ok(cfg) } else { Err(Error::Content(problems)) }
    }

    /// The configured time zone (validated at load).
    pub fn tz(&self) -> chrono_tz::Tz {
        self.timezone.parse().unwrap_or(chrono_tz::UTC)
    }

    /// Absolute URL of a root-relative path ("/tips/x/" -> "https://host/tips/x/").
    /// Non-ASCII and URI-unsafe characters are percent-encoded so every
    /// URL in metadata, feeds and the sitemap is a valid URI.
    pub fn abs_url(&self, path: &str) -> String {
        format!("{}{}", self.base_url, encode_path(path.trim_start_matches('/')))
    }

    /// The host of `base_url`, e.g. "www.example.test".
    pub fn host(&self) -> &str {
        let rest = self.base_url.split("://").nth(1).unwrap_or("");
        rest.split('/').next().unwrap_or("")
    }

    /// The host the site is published under: site.toml's, also while
    /// `watch` serves it from a local address. Social cards print it, and
    /// the PHI guard reads e-mail addresses at it as the practice's, in
    /// `watch` as in `build` (one verdict).
    pub fn public_host(&self) -> &str {
        self.site_toml_host.as_deref().unwrap_or_else(|| self.host())
    }

    /// Serves the site from `url` (a `--base-url` or `watch`'s local
    /// address). An IP address or `localhost` is a local preview, not a
    /// new public host: site.toml's host stays the public one.
    pub fn serve_from(&mut self, url: &str) {
        let toml_host = self.host().to_string();
        self.base_url = if url.ends_with('/') { url.to_string() } else { format!("{url}/") };
        let host = self.host();
        let name = match host.strip_prefix('[') {
            Some(v6) => v6.split(']').next().unwrap_or(""),
            None => host.split(':').next().unwrap_or(""),
        };
        if name == "localhost" || name.parse::<std::net::IpAddr>().is_ok() {
            self.site_toml_host = Some(toml_host);
        }
    }
}

/// Checks and normalises what `[practice]` says to search engines: each
/// `hours` entry becomes schema.org `openingHours` strings (closed days
/// drop out), and `type` and `specialties` must be schema.org names. Every
/// entry that fails is a `config/*` error at its place in `text` (the
/// site.toml), with an example or the name the value probably meant.
///
/// These are not load errors of [`Config::parse`]: `check --only phi` must
/// still run on a site whose specialties are wrong, and `check` lists them
/// with every other finding.
pub fn validate_practice(cfg: &mut Config, text: &str) -> Vec<Diagnostic> {
    let file = Path::new("site.toml");
    // The position of a quoted value, else of its key.
    let at = |value: &str, key: &str| match text.find(&format!("\"{value}\"")).or_else(|| text.find(&format!("'{value}'"))) {
        Some(off) => crate::error::line_col(text, off),
        None => crate::serde_diag::key_position(text, key),
    };
    let mut out = Vec::new();
    let mut hours = Vec::new();
    for entry in &cfg.practice.hours {
        match hours::normalise(entry) {
            Ok(v) => hours.extend(v),
            Err(why) => {
                let (l, c) = at(entry, "hours");
                out.push(
                    Diagnostic::error("config/hours", file, l, c, format!("cannot read the hours \"{entry}\": {why}"))
                        .with_hint(format!("write one entry per group of days, e.g. {}", hours::EXAMPLE)),
                );
            }
        }
    }
    cfg.practice.hours = hours;
    let t = cfg.practice.schema_type.clone();
    if let Err(suggestion) = schema_types::check_type(&t) {
        let (l, c) = at(&t, "type");
        let hint = match suggestion {
            Some(s) => format!("did you mean type = \"{s}\"?"),
            None => format!("use one of {}", schema_types::ORGANIZATION_TYPES[..8].join(", ") + ", …"),
        };
        out.push(
            Diagnostic::error("config/type", file, l, c, format!("type \"{t}\" is not a schema.org medical organisation type"))
                .with_hint(hint),
        );
    }
    for s in &cfg.practice.specialties {
        if let Err(suggestion) = schema_types::check_specialty(s) {
            let (l, c) = at(s, "specialties");
            let hint = match suggestion {
                Some(x) => format!("did you mean \"{x}\"?"),
                None => "use schema.org MedicalSpecialty names such as PrimaryCare, Pediatric, Dentistry, Dermatology, Physiotherapy"
                    .to_string(),
            };
            out.push(
                Diagnostic::error("config/specialty", file, l, c, format!("specialty \"{s}\" is not a schema.org medical specialty"))
                    .with_hint(hint),
            );
        }
    }
    out
}

/// Percent-encodes what may not appear raw in a URI path (keeps `/`, `#`,
/// `?`, `%` and the unreserved and sub-delim characters).
pub fn encode_path(path: &str) -> String {
    const SET: &percent_encoding::AsciiSet =
        &percent_encoding::CONTROLS.add(b' ').add(b'"').add(b'<').add(b'>').add(b'\\').add(b'^').add(b'`').add(b'{').add(b'|').add(b'}');
    percent_encoding::utf8_percent_encode(path, SET).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_valid_uris() {
        let c = Config::parse(MIN).unwrap();
        assert_eq!(c.abs_url("/news/café crème/"), "https://x.example/news/caf%C3%A9%20cr%C3%A8me/");
        assert_eq!(c.abs_url("/tips/a/#x"), "https://x.example/tips/a/#x");
    }

    const MIN: &str = "base_url = \"https://x.example\"\ntitle = \"T\"\n[practice]\nname = \"P\"\n";

    #[test]
    fn minimal_config_gets_defaults() {
        let c = Config::parse(MIN).unwrap();
        assert_eq!(c.base_url, "https://x.example/");
        assert_eq!(c.feeds.limit, 20);
        assert_eq!(c.compliance.phi, PhiMode::Error);
        assert_eq!(c.abs_url("/tips/a/"), "https://x.example/tips/a/");
        assert_eq!(c.host(), "x.example");
        // A local preview keeps the public host; a staging host replaces it.
        let mut local = c.clone();
        local.serve_from("http://127.0.0.1:1111");
        assert_eq!((local.host(), local.public_host(), local.base_url.as_str()), ("127.0.0.1:1111", "x.example", "http://127.0.0.1:1111/"));
        let mut v6 = c.clone();
        v6.serve_from("http://[::1]:8080/");
        assert_eq!(v6.public_host(), "x.example");
        let mut staging = c.clone();
        staging.serve_from("https://staging.x.example/");
        assert_eq!(staging.public_host(), "staging.x.example");
    }

    #[test]
    fn unknown_key_in_table_names_line_and_suggests() {
        let text = format!("{MIN}phnoe = \"1\"\n");
        let Err(Error::Content(d)) = Config::parse(&text) else { panic!("should fail") };
        assert_eq!(d[0].line, 5);
        assert!(d[0].hint.as_deref().unwrap().contains("`phone`"));
    }

    #[test]
    fn practice_values_are_normalised_or_named() {
        let text = "base_url = \"https://x.example\"\ntitle = \"T\"\n[practice]\nname = \"P\"\ntype = \"Dental Office\"\nhours = [\"Monday-Thursday 7:30 AM-5:30 PM\", \"Friday 8-2\", \"Sunday closed\", \"Funday 9-5\"]\nspecialties = [\"Dentistry\", \"Teeth\"]\n";
        let mut c = Config::parse(text).unwrap();
        let d = validate_practice(&mut c, text);
        assert_eq!(c.practice.hours, vec!["Mo-Th 07:30-17:30", "Fr 08:00-14:00"]);
        let got: Vec<(&str, usize, usize)> = d.iter().map(|d| (d.rule.as_str(), d.line, d.column)).collect();
        assert_eq!(got, vec![("config/hours", 6, 76), ("config/type", 5, 8), ("config/specialty", 7, 29)]);
        assert!(d[0].message.contains("Funday 9-5") && d[0].hint.as_deref().unwrap().contains("Monday-Friday 8:00 AM-5:00 PM"));
        assert!(d[1].hint.as_deref().unwrap().contains("\"Dentist\""));
        assert!(d[2].hint.as_deref().unwrap().contains("\"Dentistry\""));
    }

    #[test]
    fn bad_values_are_all_reported() {
        let text = "base_url = \"example.test\"\ntitle = \"T\"\ntimezone = \"Mars/Base\"\n[practice]\nname = \"P\"\n";
        let Err(Error::Content(d)) = Config::parse(text) else { panic!("should fail") };
        assert_eq!(d.len(), 2);
        assert_eq!((d[0].line, d[1].line), (1, 3));
    }
}
