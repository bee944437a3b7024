//! How a command that could not run says so: the error in the user's
//! language on stderr, or a JSON error document on stdout under `--json`;
//! exit code 2 either way (a closed pipe is not an error).

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use crate::error::Error;
use crate::json::{ErrorDocument, ErrorObject};
use crate::style;
use crate::t;

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
        Error::ProjectLocked {
            holder,
            waited_secs,
            ..
        } => t!(
            "error-project-locked",
            "holder" => holder.clone().unwrap_or_else(|| "?".into()),
            "seconds" => *waited_secs
        ),
        Error::NoProject { dir } => t!("error-no-project", "dir" => dir.display().to_string()),
        Error::TrackedChanges { location, element } => t!(
            "error-tracked-changes",
            "location" => location.to_string(),
            "element" => element.clone()
        ),
        // Parser messages stay in English: they quote the input's syntax.
        other => other.to_string(),
    }
}

/// Prints an error (as a JSON document on stdout under `--json`) and
/// returns exit code 2.
pub fn report_error(err: &Error, json: bool) -> ExitCode {
    if is_broken_pipe(err) {
        return ExitCode::SUCCESS;
    }
    if json {
        let doc = ErrorDocument {
            error: ErrorObject::new(err),
        };
        let _ = writeln!(
            std::io::stdout().lock(),
            "{}",
            crate::json::document(&doc, false)
        );
    } else {
        eprintln!(
            "{} {}",
            style::error(&t!("error-prefix"), std::io::stderr().is_terminal()),
            localized_error(err)
        );
    }
    ExitCode::from(2)
}

fn is_broken_pipe(err: &Error) -> bool {
    matches!(err, Error::Io { source, .. } if source.kind() == std::io::ErrorKind::BrokenPipe)
}
