//! The checks `relais check` knows: stable ids and default severities.
//!
//! Ids are part of relais's interface (configuration keys, suppressions,
//! JSON, SARIF rule ids): they are never renamed or translated.
//!
//! Default severities follow compare-locales where it has an opinion:
//! missing and obsolete strings and files are not errors there (a missing
//! message falls back to the source at run time, an obsolete one is never
//! shown), while a missing or extra value or attribute is. Missing content
//! is a `warning` (it reaches readers in the wrong language; `--deny
//! warnings` fails on it), obsolete content an `info`.

use crate::model::Severity;

/// A check: its id and default severity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CheckInfo {
    /// Stable id.
    pub id: &'static str,
    /// Severity unless `relais.toml` says otherwise.
    pub default: Severity,
}

macro_rules! checks {
    ($($konst:ident = $id:literal => $sev:ident),+ $(,)?) => {
        $(
            #[doc = concat!("`", $id, "`")]
            pub const $konst: &str = $id;
        )+
        /// Every check, in documentation order.
        pub const CHECKS: &[CheckInfo] = &[
            $(CheckInfo { id: $id, default: Severity::$sev }),+
        ];
    };
}

checks! {
    SYNTAX_ERROR = "syntax-error" => Error,
    DUPLICATE_ID = "duplicate-id" => Error,
    MISSING_FILE = "missing-file" => Warning,
    OBSOLETE_FILE = "obsolete-file" => Info,
    MISSING_MESSAGE = "missing-message" => Warning,
    OBSOLETE_MESSAGE = "obsolete-message" => Info,
    MISSING_ATTRIBUTE = "missing-attribute" => Error,
    OBSOLETE_ATTRIBUTE = "obsolete-attribute" => Error,
    MISSING_VALUE = "missing-value" => Error,
    OBSOLETE_VALUE = "obsolete-value" => Error,
    VARIABLE_MISMATCH = "variable-mismatch" => Error,
    TERM_MISMATCH = "term-mismatch" => Warning,
    PLURAL_CATEGORIES = "plural-categories" => Warning,
    EMPTY_TRANSLATION = "empty-translation" => Error,
    UNTRANSLATED = "untranslated" => Warning,
    NUMBER_MISMATCH = "number-mismatch" => Error,
    TYPOGRAPHY = "typography" => Warning,
    GLOSSARY_FORBIDDEN = "glossary-forbidden" => Error,
    GLOSSARY_DEPRECATED = "glossary-deprecated" => Warning,
    GLOSSARY_MISSING_TERM = "glossary-missing-term" => Warning,
    GLOSSARY_DNT_CHANGED = "glossary-dnt-changed" => Error,
    SUPPRESSION_WITHOUT_REASON = "suppression-without-reason" => Warning,
    UNUSED_SUPPRESSION = "unused-suppression" => Warning,
}

/// The check with this id.
pub fn info(id: &str) -> Option<&'static CheckInfo> {
    CHECKS.iter().find(|c| c.id == id)
}

/// Checks about suppressions themselves, which no suppression silences.
pub fn is_meta(id: &str) -> bool {
    id == SUPPRESSION_WITHOUT_REASON || id == UNUSED_SUPPRESSION
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_kebab_case() {
        let mut seen = std::collections::BTreeSet::new();
        for c in CHECKS {
            assert!(seen.insert(c.id), "duplicate id {}", c.id);
            assert!(
                c.id.chars().all(|ch| ch.is_ascii_lowercase() || ch == '-'),
                "{}",
                c.id
            );
            assert_ne!(c.default, Severity::Off);
        }
        assert_eq!(info("typography").unwrap().default, Severity::Warning);
        assert!(info("nope").is_none());
    }
}
