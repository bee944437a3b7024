//! `relais pretranslate`: a locale's Fluent files from the TM.

use clap::Args;

use crate::cli::ctx::{Ctx, Outcome};
use crate::error::Result;
use crate::lang::{LangTag, parse_lang_arg};
use crate::publish::pretranslate::{Request, pretranslate};
use crate::t;

/// Fill a locale's Fluent files from the translation memory
///
/// Create or complete locales/<LOCALE>/<document>.ftl from the TM: exact and
/// in-context matches filled in, fuzzy ones filled in and marked for review,
/// existing translations never overwritten (a translation whose source changed
/// is replaced by the best match, or kept, and marked)
///
/// Example: relais pretranslate --locale de
#[derive(Debug, Args)]
pub struct PretranslateArgs {
    /// Target locales (repeatable, or comma-separated; default: all).
    #[arg(long = "locale", alias = "locales", value_parser = parse_lang_arg, value_delimiter = ',', value_name = "LANG")]
    pub locales: Vec<LangTag>,
    /// Only this document.
    #[arg(long, value_name = "NAME")]
    pub document: Option<String>,
    /// Lowest fuzzy score filled in (default: [pretranslate] threshold, 75).
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=100), value_name = "N")]
    pub min_score: Option<u32>,
    /// Report what would be filled, write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// Runs `pretranslate`.
pub fn run(ctx: &Ctx, args: &PretranslateArgs) -> Result<Outcome> {
    let project = ctx.project()?;
    let _lock = ctx.lock_project(&project, "pretranslate")?;
    project.require_config()?;
    let request = Request {
        locales: args.locales.clone(),
        document: args.document.clone(),
        min_score: args.min_score,
        dry_run: args.dry_run,
    };
    let report = pretranslate(&project, &|| ctx.open_tm(&project), &request)?;
    if ctx.out.json {
        ctx.out.json(&report);
        return Ok(Outcome::Clean);
    }
    for l in &report.locales {
        for r in &l.documents {
            ctx.out.summary(&t!(
                "pretranslate-summary",
                "locale" => l.locale.as_str(),
                "file" => r.file.as_str(),
                "exact" => r.exact.len(),
                "fuzzy" => r.fuzzy.len(),
                "changed" => r.source_changed.len(),
                "missing" => r.missing.len(),
                "kept" => r.kept
            ));
        }
    }
    Ok(Outcome::Clean)
}
