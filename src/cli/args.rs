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
