//! `relais extract`: a source document into the source locale's Fluent file.

use std::path::PathBuf;

use clap::Args;

use crate::cli::{Ctx, Outcome};
use crate::error::{Error, IoResultExt, Result};
use crate::project::is_identifier;
use crate::publish::extract::extract;
use crate::t;

/// Turn a source document into the source locale's Fluent file
///
/// Turn a source document (Markdown or plain text) into
/// locales/<source>/<NAME>.ftl, one message per block. Run again after an edit,
/// it keeps the ids of unchanged and edited blocks and reports the changed
/// messages, whose translations need review
///
/// Example: relais extract source/communique-fr.md --document communique
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// The source document (.md or .txt).
    #[arg(value_name = "SOURCE")]
    pub source: PathBuf,
    /// Document name (default: from relais.toml's document whose source
    /// this is).
    #[arg(long, value_name = "NAME")]
    pub document: Option<String>,
    /// Report what would change, write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// Runs `extract`.
pub fn run(ctx: &Ctx, args: &ExtractArgs) -> Result<Outcome> {
    let project = ctx.project()?;
    let config = project.require_config()?;
    let source = ctx.abs(&args.source);
    if !source.is_file() {
        return Err(Error::io(
            &source,
            std::io::Error::new(std::io::ErrorKind::NotFound, "no such file"),
        ));
    }
    let rel = source
        .strip_prefix(&project.root)
        .map(|p| p.to_path_buf())
        .unwrap_or_else(|_| source.clone());
    let name = match &args.document {
        Some(n) => n.clone(),
        None => config
            .documents
            .iter()
            .find(|d| {
                d.source
                    .as_ref()
                    .is_some_and(|s| project.resolve(s) == source)
            })
            .map(|d| d.name.clone())
            .ok_or_else(|| Error::Usage(t!("extract-needs-document")))?,
    };
    if !is_identifier(&name) {
        return Err(Error::Usage(format!(
            "'{name}' is not a valid document name (letters, digits, - and _)"
        )));
    }
    let target = project.resource_path(project.source_locale(), &name);
    let rel_text = rel.to_string_lossy().replace('\\', "/");
    let report = extract(&source, &rel_text, &name, &target, args.dry_run)?;
    // A new document is registered in relais.toml (appended, so the rest
    // of the file is kept as written).
    if !args.dry_run
        && !config.documents.iter().any(|d| d.name == name)
        && let Some(path) = &project.config_path
    {
        let mut text = std::fs::read_to_string(path).with_path(path)?;
        if !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(&format!(
            "\n[[documents]]\nname = \"{name}\"\nsource = \"{rel_text}\"\n"
        ));
        crate::project::Config::parse(&text, path)?;
        crate::files::atomic_write_str(path, &text)?;
    }
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
