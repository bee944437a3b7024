//! What every subcommand gets: the global options, the current directory
//! and the output, with the project, the TM and the glossary opened the
//! way every command opens them.

use std::path::{Path, PathBuf};
use std::time::Duration;

use clap::Args;

use crate::cli::output::Output;
use crate::error::{Error, Result};
use crate::formats::Warning;
use crate::glossary::Glossary;
use crate::lock::FileLock;
use crate::project::Project;
use crate::t;
use crate::tm::{OpenOptions, Tm};

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
    /// Seconds to wait for another relais process to release the project
    /// or the TM.
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

/// What a successful command found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing to report: exit 0.
    Clean,
    /// The command ran and found problems: exit 1.
    Problems,
}

impl Outcome {
    /// `Problems` when `found`, else `Clean`.
    pub fn problems_if(found: bool) -> Self {
        if found {
            Outcome::Problems
        } else {
            Outcome::Clean
        }
    }
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

    /// A command-line path made absolute (an absolute one stays as it is).
    pub fn abs(&self, p: &Path) -> PathBuf {
        self.cwd.join(p)
    }

    /// Takes the project lock for a command that changes project files
    /// (held until the returned guard is dropped); taken before the TM, so
    /// commands always lock in the same order.
    pub fn lock_project(&self, project: &Project, command: &str) -> Result<Option<FileLock>> {
        project.lock(Duration::from_secs(self.global.wait), command)
    }

    /// The TM directory: `--tm`/`RELAIS_TM`, else the project's.
    pub fn tm_path(&self, project: &Project) -> std::path::PathBuf {
        let explicit = self.global.tm.as_deref().map(|p| self.abs(p));
        project.tm_path(explicit.as_deref())
    }

    /// Whether the TM in use is the project's own (imports are recorded).
    pub fn uses_project_tm(&self, project: &Project) -> bool {
        self.tm_path(project) == project.tm_path(None)
    }

    /// How commands open the TM (`--wait`).
    pub fn tm_options(&self) -> OpenOptions {
        OpenOptions {
            wait: Duration::from_secs(self.global.wait),
            ..Default::default()
        }
    }

    /// Opens the TM of the project; a TM rebuilt after a schema change is
    /// filled again from the project's tracked files.
    pub fn open_tm(&self, project: &Project) -> Result<Tm> {
        let path = self.tm_path(project);
        let mut tm = Tm::open(&path, &self.tm_options())?;
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

    /// The project's glossary, its TBX warnings shown (not under
    /// `--json`), with a warning when the project has none.
    pub fn glossary(&self, project: &Project) -> Result<Glossary> {
        let (glossary, warnings) = Glossary::for_project_with_warnings(project)?;
        if !self.out.json {
            let listed: Vec<(&Path, &Warning)> =
                warnings.iter().map(|(f, w)| (f.as_path(), w)).collect();
            self.out.file_warnings(&listed);
        }
        if glossary.files().is_empty() {
            self.out
                .warn(&t!("glossary-none", "dir" => project.root.display().to_string()));
        }
        Ok(glossary)
    }
}
