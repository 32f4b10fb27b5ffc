//! How a listing (a section or a tag) splits into listing pages. Decided
//! once in the site model: the renderer, the build's job list, the
//! `page/1/` redirects, the sitemap, the route check and `watch` read the
//! same [`Pagination`] instead of each deriving the rule again.

/// Pages per tag listing page.
pub const TAG_PAGE_SIZE: usize = 20;

/// The listing pages of one section or tag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pagination {
    /// Root-relative URL of the first listing page ("/tips/", "/tags/flu/").
    pub base: String,
    /// Pages per listing page; `None` when the listing is one page.
    pub per: Option<usize>,
    /// Number of listing pages, at least one (an empty listing has one).
    pub total: usize,
}

impl Pagination {
    /// The pagination of a listing of `len` pages under `base`; `per` of
    /// zero counts as unpaginated.
    pub fn new(base: String, len: usize, per: Option<usize>) -> Pagination {
        let per = per.filter(|n| *n > 0);
        let total = match per {
            Some(n) if len > 0 => len.div_ceil(n),
            _ => 1,
        };
        Pagination { base, per, total }
    }

    /// More than one listing page: each gets a pager, and `page/1/`
    /// redirects to the base.
    pub fn is_paged(&self) -> bool {
        self.total > 1
    }

    /// Root-relative URL of listing page `n` (1-based): the base for the
    /// first, `<base>page/<n>/` for the others (as Zola).
    pub fn url(&self, n: usize) -> String {
        if n == 1 { self.base.clone() } else { format!("{}page/{n}/", self.base) }
    }

    /// The pages of `list` (the listing's pages, in order) on each listing page.
    pub fn chunks<'a>(&self, list: &'a [usize]) -> Vec<&'a [usize]> {
        chunks(list, self.per)
    }
}

/// Splits a listing into its pagination pages (one page when unpaginated or
/// empty). `watch` also uses it on a listing as it was before an edit.
pub fn chunks(pages: &[usize], per: Option<usize>) -> Vec<&[usize]> {
    match per.filter(|n| *n > 0) {
        Some(n) if !pages.is_empty() => pages.chunks(n).collect(),
        _ => vec![pages],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn totals_and_urls_follow_the_chunks() {
        let list: Vec<usize> = (0..45).collect();
        for (len, per) in [(45, Some(20)), (40, Some(20)), (0, Some(20)), (45, None), (45, Some(0))] {
            let p = Pagination::new("/t/".into(), len, per);
            assert_eq!(p.total, p.chunks(&list[..len]).len(), "{len} {per:?}");
        }
        let p = Pagination::new("/t/".into(), 45, Some(20));
        assert!(p.is_paged());
        assert_eq!((p.url(1), p.url(3)), ("/t/".to_string(), "/t/page/3/".to_string()));
        assert!(!Pagination::new("/t/".into(), 0, Some(20)).is_paged());
    }
}
