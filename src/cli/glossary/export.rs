//! `relais glossary export`: the project glossary as TBX-Basic or TSV.

use std::path::PathBuf;

use clap::Args;

use crate::cli::args::{OutputArgs, is_stdout};
use crate::cli::ctx::{Ctx, Outcome};
use crate::error::{Error, Result};
use crate::formats::tbx::TbxExportOptions;
use crate::glossary::exchange::{ExportFormat, export, filtered};
use crate::lang::{LangTag, parse_lang_arg};
use crate::t;

/// Export the glossary as TBX-Basic or TSV.
///
/// TBX-Basic v3, DCA style, keeps forbidden and do-not-translate as
/// `[status=…]` note prefixes; TSV writes a terms file with its concepts
/// and sources files beside it. The format follows the extension unless
/// --format is given; `-` writes to standard output (TSV: the terms file
/// only). Files are written atomically.
///
/// Example: relais glossary export glossary.tbx --lang fr,en,de
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Output file (also -o/--output).
    #[arg(
        value_name = "OUT.tbx|OUT.tsv",
        required_unless_present = "output",
        conflicts_with = "output"
    )]
    pub out: Option<PathBuf>,
    /// Output file.
    #[command(flatten)]
    pub output: OutputArgs,
    /// Output format (default: from the extension).
    #[arg(long, value_enum)]
    pub format: Option<ExportFormat>,
    /// Only terms of these languages (repeatable, or comma-separated).
    #[arg(long, value_parser = parse_lang_arg, value_delimiter = ',', value_name = "LANG")]
    pub lang: Vec<LangTag>,
}

/// Runs `glossary export`.
pub fn run(ctx: &Ctx, args: &ExportArgs) -> Result<Outcome> {
    let out = args
        .output
        .or_positional(args.out.as_ref())
        .ok_or_else(|| Error::Usage("an output file is required".into()))?;
    let stdout = is_stdout(out);
    let format = ExportFormat::choose(args.format, out, stdout)?;
    let project = ctx.project()?;
    let glossary = ctx.glossary(&project)?;
    let data = filtered(glossary.data(), &args.lang);
    let options = TbxExportOptions {
        source_lang: LangTag::parse(project.source_locale())
            .ok()
            .filter(|l| data.terms.iter().any(|t| t.lang.same_language(l))),
        title: Some(t!("glossary-export-title")),
    };
    let path = (!stdout).then(|| ctx.abs(out));
    let report = export(&data, format, path.as_deref(), &options, out)?;
    if stdout {
        return Ok(Outcome::Clean);
    }
    if ctx.out.json {
        ctx.out.json(&report);
        return Ok(Outcome::Clean);
    }
    if report.empty_concepts > 0 {
        ctx.out
            .warn(&t!("glossary-export-empty-concepts", "count" => report.empty_concepts));
    }
    ctx.out.summary(&t!(
        "glossary-export-summary",
        "file" => report.file.as_str(),
        "concepts" => report.concepts,
        "terms" => report.terms
    ));
    Ok(Outcome::Clean)
}
