//! The rules every output path obeys, checked in one place: a path is
//! site-relative, normalised (no `.`/`..`/empty components, no backslashes
//! or control characters), not empty, and within the file-name limits of
//! the common file systems. Content-derived parts (slugs, aliases, tags) are
//! checked with the same rules when they are loaded, so the error can name
//! the front-matter line; the sinks check again before anything is written,
//! so no path can ever leave the output folder.

/// The longest file or folder name ext4, APFS and NTFS all accept, in bytes.
pub const MAX_NAME_BYTES: usize = 255;
/// A slug or tag longer than this leaves no room for the file names carepress
/// adds below it (`page/N/`, `index.html`, feeds) and makes an unusable URL.
pub const MAX_SLUG_BYTES: usize = 200;
/// Well under Linux's PATH_MAX (4096) once the output folder is prepended.
pub const MAX_PATH_BYTES: usize = 3000;

/// Why a relative output path was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PathProblem {
    #[error("the path is empty")]
    Empty,
    #[error("`{0}` is not allowed in an output path (it could leave the output folder)")]
    DotSegment(String),
    #[error("an output path cannot contain a backslash or a control character")]
    BadCharacter,
    #[error("a part of the path is {0} bytes long; file systems allow {MAX_NAME_BYTES}")]
    NameTooLong(usize),
    #[error("the path is {0} bytes long; the limit is {MAX_PATH_BYTES}")]
    PathTooLong(usize),
}

/// Checks a site-relative output path such as `tips/flu/index.html`.
/// A leading `/` is accepted (URL form); nothing else that could escape.
pub fn check_rel(rel: &str) -> Result<(), PathProblem> {
    let rel = rel.strip_prefix('/').unwrap_or(rel);
    if rel.is_empty() {
        return Err(PathProblem::Empty);
    }
    if rel.len() > MAX_PATH_BYTES {
        return Err(PathProblem::PathTooLong(rel.len()));
    }
    if rel.chars().any(|c| c == '\\' || c.is_control()) {
        return Err(PathProblem::BadCharacter);
    }
    for part in rel.split('/') {
        match part {
            "" => return Err(PathProblem::DotSegment("//".into())),
            "." | ".." => return Err(PathProblem::DotSegment(part.into())),
            p if p.len() > MAX_NAME_BYTES => return Err(PathProblem::NameTooLong(p.len())),
            _ => {}
        }
    }
    Ok(())
}

/// Normalises a front-matter alias (`/old/path/`, `old.html`) into the
/// site-relative file it becomes (`old/path/index.html`, `old.html`), or
/// says why it cannot be one. Absolute URLs, `..`, `.` and empty aliases are
/// refused rather than cleaned up: a redirect somewhere else than the author
/// wrote is worse than an error.
pub fn alias_file(alias: &str) -> Result<String, String> {
    let a = alias.trim();
    if a.contains("://") || a.starts_with("//") {
        return Err("an alias is a path on this site (\"/old-page/\"), not a full URL".into());
    }
    let path = a.split(['?', '#']).next().unwrap_or(a);
    let inner = path.trim_matches('/');
    if inner.is_empty() {
        return Err("the alias is the home page itself".into());
    }
    if inner.split('/').any(|p| p == "." || p == "..") {
        return Err("an alias may not contain `.` or `..` segments".into());
    }
    let file = if inner.ends_with(".html") || inner.ends_with(".htm") { inner.to_string() } else { format!("{inner}/index.html") };
    check_rel(&file).map_err(|e| e.to_string())?;
    Ok(file)
}

/// Checks a slug or a tag's slug: not empty and short enough.
pub fn check_slug(slug: &str) -> Result<(), String> {
    if slug.is_empty() {
        return Err("it has no letters or digits".into());
    }
    if slug.len() > MAX_SLUG_BYTES {
        return Err(format!("it makes an address part of {} bytes; the limit is {MAX_SLUG_BYTES}", slug.len()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normal_paths_pass_and_escapes_fail() {
        assert_eq!(check_rel("tips/flu/index.html"), Ok(()));
        assert_eq!(check_rel("/rss.xml"), Ok(()));
        assert_eq!(check_rel(""), Err(PathProblem::Empty));
        assert_eq!(check_rel("/"), Err(PathProblem::Empty));
        assert!(matches!(check_rel("../x"), Err(PathProblem::DotSegment(_))));
        assert!(matches!(check_rel("a/./b"), Err(PathProblem::DotSegment(_))));
        assert!(matches!(check_rel("tips//index.html"), Err(PathProblem::DotSegment(_))));
        assert_eq!(check_rel("a\\..\\b"), Err(PathProblem::BadCharacter));
        assert_eq!(check_rel("a\0b"), Err(PathProblem::BadCharacter));
        assert!(matches!(check_rel(&"x".repeat(300)), Err(PathProblem::NameTooLong(300))));
    }

    #[test]
    fn aliases_normalise_or_explain() {
        assert_eq!(alias_file("/old/path/").unwrap(), "old/path/index.html");
        assert_eq!(alias_file("old.html").unwrap(), "old.html");
        assert_eq!(alias_file("/old/?x=1").unwrap(), "old/index.html");
        assert!(alias_file("/../../victim/notes.html").is_err());
        assert!(alias_file("/a/./b").is_err());
        assert!(alias_file("/").is_err());
        assert!(alias_file("").is_err());
        assert!(alias_file("https://evil.example/x").is_err());
        assert!(alias_file(&format!("/{}/", "a".repeat(300))).is_err());
    }

    #[test]
    fn slugs_must_be_short_and_non_empty() {
        assert!(check_slug("flu").is_ok());
        assert!(check_slug("").is_err());
        assert!(check_slug(&"a".repeat(201)).is_err());
    }
}
