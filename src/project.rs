//! The project: `relais.toml`, found from the current directory upwards,
//! and the paths it defines.
//!
//! ```toml
//! source_locale = "fr"
//! locales = ["en", "de"]
//! layout = "locales/{locale}/{document}.ftl"
//!
//! [[documents]]
//! name = "communique"
//! source = "source/communique-fr.md"
//!
//! [tm]
//! path = ".relais/tm"
//! imports = ["memories/partner.tmx"]
//!
//! [glossary]
//! files = ["glossary/terms.tsv"]
//!
//! [checks.glossary-deprecated]
//! severity = "error"
//! [checks.typography.locales.fr]
//! severity = "off"
//! [checks.typography.locales.fr-CA]
//! french_spacing = "colon-only"
//!
//! [[suppress]]
//! check = "untranslated"
//! locale = "en"
//! message = "some-id"
//! reason = "Proper name, identical in English"
//! ```
//!
//! Paths in the file are relative to the file's folder. Without a
//! `relais.toml`, the project is the current directory with default
//! settings.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, IoResultExt, Location, Result};
use crate::lang::LangTag;
use crate::model::Severity;

/// The configuration file's name.
pub const CONFIG_FILE: &str = "relais.toml";
/// Default resource layout.
pub const DEFAULT_LAYOUT: &str = "locales/{locale}/{document}.ftl";
/// Default TM path, relative to the project.
pub const DEFAULT_TM: &str = ".relais/tm";

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
    /// Tracked memories (TMX/TSV) re-imported when the TM is rebuilt.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub imports: Vec<PathBuf>,
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

/// The contents of `relais.toml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Source locale.
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
        LangTag::parse(&self.source_locale)
            .map_err(|e| bad("source_locale".into(), e.to_string()))?;
        for (i, l) in self.locales.iter().enumerate() {
            LangTag::parse(l).map_err(|e| bad(format!("locales[{i}]"), e.to_string()))?;
            if l == &self.source_locale {
                return Err(bad(
                    format!("locales[{i}]"),
                    "the source locale is not a target locale".into(),
                ));
            }
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
            paths.push((format!("tm.imports[{i}]"), p));
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

/// A located project.
#[derive(Debug, Clone)]
pub struct Project {
    /// The project directory.
    pub root: PathBuf,
    /// The configuration file, if there is one.
    pub config_path: Option<PathBuf>,
    /// The configuration (defaults without a file).
    pub config: Config,
}

impl Project {
    /// Finds the project: `explicit` if given (a directory holding
    /// `relais.toml`, or the file itself), else the nearest `relais.toml`
    /// from `start` upwards, else `start` with default settings.
    pub fn discover(start: &Path, explicit: Option<&Path>) -> Result<Project> {
        if let Some(dir) = explicit {
            let (root, file) = if dir.is_file() {
                (
                    dir.parent().unwrap_or(Path::new(".")).to_path_buf(),
                    dir.to_path_buf(),
                )
            } else {
                (dir.to_path_buf(), dir.join(CONFIG_FILE))
            };
            if !root.is_dir() {
                return Err(Error::io(
                    &root,
                    std::io::Error::new(
                        std::io::ErrorKind::NotFound,
                        "project directory not found",
                    ),
                ));
            }
            if file.is_file() {
                return Self::load(&root, &file);
            }
            return Ok(Project {
                root,
                config_path: None,
                config: Config::default(),
            });
        }
        let mut dir = Some(start);
        while let Some(d) = dir {
            let file = d.join(CONFIG_FILE);
            if file.is_file() {
                return Self::load(d, &file);
            }
            dir = d.parent();
        }
        Ok(Project {
            root: start.to_path_buf(),
            config_path: None,
            config: Config::default(),
        })
    }

    fn load(root: &Path, file: &Path) -> Result<Project> {
        let text = std::fs::read_to_string(file).with_path(file)?;
        let config = Config::parse(&text, file)?;
        Ok(Project {
            root: root.to_path_buf(),
            config_path: Some(file.to_path_buf()),
            config,
        })
    }

    /// Fails with [`Error::NoProject`] when there is no `relais.toml`.
    pub fn require_config(&self) -> Result<&Config> {
        match self.config_path {
            Some(_) => Ok(&self.config),
            None => Err(Error::NoProject {
                dir: self.root.clone(),
            }),
        }
    }

    /// A path from the configuration, resolved against the project.
    pub fn resolve(&self, p: &Path) -> PathBuf {
        if p.is_absolute() {
            p.to_path_buf()
        } else {
            self.root.join(p)
        }
    }

    /// Takes the project lock (see [`crate::lock`]) for a command that
    /// changes project files, waiting up to `wait` for another relais
    /// process to finish. `None` for a folder without `relais.toml`: there
    /// are no project files to protect, and no `.relais/` is created.
    pub fn lock(
        &self,
        wait: std::time::Duration,
        command: &str,
    ) -> Result<Option<crate::lock::FileLock>> {
        if self.config_path.is_none() {
            return Ok(None);
        }
        let path = self.root.join(".relais").join("project.lock");
        crate::lock::FileLock::acquire(&path, crate::lock::LockKind::Project, wait, command)
            .map(Some)
    }

    /// Writes a file of the project atomically, refusing a path that a
    /// symbolic link leads outside the project (see
    /// [`files::ensure_within`](crate::files::ensure_within)).
    pub fn write_file(&self, path: &Path, text: &str) -> Result<()> {
        crate::files::ensure_within(&self.root, path)?;
        crate::files::atomic_write_str(path, text)
    }

    /// The TM directory: the flag or environment value if given, else the
    /// configuration's, else `.relais/tm` in the project.
    pub fn tm_path(&self, explicit: Option<&Path>) -> PathBuf {
        match explicit {
            Some(p) => p.to_path_buf(),
            None => self.resolve(
                self.config
                    .tm
                    .path
                    .as_deref()
                    .unwrap_or(Path::new(DEFAULT_TM)),
            ),
        }
    }

    /// The Fluent resource of a document in a locale.
    pub fn resource_path(&self, locale: &str, document: &str) -> PathBuf {
        self.root.join(
            self.config
                .layout
                .replace("{locale}", locale)
                .replace("{document}", document),
        )
    }

    /// The source locale.
    pub fn source_locale(&self) -> &str {
        &self.config.source_locale
    }

    /// Glossary files, resolved.
    pub fn glossary_files(&self) -> Vec<PathBuf> {
        self.config
            .glossary
            .files
            .iter()
            .map(|f| self.resolve(f))
            .collect()
    }

    /// Adds a `[[documents]]` entry to `relais.toml`, appended so the
    /// rest of the file is kept as written (and checked before it is
    /// written). Without a `relais.toml`, does nothing.
    pub fn register_document(&self, name: &str, source: &str) -> Result<()> {
        let Some(path) = &self.config_path else {
            return Ok(());
        };
        let mut text = std::fs::read_to_string(path).with_path(path)?;
        if !text.ends_with('\n') {
            text.push('\n');
        }
        let _ = write!(
            text,
            "\n[[documents]]\nname = \"{name}\"\nsource = \"{source}\"\n"
        );
        Config::parse(&text, path)?;
        crate::files::atomic_write_str(path, &text)
    }
}

/// `relais init`: writes `relais.toml` in `dir` (refusing to replace one
/// unless `force`), naming the project glossary when `glossary/terms.tsv`
/// exists. Returns the file written.
pub fn init(dir: &Path, mut config: Config, force: bool) -> Result<PathBuf> {
    let path = dir.join(CONFIG_FILE);
    if path.exists() && !force {
        return Err(Error::Usage(
            crate::t!("init-exists", "path" => path.display().to_string()),
        ));
    }
    if dir.join("glossary/terms.tsv").exists() {
        config.glossary = GlossaryConfig {
            files: vec!["glossary/terms.tsv".into()],
        };
    }
    // Validate what is about to be written, so init never writes a file
    // the other commands reject.
    let text = config.to_toml();
    Config::parse(&text, &path)?;
    crate::files::atomic_write_str(&path, &text)?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r#"
source_locale = "fr"
locales = ["en", "de"]

[[documents]]
name = "communique"
source = "source/communique-fr.md"

[glossary]
files = ["glossary/terms.tsv"]

[checks.typography]
severity = "warning"
[checks.typography.locales.fr]
severity = "error"

[[suppress]]
check = "untranslated"
locale = "en"
message = "title"
reason = "Proper name"
"#;

    #[test]
    fn parses_the_documented_keys() {
        let c = Config::parse(SAMPLE, Path::new("relais.toml")).unwrap();
        assert_eq!(c.locales, ["en", "de"]);
        assert_eq!(c.layout, DEFAULT_LAYOUT);
        assert_eq!(c.severity("typography", "fr"), Some(Severity::Error));
        assert_eq!(c.severity("typography", "de"), Some(Severity::Warning));
        assert_eq!(c.severity("duplicate-id", "de"), None);
        let again = Config::parse(&c.to_toml(), Path::new("relais.toml")).unwrap();
        assert_eq!(again, c);
    }

    #[test]
    fn typography_options_globally_and_per_locale() {
        let c = Config::parse(
            "source_locale = \"fr\"\n[checks.typography]\napostrophe = \"any\"\n[checks.typography.locales.fr-CA]\nfrench_spacing = \"required\"\n",
            Path::new("relais.toml"),
        )
        .unwrap();
        let ca = c.typography("fr_CA");
        assert_eq!(ca.french_spacing, Some(FrenchSpacing::Required));
        assert_eq!(ca.apostrophe, Some(TypographyRule::Any));
        assert_eq!(c.typography("de").french_spacing, None);
        assert_eq!(c.severity("typography", "fr-CA"), None);
        let again = Config::parse(&c.to_toml(), Path::new("relais.toml")).unwrap();
        assert_eq!(again, c);
        let err = Config::parse(
            "source_locale = \"fr\"\n[checks.untranslated]\nquotes = \"any\"\n",
            Path::new("relais.toml"),
        )
        .unwrap_err();
        assert!(err.to_string().contains("checks.untranslated"), "{err}");
    }

    #[test]
    fn errors_name_the_key() {
        let err = Config::parse(
            "source_locale = \"fr\"\nlocales = [\"en\", \"not a tag\"]\n",
            Path::new("r.toml"),
        )
        .unwrap_err();
        assert!(err.to_string().contains("locales[1]"), "{err}");
        let err = Config::parse("locales = []\n", Path::new("r.toml")).unwrap_err();
        assert!(err.to_string().contains("source_locale"), "{err}");
        let err = Config::parse(
            "source_locale = \"fr\"\nlayout = \"x.ftl\"\n",
            Path::new("r.toml"),
        )
        .unwrap_err();
        assert!(err.to_string().contains("`layout`"), "{err}");
        let err = Config::parse(
            "source_locale = \"fr\"\n[[suppress]]\ncheck = \"x\"\nreason = \" \"\n",
            Path::new("r.toml"),
        )
        .unwrap_err();
        assert!(err.to_string().contains("suppress[0].reason"), "{err}");
        let err =
            Config::parse("source_locale = \"fr\"\nbogus = 1\n", Path::new("r.toml")).unwrap_err();
        assert!(err.to_string().contains("bogus"), "{err}");
    }

    #[test]
    fn paths_in_the_config_stay_inside_the_project() {
        let base = "source_locale = \"fr\"\n";
        for (extra, key) in [
            ("layout = \"../out/{locale}/{document}.ftl\"\n", "`layout`"),
            ("layout = \"/tmp/{locale}/{document}.ftl\"\n", "`layout`"),
            (
                "layout = \"locales/../../{locale}/{document}.ftl\"\n",
                "`layout`",
            ),
            ("[tm]\npath = \"/var/tm\"\n", "`tm.path`"),
            (
                "[tm]\nimports = [\"ok.tmx\", \"../x.tmx\"]\n",
                "`tm.imports[1]`",
            ),
            (
                "[glossary]\nfiles = [\"../g.tsv\"]\n",
                "`glossary.files[0]`",
            ),
            (
                "[[documents]]\nname = \"d\"\nsource = \"../../d.md\"\n",
                "`documents[0].source`",
            ),
        ] {
            let err = Config::parse(&format!("{base}{extra}"), Path::new("r.toml")).unwrap_err();
            let text = err.to_string();
            assert!(
                text.contains(key) && text.contains("outside the project"),
                "{text}"
            );
        }
        let ok = "layout = \"./l/../locales/{locale}/{document}.ftl\"\n[tm]\npath = \"cache/tm\"\n";
        assert!(Config::parse(&format!("{base}{ok}"), Path::new("r.toml")).is_ok());
    }

    #[cfg(unix)]
    #[test]
    fn a_symlinked_folder_leading_out_is_not_written_through() {
        let outside = tempfile::tempdir().unwrap();
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(CONFIG_FILE), "source_locale = \"fr\"\n").unwrap();
        std::fs::create_dir_all(dir.path().join("locales")).unwrap();
        std::os::unix::fs::symlink(outside.path(), dir.path().join("locales/de")).unwrap();
        let p = Project::discover(dir.path(), None).unwrap();
        let target = p.resource_path("de", "doc");
        let err = p.write_file(&target, "x = y\n").unwrap_err().to_string();
        assert!(err.contains("through a symbolic link"), "{err}");
        assert_eq!(std::fs::read_dir(outside.path()).unwrap().count(), 0);
        // A link that stays inside the project is fine.
        std::fs::create_dir_all(dir.path().join("real")).unwrap();
        std::os::unix::fs::symlink(dir.path().join("real"), dir.path().join("locales/it")).unwrap();
        p.write_file(&p.resource_path("it", "doc"), "x = y\n")
            .unwrap();
        assert!(dir.path().join("real/doc.ftl").exists());
    }

    #[test]
    fn discovery_walks_up_and_falls_back_to_defaults() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(CONFIG_FILE), "source_locale = \"fr\"\n").unwrap();
        let sub = dir.path().join("a/b");
        std::fs::create_dir_all(&sub).unwrap();
        let p = Project::discover(&sub, None).unwrap();
        assert_eq!(p.root, dir.path());
        assert_eq!(p.tm_path(None), dir.path().join(".relais/tm"));
        assert_eq!(
            p.resource_path("de", "doc"),
            dir.path().join("locales/de/doc.ftl")
        );
        let empty = tempfile::tempdir().unwrap();
        let p = Project::discover(empty.path(), None).unwrap();
        assert!(p.config_path.is_none());
        assert!(p.require_config().is_err());
    }
}
