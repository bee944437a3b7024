//! `relais xliff …`: XLIFF exchange with translators' CAT tools.

pub mod export;
pub mod import;

use clap::Subcommand;

use crate::cli::ctx::{Ctx, Outcome};
use crate::error::Result;

/// `relais xliff` subcommands.
#[derive(Debug, Subcommand)]
#[allow(missing_docs)] // The help texts are the argument structs' docs.
pub enum XliffCommand {
    // `--version` names the XLIFF version here, not relais's.
    #[command(disable_version_flag = true)]
    Export(export::ExportArgs),
    Import(import::ImportArgs),
}

/// Runs an `xliff` subcommand.
pub fn run(ctx: &Ctx, cmd: &XliffCommand) -> Result<Outcome> {
    match cmd {
        XliffCommand::Export(a) => export::run(ctx, a),
        XliffCommand::Import(a) => import::run(ctx, a),
    }
}
