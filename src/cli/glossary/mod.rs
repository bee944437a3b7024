//! `relais glossary …`: the glossary of sensitive terminology.

pub mod export;
pub mod import;
pub mod list;
pub mod lookup;
pub mod verify;

use clap::Subcommand;

use crate::cli::ctx::{Ctx, Outcome};
use crate::error::Result;

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
