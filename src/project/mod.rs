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

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::error::{Error, IoResultExt, Result};

mod config;
mod template;

pub use config::*;
pub use template::next_steps;

/// The configuration file's name.
pub const CONFIG_FILE: &str = "relais.toml";
/// Default resource layout.
pub const DEFAULT_LAYOUT: &str = "locales/{locale}/{document}.ftl";
/// Default TM path, relative to the project.
pub const DEFAULT_TM: &str = ".relais/tm";

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
        match &self.config_path {
            Some(file) if self.config.source_locale.is_empty() => Err(Error::Config {
                file: file.clone(),
                key: "source_locale".into(),
                message: crate::t!("config-source-locale-missing"),
            }),
            Some(_) => Ok(&self.config),
            None => Err(Error::NoProject {
                dir: self.root.clone(),
            }),
        }
    }

    /// A path inside the project as findings name it: relative to the
    /// root, with `/` separators.
    pub fn relative(&self, path: &Path) -> String {
        path.strip_prefix(&self.root)
            .unwrap_or(path)
            .to_string_lossy()
            .replace('\\', "/")
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

impl Project {
    /// Adds an entry to `[tm] imports` of `relais.toml`, editing the file
    /// in place so the user's comments and layout stay as written (and
    /// checking the result before it is written).
    pub fn add_tm_import(&self, spec: &ImportSpec) -> Result<()> {
        let Some(path) = &self.config_path else {
            return Ok(());
        };
        let text = std::fs::read_to_string(path).with_path(path)?;
        let mut doc: toml_edit::DocumentMut = text
            .parse()
            .map_err(|e: toml_edit::TomlError| Error::invalid(Some(path), e.to_string()))?;
        let tm = doc
            .entry("tm")
            .or_insert_with(toml_edit::table)
            .as_table_like_mut()
            .ok_or_else(|| Error::invalid(Some(path), "`tm` is not a table"))?;
        let imports = tm
            .entry("imports")
            .or_insert(toml_edit::value(toml_edit::Array::new()))
            .as_array_mut()
            .ok_or_else(|| Error::invalid(Some(path), "`tm.imports` is not an array"))?;
        imports.push(import_value(spec));
        let text = doc.to_string();
        Config::parse(&text, path)?;
        self.write_file(path, &text)
    }
}

/// An `[tm] imports` entry as TOML: a string, or an inline table.
fn import_value(spec: &ImportSpec) -> toml_edit::Value {
    let path = spec.path().to_string_lossy().replace('\\', "/");
    let ImportSpec::Detailed(d) = spec else {
        return path.into();
    };
    let mut table = toml_edit::InlineTable::new();
    table.insert("path", path.into());
    let optional = [
        ("format", &d.format),
        ("columns", &d.columns),
        ("source", &d.source),
        ("target", &d.target),
    ];
    for (key, value) in optional {
        if let Some(v) = value {
            table.insert(key, v.as_str().into());
        }
    }
    if d.header {
        table.insert("header", true.into());
    }
    toml_edit::Value::InlineTable(table)
}

/// `relais init`: writes a commented `relais.toml` in `dir` (refusing
/// to replace one unless `force`, or to name a document source that does
/// not exist), naming the project glossary when `glossary/terms.tsv`
/// exists. Returns the file written.
pub fn init(dir: &Path, mut config: Config, force: bool) -> Result<PathBuf> {
    let path = dir.join(CONFIG_FILE);
    if path.exists() && !force {
        return Err(Error::Usage(
            crate::t!("init-exists", "path" => path.display().to_string()),
        ));
    }
    for d in &config.documents {
        let Some(source) = &d.source else { continue };
        let full = dir.join(source);
        if !full.is_file() {
            return Err(Error::Usage(crate::t!(
                "init-missing-document",
                "name" => d.name.as_str(),
                "path" => full.display().to_string()
            )));
        }
    }
    if dir.join("glossary/terms.tsv").exists() {
        config.glossary = GlossaryConfig {
            files: vec!["glossary/terms.tsv".into()],
        };
    }
    // Validate what is about to be written, so init never writes a file
    // the other commands reject.
    let text = template::commented(&config.to_toml());
    Config::parse(&text, &path)?;
    crate::files::atomic_write_str(&path, &text)?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Severity;

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
        // A file of check settings only needs no source_locale; commands
        // on the project's documents ask for it (`require_config`).
        let config = Config::parse("locales = []\n", Path::new("r.toml")).unwrap();
        assert!(config.source_locale.is_empty());
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
