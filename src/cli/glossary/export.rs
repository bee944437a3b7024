//! `relais glossary export`: the project glossary as TBX-Basic or TSV.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::Args;
use serde::Serialize;

use crate::cli::{Ctx, Outcome};
use crate::error::{Error, IoResultExt, Result};
use crate::formats::tbx::{TbxExportOptions, export_tbx, write_tbx};
use crate::glossary::{is_tbx, tsv};
use crate::lang::{LangTag, parse_lang_arg};
use crate::model::GlossaryData;
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
    #[arg(value_name = "OUT.tbx|OUT.tsv", required_unless_present = "output")]
    pub out: Option<PathBuf>,
    /// Output file.
    #[arg(
        short = 'o',
        long = "output",
        value_name = "FILE",
        conflicts_with = "out"
    )]
    pub output: Option<PathBuf>,
    /// Output format (default: from the extension).
    #[arg(long, value_enum)]
    pub format: Option<FormatArg>,
    /// Only terms of these languages (repeatable, or comma-separated).
    #[arg(long, value_parser = parse_lang_arg, value_delimiter = ',', value_name = "LANG")]
    pub lang: Vec<LangTag>,
}

/// `--format` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FormatArg {
    /// TBX-Basic v3, DCA style.
    Tbx,
    /// relais TSV.
    Tsv,
}

#[derive(Serialize)]
struct Report {
    file: String,
    format: &'static str,
    concepts: usize,
    terms: usize,
    sources: usize,
    empty_concepts: usize,
}

fn filtered(data: &GlossaryData, langs: &[LangTag]) -> GlossaryData {
    if langs.is_empty() {
        return data.clone();
    }
    let terms: Vec<_> = data
        .terms
        .iter()
        .filter(|t| langs.iter().any(|l| l.same_language(&t.lang)))
        .cloned()
        .collect();
    let concepts = data
        .concepts
        .iter()
        .filter(|c| terms.iter().any(|t| t.concept == c.id))
        .cloned()
        .collect();
    GlossaryData {
        concepts,
        terms,
        sources: data.sources.clone(),
    }
}

/// Runs `glossary export`.
pub fn run(ctx: &Ctx, args: &ExportArgs) -> Result<Outcome> {
    let out = args
        .output
        .as_ref()
        .or(args.out.as_ref())
        .ok_or_else(|| Error::Usage("an output file is required".into()))?;
    let stdout = out.as_os_str() == "-";
    let format = match args.format {
        Some(f) => f,
        None if stdout => {
            return Err(Error::Usage(
                "writing to standard output needs --format tbx or --format tsv".into(),
            ));
        }
        None if is_tbx(out) => FormatArg::Tbx,
        None if out
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("tsv")) =>
        {
            FormatArg::Tsv
        }
        None => {
            return Err(Error::Usage(format!(
                "{}: cannot tell the format from the extension; use --format tbx or --format tsv",
                out.display()
            )));
        }
    };
    let project = ctx.project()?;
    let glossary = super::load(ctx, &project)?;
    let data = filtered(glossary.data(), &args.lang);
    let path = ctx.abs(out);
    let mut report = Report {
        file: out.display().to_string(),
        format: if format == FormatArg::Tbx {
            "tbx"
        } else {
            "tsv"
        },
        concepts: 0,
        terms: data.terms.len(),
        sources: data.sources.len(),
        empty_concepts: 0,
    };
    match format {
        FormatArg::Tbx => {
            let options = TbxExportOptions {
                source_lang: LangTag::parse(project.source_locale())
                    .ok()
                    .filter(|l| data.terms.iter().any(|t| t.lang.same_language(l))),
                title: Some(t!("glossary-export-title")),
            };
            let r = if stdout {
                write_tbx(&mut std::io::stdout().lock(), &data, &options)?
            } else {
                export_tbx(&path, &data, &options)?
            };
            report.concepts = r.concepts;
            report.terms = r.terms;
            report.sources = r.sources;
            report.empty_concepts = r.empty_concepts;
        }
        FormatArg::Tsv => {
            report.concepts = data.concepts.len();
            if stdout {
                std::io::stdout()
                    .lock()
                    .write_all(tsv::format_terms(&data.terms).as_bytes())
                    .with_path(Path::new("<stdout>"))?;
            } else {
                tsv::save_set(&path, &data)?;
            }
        }
    }
    if stdout {
        return Ok(Outcome::Clean);
    }
    if ctx.out.json {
        ctx.out.json(&report);
    } else {
        if report.empty_concepts > 0 {
            ctx.out
                .warn(&t!("glossary-export-empty-concepts", "count" => report.empty_concepts));
        }
        ctx.out.summary(&t!(
            "glossary-export-summary",
            "file" => report.file.clone(),
            "concepts" => report.concepts,
            "terms" => report.terms
        ));
    }
    Ok(Outcome::Clean)
}
