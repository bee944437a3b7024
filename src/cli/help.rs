//! Help texts and argument errors in the user's language.
//!
//! clap's help comes from the argument structs' English docs. For another
//! language, the catalogs of `i18n/<lang>/relais-cli.ftl` replace every
//! text clap shows: the one-line summary of a command (`help-<command
//! path>`), its long description (`help-<command path>-long`; the example
//! line is kept from the English docs, under a translated label), each
//! argument's help (`help-<command path>--<argument id>`), the headings
//! (Usage, Arguments, Options, Commands), the `[default: …]`, `[env: …]`
//! and `[possible values: …]` notes, the help and version flags, and
//! clap's own error messages ([`localized_error`]).

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction};

use std::fmt::Write as _;

use crate::t;

/// The command tree with help texts in the user's language.
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
        let about = crate::i18n::tr(&own, &[]);
        let long = long_about(&command, &own, &about);
        command = command.about(about).long_about(long);
    }
    command = command
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
            t!("help-heading-usage")
        ))
        .subcommand_help_heading(t!("help-heading-commands"))
        .disable_help_subcommand(true);
    let arg_ids: Vec<String> = command
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for arg in arg_ids {
        let key = format!("{own}--{arg}");
        command = command.mut_arg(&arg, |a| localize_arg(a, &key));
    }
    // clap's own flags, in the user's language.
    command = command.disable_help_flag(true).arg(
        Arg::new("help")
            .short('h')
            .long("help")
            .action(ArgAction::Help)
            .help(t!("help-flag-help"))
            .help_heading(t!("help-heading-options")),
    );
    // The version flag, on every command where `--version` and `-V` are
    // free (`xliff export --version` chooses the XLIFF version).
    let taken = command
        .get_arguments()
        .any(|a| a.get_long() == Some("version") || a.get_short() == Some('V'));
    command = command.disable_version_flag(true);
    if !taken {
        command = command.arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(t!("help-flag-version"))
                .help_heading(t!("help-heading-options")),
        );
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

/// The long description: the summary, the catalog's paragraph, and the
/// English docs' example line under a translated label.
fn long_about(command: &clap::Command, own: &str, about: &str) -> String {
    let mut long = about.to_string();
    let key = format!("{own}-long");
    if crate::i18n::has_message(&key) {
        long.push_str("\n\n");
        long.push_str(&crate::i18n::tr(&key, &[]));
    }
    let english = command
        .get_long_about()
        .map(ToString::to_string)
        .unwrap_or_default();
    if let Some(example) = english
        .lines()
        .find_map(|l| l.trim().strip_prefix("Example:"))
    {
        long.push_str("\n\n");
        long.push_str(&t!("help-example"));
        long.push(' ');
        long.push_str(example.trim());
    }
    long
}

/// An argument's help in the user's language, with clap's notes
/// (`[default: …]`, `[env: …]`, `[possible values: …]`) translated.
fn localize_arg(arg: Arg, key: &str) -> Arg {
    let mut help = if crate::i18n::has_message(key) {
        crate::i18n::tr(key, &[])
    } else {
        arg.get_help().map(ToString::to_string).unwrap_or_default()
    };
    let mut notes = Vec::new();
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() && !arg.is_hide_default_value_set() && arg.get_action().takes_values() {
        notes.push(t!("help-note-default", "value" => defaults.join(", ")));
    }
    if let Some((name, _)) = arg
        .get_env()
        .map(|e| (e.to_string_lossy().into_owned(), ()))
    {
        notes.push(t!("help-note-env", "name" => name));
    }
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    if !values.is_empty() && arg.get_action().takes_values() {
        notes.push(t!("help-note-values", "values" => values.join(", ")));
    }
    if !notes.is_empty() {
        help.push_str("\n\n");
        help.push_str(&notes.join("\n"));
    }
    let heading = if arg.is_positional() {
        t!("help-heading-arguments")
    } else {
        t!("help-heading-options")
    };
    let takes_values = arg.get_action().takes_values();
    let mut arg = arg.help(help).hide_env(true).help_heading(heading);
    // clap allows hiding these notes only on arguments that take values.
    if takes_values {
        arg = arg.hide_default_value(true).hide_possible_values(true);
    }
    arg
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

#[cfg(test)]
mod tests {

    /// Every command and argument has a help text in every catalog.
    #[test]
    fn every_help_text_is_translated() {
        fn walk(c: &clap::Command, own: &str, keys: &mut Vec<String>) {
            keys.push(own.to_string());
            for a in c.get_arguments() {
                let id = a.get_id().as_str();
                if !["help", "version"].contains(&id) && !a.is_hide_set() {
                    keys.push(format!("{own}--{id}"));
                }
            }
            for s in c.get_subcommands().filter(|s| s.get_name() != "help") {
                walk(s, &format!("{own}-{}", s.get_name()), keys);
            }
        }
        let mut keys = Vec::new();
        walk(
            &<crate::cli::Cli as clap::CommandFactory>::command(),
            "help",
            &mut keys,
        );
        for (lang, src) in crate::i18n::CATALOGS.iter().filter(|(l, _)| *l != "en") {
            let missing: Vec<&String> = keys
                .iter()
                .filter(|k| !src.contains(&format!("\n{k} =")))
                .collect();
            assert!(missing.is_empty(), "{lang} lacks help texts: {missing:?}");
        }
    }

    /// The English catalog's help texts are the argument structs' docs
    /// (the catalogs' source for translators), word for word.
    #[test]
    fn english_help_texts_match_the_docs() {
        fn norm(s: &str) -> String {
            s.replace('’', "'")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        }
        fn walk(c: &clap::Command, own: &str, out: &mut Vec<(String, String)>) {
            if let Some(about) = c.get_about() {
                out.push((own.to_string(), about.to_string()));
            }
            if let Some(long) = c.get_long_about() {
                let long = long.to_string();
                let body: Vec<&str> = long
                    .split("\n\n")
                    .skip(1)
                    .filter(|p| !p.starts_with("Example:"))
                    .collect();
                out.push((
                    format!("{own}-long"),
                    body.join(" ").trim_end_matches('.').to_string(),
                ));
            }
            for a in c.get_arguments() {
                if let Some(h) = a.get_help() {
                    out.push((format!("{own}--{}", a.get_id()), h.to_string()));
                }
            }
            for s in c.get_subcommands() {
                walk(s, &format!("{own}-{}", s.get_name()), out);
            }
        }
        let mut docs = Vec::new();
        walk(
            &<crate::cli::Cli as clap::CommandFactory>::command(),
            "help",
            &mut docs,
        );
        let english = crate::i18n::CATALOGS[0].1;
        let mut differ = Vec::new();
        for (key, doc) in docs {
            let Some(line) = english
                .lines()
                .find(|l| l.starts_with(&format!("{key} = ")))
            else {
                continue;
            };
            let text = &line[key.len() + 3..];
            if norm(text) != norm(&doc) {
                differ.push(format!("{key}\n  catalog: {text}\n  docs:    {doc}"));
            }
        }
        assert!(differ.is_empty(), "{}", differ.join("\n"));
    }
}
