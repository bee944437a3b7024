//! Which files `relais check` compares.
//!
//! * A relais project: each document of `relais.toml` in the source
//!   locale and in each target locale, at the paths `layout` gives (when
//!   the configuration lists no documents, every file the layout matches in
//!   the source locale is one; when it lists no locales, every locale the
//!   layout matches is one). When the project has the CLI's own catalogs,
//!   `i18n/<lang>/relais-cli.ftl` with English as their source, they are
//!   checked too, as their own set.
//! * Any Fluent tree: a pattern such as `{locale}/**/*.ftl` (globs with
//!   `*`, `**`, `?`, `[…]`, `{a,b}`), a source locale, and the target
//!   locales found (every directory the pattern matches besides the
//!   source's).
//!
//! `--locale` restricts the target locales; a requested locale that has no
//! files is still checked (every file is then missing), except in the
//! catalogs, which only hold the languages the CLI speaks.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::lang::LangTag;
use crate::project::Project;

/// What a file set is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetKind {
    /// The documents of a relais project.
    Documents,
    /// The CLI's own message catalogs (`i18n/`).
    Catalogs,
    /// A Fluent tree given by `--files`.
    Tree,
}

/// A locale as written in paths, with its tag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Locale {
    /// As written (`es-ES`, `pt_BR`).
    pub name: String,
    /// Canonical tag.
    pub tag: LangTag,
}

impl Locale {
    fn new(name: &str) -> Locale {
        Locale {
            name: name.to_string(),
            tag: LangTag::lenient(name),
        }
    }
}

/// A source file and where its translations are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileGroup {
    /// The source file (it may not exist: then every translation found is
    /// obsolete).
    pub source: PathBuf,
    /// Whether it exists.
    pub source_exists: bool,
    /// Per target locale (same order as [`FileSet::targets`]): the path
    /// and whether it exists.
    pub targets: Vec<(PathBuf, bool)>,
}

/// Files with one source locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileSet {
    /// What they are.
    pub kind: SetKind,
    /// The source locale.
    pub source: Locale,
    /// Target locales.
    pub targets: Vec<Locale>,
    /// The files.
    pub groups: Vec<FileGroup>,
}

/// Everything a run checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// Paths in findings are relative to this directory.
    pub root: PathBuf,
    /// The configuration file, for `[[suppress]]` findings.
    pub config_file: Option<PathBuf>,
    /// File sets.
    pub sets: Vec<FileSet>,
    /// Requested locales that the configuration does not list (checked
    /// anyway).
    pub unlisted: Vec<String>,
}

/// The catalogs of the CLI's messages, relative to a project.
pub const CATALOG_PATTERN: &str = "i18n/{locale}/relais-cli.ftl";
/// The catalogs' source language.
pub const CATALOG_SOURCE: &str = "en";

impl Plan {
    /// The files of a relais project, restricted to `only` locales when
    /// given.
    pub fn project(project: &Project, only: &[LangTag]) -> Result<Plan> {
        let config = &project.config;
        let source = Locale::new(&config.source_locale);
        let mut sets = Vec::new();
        let mut unlisted = Vec::new();
        let layout = project.root.join(&config.layout);
        let layout = layout.to_string_lossy().replace('\\', "/");
        if !config.documents.is_empty() {
            let targets: Vec<String> = if config.locales.is_empty() {
                let pattern = layout.replace("{document}", "*");
                let found = scan(&pattern)?;
                found
                    .locales()
                    .map(std::string::ToString::to_string)
                    .collect()
            } else {
                config.locales.clone()
            };
            let targets = choose(&targets, &source, only, true, Some(&mut unlisted));
            let groups = config
                .documents
                .iter()
                .map(|d| {
                    let source_path = project.resource_path(&source.name, &d.name);
                    FileGroup {
                        source_exists: source_path.is_file(),
                        targets: targets
                            .iter()
                            .map(|t| {
                                let p = project.resource_path(&t.name, &d.name);
                                let exists = p.is_file();
                                (p, exists)
                            })
                            .collect(),
                        source: source_path,
                    }
                })
                .collect();
            sets.push(FileSet {
                kind: SetKind::Documents,
                source: source.clone(),
                targets,
                groups,
            });
        } else {
            let pattern = layout.replace("{document}", "*");
            if let Some(set) = tree_set(
                &pattern,
                &source,
                only,
                SetKind::Documents,
                (!config.locales.is_empty()).then_some(config.locales.as_slice()),
                &mut unlisted,
            )? {
                sets.push(set);
            }
        }
        let catalogs = project
            .root
            .join(CATALOG_PATTERN.replace("{locale}", CATALOG_SOURCE));
        if catalogs.is_file() {
            let pattern = project.root.join(CATALOG_PATTERN);
            let pattern = pattern.to_string_lossy().replace('\\', "/");
            let mut ignored = Vec::new();
            if let Some(set) = tree_set(
                &pattern,
                &Locale::new(CATALOG_SOURCE),
                only,
                SetKind::Catalogs,
                None,
                &mut ignored,
            )? {
                sets.push(set);
            }
        }
        if sets.is_empty() {
            return Err(Error::Usage(format!(
                "nothing to check in {}: no Fluent file of the source locale '{}' matches the layout '{}'",
                project.root.display(),
                source.name,
                config.layout
            )));
        }
        Ok(Plan {
            root: project.root.clone(),
            config_file: project.config_path.clone(),
            sets,
            unlisted,
        })
    }

    /// The files of a Fluent tree: `pattern` (with `{locale}`) relative to
    /// `base`.
    pub fn tree(
        base: &Path,
        pattern: &str,
        source: &LangTag,
        only: &[LangTag],
        config_file: Option<PathBuf>,
    ) -> Result<Plan> {
        if pattern.matches("{locale}").count() != 1 {
            return Err(Error::Usage(format!(
                "--files '{pattern}' must contain {{locale}} once"
            )));
        }
        let full = if Path::new(pattern).is_absolute() {
            pattern.to_string()
        } else {
            base.join(pattern).to_string_lossy().replace('\\', "/")
        };
        let found = scan(&full)?;
        let source_name = found
            .locales()
            .find(|l| LangTag::lenient(l) == *source)
            .map(str::to_string)
            .ok_or_else(|| {
                Error::Usage(format!(
                    "no file matches '{pattern}' for the source locale '{source}'"
                ))
            })?;
        let mut unlisted = Vec::new();
        let set = tree_set(
            &full,
            &Locale::new(&source_name),
            only,
            SetKind::Tree,
            None,
            &mut unlisted,
        )?
        .expect("the source locale has files");
        Ok(Plan {
            root: base.to_path_buf(),
            config_file,
            sets: vec![set],
            unlisted,
        })
    }

    /// Number of target files that will be read or reported missing.
    pub fn target_count(&self) -> usize {
        self.sets
            .iter()
            .map(|s| s.groups.len() * s.targets.len())
            .sum()
    }
}

/// Picks the target locales: `available` minus the source, restricted to
/// `only`. Requested locales that are not available are added when `add`
/// (and recorded in `unlisted`).
fn choose(
    available: &[String],
    source: &Locale,
    only: &[LangTag],
    add: bool,
    unlisted: Option<&mut Vec<String>>,
) -> Vec<Locale> {
    let mut out: Vec<Locale> = available
        .iter()
        .map(|n| Locale::new(n))
        .filter(|l| l.tag != source.tag)
        .filter(|l| only.is_empty() || only.contains(&l.tag))
        .collect();
    if add {
        let mut extra = Vec::new();
        for tag in only {
            if *tag != source.tag && !out.iter().any(|l| l.tag == *tag) {
                extra.push(tag.to_string());
                out.push(Locale {
                    name: tag.to_string(),
                    tag: tag.clone(),
                });
            }
        }
        if let Some(u) = unlisted {
            u.extend(extra);
        }
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out.dedup_by(|a, b| a.tag == b.tag);
    out
}

/// The files of a tree as a file set, or `None` when the source locale
/// has no file there.
fn tree_set(
    pattern: &str,
    source: &Locale,
    only: &[LangTag],
    kind: SetKind,
    configured: Option<&[String]>,
    unlisted: &mut Vec<String>,
) -> Result<Option<FileSet>> {
    let found = scan(pattern)?;
    let Some(source_name) = found
        .locales()
        .find(|l| LangTag::lenient(l) == source.tag)
        .map(str::to_string)
    else {
        return Ok(None);
    };
    let source = Locale {
        name: source_name,
        tag: source.tag.clone(),
    };
    let available: Vec<String> = match configured {
        Some(list) => list.to_vec(),
        None => found.locales().map(str::to_string).collect(),
    };
    let add = kind != SetKind::Catalogs;
    // Requested locales with no directory are "unlisted" only against a
    // configured list.
    let record = configured.is_some().then_some(unlisted);
    let targets = choose(&available, &source, only, add, record);
    let mut groups = Vec::new();
    for (key, by_locale) in &found.files {
        let path_for = |locale: &str| found.path(key, locale);
        let source_path = path_for(&source.name);
        groups.push(FileGroup {
            source_exists: by_locale.contains(&source.name),
            source: source_path,
            targets: targets
                .iter()
                .map(|t| (path_for(&t.name), by_locale.contains(&t.name)))
                .collect(),
        });
    }
    Ok(Some(FileSet {
        kind,
        source,
        targets,
        groups,
    }))
}

/// Files found for a pattern: per file key (the path with the locale
/// replaced by `{locale}`), the locales that have it.
#[derive(Debug, Default)]
struct Scan {
    root: PathBuf,
    files: BTreeMap<String, BTreeSet<String>>,
    locales: BTreeSet<String>,
}

impl Scan {
    fn locales(&self) -> impl Iterator<Item = &str> {
        self.locales.iter().map(String::as_str)
    }

    fn path(&self, key: &str, locale: &str) -> PathBuf {
        self.root.join(key.replace("{locale}", locale))
    }
}

const LOCALE_TOKEN: &str = "RELAISLOCALEPLACEHOLDER";

/// Walks the directory a pattern starts in and matches every file.
fn scan(pattern: &str) -> Result<Scan> {
    // The walk starts at the longest leading part without glob syntax.
    let parts: Vec<&str> = pattern.split('/').collect();
    let literal = parts
        .iter()
        .position(|p| p.contains(['{', '*', '?', '[']))
        .unwrap_or(parts.len().saturating_sub(1));
    let root_str = parts[..literal].join("/");
    let root = if root_str.is_empty() && pattern.starts_with('/') {
        PathBuf::from("/")
    } else {
        PathBuf::from(&root_str)
    };
    let rest = parts[literal..].join("/");
    if !root.is_dir() {
        return Err(Error::io(
            &root,
            std::io::Error::new(std::io::ErrorKind::NotFound, "directory not found"),
        ));
    }
    let glob = globset::GlobBuilder::new(&rest.replace("{locale}", LOCALE_TOKEN))
        .literal_separator(true)
        .build()
        .map_err(|e| Error::Usage(format!("invalid pattern '{pattern}': {e}")))?;
    let source = glob.regex().replacen(LOCALE_TOKEN, "(?P<locale>[^/]+)", 1);
    let regex = regex::bytes::Regex::new(&source)
        .map_err(|e| Error::Usage(format!("invalid pattern '{pattern}': {e}")))?;
    let mut scan = Scan {
        root: root.clone(),
        ..Default::default()
    };
    let walker = walkdir::WalkDir::new(&root)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walker {
        let entry = entry.map_err(|e| {
            let path = e.path().map_or_else(|| root.clone(), Path::to_path_buf);
            Error::io(path, std::io::Error::other(e.to_string()))
        })?;
        if !entry.file_type().is_file() {
            continue;
        }
        let Ok(rel) = entry.path().strip_prefix(&root) else {
            continue;
        };
        let rel = rel.to_string_lossy().replace('\\', "/");
        let Some(caps) = regex.captures(rel.as_bytes()) else {
            continue;
        };
        let Some(m) = caps.name("locale") else {
            continue;
        };
        let locale = String::from_utf8_lossy(m.as_bytes()).into_owned();
        let key = format!("{}{{locale}}{}", &rel[..m.start()], &rel[m.end()..]);
        scan.files.entry(key).or_default().insert(locale.clone());
        scan.locales.insert(locale);
    }
    Ok(scan)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn touch(root: &Path, rel: &str) {
        let p = root.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, "a = b\n").unwrap();
    }

    #[test]
    fn trees_group_files_by_path_and_locale() {
        let dir = tempfile::tempdir().unwrap();
        let r = dir.path();
        for f in [
            "en-US/mail/a.ftl",
            "en-US/mail/sub/b.ftl",
            "de/mail/a.ftl",
            "de/mail/extra.ftl",
            "fr/mail/sub/b.ftl",
            "fr/mail/notes.txt",
            ".git/x/mail/a.ftl",
        ] {
            touch(r, f);
        }
        let en = LangTag::parse("en-US").unwrap();
        let plan = Plan::tree(r, "{locale}/**/*.ftl", &en, &[], None).unwrap();
        let set = &plan.sets[0];
        assert_eq!(set.source.name, "en-US");
        let names: Vec<_> = set.targets.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["de", "fr"]);
        assert_eq!(set.groups.len(), 3);
        let a = &set.groups[0];
        assert!(a.source.ends_with("en-US/mail/a.ftl") && a.source_exists);
        assert!(a.targets[0].1);
        assert!(!a.targets[1].1);
        let extra = set
            .groups
            .iter()
            .find(|g| g.source.ends_with("extra.ftl"))
            .unwrap();
        assert!(!extra.source_exists);
        // Restricted, with a locale that has no files.
        let only = [LangTag::parse("fr").unwrap(), LangTag::parse("it").unwrap()];
        let plan = Plan::tree(r, "{locale}/**/*.ftl", &en, &only, None).unwrap();
        let names: Vec<_> = plan.sets[0]
            .targets
            .iter()
            .map(|t| t.name.as_str())
            .collect();
        assert_eq!(names, ["fr", "it"]);
        // No source files: a usage error.
        let err = Plan::tree(
            r,
            "{locale}/**/*.ftl",
            &LangTag::parse("pl").unwrap(),
            &[],
            None,
        )
        .unwrap_err();
        assert!(err.to_string().contains("pl"), "{err}");
        // A missing directory is an I/O error.
        assert!(Plan::tree(&r.join("nope"), "{locale}/*.ftl", &en, &[], None).is_err());
        assert!(Plan::tree(r, "*.ftl", &en, &[], None).is_err());
    }

    #[test]
    fn projects_use_documents_locales_and_catalogs() {
        let dir = tempfile::tempdir().unwrap();
        let r = dir.path();
        std::fs::write(
            r.join("relais.toml"),
            "source_locale = \"fr\"\nlocales = [\"de\", \"it\"]\n[[documents]]\nname = \"doc\"\n",
        )
        .unwrap();
        touch(r, "locales/fr/doc.ftl");
        touch(r, "locales/de/doc.ftl");
        touch(r, "i18n/en/relais-cli.ftl");
        touch(r, "i18n/fr/relais-cli.ftl");
        let project = Project::discover(r, None).unwrap();
        let plan = Plan::project(&project, &[]).unwrap();
        assert_eq!(plan.sets.len(), 2);
        let docs = &plan.sets[0];
        assert_eq!(docs.kind, SetKind::Documents);
        assert_eq!(
            docs.groups[0].targets,
            [
                (r.join("locales/de/doc.ftl"), true),
                (r.join("locales/it/doc.ftl"), false)
            ]
        );
        let cats = &plan.sets[1];
        assert_eq!(cats.kind, SetKind::Catalogs);
        assert_eq!(cats.source.name, "en");
        assert_eq!(cats.targets.len(), 1);
        // --locale de: the catalogs have no German, and none is invented.
        let plan = Plan::project(&project, &[LangTag::parse("de").unwrap()]).unwrap();
        assert_eq!(plan.sets[0].targets.len(), 1);
        assert!(plan.sets[1].targets.is_empty());
        // A locale the configuration does not list is checked and noted.
        let plan = Plan::project(&project, &[LangTag::parse("nl").unwrap()]).unwrap();
        assert_eq!(plan.unlisted, ["nl"]);
    }
}
