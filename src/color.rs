//! Brand colour handling: the theme keeps text contrast at WCAG AA whatever
//! accent a practice configures, by darkening it until it reaches 4.5:1.

/// Parses `#rgb` or `#rrggbb`.
pub fn parse_hex(s: &str) -> Option<(u8, u8, u8)> {
    let h = s.trim().strip_prefix('#')?;
    let h = match h.len() {
        3 => h.chars().flat_map(|c| [c, c]).collect::<String>(),
        6 => h.to_string(),
        _ => return None,
    };
    let v = u32::from_str_radix(&h, 16).ok()?;
    Some(((v >> 16) as u8, (v >> 8) as u8, v as u8))
}

/// `#rrggbb`.
pub fn to_hex((r, g, b): (u8, u8, u8)) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

fn channel(c: u8) -> f64 {
    let c = c as f64 / 255.0;
    if c <= 0.03928 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
}

/// WCAG relative luminance.
pub fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

/// WCAG contrast ratio of two colours.
pub fn contrast(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

fn scale(c: (u8, u8, u8), f: f64) -> (u8, u8, u8) {
    let s = |x: u8| (x as f64 * f).round().clamp(0.0, 255.0) as u8;
    (s(c.0), s(c.1), s(c.2))
}

fn mix_white(c: (u8, u8, u8), t: f64) -> (u8, u8, u8) {
    let m = |x: u8| (x as f64 + (255.0 - x as f64) * t).round() as u8;
    (m(c.0), m(c.1), m(c.2))
}

/// The accent darkened (if needed) until it has at least `min` contrast on white.
pub fn accessible_on_white(c: (u8, u8, u8), min: f64) -> (u8, u8, u8) {
    let white = (255, 255, 255);
    let mut f = 1.0;
    let mut out = c;
    while contrast(out, white) < min && f > 0.0 {
        f -= 0.02;
        out = scale(c, f);
    }
    out
}

/// Theme colours derived from the configured accent.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Palette {
    /// Text-safe accent (≥ 4.5:1 on white).
    pub accent: String,
    /// Darker accent for white text on accent backgrounds (≥ 7:1 with white).
    pub accent_dark: String,
    /// Very light tint for backgrounds (accent text stays ≥ 4.5:1 on it).
    pub accent_soft: String,
}

/// Builds the palette from a configured hex colour (falls back to teal).
pub fn palette(accent: &str) -> Palette {
    let base = parse_hex(accent).unwrap_or((0x0b, 0x6e, 0x4f));
    let a = accessible_on_white(base, 5.0);
    let dark = accessible_on_white(a, 7.5);
    let mut t = 0.92;
    let mut soft = mix_white(base, t);
    while contrast(a, soft) < 4.5 && t < 1.0 {
        t += 0.01;
        soft = mix_white(base, t);
    }
    Palette { accent: to_hex(a), accent_dark: to_hex(dark), accent_soft: to_hex(soft) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pale_accents_are_darkened_to_aa() {
        for c in ["#ffff00", "#7fd4ff", "#0b6e4f", "#ff8800"] {
            let p = palette(c);
            let a = parse_hex(&p.accent).unwrap();
            assert!(contrast(a, (255, 255, 255)) >= 4.5, "{c} -> {}", p.accent);
            assert!(contrast(parse_hex(&p.accent_dark).unwrap(), (255, 255, 255)) >= 7.0);
            assert!(contrast(a, parse_hex(&p.accent_soft).unwrap()) >= 4.5);
        }
        assert!((contrast((0, 0, 0), (255, 255, 255)) - 21.0).abs() < 0.01);
    }
}
