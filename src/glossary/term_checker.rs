//! The glossary as `relais check`'s source of terminology findings.
//!
//! [`TermChecker`] is what the check runner asks: it calls it once per
//! message value or attribute with the source and target texts (one per
//! select variant combination, placeables as protected codes) and maps the
//! findings it returns to files, lines and columns. The checker decides
//! which findings to make (`glossary-forbidden`, `glossary-deprecated`,
//! `glossary-missing-term`, `glossary-dnt-changed`) and may lower an
//! entry's default severity (unreviewed forbidden entries are warnings);
//! `relais.toml` severities and suppressions apply on top, as for every
//! check. [`TermChecker::protected_spans`] lets the `untranslated` check
//! accept a translation identical to its source when all its words are
//! do-not-translate terms.
//!
//! [`Glossary`] implements it: each select variant of a translation is
//! verified against the matching source variant (or the source's first one
//! when the variants differ in number). In the source file itself, only
//! forbidden terms are findings: a deprecated source term (the press
//! release's « contenus pédopornographiques ») is the author's wording,
//! which translations must not carry over, not an error of the source
//! file.

use std::ops::Range;

use crate::glossary::termbase::Glossary;
use crate::glossary::verify::{FORBIDDEN, Side};
use crate::lang::LangTag;
use crate::model::{Segment, Severity, Status};

/// One value or attribute to check.
#[derive(Debug, Clone, Copy)]
pub struct TermUnit<'a> {
    /// Source language.
    pub source_locale: &'a LangTag,
    /// Language of `target`.
    pub target_locale: &'a LangTag,
    /// Message id (`-id` for terms).
    pub message_id: &'a str,
    /// Attribute name, for an attribute.
    pub attribute: Option<&'a str>,
    /// The source texts; `None` when `target` is the source file itself
    /// (forbidden terms in the source are findings too).
    pub source: Option<&'a [Segment]>,
    /// The texts checked.
    pub target: &'a [Segment],
}

/// A terminology finding.
#[derive(Debug, Clone, PartialEq)]
pub struct TermFinding {
    /// One of the `glossary-*` check ids.
    pub check: &'static str,
    /// The entry's own default severity, when lower or higher than the
    /// check's (e.g. warning for an unreviewed forbidden term).
    pub severity: Option<Severity>,
    /// What is wrong, for people.
    pub message: String,
    /// The concept's id.
    pub concept: String,
    /// The term found (or expected, for a missing term).
    pub term: String,
    /// Which of `TermUnit::target` the span is in.
    pub variant: usize,
    /// Byte range in that variant's matching text
    /// ([`Segment::matching_text`]); `None` for a term that is missing.
    pub span: Option<Range<usize>>,
    /// Why the entry has its status.
    pub reason: Option<String>,
    /// The terms expected instead.
    pub expected: Vec<String>,
}

/// A source of terminology findings.
pub trait TermChecker: Send + Sync {
    /// Findings for one value or attribute.
    fn check(&self, unit: &TermUnit<'_>) -> Vec<TermFinding>;

    /// Byte ranges of `text` (a matching text) that are do-not-translate
    /// terms in `locale`.
    fn protected_spans(&self, locale: &LangTag, text: &str) -> Vec<Range<usize>> {
        let _ = (locale, text);
        Vec::new()
    }
}

impl TermChecker for Glossary {
    fn check(&self, unit: &TermUnit<'_>) -> Vec<TermFinding> {
        let mut out = Vec::new();
        for (variant, target) in unit.target.iter().enumerate() {
            let target_text = target.matching_text();
            let Some(sources) = unit.source else {
                // The source file: forbidden terms only.
                for hit in self.find(unit.target_locale, &target_text) {
                    if hit.status != Status::Forbidden {
                        continue;
                    }
                    let term = &self.terms()[hit.index];
                    out.push(TermFinding {
                        check: FORBIDDEN,
                        severity: None,
                        message: crate::t!(
                            "glossary-finding-forbidden",
                            "found" => hit.found.as_str(),
                            "locale" => unit.target_locale.as_str(),
                            "language" => crate::i18n::language_name(unit.target_locale.as_str()),
                            "concept" => hit.concept.as_str()
                        ),
                        concept: hit.concept.clone(),
                        term: hit.term.clone(),
                        variant,
                        span: Some(hit.span.start..hit.span.end),
                        reason: Some(term.note.clone()).filter(|n| !n.is_empty()),
                        expected: self.expected_terms(&hit.concept, unit.target_locale),
                    });
                }
                continue;
            };
            let source: &Segment = match sources.get(variant) {
                Some(s) if sources.len() == unit.target.len() => s,
                _ => match sources.first() {
                    Some(s) => s,
                    None => continue,
                },
            };
            let source_text = source.matching_text();
            for f in self.verify(
                unit.source_locale,
                unit.target_locale,
                &source_text,
                &target_text,
            ) {
                out.push(TermFinding {
                    check: f.check,
                    severity: Some(f.severity),
                    message: f.message,
                    concept: f.concept,
                    term: f.term,
                    variant,
                    span: (f.side == Side::Target).then_some(f.span.start..f.span.end),
                    reason: Some(f.reason).filter(|r| !r.is_empty()),
                    expected: f.expected,
                });
            }
        }
        out
    }

    fn protected_spans(&self, locale: &LangTag, text: &str) -> Vec<Range<usize>> {
        self.find(locale, text)
            .into_iter()
            .filter(|m| m.status == Status::DoNotTranslate)
            .map(|m| m.span.start..m.span.end)
            .collect()
    }
}
