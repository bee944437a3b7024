//! `relais tm …`: the translation-memory subcommands.

pub mod add;
pub mod concordance;
pub mod export;
pub mod import;
pub mod index;
pub mod lookup;
pub mod stats;

use clap::Subcommand;

use crate::cli::{Ctx, Outcome};
use crate::error::Result;

/// `relais tm` subcommands.
#[derive(Debug, Subcommand)]
pub enum TmCommand {
    /// Import TMX, TSV or XLIFF files into the TM (each file all or nothing).
    Import(import::ImportArgs),
    /// Export the TM as TMX 1.4b.
    Export(export::ExportArgs),
    /// Add one translation unit.
    Add(add::AddArgs),
    /// Find exact, near-exact and fuzzy matches for a text.
    Lookup(lookup::LookupArgs),
    /// Find words and phrases anywhere in the TM.
    Concordance(concordance::ConcordanceArgs),
    /// Units, variants per language and language pairs.
    Stats(stats::StatsArgs),
    /// Build the search index of units imported with --no-index.
    Index(index::IndexArgs),
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
    }
}
