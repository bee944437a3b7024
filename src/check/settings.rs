//! Severities and per-locale rules of a run.

use std::collections::BTreeSet;

use crate::check::ids;
use crate::check::inputs::SetKind;
use crate::check::typography::Rules;
use crate::lang::{LangTag, plural_categories};
use crate::model::Severity;
use crate::project::Config;

/// The configuration a run applies.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    /// `relais.toml` (defaults without one).
    pub config: Config,
}

impl Settings {
    /// Settings from a configuration.
    pub fn new(config: Config) -> Self {
        Settings { config }
    }

    /// The severity of a check in a locale of a file set. `entry_default`
    /// is a glossary entry's own default, used unless `relais.toml` sets
    /// one. In the CLI's catalogs a missing message is always an error:
    /// the tool must not ship a message only some languages have.
    pub fn severity(
        &self,
        check: &str,
        locale: &str,
        kind: SetKind,
        entry_default: Option<Severity>,
    ) -> Severity {
        if kind == SetKind::Catalogs && check == ids::MISSING_MESSAGE {
            return Severity::Error;
        }
        self.config
            .severity(check, locale)
            .or(entry_default)
            .or_else(|| ids::info(check).map(|c| c.default))
            .unwrap_or(Severity::Error)
    }

    /// What the checks need to know about a locale.
    pub fn locale(&self, name: &str, tag: &LangTag) -> LocaleRules {
        LocaleRules {
            name: name.to_string(),
            tag: tag.clone(),
            plural: plural_categories(tag),
            typography: Rules::for_locale(tag, self.config.typography(name)),
        }
    }
}

/// Rules of one locale.
#[derive(Debug, Clone)]
pub struct LocaleRules {
    /// The locale as written in paths.
    pub name: String,
    /// Its language tag.
    pub tag: LangTag,
    /// CLDR plural categories.
    pub plural: BTreeSet<&'static str>,
    /// Typography rules.
    pub typography: Rules,
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn configured_severities_win_except_for_catalog_messages() {
        let config = Config::parse(
            "source_locale = \"fr\"\n[checks.missing-message]\nseverity = \"off\"\n[checks.typography.locales.de_DE]\nseverity = \"error\"\n",
            Path::new("relais.toml"),
        )
        .unwrap();
        let s = Settings::new(config);
        assert_eq!(
            s.severity("missing-message", "de", SetKind::Documents, None),
            Severity::Off
        );
        assert_eq!(
            s.severity("missing-message", "de", SetKind::Catalogs, None),
            Severity::Error
        );
        assert_eq!(
            s.severity("typography", "de-DE", SetKind::Documents, None),
            Severity::Error
        );
        assert_eq!(
            s.severity("typography", "it", SetKind::Documents, None),
            Severity::Warning
        );
        assert_eq!(
            s.severity(
                "glossary-forbidden",
                "it",
                SetKind::Documents,
                Some(Severity::Warning)
            ),
            Severity::Warning
        );
    }
}
