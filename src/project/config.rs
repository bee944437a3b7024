//! `relais.toml` as data: the configuration and its sections, parsed and
//! validated (keys, language tags, names, and paths that must stay inside
//! the project).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Location, Result};
use crate::lang::LangTag;
use crate::model::Severity;

use super::DEFAULT_LAYOUT;

/// One document of the project.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// Name: the Fluent file's stem and the prefix of TM contexts.
    pub name: String,
    /// The source document (Markdown or plain text), relative to the
    /// project.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<PathBuf>,
}

/// `[tm]`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TmConfig {
    /// TM directory.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<PathBuf>,
    /// Tracked memories (TMX, TSV, XLIFF) re-imported when the TM is
    /// rebuilt; `tm import` and `tm add` keep the list up to date.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub imports: Vec<ImportSpec>,
}

/// One entry of `[tm] imports`: a path (`"memories/partner.tmx"`), or a
/// table with the options the file needs to be read again the same way
/// (`{ path = "memories/glossary.tsv", columns = "source,target", source
/// = "fr", target = "en" }`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ImportSpec {
    /// A file whose format and languages its content tells.
    Path(PathBuf),
    /// A file with options.
    Detailed(ImportDetails),
}

/// The options of an `[tm] imports` table, as `tm import` takes them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImportDetails {
    /// The file.
    pub path: PathBuf,
    /// `tmx`, `tsv` or `xliff`, when the name does not tell.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// TSV columns.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub columns: Option<String>,
    /// TSV file with a header line.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub header: bool,
    /// Source language (TSV without a language column, XLIFF without one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Target language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
}

impl ImportSpec {
    /// The file, as written in `relais.toml`.
    pub fn path(&self) -> &Path {
        match self {
            ImportSpec::Path(p) => p,
            ImportSpec::Detailed(d) => &d.path,
        }
    }

    /// The options (only the path for a plain entry).
    pub fn details(&self) -> ImportDetails {
        match self {
            ImportSpec::Path(p) => ImportDetails {
                path: p.clone(),
                ..ImportDetails::default()
            },
            ImportSpec::Detailed(d) => d.clone(),
        }
    }

    /// A plain path when there are no options, else a table.
    pub fn from_details(d: ImportDetails) -> Self {
        let plain = d.format.is_none()
            && d.columns.is_none()
            && !d.header
            && d.source.is_none()
            && d.target.is_none();
        if plain {
            ImportSpec::Path(d.path)
        } else {
            ImportSpec::Detailed(d)
        }
    }
}

/// `[glossary]`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GlossaryConfig {
    /// Glossary files (TSV or TBX).
    #[serde(default)]
    pub files: Vec<PathBuf>,
}

/// French spacing before `; : ! ?` (the `typography` check's
/// `french_spacing` option).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FrenchSpacing {
    /// Imprimerie nationale: a no-break space (U+00A0 or U+202F) before
    /// `; : ! ?` and inside « ».
    Required,
    /// OQLF (Québec): a no-break space before `:` and inside « »; none (or
    /// a no-break space) before `; ! ?`.
    ColonOnly,
    /// Not checked.
    Off,
}

/// Whether a rule of the `typography` check applies (`apostrophe`,
/// `quotes` options).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TypographyRule {
    /// Checked (straight `'` or `"`, or quotation marks the language does
    /// not use, are findings).
    Typographic,
    /// Not checked.
    Any,
}

/// Options of the `typography` check, globally or per locale.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TypographyOptions {
    /// French spacing (French locales only; `fr-CA` defaults to
    /// `colon-only`, other French locales to `required`).
    pub french_spacing: Option<FrenchSpacing>,
    /// Straight apostrophe `'` where the language uses ’.
    pub apostrophe: Option<TypographyRule>,
    /// Quotation marks per CLDR.
    pub quotes: Option<TypographyRule>,
}

impl TypographyOptions {
    fn is_empty(&self) -> bool {
        self.french_spacing.is_none() && self.apostrophe.is_none() && self.quotes.is_none()
    }

    /// `self`, with `fallback`'s values where `self` has none.
    pub fn or(self, fallback: TypographyOptions) -> TypographyOptions {
        TypographyOptions {
            french_spacing: self.french_spacing.or(fallback.french_spacing),
            apostrophe: self.apostrophe.or(fallback.apostrophe),
            quotes: self.quotes.or(fallback.quotes),
        }
    }
}

/// Per-locale override of a check.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocaleCheck {
    /// Severity in this locale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<Severity>,
    /// `typography` only: French spacing in this locale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub french_spacing: Option<FrenchSpacing>,
    /// `typography` only: straight apostrophes in this locale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub apostrophe: Option<TypographyRule>,
    /// `typography` only: quotation marks in this locale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quotes: Option<TypographyRule>,
}

impl LocaleCheck {
    /// The typography options set here.
    pub fn typography(&self) -> TypographyOptions {
        TypographyOptions {
            french_spacing: self.french_spacing,
            apostrophe: self.apostrophe,
            quotes: self.quotes,
        }
    }
}

/// `[checks.<id>]`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckConfig {
    /// Severity everywhere.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<Severity>,
    /// `typography` only: French spacing before `; : ! ?` and inside « ».
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub french_spacing: Option<FrenchSpacing>,
    /// `typography` only: straight apostrophes where the language uses ’.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub apostrophe: Option<TypographyRule>,
    /// `typography` only: quotation marks per CLDR.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quotes: Option<TypographyRule>,
    /// Per-locale settings.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub locales: BTreeMap<String, LocaleCheck>,
}

impl CheckConfig {
    /// The typography options set at check level.
    pub fn typography(&self) -> TypographyOptions {
        TypographyOptions {
            french_spacing: self.french_spacing,
            apostrophe: self.apostrophe,
            quotes: self.quotes,
        }
    }
}

/// `[[suppress]]`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Suppression {
    /// Check id.
    pub check: String,
    /// Locale (all when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// Message id (all when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Why (required).
    pub reason: String,
}

/// `[pretranslate]`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PretranslateConfig {
    /// Lowest fuzzy score filled in (marked for review).
    #[serde(default = "default_threshold")]
    pub threshold: u32,
}

fn default_threshold() -> u32 {
    75
}

impl Default for PretranslateConfig {
    fn default() -> Self {
        PretranslateConfig {
            threshold: default_threshold(),
        }
    }
}

/// `[check]`: how `relais check` reports.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckRunConfig {
    /// The lowest severity listed (default `warning`: infos are counted,
    /// not listed); `--min-severity` wins.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_severity: Option<crate::model::MinSeverity>,
}

/// `[build]`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BuildConfig {
    /// Percent of a document's source messages that must be translated
    /// and reviewed in a locale for it to be published (0–100). Below
    /// it the locale is not published; under 100, the messages still
    /// missing are shown in the source language, marked as such.
    #[serde(default = "default_min_translated")]
    pub min_translated: u8,
    /// Who publishes: shown above the title of the index page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    /// The index page's title (default: the first heading of the first
    /// document in the source locale).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The date the index page shows (`2024-10-29`; default: the day of
    /// the build, or `SOURCE_DATE_EPOCH`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

fn default_min_translated() -> u8 {
    100
}

impl Default for BuildConfig {
    fn default() -> Self {
        BuildConfig {
            min_translated: default_min_translated(),
            organisation: None,
            title: None,
            date: None,
        }
    }
}

/// `[locale.<tag>]`: settings of one target locale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocaleSettings {
    /// Whether a native speaker has reviewed the translation. An
    /// unreviewed locale is published with a notice saying so, in its own
    /// language, and the status page shows it.
    #[serde(default = "default_reviewed")]
    pub reviewed: bool,
}

fn default_reviewed() -> bool {
    true
}

/// The contents of `relais.toml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Source locale. Required by every command that works on the
    /// project's documents ([`crate::project::Project::require_config`]); a
    /// file that only configures `relais check` for a Fluent tree
    /// (`--files`, `--source-locale`) may leave it out.
    #[serde(default)]
    pub source_locale: String,
    /// Target locales.
    #[serde(default)]
    pub locales: Vec<String>,
    /// Resource path layout.
    #[serde(default = "default_layout")]
    pub layout: String,
    /// Documents.
    #[serde(default)]
    pub documents: Vec<Document>,
    /// TM settings.
    #[serde(default)]
    pub tm: TmConfig,
    /// Glossary settings.
    #[serde(default)]
    pub glossary: GlossaryConfig,
    /// Check severities.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub checks: BTreeMap<String, CheckConfig>,
    /// Suppressed findings.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub suppress: Vec<Suppression>,
    /// Pretranslation settings.
    #[serde(default)]
    pub pretranslate: PretranslateConfig,
    /// Publication settings.
    #[serde(default, skip_serializing_if = "is_default_build")]
    pub build: BuildConfig,
    /// How `relais check` reports.
    #[serde(default, skip_serializing_if = "is_default_check")]
    pub check: CheckRunConfig,
    /// Per-locale settings (`[locale.hr] reviewed = false`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub locale: BTreeMap<String, LocaleSettings>,
}

fn is_default_check(c: &CheckRunConfig) -> bool {
    *c == CheckRunConfig::default()
}

fn is_default_build(b: &BuildConfig) -> bool {
    *b == BuildConfig::default()
}

fn default_layout() -> String {
    DEFAULT_LAYOUT.to_string()
}

impl Default for Config {
    fn default() -> Self {
        Config {
            source_locale: "en".into(),
            locales: Vec::new(),
            layout: default_layout(),
            documents: Vec::new(),
            tm: TmConfig::default(),
            glossary: GlossaryConfig::default(),
            checks: BTreeMap::new(),
            suppress: Vec::new(),
            build: BuildConfig::default(),
            check: CheckRunConfig::default(),
            locale: BTreeMap::new(),
            pretranslate: PretranslateConfig::default(),
        }
    }
}

/// Checks that a string is a valid Fluent identifier.
pub fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// Whether a relative path stays inside the folder it is relative to.
fn stays_inside(path: &Path) -> bool {
    use std::path::Component;
    let mut depth = 0usize;
    for c in path.components() {
        match c {
            Component::Normal(_) => depth += 1,
            Component::CurDir => {}
            Component::ParentDir => match depth.checked_sub(1) {
                Some(d) => depth = d,
                None => return false,
            },
            Component::RootDir | Component::Prefix(_) => return false,
        }
    }
    true
}

impl Config {
    /// Whether a native speaker has reviewed `locale`'s translation
    /// (`[locale.<tag>] reviewed`, default yes).
    pub fn is_reviewed(&self, locale: &str) -> bool {
        self.locale.get(locale).is_none_or(|l| l.reviewed)
    }

    /// Parses and validates `relais.toml` text.
    pub fn parse(text: &str, file: &Path) -> Result<Config> {
        let config: Config = toml::from_str(text).map_err(|e| {
            let (line, column) = e.span().map_or((1, 1), |span| {
                let before = &text[..span.start.min(text.len())];
                let line = before.matches('\n').count() as u64 + 1;
                let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) as u64 + 1;
                (line, column)
            });
            Error::parse(
                Location::new(Some(file), line, column),
                e.message().trim().to_string(),
            )
        })?;
        config.validate(file)?;
        Ok(config)
    }

    fn validate(&self, file: &Path) -> Result<()> {
        let bad = |key: String, message: String| Error::Config {
            file: file.to_path_buf(),
            key,
            message,
        };
        if !self.source_locale.is_empty() {
            LangTag::parse(&self.source_locale)
                .map_err(|e| bad("source_locale".into(), e.to_string()))?;
        }
        for (i, l) in self.locales.iter().enumerate() {
            LangTag::parse(l).map_err(|e| bad(format!("locales[{i}]"), e.to_string()))?;
            if l == &self.source_locale {
                return Err(bad(
                    format!("locales[{i}]"),
                    "the source locale is not a target locale".into(),
                ));
            }
        }
        for tag in self.locale.keys() {
            if !self.locales.contains(tag) {
                return Err(bad(
                    format!("locale.{tag}"),
                    format!("'{tag}' is not one of `locales` (settings are for target locales)"),
                ));
            }
        }
        if self.build.min_translated > 100 {
            return Err(bad(
                "build.min_translated".into(),
                "a percentage from 0 to 100".into(),
            ));
        }
        for placeholder in ["{locale}", "{document}"] {
            if !self.layout.contains(placeholder) {
                return Err(bad("layout".into(), format!("must contain {placeholder}")));
            }
        }
        self.validate_paths(file)?;
        for (i, d) in self.documents.iter().enumerate() {
            if !is_identifier(&d.name) {
                return Err(bad(
                    format!("documents[{i}].name"),
                    format!(
                        "'{}' is not a valid name (letters, digits, - and _, starting with a letter)",
                        d.name
                    ),
                ));
            }
        }
        for (id, check) in &self.checks {
            if id == "typography" {
                continue;
            }
            let misplaced = !check.typography().is_empty()
                || check.locales.values().any(|l| !l.typography().is_empty());
            if misplaced {
                return Err(bad(
                    format!("checks.{id}"),
                    "french_spacing, apostrophe and quotes are options of the typography check"
                        .into(),
                ));
            }
        }
        for (i, s) in self.suppress.iter().enumerate() {
            if s.reason.trim().is_empty() {
                return Err(bad(
                    format!("suppress[{i}].reason"),
                    "a suppression needs a reason".into(),
                ));
            }
        }
        Ok(())
    }

    /// Every path of `relais.toml` stays inside the project: relative, and
    /// never climbing above the project folder with `..`. A TM kept
    /// elsewhere is given with `--tm` or `RELAIS_TM`.
    fn validate_paths(&self, file: &Path) -> Result<()> {
        let mut paths: Vec<(String, &Path)> = vec![("layout".into(), Path::new(&self.layout))];
        for (i, d) in self.documents.iter().enumerate() {
            if let Some(src) = &d.source {
                paths.push((format!("documents[{i}].source"), src));
            }
        }
        if let Some(p) = &self.tm.path {
            paths.push(("tm.path".into(), p));
        }
        for (i, p) in self.tm.imports.iter().enumerate() {
            paths.push((format!("tm.imports[{i}]"), p.path()));
        }
        for (i, p) in self.glossary.files.iter().enumerate() {
            paths.push((format!("glossary.files[{i}]"), p));
        }
        for (key, path) in paths {
            if !stays_inside(path) {
                return Err(Error::Config {
                    file: file.to_path_buf(),
                    key,
                    message: format!(
                        "'{}' leads outside the project; paths in relais.toml are relative to \
                         its folder and stay inside it (use --tm or RELAIS_TM for a TM elsewhere)",
                        path.display()
                    ),
                });
            }
        }
        Ok(())
    }

    /// The configured severity of a check in a locale, if overridden.
    /// Locale keys match canonically (`de_DE` and `de-DE` are one locale).
    pub fn severity(&self, check: &str, locale: &str) -> Option<Severity> {
        let c = self.checks.get(check)?;
        locale_entry(&c.locales, locale)
            .and_then(|l| l.severity)
            .or(c.severity)
    }

    /// The `typography` options in a locale: the locale's own, then the
    /// check's.
    pub fn typography(&self, locale: &str) -> TypographyOptions {
        let Some(c) = self.checks.get("typography") else {
            return TypographyOptions::default();
        };
        let own = locale_entry(&c.locales, locale)
            .map(LocaleCheck::typography)
            .unwrap_or_default();
        own.or(c.typography())
    }

    /// Writes the configuration as TOML.
    pub fn to_toml(&self) -> String {
        toml::to_string_pretty(self).expect("configuration serialises")
    }
}

fn locale_entry<'a>(
    map: &'a BTreeMap<String, LocaleCheck>,
    locale: &str,
) -> Option<&'a LocaleCheck> {
    map.get(locale).or_else(|| {
        let wanted = LangTag::lenient(locale);
        map.iter()
            .find(|(k, _)| LangTag::lenient(k) == wanted)
            .map(|(_, v)| v)
    })
}
