//! roxmltree helpers shared by the feed tests.

use chrono::{DateTime, Utc};
use roxmltree::Node;

use super::views::dt;

pub const ATOM_NS: &str = "http://www.w3.org/2005/Atom";
pub const MEDIA_NS: &str = "http://search.yahoo.com/mrss/";
pub const CONTENT_NS: &str = "http://purl.org/rss/1.0/modules/content/";
pub const DC_NS: &str = "http://purl.org/dc/elements/1.1/";

pub fn utc(s: &str) -> DateTime<Utc> {
    dt(s).with_timezone(&Utc)
}

pub fn kid_ns<'a, 'i>(n: Node<'a, 'i>, ns: Option<&str>, name: &str) -> Vec<Node<'a, 'i>> {
    n.children().filter(|c| c.is_element() && c.tag_name().name() == name && c.tag_name().namespace() == ns).collect()
}

pub fn text_of(n: Node, ns: Option<&str>, name: &str) -> String {
    let v = kid_ns(n, ns, name);
    assert_eq!(v.len(), 1, "exactly one <{name}> in <{}>", n.tag_name().name());
    v[0].text().unwrap_or("").to_string()
}

pub fn is_rfc3339_upper(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 20
        && b[4] == b'-'
        && b[10] == b'T'
        && (s.ends_with('Z') || {
            let t = &s[s.len() - 6..];
            (t.starts_with('+') || t.starts_with('-')) && &t[3..4] == ":"
        })
        && DateTime::parse_from_rfc3339(s).is_ok()
}
