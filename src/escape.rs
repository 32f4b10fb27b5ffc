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
    let bytes = s.as_bytes();
    let mut chunks = bytes.chunks_exact(8);
    let mut suspicious = chunks.by_ref().any(|c| {
        let x = u64::from_le_bytes(c.try_into().expect("8 bytes"));
        let control = zero_bytes(x & !(LO * 0x1F)) & !(eq_bytes(x, b'\t') | eq_bytes(x, b'\n') | eq_bytes(x, b'\r'));
        (control | eq_bytes(x, 0xEF)) != 0
    });
    suspicious |= chunks.remainder().iter().any(|&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')) || b == 0xEF);
    if !suspicious || s.chars().all(xml_char_ok) {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(s.chars().filter(|&c| xml_char_ok(c)).collect())
    }
}

const LO: u64 = u64::from_ne_bytes([0x01; 8]);
const LO7: u64 = u64::from_ne_bytes([0x7F; 8]);
const HI: u64 = u64::from_ne_bytes([0x80; 8]);

/// Exact mask of the zero bytes of `v`: bit 7 of each zero byte is set, all
/// other bits are clear (no carries cross byte boundaries).
#[inline(always)]
fn zero_bytes(v: u64) -> u64 {
    !(((v & LO7).wrapping_add(LO7)) | v) & HI
}

/// Exact mask (as [`zero_bytes`]) of the bytes of `x` equal to `c`.
#[inline(always)]
fn eq_bytes(x: u64, c: u8) -> u64 {
    zero_bytes(x ^ (LO * c as u64))
}

/// Appends `s` to `out`, replacing ASCII bytes for which `map` gives a
/// replacement and copying runs of other bytes whole. `mask` gives the exact
/// [`zero_bytes`]-style mask of the bytes of an 8-byte chunk that `map`
/// replaces, so they are located 8 bytes at a time. Safe on UTF-8: ASCII
/// bytes never occur inside a multi-byte character.
#[inline(always)]
fn escape_into(out: &mut String, s: &str, mask: impl Fn(u64) -> u64, map: impl Fn(u8) -> Option<&'static str>) {
    let bytes = s.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let x = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
        let mut m = mask(x);
        while m != 0 {
            let j = i + (m.trailing_zeros() / 8) as usize;
            if let Some(rep) = map(bytes[j]) {
                out.push_str(&s[start..j]);
                out.push_str(rep);
                start = j + 1;
            }
            m &= m - 1;
        }
        i += 8;
    }
    for (j, &b) in bytes.iter().enumerate().skip(i) {
        if b < 0x80
            && let Some(rep) = map(b)
        {
            out.push_str(&s[start..j]);
            out.push_str(rep);
            start = j + 1;
        }
    }
    out.push_str(&s[start..]);
}

/// Replaces ASCII bytes for which `map` gives a replacement (see [`escape_into`]).
#[inline(always)]
fn escape_ascii(s: &str, mask: impl Fn(u64) -> u64, map: impl Fn(u8) -> Option<&'static str>) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8 + 16);
    escape_into(&mut out, s, mask, map);
    out
}

fn attr_map(b: u8) -> Option<&'static str> {
    match b {
        b'&' => Some("&amp;"),
        b'<' => Some("&lt;"),
        b'>' => Some("&gt;"),
        b'"' => Some("&quot;"),
        b'\'' => Some("&#39;"),
        _ => None,
    }
}

/// Mask of `&`, `<`, `>`, `"`, `'`: `<`/`>` are exactly the bytes with
/// `b | 2 == b'>'`, `&`/`'` exactly those with `b | 1 == b'\''`.
#[inline(always)]
fn attr_mask(x: u64) -> u64 {
    eq_bytes(x | (LO * 2), b'>') | eq_bytes(x | LO, b'\'') | eq_bytes(x, b'"')
}

/// Appends `s` to `out` escaped as by [`html_attr`], without an intermediate String.
pub fn html_attr_into(out: &mut String, s: &str) {
    escape_into(out, s, attr_mask, attr_map);
}

/// Escapes text for an HTML text node (`&`, `<`, `>`).
pub fn html_text(s: &str) -> String {
    escape_ascii(
        s,
        |x| eq_bytes(x | (LO * 2), b'>') | eq_bytes(x, b'&'),
        |b| match b {
            b'&' => Some("&amp;"),
            b'<' => Some("&lt;"),
            b'>' => Some("&gt;"),
            _ => None,
        },
    )
}

/// Plain text as HTML with each phone number and emergency number (911,
/// 988, 112, 999, 711) a tap-to-call `tel:` link: a patient reading the
/// emergency notice on a phone can call from it.
pub fn html_with_tel_links(text: &str) -> String {
    static PHONE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"\+?\(?\d[\d().\s-]{5,}\d|\b(?:911|988|112|999|711)\b").unwrap_or_else(|e| panic!("phone pattern: {e}"))
    });
    let mut out = String::with_capacity(text.len() + 64);
    let mut last = 0;
    for m in PHONE.find_iter(text) {
        let digits: String = m.as_str().chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
        let n = digits.chars().filter(char::is_ascii_digit).count();
        if !(n == 3 || n >= 7) {
            continue;
        }
        out.push_str(&html_text(&text[last..m.start()]));
        out.push_str(&format!("<a href=\"tel:{digits}\">{}</a>", html_text(m.as_str())));
        last = m.end();
    }
    out.push_str(&html_text(&text[last..]));
    out
}

/// Escapes text for a quoted HTML attribute value (`&`, `<`, `>`, `"`, `'`).
pub fn html_attr(s: &str) -> String {
    escape_ascii(s, attr_mask, attr_map)
}

/// Escapes text for XML character data or a quoted attribute value, dropping
/// characters that are not legal XML 1.0.
pub fn xml(s: &str) -> String {
    let s = xml_clean(s);
    escape_ascii(&s, attr_mask, |b| match b {
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
    if clean.as_bytes().contains(&b']') {
        out.push_str(&clean.replace("]]>", "]]]]><![CDATA[>"));
    } else {
        out.push_str(&clean);
    }
    out.push_str("]]>");
    out
}

/// Serializes `v` as compact JSON safe to embed verbatim inside an HTML
/// `<script>` element. The replacements only ever hit characters inside JSON
/// strings (they never occur in JSON syntax), where `\u003c` etc. decode to
/// the same character, so the value is unchanged for any JSON parser.
pub fn json_for_script(v: &serde_json::Value) -> String {
    let mut out = String::new();
    json_for_script_into(&mut out, v);
    out
}

/// Appends [`json_for_script`]`(v)` to `out`: compact JSON written directly
/// (objects in the map's key order, numbers as serde_json prints them), with
/// strings escaped exactly as serde_json does plus the script escapes above.
pub fn json_for_script_into(out: &mut String, v: &serde_json::Value) {
    use serde_json::Value;
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => {
            use std::fmt::Write;
            let _ = write!(out, "{n}");
        }
        Value::String(s) => json_str(out, s),
        Value::Array(a) => {
            out.push('[');
            for (i, x) in a.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                json_for_script_into(out, x);
            }
            out.push(']');
        }
        Value::Object(m) => {
            out.push('{');
            for (i, (k, x)) in m.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                json_str(out, k);
                out.push(':');
                json_for_script_into(out, x);
            }
            out.push('}');
        }
    }
}

/// Writes the escape for `b[j]` (and, for U+2028/U+2029, the two bytes after
/// it) and returns how many bytes it replaced; 0 when it needs none.
fn json_escape_at(out: &mut String, b: &[u8], j: usize) -> usize {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let rep = match b[j] {
        b'"' => "\\\"",
        b'\\' => "\\\\",
        b'\n' => "\\n",
        b'\r' => "\\r",
        b'\t' => "\\t",
        0x08 => "\\b",
        0x0C => "\\f",
        b'<' => "\\u003c",
        b'>' => "\\u003e",
        b'&' => "\\u0026",
        c @ 0..0x20 => {
            out.push_str("\\u00");
            out.push(HEX[usize::from(c >> 4)] as char);
            out.push(HEX[usize::from(c & 15)] as char);
            return 1;
        }
        0xE2 if b.get(j + 1) == Some(&0x80) && matches!(b.get(j + 2), Some(0xA8 | 0xA9)) => {
            out.push_str(if b[j + 2] == 0xA8 { "\\u2028" } else { "\\u2029" });
            return 3;
        }
        _ => return 0,
    };
    out.push_str(rep);
    1
}

/// Appends a JSON string literal for `s`, script-safe (see [`json_for_script`]).
pub fn json_str_into(out: &mut String, s: &str) {
    json_str(out, s)
}

/// A JSON string literal for `s`, script-safe (see [`json_for_script`]).
fn json_str(out: &mut String, s: &str) {
    let b = s.as_bytes();
    out.push('"');
    let mut start = 0;
    let mut emit = |out: &mut String, j: usize| {
        if j >= start {
            let mark = out.len();
            out.push_str(&s[start..j]);
            match json_escape_at(out, b, j) {
                0 => out.truncate(mark),
                n => start = j + n,
            }
        }
    };
    let mut i = 0;
    while let Some(chunk) = b.get(i..i + 8) {
        let x = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
        let mut m = zero_bytes(x & !(LO * 0x1F))
            | eq_bytes(x, b'"')
            | eq_bytes(x, b'\\')
            | eq_bytes(x | (LO * 2), b'>')
            | eq_bytes(x, b'&')
            | eq_bytes(x, 0xE2);
        while m != 0 {
            emit(out, i + (m.trailing_zeros() / 8) as usize);
            m &= m - 1;
        }
        i += 8;
    }
    for (j, &c) in b.iter().enumerate().skip(i) {
        if c < 0x20 || matches!(c, b'"' | b'\\' | b'<' | b'>' | b'&' | 0xE2) {
            emit(out, j);
        }
    }
    out.push_str(&s[start..]);
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers_in_text_become_tel_links() {
        assert_eq!(
            html_with_tel_links("Emergency? Call 911 or our nurse line at +1 (417) 555-0144 <24h>."),
            "Emergency? Call <a href=\"tel:911\">911</a> or our nurse line at <a href=\"tel:+14175550144\">+1 (417) 555-0144</a> &lt;24h&gt;."
        );
        assert_eq!(html_with_tel_links("Open since 2026, 9 to 5."), "Open since 2026, 9 to 5.");
    }

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

    #[test]
    fn chunked_scans_match_bytewise() {
        let naive_attr =
            |s: &str| s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#39;");
        let pieces = ["a", "&", "<", ">", "\"", "'", "é", "\u{2028}", "\u{2029}", "]]>", "\u{1}", "\t", "\n", "\u{FFFE}", "xyzxyzx"];
        for n in 0..200usize {
            let mut s = String::new();
            let mut k = n;
            for _ in 0..(n % 23) {
                s.push_str(pieces[k % pieces.len()]);
                k = k.wrapping_mul(31).wrapping_add(7);
            }
            assert_eq!(html_attr(&s), naive_attr(&s));
            let clean: String = s.chars().filter(|&c| xml_char_ok(c)).collect();
            assert_eq!(xml_clean(&s), clean);
            let v = serde_json::Value::String(s.clone());
            assert_eq!(json_for_script(&v), naive_json(&v));
        }
    }

    #[test]
    fn json_matches_serde_json() {
        let v = serde_json::json!({
            "a\"<k>": [1, -2, 2.5, 1e300, 0.1, null, true, false, {"z": "x\u{7f}\u{1f}\u{8}\u{c}\\/é\u{2028}\u{2029}\u{2027}"}],
            "": {}, "e": [], "n": 18446744073709551615u64,
        });
        assert_eq!(json_for_script(&v), naive_json(&v));
    }

    /// serde_json's text with the script-safe replacements done the slow way.
    fn naive_json(v: &serde_json::Value) -> String {
        serde_json::to_string(v)
            .unwrap()
            .replace('<', "\\u003c")
            .replace('>', "\\u003e")
            .replace('&', "\\u0026")
            .replace('\u{2028}', "\\u2028")
            .replace('\u{2029}', "\\u2029")
    }
}
