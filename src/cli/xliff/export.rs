//! `relais xliff export`: a locale's translation work as XLIFF.

use clap::Args;

use crate::cli::args::OutputArgs;
use crate::cli::ctx::{Ctx, Outcome};
use crate::error::{Error, Result};
use crate::glossary::Glossary;
use crate::lang::{LangTag, parse_lang_arg};
use crate::publish::xliff::{ExportOptions, XliffFormat, export};
use crate::t;

/// Export a locale's messages as XLIFF for a translator's CAT tool
///
/// One <file> per document, one unit per message value and attribute (one per
/// plural form for plural selects), existing translations with their state,
/// Fluent placeables and markup as protected codes, TM matches, glossary terms
/// (forbidden ones flagged) and the source comments as notes. Without -o, the
/// XLIFF goes to standard output
///
/// Example: relais xliff export --locale de --version 2.0 -o de.xlf
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The target locale.
    #[arg(long, value_parser = parse_lang_arg, value_name = "LANG")]
    pub locale: LangTag,
    /// Only these documents (repeatable, or comma-separated; default: all).
    #[arg(long = "document", value_delimiter = ',', value_name = "NAME")]
    pub documents: Vec<String>,
    /// XLIFF version.
    #[arg(
        long = "version",
        value_enum,
        default_value = "1.2",
        value_name = "VERSION"
    )]
    pub format: XliffFormat,
    /// Where the XLIFF goes (default: standard output).
    #[command(flatten)]
    pub output: OutputArgs,
    /// Lowest TM match score offered (default: [pretranslate] threshold, 75).
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=101), value_name = "N")]
    pub min_score: Option<u32>,
    /// Most TM matches per unit (0: none).
    #[arg(long, default_value_t = 3, value_name = "N")]
    pub max_matches: usize,
}

/// Runs `xliff export`.
pub fn run(ctx: &Ctx, args: &ExportArgs) -> Result<Outcome> {
    let project = ctx.project()?;
    let config = project.require_config()?.clone();
    let locale = config
        .locales
        .iter()
        .find(|l| LangTag::parse(l).is_ok_and(|t| t == args.locale))
        .cloned()
        .ok_or_else(|| {
            Error::Usage(t!("locale-not-in-project", "locale" => args.locale.as_str()))
        })?;
    let documents: Vec<String> = if args.documents.is_empty() {
        config.documents.iter().map(|d| d.name.clone()).collect()
    } else {
        for d in &args.documents {
            if !config.documents.iter().any(|x| &x.name == d) {
                return Err(Error::Usage(
                    t!("document-not-in-project", "document" => d.as_str()),
                ));
            }
        }
        args.documents.clone()
    };
    let to_stdout = args.output.is_stdout();
    if to_stdout && ctx.out.json {
        return Err(Error::Usage(t!("xliff-export-json-stdout")));
    }
    let tm = ctx.open_tm(&project)?;
    let glossary = Glossary::for_project_if_any(&project)?;
    let opts = ExportOptions {
        locale: &locale,
        documents: &documents,
        format: args.format,
        min_score: args.min_score.unwrap_or(config.pretranslate.threshold),
        max_matches: args.max_matches,
    };
    let (bytes, mut report) = export(&project, &tm, glossary.as_ref(), &opts, Vec::new())?;
    args.output.write(ctx, &bytes)?;
    report.file = match &args.output.output {
        Some(path) if !to_stdout => ctx.abs(path).display().to_string(),
        _ => "-".into(),
    };
    if ctx.out.json {
        ctx.out.json(&report);
    } else {
        ctx.out.summary(&t!(
            "xliff-export-summary",
            "file" => report.file.as_str(),
            "locale" => locale.as_str(),
            "units" => report.units,
            "translated" => report.translated,
            "review" => report.review,
            "untranslated" => report.untranslated,
            "fluent" => report.fluent_only,
            "matches" => report.matches,
            "glossary" => report.glossary_entries
        ));
    }
    Ok(Outcome::Clean)
}
