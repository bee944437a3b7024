//! Typography per language, for the `typography` check.
//!
//! * French spacing (not in CLDR; Imprimerie nationale convention, see
//!   `../shared/reference/fluent.md` §6.1): a no-break space, U+00A0 or
//!   U+202F, before `; : ! ?` and inside « ». A plain space (which lets the
//!   line break before the mark) or no space is a finding. Québec (`fr-CA`)
//!   follows the OQLF by default: a no-break space before `:` and inside
//!   « », none or a no-break space before `; ! ?` (option `french_spacing`).
//! * Quotation marks: the primary and alternate delimiters of CLDR 48.2
//!   for the language (generated table in `cldr_typography`). A straight `"` or a quotation mark the language
//!   does not use is a finding (option `quotes`).
//! * A straight apostrophe `'` where the language uses ’ (every language
//!   of the quotation table; option `apostrophe`).
//!
//! HTML/XML tags, character references (`&lt;`) and URLs are skipped: their `"` and `:` are
//! syntax, not punctuation. Placeables count as text that is neither a
//! space nor punctuation.

use crate::check::cldr_typography::{CldrLocale, LOCALES};
use crate::check::message::LocatedChar;
use crate::lang::LangTag;
use crate::model::CODE_MARK;
use crate::project::{FrenchSpacing, TypographyOptions, TypographyRule};

/// Quotation delimiters of a language (CLDR): primary open/close,
/// alternate open/close.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quotes {
    /// `“`, `”` for English.
    pub primary: (char, char),
    /// `‘`, `’` for English.
    pub alternate: (char, char),
}

impl Quotes {
    fn allows(&self, c: char) -> bool {
        [
            self.primary.0,
            self.primary.1,
            self.alternate.0,
            self.alternate.1,
        ]
        .contains(&c)
    }

    /// `„…“ ‚…‘` for display.
    pub fn describe(&self) -> String {
        let p = format!("{}…{}", self.primary.0, self.primary.1);
        let a = format!("{}…{}", self.alternate.0, self.alternate.1);
        if p == a { p } else { format!("{p} {a}") }
    }
}

/// Every quotation mark the quote rule looks at (’ is left out: it is also
/// the apostrophe).
const QUOTE_MARKS: &[char] = &['"', '«', '»', '‹', '›', '„', '“', '”', '‚', '‘'];

/// The CLDR row of a locale (region-specific row first), if relais knows it.
pub fn cldr_for(tag: &LangTag) -> Option<&'static CldrLocale> {
    let full = tag.as_str();
    let region = tag.region().map(|r| format!("{}-{r}", tag.language()));
    LOCALES
        .iter()
        .find(|l| l.tag == full || region.as_deref() == Some(l.tag))
        .or_else(|| LOCALES.iter().find(|l| l.tag == tag.language()))
}

/// The CLDR quotation delimiters of a locale, if relais knows them.
pub fn quotes_for(tag: &LangTag) -> Option<Quotes> {
    cldr_for(tag).map(|l| Quotes {
        primary: (l.quotes[0], l.quotes[1]),
        alternate: (l.quotes[2], l.quotes[3]),
    })
}

/// The rules for one locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rules {
    /// French spacing, or `Off`.
    pub french: FrenchSpacing,
    /// Quotation marks, when checked.
    pub quotes: Option<Quotes>,
    /// Whether a straight apostrophe is a finding.
    pub apostrophe: bool,
    /// CLDR decimal separator and percent pattern, when checked.
    pub numbers: Option<&'static CldrLocale>,
}

impl Rules {
    /// Rules for a locale with the configured options.
    pub fn for_locale(tag: &LangTag, options: TypographyOptions) -> Rules {
        let french = if tag.language() == "fr" {
            options
                .french_spacing
                .unwrap_or(if tag.region() == Some("CA") {
                    FrenchSpacing::ColonOnly
                } else {
                    FrenchSpacing::Required
                })
        } else {
            FrenchSpacing::Off
        };
        let known = quotes_for(tag);
        let quotes = match options.quotes {
            Some(TypographyRule::Any) => None,
            _ => known,
        };
        let apostrophe = match options.apostrophe {
            Some(TypographyRule::Any) => false,
            Some(TypographyRule::Typographic) => true,
            None => known.is_some(),
        };
        Rules {
            french,
            quotes,
            apostrophe,
            numbers: cldr_for(tag),
        }
    }

    /// Whether any rule applies.
    pub fn any(&self) -> bool {
        self.french != FrenchSpacing::Off
            || self.quotes.is_some()
            || self.apostrophe
            || self.numbers.is_some()
    }
}

/// What is wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Issue {
    /// A plain space before a French high punctuation mark.
    PlainSpaceBefore(char),
    /// No space before a French high punctuation mark.
    NoSpaceBefore(char),
    /// A plain space (or none) inside « ».
    GuillemetSpace(char),
    /// A straight `"`.
    StraightQuote,
    /// A quotation mark the language does not use.
    ForeignQuote(char),
    /// A straight `'`.
    StraightApostrophe,
    /// A decimal separator the language does not use (the CLDR one given).
    WrongDecimal(char),
    /// A space before `%` where CLDR has none, or none (or a breaking one)
    /// where CLDR has a no-break space; `true` when CLDR has a space.
    PercentSpace(bool),
}

/// A finding of the typography rules: where and what.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Byte offset in the file, if known.
    pub offset: Option<usize>,
    /// The issue.
    pub issue: Issue,
}

fn is_no_break(c: char) -> bool {
    c == '\u{a0}' || c == '\u{202f}'
}

fn is_plain_space(c: char) -> bool {
    c == ' ' || c == '\t' || c == '\u{2009}'
}

/// A decimal separator or percent spacing at `i` that CLDR does not use.
///
/// A decimal is a `.` or `,` between digits with one or two digits after it
/// (three may be a group: `1.000`), not part of a longer chain (`1.2.3`,
/// `5.12.2026`), a time (`10.30` where `.` separates hours) or a name (`v1.2`).
fn number_issue(run: &[LocatedChar], skip: &[bool], i: usize, cldr: &CldrLocale) -> Option<Issue> {
    let ch = |j: usize| run.get(j).map(|c| c.ch);
    let c = run[i].ch;
    if c == '%' && !cldr.percent_first {
        let p = ch(i.checked_sub(1)?)?;
        let (space, digit_at) = if p.is_ascii_digit() {
            (None, i - 1)
        } else if is_no_break(p) || is_plain_space(p) {
            (Some(p), i.checked_sub(2)?)
        } else {
            return None;
        };
        if !ch(digit_at)?.is_ascii_digit() || skip[digit_at] {
            return None;
        }
        let wants_space = cldr.percent_space.is_some();
        let ok = match space {
            None => !wants_space,
            Some(s) => wants_space && is_no_break(s),
        };
        return (!ok).then_some(Issue::PercentSpace(wants_space));
    }
    if !(c == '.' || c == ',') || c == cldr.decimal || c == cldr.time {
        return None;
    }
    let mut start = i;
    while start > 0 && ch(start - 1).is_some_and(|d| d.is_ascii_digit()) {
        start -= 1;
    }
    if start == i {
        return None;
    }
    if start > 0 && ch(start - 1).is_some_and(|b| b.is_alphanumeric() || ".,'’-/".contains(b)) {
        return None;
    }
    let mut end = i + 1;
    while ch(end).is_some_and(|d| d.is_ascii_digit()) {
        end += 1;
    }
    let frac = end - i - 1;
    if !(1..=2).contains(&frac) {
        return None;
    }
    if ch(end).is_some_and(|a| a.is_alphanumeric() || ".,:/-".contains(a)) {
        return None;
    }
    Some(Issue::WrongDecimal(cldr.decimal))
}

/// Whether a run names versions: a number after an acronym (`TMX 1.4`,
/// `XLIFF 2.0`), a whole number written `N.0`, or one with a letter after
/// its last digit (`1.4b`). Such a run (« TMX 1.1 à 1.4b », « 1.0 à 1.2 et
/// 2.0 ») writes versions, whose dots are not decimal separators, so its
/// decimals are not checked.
fn names_versions(run: &[LocatedChar]) -> bool {
    let chars: Vec<char> = run.iter().map(|c| c.ch).collect();
    let is_number_start =
        |i: usize| chars[i].is_ascii_digit() && (i == 0 || !chars[i - 1].is_alphanumeric());
    (0..chars.len())
        .filter(|&i| is_number_start(i))
        .any(|start| {
            let mut end = start;
            while end < chars.len() && (chars[end].is_ascii_digit() || chars[end] == '.') {
                end += 1;
            }
            let number: String = chars[start..end].iter().collect();
            let number = number.trim_end_matches('.');
            let Some((_, fraction)) = number.split_once('.') else {
                return false;
            };
            let lettered = chars.get(end).is_some_and(char::is_ascii_alphabetic);
            let mut word_end = start;
            while word_end > 0 && chars[word_end - 1] == ' ' {
                word_end -= 1;
            }
            let mut word_start = word_end;
            while word_start > 0 && chars[word_start - 1].is_alphanumeric() {
                word_start -= 1;
            }
            let word = &chars[word_start..word_end];
            let after_acronym = word_end < start
                && word.len() >= 2
                && word
                    .iter()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                && word[0].is_ascii_uppercase();
            fraction == "0" || lettered || after_acronym
        })
}

/// Marks the characters inside HTML/XML tags and URLs.
fn skipped(run: &[LocatedChar]) -> Vec<bool> {
    let chars: Vec<char> = run.iter().map(|c| c.ch).collect();
    let mut skip = vec![false; chars.len()];
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        // A tag: `<` then a letter, `/` or `!`, up to `>` on the same run.
        if c == '<'
            && chars
                .get(i + 1)
                .is_some_and(|n| n.is_ascii_alphabetic() || *n == '/' || *n == '!')
            && let Some(len) = chars[i..].iter().position(|x| *x == '>')
        {
            skip[i..=i + len].iter_mut().for_each(|s| *s = true);
            i += len + 1;
            continue;
        }
        // A character reference: `&lt;`, `&#160;`.
        if c == '&'
            && let Some(len) = chars[i + 1..].iter().take(10).position(|x| *x == ';')
            && len > 0
            && chars[i + 1..i + 1 + len]
                .iter()
                .all(|x| x.is_ascii_alphanumeric() || *x == '#')
        {
            skip[i..=i + 1 + len].iter_mut().for_each(|s| *s = true);
            i += len + 2;
            continue;
        }
        let rest: String = chars[i..chars.len().min(i + 8)].iter().collect();
        let word_start = i == 0 || !chars[i - 1].is_alphanumeric();
        if word_start
            && [
                "http://", "https://", "mailto:", "www.", "ftp://", "file://",
            ]
            .iter()
            .any(|p| rest.to_ascii_lowercase().starts_with(p))
        {
            let len = chars[i..]
                .iter()
                .position(|x| x.is_whitespace() || *x == CODE_MARK || *x == '<')
                .unwrap_or(chars.len() - i);
            skip[i..i + len].iter_mut().for_each(|s| *s = true);
            i += len;
            continue;
        }
        i += 1;
    }
    skip
}

/// Checks one run of text.
pub fn check(run: &[LocatedChar], rules: &Rules) -> Vec<Hit> {
    let mut hits = Vec::new();
    if !rules.any() {
        return hits;
    }
    let skip = skipped(run);
    let versions = names_versions(run);
    let ch = |i: usize| run.get(i).map(|c| c.ch);
    for (i, c) in run.iter().enumerate() {
        if skip[i] {
            continue;
        }
        let prev = if i > 0 { ch(i - 1) } else { None };
        let next = ch(i + 1);
        let hit = |issue| Hit {
            offset: c.offset,
            issue,
        };
        match c.ch {
            ';' | ':' | '!' | '?' if rules.french != FrenchSpacing::Off => {
                let Some(p) = prev else { continue };
                // `10:30`, `a:b`, `?q=`, `;-)`: not prose punctuation.
                let glued = next.is_some_and(|n| n.is_alphanumeric() || "/\\=&#@_.,-(".contains(n));
                if glued || ";:!?".contains(p) || p == '\n' || is_no_break(p) {
                    continue;
                }
                let strict = rules.french == FrenchSpacing::Required || c.ch == ':';
                if is_plain_space(p) {
                    hits.push(hit(Issue::PlainSpaceBefore(c.ch)));
                } else if strict {
                    hits.push(hit(Issue::NoSpaceBefore(c.ch)));
                }
            }
            '«' | '»' if rules.french != FrenchSpacing::Off => {
                let inside = if c.ch == '«' { next } else { prev };
                match inside {
                    None | Some('\n' | '«' | '»') => {}
                    Some(s) if is_no_break(s) => {}
                    Some(_) => hits.push(hit(Issue::GuillemetSpace(c.ch))),
                }
            }
            _ => {}
        }
        if let Some(quotes) = &rules.quotes
            && QUOTE_MARKS.contains(&c.ch)
        {
            if c.ch == '"' {
                // 27" (inches) is not a quotation.
                if !prev.is_some_and(|p| p.is_ascii_digit()) {
                    hits.push(hit(Issue::StraightQuote));
                }
            } else if !quotes.allows(c.ch) {
                hits.push(hit(Issue::ForeignQuote(c.ch)));
            }
        }
        if let Some(cldr) = rules.numbers
            && let Some(issue) = number_issue(run, &skip, i, cldr)
            && !(versions && matches!(issue, Issue::WrongDecimal(_)))
        {
            hits.push(hit(issue));
        }
        if rules.apostrophe && c.ch == '\'' {
            // 1'000 (Swiss grouping) is not an apostrophe.
            let between_digits = prev.is_some_and(|p| p.is_ascii_digit())
                && next.is_some_and(|n| n.is_ascii_digit());
            if !between_digits {
                hits.push(hit(Issue::StraightApostrophe));
            }
        }
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Vec<LocatedChar> {
        text.char_indices()
            .map(|(i, ch)| LocatedChar {
                ch,
                offset: Some(i),
            })
            .collect()
    }

    fn issues(locale: &str, text: &str) -> Vec<Issue> {
        let rules = Rules::for_locale(
            &LangTag::parse(locale).unwrap(),
            TypographyOptions::default(),
        );
        check(&run(text), &rules)
            .into_iter()
            .map(|h| h.issue)
            .collect()
    }

    /// Per official EU language: right quotes (CLDR 48.2), a foreign
    /// quotation mark, the decimal separator, and whether `%` takes a space.
    const EU: &[(&str, &str, char, char, bool)] = &[
        ("bg", "„а„б“в“", '”', ',', false),
        ("cs", "„a‚b‘c“", '”', ',', true),
        ("da", "“a‘b’c”", '„', ',', true),
        ("de", "„a‚b‘c“", '”', ',', true),
        ("el", "«a“b”c»", '„', ',', false),
        ("en", "“a‘b’c”", '„', '.', false),
        ("es", "“a‘b’c”", '„', ',', true),
        ("et", "„a‚b‘c“", '”', ',', false),
        ("fi", "”a’b’c”", '“', ',', true),
        ("fr", "«\u{a0}a\u{a0}»", '“', ',', true),
        ("ga", "“a‘b’c”", '„', '.', false),
        ("hr", "„a‚b‘c“", '”', ',', true),
        ("hu", "„a»b«c”", '“', ',', false),
        ("it", "«a“b”c»", '„', ',', false),
        ("lt", "„a„b“c“", '”', ',', true),
        ("lv", "“a‘b’c”", '„', ',', false),
        ("mt", "“a‘b’c”", '„', '.', false),
        ("nl", "‘a‘b’c’", '“', ',', false),
        ("pl", "„a«b»c”", '“', ',', false),
        ("pt", "“a‘b’c”", '„', ',', false),
        ("ro", "„a«b»c”", '“', ',', true),
        ("sk", "„a‚b‘c“", '”', ',', true),
        ("sl", "„a‚b‘c“", '”', ',', true),
        ("sv", "”a’b’c”", '“', ',', true),
    ];

    #[test]
    fn every_official_eu_language_has_cldr_quotes_decimals_and_percent() {
        assert_eq!(EU.len(), 24);
        for &(lang, right, foreign, decimal, nbsp) in EU {
            assert!(issues(lang, right).is_empty(), "{lang} {right}");
            assert_eq!(
                issues(lang, &format!("a {foreign}b")),
                [Issue::ForeignQuote(foreign)],
                "{lang}"
            );
            let wrong = if decimal == ',' { '.' } else { ',' };
            assert!(issues(lang, &format!("12{decimal}5 ")).is_empty(), "{lang}");
            // Danish and Finnish write times `10.30`: `.` is not flagged there.
            let expected: &[Issue] = if matches!(lang, "da" | "fi") {
                &[]
            } else {
                &[Issue::WrongDecimal(decimal)]
            };
            assert_eq!(
                issues(lang, &format!("je 12{wrong}5 x")),
                expected,
                "{lang}"
            );
            let (good, bad) = if nbsp {
                ("40\u{a0}%", "40%")
            } else {
                ("40%", "40\u{a0}%")
            };
            assert!(issues(lang, good).is_empty(), "{lang} {good}");
            assert_eq!(issues(lang, bad), [Issue::PercentSpace(nbsp)], "{lang}");
            // A breaking space before % is never right.
            assert_eq!(issues(lang, "40 %"), [Issue::PercentSpace(nbsp)], "{lang}");
        }
    }

    #[test]
    fn dates_times_versions_and_groups_are_not_decimals() {
        for text in [
            "am 5.12.2026",
            "am 5.12. begann",
            "v1.2",
            "1.000",
            "1.2.3",
            "Mp3.5",
        ] {
            assert!(issues("de", text).is_empty(), "{text}");
        }
        // Versions: after an acronym, `N.0`, a letter suffix, and the
        // other numbers of the same run.
        for text in [
            "TMX 1.1–1.4b",
            "XLIFF (1.2 ou 2.0)",
            "(.xlf\u{a0}; 1.0 à 1.2 et 2.0)",
        ] {
            assert!(issues("fr", text).is_empty(), "{text}");
        }
        assert_eq!(issues("fr", "soit 1.5 million"), [Issue::WrongDecimal(',')]);
        // `.` separates hours in Finnish and Danish.
        assert!(issues("fi", "klo 10.30").is_empty());
        assert!(issues("en", "12,000 and 1,234,567").is_empty());
    }

    #[test]
    fn french_high_punctuation_needs_a_no_break_space() {
        assert!(issues("fr", "Quoi\u{a0}? Oui\u{202f}! Ceci\u{a0}: cela\u{202f};").is_empty());
        assert_eq!(
            issues("fr", "Quoi ? Oui!"),
            [Issue::PlainSpaceBefore('?'), Issue::NoSpaceBefore('!')]
        );
        // Repeated marks: only the first needs the space.
        assert!(issues("fr", "Quoi\u{a0}?!").is_empty());
        // Times, URLs, tags, ratios are not prose.
        assert!(
            issues(
                "fr",
                "à 10:30, voir https://x.org/a?b=c et <a href=\"x\">ici</a>"
            )
            .is_empty()
        );
        assert!(issues("fr", "/help &lt;commande&gt; et &#160;").is_empty());
        // A placeable before the mark is text.
        assert_eq!(
            issues("fr", "Nom\u{a0}: \u{fffc}:"),
            [Issue::NoSpaceBefore(':')]
        );
        // Not French: no spacing rule.
        assert!(issues("de", "Was? Ja: gut!").is_empty());
    }

    #[test]
    fn quebec_needs_the_space_before_colon_only() {
        assert!(issues("fr-CA", "Quoi? Oui! Note\u{a0}:").is_empty());
        assert_eq!(
            issues("fr-CA", "Quoi ? Note:"),
            [Issue::PlainSpaceBefore('?'), Issue::NoSpaceBefore(':')]
        );
        let strict = Rules::for_locale(
            &LangTag::parse("fr-CA").unwrap(),
            TypographyOptions {
                french_spacing: Some(FrenchSpacing::Required),
                ..Default::default()
            },
        );
        assert_eq!(check(&run("Quoi?"), &strict).len(), 1);
    }

    #[test]
    fn guillemets_need_inner_no_break_spaces() {
        assert!(issues("fr", "«\u{a0}Oui\u{202f}»").is_empty());
        assert_eq!(
            issues("fr", "« Oui»"),
            [Issue::GuillemetSpace('«'), Issue::GuillemetSpace('»')]
        );
        // Italian uses « » without spaces.
        assert!(issues("it", "«Sì»").is_empty());
    }

    #[test]
    fn quotation_marks_follow_cldr() {
        assert!(issues("de", "„Ja“ und ‚ja‘").is_empty());
        assert_eq!(issues("de", "“Ja”"), [Issue::ForeignQuote('”')]);
        assert_eq!(
            issues("de", "\"Ja\""),
            [Issue::StraightQuote, Issue::StraightQuote]
        );
        assert!(issues("en", "“Yes” and ‘yes’").is_empty());
        assert_eq!(
            issues("fr", "“Oui”"),
            [Issue::ForeignQuote('“'), Issue::ForeignQuote('”')]
        );
        assert!(issues("pl", "„Tak”").is_empty());
        // 27" screen.
        assert!(issues("en", "a 27\" screen").is_empty());
        // Unknown quotation conventions: nothing checked.
        assert!(issues("ja", "\"x\" it's").is_empty());
    }

    #[test]
    fn straight_apostrophes() {
        assert_eq!(issues("fr", "l'enfant"), [Issue::StraightApostrophe]);
        assert!(issues("fr", "l’enfant").is_empty());
        assert!(issues("de", "1'000").is_empty());
        let any = Rules::for_locale(
            &LangTag::parse("it").unwrap(),
            TypographyOptions {
                apostrophe: Some(TypographyRule::Any),
                ..Default::default()
            },
        );
        assert!(check(&run("l'account"), &any).is_empty());
    }
}
