//! `relais tm export`: the TM as TMX 1.4b.

use std::path::PathBuf;

use clap::Args;

use crate::cli::args::OutputArgs;
use crate::cli::ctx::{Ctx, Outcome};
use crate::error::{Error, Result};
use crate::lang::{LangTag, parse_lang_arg};
use crate::t;
use crate::tm::exchange::{ExportFilter, export_tmx};

/// Export the TM as a TMX 1.4b file (written atomically)
///
/// Example: relais tm export partners.tmx --source fr --target de --target it
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Output file (also -o/--output).
    #[arg(
        value_name = "OUT.tmx",
        required_unless_present = "output",
        conflicts_with = "output"
    )]
    pub out: Option<PathBuf>,
    /// Output file.
    #[command(flatten)]
    pub output: OutputArgs,
    /// Only units with this language, which becomes the header's srclang.
    #[arg(long, value_parser = parse_lang_arg, value_name = "LANG")]
    pub source: Option<LangTag>,
    /// Only these target languages (repeatable, or comma-separated).
    #[arg(long, value_parser = parse_lang_arg, value_delimiter = ',', value_name = "LANG")]
    pub target: Vec<LangTag>,
}

/// Runs `tm export`.
pub fn run(ctx: &Ctx, args: &ExportArgs) -> Result<Outcome> {
    let out = args
        .output
        .or_positional(args.out.as_ref())
        .ok_or_else(|| Error::Usage("an output file is required".into()))?;
    let path = ctx.abs(out);
    let project = ctx.project()?;
    let tm = ctx.open_tm(&project)?;
    let filter = ExportFilter {
        source: args.source.clone(),
        targets: args.target.clone(),
    };
    let progress = ctx.out.progress("export", tm.unit_count(), false);
    let report = export_tmx(&tm, &path, &filter, &progress)?;
    progress.finish_and_clear();
    if ctx.out.json {
        ctx.out.json(&report);
    } else {
        ctx.out.summary(
            &t!("tm-export-summary", "file" => out.display().to_string(), "units" => report.units),
        );
    }
    Ok(Outcome::Clean)
}
