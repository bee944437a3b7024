//! `relais tm import`: TMX, TSV and XLIFF files into the TM.

use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};

use crate::cli::ctx::{Ctx, Outcome};
use crate::error::{Error, Result};
use crate::json::ErrorObject;
use crate::lang::{LangTag, parse_lang_arg};
use crate::project::ImportDetails;
use crate::publish::memories::{Recording, import_and_record};
use crate::t;
use crate::tm::exchange::ImportReport;

/// Import translation memories (TMX, TSV, XLIFF), each file all or nothing
///
/// Each file is imported all or nothing: a file that fails leaves the TM as it
/// was; the others are still imported. A file inside the project is recorded
/// in `[tm] imports` of relais.toml (with its options), so a TM rebuilt from
/// the project's files has its units again. From XLIFF files (.xlf, .xliff,
/// .sdlxliff, .mqxliff; 1.0–1.2 and 2.0) only translated segments are
/// imported, one TM unit per segment; the others are counted as skipped.
///
/// Example: relais tm import partner.tmx memoq-export.tmx.gz returned.sdlxliff
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// Files to import: .tmx (TMX 1.1–1.4b, any encoding, .gz), .tsv,
    /// .xlf/.xliff/.sdlxliff/.mqxliff (XLIFF 1.x and 2.0).
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Read files as this format instead of guessing from the name.
    #[arg(long, value_enum)]
    pub format: Option<FormatArg>,
    /// TSV columns, comma-separated: src_lang, tgt_lang, source, target
    /// (others ignored), e.g. `src_lang,tgt_lang,source,target`.
    #[arg(long, value_name = "LIST")]
    pub columns: Option<String>,
    /// TSV files start with a header line.
    #[arg(long)]
    pub header: bool,
    /// Source language of TSV files without a src_lang column, and of
    /// XLIFF files that do not name one.
    #[arg(long, value_parser = parse_lang_arg, value_name = "LANG")]
    pub source: Option<LangTag>,
    /// Target language of TSV files without a tgt_lang column, and of
    /// XLIFF files that do not name one (`target-language`, `trgLang`).
    #[arg(long, value_parser = parse_lang_arg, value_name = "LANG")]
    pub target: Option<LangTag>,
    /// Store units without building the search index (faster; run
    /// `relais tm index` before looking them up).
    #[arg(long)]
    pub no_index: bool,
}

/// `--format` values.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum FormatArg {
    /// TMX.
    Tmx,
    /// Tab-separated values.
    Tsv,
    /// XLIFF 1.x or 2.0.
    Xliff,
}

/// Runs `tm import`.
pub fn run(ctx: &Ctx, args: &ImportArgs) -> Result<Outcome> {
    let project = ctx.project()?;
    let _lock = ctx.lock_project(&project, "tm import")?;
    let project_tm = ctx.uses_project_tm(&project);
    let mut tm = ctx.open_tm(&project)?;
    let mut failed = 0;
    for file in &args.files {
        let details = ImportDetails {
            path: ctx.abs(file),
            format: args
                .format
                .and_then(|f| f.to_possible_value())
                .map(|v| v.get_name().to_string()),
            columns: args.columns.clone(),
            header: args.header,
            source: args.source.as_ref().map(|l| l.as_str().to_string()),
            target: args.target.as_ref().map(|l| l.as_str().to_string()),
        };
        let progress = ctx.out.progress(&file.display().to_string(), 0, true);
        let result = import_and_record(
            &project,
            &mut tm,
            details,
            args.no_index,
            &progress,
            project_tm,
        );
        progress.finish_and_clear();
        match result {
            Ok((mut report, recording)) => {
                report.file = file.display().to_string();
                print_report(ctx, file, &report, &recording);
            }
            Err(err) if args.files.len() == 1 => return Err(err),
            Err(err) => {
                failed += 1;
                ctx.out
                    .file_error(file, &err, ErrorObject::new(&err).with_file(file));
            }
        }
    }
    if tm.unindexed_units() > 0 && !ctx.out.json {
        ctx.out
            .summary(&t!("tm-unindexed-hint", "units" => tm.unindexed_units()));
    }
    tm.flush()?;
    if failed > 0 {
        return Err(Error::Usage(
            t!("tm-import-failed", "failed" => failed, "total" => args.files.len()),
        ));
    }
    Ok(Outcome::Clean)
}

fn print_report(ctx: &Ctx, file: &Path, report: &ImportReport, recording: &Recording) {
    if ctx.out.json {
        let mut line = serde_json::to_value(report).unwrap_or_default();
        line["recorded"] = serde_json::json!(recording);
        ctx.out.json_line(&line);
        return;
    }
    let warnings: Vec<_> = report.warnings.iter().map(|w| (file, w)).collect();
    ctx.out.file_warnings(&warnings);
    ctx.out.summary(&t!(
        "tm-import-summary",
        "file" => file.display().to_string(),
        "units" => report.units_read,
        "added" => report.added,
        "merged" => report.merged,
        "skipped" => report.skipped,
        "warnings" => report.warnings.len(),
        "seconds" => format!("{:.1}", report.seconds),
    ));
    match recording {
        Recording::Recorded => ctx.out.summary(&t!("tm-import-recorded")),
        Recording::Outside => ctx.out.warn(&t!(
            "tm-import-outside",
            "file" => file.display().to_string()
        )),
        Recording::AlreadyListed | Recording::NotRecorded => {}
    }
}
