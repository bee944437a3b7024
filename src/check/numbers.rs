//! Numbers and percentages in text, read the way any European locale may
//! write them, for the `number-mismatch` check.
//!
//! `40 %` (U+00A0 or U+202F), `40%` and `%40` are the same percentage;
//! `1 234,5`, `1.234,5`, `1,234.5`, `1’234.5` and `1234.5` the same number.
//! A separator is ambiguous (`1.000` is one thousand in German, one in
//! English), so a number keeps every reading it allows and two numbers
//! match when they share one.

use std::collections::BTreeSet;

/// A number found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Number {
    /// As written (with the `%` of a percentage).
    pub text: String,
    /// Canonical values it can mean (`1234.5`, `1`).
    pub values: BTreeSet<String>,
    /// Whether it is a percentage.
    pub percent: bool,
}

impl Number {
    /// Whether `other` can be the same number.
    pub fn matches(&self, other: &Number) -> bool {
        self.percent == other.percent && self.values.iter().any(|v| other.values.contains(v))
    }
}

/// Spaces that group digits or separate a number from `%`.
fn is_number_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// Separators between groups of three digits.
fn is_group_separator(c: char) -> bool {
    is_number_space(c) || matches!(c, '’' | '\'')
}

/// Canonical form: no leading zeros in the integer part, no trailing zeros
/// in the fraction.
fn canonical(int: &str, frac: &str) -> String {
    let int = int.trim_start_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    let frac = frac.trim_end_matches('0');
    if frac.is_empty() {
        int.to_string()
    } else {
        format!("{int}.{frac}")
    }
}

/// The numbers of a text, in order.
pub fn numbers(text: &str) -> Vec<Number> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        // Markup (`<a data-l10n-name="x">`) is not text.
        if chars[i] == '<'
            && chars
                .get(i + 1)
                .is_some_and(|n| n.is_ascii_alphabetic() || *n == '/' || *n == '!')
            && let Some(len) = chars[i..].iter().position(|c| *c == '>')
        {
            i += len + 1;
            continue;
        }
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        // Digits after a letter belong to a name: `MP3`, `H264`, `l10n`.
        if i > 0 && chars[i - 1].is_alphabetic() {
            while i < chars.len() && chars[i].is_alphanumeric() {
                i += 1;
            }
            continue;
        }
        let start = i;
        // Digit groups and the separators between them.
        let mut groups: Vec<String> = Vec::new();
        let mut seps: Vec<char> = Vec::new();
        let mut cur = String::new();
        while i < chars.len() {
            let c = chars[i];
            if c.is_ascii_digit() {
                cur.push(c);
                i += 1;
                continue;
            }
            let next_digits = chars[i + 1..]
                .iter()
                .take_while(|d| d.is_ascii_digit())
                .count();
            let joins = if c == '.' || c == ',' {
                next_digits > 0
            } else if is_group_separator(c) {
                // Only a group of exactly three digits continues a number
                // across a space or an apostrophe.
                next_digits == 3
            } else {
                false
            };
            if !joins {
                break;
            }
            groups.push(std::mem::take(&mut cur));
            seps.push(c);
            i += 1;
        }
        groups.push(cur);
        let mut written: String = chars[start..i].iter().collect();
        let mut values = BTreeSet::new();
        // Every separator groups thousands.
        if groups.iter().skip(1).all(|g| g.len() == 3) {
            values.insert(canonical(&groups.concat(), ""));
        }
        // The last `.` or `,` is the decimal separator, the others group.
        if let Some(&last) = seps.last()
            && (last == '.' || last == ',')
        {
            let (int, frac) = groups.split_at(groups.len() - 1);
            values.insert(canonical(&int.concat(), &frac[0]));
        }
        if seps.is_empty() {
            values.insert(canonical(&groups[0], ""));
        }
        // A percent sign after the number (maybe after a space), or before
        // it (Turkish `%40`).
        let mut j = i;
        while j < chars.len() && is_number_space(chars[j]) {
            j += 1;
        }
        let mut percent = false;
        if j < chars.len() && chars[j] == '%' {
            percent = true;
            written = chars[start..=j].iter().collect();
            i = j + 1;
        } else if start > 0 && chars[start - 1] == '%' {
            percent = true;
            written.insert(0, '%');
        }
        out.push(Number {
            text: written,
            values,
            percent,
        });
    }
    out
}

impl Number {
    /// A number translations often write out in words: a whole number up
    /// to ten written with digits only (`3rd party` → `Drittanbieter`), or
    /// 0 % and 100 % (`Terminée` for "100% complete", Polish
    /// `stuprocentowej` for "100% accurate").
    pub fn is_small(&self) -> bool {
        if self.percent {
            return self.values.iter().any(|v| v == "0" || v == "100");
        }
        self.text.chars().all(|c| c.is_ascii_digit())
            && self.text.parse::<u32>().is_ok_and(|n| n <= 10)
    }
}

/// The numbers of `source` that no number of `target` matches (each
/// reported once). A small number ([`Number::is_small`]) is only reported
/// when the translation has a number of its own that the source lacks
/// (then it looks changed, not written out).
pub fn missing<'a>(source: &'a [Number], target: &[Number]) -> Vec<&'a Number> {
    let changed = target.iter().any(|t| !source.iter().any(|s| s.matches(t)));
    let mut out: Vec<&Number> = Vec::new();
    for n in source {
        if !target.iter().any(|t| n.matches(t))
            && !out.iter().any(|o| o.matches(n))
            && (changed || !n.is_small())
        {
            out.push(n);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str) -> Vec<(Vec<String>, bool)> {
        numbers(text)
            .into_iter()
            .map(|n| (n.values.into_iter().collect(), n.percent))
            .collect()
    }

    fn same(a: &str, b: &str) -> bool {
        missing(&numbers(a), &numbers(b)).is_empty()
    }

    #[test]
    fn percentages_in_every_spelling() {
        for t in ["40 %", "40\u{a0}%", "40\u{202f}%", "40%", "%40"] {
            assert_eq!(values(t), [(vec!["40".to_string()], true)], "{t}");
        }
        assert!(same("40 % des affaires", "40% of cases"));
        assert!(same("40 % des affaires", "in 40\u{202f}% der Fälle"));
        assert!(!same("40 % des affaires", "40 of the cases"));
        assert!(!same("40 % des affaires", "14 % of cases"));
    }

    #[test]
    fn grouping_and_decimal_separators() {
        for t in [
            "1 234,5",
            "1\u{a0}234,5",
            "1\u{202f}234,5",
            "1.234,5",
            "1,234.5",
            "1’234.5",
            "1234.5",
        ] {
            assert!(same("1234,5", t), "{t}");
        }
        // Ambiguous: one thousand in German, one in English.
        assert!(same("1.000", "1000"));
        assert!(same("1.000", "1"));
        assert!(!same("1,5", "15"));
        assert!(same("3,50", "3.5"));
    }

    #[test]
    fn separate_numbers_stay_separate() {
        assert_eq!(numbers("en 2024 40 cas").len(), 2);
        assert_eq!(numbers("29 octobre 2024").len(), 2);
        assert!(same("le 29 octobre 2024", "on October 29, 2024"));
        assert!(same("14 recommandations", "14 Empfehlungen"));
        assert!(!same("14 recommandations", "4 recommendations"));
        assert_eq!(numbers("Fin.").len(), 0);
        assert_eq!(numbers("fin 3.").len(), 1);
        assert_eq!(numbers("fin 3.")[0].text, "3");
    }

    #[test]
    fn markup_and_names_are_not_numbers() {
        assert!(numbers("<a data-l10n-name=\"x1\">Lire</a> en MP3 et H264").is_empty());
        assert_eq!(numbers("3rd party").len(), 1);
    }

    #[test]
    fn small_numbers_may_be_written_out() {
        // Written out: not reported.
        assert!(same("3 enjeux", "three issues"));
        assert!(same("1 unread message", "Jedna nepřečtená zpráva"));
        // Changed: reported.
        assert!(!same("3 enjeux", "4 issues"));
        // Larger numbers and percentages are always reported...
        assert!(!same("14 recommandations", "fourteen recommendations"));
        assert!(!same("5 %", "five per cent"));
        // ... but 0 % and 100 % are often words (Thunderbird fr, pl).
        assert!(same("100% complete", "Terminée"));
        assert!(same(
            "we cannot guarantee they are 100% accurate",
            "nie możemy zagwarantować ich stuprocentowej dokładności"
        ));
        assert!(same("0% complete", "Non commencée"));
        assert!(!same("100% complete", "Terminée à 90 %"));
    }

    #[test]
    fn each_missing_number_is_reported_once() {
        let src = numbers("40 % et 40 % et 17");
        let tgt = numbers("nothing");
        let m = missing(&src, &tgt);
        assert_eq!(m.len(), 2);
        assert_eq!(m[0].text, "40 %");
    }
}
