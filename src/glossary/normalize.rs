//! Text normalisation for term recognition, with a map back to the
//! original byte offsets.
//!
//! Terms and texts are normalised the same way before Aho-Corasick runs
//! over them, so a match in the normalised text is a match of the term;
//! the map turns its span back into bytes of the original text.
//!
//! Every view:
//! * decomposes characters (NFD), so precomposed and combining spellings
//!   of "é" are the same;
//! * reads every apostrophe (`'` `’` `ʼ` `‘` `` ` `` `´` `′`) as `'`;
//! * drops soft hyphens and zero-width characters;
//! * reads any run of whitespace (spaces, no-break spaces, tabs, line
//!   breaks) and hyphens (`-` `‐` `‑` `‒` `–` `—` `−`) as one space, so
//!   "cyber-pédocriminalité", "cyber pédocriminalité" and a term split
//!   over two lines are alike; the *joined* views drop them instead, so
//!   "cyberpédocriminalité" meets "cyber-pédocriminalité".
//!
//! Then, as the term allows: case folding (lowercase; not for `case`
//! terms), and diacritic folding (combining marks removed after NFD, plus
//! `ß`→`ss`, `æ`→`ae`, `œ`→`oe`, `ø`→`o`, `ł`→`l`, `đ`→`d`, `ı`→`i`; not
//! for `exact` terms).

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Which foldings a view applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Fold {
    /// Lowercase everything.
    pub case: bool,
    /// Remove diacritics.
    pub marks: bool,
    /// Drop spaces and hyphens instead of reading them as one space.
    pub joined: bool,
}

impl Fold {
    /// Case and diacritics folded: the default view.
    pub const LOOSE: Fold = Fold {
        case: true,
        marks: true,
        joined: false,
    };
    /// Diacritics folded, case kept (`case` terms).
    pub const CASE: Fold = Fold {
        case: false,
        marks: true,
        joined: false,
    };
    /// Case folded, diacritics kept (`exact` terms).
    pub const ACCENTS: Fold = Fold {
        case: true,
        marks: false,
        joined: false,
    };
    /// Nothing folded but apostrophes and spacing (`case; exact` terms).
    pub const EXACT: Fold = Fold {
        case: false,
        marks: false,
        joined: false,
    };

    /// The same view with spaces and hyphens dropped.
    pub fn joined(self) -> Fold {
        Fold {
            joined: true,
            ..self
        }
    }
}

/// A normalised text and, for each of its bytes, the span of the
/// original character it came from.
#[derive(Debug, Clone)]
pub struct Normalized {
    /// The normalised text.
    pub text: String,
    starts: Vec<usize>,
    ends: Vec<usize>,
}

impl Normalized {
    /// The original byte span of normalised bytes `start..end`.
    pub fn original_span(&self, start: usize, end: usize) -> (usize, usize) {
        debug_assert!(start < end && end <= self.text.len());
        (self.starts[start], self.ends[end - 1])
    }

    /// True when `pos` does not cut the expansion of one original
    /// character (the "s|s" of a folded "ß").
    pub fn on_char_edge(&self, pos: usize) -> bool {
        pos == 0 || pos >= self.text.len() || self.starts[pos - 1] != self.starts[pos]
    }
}

/// Apostrophe-like characters, all read as `'`.
pub fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2019}' | '\u{02BC}' | '\u{2018}' | '`' | '\u{00B4}' | '\u{2032}' | '\u{FF07}'
    )
}

/// Hyphen- and dash-like characters, read as word separators.
pub fn is_hyphen(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}'
            | '\u{2011}'
            | '\u{2012}'
            | '\u{2013}'
            | '\u{2014}'
            | '\u{2212}'
            | '\u{FE63}'
            | '\u{FF0D}'
    )
}

fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
    )
}

/// A letter, digit or combining mark: what words are made of.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

/// Letters without a canonical decomposition that diacritic folding
/// still maps to plain Latin letters.
fn fold_special(c: char) -> Option<&'static str> {
    Some(match c {
        'ß' => "ss",
        'ẞ' => "SS",
        'æ' => "ae",
        'Æ' => "AE",
        'œ' => "oe",
        'Œ' => "OE",
        'ø' => "o",
        'Ø' => "O",
        'ł' => "l",
        'Ł' => "L",
        'đ' => "d",
        'Đ' => "D",
        'ı' => "i",
        _ => return None,
    })
}

/// Normalises `text` for view `fold`.
pub fn normalize(text: &str, fold: Fold) -> Normalized {
    let mut out = Normalized {
        text: String::with_capacity(text.len()),
        starts: Vec::with_capacity(text.len()),
        ends: Vec::with_capacity(text.len()),
    };
    let push = |out: &mut Normalized, c: char, start: usize, end: usize| {
        let before = out.text.len();
        out.text.push(c);
        for _ in before..out.text.len() {
            out.starts.push(start);
            out.ends.push(end);
        }
    };
    for (start, c) in text.char_indices() {
        let end = start + c.len_utf8();
        if is_invisible(c) {
            continue;
        }
        if fold.marks && is_combining_mark(c) {
            // A combining mark written on its own (decomposed text)
            // belongs to the character before it: the span of that
            // character grows over it, so a term ending in "é" does not
            // end before its accent.
            if let Some(&last) = out.starts.last() {
                for i in (0..out.starts.len()).rev() {
                    if out.starts[i] != last {
                        break;
                    }
                    out.ends[i] = end;
                }
            }
            continue;
        }
        if c.is_whitespace() || is_hyphen(c) {
            if !fold.joined && !out.text.is_empty() && !out.text.ends_with(' ') {
                push(&mut out, ' ', start, end);
            }
            continue;
        }
        if is_apostrophe(c) {
            push(&mut out, '\'', start, end);
            continue;
        }
        decompose_canonical(c, |d| {
            if fold.marks && is_combining_mark(d) {
                return;
            }
            let special = if fold.marks { fold_special(d) } else { None };
            match special {
                Some(s) => {
                    for sc in s.chars() {
                        if fold.case {
                            for l in sc.to_lowercase() {
                                push(&mut out, l, start, end);
                            }
                        } else {
                            push(&mut out, sc, start, end);
                        }
                    }
                }
                None if fold.case => {
                    for l in d.to_lowercase() {
                        // A lowercase mapping may add a combining mark
                        // (İ → i̇): drop it when folding marks.
                        if fold.marks && is_combining_mark(l) {
                            continue;
                        }
                        push(&mut out, l, start, end);
                    }
                }
                None => push(&mut out, d, start, end),
            }
        });
    }
    out
}

/// Normalises a term or form: [`normalize`] without the offset map,
/// trimmed.
pub fn normalize_str(text: &str, fold: Fold) -> String {
    normalize(text, fold).text.trim().to_string()
}

/// The character before byte `pos` of `text`.
pub fn char_before(text: &str, pos: usize) -> Option<char> {
    text[..pos].chars().next_back()
}

/// The character at byte `pos` of `text`.
pub fn char_at(text: &str, pos: usize) -> Option<char> {
    text[pos..].chars().next()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_diacritics_apostrophes_and_spacing() {
        let n = normalize("L’ÉCOLE  de\u{00A0}la\ncyber-pédo", Fold::LOOSE);
        assert_eq!(n.text, "l'ecole de la cyber pedo");
        assert_eq!(normalize_str("Mißbrauch", Fold::LOOSE), "missbrauch");
        assert_eq!(normalize_str("pædophile", Fold::LOOSE), "paedophile");
        assert_eq!(
            normalize_str("dziecięca łódź", Fold::LOOSE),
            "dziecieca lodz"
        );
        assert_eq!(normalize_str("Pädophile", Fold::CASE), "Padophile");
        assert_eq!(normalize_str("Pädophile", Fold::EXACT), "Pa\u{0308}dophile");
        assert_eq!(
            normalize_str("cyber-pédo crim", Fold::LOOSE.joined()),
            "cyberpedocrim"
        );
        assert_eq!(
            normalize_str("soft\u{00AD}hyphen", Fold::LOOSE),
            "softhyphen"
        );
    }

    #[test]
    fn combining_and_precomposed_forms_are_alike() {
        let composed = normalize_str("pédophile", Fold::EXACT);
        let decomposed = normalize_str("pe\u{0301}dophile", Fold::EXACT);
        assert_eq!(composed, decomposed);
    }

    #[test]
    fn decomposed_accents_stay_with_their_letter() {
        let text = "cyberpe\u{301}docriminalite\u{301} !";
        let n = normalize(text, Fold::LOOSE);
        assert_eq!(n.text, "cyberpedocriminalite !");
        let (s, e) = n.original_span(0, "cyberpedocriminalite".len());
        assert_eq!(&text[s..e], "cyberpe\u{301}docriminalite\u{301}");
    }

    #[test]
    fn spans_map_back_to_the_original() {
        let text = "Les « contenus\u{202F}pédopornographiques »";
        let n = normalize(text, Fold::LOOSE);
        let at = n.text.find("contenus pedopornographiques").unwrap();
        let (s, e) = n.original_span(at, at + "contenus pedopornographiques".len());
        assert_eq!(&text[s..e], "contenus\u{202F}pédopornographiques");
    }

    #[test]
    fn expansions_have_inner_edges() {
        let n = normalize("aßb", Fold::LOOSE);
        assert_eq!(n.text, "assb");
        assert!(n.on_char_edge(1));
        assert!(!n.on_char_edge(2));
        assert!(n.on_char_edge(3));
        assert_eq!(n.original_span(1, 3), (1, 3));
    }
}
