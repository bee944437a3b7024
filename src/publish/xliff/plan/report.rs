//! What an import found and will do: the report `xliff import` prints,
//! and the [`Plan`] whose [`Plan::apply`] writes the files and the TM.

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::error::{Error, Result};
use crate::model::{Finding, Severity, Unit};
use crate::project::Project;
use crate::publish::xliff::export::relative;
use crate::t;
use crate::tm::Tm;
use crate::tm::store::AddOutcome;

/// A problem with one unit: an error, a stale source or a skipped unit.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UnitProblem {
    /// What: `unknown-id`, `missing-code`, … (errors), `source-changed`
    /// (stale), `draft`, `fluent-only`, `incomplete-plural` (skipped).
    pub kind: &'static str,
    /// The unit id as written.
    pub unit_id: Option<String>,
    /// The document, when the id names one.
    pub document: Option<String>,
    /// The message, when the id names one.
    pub message_id: Option<String>,
    /// Line of the unit in the XLIFF file.
    pub line: u64,
    /// Column of the unit in the XLIFF file.
    pub column: u64,
    /// What is wrong, in the user's language.
    pub message: String,
    /// The inline code concerned (its original text).
    pub code: Option<String>,
}

/// A message the import adds or changes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    /// The document.
    pub document: String,
    /// The translation file, relative to the project.
    pub file: String,
    /// The message.
    pub message_id: String,
    /// `added`, `updated`, `accepted` (review mark removed) or
    /// `marked-for-review`.
    pub action: &'static str,
    /// Whether the message waits for review afterwards.
    pub review: bool,
    /// The entry before (comments included), if it existed.
    pub before: Option<String>,
    /// The entry after.
    pub after: String,
}

/// TM units stored.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct TmReport {
    /// Units added.
    pub added: u64,
    /// Units already in the TM.
    pub merged: u64,
}

/// What an import found and did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ImportReport {
    /// The XLIFF file.
    pub file: String,
    /// Its XLIFF version as declared.
    pub version: String,
    /// The project locale it translates into.
    pub locale: String,
    /// Whether nothing was to be written.
    pub dry_run: bool,
    /// Units read.
    pub units: usize,
    /// Units whose translation is taken (new or changed text, or a
    /// changed review state).
    pub applied: usize,
    /// Units whose translation is already in the locale.
    pub unchanged: usize,
    /// Units without translation.
    pub untranslated: usize,
    /// The messages added or changed.
    pub changes: Vec<Change>,
    /// Units not applied because their source changed since the export.
    pub stale: Vec<UnitProblem>,
    /// Units not applied for another reason (draft, Fluent-only,
    /// incomplete plural).
    pub skipped: Vec<UnitProblem>,
    /// Unit errors: when there is any, nothing is written.
    pub errors: Vec<UnitProblem>,
    /// What `relais check` finds on the messages the import changes
    /// (parity, plurals, numbers, typography, glossary), as `check
    /// --json` writes findings.
    pub findings: Vec<Finding>,
    /// Recoverable problems of the XLIFF file.
    pub warnings: Vec<crate::formats::Warning>,
    /// Files written.
    pub written: Vec<String>,
    /// TM units stored.
    pub tm: TmReport,
}

impl ImportReport {
    /// Glossary findings of error severity.
    pub fn finding_errors(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count()
    }
}

/// A translation file to write.
#[derive(Debug, Clone)]
pub(super) struct PlannedFile {
    pub(super) path: PathBuf,
    pub(super) text: String,
}

/// An import, computed and checked, not yet written.
#[derive(Debug)]
pub struct Plan {
    /// The report so far.
    pub report: ImportReport,
    pub(super) files: Vec<PlannedFile>,
    pub(super) tm_units: Vec<Unit>,
}

impl Plan {
    /// Whether there is anything to write.
    pub fn has_writes(&self) -> bool {
        !self.files.is_empty()
    }

    /// Stores the reviewed translations in the TM, then writes the
    /// translation files (each atomically). Refuses when there are unit
    /// errors.
    ///
    /// The TM comes first: a process killed between the two leaves the
    /// files as they were, so running the same import again finds the
    /// translations still to apply, writes them, and finds the TM units
    /// already stored (merged, not added twice). The other order would
    /// leave files that say "0 to apply" and a TM that never gets them.
    pub fn apply(&mut self, project: &Project, tm: &mut Tm) -> Result<()> {
        if !self.report.errors.is_empty() {
            return Err(Error::invalid(
                None,
                t!("xliff-import-failed", "count" => self.report.errors.len()),
            ));
        }
        if !self.tm_units.is_empty() {
            let name = Path::new(&self.report.file)
                .file_name()
                .map_or_else(|| "xliff".into(), |n| n.to_string_lossy().into_owned());
            let mut importer = tm.begin_import(&name, "xliff", None)?;
            importer.set_flagger(crate::publish::term_flags::project_flagger(project)?);
            for u in std::mem::take(&mut self.tm_units) {
                match importer.add(u)? {
                    AddOutcome::Added(_) => self.report.tm.added += 1,
                    AddOutcome::Merged => self.report.tm.merged += 1,
                    AddOutcome::Skipped => {}
                }
            }
            if self.report.tm.added > 0 {
                importer.commit()?;
            }
        }
        for f in &self.files {
            if let Some(dir) = f.path.parent() {
                std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
            }
            project.write_file(&f.path, &f.text)?;
            self.report.written.push(relative(project, &f.path));
        }
        Ok(())
    }
}
