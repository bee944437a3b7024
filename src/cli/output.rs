//! Output conventions of every subcommand: data on stdout, messages on
//! stderr, colour and progress bars only on a terminal (never with
//! `NO_COLOR` or `--quiet`), JSON documents with a `schema_version`.

use std::io::{IsTerminal, Write};
use std::path::Path;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde::Serialize;

use crate::cli::errors::localized_error;
use crate::error::Error;
use crate::formats::Warning;
use crate::json::{ErrorObject, FileError};
use crate::style;
use crate::t;

/// How many warnings of one file are shown before a count of the rest.
const WARNINGS_SHOWN: usize = 20;

/// Where and how a command writes.
#[derive(Debug, Clone)]
pub struct Output {
    /// `--quiet`.
    pub quiet: bool,
    /// `--json`.
    pub json: bool,
    /// Colour on stdout.
    pub color_stdout: bool,
    /// Colour on stderr.
    pub color_stderr: bool,
    /// Whether stderr is a terminal (progress bars).
    pub stderr_tty: bool,
}

impl Output {
    /// Detects terminals and `NO_COLOR`.
    pub fn new(quiet: bool, json: bool) -> Self {
        let stderr_tty = std::io::stderr().is_terminal();
        Output {
            quiet,
            json,
            color_stdout: std::io::stdout().is_terminal() && !style::no_color(),
            color_stderr: stderr_tty && !style::no_color(),
            stderr_tty,
        }
    }

    /// Prints a line of data on stdout.
    pub fn data(&self, line: &str) {
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "{line}");
    }

    /// Prints a JSON document (with `schema_version`) on stdout.
    pub fn json<T: Serialize>(&self, value: &T) {
        // A reader that stops early (`| head`) is not an error.
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "{}", crate::json::document(value, true));
    }

    /// Prints one JSON line (with `schema_version`) on stdout.
    pub fn json_line<T: Serialize>(&self, value: &T) {
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "{}", crate::json::document(value, false));
        let _ = out.flush();
    }

    /// Prints the final one-line summary on stderr (unless `--quiet`).
    pub fn summary(&self, line: &str) {
        if !self.quiet {
            eprintln!("{line}");
        }
    }

    /// Prints a warning on stderr (even with `--quiet`, which silences
    /// summaries only).
    pub fn warn(&self, message: &str) {
        eprintln!(
            "{} {message}",
            style::warning(&t!("warning-prefix"), self.color_stderr)
        );
    }

    /// Prints an error on stderr (a problem the command reports, not its
    /// own failure).
    pub fn error(&self, message: &str) {
        eprintln!(
            "{} {message}",
            style::error(&t!("error-prefix"), self.color_stderr)
        );
    }

    /// Prints the recoverable problems found in files as warnings
    /// (`file:line:column: message`), the first twenty then a count.
    pub fn file_warnings(&self, warnings: &[(&Path, &Warning)]) {
        for (file, w) in warnings.iter().take(WARNINGS_SHOWN) {
            let (file, line, column, message) = (file.display(), w.line, w.column, &w.message);
            self.warn(&format!("{file}:{line}:{column}: {message}"));
        }
        if warnings.len() > WARNINGS_SHOWN {
            self.warn(&t!("warnings-more", "count" => warnings.len() - WARNINGS_SHOWN));
        }
    }

    /// Reports that one file of several failed: a JSON line naming it (its
    /// error as `object`) under `--json`, else the error on stderr.
    pub fn file_error(&self, file: &Path, err: &Error, object: ErrorObject) {
        if self.json {
            self.json_line(&FileError {
                file: file.display().to_string(),
                error: object,
            });
        } else {
            self.error(&localized_error(err));
        }
    }

    /// A progress bar on stderr, hidden unless stderr is a terminal and
    /// `--quiet` is off.
    pub fn progress(&self, message: &str, len: u64, bytes: bool) -> ProgressBar {
        if self.quiet || !self.stderr_tty {
            return ProgressBar::hidden();
        }
        let bar = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr());
        let template = if bytes {
            "{msg} {wide_bar} {bytes}/{total_bytes} {binary_bytes_per_sec} ETA {eta}"
        } else {
            "{msg} {wide_bar} {human_pos}/{human_len} {per_sec} ETA {eta}"
        };
        if let Ok(style) = ProgressStyle::with_template(template) {
            bar.set_style(style);
        }
        bar.set_message(message.to_string());
        bar.enable_steady_tick(Duration::from_millis(200));
        bar
    }

    /// Bold/colour text for stdout when allowed.
    pub fn highlight(&self, text: &str) -> String {
        style::highlight(text, self.color_stdout)
    }

    /// Dimmed text for stdout when allowed.
    pub fn dim(&self, text: &str) -> String {
        style::dim(text, self.color_stdout)
    }
}
