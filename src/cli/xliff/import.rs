//! `relais xliff import`: a translator's XLIFF back into the locale.

use std::path::PathBuf;

use clap::Args;

use crate::cli::ctx::{Ctx, Outcome};
use crate::error::Result;
use crate::publish::xliff::import;
use crate::publish::xliff::plan::{ImportReport, UnitProblem};
use crate::style;
use crate::t;

/// Import a translated XLIFF file into the locale's Fluent files
///
/// Validates the whole file first: every unit id must name a message, attribute
/// or plural form of the project, and every placeable and markup code of the
/// source must come back exactly once (a plural form may leave out the number).
/// Any unit error means nothing is written (exit 1); a malformed file exits 2.
/// Units whose source changed since the export are not applied and are reported
/// as stale (exit 1). Translations are written atomically, untouched messages
/// keep their exact text, reviewed ones also go into the TM. The changed
/// messages are then checked as `relais check` does; a glossary error leaves its
/// message marked for review (exit 1)
///
/// Example: relais xliff import de.xlf --dry-run
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The XLIFF file (1.2 or 2.0) exported by `relais xliff export`.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Report what would change, write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// Runs `xliff import`.
pub fn run(ctx: &Ctx, args: &ImportArgs) -> Result<Outcome> {
    let project = ctx.project()?;
    let _lock = ctx.lock_project(&project, "xliff import")?;
    let path = ctx.abs(&args.file);
    let report = &import(&project, &path, &args.file, args.dry_run, &|| {
        ctx.open_tm(&project)
    })?;
    if ctx.out.json {
        ctx.out.json(report);
    } else {
        print(ctx, report);
    }
    let problems =
        !report.errors.is_empty() || !report.stale.is_empty() || report.finding_errors() > 0;
    Ok(Outcome::problems_if(problems))
}

fn problem_line(ctx: &Ctx, file: &str, p: &UnitProblem, error: bool) -> String {
    let label = if error {
        style::error(&format!("error[{}]", p.kind), ctx.out.color_stdout)
    } else {
        style::warning(&format!("warning[{}]", p.kind), ctx.out.color_stdout)
    };
    format!("{label}: {file}:{}:{}: {}", p.line, p.column, p.message)
}

fn print(ctx: &Ctx, report: &ImportReport) {
    for w in &report.warnings {
        ctx.out.warn(&format!(
            "{}:{}:{}: {}",
            report.file, w.line, w.column, w.message
        ));
    }
    for p in &report.errors {
        ctx.out.data(&problem_line(ctx, &report.file, p, true));
    }
    for p in report.stale.iter().chain(&report.skipped) {
        ctx.out.data(&problem_line(ctx, &report.file, p, false));
    }
    for c in &report.changes {
        let action = match c.action {
            "added" => t!("xliff-change-added"),
            "updated" => t!("xliff-change-updated"),
            "accepted" => t!("xliff-change-accepted"),
            _ => t!("xliff-change-review"),
        };
        ctx.out
            .data(&format!("{}: {}: {action}", c.file, c.message_id));
        if report.dry_run {
            for line in c.before.iter().flat_map(|b| b.lines()) {
                ctx.out.data(&ctx.out.dim(&format!("  - {line}")));
            }
            for line in c.after.lines() {
                ctx.out.data(&format!("  + {line}"));
            }
        }
    }
    if !report.findings.is_empty() {
        // The findings as `relais check` shows them.
        let check = crate::check::Report {
            findings: report.findings.clone(),
            ..Default::default()
        };
        let text = crate::check::report::human::render(&check, ctx.out.color_stdout);
        ctx.out.data(text.trim_end());
    }
    if !report.errors.is_empty() {
        ctx.out
            .summary(&t!("xliff-import-failed", "count" => report.errors.len()));
        return;
    }
    let added = report
        .changes
        .iter()
        .filter(|c| c.action == "added")
        .count();
    ctx.out.summary(&t!(
        "xliff-import-summary",
        "file" => report.file.as_str(),
        "locale" => report.locale.as_str(),
        "changed" => report.changes.len(),
        "added" => added,
        "applied" => report.applied,
        "unchanged" => report.unchanged,
        "untranslated" => report.untranslated,
        "stale" => report.stale.len(),
        "skipped" => report.skipped.len()
    ));
    if report.dry_run {
        ctx.out.summary(&t!("xliff-import-dry-run"));
    } else if report.tm.added + report.tm.merged > 0 {
        ctx.out.summary(&t!(
            "xliff-import-tm",
            "added" => report.tm.added,
            "merged" => report.tm.merged
        ));
    }
}
