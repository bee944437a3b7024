//! `relais tm index`: build the index of units imported with --no-index.

use clap::Args;

use crate::cli::ctx::{Ctx, Outcome};
use crate::error::Result;
use crate::t;

/// Build the search index for units imported with --no-index
///
/// Example: relais tm index
#[derive(Debug, Args)]
pub struct IndexArgs {}

/// Runs `tm index`.
pub fn run(ctx: &Ctx, _args: &IndexArgs) -> Result<Outcome> {
    let project = ctx.project()?;
    let mut tm = ctx.open_tm(&project)?;
    let progress = ctx.out.progress("index", tm.unindexed_units(), false);
    let n = tm.build_missing_index(&progress)?;
    progress.finish_and_clear();
    if ctx.out.json {
        ctx.out.json(&serde_json::json!({"indexed_units": n}));
    } else {
        ctx.out.summary(&t!("tm-index-summary", "units" => n));
    }
    Ok(Outcome::Clean)
}
