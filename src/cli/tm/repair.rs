//! `relais tm repair`: rebuild a damaged TM.

use clap::Args;

use crate::cli::ctx::{Ctx, Outcome};
use crate::error::Result;
use crate::publish::repair::repair_tm;
use crate::t;

/// Rebuild the TM: keep what can be read, refill from the project’s files
///
/// Builds a new store from the units the old one can still give back, the
/// memories listed in `[tm] imports` and the reviewed translations of every
/// locale, then moves the old store aside (`<tm>.damaged-<time>`) and puts the
/// new one in its place. The old store is kept until you delete it
///
/// Example: relais tm repair
#[derive(Debug, Args)]
pub struct RepairArgs {}

/// Runs `tm repair`.
pub fn run(ctx: &Ctx, _args: &RepairArgs) -> Result<Outcome> {
    let project = ctx.project()?;
    let _lock = ctx.lock_project(&project, "tm repair")?;
    let path = ctx.tm_path(&project);
    let report = repair_tm(&project, &path, &ctx.tm_options())?;
    if ctx.out.json {
        ctx.out.json(&report);
    } else {
        if let Some(why) = &report.unreadable {
            ctx.out
                .warn(&t!("tm-repair-unreadable", "reason" => why.clone()));
        }
        ctx.out.summary(&t!(
            "tm-repair-summary",
            "units" => report.units,
            "salvaged" => report.salvaged,
            "lost" => report.lost,
            "imports" => report.from_imports,
            "locales" => report.from_locales,
            "kept" => report.kept_at.clone().unwrap_or_else(|| "-".into())
        ));
    }
    Ok(Outcome::Clean)
}
