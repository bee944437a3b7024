//! `relais glossary …`: the glossary of sensitive terminology.

pub mod export;
pub mod import;
pub mod list;
pub mod lookup;
pub mod verify;

use clap::Subcommand;

use crate::cli::{Ctx, Outcome};
use crate::error::Result;
use crate::glossary::Glossary;
use crate::project::Project;
use crate::t;

/// `relais glossary` subcommands.
#[derive(Debug, Subcommand)]
#[allow(missing_docs)] // The help texts are the argument structs' docs.
pub enum GlossaryCommand {
    Lookup(lookup::LookupArgs),
    Verify(verify::VerifyArgs),
    List(list::ListArgs),
    Import(import::ImportArgs),
    Export(export::ExportArgs),
}

/// Runs a `glossary` subcommand.
pub fn run(ctx: &Ctx, cmd: &GlossaryCommand) -> Result<Outcome> {
    match cmd {
        GlossaryCommand::Lookup(a) => lookup::run(ctx, a),
        GlossaryCommand::Verify(a) => verify::run(ctx, a),
        GlossaryCommand::List(a) => list::run(ctx, a),
        GlossaryCommand::Import(a) => import::run(ctx, a),
        GlossaryCommand::Export(a) => export::run(ctx, a),
    }
}

/// The project's glossary, with warnings about its TBX files printed and
/// a warning when the project has none.
pub(crate) fn load(ctx: &Ctx, project: &Project) -> Result<Glossary> {
    let (glossary, warnings) = Glossary::for_project_with_warnings(project)?;
    if !ctx.out.json {
        for (file, w) in warnings.iter().take(20) {
            ctx.out.warn(&format!(
                "{}:{}:{}: {}",
                file.display(),
                w.line,
                w.column,
                w.message
            ));
        }
        if warnings.len() > 20 {
            ctx.out
                .warn(&t!("warnings-more", "count" => warnings.len() - 20));
        }
    }
    if glossary.files().is_empty() {
        ctx.out
            .warn(&t!("glossary-none", "dir" => project.root.display().to_string()));
    }
    Ok(glossary)
}
