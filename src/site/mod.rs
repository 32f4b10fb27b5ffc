//! The site model: published pages with rendered Markdown, sections with
//! their sorted pages, tags, the team index and assets. Built once from
//! loaded content; every output is rendered from it.

pub mod alerts;
pub mod assets;
pub mod cards;
pub mod pagination;
pub mod related;
pub mod routes;
pub mod views;

use crate::color::{Palette, palette};
use crate::config::Config;
use crate::content::front_matter::SortBy;
use crate::content::{Content, Page, Section, slugify};
use crate::error::Diagnostic;
use crate::markdown::{self, Rendered};
use assets::Assets;
use chrono::{DateTime, FixedOffset};
use pagination::{Pagination, TAG_PAGE_SIZE};
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

/// A tag and its published pages, newest first.
#[derive(Debug, Clone)]
pub struct TagInfo {
    pub name: String,
    pub slug: String,
    pub pages: Vec<usize>,
    /// How `pages` splits into the tag's listing pages.
    pub pagination: Pagination,
}

/// A section's published pages, in the section's order, and how they split
/// into its listing pages.
#[derive(Debug, Clone)]
pub struct SectionList {
    pub pages: Vec<usize>,
    pub pagination: Pagination,
}

/// One page as every stage after content carries it: the parsed file, its
/// Markdown rendered and its description. One record, not vectors indexed
/// alike, so `watch` replaces a page whole and no stage sees it half-updated.
#[derive(Debug, Clone)]
pub struct PageRecord {
    pub page: Page,
    /// The rendered Markdown (empty for unpublished pages).
    pub rendered: Rendered,
    /// The front matter `description`, else the start of the first paragraph.
    pub description: String,
    /// The social card the page shares (see [`cards`]): none when it has
    /// its own `image` or is unpublished. Set when the site is assembled.
    pub card: Option<crate::graphics::cache::Key>,
    /// The related tips a tip shows (see [`related`]); empty for other
    /// pages. Set for every page when the site is built; `watch` updates
    /// those an edit changes.
    pub related: Vec<usize>,
}

impl PageRecord {
    /// A page with its rendered Markdown; resolves its description.
    pub fn new(page: Page, rendered: Rendered) -> PageRecord {
        let description = description(&page, &rendered);
        PageRecord { page, rendered, description, card: None, related: Vec::new() }
    }
}

impl AsRef<Page> for PageRecord {
    fn as_ref(&self) -> &Page {
        &self.page
    }
}

/// The home page or a section as the site model carries it: the parsed
/// `_index.md` and its Markdown rendered, as [`PageRecord`] is for pages.
/// It dereferences to its [`Section`], so what reads sections (listings,
/// compliance rules) reads records unchanged.
#[derive(Debug, Clone)]
pub struct SectionRecord {
    pub section: Section,
    /// The rendered body of `_index.md`.
    pub html: String,
}

impl std::ops::Deref for SectionRecord {
    type Target = Section;

    fn deref(&self) -> &Section {
        &self.section
    }
}

impl AsRef<Section> for SectionRecord {
    fn as_ref(&self) -> &Section {
        &self.section
    }
}

/// The content of a site model: one record per page and per section.
pub type SiteContent = Content<PageRecord, SectionRecord>;

/// The whole site, ready to render.
pub struct Site {
    pub root: PathBuf,
    pub config: Config,
    pub info: crate::view::SiteInfo,
    pub palette: Palette,
    /// One [`SectionRecord`] per section and one [`PageRecord`] per page, by index.
    pub content: SiteContent,
    /// Each section's published pages and pagination, by section index.
    pub section_lists: Vec<SectionList>,
    /// Published pages directly under content/ (no section).
    pub root_pages: Vec<usize>,
    /// Tags by slug.
    pub tags: BTreeMap<String, TagInfo>,
    /// Team page index by slug.
    pub team: HashMap<String, usize>,
    pub assets: Assets,
    /// The social card each page and listing shares (see [`cards`]).
    pub cards: cards::Cards,
    /// Every alert not in a draft, in banner order, with its state at `now`.
    pub alerts: Vec<alerts::SiteAlert>,
    pub now: DateTime<FixedOffset>,
}

impl Site {
    /// Builds the model; returns it with every problem found (errors and warnings).
    pub fn new(root: &Path, config: Config, content: Content, now: DateTime<FixedOffset>) -> (Site, Vec<Diagnostic>) {
        let theme_static = root.join("themes").join(&config.theme.name).join("static");
        let assets = Assets::scan(&[theme_static, root.join("static")], &content.pages);
        let links = link_map(&content);
        let code = markdown::highlight::CodeCache::default();
        let Content { home, sections, pages, failed } = content;
        // Unzipped straight into the records: a page is large, and an
        // intermediate vector of pairs would move every one a second time.
        let (records, found): (Vec<PageRecord>, Vec<Vec<Diagnostic>>) = pages
            .into_par_iter()
            .map(|p| {
                let (r, d) =
                    if p.is_published() { render_markdown(&p, &links, &assets, Some(&code)) } else { (Rendered::default(), Vec::new()) };
                (PageRecord::new(p, r), d)
            })
            .unzip();
        let mut problems: Vec<Diagnostic> = found.into_iter().flatten().collect();
        let mut section = |s| {
            let (r, d) = render_section(s, &links, &assets);
            problems.extend(d);
            r
        };
        let home = section(home);
        let sections = sections.into_iter().map(section).collect();
        let content = Content { home, sections, pages: records, failed };
        let (mut site, more) = Site::assemble(root, config, content, assets, now);
        problems.extend(more);
        site.relate_all();
        (site, problems)
    }

    /// Sets every published tip's related tips, from tables made once
    /// (linear in pages and tags).
    fn relate_all(&mut self) {
        let index = related::RelatedIndex::new(self);
        let lists: Vec<Vec<usize>> =
            self.content
                .par_iter_pages()
                .enumerate()
                .map(|(i, p)| {
                    if p.kind == crate::content::front_matter::SectionKind::Tips && p.is_published() {
                        index.related(i)
                    } else {
                        Vec::new()
                    }
                })
                .collect();
        for (r, list) in self.content.pages.iter_mut().zip(lists) {
            r.related = list;
        }
    }

    /// Builds the indexes (sections, tags, team) around pages and sections
    /// whose Markdown is rendered. Cheap: `watch` calls it after
    /// re-rendering only the page that changed.
    pub fn assemble(
        root: &Path,
        config: Config,
        mut content: SiteContent,
        assets: Assets,
        now: DateTime<FixedOffset>,
    ) -> (Site, Vec<Diagnostic>) {
        let mut problems = Vec::new();
        let pal = palette(&config.theme.accent);
        let mut team = HashMap::new();
        for (i, p) in content.iter_pages().enumerate() {
            if p.kind == crate::content::front_matter::SectionKind::Team && p.is_published() {
                team.insert(p.slug.clone(), i);
            }
        }
        let (section_lists, root_pages) = section_lists(&content);
        let tags = tag_index(&content);
        let info = views::site_info(&config, &assets);
        let mut cards = cards::Cards::new(root, &config, &pal, &assets, &mut content);
        cards.add_tags(tags.values().map(|t| (t.slug.as_str(), t.name.as_str())));
        let alerts = alerts::collect(&content, now);
        let site = Site {
            root: root.to_path_buf(),
            config,
            info,
            palette: pal,
            content,
            section_lists,
            root_pages,
            tags,
            team,
            assets,
            cards,
            alerts,
            now,
        };
        problems.extend(site.check_references());
        problems.extend(routes::check(&site));
        (site, problems)
    }

    /// Indices of published pages.
    pub fn published(&self) -> impl Iterator<Item = usize> + '_ {
        self.content.iter_pages().enumerate().filter(|(_, p)| p.is_published()).map(|(i, _)| i)
    }

    /// Resolves a front matter image path (absolute from static/, or
    /// relative to the page's bundle) to a URL path.
    ///
    /// A relative path that is not beside the page ("images/team/x.jpg" on
    /// `content/team/x.md`) is read from `static/`, as Hugo reads front
    /// matter images: practices moving from Hugo write them so.
    pub fn image_url(&self, page: &Page, image: &str) -> String {
        let url = markdown::resolve_relative(image, &page.path);
        let relative = !image.starts_with('/') && !image.contains("://");
        if relative && !self.assets.files.contains_key(&url) {
            let from_static = format!("/{}", image.trim_start_matches("./"));
            if self.assets.files.contains_key(&from_static) {
                return from_static;
            }
        }
        url
    }

    fn check_references(&self) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        for i in self.published() {
            let p = &self.content.pages[i].page;
            for key in ["author", "reviewed_by"] {
                let v = if key == "author" { &p.fm.author } else { &p.fm.reviewed_by };
                if let Some(slug) = v
                    && !self.team.contains_key(slug)
                {
                    let (l, c) = p.key_pos(key);
                    let known: Vec<&str> = self.team.keys().map(String::as_str).collect();
                    let hint = match nearest_slugs(slug, &known) {
                        near if near.is_empty() => {
                            format!(
                                "`{key}` names a page of the team section by its file name; there are no team pages yet (`carepress new bio \"Name\"` writes one)"
                            )
                        }
                        near => format!(
                            "`{key}` names a page of the team section by its file name (a slug, not a display name); nearest team slugs: {}",
                            near.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ")
                        ),
                    };
                    out.push(
                        Diagnostic::error(
                            "build/unknown-person",
                            &p.file,
                            l,
                            c,
                            format!("`{key}` is `{slug}`, but there is no such team page"),
                        )
                        .with_hint(hint),
                    );
                }
            }
            if let Some(img) = &p.fm.image {
                let url = self.image_url(p, img);
                let (l, c) = p.key_pos("image");
                match image_size(&self.assets, &url) {
                    markdown::ImageLookup::Missing => out.push(
                        Diagnostic::error("build/missing-image", &p.file, l, c, format!("image `{img}` does not exist")).with_hint(
                            "put the file under static/ and write its path from there (\"/images/x.jpg\"), or beside a bundle's index.md",
                        ),
                    ),
                    markdown::ImageLookup::Broken(why) => out.push(
                        Diagnostic::error("build/image", &p.file, l, c, format!("`image` `{img}` cannot be published: {why}"))
                            .with_hint("replace the file with a working image, or change `image`"),
                    ),
                    markdown::ImageLookup::Found(_) => {}
                }
            }
        }
        out.extend(self.check_site_images());
        out.extend(self.check_unreferenced_broken_images());
        out
    }
}

impl Site {
    /// `[social] default_image` and `[theme] logo`: missing, outside the
    /// site, or broken files are errors at their site.toml line (a logo
    /// silently dropped is a header and a JSON-LD logo gone).
    fn check_site_images(&self) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        let text = std::fs::read_to_string(self.root.join("site.toml")).unwrap_or_default();
        for (key, value) in [("default_image", &self.config.social.default_image), ("logo", &self.config.theme.logo)] {
            let Some(img) = value else { continue };
            let (l, c) = crate::serde_diag::key_position(&text, key);
            let url = format!("/{}", img.trim_start_matches('/'));
            let problem = if img.contains("://") || img.split(['/', '\\']).any(|p| p == "..") {
                Some(format!("`{key}` `{img}` is not a file of this site"))
            } else {
                match image_size(&self.assets, &url) {
                    markdown::ImageLookup::Missing => Some(format!("`{key}` `{img}` does not exist under static/")),
                    markdown::ImageLookup::Broken(why) => Some(format!("`{key}` `{img}` cannot be published: {why}")),
                    markdown::ImageLookup::Found(_) => None,
                }
            };
            if let Some(message) = problem {
                out.push(
                    Diagnostic::error("build/missing-image", "site.toml", l, c, message)
                        .with_hint("put the image under static/ and write its path from there, e.g. \"images/logo.svg\""),
                );
            }
        }
        out
    }

    /// Broken images no page names as its `image`: reported at the file, so
    /// nothing unreadable (or unstrippable) is published silently.
    fn check_unreferenced_broken_images(&self) -> Vec<Diagnostic> {
        let named: std::collections::HashSet<String> = self
            .published()
            .filter_map(|i| self.content.pages[i].page.fm.image.as_ref().map(|img| self.image_url(&self.content.pages[i].page, img)))
            .chain(
                self.config.social.default_image.iter().chain(&self.config.theme.logo).map(|i| format!("/{}", i.trim_start_matches('/'))),
            )
            .collect();
        let mut out: Vec<Diagnostic> = self
            .assets
            .files
            .iter()
            .filter(|(url, a)| a.problem.is_some() && !named.contains(*url))
            .map(|(_, a)| {
                Diagnostic::error(
                    "build/image",
                    crate::content::rel_to(&self.root, &a.src),
                    0,
                    0,
                    format!("this image cannot be published: {}", a.problem.as_deref().unwrap_or("")),
                )
                .with_hint("replace it with a working image, or delete it")
            })
            .collect();
        out.sort_by(|a, b| a.file.cmp(&b.file));
        out
    }
}

/// Each section's published pages in its order, with their pagination, and
/// the published pages outside any section.
fn section_lists(content: &SiteContent) -> (Vec<SectionList>, Vec<usize>) {
    let mut section_pages: Vec<Vec<usize>> = vec![Vec::new(); content.sections.len()];
    let mut root_pages = Vec::new();
    for (i, p) in content.iter_pages().enumerate().filter(|(_, p)| p.is_published()) {
        match content.sections.iter().position(|s| s.name == p.section) {
            Some(si) => section_pages[si].push(i),
            None => root_pages.push(i),
        }
    }
    let section_lists: Vec<SectionList> = section_pages
        .into_iter()
        .zip(&content.sections)
        .map(|(mut pages, s)| {
            sort_pages(&mut pages, &content.pages, s.sort_by);
            let pagination = Pagination::new(s.path.clone(), pages.len(), s.fm.paginate_by);
            SectionList { pages, pagination }
        })
        .collect();
    (section_lists, root_pages)
}

/// Every tag of a published page with its pages, newest first, and their
/// pagination.
fn tag_index(content: &SiteContent) -> BTreeMap<String, TagInfo> {
    let mut tags: BTreeMap<String, TagInfo> = BTreeMap::new();
    for (i, p) in content.iter_pages().enumerate().filter(|(_, p)| p.is_published()) {
        for t in &p.fm.tags {
            let slug = slugify(t);
            // The pagination is set once the tag has all its pages.
            let unset = Pagination::new(String::new(), 0, None);
            tags.entry(slug.clone())
                .or_insert_with(|| TagInfo { name: t.clone(), slug, pages: Vec::new(), pagination: unset })
                .pages
                .push(i);
        }
    }
    for t in tags.values_mut() {
        sort_pages(&mut t.pages, &content.pages, SortBy::Date);
        t.pagination = Pagination::new(format!("/tags/{}/", t.slug), t.pages.len(), Some(TAG_PAGE_SIZE));
    }
    tags
}

/// A page's description: its front matter `description`, else the start of
/// its first paragraph.
pub fn description(p: &Page, r: &Rendered) -> String {
    match &p.fm.description {
        Some(d) if !d.trim().is_empty() => d.trim().to_string(),
        _ => markdown::truncate_words(&r.first_paragraph, 160),
    }
}

/// Content-relative source path -> URL path, for `@/` links (pages and sections).
pub fn link_map<P: AsRef<Page>, S: AsRef<Section>>(content: &Content<P, S>) -> HashMap<String, String> {
    let mut links: HashMap<String, String> =
        content.iter_pages().map(AsRef::as_ref).filter(|p| p.is_published()).map(|p| (p.rel.clone(), p.path.clone())).collect();
    links.insert("_index.md".into(), "/".into());
    for rel in &content.failed {
        // Its address as it would most likely be, so links to a page with a
        // front matter error are not reported a second time.
        let stem = rel.trim_end_matches("/index.md").trim_end_matches(".md");
        links.entry(rel.clone()).or_insert_with(|| format!("/{stem}/"));
    }
    for s in content.sections.iter().map(AsRef::as_ref) {
        links.insert(format!("{}/_index.md", s.name), s.path.clone());
    }
    links
}

fn image_size(assets: &Assets, url: &str) -> markdown::ImageLookup {
    let url = url.split(['?', '#']).next().unwrap_or(url);
    match assets.files.get(url) {
        None => markdown::ImageLookup::Missing,
        Some(a) => match (&a.problem, &a.info) {
            (Some(why), _) => markdown::ImageLookup::Broken(why.clone()),
            (None, info) => markdown::ImageLookup::Found(info.as_ref().map(|i| (i.width, i.height))),
        },
    }
}

/// Widths of the WebP variants of the image at `url` (none when it has none).
pub fn image_variants(assets: &Assets, url: &str) -> Vec<u32> {
    let url = url.split(['?', '#']).next().unwrap_or(url);
    let decoded = percent_encoding::percent_decode_str(url).decode_utf8_lossy();
    assets.files.get(decoded.as_ref()).map(|a| a.variants.clone()).unwrap_or_default()
}

/// Renders one page's Markdown against the site's links and assets.
pub fn render_markdown(
    p: &Page,
    links: &HashMap<String, String>,
    assets: &Assets,
    code: Option<&markdown::highlight::CodeCache>,
) -> (Rendered, Vec<Diagnostic>) {
    let image_size = |u: &str| image_size(assets, u);
    let variants = |u: &str| image_variants(assets, u);
    let env = markdown::Env { pages: links, image_size: &image_size, page_path: &p.path, code, variants: Some(&variants) };
    markdown::render(&p.body, p.body_line, &p.file, &env)
}

/// Renders the Markdown of the home page or a section (`_index.md`).
fn render_section(section: Section, links: &HashMap<String, String>, assets: &Assets) -> (SectionRecord, Vec<Diagnostic>) {
    let image_size = |u: &str| image_size(assets, u);
    let variants = |u: &str| image_variants(assets, u);
    let env = markdown::Env { pages: links, image_size: &image_size, page_path: &section.path, code: None, variants: Some(&variants) };
    let (r, d) = markdown::render(&section.body, section.body_line, &section.file, &env);
    (SectionRecord { section, html: r.html }, d)
}

/// Sorts page indices: dates newest first, weights ascending, titles A–Z;
/// ties broken by path so the order is stable.
pub fn sort_pages<P: AsRef<Page>>(list: &mut [usize], pages: &[P], by: SortBy) {
    list.sort_by(|&a, &b| {
        let (pa, pb) = (pages[a].as_ref(), pages[b].as_ref());
        let primary = match by {
            SortBy::Date => pb.date.cmp(&pa.date),
            SortBy::Weight => pa.fm.weight.unwrap_or(i64::MAX).cmp(&pb.fm.weight.unwrap_or(i64::MAX)),
            SortBy::Title => pa.title.to_lowercase().cmp(&pb.title.to_lowercase()),
        };
        primary.then_with(|| pa.path.cmp(&pb.path))
    });
}

/// The (at most three) team slugs closest to `written`, best first; a
/// display name ("Dr. Jane Roe") is compared without titles and punctuation.
fn nearest_slugs<'a>(written: &str, known: &[&'a str]) -> Vec<&'a str> {
    let plain = crate::content::slugify(written.trim_start_matches("Dr. ").trim_start_matches("Dr "));
    let mut scored: Vec<(f64, &str)> = known.iter().map(|k| (strsim::jaro_winkler(&plain, k), *k)).collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    scored.into_iter().take(3).map(|(_, k)| k).collect()
}
