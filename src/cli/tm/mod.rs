//! `relais tm …`: the translation-memory subcommands.

pub mod add;
pub mod concordance;
pub mod export;
pub mod import;
pub mod index;
pub mod lookup;
pub mod repair;
pub mod stats;
pub mod verify;

use clap::Subcommand;

use crate::cli::ctx::{Ctx, Outcome};
use crate::error::Result;

/// `relais tm` subcommands.
#[derive(Debug, Subcommand)]
pub enum TmCommand {
    Import(import::ImportArgs),
    Export(export::ExportArgs),
    Add(add::AddArgs),
    Lookup(lookup::LookupArgs),
    Concordance(concordance::ConcordanceArgs),
    Stats(stats::StatsArgs),
    Index(index::IndexArgs),
    Verify(verify::VerifyArgs),
    Repair(repair::RepairArgs),
}

/// Runs a `tm` subcommand.
pub fn run(ctx: &Ctx, cmd: &TmCommand) -> Result<Outcome> {
    match cmd {
        TmCommand::Import(a) => import::run(ctx, a),
        TmCommand::Export(a) => export::run(ctx, a),
        TmCommand::Add(a) => add::run(ctx, a),
        TmCommand::Lookup(a) => lookup::run(ctx, a),
        TmCommand::Concordance(a) => concordance::run(ctx, a),
        TmCommand::Stats(a) => stats::run(ctx, a),
        TmCommand::Index(a) => index::run(ctx, a),
        TmCommand::Verify(a) => verify::run(ctx, a),
        TmCommand::Repair(a) => repair::run(ctx, a),
    }
}
