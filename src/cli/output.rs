//! Output conventions shared by every subcommand: data on stdout, messages
//! on stderr, colour and progress bars only on a terminal (and never with
//! `NO_COLOR` or `--quiet`), JSON documents with a `schema_version`.

use std::io::{IsTerminal, Write};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde::Serialize;

use crate::error::Error;
use crate::t;

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

fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

impl Output {
    /// Detects terminals and `NO_COLOR`.
    pub fn new(quiet: bool, json: bool) -> Self {
        let stderr_tty = std::io::stderr().is_terminal();
        Output {
            quiet,
            json,
            color_stdout: std::io::stdout().is_terminal() && !no_color(),
            color_stderr: stderr_tty && !no_color(),
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
            style_warning(&t!("warning-prefix"), self.color_stderr)
        );
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
        if self.color_stdout {
            let style = anstyle::Style::new()
                .bold()
                .fg_color(Some(anstyle::AnsiColor::Yellow.into()));
            format!("{}{text}{}", style.render(), style.render_reset())
        } else {
            text.to_string()
        }
    }

    /// Dimmed text for stdout when allowed.
    pub fn dim(&self, text: &str) -> String {
        if self.color_stdout {
            let style = anstyle::Style::new().dimmed();
            format!("{}{text}{}", style.render(), style.render_reset())
        } else {
            text.to_string()
        }
    }
}

fn styled(text: &str, color: anstyle::AnsiColor, enabled: bool) -> String {
    if enabled {
        let style = anstyle::Style::new().bold().fg_color(Some(color.into()));
        format!("{}{text}{}", style.render(), style.render_reset())
    } else {
        text.to_string()
    }
}

/// "error" in red when `enabled`.
pub fn style_error(text: &str, enabled: bool) -> String {
    styled(text, anstyle::AnsiColor::Red, enabled && !no_color())
}

/// "warning" in yellow when `enabled`.
pub fn style_warning(text: &str, enabled: bool) -> String {
    styled(text, anstyle::AnsiColor::Yellow, enabled && !no_color())
}

/// An error's message in the user's language.
pub fn localized_error(err: &Error) -> String {
    match err {
        Error::Io { path, source } => {
            let reason = match source.kind() {
                std::io::ErrorKind::NotFound => t!("io-not-found"),
                std::io::ErrorKind::PermissionDenied => t!("io-permission-denied"),
                _ => source.to_string(),
            };
            t!("error-io", "path" => path.display().to_string(), "reason" => reason)
        }
        Error::Locked { path, waited_secs } => {
            t!("error-locked", "path" => path.display().to_string(), "seconds" => *waited_secs)
        }
        Error::NoProject { dir } => t!("error-no-project", "dir" => dir.display().to_string()),
        // Parser messages stay in English: they quote the input's syntax.
        other => other.to_string(),
    }
}

/// Replaces help texts with the user's language's, where its catalog has
/// them (`help-<command path>` for commands, `help-<command
/// path>--<argument id>` for arguments).
pub fn localize_help(command: clap::Command) -> clap::Command {
    if crate::i18n::language() == crate::i18n::SOURCE {
        return command;
    }
    localize_command(command, None)
}

fn localize_command(mut command: clap::Command, parent: Option<&str>) -> clap::Command {
    let own = match parent {
        None => "help".to_string(),
        Some(p) => format!("{p}-{}", command.get_name()),
    };
    if crate::i18n::has_message(&own) {
        let text = crate::i18n::tr(&own, &[]);
        command = command.about(text.clone()).long_about(text);
    }
    let arg_ids: Vec<String> = command
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for arg in arg_ids {
        let key = format!("{own}--{arg}");
        if crate::i18n::has_message(&key) {
            let text = crate::i18n::tr(&key, &[]);
            command = command.mut_arg(arg, |a| a.help(text));
        }
    }
    let subs: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for sub in subs {
        let own = own.clone();
        command = command.mut_subcommand(sub, move |s| localize_command(s, Some(&own)));
    }
    command
}
