//! Renders every HTML page of the site through the templates.

use super::context as cx;
use super::views::{
    Card, CardContext, CommonContext, Frame, HomeContext, HomePage, Link, NavItem, OfflineContext, PageContext, PageHtmlContext, PageView,
    PagerItem, Paginator, PracticeView, ProfileLink, SectionContext, SiteView, TagContext, TagCount, TagView, TagsContext, ThemeView,
};
use crate::content::front_matter::SectionKind;
use crate::error::Diagnostic;
use crate::site::Site;
use crate::site::pagination::Pagination;
use crate::view::{PageKind, PageMeta};
use rayon::prelude::*;
use serde::Serialize;

/// Renders HTML pages from the site model with one template set.
pub struct Renderer<'a> {
    pub site: &'a Site,
    pub tera: &'a tera::Tera,
    common: tera::Context,
    /// (title, url) of each main navigation item.
    nav_items: Vec<(String, String)>,
    /// The header pre-rendered for each navigation state (active item, and
    /// whether the page is that item's own page), keyed as by [`nav_state`].
    headers: std::collections::HashMap<(Option<usize>, bool), String>,
    /// Each published page as a list card, built once (a page appears in its
    /// section, its tags, the home page and related lists).
    /// `None` for unpublished pages.
    cards: Vec<std::sync::OnceLock<Option<Card<'a>>>>,
    /// Appended before `</body>` (the live-reload client in `watch`).
    pub inject: Option<String>,
    /// Appended before `</body>` of every page: the service worker's
    /// registration (`build` with `[theme] offline = true` only).
    pub register_worker: Option<String>,
    /// Contexts holding `common`, each lent to one render at a time and
    /// returned holding `common` alone again: copying the shared values
    /// into a new context for every page was a tenth of rendering it.
    spare: std::sync::Mutex<Vec<tera::Context>>,
    /// The length of the page rendered last, to size the next one's buffer.
    last_len: std::sync::atomic::AtomicUsize,
    /// Whether `page.html`'s content block can be written without Tera.
    builtin_page: super::page_body::BuiltinPage,
    /// The built-in `page.html` around its content block, when it is used.
    skeleton: Option<super::page_body::Skeleton>,
}

/// The stylesheet URL every page links (versioned by the built-in CSS).
pub fn css_url() -> String {
    format!("/carepress.css?v={}", crate::render::short_hash(crate::render::templates::BUILTIN_CSS.as_bytes()))
}

/// One rendered output: site-relative file path and its bytes.
pub type Out = (String, Vec<u8>);

impl<'a> Renderer<'a> {
    /// Prepares the context shared by every page.
    pub fn new(site: &'a Site, tera: &'a tera::Tera) -> Renderer<'a> {
        let mut common = tera::Context::from_serialize(common_context(site)).unwrap_or_default();
        let mut nav_items = vec![("Home".to_string(), "/".to_string())];
        for s in site.content.sections.iter().filter(|s| !s.fm.hidden) {
            nav_items.push((s.title.clone(), s.path.clone()));
        }
        // The footer is the same on every page: render it once, then hand the
        // HTML to each page instead of the (possibly long) policy list.
        if let Ok(footer) = tera.render("footer.html", &common) {
            common.insert("footer", &footer);
            common.remove("policies");
        }
        // Likewise the header: one rendering per navigation state.
        let mut headers = std::collections::HashMap::new();
        let mut states = vec![(None, false)];
        for k in 0..nav_items.len() {
            states.push((Some(k), true));
            states.push((Some(k), false));
        }
        for state in states {
            let mut ctx = common.clone();
            ctx.insert("nav", &nav(&nav_items, state));
            if let Ok(h) = tera.render("header.html", &ctx) {
                headers.insert(state, h);
            }
        }
        let cards = (0..site.content.pages.len()).map(|_| std::sync::OnceLock::new()).collect();
        let builtin_page = super::page_body::BuiltinPage::of(tera);
        let skeleton = builtin_page.applies().then(|| super::page_body::Skeleton::of(tera, &common)).flatten();
        Renderer {
            site,
            tera,
            common,
            nav_items,
            headers,
            cards,
            inject: None,
            register_worker: None,
            spare: Default::default(),
            last_len: Default::default(),
            skeleton,
            builtin_page,
        }
    }

    /// Whether pages are drawn from a skeleton of the built-in `page.html`.
    pub fn has_skeleton(&self) -> bool {
        self.skeleton.is_some()
    }

    /// The `<title>` of a page: "Page · Practice", or the practice at home.
    fn title(&self, meta: &PageMeta) -> String {
        if meta.kind == PageKind::Home { self.site.config.title.clone() } else { format!("{} · {}", meta.title, self.site.config.title) }
    }

    /// A page whose content block is `body`, from the skeleton of the
    /// built-in `page.html` when there is one for its navigation state.
    fn render_page(&self, current_path: &str, meta: &PageMeta, body: &str) -> Result<String, Diagnostic> {
        let header = self.headers.get(&nav_state(&self.nav_items, current_path));
        let (Some(sk), Some(header)) = (&self.skeleton, header) else {
            return self.render("page.html", current_path, meta, &PageHtmlContext { page_html: body });
        };
        let head = super::seo::head_meta(&self.site.info, meta);
        Ok(self.finish(sk.fill(&self.title(meta), &head, meta.kind, header, body)))
    }

    fn render<T: Serialize>(&self, template: &str, current_path: &str, meta: &PageMeta, own: &T) -> Result<String, Diagnostic> {
        let state = nav_state(&self.nav_items, current_path);
        let title = self.title(meta);
        let head = super::seo::head_meta(&self.site.info, meta);
        let frame = Frame {
            own,
            nav: nav(&self.nav_items, state),
            header: self.headers.get(&state).map(String::as_str),
            head: &head,
            title: &title,
            kind: meta.kind,
            current_path,
        };
        let context_error = |e: tera::Error| Diagnostic::error("build/template", template, 0, 0, format!("the context of {template}: {e}"));
        let own = serde_json::to_value(&frame).map_err(|e| context_error(tera::Error::json(e)))?;
        let keys: Vec<String> = own.as_object().map(|m| m.keys().cloned().collect()).unwrap_or_default();
        let own = tera::Context::from_value(own).map_err(context_error)?;
        // Into a buffer about the size of the last page: Tera's own starts
        // at 2 KB and was copied five times over while a page grew to 35 KB.
        let mut out = Vec::with_capacity(self.last_len.load(std::sync::atomic::Ordering::Relaxed) * 9 / 8 + 2048);
        self.with_context(own, &keys, |ctx| self.tera.render_to(template, ctx, &mut out))
            .map_err(|e| super::template_error::at_render(self.site, self.tera, template, current_path, &e))?;
        self.last_len.store(out.len(), std::sync::atomic::Ordering::Relaxed);
        let html = String::from_utf8(out)
            .map_err(|e| Diagnostic::error("build/template", template, 0, 0, format!("{template} rendered text that is not UTF-8: {e}")))?;
        Ok(self.finish(html))
    }

    /// Adds the service worker's registration and the live-reload client.
    fn finish(&self, mut html: String) -> String {
        for snippet in [&self.register_worker, &self.inject].into_iter().flatten() {
            match html.rfind("</body>") {
                Some(i) => html.insert_str(i, snippet),
                None => html.push_str(snippet),
            }
        }
        html
    }

    /// Runs `f` on the common context with `own`, whose names are `keys`,
    /// added (they win over common ones of the same name, as
    /// `Context::extend` has it).
    fn with_context<R>(&self, own: tera::Context, keys: &[String], f: impl FnOnce(&tera::Context) -> R) -> R {
        let lock = || self.spare.lock().unwrap_or_else(|p| p.into_inner());
        let mut ctx = lock().pop().unwrap_or_else(|| self.common.clone());
        ctx.extend(own);
        let result = f(&ctx);
        // Back to `common` alone, so the next page sees none of this one's values.
        for k in keys {
            match self.common.get(k) {
                Some(v) => ctx.insert(k.as_str(), v),
                None => drop(ctx.remove(k)),
            }
        }
        lock().push(ctx);
        result
    }

    fn cards_of(&self, list: &[usize]) -> Vec<&Card<'a>> {
        list.iter().filter_map(|&i| self.card(i)).collect()
    }

    /// A page's list card, made on first use (`watch` creates a
    /// renderer per edit and needs only a few cards).
    fn card(&self, i: usize) -> Option<&Card<'a>> {
        self.cards[i]
            .get_or_init(|| {
                let site = self.site;
                if !site.content.pages[i].page.is_published() {
                    return None;
                }
                let mut card = cx::summary(site, i);
                if let Some((h2, h3)) = self.builtin_page.card_html(&card) {
                    card.html2 = Some(h2);
                    card.html3 = Some(h3);
                    return Some(card);
                }
                // The card's HTML, rendered once per page with a placeholder
                // level 9; <h9> then becomes the h2 and h3 the listings need.
                let ctx = tera::Context::from_serialize(CardContext { p: &card, level: 9 });
                if let Ok(html) = ctx.and_then(|ctx| self.tera.render("card.html", &ctx)) {
                    let at = |level: &str| html.replace("<h9", &format!("<{level}")).replace("</h9>", &format!("</{level}>"));
                    card.html2 = Some(at("h2"));
                    card.html3 = Some(at("h3"));
                }
                Some(card)
            })
            .as_ref()
    }

    /// A content page.
    pub fn page(&self, i: usize) -> Result<Out, Diagnostic> {
        let site = self.site;
        let p = &site.content.pages[i].page;
        let meta = site.page_meta(i);
        let section = site.content.sections.iter().find(|s| s.name == p.section);
        let template =
            p.fm.template
                .clone()
                .or_else(|| section.and_then(|s| s.fm.page_template.clone()))
                .unwrap_or_else(|| if p.kind == SectionKind::Team { "bio.html".into() } else { "page.html".into() });
        let r = &site.content.pages[i].rendered;
        let date = |d: Option<chrono::DateTime<chrono::FixedOffset>>| d.map(|d| crate::dates::human_date(d.date_naive()));
        let iso = |d: Option<chrono::DateTime<chrono::FixedOffset>>| d.map(|d| d.format("%Y-%m-%d").to_string());
        let section_title = section.map(|s| s.title.as_str());
        let page = PageView {
            title: &p.title,
            description: &site.content.pages[i].description,
            content: &r.html,
            url: &p.path,
            kind: meta.kind,
            date: date(p.date),
            date_iso: iso(p.date),
            updated: date(p.updated),
            updated_iso: iso(p.updated),
            last_reviewed: p.last_reviewed.map(crate::dates::human_date),
            last_reviewed_iso: p.last_reviewed.map(|d| d.format("%Y-%m-%d").to_string()),
            sources: &meta.sources,
            person: meta.person.as_ref(),
            extra: &p.fm.extra,
            section_title,
            section_url: section.map(|s| s.path.as_str()),
            reading_minutes: r.word_count.div_ceil(200).max(1),
            tags: cx::tags(p),
            image: site.page_image(p).map(|img| cx::image(site, img)),
            author: meta.author.as_ref().map(|a| cx::person(site, a)),
            reviewed_by: meta.reviewed_by.as_ref().map(|a| cx::person(site, a)),
            related: self.cards_of(&site.content.pages[i].related),
            headings: cx::headings(&r.headings),
        };
        let html = match self.builtin_page.render(&template, &page) {
            Some(page_html) => self.render_page(&p.path, &meta, &page_html)?,
            None => self.render(&template, &p.path, &meta, &PageContext { page })?,
        };
        Ok((format!("{}index.html", p.path.trim_start_matches('/')), html.into_bytes()))
    }

    /// The home page.
    pub fn home(&self) -> Result<Out, Diagnostic> {
        let site = self.site;
        let home = &site.content.home;
        let meta = site.listing_meta(
            PageKind::Home,
            &site.config.title,
            home.fm.description.as_deref().unwrap_or(&site.config.description),
            "/",
            site.feed_links(None),
            None,
        );
        let first = |kind: SectionKind, n: usize| match site.content.sections.iter().position(|s| s.kind == kind) {
            Some(si) => (
                self.cards_of(&site.section_lists[si].pages[..n.min(site.section_lists[si].pages.len())]),
                Some(site.content.sections[si].path.as_str()),
            ),
            None => (Vec::new(), None),
        };
        let (latest_tips, tips_url) = first(SectionKind::Tips, 3);
        let (latest_news, news_url) = first(SectionKind::News, 3);
        let (team, team_url) = first(SectionKind::Team, 4);
        let page = HomePage {
            title: home.fm.title.as_deref().unwrap_or(&site.config.title),
            content: &site.content.home.html,
            description: &meta.description,
        };
        let own = HomeContext { page, latest_tips, latest_news, team, tips_url, news_url, team_url };
        let template = home.fm.template.clone().unwrap_or_else(|| "home.html".into());
        Ok(("index.html".into(), self.render(&template, "/", &meta, &own)?.into_bytes()))
    }

    /// Every listing page of a section (`/tips/`, `/tips/page/2/`, ...).
    pub fn section(&self, si: usize) -> Result<Vec<Out>, Diagnostic> {
        self.section_chunks(si, None)
    }

    /// The listing pages of a section whose numbers (1-based) are in `only`, or all.
    pub fn section_chunks(&self, si: usize, only: Option<&[usize]>) -> Result<Vec<Out>, Diagnostic> {
        let site = self.site;
        let s = &site.content.sections[si];
        let template =
            s.fm.template.clone().unwrap_or_else(|| if s.kind == SectionKind::Team { "team.html".into() } else { "section.html".into() });
        let feeds =
            if s.feed { site.feed_links(Some((&s.path, &format!("{}: {}", site.config.title, s.title)))) } else { site.feed_links(None) };
        let description = s.fm.description.clone().unwrap_or_else(|| format!("{} from {}", s.title, site.config.title));
        let list = &site.section_lists[si];
        self.paginated(&list.pages, &list.pagination, only, |pg_path, pg_pages, paginator| {
            let meta = site.listing_meta(PageKind::Section, &s.title, &description, pg_path, feeds.clone(), Some(s));
            let pages = self.builtin_page.list_cards(&template, self.cards_of(pg_pages));
            let own = SectionContext { section: cx::section(site, s), pages, paginator };
            self.render(&template, pg_path, &meta, &own)
        })
    }

    /// `/tags/` and each `/tags/<slug>/` with its pagination.
    pub fn tags(&self) -> Result<Vec<Out>, Diagnostic> {
        let mut out = vec![self.tag_list()?];
        let tags: Vec<&crate::site::TagInfo> = self.site.tags.values().collect();
        let per_tag: Vec<Result<Vec<Out>, Diagnostic>> = tags.par_iter().map(|t| self.tag(&t.slug)).collect();
        for r in per_tag {
            out.extend(r?);
        }
        Ok(out)
    }

    /// `/tags/`: every tag with its count.
    pub fn tag_list(&self) -> Result<Out, Diagnostic> {
        let site = self.site;
        let tags =
            site.tags.values().map(|t| TagCount { name: &t.name, url: format!("/tags/{}/", t.slug), count: t.pages.len() }).collect();
        let meta = site.listing_meta(
            PageKind::TagList,
            "Tags",
            &format!("Every topic covered by {}", site.config.title),
            "/tags/",
            site.feed_links(None),
            None,
        );
        Ok(("tags/index.html".to_string(), self.render("tags.html", "/tags/", &meta, &TagsContext { tags })?.into_bytes()))
    }

    /// One tag's pages.
    pub fn tag(&self, slug: &str) -> Result<Vec<Out>, Diagnostic> {
        self.tag_chunks(slug, None)
    }

    /// The listing pages of a tag whose numbers (1-based) are in `only`, or all.
    pub fn tag_chunks(&self, slug: &str, only: Option<&[usize]>) -> Result<Vec<Out>, Diagnostic> {
        let site = self.site;
        let Some(t) = site.tags.get(slug) else { return Ok(Vec::new()) };
        let base = &t.pagination.base;
        let feed_title = format!("{}: {}", site.config.title, t.name);
        let feeds = site.feed_links(Some((base, &feed_title)));
        let title = format!("Tagged “{}”", t.name);
        let description = format!("Pages about {} from {}", t.name, site.config.title);
        self.paginated(&t.pages, &t.pagination, only, |pg_path, pg_pages, paginator| {
            let meta = site.listing_meta(PageKind::Tag, &title, &description, pg_path, feeds.clone(), None);
            let tag = TagView { name: &t.name, url: base, feeds: cx::feeds(site, base, &feed_title) };
            let pages = self.builtin_page.list_cards("tag.html", self.cards_of(pg_pages));
            self.render("tag.html", pg_path, &meta, &TagContext { tag, pages, paginator })
        })
    }

    /// Renders the listing pages of `pages` (those numbered in `only`, or
    /// all) as `pagination` splits them, with `f` drawing each.
    fn paginated(
        &self,
        pages: &[usize],
        pagination: &Pagination,
        only: Option<&[usize]>,
        f: impl Fn(&str, &[usize], Option<Paginator>) -> Result<String, Diagnostic> + Sync,
    ) -> Result<Vec<Out>, Diagnostic> {
        let chunks = pagination.chunks(pages);
        let total = pagination.total;
        let url_of = |n: usize| pagination.url(n);
        let rendered: Vec<Result<Out, Diagnostic>> = chunks
            .par_iter()
            .enumerate()
            .filter(|(k, _)| only.is_none_or(|o| o.contains(&(k + 1))))
            .map(|(k, chunk)| {
                let n = k + 1;
                let paginator = pagination.is_paged().then(|| Paginator {
                    current: n,
                    total,
                    prev_url: (n > 1).then(|| url_of(n - 1)),
                    next_url: (n < total).then(|| url_of(n + 1)),
                    pages: page_window(n, total)
                        .into_iter()
                        .map(|m| match m {
                            Some(m) => PagerItem::Page { number: m, url: url_of(m), current: m == n },
                            None => PagerItem::Gap { gap: true },
                        })
                        .collect(),
                });
                let path = url_of(n);
                let html = f(&path, chunk, paginator)?;
                Ok((format!("{}index.html", path.trim_start_matches('/')), html.into_bytes()))
            })
            .collect();
        let mut out = Vec::with_capacity(total + 1);
        for r in rendered {
            out.push(r?);
        }
        if pagination.is_paged() && only.is_none() {
            out.push(page_one_redirect(&self.site.config, pagination));
        }
        Ok(out)
    }

    /// The 404 page.
    pub fn not_found(&self) -> Result<Out, Diagnostic> {
        let site = self.site;
        let meta = site.listing_meta(
            PageKind::NotFound,
            "Page not found",
            &format!("This page does not exist on {}.", site.config.title),
            "/404.html",
            site.feed_links(None),
            None,
        );
        Ok(("404.html".into(), self.render("404.html", "/404.html", &meta, &())?.into_bytes()))
    }

    /// `offline.html`, the page the service worker shows for a page not
    /// saved on the device; `pages` are (title, URL) of those that are.
    pub fn offline(&self, pages: &[(String, String)]) -> Result<Out, Diagnostic> {
        let site = self.site;
        let path = format!("/{}", crate::site::routes::OFFLINE_PAGE);
        let meta = site.listing_meta(
            PageKind::Offline,
            "You are offline",
            &format!("{} cannot be reached without an internet connection; these pages are saved on this device.", site.config.title),
            &path,
            site.feed_links(None),
            None,
        );
        let own = OfflineContext { offline_pages: pages.iter().map(|(title, url)| Link { title, url }).collect() };
        Ok((crate::site::routes::OFFLINE_PAGE.into(), self.render("offline.html", &path, &meta, &own)?.into_bytes()))
    }
}

/// The page numbers a pager shows: the first, the last, and two on each side
/// of the current one, with `None` for each gap. Listing every number made
/// pagers of big sections quadratic (400 links on each of 400 pages).
pub fn page_window(current: usize, total: usize) -> Vec<Option<usize>> {
    let mut out = Vec::new();
    let mut last = 0;
    for m in 1..=total {
        if m == 1 || m == total || m.abs_diff(current) <= 2 {
            if m > last + 1 {
                out.push(None);
            }
            out.push(Some(m));
            last = m;
        }
    }
    out
}

/// Which navigation item a page belongs to, and whether it is that item's
/// own page (`aria-current="page"`) or below it (`aria-current="true"`).
pub fn nav_state(items: &[(String, String)], current_path: &str) -> (Option<usize>, bool) {
    let active = items.iter().position(|(_, url)| if url == "/" { current_path == "/" } else { current_path.starts_with(url.as_str()) });
    (active, active.is_some_and(|k| items[k].1 == current_path))
}

/// The `nav` list for templates in a given state. The `current_path` test in
/// templates compares with `url`, so the own-page state marks it here too.
fn nav(items: &[(String, String)], (active, own): (Option<usize>, bool)) -> Vec<NavItem<'_>> {
    items
        .iter()
        .enumerate()
        .map(|(k, (title, url))| NavItem { title, url, active: Some(k) == active, current: Some(k) == active && own })
        .collect()
}

/// The context every page shares: the site, the footer's policies, the
/// site's feeds, the alert banners and the theme.
fn common_context(site: &Site) -> CommonContext<'_> {
    let info = &site.info;
    let p = &info.practice;
    let practice = PracticeView {
        name: &p.name,
        schema_type: &p.schema_type,
        phone: p.phone.as_deref(),
        fax: p.fax.as_deref(),
        email: p.email.as_deref(),
        address: p.address.as_ref(),
        hours: &p.hours,
        accepting_new_patients: p.accepting_new_patients,
        emergency_notice: p.emergency_notice.as_deref(),
        appointment_url: p.appointment_url.as_deref(),
        portal_url: p.portal_url.as_deref(),
        telehealth_url: p.telehealth_url.as_deref(),
        specialties: &p.specialties,
        geo: p.geo,
        logo: p.logo.clone().map(|l| cx::image(site, l)),
        logo_raster: p.logo_raster.as_ref(),
        phone_href: p.phone.as_ref().map(|p| format!("tel:{}", p.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect::<String>())),
        phone_display: p.phone.as_deref().map(phone_display),
        fax_display: p.fax.as_deref().map(phone_display),
        emergency_notice_html: p.emergency_notice.as_deref().map(crate::escape::html_with_tel_links),
        hours_human: p.hours.iter().map(|h| cx::human_hours(h)).collect(),
    };
    let site_view = SiteView {
        base_url: &info.base_url,
        title: &info.title,
        description: &info.description,
        language: &info.language,
        locale: &info.locale,
        practice,
        social: &info.social,
        icons: &info.icons,
        profiles: info.social.profiles().into_iter().map(|(name, url)| ProfileLink { name, url }).collect(),
        extra: &site.config.extra,
    };
    let mut policies = Vec::new();
    for (si, s) in site.content.sections.iter().enumerate() {
        if s.kind == SectionKind::Policies {
            policies.extend(
                site.section_lists[si]
                    .pages
                    .iter()
                    .map(|&i| Link { title: &site.content.pages[i].page.title, url: &site.content.pages[i].page.path }),
            );
        }
    }
    CommonContext {
        site: site_view,
        build_year: chrono::Datelike::year(&site.now),
        policies,
        site_feeds: cx::feeds(site, "", &site.config.title),
        alerts: site.alert_banners(),
        theme: ThemeView {
            css_url: css_url(),
            accent: &site.palette.accent,
            accent_dark: &site.palette.accent_dark,
            accent_soft: &site.palette.accent_soft,
            logo_url: site.info.practice.logo.as_ref().map(|l| cx::rel_url(site, &l.url)),
        },
    }
}

/// `<listing>/page/1/`, which redirects to the listing itself, like Zola.
pub fn page_one_redirect(config: &crate::config::Config, pagination: &Pagination) -> Out {
    let base = &pagination.base;
    (format!("{}page/1/index.html", base.trim_start_matches('/')), redirect_html(&config.abs_url(base)).into_bytes())
}

/// A redirect page for aliases: meta refresh, canonical, and a link.
pub fn redirect_html(to: &str) -> String {
    let t = crate::escape::html_attr(to);
    format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Redirecting…</title><meta name=\"robots\" content=\"noindex\"><link rel=\"canonical\" href=\"{t}\"><meta http-equiv=\"refresh\" content=\"0; url={t}\"></head><body><p>This page has moved to <a href=\"{t}\">{t}</a>.</p></body></html>\n"
    )
}

/// A phone number as people read it: North American numbers as
/// "(417) 555-0142", anything else as written.
pub fn phone_display(phone: &str) -> String {
    let digits: String = phone.chars().filter(|c| c.is_ascii_digit()).collect();
    let national = match digits.len() {
        11 if digits.starts_with('1') && (phone.starts_with('+') || phone.starts_with('1')) => &digits[1..],
        10 if !phone.starts_with('+') => &digits[..],
        _ => return phone.to_string(),
    };
    format!("({}) {}-{}", &national[..3], &national[3..6], &national[6..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pager_window_has_ends_neighbours_and_gaps() {
        assert_eq!(page_window(1, 3), vec![Some(1), Some(2), Some(3)]);
        assert_eq!(page_window(10, 20), vec![Some(1), None, Some(8), Some(9), Some(10), Some(11), Some(12), None, Some(20)]);
        assert_eq!(page_window(2, 9), vec![Some(1), Some(2), Some(3), Some(4), None, Some(9)]);
        assert_eq!(phone_display("+1-417-555-0142"), "(417) 555-0142");
        assert_eq!(phone_display("+44 20 7946 0000"), "+44 20 7946 0000");
    }
}
