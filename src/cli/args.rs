//! Arguments several subcommands share.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::error::{Error, Result};
use crate::files::atomic_write;

/// `-o/--output FILE`: where a command writes its document; `-` is
/// standard output.
#[derive(Debug, Clone, Default, Args)]
pub struct OutputArgs {
    /// Output file, written atomically; `-` is standard output.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
}

impl OutputArgs {
    /// The file given with `-o`, else the positional one (`relais tm
    /// export OUT.tmx`).
    pub fn or_positional<'a>(&'a self, positional: Option<&'a PathBuf>) -> Option<&'a Path> {
        self.output.as_deref().or(positional.map(PathBuf::as_path))
    }

    /// Whether the output goes to standard output: `-o -`, or no `-o`.
    pub fn is_stdout(&self) -> bool {
        self.output.as_deref().is_none_or(is_stdout)
    }

    /// Writes `bytes` to the file (atomically), or to standard output.
    pub fn write(&self, ctx: &Ctx, bytes: &[u8]) -> Result<()> {
        match &self.output {
            Some(path) if !is_stdout(path) => atomic_write(&ctx.abs(path), |w| w.write_all(bytes)),
            _ => {
                let mut out = std::io::stdout().lock();
                out.write_all(bytes)
                    .and_then(|()| out.flush())
                    .map_err(|e| Error::io("<stdout>", e))
            }
        }
    }
}

/// Whether a path is `-`, standard output.
pub fn is_stdout(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// The global options a command has no use for, by command path: those
/// that never open the TM hide `--tm`, those that take no lock hide
/// `--wait` too.
const UNUSED_GLOBALS: &[(&str, &[&str])] = &[
    ("init", &["tm", "wait"]),
    ("extract", &["tm"]),
    ("review", &["tm"]),
    ("review accept", &["tm"]),
    ("check", &["tm", "wait"]),
    ("completions", &["tm", "wait"]),
    ("man", &["tm", "wait"]),
    ("glossary", &["tm"]),
    ("glossary lookup", &["tm", "wait"]),
    ("glossary verify", &["tm", "wait"]),
    ("glossary list", &["tm", "wait"]),
    ("glossary export", &["tm", "wait"]),
    ("glossary import", &["tm"]),
];

/// Hides `--tm` and `--wait` from the help of the commands in
/// `UNUSED_GLOBALS`. clap does not hand a global option down to a
/// command that has its own of that name, so each gets a hidden one:
/// still accepted (scripts passing it everywhere keep working), not shown,
/// with the global one's type (clap hands its value up under the same id).
/// A group hides only what none of its commands uses: its own option
/// replaces the global one for all of them.
pub fn scope_global_args(mut command: clap::Command) -> clap::Command {
    for (path, ids) in UNUSED_GLOBALS {
        let names: Vec<&str> = path.split(' ').collect();
        command = hide_in(command, &names, ids);
    }
    command
}

fn hide_in(command: clap::Command, path: &[&str], ids: &[&'static str]) -> clap::Command {
    match path {
        [] => ids.iter().fold(command, |c, id| {
            let arg = clap::Arg::new(*id).long(*id).hide(true).num_args(1);
            c.arg(match *id {
                "wait" => arg.value_parser(clap::value_parser!(u64)),
                _ => arg.value_parser(clap::value_parser!(std::path::PathBuf)),
            })
        }),
        [first, rest @ ..] => command.mut_subcommand(*first, |s| hide_in(s, rest, ids)),
    }
}
