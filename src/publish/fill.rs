//! Filling the TM from the project's tracked files.
//!
//! The sled TM is a cache: on a fresh clone, or after a schema change
//! rebuilt it empty, it is filled from what the repository tracks — the
//! memories of `[tm] imports`, then the reviewed translations of every
//! locale (`sync`). `build` does this before publishing, so the main job
//! works with no set-up; opening a rebuilt TM does it too.

use std::path::PathBuf;

use indicatif::ProgressBar;

use crate::error::Result;
use crate::project::Project;
use crate::publish::memories::import_options;
use crate::publish::sync::{SyncReport, sync};
use crate::tm::Tm;
use crate::tm::exchange::{ImportReport, import_file};

/// What filling the TM did.
#[derive(Debug, Clone, Default)]
pub struct FillReport {
    /// The tracked memories imported (as `relais.toml` names them), when
    /// the TM was empty.
    pub imports: Vec<(PathBuf, ImportReport)>,
    /// The reviewed translations stored.
    pub sync: SyncReport,
}

/// Fills `tm` from the project: the memories of `[tm] imports` when the
/// TM is empty, then the reviewed translations of every locale; flushes.
pub fn fill(project: &Project, tm: &mut Tm, progress: &ProgressBar) -> Result<FillReport> {
    let mut report = FillReport::default();
    if tm.is_empty() {
        for spec in &project.config.tm.imports {
            let details = spec.details();
            let options = import_options(project, &details)?;
            let imported = import_file(tm, &project.resolve(&details.path), &options, progress)?;
            report.imports.push((details.path, imported));
        }
    }
    report.sync = sync(project, tm)?;
    tm.flush()?;
    Ok(report)
}
