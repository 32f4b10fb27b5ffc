//! Escaping for every output context the renderers write into.
//!
//! * [`html_text`] / [`html_attr`]: HTML text nodes and double-quoted attributes.
//! * [`xml`]: XML 1.0 text and attribute values (also drops characters XML 1.0
//!   forbids, so a stray control character cannot make a feed ill-formed).
//! * [`cdata`]: a CDATA section that stays closed exactly where we close it
//!   (every `]]>` inside the text is split across two sections).
//! * [`json_for_script`]: JSON that is inert inside `<script>`: `<`, `>`, `&`,
//!   U+2028 and U+2029 become `\uXXXX` escapes, so `</script>` or `<!--`
//!   inside a string cannot end or alter the script element.

/// True for characters allowed by the XML 1.0 `Char` production.
fn xml_char_ok(c: char) -> bool {
    matches!(c,
        '\u{9}' | '\u{A}' | '\u{D}'
        | '\u{20}'..='\u{D7FF}'
        | '\u{E000}'..='\u{FFFD}'
        | '\u{10000}'..='\u{10FFFF}')
}

/// Removes characters that XML 1.0 does not allow (C0 controls, U+FFFE/FFFF).
pub fn xml_clean(s: &str) -> std::borrow::Cow<'_, str> {
    // Byte test first: forbidden characters are C0 controls (one byte) or
    // U+FFFE/U+FFFF (EF BF BE/BF); almost every string has neither.
    let suspicious = s.bytes().any(|b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')) || b == 0xEF);
    if !suspicious || s.chars().all(xml_char_ok) {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(s.chars().filter(|&c| xml_char_ok(c)).collect())
    }
}

/// Replaces ASCII bytes for which `map` gives a replacement, copying runs of
/// other bytes whole. Safe on UTF-8: ASCII bytes never occur inside a
/// multi-byte character.
fn escape_ascii(s: &str, map: impl Fn(u8) -> Option<&'static str>) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    let mut start = 0;
    for (i, &b) in s.as_bytes().iter().enumerate() {
        if b < 0x80
            && let Some(rep) = map(b)
        {
            out.push_str(&s[start..i]);
            out.push_str(rep);
            start = i + 1;
        }
    }
    out.push_str(&s[start..]);
    out
}

/// Escapes text for an HTML text node (`&`, `<`, `>`).
pub fn html_text(s: &str) -> String {
    escape_ascii(s, |b| match b {
        b'&' => Some("&amp;"),
        b'<' => Some("&lt;"),
        b'>' => Some("&gt;"),
        _ => None,
    })
}

/// Escapes text for a quoted HTML attribute value (`&`, `<`, `>`, `"`, `'`).
pub fn html_attr(s: &str) -> String {
    escape_ascii(s, |b| match b {
        b'&' => Some("&amp;"),
        b'<' => Some("&lt;"),
        b'>' => Some("&gt;"),
        b'"' => Some("&quot;"),
        b'\'' => Some("&#39;"),
        _ => None,
    })
}

/// Escapes text for XML character data or a quoted attribute value, dropping
/// characters that are not legal XML 1.0.
pub fn xml(s: &str) -> String {
    let s = xml_clean(s);
    escape_ascii(&s, |b| match b {
        b'&' => Some("&amp;"),
        b'<' => Some("&lt;"),
        b'>' => Some("&gt;"),
        b'"' => Some("&quot;"),
        b'\'' => Some("&apos;"),
        _ => None,
    })
}

/// Wraps `s` in CDATA. Each `]]>` in `s` is split as `]]` + `]]><![CDATA[` + `>`
/// so the section cannot be closed early; illegal XML characters are dropped.
pub fn cdata(s: &str) -> String {
    let clean = xml_clean(s);
    let mut out = String::with_capacity(clean.len() + 12);
    out.push_str("<![CDATA[");
    out.push_str(&clean.replace("]]>", "]]]]><![CDATA[>"));
    out.push_str("]]>");
    out
}

/// Serializes `v` as compact JSON safe to embed verbatim inside an HTML
/// `<script>` element. The replacements only ever hit characters inside JSON
/// strings (they never occur in JSON syntax), where `\u003c` etc. decode to
/// the same character, so the value is unchanged for any JSON parser.
pub fn json_for_script(v: &serde_json::Value) -> String {
    let raw = serde_json::to_string(v).expect("serde_json::Value always serializes");
    let out = escape_ascii(&raw, |b| match b {
        b'<' => Some("\\u003c"),
        b'>' => Some("\\u003e"),
        b'&' => Some("\\u0026"),
        _ => None,
    });
    if out.contains(['\u{2028}', '\u{2029}']) { out.replace('\u{2028}', "\\u2028").replace('\u{2029}', "\\u2029") } else { out }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_escapes() {
        assert_eq!(html_text("a & <b>"), "a &amp; &lt;b&gt;");
        assert_eq!(html_attr(r#"x"y'z<&>"#), "x&quot;y&#39;z&lt;&amp;&gt;");
    }

    #[test]
    fn xml_drops_illegal_chars() {
        assert_eq!(xml("a\u{1}b & \"c\"\u{FFFE}"), "ab &amp; &quot;c&quot;");
        assert_eq!(xml_clean("ok\tfine\n"), "ok\tfine\n");
    }

    #[test]
    fn cdata_splits_terminator() {
        assert_eq!(cdata("a]]>b"), "<![CDATA[a]]]]><![CDATA[>b]]>");
        assert_eq!(cdata("]]>]]>"), "<![CDATA[]]]]><![CDATA[>]]]]><![CDATA[>]]>");
        // Only one CDATA end per split, plus the final one.
        assert_eq!(cdata("x]]>y").matches("]]>").count(), 2);
    }

    #[test]
    fn json_cannot_close_script() {
        let v = serde_json::json!({"t": "</script><!-- & \u{2028}"});
        let s = json_for_script(&v);
        assert!(!s.contains('<') && !s.contains('>') && !s.contains('&'));
        assert!(!s.contains('\u{2028}'));
        let back: serde_json::Value = serde_json::from_str(&s).unwrap();
        assert_eq!(back, v);
    }
}
