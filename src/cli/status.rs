//! `relais status`: progress per locale, and whether it can be published.

use std::path::PathBuf;

use clap::Args;

use crate::cli::ctx::{Ctx, Outcome};
use crate::error::Result;
use crate::publish::gate::Gate;
use crate::publish::status::{self, html, table};
use crate::t;

/// Progress per locale, check findings, TM size
///
/// Show, per locale and document, what is translated, waiting for review,
/// outdated or missing, the words left to translate, the check findings
/// (glossary findings included) and the TM size per language pair
///
/// Example: relais status --html .relais/status.html (where `relais build` writes it)
#[derive(Debug, Args)]
pub struct StatusArgs {
    /// Also write a self-contained HTML page here.
    #[arg(long, value_name = "FILE")]
    pub html: Option<PathBuf>,
}

/// Runs `status`.
pub fn run(ctx: &Ctx, args: &StatusArgs) -> Result<Outcome> {
    let project = ctx.project()?;
    project.require_config()?;
    let tm = ctx.open_tm(&project)?;
    let report = status::status(&project, &tm, &Gate::for_project(&project)?)?;
    if let Some(file) = &args.html {
        let file = ctx.abs(file);
        html::write(&project, &report, &file)?;
        ctx.out
            .summary(&t!("status-html-written", "file" => file.display().to_string()));
    }
    if ctx.out.json {
        ctx.out.json(&report);
        return Ok(Outcome::Clean);
    }
    for line in table::lines(&report, ctx.out.color_stdout) {
        ctx.out.data(&line);
    }
    ctx.out
        .summary(&t!("status-tm", "units" => report.tm_units, "pairs" => report.tm_pairs.len()));
    Ok(Outcome::Clean)
}
