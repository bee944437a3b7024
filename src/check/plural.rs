//! Plural categories of select expressions, for the `plural-categories`
//! check.
//!
//! The categories of a language come from `intl_pluralrules`, the CLDR data
//! fluent-bundle selects with, so relais never asks for a category the
//! runtime cannot produce (compare-locales uses an older, hand-kept table).
//!
//! A select is a plural select when one of its keys, other than `other`,
//! is a CLDR category name (`zero one two few many`), or when its selector
//! is a `NUMBER()` call; `{ $gender -> [male] … *[other] … }` is not. Ordinal
//! selects (`NUMBER($n, type: "ordinal")`) are left alone. In a plural
//! select:
//! * the required categories are the language's categories except the one
//!   the default variant stands for, and each missing one is reported;
//!   `other` is never required of a select whose default is another
//!   category (`*[many]` in Ukrainian or Polish): the default is what
//!   `other` (fractions) gets, as translators on Pontoon write it;
//! * an identifier key that is not one of the language's categories (`few`
//!   in German, `male`) is reported as unknown;
//! * number keys (`[0]`) are exact matches and always fine.
//!
//! A select without a default variant is a syntax error (the parser
//! reports it).

use std::collections::BTreeSet;

use crate::fluent::pattern::SelectInfo;
use crate::lang::PLURAL_CATEGORY_NAMES;

/// What is wrong with one select.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PluralIssue {
    /// The selector's source (`$count`).
    pub selector: String,
    /// Required categories with no variant, in CLDR order.
    pub missing: Vec<&'static str>,
    /// Keys that are not categories of the language.
    pub unknown: Vec<String>,
}

/// Whether a select chooses by plural category.
pub fn is_plural(select: &SelectInfo) -> bool {
    if select.selector.contains("type: \"ordinal\"") {
        return false;
    }
    select.selector.starts_with("NUMBER(")
        || select
            .keys
            .iter()
            .filter(|k| !select.numeric_keys.contains(k))
            .any(|k| k != "other" && PLURAL_CATEGORY_NAMES.contains(&k.as_str()))
}

/// Checks the selects of a pattern against a language's categories.
pub fn check(selects: &[SelectInfo], categories: &BTreeSet<&'static str>) -> Vec<PluralIssue> {
    let mut out = Vec::new();
    for s in selects.iter().filter(|s| is_plural(s)) {
        let named: Vec<&String> = s
            .keys
            .iter()
            .filter(|k| !s.numeric_keys.contains(k))
            .collect();
        let missing: Vec<&'static str> = PLURAL_CATEGORY_NAMES
            .iter()
            .copied()
            .filter(|c| categories.contains(c))
            .filter(|c| s.default.as_deref() != Some(*c))
            .filter(|c| *c != "other" || s.default.is_none())
            .filter(|c| !named.iter().any(|k| k.as_str() == *c))
            .collect();
        let mut unknown: Vec<String> = Vec::new();
        for k in named {
            if !categories.contains(k.as_str()) && !unknown.contains(k) {
                unknown.push(k.clone());
            }
        }
        if !missing.is_empty() || !unknown.is_empty() {
            out.push(PluralIssue {
                selector: s.selector.clone(),
                missing,
                unknown,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{LangTag, plural_categories};

    fn select(selector: &str, keys: &[&str], default: &str) -> SelectInfo {
        SelectInfo {
            selector: selector.into(),
            keys: keys.iter().map(std::string::ToString::to_string).collect(),
            numeric_keys: keys
                .iter()
                .filter(|k| k.parse::<f64>().is_ok())
                .map(std::string::ToString::to_string)
                .collect(),
            default: Some(default.into()),
        }
    }

    fn cats(l: &str) -> BTreeSet<&'static str> {
        plural_categories(&LangTag::parse(l).unwrap())
    }

    #[test]
    fn polish_needs_few_and_many() {
        let s = select("$n", &["one", "other"], "other");
        let issues = check(&[s], &cats("pl"));
        assert_eq!(issues[0].missing, ["few", "many"]);
        assert!(issues[0].unknown.is_empty());
        let full = select("$n", &["one", "few", "many", "other"], "other");
        assert!(check(&[full], &cats("pl")).is_empty());
    }

    #[test]
    fn the_default_variant_covers_its_own_category_and_other() {
        // Ukrainian and Polish with *[many]: the default serves `other`.
        let s = select("$n", &["one", "few", "many"], "many");
        assert!(check(&[s], &cats("uk")).is_empty());
        let s = select("$n", &["one", "few", "many"], "many");
        assert!(check(&[s], &cats("pl")).is_empty());
        // ... but not the other categories.
        let s = select("$n", &["one", "many"], "many");
        assert_eq!(check(&[s], &cats("uk"))[0].missing, ["few"]);
        // German: `one` and the default `other`.
        let s = select("$n", &["one", "other"], "other");
        assert!(check(&[s], &cats("de")).is_empty());
    }

    #[test]
    fn unknown_categories_are_flagged() {
        let s = select("$n", &["one", "few", "other"], "other");
        let issues = check(&[s], &cats("de"));
        assert_eq!(issues[0].unknown, ["few"]);
        assert!(issues[0].missing.is_empty());
    }

    #[test]
    fn non_plural_and_ordinal_selects_are_left_alone() {
        let gender = select("$gender", &["male", "female", "other"], "other");
        assert!(!is_plural(&gender));
        let exact = select("$n", &["0", "other"], "other");
        assert!(!is_plural(&exact));
        let ordinal = select("NUMBER($n, type: \"ordinal\")", &["one", "other"], "other");
        assert!(!is_plural(&ordinal));
        // A NUMBER() selector is plural even with only `other`.
        let number = select("NUMBER($n)", &["other"], "other");
        assert!(is_plural(&number));
        assert_eq!(check(&[number], &cats("en"))[0].missing, ["one"]);
        // Number keys are exact matches, never unknown.
        let mixed = select("$n", &["0", "one", "other"], "other");
        assert!(check(&[mixed], &cats("en")).is_empty());
    }
}
