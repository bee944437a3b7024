//! `relais extract`: a source document into the source locale's Fluent file.

use std::path::PathBuf;

use clap::Args;

use crate::cli::ctx::{Ctx, Outcome};
use crate::error::Error;
use crate::error::Result;
use crate::publish::extract::{ReadOptions, SourceFormat, extract_document};
use crate::t;

/// Turn a source document into the source locale's Fluent file
///
/// Turn a source document (Markdown, plain text, DOCX, ODT or HTML) into
/// locales/<source>/<NAME>.ftl, one message per block. Run again after an edit,
/// it keeps the ids of unchanged and edited blocks and reports the changed
/// messages, whose translations need review
///
/// Example: relais extract source/communique-fr.md --document communique
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// The source document (.md, .txt, .docx, .odt, .html).
    #[arg(value_name = "SOURCE")]
    pub source: PathBuf,
    /// Document name (default: from relais.toml's document whose source
    /// this is).
    #[arg(long, value_name = "NAME")]
    pub document: Option<String>,
    /// The source format (md, txt, docx, odt, html; default: by extension).
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,
    /// Accept the tracked changes of a DOCX or ODT document (keep
    /// insertions, drop deletions) instead of refusing it.
    #[arg(long)]
    pub accept_changes: bool,
    /// Report what would change, write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// Runs `extract`.
pub fn run(ctx: &Ctx, args: &ExtractArgs) -> Result<Outcome> {
    let project = ctx.project()?;
    let _lock = ctx.lock_project(&project, "extract")?;
    let source = ctx.abs(&args.source);
    let format =
        match &args.format {
            Some(f) => Some(SourceFormat::from_name(f).ok_or_else(|| {
                Error::Usage(t!("extract-unknown-format", "format" => f.as_str()))
            })?),
            None => None,
        };
    let options = ReadOptions {
        format,
        accept_changes: args.accept_changes,
    };
    let report = extract_document(
        &project,
        &source,
        args.document.as_deref(),
        args.dry_run,
        options,
    )?;
    if ctx.out.json {
        ctx.out.json(&report);
        return Ok(Outcome::Clean);
    }
    for c in &report.changed {
        ctx.out.data(&t!("extract-changed", "id" => c.id.as_str()));
    }
    for id in &report.added {
        ctx.out.data(&t!("extract-added", "id" => id.as_str()));
    }
    for id in &report.removed {
        ctx.out.data(&t!("extract-removed", "id" => id.as_str()));
    }
    ctx.out.summary(&t!(
        "extract-summary",
        "file" => report.file.as_str(),
        "messages" => report.messages,
        "unchanged" => report.unchanged,
        "changed" => report.changed.len(),
        "added" => report.added.len(),
        "removed" => report.removed.len()
    ));
    Ok(Outcome::Clean)
}
