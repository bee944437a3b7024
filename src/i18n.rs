//! The CLI's own messages, in Fluent.
//!
//! User-facing messages (summaries, errors, help texts) come from
//! `i18n/<lang>/relais-cli.ftl`, embedded in the binary at compile time so
//! the installed tool needs no files. The language is chosen from
//! `RELAIS_LANG`, then `LANGUAGE`, `LC_ALL`, `LC_MESSAGES` and `LANG`
//! (`C` and `POSIX` mean English), negotiated with fluent-langneg against
//! the embedded catalogs; English is the fallback, also for any message a
//! catalog lacks. JSON keys and check ids are never translated.

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// The embedded catalogs: (language, Fluent source).
pub const CATALOGS: &[(&str, &str)] = &[
    ("en", include_str!("../i18n/en/relais-cli.ftl")),
    ("fr", include_str!("../i18n/fr/relais-cli.ftl")),
    ("de", include_str!("../i18n/de/relais-cli.ftl")),
];

/// The source language of the CLI's messages.
pub const SOURCE: &str = "en";

struct Catalog {
    language: String,
    bundles: Vec<FluentBundle<FluentResource>>,
}

static CATALOG: OnceLock<Catalog> = OnceLock::new();

fn bundle(lang: &str, source: &str) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = lang.parse().expect("catalog language tags are valid");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Terminal output: no bidi isolation marks around placeables.
    bundle.set_use_isolating(false);
    let resource = match FluentResource::try_new(source.to_string()) {
        Ok(r) => r,
        // A broken catalog entry must not break the tool: its good
        // entries are kept, the rest falls back to English.
        Err((r, _)) => r,
    };
    let _ = bundle.add_resource(resource);
    bundle
}

/// Reads a POSIX locale name (`de_DE.UTF-8@euro`) as a language tag.
fn posix_to_tag(value: &str) -> Option<String> {
    let base = value.split(['.', '@']).next()?.trim();
    if base.is_empty() || base == "C" || base == "POSIX" {
        return None;
    }
    Some(base.replace('_', "-"))
}

/// The user's language preferences from the environment, best first.
pub fn preferences_from_env(get: impl Fn(&str) -> Option<String>) -> Vec<String> {
    let mut prefs = Vec::new();
    if let Some(v) = get("RELAIS_LANG").filter(|v| !v.is_empty()) {
        prefs.extend(v.split([':', ',']).filter_map(posix_to_tag));
        if prefs.is_empty() {
            // RELAIS_LANG=C: English, whatever else is set.
            return vec![SOURCE.to_string()];
        }
        return prefs;
    }
    // The first of LC_ALL, LC_MESSAGES, LANG that is set decides the
    // locale; GNU gettext lets LANGUAGE refine it unless that locale is C.
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|k| get(k).filter(|v| !v.is_empty()));
    if let Some(locale) = &locale
        && posix_to_tag(locale).is_none()
    {
        return vec![SOURCE.to_string()];
    }
    if let Some(language) = get("LANGUAGE").filter(|v| !v.is_empty()) {
        prefs.extend(language.split(':').filter_map(posix_to_tag));
    }
    if let Some(tag) = locale.as_deref().and_then(posix_to_tag) {
        prefs.push(tag);
    }
    prefs
}

/// Picks the catalog language for a list of preferences.
pub fn negotiate_language(prefs: &[String]) -> String {
    let requested: Vec<LanguageIdentifier> = prefs.iter().filter_map(|p| p.parse().ok()).collect();
    let available: Vec<LanguageIdentifier> = CATALOGS
        .iter()
        .map(|(l, _)| l.parse().expect("valid"))
        .collect();
    let default: LanguageIdentifier = SOURCE.parse().expect("valid");
    let chosen = crate::lang::negotiate(&requested, &available, &default);
    chosen
        .first()
        .map_or_else(|| SOURCE.to_string(), std::string::ToString::to_string)
}

fn make_catalog(language: &str) -> Catalog {
    let mut bundles = Vec::new();
    if let Some((_, src)) = CATALOGS.iter().find(|(l, _)| *l == language)
        && language != SOURCE
    {
        bundles.push(bundle(language, src));
    }
    bundles.push(bundle(SOURCE, CATALOGS[0].1));
    Catalog {
        language: language.to_string(),
        bundles,
    }
}

/// Chooses the language from the environment. Called once by the binary;
/// later calls have no effect.
pub fn init_from_env() {
    CATALOG.get_or_init(|| {
        let prefs = preferences_from_env(|k| std::env::var(k).ok());
        make_catalog(&negotiate_language(&prefs))
    });
}

fn catalog() -> &'static Catalog {
    CATALOG.get_or_init(|| make_catalog(SOURCE))
}

/// The language messages are shown in.
pub fn language() -> &'static str {
    &catalog().language
}

/// An argument value for [`tr`].
pub enum Arg<'a> {
    /// Text.
    Str(Cow<'a, str>),
    /// A number (selects plural forms).
    Num(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(Cow::Borrowed(s))
    }
}
impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Str(Cow::Owned(s))
    }
}
impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Str(Cow::Borrowed(s))
    }
}
macro_rules! arg_from_number {
    ($($t:ty => $to_f64:expr),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Num($to_f64(n))
            }
        }
    )*};
}
arg_from_number!(
    u8 => f64::from,
    u16 => f64::from,
    u32 => f64::from,
    i32 => f64::from,
    f64 => std::convert::identity,
    u64 => crate::num::f64_from_u64,
    usize => crate::num::f64_from_usize,
    i64 => crate::num::f64_from_i64
);

/// Formats message `id` with arguments in the user's language, falling
/// back to English, then to the id itself.
pub fn tr(id: &str, args: &[(&str, Arg<'_>)]) -> String {
    let mut fargs = FluentArgs::new();
    for (k, v) in args {
        match v {
            Arg::Str(s) => fargs.set(*k, FluentValue::from(s.to_string())),
            Arg::Num(n) => fargs.set(*k, FluentValue::from(*n)),
        }
    }
    for bundle in &catalog().bundles {
        if let Some(msg) = bundle.get_message(id)
            && let Some(pattern) = msg.value()
        {
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
            return text.into_owned();
        }
    }
    id.to_string()
}

/// The name of a language (`en`, `pt-PT`) in the user's language
/// ("anglais", "Portugiesisch"); the tag itself for a language the
/// catalogs do not name.
pub fn language_name(tag: &str) -> String {
    let code = tag
        .split(['-', '_'])
        .next()
        .unwrap_or(tag)
        .to_ascii_lowercase();
    tr("language-name", &[("code", Arg::from(code))])
}

/// Whether a message exists in the user's catalog or in English.
pub fn has_message(id: &str) -> bool {
    catalog().bundles.iter().any(|b| b.has_message(id))
}

/// Formats a message: `t!("id")` or `t!("id", "name" => value, …)`.
#[macro_export]
macro_rules! t {
    ($id:expr) => {
        $crate::i18n::tr($id, &[])
    };
    ($id:expr, $($k:literal => $v:expr),+ $(,)?) => {
        $crate::i18n::tr($id, &[$(($k, $crate::i18n::Arg::from($v))),+])
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn prefs(vars: &[(&str, &str)]) -> Vec<String> {
        let map: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        preferences_from_env(|k| map.get(k).cloned())
    }

    #[test]
    fn environment_order() {
        assert_eq!(prefs(&[("LANG", "de_DE.UTF-8")]), ["de-DE"]);
        assert_eq!(
            prefs(&[("LANG", "de_DE.UTF-8"), ("RELAIS_LANG", "fr")]),
            ["fr"]
        );
        assert_eq!(
            prefs(&[("LANG", "de_DE.UTF-8"), ("LC_ALL", "fr_FR.UTF-8")]),
            ["fr-FR"]
        );
        assert_eq!(prefs(&[("LANG", "C")]), ["en"]);
        assert_eq!(prefs(&[("LANG", "C.UTF-8"), ("LANGUAGE", "de")]), ["en"]);
        assert_eq!(
            prefs(&[("LANG", "fr_FR.UTF-8"), ("LANGUAGE", "de:fr")]),
            ["de", "fr", "fr-FR"]
        );
        assert!(prefs(&[]).is_empty());
    }

    #[test]
    fn negotiation_falls_back_to_english() {
        assert_eq!(negotiate_language(&["de-DE".into()]), "de");
        assert_eq!(negotiate_language(&["fr-CA".into()]), "fr");
        assert_eq!(negotiate_language(&["ja-JP".into()]), "en");
        assert_eq!(negotiate_language(&[]), "en");
    }

    #[test]
    fn every_catalog_parses_and_has_every_english_message() {
        let english = fluent_syntax::parser::parse(CATALOGS[0].1).expect("English catalog parses");
        let ids: Vec<String> = english
            .body
            .iter()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect();
        assert!(!ids.is_empty());
        for (lang, src) in CATALOGS {
            let res = fluent_syntax::parser::parse(*src)
                .unwrap_or_else(|_| panic!("{lang} catalog has syntax errors"));
            let theirs: Vec<String> = res
                .body
                .iter()
                .filter_map(|e| match e {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                    _ => None,
                })
                .collect();
            for id in &ids {
                assert!(theirs.contains(id), "{lang} catalog lacks {id}");
            }
        }
    }

    /// Wrong number forms after a count, per catalog language.
    struct WrongForms {
        en_plural: regex::Regex,
        en_singular: regex::Regex,
        fr_plural: regex::Regex,
        fr_singular: regex::Regex,
        de_plural: regex::Regex,
        de_singular: regex::Regex,
    }

    /// Words that may follow "1" in English (verbs, units) or 0 and 1 in
    /// French (prepositions) although they end in -s.
    const EN_AFTER_ONE: [&str; 11] = [
        "is",
        "was",
        "has",
        "does",
        "uses",
        "lacks",
        "gives",
        "appears",
        "references",
        "matches",
        "s",
    ];
    const FR_AFTER_ONE: [&str; 9] = [
        "sur", "dans", "pas", "plus", "sous", "sans", "s", "des", "les",
    ];

    /// Variables that hold counts: the summaries' counters (the others
    /// hold names, paths, ids).
    const COUNTERS: [&str; 45] = [
        "count",
        "units",
        "added",
        "merged",
        "skipped",
        "warnings",
        "failed",
        "total",
        "buckets",
        "salvaged",
        "lost",
        "imports",
        "messages",
        "unchanged",
        "changed",
        "removed",
        "exact",
        "fuzzy",
        "missing",
        "sentences",
        "review",
        "outdated",
        "published",
        "blocked",
        "pairs",
        "read",
        "concepts",
        "sources",
        "terms",
        "suppressed",
        "translated",
        "untranslated",
        "fluent",
        "matches",
        "glossary",
        "applied",
        "stale",
        "errors",
        "infos",
        "files",
        "entries",
        "notes",
        "percent",
        "required",
        "min",
    ];

    impl WrongForms {
        fn new() -> Self {
            let re = |p: &str| regex::Regex::new(p).expect("valid pattern");
            WrongForms {
                en_plural: re(r"(?:^|[^\d.,])1 (?:more )?([A-Za-z-]+s)\b"),
                en_singular: re(
                    r"\b[25] (?:more )?(unit|message|file|term|concept|source|sentence|warning|error|translation|locale|pair|match|entry|glossary error)\b",
                ),
                fr_plural: re(r"(?:^|[^\d.,])[01] (?:autres? )?([a-zàâçéèêëîïôûùœ’]+[sx])\b"),
                fr_singular: re(
                    r"\b[25] (?:autre )?(unité|message|fichier|terme|concept|source|phrase|avertissement|erreur|traduction|langue|paire|correspondance|entrée)\b",
                ),
                de_plural: re(
                    r"\b1 (?:weitere )?(Einheiten|Meldungen|Dateien|Sprachen|Benennungen|Begriffe|Quellen|Sätze|Paare|Sprachpaaren|Warnungen|Übersetzungen|Glossareinträge|Index-Buckets)\b",
                ),
                de_singular: re(
                    r"\b[25] (?:weitere )?(Einheit|Meldung|Datei|Sprache|Benennung|Quelle|Satz|Paar|Warnung|Übersetzung|Glossareintrag)\b",
                ),
            }
        }

        fn wrong(&self, lang: &str, text: &str) -> bool {
            match lang {
                "en" => {
                    self.en_plural
                        .captures_iter(text)
                        .any(|c| !EN_AFTER_ONE.contains(&&c[1]))
                        || self.en_singular.is_match(text)
                }
                "fr" => {
                    self.fr_plural
                        .captures_iter(text)
                        .any(|c| !FR_AFTER_ONE.contains(&&c[1]))
                        || self.fr_singular.is_match(text)
                }
                _ => self.de_plural.is_match(text) || self.de_singular.is_match(text),
            }
        }
    }

    /// The variables of message `id` in a catalog's source.
    fn variables<'a>(src: &'a str, id: &str) -> Vec<&'a str> {
        let head = format!("{id} =");
        src.split('\n')
            .skip_while(|l| !l.starts_with(&head))
            .take_while(|l| l.starts_with(&head) || l.starts_with(' '))
            .flat_map(|l| l.match_indices("{ $").map(move |(i, _)| &l[i + 3..]))
            .map(|rest| rest.split([' ', '}']).next().unwrap_or(""))
            .collect()
    }

    /// Every message formatted with every count set to 0, 1, 2 and 5 in
    /// each catalog: no count may come out in the wrong number ("1
    /// units", French "1 unités" or "0 erreurs", German "1 Einheiten",
    /// "5 unit").
    #[test]
    fn counts_take_the_right_plural_form_in_every_catalog() {
        let forms = WrongForms::new();
        let mut wrong = Vec::new();
        for (lang, src) in CATALOGS {
            let ast = fluent_syntax::parser::parse(*src).expect("catalog parses");
            let b = bundle(lang, src);
            for entry in &ast.body {
                let fluent_syntax::ast::Entry::Message(m) = entry else {
                    continue;
                };
                let id = m.id.name;
                let vars = variables(src, id);
                let Some(pattern) = b.get_message(id).and_then(|msg| msg.value()) else {
                    continue;
                };
                for n in [0.0, 1.0, 2.0, 5.0] {
                    let mut args = FluentArgs::new();
                    for v in &vars {
                        if COUNTERS.contains(v) {
                            args.set(*v, FluentValue::from(n));
                        } else {
                            args.set(*v, FluentValue::from("x"));
                        }
                    }
                    let mut errors = Vec::new();
                    // "unit errors" is a compound, not "unit" in the singular.
                    let text = b
                        .format_pattern(pattern, Some(&args), &mut errors)
                        .replace("unit errors", "errors");
                    if forms.wrong(lang, &text) {
                        wrong.push(format!("{lang} {id} ({n}): {text}"));
                    }
                }
            }
        }
        assert!(
            wrong.is_empty(),
            "wrong plural forms:\n{}",
            wrong.join("\n")
        );
    }
}
