//! Language tags: parsing, canonical matching keys, negotiation and plural
//! categories.
//!
//! Real files spell languages in every way (`EN-gb`, `en_GB`, `eng`, `fre`,
//! `PL-01`, `cmn-Hans`). relais keeps each tag *as written* (so an export
//! gives back what was imported) and compares tags on a canonical key:
//! BCP 47 canonical case, `_` read as `-`, and ISO 639-2/T, 639-2/B and
//! 639-3 codes mapped to their ISO 639-1 form where one exists (`fra`,
//! `fre` → `fr`). A tag that is not valid BCP 47 (such as DGT-TM's `PL-01`)
//! is still accepted from files: its first subtag is used as the language.

use std::collections::BTreeSet;
use std::fmt;
use std::str::FromStr;
use std::sync::{Mutex, OnceLock};

use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

use crate::error::{Error, Result};

/// A language tag as written, with its canonical matching key.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LangTag {
    canonical: String,
}

/// ISO 639-2/B codes that differ from their 639-2/T form.
const ISO639_2B_TO_T: &[(&str, &str)] = &[
    ("alb", "sqi"),
    ("arm", "hye"),
    ("baq", "eus"),
    ("bur", "mya"),
    ("chi", "zho"),
    ("cze", "ces"),
    ("dut", "nld"),
    ("fre", "fra"),
    ("geo", "kat"),
    ("ger", "deu"),
    ("gre", "ell"),
    ("ice", "isl"),
    ("mac", "mkd"),
    ("mao", "mri"),
    ("may", "msa"),
    ("per", "fas"),
    ("rum", "ron"),
    ("slo", "slk"),
    ("tib", "bod"),
    ("wel", "cym"),
];

/// Maps a primary language subtag to its shortest ISO 639 form.
fn shortest_language_code(language: &str) -> String {
    let lower = language.to_ascii_lowercase();
    if lower.len() != 3 {
        return lower;
    }
    let t_code = ISO639_2B_TO_T
        .iter()
        .find(|(b, _)| *b == lower)
        .map_or(lower.as_str(), |(_, t)| *t);
    isolang::Language::from_639_3(t_code)
        .and_then(|l| l.to_639_1())
        .map(str::to_string)
        .unwrap_or(lower)
}

impl LangTag {
    /// Parses a tag strictly: it must be a well-formed BCP 47 language tag
    /// (any case, `_` accepted as separator). Used for command-line
    /// arguments, where a typo should be an error.
    pub fn parse(tag: &str) -> Result<Self> {
        let cleaned = tag.trim().replace('_', "-");
        if cleaned.is_empty() {
            return Err(Error::Language {
                tag: tag.to_string(),
                reason: "empty tag".into(),
            });
        }
        let id = LanguageIdentifier::from_str(&cleaned).map_err(|e| Error::Language {
            tag: tag.to_string(),
            reason: e.to_string(),
        })?;
        Ok(Self::from_langid(&id))
    }

    /// Parses a tag found in a file: never fails. Tags that are not valid
    /// BCP 47 keep their lowercased form, with the first subtag as the
    /// language.
    pub fn lenient(tag: &str) -> Self {
        Self::parse(tag).unwrap_or_else(|_| {
            let cleaned = tag.trim().replace('_', "-").to_ascii_lowercase();
            let mut parts = cleaned.splitn(2, '-');
            let lang = shortest_language_code(parts.next().unwrap_or(""));
            let canonical = match parts.next() {
                Some(rest) => format!("{lang}-{rest}"),
                None => lang,
            };
            LangTag { canonical }
        })
    }

    fn from_langid(id: &LanguageIdentifier) -> Self {
        let mut canonical = shortest_language_code(id.language.as_str());
        if let Some(script) = id.script {
            canonical.push('-');
            canonical.push_str(script.as_str());
        }
        if let Some(region) = id.region {
            canonical.push('-');
            canonical.push_str(region.as_str());
        }
        for variant in id.variants() {
            canonical.push('-');
            canonical.push_str(variant.as_str());
        }
        LangTag { canonical }
    }

    /// The canonical form (`en-GB`, `fr`, `zh-Hans`).
    pub fn as_str(&self) -> &str {
        &self.canonical
    }

    /// The primary language subtag (`en` for `en-GB`), the key variants
    /// are indexed under.
    pub fn language(&self) -> &str {
        self.canonical.split('-').next().unwrap_or("")
    }

    /// The region subtag, if any.
    pub fn region(&self) -> Option<&str> {
        self.canonical.split('-').skip(1).find(|s| {
            s.len() == 2 && s.chars().all(|c| c.is_ascii_uppercase())
                || s.len() == 3 && s.chars().all(|c| c.is_ascii_digit())
        })
    }

    /// True when `other` is the same language (`fr` matches `fr-BE`).
    pub fn same_language(&self, other: &LangTag) -> bool {
        self.language() == other.language()
    }

    /// How well a stored variant's tag fits this query tag: 2 for the same
    /// canonical tag, 1 for the same language, 0 otherwise. A query that
    /// names a region ranks variants of that region first.
    pub fn fit(&self, stored: &LangTag) -> u8 {
        if self.canonical == stored.canonical {
            2
        } else if self.same_language(stored) {
            1
        } else {
            0
        }
    }

    /// The tag as a `unic_langid` identifier, when it is valid BCP 47.
    pub fn langid(&self) -> Option<LanguageIdentifier> {
        LanguageIdentifier::from_str(&self.canonical).ok()
    }
}

impl fmt::Display for LangTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.canonical)
    }
}

impl FromStr for LangTag {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        LangTag::parse(s)
    }
}

/// A clap value parser for language arguments.
pub fn parse_lang_arg(s: &str) -> std::result::Result<LangTag, String> {
    LangTag::parse(s).map_err(|e| e.to_string())
}

/// The CLDR plural category names, in CLDR order.
pub const PLURAL_CATEGORY_NAMES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

fn category_name(category: &PluralCategory) -> &'static str {
    match category {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

/// The cardinal plural categories a language uses, from the CLDR data
/// that fluent-bundle itself selects with (`intl_pluralrules`), so a check
/// never asks for a category the runtime cannot produce. Unknown languages
/// fall back to English rules, as fluent-bundle does.
pub fn plural_categories(tag: &LangTag) -> BTreeSet<&'static str> {
    static CACHE: OnceLock<Mutex<std::collections::HashMap<String, BTreeSet<&'static str>>>> =
        OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    if let Some(found) = cache.lock().ok().and_then(|c| c.get(tag.as_str()).cloned()) {
        return found;
    }
    let rules = plural_rules_for(tag);
    let mut seen = BTreeSet::new();
    // CLDR rules depend on the integer value and on the visible fraction
    // digits; these samples reach every category of every CLDR 37 rule set.
    let mut samples: Vec<String> = (0..=1200).map(|n| n.to_string()).collect();
    for n in [10_000u64, 100_000, 1_000_000, 10_000_000, 100_000_000] {
        samples.push(n.to_string());
    }
    for int in 0..=25 {
        for frac in [
            "0", "1", "2", "3", "5", "7", "00", "01", "10", "25", "50", "000", "001", "100",
        ] {
            samples.push(format!("{int}.{frac}"));
        }
    }
    for sample in &samples {
        if let Ok(category) = rules.select(sample.as_str()) {
            seen.insert(category_name(&category));
        }
    }
    if let Ok(mut c) = cache.lock() {
        c.insert(tag.as_str().to_string(), seen.clone());
    }
    seen
}

/// Up to `limit` whole numbers (from 0 to a million) that select
/// `category` in the language, smallest first: what a translator needs to
/// know which form a plural variant is for (`few` in Polish: 2, 3, 4, 22,
/// 23). Empty when no whole number selects it (a category reached by
/// decimals only, or one the language does not have).
pub fn plural_examples(tag: &LangTag, category: &str, limit: usize) -> Vec<u64> {
    let rules = plural_rules_for(tag);
    (0u64..=200)
        .chain([1000, 10_000, 100_000, 1_000_000])
        .filter(|n| {
            rules
                .select(*n)
                .is_ok_and(|c| category_name(&c) == category)
        })
        .take(limit)
        .collect()
}

/// The plural category a number (as Fluent writes it: `1`, `2.5`)
/// selects in the language; `None` when it is not a number.
pub fn plural_category(tag: &LangTag, number: &str) -> Option<&'static str> {
    plural_rules_for(tag)
        .select(number.trim())
        .ok()
        .map(|c| category_name(&c))
}

fn plural_rules_for(tag: &LangTag) -> PluralRules {
    let available = PluralRules::get_locales(PluralRuleType::CARDINAL);
    let requested: Vec<LanguageIdentifier> = tag.langid().into_iter().collect();
    let default: LanguageIdentifier = "en".parse().expect("valid tag");
    let chosen = fluent_langneg::negotiate_languages(
        &requested,
        &available,
        Some(&default),
        fluent_langneg::NegotiationStrategy::Lookup,
    );
    let id = chosen.first().map(|l| (*l).clone()).unwrap_or(default);
    PluralRules::create(id, PluralRuleType::CARDINAL).expect("negotiated locale has rules")
}

/// Chooses, among `available` locales, the best ones for the user's
/// `requested` preferences (fluent-langneg filtering), with `default` last.
pub fn negotiate<'a>(
    requested: &[LanguageIdentifier],
    available: &'a [LanguageIdentifier],
    default: &'a LanguageIdentifier,
) -> Vec<&'a LanguageIdentifier> {
    fluent_langneg::negotiate_languages(
        requested,
        available,
        Some(default),
        fluent_langneg::NegotiationStrategy::Filtering,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonicalises_case_and_separators() {
        assert_eq!(LangTag::parse("EN-gb").unwrap().as_str(), "en-GB");
        assert_eq!(LangTag::parse("en_GB").unwrap().as_str(), "en-GB");
        assert_eq!(LangTag::parse("FR_fr").unwrap().as_str(), "fr-FR");
        assert_eq!(LangTag::parse("zh_hans_cn").unwrap().as_str(), "zh-Hans-CN");
    }

    #[test]
    fn three_letter_codes_map_to_two_letter_forms() {
        assert_eq!(LangTag::parse("eng").unwrap().as_str(), "en");
        assert_eq!(LangTag::parse("fra").unwrap().as_str(), "fr");
        assert_eq!(LangTag::parse("fre").unwrap().as_str(), "fr");
        assert_eq!(LangTag::parse("ger").unwrap().as_str(), "de");
        assert_eq!(LangTag::parse("deu").unwrap().as_str(), "de");
        assert_eq!(LangTag::parse("pol").unwrap().as_str(), "pl");
        // No ISO 639-1 form: kept.
        assert_eq!(LangTag::parse("cmn-Hans").unwrap().as_str(), "cmn-Hans");
        assert_eq!(LangTag::parse("yue").unwrap().as_str(), "yue");
    }

    #[test]
    fn lenient_parsing_keeps_odd_tags() {
        assert_eq!(LangTag::lenient("PL-01").language(), "pl");
        assert_eq!(LangTag::lenient("DA-01").as_str(), "da-01");
        assert_eq!(LangTag::lenient("eN-uS").as_str(), "en-US");
    }

    #[test]
    fn strict_parsing_rejects_garbage() {
        assert!(LangTag::parse("not a tag").is_err());
        assert!(LangTag::parse("").is_err());
    }

    #[test]
    fn region_fit_ranks_exact_region_first() {
        let query = LangTag::parse("fr-BE").unwrap();
        assert_eq!(query.fit(&LangTag::parse("fr-BE").unwrap()), 2);
        assert_eq!(query.fit(&LangTag::parse("fr").unwrap()), 1);
        assert_eq!(query.fit(&LangTag::parse("fra").unwrap()), 1);
        assert_eq!(query.fit(&LangTag::parse("de").unwrap()), 0);
        assert_eq!(LangTag::parse("en-GB").unwrap().region(), Some("GB"));
        assert_eq!(LangTag::parse("en").unwrap().region(), None);
    }

    #[test]
    fn plural_categories_follow_cldr() {
        let cats = |t: &str| plural_categories(&LangTag::parse(t).unwrap());
        assert_eq!(cats("en"), BTreeSet::from(["one", "other"]));
        assert_eq!(cats("pl"), BTreeSet::from(["one", "few", "many", "other"]));
        assert_eq!(
            cats("cy"),
            BTreeSet::from(["zero", "one", "two", "few", "many", "other"])
        );
        assert_eq!(cats("ja"), BTreeSet::from(["other"]));
        assert!(cats("fr").contains("one"));
        // Unknown language: English rules, as fluent-bundle.
        assert_eq!(cats("tlh"), BTreeSet::from(["one", "other"]));
    }

    #[test]
    fn plural_examples_show_which_numbers_a_form_is_for() {
        let pl = LangTag::parse("pl").unwrap();
        assert_eq!(plural_examples(&pl, "few", 5), [2, 3, 4, 22, 23]);
        assert_eq!(plural_examples(&pl, "one", 5), [1]);
        assert_eq!(plural_examples(&pl, "many", 5), [0, 5, 6, 7, 8]);
        let fr = LangTag::parse("fr").unwrap();
        assert_eq!(plural_examples(&fr, "one", 3), [0, 1]);
        let ja = LangTag::parse("ja").unwrap();
        assert!(plural_examples(&ja, "one", 3).is_empty());
        assert_eq!(plural_category(&pl, "22"), Some("few"));
        assert_eq!(plural_category(&pl, "1.5"), Some("other"));
        assert_eq!(plural_category(&pl, "many"), None);
    }

    /// Numbers and the CLDR plural category they select, per language.
    const PLURAL_CASES: [(&str, &[(&str, &str)]); 24] = [
        ("bg", &[("1", "one"), ("0", "other"), ("2", "other")]),
        (
            "cs",
            &[
                ("1", "one"),
                ("2", "few"),
                ("4", "few"),
                ("5", "other"),
                ("1.5", "many"),
            ],
        ),
        (
            "da",
            &[("1", "one"), ("0", "other"), ("2", "other"), ("0.5", "one")],
        ),
        ("de", &[("1", "one"), ("0", "other"), ("2", "other")]),
        ("el", &[("1", "one"), ("2", "other")]),
        (
            "en",
            &[
                ("1", "one"),
                ("0", "other"),
                ("2", "other"),
                ("1.0", "other"),
            ],
        ),
        ("es", &[("1", "one"), ("0", "other"), ("2", "other")]),
        ("et", &[("1", "one"), ("2", "other")]),
        ("fi", &[("1", "one"), ("2", "other")]),
        (
            "fr",
            &[("0", "one"), ("1", "one"), ("1.5", "one"), ("2", "other")],
        ),
        (
            "ga",
            &[
                ("1", "one"),
                ("2", "two"),
                ("3", "few"),
                ("6", "few"),
                ("7", "many"),
                ("10", "many"),
                ("11", "other"),
            ],
        ),
        (
            "hr",
            &[
                ("1", "one"),
                ("21", "one"),
                ("2", "few"),
                ("24", "few"),
                ("5", "other"),
                ("11", "other"),
                ("12", "other"),
            ],
        ),
        ("hu", &[("1", "one"), ("2", "other")]),
        ("it", &[("1", "one"), ("0", "other"), ("2", "other")]),
        (
            "lt",
            &[
                ("1", "one"),
                ("21", "one"),
                ("11", "other"),
                ("2", "few"),
                ("9", "few"),
                ("10", "other"),
                ("0.5", "many"),
            ],
        ),
        (
            "lv",
            &[
                ("0", "zero"),
                ("10", "zero"),
                ("11", "zero"),
                ("1", "one"),
                ("21", "one"),
                ("2", "other"),
            ],
        ),
        (
            "mt",
            &[
                ("1", "one"),
                ("0", "few"),
                ("3", "few"),
                ("10", "few"),
                ("11", "many"),
                ("19", "many"),
                ("20", "other"),
            ],
        ),
        ("nl", &[("1", "one"), ("2", "other")]),
        (
            "pl",
            &[
                ("1", "one"),
                ("2", "few"),
                ("22", "few"),
                ("5", "many"),
                ("12", "many"),
                ("1.5", "other"),
            ],
        ),
        ("pt", &[("0", "one"), ("1", "one"), ("2", "other")]),
        (
            "ro",
            &[
                ("1", "one"),
                ("0", "few"),
                ("2", "few"),
                ("19", "few"),
                ("101", "other"),
                ("20", "other"),
            ],
        ),
        (
            "sk",
            &[
                ("1", "one"),
                ("2", "few"),
                ("4", "few"),
                ("5", "other"),
                ("1.5", "many"),
            ],
        ),
        (
            "sl",
            &[
                ("1", "one"),
                ("101", "one"),
                ("2", "two"),
                ("3", "few"),
                ("4", "few"),
                ("5", "other"),
            ],
        ),
        ("sv", &[("1", "one"), ("2", "other")]),
    ];

    /// The CLDR plural categories of the 24 official EU languages, at the
    /// numbers where they differ: what `check`'s plural rules and the
    /// formatting of every locale rely on.
    #[test]
    fn plural_categories_of_the_24_official_eu_languages() {
        // Not asserted: Romanian 102–119, `few` in CLDR (`n % 100 = 2..19`),
        // which intl_pluralrules 7.0.2 selects as `other` (it tests the
        // integer, not its remainder); the categories a select needs are
        // the same.
        for (lang, numbers) in PLURAL_CASES {
            let tag = LangTag::parse(lang).unwrap();
            for (number, category) in numbers {
                assert_eq!(
                    plural_category(&tag, number),
                    Some(*category),
                    "{lang}: {number}"
                );
            }
        }
    }
}
