//! `relais tm repair`: a new store in place of a damaged one.
//!
//! The TM is a cache of tracked files (DESIGN: "the TM is rebuildable"),
//! so a repair builds a fresh store beside the damaged one, in three
//! steps:
//!
//! 1. **salvage**: every unit the damaged store can still give back is
//!    copied (units of a block that no longer decodes are lost; the
//!    report counts them);
//! 2. **refill** from the project's tracked files: the memories of
//!    `[tm] imports` (which `tm import` and `tm add` keep up to date) and
//!    the reviewed translations of every locale (`sync`); what step 1
//!    already copied is merged, not stored twice;
//! 3. **swap**: the damaged store is renamed `<tm>.damaged-<time>` (kept
//!    until you delete it) and the new one takes its place.
//!
//! Nothing is removed before the new store is complete, so a repair that
//! fails or is killed leaves the damaged store where it was, and can be
//! run again.

use std::path::{Path, PathBuf};

use indicatif::ProgressBar;
use serde::Serialize;

use crate::error::{Error, Result};
use crate::project::Project;
use crate::publish::memories::import_options;
use crate::publish::sync::sync;
use crate::tm::exchange::import_file;
use crate::tm::store::AddOutcome;
use crate::tm::{OpenOptions, Tm};

/// What a repair did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct RepairReport {
    /// Units copied from the damaged store.
    pub salvaged: u64,
    /// Why the damaged store could not be read at all, if it could not.
    pub unreadable: Option<String>,
    /// Units of the damaged store that could not be decoded.
    pub lost: u64,
    /// Units added from `[tm] imports`.
    pub from_imports: u64,
    /// Units added from the locales' reviewed translations.
    pub from_locales: u64,
    /// Units in the new store.
    pub units: u64,
    /// Where the damaged store was moved, if there was one.
    pub kept_at: Option<String>,
}

/// Rebuilds the TM at `path`; see the module documentation.
pub fn repair_tm(project: &Project, path: &Path, options: &OpenOptions) -> Result<RepairReport> {
    let mut report = RepairReport::default();
    let fresh_path = sibling(path, "repair");
    if fresh_path.exists() {
        // A repair that did not finish: start again from scratch.
        std::fs::remove_dir_all(&fresh_path).map_err(|e| Error::io(&fresh_path, e))?;
    }
    {
        let mut fresh = Tm::open(&fresh_path, options)?;
        if path.exists() {
            salvage(path, options, &mut fresh, &mut report)?;
        }
        refill(project, &mut fresh, &mut report)?;
        report.units = fresh.unit_count();
        fresh.flush()?;
    }
    if path.exists() {
        let kept = sibling(
            path,
            &format!("damaged-{}", chrono::Utc::now().format("%Y%m%dT%H%M%S")),
        );
        std::fs::rename(path, &kept).map_err(|e| Error::io(path, e))?;
        report.kept_at = Some(kept.display().to_string());
    }
    std::fs::rename(&fresh_path, path).map_err(|e| Error::io(&fresh_path, e))?;
    Ok(report)
}

/// `<tm>.<suffix>` beside the TM directory.
fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".{suffix}"));
    path.with_file_name(name)
}

fn salvage(
    path: &Path,
    options: &OpenOptions,
    fresh: &mut Tm,
    report: &mut RepairReport,
) -> Result<()> {
    let damaged = match Tm::open(path, options) {
        Ok(tm) => tm,
        Err(e @ Error::Locked { .. }) => return Err(e),
        Err(e) => {
            report.unreadable = Some(e.to_string());
            return Ok(());
        }
    };
    let recorded = damaged.unit_count();
    let name = format!("salvaged from {}", path.display());
    let mut importer = fresh.begin_import(&name, "salvage", None)?;
    for item in damaged.iter() {
        // A unit that does not decode is counted as lost below.
        if let Ok((_, stored)) = item
            && let AddOutcome::Added(_) | AddOutcome::Merged = importer.add(stored.unit)?
        {
            report.salvaged += 1;
        }
    }
    importer.commit()?;
    report.lost = recorded.saturating_sub(report.salvaged);
    Ok(())
}

fn refill(project: &Project, fresh: &mut Tm, report: &mut RepairReport) -> Result<()> {
    for spec in &project.config.tm.imports {
        let details = spec.details();
        let imported = import_file(
            fresh,
            &project.resolve(&details.path),
            &import_options(project, &details)?,
            &ProgressBar::hidden(),
        )?;
        report.from_imports += imported.added;
    }
    if project.config_path.is_some() {
        report.from_locales = sync(project, fresh)?.added;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Unit, Variant};

    #[test]
    fn a_repair_keeps_what_can_be_read_and_moves_the_damaged_store_aside() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("relais.toml"), "source_locale = \"fr\"\n").unwrap();
        let project = Project::discover(dir.path(), None).unwrap();
        let path = dir.path().join(".relais/tm");
        {
            let mut tm = Tm::open(&path, &OpenOptions::default()).unwrap();
            let mut importer = tm.begin_import("t", "add", None).unwrap();
            for i in 0..10 {
                importer
                    .add(Unit {
                        variants: vec![
                            Variant::new("en", format!("unit {i}")),
                            Variant::new("fr", format!("unité {i}")),
                        ],
                        ..Unit::default()
                    })
                    .unwrap();
            }
            importer.commit().unwrap();
        }
        let report = repair_tm(&project, &path, &OpenOptions::default()).unwrap();
        assert_eq!(report.salvaged, 10);
        assert_eq!(report.lost, 0);
        assert_eq!(report.units, 10);
        let kept = PathBuf::from(report.kept_at.unwrap());
        assert!(kept.is_dir());
        assert!(!sibling(&path, "repair").exists());
        let tm = Tm::open(&path, &OpenOptions::default()).unwrap();
        assert_eq!(tm.unit_count(), 10);
        assert!(tm.verify().is_ok());
    }
}
