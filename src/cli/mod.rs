//! The command line: one module per subcommand, a shared context, and the
//! mapping from results to exit codes.
//!
//! Exit codes: 0 success; 1 the command ran and found problems (check
//! errors, glossary findings of error severity); 2 the command could not
//! run (bad arguments, unreadable or invalid input, I/O, TM locked).
//! Messages go to stderr, data to stdout.

pub mod build;
pub mod check;
pub mod completions;
pub mod extract;
pub mod glossary;
pub mod init;
pub mod output;
pub mod pretranslate;
pub mod review;
pub mod status;
pub mod sync;
pub mod tm;
pub mod xliff;

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::error::{Error, Result};
use crate::project::Project;
use crate::t;
use crate::tm::{OpenOptions, Tm};

pub use output::Output;

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

/// Options accepted before or after any subcommand.
#[derive(Debug, Clone, Args)]
pub struct GlobalArgs {
    /// Project directory (holding relais.toml); default: the nearest one
    /// from the current directory upwards.
    #[arg(long, global = true, env = "RELAIS_PROJECT", value_name = "DIR")]
    pub project: Option<PathBuf>,
    /// Translation memory directory; default: `[tm] path` in relais.toml,
    /// else .relais/tm in the project.
    #[arg(long, global = true, env = "RELAIS_TM", value_name = "PATH")]
    pub tm: Option<PathBuf>,
    /// Seconds to wait for a TM another relais process is using.
    #[arg(long, global = true, default_value_t = 10, value_name = "SECS")]
    pub wait: u64,
    /// No summary line, no progress bar.
    #[arg(long, short = 'q', global = true)]
    pub quiet: bool,
    /// Machine-readable JSON output (short for --format json where a
    /// command has formats).
    #[arg(long, global = true)]
    pub json: bool,
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

/// What a successful command found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing to report: exit 0.
    Clean,
    /// The command ran and found problems: exit 1.
    Problems,
}

/// Shared state of one invocation.
pub struct Ctx {
    /// Global options.
    pub global: GlobalArgs,
    /// The current directory.
    pub cwd: PathBuf,
    /// Where output goes.
    pub out: Output,
}

impl Ctx {
    /// Builds the context for parsed global options.
    pub fn new(global: GlobalArgs) -> Result<Self> {
        let cwd = std::env::current_dir().map_err(|e| Error::io(".", e))?;
        let out = Output::new(global.quiet, global.json);
        Ok(Ctx { global, cwd, out })
    }

    /// The project (defaults when there is no relais.toml).
    pub fn project(&self) -> Result<Project> {
        let explicit = self.global.project.as_deref().map(|p| self.abs(p));
        Project::discover(&self.cwd, explicit.as_deref())
    }

    /// A command-line path made absolute against the current directory.
    pub fn abs(&self, p: &Path) -> PathBuf {
        if p.is_absolute() {
            p.to_path_buf()
        } else {
            self.cwd.join(p)
        }
    }

    /// Opens the TM of the project.
    pub fn open_tm(&self, project: &Project) -> Result<Tm> {
        let explicit = self.global.tm.as_deref().map(|p| self.abs(p));
        let path = project.tm_path(explicit.as_deref());
        let tm = Tm::open(
            &path,
            &OpenOptions {
                wait: Duration::from_secs(self.global.wait),
                ..Default::default()
            },
        )?;
        let mut tm = tm;
        if let Some(old) = tm.rebuilt_from() {
            self.out.warn(
                &t!("tm-schema-rebuilt", "path" => path.display().to_string(), "version" => old),
            );
            if project.config_path.is_some() {
                crate::publish::fill::fill(project, &mut tm, &indicatif::ProgressBar::hidden())?;
            }
        }
        Ok(tm)
    }
}

/// Parses the command line (with help texts in the user's language) and
/// runs the command. Returns the process exit code.
pub fn main_entry() -> ExitCode {
    crate::i18n::init_from_env();
    let command = output::localize_help(Cli::command());
    let matches = match command.try_get_matches() {
        Ok(m) => m,
        Err(e) => {
            let _ = e.print();
            return match e.kind() {
                clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion => {
                    ExitCode::SUCCESS
                }
                _ => ExitCode::from(2),
            };
        }
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(2);
        }
    };
    run(cli)
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> ExitCode {
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
        Command::Tm(cmd) => tm::run(&ctx, cmd),
        Command::Completions(a) => completions::run_completions(&ctx, a),
        Command::Man(a) => completions::run_man(&ctx, a),
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

/// Prints an error (as a JSON document on stdout under `--json`) and
/// returns exit code 2.
pub fn report_error(err: &Error, json: bool) -> ExitCode {
    if is_broken_pipe(err) {
        return ExitCode::SUCCESS;
    }
    if json {
        let doc = crate::json::ErrorDocument {
            error: crate::json::ErrorObject::new(err),
        };
        let _ = writeln!(
            std::io::stdout().lock(),
            "{}",
            crate::json::document(&doc, false)
        );
    } else {
        let prefix = t!("error-prefix");
        eprintln!(
            "{} {}",
            output::style_error(&prefix, std::io::stderr().is_terminal()),
            output::localized_error(err)
        );
    }
    ExitCode::from(2)
}

fn is_broken_pipe(err: &Error) -> bool {
    matches!(err, Error::Io { source, .. } if source.kind() == std::io::ErrorKind::BrokenPipe)
}
