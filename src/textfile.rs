//! Reading the site's text files (pages, sections, site.toml) with the
//! encoding problems people actually hit reported at their line: UTF-16
//! files saved by Windows editors, Windows-1252/Latin-1 bytes, and control
//! characters pasted from word processors.
//!
//! Decisions: a UTF-8 byte-order mark is dropped silently (harmless and
//! common); UTF-16 and invalid UTF-8 are errors (guessing an encoding would
//! publish mojibake); raw control characters other than tab, newline,
//! carriage return and form feed are removed with a warning (they are
//! invisible in editors and invalid in HTML and XML); a control character
//! written as an escape in a front-matter or site.toml string (`\u0000`,
//! `\b`, YAML `\x07`) is an error at its position, because no page value
//! needs one and no output context can show one.

use crate::error::{Diagnostic, line_col};
use std::path::Path;

/// Reads `path` as UTF-8 text. `shown` names it in messages. Returns the
/// text with any warnings, or the one error that stops it being read.
pub fn read(path: &Path, shown: &Path) -> Result<(String, Vec<Diagnostic>), Diagnostic> {
    let bytes = std::fs::read(path).map_err(|e| {
        let hint = match e.kind() {
            std::io::ErrorKind::PermissionDenied => "give your user read permission on the file (chmod u+r)",
            std::io::ErrorKind::IsADirectory => "a folder has a file's name; rename it",
            _ => "check that the file exists and can be opened",
        };
        Diagnostic::error("build/io", shown, 0, 0, format!("cannot read the file: {e}")).with_hint(hint)
    })?;
    decode_owned(bytes, shown)
}

/// [`decode`] taking the bytes: the usual file (UTF-8 without a byte-order
/// mark or stray control characters) becomes the text without a copy.
fn decode_owned(bytes: Vec<u8>, shown: &Path) -> Result<(String, Vec<Diagnostic>), Diagnostic> {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) || looks_utf16(&bytes) || has_stray_control_byte(&bytes) {
        return decode(&bytes, shown);
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok((text, Vec::new())),
        Err(e) => decode(e.as_bytes(), shown),
    }
}

/// [`read`] for bytes already in memory.
pub fn decode(bytes: &[u8], shown: &Path) -> Result<(String, Vec<Diagnostic>), Diagnostic> {
    let save_utf8 = "save the file as UTF-8 (in most editors: Save As, then Encoding: UTF-8)";
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) || looks_utf16(bytes) {
        return Err(Diagnostic::error("build/encoding", shown, 1, 1, "the file is UTF-16 text; carepress reads UTF-8").with_hint(save_utf8));
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let good = e.valid_up_to();
            let prefix = std::str::from_utf8(&bytes[..good]).unwrap_or("");
            let (line, col) = line_col(prefix, prefix.len());
            return Err(Diagnostic::error(
                "build/encoding",
                shown,
                line,
                col,
                format!("the file is not valid UTF-8 here (byte 0x{:02X}); it looks like Windows-1252 or Latin-1 text", bytes[good]),
            )
            .with_hint(save_utf8));
        }
    };
    let mut warnings = Vec::new();
    if !has_stray_control_byte(text.as_bytes()) {
        return Ok((text.to_string(), warnings));
    }
    let text = match text.char_indices().find(|(_, c)| is_stray_control(*c)) {
        None => text.to_string(),
        Some((at, c)) => {
            let (line, col) = line_col(text, at);
            let n = text.chars().filter(|c| is_stray_control(*c)).count();
            warnings.push(
                Diagnostic::warning(
                    "build/control-character",
                    shown,
                    line,
                    col,
                    format!("removed {n} invisible control character(s) (the first is U+{:04X})", c as u32),
                )
                .with_hint("they usually come from pasting out of a word processor; retype the text around this position"),
            );
            text.chars().filter(|c| !is_stray_control(*c)).collect()
        }
    };
    Ok((text, warnings))
}

/// Control characters that have no place in a page: every C0 control but
/// tab, newline, carriage return and form feed, DEL, and C1 controls.
pub fn is_stray_control(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}')
}

/// True when `bytes` may hold a character [`is_stray_control`] removes: a
/// C0 control other than tab, newline, carriage return and form feed, DEL,
/// or the lead byte 0xC2 of a C1 control (U+0080-U+009F). Never false for
/// text that has one; 8 bytes at a time, as most text has none.
fn has_stray_control_byte(bytes: &[u8]) -> bool {
    const LO: u64 = u64::from_ne_bytes([0x01; 8]);
    const HI: u64 = u64::from_ne_bytes([0x80; 8]);
    let stray = |b: u8| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C)) || b == 0x7F || b == 0xC2;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in chunks.by_ref() {
        let x = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
        // Bytes below 0x20 (x - 0x20 borrows into bit 7 of a byte whose bit 7
        // was clear), 0x7F and 0xC2 (XOR leaves a zero byte); may flag bytes
        // beside them too, so the flagged chunk is checked byte by byte.
        let below = x.wrapping_sub(LO * 0x20) & !x & HI;
        let del = (x ^ (LO * 0x7F)).wrapping_sub(LO) & !(x ^ (LO * 0x7F)) & HI;
        let c2 = (x ^ (LO * 0xC2)).wrapping_sub(LO) & !(x ^ (LO * 0xC2)) & HI;
        if (below | del | c2) != 0 && chunk.iter().any(|&b| stray(b)) {
            return true;
        }
    }
    chunks.remainder().iter().any(|&b| stray(b))
}

/// Finds a string escape in TOML or YAML text that makes a control
/// character (`\u0000`, `\U00000007`, `\b`, `\f`, `\0`, `\a`, `\v`, `\e`,
/// `\x01`); returns its byte offset and the escape. `\t`, `\n`, `\r` and
/// their `\u` forms are allowed.
pub fn control_escape(text: &str) -> Option<(usize, String)> {
    let b = text.as_bytes();
    let mut i = 0;
    while i + 1 < b.len() {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        let (len, code) = match b[i + 1] {
            b'\\' => {
                i += 2;
                continue;
            }
            b'b' => (2, Some(8)),
            b'f' => (2, Some(12)),
            b'0' => (2, Some(0)),
            b'a' => (2, Some(7)),
            b'v' => (2, Some(11)),
            b'e' => (2, Some(27)),
            b'x' => (4, hex(text.get(i + 2..i + 4))),
            b'u' => (6, hex(text.get(i + 2..i + 6))),
            b'U' => (10, hex(text.get(i + 2..i + 10))),
            _ => (2, None),
        };
        if let Some(ch) = code.and_then(char::from_u32)
            && is_stray_control(ch) | (ch == '\u{c}')
        {
            return Some((i, text.get(i..i + len).unwrap_or("\\").to_string()));
        }
        i += 2;
    }
    None
}

fn hex(s: Option<&str>) -> Option<u32> {
    s.and_then(|s| u32::from_str_radix(s, 16).ok())
}

/// [`control_escape`] as a diagnostic; `first_line` is the file line of `text`'s first line.
pub fn check_escapes(text: &str, shown: &Path, first_line: usize) -> Option<Diagnostic> {
    let (at, esc) = control_escape(text)?;
    let (l, c) = line_col(text, at);
    Some(
        Diagnostic::error(
            "build/control-character",
            shown,
            l + first_line - 1,
            c,
            format!("`{esc}` writes an invisible control character into a value"),
        )
        .with_hint(
            "remove the escape; values are shown on pages, in feeds and in search results, where control characters are not allowed",
        ),
    )
}

/// True for text that is probably UTF-16 without a byte-order mark: many
/// NUL bytes at alternate positions in the first bytes.
fn looks_utf16(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(200)];
    if head.len() < 8 {
        return false;
    }
    let zeros_even = head.iter().step_by(2).filter(|&&b| b == 0).count();
    let zeros_odd = head.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    let half = head.len() / 2;
    zeros_even * 10 >= half * 8 || zeros_odd * 10 >= half * 8
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p() -> &'static Path {
        Path::new("content/a.md")
    }

    #[test]
    fn utf16_and_latin1_are_errors_with_a_place() {
        let utf16: Vec<u8> = "+++\ntitle = \"x\"\n+++\n".encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        assert!(decode(&utf16, p()).unwrap_err().message.contains("UTF-16"));
        let mut bom = vec![0xFF, 0xFE];
        bom.extend(&utf16);
        assert!(decode(&bom, p()).unwrap_err().message.contains("UTF-16"));
        let latin1 = b"+++\ntitle = \"Caf\xE9\"\n+++\n";
        let d = decode(latin1, p()).unwrap_err();
        assert_eq!((d.line, d.column), (2, 13), "{d}");
        assert!(d.message.contains("0xE9"));
    }

    #[test]
    fn bom_is_dropped_and_controls_removed_with_a_warning() {
        let (t, w) = decode(b"\xEF\xBB\xBFhello", p()).unwrap();
        assert_eq!((t.as_str(), w.len()), ("hello", 0));
        let (t, w) = decode(b"a\nb\x00c\x0bd\te", p()).unwrap();
        assert_eq!(t, "a\nbcd\te");
        assert_eq!((w[0].line, w[0].column), (2, 2));
        assert!(w[0].message.contains("2 invisible"));
    }

    #[test]
    fn the_byte_scan_never_misses_a_stray_control() {
        // Every character that can be stray or look like one, at every
        // position of a chunk and in the tail, alone and between others.
        let probes = [
            '\u{0}', '\u{1}', '\u{8}', '\u{b}', '\u{1f}', '\u{7f}', '\u{80}', '\u{9f}', '\t', '\n', '\r', '\u{c}', '\u{a0}', 'é', ' ', '~',
        ];
        for c in probes {
            for pad in 0..20 {
                let text = format!("{}{c}{}", "a".repeat(pad), "é".repeat(pad % 3));
                let exact = text.chars().any(is_stray_control);
                assert!(has_stray_control_byte(text.as_bytes()) || !exact, "{c:?} after {pad} bytes");
                let (clean, warnings) = decode(text.as_bytes(), p()).unwrap();
                assert_eq!(warnings.is_empty(), !exact, "{c:?} after {pad} bytes");
                assert_eq!(clean, text.chars().filter(|c| !is_stray_control(*c)).collect::<String>());
            }
        }
        assert!(!has_stray_control_byte("plain text\nwith tabs\tand é, ü, “quotes”\r\n".repeat(9).as_bytes()));
    }

    #[test]
    fn control_escapes_are_found_and_ordinary_ones_pass() {
        assert_eq!(control_escape(r#"title = "a\u0000b""#).map(|x| x.1), Some(r"\u0000".into()));
        assert_eq!(control_escape(r#"title: "a\x07""#).map(|x| x.1), Some(r"\x07".into()));
        assert!(control_escape(r#"t = "a\nb\tc\u00e9 \\u0000""#).is_none());
        let d = check_escapes("a = 1\nt = \"\\b\"\n", p(), 2).unwrap();
        assert_eq!((d.line, d.column), (3, 6));
    }
}
