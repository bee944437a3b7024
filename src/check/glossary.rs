//! Where terminology findings plug into `relais check`.
//!
//! The glossary module implements [`TermChecker`]; the runner calls it once
//! per message value or attribute with the source and target texts (one
//! per select variant combination, placeables as protected codes) and maps
//! the findings it returns to files, lines and columns. The checker decides
//! which findings to make (`glossary-forbidden`, `glossary-deprecated`,
//! `glossary-missing-term`, `glossary-dnt-changed`) and may lower an
//! entry's default severity (unreviewed forbidden entries are warnings);
//! `relais.toml` severities and suppressions apply on top, as for every
//! check.
//!
//! [`TermChecker::protected_spans`] lets the `untranslated` check accept a
//! translation identical to its source when all its words are
//! do-not-translate terms.

use std::ops::Range;

use crate::lang::LangTag;
use crate::model::Segment;
use crate::model::Severity;

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
