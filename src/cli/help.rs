//! Help texts in the user's language.
//!
//! clap's help comes from the argument structs' English docs. For another
//! language, the catalogs of `i18n/<lang>/relais-cli.ftl` replace every
//! text clap shows: the one-line summary of a command (`help-<command
//! path>`), its long description (`help-<command path>-long`; the example
//! line is kept from the English docs, under a translated label), each
//! argument's help (`help-<command path>--<argument id>`), the headings
//! (Usage, Arguments, Options, Commands), the `[default: …]`, `[env: …]`
//! and `[possible values: …]` notes, the help and version flags (clap's
//! own error messages: [`crate::cli::usage`]).

use std::fmt::Write as _;

use clap::{Arg, ArgAction};

use crate::t;

/// The command tree with help texts in the user's language.
pub fn localize_help(command: clap::Command) -> clap::Command {
    if crate::i18n::language() == crate::i18n::SOURCE {
        return command;
    }
    localize_command(command, None)
}

fn localize_command(mut command: clap::Command, parent: Option<&str>) -> clap::Command {
    let own = parent.map_or("help".into(), |p| format!("{p}-{}", command.get_name()));
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
    let ids = |c: &clap::Command| -> Vec<String> {
        c.get_arguments().map(|a| a.get_id().to_string()).collect()
    };
    for arg in ids(&command) {
        let key = format!("{own}--{arg}");
        command = command.mut_arg(&arg, |a| localize_arg(a, &key));
    }
    // clap's own flags, in the user's language.
    command = command
        .disable_help_flag(true)
        .arg(flag("help", 'h', ArgAction::Help).help(t!("help-flag-help")));
    // The version flag, on every command where `--version` and `-V` are
    // free (`xliff export --version` chooses the XLIFF version).
    let taken = command
        .get_arguments()
        .any(|a| a.get_long() == Some("version") || a.get_short() == Some('V'));
    command = command.disable_version_flag(true);
    if !taken {
        command =
            command.arg(flag("version", 'V', ArgAction::Version).help(t!("help-flag-version")));
    }
    let subs: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().into())
        .collect();
    for sub in subs {
        let own = own.clone();
        command = command.mut_subcommand(sub, move |s| localize_command(s, Some(&own)));
    }
    command
}

/// One of clap's own flags, under the translated Options heading.
fn flag(name: &'static str, short: char, action: ArgAction) -> Arg {
    let heading = t!("help-heading-options");
    Arg::new(name)
        .short(short)
        .long(name)
        .action(action)
        .help_heading(heading)
}

/// The long description: the summary, the catalog's paragraph, and the
/// English docs' example line under a translated label.
fn long_about(command: &clap::Command, own: &str, about: &str) -> String {
    let mut long = about.to_string();
    let key = format!("{own}-long");
    if crate::i18n::has_message(&key) {
        let _ = write!(long, "\n\n{}", crate::i18n::tr(&key, &[]));
    }
    let english = command
        .get_long_about()
        .map(ToString::to_string)
        .unwrap_or_default();
    if let Some(example) = english
        .lines()
        .find_map(|l| l.trim().strip_prefix("Example:"))
    {
        let _ = write!(long, "\n\n{} {}", t!("help-example"), example.trim());
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
    if let Some(env) = arg.get_env() {
        notes.push(t!("help-note-env", "name" => env.to_string_lossy().into_owned()));
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
