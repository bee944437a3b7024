//! `relais sync`: reviewed translations into the TM.

use clap::Args;

use crate::cli::ctx::{Ctx, Outcome};
use crate::error::Result;
use crate::publish::sync::sync;
use crate::t;

/// Store reviewed translations in the translation memory
///
/// Store every reviewed translation of every locale in the TM, keyed by
/// document and message id (for in-context matches), and sentence by sentence
/// where source and translation align. Running it twice adds nothing
///
/// Example: relais sync
#[derive(Debug, Args)]
pub struct SyncArgs {}

/// Runs `sync`.
pub fn run(ctx: &Ctx, _args: &SyncArgs) -> Result<Outcome> {
    let project = ctx.project()?;
    let _lock = ctx.lock_project(&project, "sync")?;
    project.require_config()?;
    let mut tm = ctx.open_tm(&project)?;
    let report = sync(&project, &mut tm)?;
    tm.flush()?;
    if ctx.out.json {
        ctx.out.json(&report);
    } else {
        ctx.out.summary(&t!(
            "sync-summary",
            "added" => report.added,
            "sentences" => report.sentences,
            "merged" => report.merged,
            "review" => report.skipped_review,
            "outdated" => report.skipped_outdated
        ));
    }
    Ok(Outcome::Clean)
}
