//! What keeps a locale from being published: the findings of `relais
//! check` on the project's documents, run once for every locale.
//!
//! `build` publishes a locale only when it has no finding of error
//! severity; `status` shows every finding and whether the locale is
//! publishable. Findings about the CLI's own message catalogs (which
//! `check` also reads) are not about the publication and are left out.

use crate::check::Report;
use crate::check::inputs::CATALOG_PATTERN;
use crate::check::scope::{Scope, check};
use crate::error::Result;
use crate::lang::LangTag;
use crate::model::{Finding, Severity};
use crate::project::Project;

/// Checks a whole project (its documents and the CLI catalogs it ships),
/// with its glossary when it has one.
pub fn check_project(project: &Project) -> Result<Report> {
    let scope = Scope::Project(project.clone());
    Ok(check(&scope, &[], indicatif::ProgressBar::hidden())?.1)
}

/// Whether a finding is about the project's documents (not the CLI's own
/// message catalogs).
pub fn is_document_finding(project: &Project, f: &Finding) -> bool {
    let catalog_dir = CATALOG_PATTERN.split('/').next().unwrap_or("i18n");
    !project
        .root
        .join(&f.file)
        .starts_with(project.root.join(catalog_dir))
}

/// The check findings of the project's documents, by locale.
#[derive(Debug, Clone, Default)]
pub struct Gate {
    /// (canonical locale, finding), in report order.
    findings: Vec<(String, Finding)>,
}

impl Gate {
    /// Runs the checks once for every locale of the project.
    pub fn for_project(project: &Project) -> Result<Gate> {
        let report = check_project(project)?;
        let findings = report
            .findings
            .into_iter()
            .filter(|f| is_document_finding(project, f))
            .map(|f| (LangTag::lenient(&f.locale).to_string(), f))
            .collect();
        Ok(Gate { findings })
    }

    /// The findings of a locale (written in any case or form).
    pub fn findings(&self, locale: &str) -> Vec<Finding> {
        let wanted = LangTag::lenient(locale).to_string();
        self.findings
            .iter()
            .filter(|(l, _)| *l == wanted)
            .map(|(_, f)| f.clone())
            .collect()
    }

    /// The findings that keep a locale from being published: those of
    /// error severity.
    pub fn blocking(&self, locale: &str) -> Vec<Finding> {
        let mut found = self.findings(locale);
        found.retain(|f| f.severity == Severity::Error);
        found
    }
}
