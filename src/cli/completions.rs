//! `relais completions` and `relais man`: shell completions and a man page
//! generated from the command definitions.

use std::io::Write;

use clap::Args;
use clap_complete::Shell;

use crate::cli::ctx::{Ctx, Outcome};
use crate::error::{Error, Result};

/// Print a shell completion script
///
/// Example: relais completions bash > ~/.local/share/bash-completion/completions/relais
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    pub shell: Shell,
}

/// Print the man page (roff), or write the pages of every subcommand into a
/// directory
///
/// Example: relais man > relais.1 && man ./relais.1
#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write relais.1 and one relais-<command>.1 per subcommand here.
    #[arg(long, value_name = "DIR")]
    pub out: Option<std::path::PathBuf>,
}

/// Runs `completions` on the command tree `cmd`.
pub fn run_completions(args: &CompletionsArgs, mut cmd: clap::Command) -> Result<Outcome> {
    // clap_complete panics when its writer fails (e.g. `| head`): generate
    // into memory, then write, so a closed pipe is an ordinary I/O error.
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "relais", &mut script);
    let mut out = std::io::stdout().lock();
    out.write_all(&script)
        .and_then(|()| out.flush())
        .map_err(|e| Error::io("<stdout>", e))?;
    Ok(Outcome::Clean)
}

/// Runs `man` on the command tree `cmd` (help in the user's language).
pub fn run_man(ctx: &Ctx, args: &ManArgs, cmd: clap::Command) -> Result<Outcome> {
    if let Some(dir) = &args.out {
        let dir = ctx.abs(dir);
        std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
        clap_mangen::generate_to(cmd, &dir).map_err(|e| Error::io(&dir, e))?;
        return Ok(Outcome::Clean);
    }
    let man = clap_mangen::Man::new(cmd);
    let mut out = std::io::stdout().lock();
    man.render(&mut out).map_err(|e| Error::io("<stdout>", e))?;
    Ok(Outcome::Clean)
}
