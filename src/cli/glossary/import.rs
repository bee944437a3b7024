//! `relais glossary import`: TBX and TSV glossaries into the project's
//! glossary files.

use std::path::PathBuf;

use clap::Args;

use crate::cli::ctx::{Ctx, Outcome};
use crate::error::{Error, Result};
use crate::glossary::exchange::{FileImport, default_target, import_file, load_target};
use crate::json::ErrorObject;
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

/// Runs `glossary import`.
pub fn run(ctx: &Ctx, args: &ImportArgs) -> Result<Outcome> {
    let project = ctx.project()?;
    let _lock = ctx.lock_project(&project, "glossary import")?;
    let into = match &args.into {
        Some(p) => ctx.abs(p),
        None => default_target(&project),
    };
    let mut data = load_target(&into)?;
    let mut failed = 0;
    for file in &args.files {
        match import_file(&mut data, &into, &ctx.abs(file), file, args.dry_run) {
            Ok(report) => print_report(ctx, &report),
            Err(err) if args.files.len() == 1 => return Err(err),
            Err(err) => {
                failed += 1;
                ctx.out
                    .file_error(file, &err, ErrorObject::new(&err).or_file(file));
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

fn print_report(ctx: &Ctx, report: &FileImport) {
    if ctx.out.json {
        ctx.out.json_line(report);
        return;
    }
    let file = std::path::Path::new(&report.file);
    let warnings: Vec<_> = report.warnings.iter().map(|w| (file, w)).collect();
    ctx.out.file_warnings(&warnings);
    for c in report.merge.conflicts.iter().take(20) {
        ctx.out
            .warn(&t!("glossary-import-conflict", "conflict" => c.as_str()));
    }
    if !report.dropped.is_empty() {
        let list: Vec<String> = report
            .dropped
            .iter()
            .map(|(k, n)| format!("{k} ({n})"))
            .collect();
        ctx.out.summary(&t!("glossary-import-dropped", "file" => report.file.as_str(), "list" => list.join(", ")));
    }
    let m = &report.merge;
    ctx.out.summary(&t!(
        "glossary-import-summary",
        "file" => report.file.as_str(),
        "read" => m.terms_read,
        "added" => m.added,
        "merged" => m.merged,
        "skipped" => m.skipped,
        "concepts" => m.concepts_added,
        "sources" => m.sources_added,
        "into" => report.into.as_str()
    ));
    if report.dry_run {
        ctx.out.summary(&t!("glossary-import-dry-run"));
    }
}
