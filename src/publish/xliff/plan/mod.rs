//! `relais xliff import`: a translator's XLIFF file back into the
//! locale's Fluent files.
//!
//! [`plan()`] reads and checks the whole file and computes every change
//! without writing anything; [`Plan::apply`] then writes the translation
//! files (each atomically) and stores the reviewed translations in the TM.
//!
//! What [`plan()`] does, unit by unit (see the [module
//! documentation](super) for ids, states, selects and codes):
//! 1. the id must name a piece of the project (`unknown-id`), once
//!    (`duplicate-id`);
//! 2. a unit whose source changed since the export is `stale`: reported,
//!    not applied;
//! 3. a unit without a target, or with an empty one, is untranslated; a
//!    draft state, a Fluent-only unit with a changed target, and a plural
//!    message whose forms are not all translated are `skipped`;
//! 4. the target's codes are mapped onto the current source's codes: a
//!    code missing (`missing-code`), repeated (`duplicate-code`), not in
//!    the source (`unknown-code`), or markup closed before it is opened
//!    (`code-order`) is an error for the unit;
//! 5. each message with a changed unit is rebuilt — value and attributes,
//!    plural forms as one select — and written back as Fluent; a result
//!    that does not parse back to the same text is an error (`not-fluent`);
//! 6. the translation files as they would be written are checked with
//!    `relais check` (parity, plurals, numbers, typography, glossary, with
//!    the project's severities and suppressions); its findings on the
//!    changed messages are the import's, and a glossary finding of error
//!    severity leaves its message marked for review.
//!
//! Any unit error means nothing is written. Untouched entries keep their
//! exact bytes; changed messages keep their translator comments and
//! `relais-ignore` lines, and get `# relais: source-hash=…` (with `review
//! origin=xliff` when they wait for review). New messages go after the
//! message that precedes them in the source.
//!
//! The steps live in [`units`] (1–4: languages, ids, staleness, states),
//! [`codes`] (4: codes mapped back), [`messages`] (5: messages rebuilt and
//! placed) and [`verify`] (6: the check run); [`report`] holds what the
//! import found and [`Plan::apply`].

pub mod codes;
pub mod messages;
pub mod report;
pub mod session;
pub mod units;
pub mod verify;

#[cfg(test)]
mod tests;

use std::collections::{HashMap, HashSet};
use std::path::Path;

use crate::error::Result;
use crate::glossary::Glossary;
use crate::lang::LangTag;
use crate::model::Severity;
use crate::project::Project;
use crate::tm::Tm;

use messages::{Planned, plan_all};
use session::{Imported, Session};
use units::read_file;
use verify::check_planned;

pub use report::{Change, ImportReport, Plan, TmReport, UnitProblem};

/// Reads, checks and plans an import, writing nothing: the steps of the
/// [module documentation](self), in order.
pub fn plan(project: &Project, file: &Path, glossary: Option<&Glossary>) -> Result<Plan> {
    let read = read_file(project, file)?;
    let mut ctx = Session {
        project,
        glossary,
        target_lang: LangTag::parse(&read.locale)?,
        source_lang: LangTag::parse(project.source_locale())?,
        report: ImportReport {
            file: file.display().to_string(),
            version: read.version,
            locale: read.locale,
            units: read.units.len(),
            warnings: read.warnings,
            ..Default::default()
        },
        docs: HashMap::new(),
        seen: HashSet::new(),
        seen_keys: HashSet::new(),
    };
    let mut imported = Vec::new();
    for unit in &read.units {
        if let Some(i) = ctx.take_unit(unit, read.v2)? {
            imported.push(i);
        }
    }
    let planned = rebuild_and_check(&mut ctx, &imported)?;
    Ok(finish(ctx.report, planned))
}

/// Steps 5 and 6: rebuilds the messages, then checks the result as
/// `relais check` would; a message whose new text has a glossary error
/// stays marked for review.
fn rebuild_and_check(ctx: &mut Session<'_>, imported: &[Imported]) -> Result<Planned> {
    let mut planned = plan_all(ctx, imported, &HashSet::new())?;
    if planned.errors.is_empty() && !planned.files.is_empty() {
        let mut check = check_planned(ctx, &planned)?;
        let forced: HashSet<(String, String)> = check
            .iter()
            .filter(|f| f.severity == Severity::Error && f.is_glossary())
            .filter_map(|f| {
                let c = planned
                    .changes
                    .iter()
                    .find(|c| Some(&c.message_id) == f.message_id.as_ref() && c.file == f.file)?;
                (!c.review).then(|| (c.document.clone(), c.message_id.clone()))
            })
            .collect();
        if !forced.is_empty() {
            planned = plan_all(ctx, imported, &forced)?;
            check = check_planned(ctx, &planned)?;
        }
        ctx.report.findings = check;
    }
    Ok(planned)
}

/// The plan: the report with what rebuilding found; nothing to write
/// when there is any unit error.
fn finish(mut report: ImportReport, mut planned: Planned) -> Plan {
    report.errors.extend(planned.errors);
    report.skipped.extend(planned.skipped);
    report.applied = planned.applied;
    report.unchanged = planned.unchanged;
    report.changes = planned.changes;
    if !report.errors.is_empty() {
        planned.files.clear();
        planned.tm_units.clear();
        report.changes.clear();
        report.findings.clear();
    }
    report.errors.sort_by_key(|p| (p.line, p.column));
    report.stale.sort_by_key(|p| (p.line, p.column));
    report.skipped.sort_by_key(|p| (p.line, p.column));
    Plan {
        report,
        files: planned.files,
        tm_units: planned.tm_units,
    }
}

/// `relais xliff import`: plans the import of `file` (named `shown` in the
/// report) with the project's glossary, then, unless `dry_run` or a unit
/// error, writes it and stores the reviewed translations in the TM (opened
/// with `open_tm` only then).
pub fn import(
    project: &Project,
    file: &Path,
    shown: &Path,
    dry_run: bool,
    open_tm: &dyn Fn() -> Result<Tm>,
) -> Result<ImportReport> {
    project.require_config()?;
    let glossary = Glossary::for_project_if_any(project)?;
    let mut plan = plan(project, file, glossary.as_ref())?;
    plan.report.file = shown.display().to_string();
    plan.report.dry_run = dry_run;
    if plan.report.errors.is_empty() && !dry_run && plan.has_writes() {
        let mut tm = open_tm()?;
        plan.apply(project, &mut tm)?;
        tm.flush()?;
    }
    Ok(plan.report)
}
