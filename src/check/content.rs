//! What a translation says, compared with its source: `empty-translation`,
//! `untranslated`, `number-mismatch`, and the terminology findings of a
//! [`TermChecker`].
//!
//! Each value and attribute is compared with the source's, over every text
//! its select expressions can produce.
//!
//! * `empty-translation`: the translation produces only empty text (or
//!   blanks) where the source produces text.
//! * `untranslated`: the translation is identical to the source, and the
//!   source has words to translate: a run of two or more letters, not all
//!   capitals, outside placeables, markup, URLs and do-not-translate terms
//!   (as the glossary marks them). `OFMIN`, `{ $n } %` or `<b>PDF</b>` are
//!   fine identical. Terms (`-brand`), which hold brand and product names,
//!   and access and command keys (ids or attributes containing `key`,
//!   compare-locales' convention) are never reported.
//! * `number-mismatch`: a number or percentage of the source that no number
//!   of the translation matches, allowing for the locale's way of writing it
//!   (see [`crate::check::numbers`]). Whole numbers up to ten may be
//!   written out in words, so they are only reported when the translation
//!   has a number the source lacks. Markup, digits inside names (`MP3`),
//!   `style` attributes (CSS) and access keys are left out.

use crate::check::emit::Emitter;
use crate::check::ids;
use crate::check::message::{EntryInfo, PatternInfo, find_in_region};
use crate::check::numbers::{missing, numbers};
use crate::check::settings::LocaleRules;
use crate::fluent::FtlResource;
use crate::glossary::{TermChecker, TermUnit};
use crate::model::CODE_MARK;
use crate::model::{Finding, Span};
use crate::t;

/// The pair being compared.
pub struct PairCtx<'a> {
    /// Source locale.
    pub source: &'a LocaleRules,
    /// Target locale.
    pub target: &'a LocaleRules,
    /// The translation's file.
    pub res: &'a FtlResource,
    /// Terminology, when a glossary is configured.
    pub glossary: Option<&'a dyn TermChecker>,
}

/// Compares the content of a translated message with its source.
pub fn compare(s: &EntryInfo, t: &EntryInfo, ctx: &PairCtx<'_>, em: &mut Emitter<'_>) {
    let mut pairs: Vec<(&PatternInfo, &PatternInfo)> = Vec::new();
    if let (Some(sv), Some(tv)) = (&s.value, &t.value) {
        pairs.push((sv, tv));
    }
    for sa in &s.attributes {
        if let Some(ta) = t.attribute(sa.attribute.as_deref().unwrap_or_default())
            && !pairs.iter().any(|(_, x)| std::ptr::eq(*x, ta))
        {
            pairs.push((sa, ta));
        }
    }
    for (sp, tp) in pairs {
        compare_pattern(&t.key, sp, tp, ctx, em);
    }
}

fn name(id: &str, p: &PatternInfo) -> String {
    match &p.attribute {
        Some(a) => format!("{id}.{a}"),
        None => id.to_string(),
    }
}

fn is_blank(p: &PatternInfo) -> bool {
    p.plain_texts().iter().all(|t| t.trim().is_empty())
}

fn is_key(id: &str, p: &PatternInfo) -> bool {
    let has_key = |s: &str| s.contains("key") || s.contains("Key");
    has_key(id) || p.attribute.as_deref().is_some_and(has_key)
}

/// An `accesskey` attribute (any case).
fn is_access_key(p: &PatternInfo) -> bool {
    p.attribute
        .as_deref()
        .is_some_and(|a| a.to_ascii_lowercase().ends_with("accesskey"))
}

fn compare_pattern(
    id: &str,
    s: &PatternInfo,
    t: &PatternInfo,
    ctx: &PairCtx<'_>,
    em: &mut Emitter<'_>,
) {
    let label = name(id, t);
    let with_attr = |f: &mut Finding| f.attribute = t.attribute.clone();
    let source_texts = s.plain_texts();
    let target_texts = t.plain_texts();
    // An empty access key (`{ "" }`) is how a locale says it has none.
    if is_blank(t) && !is_blank(s) && !is_access_key(t) {
        let f = em.emit(
            ids::EMPTY_TRANSLATION,
            Some(t.offset),
            Some(id),
            t!("check-empty", "id" => label.clone()),
        );
        with_attr(f);
    } else if source_texts == target_texts
        && !id.starts_with('-')
        && !is_key(id, t)
        && source_texts
            .iter()
            .any(|text| has_words(text, &protected(ctx.glossary, &ctx.source.tag, text)))
    {
        let f = em.emit(
            ids::UNTRANSLATED,
            Some(t.offset),
            Some(id),
            t!("check-untranslated", "id" => label.clone()),
        );
        with_attr(f);
    }
    // CSS in `style` attributes is tuned per language; access keys are
    // single characters.
    let numeric = !is_key(id, t) && t.attribute.as_deref() != Some("style");
    let source_numbers: Vec<_> = source_texts.iter().flat_map(|x| numbers(x)).collect();
    if numeric && !source_numbers.is_empty() {
        let target_numbers: Vec<_> = target_texts.iter().flat_map(|x| numbers(x)).collect();
        for n in missing(&source_numbers, &target_numbers) {
            let f = em.emit(
                ids::NUMBER_MISMATCH,
                Some(t.offset),
                Some(id),
                t!("check-number-missing", "id" => label.clone(), "number" => n.text.clone()),
            );
            with_attr(f);
        }
    }
    if let Some(g) = ctx.glossary {
        let unit = TermUnit {
            source_locale: &ctx.source.tag,
            target_locale: &ctx.target.tag,
            message_id: id,
            attribute: t.attribute.as_deref(),
            source: Some(&s.variants),
            target: &t.variants,
        };
        terms(g, &unit, t, ctx.res, em);
    }
}

/// Glossary findings of one pattern, placed in the file.
pub fn terms(
    checker: &dyn TermChecker,
    unit: &TermUnit<'_>,
    p: &PatternInfo,
    res: &FtlResource,
    em: &mut Emitter<'_>,
) {
    for g in checker.check(unit) {
        let text = unit
            .target
            .get(g.variant)
            .map(super::super::model::segment::Segment::matching_text)
            .unwrap_or_default();
        let found = g
            .span
            .as_ref()
            .and_then(|r| text.get(r.clone()))
            .filter(|s| !s.is_empty() && !s.contains(CODE_MARK))
            .and_then(|s| find_in_region(&res.text, p.region.clone(), s));
        let f = em.emit_with_default(
            g.check,
            Some(found.unwrap_or(p.offset)),
            Some(unit.message_id),
            g.message,
            g.severity,
        );
        f.attribute = p.attribute.clone();
        f.width = if found.is_some() {
            g.span
                .as_ref()
                .map_or(1, |r| text[r.clone()].chars().count())
        } else {
            1
        };
        f.concept = Some(g.concept);
        f.term = Some(g.term);
        f.span = g.span.map(|r| Span {
            start: r.start,
            end: r.end,
        });
        f.reason = g.reason;
        f.expected = Some(g.expected);
    }
}

fn protected(
    glossary: Option<&dyn TermChecker>,
    tag: &crate::lang::LangTag,
    text: &str,
) -> Vec<std::ops::Range<usize>> {
    glossary
        .map(|g| g.protected_spans(tag, text))
        .unwrap_or_default()
}

/// Whether a text has a word to translate outside `protected` ranges,
/// markup and URLs.
pub fn has_words(text: &str, protected: &[std::ops::Range<usize>]) -> bool {
    let mut in_tag = false;
    let mut word = String::new();
    let mut skip_until_space = false;
    let flush = |w: &mut String| {
        let letters = w.chars().count();
        let translatable = letters >= 2 && w.chars().any(char::is_lowercase);
        w.clear();
        translatable
    };
    for (i, c) in text.char_indices() {
        if protected.iter().any(|r| r.contains(&i)) {
            if flush(&mut word) {
                return true;
            }
            continue;
        }
        if in_tag {
            in_tag = c != '>';
            continue;
        }
        if skip_until_space {
            skip_until_space = !c.is_whitespace();
            continue;
        }
        if c == '<' {
            if flush(&mut word) {
                return true;
            }
            in_tag = true;
            continue;
        }
        if c.is_alphabetic() {
            word.push(c);
            continue;
        }
        if c == ':' && text[i..].starts_with("://") || c == '.' && word == "www" {
            // A URL: its words are not prose.
            word.clear();
            skip_until_space = true;
            continue;
        }
        if flush(&mut word) {
            return true;
        }
    }
    flush(&mut word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_to_translate() {
        assert!(has_words("Rapport alarmant", &[]));
        assert!(!has_words("OFMIN (DNPJ) 40 %", &[]));
        assert!(!has_words("\u{fffc} – \u{fffc}", &[]));
        assert!(!has_words("<b>PDF</b> https://example.org/page", &[]));
        assert!(has_words("<b>Lire</b>", &[]));
        let whole = 0.."Fondation pour l’Enfance".len();
        assert!(!has_words(
            "Fondation pour l’Enfance",
            std::slice::from_ref(&whole)
        ));
        let name = 3.."la Fondation pour l’Enfance".len();
        assert!(has_words(
            "la Fondation pour l’Enfance",
            std::slice::from_ref(&name)
        ));
    }
}
