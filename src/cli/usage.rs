//! Errors in the command line itself (clap's): in the user's language, and
//! the exit code they end with.

use std::fmt::Write as _;
use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::t;

/// Prints clap's error (or the help or version it was asked for) and
/// returns the exit code: 0 for help and version, 2 for a usage error.
pub fn report_usage_error(e: &clap::Error) -> ExitCode {
    match localized_error(e) {
        Some(text) => eprint!("{text}"),
        None => {
            let _ = e.print();
        }
    }
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => ExitCode::SUCCESS,
        _ => ExitCode::from(2),
    }
}

/// clap's error in the user's language: the problem, a hint when clap has
/// one, the usage and where to read more. `None` keeps clap's English
/// text (English users, and kinds without a translation).
pub fn localized_error(e: &clap::Error) -> Option<String> {
    if crate::i18n::language() == crate::i18n::SOURCE {
        return None;
    }
    let text = |kind: ContextKind| -> Option<String> {
        match e.get(kind)? {
            ContextValue::String(s) => Some(s.clone()),
            ContextValue::Strings(v) => Some(v.join(", ")),
            ContextValue::StyledStr(s) => Some(s.to_string()),
            ContextValue::StyledStrs(v) => Some(
                v.iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            ContextValue::Number(n) => Some(n.to_string()),
            _ => None,
        }
    };
    let arg = text(ContextKind::InvalidArg).unwrap_or_default();
    let value = text(ContextKind::InvalidValue).unwrap_or_default();
    let problem = match e.kind() {
        ErrorKind::UnknownArgument => t!("clap-unknown-argument", "arg" => arg),
        ErrorKind::InvalidSubcommand => {
            t!("clap-invalid-subcommand", "name" => text(ContextKind::InvalidSubcommand).unwrap_or_default())
        }
        ErrorKind::InvalidValue => t!("clap-invalid-value", "value" => value, "arg" => arg),
        ErrorKind::ValueValidation => {
            let reason = std::error::Error::source(e)
                .map(ToString::to_string)
                .unwrap_or_default();
            t!("clap-value-validation", "value" => value, "arg" => arg, "reason" => reason)
        }
        ErrorKind::MissingRequiredArgument => t!("clap-missing-required", "args" => arg),
        ErrorKind::ArgumentConflict => t!(
            "clap-argument-conflict",
            "arg" => arg,
            "other" => text(ContextKind::PriorArg).unwrap_or_default()
        ),
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues => {
            t!("clap-wrong-values", "arg" => arg)
        }
        ErrorKind::NoEquals => t!("clap-no-equals", "arg" => arg),
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            t!("clap-missing-subcommand")
        }
        _ => return None,
    };
    let mut out = format!("{} {problem}\n", t!("error-prefix"));
    if let Some(valid) = text(ContextKind::ValidValue) {
        let _ = write!(out, "\n  {}\n", t!("clap-valid-values", "values" => valid));
    }
    let suggestion = text(ContextKind::SuggestedArg)
        .or_else(|| text(ContextKind::SuggestedSubcommand))
        .or_else(|| text(ContextKind::SuggestedValue));
    if let Some(s) = suggestion {
        let _ = write!(out, "\n  {}\n", t!("clap-suggestion", "suggestion" => s));
    }
    if let Some(usage) = text(ContextKind::Usage) {
        let usage = usage.trim();
        let usage = usage.strip_prefix("Usage:").unwrap_or(usage).trim();
        let _ = write!(out, "\n{} {usage}\n", t!("help-heading-usage"));
    }
    let _ = write!(out, "\n{}\n", t!("clap-more-help"));
    Some(out)
}
