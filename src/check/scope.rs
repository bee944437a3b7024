//! What one `relais check` run reads, and the run itself: a relais project
//! (its documents and the CLI catalogs it ships, with its glossary), or
//! any Fluent tree given as `--files '{locale}/**/*.ftl'`, which has no
//! glossary unless `--project` names one.

use std::path::PathBuf;

use indicatif::ProgressBar;

use crate::check::inputs::Plan;
use crate::check::runner::Checker;
use crate::check::settings::Settings;
use crate::check::summary::Report;
use crate::error::Result;
use crate::glossary::{Glossary, TermChecker};
use crate::lang::LangTag;
use crate::project::{Config, Project};

/// What a run checks.
#[derive(Debug, Clone)]
pub enum Scope {
    /// A relais project.
    Project(Project),
    /// A Fluent tree.
    Tree {
        /// The folder `pattern` is relative to.
        base: PathBuf,
        /// Files, with `{locale}` where the locale goes.
        pattern: String,
        /// The source locale.
        source: LangTag,
        /// The project named with `--project`, whose settings and glossary
        /// apply.
        project: Option<Project>,
    },
}

impl Scope {
    /// The files to compare, and the settings that apply.
    pub fn plan(&self, locales: &[LangTag]) -> Result<(Plan, Settings)> {
        match self {
            Scope::Project(project) => {
                if project.config_path.is_some() {
                    project.require_config()?;
                }
                Ok((
                    Plan::project(project, locales)?,
                    Settings::new(project.config.clone()),
                ))
            }
            Scope::Tree {
                base,
                pattern,
                source,
                project,
            } => {
                let (base, config, config_file) = match project {
                    Some(p) => (p.root.clone(), p.config.clone(), p.config_path.clone()),
                    None => (base.clone(), Config::default(), None),
                };
                let plan = Plan::tree(&base, pattern, source, locales, config_file)?;
                Ok((plan, Settings::new(config)))
            }
        }
    }

    /// The glossary that checks terminology, if the scope has one.
    pub fn glossary(&self) -> Result<Option<Glossary>> {
        match self {
            Scope::Project(p)
            | Scope::Tree {
                project: Some(p), ..
            } => Glossary::for_project_if_any(p),
            Scope::Tree { project: None, .. } => Ok(None),
        }
    }
}

/// Runs every check on `scope` (only the target `locales` given, when
/// any); `progress` advances once per source file.
pub fn check(scope: &Scope, locales: &[LangTag], progress: ProgressBar) -> Result<(Plan, Report)> {
    let (plan, settings) = scope.plan(locales)?;
    let glossary = scope.glossary()?;
    let report = Checker {
        settings: &settings,
        glossary: glossary.as_ref().map(|g| g as &dyn TermChecker),
        progress,
    }
    .run(&plan)?;
    Ok((plan, report))
}
