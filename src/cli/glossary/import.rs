//! `relais glossary import`: TBX and TSV glossaries into the project's
//! glossary files.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use clap::Args;
use serde::Serialize;

use crate::cli::output::{localized_error, style_error};
use crate::cli::{Ctx, Outcome};
use crate::error::{Error, Result};
use crate::formats::Warning;
use crate::formats::tbx::read_tbx;
use crate::glossary::merge::{MergeReport, merge};
use crate::glossary::tsv::{self, TsvKind};
use crate::glossary::{DEFAULT_FILE, is_tbx};
use crate::json::{ErrorObject, FileError};
use crate::model::GlossaryData;
use crate::project::Project;
use crate::t;

/// Merge TBX or TSV glossaries into the project's glossary files.
///
/// Reads TBX v2 (martif) and v3 (tbx) in any dialect, or relais TSV. New
/// concepts, terms and sources are added; rows already there are kept
/// (only their empty fields are filled, and a different status is
/// reported, not applied). Each file is merged and written atomically on
/// its own; when one fails, the others are still imported and the
/// command exits 2.
///
/// Example: relais glossary import partner-termbase.tbx --into glossary/terms.tsv
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// Files to import: .tbx, or a relais terms .tsv (with its concepts
    /// and sources files beside it).
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// The terms file to merge into; its concepts.tsv and sources.tsv are
    /// updated too. Default: the first TSV file of `[glossary] files` in
    /// relais.toml, else glossary/terms.tsv.
    #[arg(long, value_name = "TERMS.tsv")]
    pub into: Option<PathBuf>,
    /// Report what would change, write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Serialize)]
struct FileReport<'a> {
    file: String,
    into: String,
    format: &'static str,
    #[serde(flatten)]
    merge: &'a MergeReport,
    dropped: &'a BTreeMap<String, usize>,
    warnings: &'a [Warning],
    dry_run: bool,
}

/// The terms file an import writes to by default.
pub fn default_target(project: &Project) -> PathBuf {
    project
        .glossary_files()
        .into_iter()
        .find(|f| !is_tbx(f) && (!f.exists() || matches!(tsv::detect_kind(f), Ok(TsvKind::Terms))))
        .unwrap_or_else(|| project.root.join(DEFAULT_FILE))
}

type Incoming = (
    GlossaryData,
    &'static str,
    Vec<Warning>,
    BTreeMap<String, usize>,
);

fn read_incoming(path: &Path) -> Result<Incoming> {
    if is_tbx(path) {
        let doc = read_tbx(path)?;
        return Ok((doc.data, "tbx", doc.warnings, doc.dropped));
    }
    match tsv::detect_kind(path)? {
        TsvKind::Terms => Ok((tsv::load_set(path)?, "tsv", Vec::new(), BTreeMap::new())),
        _ => Err(Error::invalid(
            Some(path),
            "import a terms file (header `concept lang term status …`); its concepts and sources files are read with it",
        )),
    }
}

/// Runs `glossary import`.
pub fn run(ctx: &Ctx, args: &ImportArgs) -> Result<Outcome> {
    let project = ctx.project()?;
    let into = match &args.into {
        Some(p) => ctx.abs(p),
        None => default_target(&project),
    };
    let mut data = if into.exists() {
        tsv::load_set(&into)?
    } else {
        tsv::load_siblings_only(&into)?
    };
    let mut failed = 0;
    for file in &args.files {
        let path = ctx.abs(file);
        let result = read_incoming(&path).and_then(|(incoming, format, warnings, dropped)| {
            let mut next = data.clone();
            let report = merge(&mut next, incoming);
            if !args.dry_run {
                tsv::save_set(&into, &next)?;
            }
            Ok((next, report, format, warnings, dropped))
        });
        match result {
            Ok((next, report, format, warnings, dropped)) => {
                data = next;
                print_report(
                    ctx,
                    file,
                    &into,
                    &report,
                    format,
                    &warnings,
                    &dropped,
                    args.dry_run,
                );
            }
            Err(err) if args.files.len() == 1 => return Err(err),
            Err(err) => {
                failed += 1;
                report_file_error(ctx, file, &err);
            }
        }
    }
    if failed > 0 {
        return Err(Error::Usage(
            t!("glossary-import-failed", "failed" => failed, "total" => args.files.len()),
        ));
    }
    Ok(Outcome::Clean)
}

#[allow(clippy::too_many_arguments)]
fn print_report(
    ctx: &Ctx,
    file: &Path,
    into: &Path,
    report: &MergeReport,
    format: &'static str,
    warnings: &[Warning],
    dropped: &BTreeMap<String, usize>,
    dry_run: bool,
) {
    if ctx.out.json {
        ctx.out.json_line(&FileReport {
            file: file.display().to_string(),
            into: into.display().to_string(),
            format,
            merge: report,
            dropped,
            warnings,
            dry_run,
        });
        return;
    }
    const SHOWN: usize = 20;
    for w in warnings.iter().take(SHOWN) {
        ctx.out.warn(&format!(
            "{}:{}:{}: {}",
            file.display(),
            w.line,
            w.column,
            w.message
        ));
    }
    if warnings.len() > SHOWN {
        ctx.out
            .warn(&t!("warnings-more", "count" => warnings.len() - SHOWN));
    }
    for c in report.conflicts.iter().take(SHOWN) {
        ctx.out
            .warn(&t!("glossary-import-conflict", "conflict" => c.as_str()));
    }
    if !dropped.is_empty() {
        let list: Vec<String> = dropped.iter().map(|(k, n)| format!("{k} ({n})")).collect();
        ctx.out.summary(&t!("glossary-import-dropped", "file" => file.display().to_string(), "list" => list.join(", ")));
    }
    ctx.out.summary(&t!(
        "glossary-import-summary",
        "file" => file.display().to_string(),
        "read" => report.terms_read,
        "added" => report.added,
        "merged" => report.merged,
        "skipped" => report.skipped,
        "concepts" => report.concepts_added,
        "sources" => report.sources_added,
        "into" => into.display().to_string()
    ));
    if dry_run {
        ctx.out.summary(&t!("glossary-import-dry-run"));
    }
}

fn report_file_error(ctx: &Ctx, file: &Path, err: &Error) {
    if ctx.out.json {
        ctx.out.json_line(&FileError {
            file: file.display().to_string(),
            error: ErrorObject::new(err).or_file(file),
        });
    } else {
        eprintln!(
            "{}: {}",
            style_error(&t!("error-prefix"), ctx.out.color_stderr),
            localized_error(err)
        );
    }
}
