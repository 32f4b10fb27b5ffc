//! Which social card each page shares, and drawing them (through the cache).
//!
//! Every published page without its own `image`, every section, every tag
//! and the tag list share a generated card; the home page shares
//! `[social] default_image` when the site has one (the practice chose it),
//! else its card. A card is named by the hash of everything drawn on it
//! (`/cards/<hash>.png`), so identical cards are one file, an edited title
//! is a new URL that platforms fetch afresh, and the cache entry of the same
//! hash is reused by the next build.
//!
//! A page's card key is part of its [`PageRecord`](super::PageRecord)
//! (`card`); [`Cards`] holds what the keys stand for and their sizes.

use crate::content::Page;
use crate::error::{Diagnostic, Error};
use crate::graphics::cache::{Cache, Entry, Key, KeyBuilder, digest};
use crate::graphics::card::{self, Brand, CardText};
use crate::view::ImageRef;
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap};
use std::sync::Mutex;

/// The label of tag pages' cards.
const TAG_LABEL: &str = "Topic";

/// The cards of a site.
#[derive(Debug, Default)]
pub struct Cards {
    brand: Option<Brand>,
    template: String,
    /// Why the template could not be read (reported at build time).
    template_problem: Option<String>,
    /// Digest of the template and the brand: part of every key.
    base: [u8; 32],
    /// The card of each listing by its root-relative path ("/", "/tips/", "/tags/x/").
    listings: HashMap<String, Key>,
    texts: BTreeMap<Key, CardText>,
    /// Size in bytes of each card drawn so far.
    sizes: Mutex<HashMap<Key, u64>>,
}

impl Clone for Cards {
    fn clone(&self) -> Cards {
        Cards {
            brand: self.brand.clone(),
            template: self.template.clone(),
            template_problem: self.template_problem.clone(),
            base: self.base,
            listings: self.listings.clone(),
            texts: self.texts.clone(),
            sizes: Mutex::new(self.sizes.lock().unwrap_or_else(|p| p.into_inner()).clone()),
        }
    }
}

/// The label of a page's card: its section's title.
fn page_label(content: &super::SiteContent, p: &Page) -> String {
    content.sections.iter().find(|s| s.name == p.section).map(|s| s.title.clone()).unwrap_or_default()
}

impl Cards {
    /// Works out every card of the site (cheap: hashing only, nothing drawn).
    pub fn new(
        site_root: &std::path::Path,
        config: &crate::config::Config,
        palette: &crate::color::Palette,
        assets: &super::assets::Assets,
        content: &mut super::SiteContent,
    ) -> Cards {
        let (template, template_problem) = match card::load_template(site_root, &config.theme.name) {
            Ok(t) => (t, None),
            Err(e) => (String::new(), Some(format!("cannot read the social card template: {e}"))),
        };
        // The site's logo, else the monogram its icons are drawn from.
        let logo = match &config.theme.logo {
            Some(l) => logo_data_url(assets, &format!("/{}", l.trim_start_matches('/'))),
            None => {
                let mark = crate::graphics::icons::monogram(&config.practice.name, &palette.accent);
                Some(format!("data:image/svg+xml;base64,{}", crate::graphics::base64(mark.as_bytes())))
            }
        };
        let brand = Brand::new(&config.practice.name, config.public_host(), palette, logo);
        let mut base = KeyBuilder::new("card");
        base.field(template.as_bytes());
        base.field(&digest(serde_json::to_string(&brand).unwrap_or_default().as_bytes()));
        let mut cards = Cards { brand: Some(brand), template, template_problem, base: base.finish().0, ..Cards::default() };
        for i in 0..content.pages.len() {
            content.pages[i].card = cards.page_card(content, i);
        }
        let home = cards.add(CardText { title: config.title.clone(), label: String::new() });
        cards.listings.insert("/".into(), home);
        for s in &content.sections {
            let k = cards.add(CardText { title: s.title.clone(), label: String::new() });
            cards.listings.insert(s.path.clone(), k);
        }
        let k = cards.add(CardText { title: "Tags".into(), label: String::new() });
        cards.listings.insert("/tags/".into(), k);
        cards
    }

    /// Adds the cards of the site's tags (known once tags are indexed).
    pub fn add_tags<'a>(&mut self, tags: impl Iterator<Item = (&'a str, &'a str)>) {
        for (slug, name) in tags {
            let k = self.add(CardText { title: name.to_string(), label: TAG_LABEL.into() });
            self.listings.insert(format!("/tags/{slug}/"), k);
        }
    }

    fn add(&mut self, text: CardText) -> Key {
        let mut k = KeyBuilder::new("card");
        k.field(&self.base).field(text.title.as_bytes()).field(text.label.as_bytes());
        let key = k.finish();
        self.texts.entry(key).or_insert(text);
        key
    }

    /// The card page `i` shares: none when it has its own image or is unpublished.
    fn page_card(&mut self, content: &super::SiteContent, i: usize) -> Option<Key> {
        let p = &content.pages[i].page;
        (p.is_published() && p.fm.image.is_none()).then(|| self.add(CardText { title: p.title.clone(), label: page_label(content, p) }))
    }

    /// Re-keys page `i` after an edit (watch), whose card was `old`;
    /// returns its new key, which is also set on its record.
    pub fn refresh_page(&mut self, content: &mut super::SiteContent, i: usize, old: Option<Key>) -> Option<Key> {
        let key = self.page_card(content, i);
        content.pages[i].card = key;
        // The old card is forgotten when nothing else shares it.
        if let Some(old) = old.filter(|o| Some(*o) != key)
            && !content.pages.iter().any(|r| r.card == Some(old))
            && !self.listings.values().any(|k| *k == old)
        {
            self.texts.remove(&old);
        }
        key
    }

    /// Keeps the sizes of cards another model of the same site already drew.
    pub fn inherit_sizes(&self, other: &Cards) {
        let theirs = other.sizes.lock().unwrap_or_else(|p| p.into_inner());
        let mut mine = self.sizes.lock().unwrap_or_else(|p| p.into_inner());
        for (k, n) in theirs.iter() {
            mine.entry(*k).or_insert(*n);
        }
    }

    /// The card of a listing page; later pages of a listing ("/tips/page/2/") share the first's.
    pub fn listing(&self, path: &str) -> Option<Key> {
        let base = match path.find("/page/") {
            Some(k) => &path[..=k],
            None => path,
        };
        self.listings.get(base).copied()
    }

    /// What card `key` shows.
    pub fn text(&self, key: &Key) -> Option<&CardText> {
        self.texts.get(key)
    }

    /// The output path of a card ("cards/0123456789abcdef.png").
    pub fn file(key: &Key) -> String {
        format!("cards/{}.png", key.short())
    }

    /// Every card's output path, for the route table.
    pub fn files(&self) -> impl Iterator<Item = String> + '_ {
        self.texts.keys().map(Cards::file)
    }

    /// The share image of a card: 1200×630 PNG, alt "<title> — <practice>".
    /// Its byte size is known once it is drawn ([`Cards::draw`]); 0 before.
    pub fn image(&self, key: &Key, config: &crate::config::Config) -> Option<ImageRef> {
        let text = self.texts.get(key)?;
        let bytes = self.sizes.lock().unwrap_or_else(|p| p.into_inner()).get(key).copied().unwrap_or(0);
        Some(ImageRef {
            url: config.abs_url(&format!("/{}", Cards::file(key))),
            width: card::WIDTH,
            height: card::HEIGHT,
            bytes,
            mime: "image/png".into(),
            alt: alt_text(&text.title, &config.practice.name),
        })
    }

    /// The SVG of one card (for tests and previews).
    pub fn svg(&self, key: &Key) -> Result<String, Error> {
        let template = self.compile()?;
        let (Some(brand), Some(text)) = (&self.brand, self.texts.get(key)) else {
            return Err(Error::Output("internal error: unknown card".into()));
        };
        template.svg(brand, text).map_err(|e| template_error(&e))
    }

    fn compile(&self) -> Result<card::Template, Error> {
        if let Some(why) = &self.template_problem {
            return Err(Error::one(Diagnostic::error(
                "build/social-card",
                format!("templates/{}", card::TEMPLATE_NAME),
                0,
                0,
                why.clone(),
            )));
        }
        card::Template::new(&self.template).map_err(|e| template_error(&e))
    }

    /// Draws the cards in `only` (or all), each from the cache when it is
    /// there, and returns them by output path.
    pub fn draw(&self, cache: &Cache, only: Option<&[Key]>) -> Result<Vec<(String, Entry)>, Error> {
        let keys: Vec<Key> = match only {
            Some(k) => k.to_vec(),
            None => self.texts.keys().copied().collect(),
        };
        if keys.is_empty() {
            return Ok(Vec::new());
        }
        let template = self.compile()?;
        let brand = self.brand.as_ref().ok_or_else(|| Error::Output("internal error: cards without a brand".into()))?;
        let drawn: Vec<Result<(Key, Entry), Error>> = keys
            .par_iter()
            .filter_map(|k| self.texts.get(k).map(|t| (k, t)))
            .map(|(k, text)| {
                let bytes = cache.entry("cards", k, "png", || {
                    let svg = template.svg(brand, text).map_err(|e| template_error(&e))?;
                    card::draw(&svg).map_err(|e| {
                        Error::one(
                            Diagnostic::error(
                                "build/social-card",
                                format!("templates/{}", card::TEMPLATE_NAME),
                                0,
                                0,
                                format!("the card of “{}” cannot be drawn: {e}", text.title),
                            )
                            .with_hint("fix templates/social-card.svg, or delete it to use the theme's card"),
                        )
                    })
                })?;
                Ok((*k, bytes))
            })
            .collect();
        let mut out = Vec::with_capacity(drawn.len());
        let mut sizes = self.sizes.lock().unwrap_or_else(|p| p.into_inner());
        for d in drawn {
            let (k, bytes) = d?;
            sizes.insert(k, bytes.len());
            out.push((Cards::file(&k), bytes));
        }
        Ok(out)
    }
}

/// The alt text of a card: what it says.
pub fn alt_text(title: &str, practice: &str) -> String {
    if practice.trim().is_empty() { title.to_string() } else { format!("{title} — {practice}") }
}

fn template_error(e: &tera::Error) -> Error {
    let msg = crate::error::cause_chain(e);
    Error::one(
        Diagnostic::error("build/template", format!("templates/{}", card::TEMPLATE_NAME), 0, 0, msg.replace('\n', " "))
            .with_hint("fix the template, or delete the override to use the built-in card"),
    )
}

/// The logo as a `data:` URL (its published, metadata-free bytes).
fn logo_data_url(assets: &super::assets::Assets, url: &str) -> Option<String> {
    let a = assets.files.get(url)?;
    let info = a.info.as_ref().filter(|_| a.problem.is_none())?;
    let bytes = match &a.stripped {
        Some(b) => b.as_ref().clone(),
        None => std::fs::read(&a.src).ok()?,
    };
    Some(format!("data:{};base64,{}", info.format.mime(), crate::graphics::base64(&bytes)))
}
