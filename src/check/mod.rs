//! `relais check`: the localization linter.
//!
//! Compares each target locale's Fluent files with the source locale's and
//! reports findings, each with a stable check id ([`ids`]), a severity
//! (default per check, changed per check and per locale in `relais.toml`),
//! a locale, a file, a line and column, and the message id.
//!
//! * [`inputs`]: which files to compare — a relais project (`relais.toml`
//!   documents and layout, plus the CLI's own catalogs under `i18n/`), or
//!   any Fluent tree given as `--files '{locale}/**/*.ftl'`.
//! * [`runner`]: reads and checks the files in parallel, one source file
//!   and its translations at a time (no more parsed files in memory than
//!   threads at work), applies suppressions and sorts the findings by
//!   (locale, file, line, column, check).
//! * The checks: [`parity`] (compare-locales' checks plus `$variable`
//!   references), [`plural`], [`content`] (empty, untranslated, numbers),
//!   [`typography`], and terminology through [`glossary::TermChecker`].
//! * [`suppress`]: `# relais-ignore:` comments and `[[suppress]]`.
//! * [`report`]: human, JSON, JUnit XML and SARIF output.

pub mod content;
pub mod glossary;
pub mod ids;
pub mod inputs;
pub mod message;
pub mod numbers;
pub mod parity;
pub mod plural;
pub mod report;
pub mod runner;
pub mod settings;
pub mod suppress;
pub mod typography;

use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::{Finding, Severity};

pub use inputs::{Plan, SetKind};
pub use runner::{Checker, run};
pub use settings::Settings;

/// Checks a whole project (its documents and the CLI catalogs it ships),
/// with its glossary when it has one: what `build` and `status` rely on.
pub fn check_project(project: &crate::project::Project) -> crate::error::Result<Report> {
    let plan = Plan::project(project, &[])?;
    let settings = Settings::new(project.config.clone());
    let glossary = if crate::glossary::Glossary::project_files(project).is_empty() {
        None
    } else {
        Some(crate::glossary::Glossary::for_project(project)?)
    };
    Checker {
        settings: &settings,
        glossary: glossary.as_ref().map(|g| g as &dyn glossary::TermChecker),
        progress: indicatif::ProgressBar::hidden(),
    }
    .run(&plan)
}

/// Whether a finding is about the project's documents (not the CLI's own
/// message catalogs, which `check` also reads).
pub fn is_document_finding(project: &crate::project::Project, f: &Finding) -> bool {
    let catalog_dir = inputs::CATALOG_PATTERN.split('/').next().unwrap_or("i18n");
    !project
        .root
        .join(&f.file)
        .starts_with(project.root.join(catalog_dir))
}

/// Counts for one locale.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct LocaleSummary {
    /// Files read.
    pub files: usize,
    /// Messages and terms in them.
    pub messages: usize,
    /// Findings of error severity.
    pub errors: usize,
    /// Findings of warning severity.
    pub warnings: usize,
    /// Findings of info severity.
    pub infos: usize,
    /// Findings suppressed.
    pub suppressed: usize,
    /// Untranslated messages and terms as compare-locales counts them:
    /// `missing-message` findings plus the entries of missing files.
    pub missing: usize,
    /// `obsolete-message` findings (compare-locales' `obsolete`).
    pub obsolete: usize,
    /// Findings per check id.
    pub checks: BTreeMap<String, usize>,
}

/// Counts for the whole run.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Files read.
    pub files: usize,
    /// Messages and terms in them.
    pub messages: usize,
    /// Findings of error severity.
    pub errors: usize,
    /// Findings of warning severity.
    pub warnings: usize,
    /// Findings of info severity.
    pub infos: usize,
    /// Findings suppressed.
    pub suppressed: usize,
    /// Per locale (the source locale included, for findings in source
    /// files).
    pub by_locale: BTreeMap<String, LocaleSummary>,
}

/// The result of a run.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Report {
    /// Findings, sorted.
    pub findings: Vec<Finding>,
    /// Counts.
    pub summary: Summary,
    /// Files checked (read, or reported missing) per locale.
    #[serde(skip)]
    pub files: BTreeMap<String, std::collections::BTreeSet<String>>,
}

impl Report {
    /// Fills in the counts of findings (files and messages are counted
    /// while reading).
    pub fn count(&mut self) {
        let s = &mut self.summary;
        s.errors = 0;
        s.warnings = 0;
        s.infos = 0;
        for l in s.by_locale.values_mut() {
            l.errors = 0;
            l.warnings = 0;
            l.infos = 0;
            l.missing = 0;
            l.obsolete = 0;
            l.checks.clear();
        }
        for f in &self.findings {
            let l = s.by_locale.entry(f.locale.clone()).or_default();
            match f.severity {
                Severity::Error => {
                    s.errors += 1;
                    l.errors += 1;
                }
                Severity::Warning => {
                    s.warnings += 1;
                    l.warnings += 1;
                }
                Severity::Info => {
                    s.infos += 1;
                    l.infos += 1;
                }
                Severity::Off => {}
            }
            *l.checks.entry(f.check.clone()).or_default() += 1;
            if f.check == ids::MISSING_MESSAGE {
                l.missing += 1;
            } else if f.check == ids::MISSING_FILE {
                l.missing += f.entries.unwrap_or(0);
            } else if f.check == ids::OBSOLETE_MESSAGE {
                l.obsolete += 1;
            }
        }
        s.suppressed = s.by_locale.values().map(|l| l.suppressed).sum();
    }

    /// Whether the run fails: errors, or warnings when they are denied.
    pub fn fails(&self, deny_warnings: bool) -> bool {
        self.summary.errors > 0 || (deny_warnings && self.summary.warnings > 0)
    }
}
