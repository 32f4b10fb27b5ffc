//! The text of one segment as it is built, with the map from its offsets
//! back to the source (`Segment::pos`).

pub(super) struct Builder {
    pub text: String,
    pub map: Vec<(usize, usize, bool)>,
}

impl Builder {
    pub fn new() -> Self {
        Builder { text: String::new(), map: Vec::new() }
    }
    /// Digits of other scripts (Bengali ৯৪, Urdu ۹۳, Devanagari, Thai…)
    /// are read as ASCII digits, so every number rule (identifiers, phones,
    /// dates, ages) reads them; each folded digit starts a map piece so
    /// positions still point at the source.
    pub fn push(&mut self, t: &str, src: usize, src_len: usize) {
        let exact = t.len() == src_len;
        if t.is_ascii() || !exact || !t.chars().any(|c| ascii_digit(c).is_some()) {
            self.map.push((self.text.len(), src, exact));
            self.text.push_str(t);
            return;
        }
        let mut run = 0;
        for (i, c) in t.char_indices() {
            if let Some(d) = ascii_digit(c) {
                if run < i {
                    self.map.push((self.text.len(), src + run, true));
                    self.text.push_str(&t[run..i]);
                }
                self.map.push((self.text.len(), src + i, true));
                self.text.push(d);
                run = i + c.len_utf8();
            }
        }
        if run < t.len() {
            self.map.push((self.text.len(), src + run, true));
            self.text.push_str(&t[run..]);
        }
    }
    pub fn take(&mut self) -> Builder {
        std::mem::replace(self, Builder::new())
    }
}

/// The ASCII digit of a decimal digit of another script: Unicode lays
/// each script's digits out as ten code points from its zero.
fn ascii_digit(c: char) -> Option<char> {
    const ZEROS: [u32; 20] = [
        0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20,
        0x1040, 0x17E0, 0x1810, 0xFF10,
    ];
    let u = c as u32;
    if u < 0x0660 {
        return None;
    }
    ZEROS.iter().find(|&&z| (z..z + 10).contains(&u)).and_then(|&z| char::from_digit(u - z, 10))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_of_other_scripts_fold_and_keep_their_source_offsets() {
        let src = "নানু ৯৪ বছর";
        let mut b = Builder::new();
        b.push(src, 0, src.len());
        assert_eq!(b.text, "নানু 94 বছর");
        // The piece of the "4" starts at the source's "৪".
        let four = b.text.find('4').unwrap();
        let piece = b.map.iter().rev().find(|p| p.0 <= four).unwrap();
        assert_eq!(&src[piece.1..piece.1 + '৪'.len_utf8()], "৪");
        assert_eq!(ascii_digit('۹'), Some('9'));
        assert_eq!(ascii_digit('٣'), Some('3'));
        assert_eq!(ascii_digit('½'), None);
    }
}
