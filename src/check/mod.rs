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
//!   [`typography`], and terminology through [`crate::glossary::TermChecker`].
//! * [`suppress`]: `# relais-ignore:` comments and `[[suppress]]`.
//! * [`summary`]: the [`Report`] of a run, with counts per locale.
//! * [`report`]: human, JSON, JUnit XML and SARIF output.

pub mod content;
pub mod emit;
pub mod ids;
pub mod inputs;
pub mod message;
pub mod numbers;
pub mod parity;
pub mod plural;
pub mod report;
pub mod runner;
pub mod settings;
pub mod summary;
pub mod suppress;
pub mod typography;

use crate::model::Finding;

pub use inputs::{Plan, SetKind};
pub use runner::{Checker, run};
pub use settings::Settings;
pub use summary::{LocaleSummary, Report, Summary};

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
        glossary: glossary
            .as_ref()
            .map(|g| g as &dyn crate::glossary::TermChecker),
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
