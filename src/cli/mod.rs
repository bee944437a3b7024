//! The command line: one module per subcommand, each parsing its
//! arguments, calling one function of the library and printing the result
//! (as cargo's `src/bin/cargo/commands/*` call its `ops`).
//!
//! [`ctx`] opens the project, the TM and the glossary as every command
//! does; [`output`] writes (data on stdout, messages on stderr, JSON,
//! colour, progress); [`errors`] reports a command that could not run;
//! [`help`] localizes help texts, [`usage`] clap's errors; [`args`] holds
//! shared arguments and hides the global ones a command has no use for.
//!
//! Exit codes: 0 success; 1 the command ran and found problems; 2 the
//! command could not run (bad arguments, invalid input, I/O, TM locked).

pub mod align;
pub mod args;
pub mod build;
pub mod check;
pub mod completions;
pub mod ctx;
pub mod errors;
pub mod extract;
pub mod glossary;
pub mod help;
pub mod init;
pub mod output;
pub mod pretranslate;
pub mod review;
pub mod status;
pub mod sync;
pub mod tm;
pub mod usage;
pub mod xliff;

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::cli::args::scope_global_args;
use crate::cli::ctx::{Ctx, GlobalArgs, Outcome};
use crate::cli::errors::report_error;

/// relais: translation memory, terminology and Fluent publication.
#[derive(Debug, Parser)]
#[command(
    name = "relais",
    version,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    /// Options every subcommand accepts.
    #[command(flatten)]
    pub global: GlobalArgs,
    /// The subcommand.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    Init(init::InitArgs),
    Extract(extract::ExtractArgs),
    Pretranslate(pretranslate::PretranslateArgs),
    Sync(sync::SyncArgs),
    Build(build::BuildArgs),
    /// Accept translations marked for review.
    #[command(subcommand)]
    Review(review::ReviewCommand),
    Status(status::StatusArgs),
    Check(check::CheckArgs),
    Align(align::AlignArgs),
    /// Translation memory: import, export, add, lookup, concordance, stats.
    #[command(subcommand)]
    Tm(tm::TmCommand),
    Completions(completions::CompletionsArgs),
    Man(completions::ManArgs),
    /// Glossary of sensitive terminology: lookup, verify, list, import, export.
    #[command(subcommand)]
    Glossary(glossary::GlossaryCommand),
    /// XLIFF exchange with translators' CAT tools: export, import.
    #[command(subcommand)]
    Xliff(xliff::XliffCommand),
}

/// The command tree with help texts in the user's language.
pub fn command() -> clap::Command {
    help::localize_help(scope_global_args(Cli::command()))
}

/// Parses the command line (with help texts in the user's language) and
/// runs the command. Returns the process exit code.
pub fn main_entry() -> ExitCode {
    crate::i18n::init_from_env();
    let matches = match command().try_get_matches() {
        Ok(m) => m,
        Err(e) => return usage::report_usage_error(&e),
    };
    match Cli::from_arg_matches(&matches) {
        Ok(cli) => run(&cli),
        Err(e) => {
            let _ = e.print();
            ExitCode::from(2)
        }
    }
}

/// Runs a parsed command line.
pub fn run(cli: &Cli) -> ExitCode {
    let json = cli.global.json || cli.command.wants_json();
    let ctx = match Ctx::new(cli.global.clone()) {
        Ok(c) => c,
        Err(e) => return report_error(&e, json),
    };
    let result = match &cli.command {
        Command::Init(a) => init::run(&ctx, a),
        Command::Extract(a) => extract::run(&ctx, a),
        Command::Pretranslate(a) => pretranslate::run(&ctx, a),
        Command::Sync(a) => sync::run(&ctx, a),
        Command::Build(a) => build::run(&ctx, a),
        Command::Review(cmd) => review::run(&ctx, cmd),
        Command::Status(a) => status::run(&ctx, a),
        Command::Check(args) => check::run(&ctx, args),
        Command::Align(a) => align::run(&ctx, a),
        Command::Tm(cmd) => tm::run(&ctx, cmd),
        Command::Completions(a) => {
            completions::run_completions(a, scope_global_args(Cli::command()))
        }
        Command::Man(a) => completions::run_man(&ctx, a, command()),
        Command::Glossary(cmd) => glossary::run(&ctx, cmd),
        Command::Xliff(cmd) => xliff::run(&ctx, cmd),
    };
    match result {
        Ok(Outcome::Clean) => ExitCode::SUCCESS,
        Ok(Outcome::Problems) => ExitCode::from(1),
        Err(e) => report_error(&e, json),
    }
}

impl Command {
    /// Whether the command was asked for JSON output by its own flags.
    fn wants_json(&self) -> bool {
        match self {
            Command::Check(args) => args.format == crate::check::report::Format::Json,
            _ => false,
        }
    }
}
