//! `relais tm verify`: read the whole TM back and report damage.

use clap::Args;

use crate::cli::ctx::{Ctx, Outcome};
use crate::error::Result;
use crate::t;

/// Check that every unit and index entry of the TM can be read back
///
/// Reads every unit block, duplicate table and index bucket of the
/// translation memory. Exits 1 when anything is damaged (then run `relais tm
/// repair`), 0 when the store is intact
///
/// Example: relais tm verify
#[derive(Debug, Args)]
pub struct VerifyArgs {}

/// Runs `tm verify`.
pub fn run(ctx: &Ctx, _args: &VerifyArgs) -> Result<Outcome> {
    let project = ctx.project()?;
    let tm = ctx.open_tm(&project)?;
    let report = tm.verify();
    if ctx.out.json {
        ctx.out.json(&report);
    } else {
        for problem in &report.problems {
            ctx.out.warn(problem);
        }
        let summary = if report.is_ok() {
            t!("tm-verify-ok", "units" => report.units, "buckets" => report.buckets)
        } else {
            t!("tm-verify-damaged", "problems" => report.problems.len(), "path" => tm.path().display().to_string())
        };
        ctx.out.summary(&summary);
    }
    Ok(Outcome::problems_if(!report.is_ok()))
}
